"""The pages of the vector entries (softmax and its relatives, the gated units): the
function pages' outline and markers, with blocks that fit a function of a vector (its
Jacobian instead of a derivative, fields instead of curves)."""

from __future__ import annotations

import inspect
from collections.abc import Mapping

from activations import blocks, i18n
from activations.blocks import Labels
from activations.figures import Figure
from activations.vector import VectorActivation


def _formula(entry: VectorActivation, t: Labels, page: str) -> str:
    return f"$$\n{entry.latex}\n$$"


def _jacobian_formula(entry: VectorActivation, t: Labels, page: str) -> str:
    return f"$$\n{entry.jacobian_latex}\n$$"


def _facts(entry: VectorActivation, t: Labels, page: str) -> str:
    yes_no = t["yes"] if entry.sums_to_one else t["no"]
    rows = [
        (t["vector.kind"], t[f"vector.kind.{entry.kind}"]),
        (t["vector.output"], t["vector.output.half" if entry.gated else "vector.output.same"]),
        (t["vector.elementwise"], t["vector.not_elementwise"]),
        (t["vector.sums"], yes_no),
    ]
    if entry.kink_convention:
        rows.append((t["vector.kinks"], entry.kink_convention))
    table = [f"| {t['facts.property']} | {t['facts.value']} |", "|---|---|"]
    table += [f"| {name} | {blocks.cell(value)} |" for name, value in rows]
    return "\n".join(table)


def _call(entry: VectorActivation) -> str:
    return "x, axis=-1" + "".join(f", {p.name}={p.default:g}" for p in entry.params)


def _frameworks(entry: VectorActivation, t: Labels, page: str) -> str:
    numpy = (
        f"import activations\n\ny = activations.{entry.name}({_call(entry)})\n"
        f"J = activations.{entry.name}.jacobian(v)  # one vector\n"
        f"dx = activations.{entry.name}.vjp(x, dy, axis=-1)  # a batch: dy @ J"
    )
    tabs = [(t["frameworks.numpy"], numpy)]
    f = entry.frameworks
    for title, code, module in (
        ("PyTorch", f.pytorch, "import torch"),
        ("TensorFlow / Keras", f.tensorflow, "import tensorflow as tf"),
        ("JAX", f.jax, "import jax\nimport jax.numpy as jnp"),
    ):
        if not code or code.startswith("None"):
            tabs.append((title, f"# {t['vector.no_builtin']}"))
        elif "; " in code:  # statements: split, then combine
            tabs.append((title, f"{module}\n\n" + code.replace("; ", "\ny = ")))
        else:
            tabs.append((title, f"{module}\n\ny = {code}"))
    out = []
    for title, code in tabs:
        body = blocks.indent(f"```python\n{code}\n```")
        out.append(f'=== "{title}"\n\n{body}\n')
    return "\n".join(out)


def _source(entry: VectorActivation, t: Labels, page: str) -> str:
    kernels = (entry.function, entry.jacobian, entry.vjp)
    module = inspect.getsourcefile(entry.function) or "?"
    short = module[module.rfind("activations/") :]
    code = "\n\n".join(inspect.getsource(k).rstrip() for k in kernels)
    return f'```python title="{short}"\n{code}\n```'


# Figures beyond the field and the slice, by entry: (tab label, figure name).
EXTRA_TABS: dict[str, tuple[tuple[str, str], ...]] = {
    "softmax": (("tab.temperature", "softmax/temperature"), ("tab.simplex", "softmax/simplex")),
    "sparsemax": (("tab.simplex", "softmax/simplex"),),
}


def tab_figures(entry: VectorActivation) -> list[tuple[str, str]]:
    """(label key, figure name) of each of the entry's tabs, in order."""
    tabs = [("tab.field", f"{entry.name}/field"), ("tab.slice", f"{entry.name}/slice")]
    return tabs + list(EXTRA_TABS.get(entry.name, ()))


def figure_tabs(
    entry: VectorActivation, figures: Mapping[str, Figure], page: str, language: str
) -> str:
    """The field over the plane and the slice, as content tabs, and the entry's extra
    figures (softmax: temperature; softmax and sparsemax: the simplex)."""
    t = i18n.labels(language)
    return "\n".join(
        blocks.figure_tab(t[label], figures[name], page, language)
        for label, name in tab_figures(entry)
    )


VECTOR_BLOCKS: dict[str, blocks.Block] = {
    **blocks.ENTRY_BLOCKS,
    "formula": _formula,  # type: ignore[dict-item]
    "derivative-formula": _jacobian_formula,  # type: ignore[dict-item]
    "facts": _facts,  # type: ignore[dict-item]
    "frameworks": _frameworks,  # type: ignore[dict-item]
    "source": _source,  # type: ignore[dict-item]
}


def vector_page(entry: VectorActivation, language: str = i18n.DEFAULT) -> str:
    """A vector entry's generated page, under the function pages' outline (the Jacobian
    under the derivative's anchor)."""
    n, t = entry.name, i18n.labels(language)
    entry = i18n.localize(entry, language)  # type: ignore[arg-type, assignment]
    parameters = (
        f"## {t['heading.parameters']} {{#parameters}}\n\n<!-- registry: parameters {n} -->\n\n"
        if entry.params
        else ""
    )
    exercises = (
        f"## {t['heading.exercises']} {{#exercises}}\n\n<!-- registry: exercises {n} -->\n\n"
        if entry.exercises
        else ""
    )
    return f"""# {entry.title}

{entry.summary}

## {t["heading.origin"]} {{#origin}}

<!-- registry: origin {n} -->

## {t["heading.formula"]} {{#formula}}

<!-- registry: formula {n} -->

{parameters}## {t["heading.jacobian"]} {{#derivative}}

<!-- registry: derivative-formula {n} -->

<!-- registry: derivation {n} -->

## {t["heading.graphs"]} {{#graphs}}

<!-- registry: figures {n} -->

## {t["heading.properties"]} {{#properties}}

<!-- registry: facts {n} -->

## {t["heading.uses"]} {{#where-to-use-it}}

<!-- registry: uses {n} -->

## {t["heading.strengths"]} {{#strengths-and-weaknesses}}

<!-- registry: strengths-and-weaknesses {n} -->

## {t["heading.frameworks"]} {{#in-the-frameworks}}

<!-- registry: frameworks {n} -->

## {t["heading.implementation"]} {{#implementation}}

<!-- registry: source {n} -->

{exercises}## {t["heading.references"]} {{#references}}

<!-- registry: references {n} -->
"""
