"""Initialisation matched to the activation, measured: the second moment of the
pre-activations through a deep network, layer by layer.

A 50-layer, 256-unit network per pairing of activation and initial weight variance
takes one forward pass of a standard normal batch. For each hidden layer the
experiment records q_l, the mean of z^2 over the batch and the units (the quantity of
the variance arguments). ReLU with He's 2/n keeps it level and ReLU with 1/n halves it
at every layer, as He et al. (2015) derive; SELU with LeCun's 1/n holds it at its fixed
point 1 (Klambauer et al., 2017). Tanh with Glorot's 1/n (the hidden layers are square)
sits where tanh's map of q has its only fixed point at 0 and slope 1 there, so q decays
slowly, like 1/l; with 2/n it settles at a non-zero fixed point (the mean-field view of
Poole et al., 2016).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from activations import experiments
from activations.experiments import mlp

SEED = 50
DEPTH, WIDTH, BATCH = 50, 256, 256
# (activation, initialisation scheme of experiments.mlp)
PAIRS = (
    ("relu", "he"),
    ("tanh", "xavier"),
    ("selu", "lecun"),
    ("relu", "xavier"),
    ("tanh", "he"),
)


def second_moments(activation: str, scheme: str) -> list[float]:
    """q_l = mean(z_l^2) for the hidden layers l = 1..DEPTH."""
    rng = np.random.default_rng(SEED)  # the same batch for every pairing
    x = rng.standard_normal((BATCH, WIDTH))
    net = mlp.init([WIDTH] * (DEPTH + 1), activation, scheme, rng)
    trace = mlp.forward(net, x)
    return [float(np.mean(z**2)) for z in trace.pre]


def run() -> dict[str, Any]:
    # Each pairing kept apart in the result cache: an edit to tanh runs its two alone.
    moments = experiments.each(
        list(PAIRS), lambda todo: [second_moments(*pair) for pair in todo], lambda pair: pair[0]
    )
    return {
        "depth": DEPTH,
        "width": WIDTH,
        "batch": BATCH,
        "pairs": [
            {"activation": a, "scheme": s, "q": q} for (a, s), q in zip(PAIRS, moments, strict=True)
        ],
    }
