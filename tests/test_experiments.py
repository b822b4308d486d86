"""The build-time experiments: the numbers theory predicts, determinism, the result cache,
and tables and figures that carry no words."""

from __future__ import annotations

import contextlib
import itertools
import json
import math
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np
import pytest
import scipy.stats

import activations
from activations import experiments, figures, plotting
from activations.experiments import (
    attention,
    dying,
    initialisation,
    mlp,
    nonlinearity,
    tables,
    vanishing,
)
from site_tools import output_cache

MODULES = {
    "vanishing": vanishing,
    "dying": dying,
    "nonlinearity": nonlinearity,
    "initialisation": initialisation,
    "attention": attention,
}
# Seconds each: run again in this process. The trained ones (minutes on a cold cache)
# are tested for determinism in fresh processes on a small configuration (test_digits).
QUICK = [name for name in experiments.NAMES if name not in experiments.TRAINED]


def build_store() -> None:
    """The build's result cache: the trained experiments run at most once, for the
    tests and the builds alike (the quick ones come from it too, or run and fill it)."""
    experiments.use_store(output_cache.ResultCache())


@pytest.fixture(scope="module")
def results() -> dict[str, dict[str, Any]]:
    build_store()
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


# The variance of the initial weights of a layer with fan_in inputs and fan_out outputs,
# as each scheme's paper states it: Glorot & Bengio (2010), He et al. (2015), and LeCun
# et al., "Efficient BackProp" (1998), which Klambauer et al. (2017) prescribe for SELU
# as "LeCun normal".
def glorot(fan_in: int, fan_out: int) -> float:
    return 2 / (fan_in + fan_out)


def he(fan_in: int, fan_out: int) -> float:
    return 2 / fan_in


def lecun(fan_in: int, fan_out: int) -> float:
    return 1 / fan_in


Variance = Callable[[int, int], float]
PUBLISHED: dict[str, Variance] = {"xavier": glorot, "he": he, "lecun": lecun}
# Which variance the literature prescribes for each activation: Glorot's for the sigmoid
# and tanh it was derived for, He's for the ReLU family it was derived for (GELU, ReLU's
# smooth relative, included), LeCun normal for SELU, whose self-normalisation assumes it.
PRESCRIBED: dict[str, Variance] = {
    **dict.fromkeys(["sigmoid", "tanh"], glorot),
    **dict.fromkeys(["relu", "leaky_relu", "prelu", "rrelu", "gelu"], he),
    "selu": lecun,
}


def tolerance(size: int) -> float:
    """Five standard errors of a sample variance of ``size`` normal values, relative."""
    return 5 * math.sqrt(2 / size)


# A large sample in which every scheme gives a different variance (fan_in != fan_out,
# both ways): the first test below checks that it tells them apart.
LARGE = [800, 200, 800]


def layers(sizes: list[int]) -> list[tuple[int, int]]:
    return list(itertools.pairwise(sizes))


@pytest.mark.parametrize("scheme", PUBLISHED)
def test_initialisation_has_the_published_variance(scheme: str) -> None:
    variance = PUBLISHED[scheme]
    net = mlp.init(LARGE, "relu", scheme, np.random.default_rng(0))
    for (fan_in, fan_out), w, b in zip(layers(LARGE), net.weights, net.biases, strict=True):
        assert w.shape == (fan_out, fan_in)
        assert np.all(b == 0)
        expected = variance(fan_in, fan_out)
        assert abs(w.mean()) < 5 * math.sqrt(expected / w.size)
        assert w.var() == pytest.approx(expected, rel=tolerance(w.size))
        # Normal, not uniform: the excess kurtosis of a normal sample is 0 (a uniform's -1.2).
        assert abs(scipy.stats.kurtosis(w, axis=None)) < 5 * math.sqrt(24 / w.size)
        # Any other scheme's variance lies far outside this test's tolerance.
        others = [f(fan_in, fan_out) for name, f in PUBLISHED.items() if name != scheme]
        assert all(abs(other / expected - 1) > 5 * tolerance(w.size) for other in others)


def test_each_activation_gets_the_initialisation_its_literature_prescribes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The vanishing-gradient experiment, run with mlp.init watched: the weights it
    draws for each activation, and the scheme it asks for drawn on a large sample, have
    the variance that activation's literature prescribes."""
    built: dict[str, tuple[str, mlp.Network]] = {}
    init = mlp.init

    def watched(
        sizes: list[int], activation: str, scheme: str, rng: np.random.Generator, **params: float
    ) -> mlp.Network:
        net = init(sizes, activation, scheme, rng, **params)
        built[activation] = (scheme, net)
        return net

    monkeypatch.setattr(mlp, "init", watched)
    vanishing.run()
    assert {"sigmoid", "tanh", "relu", "selu"} <= set(built)
    for activation, (scheme, net) in built.items():
        assert activation in PRESCRIBED, f"which initialisation does {activation} need?"
        prescribed = PRESCRIBED[activation]
        # The experiment's own weights, layer by layer. (Its hidden layers are square,
        # where Glorot's variance equals LeCun's: hence the large sample below.)
        for layer, w in enumerate(net.weights):
            fan_out, fan_in = w.shape
            expected, measured = prescribed(fan_in, fan_out), float(np.mean(w**2))
            assert measured == pytest.approx(expected, rel=tolerance(w.size)), (
                f"{activation}, layer {layer}: variance {measured:.4g}, {expected:.4g} prescribed"
            )
        large = init(LARGE, activation, scheme, np.random.default_rng(1))
        for (fan_in, fan_out), w in zip(layers(LARGE), large.weights, strict=True):
            expected = prescribed(fan_in, fan_out)
            assert w.var() == pytest.approx(expected, rel=tolerance(w.size)), (
                f"{activation} gets {scheme!r}: variance {w.var():.4g} for fan_in {fan_in}, "
                f"fan_out {fan_out}; {expected:.4g} prescribed"
            )


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


@pytest.mark.parametrize("name", QUICK)
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

    def lock(self, key: str) -> contextlib.nullcontext[None]:
        return contextlib.nullcontext()


def test_results_come_from_the_store_when_their_code_is_unchanged(results) -> None:
    store = DictStore()
    try:
        experiments.use_store(store)
        assert experiments.prepare(("vanishing",)) == 1
        code = experiments.fingerprint("vanishing")
        # The activations the guide compares, recorded as the experiment asked for them.
        used = ["gelu", "leaky_relu", "relu", "selu", "sigmoid", "tanh"]
        assert json.loads(store.data[code]) == used
        assert set(store.data) == {code, f"{code}-{experiments.kernels_key(used)}"}
        experiments.use_store(store)  # a new build: nothing in memory
        assert experiments.prepare(("vanishing",)) == 0
        assert experiments.results("vanishing") == results["vanishing"]
    finally:
        build_store()


def test_serve_defers_a_trained_experiment_the_store_lacks_and_takes_what_it_holds() -> None:
    """Under serve (defer): digits, not in the store, is left out, named, and raises
    Skipped (its tables show dashes) without training; the quick ones still run; once the
    store holds digits's results for the code as it is, the next build takes them."""
    store = DictStore()
    try:
        last: dict[str, Any] = {}
        experiments.use_store(store, defer=True, last=last)
        assert experiments.prepare(("digits", "dying")) == 1  # dying ran, digits did not
        assert experiments.deferred() == {"digits"}
        assert experiments.skipped("digits")
        assert not experiments.skipped("dying")
        with pytest.raises(experiments.Skipped):
            experiments.results("digits")
        assert set(tables.digits().splitlines()[-1].strip("| ").split(" | ")) == {tables.NONE}
        code = experiments.fingerprint("digits")
        assert not any(key.startswith(code) for key in store.data), "digits trained"
        # As a background training leaves them: the activations it used, its results.
        store.put(code, json.dumps(["relu"]).encode())
        store.put(f"{code}-{experiments.kernels_key(['relu'])}", b'{"stand-in": 1}')
        experiments.use_store(store, defer=True, last=last)  # the rebuild after the signal
        assert experiments.prepare(("digits",)) == 0
        assert experiments.deferred() == frozenset()
        assert experiments.results("digits") == {"stand-in": 1}
        # A kernel edit: the store lacks results for the new code, so the build shows the
        # last ones while the training runs.
        store.data.clear()
        experiments.use_store(store, defer=True, last=last)
        assert experiments.prepare(("digits",)) == 0
        assert experiments.deferred() == {"digits"}
        assert not experiments.skipped("digits")
        assert experiments.results("digits") == {"stand-in": 1}
    finally:
        build_store()


def test_a_vector_entry_is_recorded_and_keyed_like_a_scalar_one() -> None:
    """The attention experiment asks for softmax by activations.vector_function: its
    kernels (function, Jacobian, vector-Jacobian product) key the cached result."""
    store = DictStore()
    try:
        experiments.use_store(store)
        assert experiments.prepare(("attention",)) == 1
        code = experiments.fingerprint("attention")
        assert json.loads(store.data[code]) == ["softmax"]
        assert f"{code}-{experiments.kernels_key(['softmax'])}" in store.data
    finally:
        build_store()
    seen: dict[str, str] = {}
    experiments._reached(activations.VECTOR_REGISTRY["softmax"].vjp, seen)
    assert any(name.startswith("activations.catalog.vector.") for name in seen)
    assert experiments.kernels_key(["softmax"]) != experiments.kernels_key(["sparsemax"])


def test_each_task_is_kept_apart_so_a_kernel_edit_reruns_only_its_tasks(monkeypatch) -> None:
    store, computed = DictStore(), []

    def compute(todo: list[tuple[str, int]]) -> list[dict[str, Any]]:
        computed.append(list(todo))
        return [{"activation": name, "seed": seed, "value": math.nan} for name, seed in todo]

    tasks = [("relu", 0), ("tanh", 0), ("tanh", 1)]
    try:
        experiments.use_store(store)
        monkeypatch.setattr(experiments, "_running", "code")  # as inside an experiment's run
        first = experiments.each(tasks, compute, lambda task: task[0])
        assert experiments.each(tasks, compute, lambda task: task[0]) == [
            {"activation": name, "seed": seed, "value": pytest.approx(math.nan, nan_ok=True)}
            for name, seed in tasks
        ]
        assert computed == [tasks]
        tanh, get = activations.REGISTRY["tanh"], activations.get

        def halved(x, **params):
            return 0.5 * np.tanh(x)

        edited = replace(tanh, function=halved)  # what the kernels key reads, tanh edited
        monkeypatch.setattr(activations, "get", lambda n: edited if n == "tanh" else get(n))
        assert len(experiments.each(tasks, compute, lambda task: task[0])) == 3
        assert computed == [tasks, tasks[1:]]
        assert len(first) == 3
    finally:
        build_store()


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
    figure_and_page_code = {"plotting", "sampling", "figures", "pages", "blocks"}
    assert not {f"activations.{name}" for name in figure_and_page_code} & sources
    assert experiments.fingerprint("vanishing") != experiments.fingerprint("dying")


def test_the_kernels_key_follows_the_code_a_kernel_reaches() -> None:
    """ELU's derivative calls ReLU's derivative kernel (another function of the catalog):
    its key covers that function's code, and the constants SELU's kernels read."""
    seen: dict[str, str] = {}
    experiments._reached(activations.get("elu").derivative, seen)
    assert "activations.catalog.classic.relu_derivative" in seen
    seen = {}
    experiments._reached(activations.get("selu").function, seen)
    assert seen["activations.catalog.rectifiers.SELU_SCALE"] == repr(1.0507009873554805)
    # One activation's kernels do not enter another's key: editing tanh re-runs only
    # the experiments that use tanh.
    assert experiments.kernels_key(["relu"]) != experiments.kernels_key(["relu", "tanh"])
    assert experiments.kernels_key(["relu", "elu"]) == experiments.kernels_key(["elu", "relu"])


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
    names = [f.name for f in specs]
    assert len(set(names)) == len(names)
    for experiment in experiments.NAMES:  # each has its figure or figures
        assert any(
            n == f"experiments/{experiment}" or n.startswith(f"experiments/{experiment}-")
            for n in names
        ), experiment
    for spec in specs:
        assert spec.alt.strip()
        assert spec.themed
        plot = spec.prepare()
        labels = [c.label for c in plot.curves] + [m.label for m in plot.maps]
        labels += [v for k, v in plot.options.items() if k.endswith("label")]
        assert labels
        assert all(label.startswith("$") for label in labels), labels
    maps = next(f for f in specs if f.name == "experiments/nonlinearity").prepare()
    svg = plotting.render(maps)
    assert maps.kind == "maps"
    assert len(maps.maps) == 2
    assert plotting.dark_variant(svg) != svg  # the neutral colours are swapped
    assert all(colour in svg for colour in plotting.PALETTE[:2])


# The mean-field recursion for q_l = E[z_l^2] in a wide network with weight variance
# c/n and zero biases: q_{l+1} = c E[f(z)^2] for z ~ N(0, q_l) (Poole et al., 2016),
# with the expectation by Gauss-Hermite quadrature and each f written out here, apart
# from the package. (SELU's constants from Klambauer et al., 2017.)
SELU_LAMBDA, SELU_ALPHA = 1.0507009873554805, 1.6732632423543772
ORACLE_F: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "relu": lambda z: np.maximum(z, 0.0),
    "tanh": np.tanh,
    "selu": lambda z: SELU_LAMBDA * np.where(z > 0, z, SELU_ALPHA * np.expm1(np.minimum(z, 0))),
}
GAIN = {"he": 2.0, "xavier": 1.0, "lecun": 1.0}  # n Var W on square layers


def mean_field(activation: str, scheme: str, q1: float, depth: int) -> list[float]:
    nodes, weights = np.polynomial.hermite_e.hermegauss(101)  # weight exp(-x^2/2)
    weights = weights / weights.sum()
    q = [q1]
    for _ in range(depth - 1):
        z = math.sqrt(q[-1]) * nodes
        q.append(GAIN[scheme] * float(weights @ ORACLE_F[activation](z) ** 2))
    return q


def test_the_second_moment_follows_the_mean_field_recursion(results) -> None:
    """Every pairing, every layer, within finite-width noise (a factor of 2) of the
    recursion started from the measured first layer: ReLU with 1/n halves at each layer
    (2^-49 over the network), with 2/n it stays; SELU holds 1; tanh with 1/n decays
    like 1/(2l), with 2/n it finds its fixed point."""
    data = results["initialisation"]
    assert {(p["activation"], p["scheme"]) for p in data["pairs"]} >= {
        ("relu", "he"),
        ("relu", "xavier"),
        ("selu", "lecun"),
        ("tanh", "xavier"),
    }
    for pair in data["pairs"]:
        measured = np.array(pair["q"])
        predicted = np.array(
            mean_field(pair["activation"], pair["scheme"], measured[0], data["depth"])
        )
        ratio = measured / predicted
        assert np.all(np.abs(np.log2(ratio)) < 1), (pair["activation"], pair["scheme"], ratio)
    relu_xavier = next(
        p["q"] for p in data["pairs"] if p["scheme"] == "xavier" and p["activation"] == "relu"
    )
    assert relu_xavier[-1] / relu_xavier[0] == pytest.approx(2.0**-49, rel=1.0)


def _expected_largest_softmax_weight(keys: int, samples: int = 40_000) -> float:
    """E[max_j p_j] for ``keys`` independent standard normal logits, by Monte Carlo with
    numpy's own exponential (not the package's softmax)."""
    z = np.random.default_rng(12345).standard_normal((samples, keys))
    e = np.exp(z)
    return float(np.mean(e.max(axis=1) / e.sum(axis=1)))


def test_unscaled_attention_saturates_and_scaled_attention_does_not(results) -> None:
    """Vaswani et al. (2017, footnote 4): q . k of independent unit-variance components
    has variance d. Unscaled, the softmax turns one-hot as d grows and its Jacobian
    fades; divided by sqrt(d), the logits keep unit variance and, once d is large enough
    for |q|^2 / d to be near 1, the weights have the spread of standard normal logits."""
    data = results["attention"]
    dims, keys = data["dims"], data["keys"]
    unscaled, scaled = data["rows"]["unscaled"], data["rows"]["scaled"]
    typical = _expected_largest_softmax_weight(keys)
    for d, raw, normed in zip(dims, unscaled, scaled, strict=True):
        assert raw["logit_std"] == pytest.approx(math.sqrt(d), rel=0.15), d
        assert normed["logit_std"] == pytest.approx(1.0, rel=0.15), d
        if d >= 64:  # |q|^2 / d is near 1: the scaled logits of a query are about N(0, 1)
            assert normed["max_weight"] == pytest.approx(typical, abs=0.05), d
            assert 0.8 < normed["entropy"] < 0.95, d
    largest = [row["max_weight"] for row in unscaled]
    assert largest == sorted(largest)
    assert largest[-1] > 0.98
    assert unscaled[-1]["entropy"] < 0.02
    # One-hot weights have a zero Jacobian: at d = 4096 little gradient reaches the logits.
    assert unscaled[-1]["jacobian"] < scaled[-1]["jacobian"] / 10
    assert unscaled[-1]["gradient"] < scaled[-1]["gradient"] / 10
    assert data["uniform_jacobian"] == pytest.approx(math.sqrt(keys - 1) / keys)
