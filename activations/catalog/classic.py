"""The four classic activations the site's articles derive by hand.

Their pages show these kernels, read from this file at build time.
"""

from __future__ import annotations

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

RUMELHART_1986 = Reference(
    "D. E. Rumelhart, G. E. Hinton, R. J. Williams",
    "Learning representations by back-propagating errors",
    1986,
    "https://doi.org/10.1038/323533a0",
)
NAIR_2010 = Reference(
    "V. Nair, G. E. Hinton",
    "Rectified linear units improve restricted Boltzmann machines",
    2010,
    "https://www.cs.toronto.edu/~hinton/absps/reluICML.pdf",
)


def sigmoid(x: FloatArray) -> FloatArray:
    # scipy's expit is one C loop with no overflow and no warning for any input; the naive
    # 1/(1+np.exp(-x)) overflows for x < -709. (Below about -709 expit returns 0 where the
    # true value is subnormal, under 1e-308.)
    return scipy.special.expit(x)


def sigmoid_derivative(x: FloatArray) -> FloatArray:
    # sigma'(x) = sigma(x) (1 - sigma(x)), computed as e / (1 + e)^2 with e = exp(-|x|):
    # the derivative is even, and this form keeps full precision in both tails, where
    # 1 - sigma(x) would round to 0.
    e = np.abs(x)
    np.negative(e, out=e)
    np.exp(e, out=e)
    denominator = e + 1.0
    np.square(denominator, out=denominator)
    return np.divide(e, denominator, out=e)


def tanh(x: FloatArray) -> FloatArray:
    # numpy's tanh is accurate and never overflows; the ratio of exponentials
    # (e^x - e^-x) / (e^x + e^-x) gives inf / inf = NaN once e^x overflows.
    return np.tanh(x)


def tanh_derivative(x: FloatArray) -> FloatArray:
    # tanh'(x) = 1 - tanh(x)^2, computed as 4e / (1 + e)^2 with e = exp(-2|x|) = exp(-|x|)^2:
    # 1 - tanh(x)^2 rounds to 0 for |x| > 19, this form does not (and -2|x| could overflow).
    e = np.abs(x)
    np.negative(e, out=e)
    np.exp(e, out=e)
    np.square(e, out=e)
    denominator = e + 1.0
    np.square(denominator, out=denominator)
    e *= 4.0
    return np.divide(e, denominator, out=e)


def relu(x: FloatArray) -> FloatArray:
    # Element-wise maximum: Python's built-in max() cannot compare arrays.
    return np.maximum(x, 0.0)


def relu_derivative(x: FloatArray) -> FloatArray:
    # max(sign(x), 0) is 1 for x > 0 and 0 for x <= 0 (PyTorch's ReLU'(0) = 0), keeps NaN,
    # and unlike np.heaviside or np.where it runs as fast vector code.
    out = np.sign(x)
    return np.maximum(out, 0.0, out=out)


def leaky_relu(x: FloatArray, negative_slope: float) -> FloatArray:
    # max(x, 0) + a min(x, 0): exact for both signs, any slope, and mask-free (fast).
    # np.maximum(a * x, x) would be Leaky ReLU only for 0 <= a <= 1.
    out = np.maximum(x, 0.0)
    if negative_slope != 0.0:  # 0 * min(-inf, 0) would be NaN, not the limit 0
        negative = np.minimum(x, 0.0)
        negative *= negative_slope
        out += negative
    return out


def leaky_relu_derivative(x: FloatArray, negative_slope: float) -> FloatArray:
    # 1 for x > 0, the slope a for x <= 0 (PyTorch's choice at the kink); NaN stays NaN.
    # The same negative_slope drives the function and its derivative.
    out = relu_derivative(x)
    out *= 1.0 - negative_slope
    out += negative_slope
    return out


ENTRIES = [
    Activation(
        name="sigmoid",
        title="Sigmoid",
        aliases=("logistic", "expit"),
        summary="The logistic function squashes any real number into $(0, 1)$.",
        function=sigmoid,
        derivative=sigmoid_derivative,
        latex=r"\sigma(x) = \frac{1}{1 + e^{-x}}",
        derivative_latex=r"\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)",
        sympy="1 / (1 + exp(-x))",
        range=Interval(0.0, 1.0),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=False,
            smoothness="C∞",
            saturation="both",
            identity_near_zero=False,
        ),
        frameworks=Frameworks("torch.nn.Sigmoid", "tf.nn.sigmoid", "jax.nn.sigmoid"),
        references=(RUMELHART_1986,),
        example=Example("[-2.0, 0.0, 2.0]", "array([0.11920292, 0.5       , 0.88079708])"),
        family="classic",
        symbol=r"\sigma",
    ),
    Activation(
        name="tanh",
        title="Tanh",
        aliases=("hyperbolic_tangent",),
        summary="The hyperbolic tangent is an odd, zero-centred S-curve onto $(-1, 1)$.",
        function=tanh,
        derivative=tanh_derivative,
        latex=r"\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",
        derivative_latex=r"\tanh'(x) = 1 - \tanh^2(x)",
        sympy="tanh(x)",
        range=Interval(-1.0, 1.0),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="both",
            identity_near_zero=True,
        ),
        frameworks=Frameworks("torch.nn.Tanh", "tf.nn.tanh", "jax.numpy.tanh"),
        references=(
            Reference(
                "Y. LeCun, L. Bottou, G. B. Orr, K.-R. Müller",
                "Efficient BackProp",
                1998,
                "https://doi.org/10.1007/3-540-49430-8_2",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.96402758,  0.        ,  0.96402758])"),
        family="classic",
        symbol=r"\tanh",
    ),
    Activation(
        name="relu",
        title="ReLU",
        aliases=("rectified_linear_unit", "rectifier"),
        summary="The rectified linear unit returns its input where it is positive and $0$ "
        "elsewhere.",
        function=relu,
        derivative=relu_derivative,
        latex=r"\operatorname{ReLU}(x) = \max(0, x) = \begin{cases} x & x > 0 \\ 0 & x \le 0 \end{cases}",
        derivative_latex=r"\operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}",
        sympy="Piecewise((x, x > 0), (0, True))",
        range=Interval(0.0, np.inf, low_closed=True),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=True,
            smoothness="C0",
            saturation="left",
            identity_near_zero=False,
        ),
        kinks=lambda: (0.0,),
        kink_convention="ReLU is not differentiable at $x = 0$; the derivative returns $0$ "
        "there, as PyTorch's autograd does.",
        frameworks=Frameworks("torch.nn.ReLU", "tf.nn.relu", "jax.nn.relu"),
        references=(NAIR_2010,),
        example=Example("[-2.0, 0.0, 2.0]", "array([0., 0., 2.])"),
        family="classic",
    ),
    Activation(
        name="leaky_relu",
        title="Leaky ReLU",
        aliases=("lrelu",),
        summary="Leaky ReLU keeps a small slope $a$ for negative inputs, so that for $a > 0$ no "
        "unit's gradient is exactly zero.",
        function=leaky_relu,
        derivative=leaky_relu_derivative,
        params=(
            Param(
                "negative_slope",
                0.01,
                r"Slope $a$ for $x \le 0$.",
                low=0.0,
                high=1.0,
                high_open=True,
                symbol="a",
            ),
        ),
        latex=r"\operatorname{LeakyReLU}(x) = \begin{cases} x & x > 0 \\ a x & x \le 0 \end{cases}",
        derivative_latex=r"\operatorname{LeakyReLU}'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}",
        sympy="Piecewise((x, x > 0), (negative_slope * x, True))",
        range=Interval(-np.inf, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=True,
            smoothness="C0",
            saturation="none",
            identity_near_zero=False,
        ),
        kinks=lambda negative_slope: (0.0,),
        kink_convention="Leaky ReLU is not differentiable at $x = 0$; the derivative returns "
        "the slope $a$ there, as PyTorch's autograd does.",
        frameworks=Frameworks(
            "torch.nn.LeakyReLU",
            "tf.nn.leaky_relu(x, alpha=0.01)",  # TensorFlow's default alpha is 0.2
            "jax.nn.leaky_relu(x, negative_slope=0.01)",
        ),
        references=(
            Reference(
                "A. L. Maas, A. Y. Hannun, A. Y. Ng",
                "Rectifier nonlinearities improve neural network acoustic models",
                2013,
                "https://ai.stanford.edu/~amaas/papers/relu_hybrid_icml2013_final.pdf",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.02,  0.  ,  2.  ])"),
        family="classic",
    ),
]
