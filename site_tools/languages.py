"""The site's languages: the MkDocs config that builds each, and its folder in the site.

English is the site's root and comes first: its build empties the whole site folder, the
others' builds only their own folder under it (as `make build` runs them). Read by
scripts/serve.py, which imports it as a sibling module, and by the tests and the
benchmarks through tests/site.py. Standard library only, so that serve's main process
imports neither numpy nor the package before it starts its build workers.
"""

from __future__ import annotations

from typing import NamedTuple


class Language(NamedTuple):
    config: str  # the MkDocs config file, at the checkout's root
    folder: str  # where its build goes, below the site's root ("" for the root itself)


LANGUAGES = {"en": Language("mkdocs.yml", ""), "zh": Language("mkdocs.zh.yml", "zh")}
CONFIGS = tuple(language.config for language in LANGUAGES.values())  # the root's first
