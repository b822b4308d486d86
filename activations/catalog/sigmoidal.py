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

COURBARIAUX_2015 = Reference(
    "M. Courbariaux, Y. Bengio, J.-P. David",
    "BinaryConnect: training deep neural networks with binary weights during propagations",
    2015,
    "https://arxiv.org/abs/1511.00363",
)
COLLOBERT_2011 = Reference(
    "R. Collobert, J. Weston, L. Bottou, M. Karlen, K. Kavukcuoglu, P. Kuksa",
    "Natural language processing (almost) from scratch",
    2011,
    "https://jmlr.org/papers/v12/collobert11a.html",
)
ELLIOTT_1993 = Reference(
    "D. L. Elliott",
    "A better activation function for artificial neural networks",
    1993,
    "https://citeseerx.ist.psu.edu/viewdoc/summary?doi=10.1.1.46.7204",
)
MIKOLOV_2013 = Reference(
    "T. Mikolov, I. Sutskever, K. Chen, G. Corrado, J. Dean",
    "Distributed representations of words and phrases and their compositionality",
    2013,
    "https://arxiv.org/abs/1310.4546",
)
HOWARD_2019 = Reference(
    "A. Howard, M. Sandler, G. Chu, L.-C. Chen, B. Chen, M. Tan, W. Wang, Y. Zhu, "
    "R. Pang, V. Vasudevan, Q. V. Le, H. Adam",
    "Searching for MobileNetV3",
    2019,
    "https://arxiv.org/abs/1905.02244",
)
SANDLER_2018 = Reference(
    "M. Sandler, A. Howard, M. Zhu, A. Zhmoginov, L.-C. Chen",
    "MobileNetV2: inverted residuals and linear bottlenecks",
    2018,
    "https://arxiv.org/abs/1801.04381",
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
        summary=r"Hardsigmoid, $\operatorname{ReLU6}(x+3)/6$, is a piecewise-linear sigmoid: $0$ "
        r"up to $x = -3$, $1$ from $x = 3$, a straight line in between.",
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
        kink_convention=r"Hardsigmoid is not differentiable at $x = -3$ and $x = 3$; the "
        r"derivative returns $0$ at both, as PyTorch's autograd does.",
        frameworks=Frameworks(
            "torch.nn.Hardsigmoid",
            "tf.keras.activations.hard_sigmoid(x)  # Keras 3 (TensorFlow >= 2.16): relu6(x + 3) / 6;"
            " Keras 2 computed clip(0.2 x + 0.5, 0, 1)",
            "jax.nn.hard_sigmoid",
        ),
        references=(COURBARIAUX_2015, HOWARD_2019),
        example=Example("[-4.0, 0.0, 1.5]", "array([0.  , 0.5 , 0.75])"),
        origin=(
            "Piecewise-linear stand-ins for the logistic sigmoid are old, and they differ in "
            "slope. Courbariaux, Bengio and David used the hard sigmoid "
            r"$\max\bigl(0, \min\bigl(1, (x+1)/2\bigr)\bigr)$ in BinaryConnect (2015) to turn a "
            r"real-valued weight into the probability of binarising it to $+1$, because it is "
            "far cheaper than the sigmoid. The version here, "
            r"$\operatorname{ReLU6}(x+3)/6$ with slope $\tfrac{1}{6}$, is the one MobileNetV3 "
            "(Howard et al., 2019) adopted and PyTorch implements; Theano and Keras 2 used yet "
            r"another, $0.2x + 0.5$ clipped to $[0, 1]$."
        ),
        uses=(
            "MobileNetV3 (2019) uses it as the gate of its squeeze-and-excitation modules and "
            "inside hard swish. Keras's recurrent layers used their own hard sigmoid for the LSTM "
            "and GRU gates by default until Keras 2.3 (2019) switched to the sigmoid; elsewhere "
            "it appears mainly where the sigmoid is too costly, as in binarised and quantised "
            "networks."
        ),
        strengths=(
            "No exponential: an add, a clip and a multiply, which suits mobile and fixed-point "
            "hardware.",
            r"It reaches exactly $0$ and $1$, so a gate can close or open fully, which the "
            "sigmoid only approaches.",
            r"Between $x = -3$ and $x = 3$ it follows the sigmoid closely enough to replace it "
            "in gates, as MobileNetV3 shows.",
        ),
        weaknesses=(
            r"Its gradient is exactly $0$ outside $(-3, 3)$: a saturated gate gets no signal at "
            "all, where the sigmoid's small gradient would still move it.",
            r"Definitions differ (slope $\tfrac{1}{6}$ in PyTorch, $\tfrac{1}{2}$ in "
            r"BinaryConnect, $0.2$ in Theano and Keras 2), so porting a model can silently "
            "change it.",
            r"Kinks at $x = -3$ and $x = 3$, where the derivative jumps.",
        ),
        family="sigmoidal",
    ),
    Activation(
        name="hardtanh",
        title="Hardtanh",
        aliases=("hard_tanh",),
        summary=r"Hardtanh is a piecewise-linear $\tanh$: the input clipped to the interval from "
        r"`min_val` to `max_val`, $[-1, 1]$ by default.",
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
        kink_convention="Hardtanh is not differentiable at `min_val` and `max_val`; the "
        "derivative returns $0$ at both, as PyTorch's autograd does.",
        frameworks=Frameworks(
            "torch.nn.Hardtanh",
            "tf.keras.activations.hard_tanh(x)  # Keras >= 3.7 (TensorFlow >= 2.16); not in Keras 2",
            "jax.nn.hard_tanh",
        ),
        references=(
            COLLOBERT_2011,
            Reference(
                "M. Courbariaux, I. Hubara, D. Soudry, R. El-Yaniv, Y. Bengio",
                "Binarized neural networks: training deep neural networks with weights and "
                "activations constrained to +1 or -1",
                2016,
                "https://arxiv.org/abs/1602.02830",
            ),
            SANDLER_2018,
        ),
        example=Example("[-2.0, 0.5, 2.0]", "array([-1. ,  0.5,  1. ])"),
        origin=(
            "Hardtanh is the simplest bounded activation: the input clipped to an interval, "
            r"$[-1, 1]$ by default, as a linear stand-in for $\tanh$. It is old enough to have "
            "no single inventor; an influential early use is the network of Collobert and "
            "colleagues (2011) for part-of-speech tagging, chunking, named-entity recognition "
            r"and semantic role labelling, which chose it over $\tanh$ as cheaper to compute "
            "with no loss in generalisation."
        ),
        uses=(
            "Hardtanh appears in the language-processing networks of Collobert et al. (2011) "
            "and in binarised neural networks (Courbariaux, Hubara et al., 2016), where its "
            r"derivative, $1$ inside $[-1, 1]$ and $0$ outside, serves as the straight-through "
            "gradient of the sign function. ReLU6, used in MobileNetV2 (2018), is a hardtanh "
            r"with limits $0$ and $6$. As a general hidden activation, hardtanh itself is rare "
            "today."
        ),
        strengths=(
            "Cheap: one clip, no exponential.",
            r"Slope exactly $1$ inside the interval, so gradients there pass unchanged, where "
            r"$\tanh$'s shrink away from $0$.",
            "Bounded outputs with adjustable limits, which keeps activations in a known range "
            "(useful for quantisation and binarisation).",
        ),
        weaknesses=(
            r"Its gradient is exactly $0$ outside the interval: a unit pushed past a limit "
            r"stops learning, where $\tanh$ still passes a small gradient.",
            "Kinks at both limits, where the derivative jumps.",
            "Like every bounded activation it saturates in deep stacks; ReLU-type functions "
            "have replaced it in hidden layers.",
        ),
        family="sigmoidal",
    ),
    Activation(
        name="softsign",
        title="Softsign",
        aliases=("soft_sign",),
        summary=r"Softsign, $x/(1 + \lvert x\rvert)$, is an S-curve onto $(-1, 1)$ that approaches "
        r"its bounds polynomially, far more slowly than $\tanh$.",
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
        kink_convention="Softsign's second derivative jumps at $x = 0$ (from $2$ to $-2$); the "
        "derivative is $1$ there from both sides.",
        frameworks=Frameworks("torch.nn.Softsign", "tf.nn.softsign", "jax.nn.soft_sign"),
        references=(
            ELLIOTT_1993,
            Reference(
                "X. Glorot, Y. Bengio",
                "Understanding the difficulty of training deep feedforward neural networks",
                2010,
                "https://proceedings.mlr.press/v9/glorot10a.html",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.66666667,  0.        ,  0.66666667])"),
        origin=(
            r"The function is older than its name: Elliott proposed $x/(1 + \lvert x\rvert)$ in "
            "1993 as a sigmoid that needs no exponential, only an absolute value, an addition "
            "and a division. It entered deep learning as the softsign through Bengio's group in "
            r"Montréal: Glorot and Bengio (2010) compared it with $\tanh$ and found that, since "
            r"its tails approach $\pm 1$ polynomially rather than exponentially, its layers did "
            r"not saturate one after another as $\tanh$ layers did, its units settled in the bend "
            "of the curve instead, and softsign networks were less sensitive to initialisation."
        ),
        uses=(
            "Softsign is rare in practice: it appears in studies of how deep networks train, "
            "such as Glorot and Bengio's, but no widely used architecture relies on it, since "
            "hidden layers moved to ReLU-type functions and recurrent gates kept the sigmoid "
            r"and $\tanh$. PyTorch, TensorFlow and JAX all provide it."
        ),
        strengths=(
            r"Its gradient decays like $1/x^{2}$, not exponentially like $\tanh$'s, so saturated "
            "units still learn.",
            r"Zero-centred, odd and with slope $1$ at $0$, like $\tanh$, for the price of an "
            "absolute value and a division instead of exponentials.",
            r"In Glorot and Bengio's experiments it was less sensitive to initialisation than "
            r"$\tanh$.",
        ),
        weaknesses=(
            r"Less smooth than $\tanh$: only $C^{1}$, with a jump in the second derivative at "
            r"$x = 0$.",
            r"Slow saturation is also slow commitment: reaching $0.9$ takes $x = 9$, where "
            r"$\tanh$ needs $x \approx 1.47$.",
            "Like every bounded S-curve it still saturates in deep stacks, where ReLU-type "
            "functions train better.",
        ),
        family="sigmoidal",
    ),
    Activation(
        name="arctan",
        title="Arctan",
        aliases=("atan", "arctangent"),
        summary=r"The inverse tangent is an odd S-curve onto "
        r"$\left(-\tfrac{\pi}{2}, \tfrac{\pi}{2}\right)$ whose slope decays polynomially.",
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
        references=(
            Reference(
                "G. Cybenko",
                "Approximation by superpositions of a sigmoidal function",
                1989,
                "https://doi.org/10.1007/BF02551274",
            ),
            Reference(
                "K. Hornik, M. Stinchcombe, H. White",
                "Multilayer feedforward networks are universal approximators",
                1989,
                "https://doi.org/10.1016/0893-6080(89)90020-8",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-1.10714872,  0.        ,  1.10714872])"),
        origin=(
            "The arctangent is a classical function, not an invention of neural-network "
            "research, and no single paper introduced it as an activation. It is one of the "
            "smooth, bounded S-curves that early multilayer networks could use in place of the "
            "logistic function, since the universal approximation theorems hold for such "
            "squashing functions; today it is mentioned mainly in surveys and comparisons of "
            "activation functions."
        ),
        uses=(
            "Arctan is rare in practice: no well-known architecture uses it as a hidden "
            "activation, and the frameworks offer it only as the elementwise maths function "
            "(`torch.atan`, `tf.math.atan`, `jax.numpy.arctan`), not as an activation layer."
        ),
        strengths=(
            r"Smooth, odd and zero-centred, with slope $1$ at $0$ like $\tanh$.",
            r"Its derivative $1/(1 + x^{2})$ decays polynomially, so it saturates far more "
            r"gently than $\tanh$, like softsign but with a $C^{\infty}$ curve.",
            "Available everywhere as a standard maths function.",
        ),
        weaknesses=(
            r"Its range is $\left(-\tfrac{\pi}{2}, \tfrac{\pi}{2}\right)$, not $(-1, 1)$, so it "
            r"needs a factor $\tfrac{2}{\pi}$ where a unit range is expected.",
            r"It is a transcendental function, so it saves nothing over $\tanh$ in computation, "
            "unlike softsign.",
            "Still a bounded S-curve: in deep stacks it saturates and shrinks gradients, the "
            "problem ReLU-type functions avoid.",
        ),
        family="sigmoidal",
    ),
    Activation(
        name="isru",
        title="ISRU",
        aliases=("inverse_square_root_unit",),
        summary=r"The inverse square root unit $x/\sqrt{1 + \alpha x^{2}}$ is a $\tanh$-like curve "
        r"onto $\left(-1/\sqrt{\alpha}, 1/\sqrt{\alpha}\right)$ without exponentials.",
        function=isru,
        derivative=isru_derivative,
        params=(
            Param(
                "alpha",
                1.0,
                r"Sets the bounds $\pm 1/\sqrt{\alpha}$.",
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
        origin=(
            "Carlile, Delamarter, Kinney, Marti and Whitney introduced ISRU in 2017, in their "
            "paper on the inverse square root linear unit (ISRLU), a faster alternative to the "
            "ELU. Their argument was computational: an inverse square root is cheaper than an "
            "exponential on ordinary CPUs and suits hardware implementations, so "
            r"$x/\sqrt{1 + \alpha x^{2}}$ can stand in for curves built from exponentials. ISRLU "
            "uses this shape for negative inputs only; ISRU uses it on both sides, as a cheaper "
            r"relative of the $\tanh$ and sigmoid curves in recurrent networks such as LSTMs "
            "and GRUs."
        ),
        uses=(
            "ISRU is rare in practice: no widely used architecture is known to use it, and "
            "PyTorch, TensorFlow and JAX do not provide it."
        ),
        strengths=(
            r"A $\tanh$-like odd S-curve with slope $1$ at $0$, built from a multiplication, an "
            "addition and an inverse square root: no exponential.",
            r"$\alpha$ sets the bounds $\pm 1/\sqrt{\alpha}$ directly.",
            r"Smooth, with a derivative $(1 + \alpha x^{2})^{-3/2}$ that decays polynomially, "
            r"more gently than $\tanh$'s exponential tails.",
        ),
        weaknesses=(
            "No major framework has it, so it must be written by hand, and fused recurrent "
            r"kernels such as cuDNN's LSTM and GRU support only the sigmoid and $\tanh$.",
            "The speed argument depends on the hardware: where exponentials are fast, there is "
            "little to gain.",
            r"Beyond its own paper there is little evidence on how it trains compared with "
            r"$\tanh$.",
        ),
        family="sigmoidal",
    ),
    Activation(
        name="logsigmoid",
        title="LogSigmoid",
        aliases=("log_sigmoid",),
        summary=r"The logarithm of the sigmoid, $-\operatorname{softplus}(-x)$, is near $0$ for "
        r"large inputs and close to $x$ for very negative ones.",
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
        references=(
            MIKOLOV_2013,
            Reference(
                "L. Ouyang et al.",
                "Training language models to follow instructions with human feedback",
                2022,
                "https://arxiv.org/abs/2203.02155",
            ),
            Reference(
                "R. Rafailov, A. Sharma, E. Mitchell, S. Ermon, C. D. Manning, C. Finn",
                "Direct preference optimization: your language model is secretly a reward model",
                2023,
                "https://arxiv.org/abs/2305.18290",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-2.12692801, -0.69314718, -0.12692801])"),
        origin=(
            r"LogSigmoid is less an invention than a quantity every logistic model uses: "
            r"$\ln \sigma(x)$ is the log-probability that a logistic model with logit $x$ gives "
            r"the positive class, and $\ln \sigma(-x)$ that of the negative one, so a "
            "log-likelihood is a sum of such terms. Neural-network objectives are often written "
            "directly in these terms, such as the negative-sampling objective of word2vec "
            r"(Mikolov et al., 2013), a sum of $\ln \sigma$ of dot products. A dedicated function "
            r"matters because the two-step $\ln\bigl(\sigma(x)\bigr)$ fails "
            r"for very negative $x$, where $\sigma(x)$ underflows to $0$ and the logarithm to "
            r"$-\infty$, while $\min(x, 0) - \ln\bigl(1 + e^{-\lvert x\rvert}\bigr)$ stays exact."
        ),
        uses=(
            "LogSigmoid lives in losses rather than hidden layers: the log-likelihood of "
            "logistic regression and binary cross-entropy on logits, the negative sampling of "
            r"word2vec (2013), the pairwise reward-model loss $-\ln \sigma(r_{w} - r_{l})$ used in "
            "RLHF and the DPO objective (2023) are all built from it. As a hidden activation it "
            "is rare."
        ),
        strengths=(
            r"Computed stably for every input, unlike $\ln$ applied to $\sigma$: no $-\infty$ for "
            r"very negative $x$ and no lost digits for large $x$.",
            r"Its derivative is simply $\sigma(-x)$, bounded in $(0, 1)$, which keeps logistic "
            "losses well-behaved to optimise.",
            r"Smooth, monotonic and concave, so the loss term $-\ln \sigma(x)$ is convex in the "
            "logit.",
        ),
        weaknesses=(
            r"A poor hidden activation: never positive, unbounded below, and "
            r"$\ln \sigma(0) = -\ln 2 \ne 0$, so its outputs are far from zero-centred.",
            r"It saturates on the right: for large $x$ its gradient $\sigma(-x)$ vanishes, like "
            "a mirrored softplus.",
            "As a separate layer it is often unnecessary: standard losses such as "
            "`torch.nn.BCEWithLogitsLoss` already compute the same quantity stably inside.",
        ),
        family="sigmoidal",
    ),
]
