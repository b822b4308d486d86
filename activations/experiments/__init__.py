"""Experiments the site runs at build time: small numpy networks, fixed seeds.

Each experiment is a module with a ``run()`` that returns plain JSON data (numbers,
lists, dicts); figures and tables are drawn from that data. :func:`results` runs an
experiment once per process, or takes its data from a store (the build's result cache)
under a key in two parts:

- :func:`fingerprint`: a hash of the module's source, of every package module it
  imports (transitively), less the catalog, and of the numpy and scipy versions. Under
  it the store keeps which activations the experiment asked ``activations.function``
  for when it last ran (recorded, not declared).
- :func:`kernels_key`: a hash of those activations' kernels, every package function
  and constant the kernels reach, and their parameters.

Editing a kernel re-runs the experiments that use that activation and no other;
editing prose, figures or pages re-runs none.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import importlib.util
import inspect
import json
import types
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

NAMES = ("vanishing", "dying", "nonlinearity", "initialisation")
PACKAGE = "activations"
CATALOG = "activations.catalog"


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
    """The experiment's code: its modules and the package modules they import, less the
    catalog (whose kernels :func:`kernels_key` covers one activation at a time)."""
    digest = hashlib.sha256(name.encode())
    for module, path in sorted(sources(name).items()):
        if module == CATALOG or module.startswith(CATALOG + "."):
            continue
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


def _reached(function: Any, seen: dict[str, str]) -> None:
    """The source of a package function and, recursively, of every package function and
    the repr of every constant its code refers to, into ``seen`` by qualified name."""
    qualified = f"{function.__module__}.{function.__qualname__}"
    if qualified in seen:
        return
    seen[qualified] = inspect.getsource(function)
    codes = [function.__code__]
    while codes:
        code = codes.pop()
        codes += [c for c in code.co_consts if isinstance(c, types.CodeType)]
        for global_name in code.co_names:
            value = function.__globals__.get(global_name)
            module = getattr(value, "__module__", "") or ""
            if isinstance(value, types.FunctionType) and module.split(".")[0] == PACKAGE:
                _reached(value, seen)
            elif isinstance(value, int | float | str | tuple | frozenset):
                seen[f"{function.__module__}.{global_name}"] = repr(value)


def kernels_key(activations_used: list[str]) -> str:
    """A hash of what the named activations compute: their kernels, what the kernels
    reach, and their parameters (with defaults and valid ranges)."""
    from activations import get

    digest = hashlib.sha256()
    for activation in sorted(activations_used):
        entry = get(activation)
        seen: dict[str, str] = {}
        for kernel in (entry.function, entry.derivative):
            _reached(kernel, seen)
        digest.update(f"{activation}\0{entry.params!r}".encode())
        for qualified, text in sorted(seen.items()):
            digest.update(f"{qualified}\0{text}".encode())
    return digest.hexdigest()


def _run_recording(module: Any) -> tuple[Any, list[str]]:
    """Run an experiment and note every activation it asks ``activations.function`` for."""
    import activations

    used: set[str] = set()
    original = activations.function

    def recording(name: str) -> Any:
        used.add(activations.get(name).name)
        return original(name)

    activations.function = recording
    try:
        return module.run(), sorted(used)
    finally:
        activations.function = original


def _load_or_run(name: str) -> tuple[dict[str, Any], bool]:
    store = _store
    code_key = fingerprint(name) if store is not None else ""
    used = json.loads(store.get(code_key) or b"null") if store is not None else None
    if store is not None and used is not None:
        cached = store.get(f"{code_key}-{kernels_key(used)}")
        if cached is not None:
            return json.loads(cached), False
    module = importlib.import_module(f"{__name__}.{name}")
    # Through JSON either way, so a fresh run and a cached one give identical data (keys
    # keep their order: it is the order of the figures' curves and the tables' columns).
    result, used = _run_recording(module)
    data = json.dumps(result).encode()
    if store is not None:
        store.put(code_key, json.dumps(used).encode())
        store.put(f"{code_key}-{kernels_key(used)}", data)
    return json.loads(data), True
