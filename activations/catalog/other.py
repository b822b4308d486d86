"""Everything else: the identity, the step, and the non-monotonic bumps and waves.

The identity and the Heaviside step bracket the rest (no nonlinearity at all, and all
nonlinearity with no gradient); the Gaussian, sine and sinc are not monotonic and, for
sine and sinc, oscillate.
"""

from __future__ import annotations

import numpy as np

from activations.registry import (
    Activation,
    Example,
    FloatArray,
    Frameworks,
    Interval,
    IntervalUnion,
    Properties,
    Reference,
    point,
)

# Taylor coefficients of sinc'(x) / x = (x cos x - sin x) / x^3 in powers of x^2:
# the k-th term of sinc'(x) is (-1)^k 2k x^(2k-1) / (2k+1)!.
_SINC_DERIVATIVE_SERIES = (
    -1 / 3,
    1 / 30,
    -1 / 840,
    1 / 45360,
    -1 / 3991680,
    1 / 518918400,
)


def _constant(x: FloatArray, value: float) -> FloatArray:
    """``value`` everywhere, except NaN where x is NaN."""
    out = np.full_like(x, value)
    np.copyto(out, x, where=np.isnan(x))
    return out


def identity(x: FloatArray) -> FloatArray:
    return x.copy()  # a new array, as every kernel returns


def identity_derivative(x: FloatArray) -> FloatArray:
    return _constant(x, 1.0)


def binary_step(x: FloatArray) -> FloatArray:
    # The Heaviside step with H(0) = 1, as min(sign(x) + 1, 1): mask-free (much faster
    # than np.heaviside), and NaN stays NaN.
    out = np.sign(x)
    out += 1.0
    return np.minimum(out, 1.0, out=out)


def binary_step_derivative(x: FloatArray) -> FloatArray:
    # 0 wherever the derivative exists; 0 at the jump too, by convention.
    return _constant(x, 0.0)


def gaussian(x: FloatArray) -> FloatArray:
    # exp(-x^2), with |x| capped at 64 first: e^(-4096) is 0 in every float type, and
    # the cap keeps x^2 from overflowing for huge inputs.
    out = np.abs(x)
    np.minimum(out, 64.0, out=out)
    np.square(out, out=out)
    np.negative(out, out=out)
    return np.exp(out, out=out)


def gaussian_derivative(x: FloatArray) -> FloatArray:
    # -2x exp(-x^2); clipping to [-64, 64] changes nothing (the result is 0 out there)
    # but keeps +-inf * 0 out.
    clipped = np.clip(x, -64.0, 64.0)
    out = np.square(clipped)
    np.negative(out, out=out)
    np.exp(out, out=out)
    out *= clipped
    out *= -2.0
    return out


def sinusoid(x: FloatArray) -> FloatArray:
    # sin has no limit at +-inf: NaN there, set directly, since np.sin(inf) would raise
    # an "invalid" floating-point warning on the way to the same NaN.
    out = np.full_like(x, np.nan)
    return np.sin(x, out=out, where=np.isfinite(x))


def sinusoid_derivative(x: FloatArray) -> FloatArray:
    out = np.full_like(x, np.nan)
    return np.cos(x, out=out, where=np.isfinite(x))


def sinc(x: FloatArray) -> FloatArray:
    # sin(x) / x, 1 at 0. At +-inf, out keeps its initial 1 and 1 / inf = 0 is the limit;
    # NaN != 0, so NaN gives 1 / NaN = NaN.
    out = np.ones_like(x)
    nonzero = x != 0
    np.sin(x, out=out, where=nonzero & np.isfinite(x))
    return np.divide(out, x, out=out, where=nonzero)


def sinc_derivative(x: FloatArray) -> FloatArray:
    # (cos x - sinc x) / x, which cancels for small |x|: there a Taylor polynomial
    # (-x/3 + x^3/30 - ...) is used instead. The limit at +-inf is 0.
    finite = np.isfinite(x)
    small = np.abs(x) < 0.25
    regular = finite & ~small
    t = np.where(regular, x, 1.0).astype(x.dtype, copy=False)  # harmless stand-in elsewhere
    out = np.cos(t)
    ratio = np.sin(t)
    ratio /= t
    out -= ratio
    out /= t
    xs = np.where(small, x, 0.0).astype(x.dtype, copy=False)
    x2 = xs * xs
    series = np.full_like(xs, _SINC_DERIVATIVE_SERIES[-1])
    for coefficient in reversed(_SINC_DERIVATIVE_SERIES[:-1]):
        series *= x2
        series += coefficient
    series *= xs
    np.copyto(out, series, where=small)
    np.copyto(out, 0.0, where=np.isinf(x))
    np.copyto(out, x, where=np.isnan(x))
    return out


ENTRIES = [
    Activation(
        name="identity",
        title="Identity",
        aliases=("linear",),
        summary="the input unchanged: no nonlinearity at all, as used on regression outputs.",
        function=identity,
        derivative=identity_derivative,
        latex=r"\operatorname{id}(x) = x",
        derivative_latex=r"\operatorname{id}'(x) = 1",
        sympy="x",
        range=Interval(-np.inf, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="constant",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="none",
            identity_near_zero=True,
        ),
        frameworks=Frameworks(
            "torch.nn.Identity", "tf.keras.activations.linear", "jax.nn.identity"
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-2.,  0.,  2.])"),
        family="other",
    ),
    Activation(
        name="binary_step",
        title="Binary step",
        aliases=("heaviside", "step", "unit_step"),
        summary="the Heaviside step: 1 for x >= 0, else 0; the threshold unit of the "
        "earliest neuron models, with zero gradient everywhere.",
        function=binary_step,
        derivative=binary_step_derivative,
        latex=r"H(x) = \begin{cases} 1 & x \ge 0 \\ 0 & x < 0 \end{cases}",
        derivative_latex=r"H'(x) = 0 \quad (x \ne 0)",
        sympy="Piecewise((1, x >= 0), (0, True))",
        range=IntervalUnion((point(0.0), point(1.0))),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="constant",
            zero_at_origin=False,
            smoothness="discontinuous",
            saturation="both",
            identity_near_zero=False,
        ),
        kinks=lambda: (0.0,),
        kink_convention="The step jumps at 0, where it has no derivative; the derivative "
        "returns 0 there, its value on either side.",
        frameworks=Frameworks(
            "torch.heaviside(x, torch.tensor(1.0))", None, "jax.numpy.heaviside(x, 1.0)"
        ),
        references=(
            Reference(
                "W. S. McCulloch, W. Pitts",
                "A logical calculus of the ideas immanent in nervous activity",
                1943,
                "https://doi.org/10.1007/BF02478259",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([0., 1., 1.])"),
        family="other",
    ),
    Activation(
        name="gaussian",
        title="Gaussian",
        summary="the bell curve exp(-x^2): 1 at 0, falling to 0 on both sides, as in "
        "radial basis function networks.",
        function=gaussian,
        derivative=gaussian_derivative,
        latex=r"\operatorname{gaussian}(x) = e^{-x^{2}}",
        derivative_latex=r"\operatorname{gaussian}'(x) = -2x\, e^{-x^{2}}",
        sympy="exp(-x**2)",
        range=Interval(0.0, 1.0, high_closed=True),
        properties=Properties(
            monotonic="no",
            derivative_monotonic="no",
            zero_at_origin=False,
            smoothness="C∞",
            saturation="both",
            identity_near_zero=False,
        ),
        frameworks=Frameworks(None, None, None),
        example=Example("[-2.0, 0.0, 2.0]", "array([0.01831564, 1.        , 0.01831564])"),
        family="other",
    ),
    Activation(
        name="sinusoid",
        title="Sinusoid",
        aliases=("sin", "sine"),
        summary="the sine: periodic, bounded, with no limit at infinity (NaN there), "
        "used in implicit neural representations.",
        function=sinusoid,
        derivative=sinusoid_derivative,
        latex=r"\sin(x)",
        derivative_latex=r"\sin'(x) = \cos(x)",
        sympy="sin(x)",
        range=Interval(-1.0, 1.0, low_closed=True, high_closed=True),
        properties=Properties(
            monotonic="no",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="none",
            identity_near_zero=True,
        ),
        frameworks=Frameworks("torch.sin", "tf.math.sin", "jax.numpy.sin"),
        references=(
            Reference(
                "V. Sitzmann, J. N. P. Martel, A. W. Bergman, D. B. Lindell, G. Wetzstein",
                "Implicit neural representations with periodic activation functions",
                2020,
                "https://arxiv.org/abs/2006.09661",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.90929743,  0.        ,  0.90929743])"),
        family="other",
    ),
    Activation(
        name="sinc",
        title="Sinc",
        aliases=("cardinal_sine",),
        summary="the unnormalised sinc sin(x)/x with sinc(0) = 1 (np.sinc and torch.sinc "
        "are the normalised sin(pi x)/(pi x)).",
        function=sinc,
        derivative=sinc_derivative,
        latex=r"\operatorname{sinc}(x) = \begin{cases} \dfrac{\sin x}{x} & x \ne 0 \\ 1 & x = 0 \end{cases}",
        derivative_latex=r"\operatorname{sinc}'(x) = \begin{cases} \dfrac{\cos x}{x} - \dfrac{\sin x}{x^{2}} & x \ne 0 \\ 0 & x = 0 \end{cases}",
        sympy="Piecewise((sin(x) / x, Ne(x, 0)), (1, True))",
        range=Interval(-0.21723362821122166, 1.0, low_closed=True, high_closed=True),
        properties=Properties(
            monotonic="no",
            derivative_monotonic="no",
            zero_at_origin=False,
            smoothness="C∞",
            saturation="both",
            identity_near_zero=False,
        ),
        frameworks=Frameworks(None, None, None),
        example=Example("[-2.0, 0.0, 2.0]", "array([0.45464871, 1.        , 0.45464871])"),
        family="other",
    ),
]
