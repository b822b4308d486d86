"""The vector activations: Jacobians against central differences and a sympy oracle, the
vector-Jacobian product against the Jacobian, the numerics standard of the scalar
entries, the family's identities, and one-line errors for bad input. Parametrised over
activations.VECTOR_REGISTRY: the next vector entry needs an oracle below, nothing else."""

from __future__ import annotations

import warnings
from collections.abc import Callable

import numpy as np
import pytest
import scipy.optimize
import scipy.special
import sympy

import activations

ENTRIES = list(activations.VECTOR_REGISTRY.values())
ids = [e.name for e in ENTRIES]


# (The scalar tests' fixture is named "entry"; this one is "vec".)
@pytest.fixture(params=ENTRIES, ids=ids)
def vec(request: pytest.FixtureRequest) -> activations.VectorActivation:
    return request.param


def f(entry: activations.VectorActivation):
    return activations.vector_function(entry.name)


def params_cases(entry: activations.VectorActivation) -> list[dict[str, float]]:
    """The defaults, and a temperature below 1 where there is one."""
    names = {p.name for p in entry.params}
    return [{}] + ([{"temperature": 0.5}] if "temperature" in names else [])


def vector(entry: activations.VectorActivation, n: int = 6, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return rng.normal(0.0, 1.5, size=n)


# ---- The sympy oracle: each entry's formula written out symbolically ------------------


def _gate(name: str) -> Callable[[sympy.Expr], sympy.Expr]:
    return {
        "glu": lambda b: 1 / (1 + sympy.exp(-b)),
        "reglu": lambda b: sympy.Max(0, b),
        "geglu": lambda b: b / 2 * (1 + sympy.erf(b / sympy.sqrt(2))),
        "swiglu": lambda b: b / (1 + sympy.exp(-b)),
        "bilinear": lambda b: b,
    }[name]


def oracle(entry: activations.VectorActivation, v: np.ndarray, **params: float) -> list[sympy.Expr]:
    """The entry's outputs as sympy expressions of symbols x0..x{n-1} (exact rationals
    for the parameters). Sparsemax: on the support S found at v, p_i = x_i - tau with
    tau = (sum_S x - 1)/|S| (Martins and Astudillo's closed form), 0 off it."""
    n = v.size
    x = sympy.symbols(f"x0:{n}")
    t = sympy.nsimplify(params.get("temperature", 1.0))
    if entry.name in ("softmax", "softmin", "log_softmax"):
        sign = -1 if entry.name == "softmin" else 1
        e = [sympy.exp(sign * xi / t) for xi in x]
        total = sum(e)
        if entry.name == "log_softmax":
            return [xi / t - sympy.log(total) for xi in x]
        return [ei / total for ei in e]
    if entry.name == "sparsemax":
        support = [i for i in range(n) if activations.sparsemax(v)[i] > 0]
        tau = (sum(x[i] for i in support) - 1) / len(support)
        return [x[i] - tau if i in support else sympy.Integer(0) for i in range(n)]
    gate = _gate(entry.name)
    half = n // 2
    return [x[i] * gate(x[half + i]) for i in range(half)]


def oracle_jacobian(entry: activations.VectorActivation, v: np.ndarray, **params: float):
    x = sympy.symbols(f"x0:{v.size}")
    outputs = oracle(entry, v, **params)
    point = {xi: sympy.Float(float(value), 30) for xi, value in zip(x, v, strict=True)}
    return np.array(
        [[float(sympy.diff(out, xj).evalf(30, subs=point)) for xj in x] for out in outputs]
    )


def test_every_vector_entry_has_an_oracle() -> None:
    for e in ENTRIES:
        oracle(e, vector(e))


@pytest.mark.parametrize("case", [0, 1])
def test_values_match_the_oracle(vec, case: int) -> None:
    v = vector(vec, seed=case)
    for params in params_cases(vec):
        x = sympy.symbols(f"x0:{v.size}")
        point = {xi: sympy.Float(float(value), 30) for xi, value in zip(x, v, strict=True)}
        expected = [float(out.evalf(30, subs=point)) for out in oracle(vec, v, **params)]
        np.testing.assert_allclose(f(vec)(v, **params), expected, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("case", [0, 1])
def test_jacobian_matches_the_sympy_oracle(vec, case: int) -> None:
    v = vector(vec, seed=case)
    for params in params_cases(vec):
        expected = oracle_jacobian(vec, v, **params)
        np.testing.assert_allclose(f(vec).jacobian(v, **params), expected, rtol=1e-10, atol=1e-12)


def test_jacobian_matches_central_differences(vec) -> None:
    v, h = vector(vec, seed=2), 1e-6
    for params in params_cases(vec):
        columns = [
            (f(vec)(v + h * e, **params) - f(vec)(v - h * e, **params)) / (2 * h)
            for e in np.eye(v.size)
        ]
        numeric = np.stack(columns, axis=1)
        np.testing.assert_allclose(f(vec).jacobian(v, **params), numeric, atol=1e-7)


def test_jacobian_shape(vec) -> None:
    v = vector(vec, n=8)
    rows = 4 if vec.gated else 8
    assert f(vec).jacobian(v).shape == (rows, 8)


@pytest.mark.parametrize("axis", [0, 1, -1])
def test_vjp_is_g_times_the_jacobian_for_every_vector(vec, axis: int) -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(0.0, 2.0, size=(4, 6, 3)) if axis != -1 else rng.normal(size=(2, 3, 6))
    out = f(vec)(x, axis=axis)
    g = rng.normal(size=out.shape)
    got = f(vec).vjp(x, g, axis=axis)
    assert got.shape == x.shape
    xs, gs, ws = (np.moveaxis(a, axis, -1) for a in (x, g, got))
    for index in np.ndindex(xs.shape[:-1]):
        np.testing.assert_allclose(ws[index], gs[index] @ f(vec).jacobian(xs[index]), atol=1e-12)


# ---- The numerics standard of the scalar entries ---------------------------------------


@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
def test_no_warning_overflow_or_nan_on_the_wide_range(vec, dtype) -> None:
    rng = np.random.default_rng(4)
    x = np.concatenate([rng.uniform(-1e4, 1e4, size=(64, 8)), np.full((1, 8), 1e4)]).astype(dtype)
    x[1] = -1e4
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = f(vec)(x)
        vjp = f(vec).vjp(x, np.ones_like(out))
    assert out.dtype == dtype
    assert vjp.dtype == dtype
    assert out.shape == ((65, 4) if vec.gated else x.shape)
    assert not np.any(np.isnan(out)), vec.name
    assert not np.any(np.isnan(vjp)), vec.name
    # A gated unit's product a * gate(b) of inputs near 1e4 is near 1e8, beyond float16's
    # largest number (65504): there, and only there, the correctly rounded result is inf.
    exact = f(vec)(x.astype(np.float64))
    np.testing.assert_array_equal(np.isinf(out), np.abs(exact) > np.finfo(dtype).max)


@pytest.mark.parametrize("vec", [e for e in ENTRIES if e.sums_to_one], ids=lambda e: e.name)
def test_rows_sum_to_one(vec) -> None:
    x = np.random.default_rng(5).normal(0, 30, size=(50, 7))
    for params in params_cases(vec):
        np.testing.assert_allclose(f(vec)(x, **params).sum(axis=-1), 1.0, rtol=1e-12)
        assert np.all(f(vec)(x, **params) >= 0)


def test_dtype_and_integer_input(vec) -> None:
    out = f(vec)([1, 2, 3, 4])
    assert out.dtype == np.float64
    assert f(vec)(np.arange(4, dtype=np.float32)).dtype == np.float32


# ---- Identities ------------------------------------------------------------------------

X = np.linspace(-30, 30, 121)


def test_softmax_of_two_is_the_sigmoid() -> None:
    pairs = np.stack([X, np.zeros_like(X)], axis=-1)
    np.testing.assert_allclose(activations.softmax(pairs)[:, 0], scipy.special.expit(X), rtol=1e-13)


def test_log_softmax_is_x_minus_logsumexp() -> None:
    x = np.random.default_rng(6).normal(0, 50, size=(20, 9))
    expected = x - scipy.special.logsumexp(x, axis=-1, keepdims=True)
    np.testing.assert_allclose(activations.log_softmax(x), expected, rtol=1e-13, atol=1e-12)


@pytest.mark.parametrize("name", ["softmax", "log_softmax", "softmin", "sparsemax"])
def test_adding_a_constant_changes_nothing(name: str) -> None:
    x = np.random.default_rng(7).normal(size=(10, 5))
    function = activations.vector_function(name)
    np.testing.assert_allclose(function(x + 123.0), function(x), atol=1e-12)


def test_temperature_to_zero_gives_one_hot_argmax() -> None:
    x = np.random.default_rng(8).normal(size=(30, 6))
    one_hot = np.eye(6)[np.argmax(x, axis=-1)]
    np.testing.assert_allclose(activations.softmax(x, temperature=1e-8), one_hot, atol=1e-12)
    np.testing.assert_allclose(
        activations.softmin(x, temperature=1e-8), np.eye(6)[np.argmin(x, axis=-1)], atol=1e-12
    )


def test_sparsemax_is_the_projection_onto_the_simplex() -> None:
    """Against a general-purpose solver of min ||p - x||^2 over the simplex (SLSQP), and
    with exact zeros where softmax has none."""
    rng = np.random.default_rng(9)
    for _ in range(10):
        x = rng.normal(0, 1.5, size=6)
        solved = scipy.optimize.minimize(
            lambda p, x=x: np.sum((p - x) ** 2),
            np.full(6, 1 / 6),
            method="SLSQP",
            bounds=[(0, 1)] * 6,
            constraints=[{"type": "eq", "fun": lambda p: np.sum(p) - 1}],
            options={"ftol": 1e-14, "maxiter": 500},
        ).x
        np.testing.assert_allclose(activations.sparsemax(x), solved, atol=1e-6)
    assert np.any(activations.sparsemax(x) == 0.0)
    assert np.all(activations.softmax(x) > 0.0)


@pytest.mark.parametrize(
    ("name", "gate"),
    [
        ("glu", scipy.special.expit),
        ("reglu", lambda b: np.maximum(b, 0.0)),
        ("geglu", lambda b: b * scipy.special.ndtr(b)),  # ndtr: no cancellation for b << 0
        ("swiglu", lambda b: b * scipy.special.expit(b)),
        ("bilinear", lambda b: b),
    ],
)
def test_gated_units_against_their_scalar_gates(name: str, gate) -> None:
    x = np.random.default_rng(10).normal(0, 3, size=(5, 8))
    a, b = x[:, :4], x[:, 4:]
    np.testing.assert_allclose(activations.vector_function(name)(x), a * gate(b), rtol=1e-12)


def test_glu_splits_as_torch_does_value_first() -> None:
    """torch.nn.functional.glu: the first half is the value, the second the gate."""
    assert activations.glu(np.array([2.0, 0.0])) == pytest.approx(1.0)  # 2 * sigma(0)
    assert activations.glu(np.array([0.0, 2.0])) == pytest.approx(0.0)


def test_infinities_and_nan_are_handled_as_documented() -> None:
    np.testing.assert_array_equal(
        activations.softmax(np.array([np.inf, 1.0, np.inf])), [0.5, 0, 0.5]
    )
    assert np.all(np.isnan(activations.softmax(np.array([-np.inf, -np.inf]))))
    assert np.all(np.isnan(activations.softmax(np.array([np.nan, 1.0]))))
    np.testing.assert_array_equal(activations.softmax(np.array([-np.inf, 0.0])), [0.0, 1.0])
    # sparsemax takes the same limits, and a NaN spoils its whole row.
    np.testing.assert_array_equal(
        activations.sparsemax(np.array([np.inf, 1.0, np.inf])), [0.5, 0, 0.5]
    )
    np.testing.assert_array_equal(activations.sparsemax(np.array([-np.inf, 0.0])), [0.0, 1.0])
    assert np.all(np.isnan(activations.sparsemax(np.array([np.nan, 1.0, 0.0]))))
    rows = activations.sparsemax(np.array([[np.inf, 1.0, 0.0], [1.0, 0.8, 0.1]]))
    np.testing.assert_allclose(rows, [[1.0, 0.0, 0.0], [0.6, 0.4, 0.0]], atol=1e-15)


# ---- Errors for people ---------------------------------------------------------------


def test_a_scalar_is_refused_in_words(vec) -> None:
    with pytest.raises(
        ValueError, match=rf"^{vec.name}: expected an array with at least one dimension"
    ):
        f(vec)(1.0)


@pytest.mark.parametrize("vec", [e for e in ENTRIES if e.gated], ids=lambda e: e.name)
def test_an_odd_split_is_refused_in_words(vec) -> None:
    with pytest.raises(ValueError, match=rf"^{vec.name}: .*along axis 1 must be even.*got 5"):
        f(vec)(np.ones((2, 5)))


@pytest.mark.parametrize("vec", [e for e in ENTRIES if e.params], ids=lambda e: e.name)
def test_a_bad_temperature_is_refused_in_words(vec) -> None:
    for bad in (0.0, -1.0):
        with pytest.raises(
            ValueError,
            match=rf"^{vec.name}: parameter 'temperature' must satisfy temperature > 0",
        ):
            f(vec)(np.ones(4), temperature=bad)


def test_a_bad_axis_and_cotangent_are_refused_in_words(vec) -> None:
    with pytest.raises(ValueError, match=rf"^{vec.name}: axis 2 is out of range"):
        f(vec)(np.ones((2, 4)), axis=2)
    with pytest.raises(ValueError, match=rf"^{vec.name}.vjp: g must have the output's shape"):
        f(vec).vjp(np.ones((2, 4)), np.ones((3, 4)))
    with pytest.raises(ValueError, match=rf"^{vec.name}.jacobian: expected a 1-D vector"):
        f(vec).jacobian(np.ones((2, 4)))
