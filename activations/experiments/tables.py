"""The experiments' numbers as Markdown, for ``<!-- registry: experiment-table NAME -->``.

Headers and cells are math and numbers only, like the figures: each page's prose says
what the symbols mean, so one table serves every language.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from activations.experiments import results


def _symbol(name: str) -> str:
    from activations import get

    return get(name).math_symbol


def scientific(value: float, digits: int = 2) -> str:
    """A number for a table cell: plain when moderate, else a x 10^k, in math."""
    if value == 0 or 1e-2 <= abs(value) < 1e3:
        return f"{value:#.{digits + 1}g}".rstrip(".")  # 3 digits, trailing zeros kept
    exponent = math.floor(math.log10(abs(value)))
    mantissa = value / 10**exponent
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


TABLES: dict[str, Callable[[], str]] = {
    "vanishing": vanishing,
    "dying": dying,
    "stack": stack,
    "xor": xor,
    "initialisation": initialisation,
}


def experiment_table(name: str, page: str = "") -> str:
    if name not in TABLES:
        raise KeyError(f"{page}: unknown experiment table {name!r}; known: {sorted(TABLES)}")
    return TABLES[name]()
