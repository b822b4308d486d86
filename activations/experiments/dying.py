"""Dying ReLU, measured: how many hidden units never activate after training too fast.

A small classifier (two inputs, two hidden layers of 64 units, He initialisation) learns
a wavy boundary by stochastic gradient descent, once with a sensible learning rate and
once with a far too large one. A unit is counted as never active when its
pre-activation is <= 0 for every point of a fixed evaluation set. For ReLU such a unit
outputs 0 and passes no gradient to its own weights, which stop changing; it comes back
only if training earlier layers moves its inputs. Leaky ReLU and ELU keep a non-zero
slope below 0, so their never-active units still learn. The gradient norm is clipped at 1, so
the large rate makes big steps without overflowing: the units die, not the arithmetic.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from activations.experiments import mlp

SEEDS = (0, 1, 2)
FUNCTIONS = ("relu", "leaky_relu", "elu")
RATES = {"sensible": 0.3, "too_large": 10.0}
WIDTH, DEPTH, BATCH, STEPS, EVERY, CLIP = 64, 2, 64, 300, 25, 1.0
EVALUATION = 500


def sample(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Points in [-2, 2]^2, labelled 1 above the curve x2 = sin(2 x1)."""
    x = rng.uniform(-2.0, 2.0, (n, 2))
    return x, (np.sin(2.0 * x[:, 0]) > x[:, 1]).astype(np.float64)[:, None]


def never_active(net: mlp.Network, x: np.ndarray) -> float:
    """The fraction of hidden units whose pre-activation is <= 0 for every input."""
    hidden = mlp.forward(net, x).pre[:-1]
    return float(np.mean(np.all(np.concatenate(hidden, axis=1) <= 0.0, axis=0)))


def clipped(grads: mlp.Gradients, limit: float) -> mlp.Gradients:
    norm = float(np.sqrt(sum(np.sum(g * g) for g in (*grads[0], *grads[1]))))
    scale = min(1.0, limit / norm) if norm > 0 else 1.0
    return [g * scale for g in grads[0]], [g * scale for g in grads[1]]


def train(activation: str, rate: float, seed: int) -> dict[str, Any]:
    """Train once; the never-active fraction every EVERY steps, and the final accuracy."""
    from activations import function

    sigmoid = function("sigmoid")
    rng = np.random.default_rng(seed)
    x_eval, y_eval = sample(rng, EVALUATION)
    net = mlp.init([2, *[WIDTH] * DEPTH, 1], activation, "he", rng)
    history = [never_active(net, x_eval)]
    for t in range(1, STEPS + 1):
        x, y = sample(rng, BATCH)
        trace = mlp.forward(net, x)
        # Cross-entropy on sigmoid(output): dL/d(output) = sigmoid(output) - y.
        grads = mlp.backward(net, trace, (sigmoid(trace.output) - y) / BATCH)
        mlp.step(net, clipped(grads, CLIP), rate)
        if t % EVERY == 0:
            history.append(never_active(net, x_eval))
    predicted = mlp.forward(net, x_eval).output > 0.0
    return {"history": history, "accuracy": float(np.mean(predicted == (y_eval > 0.5)))}


def run() -> dict[str, Any]:
    out: dict[str, Any] = {
        "steps": list(range(0, STEPS + 1, EVERY)),
        "rates": RATES,
        "width": WIDTH,
        "depth": DEPTH,
        "seeds": len(SEEDS),
    }
    for label, rate in RATES.items():
        by_function = {}
        for name in FUNCTIONS:
            runs = [train(name, rate, seed) for seed in SEEDS]
            by_function[name] = {
                # Averaged over the seeds: one unlucky initialisation does not decide it.
                "history": np.mean([r["history"] for r in runs], axis=0).tolist(),
                "dead": float(np.mean([r["history"][-1] for r in runs])),
                "accuracy": float(np.mean([r["accuracy"] for r in runs])),
            }
        out[label] = by_function
    return out
