"""The generator run standalone, outside MkDocs: it writes every page and figure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import activations
from activations import pages
from tests.site import ROOT


def test_standalone_run_writes_pages_figures_and_nav(tmp_path: Path) -> None:
    env = {**os.environ, "ACTIVATIONS_CACHE": str(tmp_path / "cache")}
    out = tmp_path / "out"
    subprocess.run([sys.executable, "scripts/gen_site.py", str(out)], cwd=ROOT, env=env, check=True)
    tmp_path = out
    for entry in activations.REGISTRY.values():
        hand_written = (ROOT / "docs" / pages.page_path(entry)).exists()
        page = tmp_path / pages.page_path(entry)
        assert page.is_file()
        text = page.read_text(encoding="utf-8")
        assert not pages.MARKER.search(text), "every registry marker is expanded"
        if not hand_written:
            assert entry.latex in text
        for kind in ("function", "derivative", "overlay"):
            assert (tmp_path / f"figures/{entry.name}/{kind}.svg").is_file()
            assert (tmp_path / f"figures/{entry.name}/{kind}.dark.svg").is_file()
    summary = (tmp_path / "functions/SUMMARY.md").read_text(encoding="utf-8")
    assert all(f"({name}.md)" in summary for name in activations.REGISTRY)
    assert (tmp_path / "assets/katex/katex.min.js").is_file()


def test_unknown_marker_fails_loudly() -> None:
    import pytest

    with pytest.raises(KeyError, match="unknown activation 'nope'"):
        pages.expand("<!-- registry: formula nope -->", "x.md", activations.REGISTRY, {})
