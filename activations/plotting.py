"""One figure style for the whole site, applied in one place.

Figures are SVG with a transparent background, math labels only (one set serves every
language), drawn in a light variant; the dark variant is the same bytes with the neutral
colours swapped (:func:`dark_variant`), so no figure is rendered twice. Curve colours are
mid-tones that read on both Material colour schemes.

Curves are sampled densely around kinks; a jump is drawn as a break with a filled dot at
the value the function takes and open dots at the limits it does not.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

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
    marker: str | None = None


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


@dataclass
class DecisionMap:
    """A two-class classifier seen on the plane, for the "maps" kind: p(class 1) on a
    square grid (``probability[i, j]`` at x = grid[j], y = grid[i]) and labelled points."""

    label: str  # the panel's title: math only
    grid: FloatArray
    probability: FloatArray
    points: FloatArray  # shape (n, 2)
    classes: FloatArray  # shape (n,): 0 or 1


@dataclass
class Plot:
    """Everything that determines a figure's bytes: its curves and options. Picklable, so
    it can be rendered in a worker process, and hashable into a cache key."""

    curves: list[Curve]
    # "axes": matplotlib, one axes; "thumbnail": a tiny hand-made SVG; "maps": the
    # decision maps side by side, one panel each (``curves`` unused).
    kind: str = "axes"
    options: dict[str, Any] = field(default_factory=dict)
    maps: list[DecisionMap] = field(default_factory=list)

    def fingerprint(self) -> str:
        """A content hash of the data, the options, this module's code and matplotlib."""
        digest = hashlib.sha256()
        digest.update(STYLE_FINGERPRINT.encode())
        digest.update(repr((self.kind, sorted(self.options.items()))).encode())
        for c in self.curves:
            digest.update(repr((c.label, c.filled, c.hollow, c.dashes, c.width, c.marker)).encode())
            for x, y in c.segments:
                digest.update(f"segment {len(x)} {len(y)};".encode())  # where curves break
                digest.update(np.ascontiguousarray(x, dtype=np.float64).tobytes())
                digest.update(np.ascontiguousarray(y, dtype=np.float64).tobytes())
        for m in self.maps:
            digest.update(m.label.encode())
            for array in (m.grid, m.probability, m.points, m.classes):
                digest.update(np.ascontiguousarray(array, dtype=np.float64).tobytes())
        return digest.hexdigest()


def _style_fingerprint() -> str:
    """This file's source and the drawing libraries' versions: a change to any of them
    changes every figure. (A user's matplotlibrc cannot: render() starts from matplotlib's
    built-in defaults.)"""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for library in ("matplotlib", "contourpy", "numpy"):
        digest.update(f"{library}={metadata.version(library)};".encode())
    return digest.hexdigest()


STYLE_FINGERPRINT = _style_fingerprint()


def render(plot: Plot) -> str:
    """The light-scheme SVG of a plot."""
    if plot.kind == "thumbnail":
        return _thumbnail(plot.curves[0])
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    options = plot.options
    # "default" first: matplotlib's built-in settings, not the reader's matplotlibrc, so the
    # bytes depend only on what the fingerprint records.
    with matplotlib.style.context(["default", STYLE]):
        if plot.kind == "maps":
            fig, axes = plt.subplots(1, len(plot.maps), sharey=True, squeeze=False)
        else:
            fig, ax = plt.subplots()
        try:
            if plot.kind == "maps":
                _draw_maps(fig, axes[0], plot.maps)
            else:
                _draw(ax, plot.curves, options)
                ax.set_xlabel(options.get("xlabel", "$x$"))
                if options.get("ylabel"):
                    ax.set_ylabel(options["ylabel"])
            buffer = io.StringIO()
            fig.savefig(buffer, format="svg", metadata={"Date": None})
        finally:
            plt.close(fig)
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
        colour = PALETTE[index % len(PALETTE)]
        dash = DASHES[index % len(DASHES) if curve.dashes is None else curve.dashes]
        style: dict[str, Any] = {"linestyle": dash, "zorder": 3 + index}
        if curve.width:
            style["linewidth"] = curve.width
        if curve.marker:
            style.update(marker=curve.marker, markersize=5)
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


def dark_variant(svg: str) -> str:
    """The dark-scheme figure: the same drawing with the neutral colours swapped."""
    for light, dark in (TEXT, GRID, ZERO_AXES, PAGE):
        svg = svg.replace(light, dark)
    return svg


def _thumbnail(curve: Curve) -> str:
    """A tiny SVG sparkline written without matplotlib (about 2 kB).

    Its colours read on both schemes, so one file serves light and dark.
    """
    width, height, pad = 120.0, 60.0, 4.0
    ylo, yhi = y_window([curve])

    def points(x: FloatArray, y: FloatArray) -> str:
        px = pad + (x - X_WINDOW[0]) / (X_WINDOW[1] - X_WINDOW[0]) * (width - 2 * pad)
        py = pad + (yhi - np.clip(y, ylo, yhi)) / (yhi - ylo) * (height - 2 * pad)
        return " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(px, py, strict=True))

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
