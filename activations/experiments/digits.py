"""How each activation trains on real data: scikit-learn's 8x8 handwritten digits.

Every registry entry that can serve as a hidden activation (its derivative is not 0
everywhere, so a gradient reaches the weights) trains the same multilayer perceptron:
4 and 12 hidden layers of 64 units, the activation's usual initialisation, softmax
cross-entropy, Adam, a fixed number of epochs, three seeds. The network is
:mod:`activations.experiments.mlp`, so the forward and backward passes use the
package's own functions and derivatives.

Measured after every epoch: the test accuracy and the training loss; during the epoch,
the norm of each layer's weight gradient; at the end, the share of dead hidden units
(units whose derivative is 0 on every training example, so their weights receive no
gradient); before the first step, how much the last hidden layer's output differs from
image to image. A second set of runs repeats ReLU, Leaky ReLU and ELU with far too large
learning rates, and counts their dead units after every epoch.

The 1,797 images ship inside scikit-learn (no download); the split into training and
test images is stratified by class and fixed. The runs are spread over two worker
processes; each run's numbers depend only on its seed, so they are the same bit for bit
whichever process computes them, or in what order.
"""

from __future__ import annotations

import functools
import math
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

import numpy as np

from activations import experiments
from activations.experiments import mlp
from activations.registry import FloatArray

# The data set: a file inside an installed distribution (distribution, path in it). Its
# bytes and the distribution's version enter the experiment's fingerprint.
DATA_FILES = (("scikit-learn", "sklearn/datasets/data/digits.csv.gz"),)
TEST_SHARE, SPLIT_SEED, CLASSES = 0.25, 2024, 10
WORKERS = 2

# The usual initialisation of each activation (experiments.mlp.INIT). He et al. (2015)
# derived 2/n for rectifiers, which pass one side and cut the other; their squared and
# smooth relatives are used with it in practice, and so is LogSigmoid, a rectifier
# mirrored.
# SELU needs LeCun normal for its self-normalisation (Klambauer et al., 2017). Glorot's
# variance (2010), derived for the sigmoid and tanh, serves the rest: the sigmoid-like,
# shrinkage and periodic functions, and the identity.
HE = frozenset(
    {
        *("relu", "leaky_relu", "relu6", "prelu", "rrelu", "threshold"),
        *("squared_relu", "star_relu", "sparse_plus"),
        *("elu", "celu", "isrlu", "gelu", "gelu_tanh", "silu", "mish"),
        *("hardswish", "softplus", "squareplus", "logsigmoid"),
    }
)
LECUN = frozenset({"selu"})


def scheme(activation: str) -> str:
    return "he" if activation in HE else "lecun" if activation in LECUN else "xavier"


@dataclass(frozen=True)
class Config:
    """Everything the runs depend on besides the code and the data. ``names`` empty:
    every entry that can serve as a hidden activation."""

    names: tuple[str, ...] = ()
    depths: tuple[int, ...] = (4, 12)
    width: int = 64
    epochs: int = 30
    batch: int = 64
    rate: float = 1e-3
    seeds: tuple[int, ...] = (0, 1, 2)
    # The same network at the first depth with far too large learning rates.
    dying: tuple[str, ...] = ("relu", "leaky_relu", "elu")
    high_rates: tuple[float, ...] = (3e-2, 1e-1)
    workers: int = WORKERS


CONFIG = Config()
TARGET = 0.9  # the test accuracy whose first epoch the table shows


@dataclass(frozen=True)
class Run:
    """One network to train (what :func:`train` needs, picklable for the workers)."""

    activation: str
    depth: int
    seed: int
    rate: float
    width: int
    epochs: int
    batch: int
    track_dead: bool = False


Data = tuple[FloatArray, np.ndarray, FloatArray, np.ndarray]


@functools.cache
def data() -> Data:
    """(training images, their labels, test images, their labels): each class split in
    the same proportion, the pixels standardised with the training images' statistics
    (a pixel that is blank in every training image stays 0)."""
    from sklearn.datasets import load_digits

    digits = load_digits()
    x, y = digits.data.astype(np.float64), digits.target.astype(np.int64)
    rng = np.random.default_rng(SPLIT_SEED)
    test = []
    for label in range(CLASSES):
        members = rng.permutation(np.flatnonzero(y == label))
        test += members[: round(TEST_SHARE * len(members))].tolist()
    is_test = np.zeros(len(y), dtype=bool)
    is_test[test] = True
    x_train, x_test = x[~is_test], x[is_test]
    mean, std = x_train.mean(axis=0), x_train.std(axis=0)
    std[std == 0.0] = 1.0
    return (x_train - mean) / std, y[~is_test], (x_test - mean) / std, y[is_test]


def shares(net: mlp.Network, trace: mlp.Trace) -> tuple[float, float]:
    """Over a forward pass, the share of hidden units that are dead, their derivative 0
    on every example (their weights and biases receive no gradient from any of them),
    and the share never active, their pre-activation <= 0 on every example."""
    from activations import function

    derivative = function(net.activation).derivative
    hidden = trace.pre[:-1]
    dead = [np.all(derivative(z, **net.params) == 0.0, axis=0) for z in hidden]
    inactive = [np.all(z <= 0.0, axis=0) for z in hidden]
    return float(np.mean(np.concatenate(dead))), float(np.mean(np.concatenate(inactive)))


def train(run: Run) -> dict[str, Any]:
    """One network trained. Per epoch (epoch 0 before any step): the test accuracy and
    the training loss (the mean over the epoch's batches; at epoch 0, over the whole
    training set), and with ``run.track_dead`` the dead and never-active shares; per epoch
    and hidden layer, the mean norm of the weight gradient over the epoch's steps. Before
    the first step, the spread of the last hidden layer; at the end, the loss and both
    shares over the whole training set.

    A network whose loss overflows has diverged: training stops, ``diverged`` records
    the epoch, and the rest of its curves repeat what it then computes (NaN outputs,
    whose arg max is class 0: about chance accuracy)."""
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        return _train(run)


def _train(run: Run) -> dict[str, Any]:
    x, y, x_test, y_test = data()
    rng = np.random.default_rng(run.seed)
    sizes = [x.shape[1], *[run.width] * run.depth, CLASSES]
    net = mlp.init(sizes, run.activation, scheme(run.activation), rng)
    adam = mlp.Adam(run.rate)
    steps = len(x) // run.batch  # the last, incomplete batch of each epoch is left out
    curves: dict[str, Any] = {key: [] for key in ("accuracy", "loss", "dead", "inactive")}
    curves["gradients"] = []
    curves["diverged"] = None

    def accuracy() -> float:
        output = mlp.forward(net, x_test).output
        return float(np.mean(np.argmax(output, axis=1) == y_test))

    def whole_training_set() -> tuple[float, float, float]:
        trace = mlp.forward(net, x)
        return mlp.softmax_cross_entropy(trace.output, y)[0], *shares(net, trace)

    loss, dead, inactive = whole_training_set()
    # How much the last hidden layer's output still differs from image to image before
    # any step: its standard deviation over the training images, averaged over its units.
    curves["spread"] = float(np.mean(np.std(mlp.forward(net, x).inputs[-1], axis=0)))
    curves["accuracy"].append(accuracy())
    curves["loss"].append(loss)
    curves["dead"].append(dead)
    curves["inactive"].append(inactive)
    for epoch in range(1, run.epochs + 1):
        order = rng.permutation(len(x))
        norms, losses = np.zeros(run.depth), 0.0
        for step in range(steps):
            batch = order[step * run.batch : (step + 1) * run.batch]
            trace = mlp.forward(net, x[batch])
            batch_loss, grad_output = mlp.softmax_cross_entropy(trace.output, y[batch])
            grads = mlp.backward(net, trace, grad_output)
            norms += [np.linalg.norm(g) for g in grads[0][: run.depth]]
            losses += batch_loss
            mlp.adam_step(net, grads, adam)
        curves["gradients"].append((norms / steps).tolist())
        curves["accuracy"].append(accuracy())
        curves["loss"].append(losses / steps)
        if not math.isfinite(losses):
            curves["diverged"] = epoch
            loss, dead, inactive = whole_training_set()
            left = run.epochs - epoch
            curves["gradients"] += [[math.nan] * run.depth] * left
            curves["accuracy"] += [curves["accuracy"][-1]] * left
            curves["loss"] += [math.nan] * left
            tracked = run.epochs - epoch + 1 if run.track_dead else 1
            curves["dead"] += [dead] * tracked
            curves["inactive"] += [inactive] * tracked
            break
        if run.track_dead or epoch == run.epochs:
            loss, dead, inactive = whole_training_set()
            curves["dead"].append(dead)
            curves["inactive"].append(inactive)
    curves["final_loss"] = loss
    return curves


T = TypeVar("T")
R = TypeVar("R")


def _one_thread() -> None:
    """A worker's BLAS on one thread: the products are small, and threads would only
    fight over the cores (and could change the order of a sum)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)


def spread(fn: Callable[[T], R], tasks: Iterable[T], workers: int) -> list[R]:
    """``fn`` over ``tasks`` in ``workers`` forked processes (they inherit the imported
    package and the loaded data), in order; in this process where forking is unsafe
    (other threads running, as under ``mkdocs serve``) or pointless."""
    todo = list(tasks)
    if workers < 2 or threading.active_count() > 1 or not hasattr(os, "fork"):
        _one_thread()
        return [fn(task) for task in todo]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_one_thread) as pool:
        return list(pool.map(fn, todo))


def hidden_activations() -> list[str]:
    """Every entry whose derivative is not 0 everywhere (on a fine grid of [-6, 6]):
    one whose derivative is 0 passes no gradient, and its network cannot learn."""
    from activations import REGISTRY, function

    grid = np.linspace(-6.0, 6.0, 1201)
    return [name for name in REGISTRY if np.any(function(name).derivative(grid) != 0.0)]


def _summary(runs: list[dict[str, Any]], gradients: bool) -> dict[str, Any]:
    """One activation at one depth and rate over the seeds: each seed's final numbers,
    the curves' means and standard deviations, the first epoch at which the mean test
    accuracy reaches TARGET (None: never), and the seeds' mean gradient norms."""
    tracked = len(runs[0]["dead"]) == len(runs[0]["accuracy"])  # every epoch, or the ends
    keys = ["accuracy", "loss", *(["dead", "inactive"] if tracked else [])]
    curves = {key: np.array([r[key] for r in runs], dtype=np.float64) for key in keys}
    out: dict[str, Any] = {
        "final": {
            "accuracy": [r["accuracy"][-1] for r in runs],
            "loss": [r["final_loss"] for r in runs],
            "dead": [r["dead"][-1] for r in runs],
            "inactive": [r["inactive"][-1] for r in runs],
        },
        "mean": {key: values.mean(axis=0).tolist() for key, values in curves.items()},
        "std": {key: values.std(axis=0).tolist() for key, values in curves.items()},
    }
    reached = np.flatnonzero(curves["accuracy"].mean(axis=0) >= TARGET)
    out["epochs_to_target"] = int(reached[0]) if reached.size else None
    out["spread"] = float(np.mean([r["spread"] for r in runs]))
    out["diverged"] = [r["diverged"] for r in runs]  # the epoch, or None, for each seed
    if gradients:
        norms = np.array([r["gradients"] for r in runs], dtype=np.float64)
        out["gradients"] = norms.mean(axis=0).tolist()
    return out


def run(config: Config = CONFIG) -> dict[str, Any]:
    from activations import function

    names = list(config.names) or hidden_activations()
    for name in {*names, *config.dying}:
        function(name)  # asked here, in this process, so that the result cache records it
    data()  # loaded before the workers fork: they inherit it
    shallow, deepest = config.depths[0], max(config.depths)

    def runs(name: str, depth: int, rate: float) -> list[Run]:
        shape = (config.width, config.epochs, config.batch)
        track = rate != config.rate
        return [Run(name, depth, seed, rate, *shape, track_dead=track) for seed in config.seeds]

    # Deepest first: the longest runs start first, and the two workers finish together.
    plan = [(n, d, config.rate) for d in sorted(config.depths, reverse=True) for n in names]
    plan += [(n, shallow, rate) for rate in config.high_rates for n in config.dying]
    tasks = [task for key in plan for task in runs(*key)]
    trained = experiments.each(
        tasks, lambda todo: spread(train, todo, config.workers), lambda task: task.activation
    )
    by_task = dict(zip(tasks, trained, strict=True))

    def summary(name: str, depth: int, rate: float) -> dict[str, Any]:
        found = [by_task[task] for task in runs(name, depth, rate)]
        return _summary(found, gradients=depth == deepest and rate == config.rate)

    x_train, _, x_test, _ = data()
    return _finite_or_none(
        {
            "config": {**asdict(config), "names": names},
            "train": len(x_train),
            "test": len(x_test),
            "target": TARGET,
            "schemes": {name: scheme(name) for name in names},
            "runs": {
                name: {str(depth): summary(name, depth, config.rate) for depth in config.depths}
                for name in names
            },
            # By rate (as written in the config, e.g. "0.03"), then by activation.
            "high_rates": {
                f"{rate:g}": {name: summary(name, shallow, rate) for name in config.dying}
                for rate in config.high_rates
            },
        }
    )


def _finite_or_none(value: Any) -> Any:
    """The results with every NaN or infinity (a diverged network's) as None: JSON has
    no such numbers."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: _finite_or_none(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite_or_none(item) for item in value]
    return value
