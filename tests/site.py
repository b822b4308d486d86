"""Helpers for tests of the built site: build it, parse its pages, list its files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
# A fixed SOURCE_DATE_EPOCH: the sitemap's dates are the only clock a build reads.
BUILD_ENV = {
    **os.environ,
    "NO_MKDOCS_2_WARNING": "1",
    "DISABLE_MKDOCS_2_WARNING": "true",
    "SOURCE_DATE_EPOCH": "1767225600",
}


def build(
    site_dir: Path,
    *,
    cache: Path,
    cwd: Path = ROOT,
    tool: str = "mkdocs",
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`<tool> build --strict` of the checkout at cwd into site_dir, with its own figure
    cache; raise with the build's log if it fails."""
    command = [sys.executable, "-m", tool, "build", "--strict", "--site-dir", str(site_dir)]
    environment = {**BUILD_ENV, "ACTIVATIONS_CACHE": str(cache), **(env or {})}
    result = subprocess.run(
        command, cwd=cwd, env=environment, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def copy_checkout(destination: Path) -> Path:
    """The files git tracks, copied to another folder (node_modules linked, not copied)."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
    for name in listed.stdout.decode().split("\0"):
        if name and (ROOT / name).is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target)
    (destination / "node_modules").symlink_to(ROOT / "node_modules")
    return destination


@dataclass
class Page:
    path: Path  # the HTML file
    url: str  # its URL path inside the site, e.g. "/functions/relu/"
    html: str

    @cached_property
    def soup(self) -> BeautifulSoup:
        return BeautifulSoup(self.html, "html.parser")

    def resolve(self, reference: str) -> str:
        """A reference (src/href) as a URL path inside the site, or the full URL if external."""
        absolute = urljoin(f"http://site.invalid{self.url}", reference)
        parts = urlsplit(absolute)
        return parts.path if parts.netloc == "site.invalid" else absolute


@dataclass
class Site:
    root: Path

    def pages(self) -> list[Page]:
        return [self.page_at(p) for p in sorted(self.root.rglob("*.html"))]

    def page_at(self, path: Path) -> Page:
        relative = path.relative_to(self.root).as_posix()
        url = "/" + (
            relative.removesuffix("index.html") if relative.endswith("index.html") else relative
        )
        return Page(path, url, path.read_text(encoding="utf-8"))

    def page(self, url: str) -> Page:
        return self.page_at(self.file(url if url.endswith(".html") else url + "index.html"))

    def file(self, url_path: str) -> Path:
        return self.root / url_path.lstrip("/")


def halve_tanh(checkout: Path) -> None:
    """Edit a checkout's tanh to 0.5 tanh(x), derivative included (so the build's
    derivative check still passes): a real change to one function's code."""
    classic = checkout / "activations" / "catalog" / "classic.py"
    source = classic.read_text(encoding="utf-8")
    edited = source.replace("    return np.tanh(x)\n", "    return 0.5 * np.tanh(x)\n", 1)
    edited = edited.replace("    e *= 4.0\n", "    e *= 2.0\n", 1)
    assert edited.count("0.5 * np.tanh(x)") == 1, "the tanh kernel's anchor moved"
    assert "e *= 2.0" in edited, "the tanh derivative's anchor moved"
    classic.write_text(edited, encoding="utf-8")
