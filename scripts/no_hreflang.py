"""MkDocs hook: no page carries Material's <link rel="alternate" hreflang> tags.

Material writes one such tag per language of ``extra.alternate`` into every page's head.
Its script reads them and re-routes every click on the language switcher through a
sitemap lookup that drops the port (so on a preview server it lands on the other
language's home page, and only sometimes, depending on when the sitemap arrives). The
switcher (overrides/partials/alternate.html) already links each page to its counterpart.
Removing the tags from the finished HTML leaves Material's templates as they are:
overriding its ``site_meta`` block would mean copying the whole block.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

# One tag as Material writes it, with the indentation and line it stands on. Other
# alternate links (an RSS feed's) carry no hreflang and stay.
ALTERNATE_LANGUAGE = re.compile(r'[ \t]*<link rel="alternate"[^>]*\shreflang="[^"]*"[^>]*>\n?')


def without_alternate_languages(html: str) -> str:
    """The HTML with those tags removed from its head (the body is left alone)."""
    head, end, body = html.partition("</head>")
    return ALTERNATE_LANGUAGE.sub("", head) + end + body if end else html


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return without_alternate_languages(output)


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    """Static templates too: 404.html has the same head."""
    return without_alternate_languages(output_content)
