"""Softmax in attention, measured: how the scale of the logits saturates it, with and
without the 1/sqrt(d) of scaled dot-product attention (Vaswani et al., 2017, §3.2.1).

For each head dimension d, QUERIES queries and KEYS keys with independent standard
normal components (what a normalised layer with unit-variance projections hands to
attention) give the logits s_ij = q_i . k_j, whose variance is d, and s_ij / sqrt(d),
whose variance is 1. Every query's row of logits goes through the package's softmax.
Recorded for each d and each scaling, as means over the queries: the logits' standard
deviation, the largest attention weight, the entropy of the weights as a share of
ln(KEYS) (1: uniform, 0: one-hot), the Frobenius norm of the softmax Jacobian (sqrt(n - 1)
/ n at uniform weights, 0 at one-hot ones), and the share of a random upstream
gradient's norm that the vector-Jacobian product passes back to the logits.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np

import activations

SEED = 2017
DIMS = (1, 4, 16, 64, 256, 1024, 4096)
KEYS, QUERIES = 32, 200
SCALINGS = ("unscaled", "scaled")


def _measure(logits: np.ndarray, upstream: np.ndarray) -> dict[str, float]:
    softmax = activations.vector_function("softmax")
    weights = softmax(logits)
    n = logits.shape[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(weights > 0, weights * np.log(weights), 0.0)
    entropy = -terms.sum(axis=-1) / math.log(n)
    jacobians = np.array([np.linalg.norm(softmax.jacobian(row)) for row in logits])
    passed = np.linalg.norm(softmax.vjp(logits, upstream), axis=-1)
    return {
        "logit_std": float(np.std(logits)),
        "max_weight": float(np.mean(weights.max(axis=-1))),
        "entropy": float(np.mean(entropy)),
        "jacobian": float(np.mean(jacobians)),
        "gradient": float(np.mean(passed / np.linalg.norm(upstream, axis=-1))),
    }


def run() -> dict[str, Any]:
    rng = np.random.default_rng(SEED)
    out: dict[str, Any] = {
        "dims": list(DIMS),
        "keys": KEYS,
        "queries": QUERIES,
        "uniform_jacobian": math.sqrt(KEYS - 1) / KEYS,
    }
    rows: dict[str, list[dict[str, float]]] = {s: [] for s in SCALINGS}
    for d in DIMS:
        q = rng.standard_normal((QUERIES, d))
        k = rng.standard_normal((KEYS, d))
        upstream = rng.standard_normal((QUERIES, KEYS))
        logits = q @ k.T
        rows["unscaled"].append(_measure(logits, upstream))
        rows["scaled"].append(_measure(logits / math.sqrt(d), upstream))
    out["rows"] = rows
    return out
