"""Helpers for tests of the built site: build it, parse its pages, list its files."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
BUILD_ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def build(
    site_dir: Path, *, config: str = "mkdocs.yml", tool: str = "mkdocs"
) -> subprocess.CompletedProcess[str]:
    """`mkdocs build --strict` into site_dir; raise with the log if it fails."""
    command = [
        sys.executable,
        "-m",
        tool,
        "build",
        "--strict",
        "--config-file",
        config,
        "--site-dir",
        str(site_dir),
    ]
    result = subprocess.run(
        command, cwd=ROOT, env=BUILD_ENV, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result


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
