"""The data a figure draws: curves sampled from functions, and plots that hold them.

Curves are sampled densely around kinks, so that a corner is drawn exact; a jump breaks
the curve, with a filled dot at the value the function takes and open dots at the limits
it does not. Figures share their windows (:data:`X_WINDOW`, :data:`Y_WINDOWS`), so that
figures of different functions compare at a glance.

A :class:`Plot` is everything that determines a figure's bytes; its fingerprint is the
figure cache's key. Drawing it is :mod:`activations.plotting`'s job, and this module
imports no drawing library.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from activations.registry import FloatArray

X_WINDOW = (-6.0, 6.0)
# Shared y windows, smallest first: a figure takes the first one that holds its curves,
# so figures of functions with like ranges have the same axes and compare at a glance,
# and a curve fills its window (the sigmoid's (0, 1) no longer sits in the top half of
# tanh's window).
Y_WINDOWS = ((-0.25, 1.25), (-1.25, 1.25), (-2.0, 2.0), (-2.5, 6.5), (-6.5, 6.5))


@dataclass
class Curve:
    """A sampled curve: segments split at jumps, and the dots that mark each jump."""

    label: str
    segments: list[tuple[FloatArray, FloatArray]]
    filled: list[tuple[float, float]] = field(default_factory=list)
    hollow: list[tuple[float, float]] = field(default_factory=list)
    dashes: int | None = None  # index into plotting.DASHES; None: the style of its position
    width: float | None = None
    marker: str | None = None
    colour: int | None = None  # index into plotting.PALETTE; None: the colour of its position
    # A shaded band around the curve, (x, lower, upper): a spread, as over seeds.
    band: tuple[FloatArray, FloatArray, FloatArray] | None = None


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
class Field:
    """A function of two variables on a grid, for the "fields" kind: ``values[i, j]`` at
    x = xs[j], y = ys[i]; isolines at ``levels``, regions above and below ``split``
    tinted apart."""

    label: str  # the panel's title: math only
    xs: FloatArray
    ys: FloatArray
    values: FloatArray
    levels: tuple[float, ...]
    split: float = 0.0
    xlabel: str = "$x_1$"
    ylabel: str = "$x_2$"


@dataclass
class Simplex:
    """Probability vectors of three classes, for the "simplices" kind: each row of
    ``points`` is (p_1, p_2, p_3), drawn in the triangle whose corners are the one-hot
    vectors, coloured by how many of its entries are non-zero."""

    label: str  # the panel's title: math only
    points: FloatArray  # shape (n, 3), rows summing to 1


@dataclass
class Plot:
    """Everything that determines a figure's bytes: its curves and options. Picklable, so
    it can be rendered in a worker process, and hashable into a cache key."""

    curves: list[Curve]
    # "axes": matplotlib, one axes; "thumbnail": a tiny hand-made SVG; "maps": the
    # decision maps side by side, one panel each (``curves`` unused); "fields": the same
    # for functions of two variables; "simplices": probability triangles side by side.
    kind: str = "axes"
    options: dict[str, Any] = field(default_factory=dict)
    maps: list[DecisionMap] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    simplices: list[Simplex] = field(default_factory=list)

    def fingerprint(self) -> str:
        """A content hash of the data, the options, the figure code and matplotlib: the
        figure cache's key for what :func:`activations.plotting.render` makes of it."""
        digest = hashlib.sha256()
        digest.update(FIGURE_CODE_FINGERPRINT.encode())
        digest.update(repr((self.kind, sorted(self.options.items()))).encode())
        for c in self.curves:
            digest.update(repr((c.label, c.filled, c.hollow, c.dashes, c.width, c.marker)).encode())
            digest.update(repr(c.colour).encode())
            for array in c.band or ():
                digest.update(b"band" + np.ascontiguousarray(array, dtype=np.float64).tobytes())
            for x, y in c.segments:
                digest.update(f"segment {len(x)} {len(y)};".encode())  # where curves break
                digest.update(np.ascontiguousarray(x, dtype=np.float64).tobytes())
                digest.update(np.ascontiguousarray(y, dtype=np.float64).tobytes())
        for m in self.maps:
            digest.update(m.label.encode())
            for array in (m.grid, m.probability, m.points, m.classes):
                digest.update(np.ascontiguousarray(array, dtype=np.float64).tobytes())
        for f in self.fields:
            digest.update(repr((f.label, f.levels, f.split, f.xlabel, f.ylabel)).encode())
            for array in (f.xs, f.ys, f.values):
                digest.update(np.ascontiguousarray(array, dtype=np.float64).tobytes())
        for t in self.simplices:
            digest.update(t.label.encode())
            digest.update(np.ascontiguousarray(t.points, dtype=np.float64).tobytes())
        return digest.hexdigest()


# The modules whose code turns a Plot into SVG bytes: this one (the windows the axes
# take) and the drawing module. Read as files, not imported: the drawing module imports
# this one, and matplotlib need not load to compute a key.
FIGURE_CODE = ("sampling.py", "plotting.py")


def _figure_code_fingerprint() -> str:
    """The figure code's sources and the drawing libraries' versions: a change to any of
    them changes every figure. (A user's matplotlibrc cannot: render() starts from
    matplotlib's built-in defaults.)"""
    digest = hashlib.sha256()
    for name in FIGURE_CODE:
        digest.update(Path(__file__).with_name(name).read_bytes())
    for library in ("matplotlib", "contourpy", "numpy"):
        digest.update(f"{library}={metadata.version(library)};".encode())
    return digest.hexdigest()


FIGURE_CODE_FINGERPRINT = _figure_code_fingerprint()
