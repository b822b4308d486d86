"""Activations of a vector: softmax and its relatives, and the gated linear units.

A scalar entry (:class:`~activations.registry.Activation`) maps each number on its own.
A :class:`VectorActivation` maps a whole vector along one axis of its input: a
*normaliser* (softmax, log-softmax, softmin, sparsemax) keeps the axis's length, a
*gated* unit (GLU and its variants) splits the axis in two halves, the value ``a`` and
the gate ``b`` as ``torch.nn.functional.glu`` does, and returns ``a * gate(b)``, half as
long. Instead of a derivative each carries its Jacobian, for one vector, and a
vector-Jacobian product for a batch (what a backward pass uses).

Shapes, for an input ``x`` with ``n`` entries along ``axis``:

- ``f(x, axis=-1)``: the shape of ``x`` (normalisers), or with ``n/2`` along ``axis``
  (gated);
- ``f.jacobian(v)``: for a 1-D ``v`` of length ``n``, ``J[i, j] = d f_i / d v_j``, of
  shape ``(n, n)`` or ``(n/2, n)``;
- ``f.vjp(x, g, axis=-1)``: ``g`` has the output's shape; the result has ``x``'s, and is
  ``g @ J`` for every vector along ``axis``.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from activations.api import as_float_array
from activations.registry import (
    Exercise,
    FloatArray,
    Frameworks,
    Param,
    Reference,
    RegistryError,
    Step,
    resolve_params,
)

# (x, axis, **params) -> f(x) along axis; x is a float array with at least one dimension.
VectorKernel = Callable[..., FloatArray]
# (v, **params) -> Jacobian of f at the 1-D vector v.
JacobianKernel = Callable[..., FloatArray]
# (x, g, axis, **params) -> g @ J along axis.
VJPKernel = Callable[..., FloatArray]

KINDS = ("normaliser", "gated")


@dataclass(frozen=True)
class VectorActivation:
    """One function of a vector, with its Jacobian and its metadata."""

    name: str
    title: str
    kind: str  # one of KINDS
    summary: str
    function: VectorKernel
    jacobian: JacobianKernel
    vjp: VJPKernel
    latex: str
    jacobian_latex: str
    frameworks: Frameworks
    references: tuple[Reference, ...]
    params: tuple[Param, ...] = ()
    aliases: tuple[str, ...] = ()
    # Normalisers whose every output vector sums to 1 (softmax, softmin, sparsemax).
    sums_to_one: bool = False
    # What the Jacobian does where the function has a kink (ReGLU's gate, sparsemax's
    # support changing); empty where it is smooth.
    kink_convention: str = ""
    # Lesson text, as the scalar entries have it.
    origin: str = ""
    uses: str = ""
    strengths: tuple[str, ...] = ()
    weaknesses: tuple[str, ...] = ()
    derivation: tuple[Step, ...] = ()
    exercises: tuple[Exercise, ...] = ()
    family: str = field(default="vector")

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise RegistryError(f"vector activation {self.name!r}: kind must be one of {KINDS}")

    @property
    def gated(self) -> bool:
        return self.kind == "gated"

    def resolve(self, given: dict[str, object]) -> dict[str, float]:
        """Defaults overridden by ``given``, each checked against its valid range."""
        return resolve_params(self.name, self.params, given)


def _float_array(x: object, entry: VectorActivation, argument: str) -> FloatArray:
    array, _ = as_float_array(x, f"{entry.name} ({argument})")
    return array


def _axis(array: FloatArray, axis: object, entry: VectorActivation) -> int:
    """The axis as a non-negative int, checked against the array and the entry's kind."""
    if array.ndim == 0:
        raise ValueError(
            f"{entry.name}: expected an array with at least one dimension, got a scalar "
            "(a vector activation maps a whole vector)"
        )
    if isinstance(axis, bool) or not isinstance(axis, int | np.integer):
        raise TypeError(f"{entry.name}: axis must be an int, got {axis!r}")
    if not -array.ndim <= axis < array.ndim:
        raise ValueError(
            f"{entry.name}: axis {axis} is out of range for an input with {array.ndim} "
            f"dimension{'s' if array.ndim > 1 else ''}"
        )
    axis = int(axis) % array.ndim
    size = array.shape[axis]
    if size == 0:
        raise ValueError(f"{entry.name}: the input is empty along axis {axis}")
    if entry.gated and size % 2:
        raise ValueError(
            f"{entry.name}: the input's size along axis {axis} must be even (it is split "
            f"into a value half and a gate half), got {size}"
        )
    return axis


def _work(array: FloatArray) -> FloatArray:
    # float16 has too little range for intermediates; compute in float64, as api does.
    return array.astype(np.float64) if array.dtype == np.float16 else array


def _signature(entry: VectorActivation, first: str = "x", axis: bool = True) -> inspect.Signature:
    parameters = [inspect.Parameter(first, inspect.Parameter.POSITIONAL_ONLY)]
    if first == "x" and not axis:  # vjp: (x, g, /, axis=-1)
        parameters.append(inspect.Parameter("g", inspect.Parameter.POSITIONAL_ONLY))
        axis = True
    if axis:
        parameters.append(
            inspect.Parameter("axis", inspect.Parameter.POSITIONAL_OR_KEYWORD, default=-1)
        )
    parameters += [
        inspect.Parameter(p.name, inspect.Parameter.KEYWORD_ONLY, default=p.default)
        for p in entry.params
    ]
    return inspect.Signature(parameters)


def docstring(entry: VectorActivation) -> str:
    """The docstring of a vector entry's public function (after the scalar ones)."""
    lines = [entry.summary, "", "Formula (LaTeX)::", "", f"    {entry.latex}", ""]
    lines += ["Args:", "    x: array-like of real numbers, at least 1-D."]
    split = " (split into a value half and a gate half)" if entry.gated else ""
    lines += [f"    axis: the axis along which the vectors lie{split}. Default -1."]
    lines += [
        f"    {p.name}: {p.description} Default {p.default:g}; {p.valid}." for p in entry.params
    ]
    half = ", with half the size along axis" if entry.gated else ""
    lines += ["", "Returns:", f"    An array of x's shape{half} and float dtype."]
    odd = ", or an odd size along axis" if entry.gated else ""
    lines += [
        "",
        "Raises:",
        f"    ValueError: for a scalar, an out-of-range axis or parameter{odd}.",
    ]
    lines += ["", "Attributes:"]
    lines += ["    jacobian(v, **params): J[i, j] = d f_i / d v_j for a 1-D v."]
    lines += ["    vjp(x, g, axis=-1, **params): g @ J for every vector along axis."]
    if entry.references:
        lines += ["", "References:"]
        lines += [f"    {r.authors} ({r.year}). {r.title}. {r.url}" for r in entry.references]
    return "\n".join(lines) + "\n"


def build(entry: VectorActivation) -> Any:
    """The public function ``f(x, axis=-1, **params)``, with ``f.jacobian(v, **params)``,
    ``f.vjp(x, g, axis=-1, **params)`` and ``f.entry`` attached."""

    def function(x: object, /, axis: int = -1, **params: object) -> Any:
        array = _float_array(x, entry, "x")
        where = _axis(array, axis, entry)
        values = entry.resolve(params)
        with np.errstate(under="ignore"):
            out = entry.function(_work(array), where, **values)
        # A gated product beyond float16's range rounds to inf, as IEEE arithmetic does.
        with np.errstate(over="ignore"):
            return np.asarray(out).astype(array.dtype, copy=False)

    def jacobian(v: object, /, **params: object) -> Any:
        array = _float_array(v, entry, "v")
        if array.ndim != 1:
            raise ValueError(
                f"{entry.name}.jacobian: expected a 1-D vector, got shape {array.shape} "
                "(vjp takes a batch)"
            )
        _axis(array, 0, entry)
        values = entry.resolve(params)
        with np.errstate(under="ignore"):
            out = entry.jacobian(_work(array), **values)
        return np.asarray(out).astype(array.dtype, copy=False)

    def vjp(x: object, g: object, /, axis: int = -1, **params: object) -> Any:
        array = _float_array(x, entry, "x")
        where = _axis(array, axis, entry)
        cotangent = _float_array(g, entry, "g")
        expected = list(array.shape)
        if entry.gated:
            expected[where] //= 2
        if list(cotangent.shape) != expected:
            raise ValueError(
                f"{entry.name}.vjp: g must have the output's shape {tuple(expected)}, "
                f"got {cotangent.shape}"
            )
        values = entry.resolve(params)
        with np.errstate(under="ignore"):
            out = entry.vjp(_work(array), _work(cotangent), where, **values)
        with np.errstate(over="ignore"):
            return np.asarray(out).astype(np.result_type(array, cotangent), copy=False)

    for public, suffix, first, axis in (
        (function, "", "x", True),
        (jacobian, ".jacobian", "v", False),
        (vjp, ".vjp", "x", False),
    ):
        public.__name__ = entry.name if not suffix else suffix[1:]
        public.__qualname__ = entry.name + suffix
        public.__module__ = "activations"
        public.__signature__ = _signature(entry, first, axis)  # type: ignore[union-attr]
    function.__doc__ = docstring(entry)
    jacobian.__doc__ = f"The Jacobian of {entry.name} at a 1-D vector v: J[i, j] = d f_i / d v_j."
    vjp.__doc__ = f"The vector-Jacobian product g @ J of {entry.name}, along axis, for a batch."
    function.jacobian = jacobian  # type: ignore[attr-defined]
    function.vjp = vjp  # type: ignore[attr-defined]
    function.entry = entry  # type: ignore[attr-defined]
    return function


def check_vector_entries(entries: list[VectorActivation], scalar_names: set[str]) -> None:
    seen: set[str] = set(scalar_names)
    for entry in entries:
        for name in (entry.name, *entry.aliases):
            if name in seen:
                raise RegistryError(f"vector activation {entry.name!r}: name {name!r} is taken")
            seen.add(name)
