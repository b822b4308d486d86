"""Why nonlinearity: linear layers collapse to one matrix; an activation is what bends.

1. A stack of four linear (affine) layers is computed layer by layer and compared with
   the single affine map M x + c that their product gives: the two agree to rounding.
2. XOR (four noisy clusters, opposite corners in the same class) is learned by the same
   small network twice: without an activation (the identity between layers, so the
   whole network is one affine map and its decision boundary a straight line) and with
   ReLU. Only the second can separate the classes.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from activations.experiments import mlp

SEED = 7
STACK = [2, 16, 16, 16, 2]  # the linear stack's layer sizes
NETWORK = [2, 16, 16, 1]
TRAIN, TEST, NOISE = 200, 1000, 0.35
RATE, STEPS = 0.5, 1500
GRID = np.linspace(-2.5, 2.5, 81)  # where the decision maps are drawn
FUNCTIONS = {"identity": "xavier", "relu": "he"}


def linear_stack(rng: np.random.Generator) -> dict[str, Any]:
    net = mlp.init(STACK, "identity", "xavier", rng)
    for b in net.biases:
        b += rng.standard_normal(b.shape)  # non-zero biases: still one affine map
    matrix, offset = np.eye(STACK[0]), np.zeros(STACK[0])
    for w, b in zip(net.weights, net.biases, strict=True):
        matrix, offset = w @ matrix, w @ offset + b
    x = rng.standard_normal((1000, STACK[0]))
    layered = mlp.forward(net, x).output
    return {
        "matrix": matrix.tolist(),
        "offset": offset.tolist(),
        "max_difference": float(np.max(np.abs(layered - (x @ matrix.T + offset)))),
        "sizes": STACK,
    }


def xor(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Points around the four corners (+-1, +-1); class 1 where the signs differ."""
    corners = rng.choice([-1.0, 1.0], size=(n, 2))
    x = corners + NOISE * rng.standard_normal((n, 2))
    return x, (corners[:, 0] != corners[:, 1]).astype(np.float64)[:, None]


def classifier(activation: str, scheme: str, seed: int) -> dict[str, Any]:
    """Full-batch gradient descent on cross-entropy; test accuracy and p(class 1) on GRID."""
    from activations import function

    sigmoid = function("sigmoid")
    rng = np.random.default_rng(seed)
    x, y = xor(rng, TRAIN)
    x_test, y_test = xor(rng, TEST)
    net = mlp.init(NETWORK, activation, scheme, rng)
    for _ in range(STEPS):
        trace = mlp.forward(net, x)
        mlp.step(net, mlp.backward(net, trace, (sigmoid(trace.output) - y) / TRAIN), RATE)
    accuracy = float(np.mean((mlp.forward(net, x_test).output > 0) == (y_test > 0.5)))
    gx, gy = np.meshgrid(GRID, GRID)
    plane = np.column_stack([gx.ravel(), gy.ravel()])
    probability = sigmoid(mlp.forward(net, plane).output).reshape(gx.shape)
    probability = np.round(probability, 6)  # ample for a contour; keeps the cached data small
    return {
        "accuracy": accuracy,
        "train_accuracy": float(np.mean((mlp.forward(net, x).output > 0) == (y > 0.5))),
        "probability": probability.tolist(),
    }


def run() -> dict[str, Any]:
    rng = np.random.default_rng(SEED)
    points, labels = xor(np.random.default_rng(SEED), TRAIN)  # the training set, to draw
    return {
        "stack": linear_stack(rng),
        "grid": GRID.tolist(),
        "points": points.tolist(),
        "labels": labels[:, 0].tolist(),
        "networks": {name: classifier(name, scheme, SEED) for name, scheme in FUNCTIONS.items()},
        "sizes": NETWORK,
    }
