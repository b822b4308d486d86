"""MkDocs hook: every code line carries its indentation, so a wrapped line hangs below its
own start (docs/stylesheets/site.css) instead of at a fixed place that looks like the next
line's indentation.

pymdownx.highlight (line_spans) wraps each line in a span of its own; this gives a line
that starts with spaces their count, as the custom property --indent, in characters.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

# A line's span, its line-number anchor if any, then the line's leading spaces.
INDENTED_LINE = re.compile(r'(<span id="__span-\d+-\d+")(>(?:<a [^>]*></a>)?)( +)')


def indent(html: str) -> str:
    return INDENTED_LINE.sub(lambda m: f'{m[1]} style="--indent: {len(m[3])}"{m[2]}{m[3]}', html)


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return indent(content) if "__span-" in content else content
