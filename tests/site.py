"""Helpers for tests of the built site, and for the benchmarks: build it, parse its
pages, list its files, reach a server.

The site has one MkDocs config per language (:data:`LANGUAGES`, from
site_tools/languages.py): English at the root of the site, each other language in a
folder under it (zh/), as `make build` lays them out.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import urllib.request
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from site_tools import languages

ROOT = Path(__file__).resolve().parent.parent
# A fixed SOURCE_DATE_EPOCH: the sitemap's dates are the only clock a build reads.
BUILD_ENV = {
    **os.environ,
    "NO_MKDOCS_2_WARNING": "1",
    "DISABLE_MKDOCS_2_WARNING": "true",
    "SOURCE_DATE_EPOCH": "1767225600",
}


# language -> (config file, folder under the English site), English first: the list
# scripts/serve.py builds too.
LANGUAGES: dict[str, tuple[str, str]] = dict(languages.LANGUAGES)
# The source article's pages, as URLs inside each language: the home page, its four
# functions and its two guides.
ARTICLE_PATHS = (
    "/",
    "/functions/sigmoid/",
    "/functions/tanh/",
    "/functions/relu/",
    "/functions/leaky_relu/",
    "/sigmoid-vs-tanh/",
    "/vanishing-gradients/",
)


def in_language(language: str, paths: tuple[str, ...] | list[str]) -> list[str]:
    """URLs inside a language as URLs from the site's root: "/x/" -> "/zh/x/"."""
    folder = LANGUAGES[language][1]
    return [f"/{folder}{path}" if folder else path for path in paths]


def build(
    site_dir: Path,
    *,
    cache: Path,
    cwd: Path = ROOT,
    tool: str = "mkdocs",
    env: dict[str, str] | None = None,
    config: str = "mkdocs.yml",
) -> subprocess.CompletedProcess[str]:
    """`<tool> build --strict` of one config of the checkout at cwd into site_dir, with its
    own figure cache; raise with the build's log if it fails."""
    command = [sys.executable, "-m", tool, "build", "--strict", "--site-dir", str(site_dir)]
    command += ["--config-file", config]
    environment = {**BUILD_ENV, "ACTIVATIONS_CACHE": str(cache), **(env or {})}
    result = subprocess.run(
        command, cwd=cwd, env=environment, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def build_languages(
    site_dir: Path, *, cache: Path, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> dict[str, subprocess.CompletedProcess[str]]:
    """Every language's :func:`build` into one site (English at its root), sharing one
    figure cache: the build of each language, by language."""
    return {
        language: build(site_dir / folder, cache=cache, cwd=cwd, env=env, config=config)
        for language, (config, folder) in LANGUAGES.items()
    }


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (for a server started after)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(url: str) -> bytes | None:
    """The body at a URL, or None while nothing answers there (or answers an error)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read()
    except OSError:
        return None


def copy_checkout(destination: Path) -> Path:
    """The checkout's files (tracked, or new and not ignored), copied to another folder
    (node_modules linked, not copied)."""
    command = ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"]
    listed = subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
    for name in listed.stdout.decode().split("\0"):
        if name and (ROOT / name).is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target)
    (destination / "node_modules").symlink_to(ROOT / "node_modules")
    return destination


def serve_env(checkout: Path, cache: Path) -> dict[str, str]:
    """The environment for scripts/serve.py run in a copied checkout. Run as a script, it
    would import the editable install's packages (the original checkout's activations
    and site_tools) instead of the copy's; PYTHONPATH puts the copy's first. (`python -m
    mkdocs` needs no such help: -m puts the working directory first.)"""
    return {**BUILD_ENV, "ACTIVATIONS_CACHE": str(cache), "PYTHONPATH": str(checkout)}


def one(soup: Tag, selector: str) -> Tag:
    """The first element that matches a CSS selector; the test fails if none does."""
    found = soup.select_one(selector)
    assert found is not None, f"no element matches {selector!r}"
    return found


def attr(tag: Tag, name: str) -> str:
    """A single-valued attribute (src, href, alt, id, ...); the test fails if the element
    does not have it, as ``tag[name]`` would."""
    value = tag.get(name)
    assert isinstance(value, str), f"<{tag.name}> has no {name!r} attribute ({value!r})"
    return value


def attrs(tag: Tag, name: str) -> list[str]:
    """A multi-valued attribute (class, rel) as its list of values; [] if it is absent."""
    value = tag.get(name)
    if value is None:
        return []
    return value.split() if isinstance(value, str) else list(value)


# Parsed pages by (file, size, modification time): most tests walk every page, and a
# parse takes a quarter of a second; parsed once per process, they are read, never
# changed (tests take text through helpers such as heading_text, not by editing a tree).
_SOUPS: dict[tuple[str, int, int], BeautifulSoup] = {}


@dataclass
class Page:
    path: Path  # the HTML file
    url: str  # its URL path inside the site, e.g. "/functions/relu/"
    html: str

    @cached_property
    def soup(self) -> BeautifulSoup:
        stat = self.path.stat()
        key = (str(self.path), stat.st_size, stat.st_mtime_ns)
        if key not in _SOUPS:
            _SOUPS[key] = BeautifulSoup(self.html, "html.parser")
        return _SOUPS[key]

    def resolve(self, reference: str) -> str:
        """A reference (src/href) as a URL path inside the site, or the full URL if external."""
        absolute = urljoin(f"http://site.invalid{self.url}", reference)
        parts = urlsplit(absolute)
        return parts.path if parts.netloc == "site.invalid" else absolute


@dataclass
class Site:
    """One language of a built site. ``root`` is the folder served at "/", ``folder``
    this language's place in it ("" for English, "zh" for Chinese): :meth:`pages` and
    :meth:`page` take URLs inside the language ("/functions/relu/"), while
    :meth:`file` and :attr:`Page.url` are from the root ("/zh/functions/relu/")."""

    root: Path
    folder: str = ""
    log: str = ""  # the build's output (stderr)
    cache: Path | None = None  # the figure and output cache the build filled, if known

    def warm_cache(self, destination: Path) -> Path:
        """A copy of the cache this site was built with: a build of the same checkout
        (or of a copy of it: the keys hold no paths) from it renders nothing."""
        assert self.cache is not None, "this site's build did not record its cache"
        shutil.copytree(self.cache, destination)
        return destination

    @property
    def home(self) -> Path:
        return self.root / self.folder

    @property
    def prefix(self) -> str:
        """This language's URL prefix: "/" or "/zh/"."""
        return f"/{self.folder}/" if self.folder else "/"

    def pages(self) -> list[Page]:
        others = [self.root / f for _, f in LANGUAGES.values() if f and f != self.folder]
        return [
            self.page_at(p)
            for p in sorted(self.home.rglob("*.html"))
            if not any(p.is_relative_to(other) for other in others)
        ]

    def page_at(self, path: Path) -> Page:
        relative = path.relative_to(self.root).as_posix()
        url = "/" + (
            relative.removesuffix("index.html") if relative.endswith("index.html") else relative
        )
        return Page(path, url, path.read_text(encoding="utf-8"))

    def page(self, url: str) -> Page:
        """The page at a URL inside this language, e.g. "/functions/relu/"."""
        path = self.prefix + url.lstrip("/")
        return self.page_at(self.file(path if path.endswith(".html") else path + "index.html"))

    def file(self, url_path: str) -> Path:
        return self.root / url_path.lstrip("/")


def heading_text(heading: Tag) -> str:
    """A heading's text without its permalink (the pilcrow Material adds)."""
    strings = heading.find_all(string=True)
    return "".join(s.strip() for s in strings if not s.find_parent("a", class_="headerlink"))


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
