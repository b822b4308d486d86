"""Smooth rectifiers and gated units: ReLU-like shapes without the corner.

The gated units multiply the input by a gate between 0 and 1 (GELU by the normal CDF,
SiLU by a sigmoid, Mish by tanh of softplus, Hardswish by a hard sigmoid); Softplus and
Squareplus are smooth convex approximations of ReLU itself; Bent identity is a smooth,
unbounded bend of the identity.
"""

from __future__ import annotations

import math
from inspect import cleandoc

import numpy as np
from scipy.special import expit, ndtr

from activations.catalog.sigmoidal import HOWARD_2019
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

HENDRYCKS_2016 = Reference(
    "D. Hendrycks, K. Gimpel",
    "Gaussian error linear units (GELUs)",
    2016,
    "https://arxiv.org/abs/1606.08415",
)
RAMACHANDRAN_2017 = Reference(
    "P. Ramachandran, B. Zoph, Q. V. Le",
    "Searching for activation functions",
    2017,
    "https://arxiv.org/abs/1710.05941",
)
RADFORD_2018 = Reference(
    "A. Radford, K. Narasimhan, T. Salimans, I. Sutskever",
    "Improving language understanding by generative pre-training",
    2018,
    "https://cdn.openai.com/research-covers/language-unsupervised/language_understanding_paper.pdf",
)
DEVLIN_2018 = Reference(
    "J. Devlin, M.-W. Chang, K. Lee, K. Toutanova",
    "BERT: pre-training of deep bidirectional transformers for language understanding",
    2018,
    "https://arxiv.org/abs/1810.04805",
)
RADFORD_2019 = Reference(
    "A. Radford, J. Wu, R. Child, D. Luan, D. Amodei, I. Sutskever",
    "Language models are unsupervised multitask learners",
    2019,
    "https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf",
)
GLOROT_2011 = Reference(
    "X. Glorot, A. Bordes, Y. Bengio",
    "Deep sparse rectifier neural networks",
    2011,
    "https://proceedings.mlr.press/v15/glorot11a.html",
)

INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)
GELU_TANH_K = math.sqrt(2.0 / math.pi)
GELU_TANH_C = 0.044715


def gelu(x: FloatArray) -> FloatArray:
    # x Phi(x) with Phi = scipy's ndtr, accurate in both tails. Below -40, Phi(x) is 0
    # in every float type and the product is -0; clamping there keeps -inf * 0 out.
    clamped = np.maximum(x, -40.0)
    out = ndtr(clamped)
    out *= clamped
    return out


def gelu_derivative(x: FloatArray) -> FloatArray:
    # Phi(x) + x phi(x). Beyond +-40, x phi(x) underflows to 0 and Phi(x) is 0 or 1, so
    # clipping there changes nothing but keeps +-inf * 0 out.
    clipped = np.clip(x, -40.0, 40.0)
    density = np.square(clipped)
    density *= -0.5
    np.exp(density, out=density)
    density *= INV_SQRT_2PI
    density *= clipped
    out = ndtr(clipped)
    out += density
    return out


def _sigmoid_parts(z: FloatArray) -> tuple[FloatArray, FloatArray]:
    """sigmoid(z) and sigmoid(z) sigmoid(-z) = e / (1 + e)^2, both from one exp.

    The second is the form without 1 - sigmoid(z), which rounds to 0 in the right tail.
    ``z`` must be a new array: it is overwritten.
    """
    gate = np.sign(z)
    e = np.abs(z, out=z)
    np.negative(e, out=e)
    np.exp(e, out=e)
    np.maximum(gate, e, out=gate)
    d = e + 1.0
    gate /= d
    e /= d
    e /= d
    return gate, e


def _gelu_tanh_gate_argument(clipped: FloatArray) -> FloatArray:
    # z = 2 sqrt(2/pi) (x + 0.044715 x^3): 1 + tanh(z/2) = 2 sigmoid(z), so the tanh
    # approximation is x sigmoid(z). The sigmoid form keeps full relative precision for
    # negative x, where 1 + tanh(...) cancels to 0.
    z = np.square(clipped)
    z *= GELU_TANH_C
    z += 1.0
    z *= clipped
    z *= 2.0 * GELU_TANH_K
    return z


def gelu_tanh(x: FloatArray) -> FloatArray:
    # Outside [-1000, 1000] the gate is exactly 0 or 1; clipping keeps x^3 finite and the
    # product away from -inf * 0. Above 1000 the gate is 1 and the true x is used.
    low = np.maximum(x, -1e3)
    out = expit(_gelu_tanh_gate_argument(np.minimum(low, 1e3)))
    out *= low
    return out


def gelu_tanh_derivative(x: FloatArray) -> FloatArray:
    # d/dx [x sigmoid(z)] = sigmoid(z) + x z' sigmoid(z) sigmoid(-z), z' = 2k (1 + 3c x^2).
    clipped = np.clip(x, -1e3, 1e3)
    gate, out = _sigmoid_parts(_gelu_tanh_gate_argument(clipped))
    slope = np.square(clipped)
    slope *= 3.0 * GELU_TANH_C
    slope += 1.0
    slope *= 2.0 * GELU_TANH_K
    slope *= clipped
    out *= slope
    out += gate
    return out


def _silu_limit(x: FloatArray, beta: float) -> float:
    # Where |beta x| >= 800 the sigmoid is exactly 0 or 1 in every float type; clipping x
    # at this limit keeps beta x finite (also for +-inf) without changing any result.
    big = float(np.finfo(x.dtype).max)
    return min(800.0 / abs(beta), big) if beta != 0.0 else big


def silu(x: FloatArray, beta: float) -> FloatArray:
    # x sigmoid(beta x). On the side where the gate goes to 0, x itself is clamped at the
    # limit (the product is 0 there anyway), which keeps -inf * 0 out; on the other side
    # the gate is 1 and the true x is used.
    if beta == 0.0:
        return x * 0.5
    limit = _silu_limit(x, beta)
    if beta > 0:
        factor = np.maximum(x, -limit)
        z = np.minimum(factor, limit)
    else:
        factor = np.minimum(x, limit)
        z = np.maximum(factor, -limit)
    if beta != 1.0:
        z *= beta
    out = expit(z)
    out *= factor
    return out


def silu_derivative(x: FloatArray, beta: float) -> FloatArray:
    # sigmoid(z) + z sigmoid(z) sigmoid(-z) with z = beta x, clipped where the second term
    # is 0 and the first 0 or 1.
    limit = _silu_limit(x, beta)
    z = np.clip(x, -limit, limit)
    if beta != 1.0:
        z *= beta
    slope = z.copy()
    gate, out = _sigmoid_parts(z)
    out *= slope
    out += gate
    return out


def mish(x: FloatArray) -> FloatArray:
    # tanh(softplus(x)) = n / (n + 2) with n = e^x (e^x + 2), a rational function of e^x
    # that keeps full precision for negative x. Above 20 it is 1 to the last bit (so e^x
    # is capped there); below -1000 the product is -0 (so -inf * 0 never happens).
    low = np.maximum(x, -1e3)
    e = np.minimum(low, 20.0)
    np.exp(e, out=e)
    n = e + 2.0
    n *= e
    denominator = n + 2.0
    np.divide(n, denominator, out=n)
    n *= low
    return n


def mish_derivative(x: FloatArray) -> FloatArray:
    # tanh(sp) + x sech^2(sp) sigmoid(x), sp = softplus(x), which in terms of e = e^x and
    # n = e (e + 2) is n / (n + 2) + 4 x e (1 + e) / (n + 2)^2, written as products of
    # ratios so nothing overflows. Beyond 40 the second term is below 1e-30.
    clipped = np.clip(x, -1e3, 40.0)
    e = np.exp(clipped)
    n = e + 2.0
    n *= e
    denominator = n + 2.0
    ratio = e + 1.0
    ratio /= denominator
    np.divide(e, denominator, out=e)
    e *= ratio
    e *= clipped
    e *= 4.0
    np.divide(n, denominator, out=n)
    n += e
    return n


def hardswish(x: FloatArray) -> FloatArray:
    # x relu6(x + 3) / 6. Below -3 the result is 0 whatever x is, so x is clamped at -3
    # first: that keeps -inf * 0 out.
    low = np.maximum(x, -3.0)
    out = low + 3.0
    np.minimum(out, 6.0, out=out)
    out /= 6.0  # the gate first: x * 6 could overflow where x * 1 does not
    out *= low
    return out


def hardswish_derivative(x: FloatArray) -> FloatArray:
    # PyTorch's backward: 0 for x <= -3, x/3 + 1/2 for -3 < x < 3, 1 for x >= 3, so the
    # kinks get the outer one-sided slopes (0 at -3, 1 at 3). The line on the clipped input
    # gives the middle, and -1/2 or 3/2 from the kinks outwards; multiplying by the
    # comparison zeroes the left (NaN * 0 stays NaN) and 1/2 is taken off on the right.
    out = np.clip(x, -3.0, 3.0)
    out /= 3.0
    out += 0.5
    out *= x > -3.0
    out -= 0.5 * (x >= 3.0)
    return out


def _scaled(x: FloatArray, beta: float) -> FloatArray:
    # beta x, as a new array; for beta > 1, x is first clipped to half the largest float
    # over beta, so the product cannot overflow (and stays far beyond any threshold).
    if beta > 1.0:
        limit = 0.5 * float(np.finfo(x.dtype).max) / beta
        return np.clip(x, -limit, limit) * beta
    return x * beta


def softplus(x: FloatArray, beta: float, threshold: float) -> FloatArray:
    # log(1 + e^z) / beta with z = beta x, as max(x, 0) + log1p(e^-|z|) / beta: exp never
    # overflows, and log1p keeps the digits log(1 + .) loses when e^-|z| is small. Like
    # PyTorch, the identity is returned where z > threshold: the log1p term is dropped.
    z = x if beta == 1.0 else _scaled(x, beta)
    out = np.abs(z)
    np.negative(out, out=out)
    np.exp(out, out=out)
    np.log1p(out, out=out)
    out *= z <= threshold  # NaN <= threshold is False, but NaN * 0 stays NaN
    if beta != 1.0:
        out /= beta
    out += np.maximum(x, 0.0)
    return out


def softplus_derivative(x: FloatArray, beta: float, threshold: float) -> FloatArray:
    # sigmoid(beta x), and 1 where PyTorch switches to the identity (beta x > threshold).
    z = _scaled(x, beta)
    switched = z > threshold
    out = expit(z)
    return np.maximum(out, switched, out=out)


def _half_root_max(dtype: np.dtype) -> float:
    # A power of 2 near half the square root of the largest float (2^510 for float64): x^2
    # cannot overflow below it, beyond it x^2 + b rounds to x^2 for any reasonable b, and
    # being a power of 2, its square and square root are exact.
    return 2.0 ** (np.finfo(dtype).maxexp // 2 - 2)


def _squareplus_parts(x: FloatArray, b: float) -> tuple[FloatArray, FloatArray]:
    # r = sqrt(x^2 + b) without overflow: |x| clipped where b no longer matters, then
    # max(., |x|) restores |x| beyond the clip. q = b / (2 (r + |x|)), a sum of
    # non-negative terms (no cancellation, no inf - inf), is squareplus(-|x|).
    magnitude = np.abs(x)
    r = np.minimum(magnitude, _half_root_max(x.dtype))
    np.square(r, out=r)
    r += b
    np.sqrt(r, out=r)
    np.maximum(r, magnitude, out=r)
    magnitude *= 0.5
    q = r * 0.5
    q += magnitude  # (r + |x|) / 2, halved first so that it cannot overflow
    np.divide(0.25 * b, q, out=q)
    return q, r


def squareplus(x: FloatArray, b: float) -> FloatArray:
    # (x + r) / 2 cancels for x < 0; since f(x) - f(-x) = x, it equals max(x, 0) + q with
    # q = f(-|x|) = b / (2 (r + |x|)), which does not cancel for either sign.
    if b == 0.0:  # ReLU; q would be 0 / 0 at x = 0
        return np.maximum(x, 0.0)
    out, _ = _squareplus_parts(x, b)
    out += np.maximum(x, 0.0)
    return out


def squareplus_derivative(x: FloatArray, b: float) -> FloatArray:
    # (1 + x / r) / 2 is p = q / r = b / (2 r (r + |x|)) for x < 0 and 1 - p for x >= 0
    # (the derivative is sigmoid-like: f'(x) + f'(-x) = 1): p + step(x) (1 - 2p), with
    # p in [0, 1/2], no cancellation and no mask.
    if b == 0.0:  # ReLU: 1 for x > 0, 0 for x <= 0
        out = np.sign(x)
        return np.maximum(out, 0.0, out=out)
    out, r = _squareplus_parts(x, b)
    out /= r
    step = np.sign(x)
    np.maximum(step, 0.0, out=step)
    r = np.multiply(out, -2.0, out=r)
    r += 1.0
    step *= r
    out += step
    return out


def bent_identity(x: FloatArray) -> FloatArray:
    # x + (sqrt(x^2 + 1) - 1)/2 = x (1 + q/2) with q = x / (sqrt(x^2 + 1) + 1) in (-1, 1):
    # no cancellation near 0 (where sqrt(x^2 + 1) - 1 loses digits) and no inf - inf at
    # -inf. x is clipped inside q, where beyond the clip q is +-1 to the last bit.
    limit = _half_root_max(x.dtype)
    clipped = np.clip(x, -limit, limit)
    q = np.square(clipped)
    q += 1.0
    np.sqrt(q, out=q)
    q += 1.0
    np.divide(clipped, q, out=q)
    q *= 0.5
    q += 1.0
    q *= x
    return q


def bent_identity_derivative(x: FloatArray) -> FloatArray:
    # 1 + x / (2 sqrt(x^2 + 1)); beyond the clip the ratio is +-1/2 to the last bit.
    limit = _half_root_max(x.dtype)
    clipped = np.clip(x, -limit, limit)
    out = np.square(clipped)
    out += 1.0
    np.sqrt(out, out=out)
    out *= 2.0
    np.divide(clipped, out, out=out)
    out += 1.0
    return out


ENTRIES = [
    Activation(
        name="gelu",
        title="GELU",
        aliases=("gaussian_error_linear_unit",),
        summary=r"The Gaussian error linear unit weights its input by the probability that a "
        r"standard normal variable falls below it: $x\,\Phi(x)$.",
        function=gelu,
        derivative=gelu_derivative,
        latex=r"\operatorname{GELU}(x) = x\,\Phi(x) = \frac{x}{2}\left(1 + \operatorname{erf}\frac{x}{\sqrt{2}}\right)",
        derivative_latex=r"\operatorname{GELU}'(x) = \Phi(x) + x\,\varphi(x), \quad \varphi(x) = \frac{e^{-x^{2}/2}}{\sqrt{2\pi}}",
        # Phi(x) = erfc(-x/sqrt(2))/2. Left as written (evaluate=False): sympy would
        # otherwise rewrite erfc(-u) as 2 - erfc(u), which, like 1 + erf(x/sqrt(2)),
        # cancels to 0 at 40 digits in the left tail, where GELU is still about 1e-88.
        sympy="x * erfc(-x / sqrt(2), evaluate=False) / 2",
        range=Interval(-0.16997120747990366, np.inf, low_closed=True),
        properties=Properties(
            monotonic="no",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="left",
            identity_near_zero=False,
        ),
        # jax.nn.gelu computes the tanh approximation unless called with approximate=False,
        # so every framework's call is written out with its flag.
        frameworks=Frameworks(
            "torch.nn.GELU()(x)",
            "tf.nn.gelu(x, approximate=False)",
            "jax.nn.gelu(x, approximate=False)",
        ),
        references=(
            HENDRYCKS_2016,
            RADFORD_2018,
            DEVLIN_2018,
            RADFORD_2019,
            Reference(
                "A. Dosovitskiy et al.",
                "An image is worth 16x16 words: transformers for image recognition at scale",
                2020,
                "https://arxiv.org/abs/2010.11929",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.04550026,  0.        ,  1.95449974])"),
        origin=(
            "Hendrycks and Gimpel proposed the GELU in 2016 to join two ideas that had been kept "
            "apart: nonlinearities such as ReLU, which gate an input by its sign, and stochastic "
            "regularisers such as dropout and zoneout, which multiply it by a random $0$ or $1$. "
            r"If a unit's input $x$ is kept with probability $\Phi(x)$, so that larger inputs are "
            r"more likely to survive, the expected output is $x\,\Phi(x)$: the GELU is that "
            "expectation, a smooth ReLU that weights inputs by their value instead of gating "
            r"them by their sign. The same paper gave two cheaper forms, the $\tanh$ "
            r"approximation and $x\,\sigma(1.702\,x)$."
        ),
        uses=(
            "GELU became the activation of Transformer language models with GPT (2018), BERT "
            "(2018) and GPT-2 (2019), in the feed-forward block of every layer, and vision "
            "followed with the Vision Transformer (ViT, 2020). BERT was released with exact GELU, "
            "computed with erf; OpenAI's code for GPT and GPT-2 computes the tanh approximation "
            "instead. Many later encoders kept GELU, while many recent large language models use "
            "gated variants such as SwiGLU."
        ),
        strengths=(
            "Smooth everywhere, with a non-zero gradient for moderately negative inputs, where "
            "ReLU's is exactly $0$.",
            "The default of Transformer models: pretrained checkpoints, reference code and tuned "
            "hyperparameters assume it.",
            "In Hendrycks and Gimpel's experiments it improved on ReLU and ELU in every vision, "
            "language and speech task they tried.",
        ),
        weaknesses=(
            r"It costs more than ReLU: the normal CDF $\Phi$ needs $\operatorname{erf}$, which is "
            "why the tanh and sigmoid approximations exist.",
            r"It is not monotonic (it dips to about $-0.17$ near $x \approx -0.75$) and gives no "
            "exact zeros for negative inputs, so it loses ReLU's sparsity.",
            r"Against SiLU it has no clear advantage: $x\,\sigma(1.702\,x)$ nearly matches it, and "
            "the choice between the two is mostly convention.",
        ),
        family="smooth",
    ),
    Activation(
        name="gelu_tanh",
        title="GELU (tanh approximation)",
        symbol=r"\mathrm{GELU}_{\tanh}",  # the title is too long for a legend or a table
        aliases=("approximate_gelu", "gelu_approximate"),
        summary="The tanh approximation of GELU, given in the original paper, is still the "
        "default in some frameworks and pretrained models.",
        function=gelu_tanh,
        derivative=gelu_tanh_derivative,
        latex=r"\operatorname{GELU}_{\tanh}(x) = \frac{x}{2}\left(1 + \tanh\!\left(\sqrt{2/\pi}\,\bigl(x + 0.044715\,x^{3}\bigr)\right)\right)",
        derivative_latex=r"\operatorname{GELU}_{\tanh}'(x) = \frac{1}{2}\bigl(1 + \tanh u\bigr) + \frac{x}{2}\,\bigl(1 - \tanh^{2} u\bigr)\,\sqrt{2/\pi}\,\bigl(1 + 0.134145\,x^{2}\bigr), \quad u = \sqrt{2/\pi}\,\bigl(x + 0.044715\,x^{3}\bigr)",
        # (1 + tanh u)/2 = 1/(1 + e^{-2u}); the tanh form cancels to 0 at 40 digits for
        # x < -10, where the function is still about 1e-37.
        sympy="x / (1 + exp(-2 * sqrt(2 / pi) * (x + 0.044715 * x**3)))",
        range=Interval(-0.17004075057125406, np.inf, low_closed=True),
        properties=Properties(
            monotonic="no",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="left",
            identity_near_zero=False,
        ),
        # The frameworks' bare names mean exact GELU (JAX's means this one): each call is
        # written out with its flag.
        frameworks=Frameworks(
            'torch.nn.GELU(approximate="tanh")(x)',
            "tf.nn.gelu(x, approximate=True)",
            "jax.nn.gelu(x, approximate=True)",
        ),
        references=(HENDRYCKS_2016, RADFORD_2018, RADFORD_2019, DEVLIN_2018),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.04540231,  0.        ,  1.95459769])"),
        origin=(
            "Hendrycks and Gimpel gave this approximation in the 2016 GELU paper, as a cheaper "
            r"stand-in for the normal CDF $\Phi$ when speed matters more than exactness. It "
            r"replaces $\Phi(x)$ by $\tfrac{1}{2}\bigl(1 + \tanh u\bigr)$ with "
            r"$u = \sqrt{2/\pi}\,(x + 0.044715\,x^{3})$, and the two curves never differ by more "
            r"than about $4.7 \times 10^{-4}$. Since "
            r"$\tfrac{1}{2}(1 + \tanh u) = \sigma(2u)$, it is also a sigmoid gate, like SiLU, with "
            "a cubic inside."
        ),
        uses=(
            "The code OpenAI released for GPT (2018) and GPT-2 (2019) computes GELU with this "
            "formula, so their checkpoints and the models ported from them expect it; Hugging "
            "Face calls this form `gelu_new`. BERT, by contrast, was released with exact GELU, "
            'and Hugging Face reads `"gelu"` in BERT configurations as the exact form; Google\'s '
            "BERT repository switched to the tanh form only later (2019). PyTorch provides it as "
            '`torch.nn.GELU(approximate="tanh")`, and `jax.nn.gelu` uses it unless called with '
            "`approximate=False`."
        ),
        strengths=(
            "It reproduces models trained with it, such as GPT-2, exactly; exact GELU would "
            "change their outputs slightly.",
            r"It needs only a polynomial and $\tanh$, which every library and accelerator has.",
            r"Its error is tiny, at most about $4.7 \times 10^{-4}$, with the same shape, minimum "
            "and tails as exact GELU.",
        ),
        weaknesses=(
            "It is an approximation: where exact GELU is available and fast, it offers nothing as "
            "a design choice.",
            "Frameworks disagree on what the bare name means (`jax.nn.gelu` defaults to this "
            "form, `torch.nn.GELU` and `tf.nn.gelu` to the exact one), an easy source of silent "
            "mismatches when a model is ported.",
            "It keeps exact GELU's costs and quirks: a non-monotonic dip, no exact zeros, more "
            "arithmetic than ReLU.",
        ),
        family="smooth",
    ),
    Activation(
        name="silu",
        title="SiLU (Swish)",
        aliases=("swish", "swish1", "sigmoid_linear_unit"),
        summary=r"The sigmoid-weighted linear unit multiplies $x$ by $\sigma(\beta x)$: SiLU is "
        r"$\beta = 1$, and Swish is the family with $\beta$ fixed or learned ($\beta = 1$ is "
        "Swish-1).",
        function=silu,
        derivative=silu_derivative,
        params=(
            Param(
                "beta",
                1.0,
                r"Gate sharpness $\beta$ (Swish); $\beta = 1$ gives SiLU.",
                symbol=r"\beta",
            ),
        ),
        latex=r"\operatorname{SiLU}(x) = x\,\sigma(\beta x) = \frac{x}{1 + e^{-\beta x}}",
        derivative_latex=r"\operatorname{SiLU}'(x) = \sigma(\beta x)\,\bigl(1 + \beta x\,(1 - \sigma(\beta x))\bigr)",
        sympy="x / (1 + exp(-beta * x))",
        range=Interval(-0.2784645427610738, np.inf, low_closed=True),
        properties=Properties(
            monotonic="no",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="left",
            identity_near_zero=False,
        ),
        frameworks=Frameworks(
            "torch.nn.SiLU()(x)  # beta = 1 only",
            "tf.nn.silu(x, beta=1.0)  # beta since TensorFlow 2.8",
            "jax.nn.silu(x)  # beta = 1 only",
        ),
        references=(
            HENDRYCKS_2016,
            Reference(
                "S. Elfwing, E. Uchibe, K. Doya",
                "Sigmoid-weighted linear units for neural network function approximation "
                "in reinforcement learning",
                2017,
                "https://arxiv.org/abs/1702.03118",
            ),
            RAMACHANDRAN_2017,
            Reference(
                "M. Tan, Q. V. Le",
                "EfficientNet: rethinking model scaling for convolutional neural networks",
                2019,
                "https://arxiv.org/abs/1905.11946",
            ),
            Reference(
                "N. Shazeer",
                "GLU variants improve transformer",
                2020,
                "https://arxiv.org/abs/2002.05202",
            ),
            Reference(
                "A. Chowdhery et al.",
                "PaLM: scaling language modeling with pathways",
                2022,
                "https://arxiv.org/abs/2204.02311",
            ),
            Reference(
                "H. Touvron et al.",
                "LLaMA: open and efficient foundation language models",
                2023,
                "https://arxiv.org/abs/2302.13971",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.23840584,  0.        ,  1.76159416])"),
        origin=(
            r"The function $x\,\sigma(x)$ was proposed three times in little more than a year. "
            "Hendrycks and Gimpel named it the sigmoid linear unit (SiLU) in their 2016 GELU "
            r"paper, as the variant that uses the logistic CDF $\sigma$ in place of $\Phi$; "
            "Elfwing, Uchibe and Doya (2017) proposed it independently for neural-network "
            "function approximation in reinforcement learning, testing it on Tetris and Atari "
            "games; and Ramachandran, Zoph and Le (2017) found it again by an automated search "
            "over combinations of simple functions, named it Swish and added the sharpness "
            r"$\beta$, fixed or learned."
        ),
        uses=(
            "EfficientNet (2019) uses Swish throughout, as do many vision models that followed "
            "it, and YOLOv5 uses SiLU. In language models it lives inside the SwiGLU feed-forward "
            r"block (Shazeer, 2020), $\operatorname{SiLU}(xW) \odot xV$, which PaLM (2022) and "
            "LLaMA (2023) adopted and many open large language models have kept."
        ),
        strengths=(
            r"Smooth and non-monotonic like GELU, but cheaper: one sigmoid instead of the normal "
            r"CDF $\Phi$.",
            r"Moderately negative inputs still pass a gradient (the curve dips to about $-0.28$ "
            r"at $x \approx -1.28$ instead of stopping at $0$), which makes dead units less "
            "likely than with ReLU.",
            "Ramachandran et al. found that it matched or beat ReLU on most of the image and "
            "translation models they tried, and as the gate of SwiGLU it is the standard choice "
            "in current large language models.",
        ),
        weaknesses=(
            "It costs an exponential per element, more than ReLU, and gives no exact zeros, so "
            "no sparsity.",
            "Its advantage over ReLU depends on the model and is often small, and against GELU "
            "the difference is mostly convention.",
            "For very negative inputs its gradient still vanishes, as ReLU's does: the smooth "
            "dip only helps near zero.",
        ),
        family="smooth",
    ),
    Activation(
        name="mish",
        title="Mish",
        summary=r"Mish gates the input by $\tanh$ of softplus, "
        r"$x \tanh\bigl(\ln(1 + e^{x})\bigr)$: smooth, non-monotonic and unbounded above.",
        function=mish,
        derivative=mish_derivative,
        latex=r"\operatorname{Mish}(x) = x \tanh\bigl(\operatorname{softplus}(x)\bigr) = x \tanh\bigl(\ln(1 + e^{x})\bigr)",
        derivative_latex=r"\operatorname{Mish}'(x) = \tanh\bigl(\operatorname{softplus}(x)\bigr) + x\,\operatorname{sech}^{2}\bigl(\operatorname{softplus}(x)\bigr)\,\sigma(x)",
        sympy="x * tanh(log(1 + exp(x)))",
        range=Interval(-0.30884341301725043, np.inf, low_closed=True),
        properties=Properties(
            monotonic="no",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="left",
            identity_near_zero=False,
        ),
        frameworks=Frameworks("torch.nn.Mish", "tf.keras.activations.mish", "jax.nn.mish"),
        references=(
            Reference(
                "D. Misra",
                "Mish: a self regularized non-monotonic activation function",
                2019,
                "https://arxiv.org/abs/1908.08681",
            ),
            RAMACHANDRAN_2017,
            Reference(
                "A. Bochkovskiy, C.-Y. Wang, H.-Y. M. Liao",
                "YOLOv4: optimal speed and accuracy of object detection",
                2020,
                "https://arxiv.org/abs/2004.10934",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.25250148,  0.        ,  1.94395896])"),
        origin=(
            "Diganta Misra introduced Mish in 2019, looking for a smooth, non-monotonic "
            r"activation in the spirit of Swish, $x\,\sigma(x)$, whose self-gating form had been "
            "found by automated search. Mish keeps the form of an input times a gate but uses "
            r"$\tanh\bigl(\operatorname{softplus}(x)\bigr)$ as the gate, and Misra reported that "
            "it matched or beat Swish and ReLU on the image-classification and object-detection "
            "benchmarks he tried."
        ),
        uses=(
            "Mish's best-known use is YOLOv4 (Bochkovskiy, Wang and Liao, 2020), whose "
            "CSPDarknet53 backbone uses it, and some detectors derived from it kept it. Elsewhere "
            "it is uncommon: most vision models use ReLU, SiLU or GELU."
        ),
        strengths=(
            r"Smooth, with a slightly deeper negative dip than SiLU (minimum about $-0.31$ at "
            r"$x \approx -1.19$), so negative inputs keep a little more signal and gradient.",
            "In Misra's experiments it gave small accuracy gains over ReLU and Swish.",
            "Unbounded above and bounded below like SiLU, so it does not saturate for positive "
            "inputs.",
        ),
        weaknesses=(
            r"The most expensive of the common gated units: an exponential, a logarithm and a "
            r"$\tanh$ per element (or an equivalent rational function of $e^{x}$, as here).",
            "Its gains over SiLU, which has nearly the same shape, are small and depend on the "
            "model.",
            "Like GELU and SiLU it is non-monotonic and gives no exact zeros.",
        ),
        family="smooth",
    ),
    Activation(
        name="hardswish",
        title="Hardswish",
        aliases=("hard_swish", "hard_silu"),
        summary=r"Hardswish is a piecewise-quadratic SiLU: the input gated by the hard sigmoid "
        r"$\operatorname{ReLU6}(x+3)/6$, cheap on mobile hardware.",
        function=hardswish,
        derivative=hardswish_derivative,
        latex=r"\operatorname{Hardswish}(x) = x\,\frac{\operatorname{ReLU6}(x + 3)}{6} = \begin{cases} 0 & x \le -3 \\ x\,(x + 3)/6 & -3 < x < 3 \\ x & x \ge 3 \end{cases}",
        derivative_latex=r"\operatorname{Hardswish}'(x) = \begin{cases} 0 & x \le -3 \\ x/3 + 1/2 & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}",
        sympy="x * Min(Max(x + 3, 0), 6) / 6",
        range=Interval(-0.375, np.inf, low_closed=True),
        properties=Properties(
            monotonic="no",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C0",
            saturation="left",
            identity_near_zero=False,
        ),
        kinks=lambda: (-3.0, 3.0),
        kink_convention=r"Hardswish is not differentiable at $x = -3$ and $x = 3$; the "
        r"derivative returns the outer one-sided slopes there, $0$ at $x = -3$ and $1$ at "
        r"$x = 3$, as PyTorch 2.8 and later do (earlier releases returned the inner slopes, "
        r"$-\tfrac{1}{2}$ and $\tfrac{3}{2}$).",
        frameworks=Frameworks(
            "torch.nn.Hardswish",
            "tf.keras.activations.hard_silu(x)  # Keras >= 3.0.1 (TensorFlow >= 2.16); not in Keras 2",
            "jax.nn.hard_swish",
        ),
        references=(HOWARD_2019, RAMACHANDRAN_2017),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.33333333,  0.        ,  1.66666667])"),
        origin=(
            "Howard and colleagues introduced the hard swish in 2019 while designing MobileNetV3 "
            "with architecture search. Swish improved accuracy, but the sigmoid inside it was "
            r"costly on mobile devices; replacing $\sigma(x)$ by the piecewise-linear "
            r"$\operatorname{ReLU6}(x+3)/6$ gave a function built from operations every mobile "
            "framework already had, with no discernible loss of accuracy in their experiments "
            "and without the precision loss that differing sigmoid approximations cause in "
            "quantised networks."
        ),
        uses=(
            "MobileNetV3 (2019) uses hard swish in its first convolution and throughout the "
            "second half of the network, where the feature maps are smaller and, the authors "
            "found, most of the benefit of swish lies; only some of the early bottleneck blocks "
            "use ReLU instead. Networks built from MobileNetV3 blocks inherit it. Outside mobile "
            "and edge models it is rare: where an exponential is cheap, SiLU itself is used."
        ),
        strengths=(
            "No exponential: an add, a clip and two multiplications, which suits mobile CPUs and "
            "integer (quantised) inference.",
            r"Close to SiLU in shape, with the same asymptotes and a dip to $-0.375$ at "
            r"$x = -1.5$; MobileNetV3 lost no accuracy by the swap.",
            r"Exactly $0$ for $x \le -3$ and exactly $x$ for $x \ge 3$, so it keeps some of "
            "ReLU's sparsity.",
        ),
        weaknesses=(
            r"Only continuous, not smooth: its derivative jumps at $x = -3$ and $x = 3$, where "
            "frameworks must choose a value (and PyTorch changed its choice).",
            "Its advantage is speed on hardware without a fast exponential; elsewhere SiLU gives "
            "the same shape smoothly.",
            r"Like ReLU it passes no gradient for $x < -3$, where SiLU still passes a small one.",
        ),
        family="smooth",
    ),
    Activation(
        name="softplus",
        title="Softplus",
        aliases=("smooth_relu",),
        summary=r"Softplus, $\tfrac{1}{\beta}\ln\bigl(1 + e^{\beta x}\bigr)$, is a smooth convex "
        r"ReLU; like PyTorch, it returns $x$ itself once $\beta x$ exceeds the threshold.",
        function=softplus,
        derivative=softplus_derivative,
        params=(
            Param(
                "beta",
                1.0,
                r"Sharpness $\beta$; larger values approach ReLU.",
                low=0.0,
                low_open=True,
                symbol=r"\beta",
            ),
            Param(
                "threshold",
                20.0,
                r"Where $\beta x$ exceeds it, the identity is returned instead (PyTorch's "
                r"switch; the difference there is below $10^{-8}/\beta$).",
                low=0.0,
                low_open=True,
            ),
        ),
        latex=r"\operatorname{softplus}(x) = \frac{1}{\beta} \ln\bigl(1 + e^{\beta x}\bigr)",
        derivative_latex=r"\operatorname{softplus}'(x) = \sigma(\beta x) = \frac{1}{1 + e^{-\beta x}}",
        sympy="log(1 + exp(beta * x)) / beta",
        range=Interval(0.0, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=False,
            smoothness="C∞",
            saturation="left",
            identity_near_zero=False,
        ),
        frameworks=Frameworks("torch.nn.Softplus", "tf.nn.softplus", "jax.nn.softplus"),
        references=(
            Reference(
                "C. Dugas, Y. Bengio, F. Bélisle, C. Nadeau, R. Garcia",
                "Incorporating second-order functional knowledge for better option pricing",
                2001,
                "https://proceedings.neurips.cc/paper/2000/hash/"
                "44968aece94f667e4095002d140b5896-Abstract.html",
            ),
            GLOROT_2011,
            Reference(
                "A. Gu, T. Dao",
                "Mamba: linear-time sequence modeling with selective state spaces",
                2023,
                "https://arxiv.org/abs/2312.00752",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([0.12692801, 0.69314718, 2.12692801])"),
        origin=(
            "Dugas, Bengio, Bélisle, Nadeau and Garcia introduced softplus, "
            r"$\ln\bigl(1 + e^{x}\bigr)$, in 2001 to price options with neural networks: a call "
            "option's price is known to increase with some inputs and to be convex in one, and a "
            "network built from softplus and sigmoid units, both increasing and the first "
            "convex, has these properties by construction. Its derivative is the sigmoid, so it "
            "is the smooth antiderivative of the classic activation. Glorot, Bordes and Bengio "
            "(2011) compared it with ReLU as a hidden activation and found that ReLU, despite "
            "its corner, trained as well or better; its true zeros seemed to help."
        ),
        uses=(
            "As a hidden activation softplus is rare. Its main use is wherever an output must "
            "be positive: the standard deviation or variance head of a network that predicts a "
            r"Gaussian, the rates and scales of other distributions, and the step size $\Delta$ "
            "of the selective state-space layer in Mamba (2023). It is also the inner function "
            r"of Mish, $x \tanh\bigl(\operatorname{softplus}(x)\bigr)$."
        ),
        strengths=(
            r"Strictly positive and smooth, with a gradient $\sigma(\beta x)$ that is never "
            r"exactly $0$: a natural way to make an output positive without the explosive "
            r"growth of $e^{x}$.",
            "Convex and monotonic, which makes networks built from it easy to constrain, the "
            "reason it was invented.",
            "Unlike ReLU it has no flat region, so every unit always receives some gradient.",
        ),
        weaknesses=(
            "As a hidden activation it has not beaten ReLU (Glorot et al., 2011), and it costs "
            "an exponential and a logarithm.",
            "It never outputs exact zeros, and "
            r"$\operatorname{softplus}(0) = \tfrac{1}{\beta}\ln 2$, so its outputs are biased "
            "positive like ReLU's but without the sparsity.",
            r"A naive implementation overflows for large $\beta x$; libraries switch to the "
            "identity above a threshold, as this one does.",
        ),
        family="smooth",
    ),
    Activation(
        name="squareplus",
        title="Squareplus",
        summary=r"Squareplus, $\bigl(x + \sqrt{x^{2} + b}\bigr)/2$, is a softplus-like smooth ReLU "
        "built from a square root instead of an exponential and a logarithm.",
        function=squareplus,
        derivative=squareplus_derivative,
        params=(
            Param(
                "b",
                4.0,
                r"Sets the bend: the curvature at $x = 0$ is $1/(2\sqrt{b})$, so a larger $b$ "
                r"gives a gentler bend; $b = 0$ gives ReLU.",
                low=0.0,
                symbol="b",
            ),
        ),
        latex=r"\operatorname{squareplus}(x) = \frac{x + \sqrt{x^{2} + b}}{2}",
        derivative_latex=r"\operatorname{squareplus}'(x) = \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^{2} + b}}\right)",
        sympy="(x + sqrt(x**2 + b)) / 2",
        range=Interval(0.0, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=False,
            smoothness="C∞",
            saturation="left",
            identity_near_zero=False,
        ),
        kinks=lambda b: (0.0,) if b == 0 else (),
        frameworks=Frameworks(
            None,
            "tf.keras.activations.squareplus(x, b=4)  # Keras >= 3.7 (TensorFlow >= 2.16); not in Keras 2",
            "jax.nn.squareplus",
        ),
        references=(
            Reference(
                "J. T. Barron",
                "Squareplus: a softplus-like algebraic rectifier",
                2021,
                "https://arxiv.org/abs/2112.11687",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([0.41421356, 1.        , 2.41421356])"),
        origin=(
            "Jonathan Barron proposed squareplus in 2021 as a cheaper softplus. It rests on the "
            r"identity $\max(x, 0) = \bigl(x + \sqrt{x^{2}}\bigr)/2$: adding $b$ under the root "
            "rounds the corner while keeping only addition, multiplication and a square root. "
            "Barron measured it about six times faster than softplus on a CPU and noted that, "
            "needing no transcendental functions, it may help resource-limited applications."
        ),
        uses=(
            "Squareplus is rare in practice: no well-known architecture uses it. JAX "
            "(`jax.nn.squareplus`) and Keras ship it; PyTorch does not. Its natural place is "
            "the case Barron's note starts from, a layer whose output must be non-negative, "
            "where softplus is the usual smooth choice; squareplus suits it where an "
            "exponential is too costly or not available."
        ),
        strengths=(
            "Only algebraic operations: faster than softplus on CPUs (about six times in "
            "Barron's benchmark) and usable where no exponential is available.",
            r"Smooth, positive and monotonic like softplus; $b$ tunes the bend, and $b = 4$ "
            r"gives the same value of the derivative ($\tfrac{1}{2}$) and the same curvature "
            r"($\tfrac{1}{4}$) at $x = 0$ as softplus.",
            r"With $b = 0$ it is exactly ReLU, so one parameter spans hard and soft rectifiers.",
        ),
        weaknesses=(
            r"Its left tail decays only like $b/(4\lvert x\rvert)$, not exponentially: very "
            r"negative inputs still give visibly positive outputs, with gradient about "
            r"$b/(4x^{2})$.",
            "Barron's paper argues for speed, not for accuracy, and few published models have "
            "tested it.",
            "PyTorch has no built-in version.",
        ),
        derivation=(
            Step(
                r"Differentiate term by term (sum rule). The term $x/2$ gives $\tfrac12$. For "
                r"$\tfrac12\sqrt{x^{2} + b}$ use the chain rule with outer function "
                r"$\sqrt{u}$, whose derivative is $1/(2\sqrt{u})$, and inner function "
                r"$u = x^{2} + b$, whose derivative is $2x$:",
                r"\frac{d}{dx}\sqrt{x^{2} + b} = \frac{1}{2\sqrt{x^{2} + b}} \cdot 2x = \frac{x}{\sqrt{x^{2} + b}}",
            ),
            Step(
                r"Add the two halves. For $b > 0$, $\sqrt{x^{2} + b} > \lvert x\rvert$, so the "
                r"ratio lies strictly between $-1$ and $1$ and the slope strictly between $0$ "
                r"and $1$. The ratio is odd in $x$, so the slopes at $x$ and $-x$ add to $1$, "
                r"exactly as $\sigma(x) + \sigma(-x) = 1$ for softplus's derivative:",
                r"\operatorname{squareplus}'(x) = \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^{2} + b}}\right), \qquad \operatorname{squareplus}'(x) + \operatorname{squareplus}'(-x) = 1",
            ),
            Step(
                r"Differentiate again for the curvature, with the quotient rule on "
                r"$x / \sqrt{x^{2} + b}$ and the first step for the derivative of the "
                r"denominator. The numerator simplifies to $b/\sqrt{x^{2} + b}$, so the second "
                r"derivative is positive (squareplus is convex) and at $x = 0$ equals "
                r"$1/(2\sqrt{b})$, which is $\tfrac14$ for $b = 4$, softplus's curvature at $0$:",
                r"\operatorname{squareplus}''(x) = \frac{1}{2} \cdot \frac{\sqrt{x^{2} + b} - x \cdot \dfrac{x}{\sqrt{x^{2} + b}}}{x^{2} + b} = \frac{b}{2\,(x^{2} + b)^{3/2}}",
            ),
            Step(
                r"The ReLU limit. As $b \to 0^{+}$, $x/\sqrt{x^{2} + b} \to x/\lvert x\rvert$, "
                r"the sign of $x$, for every $x \ne 0$, so the derivative tends to ReLU's "
                r"step; the curvature $b/\bigl(2(x^{2} + b)^{3/2}\bigr)$ tends to $0$ away from "
                r"$0$ while its peak $1/(2\sqrt{b})$ at $0$ grows without bound, the corner "
                "forming:",
                r"\lim_{b \to 0^{+}} \operatorname{squareplus}'(x) = \frac{1}{2}\bigl(1 + \operatorname{sign} x\bigr) = \begin{cases} 1 & x > 0 \\ 0 & x < 0 \end{cases}",
            ),
        ),
        exercises=(
            Exercise(
                r"With the default $b = 4$, compute $\operatorname{squareplus}(0)$, "
                r"$\operatorname{squareplus}(-2)$, $\operatorname{squareplus}'(-2)$ and "
                r"$\operatorname{squareplus}'(2)$, and compare with softplus, "
                r"$\ln(1 + e^{x})$, and its derivative $\sigma(x)$ at $x = -2$.",
                cleandoc(
                    r"""
                    $\operatorname{squareplus}(0) = \sqrt{4}/2 = 1$. At $x = -2$,
                    $\sqrt{4 + 4} = 2\sqrt{2}$, so
                    $\operatorname{squareplus}(-2) = (-2 + 2\sqrt{2})/2 = \sqrt{2} - 1 \approx 0.4142$
                    and
                    $\operatorname{squareplus}'(-2) = \tfrac12\bigl(1 - 2/(2\sqrt{2})\bigr) = \tfrac12\bigl(1 - 1/\sqrt{2}\bigr) \approx 0.1464$.
                    By the symmetry of the slopes, $\operatorname{squareplus}'(2) = 1 - 0.1464 \approx 0.8536$.
                    Softplus gives $\ln(1 + e^{-2}) \approx 0.1269$ and
                    $\sigma(-2) \approx 0.1192$: at $x = -2$ squareplus is higher than softplus
                    and a little steeper.
                    <!-- answer: squareplus(0.0) = 1 -->
                    <!-- answer: squareplus(-2.0) = 0.4142 -->
                    <!-- answer: squareplus.derivative(-2.0) = 0.1464 -->
                    <!-- answer: squareplus.derivative(2.0) = 0.8536 -->
                    <!-- answer: softplus(-2.0) = 0.1269 -->
                    <!-- answer: softplus.derivative(-2.0) = 0.1192 -->
                    """
                ),
            ),
            Exercise(
                r"Rationalise to show "
                r"$\operatorname{squareplus}(x) = \dfrac{b}{2\bigl(\sqrt{x^{2} + b} - x\bigr)}$, "
                r"and deduce that as $x \to -\infty$ the function behaves like "
                r"$b/(4\lvert x\rvert)$ and its derivative like $b/(4x^{2})$. Evaluate both at "
                r"$x = -10$ with $b = 4$ and compare with softplus. Why is the rationalised "
                r"form the better one to compute for $x < 0$?",
                cleandoc(
                    r"""
                    Multiply numerator and denominator by $\sqrt{x^{2} + b} - x$, which is
                    positive for $b > 0$:

                    $$
                    \frac{x + \sqrt{x^{2} + b}}{2} = \frac{\bigl(\sqrt{x^{2} + b} + x\bigr)\bigl(\sqrt{x^{2} + b} - x\bigr)}{2\bigl(\sqrt{x^{2} + b} - x\bigr)} = \frac{x^{2} + b - x^{2}}{2\bigl(\sqrt{x^{2} + b} - x\bigr)} = \frac{b}{2\bigl(\sqrt{x^{2} + b} - x\bigr)}
                    $$

                    As $x \to -\infty$, $\sqrt{x^{2} + b} \approx \lvert x\rvert$ and
                    $-x = \lvert x\rvert$, so the denominator is about $4\lvert x\rvert$. The
                    same step turns the derivative into
                    $b / \bigl(2\sqrt{x^{2} + b}\,(\sqrt{x^{2} + b} - x)\bigr) \approx b/(4x^{2})$.
                    At $x = -10$: $\operatorname{squareplus}(-10) \approx 0.0990$ (the estimate
                    gives $0.1$) and $\operatorname{squareplus}'(-10) \approx 0.00971$ (estimate
                    $0.01$), while $\operatorname{softplus}(-10) \approx 0.0000454$: the
                    algebraic tail is heavier by three orders of magnitude.

                    In the original form, $x + \sqrt{x^{2} + b}$ adds two nearly opposite numbers
                    when $x \ll 0$, and the difference loses its digits: in double precision at
                    $x = -10^{9}$ it returns $0$ instead of $0.000000001$. The rationalised form
                    adds two positive numbers and keeps full precision, which is how this
                    package computes it.
                    <!-- answer: squareplus(-10.0) = 0.0990 -->
                    <!-- answer: 4 / (4 * 10.0) = 0.1 -->
                    <!-- answer: squareplus.derivative(-10.0) = 0.00971 -->
                    <!-- answer: 4 / (4 * 10.0**2) = 0.01 -->
                    <!-- answer: softplus(-10.0) = 0.0000454 -->
                    <!-- answer: (-1e9 + math.sqrt(1e18 + 4)) / 2 = 0 -->
                    <!-- answer: squareplus(-1e9) = 0.000000001 -->
                    """
                ),
            ),
            Exercise(
                r"Softplus has $\operatorname{softplus}(0) = \ln 2$, "
                r"$\operatorname{softplus}'(0) = \tfrac12$ and "
                r"$\operatorname{softplus}''(0) = \tfrac14$. Which of these can squareplus "
                r"match, and with which $b$? With $b = 4$, how far apart are the two functions "
                "at $0$?",
                cleandoc(
                    r"""
                    From the derivation, $\operatorname{squareplus}'(0) = \tfrac12$ for every
                    $b$, $\operatorname{squareplus}''(0) = 1/(2\sqrt{b})$ and
                    $\operatorname{squareplus}(0) = \sqrt{b}/2$.

                    - The curvature matches for $1/(2\sqrt{b}) = \tfrac14$, that is $b = 4$,
                      the default. Then $\operatorname{squareplus}(0) = 1$, and the gap to
                      softplus is $1 - \ln 2 \approx 0.3069$, the largest anywhere: both
                      approach ReLU far from $0$.
                    - The value matches for $\sqrt{b}/2 = \ln 2$, that is
                      $b = 4(\ln 2)^{2} \approx 1.9218$, where both are $\ln 2 \approx 0.6931$.
                      The curvature is then $1/(4\ln 2) \approx 0.3607$, a sharper bend than
                      softplus's $0.25$.

                    One parameter cannot match both: squareplus is a softplus look-alike, not
                    an approximation to it in every respect.
                    <!-- answer: squareplus(0.0) - softplus(0.0) = 0.3069 -->
                    <!-- answer: -minimum(lambda x: softplus(x) - squareplus(x), -10, 10) = 0.3069 -->
                    <!-- answer: 4 * math.log(2)**2 = 1.9218 -->
                    <!-- answer: squareplus(0.0, b=4 * math.log(2)**2) = 0.6931 -->
                    <!-- answer: (squareplus.derivative(1e-5, b=4 * math.log(2)**2) - squareplus.derivative(-1e-5, b=4 * math.log(2)**2)) / 2e-5 = 0.3607 -->
                    <!-- answer: (softplus.derivative(1e-5) - softplus.derivative(-1e-5)) / 2e-5 = 0.25 -->
                    """
                ),
            ),
        ),
        family="smooth",
    ),
    Activation(
        name="bent_identity",
        title="Bent identity",
        summary=r"The bent identity adds half of $\sqrt{x^{2} + 1} - 1$ to the identity: a smooth "
        r"convex curve whose slope tends to $\tfrac{1}{2}$ on the left and $\tfrac{3}{2}$ on the "
        "right.",
        function=bent_identity,
        derivative=bent_identity_derivative,
        latex=r"\operatorname{BentIdentity}(x) = \frac{\sqrt{x^{2} + 1} - 1}{2} + x",
        derivative_latex=r"\operatorname{BentIdentity}'(x) = \frac{x}{2\sqrt{x^{2} + 1}} + 1",
        sympy="(sqrt(x**2 + 1) - 1) / 2 + x",
        range=Interval(-np.inf, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="none",
            identity_near_zero=True,
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-1.38196601,  0.        ,  2.61803399])"),
        origin=(
            "No paper is known to have introduced the bent identity: it circulates in online "
            "lists of activation functions, usually without a citation. It bends the identity "
            r"smoothly: the added term $\tfrac{1}{2}\bigl(\sqrt{x^{2} + 1} - 1\bigr)$ behaves "
            r"like $x^{2}/4$ near $0$ and like $\tfrac{1}{2}\lvert x\rvert$ far from it, so the "
            r"slope moves from $\tfrac{1}{2}$ on the left to $\tfrac{3}{2}$ on the right."
        ),
        uses=(
            "The bent identity is rare in practice: no well-known architecture uses it, and "
            "PyTorch, TensorFlow and JAX do not provide it."
        ),
        strengths=(
            r"Smooth and monotonic, with a slope always between $\tfrac{1}{2}$ and "
            r"$\tfrac{3}{2}$: it neither saturates nor cuts off gradients on either side.",
            r"Like the identity near $0$ ($f(0) = 0$, $f'(0) = 1$), so small signals pass "
            "almost unchanged.",
            "Cheap: one square root, no exponential.",
        ),
        weaknesses=(
            r"Weakly nonlinear: away from $0$ it is nearly linear with slope $\tfrac{1}{2}$ or "
            r"$\tfrac{3}{2}$, a smooth Leaky ReLU whose left slope is $\tfrac{1}{3}$ of its "
            "right one.",
            r"Unbounded on both sides, with a slope above $1$ for $x > 0$, so activations and "
            "gradients can grow through a deep stack.",
            "With no origin paper and no adopters, there is no evidence that it trains better "
            "than ReLU or Leaky ReLU.",
        ),
        derivation=(
            Step(
                r"Differentiate term by term (sum rule). The constant $-\tfrac12$ has "
                r"derivative $0$ and $x$ has derivative $1$, which leaves the square root:",
                r"\operatorname{BentIdentity}'(x) = \frac{1}{2}\,\frac{d}{dx}\sqrt{x^{2} + 1} + 1",
            ),
            Step(
                r"Chain rule on the square root: outer function $\sqrt{u}$ with derivative "
                r"$1/(2\sqrt{u})$, inner function $u = x^{2} + 1$ with derivative $2x$:",
                r"\operatorname{BentIdentity}'(x) = \frac{1}{2} \cdot \frac{2x}{2\sqrt{x^{2} + 1}} + 1 = \frac{x}{2\sqrt{x^{2} + 1}} + 1",
            ),
            Step(
                r"Bound the slope. Since $\sqrt{x^{2} + 1} > \lvert x\rvert$, the fraction "
                r"$x/\sqrt{x^{2} + 1}$ lies strictly between $-1$ and $1$ and tends to $\mp 1$ "
                r"as $x \to \mp\infty$; so the slope lies strictly between $\tfrac12$ and "
                r"$\tfrac32$ and tends to these values at the two ends:",
                r"\frac{1}{2} < \operatorname{BentIdentity}'(x) < \frac{3}{2}, \qquad \lim_{x \to -\infty} \operatorname{BentIdentity}'(x) = \frac{1}{2}, \qquad \lim_{x \to +\infty} \operatorname{BentIdentity}'(x) = \frac{3}{2}",
            ),
            Step(
                r"Differentiate again, with the quotient rule on $x/\sqrt{x^{2} + 1}$ as for "
                r"squareplus with $b = 1$. The second derivative is positive everywhere, so "
                r"the function is convex and its slope rises monotonically; the curvature is "
                r"largest, $\tfrac12$, at $x = 0$, and decays like $1/(2\lvert x\rvert^{3})$:",
                r"\operatorname{BentIdentity}''(x) = \frac{1}{2} \cdot \frac{\sqrt{x^{2} + 1} - x \cdot \dfrac{x}{\sqrt{x^{2} + 1}}}{x^{2} + 1} = \frac{1}{2\,(x^{2} + 1)^{3/2}}",
            ),
        ),
        exercises=(
            Exercise(
                r"Compute $\operatorname{BentIdentity}(2)$, $\operatorname{BentIdentity}(-2)$ "
                "and the derivative at both points. (The value at $2$ is a famous constant.)",
                cleandoc(
                    r"""
                    Here $\sqrt{4 + 1} = \sqrt{5}$. So
                    $\operatorname{BentIdentity}(2) = (\sqrt{5} - 1)/2 + 2 = (3 + \sqrt{5})/2 \approx 2.6180$,
                    the square of the golden ratio $\phi = (1 + \sqrt{5})/2$, because
                    $\phi^{2} = \phi + 1$; and
                    $\operatorname{BentIdentity}(-2) = (\sqrt{5} - 1)/2 - 2 = (\sqrt{5} - 5)/2 \approx -1.3820$.
                    The derivatives are $1 \pm 2/(2\sqrt{5}) = 1 \pm 1/\sqrt{5}$: $1.4472$ at
                    $x = 2$ and $0.5528$ at $x = -2$. They add up to $2$, as
                    $f'(x) + f'(-x) = 2$ for every $x$, the term $x/(2\sqrt{x^{2} + 1})$ being
                    odd.
                    <!-- answer: bent_identity(2.0) = 2.6180 -->
                    <!-- answer: bent_identity(-2.0) = -1.3820 -->
                    <!-- answer: bent_identity.derivative(2.0) = 1.4472 -->
                    <!-- answer: bent_identity.derivative(-2.0) = 0.5528 -->
                    <!-- answer: bent_identity.derivative(2.0) + bent_identity.derivative(-2.0) = 2 -->
                    """
                ),
            ),
            Exercise(
                r"Show that "
                r"$\operatorname{BentIdentity}(x) = \tfrac{x}{2} + \operatorname{squareplus}(x; b = 1) - \tfrac12$ "
                r"and use it to derive the derivative again. Then show that the graph "
                r"approaches the line $y = \tfrac32 x - \tfrac12$ as $x \to +\infty$ and the "
                r"line $y = \tfrac12 x - \tfrac12$ as $x \to -\infty$, and find the gap to "
                r"each line at $x = \pm 10$.",
                cleandoc(
                    r"""
                    **The relation.**
                    $\tfrac{x}{2} + \tfrac{x + \sqrt{x^{2} + 1}}{2} - \tfrac12 = x + \tfrac{\sqrt{x^{2} + 1} - 1}{2}$,
                    the definition. At $x = 1$ the outer terms cancel and both sides are
                    $(1 + \sqrt{2})/2 \approx 1.2071$. With squareplus's derivative for $b = 1$:

                    $$
                    \operatorname{BentIdentity}'(x) = \frac{1}{2} + \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^{2} + 1}}\right) = 1 + \frac{x}{2\sqrt{x^{2} + 1}}
                    $$

                    **The asymptotes.** Subtract each line from the function:

                    $$
                    \operatorname{BentIdentity}(x) - \Bigl(\frac{3}{2}x - \frac{1}{2}\Bigr) = \frac{\sqrt{x^{2} + 1} - x}{2}, \qquad \operatorname{BentIdentity}(x) - \Bigl(\frac{1}{2}x - \frac{1}{2}\Bigr) = \frac{\sqrt{x^{2} + 1} + x}{2}
                    $$

                    Rationalised as for squareplus, each equals
                    $1 / \bigl(2(\sqrt{x^{2} + 1} + \lvert x\rvert)\bigr)$ on its own side, which
                    tends to $0$ like $1/(4\lvert x\rvert)$. At $x = \pm 10$ the gap is
                    $1 / \bigl(2(\sqrt{101} + 10)\bigr) \approx 0.0249$. Far from $0$ the bent
                    identity is two straight lines with slopes $\tfrac12$ and $\tfrac32$, joined
                    smoothly near $0$: a smooth cousin of Leaky ReLU.
                    <!-- answer: bent_identity(1.0) = 1.2071 -->
                    <!-- answer: squareplus(1.0, b=1.0) = 1.2071 -->
                    <!-- answer: bent_identity(10.0) - 14.5 = 0.0249 -->
                    <!-- answer: bent_identity(-10.0) + 5.5 = 0.0249 -->
                    """
                ),
            ),
            Exercise(
                r"Through $10$ layers, the activation contributes the product of its "
                r"derivatives at the pre-activations to the backpropagated gradient. Compute "
                r"that product when every pre-activation is $2$, when every one is $-2$, and "
                r"when they alternate between $2$ and $-2$ ($5$ of each). Compare with ReLU "
                "and with the identity.",
                cleandoc(
                    r"""
                    With $f'(2) = 1 + 1/\sqrt{5}$ and $f'(-2) = 1 - 1/\sqrt{5}$:

                    $$
                    f'(2)^{10} \approx 40.3, \qquad f'(-2)^{10} \approx 0.00266, \qquad \bigl(f'(2)\,f'(-2)\bigr)^{5} = \Bigl(1 - \frac{1}{5}\Bigr)^{5} \approx 0.328
                    $$

                    On the positive path the gradient grows about $40$-fold, on the negative
                    one it shrinks to $0.00266$ of its size, and even the balanced path loses
                    two thirds of it, because
                    $f'(x)\,f'(-x) = 1 - \dfrac{x^{2}}{4(x^{2} + 1)} < 1$ for $x \ne 0$.
                    ReLU's factors are exactly $1$ or $0$, and the identity's exactly $1$: the
                    bent identity never blocks a gradient, but it does not keep its size either,
                    so the weights, or a normalisation layer, have to make up for it.
                    <!-- answer: bent_identity.derivative(2.0)**10 = 40.3 -->
                    <!-- answer: bent_identity.derivative(-2.0)**10 = 0.00266 -->
                    <!-- answer: (bent_identity.derivative(2.0) * bent_identity.derivative(-2.0))**5 = 0.328 -->
                    <!-- answer: relu.derivative(2.0)**10 = 1 -->
                    <!-- answer: relu.derivative(-2.0)**10 = 0 -->
                    """
                ),
            ),
        ),
        family="smooth",
    ),
]
