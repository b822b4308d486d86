"""The generator run standalone, outside MkDocs: it writes every page and figure."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import activations
from activations import learning_path, pages
from tests.site import ROOT


def test_standalone_run_writes_pages_figures_and_nav(tmp_path: Path) -> None:
    env = {**os.environ, "ACTIVATIONS_CACHE": str(tmp_path / "cache")}
    out = tmp_path / "out"
    subprocess.run([sys.executable, "scripts/gen_site.py", str(out)], cwd=ROOT, env=env, check=True)
    tmp_path = out
    for entry in activations.REGISTRY.values():
        hand_written = (ROOT / "docs" / learning_path.page_path(entry)).exists()
        page = tmp_path / learning_path.page_path(entry)
        assert page.is_file()
        text = page.read_text(encoding="utf-8")
        assert not pages.MARKER.search(text), "every registry marker is expanded"
        if not hand_written:
            assert entry.latex in text
        for kind in ("function", "derivative", "overlay"):
            assert (tmp_path / f"figures/{entry.name}/{kind}.svg").is_file()
            assert (tmp_path / f"figures/{entry.name}/{kind}.dark.svg").is_file()
    summary = (tmp_path / pages.NAV_FILE).read_text(encoding="utf-8")
    assert all(f"(functions/{name}.md)" in summary for name in activations.REGISTRY)
    assert (tmp_path / "assets/katex/katex.min.css").is_file()
    assert not (tmp_path / "assets/katex/katex.min.js").exists(), "maths is typeset at build time"


def test_unknown_marker_fails_loudly() -> None:
    import pytest

    text = "# Page\n\n<!-- registry: formula nope -->\n"
    with pytest.raises(pages.PageError, match=r"^x.md:3: .*: unknown activation 'nope'$"):
        pages.expand(text, "x.md", activations.REGISTRY, {})


def imported_modules(out: Path, cache: Path) -> set[str]:
    """Run the generator standalone with -X importtime; the top-level modules it imported."""
    env = {**os.environ, "ACTIVATIONS_CACHE": str(cache)}
    command = [sys.executable, "-X", "importtime", "scripts/gen_site.py", str(out)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    lines = [
        line.split("|")[-1].strip() for line in result.stderr.splitlines() if "import time:" in line
    ]
    return {name.split(".")[0] for name in lines}


def test_warm_run_imports_neither_numpy_nor_matplotlib(tmp_path: Path) -> None:
    cold = imported_modules(tmp_path / "cold", tmp_path / "cache")
    assert {"numpy", "matplotlib", "activations"} <= cold  # the check below can fail
    warm = imported_modules(tmp_path / "warm", tmp_path / "cache")
    assert not {"numpy", "matplotlib", "scipy", "activations"} & warm
    cold_files = sorted(
        p.relative_to(tmp_path / "cold") for p in (tmp_path / "cold").rglob("*") if p.is_file()
    )
    warm_files = sorted(
        p.relative_to(tmp_path / "warm") for p in (tmp_path / "warm").rglob("*") if p.is_file()
    )
    assert cold_files == warm_files
    for name in cold_files:
        assert (tmp_path / "cold" / name).read_bytes() == (tmp_path / "warm" / name).read_bytes()
