"""One figure style for the whole site, applied in one place.

Figures are SVG with a transparent background, math labels only (one set serves every
language), drawn in a light variant; the dark variant is the same bytes with the neutral
colours swapped (:func:`dark_variant`), so no figure is rendered twice. Curve colours are
mid-tones that read on both Material colour schemes.

Curves are sampled densely around kinks; a jump is drawn as a break with a filled dot at
the value the function takes and open dots at the limits it does not.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from activations.registry import FloatArray

# Neutral colours: (light scheme, dark scheme). Only these differ between the variants.
TEXT = ("#36393f", "#d5d8e0")
GRID = ("#e3e5ea", "#373b47")
ZERO_AXES = ("#9a9fab", "#737a8a")
PAGE = ("#ffffff", "#1e2129")  # fill of open dots: the page background of each scheme
PALETTE = ("#2f6fde", "#e8731a", "#14a37f", "#c2399e", "#8a63d2", "#c9a400")
# Line styles by position, so overlapping curves stay distinguishable (also without colour).
DASHES = ("-", (0, (5, 3)), (0, (1.5, 2)), (0, (6, 2, 1.5, 2)))

X_WINDOW = (-6.0, 6.0)
# Shared y windows, smallest first: a figure takes the first one that holds its curves,
# so figures of different functions have the same axes and can be compared at a glance.
Y_WINDOWS = ((-1.25, 1.25), (-2.0, 2.0), (-2.5, 6.5), (-6.5, 6.5))

STYLE = {
    "figure.figsize": (6.4, 3.6),
    "figure.dpi": 100,
    "font.size": 11,
    "font.family": "DejaVu Sans",
    "mathtext.fontset": "dejavusans",
    "axes.edgecolor": TEXT[0],
    "axes.labelcolor": TEXT[0],
    "axes.facecolor": "none",
    "axes.grid": True,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.axisbelow": True,
    "grid.color": GRID[0],
    "grid.linewidth": 0.8,
    "xtick.color": TEXT[0],
    "ytick.color": TEXT[0],
    "text.color": TEXT[0],
    "legend.frameon": False,
    "lines.linewidth": 2.2,
    "lines.solid_capstyle": "round",
    "savefig.transparent": True,
    # A fixed layout, not a tight bounding box: every figure's axes sit at the same
    # place and size, so figures of different functions line up.
    "figure.subplot.left": 0.11,
    "figure.subplot.right": 0.97,
    "figure.subplot.bottom": 0.15,
    "figure.subplot.top": 0.97,
    "svg.fonttype": "path",
    "svg.hashsalt": "activations",  # fixed ids: byte-identical SVG across runs
    "path.simplify": True,
}


@dataclass
class Curve:
    """A sampled curve: segments split at jumps, and the dots that mark each jump."""

    label: str
    segments: list[tuple[FloatArray, FloatArray]]
    filled: list[tuple[float, float]] = field(default_factory=list)
    hollow: list[tuple[float, float]] = field(default_factory=list)
    dashes: int | None = None  # index into DASHES; None: the style of its position
    width: float | None = None


def sample(
    fn: Callable[[FloatArray], FloatArray],
    label: str,
    kinks: Iterable[float] = (),
    window: tuple[float, float] = X_WINDOW,
    points: int = 481,
) -> Curve:
    """Sample ``fn`` over ``window``, densely near kinks, breaking the curve at jumps."""
    lo, hi = window
    inside = sorted({k for k in kinks if lo < k < hi})
    refine = [k + side * np.geomspace(1e-4, 0.05, 12) for k in inside for side in (-1, 1)]
    x = np.unique(np.concatenate([np.linspace(lo, hi, points), np.array(inside), *refine]))
    y = fn(x)
    scale = max(1.0, float(np.nanmax(np.abs(y))))
    curve = Curve(label, [])
    jumps: list[tuple[float, float, float]] = []  # (where, left limit, right limit)
    for k in inside:
        left, value, right = (float(v) for v in fn(np.array([k - 1e-9, k, k + 1e-9])))
        if abs(left - right) <= 1e-6 * scale:
            continue  # continuous: the kink itself is a sample point, the corner is exact
        jumps.append((k, left, right))
        curve.filled.append((k, value))
        curve.hollow += [(k, v) for v in (left, right) if abs(v - value) > 1e-6 * scale]
    starts = [(lo - 1.0, None), *((k, right) for k, _, right in jumps)]
    ends = [*((k, left) for k, left, _ in jumps), (hi + 1.0, None)]
    for (a, from_value), (b, to_value) in zip(starts, ends, strict=True):
        mask = (x > a) & (x < b)
        xs, ys = x[mask], y[mask]
        if from_value is not None:
            xs, ys = np.insert(xs, 0, a), np.insert(ys, 0, from_value)
        if to_value is not None:
            xs, ys = np.append(xs, b), np.append(ys, to_value)
        curve.segments.append((xs, ys))
    return curve


def y_window(curves: Sequence[Curve]) -> tuple[float, float]:
    """The first shared window that holds every curve (the largest if none does)."""
    ys = np.concatenate([y for c in curves for _, y in c.segments])
    ys = ys[np.isfinite(ys)]
    low, high = float(ys.min()), float(ys.max())
    for window in Y_WINDOWS:
        if window[0] <= low and high <= window[1]:
            return window
    return Y_WINDOWS[-1]


def render(
    curves: Sequence[Curve],
    xlabel: str = "$x$",
    ylabel: str = "",
    ylim: tuple[float, float] | None = None,
    xlim: tuple[float, float] = X_WINDOW,
    size: tuple[float, float] | None = None,
    draw: Callable[..., None] | None = None,
) -> str:
    """Draw curves on one axes in the site style; return the light-scheme SVG text."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with matplotlib.style.context(STYLE):
        fig, ax = plt.subplots(figsize=size) if size else plt.subplots()
        try:
            if draw is not None:
                draw(ax)
            else:
                _draw_curves(ax, curves, ylim or y_window(curves), xlim)
            ax.set_xlabel(xlabel)
            if ylabel:
                ax.set_ylabel(ylabel)
            buffer = io.StringIO()
            fig.savefig(buffer, format="svg", metadata={"Date": None})
        finally:
            plt.close(fig)
    return buffer.getvalue()


def _draw_curves(ax, curves: Sequence[Curve], ylim, xlim) -> None:
    ax.axhline(0, color=ZERO_AXES[0], linewidth=0.9, zorder=1)
    ax.axvline(0, color=ZERO_AXES[0], linewidth=0.9, zorder=1)
    for index, curve in enumerate(curves):
        colour = PALETTE[index % len(PALETTE)]
        dash = DASHES[index % len(DASHES) if curve.dashes is None else curve.dashes]
        style: dict[str, object] = {"linestyle": dash, "zorder": 3 + index}
        if curve.width:
            style["linewidth"] = curve.width
        for n, (x, y) in enumerate(curve.segments):
            ax.plot(x, y, color=colour, label=curve.label if n == 0 else None, **style)
        for dots, face in ((curve.filled, colour), (curve.hollow, PAGE[0])):
            if dots:
                xs, ys = zip(*dots, strict=True)
                ax.plot(
                    xs,
                    ys,
                    "o",
                    markersize=6,
                    markerfacecolor=face,
                    markeredgecolor=colour,
                    markeredgewidth=1.6,
                    linestyle="none",
                    zorder=10,
                )
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    if len(curves) > 1:
        ax.legend(loc="upper left")


def dark_variant(svg: str) -> str:
    """The dark-scheme figure: the same drawing with the neutral colours swapped."""
    for light, dark in (TEXT, GRID, ZERO_AXES, PAGE):
        svg = svg.replace(light, dark)
    return svg


def thumbnail(fn: Callable[[FloatArray], FloatArray], kinks: Iterable[float] = ()) -> str:
    """A tiny SVG sparkline of a function, written without matplotlib (about 1 kB).

    Its colours read on both schemes, so one file serves light and dark.
    """
    width, height, pad = 120.0, 60.0, 4.0
    curve = sample(fn, "", kinks, points=121)
    ylo, yhi = y_window([curve])

    def to_svg(x: FloatArray, y: FloatArray) -> str:
        px = pad + (x - X_WINDOW[0]) / (X_WINDOW[1] - X_WINDOW[0]) * (width - 2 * pad)
        py = pad + (yhi - np.clip(y, ylo, yhi)) / (yhi - ylo) * (height - 2 * pad)
        return " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(px, py, strict=True))

    zero_y = to_svg(np.array([0.0]), np.array([0.0])).split(",")
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}" '
        f'width="{width:g}" height="{height:g}">',
        f'<line x1="{pad}" x2="{width - pad}" y1="{zero_y[1]}" y2="{zero_y[1]}" '
        f'stroke="{ZERO_AXES[0]}" stroke-width="1"/>',
        f'<line x1="{zero_y[0]}" x2="{zero_y[0]}" y1="{pad}" y2="{height - pad}" '
        f'stroke="{ZERO_AXES[0]}" stroke-width="1"/>',
    ]
    for x, y in curve.segments:
        parts.append(
            f'<polyline fill="none" stroke="{PALETTE[0]}" stroke-width="2" '
            f'stroke-linejoin="round" points="{to_svg(x, y)}"/>'
        )
    parts.append("</svg>\n")
    return "\n".join(parts)
