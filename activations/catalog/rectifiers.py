"""The rectifier family: ReLU's relatives, linear for positive inputs.

Capped (ReLU6), learned or randomised negative slopes (PReLU, RReLU), a shifted gate
(Threshold), and the exponential and inverse-square-root units (ELU, CELU, SELU, ISRLU)
that bend smoothly towards a negative floor instead of cutting to 0.
"""

from __future__ import annotations

import numpy as np

from activations.catalog.classic import leaky_relu, leaky_relu_derivative, relu_derivative
from activations.catalog.sigmoidal import hardtanh_derivative, isru, isru_derivative
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

CLEVERT_2015 = Reference(
    "D.-A. Clevert, T. Unterthiner, S. Hochreiter",
    "Fast and accurate deep network learning by exponential linear units (ELUs)",
    2015,
    "https://arxiv.org/abs/1511.07289",
)
CARLILE_2017 = Reference(
    "B. Carlile, G. Delamarter, P. Kinney, A. Marti, B. Whitney",
    "Improving deep learning by inverse square root linear units (ISRLUs)",
    2017,
    "https://arxiv.org/abs/1710.09967",
)

# SELU's constants, to the digits PyTorch uses (Klambauer et al. derive them in closed form).
SELU_SCALE = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717


def relu6(x: FloatArray) -> FloatArray:
    # min(max(x, 0), 6); np.maximum and np.minimum propagate NaN.
    out = np.maximum(x, 0.0)
    return np.minimum(out, 6.0, out=out)


def relu6_derivative(x: FloatArray) -> FloatArray:
    # 1 strictly inside (0, 6), 0 outside and at both ends (PyTorch's choice at the kinks).
    return hardtanh_derivative(x, 0.0, 6.0)


def prelu(x: FloatArray, weight: float) -> FloatArray:
    # With its one learnt slope fixed, PReLU is Leaky ReLU's kernel (any slope is exact).
    return leaky_relu(x, weight)


def prelu_derivative(x: FloatArray, weight: float) -> FloatArray:
    return leaky_relu_derivative(x, weight)


def rrelu(x: FloatArray, lower: float, upper: float) -> FloatArray:
    # In evaluation mode the random slope is replaced by its mean: a fixed leaky ReLU.
    return leaky_relu(x, (lower + upper) / 2)


def rrelu_derivative(x: FloatArray, lower: float, upper: float) -> FloatArray:
    return leaky_relu_derivative(x, (lower + upper) / 2)


def threshold(x: FloatArray, threshold: float, value: float) -> FloatArray:
    # Written as "x <= threshold -> value" so that NaN (for which every comparison is
    # False) falls through to x and stays NaN.
    return np.where(x <= threshold, value, x).astype(x.dtype, copy=False)


def threshold_derivative(x: FloatArray, threshold: float, value: float) -> FloatArray:
    # 1 above the threshold, 0 at and below it (PyTorch's choice at the jump).
    out = (x > threshold).astype(x.dtype)
    out[np.isnan(x)] = np.nan  # the comparison turned NaN into 0; NaN is rare, so this is cheap
    return out


def elu(x: FloatArray, alpha: float) -> FloatArray:
    # max(x, 0) + alpha expm1(min(x, 0)): expm1 only sees x <= 0, so it cannot overflow,
    # and unlike exp(x) - 1 it keeps full precision for x near 0.
    out = np.minimum(x, 0.0)
    np.expm1(out, out=out)
    out *= alpha
    out += np.maximum(x, 0.0)
    return out


def elu_derivative(x: FloatArray, alpha: float) -> FloatArray:
    # alpha e^x for x <= 0 (also at 0, as PyTorch does), 1 for x > 0. With e^min(x, 0),
    # which is 1 for x > 0, alpha = 1 needs nothing more; otherwise the step adds 1 - alpha.
    out = np.minimum(x, 0.0)
    np.exp(out, out=out)
    if alpha != 1.0:
        out *= alpha
        step = relu_derivative(x)
        step *= 1.0 - alpha
        out += step
    return out


def _celu_exponent(x: FloatArray, alpha: float) -> FloatArray:
    # min(x, 0) / alpha, with x first clipped at -800 alpha, where e^(x/alpha) is 0 in
    # every float type: x / alpha cannot overflow for a small alpha.
    low = max(-800.0 * alpha, -float(np.finfo(x.dtype).max))
    out = np.clip(x, low, 0.0)
    out /= alpha
    return out


def celu(x: FloatArray, alpha: float) -> FloatArray:
    # ELU with the exponent scaled by 1/alpha, so the slope at 0 is 1 from both sides.
    out = _celu_exponent(x, alpha)
    np.expm1(out, out=out)
    out *= alpha
    out += np.maximum(x, 0.0)
    return out


def celu_derivative(x: FloatArray, alpha: float) -> FloatArray:
    # e^(min(x, 0) / alpha): e^(x/alpha) for x <= 0 and exactly 1 for x > 0.
    out = _celu_exponent(x, alpha)
    return np.exp(out, out=out)


def selu(x: FloatArray) -> FloatArray:
    # scale * ELU(x; alpha) with SELU's fixed constants.
    out = np.minimum(x, 0.0)
    np.expm1(out, out=out)
    out *= SELU_SCALE * SELU_ALPHA
    positive = np.maximum(x, 0.0)
    positive *= SELU_SCALE
    out += positive
    return out


def selu_derivative(x: FloatArray) -> FloatArray:
    # scale alpha e^x for x <= 0 (also at 0, as PyTorch does), scale for x > 0: the step
    # adds scale - scale alpha where e^min(x, 0) = 1.
    out = np.minimum(x, 0.0)
    np.exp(out, out=out)
    out *= SELU_SCALE * SELU_ALPHA
    step = relu_derivative(x)
    step *= SELU_SCALE - SELU_SCALE * SELU_ALPHA
    out += step
    return out


def isrlu(x: FloatArray, alpha: float) -> FloatArray:
    # ISRU on the negative side, the identity on the positive side.
    out = isru(np.minimum(x, 0.0), alpha)
    out += np.maximum(x, 0.0)
    return out


def isrlu_derivative(x: FloatArray, alpha: float) -> FloatArray:
    # ISRU's derivative at min(x, 0): (1 + alpha x^2)^(-3/2) below 0, exactly 1 from 0 on.
    return isru_derivative(np.minimum(x, 0.0), alpha)


ENTRIES = [
    Activation(
        name="relu6",
        title="ReLU6",
        aliases=("relu_6",),
        summary="ReLU capped at 6: the input clipped to [0, 6], a bounded rectifier that "
        "suits low-precision arithmetic.",
        function=relu6,
        derivative=relu6_derivative,
        latex=r"\operatorname{ReLU6}(x) = \min\bigl(\max(0, x), 6\bigr) = \begin{cases} 0 & x \le 0 \\ x & 0 < x < 6 \\ 6 & x \ge 6 \end{cases}",
        derivative_latex=r"\operatorname{ReLU6}'(x) = \begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise} \end{cases}",
        sympy="Min(Max(x, 0), 6)",
        range=Interval(0.0, 6.0, low_closed=True, high_closed=True),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C0",
            saturation="both",
            identity_near_zero=False,
        ),
        kinks=lambda: (0.0, 6.0),
        kink_convention="ReLU6 is not differentiable at 0 and 6; the derivative returns 0 "
        "at both, as PyTorch's autograd does.",
        frameworks=Frameworks("torch.nn.ReLU6", "tf.nn.relu6", "jax.nn.relu6"),
        references=(
            Reference(
                "A. Krizhevsky",
                "Convolutional deep belief networks on CIFAR-10",
                2010,
                "https://www.cs.toronto.edu/~kriz/conv-cifar10-aug2010.pdf",
            ),
        ),
        example=Example("[-2.0, 3.0, 8.0]", "array([0., 3., 6.])"),
        family="rectifier",
    ),
    Activation(
        name="prelu",
        title="PReLU",
        aliases=("parametric_relu",),
        summary="the parametric ReLU: a leaky ReLU whose negative slope is learned with "
        "the other weights.",
        function=prelu,
        derivative=prelu_derivative,
        params=(
            Param(
                "weight",
                0.25,
                "Slope a for x <= 0, a learned parameter (PyTorch starts it at 0.25 and "
                "does not constrain it).",
            ),
        ),
        latex=r"\operatorname{PReLU}(x) = \begin{cases} x & x > 0 \\ a x & x \le 0 \end{cases}",
        derivative_latex=r"\operatorname{PReLU}'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}",
        sympy="Piecewise((x, x > 0), (weight * x, True))",
        range=Interval(-np.inf, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=True,
            smoothness="C0",
            saturation="none",
            identity_near_zero=False,
        ),
        kinks=lambda weight: (0.0,),
        kink_convention="PReLU is not differentiable at 0; the derivative returns the "
        "slope a there, as PyTorch's autograd does.",
        frameworks=Frameworks(
            "torch.nn.PReLU(init=0.25)(x)",
            "tf.keras.layers.PReLU(alpha_initializer=tf.keras.initializers.Constant(0.25))(x)",
            None,
        ),
        references=(
            Reference(
                "K. He, X. Zhang, S. Ren, J. Sun",
                "Delving deep into rectifiers: surpassing human-level performance on "
                "ImageNet classification",
                2015,
                "https://arxiv.org/abs/1502.01852",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.5,  0. ,  2. ])"),
        family="rectifier",
    ),
    Activation(
        name="rrelu",
        title="RReLU",
        aliases=("randomized_relu", "randomised_relu"),
        summary="the randomised leaky ReLU in evaluation mode: the negative slope, drawn "
        "uniformly from [lower, upper] in training, is fixed at its mean.",
        function=rrelu,
        derivative=rrelu_derivative,
        params=(
            Param(
                "lower",
                0.125,
                "Lower end l of the training-time slope range.",
                low=0.0,
                high=1.0,
                high_open=True,
            ),
            Param(
                "upper",
                1.0 / 3.0,
                "Upper end u of the training-time slope range.",
                low=0.0,
                high=1.0,
                high_open=True,
            ),
        ),
        constraints=((lambda lower, upper: lower <= upper, "lower must not exceed upper"),),
        latex=r"\operatorname{RReLU}(x) = \begin{cases} x & x > 0 \\ \frac{l + u}{2}\, x & x \le 0 \end{cases}",
        derivative_latex=r"\operatorname{RReLU}'(x) = \begin{cases} 1 & x > 0 \\ \frac{l + u}{2} & x \le 0 \end{cases}",
        sympy="Piecewise((x, x > 0), ((lower + upper) / 2 * x, True))",
        range=Interval(-np.inf, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=True,
            smoothness="C0",
            saturation="none",
            identity_near_zero=False,
        ),
        kinks=lambda lower, upper: (0.0,),
        kink_convention="RReLU is not differentiable at 0; the derivative returns the "
        "slope (l + u)/2 there, as PyTorch's autograd does in evaluation mode.",
        frameworks=Frameworks("torch.nn.RReLU(lower=1 / 8, upper=1 / 3).eval()(x)", None, None),
        references=(
            Reference(
                "B. Xu, N. Wang, T. Chen, M. Li",
                "Empirical evaluation of rectified activations in convolutional network",
                2015,
                "https://arxiv.org/abs/1505.00853",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.45833333,  0.        ,  2.        ])"),
        family="rectifier",
    ),
    Activation(
        name="threshold",
        title="Threshold",
        aliases=("thresholded_linear",),
        summary="the input where it exceeds a threshold, else a fixed value; the defaults "
        "(threshold 1, value 0) are our choice, PyTorch has none.",
        function=threshold,
        derivative=threshold_derivative,
        params=(
            Param("threshold", 1.0, "Threshold t the input must exceed to pass."),
            Param("value", 0.0, "Value v returned for x <= t."),
        ),
        latex=r"\operatorname{Threshold}(x) = \begin{cases} x & x > t \\ v & x \le t \end{cases}",
        derivative_latex=r"\operatorname{Threshold}'(x) = \begin{cases} 1 & x > t \\ 0 & x \le t \end{cases}",
        sympy="Piecewise((x, x > threshold), (value, True))",
        range=IntervalUnion((point(0.0), Interval(1.0, np.inf))),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=True,
            smoothness="discontinuous",
            saturation="left",
            identity_near_zero=False,
        ),
        kinks=lambda threshold, value: (threshold,),
        kink_convention="Threshold jumps at t (unless v = t); the derivative returns 0 "
        "there, as PyTorch's autograd does.",
        frameworks=Frameworks(
            "torch.nn.Threshold(1.0, 0.0)(x)",
            "tf.keras.activations.threshold(x, threshold=1.0, default_value=0.0)",
            None,
        ),
        references=(
            Reference(
                "K. Konda, R. Memisevic, D. Krueger",
                "Zero-bias autoencoders and the benefits of co-adapting features",
                2014,
                "https://arxiv.org/abs/1402.3337",
            ),
        ),
        example=Example("[0.5, 1.0, 2.0]", "array([0., 0., 2.])"),
        family="rectifier",
    ),
    Activation(
        name="elu",
        title="ELU",
        aliases=("exponential_linear_unit",),
        summary="the exponential linear unit: the identity for positive inputs, an "
        "exponential approach to -alpha for negative ones.",
        function=elu,
        derivative=elu_derivative,
        params=(
            Param(
                "alpha",
                1.0,
                "Magnitude of the negative saturation value -alpha.",
                low=0.0,
            ),
        ),
        latex=r"\operatorname{ELU}(x) = \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases}",
        derivative_latex=r"\operatorname{ELU}'(x) = \begin{cases} 1 & x > 0 \\ \alpha\, e^{x} & x \le 0 \end{cases}",
        sympy="Piecewise((x, x > 0), (alpha * (exp(x) - 1), True))",
        range=Interval(-1.0, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=True,
            smoothness="C1",
            saturation="left",
            identity_near_zero=True,
        ),
        kinks=lambda alpha: (0.0,),
        kink_convention="ELU's second derivative jumps at 0, and for alpha other than 1 the "
        "first does too; the derivative returns alpha there (the x <= 0 branch), as "
        "PyTorch's autograd does.",
        frameworks=Frameworks("torch.nn.ELU", "tf.nn.elu", "jax.nn.elu"),
        references=(CLEVERT_2015,),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.86466472,  0.        ,  2.        ])"),
        family="rectifier",
    ),
    Activation(
        name="celu",
        title="CELU",
        aliases=("continuously_differentiable_elu",),
        summary="ELU with the exponent scaled by 1/alpha, so that the slope at 0 is 1 "
        "for every alpha.",
        function=celu,
        derivative=celu_derivative,
        params=(
            Param(
                "alpha",
                1.0,
                "Magnitude of the negative saturation value -alpha.",
                low=0.0,
                low_open=True,
            ),
        ),
        latex=r"\operatorname{CELU}(x) = \begin{cases} x & x > 0 \\ \alpha\,\bigl(e^{x/\alpha} - 1\bigr) & x \le 0 \end{cases}",
        derivative_latex=r"\operatorname{CELU}'(x) = \begin{cases} 1 & x > 0 \\ e^{x/\alpha} & x \le 0 \end{cases}",
        sympy="Piecewise((x, x > 0), (alpha * (exp(x / alpha) - 1), True))",
        range=Interval(-1.0, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=True,
            smoothness="C1",
            saturation="left",
            identity_near_zero=True,
        ),
        kinks=lambda alpha: (0.0,),
        kink_convention="CELU's second derivative jumps at 0 (from 1/alpha to 0); the "
        "derivative is 1 there from both sides.",
        frameworks=Frameworks("torch.nn.CELU", "tf.keras.activations.celu", "jax.nn.celu"),
        references=(
            Reference(
                "J. T. Barron",
                "Continuously differentiable exponential linear units",
                2017,
                "https://arxiv.org/abs/1704.07483",
            ),
        ),
        example=Example(
            "[-2.0, 0.0, 2.0], alpha=2.0", "array([-1.26424112,  0.        ,  2.        ])"
        ),
        family="rectifier",
    ),
    Activation(
        name="selu",
        title="SELU",
        aliases=("scaled_elu",),
        summary="the scaled ELU, with constants chosen so that activations keep zero mean "
        "and unit variance through deep networks.",
        function=selu,
        derivative=selu_derivative,
        latex=r"\operatorname{SELU}(x) = \lambda \begin{cases} x & x > 0 \\ \alpha\,(e^{x} - 1) & x \le 0 \end{cases}, \quad \lambda \approx 1.0507,\ \alpha \approx 1.6733",
        derivative_latex=r"\operatorname{SELU}'(x) = \lambda \begin{cases} 1 & x > 0 \\ \alpha\, e^{x} & x \le 0 \end{cases}",
        sympy="1.0507009873554804934193349852946 * Piecewise((x, x > 0), "
        "(1.6732632423543772848170429916717 * (exp(x) - 1), True))",
        range=Interval(-SELU_SCALE * SELU_ALPHA, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C0",
            saturation="left",
            identity_near_zero=False,
        ),
        kinks=lambda: (0.0,),
        kink_convention="SELU is not differentiable at 0 (slope lambda alpha on the left, "
        "lambda on the right); the derivative returns lambda alpha there, as PyTorch's "
        "autograd does.",
        frameworks=Frameworks("torch.nn.SELU", "tf.nn.selu", "jax.nn.selu"),
        references=(
            Reference(
                "G. Klambauer, T. Unterthiner, A. Mayr, S. Hochreiter",
                "Self-normalizing neural networks",
                2017,
                "https://arxiv.org/abs/1706.02515",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-1.52016647,  0.        ,  2.10140197])"),
        family="rectifier",
    ),
    Activation(
        name="isrlu",
        title="ISRLU",
        aliases=("inverse_square_root_linear_unit",),
        summary="the inverse square root linear unit: the identity for positive inputs, "
        "x / sqrt(1 + alpha x^2) for negative ones, an ELU-like curve without exponentials.",
        function=isrlu,
        derivative=isrlu_derivative,
        params=(
            Param(
                "alpha",
                1.0,
                "Sets the negative saturation value -1/sqrt(alpha).",
                low=0.0,
                low_open=True,
            ),
        ),
        latex=r"\operatorname{ISRLU}(x) = \begin{cases} x & x \ge 0 \\ \dfrac{x}{\sqrt{1 + \alpha x^{2}}} & x < 0 \end{cases}",
        derivative_latex=r"\operatorname{ISRLU}'(x) = \begin{cases} 1 & x \ge 0 \\ \left(\dfrac{1}{\sqrt{1 + \alpha x^{2}}}\right)^{3} & x < 0 \end{cases}",
        sympy="Piecewise((x, x >= 0), (x / sqrt(1 + alpha * x**2), True))",
        range=Interval(-1.0, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=True,
            smoothness="C2",
            saturation="left",
            identity_near_zero=True,
        ),
        kinks=lambda alpha: (0.0,),
        kink_convention="ISRLU is twice continuously differentiable at 0 (only the third "
        "derivative jumps); the derivative is 1 there from both sides.",
        frameworks=Frameworks(None, None, None),
        references=(CARLILE_2017,),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.89442719,  0.        ,  2.        ])"),
        family="rectifier",
    ),
]
