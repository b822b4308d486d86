"""The experiments' numbers as Markdown, for ``<!-- registry: experiment-table NAME -->``.

Headers and cells are math and numbers only, like the figures: each page's prose says
what the symbols mean, so one table serves every language.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable
from typing import Any

from activations.experiments import results, skipped


def _symbol(name: str) -> str:
    from activations import get

    return get(name).math_symbol


def scientific(value: float, digits: int = 2) -> str:
    """A number for a table cell: plain when moderate, else a x 10^k, in math."""
    if value == 0 or 1e-2 <= abs(value) < 1e3:
        return f"{value:#.{digits + 1}g}".rstrip(".")  # 3 digits, trailing zeros kept
    exponent = math.floor(math.log10(abs(value)))
    mantissa = round(value / 10**exponent, digits - 1)
    if abs(mantissa) >= 10:  # 9.996e-4 is 1.0 x 10^-3, not 10.0 x 10^-4
        mantissa, exponent = mantissa / 10, exponent + 1
    return rf"${mantissa:.{digits - 1}f} \times 10^{{{exponent}}}$"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], rows: list[list[str]]) -> str:
    return "\n".join([_row(header), _row(["---:"] * len(header)), *map(_row, rows)])


def vanishing() -> str:
    """One row per layer, one column per function; the ratio first/last at the bottom."""
    data = results("vanishing")
    names = list(data["norms"])
    rows = [
        [f"{layer + 1}", *(scientific(data["norms"][n][layer]) for n in names)]
        for layer in range(data["depth"])
    ]
    ratio = rf"$g_1 / g_{{{data['depth']}}}$"  # g_l = ||dL/dW_l||, as the page says
    rows.append([ratio, *(f"**{scientific(data['ratio'][n])}**" for n in names)])
    return _table([r"$\ell$", *(f"${_symbol(n)}$" for n in names)], rows)


def dying() -> str:
    """Never-active fraction and accuracy per function, at both learning rates."""
    data = results("dying")
    rates = data["rates"]
    header = [r"$f$"]
    for label in rates:
        header += [rf"$\rho$, $\eta = {rates[label]:g}$", rf"$a$, $\eta = {rates[label]:g}$"]
    rows = []
    for name in data["too_large"]:
        cells = [f"${_symbol(name)}$"]
        for label in rates:
            run = data[label][name]
            cells += [f"{run['dead']:.2f}", f"{run['accuracy']:.2f}"]
        rows.append(cells)
    return _table(header, rows)


def stack() -> str:
    """The product of the linear stack, and how far the layer-by-layer result is from it."""
    data = results("nonlinearity")["stack"]
    layers = len(data["sizes"]) - 1
    product = " ".join(f"W_{k}" for k in range(layers, 0, -1))
    matrix = r" \\ ".join(" & ".join(f"{v:.6f}" for v in row) for row in data["matrix"])
    offset = r" \\ ".join(f"{v:.6f}" for v in data["offset"])
    difference = scientific(data["max_difference"]).strip("$")
    return (
        "$$\n"
        rf"M = {product} = \begin{{pmatrix}} {matrix} \end{{pmatrix}}, \qquad "
        rf"c = \begin{{pmatrix}} {offset} \end{{pmatrix}}"
        "\n$$\n\n$$\n"
        rf"\max_{{x}} \bigl\Vert h_{layers}(x) - (M x + c) \bigr\Vert_\infty = {difference}"
        "\n$$"
    )


def xor() -> str:
    """Test accuracy of the XOR network without and with an activation."""
    data = results("nonlinearity")
    rows = [
        [
            "$f(z) = z$" if name == "identity" else f"$f(z) = {_symbol(name)}(z)$",
            f"{run['accuracy']:.3f}",
        ]
        for name, run in data["networks"].items()
    ]
    return _table(["$f$", "$a$"], rows)


# Each scheme's weight variance on this experiment's square layers (fan_in = fan_out = n).
WEIGHT_VARIANCE = {"he": "2/n", "xavier": "1/n", "lecun": "1/n"}


def initialisation() -> str:
    """The second moment of the pre-activations at a few depths, per pairing."""
    data = results("initialisation")
    depths = [1, 10, 25, data["depth"]]
    rows = [
        [
            f"${_symbol(pair['activation'])}$",
            f"${WEIGHT_VARIANCE[pair['scheme']]}$",
            *(scientific(pair["q"][depth - 1]) for depth in depths),
        ]
        for pair in data["pairs"]
    ]
    header = ["$f$", r"$\operatorname{Var} W$", *(f"$q_{{{depth}}}$" for depth in depths)]
    return _table(header, rows)


# The digits experiment (experiments.digits). A draft build skips its training: its
# tables keep their header and show one row of dashes.
NONE = "—"


def _mean(values: list[float]) -> float:
    return statistics.fmean(values)


def _loss(values: list[float | None]) -> str:
    """The mean final loss; infinite if a seed's network diverged (its loss overflowed)."""
    finite = [v for v in values if v is not None]
    return scientific(_mean(finite)) if len(finite) == len(values) else r"$\infty$"


def _value(value: float | None) -> str:
    return NONE if value is None else scientific(value)


def _ratio(norms: list[float | None]) -> str:
    first, last = norms[0], norms[-1]
    return NONE if first is None or last is None else scientific(first / last)


def _accuracy(values: list[float]) -> str:
    """Mean and standard deviation over the seeds."""
    return rf"${_mean(values):.3f} \pm {statistics.pstdev(values):.3f}$"


def _digits_header(depths: list[int]) -> list[str]:
    header = ["$f$"]
    for symbol in ("a", "L", "e", r"\rho"):
        header += [f"${symbol}_{{{depth}}}$" for depth in depths]
    return header


def _digits_cells(data: dict[str, Any], name: str) -> list[str]:
    runs = [data["runs"][name][str(depth)] for depth in data["config"]["depths"]]
    cells = [f"${_symbol(name)}$"]
    cells += [_accuracy(run["final"]["accuracy"]) for run in runs]
    cells += [_loss(run["final"]["loss"]) for run in runs]
    cells += [
        NONE if run["epochs_to_target"] is None else f"{run['epochs_to_target']}" for run in runs
    ]
    cells += [f"{_mean(run['final']['dead']):.3f}" for run in runs]
    return cells


def _skipped(header: list[str]) -> str:
    return _table(header, [[NONE] * len(header)])


def digits() -> str:
    """Every activation trained on the digits: test accuracy (mean and standard deviation
    over the seeds), final training loss, first epoch at 90% test accuracy, dead share,
    at each depth."""
    from activations.experiments.digits import CONFIG

    header = _digits_header(list(CONFIG.depths))
    if skipped("digits"):
        return _skipped(header)
    data = results("digits")
    return _table(header, [_digits_cells(data, name) for name in data["runs"]])


def digits_row(name: str) -> str | None:
    """The digits table's header and one activation's row; None for an activation the
    experiment leaves out."""
    from activations.experiments.digits import CONFIG

    header = _digits_header(list(CONFIG.depths))
    if skipped("digits"):
        return _skipped(header)
    data = results("digits")
    if name not in data["runs"]:
        return None
    return _table(header, [_digits_cells(data, name)])


def digits_dead() -> str:
    """Dead and never-active shares and test accuracy at the first depth, at the usual
    learning rate and the far too large ones."""
    from activations.experiments.digits import CONFIG

    depth = CONFIG.depths[0]
    header = ["$f$", r"$\eta$", f"$a_{{{depth}}}$", rf"$\rho_{{{depth}}}$", rf"$\nu_{{{depth}}}$"]
    if skipped("digits"):
        return _skipped(header)
    data = results("digits")
    rates = {f"{data['config']['rate']:g}": data["runs"], **data["high_rates"]}
    rows = []
    for rate, by_name in rates.items():
        for name in data["config"]["dying"]:
            run = by_name[name] if rate in data["high_rates"] else by_name[name][str(depth)]
            final = run["final"]
            rows.append(
                [
                    f"${_symbol(name)}$",
                    rate,
                    _accuracy(final["accuracy"]),
                    f"{_mean(final['dead']):.3f}",
                    f"{_mean(final['inactive']):.3f}",
                ]
            )
    return _table(header, rows)


def digits_gradients() -> str:
    """The deepest network: how much its last hidden layer's output differs from image to
    image at initialisation, and how much of the last hidden layer's gradient reaches the
    first during training (the ratio of their mean norms in a few epochs)."""
    from activations.experiments.digits import CONFIG

    deepest, epochs = max(CONFIG.depths), CONFIG.epochs
    chosen = sorted({1, epochs // 3, 2 * epochs // 3, epochs} - {0})
    header = ["$f$", f"$s_{{{deepest}}}$", *(f"$r_{{{epoch}}}$" for epoch in chosen)]
    if skipped("digits"):
        return _skipped(header)
    data = results("digits")
    rows = []
    for name, by_depth in data["runs"].items():
        norms = by_depth[str(deepest)]["gradients"]
        rows.append(
            [f"${_symbol(name)}$", _value(by_depth[str(deepest)]["spread"])]
            + [_ratio(norms[epoch - 1]) for epoch in chosen]
        )
    return _table(header, rows)


def attention() -> str:
    """Per head dimension, each measure with unscaled and with scaled logits."""
    data = results("attention")
    measures = (
        ("logit_std", r"\operatorname{sd}(s)"),
        ("max_weight", r"\max_j p_j"),
        ("entropy", r"H / \ln n"),
        ("jacobian", r"\Vert J \Vert_F"),
    )
    header = ["$d$"]
    for _, symbol in measures:
        header += [f"${symbol}$", rf"${symbol}$, $/\sqrt{{d}}$"]
    rows = []
    for i, d in enumerate(data["dims"]):
        cells = [f"{d}"]
        for key, _ in measures:
            cells += [scientific(data["rows"][s][i][key]) for s in ("unscaled", "scaled")]
        rows.append(cells)
    return _table(header, rows)


TABLES: dict[str, Callable[[], str]] = {
    "vanishing": vanishing,
    "dying": dying,
    "stack": stack,
    "xor": xor,
    "initialisation": initialisation,
    "digits": digits,
    "digits-dead": digits_dead,
    "digits-gradients": digits_gradients,
    "attention": attention,
}


def experiment_table(name: str, page: str = "") -> str:
    if name not in TABLES:
        raise KeyError(f"{page}: unknown experiment table {name!r}; known: {sorted(TABLES)}")
    return TABLES[name]()
