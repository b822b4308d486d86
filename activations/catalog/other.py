"""Everything else: the identity, the step, and the non-monotonic bumps and waves.

The identity and the Heaviside step bracket the rest (no nonlinearity at all, and all
nonlinearity with no gradient); the Gaussian, sine and sinc are not monotonic and, for
sine and sinc, oscillate.
"""

from __future__ import annotations

import numpy as np

from activations.catalog.classic import RUMELHART_1986
from activations.catalog.sigmoidal import SANDLER_2018
from activations.registry import (
    Activation,
    Example,
    FloatArray,
    Frameworks,
    Interval,
    IntervalUnion,
    Properties,
    Reference,
    point,
)

# Taylor coefficients of sinc'(x) / x = (x cos x - sin x) / x^3 in powers of x^2:
# the k-th term of sinc'(x) is (-1)^k 2k x^(2k-1) / (2k+1)!.
_SINC_DERIVATIVE_SERIES = (
    -1 / 3,
    1 / 30,
    -1 / 840,
    1 / 45360,
    -1 / 3991680,
    1 / 518918400,
)


def _constant(x: FloatArray, value: float) -> FloatArray:
    """``value`` everywhere, except NaN where x is NaN."""
    out = np.full_like(x, value)
    np.copyto(out, x, where=np.isnan(x))
    return out


def identity(x: FloatArray) -> FloatArray:
    return x.copy()  # a new array, as every kernel returns


def identity_derivative(x: FloatArray) -> FloatArray:
    return _constant(x, 1.0)


def binary_step(x: FloatArray) -> FloatArray:
    # The Heaviside step with H(0) = 1, as min(sign(x) + 1, 1): mask-free (much faster
    # than np.heaviside), and NaN stays NaN.
    out = np.sign(x)
    out += 1.0
    return np.minimum(out, 1.0, out=out)


def binary_step_derivative(x: FloatArray) -> FloatArray:
    # 0 wherever the derivative exists; 0 at the jump too, by convention.
    return _constant(x, 0.0)


def gaussian(x: FloatArray) -> FloatArray:
    # exp(-x^2), with |x| capped at 64 first: e^(-4096) is 0 in every float type, and
    # the cap keeps x^2 from overflowing for huge inputs.
    out = np.abs(x)
    np.minimum(out, 64.0, out=out)
    np.square(out, out=out)
    np.negative(out, out=out)
    return np.exp(out, out=out)


def gaussian_derivative(x: FloatArray) -> FloatArray:
    # -2x exp(-x^2); clipping to [-64, 64] changes nothing (the result is 0 out there)
    # but keeps +-inf * 0 out.
    clipped = np.clip(x, -64.0, 64.0)
    out = np.square(clipped)
    np.negative(out, out=out)
    np.exp(out, out=out)
    out *= clipped
    out *= -2.0
    return out


def sinusoid(x: FloatArray) -> FloatArray:
    # sin has no limit at +-inf: NaN there, set directly, since np.sin(inf) would raise
    # an "invalid" floating-point warning on the way to the same NaN.
    out = np.full_like(x, np.nan)
    return np.sin(x, out=out, where=np.isfinite(x))


def sinusoid_derivative(x: FloatArray) -> FloatArray:
    out = np.full_like(x, np.nan)
    return np.cos(x, out=out, where=np.isfinite(x))


def sinc(x: FloatArray) -> FloatArray:
    # sin(x) / x, 1 at 0. At +-inf, out keeps its initial 1 and 1 / inf = 0 is the limit;
    # NaN != 0, so NaN gives 1 / NaN = NaN.
    out = np.ones_like(x)
    nonzero = x != 0
    np.sin(x, out=out, where=nonzero & np.isfinite(x))
    return np.divide(out, x, out=out, where=nonzero)


def sinc_derivative(x: FloatArray) -> FloatArray:
    # (cos x - sinc x) / x, which cancels for small |x|: there a Taylor polynomial
    # (-x/3 + x^3/30 - ...) is used instead. The limit at +-inf is 0.
    finite = np.isfinite(x)
    small = np.abs(x) < 0.25
    regular = finite & ~small
    t = np.where(regular, x, 1.0).astype(x.dtype, copy=False)  # harmless stand-in elsewhere
    out = np.cos(t)
    ratio = np.sin(t)
    ratio /= t
    out -= ratio
    out /= t
    xs = np.where(small, x, 0.0).astype(x.dtype, copy=False)
    x2 = xs * xs
    series = np.full_like(xs, _SINC_DERIVATIVE_SERIES[-1])
    for coefficient in reversed(_SINC_DERIVATIVE_SERIES[:-1]):
        series *= x2
        series += coefficient
    series *= xs
    np.copyto(out, series, where=small)
    np.copyto(out, 0.0, where=np.isinf(x))
    np.copyto(out, x, where=np.isnan(x))
    return out


ENTRIES = [
    Activation(
        name="identity",
        title="Identity",
        aliases=("linear",),
        summary="The identity returns its input unchanged: it adds no nonlinearity at all, and "
        "is used on regression outputs.",
        function=identity,
        derivative=identity_derivative,
        latex=r"\operatorname{id}(x) = x",
        derivative_latex=r"\operatorname{id}'(x) = 1",
        sympy="x",
        range=Interval(-np.inf, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="constant",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="none",
            identity_near_zero=True,
        ),
        frameworks=Frameworks(
            "torch.nn.Identity", "tf.keras.activations.linear", "jax.nn.identity"
        ),
        references=(SANDLER_2018,),
        example=Example("[-2.0, 0.0, 2.0]", "array([-2.,  0.,  2.])"),
        family="other",
        origin="The identity is the activation of a purely linear unit and has no inventor. "
        "Early adaptive linear units of the 1960s, such as the ADALINE, learned from the "
        "error of their weighted sum itself, before any thresholding, with the "
        "least-mean-squares rule. Its main lesson is negative: a composition of affine maps "
        "is affine, so a network with identity activations everywhere, however deep, "
        "computes no more than a single linear layer, which is why hidden layers need a "
        "nonlinearity.",
        uses="The output layers of regression networks, and the logits of a classifier before "
        "the softmax, pass through the identity; in Keras, `activation=None` and `'linear'` "
        "both mean it. MobileNetV2 (Sandler et al. 2018) deliberately leaves the narrow "
        "'linear bottleneck' layers of its blocks without a nonlinearity, arguing that ReLU "
        "there destroys information.",
        strengths=(
            "Its output is unbounded in both directions, which suits real-valued regression "
            "targets that a sigmoid or ReLU output would clip.",
            "Its gradient is exactly $1$, so it neither shrinks nor amplifies the gradient that "
            "passes through it.",
            "It costs nothing and keeps a model linear, hence easy to analyse.",
        ),
        weaknesses=(
            "Stacked identity layers collapse into one linear map: without a nonlinearity "
            "somewhere, depth adds nothing.",
            "For a bounded target, such as a probability or a positive quantity, a linear "
            "output can leave the valid range, which must then be enforced another way.",
        ),
    ),
    Activation(
        name="binary_step",
        title="Binary step",
        aliases=("heaviside", "step", "unit_step"),
        summary=r"The Heaviside step is $1$ for $x \ge 0$ and $0$ otherwise; it was the "
        "threshold unit of the earliest neuron models, and its gradient is zero everywhere.",
        function=binary_step,
        derivative=binary_step_derivative,
        latex=r"H(x) = \begin{cases} 1 & x \ge 0 \\ 0 & x < 0 \end{cases}",
        derivative_latex=r"H'(x) = 0 \quad (x \ne 0)",
        sympy="Piecewise((1, x >= 0), (0, True))",
        range=IntervalUnion((point(0.0), point(1.0))),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="constant",
            zero_at_origin=False,
            smoothness="discontinuous",
            saturation="both",
            identity_near_zero=False,
        ),
        kinks=lambda: (0.0,),
        kink_convention="The step jumps at $x = 0$, where it has no derivative; the derivative "
        "returns $0$ there, its value on either side.",
        frameworks=Frameworks(
            "torch.heaviside(x, torch.tensor(1.0))", None, "jax.numpy.heaviside(x, 1.0)"
        ),
        references=(
            Reference(
                "W. S. McCulloch, W. Pitts",
                "A logical calculus of the ideas immanent in nervous activity",
                1943,
                "https://doi.org/10.1007/BF02478259",
            ),
            Reference(
                "F. Rosenblatt",
                "The perceptron: a probabilistic model for information storage and "
                "organization in the brain",
                1958,
                "https://doi.org/10.1037/h0042519",
            ),
            RUMELHART_1986,
            Reference(
                "E. O. Neftci, H. Mostafa, F. Zenke",
                "Surrogate gradient learning in spiking neural networks",
                2019,
                "https://arxiv.org/abs/1901.09948",
            ),
            Reference(
                "Y. Bengio, N. Léonard, A. Courville",
                "Estimating or propagating gradients through stochastic neurons for "
                "conditional computation",
                2013,
                "https://arxiv.org/abs/1308.3432",
            ),
            Reference(
                "J. J. Hopfield",
                "Neural networks and physical systems with emergent collective computational "
                "abilities",
                1982,
                "https://doi.org/10.1073/pnas.79.8.2554",
            ),
            Reference(
                "M. Minsky, S. Papert",
                "Perceptrons: an introduction to computational geometry",
                1969,
                "https://mitpress.mit.edu/9780262630221/perceptrons/",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([0., 1., 1.])"),
        family="other",
        origin="The step is the oldest activation function. McCulloch and Pitts (1943) "
        "modelled a neuron as an all-or-none unit that fires when enough of its excitatory "
        "inputs are active and no inhibitory one is, and showed that nets of such units "
        "compute logical propositions; Rosenblatt's perceptron (1958) added a rule that "
        "learns the weights of a threshold unit from examples. Its zero derivative is why it "
        "was replaced: backpropagation (Rumelhart, Hinton and Williams, 1986) needs a "
        "gradient, so smooth sigmoid units took its place in multilayer networks.",
        uses="It cannot serve as a hidden activation trained by gradient descent. It survives "
        "where outputs must be binary: the spike of a spiking neural network is a step, "
        "trained by substituting a surrogate gradient in the backward pass (Neftci, Mostafa & "
        "Zenke 2019), and binary units can be trained with the straight-through estimator, "
        "which passes the gradient through the step as if it were the identity (Bengio, "
        "Léonard & Courville 2013). Hopfield's networks (1982) also use threshold units.",
        strengths=(
            "Its output is exactly $0$ or $1$, a binary decision that is easy to interpret and to "
            "build in hardware, in logic or with spikes.",
            "It is the cheapest nonlinearity: one comparison.",
            "A single step unit with learned weights is a linear classifier, and the "
            "perceptron rule trains it without any gradient, converging whenever the data are "
            "linearly separable.",
        ),
        weaknesses=(
            "Its derivative is $0$ wherever it exists, so backpropagation passes no signal "
            "through it; surrogate or straight-through gradients are needed.",
            "It is discontinuous at $x = 0$: a tiny change of input can flip the output, so small "
            "weight changes give no graded improvement, unlike its smooth counterpart, the "
            "sigmoid.",
            "One layer of step units cannot compute XOR, as Minsky and Papert (1969) "
            "stressed, and multilayer networks of them had no training rule.",
        ),
    ),
    Activation(
        name="gaussian",
        title="Gaussian",
        summary="The Gaussian is the bell curve $e^{-x^2}$: it is $1$ at $x = 0$ and falls to "
        "$0$ on both sides, as in radial basis function networks.",
        function=gaussian,
        derivative=gaussian_derivative,
        latex=r"\operatorname{gaussian}(x) = e^{-x^{2}}",
        derivative_latex=r"\operatorname{gaussian}'(x) = -2x\, e^{-x^{2}}",
        sympy="exp(-x**2)",
        range=Interval(0.0, 1.0, high_closed=True),
        properties=Properties(
            monotonic="no",
            derivative_monotonic="no",
            zero_at_origin=False,
            smoothness="C∞",
            saturation="both",
            identity_near_zero=False,
        ),
        frameworks=Frameworks(None, None, None),
        references=(
            Reference(
                "D. S. Broomhead, D. Lowe",
                "Multivariable functional interpolation and adaptive networks",
                1988,
                "https://www.complex-systems.com/abstracts/v02_i03_a05/",
            ),
            Reference(
                "J. Moody, C. J. Darken",
                "Fast learning in networks of locally-tuned processing units",
                1989,
                "https://doi.org/10.1162/neco.1989.1.2.281",
            ),
            Reference(
                "S. Ramasinghe, S. Lucey",
                "Beyond periodicity: towards a unifying framework for activations in "
                "coordinate-MLPs",
                2022,
                "https://arxiv.org/abs/2111.15135",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([0.01831564, 1.        , 0.01831564])"),
        family="other",
        origin="Gaussian units come from radial basis function (RBF) networks. Broomhead and "
        "Lowe (1988) cast learning as interpolating data with radial basis functions, which "
        "gives a layered network whose training reduces to solving linear equations, and "
        "Moody and Darken (1989) trained networks of Gaussian 'locally tuned' units, each "
        "responding only to inputs near its centre. There the Gaussian acts on the distance "
        r"from a centre, $e^{-\lVert \mathbf{x} - \mathbf{c}\rVert^2/\sigma^2}$; applying "
        "$e^{-x^2}$ to a single weighted sum, as this entry does, has no single originating "
        "paper.",
        uses="RBF networks for function approximation and classification (Broomhead & Lowe "
        "1988; Moody & Darken 1989). As an elementwise activation it is rare in deep "
        "networks, but coordinate networks for implicit neural representations use Gaussian "
        "activations with a tunable width (Ramasinghe & Lucey 2022).",
        strengths=(
            "Each unit responds to a window of inputs around $0$, so it learns local features, "
            r"where monotonic functions such as ReLU or $\tanh$ respond to a whole half-line.",
            r"It is smooth ($C^\infty$) and bounded, with values in $(0, 1]$.",
            "In coordinate networks it can fit high-frequency detail that plain ReLU networks "
            "smooth over.",
        ),
        weaknesses=(
            "Its gradient $-2x e^{-x^2}$ vanishes on both sides, faster than a sigmoid's, so "
            "units whose inputs drift away from $0$ stop learning.",
            "It is even: $x$ and $-x$ give the same output, so a unit cannot tell their signs "
            "apart.",
            "Its width is fixed at $1$ here; in practice it has to be matched to the scale of "
            "the inputs.",
        ),
    ),
    Activation(
        name="sinusoid",
        title="Sinusoid",
        aliases=("sin", "sine"),
        summary="The sine is periodic and bounded, has no limit at infinity (NaN there), and "
        "is used in implicit neural representations.",
        function=sinusoid,
        derivative=sinusoid_derivative,
        latex=r"\sin(x)",
        derivative_latex=r"\sin'(x) = \cos(x)",
        sympy="sin(x)",
        range=Interval(-1.0, 1.0, low_closed=True, high_closed=True),
        properties=Properties(
            monotonic="no",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="none",
            identity_near_zero=True,
        ),
        frameworks=Frameworks("torch.sin", "tf.math.sin", "jax.numpy.sin"),
        references=(
            Reference(
                "V. Sitzmann, J. N. P. Martel, A. W. Bergman, D. B. Lindell, G. Wetzstein",
                "Implicit neural representations with periodic activation functions",
                2020,
                "https://arxiv.org/abs/2006.09661",
            ),
            Reference(
                "B. Mildenhall, P. P. Srinivasan, M. Tancik, J. T. Barron, R. Ramamoorthi, R. Ng",
                "NeRF: representing scenes as neural radiance fields for view synthesis",
                2020,
                "https://arxiv.org/abs/2003.08934",
            ),
            Reference(
                "M. Tancik, P. P. Srinivasan, B. Mildenhall, S. Fridovich-Keil, N. Raghavan, "
                "U. Singhal, R. Ramamoorthi, J. T. Barron, R. Ng",
                "Fourier features let networks learn high frequency functions in low "
                "dimensional domains",
                2020,
                "https://arxiv.org/abs/2006.10739",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.90929743,  0.        ,  0.90929743])"),
        family="other",
        origin="Periodic activations had been studied on and off for decades without robustly "
        "beating the usual ones. The sine became practical with SIREN, in which Sitzmann, "
        "Martel, Bergman, Lindell and Wetzstein (2020) built multilayer perceptrons with "
        r"$\sin$ activations, $\sin(\omega_0 x)$ with $\omega_0 = 30$ in the first layer, and "
        "an initialisation derived from the statistics of their activations. These "
        "sinusoidal representation networks fit images, video, sound and 3D shapes as "
        "continuous functions of their coordinates and, unlike ReLU networks, also represent "
        "the signals' derivatives, which lets them solve boundary value problems such as the "
        "Poisson, Helmholtz and wave equations.",
        uses="Implicit neural representations: SIREN (Sitzmann et al. 2020) and its successors "
        "represent images, audio, signed distance functions and solutions of differential "
        "equations with sine MLPs. Related but different, NeRF's positional encoding "
        r"(Mildenhall et al. 2020) and Fourier features (Tancik et al. 2020) apply $\sin$ "
        r"and $\cos$ to the input coordinates only and use ReLU in the hidden layers.",
        strengths=(
            r"Its derivative is a shifted sine, $\cos(x) = \sin(x + \pi/2)$, so the derivative "
            "of a sine network is again a sine network and can be supervised directly.",
            "It fits fine, high-frequency detail that ReLU networks, biased towards low "
            "frequencies, smooth over.",
            r"It is bounded and smooth ($C^\infty$), and its gradient does not decay for large "
            r"inputs, unlike $\tanh$'s.",
        ),
        weaknesses=(
            r"Training is sensitive to the initialisation and to the frequency $\omega_0$: "
            "SIREN needs its special scheme, and a poor choice gives noisy fits or no "
            "convergence.",
            "It is periodic, so many different inputs give the same output; in ordinary "
            "classification networks it offers no clear advantage over ReLU or GELU.",
            r"It has no limit at $\pm\infty$, so this package returns NaN there.",
        ),
    ),
    Activation(
        name="sinc",
        title="Sinc",
        aliases=("cardinal_sine",),
        summary=r"Sinc here is the unnormalised $\sin(x)/x$ with $\operatorname{sinc}(0) = 1$; "
        r"`np.sinc` and `torch.sinc` are the normalised $\sin(\pi x)/(\pi x)$.",
        function=sinc,
        derivative=sinc_derivative,
        latex=r"\operatorname{sinc}(x) = \begin{cases} \dfrac{\sin x}{x} & x \ne 0 \\ 1 & x = 0 \end{cases}",
        derivative_latex=r"\operatorname{sinc}'(x) = \begin{cases} \dfrac{\cos x}{x} - \dfrac{\sin x}{x^{2}} & x \ne 0 \\ 0 & x = 0 \end{cases}",
        sympy="Piecewise((sin(x) / x, Ne(x, 0)), (1, True))",
        range=Interval(-0.21723362821122166, 1.0, low_closed=True, high_closed=True),
        properties=Properties(
            monotonic="no",
            derivative_monotonic="no",
            zero_at_origin=False,
            smoothness="C∞",
            saturation="both",
            identity_near_zero=False,
        ),
        frameworks=Frameworks(None, None, None),
        references=(
            Reference(
                "C. E. Shannon",
                "Communication in the presence of noise",
                1949,
                "https://doi.org/10.1109/JRPROC.1949.232969",
            ),
            Reference(
                "H. Saratchandran, S. Ramasinghe, V. Shevchenko, A. Long, S. Lucey",
                "A sampling theory perspective on activations for implicit neural representations",
                2024,
                "https://arxiv.org/abs/2402.05427",
            ),
            Reference(
                "M. Ravanelli, Y. Bengio",
                "Speaker recognition from raw waveform with SincNet",
                2018,
                "https://arxiv.org/abs/1808.00158",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([0.45464871, 1.        , 0.45464871])"),
        family="other",
        origin="Sinc comes from signal processing, not from neural networks. Its normalised "
        r"form $\sin(\pi x)/(\pi x)$ is the interpolation kernel of the sampling theorem, in "
        "the form Shannon (1949) gave it for communication engineering: a band-limited signal "
        "is the sum of shifted sinc functions weighted by its samples, and sinc is the "
        "impulse response of an ideal low-pass filter. As an activation it is a recent "
        "proposal: Saratchandran et al. (2024) analysed the activations of implicit neural "
        "representations with sampling theory and argued that sinc activations are optimal "
        "for encoding signals.",
        uses="Rare. Saratchandran et al. (2024) used sinc activations in coordinate networks "
        "for images and neural radiance fields. SincNet (Ravanelli & Bengio 2018) is a "
        "different use: its first convolution layer learns band-pass filters built from sinc "
        "functions, while its activations are ordinary ones.",
        strengths=(
            r"It is smooth ($C^\infty$), bounded in $[-0.217, 1]$ and decays to $0$ on both "
            "sides: a localised bump with ripples.",
            "Its shifted copies form the ideal interpolation basis for band-limited signals, "
            "the sampling-theory argument for it in implicit neural representations.",
        ),
        weaknesses=(
            "It oscillates, so many inputs give the same output and its gradient changes sign "
            "again and again.",
            r"Its ripples decay only like $1/\lvert x\rvert$ and its gradient fades far from $0$, "
            "so units with large inputs learn slowly.",
            "The name is ambiguous: `np.sinc` and `torch.sinc` compute the normalised "
            r"$\sin(\pi x)/(\pi x)$, whose zeros are at the non-zero integers rather than at "
            r"the multiples of $\pi$.",
            r"Near $x = 0$ it needs care, since $\sin(x)/x$ is $0/0$ at $x = 0$; a naive "
            "implementation returns NaN there.",
        ),
    ),
]
