"""The digits experiment (activations/experiments/digits.py) and its page: the network's
pieces against their definitions (softmax cross-entropy, Adam, the backward pass against
central differences), the data split, bit-for-bit reproducibility in fresh processes,
draft builds, the cache key, the numbers theory predicts, and the page as a reader gets
it (its tables sortable from the keyboard).

The tests of the full results read them from the build's result cache (.cache/, or
ACTIVATIONS_CACHE): on a cold cache the first of them trains every network, as a cold
build would, and the build then trains nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import numpy as np
import pytest

import activations
from activations import blocks, experiments, i18n, learning_path
from activations.experiments import digits, mlp, tables
from site_tools import output_cache
from tests.site import ROOT, Site, attr
from tests.test_experiments import PRESCRIBED, DictStore, Variance, glorot, he, lecun

HIDDEN = digits.hidden_activations()


# ---- The network's pieces ------------------------------------------------------------


def test_softmax_cross_entropy_is_its_definition() -> None:
    rng = np.random.default_rng(0)
    logits, labels = rng.standard_normal((5, 4)) * 3, np.array([0, 3, 1, 1, 2])
    loss, grad = mlp.softmax_cross_entropy(logits, labels)
    p = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    assert loss == pytest.approx(-np.mean(np.log(p[np.arange(5), labels])), rel=1e-12)
    expected = p.copy()
    expected[np.arange(5), labels] -= 1
    np.testing.assert_allclose(grad, expected / 5, rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(grad.sum(axis=1), 0.0, atol=1e-15)  # softmax sums to 1
    # Huge logits: the shift keeps exp from overflowing; the loss is the logit gap.
    loss, grad = mlp.softmax_cross_entropy(np.array([[1000.0, 0.0]]), np.array([1]))
    assert loss == pytest.approx(1000.0)
    assert np.all(np.isfinite(grad))


def test_adam_steps_are_the_published_update() -> None:
    """Kingma & Ba (2015), Algorithm 1: the first step moves each parameter by the rate
    against the sign of its gradient (m_hat = g, v_hat = g^2); the second by the
    bias-corrected moments of both gradients."""
    net = mlp.init([3, 2], "relu", "he", np.random.default_rng(0))
    w0, b0 = net.weights[0].copy(), net.biases[0].copy()
    g1 = ([np.array([[0.5, -2.0, 1e-3], [3.0, 0.0, -1.0]])], [np.array([0.25, -4.0])])
    state = mlp.Adam(rate=0.1)
    mlp.adam_step(net, g1, state)
    for p, p0, g in ((net.weights[0], w0, g1[0][0]), (net.biases[0], b0, g1[1][0])):
        np.testing.assert_allclose(p0 - p, 0.1 * g / (np.abs(g) + 1e-8), rtol=1e-12, atol=0)
    w1 = net.weights[0].copy()
    g2 = np.array([[1.0, 1.0, 1.0], [-1.0, 2.0, 0.5]])
    mlp.adam_step(net, ([g2], [np.zeros(2)]), state)
    m = (0.9 * 0.1 * g1[0][0] + 0.1 * g2) / (1 - 0.9**2)
    v = (0.999 * 0.001 * g1[0][0] ** 2 + 0.001 * g2**2) / (1 - 0.999**2)
    np.testing.assert_allclose(w1 - net.weights[0], 0.1 * m / (np.sqrt(v) + 1e-8), rtol=1e-12)
    assert state.t == 2


def loss_of(net: mlp.Network, x: np.ndarray, labels: np.ndarray) -> float:
    return mlp.softmax_cross_entropy(mlp.forward(net, x).output, labels)[0]


@pytest.mark.parametrize("name", HIDDEN)
def test_the_backward_pass_is_the_derivative_of_the_loss(name: str) -> None:
    """Every weight's and bias's gradient from mlp.backward against the central
    difference (L(p + h) - L(p - h)) / 2h of the loss, for every activation trained."""
    rng = np.random.default_rng(7)
    net = mlp.init([5, 4, 4, 3], name, digits.scheme(name), rng)
    for b in net.biases:
        b += rng.normal(0.0, 0.3, b.shape)  # non-zero biases: their gradients are tested too
    x, labels = rng.standard_normal((6, 5)), np.array([0, 1, 2, 2, 1, 0])
    trace = mlp.forward(net, x)
    grads = mlp.backward(net, trace, mlp.softmax_cross_entropy(trace.output, labels)[1])
    h = 1e-6
    for params, analytic in ((net.weights, grads[0]), (net.biases, grads[1])):
        for p, g in zip(params, analytic, strict=True):
            numeric = np.zeros_like(p)
            for index in np.ndindex(p.shape):
                saved = p[index]
                p[index] = saved + h
                up = loss_of(net, x, labels)
                p[index] = saved - h
                down = loss_of(net, x, labels)
                p[index] = saved
                numeric[index] = (up - down) / (2 * h)
            np.testing.assert_allclose(g, numeric, rtol=1e-5, atol=1e-8, err_msg=name)


# ---- Which functions, which initialisation, which data ------------------------------


def test_every_entry_with_a_gradient_is_trained() -> None:
    """Only an entry whose derivative is 0 everywhere is left out: the binary step."""
    grid = np.linspace(-50.0, 50.0, 100001)
    left_out = set(activations.REGISTRY) - set(HIDDEN)
    assert left_out == {"binary_step"}
    for name in left_out:
        assert np.all(activations.function(name).derivative(grid) == 0.0)
    assert "identity" in HIDDEN  # the linear baseline


SCHEMES: dict[Variance, str] = {glorot: "xavier", he: "he", lecun: "lecun"}


@pytest.mark.parametrize("name", HIDDEN)
def test_each_function_gets_its_usual_initialisation(name: str) -> None:
    if name in PRESCRIBED:  # what the literature prescribes, as test_experiments lists it
        assert digits.scheme(name) == SCHEMES[PRESCRIBED[name]]
    assert digits.scheme(name) in mlp.INIT


def test_the_split_is_stratified_fixed_and_standardised() -> None:
    x, y, x_test, y_test = digits.data()
    assert (len(x), len(x_test)) == (1347, 450)
    assert x.shape[1] == x_test.shape[1] == 64
    counts, test_counts = np.bincount(y, minlength=10), np.bincount(y_test, minlength=10)
    for total, test in zip(counts + test_counts, test_counts, strict=True):
        assert test == round(digits.TEST_SHARE * total)  # every class in the same share
    np.testing.assert_allclose(x.mean(axis=0), 0.0, atol=1e-12)
    std = x.std(axis=0)
    assert np.all((np.abs(std - 1) < 1e-12) | (std == 0))  # blank pixels stay 0
    # Not one image in both sets (the digits data has no exact duplicates across them).
    train_rows = {row.tobytes() for row in x}
    assert not any(row.tobytes() in train_rows for row in x_test)


def test_the_data_file_enters_the_cache_key(monkeypatch: pytest.MonkeyPatch) -> None:
    key = experiments.fingerprint("digits")
    assert key == experiments.fingerprint("digits")
    monkeypatch.setattr(digits, "DATA_FILES", (("scikit-learn", "sklearn/datasets/data/iris.csv"),))
    assert experiments.fingerprint("digits") != key


# ---- Reproducibility ------------------------------------------------------------------

SMALL = (
    "digits.Config(names=('relu', 'tanh', 'squareplus'), depths=(2, 3), epochs=2, "
    "seeds=(0, 1), dying=('relu',), high_rates=(0.1,), workers={workers})"
)
SCRIPT = """
import json, sys
from activations.experiments import digits
sys.stdout.write(json.dumps(digits.run({config})))
"""


def fresh_run(workers: int) -> bytes:
    script = SCRIPT.format(config=SMALL.format(workers=workers))
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, check=True, timeout=300
    )
    return done.stdout


def test_the_same_seeds_give_the_same_bits_in_fresh_processes() -> None:
    """Two fresh processes, each training on two worker processes, print the same JSON,
    byte for byte; so does one that trains everything in its own process."""
    first, second, serial = fresh_run(2), fresh_run(2), fresh_run(1)
    assert first == second
    assert first.replace(b'"workers": 1', b'"workers": 2') == serial.replace(
        b'"workers": 1', b'"workers": 2'
    )
    data = json.loads(first)
    assert set(data["runs"]) == {"relu", "tanh", "squareplus"}
    assert len(data["runs"]["relu"]["3"]["mean"]["accuracy"]) == 3  # epochs 0, 1, 2
    assert len(data["runs"]["relu"]["3"]["gradients"]) == 2


def test_a_diverging_network_is_recorded_not_raised() -> None:
    """An overflow stops the run at that epoch; the results hold no NaN (JSON has none)."""
    run = digits.Run("relu", 60, 0, 1e6, 16, 3, 64)  # weights of 1e6 over 60 layers
    curves = digits.train(run)
    assert curves["diverged"] is not None
    assert len(curves["accuracy"]) == 4
    clean = digits._finite_or_none(curves)
    json.dumps(clean, allow_nan=False)


# ---- Draft builds ---------------------------------------------------------------------


def test_a_draft_build_trains_nothing_and_still_builds() -> None:
    store = DictStore()
    try:
        experiments.use_store(store, draft=True)
        assert experiments.skipped("digits")
        assert not experiments.skipped("vanishing")
        experiments.prepare(("digits",))
        assert store.data == {}
        with pytest.raises(experiments.Skipped):
            experiments.results("digits")
        for name in ("digits", "digits-dead", "digits-gradients"):
            table = tables.experiment_table(name)
            assert table.splitlines()[-1].strip("| ").split(" | ") == [tables.NONE] * len(
                table.splitlines()[0].split(" | ")
            )
        relu = i18n.localize(activations.REGISTRY["relu"], "en")
        row = blocks.ENTRY_BLOCKS["experiment-row"](relu, i18n.labels("en"), "functions/relu.md")
        assert "../experiments/digits.md" in row
    finally:
        experiments.use_store(output_cache.ResultCache())


# ---- The full results: what the page says they show ------------------------------------


@pytest.fixture(scope="module")
def data() -> dict[str, Any]:
    experiments.use_store(output_cache.ResultCache())
    return experiments.results("digits")


def test_every_function_is_trained_at_both_depths_from_three_seeds(data) -> None:
    assert data["config"]["names"] == HIDDEN
    assert len(data["config"]["seeds"]) >= 3
    epochs = data["config"]["epochs"]
    for name in HIDDEN:
        for depth in data["config"]["depths"]:
            run = data["runs"][name][str(depth)]
            assert len(run["final"]["accuracy"]) == len(data["config"]["seeds"])
            assert len(run["mean"]["accuracy"]) == epochs + 1


def test_the_sigmoid_s_gradient_vanishes_while_it_learns(data) -> None:
    """At depth 12 with Glorot's variance on square layers, each layer multiplies the
    gradient by about f'(0): (1/4)^11 for the sigmoid, (1/6)^11 for hardsigmoid, between
    the last hidden layer and the first, within a factor 4 (the layers' inputs differ)."""
    deep = str(max(data["config"]["depths"]))
    for name in ("sigmoid", "hardsigmoid"):
        norms = data["runs"][name][deep]["gradients"]
        slope = float(activations.function(name).derivative(0.0))
        predicted = slope ** (int(deep) - 1)
        assert 1 / 4 < norms[0][0] / norms[0][-1] / predicted < 4, name
    assert max(data["runs"]["sigmoid"][deep]["final"]["accuracy"]) < 0.3
    for name in ("tanh", "relu", "gelu", "selu"):
        for epoch in data["runs"][name][deep]["gradients"]:
            assert 0.1 < epoch[0] / epoch[-1] < 10, name


def test_the_failures_and_the_linear_baseline(data) -> None:
    runs = data["runs"]

    def accuracy(name: str, depth: int) -> float:
        return float(np.mean(runs[name][str(depth)]["final"]["accuracy"]))

    assert accuracy("identity", 4) >= 0.94
    assert accuracy("identity", 12) >= 0.94
    for name in ("sigmoid", "hardsigmoid", "softshrink", "tanhshrink", "sinc", "threshold"):
        assert accuracy(name, 12) < 0.3, name
    for name in ("tanh", "relu", "leaky_relu", "elu", "selu", "gelu", "silu", "mish"):
        assert accuracy(name, 4) >= 0.96, name
        assert accuracy(name, 12) >= 0.92, name
    # The failures lose the images' differences on the way forward, before any step.
    deep = str(max(data["config"]["depths"]))
    for name in ("sigmoid", "hardsigmoid", "sinc", "tanhshrink"):
        assert runs[name][deep]["spread"] < 1e-6, name
    for name in ("tanh", "relu", "selu", "identity"):
        assert runs[name][deep]["spread"] > 0.1, name


def test_too_large_a_rate_kills_relu_units_only(data) -> None:
    high = data["high_rates"][f"{max(data['config']['high_rates']):g}"]
    relu = high["relu"]["final"]
    assert np.mean(relu["dead"]) > 0.5
    assert relu["dead"] == relu["inactive"]  # ReLU'(z) = 0 exactly where z <= 0
    for by_name in [data["high_rates"][rate] for rate in data["high_rates"]]:
        assert by_name["leaky_relu"]["final"]["dead"] == [0.0] * len(data["config"]["seeds"])
    # Leaky ReLU's units end below 0 as ReLU's do; they are not dead, and the network
    # keeps more of its accuracy.
    assert np.mean(high["leaky_relu"]["final"]["inactive"]) > 0.3
    assert np.mean(high["leaky_relu"]["final"]["accuracy"]) > np.mean(relu["accuracy"]) + 0.2


# ---- The page and the function pages ---------------------------------------------------

PAGE = "/experiments/digits/"
FIGURES = [f.name for f in activations.figures.digits_figures()]


def test_the_page_is_on_the_learning_path() -> None:
    assert "experiments/digits.md" in learning_path.guides()
    assert blocks.TRAINING_PAGE == "experiments/digits.md"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_page_shows_its_figures_and_sortable_tables(sites, language: str) -> None:
    site: Site = sites[language]
    page = site.page(PAGE)
    sources = {page.resolve(attr(img, "src")).split("#")[0] for img in page.soup.select("img")}
    for name in FIGURES:
        for variant in ("", ".dark"):
            expected = f"{site.prefix}figures/{name}{variant}.svg"
            assert expected in sources, f"{expected} not on {page.url}"
    sortable = page.soup.select(".sortable table")
    assert len(sortable) >= 2
    rows = sortable[0].select("tbody tr")
    assert len(rows) == len(HIDDEN)
    assert page.soup.select_one("#left-out") is not None
    assert "<!-- registry:" not in page.html


def generated_function_page() -> str:
    """An entry whose page is generated (no hand-written page replaces it)."""
    for name in HIDDEN:
        if not (ROOT / "docs" / learning_path.page_path(activations.REGISTRY[name])).exists():
            return name
    raise AssertionError("every function page is hand-written")


def test_a_function_page_shows_its_row_and_a_link(site: Site) -> None:
    name = generated_function_page()
    page = site.page(f"/functions/{name}/")
    links = {page.resolve(attr(a, "href")).split("#")[0] for a in page.soup.select("article a")}
    assert PAGE in links
    tables_ = page.soup.select(".experiment-table table")
    assert tables_
    assert len(tables_[-1].select("tbody tr")) == 1
    if not (ROOT / "docs" / "functions" / "binary_step.md").exists():
        excluded = site.page("/functions/binary_step/")
        hrefs = [attr(a, "href") for a in excluded.soup.select("article a")]
        assert any(href.endswith("experiments/digits/#left-out") for href in hrefs)


@pytest.mark.browser
def test_the_table_sorts_from_the_keyboard(site: Site) -> None:
    from tests.browser import chromium, served
    from tests.test_browser import _require_chromium

    _require_chromium()
    with served(site.root) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(base + PAGE, wait_until="load")
        table = page.locator(".sortable table").first
        header = table.locator("th").nth(2)  # a_12
        button = header.locator("button")
        assert header.get_attribute("aria-sort") == "none"
        button.focus()
        page.keyboard.press("Enter")
        assert header.get_attribute("aria-sort") == "ascending"
        keys = table.locator("tbody tr td:nth-child(3) .tex-source").all_text_contents()
        values = [float(k.strip("\\()").split()[0]) for k in keys]
        assert values == sorted(values)
        page.keyboard.press("Space")
        assert header.get_attribute("aria-sort") == "descending"
        keys = table.locator("tbody tr td:nth-child(3) .tex-source").all_text_contents()
        values = [float(k.strip("\\()").split()[0]) for k in keys]
        assert values == sorted(values, reverse=True)
        # A column with dashes ("never"): they stay last both ways.
        epochs = table.locator("th").nth(6)
        epochs.locator("button").click()
        cells = table.locator("tbody tr td:nth-child(7)").all_text_contents()
        numbers = [c for c in cells if c.strip() != tables.NONE]
        assert cells[len(numbers) :] == [tables.NONE] * (len(cells) - len(numbers))
        assert [int(c) for c in numbers] == sorted(int(c) for c in numbers)
