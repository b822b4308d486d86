"""The rectifier family: ReLU's relatives, linear for positive inputs.

Capped (ReLU6), learned or randomised negative slopes (PReLU, RReLU), a shifted gate
(Threshold), and the exponential and inverse-square-root units (ELU, CELU, SELU, ISRLU)
that bend smoothly towards a negative floor instead of cutting to 0.
"""

from __future__ import annotations

import math
from inspect import cleandoc

import numpy as np

from activations.catalog.classic import (
    NAIR_2010,
    leaky_relu,
    leaky_relu_derivative,
    relu_derivative,
)
from activations.catalog.sigmoidal import (
    BLONDEL_2020,
    HOWARD_2019,
    MARTINS_2016,
    SANDLER_2018,
    hardtanh_derivative,
    isru,
    isru_derivative,
)
from activations.registry import (
    Activation,
    Example,
    Exercise,
    FloatArray,
    Frameworks,
    Interval,
    IntervalUnion,
    Param,
    Properties,
    Reference,
    Step,
    point,
)

CLEVERT_2015 = Reference(
    "D.-A. Clevert, T. Unterthiner, S. Hochreiter",
    "Fast and accurate deep network learning by exponential linear units (ELUs)",
    2015,
    "https://arxiv.org/abs/1511.07289",
)
XU_2015 = Reference(
    "B. Xu, N. Wang, T. Chen, M. Li",
    "Empirical evaluation of rectified activations in convolutional network",
    2015,
    "https://arxiv.org/abs/1505.00853",
)
KONDA_2014 = Reference(
    "K. Konda, R. Memisevic, D. Krueger",
    "Zero-bias autoencoders and the benefits of co-adapting features",
    2014,
    "https://arxiv.org/abs/1402.3337",
)
CARLILE_2017 = Reference(
    "B. Carlile, G. Delamarter, P. Kinney, A. Marti, B. Whitney",
    "Improving deep learning by inverse square root linear units (ISRLUs)",
    2017,
    "https://arxiv.org/abs/1710.09967",
)
SINGH_2020 = Reference(
    "S. Singh, S. Krishnan",
    "Filter response normalization layer: eliminating batch dependence in the training of "
    "deep neural networks",
    2020,
    "https://arxiv.org/abs/1911.09737",
)
GAO_2020 = Reference(
    "X. Gao, F. Ramezanghorbani, O. Isayev, J. S. Smith, A. E. Roitberg",
    "TorchANI: a free and open source PyTorch-based deep learning implementation of the ANI "
    "neural network potentials",
    2020,
    "https://doi.org/10.1021/acs.jcim.0c00451",
)

# SELU's constants, to the digits PyTorch uses (Klambauer et al. derive them in closed form).
SELU_SCALE = 1.0507009873554804934193349852946
SELU_ALPHA = 1.6732632423543772848170429916717

SO_2021 = Reference(
    "D. R. So, W. Mańke, H. Liu, Z. Dai, N. Shazeer, Q. V. Le",
    "Primer: searching for efficient Transformers for language modeling",
    2021,
    "https://arxiv.org/abs/2109.08668",
)
PARMAR_2024 = Reference(
    "J. Parmar et al.",
    "Nemotron-4 15B technical report",
    2024,
    "https://arxiv.org/abs/2402.16819",
)
YU_2022 = Reference(
    "W. Yu, C. Si, P. Zhou, M. Luo, Y. Zhou, J. Feng, S. Yan, X. Wang",
    "MetaFormer baselines for vision",
    2022,
    "https://arxiv.org/abs/2210.13452",
)

# StarReLU's defaults: for z ~ N(0, 1), max(z, 0)^2 has mean 1/2 and standard deviation
# sqrt(5)/2, and s max(z, 0)^2 + b with these is standardised (Yu et al. round them to
# 0.8944 and -0.4472).
STAR_RELU_SCALE = 2.0 / math.sqrt(5.0)
STAR_RELU_BIAS = -1.0 / math.sqrt(5.0)


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


def squared_relu(x: FloatArray) -> FloatArray:
    # max(x, 0)^2; np.maximum keeps NaN. The square exceeds the largest float16 from
    # x = 256 on, and is then +inf in float16 (the public function rounds to it).
    out = np.maximum(x, 0.0)
    return np.square(out, out=out)


def squared_relu_derivative(x: FloatArray) -> FloatArray:
    # 2 max(x, 0): 0 for x <= 0, and 0 at the origin from both sides.
    out = np.maximum(x, 0.0)
    out *= 2.0
    return out


def star_relu(x: FloatArray, scale: float, bias: float) -> FloatArray:
    # scale * max(x, 0)^2 + bias, multiplied as (r * scale) * r: r * scale can overflow
    # only where the product does. With scale = 0 the function is the constant bias, at
    # +inf too, where 0 * inf would be NaN.
    if scale == 0.0:
        out = np.full_like(x, bias)
        np.copyto(out, x, where=np.isnan(x))
        return out
    r = np.maximum(x, 0.0)
    out = r * scale
    out *= r
    out += bias
    return out


def star_relu_derivative(x: FloatArray, scale: float, bias: float) -> FloatArray:
    # 2 scale max(x, 0): 0 for x <= 0, from both sides at the origin; with scale = 0, 0.
    if scale == 0.0:
        out = np.zeros_like(x)
        np.copyto(out, x, where=np.isnan(x))
        return out
    out = np.maximum(x, 0.0)
    out *= scale
    out *= 2.0
    return out


def sparse_plus(x: FloatArray) -> FloatArray:
    # (x + 1)^2 / 4 with x first clipped to [-1, 1]: 0 up to -1 (the parabola's vertex),
    # 1 at 1; from 1 on, x itself. NaN stays NaN (np.clip keeps it; NaN >= 1 is False).
    out = np.clip(x, -1.0, 1.0)
    out += 1.0
    np.square(out, out=out)
    out *= 0.25
    np.copyto(out, x, where=x >= 1.0)
    return out


def sparse_plus_derivative(x: FloatArray) -> FloatArray:
    # (x + 1) / 2 with x first clipped to [-1, 1]: 0 up to -1, 1 from 1 on, continuous at
    # both joins, where the value is the same from both sides.
    out = np.clip(x, -1.0, 1.0)
    out += 1.0
    out *= 0.5
    return out


ENTRIES = [
    Activation(
        name="relu6",
        title="ReLU6",
        aliases=("relu_6",),
        summary="ReLU6 is ReLU capped at $6$: it clips the input to $[0, 6]$, a bounded "
        "rectifier that suits low-precision arithmetic.",
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
        kink_convention="ReLU6 is not differentiable at $x = 0$ and $x = 6$; the derivative "
        "returns $0$ at both, as PyTorch's autograd does.",
        frameworks=Frameworks("torch.nn.ReLU6", "tf.nn.relu6", "jax.nn.relu6"),
        references=(
            Reference(
                "A. Krizhevsky",
                "Convolutional deep belief networks on CIFAR-10",
                2010,
                "https://www.cs.toronto.edu/~kriz/conv-cifar10-aug2010.pdf",
            ),
            NAIR_2010,
            SANDLER_2018,
            Reference(
                "A. G. Howard, M. Zhu, B. Chen, D. Kalenichenko, W. Wang, T. Weyand, "
                "M. Andreetto, H. Adam",
                "MobileNets: efficient convolutional neural networks for mobile vision "
                "applications",
                2017,
                "https://arxiv.org/abs/1704.04861",
            ),
            HOWARD_2019,
        ),
        example=Example("[-2.0, 3.0, 8.0]", "array([0., 3., 6.])"),
        family="rectifier",
        origin=r"Alex Krizhevsky capped the rectified linear unit at $6$ in a 2010 report on "
        r"training convolutional deep belief networks on CIFAR-10, writing it as "
        r"$\min(\max(x, 0), 6)$. He reported that the cap made the model learn sparse "
        "features earlier, and read it through Nair and Hinton's view of a ReLU as the sum "
        "of infinitely many copies of a binary unit with shifted biases: ReLU6 keeps only "
        "six of them. He called such units, capped at $n$, ReLU-$n$ units.",
        uses=r"MobileNetV2 (Sandler et al. 2018) uses ReLU6 after its expansion and depthwise "
        "convolutions, citing its robustness in low-precision computation, and the reference "
        "TensorFlow implementation of MobileNetV1 (Howard et al. 2017) already used it; both "
        "were designed for mobile devices. MobileNetV3 (Howard et al. 2019) builds its "
        r"hard-swish from it, $x\,\operatorname{ReLU6}(x+3)/6$.",
        strengths=(
            "Its output lies in $[0, 6]$, so a fixed-point or 8-bit format can cover the whole "
            "range at a known resolution; ReLU's unbounded output gives no such guarantee.",
            "It is as cheap as ReLU: two comparisons, no exponential.",
            "Between $0$ and $6$ its slope is $1$, so gradients there pass unchanged, as in ReLU.",
        ),
        weaknesses=(
            "Inputs $x > 6$ get zero gradient as well as inputs $x < 0$, so a unit can stop "
            "learning on either side.",
            "The cap $6$ is a fixed constant, not matched to the scale of a layer's inputs.",
            "Like ReLU it is not zero-centred and has kinks; MobileNetV3 switched its deeper "
            "layers to hard-swish, a cheap version of the smooth Swish, for higher accuracy.",
        ),
    ),
    Activation(
        name="prelu",
        title="PReLU",
        aliases=("parametric_relu",),
        summary="PReLU, the parametric ReLU, is a leaky ReLU whose negative slope is learned "
        "with the other weights.",
        function=prelu,
        derivative=prelu_derivative,
        params=(
            Param(
                "weight",
                0.25,
                r"Slope $a$ for $x \le 0$, a learned parameter (PyTorch starts it at $0.25$ and "
                "does not constrain it).",
                symbol="a",
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
        kink_convention="PReLU is not differentiable at $x = 0$; the derivative returns the "
        "slope $a$ there, as PyTorch's autograd does.",
        frameworks=Frameworks(
            "torch.nn.PReLU(init=0.25)(x)",
            "tf.keras.layers.PReLU(alpha_initializer=tf.keras.initializers.Constant(0.25), "
            "shared_axes=[1])(x)  # one slope for (batch, features) inputs, as PyTorch's",
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
            Reference(
                "A. Paszke, A. Chaurasia, S. Kim, E. Culurciello",
                "ENet: a deep neural network architecture for real-time semantic segmentation",
                2016,
                "https://arxiv.org/abs/1606.02147",
            ),
            Reference(
                "C. Ledig et al.",
                "Photo-realistic single image super-resolution using a generative adversarial "
                "network",
                2017,
                "https://arxiv.org/abs/1609.04802",
            ),
            XU_2015,
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.5,  0. ,  2. ])"),
        family="rectifier",
        origin="He, Zhang, Ren and Sun introduced PReLU in 2015, in the paper that also derived "
        "the initialisation for rectifier networks now named after He. Leaky ReLU's negative "
        "slope was a fixed, hand-picked constant; PReLU makes it a parameter $a$ learned by "
        "backpropagation, one per channel or one shared by a layer, at almost no extra cost. "
        "With it their ImageNet model reached 4.94% top-5 error, which they reported as the "
        "first result to surpass human-level performance (5.1%) on that benchmark.",
        uses="The PReLU networks of He et al. (2015) for ImageNet classification; ENet, for "
        "real-time semantic segmentation (Paszke et al. 2016), puts it between its "
        "convolutions, and the generator of SRGAN (Ledig et al. 2017) uses it in its residual "
        "blocks. Most recent architectures choose ReLU, GELU or SiLU instead.",
        strengths=(
            "The network chooses its own negative slope, per channel if wanted, instead of "
            "Leaky ReLU's hand-picked $a = 0.01$.",
            "Negative inputs keep a non-zero gradient unless $a$ is learned to be $0$, so units "
            "do not die as ReLU units can.",
            "It adds at most one parameter per channel and costs the same as Leaky ReLU to "
            "evaluate.",
        ),
        weaknesses=(
            "The learned slopes can overfit on small data sets: Xu et al. (2015) found PReLU "
            "worse there than RReLU's random slope.",
            "Weight decay pulls $a$ towards $0$, turning PReLU back into ReLU; He et al. "
            "therefore did not apply weight decay to $a$.",
            "Since $a$ is unconstrained, training can make it negative, and the function is "
            "then no longer monotonic.",
            r"It still has a kink at $x = 0$, unlike smooth alternatives such as ELU with "
            r"$\alpha = 1$ or GELU.",
        ),
    ),
    Activation(
        name="rrelu",
        title="RReLU",
        aliases=("randomized_relu", "randomised_relu"),
        summary="This entry is RReLU in evaluation mode: the randomised leaky ReLU draws its "
        "negative slope uniformly from $[l, u]$ in training and fixes it at the mean "
        "$(l+u)/2$ for evaluation.",
        function=rrelu,
        derivative=rrelu_derivative,
        params=(
            Param(
                "lower",
                0.125,
                "Lower end $l$ of the training-time slope range.",
                low=0.0,
                high=1.0,
                high_open=True,
                symbol="l",
            ),
            Param(
                "upper",
                1.0 / 3.0,
                "Upper end $u$ of the training-time slope range.",
                low=0.0,
                high=1.0,
                high_open=True,
                symbol="u",
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
        kink_convention="RReLU is not differentiable at $x = 0$; the derivative returns the "
        "slope $(l+u)/2$ there, as PyTorch's autograd does in evaluation mode.",
        frameworks=Frameworks("torch.nn.RReLU(lower=1 / 8, upper=1 / 3).eval()(x)", None, None),
        references=(XU_2015,),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.45833333,  0.        ,  2.        ])"),
        family="rectifier",
        origin="Xu, Wang, Chen and Li described the randomised leaky ReLU in 2015, in an "
        "empirical comparison of ReLU, Leaky ReLU, PReLU and RReLU for image classification; "
        "they credit its first use to Kaggle's National Data Science Bowl competition. During "
        "training every negative input gets its own slope, drawn from a uniform "
        "distribution, and this noise acts as a regulariser; at test time the slope is fixed "
        "at its mean, much as dropout is replaced by its average effect at test time. Their "
        "main finding was that a non-zero negative slope consistently helped, evidence "
        "against the belief that ReLU works because of its sparsity.",
        uses="Rare in practice. Xu et al. used it on CIFAR-10, CIFAR-100 and the National Data "
        "Science Bowl data, reaching 75.68% accuracy on CIFAR-100 without multiple tests or "
        "ensembles; PyTorch ships it as `torch.nn.RReLU`, while core TensorFlow and JAX have "
        "no built-in version.",
        strengths=(
            "The random slope is a regulariser built into the activation: on small data sets "
            "Xu et al. found it beat both a fixed slope (Leaky ReLU) and a learned one (PReLU), "
            "which overfitted.",
            "As with Leaky ReLU, negative inputs never have zero gradient, so units cannot die.",
            "At test time it is a plain leaky ReLU, just as cheap.",
        ),
        weaknesses=(
            "Training and evaluation compute different functions, as with dropout: forgetting "
            "`model.eval()` gives noisy predictions.",
            "Drawing a random number for every negative input costs time in training and makes "
            "runs depend on the random seed.",
            "The evidence for it is a single 2015 study on small image benchmarks, and later "
            "architectures did not adopt it.",
            "Implementations differ: the paper divides negative inputs by a number drawn from "
            "$[3, 8]$, PyTorch multiplies them by a slope drawn from $[1/8, 1/3]$, so the "
            r"test-time slopes differ ($1/5.5 \approx 0.18$ against about $0.23$).",
        ),
    ),
    Activation(
        name="threshold",
        title="Threshold",
        aliases=("thresholded_linear",),
        summary="Threshold passes the input where it exceeds a threshold $t$ and returns a fixed "
        "value $v$ elsewhere; the defaults $t = 1$ and $v = 0$ are our choice, as PyTorch has "
        "none.",
        function=threshold,
        derivative=threshold_derivative,
        params=(
            Param("threshold", 1.0, "Threshold $t$ the input must exceed to pass.", symbol="t"),
            Param("value", 0.0, r"Value $v$ returned for $x \le t$.", symbol="v"),
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
        kink_convention="Threshold jumps at $x = t$ (unless $v = t$); the derivative returns $0$ "
        "there, as PyTorch's autograd does.",
        frameworks=Frameworks(
            "torch.nn.Threshold(1.0, 0.0)(x)",
            "tf.keras.activations.threshold(x, threshold=1.0, default_value=0.0)"
            "  # Keras >= 3.8 (TensorFlow >= 2.16); not in Keras 2",
            None,
        ),
        references=(KONDA_2014, SINGH_2020),
        example=Example("[0.5, 1.0, 2.0]", "array([0., 0., 2.])"),
        family="rectifier",
        origin="PyTorch's `Threshold` comes from the Lua Torch library, where ReLU itself was "
        "defined as `Threshold(0, 0)`: a general gate, with no paper of its own. The case "
        "$v = 0$, $t > 0$ is the thresholded rectifier that Konda, Memisevic and Krueger "
        "proposed in 2014 for zero-bias autoencoders. They showed that regularised "
        "autoencoders learn large negative hidden biases because one bias must both select "
        "which units are active and shift their values, and that this hampers learning data "
        "of high intrinsic dimension; a fixed threshold takes over the selection, so the "
        "units need no bias and, once active, pass their input through unchanged. The same "
        r"paper also has a symmetric variant, the thresholded linear unit, which passes $x$ "
        r"whenever $\lvert x\rvert > t$; this entry is the one-sided, rectified version.",
        uses="Rare as a hidden activation in modern networks. Konda et al. (2014) used the "
        "thresholded rectifier as the hidden units of their zero-bias autoencoders. The case "
        "$v = 0$ became a standard operator under the name ThresholdedReLU: Keras 2's "
        "`ThresholdedReLU` layer, which cites Konda et al., ONNX's `ThresholdedRelu` operator "
        "and PaddlePaddle's `paddle.nn.ThresholdedReLU` all default to the threshold $t = 1$, "
        "as this entry does. The continuous case $v = t$ with a learned threshold is the TLU, "
        r"$\max(x, \tau)$, that Singh and Krishnan (2020) put after their Filter Response "
        "Normalization in place of ReLU, in ResNet and Inception image classifiers and COCO "
        "object detectors.",
        strengths=(
            r"Inputs $x \le t$ are set exactly to $v$, so with $v = 0$ the activations are "
            "sparse without the large negative biases a ReLU layer needs for the same "
            "sparsity.",
            "Above the threshold it is the identity, with gradient $1$, so active units pass "
            "input and gradient unchanged, as in ReLU.",
            "It costs one comparison, like ReLU.",
        ),
        weaknesses=(
            r"For $v \ne t$ it is discontinuous at $t$: the output jumps by "
            r"$\lvert t - v\rvert$, and no gradient tells the network about the jump.",
            "Inputs at or below $t$ get zero gradient, so units that stay there stop learning; "
            "with $t > 0$ this dead zone is wider than ReLU's.",
            "The threshold is a fixed hyperparameter, not learned, and there is no standard "
            "default: PyTorch requires both values.",
        ),
        derivation=(
            Step(
                r"Write both branches with one indicator. Let $H(s) = 1$ for $s > 0$ and "
                r"$H(s) = 0$ for $s \le 0$ (the Heaviside step, its value at $0$ chosen to "
                r"match the strict inequality $x > t$ of the definition). For $x > t$ the "
                r"right-hand side below is $v + (x - v) = x$, and for $x \le t$ it is $v$, so "
                "it is the function itself:",
                r"\operatorname{Threshold}(x) = v + (x - v)\,H(x - t)",
            ),
            Step(
                r"Differentiate away from $t$ with the product rule. On either side of $t$ the "
                r"factor $H(x - t)$ is constant, $1$ on the right and $0$ on the left, so its "
                r"derivative is $0$ there and only the term in which $x - v$ is differentiated "
                "survives:",
                r"\frac{d}{dx}\operatorname{Threshold}(x) = 1 \cdot H(x - t) + (x - v) \cdot 0 = \begin{cases} 1 & x > t \\ 0 & x < t \end{cases}",
            ),
            Step(
                r"At $x = t$ go back to the definition of the derivative, with "
                r"$\operatorname{Threshold}(t) = v$. From the left the difference quotient is "
                r"$(v - v)/h = 0$ for every $h < 0$, so the left derivative is $0$. From the "
                r"right, with $h > 0$, the function is on its identity branch:",
                r"\lim_{h \to 0^{+}} \frac{\operatorname{Threshold}(t + h) - \operatorname{Threshold}(t)}{h} = \lim_{h \to 0^{+}} \frac{t + h - v}{h} = \lim_{h \to 0^{+}} \left(1 + \frac{t - v}{h}\right)",
            ),
            Step(
                r"Read off the cases. For $v \ne t$ the term $(t - v)/h$ runs off to "
                r"$\pm\infty$: the function jumps by $t - v$ and has no derivative at $t$. For "
                r"$v = t$ the right derivative is $1$ and the left one $0$: a corner, as in "
                r"ReLU. Either way $t$ has no derivative, and the registry returns $0$ there, "
                r"the value of the $x \le t$ branch, as PyTorch's autograd does. What that "
                "convention leaves out shows in the derivative in the sense of distributions: "
                r"the derivative of $H$ is the Dirac delta $\delta$, and "
                r"$(x - v)\,\delta(x - t) = (t - v)\,\delta(x - t)$ because $\delta(x - t)$ "
                r"only sees the value at $x = t$. The jump becomes a spike of weight $t - v$ "
                "that no gradient step ever sees:",
                r"\operatorname{Threshold}'(x) = H(x - t) + (t - v)\,\delta(x - t)",
            ),
        ),
        exercises=(
            Exercise(
                r"With the defaults $t = 1$ and $v = 0$, compute $\operatorname{Threshold}(x)$ "
                r"and $\operatorname{Threshold}'(x)$ at $x = 0.5$, $x = 1$ and $x = 1.5$. Then "
                r"keep $t = 1$ but set $v = -1$: what is $\operatorname{Threshold}(0.5)$, and "
                r"how big is the jump at $t$?",
                cleandoc(
                    r"""
                    The input must exceed $t$ strictly to pass. At $x = 0.5$ and at $x = 1$ it
                    does not, so the output is $v = 0$ and the derivative $0$; at $x = 1$ the
                    function jumps, and the registry returns the left branch's slope, $0$. At
                    $x = 1.5 > 1$ the input passes: the output is $1.5$ and the slope $1$.

                    With $v = -1$ the gated inputs go to $-1$ instead, so
                    $\operatorname{Threshold}(0.5) = -1$. Just above $t$ the output is close to
                    $t = 1$, so the jump is $t - v = 2$, twice the default's.
                    <!-- answer: threshold(0.5) = 0 -->
                    <!-- answer: threshold(1.0) = 0 -->
                    <!-- answer: threshold.derivative(1.0) = 0 -->
                    <!-- answer: threshold(1.5) = 1.5 -->
                    <!-- answer: threshold.derivative(1.5) = 1 -->
                    <!-- answer: threshold(0.5, value=-1.0) = -1 -->
                    <!-- answer: threshold(1.0 + 1e-12, value=-1.0) - threshold(1.0, value=-1.0) = 2 -->
                    """
                ),
            ),
            Exercise(
                r"Show that for $v = t$ the function is continuous and equals "
                r"$\max(x, t) = t + \operatorname{ReLU}(x - t)$, so that $t = v = 0$ gives ReLU. "
                r"The TLU of Filter Response Normalization is $\max(x, \tau)$ with a learned "
                r"$\tau$: find $\partial \max(x, \tau) / \partial \tau$, and evaluate "
                r"$\max(3, 2)$ and $\max(1, 2)$ with the package's Threshold.",
                cleandoc(
                    r"""
                    **The identity.** For $x > t$ the function gives $x$, and so does
                    $\max(x, t)$, $x$ being the larger; for $x \le t$ the function gives
                    $v = t$, and $\max(x, t) = t$. Taking $t$ out,
                    $\max(x, t) = t + \max(x - t, 0) = t + \operatorname{ReLU}(x - t)$: a ReLU
                    moved right by $t$ and up by $t$, whose two pieces meet at $(t, t)$, so
                    there is no jump. With $t = v = 0$ it is $\operatorname{ReLU}(x)$, which is
                    how Lua Torch defined its ReLU.

                    **The gradient for the threshold.** Differentiate
                    $\tau + \operatorname{ReLU}(x - \tau)$ with respect to $\tau$; the chain rule
                    gives the inner derivative $-1$:

                    $$
                    \frac{\partial \max(x, \tau)}{\partial \tau} = 1 - \operatorname{ReLU}'(x - \tau) = \begin{cases} 0 & x > \tau \\ 1 & x < \tau \end{cases}
                    $$

                    Over a batch with incoming gradients $\delta_i$, the threshold receives
                    $\partial L / \partial \tau = \sum_i \delta_i \, [x_i < \tau]$: only the
                    inputs it cut off move it. With $\tau = 2$: $\max(3, 2) = 3$, the input
                    passes; $\max(1, 2) = 2$, the output is the threshold itself.
                    <!-- answer: threshold(3.0, threshold=2.0, value=2.0) = 3 -->
                    <!-- answer: threshold(1.0, threshold=2.0, value=2.0) = 2 -->
                    """
                ),
            ),
            Exercise(
                r"Let $Z$ be a standard normal input, with $t = 1$ and $v = 0$. What fraction "
                r"of the outputs is exactly $0$? Show that "
                r"$\mathbb{E}[\operatorname{Threshold}(Z)] = \varphi(1)$, where $\varphi$ is "
                r"the standard normal density, and find "
                r"$\mathbb{E}[\operatorname{Threshold}(Z)^2]$. For ReLU the three numbers are "
                r"$\tfrac12$, $\varphi(0) \approx 0.3989$ and $\tfrac12$.",
                cleandoc(
                    r"""
                    **Sparsity.** The output is $0$ exactly when $Z \le 1$, which has
                    probability $\Phi(1) \approx 0.8413$: about 84% of the outputs are zero,
                    against half for ReLU.

                    **Mean.** Only $z > 1$ contributes. The density satisfies
                    $\varphi'(z) = -z\,\varphi(z)$, so $-\varphi$ is an antiderivative of
                    $z\,\varphi(z)$:

                    $$
                    \mathbb{E}[\operatorname{Threshold}(Z)] = \int_{1}^{\infty} z\,\varphi(z)\,dz = \bigl[-\varphi(z)\bigr]_{1}^{\infty} = \varphi(1) = \frac{e^{-1/2}}{\sqrt{2\pi}} \approx 0.2420
                    $$

                    **Second moment.** Integrate $z \cdot z\,\varphi(z)$ by parts,
                    differentiating $z$ and integrating $z\,\varphi(z)$ to $-\varphi(z)$:

                    $$
                    \int_{1}^{\infty} z^{2}\varphi(z)\,dz = \bigl[-z\,\varphi(z)\bigr]_{1}^{\infty} + \int_{1}^{\infty} \varphi(z)\,dz = \varphi(1) + 1 - \Phi(1) \approx 0.4006
                    $$

                    The threshold makes the layer far sparser than ReLU and weakens the signal:
                    the second moment is $0.80$ of ReLU's $\tfrac12$, so weights scaled for ReLU
                    would let the activations shrink from layer to layer.
                    <!-- answer: 1 - np.trapezoid(threshold.derivative(np.linspace(-12, 12, 2400001)) * np.exp(-np.linspace(-12, 12, 2400001)**2 / 2), np.linspace(-12, 12, 2400001)) / math.sqrt(2 * math.pi) = 0.8413 -->
                    <!-- answer: np.trapezoid(threshold(np.linspace(-12, 12, 240001)) * np.exp(-np.linspace(-12, 12, 240001)**2 / 2), np.linspace(-12, 12, 240001)) / math.sqrt(2 * math.pi) = 0.2420 -->
                    <!-- answer: np.trapezoid(threshold(np.linspace(-12, 12, 240001))**2 * np.exp(-np.linspace(-12, 12, 240001)**2 / 2), np.linspace(-12, 12, 240001)) / math.sqrt(2 * math.pi) = 0.4006 -->
                    <!-- answer: np.trapezoid(threshold(np.linspace(-12, 12, 240001))**2 * np.exp(-np.linspace(-12, 12, 240001)**2 / 2), np.linspace(-12, 12, 240001)) / math.sqrt(2 * math.pi) / 0.5 = 0.80 -->
                    """
                ),
            ),
            Exercise(
                r"A gradient check compares autograd's derivative with the central difference "
                r"$\bigl(f(x + h) - f(x - h)\bigr)/(2h)$. With the defaults, compute it at "
                r"$x = 1$ for $h = 0.01$ and for $h = 0.001$, and compare with what autograd "
                r"reports at $x = 0.99$ and $x = 1.01$. What does a unit sitting at $z = 0.99$ "
                "learn from its gradient?",
                cleandoc(
                    r"""
                    The point $1 + h$ passes and $1 - h$ does not, so

                    $$
                    \frac{\operatorname{Threshold}(1 + h) - \operatorname{Threshold}(1 - h)}{2h} = \frac{(1 + h) - 0}{2h} = \frac{1}{2h} + \frac{1}{2}
                    $$

                    which is $50.5$ for $h = 0.01$ and $500.5$ for $h = 0.001$. It grows
                    without bound as $h \to 0$, the mark of a jump; at a corner it would settle
                    on the mean of the two slopes instead. Autograd reports $0$ at $0.99$ and
                    $1$ at $1.01$, and neither number knows about the jump. A unit at
                    $z = 0.99$ outputs $0$ and gets a zero gradient, although moving $z$ up by
                    $0.02$ would raise its output by $1.01$: gradient descent cannot see that
                    gain, and the unit only crosses the threshold if other weights happen to
                    push it there.
                    <!-- answer: (threshold(1.01) - threshold(0.99)) / 0.02 = 50.5 -->
                    <!-- answer: (threshold(1.001) - threshold(0.999)) / 0.002 = 500.5 -->
                    <!-- answer: threshold.derivative(0.99) = 0 -->
                    <!-- answer: threshold.derivative(1.01) = 1 -->
                    <!-- answer: threshold(1.01) - threshold(0.99) = 1.01 -->
                    """
                ),
            ),
        ),
    ),
    Activation(
        name="elu",
        title="ELU",
        aliases=("exponential_linear_unit",),
        summary="The exponential linear unit is the identity for positive inputs and "
        r"approaches $-\alpha$ exponentially for negative ones.",
        function=elu,
        derivative=elu_derivative,
        params=(
            Param(
                "alpha",
                1.0,
                r"Magnitude of the negative saturation value $-\alpha$.",
                low=0.0,
                symbol=r"\alpha",
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
        kink_convention=r"ELU's second derivative jumps at $x = 0$, and for $\alpha \ne 1$ the "
        r"first does too; the derivative returns $\alpha$ there (the $x \le 0$ branch), as "
        "PyTorch's autograd does.",
        frameworks=Frameworks("torch.nn.ELU", "tf.nn.elu", "jax.nn.elu"),
        references=(
            CLEVERT_2015,
            Reference(
                "P. Veličković, G. Cucurull, A. Casanova, A. Romero, P. Liò, Y. Bengio",
                "Graph attention networks",
                2018,
                "https://arxiv.org/abs/1710.10903",
            ),
            Reference(
                "T. Salimans, A. Karpathy, X. Chen, D. P. Kingma",
                "PixelCNN++: improving the PixelCNN with discretized logistic mixture "
                "likelihood and other modifications",
                2017,
                "https://arxiv.org/abs/1701.05517",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.86466472,  0.        ,  2.        ])"),
        family="rectifier",
        origin="Clevert, Unterthiner and Hochreiter introduced the ELU in 2015 to push the mean "
        "activation of a layer towards zero, as batch normalisation does, but inside the "
        "nonlinearity itself: ReLU's outputs are never negative, so their mean is positive, "
        "and this bias shift slows learning in the next layer. The negative branch "
        r"$\alpha(e^{x}-1)$ saturates at $-\alpha$, so a strongly negative input gives a "
        "small, bounded signal, a noise-robust off state that Leaky ReLU and PReLU, whose "
        "negative sides grow without bound, do not have.",
        uses="Clevert et al. found it trained faster and generalised better than ReLU and "
        "Leaky ReLU in networks of more than five layers, and their ELU networks gave the "
        "best published CIFAR-100 result at the time without multi-view evaluation or model "
        "averaging. Graph attention networks (GAT, Veličković et al. 2018) apply ELU to the "
        "attention heads of their hidden layer, and PixelCNN++ (Salimans et al. 2017) uses a "
        "concatenated ELU in its residual blocks.",
        strengths=(
            "Negative outputs pull the mean activation towards $0$, which Clevert et al. found "
            "sped up learning compared with ReLU.",
            r"Negative inputs keep a non-zero gradient $\alpha e^{x}$, so units do not die as "
            "ReLU units can.",
            r"With $\alpha = 1$ it is continuously differentiable ($C^1$), with no kink at "
            "$x = 0$.",
            r"Its saturation at $-\alpha$ makes the off state insensitive to how negative the "
            "input is, unlike Leaky ReLU's unbounded negative side.",
        ),
        weaknesses=(
            "The exponential costs more than ReLU's single comparison, which matters on CPUs "
            "and small devices.",
            r"Far below $0$ the gradient $\alpha e^{x}$ vanishes, so strongly negative units "
            "learn slowly.",
            r"For $\alpha \ne 1$ its slope jumps at $x = 0$ from $\alpha$ to $1$; CELU "
            "reparametrises it to remove the jump.",
        ),
    ),
    Activation(
        name="celu",
        title="CELU",
        aliases=("continuously_differentiable_elu",),
        summary=r"CELU is ELU with the exponent scaled by $1/\alpha$, so that the slope at "
        r"$x = 0$ is $1$ for every $\alpha$.",
        function=celu,
        derivative=celu_derivative,
        params=(
            Param(
                "alpha",
                1.0,
                r"Magnitude of the negative saturation value $-\alpha$.",
                low=0.0,
                low_open=True,
                symbol=r"\alpha",
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
        kink_convention=r"CELU's second derivative jumps at $x = 0$ (from $1/\alpha$ to $0$); the "
        "derivative is $1$ there from both sides.",
        frameworks=Frameworks(
            "torch.nn.CELU",
            "tf.keras.activations.celu(x)  # Keras >= 3.7 (TensorFlow >= 2.16); not in Keras 2",
            "jax.nn.celu",
        ),
        references=(
            Reference(
                "J. T. Barron",
                "Continuously differentiable exponential linear units",
                2017,
                "https://arxiv.org/abs/1704.07483",
            ),
            GAO_2020,
        ),
        example=Example(
            "[-2.0, 0.0, 2.0], alpha=2.0", "array([-1.26424112,  0.        ,  2.        ])"
        ),
        family="rectifier",
        origin="Jonathan T. Barron proposed CELU in 2017, in a short note on ELU's "
        r"parametrisation: for $\alpha \ne 1$ the ELU's slope jumps at $x = 0$ from $\alpha$ "
        r"to $1$, so it is not continuously differentiable. Dividing the exponent by $\alpha$, "
        r"giving $\alpha(e^{x/\alpha} - 1)$ for $x \le 0$, makes the slope at $x = 0$ equal to "
        r"$1$ from both sides for every $\alpha$. Barron pointed out further properties: ReLU "
        r"($\alpha \to 0^{+}$) and the identity ($\alpha \to \infty$) are limiting cases, and "
        r"the function is scale-similar, "
        r"$\operatorname{CELU}(x; \alpha) = \alpha\,\operatorname{CELU}(x/\alpha; 1)$.",
        uses="The ANI neural-network potentials, which predict the energy of a molecule from "
        "the environments of its atoms, use it: TorchANI (Gao et al. 2020), their PyTorch "
        "implementation, builds the atomic networks of the ANI-1x, ANI-1ccx and ANI-2x models "
        r"with `torch.nn.CELU(0.1)`, that is $\alpha = 0.1$. The forces on the atoms are the "
        "negative gradient of that energy, so they contain the activation's derivative, which "
        "for CELU is continuous. Elsewhere it is uncommon, though PyTorch "
        "(`torch.nn.CELU`), JAX (`jax.nn.celu`) and Keras all provide it; it is the ELU to "
        r"choose when $\alpha$ is tuned, because changing $\alpha$ then leaves the slope at "
        r"$x = 0$ equal to $1$.",
        strengths=(
            r"It is $C^1$ for every $\alpha$, where ELU is only for $\alpha = 1$.",
            r"Tuning $\alpha$ changes only the negative floor $-\alpha$ and how fast it is "
            "reached, not the behaviour at $x = 0$.",
            r"With $\alpha = 1$ it equals ELU, so it keeps ELU's negative outputs, which pull "
            "the mean towards $0$, and its non-zero gradient for negative inputs.",
        ),
        weaknesses=(
            "Each negative input costs a division and an exponential, more than ReLU or Leaky "
            "ReLU.",
            r"Like ELU it saturates: far below $0$ the gradient $e^{x/\alpha}$ vanishes.",
            r"Its second derivative still jumps at $x = 0$, from $1/\alpha$ to $0$, where GELU "
            "and SiLU are smooth.",
            "There is little published evidence that it trains better than ELU; its case is a "
            "cleaner parametrisation.",
        ),
        derivation=(
            Step(
                r"For $x > 0$ the function is the line $y = x$, with derivative $1$. For "
                r"$x < 0$ apply the chain rule to $\alpha(e^{u} - 1)$ with inner function "
                r"$u = x/\alpha$, whose derivative is $1/\alpha$:",
                r"\frac{d}{dx}\,\alpha\bigl(e^{x/\alpha} - 1\bigr) = \alpha\, e^{x/\alpha} \cdot \frac{1}{\alpha} = e^{x/\alpha}",
            ),
            Step(
                r"The factor $\alpha$ in front cancels the $1/\alpha$ from the chain rule, and "
                r"that is the whole point of the design. Compare the limits of the slope as "
                r"$x \to 0^{-}$: ELU's branch $\alpha(e^{x} - 1)$ has slope $\alpha e^{x}$, "
                r"which tends to $\alpha$, not to the right-hand slope $1$; CELU's tends to "
                "$1$:",
                r"\lim_{x \to 0^{-}} \frac{d}{dx}\,\alpha\bigl(e^{x} - 1\bigr) = \alpha, \qquad \lim_{x \to 0^{-}} \frac{d}{dx}\,\alpha\bigl(e^{x/\alpha} - 1\bigr) = e^{0} = 1",
            ),
            Step(
                r"At $x = 0$ itself, use the definition of the derivative, with "
                r"$\operatorname{CELU}(0) = 0$. From the left, substitute $s = h/\alpha$; the "
                r"limit of $(e^{s} - 1)/s$ is the derivative of $e^{s}$ at $0$, which is $1$. "
                r"From the right the quotient is $h/h = 1$. The two agree, so CELU is "
                r"differentiable at $0$ with $\operatorname{CELU}'(0) = 1$, which is what the "
                r"$x \le 0$ branch $e^{x/\alpha}$ gives there:",
                r"\lim_{h \to 0^{-}} \frac{\alpha\bigl(e^{h/\alpha} - 1\bigr)}{h} = \lim_{s \to 0^{-}} \frac{e^{s} - 1}{s} = 1 = \lim_{h \to 0^{+}} \frac{h}{h}",
            ),
            Step(
                r"Differentiate once more, with the chain rule again on $x < 0$. The second "
                r"derivative tends to $1/\alpha$ from the left and is $0$ on the right, so "
                r"CELU is $C^1$ but not $C^2$: this jump is the kink the registry records at "
                "$x = 0$.",
                r"\operatorname{CELU}''(x) = \begin{cases} 0 & x > 0 \\ \dfrac{1}{\alpha}\, e^{x/\alpha} & x < 0 \end{cases}",
            ),
        ),
        exercises=(
            Exercise(
                r"With $\alpha = 2$, compute $\operatorname{CELU}(-2)$ and "
                r"$\operatorname{CELU}'(-2)$, then ELU's value and slope at the same point with "
                r"the same $\alpha$. What are ELU's one-sided slopes at $x = 0$ for "
                r"$\alpha = 2$, and CELU's?",
                cleandoc(
                    r"""
                    **CELU.** Here $x/\alpha = -1$, so
                    $\operatorname{CELU}(-2) = 2(e^{-1} - 1) \approx -1.2642$ and
                    $\operatorname{CELU}'(-2) = e^{-1} \approx 0.3679$.

                    **ELU.** $\operatorname{ELU}(-2) = 2(e^{-2} - 1) \approx -1.7293$ and
                    $\operatorname{ELU}'(-2) = 2e^{-2} \approx 0.2707$. Both functions have the
                    floor $-2$, but ELU gets closer to it sooner, because its exponent is not
                    stretched by $\alpha$.

                    **At $x = 0$.** ELU's slope is $\alpha e^{0} = 2$ from the left (the value
                    the registry returns at $0$) and $1$ from the right, a jump of $1$. CELU's
                    is $e^{0} = 1$ from both sides.
                    <!-- answer: celu(-2.0, alpha=2.0) = -1.2642 -->
                    <!-- answer: celu.derivative(-2.0, alpha=2.0) = 0.3679 -->
                    <!-- answer: elu(-2.0, alpha=2.0) = -1.7293 -->
                    <!-- answer: elu.derivative(-2.0, alpha=2.0) = 0.2707 -->
                    <!-- answer: elu.derivative(0.0, alpha=2.0) = 2 -->
                    <!-- answer: elu.derivative(1e-9, alpha=2.0) = 1 -->
                    <!-- answer: celu.derivative(0.0, alpha=2.0) = 1 -->
                    """
                ),
            ),
            Exercise(
                r"Prove the scale similarity "
                r"$\operatorname{CELU}(x; \alpha) = \alpha\,\operatorname{CELU}(x/\alpha; 1)$ "
                r"and deduce $\operatorname{CELU}'(x; \alpha) = \operatorname{CELU}'(x/\alpha; 1)$. "
                r"Then show that for a fixed $x < 0$ CELU tends to $0$ (ReLU) as "
                r"$\alpha \to 0^{+}$ and to $x$ (the identity) as $\alpha \to \infty$; check "
                r"with $x = -1$ and $\alpha = 0.01$, $10$ and $100$.",
                cleandoc(
                    r"""
                    **Scale similarity.** For $x > 0$ also $x/\alpha > 0$, and
                    $\alpha \cdot (x/\alpha) = x$. For $x \le 0$,
                    $\alpha\,\operatorname{CELU}(x/\alpha; 1) = \alpha\,(e^{x/\alpha} - 1)$,
                    the definition. Differentiating both sides, with the chain rule giving the
                    inner derivative $1/\alpha$:

                    $$
                    \operatorname{CELU}'(x; \alpha) = \alpha \cdot \frac{1}{\alpha}\,\operatorname{CELU}'\!\left(\frac{x}{\alpha}; 1\right) = \operatorname{CELU}'\!\left(\frac{x}{\alpha}; 1\right)
                    $$

                    Changing $\alpha$ stretches the graph by the same factor in both
                    directions, and the graph of the derivative only sideways.

                    **$\alpha \to 0^{+}$.** Then $x/\alpha \to -\infty$, so
                    $e^{x/\alpha} \to 0$ and $\alpha(e^{x/\alpha} - 1) \to 0$. At
                    $\alpha = 0.01$: $\operatorname{CELU}(-1) = 0.01(e^{-100} - 1) \approx -0.0100$.

                    **$\alpha \to \infty$.** Expand the exponential, $e^{s} = 1 + s + s^{2}/2 + \dots$,
                    with $s = x/\alpha \to 0$:

                    $$
                    \alpha\bigl(e^{x/\alpha} - 1\bigr) = x + \frac{x^{2}}{2\alpha} + O\!\left(\frac{1}{\alpha^{2}}\right) \longrightarrow x
                    $$

                    At $\alpha = 10$ the value is $-0.9516$, and at $\alpha = 100$ it is
                    $-0.9950$, where the first two terms give $-1 + 1/200 = -0.995$.
                    <!-- answer: celu(-1.0, alpha=0.01) = -0.0100 -->
                    <!-- answer: celu(-1.0, alpha=10.0) = -0.9516 -->
                    <!-- answer: celu(-1.0, alpha=100.0) = -0.9950 -->
                    """
                ),
            ),
            Exercise(
                r"(a) Where does CELU reach $95\%$ of its floor, that is "
                r"$\operatorname{CELU}(x) = -0.95\,\alpha$? Solve for $\alpha = 2$, and find "
                r"the slope there for any $\alpha$. (b) The ANI potentials use "
                r"$\alpha = 0.1$: compute $\operatorname{CELU}(-0.5)$ and "
                r"$\operatorname{CELU}'(-0.5)$, and explain why a continuous derivative "
                "matters when the forces on atoms are the negative gradient of a network's "
                "energy with respect to their positions.",
                cleandoc(
                    r"""
                    **(a)** Solve $\alpha(e^{x/\alpha} - 1) = -0.95\,\alpha$: dividing by
                    $\alpha$ gives $e^{x/\alpha} = 0.05$, so

                    $$
                    x = \alpha \ln 0.05 \approx -2.996\,\alpha
                    $$

                    which is $-5.991$ for $\alpha = 2$. The slope there is $e^{x/\alpha} = 0.05$
                    whatever $\alpha$ is: $\alpha$ sets the width of the bend, in proportion.
                    ELU with the same $\alpha$ reaches $95\%$ of its floor $-\alpha$ at
                    $x = \ln 0.05 \approx -2.996$ for every $\alpha$, because its $\alpha$
                    stretches the curve only vertically.

                    **(b)** With $\alpha = 0.1$,
                    $\operatorname{CELU}(-0.5) = 0.1(e^{-5} - 1) \approx -0.0993$ and
                    $\operatorname{CELU}'(-0.5) = e^{-5} \approx 0.0067$: five bend-widths out,
                    the unit is nearly at its floor $-0.1$ and nearly flat, so the function is
                    close to ReLU while staying $C^1$. A force is $-\partial E / \partial \mathbf{r}$,
                    and by the chain rule it contains the derivative of every unit on the way.
                    With ReLU that derivative jumps from $0$ to $1$ where a unit switches on, so
                    the forces would jump as the atoms move; with CELU they change
                    continuously. The second derivative, which enters the rate of change of the
                    forces, still jumps at $0$, by $1/\alpha = 10$.
                    <!-- answer: root(lambda x: celu(x, alpha=2.0) + 1.9, -10, -1) = -5.991 -->
                    <!-- answer: celu.derivative(2.0 * math.log(0.05), alpha=2.0) = 0.05 -->
                    <!-- answer: root(lambda x: elu(x, alpha=2.0) + 1.9, -10, -1) = -2.996 -->
                    <!-- answer: celu(-0.5, alpha=0.1) = -0.0993 -->
                    <!-- answer: celu.derivative(-0.5, alpha=0.1) = 0.0067 -->
                    <!-- answer: (celu.derivative(-1e-9, alpha=0.1) - celu.derivative(-2e-9, alpha=0.1)) / 1e-9 = 10 -->
                    """
                ),
            ),
        ),
    ),
    Activation(
        name="selu",
        title="SELU",
        aliases=("scaled_elu",),
        summary="SELU is a scaled ELU whose constants are chosen so that activations keep zero "
        "mean and unit variance through deep fully-connected networks.",
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
        kink_convention=r"SELU is not differentiable at $x = 0$ (slope $\lambda\alpha$ on the "
        r"left, $\lambda$ on the right); the derivative returns $\lambda\alpha$ there, as "
        "PyTorch's autograd does.",
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
        origin="Klambauer, Unterthiner, Mayr and Hochreiter introduced SELU in 2017 with "
        "self-normalising neural networks, to make deep plain feed-forward networks work: "
        "unlike CNNs and RNNs, the feed-forward networks that did well were shallow. They "
        r"chose ELU's constants, $\lambda \approx 1.0507$ and $\alpha \approx 1.6733$, so that "
        "the map from one layer's activation mean and variance to the next layer's has an "
        "attracting fixed point at zero mean and unit variance, which they proved with the "
        "Banach fixed-point theorem. They also proved bounds on the variance that rule out "
        "vanishing and exploding gradients.",
        uses="Self-normalising fully-connected networks, for which it was designed: Klambauer "
        "et al. tested them on 121 UCI data sets, the Tox21 drug-discovery benchmark and the "
        "HTRU2 pulsar data set, where they beat the other feed-forward networks they "
        "compared. Outside deep MLPs it is uncommon: convolutional networks and Transformers "
        "rely on normalisation layers instead.",
        strengths=(
            "Under its assumptions it keeps activations normalised layer after layer without "
            "batch normalisation, so deep plain MLPs train.",
            "The effect is proved, not only observed: under those assumptions the variance "
            "bounds rule out vanishing and exploding gradients.",
            "It keeps ELU's advantages over ReLU: negative outputs, a non-zero gradient for "
            r"negative inputs, and a floor at $-\lambda\alpha \approx -1.758$.",
        ),
        weaknesses=(
            "The guarantee needs weights initialised with mean $0$ and variance $1/n$ (LeCun "
            "normal), standardised inputs and fully-connected layers; ordinary dropout breaks "
            "it, so the paper introduced a variant that keeps it (`torch.nn.AlphaDropout`).",
            "Residual connections and attention change the statistics the proof relies on, so "
            "in ResNets and Transformers it has no guarantee and is seldom used.",
            r"Its slope jumps at $x = 0$ from $\lambda\alpha \approx 1.758$ to "
            r"$\lambda \approx 1.051$, so unlike ELU with $\alpha = 1$ it is not $C^1$.",
            "The exponential makes it slower than ReLU.",
        ),
    ),
    Activation(
        name="isrlu",
        title="ISRLU",
        aliases=("inverse_square_root_linear_unit",),
        summary="The inverse square root linear unit is the identity for positive inputs and "
        r"$x/\sqrt{1 + \alpha x^2}$ for negative ones, an ELU-like curve without "
        "exponentials.",
        function=isrlu,
        derivative=isrlu_derivative,
        params=(
            Param(
                "alpha",
                1.0,
                r"Sets the negative saturation value $-1/\sqrt{\alpha}$.",
                low=0.0,
                low_open=True,
                symbol=r"\alpha",
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
        kink_convention="ISRLU is twice continuously differentiable at $x = 0$ (only the third "
        "derivative jumps); the derivative is $1$ there from both sides.",
        frameworks=Frameworks(None, None, None),
        references=(CARLILE_2017,),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.89442719,  0.        ,  2.        ])"),
        family="rectifier",
        origin="Carlile, Delamarter, Kinney, Marti and Whitney introduced ISRLU in 2017 as a "
        r"faster stand-in for ELU. Its negative branch $x/\sqrt{1 + \alpha x^2}$ has ELU's "
        "useful shape: it is negative, which pulls mean activations towards $0$, and it "
        r"saturates, at $-1/\sqrt{\alpha}$, which gives a noise-robust off state. Where it "
        "differs is cost: an inverse square root is cheaper to compute than an exponential on "
        "ordinary CPUs, and the authors argued that the advantage carries over to hardware "
        r"designs. The same paper proposed ISRU, $x/\sqrt{1 + \alpha x^2}$ on the whole line, "
        r"as a function shaped like $\tanh$ for recurrent networks.",
        uses="Rare in practice: none of PyTorch, TensorFlow or JAX provides it, and no widely "
        "used architecture adopts it. Carlile et al. tested it in convolutional networks in "
        "TensorFlow, where it learned faster and generalised better than ReLU.",
        strengths=(
            "It has ELU's shape (the identity above $0$, a bounded negative floor, a non-zero "
            "gradient below $0$) without an exponential.",
            "It is smoother than ELU at $x = 0$: twice continuously differentiable ($C^2$) for "
            r"every $\alpha$, where ELU with $\alpha = 1$ is only $C^1$.",
            r"Its gradient $(1 + \alpha x^2)^{-3/2}$ decays only polynomially for negative "
            "inputs, more slowly than ELU's $e^{x}$.",
        ),
        weaknesses=(
            "No major framework ships it, so using it means writing and testing your own kernel.",
            "It still saturates: far below $0$ its gradient tends to $0$, as ELU's does.",
            "The evidence for it comes mainly from the original paper's experiments.",
        ),
        derivation=(
            Step(
                r"For $x \ge 0$ the function is the identity, with derivative $1$. For $x < 0$ "
                r"write the branch as the product $x \cdot (1 + \alpha x^{2})^{-1/2}$ and apply "
                r"the product rule, differentiating the second factor by the chain rule (outer "
                r"function $u^{-1/2}$, inner $u = 1 + \alpha x^{2}$ with $du/dx = 2\alpha x$):",
                r"\frac{d}{dx}\,\frac{x}{\sqrt{1 + \alpha x^{2}}} = (1 + \alpha x^{2})^{-1/2} + x \cdot \Bigl(-\frac{1}{2}\Bigr)(1 + \alpha x^{2})^{-3/2} \cdot 2\alpha x",
            ),
            Step(
                r"Take out the common factor $(1 + \alpha x^{2})^{-3/2}$, writing the first "
                r"term as $(1 + \alpha x^{2}) \cdot (1 + \alpha x^{2})^{-3/2}$; the "
                r"$\alpha x^{2}$ terms cancel and only $1$ is left in the bracket:",
                r"= (1 + \alpha x^{2})^{-3/2}\,\bigl[(1 + \alpha x^{2}) - \alpha x^{2}\bigr] = \frac{1}{(1 + \alpha x^{2})^{3/2}}",
            ),
            Step(
                r"The same slope from the output alone. For $x < 0$ let "
                r"$y = \operatorname{ISRLU}(x)$; squaring gives "
                r"$y^{2} = x^{2}/(1 + \alpha x^{2})$, so $1 - \alpha y^{2}$ is the reciprocal "
                r"of $1 + \alpha x^{2}$, and the slope is its power $3/2$. A backward pass that "
                r"kept $y$ from the forward pass needs nothing else:",
                r"1 - \alpha y^{2} = 1 - \frac{\alpha x^{2}}{1 + \alpha x^{2}} = \frac{1}{1 + \alpha x^{2}} \quad\Longrightarrow\quad \operatorname{ISRLU}'(x) = \bigl(1 - \alpha y^{2}\bigr)^{3/2} \quad (x < 0)",
            ),
            Step(
                r"Smoothness at $0$. The slope tends to $1$ as $x \to 0^{-}$, matching the "
                r"right side, so ISRLU is $C^1$. Differentiating $(1 + \alpha x^{2})^{-3/2}$ "
                r"by the chain rule gives the second derivative, which tends to $0$, again "
                r"matching the right side, so ISRLU is $C^2$. One more differentiation (product "
                r"rule) gives $-3\alpha(1 + \alpha x^{2})^{-5/2} + 15\alpha^{2}x^{2}(1 + \alpha x^{2})^{-7/2}$, "
                r"which tends to $-3\alpha$, while the right side's third derivative is $0$: "
                "the first jump is in the third derivative.",
                r"\operatorname{ISRLU}''(x) = -\frac{3\alpha x}{(1 + \alpha x^{2})^{5/2}} \quad (x < 0), \qquad \lim_{x \to 0^{-}} \operatorname{ISRLU}''(x) = 0, \qquad \lim_{x \to 0^{-}} \operatorname{ISRLU}'''(x) = -3\alpha",
            ),
        ),
        exercises=(
            Exercise(
                r"With $\alpha = 1$, compute $\operatorname{ISRLU}(-2)$ and "
                r"$\operatorname{ISRLU}'(-2)$, and check the derivative with the output-only "
                r"form $\bigl(1 - \alpha y^{2}\bigr)^{3/2}$. Compare with ELU at $x = -2$.",
                cleandoc(
                    r"""
                    Here $1 + \alpha x^{2} = 5$, so
                    $\operatorname{ISRLU}(-2) = -2/\sqrt{5} \approx -0.8944$ and
                    $\operatorname{ISRLU}'(-2) = 5^{-3/2} \approx 0.0894$. From the output:
                    $y^{2} = 4/5$, so $1 - y^{2} = 1/5$, and $(1/5)^{3/2}$ is the same
                    $0.0894$. ELU gives $e^{-2} - 1 \approx -0.8647$ with slope
                    $e^{-2} \approx 0.1353$: at $x = -2$, ISRLU is a little lower and flatter.
                    <!-- answer: isrlu(-2.0) = -0.8944 -->
                    <!-- answer: isrlu.derivative(-2.0) = 0.0894 -->
                    <!-- answer: (1 - isrlu(-2.0)**2)**1.5 = 0.0894 -->
                    <!-- answer: elu(-2.0) = -0.8647 -->
                    <!-- answer: elu.derivative(-2.0) = 0.1353 -->
                    """
                ),
            ),
            Exercise(
                r"Show that $\operatorname{ISRLU}(x) \to -1/\sqrt{\alpha}$ as "
                r"$x \to -\infty$, and that for large $\lvert x\rvert$ the derivative behaves "
                r"like $\alpha^{-3/2}\lvert x\rvert^{-3}$. Evaluate the floor for $\alpha = 3$, "
                r"and compare $\operatorname{ISRLU}'(-10)$ with $\operatorname{ELU}'(-10)$ for "
                r"$\alpha = 1$.",
                cleandoc(
                    r"""
                    For $x < 0$, $\lvert x\rvert = \sqrt{x^{2}}$; divide numerator and
                    denominator by $\lvert x\rvert$:

                    $$
                    \frac{x}{\sqrt{1 + \alpha x^{2}}} = \frac{-1}{\sqrt{1/x^{2} + \alpha}} \longrightarrow -\frac{1}{\sqrt{\alpha}} \qquad (x \to -\infty)
                    $$

                    which is $-0.5774$ for $\alpha = 3$. For the derivative, factor
                    $1 + \alpha x^{2} = \alpha x^{2}\bigl(1 + 1/(\alpha x^{2})\bigr)$:

                    $$
                    \operatorname{ISRLU}'(x) = \bigl(\alpha x^{2}\bigr)^{-3/2}\Bigl(1 + \frac{1}{\alpha x^{2}}\Bigr)^{-3/2} \approx \alpha^{-3/2}\lvert x\rvert^{-3}
                    $$

                    At $x = -10$ with $\alpha = 1$: $101^{-3/2} \approx 0.000985$ (the
                    approximation gives $0.001$), while
                    $\operatorname{ELU}'(-10) = e^{-10} \approx 0.0000454$, about $22$ times
                    smaller. The polynomial tail keeps a weak gradient flowing to strongly
                    negative units long after ELU's has died away.
                    <!-- answer: isrlu(-1e8, alpha=3.0) = -0.5774 -->
                    <!-- answer: isrlu.derivative(-10.0) = 0.000985 -->
                    <!-- answer: 10.0**-3 = 0.001 -->
                    <!-- answer: elu.derivative(-10.0) = 0.0000454 -->
                    <!-- answer: isrlu.derivative(-10.0) / elu.derivative(-10.0) = 22 -->
                    """
                ),
            ),
            Exercise(
                r"Expand ISRLU and ELU, both with $\alpha = 1$, to their first non-linear term "
                r"as $x \to 0^{-}$: which stays closer to the identity for small negative "
                r"inputs? Check at $x = -0.1$, $-1$ and $-5$: which is nearer its floor $-1$ "
                "far out?",
                cleandoc(
                    r"""
                    With the binomial series $(1 + u)^{-1/2} = 1 - u/2 + \dots$ for
                    $u = \alpha x^{2}$, and the exponential series for ELU:

                    $$
                    \operatorname{ISRLU}(x) = x - \frac{\alpha}{2}x^{3} + O(x^{5}), \qquad \operatorname{ELU}(x) = x + \frac{x^{2}}{2} + O(x^{3})
                    $$

                    ISRLU leaves the identity only at third order, ELU already at second: ISRLU
                    bends later, which is also why it is $C^2$ at $0$. At $x = -0.1$ the values
                    are $-0.0995$ against $-0.0952$; at $x = -1$, $-0.7071$ against $-0.6321$;
                    at $x = -5$, $-0.9806$ against $-0.9933$. Near $0$ ISRLU is closer to the
                    identity; far out ELU is closer to the floor, because its gap to $-1$
                    shrinks exponentially and ISRLU's only like $1/(2x^{2})$, the same slow tail
                    that kept ISRLU's gradient alive in the previous exercise.
                    <!-- answer: isrlu(-0.1) = -0.0995 -->
                    <!-- answer: elu(-0.1) = -0.0952 -->
                    <!-- answer: isrlu(-1.0) = -0.7071 -->
                    <!-- answer: elu(-1.0) = -0.6321 -->
                    <!-- answer: isrlu(-5.0) = -0.9806 -->
                    <!-- answer: elu(-5.0) = -0.9933 -->
                    """
                ),
            ),
        ),
    ),
    Activation(
        name="squared_relu",
        title="Squared ReLU",
        aliases=("relu_squared", "relu2"),
        summary=r"Squared ReLU, $\max(x, 0)^2$, is $0$ for negative inputs and a parabola for "
        "positive ones; an evolutionary search for efficient Transformers, Primer, found it "
        "for the feed-forward block.",
        function=squared_relu,
        derivative=squared_relu_derivative,
        latex=r"\operatorname{ReLU}(x)^{2} = \max(x, 0)^{2} = \begin{cases} x^{2} & x > 0 \\ 0 & x \le 0 \end{cases}",
        derivative_latex=r"\frac{d}{dx}\operatorname{ReLU}(x)^{2} = 2\max(x, 0) = \begin{cases} 2x & x > 0 \\ 0 & x \le 0 \end{cases}",
        sympy="Piecewise((x**2, x > 0), (0, True))",
        range=Interval(0.0, np.inf, low_closed=True),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=True,
            smoothness="C1",
            saturation="left",
            identity_near_zero=False,
        ),
        kinks=lambda: (0.0,),
        kink_convention=r"Squared ReLU is continuously differentiable; its second derivative "
        r"jumps at $x = 0$ (from $0$ to $2$), and the derivative is $0$ there from both sides.",
        frameworks=Frameworks(None, None, None),
        references=(
            SO_2021,
            PARMAR_2024,
            YU_2022,
            Reference(
                "D. Krotov, J. J. Hopfield",
                "Dense associative memory for pattern recognition",
                2016,
                "https://arxiv.org/abs/1606.01164",
            ),
        ),
        example=Example("[-2.0, 0.5, 3.0]", "array([0.  , 0.25, 9.  ])"),
        family="rectifier",
        origin="So, Mańke, Liu, Dai, Shazeer and Le found squared ReLU in 2021 with Primer, an "
        "evolutionary search for cheaper Transformer language models. Instead of choosing "
        "among whole layers, the search mutated the TensorFlow programs that define the model, "
        "down to single operations, and kept the programs that reached a lower validation "
        "loss for the same training compute. Two of the changes it found carried most of the "
        "gain: squaring the ReLU in the feed-forward block, and a depthwise convolution after "
        "each query, key and value projection in self-attention. The authors noted that "
        r"squared ReLU is ReGLU, $\max(xU, 0) \odot xV$, with the gate's and the value's "
        r"weights tied ($U = V$): it keeps some of the gated variants' benefit with one weight "
        "matrix fewer.",
        uses="Primer itself: dropped into the T5 codebase, its changes cut the training cost of "
        "a 500M-parameter language model on C4 by a factor of four (So et al. 2021). NVIDIA's "
        "Nemotron-4 15B (Parmar et al. 2024) uses squared ReLU in its MLP layers, and StarReLU "
        "(Yu et al. 2022) rescales and shifts it for vision MetaFormers. PyTorch, TensorFlow "
        "and JAX have no built-in; `torch.relu(x) ** 2` is the whole implementation.",
        strengths=(
            r"Its derivative $2\max(x, 0)$ is continuous, so unlike ReLU it has no corner at "
            r"$0$ ($C^1$), while it keeps ReLU's exact zeros for negative inputs.",
            "It costs a comparison and a multiplication, much less than GELU's error function "
            "or SiLU's exponential, and it has no parameters.",
            "With the gate's and the value's weights tied it is ReGLU, so a feed-forward block "
            "gets a gated product without a third weight matrix.",
        ),
        weaknesses=(
            r"It grows quadratically: large pre-activations give large outputs and gradients "
            r"$2x$, and in float16 the square overflows to infinity once $x$ passes about "
            r"$256$, so it relies on normalisation and careful scaling.",
            r"Negative inputs get zero gradient, as in ReLU, and just above $0$ the gradient "
            r"$2x$ is small too, so units can die and small positive inputs learn slowly.",
            "The evidence for it comes from Transformer language models; elsewhere it has "
            "little track record, and no major framework ships it.",
        ),
        derivation=(
            Step(
                r"Away from $0$, differentiate each piece: $x^{2}$ gives $2x$ by the power "
                r"rule, the constant $0$ gives $0$. Written with ReLU the chain rule says the "
                r"same: the outer $u^{2}$ contributes $2u$, the inner $\max(x, 0)$ its slope, "
                r"$1$ or $0$:",
                r"\frac{d}{dx}\max(x, 0)^{2} = 2\max(x, 0) \cdot \frac{d}{dx}\max(x, 0) = \begin{cases} 2x \cdot 1 & x > 0 \\ 0 \cdot 0 & x < 0 \end{cases}",
            ),
            Step(
                r"At $x = 0$ the chain rule does not apply, since ReLU has no derivative there; "
                r"go back to the difference quotient, with $f(0) = 0$. From the right it is "
                r"$h^{2}/h = h$, from the left $0/h = 0$, and both tend to $0$: squared ReLU is "
                "differentiable at the origin, where ReLU is not.",
                r"\lim_{h \to 0^{+}} \frac{h^{2} - 0}{h} = \lim_{h \to 0^{+}} h = 0 = \lim_{h \to 0^{-}} \frac{0 - 0}{h}",
            ),
            Step(
                r"So the derivative is $2\max(x, 0)$ everywhere, twice ReLU: continuous, and "
                r"squared ReLU is $C^1$. Differentiating once more gives twice ReLU's step, "
                r"which jumps from $0$ to $2$ at the origin, so the function is not $C^2$; the "
                "origin is the kink the registry records.",
                r"f'(x) = 2\operatorname{ReLU}(x), \qquad f''(x) = 2\operatorname{ReLU}'(x) = \begin{cases} 2 & x > 0 \\ 0 & x < 0 \end{cases}",
            ),
            Step(
                r"From the output alone: $y = f(x)$ is $x^{2}$ or $0$, so $\sqrt{y}$ is "
                r"$\max(x, 0)$, and a backward pass that kept $y$ needs nothing else:",
                r"f'(x) = 2\sqrt{f(x)}",
            ),
        ),
        exercises=(
            Exercise(
                r"Compute squared ReLU and its derivative at $x = -1$, $0.5$ and $3$. For which "
                r"inputs is it below ReLU, and for which is its slope below ReLU's slope $1$?",
                cleandoc(
                    r"""
                    At $x = -1$ both are $0$. At $x = 0.5$ the value is $0.25$ and the slope
                    $2 \cdot 0.5 = 1$; at $x = 3$ the value is $9$ and the slope $6$.

                    For $0 < x < 1$, $x^{2} < x$: squared ReLU shrinks small positive
                    activations and stretches large ones, a soft form of keeping only the
                    strongest. Its slope $2x$ is below $1$ for $0 < x < 0.5$ and above from
                    then on, so small positive inputs learn more slowly than with ReLU and
                    large ones faster.
                    <!-- answer: squared_relu(-1.0) = 0 -->
                    <!-- answer: squared_relu(0.5) = 0.25 -->
                    <!-- answer: squared_relu.derivative(0.5) = 1 -->
                    <!-- answer: squared_relu(3.0) = 9 -->
                    <!-- answer: squared_relu.derivative(3.0) = 6 -->
                    """
                ),
            ),
            Exercise(
                r"ReGLU multiplies a value $a$ by the ReLU of a gate $b$. Show that with "
                r"$a = b = u$ it is squared ReLU of $u$, and check at $u = 1.5$ and $u = -2$. "
                r"Then count weights: a feed-forward block with model width $512$ and hidden "
                r"width $2048$ has two weight matrices with squared ReLU; how many weights is "
                "that, and what hidden width gives ReGLU, with three matrices, the same count?",
                cleandoc(
                    r"""
                    For $u > 0$, $u \cdot \max(u, 0) = u^{2}$; for $u \le 0$ the ReLU is $0$
                    and so is the product. That is $\max(u, 0)^{2}$ in both cases. At
                    $u = 1.5$ both give $2.25$; at $u = -2$ both give $0$. In a block, tying
                    the gate's and the value's weights ($U = V$) turns ReGLU into squared ReLU
                    applied to $xU$.

                    Squared ReLU's block has $2 \cdot 512 \cdot 2048$ weights, about
                    $2.10$ million. ReGLU has three matrices of $512 \times h$, so the same
                    count needs $3h = 2 \cdot 2048$, $h \approx 1365$: two thirds of the width,
                    the rule gated feed-forward blocks follow to compare at equal size.
                    <!-- answer: 1.5 * relu(1.5) = 2.25 -->
                    <!-- answer: squared_relu(1.5) = 2.25 -->
                    <!-- answer: squared_relu(-2.0) = 0 -->
                    <!-- answer: 2 * 512 * 2048 / 1e6 = 2.10 -->
                    <!-- answer: 2 * 2048 / 3 = 1365 -->
                    """
                ),
            ),
            Exercise(
                r"In float16 the largest finite number is $65504$. Which inputs give squared "
                r"ReLU a finite result, what is squared ReLU of $255$ in float16, and what does "
                "this package return beyond? Why is the derivative safe much further out?",
                cleandoc(
                    r"""
                    Between $32768$ and $65536$ float16's numbers are $32$ apart, so a square
                    below $65520$, half a step above $65504$, still rounds down to a finite
                    number: the result is finite up to $x = \sqrt{65520} \approx 255.97$. The
                    square of $255$ is $65025$, which rounds to $65024$. Beyond that the true
                    square is out of float16's range, and the package returns $+\infty$, as
                    IEEE rounding does, without a warning.

                    The derivative $2x$ only reaches $65504$ at $x = 32752$, far beyond: the
                    forward pass overflows long before the backward pass does, which is why
                    mixed-precision training keeps such activations in a wider type or
                    normalises the input first.
                    <!-- answer: math.sqrt(65520) = 255.97 -->
                    <!-- answer: squared_relu(np.float16(255.0)) = 65024 -->
                    <!-- answer: 65504 / 2 = 32752 -->
                    """
                ),
            ),
        ),
    ),
    Activation(
        name="star_relu",
        title="StarReLU",
        aliases=("starrelu",),
        summary=r"StarReLU, $s\max(x, 0)^2 + b$, is squared ReLU with a learned scale and bias; "
        r"its defaults $s = 2/\sqrt{5}$ and $b = -1/\sqrt{5}$ give outputs of mean $0$ and "
        "variance $1$ for standard normal inputs.",
        function=star_relu,
        derivative=star_relu_derivative,
        params=(
            Param(
                "scale",
                STAR_RELU_SCALE,
                r"Scale $s$ of the squared ReLU, learned with the network; the default "
                r"$2/\sqrt{5} \approx 0.8944$ is Yu et al.'s, the reciprocal of the standard "
                r"deviation of $\max(z, 0)^2$ for $z \sim \mathcal{N}(0, 1)$.",
                symbol="s",
            ),
            Param(
                "bias",
                STAR_RELU_BIAS,
                r"Bias $b$ added to the output, learned too; the default "
                r"$-1/\sqrt{5} \approx -0.4472$ makes the output's mean $0$ for standard "
                "normal inputs.",
                symbol="b",
            ),
        ),
        latex=r"\operatorname{StarReLU}(x) = s\max(x, 0)^{2} + b = \begin{cases} s\,x^{2} + b & x > 0 \\ b & x \le 0 \end{cases}",
        derivative_latex=r"\operatorname{StarReLU}'(x) = 2s\max(x, 0) = \begin{cases} 2s\,x & x > 0 \\ 0 & x \le 0 \end{cases}",
        sympy="Piecewise((scale * x**2 + bias, x > 0), (bias, True))",
        range=Interval(STAR_RELU_BIAS, np.inf, low_closed=True),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=False,
            smoothness="C1",
            saturation="left",
            identity_near_zero=False,
        ),
        kinks=lambda scale, bias: (0.0,),
        kink_convention=r"StarReLU is continuously differentiable; its second derivative jumps "
        r"at $x = 0$ (from $0$ to $2s$), and the derivative is $0$ there from both sides.",
        frameworks=Frameworks(None, None, None),
        references=(YU_2022, SO_2021),
        example=Example("[-1.0, 0.0, 2.0]", "array([-0.4472136 , -0.4472136 ,  3.13049517])"),
        family="rectifier",
        origin="Yu, Si, Zhou, Luo, Zhou, Feng, Yan and Wang introduced StarReLU in 2022, in "
        "MetaFormer Baselines for Vision, a study of image models built from the MetaFormer "
        "block, a Transformer block whose attention may be replaced by any token mixer. They "
        "wanted an activation cheaper than GELU and started from Primer's squared ReLU, but "
        r"observed that for standard normal inputs its output has mean $1/2$ and variance "
        r"$5/4$, so it shifts the distribution of the activations. Subtracting that mean and "
        r"dividing by the standard deviation gives $0.8944\max(x, 0)^2 - 0.4472$; they then "
        r"made the scale $s$ and the bias $b$ scalars learned with the network and shared by "
        "all channels.",
        uses="The MetaFormer baselines of Yu et al. (2022): ConvFormer and CAFormer use it in "
        "their MLP blocks and ConvFormer also in its separable convolutions, and CAFormer set "
        "a record of 85.5% top-1 accuracy on ImageNet-1K at 224 by 224 pixels without extra "
        "data or distillation. The authors report that it needs 71% fewer activation FLOPs "
        "than GELU while performing better. The models are in timm; PyTorch, TensorFlow and "
        "JAX have no StarReLU.",
        strengths=(
            "It keeps squared ReLU's low cost: a comparison, a square, a multiplication and an "
            "addition.",
            r"With the default constants its output has mean $0$ and variance $1$ for standard "
            "normal inputs, so it does not shift the activations as squared ReLU does; the "
            r"learned $s$ and $b$ let each layer adjust.",
            r"Like squared ReLU it is $C^1$, and it is exactly the constant $b$ for negative "
            "inputs.",
        ),
        weaknesses=(
            "The standardisation assumes standard normal inputs, which normalisation layers "
            "only approximate, and it adds two parameters per layer to learn.",
            "It inherits squared ReLU's quadratic growth and the zero gradient for negative "
            r"inputs; the bias $b$ changes neither.",
            "Its evidence comes from one family of vision models, and the official code and "
            r"timm start the learned $s$ and $b$ at $1$ and $0$, squared ReLU, rather than at "
            "the standardising constants used here as defaults.",
        ),
        derivation=(
            Step(
                r"The bias is a constant, with derivative $0$, and the scale is a constant "
                r"factor, which comes out of the derivative. What remains is squared ReLU's "
                r"derivative, $2\max(x, 0)$:",
                r"\frac{d}{dx}\bigl(s\max(x, 0)^{2} + b\bigr) = s\,\frac{d}{dx}\max(x, 0)^{2} + 0 = 2s\max(x, 0)",
            ),
            Step(
                r"At $x = 0$ use the difference quotient, with $f(0) = b$: from the right it is "
                r"$(sh^{2} + b - b)/h = sh$, from the left $(b - b)/h = 0$, and both tend to "
                r"$0$. The slope $2s\max(x, 0)$ is continuous, so StarReLU is $C^1$, and its "
                r"second derivative jumps from $0$ to $2s$:",
                r"\lim_{h \to 0^{+}} \frac{sh^{2} + b - b}{h} = \lim_{h \to 0^{+}} sh = 0, \qquad f''(x) = \begin{cases} 2s & x > 0 \\ 0 & x < 0 \end{cases}",
            ),
            Step(
                r"Where the defaults come from. For $z \sim \mathcal{N}(0, 1)$, "
                r"$\max(z, 0)^{2}$ is $z^{2}$ on the half of the line where $z > 0$ and $0$ on "
                r"the other, and $z$ is symmetric, so its moments are half of those of $z^{2}$, "
                r"with $E[z^{2}] = 1$ and $E[z^{4}] = 3$:",
                r"\begin{aligned} E\bigl[\max(z, 0)^{2}\bigr] &= \tfrac{1}{2}E[z^{2}] = \tfrac{1}{2}, \qquad E\bigl[\max(z, 0)^{4}\bigr] = \tfrac{1}{2}E[z^{4}] = \tfrac{3}{2} \\ \operatorname{Var}\bigl[\max(z, 0)^{2}\bigr] &= \tfrac{3}{2} - \bigl(\tfrac{1}{2}\bigr)^{2} = \tfrac{5}{4} \end{aligned}",
            ),
            Step(
                r"Standardising, subtracting the mean $1/2$ and dividing by the standard "
                r"deviation $\sqrt{5}/2$, gives the defaults $s = 2/\sqrt{5}$ and "
                r"$b = -1/\sqrt{5}$:",
                r"\frac{\max(z, 0)^{2} - \frac{1}{2}}{\sqrt{5}/2} = \frac{2}{\sqrt{5}}\max(z, 0)^{2} - \frac{1}{\sqrt{5}} \approx 0.8944\max(z, 0)^{2} - 0.4472",
            ),
        ),
        exercises=(
            Exercise(
                r"With the defaults, compute StarReLU at $x = -1$, $0$ and $2$, its derivative "
                r"at $2$, and the input where it crosses $0$. Does that crossing depend on "
                r"$s$ and $b$ separately?",
                cleandoc(
                    r"""
                    For $x \le 0$ the output is the bias, $-1/\sqrt{5} \approx -0.4472$, at
                    $x = -1$ and at $x = 0$ alike. At $x = 2$:
                    $0.8944 \cdot 4 - 0.4472 \approx 3.1305$, and the slope is
                    $2 \cdot 0.8944 \cdot 2 \approx 3.5777$.

                    The output is $0$ where $s x^{2} = -b$, at $x = \sqrt{-b/s}$. Only the
                    ratio matters, and with the defaults $-b/s = 1/2$, so the crossing is at
                    $1/\sqrt{2} \approx 0.7071$: the quarter of standard normal inputs above
                    it give positive outputs.
                    <!-- answer: star_relu(-1.0) = -0.4472 -->
                    <!-- answer: star_relu(0.0) = -0.4472 -->
                    <!-- answer: star_relu(2.0) = 3.1305 -->
                    <!-- answer: star_relu.derivative(2.0) = 3.5777 -->
                    <!-- answer: root(lambda x: star_relu(x), 0.1, 2) = 0.7071 -->
                    """
                ),
            ),
            Exercise(
                r"Check numerically that for $z \sim \mathcal{N}(0, 1)$ StarReLU's output has "
                r"mean $0$ and mean square $1$ with the defaults, and find the mean and the "
                r"variance of squared ReLU, where $s = 1$ and $b = 0$, the official code's "
                "starting point.",
                cleandoc(
                    r"""
                    Integrate against the normal density $\varphi$ on a fine grid, here from
                    $-12$ to $12$ in steps of $10^{-4}$:

                    $$
                    \int \operatorname{StarReLU}(z)\,\varphi(z)\,dz \approx 0.0000, \qquad \int \operatorname{StarReLU}(z)^{2}\,\varphi(z)\,dz \approx 1.0000
                    $$

                    With mean $0$ the mean square is the variance, $1$. For squared ReLU the
                    same integrals give the mean $0.5000$ and the mean square $1.5000$, so the
                    variance is $1.5 - 0.25 = 1.25$, the $1/2$ and $5/4$ the derivation found.
                    <!-- answer: np.trapezoid(star_relu(np.linspace(-12, 12, 240001)) * np.exp(-np.linspace(-12, 12, 240001) ** 2 / 2), dx=1e-4) / math.sqrt(2 * math.pi) = 0.0000 -->
                    <!-- answer: np.trapezoid(star_relu(np.linspace(-12, 12, 240001)) ** 2 * np.exp(-np.linspace(-12, 12, 240001) ** 2 / 2), dx=1e-4) / math.sqrt(2 * math.pi) = 1.0000 -->
                    <!-- answer: np.trapezoid(squared_relu(np.linspace(-12, 12, 240001)) * np.exp(-np.linspace(-12, 12, 240001) ** 2 / 2), dx=1e-4) / math.sqrt(2 * math.pi) = 0.5000 -->
                    <!-- answer: np.trapezoid(squared_relu(np.linspace(-12, 12, 240001)) ** 2 * np.exp(-np.linspace(-12, 12, 240001) ** 2 / 2), dx=1e-4) / math.sqrt(2 * math.pi) = 1.5000 -->
                    <!-- answer: 1.5 - 0.25 = 1.25 -->
                    """
                ),
            ),
            Exercise(
                r"In training, $s$ and $b$ get gradients too. Find $\partial f / \partial s$ "
                r"and $\partial f / \partial b$, and, for three inputs $x = -1$, $0.5$, $2$ "
                r"with incoming gradients $\delta = 0.1$, $-0.2$, $0.3$, compute "
                r"$\partial L / \partial b$, $\partial L / \partial s$, and the gradient passed "
                r"back to the input $x = 2$.",
                cleandoc(
                    r"""
                    The function is linear in its parameters:

                    $$
                    \frac{\partial f}{\partial s} = \max(x, 0)^{2}, \qquad \frac{\partial f}{\partial b} = 1
                    $$

                    Shared over the inputs, each parameter collects the sum. The bias gets
                    $0.1 - 0.2 + 0.3 = 0.2$ from all three; the scale only from the positive
                    inputs, weighted by their squares: $-0.2 \cdot 0.25 + 0.3 \cdot 4 = 1.15$.
                    The input $x = 2$ receives $\delta$ times the slope,
                    $0.3 \cdot 3.5777 \approx 1.0733$; the input $x = -1$ receives nothing,
                    although it still moved $b$.
                    <!-- answer: 0.1 - 0.2 + 0.3 = 0.2 -->
                    <!-- answer: -0.2 * squared_relu(0.5) + 0.3 * squared_relu(2.0) = 1.15 -->
                    <!-- answer: 0.3 * star_relu.derivative(2.0) = 1.0733 -->
                    """
                ),
            ),
        ),
    ),
    Activation(
        name="sparse_plus",
        title="Sparse plus",
        aliases=("sparseplus",),
        summary=r"Sparse plus is a piecewise-quadratic twin of softplus: exactly $0$ up to "
        r"$x = -1$, the parabola $(x + 1)^2/4$ between $-1$ and $1$, and the identity from $1$ "
        "on; its derivative is the sparse sigmoid.",
        function=sparse_plus,
        derivative=sparse_plus_derivative,
        latex=r"\operatorname{sparse\_plus}(x) = \begin{cases} 0 & x \le -1 \\ \frac{1}{4}(x + 1)^{2} & -1 < x < 1 \\ x & x \ge 1 \end{cases}",
        derivative_latex=r"\operatorname{sparse\_plus}'(x) = \begin{cases} 0 & x \le -1 \\ \frac{1}{2}(x + 1) & -1 < x < 1 \\ 1 & x \ge 1 \end{cases}",
        sympy="Piecewise((0, x <= -1), ((x + 1)**2 / 4, x < 1), (x, True))",
        range=Interval(0.0, np.inf, low_closed=True),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=False,
            smoothness="C1",
            saturation="left",
            identity_near_zero=False,
        ),
        kinks=lambda: (-1.0, 1.0),
        kink_convention=r"Sparse plus is continuously differentiable; its second derivative "
        r"jumps at $x = -1$ (from $0$ to $1/2$) and at $x = 1$ (from $1/2$ to $0$), and the "
        r"derivative is the same from both sides at each: $0$ and $1$.",
        frameworks=Frameworks(
            None,
            "tf.keras.activations.sparse_plus(x)  # Keras >= 3.8 (TensorFlow >= 2.16); "
            "not in Keras 2",
            "jax.nn.sparse_plus(x)  # JAX >= 0.4.26",
        ),
        references=(BLONDEL_2020, MARTINS_2016),
        example=Example("[-2.0, 0.0, 0.5, 2.0]", "array([0.    , 0.25  , 0.5625, 2.    ])"),
        family="rectifier",
        origin="Sparse plus comes from the Fenchel-Young losses of Blondel, Martins and Niculae "
        "(2020), which build a prediction map and its loss from a regulariser on "
        r"probabilities. For two classes, softplus is the largest value of $px$ plus the "
        r"Shannon entropy of $(p, 1 - p)$ over $p \in [0, 1]$, and its derivative, the "
        r"logistic sigmoid, is the maximising $p$. With the Gini entropy, $p(1 - p)$, in place "
        "of Shannon's, the same construction gives sparse plus, and its derivative is the "
        "sparse sigmoid, the two-class case of the sparsemax of Martins and Astudillo (2016). "
        "JAX added `jax.nn.sparse_plus` in 2024 as the twin of softplus, and Keras 3.8 "
        "followed.",
        uses=r"Binary classification with sparse probabilities: the loss sparse plus minus $yx$ "
        r"(label $y \in \{0, 1\}$, score $x$) has the gradient sparse sigmoid minus $y$, and "
        r"is exactly $0$ once an example is scored beyond $\pm 1$ on the right side. As an "
        "activation it is a softplus-like positive map with exact zeros and an exact identity "
        "part; it is rare in published architectures.",
        strengths=(
            r"It is exactly $0$ for $x \le -1$ and exactly $x$ for $x \ge 1$, so outputs are "
            "sparse and large inputs pass unchanged; softplus is never exactly either.",
            "It is convex, non-decreasing and continuously differentiable, like softplus, and "
            "costs a clip and a square, with no exponential or logarithm.",
            "Its derivative is the sparse sigmoid, the two-class sparsemax, so it pairs with a "
            "convex loss that has a margin.",
        ),
        weaknesses=(
            r"Below $-1$ the gradient is exactly $0$, so units there stop learning, as on "
            "ReLU's negative side; softplus always keeps a small gradient.",
            r"Its second derivative jumps at $x = -1$ and $x = 1$ (from $0$ to $1/2$ and "
            "back), so it is not twice differentiable, unlike softplus.",
            "It is recent (JAX 0.4.26 in 2024, then Keras 3.8), PyTorch has no built-in, and "
            "there is little evidence for it as a hidden activation.",
        ),
        derivation=(
            Step(
                r"On each open piece differentiate directly: the constant $0$ gives $0$, the "
                r"identity $1$, and the parabola, by the chain rule on $u^{2}/4$ with "
                r"$u = x + 1$, gives $2u/4$:",
                r"\frac{d}{dx}\,\frac{(x + 1)^{2}}{4} = \frac{2(x + 1)}{4} = \frac{x + 1}{2} \qquad (-1 < x < 1)",
            ),
            Step(
                r"At the joins the pieces meet in value and in slope. At $x = -1$ the parabola "
                r"is $0$ with slope $0$, like the zero piece; at $x = 1$ it is $1$ with slope "
                r"$1$, like the identity. So the one-sided derivatives agree at both points, "
                "and the function is differentiable there:",
                r"\begin{aligned} \frac{(x + 1)^{2}}{4}\Big|_{x = -1} &= 0, & \frac{x + 1}{2}\Big|_{x = -1} &= 0 \\ \frac{(x + 1)^{2}}{4}\Big|_{x = 1} &= 1, & \frac{x + 1}{2}\Big|_{x = 1} &= 1 \end{aligned}",
            ),
            Step(
                r"Together the derivative is $(x + 1)/2$ clipped to $[0, 1]$, the sparse "
                r"sigmoid, a continuous function, so sparse plus is $C^1$. Its derivative in "
                r"turn, the second derivative of sparse plus, is $1/2$ on $(-1, 1)$ and $0$ "
                r"outside: it jumps at both joins, the kinks the registry records.",
                r"\begin{aligned} \operatorname{sparse\_plus}'(x) &= \min\Bigl(\max\Bigl(\frac{x + 1}{2}, 0\Bigr), 1\Bigr) = \operatorname{sparse\_sigmoid}(x) \\ \operatorname{sparse\_plus}''(x) &= \begin{cases} \frac{1}{2} & -1 < x < 1 \\ 0 & \lvert x \rvert > 1 \end{cases} \end{aligned}",
            ),
            Step(
                r"Where the parabola comes from: sparse plus is the largest value of $px$ plus "
                r"the Gini entropy $p(1 - p)$ over $p \in [0, 1]$, as softplus is with the "
                r"Shannon entropy. Setting the derivative $x + 1 - 2p$ to zero gives "
                r"$p = (x + 1)/2$, clipped to $[0, 1]$; putting it back gives the three pieces, "
                r"and the maximising $p$ is the derivative (Danskin's theorem):",
                r"\begin{aligned} \operatorname{sparse\_plus}(x) &= \max_{0 \le p \le 1} \bigl(px + p(1 - p)\bigr) \\ \operatorname{softplus}(x) &= \max_{0 \le p \le 1} \bigl(px - p\ln p - (1 - p)\ln(1 - p)\bigr) \end{aligned}",
            ),
        ),
        exercises=(
            Exercise(
                r"Compute sparse plus and its derivative at $x = -2$, $0$, $0.5$ and $3$, and "
                r"softplus at $0$ and $3$. Where is the gap between softplus and sparse plus "
                "largest, and how large is it?",
                cleandoc(
                    r"""
                    At $x = -2$ both value and slope are $0$. At $x = 0$ the value is
                    $1/4 = 0.25$ and the slope $0.5$; at $x = 0.5$ the value is
                    $1.5^{2}/4 = 0.5625$ and the slope $0.75$; at $x = 3$ the value is $3$ and
                    the slope $1$. Softplus gives $\ln 2 \approx 0.6931$ at $0$ and
                    $3.0486$ at $3$: it lies above sparse plus everywhere.

                    The gap's derivative is $\sigma(x) - (x + 1)/2$ on $(-1, 1)$, zero at
                    $x = 0$, where both curves have slope $1/2$; the gap is largest there,
                    $\ln 2 - 1/4 \approx 0.4431$. Outside $[-1, 1]$ it shrinks like softplus's
                    own distance to ReLU, $\ln(1 + e^{-\lvert x\rvert})$.
                    <!-- answer: sparse_plus(-2.0) = 0 -->
                    <!-- answer: sparse_plus(0.0) = 0.25 -->
                    <!-- answer: sparse_plus.derivative(0.0) = 0.5 -->
                    <!-- answer: sparse_plus(0.5) = 0.5625 -->
                    <!-- answer: sparse_plus.derivative(0.5) = 0.75 -->
                    <!-- answer: sparse_plus(3.0) = 3 -->
                    <!-- answer: softplus(0.0) = 0.6931 -->
                    <!-- answer: softplus(3.0) = 3.0486 -->
                    <!-- answer: -minimum(lambda x: sparse_plus(x) - softplus(x), -3, 3) = 0.4431 -->
                    """
                ),
            ),
            Exercise(
                r"For a label $y \in \{0, 1\}$ and a score $x$, the loss is "
                r"$L = \operatorname{sparse\_plus}(x) - yx$. Write it out for $y = 1$, compute "
                r"$L$ and $\partial L / \partial x$ at $x = 0.5$ and $x = 2$, and compare with "
                r"the logistic loss $\operatorname{softplus}(x) - x$ at $x = 2$.",
                cleandoc(
                    r"""
                    For $y = 1$, subtract $x$ from each piece: $-x$ for $x \le -1$,
                    $(x + 1)^{2}/4 - x = (1 - x)^{2}/4$ for $-1 < x < 1$, and $0$ for
                    $x \ge 1$. It is a quarter of the modified Huber loss, and its gradient is
                    the sparse sigmoid minus the label.

                    At $x = 0.5$: $L = 0.5625 - 0.5 = 0.0625$, with gradient
                    $0.75 - 1 = -0.25$. At $x = 2$ the example is past the margin: $L = 0$ and
                    the gradient is $0$, so it no longer pulls on the weights. The logistic
                    loss at $x = 2$ is still $\ln(1 + e^{-2}) \approx 0.1269$, with gradient
                    $\sigma(2) - 1 \approx -0.1192$: it never stops pushing.
                    <!-- answer: sparse_plus(0.5) - 0.5 = 0.0625 -->
                    <!-- answer: sparse_plus.derivative(0.5) - 1 = -0.25 -->
                    <!-- answer: sparse_plus(2.0) - 2.0 = 0 -->
                    <!-- answer: softplus(2.0) - 2.0 = 0.1269 -->
                    <!-- answer: sigmoid(2.0) - 1 = -0.1192 -->
                    """
                ),
            ),
            Exercise(
                r"At $x = 0.4$, maximise $px + p(1 - p)$ and "
                r"$px - p\ln p - (1 - p)\ln(1 - p)$ over $p \in [0, 1]$ numerically. Compare the "
                "maxima and the maximising $p$ with sparse plus, softplus and their derivatives.",
                cleandoc(
                    r"""
                    The first objective's derivative $0.4 + 1 - 2p$ vanishes at $p = 0.7$,
                    where its value is $0.28 + 0.21 = 0.49$; sparse plus gives
                    $1.4^{2}/4 = 0.49$ and its derivative $1.4/2 = 0.7$. The second is
                    largest at $p = \sigma(0.4) \approx 0.5987$, with value
                    $\ln(1 + e^{0.4}) \approx 0.9130$, softplus at $0.4$, whose derivative is
                    that $\sigma(0.4)$.

                    Both functions are maxima over probabilities, and both derivatives are the
                    maximising probabilities. The Gini entropy's maximiser can sit at the ends
                    $0$ and $1$, which is where sparse plus gets its exact zero and its exact
                    identity; Shannon's entropy has infinite slope there and keeps $p$
                    strictly inside.
                    <!-- answer: -minimum(lambda p: -(p * 0.4 + p * (1 - p)), 0, 1) = 0.49 -->
                    <!-- answer: argmin(lambda p: -(p * 0.4 + p * (1 - p)), 0, 1) = 0.7 -->
                    <!-- answer: sparse_plus(0.4) = 0.49 -->
                    <!-- answer: sparse_plus.derivative(0.4) = 0.7 -->
                    <!-- answer: -minimum(lambda p: -(p * 0.4 - p * math.log(p) - (1 - p) * math.log(1 - p)), 1e-9, 1 - 1e-9) = 0.9130 -->
                    <!-- answer: argmin(lambda p: -(p * 0.4 - p * math.log(p) - (1 - p) * math.log(1 - p)), 1e-9, 1 - 1e-9) = 0.5987 -->
                    <!-- answer: softplus(0.4) = 0.9130 -->
                    <!-- answer: sigmoid(0.4) = 0.5987 -->
                    """
                ),
            ),
        ),
    ),
]
