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


def test_monotonic(entry) -> None:
    steps = np.diff(public(entry)(GRID))
    assert bool(np.all(steps >= -1e-12)) == entry.properties.monotonic


def test_derivative_monotonic(entry) -> None:
    steps = np.diff(public(entry).derivative(GRID))
    assert bool(np.all(steps >= -1e-12)) == entry.properties.derivative_monotonic


def test_zero_centred(entry) -> None:
    assert (abs(public(entry)(0.0)) < 1e-15) == entry.properties.zero_centred


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


def test_smoothness(entry) -> None:
    """Kinks exist iff not C-infinity; the jump sizes at kinks give the class."""
    fn = public(entry)
    kinks = entry.kinks(**entry.defaults)
    if entry.properties.smoothness == "C∞":
        assert kinks == ()
        return
    assert kinks, "a function that is not C-infinity must declare where it is not smooth"
    eps = 1e-9
    value_jumps = [abs(fn(k + eps) - fn(k - eps)) > 1e-6 for k in kinks]
    slope_jumps = [abs(fn.derivative(k + eps) - fn.derivative(k - eps)) > 1e-6 for k in kinks]
    if entry.properties.smoothness == "discontinuous":
        assert any(value_jumps)
    elif entry.properties.smoothness == "C0":
        assert not any(value_jumps)
        assert any(slope_jumps)
    else:  # C1: a jump only in a higher derivative
        assert not any(value_jumps)
        assert not any(slope_jumps)


def test_range(entry) -> None:
    bounds = entry.range
    values = with_limits(entry, public(entry)(GRID))
    assert values.min() >= bounds.low - 1e-12
    assert values.max() <= bounds.high + 1e-12
    # The bounds are tight: the function gets within 1e-6 of each finite one.
    if bounds.bounded_below:
        assert values.min() == pytest.approx(bounds.low, abs=1e-6)
    else:
        assert values.min() == -np.inf
    if bounds.bounded_above:
        assert values.max() == pytest.approx(bounds.high, abs=1e-6)
    else:
        assert values.max() == np.inf
    moderate = public(entry)(MODERATE)
    for end, closed, sign in (
        (bounds.low, bounds.low_closed, 1),
        (bounds.high, bounds.high_closed, -1),
    ):
        if np.isfinite(end):
            attained = bool(np.any(moderate == end)) or attained_between_grid_points(
                entry, moderate, end, sign
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
