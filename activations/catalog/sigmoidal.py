"""The sigmoidal family beyond the logistic and tanh: S-curves and their relatives.

Piecewise-linear versions (Hardsigmoid, Hardtanh), algebraic ones that approach their
bounds slowly (Softsign, ISRU), the arctangent, and the log of the sigmoid.
"""

from __future__ import annotations

import math

import numpy as np
import scipy.special

from activations.registry import (
    Activation,
    Example,
    FloatArray,
    Frameworks,
    Interval,
    Param,
    Properties,
    Reference,
)


def hardsigmoid(x: FloatArray) -> FloatArray:
    # PyTorch's definition, relu6(x + 3) / 6: 0 up to -3, 1 from 3, linear in between.
    out = x + 3.0
    np.clip(out, 0.0, 6.0, out=out)
    out /= 6.0
    return out


def hardsigmoid_derivative(x: FloatArray) -> FloatArray:
    # 1/6 strictly inside (-3, 3), 0 outside and at both ends (PyTorch's choice).
    out = hardtanh_derivative(x, -3.0, 3.0)
    out /= 6.0
    return out


def hardtanh(x: FloatArray, min_val: float, max_val: float) -> FloatArray:
    # The input clipped to [min_val, max_val]; np.maximum and np.minimum propagate NaN.
    out = np.maximum(x, min_val)
    return np.minimum(out, max_val, out=out)


def hardtanh_derivative(x: FloatArray, min_val: float, max_val: float) -> FloatArray:
    # 1 strictly between the bounds, 0 outside and at both (PyTorch's choice at the kinks).
    inside = x > min_val
    inside &= x < max_val
    out = inside.astype(x.dtype)
    out[np.isnan(x)] = np.nan  # the comparisons turned NaN into 0; NaN is rare, so this is cheap
    return out


def softsign(x: FloatArray) -> FloatArray:
    # x / (1 + |x|). Clipping maps +-inf to the largest float, where the ratio is
    # exactly +-1, instead of computing inf / inf.
    big = np.finfo(x.dtype).max
    clipped = np.clip(x, -big, big)
    out = np.abs(clipped)
    out += 1.0
    return np.divide(clipped, out, out=out)


def softsign_derivative(x: FloatArray) -> FloatArray:
    # 1 / (1 + |x|)^2, squared after the reciprocal so nothing overflows.
    out = np.abs(x)
    out += 1.0
    np.reciprocal(out, out=out)
    return np.square(out, out=out)


def arctan(x: FloatArray) -> FloatArray:
    return np.arctan(x)


def arctan_derivative(x: FloatArray) -> FloatArray:
    # 1 / (1 + x^2) = r^2 / (r^2 + (1 - r)^2) with r = 1 / (1 + |x|) in [0, 1]: x^2 would
    # overflow for huge |x|, this form cannot, and it gives exactly 0 at +-inf.
    r = np.abs(x)
    r += 1.0
    np.reciprocal(r, out=r)
    out = np.subtract(1.0, r)
    np.square(out, out=out)
    np.square(r, out=r)
    out += r
    return np.divide(r, out, out=out)


def _isru_argument(x: FloatArray, alpha: float) -> FloatArray:
    # t = sqrt(alpha) x, with x clipped first so that |t| <= 2^(maxexp/2 - 2) (2^510 for
    # float64): t^2 cannot overflow, +-inf become finite, and beyond the clip ISRU is
    # +-1/sqrt(alpha) and its derivative 0 to the last bit. The clip is a power of 2, so
    # at +-inf t / sqrt(1 + t^2) is exactly +-1.
    root = math.sqrt(alpha)
    big = float(np.finfo(x.dtype).max)
    limit = min(2.0 ** (np.finfo(x.dtype).maxexp // 2 - 2) / root, big)
    t = np.clip(x, -limit, limit)
    if alpha != 1.0:
        t *= root
    return t


def isru(x: FloatArray, alpha: float) -> FloatArray:
    # x / sqrt(1 + alpha x^2) = (t / sqrt(1 + t^2)) / sqrt(alpha) with t = sqrt(alpha) x.
    t = _isru_argument(x, alpha)
    out = np.square(t)
    out += 1.0
    np.sqrt(out, out=out)
    np.divide(t, out, out=out)
    if alpha != 1.0:
        out /= math.sqrt(alpha)
    return out


def isru_derivative(x: FloatArray, alpha: float) -> FloatArray:
    # (1 + t^2)^(-3/2), cubed after the reciprocal so only underflow can occur.
    out = _isru_argument(x, alpha)
    np.square(out, out=out)
    out += 1.0
    np.sqrt(out, out=out)
    np.reciprocal(out, out=out)
    cube = np.square(out)
    cube *= out
    return cube


def logsigmoid(x: FloatArray) -> FloatArray:
    # log sigmoid(x) = min(x, 0) - log1p(e^-|x|): exp never overflows, and log1p keeps
    # the digits that log(1 + e^-|x|) loses when e^-|x| is small.
    out = np.abs(x)
    np.negative(out, out=out)
    np.exp(out, out=out)
    np.log1p(out, out=out)
    return np.subtract(np.minimum(x, 0.0), out, out=out)


def logsigmoid_derivative(x: FloatArray) -> FloatArray:
    # d/dx log sigmoid(x) = sigmoid(-x), taken from scipy's expit (the package's sigmoid):
    # 1 - sigmoid(x), which rounds to 0 for large x, is never formed.
    return scipy.special.expit(np.negative(x))


ENTRIES = [
    Activation(
        name="hardsigmoid",
        title="Hardsigmoid",
        aliases=("hard_sigmoid",),
        summary="a piecewise-linear sigmoid, relu6(x + 3)/6: 0 up to -3, 1 from 3, a "
        "straight line in between.",
        function=hardsigmoid,
        derivative=hardsigmoid_derivative,
        latex=r"\operatorname{Hardsigmoid}(x) = \frac{\operatorname{ReLU6}(x + 3)}{6} = \begin{cases} 0 & x \le -3 \\ x/6 + 1/2 & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}",
        derivative_latex=r"\operatorname{Hardsigmoid}'(x) = \begin{cases} 1/6 & -3 < x < 3 \\ 0 & \text{otherwise} \end{cases}",
        sympy="Min(Max(x + 3, 0), 6) / 6",
        range=Interval(0.0, 1.0, low_closed=True, high_closed=True),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=False,
            smoothness="C0",
            saturation="both",
            identity_near_zero=False,
        ),
        kinks=lambda: (-3.0, 3.0),
        kink_convention="Hardsigmoid is not differentiable at -3 and 3; the derivative "
        "returns 0 at both, as PyTorch's autograd does.",
        frameworks=Frameworks(
            "torch.nn.Hardsigmoid", "tf.keras.activations.hard_sigmoid", "jax.nn.hard_sigmoid"
        ),
        references=(
            Reference(
                "A. Howard, M. Sandler, G. Chu, L.-C. Chen, B. Chen, M. Tan, W. Wang, "
                "Y. Zhu, R. Pang, V. Vasudevan, Q. V. Le, H. Adam",
                "Searching for MobileNetV3",
                2019,
                "https://arxiv.org/abs/1905.02244",
            ),
        ),
        example=Example("[-4.0, 0.0, 1.5]", "array([0.  , 0.5 , 0.75])"),
        family="sigmoidal",
    ),
    Activation(
        name="hardtanh",
        title="Hardtanh",
        aliases=("hard_tanh",),
        summary="a piecewise-linear tanh: the input clipped to [min_val, max_val], "
        "[-1, 1] by default.",
        function=hardtanh,
        derivative=hardtanh_derivative,
        params=(
            Param("min_val", -1.0, "Lower clipping value."),
            Param("max_val", 1.0, "Upper clipping value."),
        ),
        constraints=(
            (lambda min_val, max_val: min_val < max_val, "min_val must be below max_val"),
        ),
        latex=r"\operatorname{Hardtanh}(x) = \begin{cases} a & x \le a \\ x & a < x < b \\ b & x \ge b \end{cases}, \quad a = \text{min\_val},\ b = \text{max\_val}",
        derivative_latex=r"\operatorname{Hardtanh}'(x) = \begin{cases} 1 & a < x < b \\ 0 & \text{otherwise} \end{cases}",
        sympy="Min(Max(x, min_val), max_val)",
        range=Interval(-1.0, 1.0, low_closed=True, high_closed=True),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C0",
            saturation="both",
            identity_near_zero=True,
        ),
        kinks=lambda min_val, max_val: (min_val, max_val),
        kink_convention="Hardtanh is not differentiable at min_val and max_val; the "
        "derivative returns 0 at both, as PyTorch's autograd does.",
        frameworks=Frameworks(
            "torch.nn.Hardtanh", "tf.keras.activations.hard_tanh", "jax.nn.hard_tanh"
        ),
        example=Example("[-2.0, 0.5, 2.0]", "array([-1. ,  0.5,  1. ])"),
        family="sigmoidal",
    ),
    Activation(
        name="softsign",
        title="Softsign",
        aliases=("soft_sign",),
        summary="x / (1 + |x|), an S-curve onto (-1, 1) that approaches its bounds "
        "polynomially, far more slowly than tanh.",
        function=softsign,
        derivative=softsign_derivative,
        latex=r"\operatorname{softsign}(x) = \frac{x}{1 + |x|}",
        derivative_latex=r"\operatorname{softsign}'(x) = \frac{1}{(1 + |x|)^{2}}",
        sympy="x / (1 + Abs(x))",
        range=Interval(-1.0, 1.0),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C1",
            saturation="both",
            identity_near_zero=True,
        ),
        kinks=lambda: (0.0,),
        kink_convention="Softsign's second derivative jumps at 0 (from 2 to -2); the "
        "derivative is 1 there from both sides.",
        frameworks=Frameworks("torch.nn.Softsign", "tf.nn.softsign", "jax.nn.soft_sign"),
        references=(
            Reference(
                "X. Glorot, Y. Bengio",
                "Understanding the difficulty of training deep feedforward neural networks",
                2010,
                "https://proceedings.mlr.press/v9/glorot10a.html",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.66666667,  0.        ,  0.66666667])"),
        family="sigmoidal",
    ),
    Activation(
        name="arctan",
        title="Arctan",
        aliases=("atan", "arctangent"),
        summary="the inverse tangent, an odd S-curve onto (-pi/2, pi/2) with polynomially "
        "decaying slope.",
        function=arctan,
        derivative=arctan_derivative,
        latex=r"\arctan(x)",
        derivative_latex=r"\arctan'(x) = \frac{1}{1 + x^{2}}",
        sympy="atan(x)",
        range=Interval(-math.pi / 2, math.pi / 2),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="both",
            identity_near_zero=True,
        ),
        frameworks=Frameworks("torch.atan", "tf.math.atan", "jax.numpy.arctan"),
        example=Example("[-2.0, 0.0, 2.0]", "array([-1.10714872,  0.        ,  1.10714872])"),
        family="sigmoidal",
    ),
    Activation(
        name="isru",
        title="ISRU",
        aliases=("inverse_square_root_unit",),
        summary="the inverse square root unit x / sqrt(1 + alpha x^2), a tanh-like curve "
        "onto (-1/sqrt(alpha), 1/sqrt(alpha)) without exponentials.",
        function=isru,
        derivative=isru_derivative,
        params=(
            Param(
                "alpha",
                1.0,
                "Sets the bounds +-1/sqrt(alpha).",
                low=0.0,
                low_open=True,
            ),
        ),
        latex=r"\operatorname{ISRU}(x) = \frac{x}{\sqrt{1 + \alpha x^{2}}}",
        derivative_latex=r"\operatorname{ISRU}'(x) = \left(\frac{1}{\sqrt{1 + \alpha x^{2}}}\right)^{3}",
        sympy="x / sqrt(1 + alpha * x**2)",
        range=Interval(-1.0, 1.0),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="both",
            identity_near_zero=True,
        ),
        frameworks=Frameworks(None, None, None),
        references=(
            Reference(
                "B. Carlile, G. Delamarter, P. Kinney, A. Marti, B. Whitney",
                "Improving deep learning by inverse square root linear units (ISRLUs)",
                2017,
                "https://arxiv.org/abs/1710.09967",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.89442719,  0.        ,  0.89442719])"),
        family="sigmoidal",
    ),
    Activation(
        name="logsigmoid",
        title="LogSigmoid",
        aliases=("log_sigmoid",),
        summary="the logarithm of the sigmoid, -softplus(-x): near 0 for large inputs, "
        "close to x for very negative ones.",
        function=logsigmoid,
        derivative=logsigmoid_derivative,
        latex=r"\operatorname{LogSigmoid}(x) = \ln \sigma(x) = -\ln\bigl(1 + e^{-x}\bigr)",
        derivative_latex=r"\operatorname{LogSigmoid}'(x) = 1 - \sigma(x) = \sigma(-x)",
        sympy="log(1 / (1 + exp(-x)))",
        range=Interval(-np.inf, 0.0),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-increasing",
            zero_at_origin=False,
            smoothness="C∞",
            saturation="right",
            identity_near_zero=False,
        ),
        frameworks=Frameworks("torch.nn.LogSigmoid", "tf.math.log_sigmoid", "jax.nn.log_sigmoid"),
        example=Example("[-2.0, 0.0, 2.0]", "array([-2.12692801, -0.69314718, -0.12692801])"),
        family="sigmoidal",
    ),
]
