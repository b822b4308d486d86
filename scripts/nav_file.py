"""MkDocs hook: the literate-nav file feeds the navigation and is not a page of the site.

gen_site writes the whole navigation (the learning path) to SUMMARY.md; literate-nav
reads it in its ``on_files`` and then only marks it "not in nav", so MkDocs would still
publish it as /SUMMARY/, in the sitemap and the search index too. Once literate-nav has
read it, this hook excludes it from the build.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files, InclusionLevel


@event_priority(-200)  # after literate-nav's on_files (-100), which reads the file
def on_files(files: Files, config: MkDocsConfig) -> Files:
    nav_file = config.plugins["literate-nav"].config.nav_file
    for file in files.documentation_pages():
        if file.src_uri.rsplit("/", 1)[-1] == nav_file:
            file.inclusion = InclusionLevel.EXCLUDED
    return files
