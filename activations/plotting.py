"""One figure style for the whole site, applied in one place: a plot's data
(:mod:`activations.sampling`) drawn as SVG.

Figures are SVG with a transparent background, math labels only (one set serves every
language), drawn in a light variant; the dark variant is the same bytes with the neutral
colours swapped (:func:`dark_variant`), so no figure is rendered twice. Curve colours are
mid-tones that read on both Material colour schemes.

Each figure is a :class:`matplotlib.figure.Figure` of its own, not one made by pyplot: no
global figure state, nothing to close, and no backend to select (``savefig`` picks the
SVG canvas).
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from typing import Any

import numpy as np

from activations.registry import FloatArray
from activations.sampling import X_WINDOW, Curve, DecisionMap, Field, Plot, Simplex, y_window

# Neutral colours: (light scheme, dark scheme). Only these differ between the variants.
TEXT = ("#36393f", "#d5d8e0")
GRID = ("#e3e5ea", "#373b47")
ZERO_AXES = ("#9a9fab", "#737a8a")
PAGE = ("#ffffff", "#1e2129")  # fill of open dots: the page background of each scheme
# Curve colours by position, shared by both schemes: each at least 3:1 against both page
# backgrounds (WCAG 1.4.11), any two at least 20 apart (CIEDE2000), and two curves that
# share a line style told apart by colour under red-green colour blindness too
# (tests/test_plotting.py checks all three).
PALETTE = ("#2f6fde", "#e8731a", "#14a37f", "#c2399e", "#9f8a1f", "#ad4f4a")
# Line styles by position, so overlapping curves stay distinguishable (also without colour).
DASHES = ("-", (0, (5, 3)), (0, (1.5, 2)), (0, (6, 2, 1.5, 2)))

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


def render(plot: Plot) -> str:
    """The light-scheme SVG of a plot."""
    if plot.kind == "thumbnail":
        return _thumbnail(plot.curves[0])
    # Imported here: a build whose figures all come from the cache loads no matplotlib.
    from matplotlib import style
    from matplotlib.figure import Figure

    options = plot.options
    # "default" first: matplotlib's built-in settings, not the reader's matplotlibrc, so the
    # bytes depend only on what the fingerprint records.
    with style.context(["default", STYLE]):
        fig = Figure()
        if plot.kind == "maps":
            axes = fig.subplots(1, len(plot.maps), sharey=True, squeeze=False)
            _draw_maps(fig, axes[0], plot.maps)
        elif plot.kind == "fields":
            axes = fig.subplots(1, len(plot.fields), sharey=True, squeeze=False)
            _draw_fields(fig, axes[0], plot.fields)
        elif plot.kind == "simplices":
            axes = fig.subplots(1, len(plot.simplices), squeeze=False)
            _draw_simplices(fig, axes[0], plot.simplices)
        else:
            ax = fig.subplots()
            _draw(ax, plot.curves, options)
            ax.set_xlabel(options.get("xlabel", "$x$"))
            if options.get("ylabel"):
                ax.set_ylabel(options["ylabel"])
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    return buffer.getvalue()


def _draw(ax: Any, curves: Sequence[Curve], options: dict[str, Any]) -> None:
    log_x, log_y = options.get("log_x", False), options.get("log_y", False)
    if log_x:
        ax.set_xscale("log")
    if log_y:
        ax.set_yscale("log")
    if not (log_x or log_y):
        ax.axhline(0, color=ZERO_AXES[0], linewidth=0.9, zorder=1)
        ax.axvline(0, color=ZERO_AXES[0], linewidth=0.9, zorder=1)
    for index, curve in enumerate(curves):
        colour = PALETTE[(index if curve.colour is None else curve.colour) % len(PALETTE)]
        dash = DASHES[index % len(DASHES) if curve.dashes is None else curve.dashes]
        style: dict[str, Any] = {"linestyle": dash, "zorder": 3 + index}
        if curve.width:
            style["linewidth"] = curve.width
        if curve.marker:
            style.update(marker=curve.marker, markersize=5)
        if curve.band is not None:
            ax.fill_between(*curve.band, color=colour, alpha=0.18, linewidth=0, zorder=2)
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
    ax.set_xlim(*options.get("xlim", X_WINDOW))
    ax.set_ylim(*options.get("ylim") or y_window(curves))
    if "xticks" in options:
        ax.set_xticks(options["xticks"])
        if log_x:  # the ticks as plain numbers (not powers of ten), no minor ticks between
            from matplotlib.ticker import NullLocator

            ax.set_xticks(options["xticks"], [f"{v:g}" for v in options["xticks"]])
            ax.xaxis.set_minor_locator(NullLocator())
    if len(curves) > 1:
        ax.legend(loc=options.get("legend", "upper left"))


def _draw_maps(fig: Any, axes: Sequence[Any], maps: Sequence[DecisionMap]) -> None:
    """Each map's two regions tinted in the first two palette colours, the boundary
    p = 1/2 as a line, and the points on top in their class's colour."""
    fig.subplots_adjust(left=0.08, right=0.98, bottom=0.15, top=0.9, wspace=0.12)
    for ax, m in zip(axes, maps, strict=True):
        ax.grid(False)
        ax.contourf(
            m.grid, m.grid, m.probability, levels=[0.0, 0.5, 1.0], colors=PALETTE[:2], alpha=0.22
        )
        ax.contour(m.grid, m.grid, m.probability, levels=[0.5], colors=TEXT[0], linewidths=1.4)
        colours = [PALETTE[int(c)] for c in m.classes]
        ax.scatter(
            *np.asarray(m.points).T, s=14, c=colours, edgecolors=PAGE[0], linewidths=0.6, zorder=3
        )
        ax.set_xlim(m.grid[0], m.grid[-1])
        ax.set_ylim(m.grid[0], m.grid[-1])
        ax.set_aspect("equal")
        ax.set_title(m.label)
        ax.set_xlabel("$x_1$")
    axes[0].set_ylabel("$x_2$")


def _draw_fields(fig: Any, axes: Sequence[Any], fields: Sequence[Field]) -> None:
    """Each field's regions above and below its split tinted in the first two palette
    colours (translucent, so they read on either page colour), with labelled isolines."""
    fig.subplots_adjust(left=0.1, right=0.98, bottom=0.15, top=0.9, wspace=0.15)
    for ax, f in zip(axes, fields, strict=True):
        ax.grid(False)
        low, high = float(np.min(f.values)), float(np.max(f.values))
        if low < f.split < high:
            ax.contourf(
                f.xs, f.ys, f.values, levels=[low, f.split, high], colors=PALETTE[:2], alpha=0.22
            )
        lines = ax.contour(
            f.xs, f.ys, f.values, levels=list(f.levels), colors=TEXT[0], linewidths=0.9
        )
        ax.clabel(lines, fontsize=8, fmt=lambda v: f"{v:g}".replace("-", "\u2212"))
        ax.set_xlim(f.xs[0], f.xs[-1])
        ax.set_ylim(f.ys[0], f.ys[-1])
        ax.set_aspect("equal")
        ax.set_title(f.label)
        ax.set_xlabel(f.xlabel)
    axes[0].set_ylabel(fields[0].ylabel)


# The probability triangle: the one-hot vectors e_1, e_2, e_3 at its corners.
_CORNERS = np.array([[0.0, 0.0], [1.0, 0.0], [0.5, np.sqrt(3) / 2]])


def _draw_simplices(fig: Any, axes: Sequence[Any], simplices: Sequence[Simplex]) -> None:
    """Each panel's probability vectors as dots in the triangle, coloured by their
    number of non-zero entries (3 inside, 2 on an edge, 1 at a corner); the support
    sizes that occur are named in one legend, as |S| = k."""
    fig.subplots_adjust(left=0.02, right=0.98, bottom=0.04, top=0.9, wspace=0.08)
    shown: dict[int, Any] = {}
    for ax, t in zip(axes, simplices, strict=True):
        ax.axis("off")
        ax.set_aspect("equal")
        outline = np.vstack([_CORNERS, _CORNERS[:1]])
        ax.plot(*outline.T, color=TEXT[0], linewidth=1.0, zorder=1)
        for k, (x, y) in enumerate(_CORNERS):
            below = k < 2
            ax.annotate(
                f"$e_{k + 1}$",
                (x, y),
                xytext=(0, -13 if below else 6),
                textcoords="offset points",
                ha="center",
                va="top" if below else "bottom",
            )
        points = np.asarray(t.points, dtype=np.float64)
        support = np.count_nonzero(points > 0, axis=1)
        xy = points @ _CORNERS
        for size, colour in ((3, PALETTE[0]), (2, PALETTE[1]), (1, PALETTE[2])):
            chosen = support == size
            if chosen.any():
                shown[size] = ax.scatter(
                    *xy[chosen].T, s=9, color=colour, linewidths=0, zorder=2 + size
                )
        ax.set_xlim(-0.08, 1.08)
        ax.set_ylim(-0.12, np.sqrt(3) / 2 + 0.1)
        ax.set_title(t.label)
    if len(shown) > 1:
        sizes = sorted(shown, reverse=True)
        fig.legend(
            [shown[k] for k in sizes],
            [f"$|S| = {k}$" for k in sizes],
            loc="upper right",
            bbox_to_anchor=(0.99, 0.86),
            markerscale=1.6,
        )


def dark_variant(svg: str) -> str:
    """The dark-scheme figure: the same drawing with the neutral colours swapped."""
    for light, dark in (TEXT, GRID, ZERO_AXES, PAGE):
        svg = svg.replace(light, dark)
    return svg


def simplified(px: FloatArray, py: FloatArray, tolerance: float) -> np.ndarray:
    """Which points of a polyline to keep so that every point left out lies within
    ``tolerance`` of the shorter line (Ramer-Douglas-Peucker): a boolean mask.

    A thumbnail's curve is sampled about four times per CSS px; straight runs need
    only their ends, and curves far fewer points than that at a tenth of a pixel.
    """
    keep = np.zeros(len(px), dtype=bool)
    if len(px) < 3:
        return ~keep
    keep[[0, -1]] = True
    spans = [(0, len(px) - 1)]
    while spans:
        first, last = spans.pop()
        if last - first < 2:
            continue
        dx, dy = px[last] - px[first], py[last] - py[first]
        xs, ys = px[first + 1 : last] - px[first], py[first + 1 : last] - py[first]
        length = math.hypot(dx, dy)
        off = np.abs(dx * ys - dy * xs) / length if length else np.hypot(xs, ys)
        farthest = int(np.argmax(off))
        if off[farthest] > tolerance:
            middle = first + 1 + farthest
            keep[middle] = True
            spans += [(first, middle), (middle, last)]
    return keep


def _thumbnail(curve: Curve) -> str:
    """A tiny SVG sparkline written without matplotlib (about 2 kB).

    Its colours read on both schemes, so one file serves light and dark.
    """
    width, height, pad = 120.0, 60.0, 4.0
    ylo, yhi = y_window([curve])

    def points(x: FloatArray, y: FloatArray) -> str:
        px = pad + (x - X_WINDOW[0]) / (X_WINDOW[1] - X_WINDOW[0]) * (width - 2 * pad)
        py = pad + (yhi - np.clip(y, ylo, yhi)) / (yhi - ylo) * (height - 2 * pad)
        keep = simplified(px, py, tolerance=0.1)
        return " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(px[keep], py[keep], strict=True))

    zero_x, zero_y = points(np.array([0.0]), np.array([0.0])).split(",")
    axes = f'stroke="{ZERO_AXES[0]}" stroke-width="1"'
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}" '
        f'width="{width:g}" height="{height:g}">',
        f'<line x1="{pad}" x2="{width - pad}" y1="{zero_y}" y2="{zero_y}" {axes}/>',
        f'<line x1="{zero_x}" x2="{zero_x}" y1="{pad}" y2="{height - pad}" {axes}/>',
    ]
    for x, y in curve.segments:
        parts.append(
            f'<polyline fill="none" stroke="{PALETTE[0]}" stroke-width="2" '
            f'stroke-linejoin="round" points="{points(x, y)}"/>'
        )
    parts.append("</svg>\n")
    return "\n".join(parts)
