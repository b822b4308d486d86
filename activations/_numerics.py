"""Small numerical helpers shared by the kernels.

Kernels run with underflow ignored (a result too small to represent rounds to 0, which is
the correctly rounded answer), but overflow and invalid operations are never hidden: the
kernels are written so that they do not occur for any finite input.
"""

from __future__ import annotations

import numpy as np

from activations.registry import FloatArray


def where(condition: np.ndarray, if_true: FloatArray, if_false: FloatArray) -> FloatArray:
    """``np.where`` that keeps the float dtype of the branches (no promotion of scalars)."""
    return np.where(condition, if_true, if_false).astype(if_true.dtype, copy=False)


def full_like(x: FloatArray, value: float) -> FloatArray:
    return np.full_like(x, value)


def sigmoid(x: FloatArray) -> FloatArray:
    """Logistic sigmoid without overflow: ``exp`` only ever sees ``-|x|``."""
    e = np.abs(x)
    np.negative(e, out=e)
    np.exp(e, out=e)  # e = exp(-|x|) in (0, 1]
    out = e + 1.0
    np.reciprocal(out, out=out)  # 1 / (1 + exp(-|x|)) = sigmoid(|x|)
    np.multiply(out, e, out=out, where=x < 0)  # sigmoid(-|x|) = exp(-|x|) sigmoid(|x|)
    return out


def softplus(x: FloatArray) -> FloatArray:
    """log(1 + e^x) without overflow: max(x, 0) + log1p(e^{-|x|})."""
    out = np.abs(x)
    np.negative(out, out=out)
    np.exp(out, out=out)
    np.log1p(out, out=out)
    out += np.maximum(x, 0.0)
    return out


def nan_where(x: FloatArray, out: FloatArray, mask: np.ndarray) -> FloatArray:
    """Set ``out`` to NaN where ``mask``: for limits that do not exist (sin at infinity)."""
    out[mask] = np.nan
    return out


def finite_or(x: FloatArray, value: float) -> FloatArray:
    """``x`` with non-finite entries replaced by ``value``, to keep them out of a formula."""
    return np.where(np.isfinite(x), x, value).astype(x.dtype, copy=False)
