"""MkDocs hook: every formula typeset at build time, so pages carry no maths script.

pymdownx.arithmatex (generic mode) leaves each formula as TeX in
``<span class="arithmatex">\\(...\\)</span>`` or ``<div class="arithmatex">\\[...\\]</div>``.
This replaces the TeX with KaTeX's HTML (and MathML, which screen readers read) from
site_tools/katex_render.py, and keeps the TeX beside it, hidden from sight and from
screen readers but selectable, so that copying a formula copies its LaTeX (the
stylesheet makes KaTeX's own output unselectable). A formula KaTeX cannot typeset stops
the build with one line naming the page and the formula. After a full build, KaTeX's
fonts are cut down to the characters the pages use (site_tools/katex_fonts.py).
"""

from __future__ import annotations

import html
import logging
import re
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from site_tools import katex_fonts
from site_tools.katex_render import TexError, Typesetter

FORMULA = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">(?P<open>\\\(|\\\[)(?P<tex>.*?)(?:\\\)|\\\])</(?P=tag)>',
    re.DOTALL,
)
TOC_FORMULA = re.compile(r"\\\((?P<tex>.+?)\\\)")  # a heading's maths, as the toc keeps it
typeset = Typesetter()
log = logging.getLogger("mkdocs.plugins.katex")


def rendered(match: re.Match[str]) -> str:
    tag, tex = match["tag"], html.unescape(match["tex"]).strip()
    display = match["open"] == r"\["
    source = html.escape(f"\\[{tex}\\]" if display else f"\\({tex}\\)")
    # The search index keeps the TeX beside the formula and skips KaTeX's output: its
    # HTML and MathML spell the formula out twice more. Material's indexer ends an
    # exclusion at the first closing tag of the same name (its elements compare by tag),
    # so the data-search-exclude goes on an element KaTeX never writes, not on a span.
    return (
        f'<{tag} class="arithmatex"><span class="tex-source" aria-hidden="true">{source}</span>'
        f"<katex-output data-search-exclude>{typeset(tex, display)}</katex-output></{tag}>"
    )


# A header cell or link whose only content is maths: axe-core (4.x) finds no text in
# MathML, so it reports "empty table header" and "link without text" though screen
# readers read the MathML. The formula's MathML text (symbols in Unicode, "f(0)=0")
# goes into the element as visually hidden text, and the MathML is hidden from screen
# readers there, so they read it once, as text axe can see.
# Links first, so that a header cell holding a maths-only link has a name through it.
NEEDS_A_NAME = [
    re.compile(rf"<(?P<tag>{tag})\b(?P<attrs>[^>]*)>(?P<inner>.*?)</(?P=tag)>", re.DOTALL)
    for tag in ("a", "th")
]


# MathML's invisible function application, times, separator and plus (U+2061..2064).
INVISIBLE_OPERATORS = dict.fromkeys(range(0x2061, 0x2065))
VOID = {"img", "br", "hr", "input", "wbr"}  # elements without content or end tag


class _Text(HTMLParser):
    """The text of an HTML fragment, split into what lies outside maths and outside
    aria-hidden elements (``words``) and the MathML's text without its TeX annotation."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, bool]] = []
        self.words: list[str] = []
        self.maths: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        label = dict(attrs).get("alt" if tag == "img" else "aria-label")
        if tag in VOID:
            self.words.append(label or "")
            return
        if label:  # an element named by its label: its content is not read
            self.words.append(label)
        self.stack.append((tag, bool(label) or ("aria-hidden", "true") in attrs))

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        tags = [tag for tag, _ in self.stack]
        if any(hidden for _, hidden in self.stack) or "annotation" in tags:
            return
        (self.maths if "math" in tags else self.words).append(data)


def named(match: re.Match[str]) -> str:
    if "<math" not in match["inner"]:
        return match[0]
    text = _Text()
    text.feed(match["inner"])
    if "".join(text.words).strip():
        return match[0]
    spoken = "".join(text.maths).translate(INVISIBLE_OPERATORS)
    label = html.escape(" ".join(spoken.split()))
    inner = match["inner"].replace(
        '<span class="katex-mathml">', '<span class="katex-mathml" aria-hidden="true">'
    )
    hidden = f'<span class="visually-hidden">{label}</span>'
    return f"<{match['tag']}{match['attrs']}>{hidden}{inner}</{match['tag']}>"


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
        content = FORMULA.sub(rendered, content)
        for pattern in NEEDS_A_NAME:
            content = pattern.sub(named, content)
        return content
    except TexError as error:
        raise PluginError(f"{page.file.src_uri}: {error}") from None


full_builds = True  # until on_startup says otherwise: a build of every page


def on_startup(command: str, dirty: bool) -> None:
    global full_builds
    full_builds = command != "serve" and not dirty


def on_post_build(config: MkDocsConfig) -> None:
    typeset.close()  # a warm build never started Node; a cold one stops it here
    if full_builds:  # a dirty build has not seen every page's characters
        before, after = katex_fonts.subset_site_fonts(Path(config.site_dir))
        log.info(
            "katex: fonts cut to the characters of the pages, %d -> %d kB",
            before // 1024,
            after // 1024,
        )
