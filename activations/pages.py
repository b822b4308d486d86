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

from activations import i18n, learning_path
from activations.experiments.tables import experiment_table
from activations.figures import Figure
from activations.registry import Activation, Param

Labels = Mapping[str, str]  # i18n.labels(language): the strings of the generated blocks
MARKER = re.compile(r"<!--\s*registry:\s*([\w-]+)(?:\s+([\w/-]+))?\s*-->")
FUNCTION_DIR = learning_path.FUNCTION_DIR
FAMILY_TITLES = {  # the explorer groups its functions by these
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


def figure(fig: Figure, page: str, css: str = "", language: str = i18n.DEFAULT) -> str:
    """An image (light and dark variants) with its alt text, lazily loaded."""
    attrs = "{ loading=lazy" + (f" {css}" if css else "") + " }"
    alt = alt_text(i18n.figure_alt(fig.name, fig.alt, language))
    light, *dark = fig.files
    lines = [f"![{alt}]({link(page, light)}#only-light){attrs}"]
    lines += [f"![{alt}]({link(page, d)}#only-dark){attrs}" for d in dark]
    return "\n".join(lines)


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


class PageError(ValueError):
    """A page asks for what the registry cannot give: one line naming the page (and the
    marker's line) or the entry, and the problem."""


class MissingText(PageError):
    """A generated page would have an empty section: the entry lacks that text."""


def _lesson(entry: Activation, name: str) -> str:
    text = getattr(entry, name)
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


def _figures(
    entry: Activation, figures: Mapping[str, Figure], page: str, language: str = i18n.DEFAULT
) -> str:
    """Function, derivative and both overlaid, as content tabs: each figure at full width."""
    t = i18n.labels(language)
    tabs = (("tab.function", "function"), ("tab.derivative", "derivative"), ("tab.both", "overlay"))
    blocks = []
    for label, kind in tabs:
        title = t[label]
        fig = figures[f"{entry.name}/{kind}"]
        image = figure(fig, page, language=language).replace("\n", "\n    ")
        blocks.append(f'=== "{title}"\n\n    {image}\n')
    return "\n".join(blocks)


def comparison_table(
    registry: Mapping[str, Activation],
    figures: Mapping[str, Figure],
    page: str,
    language: str = i18n.DEFAULT,
) -> str:
    t = i18n.labels(language)
    plain = [t[f"table.{c}"] for c in ("plot", "name", "function", "derivative")]
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
            f"| {table_math(entry.latex)} | {table_math(entry.derivative_latex)} "
            f"| {table_math(entry.range.latex)} | {_continuity(entry, t)} "
            f"| {t[f'monotonic.{p.monotonic}']} | {yes_no(p.zero_at_origin, t)} "
            f"| {_saturation(entry, t)} |"
        )
    return header + "\n" + "\n".join(rows)


Block = Callable[[Activation, Labels, str], str]  # (entry, labels, page path) -> Markdown
ENTRY_BLOCKS: dict[str, Block] = {
    "origin": _origin,
    "formula": _formula,
    "derivative-formula": _derivative_formula,
    "facts": _facts,
    "parameters": _parameters,
    "uses": _uses,
    "strengths-and-weaknesses": _strengths_and_weaknesses,
    "frameworks": _frameworks,
    "references": _references,
    "source": _source,
}


def localized(registry: Mapping[str, Activation], language: str) -> dict[str, Activation]:
    return {name: i18n.localize(entry, language) for name, entry in registry.items()}


def next_step(page: str, registry: Mapping[str, Activation], language: str) -> str:
    """A link to the page after ``page`` on the learning path."""
    t = i18n.labels(language)
    steps = learning_path.walk(localized(registry, language), language)
    paths = [path for _, _, path in steps]
    if page not in paths:
        raise PageError(f"{page}: a next-step marker on a page that is not on the learning path")
    index = paths.index(page)
    if index + 1 == len(steps):
        return ""
    _, title, path = steps[index + 1]
    return f'!!! tip "{t["next.title"]}"\n\n    **[{title}]({link(page, path)})** →\n'


def expand(
    text: str,
    page: str,
    registry: Mapping[str, Activation],
    figures: Mapping[str, Figure],
    language: str = i18n.DEFAULT,
) -> str:
    """Replace every registry marker in a page; an unknown block or name is an error.
    Text comes out in ``language`` (the formulas and figures are the same in all)."""

    def block(name: str, argument: str) -> str:
        if name == "figure":
            if argument not in figures:
                raise PageError(f"unknown figure {argument!r}")
            return figure(figures[argument], page, language=language)
        if name == "comparison-table":
            return comparison_table(registry, figures, page, language)
        if name == "experiment-table":  # math and numbers only: the same in every language
            return experiment_table(argument, page)
        if name == "next-step":
            return next_step(page, registry, language)
        if argument not in registry:
            raise PageError(f"unknown activation {argument!r}")
        if name == "figures":
            return _figures(registry[argument], figures, page, language)
        if name not in ENTRY_BLOCKS:
            raise PageError(f"unknown block {name!r}; known: {', '.join(sorted(ENTRY_BLOCKS))}")
        entry = i18n.localize(registry[argument], language)
        return ENTRY_BLOCKS[name](entry, i18n.labels(language), page)

    def replace(match: re.Match[str]) -> str:
        try:
            return block(match.group(1), match.group(2) or "")
        except MissingText:
            raise
        except (PageError, KeyError) as error:
            line = text.count("\n", 0, match.start()) + 1
            problem = error.args[0] if error.args else repr(error)
            raise PageError(f"{page}:{line}: {match.group(0)}: {problem}") from error

    return MARKER.sub(replace, text)


# The sections of every function page, hand-written or generated, in this order (a
# hand-written page may add its own between them). tests/test_site.py checks each page.
OUTLINE = (
    "origin",
    "formula",
    "derivative",
    "graphs",
    "properties",
    "where-to-use-it",
    "strengths-and-weaknesses",
    "in-the-frameworks",
    "implementation",
    "references",
)


def function_page(entry: Activation, language: str = i18n.DEFAULT) -> str:
    """A generated page: the same blocks the hand-written pages use, under the outline's
    headings. Headings carry the English anchors in every language, so links and the
    language switcher can keep a section."""
    n, t = entry.name, i18n.labels(language)
    entry = i18n.localize(entry, language)
    parameters = (
        f"## {t['heading.parameters']} {{#parameters}}\n\n<!-- registry: parameters {n} -->\n\n"
        if entry.params
        else ""
    )
    return f"""# {entry.title}

{entry.summary}

## {t["heading.origin"]} {{#origin}}

<!-- registry: origin {n} -->

## {t["heading.formula"]} {{#formula}}

<!-- registry: formula {n} -->

{parameters}## {t["heading.derivative"]} {{#derivative}}

<!-- registry: derivative-formula {n} -->

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

## {t["heading.references"]} {{#references}}

<!-- registry: references {n} -->
"""


NAV_FILE = "SUMMARY.md"  # literate-nav's nav file; scripts/nav_file.py keeps it unpublished


def site_nav(registry: Mapping[str, Activation], language: str = i18n.DEFAULT) -> str:
    """The whole navigation, the learning path, as a literate-nav file."""
    from mkdocs_gen_files import Nav

    nav = Nav()
    for sections, title, path in learning_path.walk(localized(registry, language), language):
        nav[(*sections, title)] = path
    return "".join(nav.build_literate_nav())
