"""Markdown blocks built from the registry, for generated and hand-written pages alike.

Each block is one piece of a function's page (its formula, facts table, parameters,
framework calls, references, source, figures) or of a guide page (the comparison table,
one figure), in the language asked for: every formula is written once, in the registry,
and shows the same wherever a page asks for it. :mod:`activations.pages` puts blocks into
pages. Text that goes into a table cell or an image's alt text is escaped here
(:func:`cell`, :func:`table_math`, :func:`alt_text`).
"""

from __future__ import annotations

import inspect
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from activations import i18n, plotting
from activations.figures import Figure
from activations.learning_path import link, page_path
from activations.registry import Activation, Exercise, Param, Step

Labels = Mapping[str, str]  # i18n.labels(language): the strings of the generated blocks


class PageError(ValueError):
    """A page asks for what the registry cannot give: one line naming the page (and the
    marker's line) or the entry, and the problem."""


class MissingText(PageError):
    """A generated page would have an empty section: the entry lacks that text."""


def figure(fig: Figure, page: str, css: str = "", language: str = i18n.DEFAULT) -> str:
    """An image (light and dark variants) with its alt text, lazily loaded."""
    # The drawn size, so that the browser reserves the space before the file arrives.
    width, height = FIGURE_PX
    attrs = f"{{ loading=lazy width={width} height={height}" + (f" {css}" if css else "") + " }"
    alt = alt_text(i18n.figure_alt(fig.name, fig.alt, language))
    light, *dark = fig.files
    lines = [f"![{alt}]({link(page, light)}#only-light){attrs}"]
    lines += [f"![{alt}]({link(page, d)}#only-dark){attrs}" for d in dark]
    return "\n".join(lines)


# Every matplotlib figure's size in CSS px: the style's inches at 96 px per inch.
_INCHES: tuple[float, float] = plotting.STYLE["figure.figsize"]  # type: ignore[assignment]
FIGURE_PX = (round(_INCHES[0] * 96), round(_INCHES[1] * 96))


def table_math(latex: str) -> str:
    """Inline math safe inside a Markdown table cell (a bare | would split the cell)."""
    return "$" + latex.replace("|", r"\vert ") + "$"


INLINE_MATH = re.compile(r"(\$[^$]+\$)")


def cell(text: str) -> str:
    """Prose with $inline maths$ made safe inside a Markdown table cell: a | in maths
    becomes \\vert, a | in prose is escaped, and a line break would end the row."""
    pieces = INLINE_MATH.split(" ".join(text.split()))
    return "".join(
        table_math(piece[1:-1]) if INLINE_MATH.fullmatch(piece) else piece.replace("|", r"\|")
        for piece in pieces
    )


def alt_text(text: str) -> str:
    """Text safe as the alt of a Markdown image: brackets would end or nest the link."""
    return re.sub(r"([\[\]\\])", r"\\\1", " ".join(text.split()))


def _formula(entry: Activation, t: Labels, page: str) -> str:
    return f"$$\n{entry.latex}\n$$"


def _derivative_formula(entry: Activation, t: Labels, page: str) -> str:
    return f"$$\n{entry.derivative_latex}\n$$"


# The entries whose derivative is a constant (0, or 1, away from a kink): there is no
# derivation to write, and their generated page goes from the formula to the graphs.
WITHOUT_DERIVATION = frozenset({"identity", "binary_step"})


def _lesson(entry: Activation, name: str) -> Any:
    text = getattr(entry, name)
    if not text and name == "derivation" and entry.name in WITHOUT_DERIVATION:
        return text
    if not text:
        raise MissingText(
            f"activation {entry.name!r}: no {name!r} text, and its generated page needs one "
            f"(add {name}=... to its registry entry, or write docs/functions/{entry.name}.md)"
        )
    return text


def _origin(entry: Activation, t: Labels, page: str) -> str:
    return _lesson(entry, "origin")


def _uses(entry: Activation, t: Labels, page: str) -> str:
    return _lesson(entry, "uses")


def _strengths_and_weaknesses(entry: Activation, t: Labels, page: str) -> str:
    lists = []
    for name in ("strengths", "weaknesses"):
        items = "\n".join(f"- {item}" for item in _lesson(entry, name))
        lists.append(f"**{t[f'lesson.{name}']}**\n\n{items}")
    return "\n\n".join(lists)


def _derivation(entry: Activation, t: Labels, page: str) -> str:
    """The derivative derived step by step: each step's reason, then the line it reaches."""
    steps: tuple[Step, ...] = _lesson(entry, "derivation")
    return "\n\n".join(
        f"**{t['lesson.step'].format(k=k)}** {step.reason}\n\n$$\n{step.latex}\n$$"
        for k, step in enumerate(steps, start=1)
    )


def indent(text: str) -> str:
    """Markdown nested one level (into a collapsible block): four spaces on each line."""
    return "\n".join(f"    {line}" if line.strip() else "" for line in text.split("\n"))


def _exercises(entry: Activation, t: Labels, page: str) -> str:
    """Each exercise, with its worked solution folded away until the reader opens it."""
    exercises: tuple[Exercise, ...] = _lesson(entry, "exercises")
    return "\n\n".join(
        f"### {t['lesson.exercise'].format(k=k)} {{#exercise-{k}}}\n\n{exercise.question}\n\n"
        f'??? success "{t["lesson.solution"]}"\n\n{indent(exercise.solution)}'
        for k, exercise in enumerate(exercises, start=1)
    )


def yes_no(flag: bool, t: Labels | None = None) -> str:
    t = t or i18n.labels(i18n.DEFAULT)
    return t["yes"] if flag else t["no"]


def _continuity(entry: Activation, t: Labels) -> str:
    smoothness = entry.properties.smoothness
    if smoothness == "discontinuous":
        return t["discontinuous"]
    return table_math(smoothness.replace("C", "C^{").replace("∞", r"\infty") + "}")


def _saturation(entry: Activation, t: Labels) -> str:
    return t[f"saturation.{entry.properties.saturation}"]


GLOSSARY = "properties.md"  # defines every property the tables show, by these anchors


def glossary(label: str, anchor: str, page: str) -> str:
    """A property's name linked to its definition on the glossary page."""
    return f"[{label}]({link(page, GLOSSARY)}#{anchor})"


def _facts(entry: Activation, t: Labels, page: str) -> str:
    p = entry.properties
    bounds = t["facts.bounds"].format(
        below=yes_no(entry.range.bounded_below, t), above=yes_no(entry.range.bounded_above, t)
    )
    rows = [
        ("range", t["facts.range"], table_math(entry.range.latex)),
        ("bounded", t["facts.bounded"], bounds),
        ("monotonic", t["facts.monotonic"], t[f"monotonic.{p.monotonic}"]),
        (
            "derivative-monotonic",
            t["facts.derivative_monotonic"],
            t[f"monotonic.{p.derivative_monotonic}"],
        ),
        ("zero-at-origin", t["facts.origin"], yes_no(p.zero_at_origin, t)),
        ("smoothness", t["facts.smoothness"], _continuity(entry, t)),
        ("saturating", t["facts.saturating"], _saturation(entry, t)),
        ("identity-near-zero", t["facts.identity"], yes_no(p.identity_near_zero, t)),
    ]
    if entry.kink_convention:
        rows.append(("kinks", t["facts.kinks"], entry.kink_convention))
    header = f"| {t['facts.property']} | {t['facts.value']} |"
    body = (f"| {glossary(label, anchor, page)} | {cell(value)} |" for anchor, label, value in rows)
    return "\n".join([header, "|---|---|", *body])


def _number(value: float) -> str:
    return f"{value:g}" if math.isfinite(value) else ("∞" if value > 0 else "−∞")


def _valid(param: Param, t: Labels) -> str:
    """The valid values in the page's language, the argument as code and the bounds as
    maths: "`beta` $> 0$ and `beta` $< 1$", or "any finite number"."""
    bounds = []
    if param.low > -math.inf:
        relation = ">" if param.low_open else r"\ge"
        bounds.append(f"`{param.name}` ${relation} {param.low:g}$")
    if param.high < math.inf:
        relation = "<" if param.high_open else r"\le"
        bounds.append(f"`{param.name}` ${relation} {param.high:g}$")
    return t["params.and"].join(bounds) or t["params.any"]


def _parameters(entry: Activation, t: Labels, page: str) -> str:
    if not entry.params:
        return t["params.none"]
    header = (
        f"| {t['params.name']} | {t['params.default']} | {t['params.valid']} "
        f"| {t['params.meaning']} |"
    )
    table = [header, "|---|---|---|---|"]
    for param in entry.params:
        valid = _valid(param, t)
        table.append(
            f"| `{param.name}` | `{_number(param.default)}` | {cell(valid)} "
            f"| {cell(param.description)} |"
        )
    return "\n".join(table)


def _call(entry: Activation) -> str:
    return ", ".join(["x", *(f"{p.name}={p.default:g}" for p in entry.params)])


def _framework_call(value: str, default: str) -> str:
    """A registry framework field is a name (``tf.nn.relu``) or, where the framework's
    parameter names or defaults differ from ours, a whole call written out; either may
    end in a ``  # comment`` (a version or a caveat), which goes on its own line above
    ``y = ...`` so that the code fits a narrow column."""
    call, _, comment = value.partition("  # ")
    line = f"y = {call if '(' in call else default}"
    return f"# {comment}\n{line}" if comment else line


def _frameworks(entry: Activation, t: Labels, page: str) -> str:
    f = entry.frameworks
    tabs = [
        (
            t["frameworks.numpy"],
            f"import activations\n\ny = activations.{entry.name}({_call(entry)})\n"
            f"dy = activations.{entry.name}.derivative({_call(entry)})",
        )
    ]
    if f.pytorch:
        module = f.pytorch.rsplit(".", 1)[-1][:1].isupper()  # torch.nn.X is a module class
        arguments = _call(entry).removeprefix("x").lstrip(", ")
        default = f"{f.pytorch}({arguments})(x)" if module else f"{f.pytorch}(x)"
        tabs.append(("PyTorch", f"import torch\n\n{_framework_call(f.pytorch, default)}"))
    if f.tensorflow:
        call = _framework_call(f.tensorflow, f"{f.tensorflow.partition('  # ')[0]}(x)")
        tabs.append(("TensorFlow", f"import tensorflow as tf\n\n{call}"))
    if f.jax:
        tabs.append(("JAX", f"import jax\n\n{_framework_call(f.jax, f'{f.jax}(x)')}"))
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
        sentence = t["frameworks.missing.one" if len(missing) == 1 else "frameworks.missing.many"]
        blocks.append(sentence.format(names=t["frameworks.and"].join(missing)) + "\n")
    if entry.params and len(tabs) > 2:
        blocks.append(
            f'!!! warning "{t["frameworks.defaults.title"]}"\n\n'
            f"    {t['frameworks.defaults.text']}\n"
        )
    return "\n".join(blocks)


def _references(entry: Activation, t: Labels, page: str) -> str:
    if not entry.references:
        return t["references.none"]
    return "\n".join(f"- {r.authors} ({r.year}). [{r.title}]({r.url})." for r in entry.references)


def _source(entry: Activation, t: Labels, page: str) -> str:
    """The kernels, read from the package's own source file at build time."""
    module = inspect.getsourcefile(entry.function) or "?"
    short = module[module.rfind("activations/") :]
    code = "\n\n".join(inspect.getsource(k).rstrip() for k in (entry.function, entry.derivative))
    return f'```python title="{short}"\n{code}\n```'


SCALAR_TABS = (
    ("tab.function", "function"),
    ("tab.derivative", "derivative"),
    ("tab.both", "overlay"),
)


def figure_tab(title: str, fig: Figure, page: str, language: str = i18n.DEFAULT) -> str:
    """One content tab holding a figure at full width. Text indented 4 spaces after it
    (a page's own, after a ``figure-tab`` marker) stays in the same tab."""
    image = figure(fig, page, language=language).replace("\n", "\n    ")
    return f'=== "{title}"\n\n    {image}\n'


def tab_figures(name: str) -> list[tuple[str, str]]:
    """(label key, figure name) of each tab of a scalar entry's figures, in order."""
    return [(label, f"{name}/{kind}") for label, kind in SCALAR_TABS]


def figure_tabs(
    entry: Activation, figures: Mapping[str, Figure], page: str, language: str = i18n.DEFAULT
) -> str:
    """Function, derivative and both overlaid, as content tabs: each figure at full width."""
    t = i18n.labels(language)
    return "\n".join(
        figure_tab(t[label], figures[name], page, language)
        for label, name in tab_figures(entry.name)
    )


def comparison_table(
    registry: Mapping[str, Activation],
    figures: Mapping[str, Figure],
    page: str,
    language: str = i18n.DEFAULT,
) -> str:
    t = i18n.labels(language)
    # No formulas: at their narrowest (wrapped mid-expression) they made the table
    # 1124 px wide, 1655 px unwrapped, against a 970 px text column on a 1280 px
    # desktop. Each name links to its page, whose first section is the formula.
    plain = [t[f"table.{c}"] for c in ("plot", "name")]
    defined = [
        glossary(t["table.range"], "range", page),
        glossary(t["table.continuity"], "smoothness", page),
        glossary(t["table.monotonic"], "monotonic", page),
        glossary("$f(0) = 0$", "zero-at-origin", page),
        glossary(t["table.saturating"], "saturating", page),
    ]
    titles = plain + defined
    header = "| " + " | ".join(titles) + " |\n" + "|---" * len(titles) + "|"
    rows = []
    for entry in (i18n.localize(e, language) for e in registry.values()):
        thumb = figures[f"{entry.name}/thumbnail"]
        light = thumb.files[0]
        alt = alt_text(i18n.figure_alt(thumb.name, thumb.alt, language))
        image = f"![{alt}]({link(page, light)}){{ loading=lazy width=120 height=60 }}"
        p = entry.properties
        rows.append(
            f"| {image} | [{entry.title}]({link(page, page_path(entry))}) "
            f"| {table_math(entry.range.latex)} | {_continuity(entry, t)} "
            f"| {t[f'monotonic.{p.monotonic}']} | {yes_no(p.zero_at_origin, t)} "
            f"| {_saturation(entry, t)} |"
        )
    return header + "\n" + "\n".join(rows)


TRAINING_PAGE = "experiments/digits.md"  # every activation trained on real data


def _experiment_row(entry: Activation, t: Labels, page: str) -> str:
    """The entry's row of the digits experiment's table and a link to the whole table;
    for an entry the experiment leaves out, why, and the link."""
    from activations.experiments.tables import digits_row

    row = digits_row(entry.name)
    if row is None:
        target = f"{link(page, TRAINING_PAGE)}#left-out"
        return t["training.excluded"].format(target=target)
    from activations.experiments.digits import CONFIG

    shallow, deep = min(CONFIG.depths), max(CONFIG.depths)
    target = link(page, TRAINING_PAGE)
    text = t["training.text"].format(
        target=target, shallow=shallow, deep=deep, seeds=len(CONFIG.seeds)
    )
    return f'{text}\n\n<div class="experiment-table" markdown>\n\n{row}\n\n</div>'


Block = Callable[[Activation, Labels, str], str]  # (entry, labels, page path) -> Markdown
ENTRY_BLOCKS: dict[str, Block] = {
    "origin": _origin,
    "formula": _formula,
    "derivative-formula": _derivative_formula,
    "derivation": _derivation,
    "exercises": _exercises,
    "facts": _facts,
    "parameters": _parameters,
    "uses": _uses,
    "strengths-and-weaknesses": _strengths_and_weaknesses,
    "frameworks": _frameworks,
    "references": _references,
    "source": _source,
    "experiment-row": _experiment_row,
}
