"""Vanishing gradients, measured: the gradient norm of every layer of a deep network.

A 20-layer, 64-unit network per activation, each initialised the way it is used in
practice, takes one forward and one backward pass on a random batch (a linear read-out
and a squared error against random targets). The Frobenius norm of each layer's weight
gradient shows how much of the signal reaches it: with the sigmoid it shrinks by orders
of magnitude on the way to the first layer; with ReLU and its relatives it does not.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from activations.experiments import mlp

SEED = 20
DEPTH, WIDTH, OUTPUTS, BATCH = 20, 64, 10, 256
# The activation and its usual initialisation.
SCHEMES = {
    "sigmoid": "xavier",
    "tanh": "xavier",
    "relu": "he",
    "leaky_relu": "he",
    "gelu": "he",
    "selu": "lecun",
}


def gradient_norms(activation: str, scheme: str) -> list[float]:
    """||dL/dW_l|| for the hidden layers l = 1..DEPTH, first layer first."""
    rng = np.random.default_rng(SEED)  # the same batch and targets for every activation
    x = rng.standard_normal((BATCH, WIDTH))
    targets = rng.standard_normal((BATCH, OUTPUTS))
    net = mlp.init([WIDTH] * (DEPTH + 1) + [OUTPUTS], activation, scheme, rng)
    trace = mlp.forward(net, x)
    # L = (1 / 2B) sum ||y - t||^2, so dL/dy = (y - t) / B.
    grad_w, _ = mlp.backward(net, trace, (trace.output - targets) / BATCH)
    return [float(np.linalg.norm(g)) for g in grad_w[:DEPTH]]


def run() -> dict[str, Any]:
    norms = {name: gradient_norms(name, scheme) for name, scheme in SCHEMES.items()}
    return {
        "depth": DEPTH,
        "width": WIDTH,
        "batch": BATCH,
        "schemes": SCHEMES,
        "norms": norms,
        # How much of the last layer's gradient reaches the first.
        "ratio": {name: n[0] / n[-1] for name, n in norms.items()},
    }
