"""Vector activations: the softmax family (normalisers) and the gated linear units.

Kernels receive a float array with at least one dimension and a valid, non-negative
axis (activations.vector checks both). Softmax and log-softmax subtract the largest
entry before exponentiating (the log-sum-exp shift), so no finite input overflows; an
entry of +inf takes all the mass (shared equally with other +inf entries), a vector
that is all -inf or holds a NaN gives NaN, as in PyTorch.
"""

from __future__ import annotations

from collections.abc import Callable
from inspect import cleandoc
from typing import Any

import numpy as np

from activations.registry import Exercise, FloatArray, Frameworks, Param, Reference, Step
from activations.vector import VectorActivation

TEMPERATURE = Param(
    "temperature",
    1.0,
    r"Divides the input before the exponential: below 1 sharper, above 1 flatter.",
    low=0.0,
    low_open=True,
    symbol="T",
)

BRIDLE_1990 = Reference(
    "J. S. Bridle",
    "Probabilistic interpretation of feedforward classification network outputs, with "
    "relationships to statistical pattern recognition",
    1990,
    "https://doi.org/10.1007/978-3-642-76153-9_28",
)
MARTINS_2016 = Reference(
    "A. F. T. Martins, R. F. Astudillo",
    "From softmax to sparsemax: a sparse model of attention and multi-label classification",
    2016,
    "https://arxiv.org/abs/1602.02068",
)
DAUPHIN_2017 = Reference(
    "Y. N. Dauphin, A. Fan, M. Auli, D. Grangier",
    "Language modeling with gated convolutional networks",
    2017,
    "https://arxiv.org/abs/1612.08083",
)
SHAZEER_2020 = Reference(
    "N. Shazeer", "GLU variants improve Transformer", 2020, "https://arxiv.org/abs/2002.05202"
)
VASWANI_2017 = Reference(
    "A. Vaswani, N. Shazeer, N. Parmar, J. Uszkoreit, L. Jones, A. N. Gomez, Ł. Kaiser, "
    "I. Polosukhin",
    "Attention is all you need",
    2017,
    "https://arxiv.org/abs/1706.03762",
)
HINTON_2015 = Reference(
    "G. Hinton, O. Vinyals, J. Dean",
    "Distilling the knowledge in a neural network",
    2015,
    "https://arxiv.org/abs/1503.02531",
)
GUO_2017 = Reference(
    "C. Guo, G. Pleiss, Y. Sun, K. Q. Weinberger",
    "On calibration of modern neural networks",
    2017,
    "https://arxiv.org/abs/1706.04599",
)
SNELL_2017 = Reference(
    "J. Snell, K. Swersky, R. S. Zemel",
    "Prototypical networks for few-shot learning",
    2017,
    "https://arxiv.org/abs/1703.05175",
)
PETERS_2019 = Reference(
    "B. Peters, V. Niculae, A. F. T. Martins",
    "Sparse sequence-to-sequence models",
    2019,
    "https://arxiv.org/abs/1905.05702",
)
ARIK_2021 = Reference(
    "S. Ö. Arik, T. Pfister",
    "TabNet: attentive interpretable tabular learning",
    2021,
    "https://arxiv.org/abs/1908.07442",
)
HOCHREITER_1997 = Reference(
    "S. Hochreiter, J. Schmidhuber",
    "Long short-term memory",
    1997,
    "https://doi.org/10.1162/neco.1997.9.8.1735",
)
VAN_DEN_OORD_2016 = Reference(
    "A. van den Oord, N. Kalchbrenner, O. Vinyals, L. Espeholt, A. Graves, K. Kavukcuoglu",
    "Conditional image generation with PixelCNN decoders",
    2016,
    "https://arxiv.org/abs/1606.05328",
)
GEHRING_2017 = Reference(
    "J. Gehring, M. Auli, D. Grangier, D. Yarats, Y. N. Dauphin",
    "Convolutional sequence to sequence learning",
    2017,
    "https://arxiv.org/abs/1705.03122",
)
GULATI_2020 = Reference(
    "A. Gulati et al.",
    "Conformer: convolution-augmented Transformer for speech recognition",
    2020,
    "https://arxiv.org/abs/2005.08100",
)
MNIH_2007 = Reference(
    "A. Mnih, G. Hinton",
    "Three new graphical models for statistical language modelling",
    2007,
    "https://doi.org/10.1145/1273496.1273577",
)
RAFFEL_2020 = Reference(
    "C. Raffel, N. Shazeer, A. Roberts, K. Lee, S. Narang, M. Matena, Y. Zhou, W. Li, P. J. Liu",
    "Exploring the limits of transfer learning with a unified text-to-text Transformer",
    2020,
    "https://arxiv.org/abs/1910.10683",
)
GEMMA_2024 = Reference(
    "Gemma Team",
    "Gemma: open models based on Gemini research and technology",
    2024,
    "https://arxiv.org/abs/2403.08295",
)
# Where Gemma's gate is stated exactly: GemmaMLP calls F.gelu(gate, approximate="tanh").
GEMMA_PYTORCH = Reference(
    "Google",
    "gemma_pytorch: the official PyTorch implementation of Google's Gemma models",
    2024,
    "https://github.com/google/gemma_pytorch",
)
CHOWDHERY_2022 = Reference(
    "A. Chowdhery et al.",
    "PaLM: scaling language modeling with pathways",
    2022,
    "https://arxiv.org/abs/2204.02311",
)
TOUVRON_2023 = Reference(
    "H. Touvron et al.",
    "LLaMA: open and efficient foundation language models",
    2023,
    "https://arxiv.org/abs/2302.13971",
)
SO_2021 = Reference(
    "D. R. So, W. Mańke, H. Liu, Z. Dai, N. Shazeer, Q. V. Le",
    "Primer: searching for efficient Transformers for language modeling",
    2021,
    "https://arxiv.org/abs/2109.08668",
)


# ---- The softmax family ---------------------------------------------------------------


def _shifted(z: FloatArray, axis: int) -> tuple[FloatArray, FloatArray]:
    """z minus its largest entry along axis (the log-sum-exp shift), with +inf entries
    mapped to 0 and the others to -inf when a vector holds +inf, and that largest entry."""
    top = np.max(z, axis=axis, keepdims=True)
    infinite = np.isposinf(top)
    with np.errstate(invalid="ignore"):
        shifted = np.where(infinite, np.where(np.isposinf(z), 0.0, -np.inf), z - top)
    return shifted, top


def softmax(x: FloatArray, axis: int, temperature: float = 1.0) -> FloatArray:
    shifted, _ = _shifted(x / temperature, axis)
    e = np.exp(shifted)
    with np.errstate(invalid="ignore"):
        return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(x: FloatArray, axis: int, temperature: float = 1.0) -> FloatArray:
    shifted, _ = _shifted(x / temperature, axis)
    with np.errstate(divide="ignore", invalid="ignore"):
        return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))


def softmin(x: FloatArray, axis: int, temperature: float = 1.0) -> FloatArray:
    return softmax(-x, axis, temperature)


def _softmax_jacobian(p: FloatArray, temperature: float) -> FloatArray:
    # d p_i / d x_j = p_i (delta_ij - p_j) / T
    return (np.diag(p) - np.outer(p, p)) / temperature


def softmax_jacobian(v: FloatArray, temperature: float = 1.0) -> FloatArray:
    return _softmax_jacobian(softmax(v, 0, temperature), temperature)


def log_softmax_jacobian(v: FloatArray, temperature: float = 1.0) -> FloatArray:
    # d (z_i - logsumexp z) / d x_j = (delta_ij - p_j) / T
    p = softmax(v, 0, temperature)
    return (np.eye(v.size) - p[np.newaxis, :]) / temperature


def softmin_jacobian(v: FloatArray, temperature: float = 1.0) -> FloatArray:
    # softmin(x) = softmax(-x): the chain rule flips the sign
    return -_softmax_jacobian(softmin(v, 0, temperature), temperature)


def softmax_vjp(x: FloatArray, g: FloatArray, axis: int, temperature: float = 1.0) -> FloatArray:
    p = softmax(x, axis, temperature)
    return p * (g - np.sum(g * p, axis=axis, keepdims=True)) / temperature


def log_softmax_vjp(
    x: FloatArray, g: FloatArray, axis: int, temperature: float = 1.0
) -> FloatArray:
    p = softmax(x, axis, temperature)
    return (g - p * np.sum(g, axis=axis, keepdims=True)) / temperature


def softmin_vjp(x: FloatArray, g: FloatArray, axis: int, temperature: float = 1.0) -> FloatArray:
    p = softmin(x, axis, temperature)
    return -p * (g - np.sum(g * p, axis=axis, keepdims=True)) / temperature


# ---- Sparsemax --------------------------------------------------------------------------


def _threshold(x: FloatArray, axis: int) -> FloatArray:
    """tau with sum(max(x - tau, 0)) = 1 along axis (Martins and Astudillo, algorithm 1):
    sorted descending, the support is the k largest with 1 + k z_(k) > sum of the k."""
    z = np.moveaxis(x, axis, -1)
    ordered = -np.sort(-z, axis=-1)
    ks = np.arange(1, z.shape[-1] + 1, dtype=z.dtype)
    cumulative = np.cumsum(ordered, axis=-1)
    support = 1 + ks * ordered > cumulative
    k = np.sum(support, axis=-1, keepdims=True)  # at least 1: the largest is always in
    with np.errstate(invalid="ignore"):
        tau = (np.take_along_axis(cumulative, k - 1, axis=-1) - 1) / k
    return np.moveaxis(tau, -1, axis)


def sparsemax(x: FloatArray, axis: int) -> FloatArray:
    # Finite rows: max(x - tau, 0). A row with +inf entries takes its limit, as softmax
    # does: 1/m on each of its m infinite entries, 0 elsewhere (x - tau there is inf - inf,
    # hence the silenced warning); a row with a NaN is NaN throughout.
    with np.errstate(invalid="ignore"):
        out = np.maximum(x - _threshold(x, axis), 0.0)
    top = np.isposinf(x)
    if top.any():
        count = np.sum(top, axis=axis, keepdims=True)
        out = np.where(count > 0, top / np.maximum(count, 1), out)
    out = np.where(np.isnan(x).any(axis=axis, keepdims=True), np.nan, out)
    return out.astype(x.dtype, copy=False)


def sparsemax_jacobian(v: FloatArray) -> FloatArray:
    # On the support S: delta_ij - 1/|S|; zero rows and columns off it.
    s = (sparsemax(v, 0) > 0).astype(v.dtype)
    return np.diag(s) - np.outer(s, s) / np.sum(s)


def sparsemax_vjp(x: FloatArray, g: FloatArray, axis: int) -> FloatArray:
    s = (sparsemax(x, axis) > 0).astype(np.result_type(x, g))
    mean = np.sum(g * s, axis=axis, keepdims=True) / np.sum(s, axis=axis, keepdims=True)
    return s * (g - mean)


# ---- Gated linear units ---------------------------------------------------------------


def _gate(
    name: str,
) -> tuple[Callable[[FloatArray], FloatArray], Callable[[FloatArray], FloatArray]]:
    """The scalar gate and its derivative, from the scalar registry (its tested kernels),
    looked up when called: the registry is not built yet when this module loads."""
    if name == "linear":
        return (lambda b: b), np.ones_like

    def gate(b: FloatArray) -> FloatArray:
        from activations import function

        return np.asarray(function(name)(b))

    def slope(b: FloatArray) -> FloatArray:
        from activations import function

        return np.asarray(function(name).derivative(b))

    return gate, slope


def _gated(gate_name: str) -> tuple[Callable[..., FloatArray], ...]:
    gate, slope = _gate(gate_name)

    def forward(x: FloatArray, axis: int) -> FloatArray:
        a, b = np.split(x, 2, axis=axis)
        return a * gate(b)

    def jacobian(v: FloatArray) -> FloatArray:
        # f_i = a_i g(b_i): d f_i / d a_i = g(b_i), d f_i / d b_i = a_i g'(b_i)
        a, b = np.split(v, 2)
        return np.concatenate([np.diag(gate(b)), np.diag(a * slope(b))], axis=1)

    def vjp(x: FloatArray, g: FloatArray, axis: int) -> FloatArray:
        a, b = np.split(x, 2, axis=axis)
        return np.concatenate([g * gate(b), g * a * slope(b)], axis=axis)

    return forward, jacobian, vjp


def _gated_entry(
    name: str,
    title: str,
    gate: str,
    gate_latex: str,
    summary: str,
    frameworks: Frameworks,
    extra_references: tuple[Reference, ...] = (),
    **lesson: Any,
) -> VectorActivation:
    forward, jacobian, vjp = _gated(gate)
    return VectorActivation(
        name=name,
        title=title,
        kind="gated",
        summary=summary,
        function=forward,
        jacobian=jacobian,
        vjp=vjp,
        latex=rf"\operatorname{{{title}}}(a, b) = a \odot {gate_latex}",
        jacobian_latex=(
            rf"\frac{{\partial f_i}}{{\partial a_j}} = \delta_{{ij}}\,g(b_i), \qquad "
            rf"\frac{{\partial f_i}}{{\partial b_j}} = \delta_{{ij}}\,a_i\,g'(b_i), \qquad "
            rf"g(b) = {gate_latex}"
        ),
        frameworks=frameworks,
        references=((SHAZEER_2020, DAUPHIN_2017) if name != "glu" else (DAUPHIN_2017,))
        + extra_references,
        **lesson,
    )


ENTRIES = [
    VectorActivation(
        name="softmax",
        title="Softmax",
        kind="normaliser",
        summary="Softmax turns a vector of real scores into probabilities: exponentials, "
        "divided by their sum.",
        function=softmax,
        jacobian=softmax_jacobian,
        vjp=softmax_vjp,
        params=(TEMPERATURE,),
        sums_to_one=True,
        latex=r"\operatorname{softmax}(x)_i = \frac{e^{x_i / T}}{\sum_j e^{x_j / T}}",
        jacobian_latex=r"\frac{\partial p_i}{\partial x_j} = \frac{1}{T}\,p_i\,(\delta_{ij} - p_j)",
        frameworks=Frameworks(
            "torch.nn.functional.softmax(x / T, dim=-1)",
            "tf.nn.softmax(x / T, axis=-1)",
            "jax.nn.softmax(x / T, axis=-1)",
        ),
        references=(BRIDLE_1990, VASWANI_2017, HINTON_2015, GUO_2017),
        origin=r"The formula is older than neural networks. In statistical mechanics a system "
        r"in equilibrium at temperature $T$ is found in a state of energy $E_i$ with "
        r"probability proportional to $e^{-E_i/kT}$: Boltzmann derived this distribution in "
        "1868, and Gibbs made it the canonical ensemble of his *Elementary "
        "Principles in Statistical Mechanics* (1902). Softmax with a temperature is that "
        "distribution with the scores in the place of negative energies, which is why its "
        "parameter is called a temperature. The name is Bridle's (1990). To read the outputs "
        "of a multi-output network as class probabilities, he proposed a 'normalised "
        "exponential (softmax)' output stage, a multi-input generalisation of the logistic "
        "sigmoid, trained with a probability score, the log-probability of the correct class "
        "(today's cross-entropy), instead of squared error. The name describes the behaviour: "
        "a smooth, differentiable stand-in for picking the largest score, whose output tends "
        r"to the one-hot indicator of that score as $T \to 0$. Strictly it softens the "
        "*argmax*, not the max.",
        uses=r"The output layer of every multi-class classifier: a linear layer gives one score "
        "(a logit) per class and softmax turns the scores into a distribution, as in "
        "multinomial logistic regression. Inside every Transformer, scaled dot-product "
        r"attention weights the values by $\operatorname{softmax}(QK^\top/\sqrt{d_k})$ "
        r"(Vaswani et al., 2017); the division by $\sqrt{d_k}$ is there because large dot "
        "products push the softmax into regions where its gradient is extremely small. "
        "Language models sample the next token from a softmax whose temperature trades "
        "diversity for reliability. Hinton, Vinyals and Dean (2015) distil a large model into "
        "a small one by matching their softmax outputs at a raised temperature, and Guo et "
        "al. (2017) calibrate a trained classifier by fitting a single temperature on "
        "held-out data (temperature scaling), which changes its confidences but never its "
        "predicted class. For training, the frameworks fuse softmax with the logarithm of "
        "the cross-entropy loss: see [log-softmax](log_softmax.md).",
        strengths=(
            r"Its outputs are positive and sum to $1$, so they read as probabilities, and with "
            r"the cross-entropy loss its gradient with respect to the scores is simply $p - y$.",
            r"It is smooth ($C^\infty$) and depends only on the differences between scores: "
            "adding the same constant to every score changes nothing, which is what makes "
            "subtracting the largest score before exponentiating exact.",
            r"One parameter, the temperature, moves it continuously from the uniform "
            r"distribution ($T \to \infty$) to a hard argmax ($T \to 0$); for two classes it "
            "is exactly the logistic sigmoid.",
        ),
        weaknesses=(
            "It saturates: when one score leads by a few units its probability is close to "
            r"$1$ and every entry of the Jacobian $p_i(\delta_{ij} - p_j)/T$ is close to $0$, "
            "so the scores stop receiving gradient. This is why attention scales its logits "
            r"by $1/\sqrt{d_k}$.",
            "It never outputs an exact zero, so attention over a long input spreads some "
            "weight over every position; [sparsemax](sparsemax.md) gives exact zeros.",
            r"Computed naively, $e^{x_i}$ overflows for scores above about $709$ in float64 "
            r"(about $88$ in float32); implementations subtract the largest score first. "
            "Taking the logarithm of its output loses the small probabilities, so losses use "
            "log-softmax instead.",
            "A high softmax probability is not a calibrated confidence: modern networks are "
            "often overconfident (Guo et al., 2017).",
        ),
        derivation=(
            Step(
                r"Write the scaled scores as $z = x/T$ and the normaliser as $S$, so that "
                r"each output is a quotient of two functions of $z$.",
                r"p_i = \frac{e^{z_i}}{S}, \qquad S = \sum_k e^{z_k}, \qquad z_k = \frac{x_k}{T}",
            ),
            Step(
                r"Differentiate with respect to $z_j$ by the quotient rule. The numerator "
                r"$e^{z_i}$ depends on $z_j$ only when $i = j$, so its derivative is "
                r"$\delta_{ij}\,e^{z_i}$; the denominator has derivative "
                r"$\partial S/\partial z_j = e^{z_j}$.",
                r"\frac{\partial p_i}{\partial z_j} = \frac{\delta_{ij}\,e^{z_i}\,S - e^{z_i}\,e^{z_j}}{S^{2}}",
            ),
            Step(
                r"Split the fraction: each of $e^{z_i}/S$ and $e^{z_j}/S$ is an output "
                "probability, so the derivative is written in the outputs alone.",
                r"\frac{\partial p_i}{\partial z_j} = \delta_{ij}\,p_i - p_i\,p_j = p_i\,(\delta_{ij} - p_j)",
            ),
            Step(
                r"By the chain rule through $z_j = x_j/T$, whose derivative is $1/T$, every "
                "entry is divided by the temperature.",
                r"\frac{\partial p_i}{\partial x_j} = \frac{\partial p_i}{\partial z_j}\,\frac{d z_j}{d x_j} = \frac{1}{T}\,p_i\,(\delta_{ij} - p_j)",
            ),
            Step(
                r"In matrix form $J$ is symmetric, and each row sums to "
                r"$p_i - p_i \sum_j p_j = 0$: moving all scores together does nothing. A "
                r"backward pass never builds $J$; it needs only the product of a gradient $g$ "
                "with it, which is what the kernel computes.",
                r"J = \frac{1}{T}\bigl(\operatorname{diag}(p) - p\,p^{\top}\bigr), \qquad J\,\mathbf{1} = 0, \qquad g^{\top} J = \frac{1}{T}\,p \odot \bigl(g - (g^{\top} p)\,\mathbf{1}\bigr)",
            ),
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                Compute $p = \operatorname{softmax}(x)$ for $x = (1, 2, 3)$ at $T = 1$, then the
                Jacobian entries $\partial p_3/\partial x_3$ and $\partial p_1/\partial x_3$.
                Check that the third row of the Jacobian sums to $0$, and explain why every row
                must.
                """),
                cleandoc(r"""
                The exponentials are $e^1 \approx 2.7183$, $e^2 \approx 7.3891$ and
                $e^3 \approx 20.0855$, with sum $30.1929$, so $p \approx (0.0900, 0.2447, 0.6652)$.
                With $\partial p_i/\partial x_j = p_i(\delta_{ij} - p_j)$:

                $$
                \frac{\partial p_3}{\partial x_3} = p_3\,(1 - p_3) \approx 0.2227, \qquad \frac{\partial p_1}{\partial x_3} = -p_1\,p_3 \approx -0.0599
                $$

                The remaining entry of the third row is $-p_2 p_3 \approx -0.1628$, and
                $-0.0599 - 0.1628 + 0.2227 = 0$. In general
                $\sum_j p_i(\delta_{ij} - p_j) = p_i - p_i \sum_j p_j = 0$, so $J\mathbf{1} = 0$:
                the direction $\mathbf{1}$, adding the same amount to every score, is invisible
                to softmax. That is the infinitesimal form of
                $\operatorname{softmax}(x + c) = \operatorname{softmax}(x)$.
                <!-- answer: math.exp(1) + math.exp(2) + math.exp(3) = 30.1929 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]))[0] = 0.0900 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]))[1] = 0.2447 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]))[2] = 0.6652 -->
                <!-- answer: softmax.jacobian(np.array([1.0, 2.0, 3.0]))[2, 2] = 0.2227 -->
                <!-- answer: softmax.jacobian(np.array([1.0, 2.0, 3.0]))[0, 2] = -0.0599 -->
                <!-- answer: softmax.jacobian(np.array([1.0, 2.0, 3.0]))[2, 1] = -0.1628 -->
                <!-- answer: np.sum(softmax.jacobian(np.array([1.0, 2.0, 3.0]))[2]) = 0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Show that softmax of two scores is the logistic sigmoid,
                $\operatorname{softmax}(x, 0)_1 = \sigma(x)$, and that the Jacobian entry
                $\partial p_1/\partial x$ is $\sigma'(x)$. Evaluate both at $x = 1.5$. What does
                this say about a two-class softmax layer?
                """),
                cleandoc(r"""
                Divide numerator and denominator by $e^{x}$:

                $$
                \operatorname{softmax}(x, 0)_1 = \frac{e^{x}}{e^{x} + e^{0}} = \frac{1}{1 + e^{-x}} = \sigma(x)
                $$

                The diagonal Jacobian entry is $p_1(1 - p_1) = \sigma(x)\bigl(1 - \sigma(x)\bigr)$,
                which is the sigmoid's derivative. At $x = 1.5$, $p_1 \approx 0.8176$ and
                $\partial p_1/\partial x \approx 0.1491$, the same numbers as
                [the sigmoid](sigmoid.md) and its derivative. More generally
                $\operatorname{softmax}(x_1, x_2)_1 = \sigma(x_1 - x_2)$: only the difference of
                the two scores matters, so a two-class softmax layer carries one redundant score.
                Binary classifiers therefore output a single logit and use the sigmoid.
                <!-- answer: softmax(np.array([1.5, 0.0]))[0] = 0.8176 -->
                <!-- answer: sigmoid(1.5) = 0.8176 -->
                <!-- answer: softmax.jacobian(np.array([1.5, 0.0]))[0, 0] = 0.1491 -->
                <!-- answer: sigmoid.derivative(1.5) = 0.1491 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                For $x = (1, 2, 3)$ compute the softmax at $T = 0.25$ and at $T = 10$, and the
                largest Jacobian entry in each case. Prove that as $T \to 0$ the output tends to
                the one-hot vector of the largest score and as $T \to \infty$ to the uniform
                distribution. What happens to the gradient in each limit?
                """),
                cleandoc(r"""
                At $T = 0.25$ the scaled scores are $(4, 8, 12)$ and
                $p \approx (0.0003, 0.0180, 0.9817)$; at $T = 10$ they are $(0.1, 0.2, 0.3)$ and
                $p \approx (0.3006, 0.3322, 0.3672)$. For the limits, divide by the largest term,
                with $m = \max_k x_k$:

                $$
                p_i = \frac{e^{(x_i - m)/T}}{\sum_j e^{(x_j - m)/T}}
                $$

                Every exponent is $\le 0$, and it is $0$ only for the largest score. As
                $T \to 0$ the other exponents tend to $-\infty$, their terms to $0$, and $p$ to
                the one-hot vector of the maximum (shared equally if several scores tie). As
                $T \to \infty$ every exponent tends to $0$, every term to $1$, and $p$ to
                $1/n$ in each entry.

                Both limits kill the gradient, for different reasons. The largest Jacobian entry
                is $p_3(1 - p_3)/T$: at $T = 0.25$ it is only $0.0719$ although $1/T = 4$,
                because $p_3(1 - p_3)$ is about $0.018$, and it tends to $0$ exponentially as
                $T \to 0$ (saturation). At $T = 10$ it is $0.0232$, close to
                $\tfrac13 \cdot \tfrac23 / T$, and it falls like $1/T$ as $T \to \infty$.
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]), temperature=0.25)[0] = 0.0003 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]), temperature=0.25)[1] = 0.0180 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]), temperature=0.25)[2] = 0.9817 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]), temperature=10.0)[0] = 0.3006 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]), temperature=10.0)[1] = 0.3322 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 3.0]), temperature=10.0)[2] = 0.3672 -->
                <!-- answer: softmax.jacobian(np.array([1.0, 2.0, 3.0]), temperature=0.25)[2, 2] = 0.0719 -->
                <!-- answer: softmax.jacobian(np.array([1.0, 2.0, 3.0]), temperature=0.25)[2, 2] / 4 = 0.018 -->
                <!-- answer: softmax.jacobian(np.array([1.0, 2.0, 3.0]), temperature=10.0)[2, 2] = 0.0232 -->
                """),
            ),
        ),
    ),
    VectorActivation(
        name="log_softmax",
        title="Log-softmax",
        aliases=("logsoftmax",),
        kind="normaliser",
        summary="Log-softmax is the logarithm of softmax, computed without forming the "
        "probabilities: the scores minus their log-sum-exp.",
        function=log_softmax,
        jacobian=log_softmax_jacobian,
        vjp=log_softmax_vjp,
        params=(TEMPERATURE,),
        latex=r"\operatorname{log\,softmax}(x)_i = \frac{x_i}{T} - \log \sum_j e^{x_j / T}",
        jacobian_latex=r"\frac{\partial \ell_i}{\partial x_j} = \frac{1}{T}\,(\delta_{ij} - p_j)",
        frameworks=Frameworks(
            "torch.nn.functional.log_softmax(x / T, dim=-1)",
            "tf.nn.log_softmax(x / T, axis=-1)",
            "jax.nn.log_softmax(x / T, axis=-1)",
        ),
        references=(BRIDLE_1990, HINTON_2015),
        origin="Log-softmax has no inventor of its own: it is the logarithm of Bridle's (1990) "
        "softmax, and it arrived with his probability score, training a network to maximise "
        "the log-probability of the correct class, which is today's cross-entropy loss and "
        r"needs exactly $\log p_y$. Written out, $\log \operatorname{softmax}(x)_i = x_i - "
        r"\log\sum_j e^{x_j}$: the scores minus their log-sum-exp, a smooth and convex "
        "approximation of their maximum. Computing it in that form, rather than as the "
        "logarithm of a computed probability, is a numerical decision. The log-sum-exp shift "
        r"$\log\sum_j e^{x_j} = m + \log\sum_j e^{x_j - m}$, with $m = \max_j x_j$, makes "
        "every exponent non-positive, so nothing overflows, and a probability too small to "
        "represent still has a finite, exact logarithm.",
        uses="Every classifier trained with cross-entropy uses it, usually inside the loss: "
        "PyTorch's `CrossEntropyLoss` combines `LogSoftmax` and `NLLLoss` in one class, and "
        "TensorFlow's `tf.nn.softmax_cross_entropy_with_logits` and Optax's "
        "`softmax_cross_entropy` likewise take the raw scores. Sequence models work with "
        "log-probabilities throughout: beam search and sampling add them along a sequence "
        "instead of multiplying probabilities that would underflow. Distillation (Hinton, "
        "Vinyals and Dean, 2015) minimises a cross-entropy between a teacher's softened "
        "distribution and the student's log-softmax at the same temperature.",
        strengths=(
            "It is numerically stable for any finite scores: with the largest score "
            r"subtracted every exponent is at most $0$, and log-probabilities such as $-200$ "
            r"come out exactly where the probability itself underflows to $0$.",
            r"Its Jacobian is simple, $(\delta_{ij} - p_j)/T$, and with the negative "
            r"log-likelihood it gives the gradient $(p - y)/T$, with no division by a small "
            "probability anywhere.",
            "It is the natural quantity for likelihoods: the log-probabilities of independent "
            "events add.",
        ),
        weaknesses=(
            r"Its outputs are not probabilities: they are $\le 0$ and do not sum to $1$. "
            "Sampling or reporting a confidence needs an exponential, and the output must be "
            "paired with a negative log-likelihood loss, not with a loss that expects "
            "probabilities.",
            "Like softmax it depends only on differences of scores and saturates: once the "
            r"correct class dominates, $p - y \approx 0$ and the example stops contributing "
            "to learning.",
            "Taking the logarithm of a separately computed softmax throws the stability away: "
            r"in float32 the second entry of $\operatorname{softmax}(0, -200)$ underflows to "
            r"$0$ and its logarithm is $-\infty$, where log-softmax returns $-200$.",
        ),
        derivation=(
            Step(
                r"With $z = x/T$, the logarithm turns the quotient of softmax into a "
                "difference: the scaled score minus the logarithm of the normaliser.",
                r"\ell_i = \log p_i = z_i - \log S, \qquad S = \sum_k e^{z_k}",
            ),
            Step(
                r"Differentiate $\log S$ by the chain rule: the outer derivative is $1/S$ and "
                r"the inner one $\partial S/\partial z_j = e^{z_j}$. The result is the "
                "softmax itself.",
                r"\frac{\partial}{\partial z_j} \log S = \frac{1}{S}\,\frac{\partial S}{\partial z_j} = \frac{e^{z_j}}{S} = p_j",
            ),
            Step(
                r"The first term $z_i$ has derivative $\delta_{ij}$; subtract the derivative "
                "of the second.",
                r"\frac{\partial \ell_i}{\partial z_j} = \delta_{ij} - p_j",
            ),
            Step(
                r"By the chain rule through $z_j = x_j/T$ every entry is divided by $T$. The "
                r"same result follows from softmax's Jacobian, since "
                r"$\partial \log p_i = \partial p_i / p_i$.",
                r"\frac{\partial \ell_i}{\partial x_j} = \frac{1}{p_i}\,\frac{\partial p_i}{\partial x_j} = \frac{1}{T}\,(\delta_{ij} - p_j)",
            ),
            Step(
                r"For the cross-entropy loss $L = -\ell_y$ of a correct class $y$, take the "
                r"row $y$ of the Jacobian with a minus sign: the gradient is the predicted "
                r"distribution minus the one-hot target, divided by $T$.",
                r"\frac{\partial L}{\partial x_j} = -\frac{\partial \ell_y}{\partial x_j} = \frac{1}{T}\,\bigl(p_j - \delta_{yj}\bigr)",
            ),
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                Compute the log-softmax of $x = (1000, 1001, 1002)$ by the log-sum-exp shift,
                and say what a direct evaluation of $\log\bigl(e^{x_i} / \sum_j e^{x_j}\bigr)$
                gives in float64. Then compare, in float32, the logarithm of
                $\operatorname{softmax}(0, -200)$ with $\operatorname{log\,softmax}(0, -200)$.
                """),
                cleandoc(r"""
                With $m = 1002$ the shifted sum is $e^{-2} + e^{-1} + 1 \approx 1.5032$, whose
                logarithm is $0.4076$, so

                $$
                \log \sum_j e^{x_j} = 1002 + \log\bigl(e^{-2} + e^{-1} + 1\bigr) \approx 1002.4076
                $$

                and the output is $x - 1002.4076 \approx (-2.4076, -1.4076, -0.4076)$. The
                direct route fails: float64 overflows above about $e^{709.78}$, so each
                $e^{x_i}$ is $\infty$ and the quotient $\infty/\infty$ is NaN.

                In float32, $e^{-200} \approx 1.4 \times 10^{-87}$ is far below the smallest
                positive float32 number (about $1.4 \times 10^{-45}$), so the second softmax
                entry rounds to 0.0 and its logarithm is $-\infty$. Log-softmax computes
                $-200 - \log(1 + e^{-200})$, which is $-200.0$ in float32: the information the
                probability lost is kept in its logarithm.
                <!-- answer: 1 + math.exp(-1) + math.exp(-2) = 1.5032 -->
                <!-- answer: math.log(1 + math.exp(-1) + math.exp(-2)) = 0.4076 -->
                <!-- answer: 1000 - log_softmax(np.array([1000.0, 1001.0, 1002.0]))[0] = 1002.4076 -->
                <!-- answer: log_softmax(np.array([1000.0, 1001.0, 1002.0]))[0] = -2.4076 -->
                <!-- answer: log_softmax(np.array([1000.0, 1001.0, 1002.0]))[1] = -1.4076 -->
                <!-- answer: log_softmax(np.array([1000.0, 1001.0, 1002.0]))[2] = -0.4076 -->
                <!-- answer: softmax(np.array([0.0, -200.0], dtype=np.float32))[1] = 0.0 -->
                <!-- answer: log_softmax(np.array([0.0, -200.0], dtype=np.float32))[1] = -200.0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                A classifier gives the scores $x = (2, 1, 0.1)$ and the correct class is the
                first. Compute the cross-entropy loss $L = -\ell_1$ and, from the Jacobian of
                log-softmax at $T = 1$, its gradient with respect to the scores. Check that the
                gradient sums to $0$, and say what a gradient step does to each score.
                """),
                cleandoc(r"""
                The probabilities are $p \approx (0.6590, 0.2424, 0.0986)$ and the loss is
                $L = -\log 0.6590 \approx 0.4170$. The gradient is minus the first row of the
                Jacobian:

                $$
                \frac{\partial L}{\partial x_j} = -(\delta_{1j} - p_j) = p_j - \delta_{1j}
                $$

                that is $p - y \approx (-0.3410, 0.2424, 0.0986)$, which sums to $0$ because
                $p$ and the one-hot $y$ both sum to $1$. A step of gradient descent raises the
                correct score and lowers each wrong one in proportion to the probability it was
                given. As $p_1 \to 1$ the whole gradient vanishes: a well-classified example
                stops teaching.
                <!-- answer: softmax(np.array([2.0, 1.0, 0.1]))[0] = 0.6590 -->
                <!-- answer: softmax(np.array([2.0, 1.0, 0.1]))[1] = 0.2424 -->
                <!-- answer: softmax(np.array([2.0, 1.0, 0.1]))[2] = 0.0986 -->
                <!-- answer: -log_softmax(np.array([2.0, 1.0, 0.1]))[0] = 0.4170 -->
                <!-- answer: log_softmax.vjp(np.array([2.0, 1.0, 0.1]), np.array([-1.0, 0.0, 0.0]))[0] = -0.3410 -->
                <!-- answer: log_softmax.vjp(np.array([2.0, 1.0, 0.1]), np.array([-1.0, 0.0, 0.0]))[1] = 0.2424 -->
                <!-- answer: np.sum(log_softmax.vjp(np.array([2.0, 1.0, 0.1]), np.array([-1.0, 0.0, 0.0]))) = 0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                In distillation (Hinton, Vinyals and Dean, 2015) a student with scores $x$
                learns from a teacher with scores $v$ by minimising $C = -\sum_i q_i\,\ell_i$,
                where $q$ is the softmax of $v$ and $\ell$ the log-softmax of $x$, both at the
                same temperature $T$. Show with the Jacobian that
                $\partial C/\partial x_j = (p_j - q_j)/T$, where $p$ is the student's softmax.
                Then show that for large $T$, if $x$ and $v$ have the same mean,
                $\partial C/\partial x_j \approx (x_j - v_j)/(n T^2)$, and check it for
                $x = (2, 1, 0)$ and $v = (1, 2, 0)$ at $T = 10$ and $T = 100$. Why do Hinton et
                al. multiply this loss by $T^2$?
                """),
                cleandoc(r"""
                With $\partial \ell_i/\partial x_j = (\delta_{ij} - p_j)/T$ and $\sum_i q_i = 1$:

                $$
                \frac{\partial C}{\partial x_j} = -\frac{1}{T}\sum_i q_i\,(\delta_{ij} - p_j) = \frac{1}{T}\,(p_j - q_j)
                $$

                For large $T$, $e^{x_i/T} \approx 1 + x_i/T$, so with $\bar x$ the mean score
                $p_j \approx \bigl(1 + (x_j - \bar x)/T\bigr)/n$, and likewise for $q_j$. When
                $\bar x = \bar v$ the difference is $p_j - q_j \approx (x_j - v_j)/(nT)$, so the
                gradient is $(x_j - v_j)/(nT^2)$: at high temperature distillation matches the
                scores themselves. Here $n = 3$ and $x_1 - v_1 = 1$. At $T = 10$ the
                approximation gives $0.00333$ and the exact value is $0.00349$; at $T = 100$
                they are $0.0000333$ and $0.0000335$.

                The gradient shrinks like $1/T^2$. Hinton et al. add this soft loss to an
                ordinary cross-entropy on the true labels at $T = 1$, and multiply the soft
                part by $T^2$ so that the two keep the same relative weight when $T$ is changed.
                <!-- answer: log_softmax.vjp(np.array([2.0, 1.0, 0.0]), -softmax(np.array([1.0, 2.0, 0.0]), temperature=10.0), temperature=10.0)[0] = 0.00349 -->
                <!-- answer: 1 / (3 * 10.0**2) = 0.00333 -->
                <!-- answer: log_softmax.vjp(np.array([2.0, 1.0, 0.0]), -softmax(np.array([1.0, 2.0, 0.0]), temperature=100.0), temperature=100.0)[0] = 0.0000335 -->
                <!-- answer: 1 / (3 * 100.0**2) = 0.0000333 -->
                """),
            ),
        ),
    ),
    VectorActivation(
        name="softmin",
        title="Softmin",
        kind="normaliser",
        summary="Softmin is softmax of the negated scores: the smallest score gets the "
        "largest probability.",
        function=softmin,
        jacobian=softmin_jacobian,
        vjp=softmin_vjp,
        params=(TEMPERATURE,),
        sums_to_one=True,
        latex=r"\operatorname{softmin}(x)_i = \frac{e^{-x_i / T}}{\sum_j e^{-x_j / T}}",
        jacobian_latex=r"\frac{\partial q_i}{\partial x_j} = -\frac{1}{T}\,q_i\,(\delta_{ij} - q_j)",
        frameworks=Frameworks(
            "torch.nn.functional.softmin(x / T, dim=-1)",
            "tf.nn.softmax(-x / T, axis=-1)",
            "jax.nn.softmax(-x / T, axis=-1)",
        ),
        references=(
            BRIDLE_1990,
            SNELL_2017,
            Reference(
                "M. Cuturi, M. Blondel",
                "Soft-DTW: a differentiable loss function for time-series",
                2017,
                "https://arxiv.org/abs/1703.01541",
            ),
        ),
        origin="Softmin is softmax applied to negated scores, so its history is softmax's. It "
        "is in fact the Boltzmann distribution read literally, with the inputs as energies: "
        r"low energy, high probability, and $e^{-E_i/kT}$ exactly as physics writes it "
        "(Boltzmann 1868; Gibbs 1902). As a named function it is a library convenience, "
        "PyTorch's `torch.nn.Softmin`, rather than an invention with a paper of its own; most "
        "code simply writes `softmax(-x)`. Its natural partner is the soft minimum "
        r"$-T\log\sum_j e^{-x_j/T}$, a smooth lower bound of $\min_j x_j$ whose gradient is "
        "exactly the softmin.",
        uses="Turning distances or costs into weights, the nearest or cheapest getting the "
        "most. Prototypical networks for few-shot learning (Snell, Swersky and Zemel, 2017) "
        "classify a query by a softmax over the negative distances to each class's prototype, "
        "which is a softmin over the distances. In PyTorch it is `torch.nn.Softmin` and "
        "`torch.nn.functional.softmin`; TensorFlow and JAX write it as the softmax of `-x`.",
        strengths=(
            "It gives the smallest input the largest weight, smoothly: a differentiable argmin "
            "whose temperature sets how sharply it prefers the minimum.",
            r"It keeps softmax's good properties: outputs positive and summing to $1$, "
            "invariance to adding a constant, and a simple Jacobian, softmax's with the sign "
            "flipped.",
            r"It is the gradient of the soft minimum $-T\log\sum_j e^{-x_j/T}$, so it pairs "
            "naturally with smoothed minimum costs.",
        ),
        weaknesses=(
            "It is one sign away from softmax, so it adds nothing a model could not learn "
            "with negated weights; its value is readability.",
            "Like softmax it never gives exact zeros and it saturates when one input is much "
            "smaller than the rest.",
            "It depends on the scale of its inputs: doubling every distance is the same as "
            r"halving the temperature, so distances need a sensible scale or a tuned $T$.",
        ),
        derivation=(
            Step(
                r"Softmin is softmax composed with negation: with $u = -x$, each output is "
                r"the softmax of $u$ at the same temperature.",
                r"q_i(x) = p_i(u), \qquad u = -x",
            ),
            Step(
                "Apply the multivariable chain rule. The inner map has derivative "
                r"$\partial u_k/\partial x_j = -\delta_{kj}$, so only the term $k = j$ "
                "survives, with a minus sign.",
                r"\frac{\partial q_i}{\partial x_j} = \sum_k \frac{\partial p_i}{\partial u_k}\,\frac{\partial u_k}{\partial x_j} = -\frac{\partial p_i}{\partial u_j}",
            ),
            Step(
                "Substitute softmax's Jacobian, evaluated at $u$, where its outputs are "
                r"$p(u) = q(x)$.",
                r"\frac{\partial q_i}{\partial x_j} = -\frac{1}{T}\,q_i\,(\delta_{ij} - q_j)",
            ),
            Step(
                "So the softmin Jacobian is the softmax Jacobian at the negated input with the "
                "sign flipped; its diagonal is never positive: raising an input can only lower "
                "its own weight.",
                r"J_{\mathrm{softmin}}(x) = -J_{\mathrm{softmax}}(-x), \qquad \frac{\partial q_i}{\partial x_i} = -\frac{1}{T}\,q_i\,(1 - q_i) \le 0",
            ),
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                Three class prototypes lie at squared distances $x = (1, 2, 4)$ from a query.
                Compute the softmin weights at $T = 1$, then $\partial q_1/\partial x_1$ and
                $\partial q_2/\partial x_1$, and interpret their signs. Is the softmin the
                softmax of $x$ with its entries reversed?
                """),
                cleandoc(r"""
                The terms are $e^{-1} \approx 0.3679$, $e^{-2} \approx 0.1353$ and
                $e^{-4} \approx 0.0183$, with sum $0.5215$, so
                $q \approx (0.7054, 0.2595, 0.0351)$. From
                $\partial q_i/\partial x_j = -q_i(\delta_{ij} - q_j)$:

                $$
                \frac{\partial q_1}{\partial x_1} = -q_1\,(1 - q_1) \approx -0.2078, \qquad \frac{\partial q_2}{\partial x_1} = q_2\,q_1 \approx 0.1830
                $$

                Moving the nearest prototype away lowers its weight and hands the weight to the
                others. The softmin is not a reversed softmax: $\operatorname{softmax}(x)$ is
                about $(0.0420, 0.1142, 0.8438)$, and reversing it does not give $q$, because
                $e^{-x_i}$ and $e^{x_i}$ are not related by a permutation.
                <!-- answer: math.exp(-1) + math.exp(-2) + math.exp(-4) = 0.5215 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]))[0] = 0.7054 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]))[1] = 0.2595 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]))[2] = 0.0351 -->
                <!-- answer: softmin.jacobian(np.array([1.0, 2.0, 4.0]))[0, 0] = -0.2078 -->
                <!-- answer: softmin.jacobian(np.array([1.0, 2.0, 4.0]))[1, 0] = 0.1830 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 4.0]))[0] = 0.0420 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 4.0]))[1] = 0.1142 -->
                <!-- answer: softmax(np.array([1.0, 2.0, 4.0]))[2] = 0.8438 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Let $m_T(x) = -T\log\sum_j e^{-x_j/T}$, the soft minimum. Show that
                $\partial m_T/\partial x_j$ is the softmin at temperature $T$, that
                $\min_j x_j - T\log n \le m_T(x) \le \min_j x_j$, and evaluate $m_T$ for
                $x = (1, 2, 4)$ at $T = 1$ and $T = 0.1$.
                """),
                cleandoc(r"""
                By the chain rule, with $S = \sum_k e^{-x_k/T}$:

                $$
                \frac{\partial m_T}{\partial x_j} = -T\,\frac{1}{S}\,\Bigl(-\frac{1}{T}\Bigr)\,e^{-x_j/T} = \frac{e^{-x_j/T}}{S} = q_j
                $$

                For the bounds, $S$ contains the term $e^{-\min_j x_j/T}$ and at most $n$ terms
                no larger than it, so $e^{-\min_j x_j/T} \le S \le n\,e^{-\min_j x_j/T}$; taking
                $-T\log$ reverses the inequalities. At $T = 1$,
                $m_1 = -\log 0.5215 \approx 0.6510$, between $1 - \log 3 \approx -0.0986$ and
                the minimum $1$. At $T = 0.1$, $m_{0.1} \approx 0.999995$, and the softmin
                weight of the smallest entry is $0.99995$: the soft minimum approaches the
                minimum, and its gradient the one-hot argmin.
                <!-- answer: -np.log(np.sum(np.exp(-np.array([1.0, 2.0, 4.0])))) = 0.6510 -->
                <!-- answer: 1 - math.log(3) = -0.0986 -->
                <!-- answer: -0.1 * np.log(np.sum(np.exp(-np.array([1.0, 2.0, 4.0]) / 0.1))) = 0.999995 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]), temperature=0.1)[0] = 0.99995 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Show that for $c > 0$ the softmin of $c\,x$ at temperature $T$ equals the
                softmin of $x$ at temperature $T/c$. Check it for $x = (1, 2, 4)$ and $c = 2$,
                and compute $\partial q_1/\partial x_1$ at $T = \tfrac12$. Why is it close to
                the value at $T = 1$ from the first exercise?
                """),
                cleandoc(r"""
                Each term is $e^{-c x_i/T} = e^{-x_i/(T/c)}$, so the two are the same function.
                For $x = (1, 2, 4)$, $c = 2$ both give $q \approx (0.8789, 0.1189, 0.0022)$.
                The Jacobian entry at $T = \tfrac12$ is

                $$
                \frac{\partial q_1}{\partial x_1} = -2\,q_1\,(1 - q_1) \approx -0.2129
                $$

                Halving the temperature doubles the factor $1/T$ but also sharpens $q$, which
                shrinks $q_1(1 - q_1)$ from about $0.2078$ to about $0.1065$. Here the two
                effects nearly cancel; pushed further, saturation wins and the gradient
                vanishes.
                <!-- answer: softmin(2 * np.array([1.0, 2.0, 4.0]))[0] = 0.8789 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]), temperature=0.5)[0] = 0.8789 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]), temperature=0.5)[1] = 0.1189 -->
                <!-- answer: softmin(np.array([1.0, 2.0, 4.0]), temperature=0.5)[2] = 0.0022 -->
                <!-- answer: softmin.jacobian(np.array([1.0, 2.0, 4.0]), temperature=0.5)[0, 0] = -0.2129 -->
                <!-- answer: -softmin.jacobian(np.array([1.0, 2.0, 4.0]), temperature=0.5)[0, 0] / 2 = 0.1065 -->
                """),
            ),
        ),
    ),
    VectorActivation(
        name="sparsemax",
        title="Sparsemax",
        kind="normaliser",
        summary="Sparsemax is the Euclidean projection of the scores onto the probability "
        "simplex: like softmax it gives probabilities, unlike it exact zeros.",
        function=sparsemax,
        jacobian=sparsemax_jacobian,
        vjp=sparsemax_vjp,
        sums_to_one=True,
        latex=r"\operatorname{sparsemax}(x) = \operatorname*{arg\,min}_{p \in \Delta} \lVert p - x \rVert^2 = \max(x - \tau, 0)",
        jacobian_latex=r"\frac{\partial p_i}{\partial x_j} = \delta_{ij} s_i - \frac{s_i s_j}{\lvert S \rvert}, \qquad s_i = [p_i > 0]",
        frameworks=Frameworks(
            None,
            "keras.activations.sparsemax(x)  # Keras 3.8 and later",
            "None in jax.nn",
        ),
        references=(
            MARTINS_2016,
            PETERS_2019,
            ARIK_2021,
            Reference(
                "J. Duchi, S. Shalev-Shwartz, Y. Singer, T. Chandra",
                "Efficient projections onto the l1-ball for learning in high dimensions",
                2008,
                "https://doi.org/10.1145/1390156.1390191",
            ),
            Reference(
                "G. M. Correia, V. Niculae, A. F. T. Martins",
                "Adaptively sparse Transformers",
                2019,
                "https://arxiv.org/abs/1909.00015",
            ),
        ),
        kink_convention=r"Where a score sits exactly at the threshold ($x_i = \tau$, so "
        r"$p_i = 0$ but any increase would make it positive), the support is about to change "
        "and sparsemax has no derivative: the Jacobians of the two neighbouring pieces, with "
        r"$i$ in the support and without it, differ, and either is a valid one-sided "
        r"Jacobian. The kernel takes the support to be the entries with $p_i > 0$, so such an "
        "entry counts as outside: its row and column of the Jacobian are zero.",
        origin="Martins and Astudillo (2016) proposed sparsemax as a softmax that can say "
        "'exactly zero'. Their starting point is geometric: a probability vector lives on the "
        r"simplex $\Delta = \{p : p_i \ge 0,\ \sum_i p_i = 1\}$, and sparsemax returns the "
        "point of the simplex closest to the scores in Euclidean distance. Because the "
        "simplex has faces, the closest point often lies on one of them, with some "
        r"coordinates exactly $0$. The projection has a closed form, $p_i = \max(x_i - \tau, "
        r"0)$, where the threshold $\tau$ is found by sorting the scores. They derived its "
        "Jacobian, which makes it trainable by backpropagation, and a matching convex "
        "'sparsemax loss', the sparse analogue of the logistic loss, which turned out to be "
        "related to the Huber classification loss. Peters, Niculae and Martins (2019) later "
        r"placed softmax and sparsemax in one family, $\alpha$-entmax, which is softmax at "
        r"$\alpha = 1$ and sparsemax at $\alpha = 2$.",
        uses="Attention that ignores irrelevant positions: Martins and Astudillo replaced "
        "softmax by sparsemax in an attention-based model for natural language inference and "
        "matched its accuracy with a more selective, compact attention. Multi-label "
        "classification, where the sparsemax loss lets a model put probability on several "
        "labels and exactly zero on the rest. TabNet (Arik and Pfister, 2021) computes its "
        "sparse feature-selection masks with sparsemax, which makes its predictions on "
        "tabular data interpretable. The entmax family (Peters et al., 2019) brought sparse "
        "attention and sparse output distributions to sequence-to-sequence models, sometimes "
        "making beam search exact. Keras ships it since version 3.8 "
        "(`keras.activations.sparsemax`), TensorFlow Addons had one before, and the "
        "`entmax` package provides PyTorch versions; PyTorch and JAX have none in their "
        "core libraries.",
        strengths=(
            r"It gives exact zeros: scores below the threshold $\tau$ get probability $0$, so "
            r"the output is sparse and easy to read, while the rest still sum to $1$.",
            "It is piecewise linear: wherever the support stays the same it is an affine map, "
            r"and its Jacobian $\operatorname{diag}(s) - s s^\top/\lvert S \rvert$ needs only "
            "the support, no exponentials.",
            "Like softmax it ignores a constant added to every score, and for two scores it "
            "is the [sparse sigmoid](sparse_sigmoid.md), as softmax is the sigmoid.",
        ),
        weaknesses=(
            "A score outside the support gets zero gradient, so an option that has dropped "
            "out receives no signal to come back, unless the loss (such as the sparsemax "
            "loss) supplies one.",
            "It is not differentiable where the support changes, and it needs a sort "
            r"($O(n \log n)$) rather than one pass of exponentials.",
            "It has no temperature here; scaling the scores plays that role, and a larger "
            "scale gives a sparser output.",
            "PyTorch and JAX do not ship it in their core libraries, so there it comes from "
            "an extra package.",
        ),
        derivation=(
            Step(
                r"Fix the support $S = \{i : p_i > 0\}$. Where no score sits exactly at the "
                "threshold, a small change of the scores does not change the support, so "
                "locally every output is either a shifted score or zero.",
                r"p_i = x_i - \tau(x) \quad (i \in S), \qquad p_i = 0 \quad (i \notin S)",
            ),
            Step(
                r"The outputs sum to $1$, and only those in the support contribute, so "
                r"$\sum_{k \in S}(x_k - \tau) = 1$: solve for the threshold (Martins and "
                "Astudillo's closed form).",
                r"\tau(x) = \frac{\sum_{k \in S} x_k - 1}{\lvert S \rvert}",
            ),
            Step(
                r"Differentiate $\tau$: the sum contains $x_j$ exactly when $j \in S$. Write "
                r"$s_j = [j \in S]$ for the indicator.",
                r"\frac{\partial \tau}{\partial x_j} = \frac{s_j}{\lvert S \rvert}",
            ),
            Step(
                r"For $i \in S$, $\partial p_i/\partial x_j = \delta_{ij} - \partial "
                r"\tau/\partial x_j$; for $i \notin S$ the output is constantly $0$. Both "
                r"cases are captured by the factor $s_i$.",
                r"\frac{\partial p_i}{\partial x_j} = s_i\Bigl(\delta_{ij} - \frac{s_j}{\lvert S \rvert}\Bigr) = \delta_{ij} s_i - \frac{s_i s_j}{\lvert S \rvert}",
            ),
            Step(
                r"In matrix form $J$ is symmetric and, since $s^\top s = \lvert S \rvert$, "
                r"idempotent: it is the orthogonal projection onto vectors that vanish off the "
                "support and sum to zero on it. The backward pass subtracts from the gradient "
                r"its mean $\bar g_S$ over the support and zeroes it elsewhere.",
                r"J = \operatorname{diag}(s) - \frac{s\,s^{\top}}{\lvert S \rvert}, \qquad J^{2} = J, \qquad g^{\top} J = s \odot \bigl(g - \bar g_S\,\mathbf{1}\bigr)",
            ),
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                Compute $\operatorname{sparsemax}(x)$ for $x = (1, 0.8, 0.1)$ by hand: sort the
                scores, find the support with Martins and Astudillo's test
                $1 + k\,z_{(k)} > \sum_{j \le k} z_{(j)}$ (where $z_{(k)}$ is the $k$-th largest
                score), then $\tau$ and $p$. Write down the Jacobian and compare the output
                with softmax.
                """),
                cleandoc(r"""
                The sorted scores are $(1, 0.8, 0.1)$ with running sums $(1, 1.8, 1.9)$. For
                $k = 1$: $2 > 1$; for $k = 2$: $2.6 > 1.8$; for $k = 3$: $1.3 > 1.9$ fails. So
                the support has two entries and

                $$
                \tau = \frac{1 + 0.8 - 1}{2} = 0.4, \qquad p = (1 - 0.4,\ 0.8 - 0.4,\ 0) = (0.6,\ 0.4,\ 0)
                $$

                With $s = (1, 1, 0)$ and $\lvert S \rvert = 2$, the Jacobian has $0.5$ on the
                first two diagonal entries, $-0.5$ between them, and zeros in the third row and
                column. Softmax of the same scores is about $(0.4494, 0.3679, 0.1827)$: it
                keeps 18% on the third class, where sparsemax puts exactly 0.
                <!-- answer: sparsemax(np.array([1.0, 0.8, 0.1]))[0] = 0.6 -->
                <!-- answer: sparsemax(np.array([1.0, 0.8, 0.1]))[1] = 0.4 -->
                <!-- answer: sparsemax(np.array([1.0, 0.8, 0.1]))[2] = 0 -->
                <!-- answer: sparsemax.jacobian(np.array([1.0, 0.8, 0.1]))[0, 0] = 0.5 -->
                <!-- answer: sparsemax.jacobian(np.array([1.0, 0.8, 0.1]))[0, 1] = -0.5 -->
                <!-- answer: softmax(np.array([1.0, 0.8, 0.1]))[0] = 0.4494 -->
                <!-- answer: softmax(np.array([1.0, 0.8, 0.1]))[1] = 0.3679 -->
                <!-- answer: softmax(np.array([1.0, 0.8, 0.1]))[2] = 0.1827 -->
                <!-- answer: 100 * softmax(np.array([1.0, 0.8, 0.1]))[2] = 18 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Show that for two scores $(t, 0)$ the first output of sparsemax is
                $\min\bigl(\max\bigl((t + 1)/2, 0\bigr), 1\bigr)$, the sparse sigmoid. What is
                its slope for $\lvert t \rvert < 1$, compared with the sigmoid's largest slope?
                Evaluate the output and the Jacobian at $t = 0.5$, $t = 1$ and $t = 1.5$, and
                explain the value the kernel gives at $t = 1$.
                """),
                cleandoc(r"""
                If both entries are in the support, $\tau = (t + 0 - 1)/2$ and
                $p_1 = t - \tau = (t + 1)/2$, which lies in $(0, 1)$ exactly when
                $\lvert t \rvert < 1$. For $t \ge 1$ the projection is the vertex $(1, 0)$, for
                $t \le -1$ the vertex $(0, 1)$. Inside, the Jacobian entry is
                $\partial p_1/\partial t = 1 - \tfrac12 = 0.5$, twice the sigmoid's largest
                slope $0.25$: at $t = 0.5$, $p = (0.75, 0.25)$.

                At $t = 1$ the slope jumps from $\tfrac12$ (left) to $0$ (right); there
                $p = (1, 0)$ and the second entry sits exactly at the threshold. The kernel
                counts only entries with $p_i > 0$ as the support, so it returns the right-hand
                Jacobian, with entry 0, as the scalar sparse sigmoid's derivative does at
                $1$. At $t = 1.5$, $p_1 = 1$ and the slope is $0$.
                <!-- answer: sparsemax(np.array([0.5, 0.0]))[0] = 0.75 -->
                <!-- answer: sparse_sigmoid(0.5) = 0.75 -->
                <!-- answer: sparsemax.jacobian(np.array([0.5, 0.0]))[0, 0] = 0.5 -->
                <!-- answer: sigmoid.derivative(0.0) = 0.25 -->
                <!-- answer: sparsemax(np.array([1.0, 0.0]))[0] = 1 -->
                <!-- answer: sparsemax.jacobian(np.array([1.0, 0.0]))[0, 0] = 0 -->
                <!-- answer: sparse_sigmoid.derivative(1.0) = 0 -->
                <!-- answer: sparsemax(np.array([1.5, 0.0]))[0] = 1 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Sparsemax is invariant to adding a constant but not to scaling. Compute it for
                $x = (1, 0.8, 0.1)$ multiplied by $\tfrac12$ and by $2$, and for $x + 5$. Then
                prove that the Jacobian is a projection, $J^2 = J$, and say what it projects
                onto.
                """),
                cleandoc(r"""
                For $\tfrac12 x = (0.5, 0.4, 0.05)$ the test passes for $k = 3$
                ($1.15 > 0.95$), so all three are in the support,
                $\tau = (0.95 - 1)/3 \approx -0.0167$ and $p \approx (0.5167, 0.4167, 0.0667)$. For $2x = (2, 1.6, 0.2)$ it
                fails at $k = 3$ ($1.6 > 3.8$ is false), $\tau = (3.6 - 1)/2 = 1.3$ and
                $p = (0.7, 0.3, 0)$. Adding $5$ raises $\tau$ by $5$ and leaves
                $p = (0.6, 0.4, 0)$ unchanged. The scale of the scores acts as an inverse
                temperature: larger scores, sparser output.

                For the projection, use $\operatorname{diag}(s)\,s = s$ and
                $s^\top s = \lvert S \rvert$:

                $$
                J^{2} = \operatorname{diag}(s) - \frac{2\,s\,s^{\top}}{\lvert S \rvert} + \frac{s\,(s^{\top} s)\,s^{\top}}{\lvert S \rvert^{2}} = \operatorname{diag}(s) - \frac{s\,s^{\top}}{\lvert S \rvert} = J
                $$

                Since $J$ is also symmetric, it is the orthogonal projection onto the vectors
                that are zero off the support and sum to zero on it: the directions along which
                a small change of the scores moves the output within its face of the simplex.
                <!-- answer: (0.95 - 1) / 3 = -0.0167 -->
                <!-- answer: sparsemax(0.5 * np.array([1.0, 0.8, 0.1]))[0] = 0.5167 -->
                <!-- answer: sparsemax(0.5 * np.array([1.0, 0.8, 0.1]))[1] = 0.4167 -->
                <!-- answer: sparsemax(0.5 * np.array([1.0, 0.8, 0.1]))[2] = 0.0667 -->
                <!-- answer: sparsemax(2 * np.array([1.0, 0.8, 0.1]))[0] = 0.7 -->
                <!-- answer: sparsemax(2 * np.array([1.0, 0.8, 0.1]))[1] = 0.3 -->
                <!-- answer: sparsemax(np.array([1.0, 0.8, 0.1]) + 5)[0] = 0.6 -->
                """),
            ),
        ),
    ),
    _gated_entry(
        "glu",
        "GLU",
        "sigmoid",
        r"\sigma(b)",
        "The gated linear unit splits its input into a value half a and a gate half b and "
        "returns a times the sigmoid of b.",
        Frameworks(
            "torch.nn.functional.glu(x, dim=-1)",
            "a, b = tf.split(x, 2, axis=-1); a * tf.sigmoid(b)",
            "jax.nn.glu(x, axis=-1)",
        ),
        extra_references=(
            HOCHREITER_1997,
            VAN_DEN_OORD_2016,
            GEHRING_2017,
            GULATI_2020,
            ARIK_2021,
            SHAZEER_2020,
        ),
        origin="Dauphin, Fan, Auli and Grangier introduced the gated linear unit in 2017 for "
        "language modelling with convolutional networks instead of recurrent ones. Each layer "
        r"computes two convolutions of its input, $A = X * W + b$ and $B = X * V + c$, and "
        r"outputs $A \otimes \sigma(B)$: the sigmoid gate decides, element by element, how "
        "much of the linear signal passes. The idea comes from the input and output gates of "
        "LSTMs (Hochreiter and Schmidhuber, 1997), which multiply a signal by a sigmoid "
        "between $0$ and $1$, and van den Oord et al. (2016) had already carried an "
        r"'LSTM-style' gate, $\tanh(A) \otimes \sigma(B)$, into convolutional PixelCNNs. "
        r"Dauphin et al. dropped the $\tanh$ and found the simpler unit better: the gradient "
        r"of $A \otimes \sigma(B)$ with respect to $A$ is $\sigma(B)$, with no factor "
        r"$\tanh'(A) \le 1$ to shrink it, a linear path for the gradient that they liken to "
        "a multiplicative skip connection. Their gated convolutional network set a new state "
        "of the art on the WikiText-103 benchmark. In this registry, as in "
        r"`torch.nn.functional.glu`, the two halves of one input vector play $A$ and $B$: the "
        "first half is the value, the second the gate.",
        uses="Gated convolutional language models (Dauphin et al., 2017) and the "
        "convolutional sequence-to-sequence translation model of Gehring et al. (2017), "
        "which uses gated linear units throughout. The convolution module of the Conformer "
        "speech encoder (Gulati et al., 2020), a pointwise convolution followed by a GLU. The "
        "feature-transformer blocks of TabNet (Arik and Pfister, 2021). In Transformer "
        "feed-forward blocks the sigmoid gate has given way to the variants Shazeer (2020) "
        "tested: see [SwiGLU](swiglu.md) and [GEGLU](geglu.md).",
        strengths=(
            r"The value path is linear, $\partial f_i/\partial a_i = \sigma(b_i)$: an open "
            "gate passes the gradient through undiminished, which Dauphin et al. found to "
            r"train better than the $\tanh$-gated unit.",
            r"The gate is smooth and bounded in $(0, 1)$, so the unit selects features softly "
            "and per input, a multiplicative interaction an elementwise activation cannot "
            "express.",
            "It is cheap: one sigmoid and one product per output.",
        ),
        weaknesses=(
            r"It halves the width: $n$ inputs give $n/2$ outputs, so the layer before it "
            "needs twice the outputs, and a feed-forward block three weight matrices instead "
            "of two.",
            r"The gate path still saturates: $\partial f_i/\partial b_i = a_i\,\sigma(b_i)"
            r"\bigl(1 - \sigma(b_i)\bigr)$ is at most $\lvert a_i \rvert/4$ and vanishes for "
            r"large $\lvert b_i \rvert$.",
            "In Transformer feed-forward blocks the sigmoid gate did worse than the GELU and "
            "Swish gates in Shazeer's comparison: held-out log-perplexity $1.663$ against "
            "$1.633$ and $1.636$.",
        ),
        derivation=(
            Step(
                r"Each output depends on one value and one gate, $f_i = a_i\,\sigma(b_i)$, so "
                "all derivatives with respect to other components vanish: both blocks of the "
                "Jacobian are diagonal.",
                r"f_i = a_i\,\sigma(b_i), \qquad \frac{\partial f_i}{\partial a_j} = \frac{\partial f_i}{\partial b_j} = 0 \quad (j \neq i)",
            ),
            Step(
                r"By the product rule with $\sigma(b_i)$ held fixed, the derivative with "
                "respect to the value is the gate itself.",
                r"\frac{\partial f_i}{\partial a_i} = \sigma(b_i)",
            ),
            Step(
                r"With $a_i$ held fixed, the derivative with respect to the gate is $a_i$ "
                r"times the sigmoid's derivative, $\sigma' = \sigma(1 - \sigma)$.",
                r"\frac{\partial f_i}{\partial b_i} = a_i\,\sigma'(b_i) = a_i\,\sigma(b_i)\,\bigl(1 - \sigma(b_i)\bigr)",
            ),
            Step(
                r"Assemble the $\tfrac{n}{2} \times n$ Jacobian: the value block, then the "
                "gate block, each diagonal.",
                r"J = \Bigl[\, \operatorname{diag}\bigl(\sigma(b)\bigr) \ \Big|\ \operatorname{diag}\bigl(a \odot \sigma(b) \odot (1 - \sigma(b))\bigr) \Bigr]",
            ),
            Step(
                r"Compare the gated $\tanh$ unit of van den Oord et al.: its value path has the "
                r"extra factor $\tanh'(a_i) \le 1$, which is what Dauphin et al. removed.",
                r"\frac{\partial}{\partial a_i}\bigl[\tanh(a_i)\,\sigma(b_i)\bigr] = \bigl(1 - \tanh^{2} a_i\bigr)\,\sigma(b_i) \le \sigma(b_i) = \frac{\partial}{\partial a_i}\bigl[a_i\,\sigma(b_i)\bigr]",
            ),
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                Compute $\operatorname{GLU}(x)$ for $x = (2, -1, 0, 1)$, that is $a = (2, -1)$
                and $b = (0, 1)$, and its $2 \times 4$ Jacobian. Use $\sigma(1) \approx 0.7311$.
                """),
                cleandoc(r"""
                The gates are $\sigma(0) = 0.5$ and $\sigma(1) \approx 0.7311$, so
                $f = (2 \cdot 0.5,\ -1 \cdot 0.7311) = (1, -0.7311)$. The value block is
                $\operatorname{diag}(0.5, 0.7311)$. For the gate block,
                $\sigma'(0) = 0.25$ and $\sigma'(1) \approx 0.1966$:

                $$
                \frac{\partial f_1}{\partial b_1} = 2 \cdot 0.25 = 0.5, \qquad \frac{\partial f_2}{\partial b_2} = -1 \cdot 0.1966 = -0.1966
                $$

                All other entries are $0$: output $1$ depends only on inputs $1$ and $3$,
                output $2$ only on inputs $2$ and $4$.
                <!-- answer: glu(np.array([2.0, -1.0, 0.0, 1.0]))[0] = 1 -->
                <!-- answer: glu(np.array([2.0, -1.0, 0.0, 1.0]))[1] = -0.7311 -->
                <!-- answer: glu.jacobian(np.array([2.0, -1.0, 0.0, 1.0]))[0, 0] = 0.5 -->
                <!-- answer: glu.jacobian(np.array([2.0, -1.0, 0.0, 1.0]))[1, 1] = 0.7311 -->
                <!-- answer: glu.jacobian(np.array([2.0, -1.0, 0.0, 1.0]))[0, 2] = 0.5 -->
                <!-- answer: glu.jacobian(np.array([2.0, -1.0, 0.0, 1.0]))[1, 3] = -0.1966 -->
                <!-- answer: sigmoid.derivative(1.0) = 0.1966 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Dauphin et al. preferred $a\,\sigma(b)$ to the gated $\tanh$ unit
                $\tanh(a)\,\sigma(b)$ because of the gradient along the value path. Compute that
                gradient for both at $a = 3$, $b = 2$, and the factor between them. What happens
                to the factor across many stacked layers?
                """),
                cleandoc(r"""
                For the GLU, $\partial f/\partial a = \sigma(2) \approx 0.8808$. For the gated
                $\tanh$ unit it is $(1 - \tanh^2 3)\,\sigma(2)$; since
                $1 - \tanh^2 3 \approx 0.0099$, the gradient is about $0.0087$, roughly a
                hundred times smaller. A value of $3$ is not unusual for a pre-activation, and
                in a stack of layers these factors multiply: a path through several saturated
                $\tanh$ units shrinks geometrically, while the GLU's path shrinks only by the
                gates, which are close to $1$ where they are open. This is the 'linear path'
                Dauphin et al. credit for easier training.
                <!-- answer: sigmoid(2.0) = 0.8808 -->
                <!-- answer: tanh.derivative(3.0) = 0.0099 -->
                <!-- answer: tanh.derivative(3.0) * sigmoid(2.0) = 0.0087 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Which scalar function is $\operatorname{GLU}(x, x)$, the unit with value and gate
                equal? Show that the derivative along this diagonal is the sum of the two
                Jacobian entries, and evaluate both at $x = 1$. Then compute the GLU of
                $(0, 1, 2, -1)$, the input of the first exercise with its halves swapped, and
                say what it shows.
                """),
                cleandoc(r"""
                With $a = b = x$ the unit is $x\,\sigma(x)$, which is [SiLU](silu.md). By the
                chain rule along the direction $(1, 1)$,

                $$
                \frac{d}{dx}\,f(x, x) = \frac{\partial f}{\partial a} + \frac{\partial f}{\partial b} = \sigma(x) + x\,\sigma'(x) = \operatorname{SiLU}'(x)
                $$

                At $x = 1$: $\operatorname{SiLU}(1) \approx 0.7311$ and
                $\operatorname{SiLU}'(1) \approx 0.7311 + 0.1966 = 0.9277$. With the halves
                swapped, $a = (0, 1)$ and $b = (2, -1)$, the output is
                $(0,\ \sigma(-1)) \approx (0, 0.2689)$, nothing like $(1, -0.7311)$. Which half
                is the gate is a convention that must match: PyTorch and this registry gate
                with the second half, Dauphin et al. write the value first, and Shazeer writes
                the gate first.
                <!-- answer: glu(np.array([1.0, 1.0]))[0] = 0.7311 -->
                <!-- answer: silu(1.0) = 0.7311 -->
                <!-- answer: glu.jacobian(np.array([1.0, 1.0]))[0, 0] + glu.jacobian(np.array([1.0, 1.0]))[0, 1] = 0.9277 -->
                <!-- answer: silu.derivative(1.0) = 0.9277 -->
                <!-- answer: glu(np.array([0.0, 1.0, 2.0, -1.0]))[1] = 0.2689 -->
                """),
            ),
        ),
    ),
    _gated_entry(
        "reglu",
        "ReGLU",
        "relu",
        r"\operatorname{ReLU}(b)",
        "ReGLU is the GLU with a ReLU gate: the value half times the ReLU of the gate half.",
        Frameworks(
            "a, b = x.chunk(2, dim=-1); a * torch.relu(b)",
            "a, b = tf.split(x, 2, axis=-1); a * tf.nn.relu(b)",
            "a, b = jnp.split(x, 2, axis=-1); a * jax.nn.relu(b)",
        ),
        extra_references=(
            SO_2021,
            RAFFEL_2020,
            Reference(
                "I. Mirzadeh, K. Alizadeh, S. Mehta, C. C. Del Mundo, O. Tuzel, G. Samei, "
                "M. Rastegari, M. Farajtabar",
                "ReLU strikes back: exploiting activation sparsity in large language models",
                2024,
                "https://arxiv.org/abs/2310.04564",
            ),
        ),
        kink_convention=r"At a gate of exactly $b_i = 0$ the ReLU gate has a kink. The "
        r"Jacobian uses the scalar registry's convention $\operatorname{ReLU}'(0) = 0$, so "
        r"there $\partial f_i/\partial b_i = 0$ (the one-sided derivatives are $0$ from the "
        r"left and $a_i$ from the right); $\partial f_i/\partial a_i = \operatorname{ReLU}(0) "
        "= 0$ is continuous and needs no convention.",
        origin="Shazeer named ReGLU in 'GLU variants improve Transformer' (2020): the gated "
        "linear unit of Dauphin et al. (2017) with the sigmoid replaced by a ReLU, "
        r"$\max(0, xW) \otimes xV$. He tested it, with GEGLU, SwiGLU, the bilinear unit and "
        "the original GLU, in the feed-forward block of the T5 base model, and cut the hidden "
        "width from $3072$ to $2048$ so that the three weight matrices hold as many "
        "parameters, and cost as much computation, as the two of the ReLU baseline. After "
        r"$524{,}288$ training steps ReGLU reached a held-out log-perplexity of $1.645$, "
        "against $1.677$ for the baseline, and after fine-tuning it had the best GLUE average "
        "of all the variants, $84.67$. Shazeer offered no theory: 'We offer no explanation "
        "as to why these architectures seem to work; we attribute their success, as all "
        "else, to divine benevolence.'",
        uses="Mostly experiments and comparisons: in Shazeer's fine-tuning results ReGLU had "
        "the best GLUE average ($84.67$) and SQuAD F1 ($91.18$), but the best-known model "
        "families with a gated feed-forward block chose smooth gates: SwiGLU for PaLM and LLaMA "
        "and GEGLU for T5.1.1 and Gemma. Along the diagonal where gate and value are equal it "
        r"is [squared ReLU](squared_relu.md), $\operatorname{ReLU}(x)^2$, which the Primer "
        "search (So et al., 2021) found for the feed-forward block.",
        strengths=(
            "It is the cheapest gated variant: the gate is a comparison, with no exponential "
            "or error function.",
            r"It gives exact zeros: wherever the gate is negative the unit outputs $0$, so "
            "activations are sparse.",
            r"Where the gate is positive it is exactly bilinear, $a_i b_i$, and its Jacobian "
            r"entries are simply the other half's values, $b_i$ and $a_i$.",
            "In Shazeer's experiments it beat the ReLU and GELU baselines in perplexity "
            "($1.645$ against $1.677$ and $1.679$).",
        ),
        weaknesses=(
            r"A negative gate switches both paths off: for $b_i < 0$, "
            r"$\partial f_i/\partial a_i = \partial f_i/\partial b_i = 0$, ReLU's dying-unit "
            "problem, now for the value as well.",
            r"It has a kink at $b_i = 0$, where the Jacobian follows ReLU's convention "
            r"$\operatorname{ReLU}'(0) = 0$.",
            "Its output grows quadratically where value and gate grow together (on the "
            "diagonal it is squared ReLU), so activations can become large.",
            "In pre-training perplexity it trailed GEGLU and SwiGLU ($1.645$ against $1.633$ "
            "and $1.636$).",
        ),
        derivation=(
            Step(
                r"Each output depends on one value and one gate, $f_i = a_i\,"
                r"\operatorname{ReLU}(b_i)$, so both blocks of the Jacobian are diagonal.",
                r"f_i = a_i\,\max(b_i, 0), \qquad \frac{\partial f_i}{\partial a_j} = \frac{\partial f_i}{\partial b_j} = 0 \quad (j \neq i)",
            ),
            Step(
                "By the product rule with the gate held fixed, the derivative with respect to "
                "the value is the gate's output.",
                r"\frac{\partial f_i}{\partial a_i} = \operatorname{ReLU}(b_i) = \max(b_i, 0)",
            ),
            Step(
                r"With $a_i$ held fixed, the derivative with respect to the gate is $a_i$ "
                r"times ReLU's derivative, the step $[b_i > 0]$ (with "
                r"$\operatorname{ReLU}'(0) = 0$, as the scalar registry has it).",
                r"\frac{\partial f_i}{\partial b_i} = a_i\,\operatorname{ReLU}'(b_i) = a_i\,[b_i > 0]",
            ),
            Step(
                r"Assemble the $\tfrac{n}{2} \times n$ Jacobian from the two diagonal blocks.",
                r"J = \Bigl[\, \operatorname{diag}\bigl(\max(b, 0)\bigr) \ \Big|\ \operatorname{diag}\bigl(a \odot [b > 0]\bigr) \Bigr]",
            ),
            Step(
                "Read it by cases: where the gate is positive the unit is the product "
                r"$a_i b_i$ and each input's derivative is the other input; where it is "
                "negative the unit and both derivatives are zero.",
                r"\Bigl(\frac{\partial f_i}{\partial a_i},\ \frac{\partial f_i}{\partial b_i}\Bigr) = \begin{cases} (b_i,\ a_i), & b_i > 0 \\ (0,\ 0), & b_i < 0 \end{cases}",
            ),
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                Compute ReGLU of $x = (3, -2, 0.5, -1, 2, 0)$, that is $a = (3, -2, 0.5)$ and
                $b = (-1, 2, 0)$, and the non-zero entries of its $3 \times 6$ Jacobian.
                """),
                cleandoc(r"""
                The gates are $\operatorname{ReLU}(b) = (0, 2, 0)$, so $f = (0, -4, 0)$. Only
                the second unit is on: its value derivative is $b_2 = 2$ and its gate
                derivative is $a_2 = -2$, at positions $(2, 2)$ and $(2, 5)$. The first unit
                has a negative gate, so both of its entries are $0$. The third has the gate
                exactly at $0$: $\operatorname{ReLU}(0) = 0$ for the value entry and
                $a_3\,\operatorname{ReLU}'(0) = 0$ for the gate entry, by the convention.
                <!-- answer: reglu(np.array([3.0, -2.0, 0.5, -1.0, 2.0, 0.0]))[1] = -4 -->
                <!-- answer: reglu(np.array([3.0, -2.0, 0.5, -1.0, 2.0, 0.0]))[0] = 0 -->
                <!-- answer: reglu.jacobian(np.array([3.0, -2.0, 0.5, -1.0, 2.0, 0.0]))[1, 1] = 2 -->
                <!-- answer: reglu.jacobian(np.array([3.0, -2.0, 0.5, -1.0, 2.0, 0.0]))[1, 4] = -2 -->
                <!-- answer: reglu.jacobian(np.array([3.0, -2.0, 0.5, -1.0, 2.0, 0.0]))[2, 5] = 0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Fix the value $a = 1.5$ and let the gate $b$ vary around $0$. Give the two
                one-sided derivatives of $f(b) = 1.5 \max(b, 0)$ at $b = 0$, the central
                difference $\bigl(f(h) - f(-h)\bigr)/(2h)$, and the Jacobian entry the kernel
                returns. Why must a numerical check of a Jacobian avoid such points?
                """),
                cleandoc(r"""
                From the left $f$ is constantly $0$, so the left derivative is $0$; from the
                right $f(b) = 1.5\,b$, so the right derivative is $1.5$. The central difference
                averages them:

                $$
                \frac{f(h) - f(-h)}{2h} = \frac{1.5\,h - 0}{2h} = 0.75
                $$

                for every $h > 0$. The kernel returns $0$, the left-hand value, because it uses
                $\operatorname{ReLU}'(0) = 0$. All three are defensible, and none is the
                derivative, which does not exist there. A test comparing the Jacobian with
                central differences would report a mismatch of $0.75$ at a kink that is not an
                error, so such tests draw their points away from $b = 0$ and check the
                convention separately.
                <!-- answer: (reglu(np.array([1.5, 1e-6]))[0] - reglu(np.array([1.5, -1e-6]))[0]) / 2e-6 = 0.75 -->
                <!-- answer: reglu.jacobian(np.array([1.5, 0.0]))[0, 1] = 0 -->
                <!-- answer: reglu.jacobian(np.array([1.5, 1e-9]))[0, 1] = 1.5 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Show that on the diagonal, $\operatorname{ReGLU}(x, x)$ is squared ReLU, and that
                the sum of the two Jacobian entries is its derivative. Evaluate both at
                $x = 1.5$. What does the quadratic growth mean for a feed-forward block?
                """),
                cleandoc(r"""
                With $a = b = x$: for $x > 0$ the unit is $x \cdot x = x^2$, for $x \le 0$ it is
                $x \cdot 0 = 0$, so it is $\max(x, 0)^2$. Along the direction $(1, 1)$ the
                derivative is the sum of the entries:

                $$
                \frac{d}{dx}\,f(x, x) = \max(x, 0) + x\,[x > 0] = 2\max(x, 0)
                $$

                At $x = 1.5$ the unit gives $2.25$ and the slope is $3$, matching squared ReLU.
                In a feed-forward block $a$ and $b$ come from two different projections of the
                same input, so the unit can compute a product of two features, a
                degree-two interaction, and its output is not bounded by a multiple of its
                input: scaling the input by $t$ scales the active outputs by $t^2$.
                <!-- answer: reglu(np.array([1.5, 1.5]))[0] = 2.25 -->
                <!-- answer: squared_relu(1.5) = 2.25 -->
                <!-- answer: np.sum(reglu.jacobian(np.array([1.5, 1.5]))) = 3 -->
                <!-- answer: squared_relu.derivative(1.5) = 3 -->
                """),
            ),
        ),
    ),
    _gated_entry(
        "geglu",
        "GEGLU",
        "gelu",
        r"\operatorname{GELU}(b)",
        "GEGLU is the GLU with a GELU gate: the value half times the GELU of the gate half.",
        Frameworks(
            "a, b = x.chunk(2, dim=-1); a * torch.nn.functional.gelu(b)",
            "a, b = tf.split(x, 2, axis=-1); a * tf.nn.gelu(b)",
            "a, b = jnp.split(x, 2, axis=-1); a * jax.nn.gelu(b, approximate=False)",
        ),
        extra_references=(RAFFEL_2020, GEMMA_2024, GEMMA_PYTORCH, VASWANI_2017),
        origin=r"GEGLU, the GLU with a GELU gate, $\operatorname{GELU}(xW) \otimes xV$, is one "
        "of the variants Shazeer (2020) proposed and named. In his experiments on T5 it had "
        "the lowest held-out log-perplexity of all eight feed-forward blocks: $1.633$ after "
        r"$524{,}288$ steps, against $1.677$ for ReLU and $1.679$ for GELU alone, with "
        "SwiGLU a close second at $1.636$. Like the other variants it was compared with the "
        r"hidden width cut by a factor $\tfrac23$, from $3072$ to $2048$, to keep parameters "
        "and computation equal. The T5.1.1 checkpoints that Raffel et al. released after the "
        "T5 paper replaced ReLU by this gated GELU, citing Shazeer, and the Gemma models "
        "(Gemma Team, 2024) use GeGLU, with the tanh approximation of GELU, in their "
        "feed-forward layers.",
        uses="The feed-forward blocks of the T5.1.1 checkpoints (the Hugging Face port calls "
        "the block `gated-gelu`) and of Gemma (Gemma Team, 2024). Anywhere a Transformer "
        r"feed-forward block is built from three matrices, $W_2\bigl(\operatorname{GELU}(xW) "
        r"\odot xV\bigr)$.",
        strengths=(
            "It had the best pre-training perplexity in Shazeer's comparison, $1.633$, at the "
            "same parameter count and computation as the ReLU baseline.",
            r"The gate is smooth ($C^\infty$), so the Jacobian has no kink, and it keeps "
            r"GELU's shape: about $b/2$ near $b = 0$, about $b$ for large $b$.",
            "For negative gates it does not cut the gradient off entirely, unlike ReGLU: "
            r"$\operatorname{GELU}'(b)$ is small but not zero.",
        ),
        weaknesses=(
            r"It costs an $\operatorname{erf}$ per gate (or a $\tanh$ in the approximation), "
            "more than ReLU, and three weight matrices instead of two.",
            r"The gate is not monotonic and can be negative, down to about $-0.17$: for "
            r"$b < -0.75$ its slope is negative, so there the unit responds to the gate with "
            "the opposite sign.",
            "The exact GELU and its tanh approximation differ slightly, so a checkpoint "
            "should run with the variant it was trained with.",
        ),
        derivation=(
            Step(
                r"Each output depends on one value and one gate, $f_i = a_i\,"
                r"\operatorname{GELU}(b_i)$ with $\operatorname{GELU}(b) = b\,\Phi(b)$, so "
                "both blocks of the Jacobian are diagonal.",
                r"f_i = a_i\,b_i\,\Phi(b_i), \qquad \frac{\partial f_i}{\partial a_j} = \frac{\partial f_i}{\partial b_j} = 0 \quad (j \neq i)",
            ),
            Step(
                "With the gate held fixed, the derivative with respect to the value is the "
                "gate's output.",
                r"\frac{\partial f_i}{\partial a_i} = \operatorname{GELU}(b_i) = b_i\,\Phi(b_i)",
            ),
            Step(
                r"With $a_i$ held fixed, differentiate $b\,\Phi(b)$ by the product rule; the "
                r"derivative of the normal CDF $\Phi$ is the density $\varphi$.",
                r"\frac{\partial f_i}{\partial b_i} = a_i\,\frac{d}{d b_i}\bigl[b_i\,\Phi(b_i)\bigr] = a_i\,\bigl(\Phi(b_i) + b_i\,\varphi(b_i)\bigr)",
            ),
            Step(
                r"Assemble the $\tfrac{n}{2} \times n$ Jacobian from the two diagonal blocks.",
                r"J = \Bigl[\, \operatorname{diag}\bigl(\operatorname{GELU}(b)\bigr) \ \Big|\ \operatorname{diag}\bigl(a \odot \operatorname{GELU}'(b)\bigr) \Bigr]",
            ),
            Step(
                r"Check the limits of the gate factor: for $b \to \infty$, $\Phi \to 1$ and "
                r"$b\,\varphi(b) \to 0$, so the unit becomes the product $a_i b_i$; for "
                r"$b \to -\infty$ both terms vanish and the unit switches off, as ReGLU does.",
                r"\lim_{b_i \to \infty} \frac{\partial f_i}{\partial b_i} = a_i, \qquad \lim_{b_i \to -\infty} \frac{\partial f_i}{\partial b_i} = 0",
            ),
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                Compute GEGLU of $x = (2, -1, 1, -0.5)$, that is $a = (2, -1)$ and
                $b = (1, -0.5)$, and the gate block of its Jacobian. Use
                $\Phi(1) \approx 0.8413$, $\varphi(1) \approx 0.2420$, $\Phi(-0.5) \approx 0.3085$
                and $\varphi(-0.5) \approx 0.3521$.
                """),
                cleandoc(r"""
                The gates are $\operatorname{GELU}(1) = \Phi(1) \approx 0.8413$ and
                $\operatorname{GELU}(-0.5) = -0.5\,\Phi(-0.5) \approx -0.1543$, so
                $f \approx (1.6827, 0.1543)$: the second output is positive because a negative
                value meets a slightly negative gate. The value block is
                $\operatorname{diag}(0.8413, -0.1543)$. For the gate block,
                $\operatorname{GELU}'(1) \approx 0.8413 + 0.2420 = 1.0833$ and
                $\operatorname{GELU}'(-0.5) \approx 0.3085 - 0.5 \cdot 0.3521 = 0.1325$:

                $$
                \frac{\partial f_1}{\partial b_1} \approx 2 \cdot 1.0833 = 2.1666, \qquad \frac{\partial f_2}{\partial b_2} \approx -1 \cdot 0.1325 = -0.1325
                $$

                The second gate entry is small because $b_2 = -0.5$ lies where GELU's slope is small,
                not far from its minimum at about $-0.75$.
                <!-- answer: 0.5 * (1 + math.erf(1 / math.sqrt(2))) = 0.8413 -->
                <!-- answer: math.exp(-0.5) / math.sqrt(2 * math.pi) = 0.2420 -->
                <!-- answer: geglu(np.array([2.0, -1.0, 1.0, -0.5]))[0] = 1.6827 -->
                <!-- answer: geglu(np.array([2.0, -1.0, 1.0, -0.5]))[1] = 0.1543 -->
                <!-- answer: gelu.derivative(1.0) = 1.0833 -->
                <!-- answer: gelu.derivative(-0.5) = 0.1325 -->
                <!-- answer: geglu.jacobian(np.array([2.0, -1.0, 1.0, -0.5]))[0, 2] = 2.1666 -->
                <!-- answer: geglu.jacobian(np.array([2.0, -1.0, 1.0, -0.5]))[1, 3] = -0.1325 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Unlike the sigmoid of the GLU, the GELU gate is not confined to $(0, 1)$ and is
                not monotonic. Find the gate value $b$ where $\partial f_i/\partial b_i$ changes
                sign for a fixed value $a_i \ne 0$, and the smallest value the gate takes. What
                does this mean for the sign of a GEGLU output?
                """),
                cleandoc(r"""
                The gate entry is $a_i\,\operatorname{GELU}'(b_i)$, so it changes sign where
                $\operatorname{GELU}'(b) = \Phi(b) + b\,\varphi(b) = 0$. Solving numerically gives
                $b \approx -0.7518$, where the gate takes its smallest value,
                $\operatorname{GELU}(-0.7518) \approx -0.17$. For gates below $-0.7518$, making
                the gate more negative moves the output back towards $0$; between $-0.7518$ and
                $0$, the gate is negative, so the output has the opposite sign to the value. A
                sigmoid gate never flips a sign; the GELU gate does, by at most $17\%$ of the
                value's size.
                <!-- answer: root(lambda b: gelu.derivative(b), -2, -0.1) = -0.7518 -->
                <!-- answer: minimum(gelu, -3, 0) = -0.17 -->
                <!-- answer: -100 * minimum(gelu, -3, 0) = 17 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Gemma's GeGLU uses the tanh approximation of GELU. Compute the difference
                between the exact and approximate gates at $b = 1$, and the GEGLU output for
                $a = 2$, $b = 1$ with each. Then give $\operatorname{GEGLU}(x, x)$ as a scalar
                function and evaluate it at $x = 1$.
                """),
                cleandoc(r"""
                The exact gate is $\operatorname{GELU}(1) \approx 0.84134$ and the tanh
                approximation gives about $0.84119$; the difference is about $0.00015$. With
                $a = 2$ the outputs are $1.6827$ (exact) and $1.6824$ (approximate): small, but a
                model trained with one and run with the other sees a systematic shift in every
                feed-forward layer. On the diagonal,

                $$
                \operatorname{GEGLU}(x, x) = x\,\operatorname{GELU}(x) = x^{2}\,\Phi(x)
                $$

                which at $x = 1$ is $\Phi(1) \approx 0.8413$: like ReGLU's squared ReLU it grows
                like $x^2$ for large positive $x$, and it decays to $0$ smoothly for negative $x$.
                <!-- answer: gelu(1.0) = 0.84134 -->
                <!-- answer: gelu_tanh(1.0) = 0.84119 -->
                <!-- answer: gelu(1.0) - gelu_tanh(1.0) = 0.00015 -->
                <!-- answer: geglu(np.array([2.0, 1.0]))[0] = 1.6827 -->
                <!-- answer: 2 * gelu_tanh(1.0) = 1.6824 -->
                <!-- answer: geglu(np.array([1.0, 1.0]))[0] = 0.8413 -->
                """),
            ),
        ),
    ),
    _gated_entry(
        "swiglu",
        "SwiGLU",
        "silu",
        r"\operatorname{SiLU}(b)",
        "SwiGLU is the GLU with a SiLU (Swish) gate, the feed-forward activation of "
        "LLaMA- and PaLM-style transformers.",
        Frameworks(
            "a, b = x.chunk(2, dim=-1); a * torch.nn.functional.silu(b)",
            "a, b = tf.split(x, 2, axis=-1); a * tf.nn.silu(b)",
            "a, b = jnp.split(x, 2, axis=-1); a * jax.nn.silu(b)",
        ),
        extra_references=(CHOWDHERY_2022, TOUVRON_2023, VASWANI_2017),
        origin=r"Shazeer (2020) proposed SwiGLU, $\operatorname{Swish}_1(xW) \otimes xV$: the "
        r"GLU whose gate is Swish with $\beta = 1$, that is [SiLU](silu.md). The gated "
        r"feed-forward blocks have three weight matrices, $W$, $V$ and $W_2$, where the ReLU "
        "block has two, so to compare them at equal parameters and computation he shrank "
        r"the hidden width by a factor $\tfrac23$, from $3072$ to $2048$ in T5 base. SwiGLU "
        "reached a held-out log-perplexity of $1.636$, against $1.677$ for ReLU, second only "
        "to GEGLU's $1.633$. PaLM (Chowdhery et al., 2022) adopted it for its MLP because it "
        "had been shown to 'significantly increase quality' over ReLU, GELU or Swish, "
        r"accepting three matrix multiplications instead of two; PaLM kept the width $4d$. "
        r"LLaMA (Touvron et al., 2023) took SwiGLU from PaLM and applied the $\tfrac23$ rule, "
        r"with a hidden width of $\tfrac23 \cdot 4d$ instead of $4d$.",
        uses="The feed-forward block of PaLM (Chowdhery et al., 2022) and LLaMA (Touvron et "
        r"al., 2023), written $W_2\bigl(\operatorname{SiLU}(xW_1) \odot xW_3\bigr)$. In "
        "Hugging Face's LLaMA implementation the three matrices are `gate_proj`, `up_proj` "
        "and `down_proj`, and the block is `down_proj(silu(gate_proj(x)) * up_proj(x))`; "
        "LLaMA's reference code rounds the hidden width up to a multiple of $256$.",
        strengths=(
            "In Shazeer's comparison it nearly matched the best variant (log-perplexity "
            "$1.636$ against GEGLU's $1.633$, within run-to-run noise) and clearly beat the "
            "ReLU and GELU blocks, at the same parameter count.",
            r"The gate is smooth ($C^\infty$) and needs only a sigmoid, cheaper than GELU's "
            r"$\operatorname{erf}$.",
            r"For large positive gates it is nearly the product $a_i b_i$ and for large "
            "negative gates nearly $0$, but it never cuts the gradient off as ReGLU does.",
        ),
        weaknesses=(
            "It needs three weight matrices and three matrix multiplications instead of two; "
            r"equal cost requires shrinking the hidden width to $\tfrac23$, which then rarely "
            "divides nicely (LLaMA rounds it).",
            r"The gate can be negative (down to about $-0.28$ at $b \approx -1.28$) and is not "
            "monotonic, like GELU's.",
            "Its advantage has no theory behind it: Shazeer attributed the variants' success "
            "'to divine benevolence'.",
        ),
        derivation=(
            Step(
                r"Each output depends on one value and one gate, $f_i = a_i\,"
                r"\operatorname{SiLU}(b_i)$ with $\operatorname{SiLU}(b) = b\,\sigma(b)$, so "
                "both blocks of the Jacobian are diagonal.",
                r"f_i = a_i\,b_i\,\sigma(b_i), \qquad \frac{\partial f_i}{\partial a_j} = \frac{\partial f_i}{\partial b_j} = 0 \quad (j \neq i)",
            ),
            Step(
                "With the gate held fixed, the derivative with respect to the value is the "
                "gate's output.",
                r"\frac{\partial f_i}{\partial a_i} = \operatorname{SiLU}(b_i) = b_i\,\sigma(b_i)",
            ),
            Step(
                r"With $a_i$ held fixed, differentiate $b\,\sigma(b)$ by the product rule, "
                r"using $\sigma' = \sigma(1 - \sigma)$.",
                r"\frac{\partial f_i}{\partial b_i} = a_i\,\bigl(\sigma(b_i) + b_i\,\sigma(b_i)\,(1 - \sigma(b_i))\bigr) = a_i\,\sigma(b_i)\,\bigl(1 + b_i\,(1 - \sigma(b_i))\bigr)",
            ),
            Step(
                r"Assemble the $\tfrac{n}{2} \times n$ Jacobian from the two diagonal blocks.",
                r"J = \Bigl[\, \operatorname{diag}\bigl(\operatorname{SiLU}(b)\bigr) \ \Big|\ \operatorname{diag}\bigl(a \odot \operatorname{SiLU}'(b)\bigr) \Bigr]",
            ),
            Step(
                r"In a feed-forward block $a = xV$ and $b = xW$, so by the chain rule the "
                r"gradient reaching $x$ is the sum of the two paths: the value path through "
                r"$V$, weighted by the gate, and the gate path through $W$.",
                r"\frac{\partial f_i}{\partial x} = \operatorname{SiLU}(b_i)\,V_{:,i}^{\top} + a_i\,\operatorname{SiLU}'(b_i)\,W_{:,i}^{\top}",
            ),
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                Compute SwiGLU of $x = (1, 2, -1, 0.5)$, that is $a = (1, 2)$ and
                $b = (-1, 0.5)$, and both diagonal blocks of its Jacobian. Use
                $\sigma(-1) \approx 0.2689$ and $\sigma(0.5) \approx 0.6225$.
                """),
                cleandoc(r"""
                The gates are $\operatorname{SiLU}(-1) = -\sigma(-1) \approx -0.2689$ and
                $\operatorname{SiLU}(0.5) = 0.5\,\sigma(0.5) \approx 0.3112$, so
                $f \approx (-0.2689, 0.6225)$. The value block is
                $\operatorname{diag}(-0.2689, 0.3112)$. For the gate block,
                $\operatorname{SiLU}'(-1) = \sigma(-1)\bigl(1 - (1 - \sigma(-1))\bigr) =
                \sigma(-1)^2 \approx 0.0723$ and
                $\operatorname{SiLU}'(0.5) \approx 0.6225 \cdot (1 + 0.5 \cdot 0.3775) \approx 0.7400$:

                $$
                \frac{\partial f_1}{\partial b_1} \approx 1 \cdot 0.0723, \qquad \frac{\partial f_2}{\partial b_2} \approx 2 \cdot 0.7400 = 1.4799
                $$

                The first gate entry is small because $b_1 = -1$ is close to the bottom of SiLU's dip
                at about $-1.28$, where its slope is $0$.
                <!-- answer: swiglu(np.array([1.0, 2.0, -1.0, 0.5]))[0] = -0.2689 -->
                <!-- answer: swiglu(np.array([1.0, 2.0, -1.0, 0.5]))[1] = 0.6225 -->
                <!-- answer: silu(0.5) = 0.3112 -->
                <!-- answer: silu.derivative(-1.0) = 0.0723 -->
                <!-- answer: silu.derivative(0.5) = 0.7400 -->
                <!-- answer: swiglu.jacobian(np.array([1.0, 2.0, -1.0, 0.5]))[0, 2] = 0.0723 -->
                <!-- answer: swiglu.jacobian(np.array([1.0, 2.0, -1.0, 0.5]))[1, 3] = 1.4799 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                A ReLU feed-forward block with model width $d$ and hidden width $d_{ff}$ has two
                matrices; a SwiGLU block with hidden width $h$ has three. Find the $h$ that
                matches the parameter count, and check it for T5 base ($d = 768$,
                $d_{ff} = 3072$). For LLaMA's 7B model, $d = 4096$ and the usual
                $d_{ff} = 4d$: what does the rule give, what width did LLaMA use, and how far is
                its block from the ReLU block's size?
                """),
                cleandoc(r"""
                Equal parameters means $3\,d\,h = 2\,d\,d_{ff}$, so $h = \tfrac23 d_{ff}$; the
                computation per token, proportional to the parameters, matches too. For T5 base,
                $h = 2048$ and both blocks have $2 \cdot 768 \cdot 3072 = 3 \cdot 768 \cdot 2048 =
                4718592$ weights. For LLaMA 7B,
                $h = \tfrac23 \cdot 4 \cdot 4096 \approx 10922.67$, not an integer; LLaMA's code
                takes $10922$ and rounds it up to a multiple of $256$, giving $11008$. The ReLU
                block would have $2 \cdot 4096 \cdot 16384 = 134217728$ weights and the SwiGLU
                block has $3 \cdot 4096 \cdot 11008 = 135266304$, about $0.78\%$ more.
                <!-- answer: 2 * 768 * 3072 = 4718592 -->
                <!-- answer: 3 * 768 * 2048 = 4718592 -->
                <!-- answer: 2 / 3 * 4 * 4096 = 10922.67 -->
                <!-- answer: 256 * math.ceil(10922 / 256) = 11008 -->
                <!-- answer: 2 * 4096 * 16384 = 134217728 -->
                <!-- answer: 3 * 4096 * 11008 = 135266304 -->
                <!-- answer: 100 * (3 * 11008 / (2 * 16384) - 1) = 0.78 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Shazeer's table reports held-out log-perplexity: $1.677$ for the ReLU baseline,
                $1.636$ for SwiGLU and $1.633$ for GEGLU after $524{,}288$ steps; after
                $65{,}536$ steps SwiGLU had $1.944$ with a run-to-run standard deviation of
                $0.010$, and GEGLU $1.942$. Convert the first three to perplexities, give the
                relative reduction from ReLU to SwiGLU, and decide whether the table shows
                GEGLU to be better than SwiGLU.
                """),
                cleandoc(r"""
                Perplexity is the exponential of the log-perplexity: $e^{1.677} \approx 5.35$,
                $e^{1.636} \approx 5.13$ and $e^{1.633} \approx 5.12$. From ReLU to SwiGLU the
                perplexity falls by

                $$
                1 - e^{1.636 - 1.677} \approx 4.0\%
                $$

                at equal parameters and computation, a real gain for a change of activation.
                Between GEGLU and SwiGLU the gap at $65{,}536$ steps is $0.002$, a fifth of
                SwiGLU's standard deviation: the table cannot separate them, which is why both
                are in use.
                <!-- answer: math.exp(1.677) = 5.35 -->
                <!-- answer: math.exp(1.636) = 5.13 -->
                <!-- answer: math.exp(1.633) = 5.12 -->
                <!-- answer: 100 * (1 - math.exp(1.636 - 1.677)) = 4.0 -->
                <!-- answer: 1.944 - 1.942 = 0.002 -->
                """),
            ),
        ),
    ),
    _gated_entry(
        "bilinear",
        "Bilinear",
        "linear",
        r"b",
        "The bilinear unit is the GLU without a nonlinearity: the value half times the gate "
        "half itself.",
        Frameworks(
            "a, b = x.chunk(2, dim=-1); a * b",
            "a, b = tf.split(x, 2, axis=-1); a * b",
            "a, b = jnp.split(x, 2, axis=-1); a * b",
        ),
        extra_references=(MNIH_2007,),
        origin="The bilinear unit is the GLU with its gate's nonlinearity removed: the "
        r"elementwise product of two linear projections, $(xW + b) \otimes (xV + c)$. "
        "Dauphin et al. (2017) mention this option as a 'bilinear' layer, which they "
        "attribute to Mnih and Hinton (2007), and Shazeer (2020) included it among his GLU "
        "variants for the Transformer feed-forward block. There it did better than one "
        "might expect from a unit with no activation function: a held-out log-perplexity of "
        "$1.648$, better than the ReLU baseline ($1.677$) and the sigmoid GLU ($1.663$), "
        "though behind GEGLU and SwiGLU. The product of two linear maps is already "
        "nonlinear: it is a quadratic form of the input.",
        uses="Mainly as the reference point of the gated family: every GLU variant is the "
        "bilinear unit with a nonlinearity on the gate, and ReGLU, GEGLU and SwiGLU all "
        "approach it where the gate is large and positive. In Shazeer's experiments it was "
        "a competitive feed-forward block ($1.648$), and it had the best SQuAD exact-match "
        "score of the variants ($83.82$).",
        strengths=(
            "It is the simplest gated unit: one product, no activation function, and a "
            r"Jacobian made of the inputs themselves, $\operatorname{diag}(b)$ and "
            r"$\operatorname{diag}(a)$.",
            "It is nonlinear, although built from linear maps: each output is a quadratic "
            "form of the layer's input, a multiplicative interaction between two features.",
            "It has no saturation and no dead region: the gradient with respect to each half "
            "is the other half, never forced to zero.",
        ),
        weaknesses=(
            r"It is unbounded in both directions and homogeneous of degree two, "
            r"$f(tx) = t^2 f(x)$: large inputs give very large outputs and gradients, so it "
            "relies on normalisation around it.",
            "It is a saddle in each pair of inputs, neither convex nor concave, and it has no "
            "region where it outputs zero: none of the sparsity of ReGLU.",
            "Stacked without other nonlinearities, layers of it compose to polynomials whose "
            "degree doubles with each layer.",
        ),
        derivation=(
            Step(
                r"Each output is the product of one value and one gate, $f_i = a_i b_i$, so "
                "both blocks of the Jacobian are diagonal.",
                r"f_i = a_i\,b_i, \qquad \frac{\partial f_i}{\partial a_j} = \frac{\partial f_i}{\partial b_j} = 0 \quad (j \neq i)",
            ),
            Step(
                "By the product rule, the derivative with respect to one factor is the other "
                "factor.",
                r"\frac{\partial f_i}{\partial a_i} = b_i, \qquad \frac{\partial f_i}{\partial b_i} = a_i",
            ),
            Step(
                r"Assemble the $\tfrac{n}{2} \times n$ Jacobian: the gate half on the value "
                "block's diagonal and the value half on the gate block's.",
                r"J = \bigl[\, \operatorname{diag}(b) \ \big|\ \operatorname{diag}(a) \bigr]",
            ),
            Step(
                r"Differentiate once more: the only non-zero second derivative of $f_i$ is "
                r"the mixed one, so its Hessian in $(a_i, b_i)$ has eigenvalues $\pm 1$, a "
                r"saddle. Scaling both inputs by $t$ scales the output by $t^2$.",
                r"\frac{\partial^{2} f_i}{\partial a_i\,\partial b_i} = 1, \qquad \frac{\partial^{2} f_i}{\partial a_i^{2}} = \frac{\partial^{2} f_i}{\partial b_i^{2}} = 0, \qquad f(t\,x) = t^{2} f(x)",
            ),
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                Compute the bilinear unit of $x = (3, -2, 0.5, 4)$, that is $a = (3, -2)$ and
                $b = (0.5, 4)$, its Jacobian, and its value at $2x$.
                """),
                cleandoc(r"""
                The outputs are $f = (3 \cdot 0.5,\ -2 \cdot 4) = (1.5, -8)$. The Jacobian has
                the gate half on the value block's diagonal and the value half on the gate
                block's:

                $$
                J = \begin{pmatrix} 0.5 & 0 & 3 & 0 \\ 0 & 4 & 0 & -2 \end{pmatrix}
                $$

                At $2x$ the output is $4f = (6, -32)$: the unit is homogeneous of degree two,
                not linear.
                <!-- answer: bilinear(np.array([3.0, -2.0, 0.5, 4.0]))[0] = 1.5 -->
                <!-- answer: bilinear(np.array([3.0, -2.0, 0.5, 4.0]))[1] = -8 -->
                <!-- answer: bilinear.jacobian(np.array([3.0, -2.0, 0.5, 4.0]))[0, 0] = 0.5 -->
                <!-- answer: bilinear.jacobian(np.array([3.0, -2.0, 0.5, 4.0]))[1, 3] = -2 -->
                <!-- answer: bilinear(2 * np.array([3.0, -2.0, 0.5, 4.0]))[0] = 6 -->
                <!-- answer: bilinear(2 * np.array([3.0, -2.0, 0.5, 4.0]))[1] = -32 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Compare the bilinear unit with ReGLU and SwiGLU at $(a, b) = (3, 2)$ and
                $(3, -2)$, and with SwiGLU at $(2, 6)$ and $(2, -6)$. Where do the gated
                variants agree with the bilinear unit, and where do they differ?
                """),
                cleandoc(r"""
                At $(3, 2)$ the bilinear unit and ReGLU both give $6$; at $(3, -2)$ the bilinear
                unit gives $-6$ and ReGLU $0$. SwiGLU multiplies the product by $\sigma(b)$:
                at $(2, 6)$ it gives about $11.9703$ against the bilinear $12$, and at
                $(2, -6)$ about $-0.0297$ against $-12$. So every gated variant is the bilinear
                unit where the gate is large and positive and close to $0$ where it is large and
                negative; they differ from each other only in how they pass between the two,
                sharply (ReGLU) or smoothly (GEGLU, SwiGLU).
                <!-- answer: bilinear(np.array([3.0, 2.0]))[0] = 6 -->
                <!-- answer: reglu(np.array([3.0, 2.0]))[0] = 6 -->
                <!-- answer: bilinear(np.array([3.0, -2.0]))[0] = -6 -->
                <!-- answer: reglu(np.array([3.0, -2.0]))[0] = 0 -->
                <!-- answer: swiglu(np.array([2.0, 6.0]))[0] = 11.9703 -->
                <!-- answer: swiglu(np.array([2.0, -6.0]))[0] = -0.0297 -->
                <!-- answer: bilinear(np.array([2.0, 6.0]))[0] = 12 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Along the diagonal $a = b = x$, compute the slope of the bilinear unit, of
                SwiGLU and of the sigmoid GLU at $x = 10$ (the sum of the two Jacobian entries).
                Which of the gated units grow like $x^2$, and which like $x$?
                """),
                cleandoc(r"""
                The bilinear unit is $x^2$ on the diagonal, with slope $2x = 20$. SwiGLU is
                $x^2\,\sigma(x)$, with slope $2x\,\sigma(x) + x^2\,\sigma'(x) \approx 20.0036$
                at $x = 10$, essentially the same. The sigmoid GLU is $x\,\sigma(x)$, SiLU, with
                slope about $1.0004$. The units whose gate grows without bound (bilinear,
                ReGLU, GEGLU, SwiGLU) grow like $x^2$; only the GLU, whose gate stays in
                $(0, 1)$, grows like $x$.
                <!-- answer: np.sum(bilinear.jacobian(np.array([10.0, 10.0]))) = 20 -->
                <!-- answer: np.sum(swiglu.jacobian(np.array([10.0, 10.0]))) = 20.0036 -->
                <!-- answer: np.sum(glu.jacobian(np.array([10.0, 10.0]))) = 1.0004 -->
                """),
            ),
        ),
    ),
]
