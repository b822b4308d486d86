"""Pages from the registry: markers expanded, the generated function pages, the navigation.

Hand-written pages ask for a block (:mod:`activations.blocks`) with a marker comment,
e.g. ``<!-- registry: facts sigmoid -->``; :func:`expand` replaces every marker. A
generated function page (:func:`function_page`) is nothing but a sequence of the same
markers under the :data:`OUTLINE`'s headings, so both kinds of page show a function's
facts identically.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from activations import blocks, i18n, learning_path
from activations.blocks import (
    ENTRY_BLOCKS,
    MissingText,
    PageError,
    comparison_table,
    figure,
    figure_tabs,
)
from activations.experiments.tables import experiment_table
from activations.figures import Figure
from activations.registry import Activation

MARKER = re.compile(r"<!--\s*registry:\s*([\w-]+)(?:\s+([\w/-]+))?\s*-->")


def localized(registry: Mapping[str, Activation], language: str) -> dict[str, Activation]:
    return {name: i18n.localize(entry, language) for name, entry in registry.items()}


def path_steps(
    registry: Mapping[str, Activation], language: str
) -> list[tuple[tuple[str, ...], str, str]]:
    """The learning path in a language, through the scalar and the vector entries: what
    the nav lists, and the order of the next-step links."""
    return learning_path.walk(localized(with_vectors(registry), language), language)


def next_step(page: str, registry: Mapping[str, Activation], language: str) -> str:
    """A link to the page after ``page`` on the learning path."""
    t = i18n.labels(language)
    steps = path_steps(registry, language)
    paths = [path for _, _, path in steps]
    if page not in paths:
        raise PageError(f"{page}: a next-step marker on a page that is not on the learning path")
    index = paths.index(page)
    if index + 1 == len(steps):
        return ""
    _, title, path = steps[index + 1]
    target = learning_path.link(page, path)
    return f'!!! tip "{t["next.title"]}"\n\n    **[{title}]({target})** →\n'


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
        if name == "figure-tab":
            return one_figure_tab(argument, registry, figures, page, language)
        if name == "comparison-table":
            return comparison_table(registry, figures, page, language)
        if name == "experiment-table":  # math and numbers only: the same in every language
            return experiment_table(argument, page)
        if name == "next-step":
            return next_step(page, registry, language)
        from activations import VECTOR_REGISTRY

        if argument in VECTOR_REGISTRY:
            return vector_block(name, VECTOR_REGISTRY[argument], page, figures, language)
        if argument not in registry:
            raise PageError(f"unknown activation {argument!r}")
        if name == "figures":
            return figure_tabs(registry[argument], figures, page, language)
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


def vector_block(
    name: str, entry: Any, page: str, figures: Mapping[str, Figure], language: str
) -> str:
    """A marker naming a vector entry: its blocks (activations/vector_pages.py)."""
    from activations import vector_pages

    if name == "figures":
        return vector_pages.figure_tabs(entry, figures, page, language)
    if name not in vector_pages.VECTOR_BLOCKS:
        raise PageError(f"unknown block {name!r} for a vector entry")
    localized = i18n.localize(entry, language)
    return vector_pages.VECTOR_BLOCKS[name](localized, i18n.labels(language), page)


def one_figure_tab(
    name: str,
    registry: Mapping[str, Activation],
    figures: Mapping[str, Figure],
    page: str,
    language: str,
) -> str:
    """``figure-tab NAME/KIND``: one of the tabs the ``figures`` marker would give, alone,
    so that the page's text about that graph (indented 4 spaces after the marker) sits in
    its tab. Consecutive ones make one set of tabs."""
    from activations import VECTOR_REGISTRY, vector_pages

    entry_name = name.split("/")[0]
    if entry_name in VECTOR_REGISTRY:
        tabs = vector_pages.tab_figures(VECTOR_REGISTRY[entry_name])
    elif entry_name in registry:
        tabs = blocks.tab_figures(entry_name)
    else:
        raise PageError(f"unknown activation {entry_name!r}")
    titles = {figure_name: label for label, figure_name in tabs}
    if name not in titles:
        raise PageError(f"no tab {name!r}; the tabs of {entry_name}: {', '.join(titles)}")
    return blocks.figure_tab(i18n.labels(language)[titles[name]], figures[name], page, language)


def with_vectors(registry: Mapping[str, Any]) -> dict[str, Any]:
    """The scalar entries and the vector ones: the learning path lists both."""
    from activations import VECTOR_REGISTRY

    return {**registry, **VECTOR_REGISTRY}


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
    "exercises",
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
    # INTERIM (issue 12): an entry whose exercises are not written yet gets no empty
    # Exercises heading; test_site's exercises test, xfail until then, reports them.
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

{parameters}## {t["heading.derivative"]} {{#derivative}}

<!-- registry: derivative-formula {n} -->

<!-- registry: derivation {n} -->

## {t["heading.graphs"]} {{#graphs}}

<!-- registry: figures {n} -->

## {t["heading.properties"]} {{#properties}}

<!-- registry: facts {n} -->

<!-- registry: experiment-row {n} -->

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


NAV_FILE = "SUMMARY.md"  # literate-nav's nav file; scripts/nav_file.py keeps it unpublished


def site_nav(registry: Mapping[str, Activation], language: str = i18n.DEFAULT) -> str:
    """The whole navigation, the learning path, as a literate-nav file."""
    from mkdocs_gen_files import Nav

    nav = Nav()
    for sections, title, path in path_steps(registry, language):
        nav[(*sections, title)] = path
    return "".join(nav.build_literate_nav())
