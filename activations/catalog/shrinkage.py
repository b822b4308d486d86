"""Shrinkage functions: pull small inputs to (or towards) zero, keep large ones.

Soft and hard thresholding come from wavelet denoising and sparse coding; Tanhshrink is
their smooth cousin, x - tanh(x).
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
    Param,
    Properties,
    Reference,
    point,
)

LAMBD = Param(
    "lambd",
    0.5,
    "Threshold lambda: inputs with |x| <= lambda map to 0.",
    low=0.0,
)

# Taylor coefficients of (x - tanh x) / x^3 in powers of x^2.
_TANHSHRINK_SERIES = (
    1 / 3,
    -2 / 15,
    17 / 315,
    -62 / 2835,
    1382 / 155925,
    -21844 / 6081075,
)


def softshrink(x: FloatArray, lambd: float) -> FloatArray:
    # x minus its clip to [-lambda, lambda]: x - lambda above, x + lambda below, exactly
    # 0 in between. NaN and +-inf pass through correctly.
    out = np.clip(x, -lambd, lambd)
    return np.subtract(x, out, out=out)


def softshrink_derivative(x: FloatArray, lambd: float) -> FloatArray:
    # 1 where |x| > lambda, 0 where |x| <= lambda (PyTorch's choice at +-lambda).
    out = np.abs(x)
    out -= lambd
    return np.heaviside(out, 0.0, out=out)


def hardshrink(x: FloatArray, lambd: float) -> FloatArray:
    # x where |x| > lambda, else 0: x times the step H(|x| - lambda), which keeps NaN.
    out = hardshrink_derivative(x, lambd)
    out *= x
    return out


def hardshrink_derivative(x: FloatArray, lambd: float) -> FloatArray:
    # 1 where |x| > lambda, 0 where |x| <= lambda (PyTorch's choice at +-lambda).
    out = np.abs(x)
    out -= lambd
    return np.heaviside(out, 0.0, out=out)


def tanhshrink(x: FloatArray) -> FloatArray:
    # x - tanh(x) cancels for small |x|, where it is about x^3/3; there a Taylor
    # polynomial gives full relative precision instead.
    out = np.tanh(x)
    np.subtract(x, out, out=out)
    small = np.abs(x) < 0.0625
    if small.any():
        xs = x[small]
        x2 = xs * xs
        series = np.full_like(xs, _TANHSHRINK_SERIES[-1])
        for coefficient in reversed(_TANHSHRINK_SERIES[:-1]):
            series *= x2
            series += coefficient
        series *= x2
        series *= xs
        out[small] = series
    return out


def tanhshrink_derivative(x: FloatArray) -> FloatArray:
    # 1 - (1 - tanh^2 x) = tanh^2 x.
    out = np.tanh(x)
    return np.square(out, out=out)


ENTRIES = [
    Activation(
        name="softshrink",
        title="Softshrink",
        aliases=("soft_shrink", "soft_threshold"),
        summary="soft thresholding: 0 for |x| <= lambda, otherwise the input moved "
        "lambda towards 0.",
        function=softshrink,
        derivative=softshrink_derivative,
        params=(LAMBD,),
        latex=r"\operatorname{Softshrink}(x) = \begin{cases} x - \lambda & x > \lambda \\ 0 & |x| \le \lambda \\ x + \lambda & x < -\lambda \end{cases}",
        derivative_latex=r"\operatorname{Softshrink}'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        sympy="Piecewise((x - lambd, x > lambd), (x + lambd, x < -lambd), (0, True))",
        range=Interval(-np.inf, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C0",
            saturation="none",
            identity_near_zero=False,
        ),
        kinks=lambda lambd: (-lambd, lambd),
        kink_convention="Softshrink is not differentiable at -lambda and lambda; the "
        "derivative returns 0 at both, as PyTorch's autograd does.",
        frameworks=Frameworks("torch.nn.Softshrink", "tf.keras.activations.soft_shrink", None),
        references=(
            Reference(
                "D. L. Donoho",
                "De-noising by soft-thresholding",
                1995,
                "https://doi.org/10.1109/18.382009",
            ),
        ),
        example=Example("[-2.0, 0.25, 2.0]", "array([-1.5,  0. ,  1.5])"),
        family="shrinkage",
    ),
    Activation(
        name="hardshrink",
        title="Hardshrink",
        aliases=("hard_shrink", "hard_threshold"),
        summary="hard thresholding: 0 for |x| <= lambda, otherwise the input unchanged.",
        function=hardshrink,
        derivative=hardshrink_derivative,
        params=(LAMBD,),
        latex=r"\operatorname{Hardshrink}(x) = \begin{cases} x & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        derivative_latex=r"\operatorname{Hardshrink}'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        sympy="Piecewise((x, Abs(x) > lambd), (0, True))",
        range=IntervalUnion(
            (Interval(-np.inf, -LAMBD.default), point(0.0), Interval(LAMBD.default, np.inf))
        ),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="discontinuous",
            saturation="none",
            identity_near_zero=False,
        ),
        kinks=lambda lambd: (-lambd, lambd),
        kink_convention="Hardshrink jumps at -lambda and lambda; the derivative returns 0 "
        "at both, as PyTorch's autograd does.",
        frameworks=Frameworks("torch.nn.Hardshrink", "tf.keras.activations.hard_shrink", None),
        references=(
            Reference(
                "D. L. Donoho, I. M. Johnstone",
                "Ideal spatial adaptation by wavelet shrinkage",
                1994,
                "https://doi.org/10.1093/biomet/81.3.425",
            ),
        ),
        example=Example("[-2.0, 0.25, 2.0]", "array([-2.,  0.,  2.])"),
        family="shrinkage",
    ),
    Activation(
        name="tanhshrink",
        title="Tanhshrink",
        aliases=("tanh_shrink",),
        summary="x - tanh(x): flat near 0, where it behaves like x^3/3, and for large |x| "
        "the identity moved 1 towards 0.",
        function=tanhshrink,
        derivative=tanhshrink_derivative,
        latex=r"\operatorname{Tanhshrink}(x) = x - \tanh(x)",
        derivative_latex=r"\operatorname{Tanhshrink}'(x) = \tanh^{2}(x)",
        sympy="x - tanh(x)",
        range=Interval(-np.inf, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="none",
            identity_near_zero=False,
        ),
        frameworks=Frameworks("torch.nn.Tanhshrink", "tf.keras.activations.tanh_shrink", None),
        example=Example("[-2.0, 0.0, 2.0]", "array([-1.03597242,  0.        ,  1.03597242])"),
        family="shrinkage",
    ),
]
