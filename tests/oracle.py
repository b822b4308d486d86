"""An independent oracle: each entry's defining expression, differentiated by sympy and
evaluated with mpmath at 40 significant digits.

Nothing here calls the package's kernels, so agreement is evidence, not an echo.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

import mpmath
import numpy as np
import sympy

from activations.registry import Activation

mpmath.mp.dps = 40
X = sympy.Symbol("x", real=True)


@functools.cache
def expressions(entry: Activation) -> tuple[sympy.Expr, sympy.Expr, tuple[sympy.Symbol, ...]]:
    """The function's expression, its symbolic derivative, and the parameter symbols."""
    symbols = tuple(sympy.Symbol(p.name, real=True) for p in entry.params)
    namespace = {"x": X, **{s.name: s for s in symbols}}
    expression = sympy.sympify(entry.sympy, locals=namespace)
    return expression, sympy.diff(expression, X), symbols


@functools.cache
def _compiled(entry: Activation, derivative: bool) -> Callable[..., object]:
    function, slope, symbols = expressions(entry)
    return sympy.lambdify([X, *symbols], slope if derivative else function, modules="mpmath")


def evaluate(entry: Activation, x: float, derivative: bool = False, **params: float) -> float:
    """The oracle's value at x (default parameters unless given), rounded to float64."""
    values = {**entry.defaults, **params}
    result = _compiled(entry, derivative)(
        mpmath.mpf(x), *(mpmath.mpf(values[p.name]) for p in entry.params)
    )
    return float(mpmath.re(result))


def values(
    entry: Activation, x: np.ndarray, derivative: bool = False, **params: float
) -> np.ndarray:
    """:func:`evaluate` at every point of a float array, as a float64 array of its shape."""
    flat = [evaluate(entry, float(point), derivative, **params) for point in x.ravel()]
    return np.array(flat, dtype=np.float64).reshape(x.shape)


def limit(entry: Activation, sign: int, derivative: bool = False) -> float:
    """The limit at sign * infinity: NaN when there is none (an oscillating function)."""
    a = evaluate(entry, sign * 1e30, derivative)
    b = evaluate(entry, sign * 2e30, derivative)
    if math.isinf(a) and a == b:  # beyond float64 already, as e^x at 1e30
        return a
    if abs(a) > 1e20 and abs(b) > abs(a) and math.copysign(1, a) == math.copysign(1, b):
        return math.copysign(math.inf, a)
    if abs(a - b) <= 1e-12 * max(1.0, abs(b)):
        return 0.0 if abs(b) < 1e-20 else b
    return math.nan
