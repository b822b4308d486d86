"""MkDocs hook: every formula typeset at build time, so pages carry no maths script.

pymdownx.arithmatex (generic mode) leaves each formula as TeX in
``<span class="arithmatex">\\(...\\)</span>`` or ``<div class="arithmatex">\\[...\\]</div>``.
This replaces the TeX with KaTeX's HTML (and MathML, which screen readers read) from
site_tools/katex_render.py, and keeps the TeX beside it, hidden from sight and from
screen readers but selectable, so that copying a formula copies its LaTeX (the
stylesheet makes KaTeX's own output unselectable). A formula KaTeX cannot typeset stops
the build with one line naming the page and the formula.
"""

from __future__ import annotations

import html
import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from site_tools.katex_render import TexError, Typesetter

FORMULA = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">(?P<open>\\\(|\\\[)(?P<tex>.*?)(?:\\\)|\\\])</(?P=tag)>',
    re.DOTALL,
)
TOC_FORMULA = re.compile(r"\\\((?P<tex>.+?)\\\)")  # a heading's maths, as the toc keeps it
typeset = Typesetter()


def rendered(match: re.Match[str]) -> str:
    tag, tex = match["tag"], html.unescape(match["tex"]).strip()
    display = match["open"] == r"\["
    source = html.escape(f"\\[{tex}\\]" if display else f"\\({tex}\\)")
    katex = typeset(tex, display)
    return (
        f'<{tag} class="arithmatex"><span class="tex-source" aria-hidden="true">{source}</span>'
        f"{katex}</{tag}>"
    )


def in_toc(tex: str) -> str:
    """A heading's formula in the table of contents (which keeps headings as text)."""
    return typeset(html.unescape(tex), False)


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    try:
        todo = list(page.toc.items)
        while todo:  # headings with maths show it in the table of contents too
            item = todo.pop()
            item.title = TOC_FORMULA.sub(lambda m: in_toc(m["tex"]), item.title)
            todo += item.children
        return FORMULA.sub(rendered, content)
    except TexError as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None


def on_post_build(config: MkDocsConfig) -> None:
    typeset.close()  # a warm build never started Node; a cold one stops it here
