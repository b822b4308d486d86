"""The build-time experiments: the numbers theory predicts, determinism, the result cache,
and tables and figures that carry no words."""

from __future__ import annotations

import json
import re
from typing import Any

import numpy as np
import pytest

from activations import experiments, figures, plotting
from activations.experiments import dying, nonlinearity, tables, vanishing

MODULES = {"vanishing": vanishing, "dying": dying, "nonlinearity": nonlinearity}


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    experiments.use_store(None)  # compute in this process, once per name
    return {name: experiments.results(name) for name in experiments.NAMES}


def test_the_sigmoid_gradient_vanishes_in_20_layers(results) -> None:
    norms = results["vanishing"]["norms"]["sigmoid"]
    assert len(norms) == 20
    assert norms[0] * 100 <= norms[-1]
    # Xavier keeps the weights' factor near 1, so each layer costs at least the sigmoid's 4.
    assert norms[0] <= norms[-1] * 4.0**-10


@pytest.mark.parametrize("name", ["tanh", "relu", "leaky_relu", "gelu", "selu"])
def test_usual_initialisations_keep_the_gradient(results, name: str) -> None:
    data = results["vanishing"]
    ratio, sigmoid = data["ratio"][name], data["ratio"]["sigmoid"]
    assert 0.1 <= ratio <= 10, f"{name}: first/last gradient ratio {ratio:g}"
    assert abs(np.log(ratio)) < abs(np.log(sigmoid)) / 5


def test_each_function_has_its_usual_initialisation() -> None:
    assert vanishing.SCHEMES == {
        "sigmoid": "xavier",
        "tanh": "xavier",
        "relu": "he",
        "leaky_relu": "he",
        "gelu": "he",
        "selu": "lecun",
    }


def test_too_large_a_learning_rate_kills_relu_units(results) -> None:
    data = results["dying"]
    large, sensible = data["too_large"], data["sensible"]
    assert large["relu"]["dead"] > large["leaky_relu"]["dead"]
    assert large["relu"]["dead"] > large["elu"]["dead"]
    assert large["relu"]["dead"] >= 0.5
    # A dead ReLU network has lost the task; the leaky one keeps most of it.
    assert large["leaky_relu"]["accuracy"] > large["relu"]["accuracy"]
    for name, run in sensible.items():
        assert run["dead"] < 0.1, name
        assert run["accuracy"] >= 0.9, name


def test_a_linear_stack_is_its_product_matrix(results) -> None:
    stack = results["nonlinearity"]["stack"]
    assert np.array(stack["matrix"]).shape == (2, 2)
    assert stack["max_difference"] <= 1e-12


def test_only_the_nonlinear_network_learns_xor(results) -> None:
    networks = results["nonlinearity"]["networks"]
    assert networks["identity"]["accuracy"] <= 0.75  # no line gets more than 3 of 4 corners
    assert networks["relu"]["accuracy"] >= 0.95


def test_the_linear_network_draws_a_straight_boundary(results) -> None:
    """Without an activation p = sigmoid(affine map): its logit is a plane in (x1, x2)."""
    data = results["nonlinearity"]
    grid = np.array(data["grid"])
    p = np.array(data["networks"]["identity"]["probability"])
    x1, x2 = np.meshgrid(grid, grid)
    design = np.column_stack([x1.ravel(), x2.ravel(), np.ones(x1.size)])
    logit = np.log(p / (1 - p)).ravel()
    fit, *_ = np.linalg.lstsq(design, logit, rcond=None)
    assert np.max(np.abs(design @ fit - logit)) < 1e-3  # the data is rounded to 1e-6


@pytest.mark.parametrize("name", experiments.NAMES)
def test_experiments_are_deterministic(results, name: str) -> None:
    again = json.loads(json.dumps(MODULES[name].run()))
    assert again == results[name]


class DictStore:
    def __init__(self) -> None:
        self.data: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        return self.data.get(key)

    def put(self, key: str, data: bytes) -> None:
        self.data[key] = data


def test_results_come_from_the_store_when_their_code_is_unchanged(results) -> None:
    store = DictStore()
    try:
        experiments.use_store(store)
        assert experiments.prepare(("vanishing",)) == 1
        assert list(store.data) == [experiments.fingerprint("vanishing")]
        experiments.use_store(store)  # a new build: nothing in memory
        assert experiments.prepare(("vanishing",)) == 0
        assert experiments.results("vanishing") == results["vanishing"]
    finally:
        experiments.use_store(None)


def test_the_fingerprint_covers_the_code_an_experiment_runs() -> None:
    sources = set(experiments.sources("vanishing"))
    assert {
        "activations.experiments.vanishing",
        "activations.experiments.mlp",
        "activations.catalog.classic",  # the kernels it calls
        "activations.catalog.smooth",
        "activations.api",
        "activations.registry",
    } <= sources
    # Figures, pages and prose do not change the numbers: editing them re-runs nothing.
    assert not {"activations.plotting", "activations.figures", "activations.pages"} & sources
    assert experiments.fingerprint("vanishing") != experiments.fingerprint("dying")


MATH = re.compile(r"\$\$.*?\$\$|\$[^$]*\$", re.DOTALL)


@pytest.mark.parametrize("name", list(tables.TABLES))
def test_tables_are_math_and_numbers_only(results, name: str) -> None:
    """Like the figures, the tables serve every language: no words outside math."""
    outside = MATH.sub("", tables.experiment_table(name))
    assert not re.search(r"[^\W\d_]{2,}", outside), outside


def test_unknown_experiment_table_fails_loudly() -> None:
    with pytest.raises(KeyError, match="unknown experiment table"):
        tables.experiment_table("nope", "x.md")


def test_experiment_figures_render_language_neutral(results) -> None:
    specs = figures.experiment_figures()
    assert [f.name for f in specs] == [f"experiments/{n}" for n in experiments.NAMES]
    for spec in specs:
        assert spec.alt.strip()
        assert spec.themed
        plot = spec.prepare()
        labels = [c.label for c in plot.curves] + [m.label for m in plot.maps]
        labels += [v for k, v in plot.options.items() if k.endswith("label")]
        assert labels
        assert all(label.startswith("$") for label in labels), labels
    maps = specs[-1].prepare()
    svg = plotting.render(maps)
    assert maps.kind == "maps"
    assert len(maps.maps) == 2
    assert plotting.dark_variant(svg) != svg  # the neutral colours are swapped
    assert all(colour in svg for colour in plotting.PALETTE[:2])
