"""The figure style and sampling: breaks at jumps, honest dots at kinks, shared windows."""

from __future__ import annotations

import inspect
import itertools
import re
from pathlib import Path

import numpy as np
import pytest

import activations
from activations import figures, plotting, sampling


def test_jump_is_drawn_as_a_break_with_dots() -> None:
    curve = sampling.sample(activations.relu.derivative, "", kinks=[0.0])
    assert len(curve.segments) == 2
    (left_x, left_y), (right_x, right_y) = curve.segments
    assert left_x[-1] == 0.0
    assert left_y[-1] == 0.0
    assert right_x[0] == 0.0
    assert right_y[0] == 1.0
    assert curve.filled == [(0.0, 0.0)]  # PyTorch's ReLU'(0) = 0, drawn as a filled dot
    assert curve.hollow == [(0.0, 1.0)]  # the limit from the right, not attained


def test_continuous_kink_is_one_unbroken_curve_through_the_corner() -> None:
    curve = sampling.sample(activations.relu, "", kinks=[0.0])
    assert len(curve.segments) == 1
    assert not curve.filled
    assert not curve.hollow
    x, _y = curve.segments[0]
    assert 0.0 in x
    assert np.min(np.diff(x)[np.abs(x[:-1]) < 0.1]) < 1e-3  # sampled densely near the kink


def test_windows_are_shared_by_like_ranges_and_fit_them() -> None:
    def window(name: str) -> tuple[float, float]:
        return sampling.y_window([sampling.sample(activations.function(name), "")])

    assert window("sigmoid") == window("hardsigmoid") == (-0.25, 1.25)  # range [0, 1]
    assert window("tanh") == window("softsign") == (-1.25, 1.25)  # range [-1, 1]
    assert window("relu") in sampling.Y_WINDOWS
    for name in ("sigmoid", "tanh", "softsign", "hardsigmoid"):
        low, high = window(name)
        x = np.linspace(-6, 6, 1201)
        y = activations.function(name)(x)
        assert (y.max() - y.min()) / (high - low) > 0.6, f"{name} fills too little"


def test_dark_variant_swaps_only_neutral_colours() -> None:
    svg = figures.entry_figures(activations.REGISTRY["tanh"])[0].draw()
    dark = plotting.dark_variant(svg)
    assert plotting.TEXT[0] in svg
    assert plotting.TEXT[0] not in dark
    assert plotting.TEXT[1] in dark
    assert plotting.PALETTE[0] in dark  # the curve keeps its colour
    assert len(dark) == len(svg)


def test_rendering_is_deterministic_in_process() -> None:
    spec = figures.entry_figures(activations.REGISTRY["leaky_relu"])[1]
    assert spec.draw() == spec.draw()


def test_every_entry_has_named_figures_with_alt_text(entry) -> None:
    specs = figures.entry_figures(entry)
    assert [s.name for s in specs] == [
        f"{entry.name}/{k}" for k in ("function", "derivative", "overlay", "thumbnail")
    ]
    assert all(s.alt.strip() for s in specs)


def test_thumbnail_is_small_and_drawn_without_matplotlib() -> None:
    spec = figures.entry_figures(activations.REGISTRY["sigmoid"])[3]
    svg = spec.draw()
    assert svg.startswith("<svg")
    assert len(svg) < 8000
    assert "matplotlib" not in svg


def test_fingerprint_follows_the_data() -> None:
    spec = figures.entry_figures(activations.REGISTRY["tanh"])[0]
    plot = spec.prepare()
    assert plot.fingerprint() == spec.prepare().fingerprint()
    x, y = plot.curves[0].segments[0]
    plot.curves[0].segments[0] = (x, y + 1e-9)
    assert plot.fingerprint() != spec.prepare().fingerprint()


def test_rendering_ignores_the_readers_matplotlibrc() -> None:
    import matplotlib

    spec = figures.entry_figures(activations.REGISTRY["relu"])[0]
    before = spec.draw()
    with matplotlib.rc_context({"axes.unicode_minus": False, "lines.linewidth": 7.0}):
        assert spec.draw() == before


def test_fingerprint_records_where_a_curve_breaks() -> None:
    x, y = np.array([1.0, 2.0]), np.array([3.0, 4.0])
    whole = sampling.Plot([sampling.Curve("", [(x, y)])])
    split = sampling.Plot([sampling.Curve("", [(x[:1], x[1:]), (y[:1], y[1:])])])
    assert whole.fingerprint() != split.fingerprint()


def test_the_figure_cache_key_covers_the_sampling_and_drawing_code() -> None:
    """The fingerprint hashes the sources of the modules that turn a Plot into SVG: the
    drawing module and the windows' module are among them, wherever they move."""
    hashed = {Path(sampling.__file__).with_name(name) for name in sampling.FIGURE_CODE}
    code = (plotting.render, plotting.dark_variant, sampling.y_window, sampling.Plot)
    assert {Path(inspect.getsourcefile(part) or "") for part in code} <= hashed


def test_every_figure_has_its_own_cache_key() -> None:
    """Two figures that share a key would be served each other's SVG from the cache:
    every part of a Plot that reaches the drawing (curves, maps, fields) is in its key."""
    by_key: dict[str, list[str]] = {}
    for spec in figures.all_figures(activations.REGISTRY):
        by_key.setdefault(spec.prepare().fingerprint(), []).append(spec.name)
    shared = [names for names in by_key.values() if len(names) > 1]
    assert not shared, shared


def distance_to_polyline(points: np.ndarray, line: np.ndarray) -> np.ndarray:
    """Each point's distance to the nearest segment of a polyline (rows are x, y)."""
    a, b = line[:-1], line[1:]
    ab = b - a
    t = ((points[:, None, :] - a) * ab).sum(-1) / np.maximum((ab * ab).sum(-1), 1e-300)
    nearest = a + np.clip(t, 0, 1)[..., None] * ab
    return np.linalg.norm(points[:, None, :] - nearest, axis=-1).min(axis=1)


@pytest.mark.parametrize("shape", ["sine", "kink", "step"])
def test_a_simplified_polyline_stays_within_its_tolerance(shape: str) -> None:
    x = np.linspace(0.0, 120.0, 481)
    y = {
        "sine": 30 + 20 * np.sin(x / 9),
        "kink": np.where(x < 60, 40.0, 40 - (x - 60) / 2),
        "step": np.where(x < 60, 50.0, 10.0),
    }[shape]
    keep = plotting.simplified(x, y, tolerance=0.1)
    assert keep[0]
    assert keep[-1]
    original = np.column_stack([x, y])
    assert distance_to_polyline(original, original[keep]).max() <= 0.1
    assert keep.sum() < len(x) / 4, f"{keep.sum()} of {len(x)} points kept"
    if shape == "kink":
        assert keep.sum() == 3  # two straight runs need their ends alone


def test_a_thumbnail_keeps_the_points_its_curve_needs() -> None:
    def polyline_points(name: str) -> int:
        svg = figures.entry_figures(activations.REGISTRY[name])[3].draw()
        return sum(len(p.split()) for p in re.findall(r'points="([^"]*)"', svg))

    assert polyline_points("relu") <= 4  # a flat run and a straight one
    assert 10 < polyline_points("sigmoid") < 120


@pytest.mark.parametrize("derivative", [False, True])
def test_a_curve_under_another_is_drawn_wider(derivative: bool) -> None:
    """ReLU lies under Leaky ReLU for x > 0 (and within 0.06 for x < 0): drawn wider, it
    shows on both sides of the one on top. Curves that only meet are left alone."""
    specs = {s.name: s for s in figures.guide_figures()}
    name = "compare/classic-four-derivatives" if derivative else "compare/classic-four"
    widths = [c.width for c in specs[name].prepare().curves]  # sigmoid, tanh, ReLU, Leaky
    assert widths[2] is not None
    assert widths[2] > 3.2  # the style draws lines 2.2 wide
    assert widths[0] is None
    assert widths[1] is None
    assert widths[3] is None


def test_curve_colours_stand_out_and_apart_in_both_schemes() -> None:
    """Every curve colour has 3:1 contrast against both page backgrounds (WCAG 1.4.11,
    non-text contrast); any two differ by at least 20 in CIEDE2000 (the old purple and
    magenta were 17 apart, GELU's beside Leaky ReLU's); and two curves drawn with the
    same line style differ by 20 under deuteranopia and protanopia too, so that every
    curve is told apart by its colour or by its dashes."""
    from coloraide import Color

    colours = [Color(c) for c in plotting.PALETTE]
    problems = [
        f"{c.to_string(hex=True)} on {page}: contrast {c.contrast(Color(page)):.2f}"
        for c in colours
        for page in plotting.PAGE
        if c.contrast(Color(page)) < 3.0
    ]
    for (i, a), (j, b) in itertools.combinations(enumerate(colours), 2):
        seen = ["normal"]
        if i % len(plotting.DASHES) == j % len(plotting.DASHES):
            seen += ["deutan", "protan"]
        for vision in seen:
            x, y = (a, b) if vision == "normal" else (a.filter(vision), b.filter(vision))
            apart = x.delta_e(y, method="2000")
            if apart < 20:
                problems.append(
                    f"{plotting.PALETTE[i]} and {plotting.PALETTE[j]} ({vision}): {apart:.1f} apart"
                )
    assert not problems, "\n".join(problems)
