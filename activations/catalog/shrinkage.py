"""Shrinkage functions: pull small inputs to (or towards) zero, keep large ones.

Soft and hard thresholding come from wavelet denoising and sparse coding; Tanhshrink is
their smooth cousin, x - tanh(x).
"""

from __future__ import annotations

import numpy as np

from activations.catalog.rectifiers import KONDA_2014
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

LAMBD = Param(
    "lambd",
    0.5,
    r"Threshold $\lambda$: inputs with $\lvert x\rvert \le \lambda$ map to $0$.",
    low=0.0,
)

# Taylor coefficients of (x - tanh x) / x^3 in powers of x^2.
_TANHSHRINK_SERIES = (
    1 / 3,
    -2 / 15,
    17 / 315,
    -62 / 2835,
    1382 / 155925,
    -21844 / 6081075,
)


def softshrink(x: FloatArray, lambd: float) -> FloatArray:
    # x minus its clip to [-lambda, lambda]: x - lambda above, x + lambda below, exactly
    # 0 in between. NaN and +-inf pass through correctly.
    out = np.clip(x, -lambd, lambd)
    return np.subtract(x, out, out=out)


def softshrink_derivative(x: FloatArray, lambd: float) -> FloatArray:
    # 1 where |x| > lambda, 0 where |x| <= lambda (PyTorch's choice at +-lambda).
    out = np.abs(x)
    out -= lambd
    return np.heaviside(out, 0.0, out=out)


def hardshrink(x: FloatArray, lambd: float) -> FloatArray:
    # x where |x| > lambda, else 0: x times the step H(|x| - lambda), which keeps NaN.
    out = hardshrink_derivative(x, lambd)
    out *= x
    return out


def hardshrink_derivative(x: FloatArray, lambd: float) -> FloatArray:
    # 1 where |x| > lambda, 0 where |x| <= lambda (PyTorch's choice at +-lambda).
    out = np.abs(x)
    out -= lambd
    return np.heaviside(out, 0.0, out=out)


def tanhshrink(x: FloatArray) -> FloatArray:
    # x - tanh(x) cancels for small |x|, where it is about x^3/3; there a Taylor
    # polynomial gives full relative precision instead.
    out = np.tanh(x)
    np.subtract(x, out, out=out)
    small = np.abs(x) < 0.0625
    if small.any():
        xs = x[small]
        x2 = xs * xs
        series = np.full_like(xs, _TANHSHRINK_SERIES[-1])
        for coefficient in reversed(_TANHSHRINK_SERIES[:-1]):
            series *= x2
            series += coefficient
        series *= x2
        series *= xs
        out[small] = series
    return out


def tanhshrink_derivative(x: FloatArray) -> FloatArray:
    # 1 - (1 - tanh^2 x) = tanh^2 x.
    out = np.tanh(x)
    return np.square(out, out=out)


ENTRIES = [
    Activation(
        name="softshrink",
        title="Softshrink",
        aliases=("soft_shrink", "soft_threshold"),
        summary=r"Softshrink, soft thresholding, maps inputs with $\lvert x\rvert \le \lambda$ "
        r"to $0$ and moves every other input $\lambda$ towards $0$.",
        function=softshrink,
        derivative=softshrink_derivative,
        params=(LAMBD,),
        latex=r"\operatorname{Softshrink}(x) = \begin{cases} x - \lambda & x > \lambda \\ 0 & |x| \le \lambda \\ x + \lambda & x < -\lambda \end{cases}",
        derivative_latex=r"\operatorname{Softshrink}'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        sympy="Piecewise((x - lambd, x > lambd), (x + lambd, x < -lambd), (0, True))",
        range=Interval(-np.inf, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C0",
            saturation="none",
            identity_near_zero=False,
        ),
        kinks=lambda lambd: (-lambd, lambd),
        kink_convention=r"Softshrink is not differentiable at $-\lambda$ and $\lambda$; the "
        "derivative returns $0$ at both, as PyTorch's autograd does.",
        frameworks=Frameworks(
            "torch.nn.Softshrink",
            "tf.keras.activations.soft_shrink(x, threshold=0.5)  # Keras >= 3.7 (TensorFlow >= 2.16); not in Keras 2",
            None,
        ),
        references=(
            Reference(
                "D. L. Donoho",
                "De-noising by soft-thresholding",
                1995,
                "https://doi.org/10.1109/18.382009",
            ),
            Reference(
                "I. Daubechies, M. Defrise, C. De Mol",
                "An iterative thresholding algorithm for linear inverse problems with a "
                "sparsity constraint",
                2004,
                "https://doi.org/10.1002/cpa.20042",
            ),
            Reference(
                "K. Gregor, Y. LeCun",
                "Learning fast approximations of sparse coding",
                2010,
                "https://icml.cc/Conferences/2010/papers/449.pdf",
            ),
            Reference(
                "J. Zhang, B. Ghanem",
                "ISTA-Net: interpretable optimization-inspired deep network for image "
                "compressive sensing",
                2018,
                "https://arxiv.org/abs/1706.07929",
            ),
        ),
        example=Example("[-2.0, 0.25, 2.0]", "array([-1.5,  0. ,  1.5])"),
        family="shrinkage",
        origin="Soft thresholding comes from statistics and signal processing. In "
        "'De-noising by soft-thresholding' (1995), Donoho studied it as a way to recover a "
        "function from $n$ noisy samples: take the wavelet transform, move every empirical "
        "coefficient towards $0$ by a threshold set by the noise level and $n$, and transform "
        "back. He proved that the result is, with high probability, at least as smooth as the "
        "true function, and nearly as close to it in mean square as any estimator can be over "
        "broad classes of smooth functions. The same operation is the proximal operator of "
        r"the $\ell_1$ penalty $\lambda\lvert x\rvert$, which makes it the nonlinearity of "
        "sparse coding.",
        uses="Sparse coding and compressed sensing: it is the shrinkage step of ISTA "
        "(Daubechies, Defrise & De Mol 2004); LISTA (Gregor & LeCun 2010) unrolls a few ISTA "
        "iterations into a trained network whose activation is soft thresholding, and later "
        "unrolled networks such as ISTA-Net (Zhang & Ghanem 2018) follow the same idea. It is "
        "also the classic rule for wavelet denoising (Donoho 1995); as a hidden activation in "
        "ordinary deep networks it is rare.",
        strengths=(
            "It sets small inputs exactly to $0$, so its outputs are truly sparse, as an "
            r"$\ell_1$ penalty asks.",
            r"It is continuous, and outside $[-\lambda, \lambda]$ its slope is $1$, so large "
            r"inputs pass with their gradient intact, unlike the saturating $\tanh$.",
            r"As the proximal step of $\ell_1$ minimisation it gives an unrolled network the "
            "meaning of an optimisation algorithm, which a ReLU or GELU layer does not have.",
        ),
        weaknesses=(
            r"Every large input is shifted by $\lambda$, a bias towards $0$ that Hardshrink "
            "avoids.",
            r"Inputs with $\lvert x\rvert \le \lambda$ get zero gradient, so with a large "
            r"$\lambda$ many units stop learning, like dead ReLU units but on both sides of $0$.",
            "Outside sparse coding and denoising it has little track record as a hidden "
            "activation; ReLU or GELU are the usual choices there.",
        ),
    ),
    Activation(
        name="hardshrink",
        title="Hardshrink",
        aliases=("hard_shrink", "hard_threshold"),
        summary=r"Hardshrink, hard thresholding, maps inputs with $\lvert x\rvert \le \lambda$ "
        "to $0$ and leaves every other input unchanged.",
        function=hardshrink,
        derivative=hardshrink_derivative,
        params=(LAMBD,),
        latex=r"\operatorname{Hardshrink}(x) = \begin{cases} x & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        derivative_latex=r"\operatorname{Hardshrink}'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 & |x| \le \lambda \end{cases}",
        sympy="Piecewise((x, Abs(x) > lambd), (0, True))",
        range=IntervalUnion(
            (Interval(-np.inf, -LAMBD.default), point(0.0), Interval(LAMBD.default, np.inf))
        ),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="discontinuous",
            saturation="none",
            identity_near_zero=False,
        ),
        kinks=lambda lambd: (-lambd, lambd),
        kink_convention=r"Hardshrink jumps at $-\lambda$ and $\lambda$; the derivative "
        "returns $0$ at both, as PyTorch's autograd does.",
        frameworks=Frameworks(
            "torch.nn.Hardshrink",
            "tf.keras.activations.hard_shrink(x, threshold=0.5)  # Keras >= 3.7 (TensorFlow >= 2.16); not in Keras 2",
            None,
        ),
        references=(
            Reference(
                "D. L. Donoho, I. M. Johnstone",
                "Ideal spatial adaptation by wavelet shrinkage",
                1994,
                "https://doi.org/10.1093/biomet/81.3.425",
            ),
            Reference(
                "T. Blumensath, M. E. Davies",
                "Iterative hard thresholding for compressed sensing",
                2009,
                "https://doi.org/10.1016/j.acha.2009.04.002",
            ),
            KONDA_2014,
        ),
        example=Example("[-2.0, 0.25, 2.0]", "array([-2.,  0.,  2.])"),
        family="shrinkage",
        origin="Hard thresholding is the 'keep or kill' rule of statistics. In their 1994 paper "
        "on wavelet shrinkage, Donoho and Johnstone measured estimators against selective "
        "wavelet reconstruction with an oracle, which keeps exactly the wavelet coefficients "
        "worth keeping and sets the rest to $0$; thresholding the empirical coefficients makes "
        "that choice from the data alone. They proved that their shrinkage estimators come "
        r"within a factor of about $2\log n$ of the oracle's risk, for $n$ samples, and that "
        "no estimator can guarantee better.",
        uses="Sparse approximation: iterative hard thresholding (Blumensath & Davies 2009) uses "
        "it to recover sparse signals in compressed sensing, and wavelet denoising uses it as "
        "the alternative to soft thresholding. The 'thresholded linear' hidden units of Konda "
        "et al.'s zero-bias autoencoders (2014) compute the same function; otherwise it is "
        "rare as an activation in deep networks.",
        strengths=(
            "Large inputs pass unchanged, with no shrinkage bias, unlike Softshrink, which "
            r"moves them by $\lambda$.",
            "Small inputs become exactly $0$, so the output is sparse; it is the proximal "
            r"operator of an $\ell_0$ penalty, which counts non-zeros.",
            "It costs one comparison and one multiplication.",
        ),
        weaknesses=(
            r"It is discontinuous: at $\lvert x\rvert = \lambda$ the output jumps by "
            r"$\lambda$, so a tiny change of input can switch a unit between $0$ and "
            r"$\pm\lambda$.",
            r"Its gradient is $0$ for $\lvert x\rvert \le \lambda$ and says nothing about the "
            "jumps, so gradient descent cannot learn which inputs should cross the threshold.",
            "As an estimator it is less stable than soft thresholding: small changes in the "
            "data can switch coefficients on or off.",
        ),
    ),
    Activation(
        name="tanhshrink",
        title="Tanhshrink",
        aliases=("tanh_shrink",),
        summary=r"Tanhshrink, $x - \tanh(x)$, is flat near $0$, where it behaves like $x^3/3$, "
        r"and for large $\lvert x\rvert$ is the identity moved $1$ towards $0$.",
        function=tanhshrink,
        derivative=tanhshrink_derivative,
        latex=r"\operatorname{Tanhshrink}(x) = x - \tanh(x)",
        derivative_latex=r"\operatorname{Tanhshrink}'(x) = \tanh^{2}(x)",
        sympy="x - tanh(x)",
        range=Interval(-np.inf, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="none",
            identity_near_zero=False,
        ),
        frameworks=Frameworks(
            "torch.nn.Tanhshrink",
            "tf.keras.activations.tanh_shrink(x)  # Keras >= 3.7 (TensorFlow >= 2.16); not in Keras 2",
            None,
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-1.03597242,  0.        ,  1.03597242])"),
        family="shrinkage",
        origin="No paper introduced Tanhshrink. It came into PyTorch from Lua Torch's `nn` "
        "library, which had a `TanhShrink` module beside `SoftShrink` and `HardShrink`, and "
        "it has no standard citation. It behaves like a smooth shrinkage function: near $0$ it "
        "is about $x^3/3$, so small inputs are pushed almost to $0$, while far from $0$ it is "
        r"about $x - \operatorname{sign}(x)$, which is Softshrink with $\lambda = 1$.",
        uses="Rare: we know of no well-known architecture that uses it. It is available as "
        "`torch.nn.Tanhshrink` and as a Keras activation.",
        strengths=(
            r"It is smooth ($C^\infty$) everywhere, unlike Softshrink and Hardshrink, whose "
            r"kinks or jumps sit at $\pm\lambda$.",
            r"Its derivative $\tanh^2(x)$ tends to $1$ for large $\lvert x\rvert$, so large "
            r"inputs pass with their gradient, where $\tanh$ saturates.",
            "It has no parameter to tune.",
        ),
        weaknesses=(
            r"Near $0$ its gradient $\tanh^2(x) \approx x^2$ is almost $0$, so units with small "
            "inputs learn very slowly, whereas ReLU gives every positive input gradient $1$.",
            "Small inputs are shrunk but never set exactly to $0$, so unlike Softshrink it gives "
            "no exact sparsity.",
            "The width of its flat region is fixed at about $1$ in input units and cannot be "
            r"tuned, unlike Softshrink's $\lambda$.",
            r"It costs a $\tanh$ per element, more than ReLU.",
        ),
    ),
]
