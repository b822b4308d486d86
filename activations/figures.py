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
from activations.registry import Activation
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


def _comparison(names: tuple[str, ...], derivative: bool) -> Callable[[], Plot]:
    def prepare() -> Plot:
        from activations import get

        return Plot([_curve(get(n), derivative) for n in names])

    return prepare


def _sigmoid_vs_tanh() -> Plot:
    from activations import get

    curves = [_curve(get("sigmoid")), _curve(get("tanh"))]
    return Plot(curves, options={"ylim": sampling.Y_WINDOWS[0]})


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
    return Plot(curves, options={"ylim": sampling.Y_WINDOWS[0]})


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
        "ylabel": r"$q_\ell = \overline{z_\ell^{\,2}}$",
        "legend": "lower left",
    }
    return Plot(curves, options=options)


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
    ]


def all_figures(registry: Mapping[str, Activation]) -> list[Figure]:
    figures = [f for entry in registry.values() for f in entry_figures(entry)]
    return figures + guide_figures() + experiment_figures()
