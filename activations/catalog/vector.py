"""Vector activations: the softmax family (normalisers) and the gated linear units.

Kernels receive a float array with at least one dimension and a valid, non-negative
axis (activations.vector checks both). Softmax and log-softmax subtract the largest
entry before exponentiating (the log-sum-exp shift), so no finite input overflows; an
entry of +inf takes all the mass (shared equally with other +inf entries), a vector
that is all -inf or holds a NaN gives NaN, as in PyTorch.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from activations.registry import FloatArray, Frameworks, Param, Reference
from activations.vector import VectorActivation

TEMPERATURE = Param(
    "temperature",
    1.0,
    r"Divides the input before the exponential: below 1 sharper, above 1 flatter.",
    low=0.0,
    low_open=True,
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
    return np.maximum(x - _threshold(x, axis), 0.0)


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
    name: str, title: str, gate: str, gate_latex: str, summary: str, frameworks: Frameworks
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
        references=(SHAZEER_2020, DAUPHIN_2017) if name != "glu" else (DAUPHIN_2017,),
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
        references=(BRIDLE_1990,),
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
        references=(BRIDLE_1990,),
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
        references=(BRIDLE_1990,),
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
            "tfa.activations.sparsemax(x)  # TensorFlow Addons, no longer maintained",
            "None in jax.nn",
        ),
        references=(MARTINS_2016,),
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
    ),
]
