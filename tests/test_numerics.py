"""Numerical behaviour of every registry entry, function and derivative alike."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import activations
from tests import oracle
from tests.numeric import central_difference

FLOATS = [np.float16, np.float32, np.float64]


def wide_grid(entry: activations.Activation) -> np.ndarray:
    """Finite inputs across [-1e4, 1e4], dense near 0, including kinks and tiny values."""
    kinks = entry.kinks(**entry.defaults)
    special = [0.0, -0.0, 1e-300, -1e-300, 1e-8, -1e-8, 5e-324, -5e-324, *kinks]
    return np.concatenate(
        [np.linspace(-1e4, 1e4, 20001), np.linspace(-30, 30, 6001), np.array(special)]
    )


def away_from_kinks(entry: activations.Activation, x: np.ndarray, gap: float) -> np.ndarray:
    kinks = np.array(entry.kinks(**entry.defaults))
    if kinks.size == 0:
        return x
    return x[np.min(np.abs(x[:, None] - kinks[None, :]), axis=1) > gap]


def beyond_range(
    entry: activations.Activation, x: np.ndarray, derivative: bool, dtype
) -> np.ndarray:
    """The exact values (the oracle's) at x, rounded to ``dtype``: +-inf where the true
    value lies beyond the dtype's largest finite number, as e^x does above 709.78 in
    float64 and 88.72 in float32, and x^2 above 255.9 in float16."""
    points, where = np.unique(x, return_inverse=True)
    exact = np.array([oracle.evaluate(entry, float(p), derivative) for p in points])
    with np.errstate(over="ignore"):
        return exact.astype(dtype)[where]


@pytest.mark.parametrize("dtype", FLOATS, ids=lambda d: d.__name__)
def test_finite_input_gives_finite_output_without_warnings(entry, kind, fn, dtype) -> None:
    """No warning and no NaN for any finite input in [-1e4, 1e4]; the output is finite
    wherever the true value is representable in the dtype. Where it is not (an unbounded
    function such as the exponential), the output is the true value rounded, +-inf,
    without a warning: never a NaN, never a finite number standing in for it."""
    x = wide_grid(entry).astype(dtype)
    with np.errstate(all="raise"), warnings.catch_warnings():
        warnings.simplefilter("error")
        y = fn(x)
    assert y.dtype == dtype
    assert y.shape == x.shape
    assert not np.isnan(y).any(), f"NaN at x = {x[np.isnan(y)][:5]}"
    # Infinite outputs, and the largest finite number (the usual stand-in for one), are
    # checked against the true value.
    extreme = np.isinf(y) | (np.abs(y) == np.finfo(dtype).max)
    rounded = beyond_range(entry, x[extreme], kind == "derivative", dtype)
    bad = x[extreme][rounded != y[extreme]]
    assert bad.size == 0, f"infinite or largest output at x = {bad[:5]}, not the true value"


@pytest.mark.parametrize("sign", [1, -1], ids=["+inf", "-inf"])
def test_infinities_map_to_limits(entry, kind, fn, sign) -> None:
    expected = oracle.limit(entry, sign, derivative=kind == "derivative")
    with np.errstate(all="raise"), warnings.catch_warnings():
        warnings.simplefilter("error")
        got = fn(sign * np.inf)
    if np.isnan(expected):
        assert np.isnan(got), f"{entry.name} has no limit at {sign}inf but returned {got}"
    else:
        assert got == pytest.approx(expected, rel=1e-12, abs=1e-300)


def test_nan_gives_nan(fn) -> None:
    with np.errstate(all="raise"):
        assert np.isnan(fn(np.array([np.nan, 1.0]))[0])
        assert np.isnan(fn(np.nan))


@pytest.mark.parametrize("dtype", FLOATS, ids=lambda d: d.__name__)
def test_dtype_and_shape_are_preserved(fn, dtype) -> None:
    x = np.linspace(-3, 3, 6).reshape(2, 3).astype(dtype)
    y = fn(x)
    assert y.dtype == dtype
    assert y.shape == (2, 3)


def test_scalars_lists_and_integers(fn) -> None:
    scalar = fn(0.5)
    assert np.ndim(scalar) == 0
    assert isinstance(scalar, np.float64)
    assert fn(np.float32(0.5)).dtype == np.float32
    from_list = fn([-1, 0, 2])
    assert from_list.dtype == np.float64
    np.testing.assert_array_equal(from_list, fn(np.array([-1.0, 0.0, 2.0])))


def test_input_is_not_modified(fn) -> None:
    x = np.linspace(-5, 5, 11)
    before = x.copy()
    fn(x)
    np.testing.assert_array_equal(x, before)


def test_derivative_matches_central_differences(entry) -> None:
    public = activations.function(entry.name)
    x = away_from_kinks(entry, np.linspace(-8, 8, 1601), gap=1e-3)
    estimate = central_difference(public, x)
    np.testing.assert_allclose(public.derivative(x), estimate, rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("x", [*np.linspace(-20, 20, 41).tolist(), -0.37, 0.001, 2.5, 7.25])
def test_matches_symbolic_oracle(entry, kind, fn, x) -> None:
    if x in entry.kinks(**entry.defaults):
        x += 1e-3
    expected = oracle.evaluate(entry, x, derivative=kind == "derivative")
    assert fn(x) == pytest.approx(expected, rel=1e-7, abs=1e-300)


def test_kink_convention_is_a_one_sided_derivative(entry) -> None:
    public = activations.function(entry.name)
    for kink in entry.kinks(**entry.defaults):
        sides = [oracle.evaluate(entry, kink + step, derivative=True) for step in (-1e-12, 1e-12)]
        got = public.derivative(kink)
        assert any(got == pytest.approx(side, abs=1e-9) for side in sides), (
            f"{entry.name}'({kink}) = {got}, one-sided derivatives are {sides}"
        )
