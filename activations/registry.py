"""The registry's data model: what an activation entry is, and how entries are checked.

Every page, figure, table row and test loops over entries of this shape. An entry holds
the numerical kernels (plain functions of a float ndarray) and all the metadata the site
shows; the public, input-checking functions are built from it in :mod:`activations.api`.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Literal

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.floating]
Kernel = Callable[..., FloatArray]
Smoothness = Literal["discontinuous", "C0", "C1", "C2", "C∞"]
# Monotonicity on the whole real line (of a function or of its derivative), in the
# non-strict sense: "non-decreasing" means x < y implies f(x) <= f(y), flat stretches
# allowed; "constant" is both non-decreasing and non-increasing.
Monotonicity = Literal["non-decreasing", "non-increasing", "constant", "no"]
Saturation = Literal["none", "left", "right", "both"]


class RegistryError(ValueError):
    """An activation entry is malformed: the message names the entry, where it is
    written (file:line, when known) and the problem, in one line."""


_HERE = Path(__file__).resolve()
_PACKAGE_ROOT = _HERE.parent.parent


def _written_at() -> str:
    """'activations/catalog/classic.py:126: ', the first caller outside this module and
    dataclasses: where the entry being built is written. Empty when not found."""
    frame: FrameType | None = sys._getframe(1)
    skip = {str(_HERE), dataclasses.__file__}
    while frame is not None and (
        frame.f_code.co_filename in skip or frame.f_code.co_filename.startswith("<")
    ):
        frame = frame.f_back
    if frame is None:
        return ""
    path = Path(frame.f_code.co_filename).resolve()
    shown = path.relative_to(_PACKAGE_ROOT) if path.is_relative_to(_PACKAGE_ROOT) else path
    return f"{shown.as_posix()}:{frame.f_lineno}: "


@dataclass(frozen=True)
class Param:
    """A scalar parameter of an activation, with its default and its valid interval."""

    name: str
    default: float
    description: str
    low: float = -math.inf
    high: float = math.inf
    low_open: bool = False
    high_open: bool = False
    symbol: str = ""  # TeX, as the entry's formula writes it ("" if the formula does not)

    @property
    def valid(self) -> str:
        """The valid interval in words, for error messages and docs, e.g. ``beta > 0``."""
        parts = []
        if self.low > -math.inf:
            parts.append(f"{self.name} {'>' if self.low_open else '>='} {self.low:g}")
        if self.high < math.inf:
            parts.append(f"{self.name} {'<' if self.high_open else '<='} {self.high:g}")
        return " and ".join(parts) or "any finite number"

    def check(self, entry: str, value: object) -> float:
        """Return ``value`` as a float, or raise ValueError naming the parameter and its range."""
        if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
            raise TypeError(
                f"{entry}: parameter {self.name!r} must be a real number, got {value!r}"
            )
        try:
            number = float(value)
        except OverflowError:  # an int too large for a float: out of every range
            number = math.inf if value > 0 else -math.inf
        too_low = number <= self.low if self.low_open else number < self.low
        too_high = number >= self.high if self.high_open else number > self.high
        if not math.isfinite(number) or too_low or too_high:
            raise ValueError(
                f"{entry}: parameter {self.name!r} must satisfy {self.valid}, got {value!r}"
            )
        return number


class _Bounds:
    """Boundedness from the ends ``low`` and ``high``, shared by both kinds of range."""

    if TYPE_CHECKING:  # a field of Interval, a property of IntervalUnion

        @property
        def low(self) -> float: ...
        @property
        def high(self) -> float: ...

    @property
    def bounded_below(self) -> bool:
        return math.isfinite(self.low)

    @property
    def bounded_above(self) -> bool:
        return math.isfinite(self.high)


@dataclass(frozen=True)
class Interval(_Bounds):
    """The range of a function: endpoints, and whether each is attained."""

    low: float
    high: float
    low_closed: bool = False
    high_closed: bool = False

    @property
    def latex(self) -> str:
        def end(value: float) -> str:
            if math.isinf(value):
                return r"\infty" if value > 0 else r"-\infty"
            return f"{value:g}"

        if self.is_point:
            return r"\{" + end(self.low) + r"\}"
        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        return rf"\left{left}{end(self.low)}, {end(self.high)}\right{right}"

    @property
    def is_point(self) -> bool:
        return self.low == self.high and self.low_closed and self.high_closed

    @property
    def parts(self) -> tuple[Interval, ...]:
        return (self,)


def point(value: float) -> Interval:
    """The one-point set {value}, as a closed interval of zero length."""
    return Interval(value, value, low_closed=True, high_closed=True)


@dataclass(frozen=True)
class IntervalUnion(_Bounds):
    """A range that is not one interval: disjoint parts in increasing order, each an
    interval or a point, e.g. the binary step's {0, 1} or Threshold's {0} ∪ (1, ∞)."""

    parts: tuple[Interval, ...]

    def __post_init__(self) -> None:
        for left, right in zip(self.parts, self.parts[1:], strict=False):
            touching = left.high == right.low and (left.high_closed or right.low_closed)
            if left.high > right.low or touching:
                raise ValueError(f"range parts must be disjoint and in order: {self.parts}")

    @property
    def low(self) -> float:
        return self.parts[0].low

    @property
    def high(self) -> float:
        return self.parts[-1].high

    @property
    def low_closed(self) -> bool:
        return self.parts[0].low_closed

    @property
    def high_closed(self) -> bool:
        return self.parts[-1].high_closed

    @property
    def latex(self) -> str:
        """Neighbouring points gather into one set: {0, 1}, {0} ∪ (1, ∞)."""
        pieces: list[str] = []
        points: list[str] = []
        for part in self.parts:
            if part.is_point:
                points.append(f"{part.low:g}")
                continue
            if points:
                pieces.append(r"\{" + ", ".join(points) + r"\}")
                points = []
            pieces.append(part.latex)
        if points:
            pieces.append(r"\{" + ", ".join(points) + r"\}")
        return r" \cup ".join(pieces)


Range = Interval | IntervalUnion


@dataclass(frozen=True)
class Properties:
    """Declared shape properties; tests check each one against the numbers.

    The glossary page (docs/properties.md) defines each for the reader; the tests compute
    each from the numbers with the same definition.

    - ``monotonic``: how f orders the real line (see ``Monotonicity``).
    - ``derivative_monotonic``: the same for f' (at kinks, the value the kernel returns).
    - ``zero_at_origin``: f(0) = 0 (passing through the origin; not the same as outputs
      whose mean is zero).
    - ``smoothness``: the highest continuity class on the whole line: C2 = f'' continuous.
    - ``saturation``: on which side(s) the derivative tends to 0.
    - ``identity_near_zero``: f(0) = 0 and f'(0) = 1.
    """

    monotonic: Monotonicity
    derivative_monotonic: Monotonicity
    zero_at_origin: bool
    smoothness: Smoothness
    saturation: Saturation
    identity_near_zero: bool


@dataclass(frozen=True)
class Reference:
    authors: str
    title: str
    year: int
    url: str


@dataclass(frozen=True)
class Step:
    """One line of a derivation: why it follows (Markdown), and the line it reaches
    (LaTeX, typeset as a display formula)."""

    reason: str
    latex: str


@dataclass(frozen=True)
class Exercise:
    """An exercise and its worked solution, in Markdown with $maths$. A number the
    solution states is checked against the package through an answer marker,
    ``<!-- answer: EXPRESSION = VALUE -->`` (tests/test_answers.py)."""

    question: str
    solution: str


@dataclass(frozen=True)
class Frameworks:
    """The same function's name in each framework, or None where it has none."""

    pytorch: str | None = None
    tensorflow: str | None = None
    jax: str | None = None


@dataclass(frozen=True)
class Example:
    """A doctest: the call's arguments and the output numpy prints, checked by the tests."""

    call: str
    output: str


@dataclass(frozen=True, kw_only=True)
class Activation:
    """One activation function: kernels, formulas, parameters and facts.

    ``function`` and ``derivative`` are kernels: they take a float ndarray (never modified)
    and the parameters as keyword arguments, and return a new array of the same dtype.
    ``sympy`` is the defining expression in ``x`` and the parameter names; the tests
    differentiate it symbolically as an independent oracle.
    ``kinks`` gives the points where the derivative does not exist, for given parameters;
    ``kink_convention`` says what the derivative returns there (PyTorch's autograd choice).
    """

    name: str
    title: str
    summary: str
    function: Kernel
    derivative: Kernel
    latex: str
    derivative_latex: str
    sympy: str
    range: Range
    properties: Properties
    example: Example
    params: tuple[Param, ...] = ()
    aliases: tuple[str, ...] = ()
    frameworks: Frameworks = field(default_factory=Frameworks)
    references: tuple[Reference, ...] = ()
    kinks: Callable[..., tuple[float, ...]] = lambda **_: ()
    kink_convention: str = ""
    constraints: tuple[tuple[Callable[..., bool], str], ...] = ()
    family: str = "other"
    symbol: str = ""  # LaTeX for figure labels; default: the title in upright letters
    # The lesson a function page teaches, in Markdown with $inline maths$: where the
    # function came from (the problem it answered, who, when), where it is used (named
    # architectures and models), and its strengths and weaknesses against the functions
    # a reader would choose instead; the steps that derive the derivative, and
    # exercises with worked solutions. A generated page needs them all.
    origin: str = ""
    uses: str = ""
    strengths: tuple[str, ...] = ()
    weaknesses: tuple[str, ...] = ()
    derivation: tuple[Step, ...] = ()
    exercises: tuple[Exercise, ...] = ()

    def __new__(cls, *args: object, **fields: object) -> Activation:
        """Name the entry when a field is missing or misspelt: Python's own TypeError
        would name neither the entry nor the line it is written on."""
        if not args and not fields:  # copy and pickle build the object bare
            return super().__new__(cls)
        where = f"{_written_at()}activation {fields.get('name', '?')!r}"
        if args:
            raise RegistryError(f"{where}: fields are keyword-only, got {len(args)} positional")
        known = {f.name: f for f in dataclasses.fields(cls)}
        for key in fields:
            if key not in known:
                close = difflib.get_close_matches(key, known, n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise RegistryError(f"{where}: unknown field {key!r}{hint}")
        required = [
            name
            for name, f in known.items()
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        ]
        missing = [name for name in required if name not in fields]
        if missing:
            raise RegistryError(f"{where}: missing field(s) {', '.join(missing)}")
        return super().__new__(cls)

    def __post_init__(self) -> None:
        check_entry(self, _written_at())

    @property
    def math_symbol(self) -> str:
        return self.symbol or r"\mathrm{" + self.title.replace(" ", r"\,") + "}"

    @property
    def defaults(self) -> dict[str, float]:
        return {p.name: p.default for p in self.params}

    def resolve(self, given: Mapping[str, object]) -> dict[str, float]:
        """Validate keyword parameters and fill in defaults; raise a clear error otherwise."""
        values = resolve_params(self.name, self.params, given)
        for holds, message in self.constraints:
            if not holds(**values):
                raise ValueError(f"{self.name}: {message}, got {values}")
        return values


def resolve_params(
    name: str, params: tuple[Param, ...], given: Mapping[str, object]
) -> dict[str, float]:
    """The defaults of ``params`` overridden by ``given``, each checked against its
    valid range (for scalar and vector entries alike)."""
    known = {p.name: p for p in params}
    unknown = sorted(set(given) - set(known))
    if unknown:
        allowed = ", ".join(known) or "none"
        raise TypeError(f"{name}: unknown parameter(s) {unknown}; parameters: {allowed}")
    return {
        key: param.check(name, given[key]) if key in given else param.default
        for key, param in known.items()
    }


def check_entry(entry: Activation, written_at: str = "") -> None:
    """Raise RegistryError if one entry is malformed; runs when the entry is built."""
    where = f"{written_at}activation {entry.name!r}"
    if not entry.name.isidentifier() or entry.name != entry.name.lower():
        raise RegistryError(f"{where}: name must be a lower-case snake_case identifier")
    for text_field in ("title", "summary", "latex", "derivative_latex", "sympy"):
        if not getattr(entry, text_field).strip():
            raise RegistryError(f"{where}: missing {text_field}")
    for param in entry.params:
        try:
            param.check(entry.name, param.default)
        except (TypeError, ValueError) as error:
            raise RegistryError(f"{where}: default outside its valid range: {error}") from None
    for holds, message in entry.constraints:
        if not holds(**entry.defaults):
            raise RegistryError(f"{where}: defaults break the constraint: {message}")


def check_entries(entries: list[Activation]) -> None:
    """Raise RegistryError if two entries share a name or alias (each entry checked
    itself when it was built)."""
    seen: dict[str, str] = {}
    for entry in entries:
        for key in (entry.name, *entry.aliases):
            if key in seen:
                raise RegistryError(
                    f"activation {entry.name!r}: name or alias {key!r} is already used by "
                    f"{seen[key]!r}"
                )
            seen[key] = entry.name


def check_derivative(entry: Activation, rtol: float = 1e-5, atol: float = 1e-6) -> None:
    """Raise RegistryError if the derivative kernel disagrees with central differences of
    the function (away from the declared kinks): a wrong derivative must never be drawn."""
    params = entry.defaults
    x = np.linspace(-8.0, 8.0, 1601)
    kinks = np.array(entry.kinks(**params), dtype=np.float64)
    if kinks.size:
        x = x[np.min(np.abs(x[:, None] - kinks[None, :]), axis=1) > 1e-3]
    h = 1e-6
    with np.errstate(under="ignore"):
        estimate = (entry.function(x + h, **params) - entry.function(x - h, **params)) / (2 * h)
        slope = entry.derivative(x, **params)
    bad = ~np.isclose(slope, estimate, rtol=rtol, atol=atol)
    if bad.any():
        at = float(x[bad][0])
        raise RegistryError(
            f"activation {entry.name!r}: derivative disagrees with the function at x = {at:g} "
            f"(derivative {float(slope[bad][0]):.6g}, finite difference {float(estimate[bad][0]):.6g})"
        )
