"""The generator's three caches, outside docs/ in .cache/ (gitignored). Standard library only.

1. Output cache: every file the generator wrote last time, keyed by a hash of everything
   it reads (the package's sources, the generator, the Markdown pages of the language
   being built and the language itself, the KaTeX lock, the numpy/scipy/matplotlib
   versions, the draft switch). When nothing changed, a build
   copies those bytes back and imports neither the package nor numpy nor matplotlib.
2. Figure cache: one SVG per plot fingerprint (a hash of the data drawn, the options,
   the plotting module's code and matplotlib's version), so that a change to one function
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
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("ACTIVATIONS_CACHE", ROOT / ".cache"))
VERSIONED = ("numpy", "scipy", "matplotlib", "mkdocs-material")


def _inputs(root: Path, draft: bool, docs: Path, language: str) -> list[tuple[str, bytes]]:
    files = sorted(
        [*root.glob("activations/**/*.py"), *root.glob("scripts/*.py"), *docs.glob("**/*.md")]
    )
    files.append(root / "package-lock.json")
    items = [(f.relative_to(root).as_posix(), f.read_bytes()) for f in files if f.is_file()]
    versions = ",".join(f"{name}={metadata.version(name)}" for name in VERSIONED)
    flags = f"python={sys.version_info[:2]},draft={draft},language={language}"
    items.append(("versions", f"{versions},{flags}".encode()))
    return items


def input_key(
    root: Path = ROOT, draft: bool = False, docs: Path | None = None, language: str = "en"
) -> str:
    """The output cache's key for a build of ``language`` from the pages in ``docs``."""
    digest = hashlib.sha256()
    for name, data in _inputs(root, draft, docs or root / "docs", language):
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


class OutputCache:
    """Content-addressed blobs plus one manifest (output path -> blob) per input key."""

    def __init__(self, root: Path = CACHE / "outputs") -> None:
        self.root = root

    def _manifest(self, key: str) -> Path:
        return self.root / "manifests" / f"{key}.json"

    def _blob(self, digest: str) -> Path:
        return self.root / "blobs" / digest[:2] / digest

    def load(self, key: str) -> dict[str, bytes] | None:
        """Every output of the build with this input key, or None if any piece is missing."""
        try:
            manifest = json.loads(self._manifest(key).read_text(encoding="utf-8"))
            return {path: self._blob(digest).read_bytes() for path, digest in manifest.items()}
        except (OSError, ValueError):
            return None

    def save(self, key: str, outputs: dict[str, bytes]) -> None:
        manifest = {}
        for path, data in outputs.items():
            digest = hashlib.sha256(data).hexdigest()
            blob = self._blob(digest)
            if not blob.exists():
                _atomic_write(blob, data)
            manifest[path] = digest
        _atomic_write(self._manifest(key), json.dumps(manifest, sort_keys=True).encode())


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
        _atomic_write(self.root / f"{fingerprint}.svg", svg.encode())


class ResultCache:
    """Experiment results (JSON bytes) by the experiment's fingerprint: a hash of its
    code, the package code it imports and the numpy/scipy versions (see
    ``activations.experiments``). A warm build, or one after a prose edit, runs none."""

    def __init__(self, root: Path = CACHE / "experiments") -> None:
        self.root = root

    def get(self, key: str) -> bytes | None:
        try:
            return (self.root / f"{key}.json").read_bytes()
        except OSError:
            return None

    def put(self, key: str, data: bytes) -> None:
        _atomic_write(self.root / f"{key}.json", data)


def _atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so a concurrent build never reads half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)
