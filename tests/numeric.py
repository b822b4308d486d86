"""The tests' one finite-difference estimate of a derivative.

(The build checks each derivative with its own difference quotient in
``activations.registry.check_derivative``: it runs without tests/.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np


def central_difference(
    fn: Callable[..., Any], x: np.ndarray, step: float = 1e-6, **params: float
) -> np.ndarray:
    """(f(x + h) - f(x - h)) / 2h with h = step * max(1, |x|): relative beyond |x| = 1,
    so that for large |x| the rounding of x +- h does not swamp the difference."""
    h = step * np.maximum(1.0, np.abs(x))
    return (fn(x + h, **params) - fn(x - h, **params)) / (2 * h)
