"""Markdown blocks built from the registry, for generated and hand-written pages alike.

Hand-written pages ask for a block with a marker comment, e.g.
``<!-- registry: facts sigmoid -->``; :func:`expand` replaces every marker. A generated
function page is nothing but a sequence of the same blocks, so both kinds of page show a
function's facts identically, and each formula is written once, in the registry.
"""

from __future__ import annotations

import inspect
import math
import posixpath
import re
from collections.abc import Callable, Mapping

from activations.figures import Figure
from activations.registry import Activation

MARKER = re.compile(r"<!--\s*registry:\s*([\w-]+)(?:\s+([\w/-]+))?\s*-->")
FUNCTION_DIR = "functions"
FAMILY_TITLES = {
    "classic": "Classic",
    "rectifier": "Rectifiers",
    "smooth": "Smooth and gated",
    "sigmoidal": "Sigmoid-like",
    "shrinkage": "Shrinkage",
    "other": "Other",
}


def page_path(entry: Activation) -> str:
    return f"{FUNCTION_DIR}/{entry.name}.md"


def link(from_page: str, to: str) -> str:
    """A relative link between two docs paths, as MkDocs resolves and validates them."""
    return posixpath.relpath(to, posixpath.dirname(from_page) or ".")


def figure(fig: Figure, page: str, css: str = "") -> str:
    """An image (light and dark variants) with its alt text, lazily loaded."""
    attrs = "{ loading=lazy" + (f" {css}" if css else "") + " }"
    light, *dark = fig.files
    lines = [f"![{fig.alt}]({link(page, light)}#only-light){attrs}"]
    lines += [f"![{fig.alt}]({link(page, d)}#only-dark){attrs}" for d in dark]
    return "\n".join(lines)


def table_math(latex: str) -> str:
    """Inline math safe inside a Markdown table cell (a bare | would split the cell)."""
    return "$" + latex.replace("|", r"\vert ") + "$"


def _formula(entry: Activation) -> str:
    return f"$$\n{entry.latex}\n$$"


def _derivative_formula(entry: Activation) -> str:
    return f"$$\n{entry.derivative_latex}\n$$"


def yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def _continuity(entry: Activation) -> str:
    smoothness = entry.properties.smoothness
    if smoothness == "discontinuous":
        return "discontinuous"
    return table_math(smoothness.replace("C", "C^{").replace("∞", r"\infty") + "}")


def _saturation(entry: Activation) -> str:
    return {"none": "no", "left": "for x → −∞", "right": "for x → +∞", "both": "both sides"}[
        entry.properties.saturation
    ]


def _facts(entry: Activation) -> str:
    p = entry.properties
    rows = [
        ("Range", table_math(entry.range.latex)),
        (
            "Bounded",
            f"below: {yes_no(entry.range.bounded_below)}, above: {yes_no(entry.range.bounded_above)}",
        ),
        ("Monotonic", yes_no(p.monotonic)),
        ("Derivative monotonic", yes_no(p.derivative_monotonic)),
        ("Passes through the origin, $f(0) = 0$", yes_no(p.zero_centred)),
        ("Smoothness", _continuity(entry)),
        ("Saturating (derivative → 0)", _saturation(entry)),
        ("Approximates identity near 0", yes_no(p.identity_near_zero)),
    ]
    if entry.kink_convention:
        rows.append(("At kinks", entry.kink_convention))
    table = ["| Property | Value |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows)]
    return "\n".join(table)


def _number(value: float) -> str:
    return f"{value:g}" if math.isfinite(value) else ("∞" if value > 0 else "−∞")


def _parameters(entry: Activation) -> str:
    if not entry.params:
        return "This function has no parameters."
    table = ["| Parameter | Default | Valid values | Meaning |", "|---|---|---|---|"]
    for param in entry.params:
        table.append(
            f"| `{param.name}` | `{_number(param.default)}` | {param.valid} | {param.description} |"
        )
    return "\n".join(table)


def _call(entry: Activation) -> str:
    return ", ".join(["x", *(f"{p.name}={p.default:g}" for p in entry.params)])


def _framework_call(value: str, default: str) -> str:
    """A registry framework field is a name (``tf.nn.relu``) or, where the framework's
    parameter names or defaults differ from ours, a whole call written out."""
    return value if "(" in value else default


def _frameworks(entry: Activation) -> str:
    f = entry.frameworks
    tabs = [
        (
            "NumPy (this site)",
            f"import activations\n\ny = activations.{entry.name}({_call(entry)})\n"
            f"dy = activations.{entry.name}.derivative({_call(entry)})",
        )
    ]
    if f.pytorch:
        module = f.pytorch.rsplit(".", 1)[-1][:1].isupper()  # torch.nn.X is a module class
        arguments = _call(entry).removeprefix("x").lstrip(", ")
        default = f"{f.pytorch}({arguments})(x)" if module else f"{f.pytorch}(x)"
        tabs.append(("PyTorch", f"import torch\n\ny = {_framework_call(f.pytorch, default)}"))
    if f.tensorflow:
        call = _framework_call(f.tensorflow, f"{f.tensorflow}(x)")
        tabs.append(("TensorFlow", f"import tensorflow as tf\n\ny = {call}"))
    if f.jax:
        tabs.append(("JAX", f"import jax\n\ny = {_framework_call(f.jax, f'{f.jax}(x)')}"))
    blocks = []
    for title, code in tabs:
        body = "\n".join("    " + line if line else "" for line in code.splitlines())
        blocks.append(f'=== "{title}"\n\n    ```python\n{body}\n    ```\n')
    missing = [
        name
        for name, value in (("PyTorch", f.pytorch), ("TensorFlow", f.tensorflow), ("JAX", f.jax))
        if not value
    ]
    if missing:
        blocks.append(
            f"{' and '.join(missing)} {'has' if len(missing) == 1 else 'have'} no built-in for this function.\n"
        )
    if entry.params and len(tabs) > 2:
        blocks.append(
            '!!! warning "Defaults differ between frameworks"\n\n'
            "    Parameter names and defaults are not the same in every framework: pass the "
            "parameters explicitly when you port a model.\n"
        )
    return "\n".join(blocks)


def _references(entry: Activation) -> str:
    if not entry.references:
        return "No single paper introduced this function."
    return "\n".join(f"- {r.authors} ({r.year}). [{r.title}]({r.url})." for r in entry.references)


def _source(entry: Activation) -> str:
    """The kernels, read from the package's own source file at build time."""
    module = inspect.getsourcefile(entry.function) or "?"
    short = module[module.rfind("activations/") :]
    code = "\n\n".join(inspect.getsource(k).rstrip() for k in (entry.function, entry.derivative))
    return f'```python title="{short}"\n{code}\n```'


def _figures(entry: Activation, figures: Mapping[str, Figure], page: str) -> str:
    """Function, derivative and both overlaid, as content tabs: each figure at full width."""
    tabs = (("Function", "function"), ("Derivative", "derivative"), ("Both", "overlay"))
    blocks = []
    for title, kind in tabs:
        image = figure(figures[f"{entry.name}/{kind}"], page).replace("\n", "\n    ")
        blocks.append(f'=== "{title}"\n\n    {image}\n')
    return "\n".join(blocks)


def comparison_table(
    registry: Mapping[str, Activation], figures: Mapping[str, Figure], page: str
) -> str:
    header = (
        "| Plot | Name | Function | Derivative | Range | Continuity | Monotonic | $f(0) = 0$ | Saturating |\n"
        "|---|---|---|---|---|---|---|---|---|"
    )
    rows = []
    for entry in registry.values():
        thumb = figures[f"{entry.name}/thumbnail"]
        light = thumb.files[0]
        image = f"![{thumb.alt}]({link(page, light)}){{ loading=lazy width=120 height=60 }}"
        p = entry.properties
        rows.append(
            f"| {image} | [{entry.title}]({link(page, page_path(entry))}) "
            f"| {table_math(entry.latex)} | {table_math(entry.derivative_latex)} "
            f"| {table_math(entry.range.latex)} | {_continuity(entry)} | {yes_no(p.monotonic)} "
            f"| {yes_no(p.zero_centred)} | {_saturation(entry)} |"
        )
    return header + "\n" + "\n".join(rows)


Block = Callable[[Activation], str]
ENTRY_BLOCKS: dict[str, Block] = {
    "formula": _formula,
    "derivative-formula": _derivative_formula,
    "facts": _facts,
    "parameters": _parameters,
    "frameworks": _frameworks,
    "references": _references,
    "source": _source,
}


def expand(
    text: str, page: str, registry: Mapping[str, Activation], figures: Mapping[str, Figure]
) -> str:
    """Replace every registry marker in a page; an unknown block or name is an error."""

    def replace(match: re.Match[str]) -> str:
        block, argument = match.group(1), match.group(2)
        if block == "figure":
            if argument not in figures:
                raise KeyError(f"{page}: unknown figure {argument!r}")
            return figure(figures[argument], page)
        if block == "comparison-table":
            return comparison_table(registry, figures, page)
        if argument not in registry:
            raise KeyError(f"{page}: unknown activation {argument!r} in {match.group(0)}")
        if block == "figures":
            return _figures(registry[argument], figures, page)
        if block not in ENTRY_BLOCKS:
            raise KeyError(f"{page}: unknown block {block!r}; known: {sorted(ENTRY_BLOCKS)}")
        return ENTRY_BLOCKS[block](registry[argument])

    return MARKER.sub(replace, text)


def function_page(entry: Activation) -> str:
    """A generated page: the same blocks the hand-written pages use, in a fixed order."""
    n = entry.name
    return f"""# {entry.title}

{entry.summary[:1].upper()}{entry.summary[1:]}

## Formula

<!-- registry: formula {n} -->

## Derivative

<!-- registry: derivative-formula {n} -->

## Graphs

<!-- registry: figures {n} -->

## Properties

<!-- registry: facts {n} -->

## Parameters

<!-- registry: parameters {n} -->

## In the frameworks

<!-- registry: frameworks {n} -->

## Implementation

<!-- registry: source {n} -->

## References

<!-- registry: references {n} -->
"""


def summary_nav(registry: Mapping[str, Activation]) -> str:
    """The Functions section of the navigation (literate-nav), grouped by family."""
    lines = []
    families: dict[str, list[Activation]] = {}
    for entry in registry.values():
        families.setdefault(entry.family, []).append(entry)
    for family, entries in families.items():
        lines.append(f"* {FAMILY_TITLES.get(family, family.title())}")
        lines += [f"    * [{e.title}]({e.name}.md)" for e in entries]
    return "\n".join(lines) + "\n"
