"""Every figure the site shows, as a list of specifications built from the registry.

A :class:`Figure` names a file under ``figures/``, says what it shows (alt text) and how
to compute the data it draws (``prepare`` -> :class:`~activations.sampling.Plot`).
Preparing is cheap (numpy on a few hundred points); rendering is matplotlib's job and is
cached by the plot's fingerprint. Themed figures become two files, ``NAME.svg`` and
``NAME.dark.svg``. Adding a registry entry adds its figures here without any edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from activations import plotting, sampling
from activations.registry import Activation, FloatArray
from activations.sampling import Curve, Plot

ARTICLE_FOUR = ("sigmoid", "tanh", "relu", "leaky_relu")


@dataclass(frozen=True)
class Figure:
    name: str
    alt: str
    prepare: Callable[[], Plot]
    themed: bool = True

    @property
    def files(self) -> tuple[str, ...]:
        light = f"figures/{self.name}.svg"
        return (light, f"figures/{self.name}.dark.svg") if self.themed else (light,)

    def draw(self) -> str:
        """The light-scheme SVG, rendered in this process (no cache)."""
        return plotting.render(self.prepare())


def symbol(entry: Activation) -> str:
    """The math label of an entry in figure legends (no words: figures carry no language)."""
    return entry.math_symbol


def _curve(entry: Activation, derivative: bool = False) -> Curve:
    from activations import function

    public = function(entry.name)
    fn = public.derivative if derivative else public
    label = f"${symbol(entry)}{chr(39) if derivative else ''}(x)$"
    return sampling.sample(fn, label, entry.kinks(**entry.defaults))


def _domain() -> str:
    lo, hi = sampling.X_WINDOW
    return f"x from {lo:g} to {hi:g}"


def entry_figures(entry: Activation) -> list[Figure]:
    """The function, its derivative, the two overlaid, and a table thumbnail."""
    title, label = entry.title, symbol(entry)

    def function() -> Plot:
        return Plot([_curve(entry)], options={"ylabel": f"${label}(x)$"})

    def derivative() -> Plot:
        return Plot([_curve(entry, True)], options={"ylabel": f"${label}'(x)$"})

    def overlay() -> Plot:
        return Plot([_curve(entry), _curve(entry, True)])  # the derivative dashed

    def thumbnail() -> Plot:
        return Plot([_curve(entry)], kind="thumbnail")

    # Alt texts are plain text: the kink convention (KaTeX maths) stays in the facts table.
    return [
        Figure(f"{entry.name}/function", f"Graph of {title} for {_domain()}.", function),
        Figure(
            f"{entry.name}/derivative",
            f"Graph of the derivative of {title} for {_domain()}.",
            derivative,
        ),
        Figure(
            f"{entry.name}/overlay",
            f"{title} (solid) and its derivative (dashed) on the same axes, {_domain()}.",
            overlay,
        ),
        Figure(f"{entry.name}/thumbnail", f"Small graph of {title}.", thumbnail, themed=False),
    ]


def _widen_hidden(curves: list[Curve], window: tuple[float, float]) -> None:
    """A curve that a later one lies on for 40% of the x-range or more (ReLU under
    Leaky ReLU for x > 0) is drawn wider, so that it shows on both sides of the one on top
    and in the legend."""
    grid = np.linspace(*sampling.X_WINDOW, 481)
    close = 0.005 * (window[1] - window[0])

    def on_grid(curve: Curve) -> FloatArray:
        x = np.concatenate([x for x, _ in curve.segments])
        y = np.concatenate([y for _, y in curve.segments])
        return np.interp(grid, x, y)

    values = [on_grid(c) for c in curves]
    for i, below in enumerate(values):
        if any(np.mean(np.abs(below - above) < close) >= 0.4 for above in values[i + 1 :]):
            curves[i].width = 4.0


def _comparison(names: tuple[str, ...], derivative: bool) -> Callable[[], Plot]:
    def prepare() -> Plot:
        from activations import get

        curves = [_curve(get(n), derivative) for n in names]
        _widen_hidden(curves, sampling.y_window(curves))
        return Plot(curves)

    return prepare


def _sigmoid_vs_tanh() -> Plot:
    from activations import get

    curves = [_curve(get("sigmoid")), _curve(get("tanh"))]
    return Plot(curves, options={"ylim": sampling.y_window(curves)})


def _tanh_identity() -> Plot:
    from activations import function

    sigmoid, tanh = function("sigmoid"), function("tanh")
    curves = [
        sampling.sample(sigmoid, r"$\sigma(x)$"),
        sampling.sample(lambda x: sigmoid(2 * x), r"$\sigma(2x)$"),
        sampling.sample(tanh, r"$\tanh(x)$"),
        sampling.sample(lambda x: 2 * sigmoid(2 * x) - 1, r"$2\sigma(2x) - 1$"),
    ]
    curves[0].width = curves[1].width = 1.4
    curves[3].dashes = 1
    curves[3].width = 2.6
    return Plot(curves, options={"ylim": sampling.y_window(curves)})


def _vanishing() -> Plot:
    depth = np.arange(1, 21, dtype=np.float64)
    quarter = Curve(r"$(1/4)^{n}$", [(depth, 0.25**depth)], marker="o")
    one = Curve(r"$1^{n}$", [(depth, np.ones_like(depth))], marker="s", dashes=1)
    options = {
        "log_y": True,
        "xlim": (0.5, 20.5),
        "ylim": (1e-13, 3.0),
        "xticks": (1, 5, 10, 15, 20),
        "xlabel": "$n$",
        "ylabel": r"$\prod\, f'$",
        "legend": "lower left",
    }
    return Plot([quarter, one], options=options)


def guide_figures() -> list[Figure]:
    """Figures of the hand-written guide pages."""
    four = ", ".join(ARTICLE_FOUR).replace("_", " ")
    return [
        Figure(
            "compare/classic-four",
            f"The four classic activations ({four}) on shared axes, {_domain()}.",
            _comparison(ARTICLE_FOUR, derivative=False),
        ),
        Figure(
            "compare/classic-four-derivatives",
            f"Derivatives of the four classic activations ({four}) on shared axes, {_domain()}.",
            _comparison(ARTICLE_FOUR, derivative=True),
        ),
        Figure(
            "compare/sigmoid-vs-tanh",
            f"Sigmoid and tanh on the same axes, {_domain()}: tanh is steeper and centred on zero.",
            _sigmoid_vs_tanh,
        ),
        Figure(
            "compare/tanh-identity",
            "Sigmoid of x, sigmoid of 2x, tanh of x, and 2 sigmoid(2x) - 1 drawn dashed "
            "exactly on top of tanh.",
            _tanh_identity,
        ),
        Figure(
            "compare/vanishing-gradient",
            "Logarithmic plot of one quarter to the power n for n from 1 to 20, falling "
            "below one millionth by n = 10, against the constant 1.",
            _vanishing,
        ),
    ]


def _decades(values: np.ndarray) -> tuple[float, float]:
    """A log-axis window: the powers of ten just outside the data."""
    return 10.0 ** np.floor(np.log10(values.min())), 10.0 ** np.ceil(np.log10(values.max()))


def _gradient_norms() -> Plot:
    from activations import experiments, get

    data = experiments.results("vanishing")
    layers = np.arange(1, data["depth"] + 1, dtype=np.float64)
    norms = {name: np.array(values) for name, values in data["norms"].items()}
    curves = [
        Curve(f"${symbol(get(name))}$", [(layers, values)], marker="o")
        for name, values in norms.items()
    ]
    options = {
        "log_y": True,
        "xlim": (0.5, data["depth"] + 0.5),
        "ylim": _decades(np.concatenate(list(norms.values()))),
        "xticks": (1, 5, 10, 15, 20),
        "xlabel": r"$\ell$",
        "ylabel": r"$\Vert \partial L / \partial W_\ell \Vert$",
        "legend": "lower right",
    }
    return Plot(curves, options=options)


def _never_active() -> Plot:
    from activations import experiments, get

    data = experiments.results("dying")
    steps = np.array(data["steps"], dtype=np.float64)
    curves = [
        Curve(f"${symbol(get(name))}$", [(steps, np.array(run["history"]))], marker="o")
        for name, run in data["too_large"].items()
    ]
    options = {
        "xlim": (0.0, steps[-1]),
        "ylim": (-0.02, 1.0),
        "xlabel": "$t$",
        "ylabel": r"$\rho$",
        "legend": "center right",
    }
    return Plot(curves, options=options)


def _decision_maps() -> Plot:
    from activations import experiments, get

    data = experiments.results("nonlinearity")
    grid, points = np.array(data["grid"]), np.array(data["points"])
    maps = [
        sampling.DecisionMap(
            rf"$f(z) = {symbol(get(name))}(z)$" if name != "identity" else "$f(z) = z$",
            grid,
            np.array(run["probability"]),
            points,
            np.array(data["labels"]),
        )
        for name, run in data["networks"].items()
    ]
    return Plot([], kind="maps", maps=maps)


def _second_moments() -> Plot:
    from activations import experiments, get
    from activations.experiments.tables import WEIGHT_VARIANCE

    data = experiments.results("initialisation")
    layers = np.arange(1, data["depth"] + 1, dtype=np.float64)
    curves = [
        Curve(
            f"${symbol(get(pair['activation']))}$, "
            f"$\\operatorname{{Var}} W = {WEIGHT_VARIANCE[pair['scheme']]}$",
            [(layers, np.array(pair["q"]))],
            marker="o",
        )
        for pair in data["pairs"]
    ]
    options = {
        "log_y": True,
        "xlim": (0.5, data["depth"] + 0.5),
        "ylim": _decades(np.concatenate([np.array(p["q"]) for p in data["pairs"]])),
        "xticks": (1, 10, 20, 30, 40, 50),
        "xlabel": r"$\ell$",
        "ylabel": r"$q_\ell$",  # the mean square z_ℓ², named in the guide; longer clips
        "legend": "lower left",
    }
    return Plot(curves, options=options)


# The digits experiment (experiments.digits): learning curves of these two groups, and
# the gradients of the deepest network for a few functions.
MODERN_FAVOURITES = ("gelu", "silu", "mish", "elu", "selu")
GRADIENT_FUNCTIONS = ("sigmoid", "hardsigmoid", "tanh", "relu", "gelu", "selu")
SIGMOID_EPOCHS = (1, 10, 20, 30)  # the epochs whose layer-by-layer gradients are drawn


def _digits() -> dict:
    from activations import experiments

    return experiments.results("digits")


def _learning_curves(names: tuple[str, ...], depth: int) -> Callable[[], Plot]:
    """Test accuracy after every epoch, the mean over the seeds with a band of one
    standard deviation either side."""

    def prepare() -> Plot:
        from activations import get

        data = _digits()
        epochs = np.arange(data["config"]["epochs"] + 1, dtype=np.float64)
        curves = []
        for name in names:
            run = data["runs"][name][str(depth)]
            mean, std = np.array(run["mean"]["accuracy"]), np.array(run["std"]["accuracy"])
            band = (epochs, np.maximum(mean - std, 0.0), np.minimum(mean + std, 1.0))
            curves.append(Curve(f"${symbol(get(name))}$", [(epochs, mean)], band=band))
        options = {
            "xlim": (0.0, epochs[-1]),
            "ylim": (0.0, 1.0),
            "xlabel": "$t$",
            "ylabel": "$a$",
            "legend": "center right",
        }
        return Plot(curves, options=options)

    return prepare


def _gradient_ratios() -> Plot:
    """r_t = g_1 / g_D in the deepest network, epoch by epoch."""
    from activations import get

    data = _digits()
    deepest = str(max(data["config"]["depths"]))
    epochs = np.arange(1, data["config"]["epochs"] + 1, dtype=np.float64)
    ratios = {}
    for name in GRADIENT_FUNCTIONS:
        norms = np.array(data["runs"][name][deepest]["gradients"], dtype=np.float64)
        ratios[name] = norms[:, 0] / norms[:, -1]
    curves = [
        Curve(f"${symbol(get(name))}$", [(epochs, ratio)], marker="o")
        for name, ratio in ratios.items()
    ]
    options = {
        "log_y": True,
        "xlim": (0.5, epochs[-1] + 0.5),
        "ylim": _decades(np.concatenate(list(ratios.values()))),
        "xlabel": "$t$",
        "ylabel": f"$r_t = g_1 / g_{{{deepest}}}$",
        "legend": "lower right",
    }
    return Plot(curves, options=options)


def _sigmoid_layers() -> Plot:
    """g_l layer by layer in the deepest sigmoid network, at a few epochs."""
    data = _digits()
    norms = np.array(data["runs"]["sigmoid"][str(max(data["config"]["depths"]))]["gradients"])
    layers = np.arange(1, norms.shape[1] + 1, dtype=np.float64)
    curves = [
        Curve(f"$t = {epoch}$", [(layers, norms[epoch - 1])], marker="o")
        for epoch in SIGMOID_EPOCHS
    ]
    options = {
        "log_y": True,
        "xlim": (0.5, layers[-1] + 0.5),
        "ylim": _decades(norms[[e - 1 for e in SIGMOID_EPOCHS]]),
        "xticks": tuple(range(1, len(layers) + 1)),
        "xlabel": r"$\ell$",
        "ylabel": r"$g_\ell$",
        "legend": "lower right",
    }
    return Plot(curves, options=options)


def _never_active_at_high_rates() -> Plot:
    """The never-active share of the first depth's runs at the largest learning rate,
    epoch by epoch (the table gives the other rates)."""
    from activations import get

    data = _digits()
    epochs = np.arange(data["config"]["epochs"] + 1, dtype=np.float64)
    rate = f"{max(data['config']['high_rates']):g}"
    curves = [
        Curve(f"${symbol(get(name))}$", [(epochs, np.array(run["mean"]["inactive"]))])
        for name, run in data["high_rates"][rate].items()
    ]
    options = {
        "xlim": (0.0, epochs[-1]),
        "ylim": (-0.02, 1.0),
        "xlabel": "$t$",
        "ylabel": r"$\nu$",
        "legend": "lower right",
    }
    return Plot(curves, options=options)


def digits_figures() -> list[Figure]:
    """Figures of the page on training with real data (experiments/digits.md)."""
    classic = ", ".join(ARTICLE_FOUR).replace("_", " ")
    modern = ", ".join(MODERN_FAVOURITES)
    figures = []
    for depth in (4, 12):
        figures += [
            Figure(
                f"experiments/digits-classic-{depth}",
                f"Test accuracy on the handwritten digits after each of 30 epochs, networks "
                f"of {depth} hidden layers, for the classic four ({classic}): the mean over "
                "three seeds, shaded one standard deviation either side.",
                _learning_curves(ARTICLE_FOUR, depth),
            ),
            Figure(
                f"experiments/digits-modern-{depth}",
                f"Test accuracy on the handwritten digits after each of 30 epochs, networks "
                f"of {depth} hidden layers, for the modern favourites ({modern}): the mean "
                "over three seeds, shaded one standard deviation either side.",
                _learning_curves(MODERN_FAVOURITES, depth),
            ),
        ]
    return [
        *figures,
        Figure(
            "experiments/digits-gradients",
            "Ratio of the first layer's gradient norm to the twelfth's in each of 30 "
            "epochs, on a logarithmic scale, for sigmoid, hardsigmoid, tanh, ReLU, GELU "
            "and SELU: between 1 and 10 throughout for tanh, ReLU, GELU and SELU; about 10 "
            "to the minus 8 throughout for hardsigmoid; for the sigmoid below 10 to the "
            "minus 5 for the first 18 epochs, then rising steeply, to between 0.08 and 3 in "
            "the last eight.",
            _gradient_ratios,
        ),
        Figure(
            "experiments/digits-sigmoid-layers",
            "Gradient norm of each of the 12 layers of the sigmoid network, on a "
            "logarithmic scale, in epochs 1, 10, 20 and 30: in epochs 1 and 10 it falls by "
            "a factor of about four per layer from the last layer to the first, six to "
            "seven orders of magnitude in all; in epoch 20 the first layers' norms have "
            "begun to rise; in epoch 30 the curve is a valley, lowest in the middle "
            "layers, with the first layer's norm above the last's.",
            _sigmoid_layers,
        ),
        Figure(
            "experiments/digits-dying",
            "Share of hidden units below zero on every training image, epoch by epoch, "
            "for ReLU, Leaky ReLU and ELU with the far too large learning rate 0.1: after "
            "the first epoch more than half of ReLU's units, rising to about 70%; about "
            "half of Leaky ReLU's and of ELU's.",
            _never_active_at_high_rates,
        ),
    ]


ATTENTION_LABELS = {"unscaled": r"$q^\top k$", "scaled": r"$q^\top k / \sqrt{d}$"}


def _attention(measure: str, ylabel: str, log_y: bool) -> Callable[[], Plot]:
    """One measure of the attention experiment against the head dimension d, for the
    unscaled and the scaled logits."""

    def prepare() -> Plot:
        from activations import experiments

        data = experiments.results("attention")
        dims = np.array(data["dims"], dtype=np.float64)
        curves = [
            Curve(
                label,
                [(dims, np.array([row[measure] for row in data["rows"][scaling]]))],
                marker="o",
            )
            for scaling, label in ATTENTION_LABELS.items()
        ]
        if measure == "jacobian":  # its value at uniform weights, for reference
            level = np.full_like(dims, data["uniform_jacobian"])
            curves.append(Curve(r"$\sqrt{n - 1} / n$", [(dims, level)], dashes=1, colour=2))
        values = np.concatenate([c.segments[0][1] for c in curves])
        options: dict[str, object] = {
            "log_x": True,
            "log_y": log_y,
            "xlim": (dims[0] / 1.5, dims[-1] * 1.5),
            "xticks": tuple(data["dims"]),
            "xlabel": "$d$",
            "ylabel": ylabel,
            "legend": "lower left" if log_y else "upper left",
            "ylim": _decades(values) if log_y else (0.0, 1.05),
        }
        return Plot(curves, options=options)

    return prepare


def attention_figures() -> list[Figure]:
    """The attention experiment: the largest weight and the Jacobian against d."""
    return [
        Figure(
            "experiments/attention-weights",
            "Mean largest attention weight over 32 keys against the head dimension d, "
            "from 1 to 4096 on a logarithmic scale: with unscaled dot products it climbs "
            "from about 0.1 to 0.99 at d = 4096 (one key takes all the weight); divided "
            "by the square root of d it stays between 0.1 and 0.2 at every d.",
            _attention("max_weight", r"$\max_j p_j$", log_y=False),
        ),
        Figure(
            "experiments/attention-gradients",
            "Mean Frobenius norm of the softmax Jacobian against the head dimension d, "
            "both axes logarithmic, beside its value at uniform weights, dashed: with "
            "unscaled dot products it rises a little up to d = 16, then falls steadily, to "
            "about a fifteenth of the scaled value at d = 4096; divided by the square root "
            "of d it stays level near 0.24, a little above the uniform value 0.17.",
            _attention("jacobian", r"$\Vert J \Vert_F$", log_y=True),
        ),
    ]


def experiment_figures() -> list[Figure]:
    """Figures of the experiment pages, drawn from the experiments' (cached) results."""
    return [
        Figure(
            "experiments/vanishing",
            "Gradient norm of each layer of a 20-layer network, layer 1 to 20 on a "
            "logarithmic scale, for sigmoid, tanh, ReLU, Leaky ReLU, GELU and SELU: the "
            "sigmoid's rises by about thirteen orders of magnitude from the first layer to "
            "the last, the others stay within a factor of about ten.",
            _gradient_norms,
        ),
        Figure(
            "experiments/dying",
            "Fraction of hidden units that never activate during training with a too "
            "large learning rate, for ReLU, Leaky ReLU and ELU: ReLU's climbs highest "
            "and ELU's stays lowest.",
            _never_active,
        ),
        Figure(
            "experiments/nonlinearity",
            "Decision regions on noisy XOR data, side by side: without an activation "
            "the boundary is one straight line that cannot separate the four clusters; "
            "with ReLU it bends around them.",
            _decision_maps,
        ),
        Figure(
            "experiments/initialisation",
            "Mean square of the pre-activations at each layer of a 50-layer network, on a "
            "logarithmic scale: ReLU with weight variance 2/n and SELU with 1/n stay level, "
            "tanh with 2/n settles near 0.6, tanh with 1/n falls slowly to about 0.01, and "
            "ReLU with 1/n halves at every layer, to about 10 to the minus 15.",
            _second_moments,
        ),
        *digits_figures(),
        *attention_figures(),
    ]


def all_figures(registry: Mapping[str, Activation]) -> list[Figure]:
    figures = [f for entry in registry.values() for f in entry_figures(entry)]
    return figures + guide_figures() + experiment_figures() + vector_figures()


# ---- Vector activations: functions of two inputs drawn as fields, and their slices -----


def _grid(low: float = -4.0, high: float = 4.0, points: int = 161) -> np.ndarray:
    return np.linspace(low, high, points)


def _vector_field(name: str) -> Callable[[], Plot]:
    """A two-input function over the plane: output 1 of a normaliser of (x_1, x_2), or a
    gated unit of one value a and one gate b."""

    def prepare() -> Plot:
        from activations import VECTOR_REGISTRY, vector_function

        entry, f = VECTOR_REGISTRY[name], vector_function(name)
        g = _grid()
        x1, x2 = np.meshgrid(g, g)
        pairs = np.stack([x1, x2], axis=-1)
        values = f(pairs)[..., 0]
        if entry.gated:
            levels: tuple[float, ...] = (-8, -4, -2, -1, -0.5, 0.5, 1, 2, 4, 8)
            field = sampling.Field("$f(a, b)$", g, g, values, levels, 0.0, "$a$", "$b$")
        elif name == "log_softmax":
            levels = (-6, -4, -2, -1, -0.5, -0.1)
            field = sampling.Field(r"$\ell_1(x_1, x_2)$", g, g, values, levels, float(np.log(0.5)))
        else:
            levels = (0.05, 0.25, 0.5, 0.75, 0.95)
            field = sampling.Field(r"$p_1(x_1, x_2)$", g, g, values, levels, 0.5)
        return Plot([], kind="fields", fields=[field])

    return prepare


def _vector_slice(name: str) -> Callable[[], Plot]:
    """The function along a line, beside the scalar function it becomes there: a
    normaliser of (x, 0) beside the sigmoid (or its logarithm), a gated unit along
    gate = value beside its scalar gate."""

    def prepare() -> Plot:
        from activations import VECTOR_REGISTRY, function, vector_function

        entry, f = VECTOR_REGISTRY[name], vector_function(name)
        x = np.linspace(*sampling.X_WINDOW, 481)
        if entry.gated:
            along = f(np.stack([x, x], axis=-1))[..., 0]
            gate = {"glu": "sigmoid", "reglu": "relu", "geglu": "gelu", "swiglu": "silu"}
            curves = [Curve("$f(x, x)$", [(x, along)], width=2.6)]
            if name in gate:
                scalar = function(gate[name])
                symbol_ = scalar.entry.math_symbol
                curves.append(Curve(f"${symbol_}(x)$", [(x, np.asarray(scalar(x)))], dashes=1))
            else:
                curves.append(Curve("$x$", [(x, x)], dashes=1))
            return Plot(curves, options={"ylim": (-2.5, 6.5), "ylabel": "$f$"})
        pairs = np.stack([x, np.zeros_like(x)], axis=-1)
        ours = f(pairs)[..., 0]
        sig = 1 / (1 + np.exp(-x))
        reference = {
            "softmax": (r"$\sigma(x)$", sig),
            "softmin": (r"$\sigma(-x)$", 1 - sig),
            "log_softmax": (r"$\log \sigma(x)$", np.log(sig)),
            "sparsemax": (r"$\sigma(x)$", sig),
        }[name]
        curves = [
            Curve(
                "$p_1(x, 0)$" if name != "log_softmax" else r"$\ell_1(x, 0)$",
                [(x, ours)],
                width=2.6,
            ),
            Curve(reference[0], [(x, reference[1])], dashes=1, colour=1),
        ]
        window = (-6.5, 0.5) if name == "log_softmax" else (-0.1, 1.1)
        return Plot(
            curves,
            options={
                "ylim": window,
                "legend": "upper left" if name != "softmin" else "upper right",
            },
        )

    return prepare


def _temperature() -> Plot:
    from activations import softmax

    x = np.linspace(*sampling.X_WINDOW, 481)
    pairs = np.stack([x, np.zeros_like(x)], axis=-1)
    curves = [
        Curve(f"$T = {t:g}$", [(x, softmax(pairs, temperature=t)[..., 0])])
        for t in (0.25, 1.0, 4.0)
    ]
    return Plot(curves, options={"ylim": (-0.1, 1.1), "ylabel": "$p_1(x, 0)$"})


SIMPLEX_GRID = np.linspace(-3.0, 3.0, 21)


def _simplex() -> Plot:
    """Softmax and sparsemax of the same inputs (x_1, x_2, 0), a square grid of them, as
    points of the probability triangle."""
    from activations import softmax, sparsemax

    x1, x2 = np.meshgrid(SIMPLEX_GRID, SIMPLEX_GRID)
    inputs = np.stack([x1.ravel(), x2.ravel(), np.zeros(x1.size)], axis=-1)
    panels = [
        sampling.Simplex(r"$\mathrm{softmax}(x)$", softmax(inputs)),
        sampling.Simplex(r"$\mathrm{sparsemax}(x)$", sparsemax(inputs)),
    ]
    return Plot([], kind="simplices", simplices=panels)


SIMPLEX_ALT = (
    "Two probability triangles, whose corners are the three one-hot vectors, each holding "
    "the images of the same 441 inputs (x1, x2, 0) with x1 and x2 from -3 to 3: softmax "
    "puts every point strictly inside the triangle, sparsemax puts most of them on its "
    "edges and corners, where one or two probabilities are exactly zero."
)


def vector_figures() -> list[Figure]:
    """Every vector entry's field and slice; softmax's temperature; softmax and
    sparsemax on the simplex (shown on both their pages)."""
    from activations import VECTOR_REGISTRY

    out = []
    for name, entry in VECTOR_REGISTRY.items():
        if entry.gated:
            field_alt = (
                f"Contour map of {entry.title} of one value a and one gate b, each from -4 "
                "to 4, with the positive and negative regions tinted apart."
            )
            slice_alt = (
                f"{entry.title} along the line where the gate equals the value, drawn "
                "thick, beside its scalar gate, dashed."
            )
        else:
            field_alt = (
                f"Contour map of the first output of {entry.title} of two inputs, each from "
                "-4 to 4."
            )
            slice_alt = (
                f"The first output of {entry.title} of the pair (x, 0), drawn thick, beside "
                "the sigmoid it equals or approximates, dashed."
            )
        out += [
            Figure(f"{name}/field", field_alt, _vector_field(name)),
            Figure(f"{name}/slice", slice_alt, _vector_slice(name)),
        ]
    out.append(
        Figure(
            "softmax/temperature",
            "The first output of softmax of (x, 0) at temperatures 0.25, 1 and 4: the "
            "lower the temperature, the closer to a step at 0.",
            _temperature,
        )
    )
    out.append(Figure("softmax/simplex", SIMPLEX_ALT, _simplex))
    return out
