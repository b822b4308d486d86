"""Experiments the site runs at build time: small numpy networks, fixed seeds.

Each experiment is a module with a ``run()`` that returns plain JSON data (numbers,
lists, dicts); figures and tables are drawn from that data. :func:`results` runs an
experiment once per process, or takes its data from a store (the build's result cache)
under :func:`fingerprint`: a hash of the module's source, of every package module it
imports (transitively, so the activation kernels it calls are included) and of the
numpy and scipy versions. Editing a kernel re-runs the experiments that use it; editing
prose, figures or pages does not.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import importlib.util
import json
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

NAMES = ("vanishing", "dying", "nonlinearity")
PACKAGE = "activations"


class Store(Protocol):
    """Where results are kept between builds: bytes by key."""

    def get(self, key: str) -> bytes | None: ...

    def put(self, key: str, data: bytes) -> None: ...


_store: Store | None = None
_results: dict[str, dict[str, Any]] = {}


def use_store(store: Store | None) -> None:
    """Keep results in ``store`` from now on (None: compute in memory only)."""
    global _store
    _store = store
    _results.clear()


def _module_file(name: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(name)
    except ModuleNotFoundError:
        return None
    return Path(spec.origin) if spec and spec.origin else None


def _package_imports(path: Path) -> set[str]:
    """The package's modules a source file imports, wherever in the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == PACKAGE}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == PACKAGE:
            module = f"{node.module}"
            found.add(module)
            # ``from activations import api``: a submodule, or just a name in it.
            found |= {f"{module}.{a.name}" for a in node.names}
    return found


def sources(name: str) -> dict[str, Path]:
    """Every package module an experiment depends on, by name, found by reading imports."""
    todo, seen = [f"{__name__}.{name}"], {}
    while todo:
        module = todo.pop()
        if module in seen or (path := _module_file(module)) is None:
            continue
        seen[module] = path
        todo += _package_imports(path)
        parts = module.split(".")  # importing a.b.c runs a/__init__ and a/b/__init__ too
        todo += [".".join(parts[:i]) for i in range(1, len(parts))]
    return seen


def fingerprint(name: str) -> str:
    digest = hashlib.sha256(name.encode())
    for module, path in sorted(sources(name).items()):
        digest.update(module.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    for dependency in ("numpy", "scipy"):
        digest.update(f"{dependency}={metadata.version(dependency)}".encode())
    return digest.hexdigest()


def results(name: str) -> dict[str, Any]:
    """The experiment's data: from this process, the store, or a fresh run."""
    if name not in _results:
        _results[name] = _load_or_run(name)[0]
    return _results[name]


def prepare(names: tuple[str, ...] = NAMES) -> int:
    """Load or run every experiment up front; return how many had to run."""
    ran = 0
    for name in names:
        if name not in _results:
            _results[name], fresh = _load_or_run(name)
            ran += fresh
    return ran


def _load_or_run(name: str) -> tuple[dict[str, Any], bool]:
    key = fingerprint(name) if _store else ""
    cached = _store.get(key) if _store else None
    if cached is not None:
        return json.loads(cached), False
    module = importlib.import_module(f"{__name__}.{name}")
    # Through JSON either way, so a fresh run and a cached one give identical data (keys
    # keep their order: it is the order of the figures' curves and the tables' columns).
    data = json.dumps(module.run()).encode()
    if _store:
        _store.put(key, data)
    return json.loads(data), True
