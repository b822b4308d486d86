"""MkDocs hook: Material's search dialog gets an accessible name.

Material renders the search overlay as ``<div class="md-search" role="dialog">`` with no
name (axe-core: aria-dialog-name), while the search field inside it is labelled in the
page's language. The dialog takes the field's label, so it needs no translation of its
own; the rest of Material's template stays as it is.
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
FIELD_LABEL = re.compile(r'<input[^>]*class="md-search__input"[^>]*\saria-label="([^"]*)"')


def named_search(output: str) -> str:
    label = FIELD_LABEL.search(output)
    if DIALOG not in output or label is None:
        return output
    named = DIALOG.replace('role="dialog"', f'role="dialog" aria-label="{label[1]}"')
    return output.replace(DIALOG, named, 1)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return named_search(output)
