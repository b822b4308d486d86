"""`make serve`: every language of the site from one live-reloading server, fast.

`mkdocs serve` serves one config, and the site has one per language (mkdocs.yml for
English at the root, mkdocs.zh.yml for Chinese under zh/). This serves all of them with
MkDocs's own LiveReloadServer, laid out as `make build` lays out site/, and rebuilds as
little as an edit needs:

- Each language builds in a worker process of its own, which keeps its imports (numpy,
  matplotlib, the package), its MkDocs plugins and the generator's in-memory caches
  between builds. Languages build side by side, each into its own folder (the served
  folder links zh/ to the Chinese one, so the English build's cleaning leaves it alone).
- A change to Markdown pages of one language only rebuilds that language, as a dirty
  build: MkDocs redoes the pages whose source is newer than their HTML, which is the
  edited page alone, because the generator gives every unchanged output its old time
  (output_cache.stamp). Material's search plugin merges that page into its index.
- Any other change (the package, the generator, the theme, a config, docs/'s scripts and
  stylesheets) rebuilds every language in full.
- A trained experiment (the digits networks) that a rebuild finds missing from the result
  cache, on a fresh machine or after a kernel edit, is trained by a process of its own
  (scripts/gen_site.py), started once the build is done: meanwhile the pages show the
  results the worker last had (dashes, on a fresh machine), and when it is done it touches
  a signal file here, which rebuilds every language dirty.

    python scripts/serve.py [--dev-addr 127.0.0.1:8000]
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

import watchdog.events
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer

from site_tools.languages import CONFIGS

ROOT = Path(__file__).resolve().parent.parent
POLLING = 0.1  # seconds between two looks at the watched files (MkDocs's default: 0.5)
log = logging.getLogger("mkdocs.serve")


def load(name: str, site_dir: Path, site_url: str) -> MkDocsConfig:
    config = load_config(str(ROOT / name))
    config.site_dir, config.site_url = str(site_dir), site_url
    return config


class Expected(logging.Filter):
    """Drop the warnings every dirty build repeats: that it is dirty, and gen-files's note
    that the edit links of the pages it did not rebuild went unused."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not message.startswith(("A 'dirty' build", "mkdocs_gen_files: These set_edit_path"))


def worker(connection: Connection, name: str, site_dir: Path, site_url: str) -> None:
    """Build one config on request, (True: dirty, False: full), until sent None or the
    main process is gone."""
    for handler in logging.getLogger().handlers:
        handler.addFilter(Expected())
    load(name, site_dir, site_url).plugins.on_startup(command="serve", dirty=True)
    server = os.getppid()
    trainings: dict[tuple[str, ...], subprocess.Popen] = {}
    while True:
        if not connection.poll(1.0):
            if os.getppid() != server:  # the server was killed: nothing more to build
                return
            continue
        dirty = connection.recv()
        if dirty is None:
            return
        try:
            started = time.time()
            # Loaded afresh, as `mkdocs serve` does, so an edited config is seen; MkDocs
            # keeps the plugin instances, so the search index persists for dirty builds.
            config = load(name, site_dir, site_url)
            build(config, serve_url=site_url, dirty=dirty)
            if dirty and nav_changed(config, started):  # every page shows the nav
                log.info("The navigation changed: building %s in full", name)
                build(load(name, site_dir, site_url), serve_url=site_url, dirty=False)
            elif dirty:
                one_search_entry_per_page(config)
            connection.send(None)
            train(trainings)
        except Exception as error:  # reported by the main process; this worker goes on
            connection.send(f"{name}: {error}")


def train(trainings: dict[tuple[str, ...], subprocess.Popen]) -> None:
    """Start the training the last build asked for (gen_site leaves its command in the
    output cache's memory), at a low priority so that the next edit's build goes first;
    not again while the same one still runs."""
    cache = sys.modules.get("site_tools.output_cache")
    command = getattr(cache, "MEMORY", {}).pop("train", None)
    if command is None:
        return
    key = tuple(command[3:])
    running = trainings.get(key)
    if running is not None and running.poll() is None:
        return
    trainings[key] = subprocess.Popen(["nice", "-n", "10", *command], cwd=ROOT)


def nav_file_time(language: str) -> float:
    """When the generator last wrote new navigation (its stamp, in this process)."""
    cache = sys.modules.get("site_tools.output_cache")  # imported by gen_site, once it has run
    stamps = getattr(cache, "MEMORY", {}).get("stamps", {})
    return max(
        (
            t
            for (lang, path), (_, t) in stamps.items()
            if lang == language and path.endswith("SUMMARY.md")
        ),
        default=0.0,
    )


def nav_changed(config: MkDocsConfig, since: float) -> bool:
    return nav_file_time(config.theme["language"]) >= since


def one_search_entry_per_page(config: MkDocsConfig) -> None:
    """Material's search merges a dirty build's entries into the previous index assuming
    one page was rebuilt; after a package edit several are, and their old entries would
    stay beside the new ones. Keep each page's newest run of entries (a page's entry
    and then its sections', appended in build order)."""
    plugin = config.plugins.get("material/search")
    index = getattr(plugin, "search_index_prev", None)
    if index is None:
        return
    runs: list[tuple[str, list[dict]]] = []
    for entry in index.entries:
        page = entry["location"].split("#")[0]
        if "#" not in entry["location"] or not runs or runs[-1][0] != page:
            runs.append((page, []))
        runs[-1][1].append(entry)
    newest = {page: i for i, (page, _) in enumerate(runs)}
    entries = [e for i, (page, run) in enumerate(runs) if newest[page] == i for e in run]
    if len(entries) == len(index.entries):
        return
    index.entries = entries
    path = Path(config.site_dir) / "search" / "search_index.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["docs"] = entries
    path.write_text(json.dumps(data, separators=(",", ":"), default=str), encoding="utf-8")


class Language:
    """One config, built by its worker process into its own folder."""

    def __init__(self, name: str, site_dir: Path, site_url: str) -> None:
        config = load_config(str(ROOT / name))
        self.name, self.docs_dir = name, Path(config.docs_dir).resolve()
        self.connection, theirs = multiprocessing.Pipe()
        # Not a daemon: a daemon may not start processes, and the generator renders
        # figures in a pool. It ends when told, or when the server process is gone.
        process = multiprocessing.Process(target=worker, args=(theirs, name, site_dir, site_url))
        process.start()
        self.process = process
        self.watch = [config.docs_dir, *config.watch, config.config_file_path or ""]
        if config.theme.custom_dir:
            self.watch.append(config.theme.custom_dir)

    def start(self, dirty: bool) -> None:
        self.connection.send(dirty)

    def wait(self) -> None:
        error = self.connection.recv()
        if error is not None:
            raise RuntimeError(error)

    def owns(self, path: Path) -> bool:
        """A Markdown page of this language's docs folder: its edit rebuilds this alone."""
        return path.suffix == ".md" and path.resolve().is_relative_to(self.docs_dir)

    def stop(self) -> None:
        self.connection.send(None)
        self.process.join(timeout=10)


class Changes(watchdog.events.FileSystemEventHandler):
    """The paths changed since the last build, collected beside the server's own handler
    (which only says that something changed)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.paths: set[Path] = set()

    def on_any_event(self, event: watchdog.events.FileSystemEvent) -> None:
        if event.is_directory:
            return
        with self.lock:
            for path in (event.src_path, getattr(event, "dest_path", "")):
                if path:
                    self.paths.add(Path(str(path)))

    def take(self) -> set[Path]:
        with self.lock:
            paths, self.paths = self.paths, set()
        return paths


PACKAGE = ROOT / "activations"


def plan(
    languages: list[Language], changed: set[Path], signals: Path | None = None
) -> dict[Language, bool]:
    """Which languages to rebuild, each dirty (True) or in full (False): Markdown pages
    of one language, that language dirty; the package's sources, or a signal that trained
    results arrived (a file in ``signals``), every language dirty (the generator gives
    only what changed a new time; the worker builds in full if the navigation changed);
    anything else, every language in full."""
    if not changed:
        return {lang: False for lang in languages}
    package = {
        p
        for p in changed
        if (p.suffix == ".py" and p.resolve().is_relative_to(PACKAGE))
        or (signals is not None and p.resolve().is_relative_to(signals.resolve()))
    }
    pages = changed - package
    if not all(any(lang.owns(p) for lang in languages) for p in pages):
        return {lang: False for lang in languages}
    if package:
        return {lang: True for lang in languages}
    return {lang: True for lang in languages if any(lang.owns(p) for p in pages)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev-addr", default="127.0.0.1:8000", metavar="HOST:PORT")
    host, port = parser.parse_args().dev_addr.rsplit(":", 1)
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    base_url = f"http://{host}:{port}/"
    work = Path(tempfile.mkdtemp(prefix="activations-serve-"))
    site = work / "site"
    site.mkdir()
    signals = work / "signals"
    signals.mkdir()
    # Read by gen_site in the workers (forked below): where to signal trained results.
    os.environ["ACTIVATIONS_SERVE"] = str(signals / "trained")
    languages: list[Language] = []
    root = Path(load_config(str(ROOT / CONFIGS[0])).site_dir)
    for name in CONFIGS:  # workers fork before the server starts any thread
        below = Path(load_config(str(ROOT / name)).site_dir).relative_to(root).as_posix()
        if below == ".":
            languages.append(Language(name, site, base_url))
        else:
            # The folder must exist before the link does: MkDocs's cleaning of the root
            # unlinks a dangling link, but cannot rmtree through one to a folder.
            (work / below).mkdir(parents=True)
            (site / below).parent.mkdir(parents=True, exist_ok=True)
            (site / below).symlink_to(work / below, target_is_directory=True)
            languages.append(Language(name, work / below, f"{base_url}{below}/"))
    changes = Changes()

    def builder() -> None:
        rebuild = plan(languages, changes.take(), signals)
        for language, dirty in rebuild.items():
            log.info("Building %s (%s)", language.name, "dirty" if dirty else "full")
            language.start(dirty)
        failures = []
        for language in rebuild:
            try:
                language.wait()
            except RuntimeError as error:
                failures.append(str(error))
        if failures:
            raise RuntimeError("; ".join(failures))

    server = LiveReloadServer(
        builder=builder, host=host, port=int(port), root=str(site), polling_interval=POLLING
    )
    try:
        builder()
        for path in sorted({*(p for lang in languages for p in lang.watch if p), str(signals)}):
            server.watch(path)
            server.observer.schedule(changes, path, recursive=True)
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown()
    finally:
        for language in languages:
            language.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
