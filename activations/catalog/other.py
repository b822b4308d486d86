"""Everything else: the identity, the step, and the non-monotonic bumps and waves.

The identity and the Heaviside step bracket the rest (no nonlinearity at all, and all
nonlinearity with no gradient); the Gaussian, sine and sinc are not monotonic and, for
sine and sinc, oscillate.
"""

from __future__ import annotations

from inspect import cleandoc

import numpy as np

from activations.catalog.classic import RUMELHART_1986
from activations.catalog.sigmoidal import SANDLER_2018
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

ZIYIN_2020 = Reference(
    "L. Ziyin, T. Hartwig, M. Ueda",
    "Neural networks fail to learn periodic functions and how to fix it",
    2020,
    "https://arxiv.org/abs/2006.08195",
)
LEE_2022 = Reference(
    "S.-g. Lee, W. Ping, B. Ginsburg, B. Catanzaro, S. Yoon",
    "BigVGAN: a universal neural vocoder with large-scale training",
    2022,
    "https://arxiv.org/abs/2206.04658",
)
KUMAR_2023 = Reference(
    "R. Kumar, P. Seetharaman, A. Luebs, I. Kumar, K. Kumar",
    "High-fidelity audio compression with improved RVQGAN",
    2023,
    "https://arxiv.org/abs/2306.06546",
)
NELDER_1972 = Reference(
    "J. A. Nelder, R. W. M. Wedderburn",
    "Generalized linear models",
    1972,
    "https://doi.org/10.2307/2344614",
)
KINGMA_2013 = Reference(
    "D. P. Kingma, M. Welling",
    "Auto-encoding variational Bayes",
    2013,
    "https://arxiv.org/abs/1312.6114",
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
    # (-x/3 + x^3/30 - ...) is used instead, evaluated on those inputs alone (a full-size
    # Horner loop would cost more than the two trigonometric calls). The limit at +-inf
    # is 0; NaN stays NaN.
    out = np.zeros_like(x)
    small = np.abs(x) < 0.25
    regular = np.isfinite(x) & ~small
    t = x[regular]
    cos = np.cos(t)
    cos -= np.sin(t) / t
    cos /= t
    out[regular] = cos
    xs = x[small]
    x2 = xs * xs
    series = np.full_like(xs, _SINC_DERIVATIVE_SERIES[-1])
    for coefficient in reversed(_SINC_DERIVATIVE_SERIES[:-1]):
        series *= x2
        series += coefficient
    series *= xs
    out[small] = series
    np.copyto(out, x, where=np.isnan(x))
    return out


def snake(x: FloatArray, alpha: float) -> FloatArray:
    # x + sin(alpha x)^2 / alpha, the square formed as (sin / alpha) * sin so that a tiny
    # alpha does not underflow it. Where alpha x is not finite (x = +-inf or NaN, or an
    # overflow for a huge alpha x) the term, at most 1/alpha, is left out: at +-inf that
    # is the limit, after an overflow it is below half an ulp of x, and NaN stays NaN.
    with np.errstate(over="ignore"):
        t = x * alpha
    finite = np.isfinite(t)
    s = np.zeros_like(x)
    np.sin(t, out=s, where=finite)
    out = s / alpha
    out *= s
    out += x
    return out


def snake_derivative(x: FloatArray, alpha: float) -> FloatArray:
    # 1 + sin(2 alpha x), computed as (sin(alpha x) + cos(alpha x))^2, the same number
    # without the cancellation of 1 + sin(2 alpha x) near its zeros. It has no limit at
    # +-inf: NaN there (and where alpha x overflows), set directly, as np.sin(inf) warns.
    with np.errstate(over="ignore"):
        t = x * alpha
    finite = np.isfinite(t)
    out = np.full_like(x, np.nan)
    np.sin(t, out=out, where=finite)
    out += np.cos(t, out=np.zeros_like(x), where=finite)
    return np.square(out, out=out)


def exponential(x: FloatArray) -> FloatArray:
    # e^x. Above ln(largest float), 709.78 in float64 and 88.72 in float32, the true value
    # is out of range: e^x is +inf there, the IEEE rounding, returned without numpy's
    # overflow warning (float16 is computed in float64 and rounds to +inf above 11.09).
    with np.errstate(over="ignore"):
        return np.exp(x)


def exponential_derivative(x: FloatArray) -> FloatArray:
    # (e^x)' = e^x: the function itself, with the same overflow.
    return exponential(x)


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
        references=(
            SANDLER_2018,
            Reference(
                "B. Widrow, M. E. Hoff",
                "Adaptive switching circuits",
                1960,
                "https://isl.stanford.edu/~widrow/papers/c1960adaptiveswitching.pdf",
            ),
            Reference(
                "P. Baldi, K. Hornik",
                "Neural networks and principal component analysis: learning from examples "
                "without local minima",
                1989,
                "https://doi.org/10.1016/0893-6080(89)90014-2",
            ),
            Reference(
                "A. M. Saxe, J. L. McClelland, S. Ganguli",
                "Exact solutions to the nonlinear dynamics of learning in deep linear neural "
                "networks",
                2013,
                "https://arxiv.org/abs/1312.6120",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-2.,  0.,  2.])"),
        family="other",
        origin="The identity is the activation of a purely linear unit and has no inventor. The "
        "classic linear unit is the ADALINE of Widrow and Hoff (1960): it adapted its weights "
        "with the least-mean-squares (LMS) rule, driven by the error of the weighted sum "
        "itself, taken before the threshold that produced its binary output, so that the "
        "error, unlike the thresholded output, changes smoothly with the weights. The "
        "identity's main lesson is negative: a composition of affine maps is affine, so a "
        "network with identity activations everywhere, however deep, computes no more than a "
        "single linear layer, which is why hidden layers need a nonlinearity.",
        uses="The output layers of regression networks, and the logits of a classifier before "
        "the softmax, pass through the identity; in Keras, `activation=None` and `'linear'` "
        "both mean it. MobileNetV2 (Sandler et al. 2018) deliberately leaves the narrow "
        "'linear bottleneck' layers of its blocks without a nonlinearity, arguing that ReLU "
        "there destroys information. Theory uses identity activations on purpose: a deep "
        "linear network computes only a linear map, yet its loss is not convex in the "
        "weights, which makes it the simplest model of how depth shapes training. Baldi and "
        "Hornik (1989) showed that for the squared error a linear network with one narrow "
        "hidden layer has no local minimum but the global one, the projection onto the "
        "leading principal components, every other critical point being a saddle; Saxe, "
        "McClelland and Ganguli (2013) solved the gradient-descent dynamics of deep linear "
        "networks exactly, finding the long plateaus and sudden drops of the error that "
        "nonlinear networks also show.",
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
        exercises=(
            Exercise(
                cleandoc(r"""
                A network with one input has a hidden layer of two identity units,
                $h_1 = 2x + 1$ and $h_2 = -x + 3$, and one output, $y = 3h_1 - h_2 + 0.5$.
                Collapse it into a single affine map $y = ax + c$ and check it at $x = 1.5$.
                Then prove that two affine layers with identity activations,
                $\mathbf{y} = W_2(W_1\mathbf{x} + \mathbf{b}_1) + \mathbf{b}_2$, always equal one
                affine layer, and say what a hidden layer narrower than the input and the
                output does to the map.
                """),
                cleandoc(r"""
                Substitute the hidden units into the output and collect the terms:

                $$
                y = 3(2x + 1) - (-x + 3) + 0.5 = 6x + 3 + x - 3 + 0.5 = 7x + 0.5
                $$

                So $a = 7$ and $c = 0.5$. At $x = 1.5$ the layered network gives $h_1 = 4$,
                $h_2 = 1.5$ and $y = 12 - 1.5 + 0.5 = 11$; the collapsed map gives
                $7 \cdot 1.5 + 0.5 = 11$ as well.

                In general, matrix multiplication distributes over the sum:

                $$
                W_2(W_1\mathbf{x} + \mathbf{b}_1) + \mathbf{b}_2 = (W_2 W_1)\,\mathbf{x} + (W_2\mathbf{b}_1 + \mathbf{b}_2) = W\mathbf{x} + \mathbf{b}
                $$

                This is one layer, with weights $W = W_2W_1$ and bias
                $\mathbf{b} = W_2\mathbf{b}_1 + \mathbf{b}_2$, and by induction on the number of
                layers any depth collapses the same way. Depth adds no functions, but a narrow
                layer removes some: the rank of a product is at most the rank of each factor,
                so with $k$ hidden units $W_2W_1$ has rank at most $k$. A $2 \to 1 \to 2$
                network with identity activations can only compute maps whose outputs all lie
                on one line. This is the linear autoencoder, which Baldi and Hornik (1989)
                showed learns, at its optimum, the projection onto the leading principal
                components of its inputs.
                <!-- answer: 3 * identity(2 * 1.5 + 1) - identity(-1.5 + 3) + 0.5 = 11 -->
                <!-- answer: 7 * 1.5 + 0.5 = 11 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                A regression network ends in an identity output, $\hat y = z$, and is trained
                with the squared error $E = \tfrac12(\hat y - t)^2$. Compute
                $\partial E / \partial z$ for the badly wrong prediction $z = -3$ with target
                $t = 1$. Repeat with a sigmoid output, $\hat y = \sigma(z)$, and the same loss,
                and explain the difference.
                """),
                cleandoc(r"""
                The chain rule splits the gradient into the error and the slope of the output
                activation:

                $$
                \frac{\partial E}{\partial z} = (\hat y - t)\,\frac{d\hat y}{dz}
                $$

                With the identity, $d\hat y / dz = \operatorname{id}'(z) = 1$, so the gradient
                is the error itself:

                $$
                \frac{\partial E}{\partial z} = (-3 - 1) \cdot 1 = -4
                $$

                With the sigmoid, $\sigma(-3) \approx 0.0474$ and
                $\sigma'(-3) = \sigma(-3)\,\bigl(1 - \sigma(-3)\bigr) \approx 0.0452$, so

                $$
                \frac{\partial E}{\partial z} \approx (0.0474 - 1) \cdot 0.0452 \approx -0.0430
                $$

                almost a hundred times smaller, although the prediction is just as wrong. The
                saturated sigmoid passes almost no gradient, while the identity's slope $1$
                lets a large error make a large correction. This is why regression outputs are
                linear, and why the squared error goes with them: up to a constant, it is the
                negative log-likelihood of a Gaussian with mean $z$ and unit variance.
                (Classifiers pair the sigmoid with the cross-entropy instead, whose gradient
                with respect to $z$ is again the plain error, $\sigma(z) - t$.)
                <!-- answer: (identity(-3.0) - 1) * identity.derivative(-3.0) = -4 -->
                <!-- answer: sigmoid(-3.0) = 0.0474 -->
                <!-- answer: sigmoid.derivative(-3.0) = 0.0452 -->
                <!-- answer: (sigmoid(-3.0) - 1) * sigmoid.derivative(-3.0) = -0.0430 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                The smallest deep linear network, $y = w_2\,w_1\,x$ (two layers of one identity
                unit each, no biases), is trained on the single example $x = 1$, $t = 1$ with
                $E(w_1, w_2) = \tfrac12(w_2 w_1 - 1)^2$. (a) Compute the gradient at
                $(w_1, w_2) = (0.5, 0.5)$. (b) Show that $(0, 0)$ is a critical point but not a
                minimum. (c) Show that $E$ is not convex, although the network computes a
                linear function of $x$.
                """),
                cleandoc(r"""
                (a) Let $p = w_2 w_1$ be the slope of the whole network. By the chain rule,
                $\partial E / \partial w_1 = (p - 1)\,\partial p / \partial w_1 = (p - 1)\,w_2$,
                and likewise $\partial E / \partial w_2 = (p - 1)\,w_1$. At $(0.5, 0.5)$,
                $p = 0.25$ and

                $$
                \frac{\partial E}{\partial w_1} = \frac{\partial E}{\partial w_2} = (0.25 - 1) \cdot 0.5 = -0.375
                $$

                Each weight's gradient is scaled by the *other* weight: the training dynamics
                are nonlinear in the weights, although the network is linear in its input.

                (b) At $(0, 0)$ both partial derivatives have a factor $0$, so the gradient
                vanishes; there $E = 0.5$. Along the diagonal $w_1 = w_2 = s$,
                $E = \tfrac12(s^2 - 1)^2$, which is below $0.5$ for $0 < \lvert s\rvert < \sqrt2$;
                along the other diagonal, $w_1 = -w_2 = s$, $E = \tfrac12(s^2 + 1)^2$, which is
                above it. The origin is a saddle point.

                (c) Every point of the hyperbola $w_1 w_2 = 1$ is a global minimum, with
                $E = 0$: for example $(1, 1)$ and $(-1, -1)$. Their midpoint is the origin,
                where $E = 0.5$. At the midpoint of a segment a convex function is at most the
                average of its values at the two ends, here $0$, so $E$ is not convex.
                Started near the saddle, gradient descent moves slowly, since the gradient is
                nearly zero there, then speeds up as $p$ grows: the plateau followed by a
                sudden drop that Saxe, McClelland and Ganguli (2013) derived exactly for deep
                linear networks.
                <!-- answer: (identity(0.5 * 0.5) - 1) * 0.5 = -0.375 -->
                <!-- answer: 0.5 * (identity(0.0 * 0.0) - 1) ** 2 = 0.5 -->
                """),
            ),
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
            Reference(
                "A. B. J. Novikoff",
                "On convergence proofs on perceptrons",
                1962,
                "https://cs.uwaterloo.ca/~y328yu/classics/novikoff.pdf",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([0., 1., 1.])"),
        family="other",
        origin="The step is the oldest activation function. McCulloch and Pitts (1943) "
        "modelled a neuron as an all-or-none unit that fires when enough of its excitatory "
        "inputs are active and no inhibitory one is, and showed that nets of such units "
        "compute logical propositions; Rosenblatt's perceptron (1958) added a rule that "
        "learns the weights of a threshold unit from examples, and Novikoff (1962) proved "
        "that the rule stops after finitely many corrections whenever the two classes can be "
        "separated by a hyperplane. Its zero derivative is why it was replaced: the "
        "perceptron rule trains a single layer only, and backpropagation (Rumelhart, Hinton "
        "and Williams, 1986), which reaches hidden layers, needs a gradient, so smooth "
        "sigmoid units took its place in multilayer networks.",
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
        exercises=(
            Exercise(
                cleandoc(r"""
                (a) Show that three step units compute XOR on $x_1, x_2 \in \{0, 1\}$:
                $h_1 = H(x_1 + x_2 - 0.5)$, $h_2 = H(x_1 + x_2 - 1.5)$ and
                $y = H(h_1 - h_2 - 0.5)$. (b) Prove that no single step unit
                $H(w_1x_1 + w_2x_2 + b)$ computes XOR.
                """),
                cleandoc(r"""
                (a) $h_1$ fires when at least one input is $1$ (OR), $h_2$ only when both are
                (AND), and $y$ fires when $h_1 - h_2 \ge 0.5$, that is for OR but not AND:

                | $x_1, x_2$ | $h_1$ | $h_2$ | $h_1 - h_2 - 0.5$ | $y$ |
                |---|---|---|---|---|
                | $0, 0$ | $H(-0.5) = 0$ | $H(-1.5) = 0$ | $-0.5$ | $0$ |
                | $0, 1$ | $H(0.5) = 1$ | $H(-0.5) = 0$ | $0.5$ | $1$ |
                | $1, 0$ | $H(0.5) = 1$ | $H(-0.5) = 0$ | $0.5$ | $1$ |
                | $1, 1$ | $H(1.5) = 1$ | $H(0.5) = 1$ | $-0.5$ | $0$ |

                (b) $H(z) = 1$ exactly when $z \ge 0$, so XOR would need four inequalities:

                $$
                b < 0, \qquad w_1 + b \ge 0, \qquad w_2 + b \ge 0, \qquad w_1 + w_2 + b < 0
                $$

                Adding the middle two gives $w_1 + w_2 + 2b \ge 0$, hence
                $w_1 + w_2 + b \ge -b > 0$ by the first, which contradicts the last. In
                geometric terms, a single unit splits the plane along a line, and XOR's two
                classes are the two diagonals of a square, which no line separates. This is the
                limitation Minsky and Papert (1969) stressed. The hidden layer of (a) removes
                it, but its weights were set by hand: the perceptron rule only trains the
                output unit, and the step's zero derivative gives gradient descent no signal to
                learn hidden weights with.
                <!-- answer: binary_step(binary_step(1 + 0 - 0.5) - binary_step(1 + 0 - 1.5) - 0.5) = 1 -->
                <!-- answer: binary_step(binary_step(1 + 1 - 0.5) - binary_step(1 + 1 - 1.5) - 0.5) = 0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                A step unit $y = H(wx + b)$ with $w = 1$, $b = -0.5$ sees the example $x = 1$
                with target $t = 0$. (a) Is it classified correctly? Compute the gradient of the
                squared error $E = \tfrac12(y - t)^2$ with respect to $w$ and $b$. (b) Apply one
                perceptron update, $w \leftarrow w + \eta\,(t - y)\,x$ and
                $b \leftarrow b + \eta\,(t - y)$, with $\eta = 0.5$, and check the example
                again. (c) Show that the perceptron rule is the gradient step that $E$ would
                give if $H'$ were replaced by $1$.
                """),
                cleandoc(r"""
                (a) The pre-activation is $z = 1 \cdot 1 - 0.5 = 0.5 \ge 0$, so $y = H(0.5) = 1$,
                but $t = 0$: the example is misclassified, with error $E = 0.5$. By the chain
                rule, with $H'(0.5) = 0$,

                $$
                \frac{\partial E}{\partial w} = (y - t)\,H'(z)\,x = 1 \cdot 0 \cdot 1 = 0, \qquad
                \frac{\partial E}{\partial b} = (y - t)\,H'(z) = 0
                $$

                The gradient is $0$ although the error is not, and this is no accident of the
                example: $H$ is constant on each side of $0$, so wherever no example lies
                exactly on the boundary $wx + b = 0$, small changes of $w$ and $b$ change no
                output and $E$ is locally constant. As a function of the weights the error is
                a staircase: its gradient is $0$ almost everywhere and does not exist on the
                steps' edges. Gradient descent cannot move.

                (b) Here $t - y = -1$, so $w \leftarrow 1 + 0.5 \cdot (-1) \cdot 1 = 0.5$ and
                $b \leftarrow -0.5 + 0.5 \cdot (-1) = -1$. Now $z = 0.5 - 1 = -0.5 < 0$, so
                $y = 0 = t$: one update fixed the example.

                (c) With $H'(z)$ replaced by $1$, the "gradient" of $E$ with respect to $w$ is
                $(y - t)\,x$, and a descent step of size $\eta$ gives

                $$
                w \leftarrow w - \eta\,(y - t)\,x = w + \eta\,(t - y)\,x
                $$

                which is the perceptron rule; the same holds for $b$ with $x$ replaced by $1$.
                This is the straight-through estimator of Bengio, Léonard and Courville (2013),
                which treats the step as the identity in the backward pass, applied to a single
                unit. The rule changes nothing on correctly classified examples ($t - y = 0$),
                and Novikoff (1962) proved that, starting from zero weights, on data that some
                unit-length weight vector separates with margin $\gamma$ it makes at most
                $(R/\gamma)^2$ corrections, $R$ being the largest length of an input with a
                constant $1$ appended for the bias.
                <!-- answer: binary_step(1.0 * 1.0 - 0.5) = 1 -->
                <!-- answer: binary_step.derivative(0.5) = 0 -->
                <!-- answer: binary_step(0.5 * 1.0 - 1.0) = 0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Show that the steep sigmoid $\sigma(kx)$ tends to $H(x)$ as $k \to \infty$ for
                every $x \ne 0$, and compute it at $x = 0.1$ for $k = 10$ and $k = 100$. What
                happens at $x = 0$? For $k = 100$, compute the slope
                $\frac{d}{dx}\sigma(kx)$ at $x = 0$ and at $x = 0.1$, and its integral over the
                real line. What does the slope become as $k \to \infty$?
                """),
                cleandoc(r"""
                Write $\sigma(kx) = 1/(1 + e^{-kx})$. For $x > 0$, $e^{-kx} \to 0$ and
                $\sigma(kx) \to 1$; for $x < 0$, $e^{-kx} \to \infty$ and $\sigma(kx) \to 0$. At
                $x = 0.1$, $\sigma(1) \approx 0.7311$ for $k = 10$ and
                $\sigma(10) \approx 0.99995$ for $k = 100$. At $x = 0$, however,
                $\sigma(0) = \tfrac12$ for every $k$, so the limit there is $\tfrac12$, not
                $H(0) = 1$: the value of the step at its jump is a convention.

                By the chain rule, $\frac{d}{dx}\sigma(kx) = k\,\sigma'(kx)$. For $k = 100$ this
                is $100 \cdot \tfrac14 = 25$ at $x = 0$ and $100\,\sigma'(10) \approx 0.00454$ at
                $x = 0.1$. Its integral is the same for every $k$:

                $$
                \int_{-\infty}^{\infty} k\,\sigma'(kx)\,dx = \Bigl[\sigma(kx)\Bigr]_{-\infty}^{\infty} = 1 - 0 = 1
                $$

                So the slope is a bump of height $k/4$ and width of order $1/k$ that always
                encloses area $1$. As $k \to \infty$ it tends to $0$ at every $x \ne 0$ and
                grows without bound at $0$: in the sense of distributions, $H'$ is the Dirac
                delta $\delta(x)$, all of whose weight sits at one point. No finite number
                describes it there, and elsewhere it is $0$, which is why backpropagation gets
                no usable signal through a step. Surrogate-gradient training of spiking
                networks (Neftci, Mostafa and Zenke 2019) keeps the step in the forward pass
                and uses a bump of finite width, such as the slope of a moderately steep
                sigmoid, in the backward pass.
                <!-- answer: sigmoid(10 * 0.1) = 0.7311 -->
                <!-- answer: sigmoid(100 * 0.1) = 0.99995 -->
                <!-- answer: 100 * sigmoid.derivative(100 * 0.0) = 25 -->
                <!-- answer: 100 * sigmoid.derivative(100 * 0.1) = 0.00454 -->
                """),
            ),
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
                "J. Park, I. W. Sandberg",
                "Universal approximation using radial-basis-function networks",
                1991,
                "https://doi.org/10.1162/neco.1991.3.2.246",
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
        "1988; Moody & Darken 1989); Park and Sandberg (1991) proved that RBF networks with "
        "one hidden layer of such units, all of the same width, are universal approximators. "
        "As an elementwise activation it is rare in deep "
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
        derivation=(
            Step(
                "The Gaussian is the exponential of another function: the outer function is "
                "$e^{u}$ and the inner one is $u(x) = -x^2$.",
                r"\operatorname{gaussian}(x) = e^{u(x)}, \qquad u(x) = -x^{2}",
            ),
            Step(
                "By the chain rule, the derivative of a composition is the outer derivative, "
                "taken at the inner value, times the inner derivative. The exponential is its "
                r"own derivative, $\frac{d}{du} e^{u} = e^{u}$, so the outer factor is the "
                "function itself.",
                r"\operatorname{gaussian}'(x) = e^{u(x)}\, u'(x) = e^{-x^{2}}\, u'(x)",
            ),
            Step(
                r"The power rule gives $u'(x) = -\frac{d}{dx} x^2 = -2x$; substitute it.",
                r"\operatorname{gaussian}'(x) = -2x\, e^{-x^{2}}",
            ),
            Step(
                "The factor $e^{-x^2}$ is the forward output, so the backward pass needs no new "
                "exponential: the stored output and one product are enough.",
                r"\operatorname{gaussian}'(x) = -2x\, \operatorname{gaussian}(x)",
            ),
            Step(
                "Differentiating once more, with the product rule on $-2x$ times "
                r"$\operatorname{gaussian}(x)$ and step 4 for the second factor, locates the "
                r"steepest points: $\operatorname{gaussian}''$ vanishes only at "
                r"$x = \pm 1/\sqrt2$, the inflection points of the bell.",
                r"\operatorname{gaussian}''(x) = -2\, \operatorname{gaussian}(x) + (-2x)\bigl(-2x\, \operatorname{gaussian}(x)\bigr) = (4x^{2} - 2)\, e^{-x^{2}}",
            ),
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                Compute $\operatorname{gaussian}(1)$, $\operatorname{gaussian}'(1)$ and
                $\operatorname{gaussian}'(-1)$ by hand from $e^{-1} \approx 0.3679$, using the
                derivative in the form $-2x\,\operatorname{gaussian}(x)$. Do the same at $x = 2$
                with $e^{-4} \approx 0.0183$.
                """),
                cleandoc(r"""
                At $x = 1$ the output is $e^{-1} \approx 0.3679$, and the derivative reuses it:

                $$
                \operatorname{gaussian}'(1) = -2 \cdot 1 \cdot 0.3679 \approx -0.7358
                $$

                The Gaussian is even, so its derivative is odd:
                $\operatorname{gaussian}'(-1) = +0.7358$. The slope is positive left of the
                centre and negative right of it, pointing back towards $0$ on both sides. At
                $x = 2$, $\operatorname{gaussian}(2) = e^{-4} \approx 0.0183$ and

                $$
                \operatorname{gaussian}'(2) = -2 \cdot 2 \cdot 0.0183 \approx -0.0733
                $$

                From $x = 1$ to $x = 2$ the output falls by a factor $e^3 \approx 20$ and the
                slope by a factor of about $10$, where a ReLU's slope would still be $1$: an
                input two units from the centre barely trains.
                <!-- answer: gaussian(1.0) = 0.3679 -->
                <!-- answer: gaussian.derivative(1.0) = -0.7358 -->
                <!-- answer: gaussian.derivative(-1.0) = 0.7358 -->
                <!-- answer: gaussian(2.0) = 0.0183 -->
                <!-- answer: gaussian.derivative(2.0) = -0.0733 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Where is the Gaussian steepest? Find the points where
                $\lvert \operatorname{gaussian}' \rvert$ is largest and the largest slope, and
                compare it with the largest slopes of the sigmoid ($\tfrac14$) and of $\tanh$
                ($1$).
                """),
                cleandoc(r"""
                The slope is extreme where its own derivative vanishes. The second derivative
                found in the derivation is

                $$
                \operatorname{gaussian}''(x) = (4x^2 - 2)\, e^{-x^2}
                $$

                Since $e^{-x^2} > 0$, it vanishes only where $4x^2 = 2$, at
                $x = \pm 1/\sqrt2 \approx \pm 0.7071$. These are the inflection points: the
                bell is concave between them and convex outside. At $x = -1/\sqrt2$,

                $$
                \operatorname{gaussian}'\!\left(-\tfrac{1}{\sqrt2}\right) = \frac{2}{\sqrt2}\, e^{-1/2} = \sqrt{\frac{2}{e}} \approx 0.8578
                $$

                and at $x = +1/\sqrt2$ the slope is $-0.8578$. These are the largest and the
                smallest slopes, since $\operatorname{gaussian}'$ is continuous, tends to $0$ at
                both ends and has no other critical points. The steepest slope, $0.8578$, is
                more than three times the sigmoid's $\tfrac14$ and a little below $\tanh$'s
                $1$: near its centre the Gaussian passes gradients well; the trouble lies
                further out (next exercise).
                <!-- answer: gaussian.derivative(-1 / math.sqrt(2)) = 0.8578 -->
                <!-- answer: math.sqrt(2 / math.e) = 0.8578 -->
                <!-- answer: minimum(gaussian.derivative, 0, 3) = -0.8578 -->
                <!-- answer: argmin(gaussian.derivative, 0, 3) = 0.7071 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Compare how fast the gradients of the Gaussian and of the sigmoid vanish:
                compute $\operatorname{gaussian}'(3)$ and $\sigma'(3)$ and their ratio, and find
                how fast each decays as $x \to \infty$. What fraction of its steepest slope
                does a Gaussian unit keep at $x = 3$?
                """),
                cleandoc(r"""
                With the derivative formula, $\operatorname{gaussian}'(3) = -6\,e^{-9} \approx -0.00074$,
                while $\sigma'(3) = \sigma(3)\,\bigl(1 - \sigma(3)\bigr) \approx 0.0452$: the
                sigmoid's slope is about $61$ times larger. For large $x$,

                $$
                \sigma'(x) = \frac{e^{-x}}{(1 + e^{-x})^2} \sim e^{-x}, \qquad
                \lvert \operatorname{gaussian}'(x) \rvert = 2x\, e^{-x^2}
                $$

                The sigmoid's gradient decays exponentially in $x$, the Gaussian's
                exponentially in $x^2$, so their ratio grows like $e^{x^2 - x}/(2x)$, without
                bound. At $x = 3$ a Gaussian unit keeps
                $0.00074 / 0.8578$, about $0.086\%$, of its steepest slope: in effect it has
                stopped learning, on both sides of its centre. RBF networks sidestep this by not
                relying on gradient descent from random starts to place their units: Moody and
                Darken (1989) chose the centres by clustering the training inputs and then
                fitted only the output weights.
                <!-- answer: gaussian.derivative(3.0) = -0.00074 -->
                <!-- answer: sigmoid.derivative(3.0) = 0.0452 -->
                <!-- answer: sigmoid.derivative(3.0) / -gaussian.derivative(3.0) = 61 -->
                <!-- answer: 100 * -gaussian.derivative(3.0) / gaussian.derivative(-1 / math.sqrt(2)) = 0.086 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                A Gaussian unit applied to a weighted sum, $\operatorname{gaussian}(wx + b)$, is
                a bump in $x$. Write it as $e^{-(x - c)^2 / s^2}$, give its centre $c$ and width
                $s$ for $w = 2$, $b = -1$, and find its full width at half maximum (the distance
                between the two points where it equals $\tfrac12$). How does it differ from an
                RBF unit when the input is a vector?
                """),
                cleandoc(r"""
                Factor $w$ out of the square:
                $(wx + b)^2 = w^2 (x + b/w)^2 = (x - c)^2 / s^2$ with $c = -b/w$ and
                $s = 1/\lvert w \rvert$. The bias sets the centre and the weight the inverse
                width. For $w = 2$, $b = -1$: $c = 0.5$ and $s = 0.5$; the output is $1$ at
                $x = 0.5$, and one width away, at $x = 1$, it is
                $\operatorname{gaussian}(1) \approx 0.3679$.

                For the half maximum, solve $e^{-u^2} = \tfrac12$, that is $u^2 = \ln 2$:

                $$
                u = \pm\sqrt{\ln 2} \approx \pm 0.8326
                $$

                In $u = wx + b$ the full width at half maximum is $2\sqrt{\ln 2} \approx 1.6651$;
                in $x$ it is divided by $\lvert w \rvert = 2$, giving $0.8326$.

                With a vector input, $\operatorname{gaussian}(\mathbf{w}^\top\mathbf{x} + b)$ is
                constant on every hyperplane $\mathbf{w}^\top\mathbf{x} = \text{const}$: a ridge
                across the whole input space, not a bump. The units of Broomhead and Lowe
                (1988) and Moody and Darken (1989) apply the Gaussian to the distance
                $\lVert \mathbf{x} - \mathbf{c} \rVert$ instead, and respond only near the point
                $\mathbf{c}$; the two agree only in one dimension.
                <!-- answer: gaussian(2 * 1.0 - 1) = 0.3679 -->
                <!-- answer: root(lambda u: gaussian(u) - 0.5, 0, 2) = 0.8326 -->
                <!-- answer: 2 * root(lambda u: gaussian(u) - 0.5, 0, 2) = 1.6651 -->
                """),
            ),
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
            Reference(
                "G. Parascandolo, H. Huttunen, T. Virtanen",
                "Taming the waves: sine as activation function in deep neural networks",
                2016,
                "https://openreview.net/forum?id=Sks3zF9eg",
            ),
        ),
        example=Example("[-2.0, 0.0, 2.0]", "array([-0.90929743,  0.        ,  0.90929743])"),
        family="other",
        origin="Periodic activations had been studied on and off for decades without robustly "
        "beating the usual ones, and were regarded as hard to train. Parascandolo, Huttunen "
        "and Virtanen (2016) showed why: even in simple settings the loss of a sine network "
        "has infinitely many shallow local minima, and the networks that did train well "
        "mostly ignored the periodicity, using only the central part of the sine. The sine "
        "became practical with SIREN, in which Sitzmann, "
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
        derivation=(
            Step(
                "Start from the definition of the derivative as the limit of difference quotients.",
                r"\sin'(x) = \lim_{h \to 0} \frac{\sin(x + h) - \sin x}{h}",
            ),
            Step(
                r"Expand $\sin(x + h) = \sin x \cos h + \cos x \sin h$ (the angle-addition "
                r"formula) and group the terms by $\sin x$ and $\cos x$, which do not depend on "
                "$h$ and so come out of the limit.",
                r"\sin'(x) = \lim_{h \to 0} \left( \sin x \cdot \frac{\cos h - 1}{h} + \cos x \cdot \frac{\sin h}{h} \right)",
            ),
            Step(
                r"For $0 < h < \pi/2$, the unit circle's sector of angle $h$ lies between two "
                r"right triangles, and comparing the three areas gives $\sin h < h < \tan h$. "
                r"Dividing by $\sin h > 0$ and taking reciprocals, "
                r"$\cos h < \frac{\sin h}{h} < 1$; both bounds tend to $1$, and "
                r"$\frac{\sin h}{h}$ is even, so by the squeeze theorem:",
                r"\lim_{h \to 0} \frac{\sin h}{h} = 1",
            ),
            Step(
                r"For the other quotient, multiply above and below by $\cos h + 1$ and use "
                r"$\cos^2 h - 1 = -\sin^2 h$. The first factor tends to $1$ by step 3, the "
                r"second to $0/2$.",
                r"\frac{\cos h - 1}{h} = -\frac{\sin h}{h} \cdot \frac{\sin h}{\cos h + 1} \;\longrightarrow\; -1 \cdot 0 = 0",
            ),
            Step(
                "Put both limits into step 2.",
                r"\sin'(x) = \sin x \cdot 0 + \cos x \cdot 1 = \cos x",
            ),
            Step(
                r"With a frequency, as in SIREN's $\sin(\omega_0 x)$, the chain rule multiplies "
                r"by the inner derivative $\omega_0$; and since $\cos t = \sin(t + \pi/2)$, the "
                "derivative is again a sine, shifted by a quarter period.",
                r"\frac{d}{dx} \sin(\omega_0 x) = \omega_0 \cos(\omega_0 x) = \omega_0 \sin\!\left(\omega_0 x + \frac{\pi}{2}\right)",
            ),
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                Compute $\sin$ and its derivative by hand at $x = \pi/6$, using
                $\sin(\pi/6) = \tfrac12$ and $\cos(\pi/6) = \sqrt3/2$. Then, with
                $\sin 2 \approx 0.9093$ and $\cos 2 \approx -0.4161$, explain what a positive
                input of $2$ does to the gradient of a sine unit.
                """),
                cleandoc(r"""
                At $x = \pi/6$ the output is $\tfrac12 = 0.5$ and the slope is
                $\cos(\pi/6) = \sqrt3/2 \approx 0.8660$. At $x = 2$ the output is
                $\sin 2 \approx 0.9093$, but the slope is

                $$
                \sin'(2) = \cos 2 \approx -0.4161
                $$

                negative: past $x = \pi/2 \approx 1.5708$ the sine has passed its peak, so
                increasing the input now *decreases* the output. Gradient descent on such a unit
                pushes its input in the opposite direction to the one it would take with a
                monotonic activation. The sine is increasing only on intervals
                $[-\pi/2 + 2k\pi,\ \pi/2 + 2k\pi]$; a network that keeps its pre-activations
                inside $[-\pi/2, \pi/2]$ uses it as a monotonic, $\tanh$-like function.
                <!-- answer: sinusoid(math.pi / 6) = 0.5 -->
                <!-- answer: sinusoid.derivative(math.pi / 6) = 0.8660 -->
                <!-- answer: sinusoid(2.0) = 0.9093 -->
                <!-- answer: sinusoid.derivative(2.0) = -0.4161 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                A SIREN's first layer computes $y = \sin\bigl(\omega_0 (wx + b)\bigr)$ with
                $\omega_0 = 30$. For $w = 1$ and $b = 0$, find the period of $y$ in $x$ and
                compute $dy/dx$ at $x = 0$, and $y$ and $dy/dx$ at $x = 0.1$. Show that the
                derivative of the layer is again a sine layer.
                """),
                cleandoc(r"""
                The sine has period $2\pi$, so $y$ repeats when $\omega_0 w x$ grows by $2\pi$:
                the period is $2\pi / 30 \approx 0.2094$, and an input interval $[-1, 1]$
                spans about $9.5$ periods. By the chain rule,

                $$
                \frac{dy}{dx} = \omega_0\, w \cos\bigl(\omega_0 (wx + b)\bigr)
                $$

                At $x = 0$ this is $30 \cos 0 = 30$. At $x = 0.1$ the argument is $3$, so
                $y = \sin 3 \approx 0.1411$ and $dy/dx = 30 \cos 3 \approx -29.70$. The factor
                $\omega_0$ makes the layer's slope up to $30$ times larger than the sine's own,
                which is how SIREN reaches high frequencies with weights of ordinary size.
                Since $\cos t = \sin(t + \pi/2)$,

                $$
                \frac{dy}{dx} = \omega_0 w \sin\!\left(\omega_0 (wx + b) + \frac{\pi}{2}\right)
                $$

                a sine layer with the same frequency, the bias shifted by a quarter period and
                the amplitude multiplied by $\omega_0 w$. This is why a SIREN's derivatives are
                themselves SIREN-like networks that can be fitted to data, as in the
                Poisson-equation experiments of Sitzmann et al. (2020).
                <!-- answer: 2 * math.pi / 30 = 0.2094 -->
                <!-- answer: 2 / (2 * math.pi / 30) = 9.5 -->
                <!-- answer: 30 * sinusoid.derivative(30 * 0.0) = 30 -->
                <!-- answer: sinusoid(30 * 0.1) = 0.1411 -->
                <!-- answer: 30 * sinusoid.derivative(30 * 0.1) = -29.70 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Prove that $\lvert \sin x - x \rvert \le \lvert x \rvert^3 / 6$ for every real
                $x$, and compute both sides at $x = 0.1$ and at $x = 1$. What does this say
                about a sine network whose pre-activations are all small?
                """),
                cleandoc(r"""
                Taylor's theorem with the Lagrange remainder, to second order about $0$, uses
                $\sin 0 = 0$, $\sin' 0 = \cos 0 = 1$, $\sin'' 0 = -\sin 0 = 0$ and
                $\sin''' = -\cos$: for some $\xi$ between $0$ and $x$,

                $$
                \sin x = 0 + 1 \cdot x + 0 \cdot \frac{x^2}{2} - \cos\xi \cdot \frac{x^3}{6}
                $$

                so $\lvert \sin x - x \rvert = \lvert\cos\xi\rvert\,\lvert x\rvert^3/6 \le \lvert x\rvert^3/6$.
                At $x = 0.1$ the error is $0.1 - \sin 0.1 \approx 0.000167$, and the bound is
                $0.001/6 \approx 0.000167$: the sine equals the identity to within $0.17\%$ of
                the input. At $x = 1$ the error is $1 - \sin 1 \approx 0.1585$, below the
                bound $0.1667$.

                A sine network whose pre-activations all stay within about $\pm 0.1$ is
                therefore almost a linear network, and like one it collapses to nearly a single
                linear map. This is one reason SIREN multiplies the first layer's
                pre-activations by $\omega_0 = 30$: its inputs, coordinates in $[-1, 1]$, are
                then spread over several periods instead of staying in the nearly linear
                centre. Conversely, Parascandolo, Huttunen and Virtanen (2016) found that
                networks which learned ordinary tasks well mostly stayed in the central part of
                the sine, where it is monotonic and behaves much like $\tanh$.
                <!-- answer: 0.1 - sinusoid(0.1) = 0.000167 -->
                <!-- answer: 0.1 ** 3 / 6 = 0.000167 -->
                <!-- answer: 1 - sinusoid(1.0) = 0.1585 -->
                <!-- answer: 1 / 6 = 0.1667 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                A single sine unit without bias, $\hat y = \sin(wx)$, is fitted to the one
                example $x = 1$, $t = \sin 0.5$ with $E(w) = \tfrac12(\sin w - t)^2$. Find all
                the global minima of $E$, its other critical points and their values, and say
                what this means for gradient descent.
                """),
                cleandoc(r"""
                The target is $t = \sin 0.5 \approx 0.4794$. The minimum value $E = 0$ is
                reached wherever $\sin w = \sin 0.5$, that is at $w = 0.5 + 2k\pi$ and at
                $w = \pi - 0.5 + 2k\pi \approx 2.6416 + 2k\pi$, for every integer $k$:
                infinitely many global minima. By the chain rule,

                $$
                E'(w) = (\sin w - t)\cos w
                $$

                which also vanishes where $\cos w = 0$, at $w = \pi/2 + k\pi$. There
                $\sin w = \pm 1$ and $E$ has local maxima:
                $\tfrac12(1 - 0.4794)^2 \approx 0.1355$ at $w = \pi/2 + 2k\pi$ and
                $\tfrac12(1 + 0.4794)^2 \approx 1.0943$ at $w = 3\pi/2 + 2k\pi$.

                Gradient descent goes to whichever minimum lies in the valley where it starts,
                so the learned weight depends on the initialisation, and $w = 0.5$ is no more
                right than $w = 0.5 + 2\pi$; with several examples at different $x$, the
                ripples of the individual losses no longer line up and leave shallow local
                minima with $E > 0$, the difficulty that Parascandolo, Huttunen and Virtanen
                (2016) analysed. A monotonic unit such as $\tanh(wx)$ would have the single
                minimum $w = \operatorname{artanh}(t)$.
                <!-- answer: sinusoid(0.5) = 0.4794 -->
                <!-- answer: math.pi - 0.5 = 2.6416 -->
                <!-- answer: 0.5 * (1 - sinusoid(0.5)) ** 2 = 0.1355 -->
                <!-- answer: 0.5 * (1 + sinusoid(0.5)) ** 2 = 1.0943 -->
                """),
            ),
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
        "for images and neural radiance fields, and in networks that model dynamical "
        "systems. SincNet (Ravanelli & Bengio 2018) is a "
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
        derivation=(
            Step(
                r"For $x \ne 0$, sinc is a quotient of differentiable functions whose "
                "denominator is not $0$, so the quotient rule "
                r"$(f/g)' = (f'g - fg')/g^2$ applies, with $f = \sin x$, $f' = \cos x$, "
                "$g = x$ and $g' = 1$.",
                r"\operatorname{sinc}'(x) = \frac{x \cos x - \sin x}{x^{2}} \qquad (x \ne 0)",
            ),
            Step(
                "Splitting the fraction gives the registry's form; its second term is "
                r"$\operatorname{sinc}(x)/x$, so a backward pass can reuse the forward output.",
                r"\operatorname{sinc}'(x) = \frac{\cos x}{x} - \frac{\sin x}{x^{2}} = \frac{\cos x - \operatorname{sinc}(x)}{x}",
            ),
            Step(
                r"At $x = 0$ the quotient rule does not apply: $\sin x / x$ is $0/0$ there, a "
                r"removable singularity, and $\operatorname{sinc}(0) = 1$ is the one value that "
                r"makes the function continuous, since $\sin x / x \to 1$. The derivative at $0$ "
                "must come from the definition, with the Taylor expansion "
                r"$\sin h = h - h^3/6 + O(h^5)$.",
                r"\operatorname{sinc}'(0) = \lim_{h \to 0} \frac{\operatorname{sinc}(h) - 1}{h} = \lim_{h \to 0} \frac{\sin h - h}{h^{2}} = \lim_{h \to 0} \left( -\frac{h}{6} + O(h^{3}) \right) = 0",
            ),
            Step(
                r"The formula of step 1 tends to the same value as $x \to 0$, so "
                r"$\operatorname{sinc}'$ is continuous at $0$. Expanding "
                r"$x \cos x = x - x^3/2 + x^5/24 - \cdots$ and "
                r"$\sin x = x - x^3/6 + x^5/120 - \cdots$, the terms in $x$ cancel:",
                r"\frac{x \cos x - \sin x}{x^{2}} = \frac{-\frac{x^{3}}{3} + \frac{x^{5}}{30} - \cdots}{x^{2}} = -\frac{x}{3} + \frac{x^{3}}{30} - \cdots \;\longrightarrow\; 0",
            ),
            Step(
                "Both results follow at once from the power series "
                r"$\operatorname{sinc}(x) = \sum_{k \ge 0} (-1)^k x^{2k}/(2k+1)!$, which "
                "converges for every $x$ and may be differentiated term by term: sinc is "
                r"$C^\infty$, and for $\lvert x \rvert < 0.25$ the package computes "
                r"$\operatorname{sinc}'$ from this series, avoiding the cancellation in "
                r"$\cos x - \operatorname{sinc}(x)$.",
                r"\operatorname{sinc}'(x) = \sum_{k \ge 1} \frac{(-1)^{k}\, 2k\, x^{2k-1}}{(2k+1)!} = -\frac{x}{3} + \frac{x^{3}}{30} - \frac{x^{5}}{840} + \cdots",
            ),
        ),
        exercises=(
            Exercise(
                cleandoc(r"""
                Compute by hand $\operatorname{sinc}$ and $\operatorname{sinc}'$ at
                $x = \pi/2$ and at $x = \pi$.
                """),
                cleandoc(r"""
                At $x = \pi/2$, $\sin x = 1$ and $\cos x = 0$, so
                $\operatorname{sinc}(\pi/2) = 2/\pi \approx 0.6366$, and in the derivative only
                the second term survives:

                $$
                \operatorname{sinc}'\!\left(\tfrac{\pi}{2}\right) = \frac{0}{\pi/2} - \frac{1}{(\pi/2)^2} = -\frac{4}{\pi^2} \approx -0.4053
                $$

                At $x = \pi$, $\sin x = 0$ and $\cos x = -1$: $\operatorname{sinc}(\pi) = 0$, the
                first zero, and now only the first term survives:

                $$
                \operatorname{sinc}'(\pi) = \frac{-1}{\pi} - \frac{0}{\pi^2} \approx -0.3183
                $$

                The slope at the first zero is $-1/\pi$; at the $n$-th zero, $x = n\pi$, it is
                $\cos(n\pi)/(n\pi) = (-1)^n/(n\pi)$, shrinking like $1/x$ as the ripples fade.
                <!-- answer: sinc(math.pi / 2) = 0.6366 -->
                <!-- answer: sinc.derivative(math.pi / 2) = -0.4053 -->
                <!-- answer: sinc.derivative(math.pi) = -0.3183 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                (a) Use the series of sinc to find $\operatorname{sinc}''(0)$, and the parabola
                that approximates sinc near $0$. (b) In double precision, evaluate the formula
                $(\cos x - \operatorname{sinc}(x))/x$ naively at $x = 10^{-8}$, and compare with
                the true value of $\operatorname{sinc}'(10^{-8})$. Why does the package switch to
                the series near $0$?
                """),
                cleandoc(r"""
                (a) Differentiating the series $\operatorname{sinc}'(x) = -x/3 + x^3/30 - \cdots$
                once more and setting $x = 0$ leaves only the constant term:
                $\operatorname{sinc}''(0) = -1/3 \approx -0.3333$. With
                $\operatorname{sinc}(0) = 1$ and $\operatorname{sinc}'(0) = 0$, the second-order
                Taylor polynomial is

                $$
                \operatorname{sinc}(x) \approx 1 - \frac{x^2}{6}
                $$

                a downward parabola with its top at $(0, 1)$, like the Gaussian's
                $e^{-x^2} \approx 1 - x^2$ but six times flatter: a sinc unit is far less
                curved near its peak.

                (b) In double precision the spacing of numbers just below $1$ is about
                $1.1 \times 10^{-16}$. At $x = 10^{-8}$, $\cos x = 1 - 5 \times 10^{-17} + \cdots$
                rounds to exactly $1$, and $\sin x / x = 1 - 1.7 \times 10^{-17} + \cdots$ also
                rounds to exactly $1$. The naive numerator is $1 - 1 = 0$, so the naive formula
                returns $0.0$, while the true value is
                $\operatorname{sinc}'(10^{-8}) \approx -x/3 \approx -3.3333 \times 10^{-9}$:
                every digit is lost. The two terms agree in their first sixteen digits and
                their true difference, about $-x^2/3$, is smaller than the rounding error of
                either (catastrophic cancellation). At $x = 10^{-6}$ the naive formula gives
                $-3.3340 \times 10^{-7}$ against the true $-3.3333 \times 10^{-7}$, already
                wrong in the fourth digit. The series $-x/3 + x^3/30 - \cdots$ has no such
                cancellation, which is why the package uses it for $\lvert x \rvert < 0.25$;
                at $x = 0$ itself it returns the limit, $0.0$.
                <!-- answer: (sinc.derivative(1e-4) - sinc.derivative(-1e-4)) / 2e-4 = -0.3333 -->
                <!-- answer: (math.cos(1e-8) - math.sin(1e-8) / 1e-8) / 1e-8 = 0.0 -->
                <!-- answer: sinc.derivative(1e-8) * 1e9 = -3.3333 -->
                <!-- answer: (math.cos(1e-6) - math.sin(1e-6) / 1e-6) / 1e-6 * 1e7 = -3.3340 -->
                <!-- answer: sinc.derivative(1e-6) * 1e7 = -3.3333 -->
                <!-- answer: sinc.derivative(0.0) = 0.0 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                Show that the extrema of sinc away from $0$ lie where $\tan x = x$, and that
                the value of sinc there equals $\cos x$. Find the first one with $x > 0$ by
                Newton's method from $x_0 = 4.5$, and hence the least value of sinc.
                """),
                cleandoc(r"""
                For $x \ne 0$, $\operatorname{sinc}'(x) = (x\cos x - \sin x)/x^2$ vanishes
                exactly when $g(x) = x\cos x - \sin x = 0$. At such a point $\cos x \ne 0$
                (otherwise $\sin x = 0$ too, which is impossible), so dividing by $\cos x$ gives
                $\tan x = x$. And from $\sin x = x\cos x$,

                $$
                \operatorname{sinc}(x) = \frac{\sin x}{x} = \cos x
                $$

                at every extremum: the extremal values of sinc lie on the curve $\cos x$.

                Newton's method for $g$ uses $g'(x) = \cos x - x\sin x - \cos x = -x\sin x$. From
                $x_0 = 4.5$, with $\cos 4.5 \approx -0.210796$ and $\sin 4.5 \approx -0.977530$:

                $$
                \begin{aligned}
                g(x_0) &\approx 4.5 \cdot (-0.210796) + 0.977530 \approx 0.028949 \\
                g'(x_0) &\approx -4.5 \cdot (-0.977530) \approx 4.398886 \\
                x_1 &\approx 4.5 - \frac{0.028949}{4.398886} \approx 4.493419
                \end{aligned}
                $$

                One more step gives $x^\ast \approx 4.493409$, which lies in
                $(\pi, 3\pi/2)$. The least value of sinc is

                $$
                \operatorname{sinc}(x^\ast) = \cos x^\ast \approx -0.2172
                $$

                the lower end of the range $[-0.2172, 1]$ given for this entry. Since
                $1 + \tan^2 x = 1/\cos^2 x$ and $\tan x^\ast = x^\ast$, the size of every
                extremum is $\lvert \operatorname{sinc}(x^\ast) \rvert = 1/\sqrt{1 + x^{\ast 2}}$,
                here $1/\sqrt{1 + 4.493409^2} \approx 0.2172$; the later extrema, near
                $(n + \tfrac12)\pi$, shrink like $1/x$.
                <!-- answer: root(sinc.derivative, 4, 5) = 4.493409 -->
                <!-- answer: 1 / math.sqrt(1 + root(sinc.derivative, 4, 5) ** 2) = 0.2172 -->
                <!-- answer: 4.5 - (4.5 * math.cos(4.5) - math.sin(4.5)) / (-4.5 * math.sin(4.5)) = 4.493419 -->
                <!-- answer: minimum(sinc, 3, 6) = -0.2172 -->
                <!-- answer: math.cos(root(sinc.derivative, 4, 5)) = -0.2172 -->
                """),
            ),
            Exercise(
                cleandoc(r"""
                NumPy and PyTorch define the normalised sinc,
                $\operatorname{np.sinc}(x) = \sin(\pi x)/(\pi x)$. Express it through this
                entry's sinc, give the zeros of each, and compute $\operatorname{np.sinc}(0.5)$,
                $\operatorname{np.sinc}(1)$, this entry's $\operatorname{sinc}(1)$ and the
                derivative of $\operatorname{np.sinc}$ at $0.5$.
                """),
                cleandoc(r"""
                By definition, $\operatorname{np.sinc}(x) = \operatorname{sinc}(\pi x)$, and
                conversely $\operatorname{sinc}(x) = \operatorname{np.sinc}(x/\pi)$. This entry's
                sinc is $0$ where $\sin x = 0$ with $x \ne 0$, at $x = k\pi$, $k \ne 0$; the
                normalised one at the non-zero integers. So
                $\operatorname{np.sinc}(0.5) = \operatorname{sinc}(\pi/2) = 2/\pi \approx 0.6366$
                and $\operatorname{np.sinc}(1) = 0$, while this entry's
                $\operatorname{sinc}(1) = \sin 1 \approx 0.8415$. By the chain rule,

                $$
                \frac{d}{dx}\operatorname{np.sinc}(x) = \pi\, \operatorname{sinc}'(\pi x), \qquad
                \frac{d}{dx}\operatorname{np.sinc}(x)\Big|_{x = 0.5} = \pi \cdot \left(-\frac{4}{\pi^2}\right) = -\frac{4}{\pi} \approx -1.2732
                $$

                The two differ by a factor $\pi$ in the input, hence in every slope. Code that
                calls `np.sinc` or `torch.sinc` where this entry's sinc is meant silently uses a
                function $\pi$ times narrower, with gradients $\pi$ times larger.
                <!-- answer: np.sinc(0.5) = 0.6366 -->
                <!-- answer: sinc(math.pi * 0.5) = 0.6366 -->
                <!-- answer: np.sinc(1.0) = 0 -->
                <!-- answer: sinc(1.0) = 0.8415 -->
                <!-- answer: math.pi * sinc.derivative(math.pi * 0.5) = -1.2732 -->
                """),
            ),
        ),
    ),
    Activation(
        name="snake",
        title="Snake",
        summary=r"Snake, $x + \sin^2(\alpha x)/\alpha$, adds a periodic ripple to the identity: "
        "monotonic and unbounded like a rectifier, but with a periodic bias that lets networks "
        "extrapolate periodic signals; audio models such as BigVGAN use it.",
        function=snake,
        derivative=snake_derivative,
        params=(
            Param(
                "alpha",
                1.0,
                r"Frequency $\alpha$ (the paper's $a$): the ripple repeats every "
                r"$\pi/\alpha$ and is $1/\alpha$ high. BigVGAN and DAC learn one per channel, "
                r"starting from $1$.",
                low=0.0,
                low_open=True,
                symbol=r"\alpha",
            ),
        ),
        latex=r"\operatorname{Snake}(x) = x + \frac{1}{\alpha}\sin^{2}(\alpha x)",
        derivative_latex=r"\operatorname{Snake}'(x) = 1 + \sin(2\alpha x) = \bigl(\sin(\alpha x) + \cos(\alpha x)\bigr)^{2}",
        sympy="x + sin(alpha * x)**2 / alpha",
        range=Interval(-np.inf, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="no",
            zero_at_origin=True,
            smoothness="C∞",
            saturation="none",
            identity_near_zero=True,
        ),
        frameworks=Frameworks(None, None, None),
        references=(ZIYIN_2020, LEE_2022, KUMAR_2023),
        example=Example("[-2.0, 0.0, 2.0]", "array([-1.17317819,  0.        ,  2.82682181])"),
        family="other",
        origin="Ziyin, Hartwig and Ueda proposed Snake in 2020, after proving that networks "
        "with the usual activations cannot extrapolate periodic functions: far from its "
        r"training data a ReLU network becomes linear and a $\tanh$ network constant, whatever "
        "the data's period. Periodic activations such as the sine have that bias but are hard "
        r"to optimise. Snake adds $\sin^{2}(\alpha x)/\alpha$ to the identity, keeping a "
        "monotonic, rectifier-like trend with a periodic part on top, and they proved that "
        "networks of Snake units can approximate periodic functions on the whole real line. "
        "They tested it on temperature and financial time series, with the frequency fixed "
        "or learned.",
        uses="Neural audio, where waveforms are periodic: BigVGAN (Lee et al. 2022), a "
        r"universal vocoder, uses Snake with a learned $\alpha$ per channel in its "
        "anti-aliased multi-periodicity blocks, and the Descript Audio Codec (Kumar et al. "
        "2023) replaced Leaky ReLU with it for a clear gain in reconstruction quality; both "
        r"start $\alpha$ at $1$. The original paper used it for time series with daily and "
        "yearly cycles. No framework ships it.",
        strengths=(
            r"Its derivative $1 + \sin(2\alpha x)$ lies in $[0, 2]$ and averages $1$: Snake is "
            "monotonic, and its gradient neither vanishes over an interval nor grows.",
            "Its periodic bias lets networks extrapolate periodic signals beyond the training "
            r"range, where ReLU networks go linear and $\tanh$ networks flat.",
            r"It is smooth ($C^\infty$) and close to the identity at $0$ ($f(0) = 0$, "
            r"$f'(0) = 1$), with one parameter for the frequency.",
        ),
        weaknesses=(
            r"The frequency must suit the data: as $\alpha \to 0$ and as $\alpha \to \infty$ "
            r"Snake tends to the identity, so $\alpha$ is usually learned per channel.",
            r"The gradient is exactly $0$ at isolated points, $x = -\pi/(4\alpha) + k\pi/\alpha$, "
            "and small around them.",
            "Each evaluation costs a sine, and the derivative a sine and a cosine, more than a "
            "rectifier's comparison; no framework has it built in.",
        ),
        derivation=(
            Step(
                r"Differentiate the periodic term by the chain rule: the outer function "
                r"$u^{2}/\alpha$ gives $2u/\alpha$, the inner $u = \sin(\alpha x)$ gives "
                r"$\alpha\cos(\alpha x)$, and the two $\alpha$ cancel:",
                r"\frac{d}{dx}\,\frac{\sin^{2}(\alpha x)}{\alpha} = \frac{2\sin(\alpha x)}{\alpha} \cdot \alpha\cos(\alpha x) = 2\sin(\alpha x)\cos(\alpha x)",
            ),
            Step(
                r"By the double-angle formula $2\sin t\cos t = \sin 2t$; add the identity's "
                r"slope $1$:",
                r"\operatorname{Snake}'(x) = 1 + \sin(2\alpha x)",
            ),
            Step(
                r"Since $\sin^{2} t + \cos^{2} t = 1$, the same slope is a perfect square: never "
                r"negative, so Snake is non-decreasing, and $0$ only where "
                r"$\sin(\alpha x) = -\cos(\alpha x)$, at isolated points. The package evaluates "
                r"this form, because near those points $1 + \sin(2\alpha x)$ cancels and loses "
                "digits.",
                r"\begin{aligned} 1 + \sin(2\alpha x) &= \sin^{2}(\alpha x) + 2\sin(\alpha x)\cos(\alpha x) + \cos^{2}(\alpha x) \\ &= \bigl(\sin(\alpha x) + \cos(\alpha x)\bigr)^{2} \ge 0 \end{aligned}",
            ),
            Step(
                r"The slope oscillates between $0$ and $2$ with period $\pi/\alpha$, so it has "
                r"no limit at $\pm\infty$ (the package returns NaN there); over each period it "
                r"averages $1$, the identity's slope:",
                r"\frac{\alpha}{\pi}\int_{0}^{\pi/\alpha} \bigl(1 + \sin(2\alpha x)\bigr)\,dx = 1 + \frac{\alpha}{\pi}\Bigl[-\frac{\cos(2\alpha x)}{2\alpha}\Bigr]_{0}^{\pi/\alpha} = 1",
            ),
        ),
        exercises=(
            Exercise(
                r"With $\alpha = 1$, compute Snake and its derivative at $x = 1$ and at "
                r"$x = -\pi/4$. What is special about the second point, and where are the "
                "others like it?",
                cleandoc(
                    r"""
                    At $x = 1$: $1 + \sin^{2} 1 \approx 1.7081$, with slope
                    $1 + \sin 2 \approx 1.9093$, close to the maximum $2$. At $x = -\pi/4$:
                    $\sin^{2}(-\pi/4) = 1/2$, so the value is $-\pi/4 + 1/2 \approx -0.2854$,
                    and the slope is $1 + \sin(-\pi/2) = 0$: the curve is momentarily flat, an
                    inflection point with a horizontal tangent, not an extremum, since the slope
                    is positive on both sides.

                    The slope is $0$ wherever $\sin(2x) = -1$, at $x = -\pi/4 + k\pi$ for every
                    integer $k$: one flat point per period $\pi$.
                    <!-- answer: snake(1.0) = 1.7081 -->
                    <!-- answer: snake.derivative(1.0) = 1.9093 -->
                    <!-- answer: snake(-math.pi / 4) = -0.2854 -->
                    <!-- answer: snake.derivative(-math.pi / 4) = 0 -->
                    """
                ),
            ),
            Exercise(
                r"Show that $\operatorname{Snake}(x) = x + \bigl(1 - \cos(2\alpha x)\bigr)/(2\alpha)$. "
                r"Deduce that $\operatorname{Snake}(x) - x$ is periodic, and give its period and "
                r"its range for $\alpha = 2$. Why can a network of Snake units represent a "
                "periodic function, and not only approximate one near its data?",
                cleandoc(
                    r"""
                    From $\cos 2t = 1 - 2\sin^{2} t$, $\sin^{2} t = (1 - \cos 2t)/2$; with
                    $t = \alpha x$ and the factor $1/\alpha$:

                    $$
                    \operatorname{Snake}(x) = x + \frac{1}{2\alpha} - \frac{\cos(2\alpha x)}{2\alpha}
                    $$

                    a straight line plus a cosine of period $2\pi/(2\alpha) = \pi/\alpha$. For
                    $\alpha = 2$ the period is $\pi/2 \approx 1.5708$ and
                    $\operatorname{Snake}(x) - x$ ranges over $[0, 1/\alpha] = [0, 0.5]$, with
                    the top at $x = \pi/4$.

                    A unit computes $\operatorname{Snake}(wx + c)$, which contains the exact
                    cosine $\cos(2\alpha(wx + c))$; the next layer can cancel the linear trends
                    of two units with opposite weights and keep the periodic parts, and sums
                    of such cosines are Fourier series. The periodicity then holds on the whole
                    line, not only where there was data.
                    <!-- answer: math.pi / 2 = 1.5708 -->
                    <!-- answer: snake(math.pi / 4, alpha=2.0) - math.pi / 4 = 0.5 -->
                    <!-- answer: snake(0.0, alpha=2.0) = 0 -->
                    """
                ),
            ),
            Exercise(
                r"Show that $\lvert \operatorname{Snake}(x) - x \rvert \le 1/\alpha$, and that "
                r"for a fixed $x$ the difference is about $\alpha x^{2}$ when $\alpha$ is small. "
                r"Evaluate the difference at $x = 2$ for $\alpha = 0.01$ and $\alpha = 100$. "
                "What does this say about choosing the frequency?",
                cleandoc(
                    r"""
                    The difference $\sin^{2}(\alpha x)/\alpha$ lies between $0$ and $1/\alpha$,
                    since $\sin^{2}$ does. For small $\alpha x$, $\sin(\alpha x) \approx \alpha x$,
                    so the difference is about $(\alpha x)^{2}/\alpha = \alpha x^{2}$.

                    At $x = 2$ with $\alpha = 0.01$ it is $\sin^{2}(0.02)/0.01 \approx 0.0400$,
                    matching $\alpha x^{2} = 0.04$: at this frequency the ripple has a period of
                    about $314$, so over ordinary inputs Snake is nearly the identity with a
                    slight upward bend. With $\alpha = 100$ it is $\sin^{2}(200)/100 \approx 0.0076$,
                    below the bound $0.01$: the ripple is too small to matter. Both extremes
                    make Snake nearly linear, so a useful $\alpha$ matches the scale of the
                    inputs and the period of the signal, and models learn it per channel.
                    <!-- answer: snake(2.0, alpha=0.01) - 2.0 = 0.0400 -->
                    <!-- answer: 0.01 * 2.0**2 = 0.04 -->
                    <!-- answer: math.pi / 0.01 = 314 -->
                    <!-- answer: snake(2.0, alpha=100.0) - 2.0 = 0.0076 -->
                    """
                ),
            ),
        ),
    ),
    Activation(
        name="exponential",
        title="Exponential",
        aliases=("exp",),
        summary=r"The exponential $e^x$ maps every score to a positive number, and Keras offers it "
        r"as an activation. It overflows to $+\infty$ above $x \approx 709.78$ in float64 "
        r"($88.72$ in float32, $11.09$ in float16), where the true value exceeds the largest "
        "float.",
        function=exponential,
        derivative=exponential_derivative,
        latex=r"\exp(x) = e^{x}",
        derivative_latex=r"\exp'(x) = e^{x}",
        sympy="exp(x)",
        range=Interval(0.0, np.inf),
        properties=Properties(
            monotonic="non-decreasing",
            derivative_monotonic="non-decreasing",
            zero_at_origin=False,
            smoothness="C∞",
            saturation="left",
            identity_near_zero=False,
        ),
        frameworks=Frameworks("torch.exp", "tf.keras.activations.exponential", "jax.numpy.exp"),
        references=(
            NELDER_1972,
            KINGMA_2013,
            Reference(
                "L. Dinh, J. Sohl-Dickstein, S. Bengio",
                "Density estimation using Real NVP",
                2016,
                "https://arxiv.org/abs/1605.08803",
            ),
        ),
        example=Example("[-1.0, 0.0, 1.0]", "array([0.36787944, 1.        , 2.71828183])"),
        family="other",
        symbol=r"\exp",
        origin="The exponential needs no inventor, but its role as an output activation has a "
        "clear source: the log link of generalised linear models (Nelder and Wedderburn "
        "1972). Poisson regression models the logarithm of a count's mean as a linear "
        "function of the inputs, so the mean is the exponential of a linear score and is "
        "positive by construction. Neural networks took over the same device for any "
        "quantity that must be positive, such as a rate, a scale or a variance, and the "
        "exponential is also the numerator of softmax. Keras exposes it as "
        "`keras.activations.exponential`.",
        uses="Output layers for positive quantities: the mean of a Poisson or other count model "
        "(the log link), and scales and variances predicted as logarithms, as the encoder of "
        r"a variational autoencoder (Kingma and Welling 2013) outputs $\log\sigma^{2}$ and "
        r"recovers $\sigma$ with an exponential. It is the numerator of softmax and of the "
        "attention weights in Transformers. As a hidden activation it is rare: its output and "
        "its gradient grow without bound.",
        strengths=(
            r"Its output is positive for every input, and it turns additive scores into "
            r"multiplicative effects: each unit added to the score multiplies the output by "
            r"$e \approx 2.718$.",
            r"It is its own derivative, so the backward pass reuses the forward output; it is "
            "smooth and convex.",
            "Predicting a positive quantity by its logarithm lets scores of ordinary size "
            "cover many orders of magnitude.",
        ),
        weaknesses=(
            r"It overflows: above $x \approx 709.78$ in float64, $88.72$ in float32 and "
            r"$11.09$ in float16 the true value is beyond the largest float, and this package "
            r"returns $+\infty$ there, as IEEE arithmetic does; gradients are as large as the "
            "outputs.",
            r"For negative inputs it saturates: $e^{x}$ and its gradient vanish, and below "
            r"about $-745$ they underflow to exactly $0$ in float64.",
            "Softplus is the gentler positive map, growing only linearly for large inputs; the "
            "exponential suits outputs that really are logarithms.",
        ),
        derivation=(
            Step(
                r"Start from the difference quotient and use $e^{x + h} = e^{x}e^{h}$: the "
                r"factor $e^{x}$ does not depend on $h$ and comes out of the limit.",
                r"\frac{d}{dx}e^{x} = \lim_{h \to 0} \frac{e^{x + h} - e^{x}}{h} = e^{x} \lim_{h \to 0} \frac{e^{h} - 1}{h}",
            ),
            Step(
                r"The remaining limit is the slope at $0$. With the power series "
                r"$e^{h} = \sum_{k \ge 0} h^{k}/k!$ the quotient is $1 + h/2 + h^{2}/6 + \cdots$, "
                r"which tends to $1$:",
                r"\frac{e^{h} - 1}{h} = \sum_{k \ge 1} \frac{h^{k - 1}}{k!} = 1 + \frac{h}{2} + \frac{h^{2}}{6} + \cdots \longrightarrow 1",
            ),
            Step(
                r"So the exponential is its own derivative, and by induction so is every higher "
                r"derivative: it is $C^\infty$, positive and convex. With a rate, as in "
                r"$e^{\beta x}$, the chain rule multiplies by $\beta$:",
                r"\exp'(x) = e^{x}, \qquad \frac{d^{n}}{dx^{n}}e^{x} = e^{x}, \qquad \frac{d}{dx}e^{\beta x} = \beta e^{\beta x}",
            ),
            Step(
                r"In terms of the output $y = e^{x}$ the slope is $y$ itself, so a backward pass "
                r"multiplies the incoming gradient by the stored output. The relative change is "
                r"the same everywhere: the logarithm of the output moves one for one with the "
                "score.",
                r"\frac{dy}{dx} = y, \qquad \frac{d\ln y}{dx} = 1",
            ),
        ),
        exercises=(
            Exercise(
                r"Find the largest inputs for which $e^{x}$ is finite in float64, float32 and "
                r"float16, whose largest numbers are about $1.80 \times 10^{308}$, "
                r"$3.40 \times 10^{38}$ and $65504$. What is $e^{11}$ in float16?",
                cleandoc(
                    r"""
                    The exponential passes the largest float $M$ at $x = \ln M$: about
                    $709.78$ in float64, $88.72$ in float32 and $11.09$ in float16. Beyond,
                    the true value is not representable, and the package returns $+\infty$,
                    the IEEE rounding, without a warning.

                    $e^{11} \approx 59874.1$, and float16's numbers are $32$ apart between
                    $32768$ and $65536$, so it is stored as $59872$. In mixed-precision
                    training an exponential output is therefore computed in float32, or
                    replaced by a bounded or slower-growing map.
                    <!-- answer: math.log(np.finfo(np.float64).max) = 709.78 -->
                    <!-- answer: math.log(np.finfo(np.float32).max) = 88.72 -->
                    <!-- answer: math.log(np.finfo(np.float16).max) = 11.09 -->
                    <!-- answer: exponential(11.0) = 59874.1 -->
                    <!-- answer: exponential(np.float16(11.0)) = 59872 -->
                    """
                ),
            ),
            Exercise(
                r"A Poisson regression predicts the rate $\lambda = e^{s}$ of a count $k$ from a "
                r"score $s$. Its negative log-likelihood is $e^{s} - ks + \ln k!$. Find its "
                r"gradient in $s$, evaluate it for $k = 3$ at $s = \ln 2$ and $s = \ln 3$, and "
                r"say how many orders of magnitude the rate spans for $s$ from $-5$ to $5$.",
                cleandoc(
                    r"""
                    The gradient is $e^{s} - k$: the predicted rate minus the count, the same
                    form as the logistic loss's $\sigma(s) - y$. At $s = \ln 2$ the rate is
                    $2$ and the gradient $2 - 3 = -1$, pushing the score up; at $s = \ln 3$ it
                    is $0$, the minimum.

                    Over $s \in [-5, 5]$ the rate runs from $e^{-5}$ to $e^{5}$, a factor
                    $e^{10} \approx 22026$, that is $\log_{10} e^{10} \approx 4.34$ orders of
                    magnitude from scores of modest size.
                    <!-- answer: exponential(math.log(2.0)) - 3 = -1 -->
                    <!-- answer: exponential(math.log(3.0)) - 3 = 0 -->
                    <!-- answer: exponential(10.0) = 22026 -->
                    <!-- answer: math.log10(exponential(10.0)) = 4.34 -->
                    """
                ),
            ),
            Exercise(
                r"A variational autoencoder's encoder outputs $v = \log\sigma^{2}$, and "
                r"$\sigma = e^{v/2}$. For $v = -2$ compute $\sigma$ and $d\sigma/dv$. Compare "
                r"with predicting the variance as $\sigma^{2} = \operatorname{softplus}(v)$.",
                cleandoc(
                    r"""
                    $\sigma = e^{-1} \approx 0.3679$, and by the chain rule
                    $d\sigma/dv = \tfrac{1}{2}e^{v/2} = \sigma/2 \approx 0.1839$: the gradient
                    is proportional to the output, so $\sigma$ changes by the same factor for
                    each step in $v$, whether $\sigma$ is $10^{-3}$ or $10^{3}$.

                    With softplus, $\sigma^{2} = \ln(1 + e^{-2}) \approx 0.1269$ and
                    $\sigma \approx 0.3563$, close here; but for large $v$ softplus grows
                    linearly, $\sigma^{2} \approx v$, where the exponential grows as $e^{v}$
                    and can overflow, and for very negative $v$ both shrink like $e^{v}$.
                    <!-- answer: exponential(-1.0) = 0.3679 -->
                    <!-- answer: exponential(-1.0) / 2 = 0.1839 -->
                    <!-- answer: softplus(-2.0) = 0.1269 -->
                    <!-- answer: math.sqrt(softplus(-2.0)) = 0.3563 -->
                    """
                ),
            ),
        ),
    ),
]
