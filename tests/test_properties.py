"""Declared properties and ranges, checked against the numbers on dense grids."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.optimize

import activations

GRID = np.linspace(-50, 50, 200001)
MODERATE = np.linspace(-15, 15, 30001)  # no value here rounds to an open endpoint


def public(entry: activations.Activation):
    return activations.function(entry.name)


def with_limits(entry: activations.Activation, values: np.ndarray, derivative: bool = False):
    fn = public(entry).derivative if derivative else public(entry)
    limits = fn(np.array([-np.inf, np.inf]))
    return np.concatenate([values, limits[~np.isnan(limits)]])


def monotonicity(values: np.ndarray) -> str:
    """The glossary's definition, on a dense grid: non-decreasing if no step goes down."""
    steps = np.diff(values)
    up, down = bool(np.all(steps >= -1e-12)), bool(np.all(steps <= 1e-12))
    return {(True, True): "constant", (True, False): "non-decreasing"}.get(
        (up, down), "non-increasing" if down else "no"
    )


def test_monotonic(entry) -> None:
    assert monotonicity(public(entry)(GRID)) == entry.properties.monotonic


def test_derivative_monotonic(entry) -> None:
    assert monotonicity(public(entry).derivative(GRID)) == entry.properties.derivative_monotonic


def test_monotonicity_definition() -> None:
    """The classifier itself, on curves whose answer is known."""
    x = np.linspace(-3, 3, 601)
    assert monotonicity(np.maximum(x, 0)) == "non-decreasing"
    assert monotonicity(-np.exp(x)) == "non-increasing"
    assert monotonicity(np.ones_like(x)) == "constant"
    assert monotonicity(x**2) == "no"


def test_zero_at_origin(entry) -> None:
    assert (abs(public(entry)(0.0)) < 1e-15) == entry.properties.zero_at_origin


def test_identity_near_zero(entry) -> None:
    fn = public(entry)
    near = abs(fn(0.0)) < 1e-15 and abs(fn.derivative(0.0) - 1.0) < 1e-12
    assert near == entry.properties.identity_near_zero


def test_saturation(entry) -> None:
    slope_at = public(entry).derivative(np.array([-np.inf, np.inf]))
    left, right = (bool(s == 0.0) for s in slope_at)
    computed = {(False, False): "none", (True, False): "left", (False, True): "right"}.get(
        (left, right), "both"
    )
    assert computed == entry.properties.saturation


# The class a kink leaves a function in, by the order of the first derivative that jumps.
CLASS_BY_FIRST_JUMP = {0: "discontinuous", 1: "C0", 2: "C1", 3: "C2"}


def one_sided(slope, kink: float, side: int, h: float = 1e-2) -> tuple[float, float]:
    """The second and third derivatives just beside a kink (side -1: left, +1: right),
    from a quartic fitted to the derivative kernel at six points on that side (its value
    at the kink itself is a convention, so it is not used)."""
    steps = np.arange(1.0, 7.0)
    fit = np.polynomial.Polynomial.fit(steps, slope(kink + side * h * steps), 4).convert()
    return float(fit.deriv(1)(0.0)) / (side * h), float(fit.deriv(2)(0.0)) / h**2


def first_jump(fn, kink: float) -> int:
    """The order of the first derivative of ``fn`` that jumps at the kink (0: the
    function itself); 4 when none up to the third does."""
    eps = 1e-9
    if abs(fn(kink + eps) - fn(kink - eps)) > 1e-6:
        return 0
    if abs(fn.derivative(kink + eps) - fn.derivative(kink - eps)) > 1e-6:
        return 1
    (left2, left3), (right2, right3) = (one_sided(fn.derivative, kink, s) for s in (-1, 1))
    if abs(right2 - left2) > 1e-4 * (1 + abs(left2)):
        return 2
    return 3 if abs(right3 - left3) > 1e-3 * (1 + abs(left3)) else 4


def test_smoothness(entry) -> None:
    """Kinks exist iff not C-infinity; the least smooth kink gives the class."""
    kinks = entry.kinks(**entry.defaults)
    if entry.properties.smoothness == "C∞":
        assert kinks == ()
        return
    assert kinks, "a function that is not C-infinity must declare where it is not smooth"
    orders = [first_jump(public(entry), k) for k in kinks]
    assert CLASS_BY_FIRST_JUMP.get(min(orders)) == entry.properties.smoothness, orders


class Known:
    """A function and its derivative given by hand, for testing the jump finder."""

    def __init__(self, function, derivative) -> None:
        self.function, self.derivative = function, derivative

    def __call__(self, x):
        return self.function(np.asarray(x, dtype=float))


@pytest.mark.parametrize(
    ("order", "known"),
    [
        (0, Known(np.sign, np.zeros_like)),
        (1, Known(np.abs, np.sign)),  # |x|: the slope jumps from -1 to 1
        (2, Known(lambda x: x * np.abs(x), lambda x: 2 * np.abs(x))),  # f'' jumps -2 to 2
        (3, Known(lambda x: x * x * np.abs(x), lambda x: 3 * x * np.abs(x))),  # f''' jumps
        (4, Known(lambda x: x**3, lambda x: 3 * x**2)),  # smooth
    ],
)
def test_first_jump_definition(order: int, known: Known) -> None:
    assert first_jump(known, 0.0) == order


def near(points: tuple[float, ...]) -> np.ndarray:
    """Inputs just beside each kink, where a part of the range ends or a jump lands."""
    offsets = np.array([1e-12, 1e-9, 1e-7])
    return np.concatenate([p + sign * offsets for p in points for sign in (-1, 1)])


def inside(part, values: np.ndarray) -> np.ndarray:
    return (values >= part.low - 1e-12) & (values <= part.high + 1e-12)


def test_range(entry) -> None:
    """Every value lies in a part of the declared range; every part is reached, and an
    interval part's ends are tight and attained exactly where declared closed."""
    fn = public(entry)
    kinks = entry.kinks(**entry.defaults)
    beside = fn(near(kinks)) if kinks else np.array([])
    sampled = np.concatenate([fn(GRID), beside])
    values = with_limits(entry, sampled)
    moderate = fn(MODERATE)
    parts = entry.range.parts
    covered = np.any([inside(part, values) for part in parts], axis=0)
    assert covered.all(), f"values outside {entry.range.latex}: {values[~covered][:5]}"
    for part in parts:
        mine = values[inside(part, values)]
        assert mine.size, f"no value reaches the part {part.latex}"
        if part.is_point:
            continue
        # An interval part is filled: no jump of the function leaves a gap inside it
        # (the limits at infinity are left out: an asymptote is approached, not sampled).
        finite = np.sort(sampled[inside(part, sampled) & np.isfinite(sampled)])
        gaps = np.diff(finite) / np.maximum(1.0, np.abs(finite[1:]))
        assert gaps.size == 0 or gaps.max() < 1e-2, (
            f"a gap in {part.latex} after {finite[np.argmax(gaps)]:g}: the range is not one interval"
        )
        # The bounds are tight: the function gets within 1e-6 of each finite one.
        if part.bounded_below:
            assert mine.min() == pytest.approx(part.low, abs=1e-6)
        else:
            assert mine.min() == -np.inf
        if part.bounded_above:
            assert mine.max() == pytest.approx(part.high, abs=1e-6)
        else:
            assert mine.max() == np.inf
        in_part = inside(part, moderate)
        for end, closed, sign in (
            (part.low, part.low_closed, 1),
            (part.high, part.high_closed, -1),
        ):
            if np.isfinite(end):
                attained = bool(np.any(moderate[in_part] == end)) or attained_between_grid_points(
                    entry, np.where(in_part, moderate, np.inf), end, sign
                )
                assert attained == closed, f"endpoint {end} attained={attained}, declared {closed}"


def attained_between_grid_points(entry, moderate: np.ndarray, end: float, sign: int) -> bool:
    """A smooth interior minimum (sign 1) or maximum (sign -1), such as SiLU's or sin's,
    lies between grid points, so no grid value equals it: refine the grid point nearest
    the endpoint by a bounded search between its neighbours. An endpoint approached only
    at infinity is nearest at the edge of the grid, and is not attained."""
    i = int(np.argmin(np.abs(moderate - end)))
    if not 0 < i < moderate.size - 1:
        return False
    fn = public(entry)
    result = scipy.optimize.minimize_scalar(
        lambda t: sign * float(fn(t)),
        bounds=(MODERATE[i - 1], MODERATE[i + 1]),
        method="bounded",
        options={"xatol": 1e-12},
    )
    return bool(abs(fn(result.x) - end) <= 1e-12 * max(1.0, abs(end)))
