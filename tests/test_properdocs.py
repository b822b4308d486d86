"""The same mkdocs.yml builds with ProperDocs (the maintained continuation of MkDocs 1.x):
the project's way off MkDocs 1.x when Material reaches its end of life."""

from __future__ import annotations

from pathlib import Path

from tests.site import Site, build


def test_properdocs_builds_the_same_pages(site: Site, tmp_path: Path) -> None:
    other = Site(tmp_path / "site")
    # From a copy of the session build's cache: what differs is the tool, not the inputs.
    build(other.root, cache=site.warm_cache(tmp_path / "cache"), tool="properdocs")
    ours = {p.url for p in site.pages()}
    theirs = {p.url for p in other.pages()}
    assert ours == theirs
    for url in ("/", "/functions/sigmoid/", "/functions/gelu/"):
        assert other.page(url).soup.select(".arithmatex")
        assert other.page(url).soup.select("img[src*='.svg']")
