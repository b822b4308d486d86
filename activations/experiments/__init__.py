"""Experiments the site runs at build time: small numpy networks, fixed seeds.

Each experiment is a module with a ``run()`` that returns plain JSON data (numbers,
lists, dicts); figures and tables are drawn from that data. :func:`results` runs an
experiment once per process, or takes its data from a store (the build's result cache)
under a key in two parts:

- :func:`fingerprint`: a hash of the module's source, of every package module it
  imports (transitively), less the catalog, and of the numpy and scipy versions. Under
  it the store keeps which activations the experiment asked ``activations.function``
  or ``activations.vector_function`` for when it last ran (recorded, not declared).
- :func:`kernels_key`: a hash of those activations' kernels, every package function
  and constant the kernels reach, and their parameters.

An experiment that reads a data set from an installed package names the files in its
``DATA_FILES``; their bytes and the package's version enter the fingerprint too.

Editing a kernel re-runs the experiments that use that activation and no other;
editing prose, figures or pages re-runs none. Inside an experiment, :func:`each` keeps
every task's result apart, under the kernels of the one activation it runs: after a
kernel edit, a long experiment re-runs that activation's tasks only. The experiments in :data:`TRAINED` take
minutes on a cold cache: a draft build (``use_store(..., draft=True)``) skips them, and
asking for their results then raises :class:`Skipped`. Under ``make serve``
(``use_store(..., defer=True)``) a trained experiment whose results the store does not
hold is named by :func:`deferred`, for the server to train it apart while the writer
reads the page: meanwhile the build shows the results it last had (``last``), or skips
it as a draft does.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import importlib
import importlib.util
import inspect
import json
import types
from collections.abc import Callable
from contextlib import AbstractContextManager
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol, TypeVar

NAMES = ("vanishing", "dying", "nonlinearity", "initialisation", "digits", "attention")
TRAINED = frozenset({"digits"})  # minutes of training on a cold cache
PACKAGE = "activations"
CATALOG = "activations.catalog"


class Store(Protocol):
    """Where results are kept between builds: bytes by key."""

    def get(self, key: str) -> bytes | None: ...

    def put(self, key: str, data: bytes) -> None: ...

    def lock(self, key: str) -> AbstractContextManager[object]:
        """Held while an experiment runs, so that two builds (or test workers) at once
        train it once: the second waits, then reads the first's results."""
        ...


class Skipped(LookupError):
    """The results of a trained experiment, asked for in a draft build."""


_store: Store | None = None
_draft = False
_defer = False
_deferred: set[str] = set()
_last: dict[str, dict[str, Any]] | None = None
_results: dict[str, dict[str, Any]] = {}
_running = ""  # the code key of the experiment running now, under which each() keeps tasks


def use_store(
    store: Store | None,
    draft: bool = False,
    defer: bool = False,
    last: dict[str, dict[str, Any]] | None = None,
) -> None:
    """Keep results in ``store`` from now on (None: compute in memory only); with
    ``draft``, run none of the :data:`TRAINED` experiments (not even from the store, so
    that a draft build's output depends on nothing but its sources); with ``defer``, take
    them from the store where it holds them and name the rest (:func:`deferred`) without
    running them, using their results in ``last`` (kept there from build to build) if it
    has them, else skipping them."""
    global _store, _draft, _defer, _last
    _store, _draft, _defer = store, draft, defer and store is not None
    _last = last if _defer else None
    _results.clear()
    _deferred.clear()


def skipped(name: str) -> bool:
    """Whether this build leaves the experiment out (a draft build, a trained one, or one
    deferred because the store does not hold it)."""
    if _draft and name in TRAINED:
        return True
    if _defer and name in TRAINED and name not in _results and name not in _deferred:
        assert _store is not None
        assert _last is not None
        # No lock: a training elsewhere holds it, and its results are not in yet.
        found = _from_store(name, _store)
        if found is None:
            _deferred.add(name)
            found = _last.get(name)  # the last results, until the training ends
        else:
            _last[name] = found
        if found is not None:
            _results[name] = found
    return name in _deferred and name not in _results


def deferred() -> frozenset[str]:
    """The trained experiments this build left out because the store does not hold their
    results (under ``use_store(..., defer=True)``)."""
    return frozenset(_deferred)


def _module_file(name: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(name)
    except ModuleNotFoundError:
        return None
    return Path(spec.origin) if spec and spec.origin else None


def _package_imports(path: Path) -> frozenset[str]:
    """The package's modules a source file imports, wherever in the file."""
    return _imports_in(path.read_text(encoding="utf-8"))


@functools.cache  # by source text: every experiment's fingerprint reads the same modules
def _imports_in(source: str) -> frozenset[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == PACKAGE}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == PACKAGE:
            module = f"{node.module}"
            found.add(module)
            # ``from activations import api``: a submodule, or just a name in it.
            found |= {f"{module}.{a.name}" for a in node.names}
    return frozenset(found)


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
    experiment = importlib.import_module(f"{__name__}.{name}")
    for distribution, file in getattr(experiment, "DATA_FILES", ()):
        data = Path(str(metadata.distribution(distribution).locate_file(file))).read_bytes()
        version = metadata.version(distribution)
        digest.update(f"{distribution}={version}:{file}\0".encode())
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def results(name: str) -> dict[str, Any]:
    """The experiment's data: from this process, the store, or a fresh run."""
    if skipped(name):
        raise Skipped(f"experiment {name!r}: skipped in a draft build")
    if name not in _results:
        _results[name] = _load_or_run(name)[0]
    return _results[name]


def prepare(names: tuple[str, ...] = NAMES) -> int:
    """Load or run every experiment up front (less those :func:`skipped`); return how
    many had to run."""
    ran = 0
    for name in names:
        if skipped(name) or name in _results:
            continue
        _results[name], fresh = _load_or_run(name)
        if _last is not None:
            _last[name] = _results[name]
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


def _kernels(name: str) -> tuple[Any, tuple[Any, ...]]:
    """An entry, scalar or vector, and the kernels that compute it."""
    from activations import VECTOR_REGISTRY, get

    if name in VECTOR_REGISTRY:
        vector = VECTOR_REGISTRY[name]
        return vector, (vector.function, vector.jacobian, vector.vjp)
    entry = get(name)
    return entry, (entry.function, entry.derivative)


def kernels_key(activations_used: list[str]) -> str:
    """A hash of what the named activations (scalar or vector) compute: their kernels,
    what the kernels reach, and their parameters (with defaults and valid ranges)."""
    digest = hashlib.sha256()
    for activation in sorted(activations_used):
        entry, kernels = _kernels(activation)
        seen: dict[str, str] = {}
        for kernel in kernels:
            _reached(kernel, seen)
        digest.update(f"{activation}\0{entry.params!r}".encode())
        for qualified, text in sorted(seen.items()):
            digest.update(f"{qualified}\0{text}".encode())
    return digest.hexdigest()


def _run_recording(module: Any) -> tuple[Any, list[str]]:
    """Run an experiment and note every activation it asks ``activations.function`` (or
    ``activations.vector_function``) for."""
    import activations

    used: set[str] = set()
    original, original_vector = activations.function, activations.vector_function

    def recording(name: str) -> Any:
        used.add(activations.get(name).name)
        return original(name)

    def recording_vector(name: str) -> Any:
        public = original_vector(name)
        used.add(public.entry.name)
        return public

    activations.function, activations.vector_function = recording, recording_vector
    try:
        return module.run(), sorted(used)
    finally:
        activations.function, activations.vector_function = original, original_vector


def _load_or_run(name: str) -> tuple[dict[str, Any], bool]:
    if _store is None:
        return _cached_or_run(name, None)
    with _store.lock(name):
        return _cached_or_run(name, _store)


def _from_store(name: str, store: Store) -> dict[str, Any] | None:
    """The experiment's results if the store holds them for the code as it is now."""
    code_key = fingerprint(name)
    used = json.loads(store.get(code_key) or b"null")
    if used is None:
        return None
    cached = store.get(f"{code_key}-{kernels_key(used)}")
    return None if cached is None else json.loads(cached)


def _cached_or_run(name: str, store: Store | None) -> tuple[dict[str, Any], bool]:
    global _running
    if store is not None and (cached := _from_store(name, store)) is not None:
        return cached, False
    code_key = fingerprint(name) if store is not None else ""
    module = importlib.import_module(f"{__name__}.{name}")
    # Through JSON either way, so a fresh run and a cached one give identical data (keys
    # keep their order: it is the order of the figures' curves and the tables' columns).
    _running = code_key
    try:
        result, used = _run_recording(module)
    finally:
        _running = ""
    data = json.dumps(result).encode()
    if store is not None:
        store.put(code_key, json.dumps(used).encode())
        store.put(f"{code_key}-{kernels_key(used)}", data)
    return json.loads(data), True


Task = TypeVar("Task")


def each(
    tasks: list[Task],
    compute: Callable[[list[Task]], list[Any]],
    activation: Callable[[Task], str],
) -> list[Any]:
    """``compute`` of the tasks (JSON data each, in order), where each task's result is
    kept in the store apart: under the running experiment's code, the task's repr and the
    kernels of ``activation(task)``. Only the tasks with no kept result are computed, in
    one call; the others come from the store, through JSON either way."""
    if _store is None or not _running:
        return [json.loads(json.dumps(r)) for r in compute(tasks)]
    store, kernels = _store, {name: kernels_key([name]) for name in {*map(activation, tasks)}}

    def key(task: Task) -> str:
        digest = hashlib.sha256(repr(task).encode()).hexdigest()[:32]
        return f"{_running}-task-{kernels[activation(task)]}-{digest}"

    found = {i: store.get(key(task)) for i, task in enumerate(tasks)}
    missing = [i for i, data in found.items() if data is None]
    computed = compute([tasks[i] for i in missing]) if missing else []
    for i, result in zip(missing, computed, strict=True):
        found[i] = data = json.dumps(result).encode()
        store.put(key(tasks[i]), data)
    return [json.loads(found[i] or b"null") for i in range(len(tasks))]
