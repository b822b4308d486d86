"""Shrinkage functions: pull small inputs to (or towards) zero, keep large ones.

Soft and hard thresholding come from wavelet denoising and sparse coding; Tanhshrink is
their smooth cousin, x - tanh(x).
"""

from __future__ import annotations

from inspect import cleandoc

import numpy as np

from activations.catalog.rectifiers import KONDA_2014
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

LAMBD = Param(
    "lambd",
    0.5,
    r"Threshold $\lambda$: inputs with $\lvert x\rvert \le \lambda$ map to $0$.",
    low=0.0,
    symbol=r"\lambda",
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
            Reference(
                "R. Tibshirani",
                "Regression shrinkage and selection via the lasso",
                1996,
                "https://doi.org/10.1111/j.2517-6161.1996.tb02080.x",
            ),
            Reference(
                "A. Beck, M. Teboulle",
                "A fast iterative shrinkage-thresholding algorithm for linear inverse problems",
                2009,
                "https://doi.org/10.1137/080716542",
            ),
            Reference(
                "M. Zhao, S. Zhong, X. Fu, B. Tang, M. Pecht",
                "Deep residual shrinkage networks for fault diagnosis",
                2020,
                "https://doi.org/10.1109/TII.2019.2943898",
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
        r"the $\ell_1$ penalty $\lambda\lvert x\rvert$ (exercise 2 below), which makes it the "
        "nonlinearity of sparse coding; in statistics it is also the lasso's answer when the "
        "regressors are orthonormal, as Tibshirani (1996) showed when he introduced the lasso.",
        uses="Sparse coding and compressed sensing: it is the shrinkage step of ISTA "
        "(Daubechies, Defrise & De Mol 2004); LISTA (Gregor & LeCun 2010) unrolls a few ISTA "
        "iterations into a trained network whose activation is soft thresholding, and later "
        "unrolled networks such as ISTA-Net (Zhang & Ghanem 2018) follow the same idea. It is "
        "also the classic rule for wavelet denoising (Donoho 1995), and deep residual shrinkage "
        "networks (Zhao et al. 2020) carry that rule into a ResNet: soft thresholding is a "
        "layer of each residual block, with thresholds set by a small sub-network, to suppress "
        "noise in the vibration signals of machine-fault diagnosis. As a hidden activation in "
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
        derivation=(
            Step(
                r"Away from $\pm\lambda$ every point has a small interval around it on which "
                "Softshrink is a single piece, so each piece can be differentiated on its own. "
                r"On both outer pieces the derivative of $x$ is $1$ and that of the constant "
                r"$\mp\lambda$ is $0$ (difference rule); the middle piece is the constant $0$:",
                r"\begin{aligned} x > \lambda:&\quad \frac{d}{dx}(x - \lambda) = 1 - 0 = 1 \\ "
                r"\lvert x\rvert < \lambda:&\quad \frac{d}{dx}\, 0 = 0 \\ x < -\lambda:&\quad "
                r"\frac{d}{dx}(x + \lambda) = 1 + 0 = 1 \end{aligned}",
            ),
            Step(
                r"At $x = \lambda$ the pieces meet, so use the definition of the derivative, "
                r"with $\operatorname{Softshrink}(\lambda) = 0$: a step $h > 0$ lands on "
                r"$x - \lambda$, a step $h < 0$ on the zero piece. The one-sided difference "
                r"quotients are $1$ and $0$, so there is **no derivative at $\lambda$**. "
                r"Softshrink is odd, $\operatorname{Softshrink}(-x) = -\operatorname{Softshrink}(x)$, "
                r"so the same happens at $-\lambda$:",
                r"\begin{aligned} \lim_{h \to 0^{+}} \frac{\operatorname{Softshrink}(\lambda + h) "
                r"- 0}{h} &= \lim_{h \to 0^{+}} \frac{(\lambda + h) - \lambda}{h} = 1 \\ "
                r"\lim_{h \to 0^{-}} \frac{\operatorname{Softshrink}(\lambda + h) - 0}{h} &= "
                r"\lim_{h \to 0^{-}} \frac{0}{h} = 0 \end{aligned}",
            ),
            Step(
                r"Training still needs a number at $\pm\lambda$. The package returns $0$ there, "
                "as PyTorch's autograd does, so the derivative is an indicator: $1$ where the "
                r"input survives the threshold, $0$ where it is zeroed:",
                r"\operatorname{Softshrink}'(x) = \mathbb{1}\bigl[\lvert x\rvert > \lambda\bigr] "
                r"= \begin{cases} 1 & \lvert x\rvert > \lambda \\ 0 & \lvert x\rvert \le \lambda "
                r"\end{cases}",
            ),
            Step(
                r"**Through Hardtanh.** For $\lambda > 0$, Softshrink is the input minus its "
                r"clip to $[-\lambda, \lambda]$, which is how the package computes it. "
                "Differentiating that form gives the same function except at the two kinks, "
                r"where $1 - \operatorname{Hardtanh}'$ takes the value $1$, not $0$: the value "
                "at a kink is a convention, and it depends on the formula that is "
                "differentiated:",
                r"\operatorname{Softshrink}(x) = x - \operatorname{Hardtanh}_{[-\lambda, "
                r"\lambda]}(x), \qquad 1 - \mathbb{1}\bigl[-\lambda < x < \lambda\bigr] = "
                r"\mathbb{1}\bigl[\lvert x\rvert \ge \lambda\bigr]",
            ),
        ),
        exercises=(
            Exercise(
                r"With the default $\lambda = 0.5$, compute Softshrink and its derivative at "
                r"$x = 1.2$, $x = -0.3$, $x = -2$ and $x = 0.5$. Then compute "
                r"$\operatorname{Softshrink}(1.2)$ with $\lambda = 1$.",
                cleandoc(
                    r"""
                    - $x = 1.2 > \lambda$: $1.2 - 0.5 = 0.7$, slope $1$.
                    - $x = -0.3$: $\lvert x\rvert \le 0.5$, so the output is $0$ and the
                      slope $0$.
                    - $x = -2 < -\lambda$: $-2 + 0.5 = -1.5$, slope $1$.
                    - $x = 0.5 = \lambda$: the output is $0$; this is a kink, and the package
                      returns the slope $0$.

                    With $\lambda = 1$: $\operatorname{Softshrink}(1.2) = 0.2$. Every surviving
                    input loses exactly $\lambda$ of its size, however large it is.
                    <!-- answer: softshrink(1.2) = 0.7 -->
                    <!-- answer: softshrink.derivative(1.2) = 1 -->
                    <!-- answer: softshrink(-0.3) = 0 -->
                    <!-- answer: softshrink.derivative(-0.3) = 0 -->
                    <!-- answer: softshrink(-2.0) = -1.5 -->
                    <!-- answer: softshrink.derivative(-2.0) = 1 -->
                    <!-- answer: softshrink(0.5) = 0 -->
                    <!-- answer: softshrink.derivative(0.5) = 0 -->
                    <!-- answer: softshrink(1.2, lambd=1.0) = 0.2 -->
                    """
                ),
            ),
            Exercise(
                r"Prove that for $\lambda > 0$ the function "
                r"$\phi(u) = \tfrac{1}{2}(u - x)^{2} + \lambda\lvert u\rvert$ has exactly one "
                r"minimiser, $u^{\ast} = \operatorname{Softshrink}(x)$: Softshrink is the "
                r"*proximal operator* of $\lambda\lvert\cdot\rvert$. Check it for $x = 1.2$ and "
                r"$x = 0.3$ with $\lambda = 0.5$, and give the minimum value for $x = 1.2$.",
                cleandoc(
                    r"""
                    $\phi$ is strictly convex (a strictly convex parabola plus the convex
                    $\lambda\lvert u\rvert$) and grows without bound, so it has exactly one
                    minimiser. Look for it piece by piece.

                    - On $u > 0$, $\phi'(u) = u - x + \lambda$, which vanishes at
                      $u = x - \lambda$; that point lies in $u > 0$ exactly when $x > \lambda$.
                    - On $u < 0$, $\phi'(u) = u - x - \lambda$, which vanishes at
                      $u = x + \lambda$, inside $u < 0$ exactly when $x < -\lambda$.
                    - Otherwise $\lvert x\rvert \le \lambda$, and the minimiser must be the
                      kink $u = 0$. Indeed there the one-sided slopes are
                      $\phi'(0^{+}) = \lambda - x \ge 0$ and $\phi'(0^{-}) = -\lambda - x \le 0$:
                      $\phi$ falls up to $0$ and rises after it. (In the language of convex
                      analysis, $0$ lies in the subdifferential $-x + [-\lambda, \lambda]$.)

                    The three cases are exactly the three pieces of Softshrink. For
                    $x = 1.2$, $\lambda = 0.5$ the minimiser is $0.7$, with minimum value

                    $$
                    \phi(0.7) = \tfrac{1}{2}(0.7 - 1.2)^{2} + 0.5 \cdot 0.7 = 0.125 + 0.35 = 0.475 ,
                    $$

                    and for $x = 0.3$ it is $0.000$: the penalty wins and the coordinate is
                    set exactly to zero. This is where the sparsity of the lasso and of
                    sparse coding comes from.
                    <!-- answer: argmin(lambda u: 0.5 * (u - 1.2) ** 2 + 0.5 * np.abs(u), -3, 3) = 0.7 -->
                    <!-- answer: softshrink(1.2) = 0.7 -->
                    <!-- answer: 0.5 * (0.7 - 1.2) ** 2 = 0.125 -->
                    <!-- answer: 0.5 * 0.7 = 0.35 -->
                    <!-- answer: minimum(lambda u: 0.5 * (u - 1.2) ** 2 + 0.5 * np.abs(u), -3, 3) = 0.475 -->
                    <!-- answer: argmin(lambda u: 0.5 * (u - 0.3) ** 2 + 0.5 * np.abs(u), -3, 3) = 0.000 -->
                    """
                ),
            ),
            Exercise(
                r"ISTA minimises $F(u) = \tfrac{1}{2}(2u - 3)^{2} + \lvert u\rvert$ by "
                "alternating a gradient step on the smooth part with Softshrink: "
                r"$u_{k+1} = \operatorname{Softshrink}\bigl(u_{k} - t\,g(u_{k});\ t\bigr)$, where "
                r"$g(u) = 2(2u - 3)$ is the derivative of the smooth part and the threshold is "
                r"the step $t$ times the penalty weight $1$. With $t = 0.2$ and $u_{0} = 0$, "
                r"compute $u_{1}$, $u_{2}$, $u_{3}$, find the limit, and check it against the "
                r"minimiser of $F$. What does one iteration look like as a network layer?",
                cleandoc(
                    r"""
                    The gradient step is $u - 0.2 \cdot 2(2u - 3) = 0.2u + 1.2$, and the
                    threshold is $0.2$:

                    - $u_{1} = \operatorname{Softshrink}(1.2;\ 0.2) = 1.0$,
                    - $u_{2} = \operatorname{Softshrink}(0.2 \cdot 1.0 + 1.2;\ 0.2) = 1.2$,
                    - $u_{3} = \operatorname{Softshrink}(0.2 \cdot 1.2 + 1.2;\ 0.2) = 1.24$.

                    While the argument stays above the threshold the map is
                    $u \mapsto 0.2u + 1$, whose fixed point is $u = 1.25$; the error shrinks
                    by the factor $0.2$ per step ($0.25$, $0.05$, $0.01$). For $u > 0$,
                    $F'(u) = 2(2u - 3) + 1 = 4u - 5$, which vanishes at $u = 1.25$: the
                    limit is the minimiser. (The step must not be too large: $t \le 1/L$,
                    with $L = 4$ the Lipschitz constant of $g$, guarantees that the
                    objective decreases; Beck and Teboulle, 2009.)

                    **As a layer**, one iteration is an affine map of $u_{k}$ (and of the data)
                    followed by Softshrink as the activation. LISTA (Gregor and LeCun, 2010)
                    unrolls a few such iterations into a network and learns the matrices and
                    thresholds from data, so that a handful of layers does the work of many
                    ISTA steps.
                    <!-- answer: softshrink(1.2, lambd=0.2) = 1.0 -->
                    <!-- answer: softshrink(0.2 * 1.0 + 1.2, lambd=0.2) = 1.2 -->
                    <!-- answer: softshrink(0.2 * 1.2 + 1.2, lambd=0.2) = 1.24 -->
                    <!-- answer: argmin(lambda u: 0.5 * (2 * u - 3) ** 2 + np.abs(u), -5, 5) = 1.25 -->
                    <!-- answer: 1.25 - softshrink(1.2, lambd=0.2) = 0.25 -->
                    <!-- answer: 1.25 - softshrink(0.2 * 1.0 + 1.2, lambd=0.2) = 0.05 -->
                    <!-- answer: 1.25 - softshrink(0.2 * 1.2 + 1.2, lambd=0.2) = 0.01 -->
                    """
                ),
            ),
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
        derivation=(
            Step(
                r"Away from $\pm\lambda$ each point has a small interval around it on which "
                "Hardshrink is a single piece: the identity where the input survives (power "
                r"rule with $n = 1$), the constant $0$ where it is zeroed:",
                r"\begin{aligned} \lvert x\rvert > \lambda:&\quad \frac{d}{dx}\, x = 1 \\ "
                r"\lvert x\rvert < \lambda:&\quad \frac{d}{dx}\, 0 = 0 \end{aligned}",
            ),
            Step(
                r"At $x = \lambda$ (take $\lambda > 0$) the function is not even continuous: "
                r"$\operatorname{Hardshrink}(\lambda) = 0$ and the values just to the left are "
                r"$0$, but those just to the right are close to $\lambda$. A function that is "
                "differentiable at a point is continuous there, so there is **no derivative "
                r"at $\lambda$**, and the right-hand difference quotient indeed blows up. "
                r"Hardshrink is odd, so the same holds at $-\lambda$:",
                r"\begin{aligned} \lim_{x \to \lambda^{+}} \operatorname{Hardshrink}(x) &= "
                r"\lambda \ne 0 = \operatorname{Hardshrink}(\lambda) \\ "
                r"\frac{\operatorname{Hardshrink}(\lambda + h) - \operatorname{Hardshrink}"
                r"(\lambda)}{h} &= \frac{\lambda + h}{h} = 1 + \frac{\lambda}{h} \to +\infty "
                r"\quad (h \to 0^{+}) \end{aligned}",
            ),
            Step(
                r"Training still needs a number at $\pm\lambda$; the package returns $0$, as "
                "PyTorch's autograd does. The result is the same indicator as Softshrink's "
                "derivative: the two functions have equal slopes wherever both have one, "
                r"although for $\lvert x\rvert > \lambda$ they differ by $\lambda$:",
                r"\operatorname{Hardshrink}'(x) = \mathbb{1}\bigl[\lvert x\rvert > \lambda\bigr] "
                r"= \operatorname{Softshrink}'(x)",
            ),
            Step(
                r"**What the gradient does not see.** Hardshrink is Softshrink plus a step of "
                r"height $\lambda$ at each threshold: "
                r"$\operatorname{Hardshrink}(x) = \operatorname{Softshrink}(x) + "
                r"\lambda\operatorname{sign}(x)\,\mathbb{1}[\lvert x\rvert > \lambda]$. In the "
                r"sense of distributions, the derivative of a jump of height $\lambda$ is "
                r"$\lambda$ times a Dirac delta at the jump, so the full derivative has two "
                "spikes. Automatic differentiation keeps only the first term: no gradient ever "
                "tells an input that crossing the threshold would change the output by "
                r"$\lambda$.",
                r"\frac{d}{dx}\operatorname{Hardshrink}(x) = \mathbb{1}\bigl[\lvert x\rvert > "
                r"\lambda\bigr] + \lambda\,\delta(x - \lambda) + \lambda\,\delta(x + \lambda)",
            ),
        ),
        exercises=(
            Exercise(
                r"With the default $\lambda = 0.5$, compute Hardshrink at $x = 0.5$, "
                r"$x = 0.51$, $x = -2$ and $x = 0.3$, and its derivative at $x = 0.51$ and "
                r"$x = 0.3$. Compare $\operatorname{Hardshrink}(0.51)$ with "
                r"$\operatorname{Softshrink}(0.51)$.",
                cleandoc(
                    r"""
                    - $x = 0.5$: $\lvert x\rvert \le \lambda$, so the output is $0$ (the
                      threshold itself is zeroed).
                    - $x = 0.51$: it survives unchanged, $0.51$, with slope $1$.
                    - $x = -2$: unchanged, $-2$.
                    - $x = 0.3$: zeroed, with slope $0$.

                    Moving the input from $0.5$ to $0.51$ moves the output from $0$ to $0.51$:
                    that is the jump. Softshrink keeps only what exceeds the threshold,
                    $\operatorname{Softshrink}(0.51) = 0.01$, and so stays continuous, at the
                    price of shrinking every large input by $\lambda$.
                    <!-- answer: hardshrink(0.5) = 0 -->
                    <!-- answer: hardshrink(0.51) = 0.51 -->
                    <!-- answer: hardshrink.derivative(0.51) = 1 -->
                    <!-- answer: hardshrink(-2.0) = -2 -->
                    <!-- answer: hardshrink(0.3) = 0 -->
                    <!-- answer: hardshrink.derivative(0.3) = 0 -->
                    <!-- answer: softshrink(0.51) = 0.01 -->
                    """
                ),
            ),
            Exercise(
                r"Show that $\operatorname{Hardshrink}(x)$ minimises "
                r"$\psi(u) = \tfrac{1}{2}(u - x)^{2} + \tfrac{\lambda^{2}}{2}\,\mathbb{1}[u \ne "
                r"0]$, a penalty that only counts whether $u$ is non-zero (the $\ell_0$ "
                r"penalty). For $\lambda = 0.5$, compare the two candidate costs for $x = 0.8$ "
                r"and for $x = 0.4$. What happens at $\lvert x\rvert = \lambda$?",
                cleandoc(
                    r"""
                    Only two values of $u$ can be optimal. If $u \ne 0$ the penalty is the
                    constant $\lambda^{2}/2$, and the square is smallest at $u = x$, with total
                    cost $\lambda^{2}/2$. If $u = 0$ there is no penalty and the cost is
                    $x^{2}/2$. Keeping $x$ is strictly better exactly when
                    $x^{2}/2 > \lambda^{2}/2$, that is $\lvert x\rvert > \lambda$: the rule of
                    Hardshrink.

                    With $\lambda = 0.5$ keeping costs $0.125$. For $x = 0.8$ zeroing costs
                    $0.32$, so the output is $0.8$; for $x = 0.4$ zeroing costs only $0.08$,
                    so the output is $0$.

                    At $\lvert x\rvert = \lambda$ both choices cost the same and both are
                    minimisers; Hardshrink picks $0$. The objective is not convex, and this
                    tie is the discontinuity of Hardshrink seen from the optimisation side.
                    Compare exercise 2 of [Softshrink](softshrink.md): a convex $\ell_1$
                    penalty gives a continuous rule with a bias, the $\ell_0$ penalty a
                    discontinuous rule without one.
                    <!-- answer: 0.5 * 0.5 ** 2 = 0.125 -->
                    <!-- answer: 0.5 * 0.8 ** 2 = 0.32 -->
                    <!-- answer: hardshrink(0.8) = 0.8 -->
                    <!-- answer: 0.5 * 0.4 ** 2 = 0.08 -->
                    <!-- answer: hardshrink(0.4) = 0 -->
                    """
                ),
            ),
            Exercise(
                "A signal of $n = 1024$ samples is observed with Gaussian noise, and its wavelet "
                r"coefficients are normalised so that the noise on each has standard deviation "
                r"$\sigma = 1$. Donoho and Johnstone's *universal threshold* is "
                r"$\lambda = \sigma\sqrt{2\ln n}$. Compute it, and apply both hard and soft "
                r"thresholding to the coefficients $5.0$, $-4.2$, $3.0$ and $0.7$. Which rule "
                "is biased, and which is unstable?",
                cleandoc(
                    r"""
                    $\lambda = \sqrt{2 \ln 1024} = \sqrt{20 \ln 2} \approx 3.7233$. It is
                    set to lie just above the noise: the largest of $n$ independent standard
                    Gaussians grows like $\sqrt{2 \ln n}$, and the probability that any of
                    them exceeds that level tends to $0$, so pure-noise coefficients are
                    almost all zeroed.

                    | coefficient | hard | soft |
                    |---|---|---|
                    | $5.0$ | $5.0$ | $1.2767$ |
                    | $-4.2$ | $-4.2$ | $-0.4767$ |
                    | $3.0$ | $0$ | $0$ |
                    | $0.7$ | $0$ | $0$ |

                    Both rules kill the two coefficients below the threshold, which at this
                    level cannot be told apart from noise. Soft thresholding then shrinks each
                    survivor by the full $3.7233$, so an observed $5.0$, almost certainly a
                    real coefficient, is estimated as $1.28$: a large **bias**. Hard thresholding keeps survivors unchanged but
                    is **unstable**: a coefficient at $3.72$ becomes $0$ or about $3.72$
                    depending on the last digits of the noise. Neither rule is better in every
                    case, which is why both remain in use.
                    <!-- answer: math.sqrt(2 * math.log(1024)) = 3.7233 -->
                    <!-- answer: hardshrink(5.0, lambd=math.sqrt(2 * math.log(1024))) = 5.0 -->
                    <!-- answer: softshrink(5.0, lambd=math.sqrt(2 * math.log(1024))) = 1.2767 -->
                    <!-- answer: softshrink(5.0, lambd=math.sqrt(2 * math.log(1024))) = 1.28 -->
                    <!-- answer: hardshrink(-4.2, lambd=math.sqrt(2 * math.log(1024))) = -4.2 -->
                    <!-- answer: softshrink(-4.2, lambd=math.sqrt(2 * math.log(1024))) = -0.4767 -->
                    <!-- answer: hardshrink(3.0, lambd=math.sqrt(2 * math.log(1024))) = 0 -->
                    <!-- answer: softshrink(0.7, lambd=math.sqrt(2 * math.log(1024))) = 0 -->
                    <!-- answer: math.sqrt(2 * math.log(1024)) = 3.72 -->
                    """
                ),
            ),
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
        "library, which had a `TanhShrink` module beside `SoftShrink` and `HardShrink` (it "
        "computed the input minus the output of an `nn.Tanh` module), and it has no standard "
        "citation. It behaves like a smooth shrinkage function: near $0$ it "
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
        derivation=(
            Step(
                r"Tanhshrink is a difference of two differentiable functions, so by the "
                r"difference rule its derivative is $1$ (the derivative of $x$) minus that of "
                r"$\tanh$:",
                r"\operatorname{Tanhshrink}'(x) = \frac{d}{dx}\, x - \frac{d}{dx} \tanh(x) = "
                r"1 - \tanh'(x)",
            ),
            Step(
                r"Differentiate $\tanh = \sinh / \cosh$ by the quotient rule, with "
                r"$\sinh' = \cosh$ and $\cosh' = \sinh$. The numerator is "
                r"$\cosh^{2} - \sinh^{2} = 1$, and dividing that identity by $\cosh^{2} x$ "
                r"gives $1/\cosh^{2} x = 1 - \tanh^{2} x$:",
                r"\tanh'(x) = \frac{\cosh x \cdot \cosh x - \sinh x \cdot \sinh x}{\cosh^{2} x} "
                r"= \frac{1}{\cosh^{2} x} = 1 - \tanh^{2}(x)",
            ),
            Step(
                "Substitute into the first line: the ones cancel and what is left is the "
                r"square of $\tanh$. It is never negative, and zero only at $x = 0$, so "
                r"Tanhshrink is increasing. Since $\tanh x = x - y$ with "
                r"$y = \operatorname{Tanhshrink}(x)$, the slope is also $(x - y)^{2}$, "
                r"computable from the input and the output without another $\tanh$:",
                r"\operatorname{Tanhshrink}'(x) = 1 - \bigl(1 - \tanh^{2}(x)\bigr) = "
                r"\tanh^{2}(x)",
            ),
            Step(
                r"**Near $0$ and far from it.** With $\tanh x = x - \tfrac{x^{3}}{3} + O(x^{5})$, "
                r"the slope starts like $x^{2}$, the derivative of the $\tfrac{x^{3}}{3}$ with "
                r"which Tanhshrink itself starts; for large $\lvert x\rvert$, "
                r"$\tanh^{2} x \to 1$ and the function runs parallel to the identity, "
                r"$1$ below it for large positive $x$:",
                r"\operatorname{Tanhshrink}'(x) = x^{2} - \tfrac{2}{3}x^{4} + O(x^{6}) \quad "
                r"(x \to 0), \qquad \operatorname{Tanhshrink}'(x) \to 1 \quad (\lvert x\rvert "
                r"\to \infty)",
            ),
        ),
        exercises=(
            Exercise(
                r"Compute Tanhshrink and its derivative at $x = 1$ and $x = 3$. Then compute "
                r"$\operatorname{Tanhshrink}(0.1)$ and compare it with $0.1^{3}/3$.",
                cleandoc(
                    r"""
                    - $x = 1$: $1 - \tanh 1 \approx 1 - 0.7616 = 0.2384$, and the slope is
                      $\tanh^{2} 1 \approx 0.5800$.
                    - $x = 3$: $3 - \tanh 3 \approx 2.0049$, slope $\tanh^{2} 3 \approx 0.9901$:
                      already almost the identity moved down by $1$.
                    - $x = 0.1$: $0.1 - \tanh 0.1 \approx 0.000332$, close to
                      $0.1^{3}/3 \approx 0.000333$. The next term of the series,
                      $-\frac{2}{15}x^{5}$, accounts for the difference.

                    (Computing $0.1 - \tanh 0.1$ naively subtracts two nearly equal numbers
                    and loses digits; for small inputs the package evaluates this series
                    instead.)
                    <!-- answer: tanh(1.0) = 0.7616 -->
                    <!-- answer: tanhshrink(1.0) = 0.2384 -->
                    <!-- answer: tanhshrink.derivative(1.0) = 0.5800 -->
                    <!-- answer: tanhshrink(3.0) = 2.0049 -->
                    <!-- answer: tanhshrink.derivative(3.0) = 0.9901 -->
                    <!-- answer: tanhshrink(0.1) = 0.000332 -->
                    <!-- answer: 0.1 ** 3 / 3 = 0.000333 -->
                    """
                ),
            ),
            Exercise(
                r"Using only the derivative found above and L'Hôpital's rule, prove that "
                r"$\operatorname{Tanhshrink}(x)/x^{3} \to \tfrac{1}{3}$ as $x \to 0$. Check the "
                r"ratio at $x = 0.01$, and compute the gradient $\operatorname{Tanhshrink}'(0.1)$: "
                "what does it mean for a unit whose inputs are small?",
                cleandoc(
                    r"""
                    Numerator and denominator both tend to $0$, and both are differentiable,
                    so L'Hôpital's rule lets us compare derivatives instead:

                    $$
                    \lim_{x \to 0} \frac{\operatorname{Tanhshrink}(x)}{x^{3}}
                    = \lim_{x \to 0} \frac{\tanh^{2} x}{3x^{2}}
                    = \frac{1}{3} \Bigl(\lim_{x \to 0} \frac{\tanh x}{x}\Bigr)^{2}
                    = \frac{1}{3} \cdot \tanh'(0)^{2} = \frac{1}{3},
                    $$

                    because $\tanh x / x = (\tanh x - \tanh 0)/(x - 0)$ is a difference
                    quotient at $0$, which tends to $\tanh'(0) = 1$ (the rule applies since
                    this last limit exists). At $x = 0.01$ the ratio is $0.33332$.

                    The gradient at $x = 0.1$ is $\tanh^{2}(0.1) \approx 0.00993$, about a
                    hundredth of what a ReLU or identity unit would pass back. A unit whose
                    inputs stay small learns about a hundred times more slowly: the flat
                    region that makes Tanhshrink a shrinkage function is also a region of
                    nearly vanishing gradient.
                    <!-- answer: tanhshrink(0.01) / 0.01 ** 3 = 0.33332 -->
                    <!-- answer: tanhshrink.derivative(0.1) = 0.00993 -->
                    """
                ),
            ),
            Exercise(
                r"Show that $\operatorname{Tanhshrink}(x) - \operatorname{Softshrink}(x) = "
                r"\operatorname{Hardtanh}(x) - \tanh(x)$ for [Softshrink](softshrink.md) with "
                r"$\lambda = 1$ and [Hardtanh](hardtanh.md) with its default limits. Find the "
                r"largest gap between Tanhshrink and this Softshrink, where it occurs, and the "
                r"gap at $x = 3$.",
                cleandoc(
                    r"""
                    Softshrink with $\lambda = 1$ is the input minus its clip to $[-1, 1]$:
                    $\operatorname{Softshrink}(x) = x - \operatorname{Hardtanh}(x)$. Hence

                    $$
                    \operatorname{Tanhshrink}(x) - \operatorname{Softshrink}(x)
                    = \bigl(x - \tanh x\bigr) - \bigl(x - \operatorname{Hardtanh}(x)\bigr)
                    = \operatorname{Hardtanh}(x) - \tanh(x).
                    $$

                    The gap is odd, so take $x \ge 0$. On $[0, 1]$ it is $x - \tanh x$, which
                    increases (its derivative is $\tanh^{2} x \ge 0$); for $x \ge 1$ it is
                    $1 - \tanh x$, which decreases. So the largest gap is at $x = \pm 1$, the
                    kinks of Softshrink, and equals $1 - \tanh 1 \approx 0.2384$. At $x = 3$
                    it is $1 - \tanh 3 \approx 0.0049$, and it keeps shrinking like
                    $2e^{-2x}$.

                    So Tanhshrink is a smoothed Softshrink with $\lambda = 1$: within
                    $0.2384$ of it everywhere and exponentially close in the tails. The
                    difference that matters for training is inside $(-1, 1)$: there
                    Softshrink's gradient is exactly $0$, Tanhshrink's is small but positive
                    except at $0$.
                    <!-- answer: tanhshrink(1.0) - softshrink(1.0, lambd=1.0) = 0.2384 -->
                    <!-- answer: hardtanh(1.0) - tanh(1.0) = 0.2384 -->
                    <!-- answer: -minimum(lambda x: softshrink(x, lambd=1.0) - tanhshrink(x), 0, 5) = 0.2384 -->
                    <!-- answer: argmin(lambda x: softshrink(x, lambd=1.0) - tanhshrink(x), 0, 5) = 1 -->
                    <!-- answer: tanhshrink(3.0) - softshrink(3.0, lambd=1.0) = 0.0049 -->
                    """
                ),
            ),
        ),
    ),
]
