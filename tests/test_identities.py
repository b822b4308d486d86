"""Named mathematical identities between registry functions, checked on a dense grid.

Each identity ties two independently written kernels together, so a mistake in either
one shows up here even where both agree with their own formula. Where one kernel is
built from another (PReLU and RReLU call Leaky ReLU's kernel, ISRLU calls ISRU's,
ReLU6' is Hardtanh's derivative kernel, Leaky ReLU' and the SELU' and ELU' steps call
ReLU's) or both sides are one library function (scipy's expit in the sigmoid, SiLU,
Softplus' and LogSigmoid'; np.tanh in tanh and Tanhshrink; np.sin in the sine and
sinc), the identity would be an echo that cannot fail when the shared part is wrong:
those kernels are compared with the independent oracle (tests/oracle.py) instead.

Tolerances are tight (relative 1e-12); an absolute 1e-15 is added only where one side
of the identity cancels (1 - tanh^2 near +-1, a difference of two values near 0.69),
and the GELU approximation is compared to its own known accuracy.
"""

from __future__ import annotations

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

import activations as act
from activations.catalog.rectifiers import SELU_ALPHA, SELU_SCALE
from tests import oracle

X = np.linspace(-20, 20, 4001)
RTOL = 1e-12
CANCELLING = 1e-15  # absolute slack where one side is a difference of nearly equal values


def assert_matches_oracle(name: str, derivative: bool = False, **params: float) -> None:
    """The kernel against the oracle's value at every point of X, with relative error at
    most RTOL and no absolute slack (a zero must be exactly 0). At a kink a derivative's
    value is a convention: there it must be one of the oracle's one-sided derivatives
    (tests/test_kinks.py checks which one, against PyTorch)."""
    public = act.function(name)
    entry = public.entry
    x = X
    if derivative:
        kinks = entry.kinks(**{**entry.defaults, **params})
        x = X[~np.isin(X, kinks)]
        for kink in kinks:
            sides = oracle.values(entry, kink + np.array([-1e-12, 1e-12]), True, **params)
            got = public.derivative(kink, **params)
            assert np.any(np.isclose(got, sides, rtol=0, atol=1e-9)), (name, kink, got, sides)
    fn = public.derivative if derivative else public
    assert_allclose(
        fn(x, **params), oracle.values(entry, x, derivative, **params), rtol=RTOL, atol=0
    )


def test_tanh_is_a_rescaled_sigmoid() -> None:
    assert_allclose(act.tanh(X), 2 * act.sigmoid(2 * X) - 1, rtol=RTOL, atol=CANCELLING)


def test_sigmoid_symmetry() -> None:
    # 1 - sigma(x) = sigma(-x)
    assert_allclose(act.sigmoid(X) + act.sigmoid(-X), 1.0, rtol=RTOL)


def test_sigmoid_derivative_is_sigmoid_times_one_minus_sigmoid() -> None:
    # sigma (1 - sigma), with 1 - sigma written as sigma(-x) so the tails keep their digits.
    assert_allclose(act.sigmoid.derivative(X), act.sigmoid(X) * act.sigmoid(-X), rtol=RTOL)


def test_sigmoid_derivative_peaks_at_one_quarter_at_zero() -> None:
    slope = act.sigmoid.derivative(X)
    assert act.sigmoid.derivative(0.0) == 0.25
    assert slope.max() == 0.25
    assert X[np.argmax(slope)] == 0.0


def test_tanh_derivative_is_one_minus_tanh_squared() -> None:
    assert_allclose(act.tanh.derivative(X), 1 - act.tanh(X) ** 2, rtol=RTOL, atol=CANCELLING)


@pytest.mark.parametrize("beta", [1.0, 0.5, 1.702, 2.0, 10.0])
def test_silu_is_x_times_sigmoid_of_beta_x(beta: float) -> None:
    # x sigma(beta x), against the oracle: SiLU and the sigmoid are both scipy's expit.
    assert_matches_oracle("silu", beta=beta)
    assert_matches_oracle("silu", derivative=True, beta=beta)
    # Swish is a rescaled SiLU: x sigma(beta x) = SiLU(beta x) / beta.
    assert_allclose(act.silu(X, beta=beta), act.silu(beta * X) / beta, rtol=RTOL)


def test_silu_with_beta_zero_is_half_the_identity() -> None:
    assert_array_equal(act.silu(X, beta=0.0), X / 2)
    assert_array_equal(act.silu.derivative(X, beta=0.0), np.full_like(X, 0.5))


def test_softplus_derivative_is_sigmoid() -> None:
    # Against the oracle: Softplus' and the sigmoid are both scipy's expit. X stays below
    # the threshold 20, beyond which Softplus' is 1 by PyTorch's switch.
    assert_matches_oracle("softplus", derivative=True)


def test_softplus_minus_its_mirror_is_the_identity() -> None:
    # log(1 + e^x) - log(1 + e^-x) = x
    assert_allclose(act.softplus(X) - act.softplus(-X), X, rtol=RTOL, atol=CANCELLING)


def test_logsigmoid_is_minus_softplus_of_minus_x() -> None:
    assert_allclose(act.logsigmoid(X), -act.softplus(-X), rtol=RTOL)
    # sigma(-x), against the oracle: LogSigmoid' and the sigmoid are both scipy's expit.
    assert_matches_oracle("logsigmoid", derivative=True)


def test_gelu_tanh_approximates_gelu() -> None:
    # The tanh approximation's documented accuracy: within 1e-3 everywhere.
    assert np.max(np.abs(act.gelu_tanh(X) - act.gelu(X))) < 1e-3
    assert np.max(np.abs(act.gelu_tanh.derivative(X) - act.gelu.derivative(X))) < 1e-2


def test_selu_is_scaled_elu() -> None:
    assert_allclose(act.selu(X), SELU_SCALE * act.elu(X, alpha=SELU_ALPHA), rtol=RTOL)
    # The derivatives against the oracle: both kernels take their step from ReLU's.
    assert_matches_oracle("selu", derivative=True)
    assert_matches_oracle("elu", derivative=True, alpha=SELU_ALPHA)


def test_celu_with_alpha_one_is_elu() -> None:
    assert_allclose(act.celu(X, alpha=1.0), act.elu(X), rtol=RTOL)
    assert_allclose(act.celu.derivative(X, alpha=1.0), act.elu.derivative(X), rtol=RTOL)


@pytest.mark.parametrize("alpha", [0.5, 2.0])
def test_celu_is_a_rescaled_elu(alpha: float) -> None:
    # CELU(x; alpha) = alpha ELU(x / alpha; 1)
    assert_allclose(act.celu(X, alpha=alpha), alpha * act.elu(X / alpha), rtol=RTOL)


def test_elu_derivative_is_elu_plus_alpha_on_the_left() -> None:
    left = X <= 0
    # ELU(x) + 1 cancels where ELU(x) is near -1, hence the absolute slack.
    assert_allclose(act.elu.derivative(X[left]), act.elu(X[left]) + 1.0, rtol=RTOL, atol=CANCELLING)


def test_hardswish_is_x_times_hardsigmoid() -> None:
    assert_allclose(act.hardswish(X), X * act.hardsigmoid(X), rtol=RTOL)


def test_relu6_is_hardtanh_from_0_to_6() -> None:
    assert_array_equal(act.relu6(X), act.hardtanh(X, min_val=0.0, max_val=6.0))
    # ReLU6' is Hardtanh's derivative kernel: both against the oracle instead.
    assert_matches_oracle("relu6", derivative=True)
    assert_matches_oracle("hardtanh", derivative=True, min_val=0.0, max_val=6.0)


def test_hardsigmoid_is_a_rescaled_hardtanh() -> None:
    # relu6(x + 3) / 6 = (hardtanh(x / 3) + 1) / 2
    assert_allclose(act.hardsigmoid(X), (act.hardtanh(X / 3) + 1) / 2, rtol=RTOL, atol=CANCELLING)


def test_mish_is_x_times_tanh_of_softplus() -> None:
    assert_allclose(act.mish(X), X * np.tanh(act.softplus(X)), rtol=RTOL)


def test_leaky_relu_with_slope_zero_is_relu() -> None:
    assert_array_equal(act.leaky_relu(X, negative_slope=0.0), act.relu(X))
    # Leaky ReLU' calls ReLU's derivative kernel: both against the oracle instead.
    assert_matches_oracle("leaky_relu", derivative=True, negative_slope=0.0)
    assert_matches_oracle("relu", derivative=True)


@pytest.mark.parametrize(("lower", "upper"), [(0.1, 0.3), (0.125, 1 / 3), (0.0, 0.0), (0.5, 0.9)])
def test_rrelu_in_evaluation_has_the_mean_slope(lower: float, upper: float) -> None:
    # RReLU calls Leaky ReLU's kernels: against the oracle, which has the slope (l + u) / 2.
    assert_matches_oracle("rrelu", lower=lower, upper=upper)
    assert_matches_oracle("rrelu", derivative=True, lower=lower, upper=upper)


@pytest.mark.parametrize("weight", [0.0, 0.01, 0.25, 0.9, -0.5, 2.0])
def test_prelu_has_slope_weight(weight: float) -> None:
    # PReLU calls Leaky ReLU's kernels: against the oracle, which has the slope a = weight.
    assert_matches_oracle("prelu", weight=weight)
    assert_matches_oracle("prelu", derivative=True, weight=weight)


def test_squareplus_with_b_zero_is_relu() -> None:
    assert_array_equal(act.squareplus(X, b=0.0), act.relu(X))
    assert_array_equal(act.squareplus.derivative(X, b=0.0), act.relu.derivative(X))


@pytest.mark.parametrize("alpha", [1.0, 0.25, 3.0])
def test_isrlu_is_isru_on_the_left_and_the_identity_on_the_right(alpha: float) -> None:
    # ISRLU calls ISRU's kernels: against the oracle, whose expression is the identity
    # for x >= 0 and x / sqrt(1 + alpha x^2) below.
    assert_matches_oracle("isrlu", alpha=alpha)
    assert_matches_oracle("isrlu", derivative=True, alpha=alpha)


@pytest.mark.parametrize("lambd", [0.5, 0.75, 2.0])
def test_softshrink_is_x_minus_its_clip(lambd: float) -> None:
    # x - clip(x, -lambda, lambda), against the oracle: the kernel is a clip itself, as
    # Hardtanh is.
    assert_matches_oracle("softshrink", lambd=lambd)
    assert_matches_oracle("softshrink", derivative=True, lambd=lambd)


def test_hardshrink_and_softshrink_differ_by_lambda_outside() -> None:
    lambd = 0.5
    outside = np.abs(X) > lambd
    assert_allclose(
        act.hardshrink(X[outside]) - act.softshrink(X[outside]),
        lambd * np.sign(X[outside]),
        rtol=RTOL,
    )
    assert_array_equal(act.hardshrink(X[~outside]), 0.0)


def test_tanhshrink_is_x_minus_tanh() -> None:
    # Against the oracle: away from 0 the kernel is x - np.tanh(x), as tanh is np.tanh;
    # near 0, where x - tanh x cancels, it is a Taylor series, checked here too.
    assert_matches_oracle("tanhshrink")
    assert_matches_oracle("tanhshrink", derivative=True)


def test_gaussian_derivative_is_minus_2x_gaussian() -> None:
    assert_allclose(act.gaussian.derivative(X), -2 * X * act.gaussian(X), rtol=RTOL)


def test_sinc_is_sine_over_x() -> None:
    # Against the oracle: the sinc and sine kernels are both np.sin.
    assert_matches_oracle("sinc")
    assert_matches_oracle("sinc", derivative=True)
    assert act.sinc(0.0) == 1.0


def test_sine_derivative_is_sine_shifted_by_a_quarter_period() -> None:
    assert_allclose(act.sinusoid.derivative(X), act.sinusoid(X + np.pi / 2), rtol=1e-9, atol=1e-14)


def test_arctan_of_x_and_one_over_x() -> None:
    # arctan(x) + arctan(1/x) = pi/2 for x > 0
    positive = X[X > 0]
    assert_allclose(act.arctan(positive) + act.arctan(1 / positive), np.pi / 2, rtol=RTOL)


def test_softsign_and_isru_are_odd_with_slope_one_at_zero() -> None:
    # Both are odd, map onto (-1, 1) and have slope 1 at 0.
    for fn in (act.softsign, act.isru):
        assert_allclose(fn(-X), -fn(X), rtol=RTOL)
        assert fn.derivative(0.0) == 1.0
    assert_array_equal(act.softsign(np.array([-np.inf, np.inf])), [-1.0, 1.0])
    assert_array_equal(act.isru(np.array([-np.inf, np.inf])), [-1.0, 1.0])


def test_bent_identity_derivative_stays_between_one_half_and_three_halves() -> None:
    slope = act.bent_identity.derivative(X)
    assert np.all((slope > 0.5) & (slope < 1.5))
    assert act.bent_identity.derivative(0.0) == 1.0


def test_squared_relu_is_x_times_relu() -> None:
    # ReGLU with the gate's and the value's weights tied: u relu(u) = relu(u)^2.
    assert_allclose(act.squared_relu(X), X * act.relu(X), rtol=RTOL, atol=0)
    assert_matches_oracle("squared_relu")
    assert_matches_oracle("squared_relu", derivative=True)


@pytest.mark.parametrize(
    ("scale", "bias"), [(2 / np.sqrt(5), -1 / np.sqrt(5)), (1.0, 0.0), (-0.5, 2.0)]
)
def test_star_relu_is_scaled_and_shifted_squared_relu(scale: float, bias: float) -> None:
    expected = scale * act.squared_relu(X) + bias
    assert_allclose(act.star_relu(X, scale=scale, bias=bias), expected, rtol=RTOL, atol=CANCELLING)
    assert_allclose(
        act.star_relu.derivative(X, scale=scale, bias=bias),
        scale * act.squared_relu.derivative(X),
        rtol=RTOL,
        atol=0,
    )


def test_star_relu_defaults_standardise_a_standard_normal_input() -> None:
    z = np.linspace(-12, 12, 240001)
    density = np.exp(-(z**2) / 2) / np.sqrt(2 * np.pi)
    mean = np.trapezoid(act.star_relu(z) * density, z)
    square = np.trapezoid(act.star_relu(z) ** 2 * density, z)
    assert abs(mean) < 1e-9
    assert square == pytest.approx(1.0, abs=1e-9)


def test_sparse_plus_derivative_is_sparse_sigmoid() -> None:
    # Two kernels written apart: (clip(x, -1, 1) + 1) / 2 and clip(x / 2 + 1 / 2, 0, 1),
    # each one rounding of the same number. At the kinks sparse plus is C1 (0 and 1) and
    # the sparse sigmoid returns its constant pieces, so they differ there by convention.
    away = X[~np.isin(X, (-1.0, 1.0))]
    assert_array_equal(act.sparse_plus.derivative(away), act.sparse_sigmoid(away))
    assert_matches_oracle("sparse_plus")
    assert_matches_oracle("sparse_plus", derivative=True)


def test_sparse_plus_lies_below_softplus_by_at_most_ln2_minus_a_quarter() -> None:
    gap = act.softplus(X) - act.sparse_plus(X)
    assert np.all(gap > 0)
    assert gap.max() == pytest.approx(np.log(2) - 0.25, rel=RTOL)
    assert X[np.argmax(gap)] == 0.0


def test_sparse_sigmoid_is_hardsigmoid_of_three_x() -> None:
    # (3x + 3) / 6 against x / 2 + 1 / 2: a rounding apart. The derivative kernels share
    # Hardtanh's, so the derivative is compared with the oracle.
    assert_allclose(act.sparse_sigmoid(X), act.hardsigmoid(3 * X), rtol=RTOL, atol=CANCELLING)
    assert_matches_oracle("sparse_sigmoid")
    assert_matches_oracle("sparse_sigmoid", derivative=True)


@pytest.mark.parametrize("alpha", [1.0, 0.5, 3.0, 30.0])
def test_snake_is_the_identity_plus_a_cosine(alpha: float) -> None:
    # sin^2(t) = (1 - cos 2t) / 2: Snake(x) - x = (1 - cos(2 alpha x)) / (2 alpha).
    ripple = (1 - np.cos(2 * alpha * X)) / (2 * alpha)
    assert_allclose(act.snake(X, alpha=alpha) - X, ripple, rtol=1e-9, atol=1e-13)
    assert np.all(
        (act.snake(X, alpha=alpha) - X >= 0) & (act.snake(X, alpha=alpha) - X <= 1 / alpha)
    )
    if alpha == 1.0:
        assert_matches_oracle("snake")
        assert_matches_oracle("snake", derivative=True)
        return
    # alpha x is rounded before the sine sees it, as any float code must: that is one ulp
    # of the input, which near the slope's zeros is a large relative error, so the
    # comparison with the oracle (which multiplies exactly) is absolute there.
    entry = act.snake.entry
    for derivative, fn in ((False, act.snake), (True, act.snake.derivative)):
        exact = oracle.values(entry, X, derivative, alpha=alpha)
        assert_allclose(fn(X, alpha=alpha), exact, rtol=RTOL, atol=1e-12)


def test_exponential_turns_sums_into_products() -> None:
    # e^(x + y) = e^x e^y, and the kernels against the oracle (both are np.exp).
    y = X[::-1] / 2
    assert_allclose(act.exponential(X + y), act.exponential(X) * act.exponential(y), rtol=1e-13)
    assert_matches_oracle("exponential")
    assert_matches_oracle("exponential", derivative=True)
