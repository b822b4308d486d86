"""The generator's three caches, outside docs/ in .cache/ (gitignored). Standard library only.

1. Output cache, in two parts (:class:`Keys`): the registry's outputs (figures, generated
   pages, navigation, KaTeX), keyed by a hash of the package's sources, the generator,
   the KaTeX lock, the numpy/scipy/matplotlib versions, the draft switch, the language
   and which function pages are hand-written; and each hand-written page's expansion,
   keyed by that key and the page's text. When nothing changed, a build copies those
   bytes back and imports neither the package nor numpy nor matplotlib; after a prose
   edit it expands that one page.
2. Figure cache: one SVG per plot fingerprint (a hash of the data drawn, the options,
   the sampling and plotting modules' code and matplotlib's version), so that a change to one function
   re-renders that function's figures and nothing else.
3. Result cache: each build-time experiment's results, by a hash of its code and the
   package code it imports, so a figure or prose edit never re-trains a network.

A stale file is never served: any input that can change an output is part of its key.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

from filelock import FileLock

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("ACTIVATIONS_CACHE", ROOT / ".cache"))
# The result cache may live apart from the others (ACTIVATIONS_RESULTS): the tests build
# the site cold, each build with its own cache, and share one set of trained networks.
RESULTS = Path(os.environ.get("ACTIVATIONS_RESULTS", CACHE / "experiments"))
VERSIONED = ("numpy", "scipy", "matplotlib", "mkdocs-material")


# What survives the re-runs of gen_site in one process (`mkdocs serve`, scripts/serve.py):
# the sources the package was imported from, recent outputs, and each output's time.
MEMORY: dict[str, Any] = {}
MEMORY_BYTES = 64 * 2**20  # about three sets of the registry's outputs


def _digest(items: list[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256()
    for name, data in items:
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def _files(root: Path, paths: list[Path]) -> list[tuple[str, bytes]]:
    return [(f.relative_to(root).as_posix(), f.read_bytes()) for f in sorted(paths) if f.is_file()]


class Keys:
    """The output cache's keys for a build of ``language`` from the pages in ``docs``:
    ``package`` (the package's sources), ``registry`` (all the registry's outputs
    depend on) and, by page, each Markdown page's key and text."""

    def __init__(self, root: Path, draft: bool, docs: Path, language: str) -> None:
        package = _files(root, list(root.glob("activations/**/*.py")))
        generator = _files(
            root,
            [*root.glob("scripts/*.py"), *root.glob("site_tools/*.py"), root / "package-lock.json"],
        )
        versions = ",".join(f"{name}={metadata.version(name)}" for name in VERSIONED)
        flags = f"python={sys.version_info[:2]},draft={draft},language={language}"
        hand_written = ",".join(sorted(p.name for p in docs.glob("functions/*.md")))
        self.package = _digest(package)
        self.registry = _digest(
            [
                ("package", self.package.encode()),
                *generator,
                ("versions", f"{versions},{flags}".encode()),
                ("hand-written function pages", hand_written.encode()),
            ]
        )
        self.pages: dict[str, tuple[str, str]] = {}
        for page in sorted(docs.rglob("*.md")):
            relative, data = page.relative_to(docs).as_posix(), page.read_bytes()
            key = _digest([("registry", self.registry.encode()), (relative, data)])
            self.pages[relative] = (key, data.decode("utf-8"))


def input_key(
    root: Path = ROOT, draft: bool = False, docs: Path | None = None, language: str = "en"
) -> str:
    """One key for everything a build of ``language`` reads (for tests and tools)."""
    keys = Keys(root, draft, docs or root / "docs", language)
    return _digest(
        [("registry", keys.registry.encode())] + [(k, k.encode()) for k, _ in keys.pages.values()]
    )


def stamp(language: str, path: str, data: bytes) -> float:
    """The modification time to give an output: the time this process first wrote these
    exact bytes at this path, or now. MkDocs's dirty builds redo only files newer than
    their page in the site, so unchanged outputs must keep their time."""
    stamps = MEMORY.setdefault("stamps", {})
    digest = hashlib.sha256(data).digest()
    previous = stamps.get((language, path))
    if previous is not None and previous[0] == digest:
        return previous[1]
    now = time.time()
    stamps[(language, path)] = (digest, now)
    return now


class OutputCache:
    """Content-addressed blobs plus one manifest (output path -> blob) per input key."""

    def __init__(self, root: Path = CACHE / "outputs") -> None:
        self.root = root

    def _manifest(self, key: str) -> Path:
        return self.root / "manifests" / f"{key}.json"

    def _blob(self, digest: str) -> Path:
        return self.root / "blobs" / digest[:2] / digest

    def load(self, key: str) -> dict[str, bytes] | None:
        """Every output stored under this key (read-only: do not modify it), or None if
        any piece is missing. Recent loads are kept in memory for serve's rebuilds."""
        recent: dict[str, dict[str, bytes]] = MEMORY.setdefault("outputs", {})
        if key in recent:
            return recent[key]
        try:
            manifest = json.loads(self._manifest(key).read_text(encoding="utf-8"))
            outputs = {path: self._blob(digest).read_bytes() for path, digest in manifest.items()}
        except (OSError, ValueError):
            return None
        self._remember(key, outputs)
        return outputs

    @staticmethod
    def _remember(key: str, outputs: dict[str, bytes]) -> None:
        recent: dict[str, dict[str, bytes]] = MEMORY.setdefault("outputs", {})
        recent[key] = outputs

        def size() -> int:
            return sum(len(data) for files in recent.values() for data in files.values())

        while len(recent) > 1 and size() > MEMORY_BYTES:  # the oldest go first
            del recent[next(iter(recent))]

    def save(self, key: str, outputs: dict[str, bytes]) -> None:
        manifest = {}
        for path, data in outputs.items():
            digest = hashlib.sha256(data).hexdigest()
            blob = self._blob(digest)
            if not blob.exists():
                atomic_write(blob, data)
            manifest[path] = digest
        atomic_write(self._manifest(key), json.dumps(manifest, sort_keys=True).encode())
        self._remember(key, outputs)


class FigureCache:
    """Light-scheme SVG text by plot fingerprint."""

    def __init__(self, root: Path = CACHE / "figures") -> None:
        self.root = root

    def get(self, fingerprint: str) -> str | None:
        try:
            return (self.root / f"{fingerprint}.svg").read_text(encoding="utf-8")
        except OSError:
            return None

    def put(self, fingerprint: str, svg: str) -> None:
        atomic_write(self.root / f"{fingerprint}.svg", svg.encode())

    def get_or_render(self, fingerprint: str, render: Callable[[], str]) -> tuple[str, bool]:
        """The figure from the cache, or rendered here (True) under a lock of its own, so
        that builds running side by side (serve's languages, after a package edit) render
        each figure once: the other build waits for it and reads it from the cache."""
        with _lock(self.root, fingerprint):
            svg = self.get(fingerprint)
            if svg is not None:
                return svg, False
            svg = render()
            self.put(fingerprint, svg)
            return svg, True


class ResultCache:
    """Experiment results (JSON bytes) by the experiment's fingerprint: a hash of its
    code, the package code it imports, the data it reads and the numpy/scipy versions
    (see ``activations.experiments``). A warm build, or one after a prose edit, runs none."""

    def __init__(self, root: Path = RESULTS) -> None:
        self.root = root

    def get(self, key: str) -> bytes | None:
        try:
            return (self.root / f"{key}.json").read_bytes()
        except OSError:
            return None

    def put(self, key: str, data: bytes) -> None:
        atomic_write(self.root / f"{key}.json", data)

    def lock(self, key: str) -> FileLock:
        return _lock(self.root, key)


def _lock(root: Path, key: str) -> FileLock:
    """A lock file beside a cache's entries, one per key, for builds running side by side."""
    root.mkdir(parents=True, exist_ok=True)
    return FileLock(root / f".{key}.lock")


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a concurrent build never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)
