"""The rectifier family: ReLU's relatives, linear for positive inputs.

Capped (ReLU6), learned or randomised negative slopes (PReLU, RReLU), a shifted gate
(Threshold), and the exponential and inverse-square-root units (ELU, CELU, SELU, ISRLU)
that bend smoothly towards a negative floor instead of cutting to 0.
"""

from __future__ import annotations

import numpy as np

from activations.catalog.classic import (
    NAIR_2010,
    leaky_relu,
    leaky_relu_derivative,
    relu_derivative,
)
from activations.catalog.sigmoidal import (
    HOWARD_2019,
    SANDLER_2018,
    hardtanh_derivative,
    isru,
    isru_derivative,
)
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
            ),
            Param(
                "upper",
                1.0 / 3.0,
                "Upper end $u$ of the training-time slope range.",
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
            Param("threshold", 1.0, "Threshold $t$ the input must exceed to pass."),
            Param("value", 0.0, r"Value $v$ returned for $x \le t$."),
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
        references=(KONDA_2014,),
        example=Example("[0.5, 1.0, 2.0]", "array([0., 0., 2.])"),
        family="rectifier",
        origin="PyTorch's `Threshold` comes from the Lua Torch library, where ReLU itself was "
        "defined as `Threshold(0, 0)`: a general gate, with no paper of its own. The case "
        "$v = 0$, $t > 0$ is the thresholded rectifier that Konda, Memisevic and Krueger "
        "proposed in 2014 for zero-bias autoencoders. They showed that regularised "
        "autoencoders learn large negative hidden biases because one bias must both select "
        "which units are active and shift their values, and that this hampers learning data "
        "of high intrinsic dimension; a fixed threshold takes over the selection, so the "
        "units need no bias and, once active, pass their input through unchanged.",
        uses="Rare as a hidden activation in modern networks. Konda et al. (2014) used the "
        "thresholded rectifier as the hidden units of their zero-bias autoencoders, and "
        "Keras 2 had it as the `ThresholdedReLU` layer, with the same default threshold "
        "$t = 1$ as this entry.",
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
        uses="Rare in practice: it is available as `torch.nn.CELU`, `jax.nn.celu` and in Keras, "
        r"but no well-known architecture is built on it. It is the ELU to choose when $\alpha$ "
        r"is tuned, because changing $\alpha$ then leaves the slope at $x = 0$ equal to $1$.",
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
    ),
]
