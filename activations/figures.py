"""Every figure the site shows, as a list of specifications built from the registry.

A :class:`Figure` names a file under ``figures/``, says what it shows (alt text) and knows
how to draw itself. Themed figures become two files, ``NAME.svg`` and ``NAME.dark.svg``.
Adding a registry entry adds its figures here without any edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from activations import plotting
from activations.registry import Activation


@dataclass(frozen=True)
class Figure:
    name: str
    alt: str
    draw: Callable[[], str]
    themed: bool = True

    @property
    def files(self) -> tuple[str, ...]:
        light = f"figures/{self.name}.svg"
        return (light, f"figures/{self.name}.dark.svg") if self.themed else (light,)


def symbol(entry: Activation) -> str:
    """The math label of an entry in figure legends (no words: figures carry no language)."""
    if entry.name == "sigmoid":
        return r"\sigma"
    return r"\mathrm{" + entry.title.replace(" ", r"\,") + "}"


def _curve(entry: Activation, derivative: bool = False, **overrides: object):
    from activations import function

    public = function(entry.name)
    fn = public.derivative if derivative else public
    label = f"${symbol(entry)}{chr(39) if derivative else ''}(x)$"
    kinks = entry.kinks(**entry.defaults)
    return plotting.sample(fn, label, kinks, **overrides)  # type: ignore[arg-type]


def _domain() -> str:
    lo, hi = plotting.X_WINDOW
    return f"x from {lo:g} to {hi:g}"


def entry_figures(entry: Activation) -> list[Figure]:
    """The function, its derivative, the two overlaid, and a table thumbnail."""
    title = entry.title
    function_only = plotting.render  # bound for the closures below

    def draw_function() -> str:
        return function_only([_curve(entry)], ylabel=f"${symbol(entry)}(x)$")

    def draw_derivative() -> str:
        return function_only([_curve(entry, True)], ylabel=f"${symbol(entry)}'(x)$")

    def draw_overlay() -> str:
        return function_only([_curve(entry), _curve(entry, True)])  # derivative dashed

    def draw_thumbnail() -> str:
        from activations import function

        return plotting.thumbnail(function(entry.name), entry.kinks(**entry.defaults))

    kink_note = f" {entry.kink_convention}" if entry.kink_convention else ""
    return [
        Figure(f"{entry.name}/function", f"Graph of {title} for {_domain()}.", draw_function),
        Figure(
            f"{entry.name}/derivative",
            f"Graph of the derivative of {title} for {_domain()}.{kink_note}",
            draw_derivative,
        ),
        Figure(
            f"{entry.name}/overlay",
            f"{title} (solid) and its derivative (dashed) on the same axes, {_domain()}.",
            draw_overlay,
        ),
        Figure(f"{entry.name}/thumbnail", f"Small graph of {title}.", draw_thumbnail, themed=False),
    ]


def _comparison(names: tuple[str, ...], derivative: bool) -> Callable[[], str]:
    def draw() -> str:
        from activations import get

        curves = [_curve(get(n), derivative) for n in names]
        return plotting.render(curves)

    return draw


def _sigmoid_vs_tanh() -> str:
    from activations import get

    curves = [_curve(get("sigmoid")), _curve(get("tanh"))]
    return plotting.render(curves, ylim=plotting.Y_WINDOWS[0])


def _tanh_identity() -> str:
    from activations import function

    sigmoid, tanh = function("sigmoid"), function("tanh")
    curves = [
        plotting.sample(sigmoid, r"$\sigma(x)$"),
        plotting.sample(lambda x: sigmoid(2 * x), r"$\sigma(2x)$"),
        plotting.sample(tanh, r"$\tanh(x)$"),
        plotting.sample(lambda x: 2 * sigmoid(2 * x) - 1, r"$2\sigma(2x) - 1$"),
    ]
    curves[0].width = curves[1].width = 1.4
    curves[3].dashes = 1
    curves[3].width = 2.6
    return plotting.render(curves, ylim=plotting.Y_WINDOWS[0])


def _vanishing() -> str:
    depth = np.arange(1, 21)

    def draw(ax) -> None:
        colour = plotting.PALETTE
        ax.semilogy(depth, 0.25**depth, "o-", color=colour[0], label=r"$(1/4)^{n}$")
        ax.semilogy(depth, 1.0**depth, "s--", color=colour[2], markersize=4, label=r"$1^{n}$")
        ax.set_xlim(0.5, 20.5)
        ax.set_ylim(1e-13, 3)
        ax.set_xticks([1, 5, 10, 15, 20])
        ax.set_ylabel(r"$\prod\, f'$")
        ax.legend(loc="lower left")

    return plotting.render([], xlabel="$n$", draw=draw)


ARTICLE_FOUR = ("sigmoid", "tanh", "relu", "leaky_relu")


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


def all_figures(registry: Mapping[str, Activation]) -> list[Figure]:
    figures = [f for entry in registry.values() for f in entry_figures(entry)]
    return figures + guide_figures()
