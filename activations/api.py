"""Public functions built from registry entries: input checks, dtypes, docstrings.

A kernel only ever sees a float ndarray and validated parameters; everything a user can
get wrong (a list, an integer array, a string, a bad parameter) is handled here, once.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable
from typing import Any

import numpy as np

from activations.registry import Activation, FloatArray, Kernel

PublicFunction = Callable[..., Any]


def as_float_array(x: object, name: str) -> tuple[FloatArray, bool]:
    """Convert input to a float array; integers and bools become float64.

    Returns the array and whether the input was a scalar (so a scalar can be returned).
    """
    array = np.asarray(x)
    if array.dtype.kind in "biu":
        array = array.astype(np.float64)
    elif array.dtype.kind != "f":
        raise TypeError(
            f"{name}: expected real numbers, got an array of dtype {array.dtype} "
            f"(from {type(x).__name__})"
        )
    return array, array.ndim == 0


def _evaluate(kernel: Kernel, entry: Activation, x: object, params: dict[str, object]) -> Any:
    array, scalar = as_float_array(x, entry.name)
    values = entry.resolve(params)
    dtype = array.dtype
    # float16 has too little range for intermediates such as x**2; work in float64.
    work = array.astype(np.float64) if dtype == np.float16 else array
    # Kernels may write into arrays they create; numpy returns 0-d results as immutable
    # scalars, so a scalar input is computed as a one-element array.
    work = work.reshape(1) if scalar else work
    with np.errstate(under="ignore"):
        result = np.asarray(kernel(work, **values))
    # Back to float16, a value beyond its largest finite number (65504) rounds to +-inf,
    # as IEEE arithmetic rounds it: the true value, e.g. 300^2 or e^12, is out of range.
    # The kernel's own arithmetic above still warns (and raises under np.errstate).
    with np.errstate(under="ignore", over="ignore"):
        result = result.astype(dtype, copy=False)
    return result[0] if scalar else result


def _signature(entry: Activation) -> inspect.Signature:
    parameters = [inspect.Parameter("x", inspect.Parameter.POSITIONAL_ONLY)]
    parameters += [
        inspect.Parameter(p.name, inspect.Parameter.KEYWORD_ONLY, default=p.default)
        for p in entry.params
    ]
    return inspect.Signature(parameters)


def _format_number(value: float) -> str:
    return repr(int(value)) if float(value).is_integer() and abs(value) < 1e6 else repr(value)


def docstring(entry: Activation, derivative: bool = False) -> str:
    """The one docstring template every public function shares (after jax.nn)."""
    what = f"Derivative of {entry.title}" if derivative else entry.title
    formula = entry.derivative_latex if derivative else entry.latex
    lines = [entry.summary if not derivative else f"{what}.", ""]
    lines += ["Formula (LaTeX)::", "", f"    {formula}", ""]
    lines += ["Args:", "    x: array-like of real numbers. float16/32/64 keep their dtype;"]
    lines += ["        integers and bools are promoted to float64."]
    for p in entry.params:
        lines.append(
            f"    {p.name}: {p.description} Default {_format_number(p.default)}; {p.valid}."
        )
    lines += [
        "",
        "Returns:",
        "    An array of the input's shape and float dtype; a scalar for a scalar.",
    ]
    lines += ["", "Raises:", "    TypeError: for non-numeric input or an unknown parameter."]
    if entry.params:
        lines += ["    ValueError: for a parameter outside its valid range."]
    if entry.kink_convention:
        lines += ["", f"At kinks: {entry.kink_convention}"]
    if not derivative:
        lines += ["", "Example:", "    >>> import activations"]
        lines += [f"    >>> activations.{entry.name}({entry.example.call})"]
        lines += [f"    {line}" for line in entry.example.output.splitlines()]
    if entry.references:
        lines += ["", "References:"]
        lines += [f"    {r.authors} ({r.year}). {r.title}. {r.url}" for r in entry.references]
    return "\n".join(lines) + "\n"


def build(entry: Activation) -> PublicFunction:
    """The public function for an entry, with ``.derivative`` and ``.entry`` attached."""

    def function(x: object, /, **params: object) -> Any:
        return _evaluate(entry.function, entry, x, params)

    def derivative(x: object, /, **params: object) -> Any:
        return _evaluate(entry.derivative, entry, x, params)

    for public, is_derivative in ((function, False), (derivative, True)):
        public.__name__ = f"{entry.name}_derivative" if is_derivative else entry.name
        public.__qualname__ = public.__name__
        public.__module__ = "activations"
        public.__doc__ = docstring(entry, derivative=is_derivative)
        public.__signature__ = _signature(entry)  # type: ignore[attr-defined]
    function.derivative = derivative  # type: ignore[attr-defined]
    function.entry = entry  # type: ignore[attr-defined]
    return function


__all__ = ["as_float_array", "build", "docstring", "math"]
