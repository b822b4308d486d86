"""The sigmoidal family beyond the logistic and tanh: S-curves and their relatives.

Piecewise-linear versions (Hardsigmoid, Hardtanh), algebraic ones that approach their
bounds slowly (Softsign, ISRU), the arctangent, and the log of the sigmoid.
"""

from __future__ import annotations

import math
from inspect import cleandoc

import numpy as np
import scipy.special

from activations.registry import (
    Activation,
    Example,
    Exercise,
    FloatArray,
    Frameworks,
    Interval,
    Param,
    Properties,
    Reference,
    Step,
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
MARTINS_2016 = Reference(
    "A. F. T. Martins, R. F. Astudillo",
    "From softmax to sparsemax: a sparse model of attention and multi-label classification",
    2016,
    "https://arxiv.org/abs/1602.02068",
)
BLONDEL_2020 = Reference(
    "M. Blondel, A. F. T. Martins, V. Niculae",
    "Learning with Fenchel-Young losses",
    2020,
    "https://arxiv.org/abs/1901.02324",
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


def sparse_sigmoid(x: FloatArray) -> FloatArray:
    # (x + 1) / 2 clipped to [0, 1], computed as x/2 + 1/2 (one rounding, the same as
    # (x + 1)/2): 0 up to -1, 1 from 1, a line of slope 1/2 in between. np.clip keeps NaN.
    out = x * 0.5
    out += 0.5
    return np.clip(out, 0.0, 1.0, out=out)


def sparse_sigmoid_derivative(x: FloatArray) -> FloatArray:
    # 1/2 strictly inside (-1, 1), 0 outside and at both kinks, the value of the constant
    # pieces (Keras's TensorFlow backend gives the same; JAX's clip gives 1/4 there).
    out = hardtanh_derivative(x, -1.0, 1.0)
    out *= 0.5
    return out


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
            Param("min_val", -1.0, "Lower clipping value.", symbol="a"),
            Param("max_val", 1.0, "Upper clipping value.", symbol="b"),
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
            Reference(
                "J. Choi, Z. Wang, S. Venkataramani, P. I-J. Chuang, V. Srinivasan, "
                "K. Gopalakrishnan",
                "PACT: parameterized clipping activation for quantized neural networks",
                2018,
                "https://arxiv.org/abs/1805.06085",
            ),
        ),
        example=Example("[-2.0, 0.5, 2.0]", "array([-1. ,  0.5,  1. ])"),
        origin=(
            "Hardtanh is the simplest bounded activation: the input clipped to an interval, "
            r"$[-1, 1]$ by default. It is the piecewise-linear function that agrees with "
            r"$\tanh$ where it matters most, in the value $0$ and the slope $1$ at the origin "
            r"and in the limits $\pm 1$, and it is old enough to have no single inventor. It "
            "was a module of the Lua Torch library (`nn.HardTanh`, with adjustable limits), "
            "from which PyTorch inherited it. An influential early use is the network of "
            "Collobert and colleagues (2011) for part-of-speech tagging, chunking, named-entity "
            r"recognition and semantic role labelling, which chose it over $\tanh$ as cheaper "
            "to compute with no loss in generalisation."
        ),
        uses=(
            "Hardtanh appears in the language-processing networks of Collobert et al. (2011) "
            "and in binarised neural networks (Courbariaux, Hubara et al., 2016), where its "
            r"derivative, $1$ inside $[-1, 1]$ and $0$ outside, serves as the straight-through "
            "gradient of the sign function (exercise 3 below). With other limits it is a "
            "familiar function under another name: [ReLU6](relu6.md), used in MobileNetV2 "
            r"(2018), is a hardtanh with limits $0$ and $6$, and the clipping activation of "
            r"PACT (Choi et al., 2018), which learns its upper limit $\alpha$ during training so "
            r"that activations can be quantised to a few bits, is a hardtanh with limits $0$ "
            r"and $\alpha$. As a general hidden activation, hardtanh itself is rare today."
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
        derivation=(
            Step(
                r"Write $a$ for `min_val` and $b$ for `max_val`. Every point other than $a$ "
                r"and $b$ has a small interval around it on which Hardtanh is one simple "
                "function, and a derivative only looks at such an interval, so each piece can "
                r"be differentiated on its own. Inside $(a, b)$ the piece is the identity "
                r"(power rule, $\frac{d}{dx} x^{n} = n x^{n-1}$ with $n = 1$); below $a$ and "
                r"above $b$ it is a constant, whose derivative is $0$:",
                r"\begin{aligned} a < x < b:&\quad \frac{d}{dx}\, x = 1 \\ x < a:&\quad "
                r"\frac{d}{dx}\, a = 0 \\ x > b:&\quad \frac{d}{dx}\, b = 0 \end{aligned}",
            ),
            Step(
                r"At the limits two pieces meet, so go back to the definition of the derivative. "
                r"At $x = b$ the function is $b$; a step $h < 0$ lands on the identity piece and "
                r"a step $h > 0$ on the constant one. The two one-sided difference quotients "
                r"disagree, so Hardtanh has **no derivative at $b$**; the same computation at "
                r"$a$ gives $0$ from the left and $1$ from the right:",
                r"\begin{aligned} \lim_{h \to 0^{-}} \frac{\operatorname{Hardtanh}(b + h) - b}{h} "
                r"&= \lim_{h \to 0^{-}} \frac{(b + h) - b}{h} = 1 \\ \lim_{h \to 0^{+}} "
                r"\frac{\operatorname{Hardtanh}(b + h) - b}{h} &= \lim_{h \to 0^{+}} "
                r"\frac{b - b}{h} = 0 \end{aligned}",
            ),
            Step(
                "Training code still needs a number at the kinks. Like PyTorch's autograd, the "
                r"package returns $0$ at both, so the derivative is $1$ exactly on the open "
                r"interval: an indicator function, where $\mathbb{1}[\cdot]$ is $1$ when the "
                r"condition holds and $0$ otherwise:",
                r"\operatorname{Hardtanh}'(x) = \mathbb{1}[a < x < b] = \begin{cases} 1 & a < x "
                r"< b \\ 0 & x \notin (a, b) \end{cases}",
            ),
            Step(
                r"**Through the output.** The output $y = \operatorname{Hardtanh}(x)$ lies "
                r"strictly between $a$ and $b$ exactly when the input does, and equals $a$ or $b$ "
                "otherwise. So the derivative can be read off the output alone, and a backward "
                "pass that kept only $y$ (for example after computing Hardtanh in place) still "
                "has everything it needs:",
                r"\operatorname{Hardtanh}'(x) = \mathbb{1}[a < y < b], \qquad y = "
                r"\operatorname{Hardtanh}(x)",
            ),
        ),
        exercises=(
            Exercise(
                r"With the default limits $[-1, 1]$, compute Hardtanh and its derivative at "
                r"$x = -2$, $x = 0.3$ and $x = 1$. Then take the limits $a = 0$ and $b = 6$ and "
                r"compute $\operatorname{Hardtanh}(7)$ and $\operatorname{Hardtanh}(2.5)$. Which "
                "function of this site is that?",
                cleandoc(
                    r"""
                    - $x = -2$ is below the lower limit: the output is clipped to $-1$ and the
                      slope is $0$.
                    - $x = 0.3$ is inside: the output is $0.3$ and the slope $1$.
                    - $x = 1$ is the upper limit itself: the output is $1$, and the derivative
                      is $0$ by the kink convention (the left-hand derivative would be $1$, the
                      right-hand one $0$).

                    With $a = 0$ and $b = 6$: $\operatorname{Hardtanh}(7) = 6$ and
                    $\operatorname{Hardtanh}(2.5) = 2.5$. This is $\min(\max(0, x), 6)$, the
                    [ReLU6](relu6.md) of MobileNetV2: a ReLU whose output is also capped
                    from above.
                    <!-- answer: hardtanh(-2.0) = -1 -->
                    <!-- answer: hardtanh.derivative(-2.0) = 0 -->
                    <!-- answer: hardtanh(0.3) = 0.3 -->
                    <!-- answer: hardtanh.derivative(0.3) = 1 -->
                    <!-- answer: hardtanh(1.0) = 1 -->
                    <!-- answer: hardtanh.derivative(1.0) = 0 -->
                    <!-- answer: hardtanh(7.0, min_val=0.0, max_val=6.0) = 6 -->
                    <!-- answer: relu6(7.0) = 6 -->
                    <!-- answer: hardtanh(2.5, min_val=0.0, max_val=6.0) = 2.5 -->
                    """
                ),
            ),
            Exercise(
                r"Prove that $\operatorname{Hardtanh}(x) = a + \operatorname{ReLU}(x - a) - "
                r"\operatorname{ReLU}(x - b)$ for every $x$. Then differentiate the right-hand "
                r"side with the chain rule, using ReLU's convention $\operatorname{ReLU}'(0) = 0$. "
                r"What does it give at $x = a$ and at $x = b$ for the default limits, and does "
                r"that agree with the package's $\operatorname{Hardtanh}'$?",
                cleandoc(
                    r"""
                    **The identity**, in three cases (recall $a < b$):

                    - $x \le a$: both $x - a$ and $x - b$ are $\le 0$, so the right-hand side
                      is $a + 0 - 0 = a$.
                    - $a < x < b$: $x - a > 0$ and $x - b < 0$, so it is $a + (x - a) - 0 = x$.
                    - $x \ge b$: both are $\ge 0$, so it is $a + (x - a) - (x - b) = b$.

                    **The derivative.** The inner functions $x - a$ and $x - b$ have derivative
                    $1$, so the chain rule gives

                    $$
                    \frac{d}{dx}\bigl[a + \operatorname{ReLU}(x - a) - \operatorname{ReLU}(x - b)\bigr]
                    = \operatorname{ReLU}'(x - a) - \operatorname{ReLU}'(x - b)
                    = \mathbb{1}[x > a] - \mathbb{1}[x > b].
                    $$

                    With $a = -1$, $b = 1$: at $x = a$ this is $0 - 0 = 0$, as the package
                    says. At $x = b$ it is $1 - 0 = 1$, while the package (like PyTorch's
                    `hardtanh`) returns $0$. Both numbers are one-sided derivatives at the
                    kink, so neither is wrong; but the lesson is practical: **a kink
                    convention does not survive rewriting the formula**. Two implementations
                    of the same function can send different gradients back from an input
                    that sits exactly on a kink.
                    <!-- answer: relu.derivative(-1.0 - (-1.0)) - relu.derivative(-1.0 - 1.0) = 0 -->
                    <!-- answer: relu.derivative(1.0 - (-1.0)) - relu.derivative(1.0 - 1.0) = 1 -->
                    <!-- answer: hardtanh.derivative(1.0) = 0 -->
                    """
                ),
            ),
            Exercise(
                r"A binarised network (Courbariaux, Hubara et al., 2016) computes "
                r"$q = \operatorname{sign}(r)$ in its forward pass, whose derivative is $0$ "
                "wherever it exists. Its backward pass uses instead "
                r"$g_r = g_q\,\mathbb{1}[\lvert r\rvert \le 1]$, Hardtanh's derivative, where "
                r"$g_q$ and $g_r$ are the gradients of the loss with respect to $q$ and $r$. "
                r"Three pre-activations $r = 0.4$, $r = -1.7$ and $r = 0.99$ all receive "
                r"$g_q = 0.5$. Compute $g_r$ for each, say what the true derivative of the sign "
                r"would give, and explain why the gradient is cut off for large $\lvert r\rvert$.",
                cleandoc(
                    r"""
                    With the true derivative of $\operatorname{sign}$, every $g_r$ would be
                    $0$: nothing before the sign would ever learn. With the straight-through
                    estimator:

                    - $r = 0.4$: inside $[-1, 1]$, so $g_r = 0.5 \cdot 1 = 0.5$;
                    - $r = -1.7$: outside, so $g_r = 0$;
                    - $r = 0.99$: still inside, however close to the limit, so $g_r = 0.5$.

                    The backward pass behaves as if the unit were Hardtanh. Where Hardtanh is
                    flat, moving $r$ further from $0$ cannot change $\operatorname{sign}(r)$ at
                    all, and passing the gradient on anyway would only keep pushing $r$
                    outwards, where later updates in the other direction take longer to bring
                    it back to the region where its sign can flip. (At
                    $\lvert r\rvert = 1$ exactly their indicator gives $1$ where the package's
                    Hardtanh derivative gives $0$; an input of exactly $\pm 1$ is rare.)
                    <!-- answer: 0.5 * hardtanh.derivative(0.4) = 0.5 -->
                    <!-- answer: 0.5 * hardtanh.derivative(-1.7) = 0 -->
                    <!-- answer: 0.5 * hardtanh.derivative(0.99) = 0.5 -->
                    """
                ),
            ),
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
            "The arctangent is a classical function, far older than neural networks, and no "
            "single paper introduced it as an activation. It qualifies as one because, rescaled "
            r"to $\tfrac{1}{\pi}\arctan(x) + \tfrac{1}{2}$, it is exactly the kind of function "
            "the universal approximation theorems of 1989 assume: a continuous *sigmoidal* "
            r"function in Cybenko's sense, tending to $0$ at $-\infty$ and to $1$ at $+\infty$, "
            "and a *squashing* function in the sense of Hornik, Stinchcombe and White, "
            "non-decreasing with the same limits. So a network with one hidden layer of arctan "
            "units can approximate any continuous function on a compact set as closely as "
            "wanted, as one of logistic units can. The rescaled curve is also the cumulative "
            "distribution function of the standard Cauchy distribution, as the logistic sigmoid "
            "is that of the logistic distribution (exercise 2 below shows why its tails are so "
            "heavy). Today arctan is mentioned mainly in surveys and comparisons of activation "
            "functions."
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
        derivation=(
            Step(
                r"On $\left(-\tfrac{\pi}{2}, \tfrac{\pi}{2}\right)$ the tangent is strictly "
                r"increasing and takes every real value once, and $\arctan$ is its inverse: "
                r"$y = \arctan x$ means $\tan y = x$ with $y$ in that interval. Differentiate "
                r"the identity $\tan(\arctan x) = x$ with respect to $x$, the left-hand side by "
                "the chain rule:",
                r"\tan(\arctan x) = x \quad\Longrightarrow\quad \tan'(y)\,\frac{dy}{dx} = 1, "
                r"\qquad y = \arctan x",
            ),
            Step(
                r"The derivative of $\tan y = \sin y / \cos y$ by the quotient rule, with "
                r"$\sin' = \cos$, $\cos' = -\sin$ and $\sin^{2} y + \cos^{2} y = 1$; dividing "
                r"that identity by $\cos^{2} y$ writes the result through $\tan$ itself:",
                r"\tan'(y) = \frac{\cos y \cdot \cos y - \sin y \cdot (-\sin y)}{\cos^{2} y} = "
                r"\frac{1}{\cos^{2} y} = 1 + \tan^{2} y",
            ),
            Step(
                r"Solve the first line for $dy/dx$ and substitute $\tan y = x$. The denominator "
                r"$1 + x^{2}$ is at least $1$, so the division is always allowed, and no "
                "trigonometric function is left:",
                r"\arctan'(x) = \frac{dy}{dx} = \frac{1}{\tan'(y)} = \frac{1}{1 + \tan^{2} y} = "
                r"\frac{1}{1 + x^{2}}",
            ),
            Step(
                r"**Shape of the slope.** Differentiating $(1 + x^{2})^{-1}$ once more (chain "
                r"rule) shows that the slope increases up to $x = 0$, where it is $1$, and "
                "decreases after it: the curve's only inflection point is the origin. For large "
                r"$\lvert x\rvert$ the slope falls off like $1/x^{2}$, polynomially, whereas "
                r"$\tanh'(x) = 1/\cosh^{2} x$ falls off like $4e^{-2\lvert x\rvert}$:",
                r"\arctan''(x) = -\frac{2x}{(1 + x^{2})^{2}}, \qquad \arctan'(x) = "
                r"\frac{1}{1 + x^{2}} \sim \frac{1}{x^{2}} \quad (\lvert x\rvert \to \infty)",
            ),
        ),
        exercises=(
            Exercise(
                r"Compute $\arctan(1)$, $\arctan'(0)$, $\arctan'(1)$ and $\arctan'(5)$. Compare "
                r"$\arctan'(5)$ with $\tanh'(5)$: how many times more gradient does an arctan "
                r"unit pass back at $x = 5$?",
                cleandoc(
                    r"""
                    $\tan\frac{\pi}{4} = 1$, so $\arctan(1) = \frac{\pi}{4} \approx 0.7854$.
                    From $\arctan'(x) = 1/(1 + x^{2})$: $\arctan'(0) = 1$,
                    $\arctan'(1) = \frac{1}{2} = 0.5$ and
                    $\arctan'(5) = \frac{1}{26} \approx 0.03846$.

                    For $\tanh$, $\tanh'(5) = 1 - \tanh^{2}(5) \approx 0.000182$. The ratio is
                    about $212$. At $x = 5$ the tanh unit is within $0.009\%$ of its bound and
                    the arctan unit within about $13\%$ of its own, $\frac{\pi}{2}$; both are
                    in their flat tails, but the arctan unit still passes back two hundred
                    times more gradient. This is the practical meaning of polynomial rather
                    than exponential saturation.
                    <!-- answer: arctan(1.0) = 0.7854 -->
                    <!-- answer: arctan.derivative(0.0) = 1 -->
                    <!-- answer: arctan.derivative(1.0) = 0.5 -->
                    <!-- answer: arctan.derivative(5.0) = 0.03846 -->
                    <!-- answer: tanh.derivative(5.0) = 0.000182 -->
                    <!-- answer: arctan.derivative(5.0) / tanh.derivative(5.0) = 212 -->
                    <!-- answer: 100 * (1 - tanh(5.0)) = 0.009 -->
                    <!-- answer: 100 * (1 - arctan(5.0) / (math.pi / 2)) = 13 -->
                    """
                ),
            ),
            Exercise(
                r"Prove that $\arctan x + \arctan(1/x) = \tfrac{\pi}{2}$ for every $x > 0$ "
                "(differentiate the left-hand side). Deduce how fast arctan approaches its "
                r"bound: find $\lim_{x \to \infty} x\left(\tfrac{\pi}{2} - \arctan x\right)$, and "
                r"compute the gap $\tfrac{\pi}{2} - \arctan 10$.",
                cleandoc(
                    r"""
                    Let $g(x) = \arctan x + \arctan(1/x)$ on $x > 0$. By the chain rule, with
                    inner derivative $-1/x^{2}$,

                    $$
                    g'(x) = \frac{1}{1 + x^{2}} + \frac{1}{1 + 1/x^{2}} \cdot \left(-\frac{1}{x^{2}}\right)
                    = \frac{1}{1 + x^{2}} - \frac{1}{x^{2} + 1} = 0 .
                    $$

                    A function with zero derivative on an interval is constant there (mean
                    value theorem), and $g(1) = \frac{\pi}{4} + \frac{\pi}{4} = \frac{\pi}{2}$.
                    So $\frac{\pi}{2} - \arctan x = \arctan(1/x)$ for all $x > 0$.

                    **The limit.** With $u = 1/x \to 0^{+}$,
                    $x\left(\frac{\pi}{2} - \arctan x\right) = \frac{\arctan u}{u} \to
                    \arctan'(0) = 1$, a difference quotient at $0$. The gap therefore shrinks
                    like $1/x$: at $x = 10$ it is $\arctan(0.1) \approx 0.09967$, almost exactly
                    $1/10$, and at $x = 1000$ the product
                    $x\left(\frac{\pi}{2} - \arctan x\right)$ is already $1.0000$ to four
                    decimals. For $\tanh$ the gap
                    $1 - \tanh x$ shrinks like $2e^{-2x}$. These heavy tails are those of the
                    Cauchy distribution, whose cumulative distribution function is
                    $\frac{1}{\pi}\arctan x + \frac{1}{2}$ and which has no mean.
                    <!-- answer: math.pi / 2 - arctan(10.0) = 0.09967 -->
                    <!-- answer: arctan(0.1) = 0.09967 -->
                    <!-- answer: 1000 * (math.pi / 2 - arctan(1000.0)) = 1.0000 -->
                    """
                ),
            ),
            Exercise(
                r"Say a bounded unit *commits* when its output reaches $90\%$ of its upper bound. "
                r"Find the input at which that happens for $\tanh$, [ISRU](isru.md) with "
                r"$\alpha = 1$ and [softsign](softsign.md) (bound $1$ each), and for $\arctan$ "
                r"(bound $\tfrac{\pi}{2}$). Order them, and explain the order from how each "
                "approaches its bound.",
                cleandoc(
                    r"""
                    Write $M$ for the bound and solve $f(x) = 0.9\,M$ for each:

                    - $\tanh$: $x = \operatorname{artanh}(0.9) = \frac{1}{2}\ln\frac{1.9}{0.1}
                      = \frac{1}{2}\ln 19 \approx 1.4722$.
                    - ISRU: $x/\sqrt{1 + x^{2}} = 0.9$ gives $x^{2} = 0.81/0.19$, so
                      $x = 0.9/\sqrt{0.19} \approx 2.0647$.
                    - $\arctan$: $\arctan x = 0.45\pi$, so $x = \tan(0.45\pi) = \tan 81^\circ
                      \approx 6.3138$.
                    - softsign: $x/(1 + x) = 0.9$ gives $x = 9$.

                    The order, $\tanh < \text{ISRU} < \arctan < \text{softsign}$, is the order of
                    their tails. Relative to its bound, $\tanh$ is within $2e^{-2x}$ of it,
                    ISRU within about $1/(2x^{2})$, arctan within about $2/(\pi x)$ (exercise 2)
                    and softsign within $1/(1 + x)$. Arctan and softsign both approach their
                    bounds like $1/x$; arctan is the smooth one of the pair, and a little
                    quicker by the factor $2/\pi$.
                    <!-- answer: root(lambda x: tanh(x) - 0.9, 0, 5) = 1.4722 -->
                    <!-- answer: root(lambda x: isru(x) - 0.9, 0, 5) = 2.0647 -->
                    <!-- answer: root(lambda x: arctan(x) - 0.45 * math.pi, 0, 20) = 6.3138 -->
                    <!-- answer: root(lambda x: softsign(x) - 0.9, 0, 20) = 9 -->
                    """
                ),
            ),
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
                symbol=r"\alpha",
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
        derivation=(
            Step(
                r"Write ISRU as a product, $x$ times $(1 + \alpha x^{2})^{-1/2}$, and apply the "
                r"product rule $(uv)' = u'v + uv'$, with $u = x$ and $u' = 1$:",
                r"\operatorname{ISRU}'(x) = 1 \cdot (1 + \alpha x^{2})^{-1/2} + x \cdot "
                r"\frac{d}{dx}(1 + \alpha x^{2})^{-1/2}",
            ),
            Step(
                r"The second factor is a power of an inner function. The chain rule multiplies "
                r"the power rule's $-\tfrac{1}{2}w^{-3/2}$, taken at $w = 1 + \alpha x^{2}$, by "
                r"the inner derivative $\frac{d}{dx}(1 + \alpha x^{2}) = 2\alpha x$:",
                r"\frac{d}{dx}(1 + \alpha x^{2})^{-1/2} = -\tfrac{1}{2}(1 + \alpha x^{2})^{-3/2} "
                r"\cdot 2\alpha x = -\alpha x\,(1 + \alpha x^{2})^{-3/2}",
            ),
            Step(
                r"Substitute and take out the common factor $(1 + \alpha x^{2})^{-3/2}$; since "
                r"$(1 + \alpha x^{2})^{-1/2} = (1 + \alpha x^{2}) \cdot (1 + \alpha x^{2})^{-3/2}$, "
                r"the $\alpha x^{2}$ terms cancel and only $1$ is left. The result is positive "
                r"for every $x$ (ISRU is strictly increasing), equals $1$ at $x = 0$ and decays "
                r"like $\alpha^{-3/2}\lvert x\rvert^{-3}$:",
                r"\operatorname{ISRU}'(x) = (1 + \alpha x^{2})^{-3/2}\bigl[(1 + \alpha x^{2}) - "
                r"\alpha x^{2}\bigr] = \frac{1}{(1 + \alpha x^{2})^{3/2}} = "
                r"\left(\frac{1}{\sqrt{1 + \alpha x^{2}}}\right)^{3}",
            ),
            Step(
                r"**Through the output**, as for $\tanh' = 1 - \tanh^{2}$. Squaring "
                r"$y = \operatorname{ISRU}(x)$ gives $\alpha y^{2} = \alpha x^{2}/(1 + \alpha "
                r"x^{2})$, so $1 - \alpha y^{2} = 1/(1 + \alpha x^{2})$, and the derivative is a "
                r"function of the output alone:",
                r"1 - \alpha y^{2} = \frac{1}{1 + \alpha x^{2}} \quad\Longrightarrow\quad "
                r"\operatorname{ISRU}'(x) = \bigl(1 - \alpha y^{2}\bigr)^{3/2}",
            ),
        ),
        exercises=(
            Exercise(
                r"With $\alpha = 1$, compute $\operatorname{ISRU}(1)$ and "
                r"$\operatorname{ISRU}'(1)$ and compare them with $\tanh(1)$ and $\tanh'(1)$. "
                r"Then take $\alpha = 0.25$: what are the bounds, and what are "
                r"$\operatorname{ISRU}(2)$ and $\operatorname{ISRU}'(2)$?",
                cleandoc(
                    r"""
                    With $\alpha = 1$: $\operatorname{ISRU}(1) = 1/\sqrt{2} \approx 0.7071$
                    and $\operatorname{ISRU}'(1) = (1/\sqrt{2})^{3} = 2^{-3/2} \approx 0.3536$.
                    The output formula agrees: $(1 - 0.5)^{3/2} \approx 0.3536$. For
                    comparison $\tanh(1) \approx 0.7616$ and $\tanh'(1) \approx 0.4200$: the
                    two curves have the same slope $1$ at the origin, but ISRU bends away
                    from the line $y = x$ sooner.

                    With $\alpha = 0.25$ the bounds are $\pm 1/\sqrt{0.25} = \pm 2$, and
                    $\operatorname{ISRU}(2) = 2/\sqrt{1 + 0.25 \cdot 4} = 2/\sqrt{2} \approx
                    1.4142$, with slope $(1/\sqrt{2})^{3} \approx 0.3536$ again. Indeed
                    $\operatorname{ISRU}_{\alpha}(x) = \operatorname{ISRU}_{1}(\sqrt{\alpha}\,x)
                    /\sqrt{\alpha}$: a smaller $\alpha$ stretches the curve by the same
                    factor $1/\sqrt{\alpha}$ in both directions, which leaves slopes at
                    corresponding points unchanged.
                    <!-- answer: isru(1.0) = 0.7071 -->
                    <!-- answer: isru.derivative(1.0) = 0.3536 -->
                    <!-- answer: tanh(1.0) = 0.7616 -->
                    <!-- answer: tanh.derivative(1.0) = 0.4200 -->
                    <!-- answer: isru(2.0, alpha=0.25) = 1.4142 -->
                    <!-- answer: isru.derivative(2.0, alpha=0.25) = 0.3536 -->
                    """
                ),
            ),
            Exercise(
                r"Show that $\operatorname{ISRU}(x) = \sin(\arctan x)$ when $\alpha = 1$, and "
                "interpret this geometrically. Use it to derive the derivative a second way, "
                "with the chain rule and [arctan](arctan.md)'s derivative.",
                cleandoc(
                    r"""
                    Let $\theta = \arctan x$, so $\tan\theta = x$ and $\theta$ lies in
                    $\left(-\frac{\pi}{2}, \frac{\pi}{2}\right)$, where $\cos\theta > 0$. From
                    $1 + \tan^{2}\theta = 1/\cos^{2}\theta$ we get
                    $\cos\theta = 1/\sqrt{1 + x^{2}}$, and then

                    $$
                    \sin\theta = \tan\theta \cdot \cos\theta = \frac{x}{\sqrt{1 + x^{2}}} =
                    \operatorname{ISRU}(x).
                    $$

                    **Geometrically**, the vector $(1, x)$ points at angle $\theta$, and
                    dividing it by its length $\sqrt{1 + x^{2}}$ gives the unit vector
                    $(\cos\theta, \sin\theta)$: ISRU is the second coordinate of $(1, x)$
                    normalised to length $1$. That is why it can never leave $(-1, 1)$.

                    **The derivative again**, by the chain rule:

                    $$
                    \frac{d}{dx}\sin(\arctan x) = \cos(\arctan x) \cdot \frac{1}{1 + x^{2}}
                    = \frac{1}{\sqrt{1 + x^{2}}} \cdot \frac{1}{1 + x^{2}} = (1 + x^{2})^{-3/2}.
                    $$

                    For example
                    $\operatorname{ISRU}(2) = 2/\sqrt{5} \approx 0.8944 = \sin(\arctan 2)$
                    (the package's two computations differ by $0.0000$),
                    and the slope there is $5^{-3/2} \approx 0.0894$.
                    <!-- answer: isru(2.0) = 0.8944 -->
                    <!-- answer: np.sin(arctan(2.0)) = 0.8944 -->
                    <!-- answer: isru(2.0) - np.sin(arctan(2.0)) = 0.0000 -->
                    <!-- answer: isru.derivative(2.0) = 0.0894 -->
                    """
                ),
            ),
            Exercise(
                r"(a) With $\alpha = 1$, find the leading term of $1 - \operatorname{ISRU}(x)$ "
                r"for large $x$, and compare $1 - \operatorname{ISRU}(10)$ with "
                r"$1 - \operatorname{softsign}(10)$ and $1 - \tanh(10)$. (b) Carlile et al. "
                r"offer ISRU as a cheaper curve for the places where recurrent networks use "
                r"$\tanh$ and the sigmoid. Build from it a gate with values in $(0, 1)$ whose "
                r"value and slope at $0$ match the sigmoid's, $\sigma(0) = \tfrac{1}{2}$ and "
                r"$\sigma'(0) = \tfrac{1}{4}$.",
                cleandoc(
                    r"""
                    **(a)** $1 - \operatorname{ISRU}(x) = 1 - (1 + 1/x^{2})^{-1/2}$ for $x > 0$,
                    and $(1 + u)^{-1/2} = 1 - \frac{u}{2} + O(u^{2})$ for small $u$, so

                    $$
                    1 - \operatorname{ISRU}(x) = \frac{1}{2x^{2}} + O\!\left(\frac{1}{x^{4}}\right).
                    $$

                    At $x = 10$: $1 - 10/\sqrt{101} \approx 0.004963$, close to
                    $1/200 = 0.005$. Softsign is much farther from its bound,
                    $1 - \frac{10}{11} \approx 0.0909$, and tanh much closer,
                    $1 - \tanh 10 \approx 4.12 \times 10^{-9}$. ISRU sits between the two:
                    it saturates polynomially, like softsign, but with a higher power.

                    **(b)** Shift and scale the range $(-1, 1)$ onto $(0, 1)$:
                    $g(x) = \frac{1}{2}\bigl(1 + \operatorname{ISRU}(x)\bigr)$ has
                    $g(0) = 0.5$ but slope $\frac{1}{2}\operatorname{ISRU}'(0) = 0.5$, twice the
                    sigmoid's. Since $\sigma(x) = \frac{1}{2}\bigl(1 + \tanh(x/2)\bigr)$, halve
                    the input as well:

                    $$
                    g(x) = \tfrac{1}{2}\bigl(1 + \operatorname{ISRU}(x/2)\bigr), \qquad
                    g(0) = \tfrac{1}{2}, \qquad g'(0) = \tfrac{1}{2} \cdot \tfrac{1}{2} \cdot
                    \operatorname{ISRU}'(0) = 0.25 = \sigma'(0).
                    $$

                    The two gates then agree to first order at $0$, and the ISRU gate still
                    needs no exponential.
                    <!-- answer: 1 - isru(10.0) = 0.004963 -->
                    <!-- answer: 1 - softsign(10.0) = 0.0909 -->
                    <!-- answer: (1 - tanh(10.0)) * 1e9 = 4.12 -->
                    <!-- answer: (1 + isru(0.0)) / 2 = 0.5 -->
                    <!-- answer: isru.derivative(0.0) / 2 = 0.5 -->
                    <!-- answer: isru.derivative(0.0) / 4 = 0.25 -->
                    <!-- answer: sigmoid.derivative(0.0) = 0.25 -->
                    """
                ),
            ),
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
    Activation(
        name="sparse_sigmoid",
        title="Sparse sigmoid",
        aliases=("sparsesigmoid",),
        summary=r"The sparse sigmoid is $(x + 1)/2$ clipped to $[0, 1]$: a hard sigmoid that is "
        r"exactly $0$ up to $x = -1$ and exactly $1$ from $x = 1$, the two-class sparsemax and "
        "the derivative of sparse plus.",
        function=sparse_sigmoid,
        derivative=sparse_sigmoid_derivative,
        latex=r"\operatorname{sparse\_sigmoid}(x) = \begin{cases} 0 & x \le -1 \\ \frac{1}{2}(x + 1) & -1 < x < 1 \\ 1 & x \ge 1 \end{cases}",
        derivative_latex=r"\operatorname{sparse\_sigmoid}'(x) = \begin{cases} \frac{1}{2} & -1 < x < 1 \\ 0 & \text{otherwise} \end{cases}",
        sympy="Piecewise((0, x <= -1), ((x + 1) / 2, x < 1), (1, True))",
        range=Interval(0.0, 1.0, low_closed=True, high_closed=True),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=False,
            smoothness="C0",
            saturation="both",
            identity_near_zero=False,
        ),
        kinks=lambda: (-1.0, 1.0),
        kink_convention=r"The sparse sigmoid is not differentiable at $x = -1$ and $x = 1$; the "
        r"derivative returns $0$ at both, the value of the constant pieces, as Keras's "
        "TensorFlow backend does (its `tf.where` picks them there); `jax.nn.sparse_sigmoid` "
        r"is a `jnp.clip`, whose gradient there is $1/4$, the mean of the two one-sided slopes.",
        frameworks=Frameworks(
            None,
            "tf.keras.activations.sparse_sigmoid(x)  # Keras >= 3.10 (TensorFlow >= 2.16); "
            "not in Keras 2",
            "jax.nn.sparse_sigmoid(x)  # JAX >= 0.4.27",
        ),
        references=(MARTINS_2016, BLONDEL_2020, COURBARIAUX_2015),
        example=Example("[-2.0, 0.0, 0.5, 2.0]", "array([0.  , 0.5 , 0.75, 1.  ])"),
        family="sigmoidal",
        origin="The sparse sigmoid is what sparsemax, the Euclidean projection onto the "
        "probability simplex that Martins and Astudillo (2016) proposed as a sparse "
        r"alternative to softmax, gives for two classes with scores $x$ and $0$, just as "
        "softmax over the same two scores gives the logistic sigmoid. Blondel, Martins and "
        "Niculae (2020) placed both in one framework: in their Fenchel-Young losses a "
        "regulariser on the probabilities defines both the prediction map and its loss; "
        "Shannon's entropy gives the sigmoid and the logistic loss, and the Gini entropy "
        "gives the sparse sigmoid, whose antiderivative is sparse plus. The same clipped line "
        "had served earlier as the hard sigmoid of BinaryConnect (Courbariaux, Bengio and "
        "David 2015). JAX added `jax.nn.sparse_sigmoid` in 2024, citing Blondel et al., and "
        "Keras 3.10 followed in 2025.",
        uses="Binary prediction with sparse probabilities: trained with its Fenchel-Young loss, "
        r"sparse plus minus $yx$, an example scored beyond $\pm 1$ gets probability exactly "
        r"$0$ or $1$ and contributes no gradient. As a cheap piecewise-linear sigmoid it is a "
        r"hard sigmoid of slope $1/2$: PyTorch's `Hardsigmoid` of $3x$ and Keras 2's "
        r"`hard_sigmoid` of $2.5x$ compute the same function. It is rare as a hidden "
        "activation.",
        strengths=(
            r"It reaches exactly $0$ and $1$, at $x = -1$ and $x = 1$, which the logistic "
            "sigmoid only approaches: a probability or a gate can be fully off or on.",
            "A multiply, an add and a clip, with no exponential, which suits low-precision and "
            "fixed-point arithmetic.",
            "It is the two-class sparsemax and the derivative of sparse plus, so it comes with "
            "a convex loss that has a margin.",
        ),
        weaknesses=(
            r"Outside $(-1, 1)$ its gradient is exactly $0$: a saturated unit gets no signal "
            "to come back, where the sigmoid's small gradient would still move it.",
            r"It has kinks at $x = -1$ and $x = 1$, and frameworks disagree on the derivative "
            r"there: $0$ in Keras's TensorFlow backend, $1/4$ in JAX.",
            r"Hard sigmoids come in several slopes ($1/6$ in PyTorch, $0.2$ in Keras 2, $1/2$ "
            "here), so the name alone does not say which curve a model used.",
        ),
        derivation=(
            Step(
                r"On each open piece the function is a line: the constants $0$ and $1$ have "
                r"derivative $0$, and $(x + 1)/2$ has derivative $1/2$:",
                r"\frac{d}{dx}\,\frac{x + 1}{2} = \frac{1}{2} \quad (-1 < x < 1), \qquad \frac{d}{dx}\,0 = \frac{d}{dx}\,1 = 0 \quad (\lvert x \rvert > 1)",
            ),
            Step(
                r"At $x = -1$ the pieces meet, both giving $0$, so the function is continuous; "
                r"but the difference quotients differ by side, $0$ from the left and $1/2$ from "
                r"the right. The same happens at $x = 1$ with the sides swapped, so neither "
                "point has a derivative:",
                r"\begin{aligned} \lim_{h \to 0^{-}} \frac{f(-1 + h) - f(-1)}{h} &= \lim_{h \to 0^{-}} \frac{0}{h} = 0 \\ \lim_{h \to 0^{+}} \frac{f(-1 + h) - f(-1)}{h} &= \lim_{h \to 0^{+}} \frac{h/2}{h} = \frac{1}{2} \end{aligned}",
            ),
            Step(
                r"Away from the kinks the derivative is $1/2$ times the indicator of "
                r"$(-1, 1)$, which is also the second derivative of sparse plus; at the kinks "
                r"the registry returns $0$, the slope of the constant pieces:",
                r"\operatorname{sparse\_sigmoid}'(x) = \tfrac{1}{2}\,\mathbf{1}\{-1 < x < 1\} = \operatorname{sparse\_plus}''(x) \quad (x \ne \pm 1)",
            ),
            Step(
                r"Why it is the two-class sparsemax: sparsemax maps the scores $(x, 0)$ to the "
                r"nearest point $(p, 1 - p)$ with $0 \le p \le 1$. Without the bounds, setting "
                r"the derivative $2(p - x) - 2(1 - p)$ of the squared distance to zero gives "
                r"$p = (x + 1)/2$; the bounds clip it to $[0, 1]$:",
                r"\operatorname{sparsemax}(x, 0)_{1} = \arg\min_{0 \le p \le 1} \bigl[(p - x)^{2} + (1 - p)^{2}\bigr] = \min\Bigl(\max\Bigl(\frac{x + 1}{2}, 0\Bigr), 1\Bigr)",
            ),
        ),
        exercises=(
            Exercise(
                r"Compute the sparse sigmoid and its derivative at $x = -2$, $-0.5$, $0$ and "
                r"$0.5$, and compare with the logistic sigmoid $\sigma$: its value at $0.5$, its "
                r"slope at $0$, and the input at which it reaches $0.99$.",
                cleandoc(
                    r"""
                    At $x = -2$ the input is below $-1$: value $0$, slope $0$. Inside
                    $(-1, 1)$ the value is $(x + 1)/2$, so $0.25$ at $x = -0.5$, $0.5$ at
                    $x = 0$ and $0.75$ at $x = 0.5$, with slope $1/2$ throughout.

                    The logistic sigmoid gives $\sigma(0.5) \approx 0.6225$ and has slope
                    $\sigma'(0) = 0.25$ at the origin: the sparse sigmoid is twice as steep
                    there, which is what lets it reach $1$ already at $x = 1$. The sigmoid
                    reaches $0.99$ only at $x = \ln 99 \approx 4.5951$, and never reaches $1$.
                    <!-- answer: sparse_sigmoid(-2.0) = 0 -->
                    <!-- answer: sparse_sigmoid(-0.5) = 0.25 -->
                    <!-- answer: sparse_sigmoid(0.5) = 0.75 -->
                    <!-- answer: sparse_sigmoid.derivative(0.5) = 0.5 -->
                    <!-- answer: sigmoid(0.5) = 0.6225 -->
                    <!-- answer: sigmoid.derivative(0.0) = 0.25 -->
                    <!-- answer: root(lambda x: sigmoid(x) - 0.99, 0, 10) = 4.5951 -->
                    """
                ),
            ),
            Exercise(
                r"Show that the sparse sigmoid is PyTorch's Hardsigmoid, "
                r"$\min(\max(x + 3, 0), 6)/6$, evaluated at $3x$, and Keras 2's hard sigmoid, "
                r"$0.2x + 0.5$ clipped to $[0, 1]$, evaluated at $2.5x$. Check at $x = 0.5$ "
                "and $x = 1$, including the derivative.",
                cleandoc(
                    r"""
                    Substitute: $(3x + 3)/6 = (x + 1)/2$, and the clip of $x + 3$ to $[0, 6]$
                    at $3x$ becomes the clip of $(x + 1)/2$ to $[0, 1]$. For Keras 2,
                    $0.2 \cdot 2.5x + 0.5 = (x + 1)/2$ as well. All three are the same line of
                    slope $1/2$ clipped to $[0, 1]$; only the input's scale differs.

                    At $x = 0.5$ the Hardsigmoid of $1.5$ is $0.75$, the sparse sigmoid's
                    value. By the chain rule its derivative is $3$ times Hardsigmoid's slope
                    $1/6$, that is $0.5$. At $x = 1$ the Hardsigmoid of $3$ is $1$, and
                    PyTorch's derivative of Hardsigmoid at its kink $3$ is $0$, so the
                    composition's derivative is $0$ too: the convention this registry uses.
                    <!-- answer: hardsigmoid(3 * 0.5) = 0.75 -->
                    <!-- answer: sparse_sigmoid(0.5) = 0.75 -->
                    <!-- answer: 3 * hardsigmoid.derivative(3 * 0.5) = 0.5 -->
                    <!-- answer: hardsigmoid(3 * 1.0) = 1 -->
                    <!-- answer: 3 * hardsigmoid.derivative(3 * 1.0) = 0 -->
                    <!-- answer: sparse_sigmoid.derivative(1.0) = 0 -->
                    """
                ),
            ),
            Exercise(
                r"Sparsemax of two scores $(z_1, z_2)$ is the sparse sigmoid of their "
                r"difference, $p_1 = \operatorname{sparse\_sigmoid}(z_1 - z_2)$. Compute $p_1$ "
                r"and $p_2$ for the scores $(1.2, 0.4)$ and $(3, 0.5)$, compare with softmax, "
                "and say when sparsemax gives a class probability exactly $0$.",
                cleandoc(
                    r"""
                    Sparsemax, like softmax, depends only on the difference of the scores:
                    adding the same number to both moves the scores along the direction
                    $(1, 1)$, perpendicular to the simplex, which does not change the nearest
                    point on it. For $(1.2, 0.4)$ the difference is $0.8$, so
                    $p_1 = 1.8/2 = 0.9$ and $p_2 = 0.1$. For $(3, 0.5)$ the difference $2.5$
                    exceeds $1$: $p_1 = 1$ and $p_2 = 0$ exactly, where softmax gives
                    $\sigma(2.5) \approx 0.9241$ and keeps $0.0759$ for the second class.

                    A class gets probability $0$ as soon as the other's score leads by $1$ or
                    more; between, the probabilities move linearly with the difference.
                    <!-- answer: sparse_sigmoid(1.2 - 0.4) = 0.9 -->
                    <!-- answer: 1 - sparse_sigmoid(1.2 - 0.4) = 0.1 -->
                    <!-- answer: sparse_sigmoid(3.0 - 0.5) = 1 -->
                    <!-- answer: sigmoid(2.5) = 0.9241 -->
                    <!-- answer: 1 - sigmoid(2.5) = 0.0759 -->
                    """
                ),
            ),
        ),
    ),
]
