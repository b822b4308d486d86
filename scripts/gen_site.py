"""Build-time generator: registry -> figures, generated pages, navigation, KaTeX assets.

Run by mkdocs-gen-files on every build and every `mkdocs serve` rebuild, or standalone,
writing into a folder: ``python scripts/gen_site.py OUTDIR [LANGUAGE]``. It only loops and writes:
the maths, the figure style and the page text live in ``activations`` (``figures``,
``plotting``, ``pages``, ``i18n``); the caches in ``site_tools.output_cache``.

Languages: the config's ``theme.language`` picks the language of the generated text, and
its ``docs_dir`` the hand-written pages (docs/ for English, docs-zh/ for Chinese). docs/
also holds the language-neutral assets (stylesheets, scripts): a translation's folder
holds only Markdown, and the other languages' builds get the assets from here. Figures
are the same files in every language; the figure cache renders each once.

Environment:
    ACTIVATIONS_DRAFT=1   skip figure rendering (placeholders) and the trained experiments
                          (tables of dashes), for writing prose fast.
    ACTIVATIONS_CACHE     cache folder (default .cache/ in the checkout).
    ACTIVATIONS_SERVE     set by scripts/serve.py: a file to touch when trained experiments
                          that a rebuild left out (their results not in the result cache)
                          have been trained in a process of their own; until then the
                          pages show their last results (or dashes and placeholders, on
                          a fresh machine), instead of waiting seconds to minutes.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

# How a build stops with one line: MkDocs logs a PluginError's message as one ERROR line,
# with no traceback (a SystemExit would be wrapped by gen-files, quotes and all).
from mkdocs.exceptions import PluginError

from site_tools import katex_render, output_cache
from site_tools.languages import LANGUAGES

ROOT = output_cache.ROOT
MEMORY = output_cache.MEMORY  # survives the re-runs of this file under `mkdocs serve`
KATEX = ROOT / "node_modules" / "katex" / "dist"
KATEX_FILES = ("katex.min.css",)  # typeset at build time (katex_hook): no script
SOURCE_LANGUAGE = "en"  # docs/ is written in it (not i18n.DEFAULT: a warm run imports no package)
DRAFT = os.environ.get("ACTIVATIONS_DRAFT", "") not in ("", "0")
SERVE_SIGNAL = os.environ.get("ACTIVATIONS_SERVE", "")
# The experiments multiply small matrices, where BLAS threads only fight over the cores
# (measured here: 20x slower with two threads under load). Read when numpy loads.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
PLACEHOLDER = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" width="640" height="360">'
    '<rect width="640" height="360" fill="#9a9fab" fill-opacity="0.15"/></svg>\n'
)
MIN_PARALLEL = 32  # figures to render before a pool of processes pays for its start-up
log = logging.getLogger("mkdocs.plugins.gen_site")

# write(path, data, edit_path): edit_path is the hand-written source a page came from, if any.
Writer = Callable[[str, bytes, str | None], None]


def katex_assets() -> dict[str, bytes]:
    """KaTeX, served from the site itself: the build never reaches a CDN."""
    if not KATEX.is_dir():
        raise SystemExit(f"KaTeX is missing at {KATEX}: run `make setup` (npm ci) first.")
    files = {f"assets/katex/{name}": (KATEX / name).read_bytes() for name in KATEX_FILES}
    for font in sorted((KATEX / "fonts").glob("*.woff2")):
        files[f"assets/katex/fonts/{font.name}"] = font.read_bytes()
    return files


def fresh_package() -> None:
    """Forget imported `activations` modules: `mkdocs serve` re-runs this script in one
    process, and an edited module would otherwise never be seen."""
    for name in [n for n in sys.modules if n == "activations" or n.startswith("activations.")]:
        del sys.modules[name]


def render_figures(
    plots: list, cache: output_cache.FigureCache, reverse: bool = False
) -> tuple[list[str], int, int]:
    """Light SVG per plot, from the cache or rendered (in parallel over the cores). With
    ``reverse``, the missing ones are rendered last first (see :func:`from_the_end`)."""
    from activations import plotting

    keys = [plot.fingerprint() for plot in plots]
    svgs = [cache.get(key) for key in keys]
    missing = [i for i, svg in enumerate(svgs) if svg is None]
    # Fork only from a single-threaded process (a build, or serve's first build): forking
    # while serve's server and watcher threads run could copy a lock one of them holds.
    # Rebuilds under serve render the few changed figures in-process instead.
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    # A worker imports matplotlib itself (about half a second): a few figures, as after
    # editing one function, render sooner in this process.
    enough = len(missing) >= MIN_PARALLEL
    workers = min(cores or 1, len(missing) // 4) if enough and threading.active_count() == 1 else 1
    if workers > 1:
        context = multiprocessing.get_context("fork")  # workers inherit the imported package
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            chunk = max(1, len(missing) // (workers * 4))
            rendered = list(pool.map(plotting.render, [plots[i] for i in missing], chunksize=chunk))
        for i, svg in zip(missing, rendered, strict=True):
            cache.put(keys[i], svg)
            svgs[i] = svg
        return [svg for svg in svgs if svg is not None], len(missing), workers
    count = 0
    for i in reversed(missing) if reverse else missing:
        svgs[i], fresh = cache.get_or_render(keys[i], functools.partial(plotting.render, plots[i]))
        count += fresh
    return [svg for svg in svgs if svg is not None], count, 1


def shared_assets() -> dict[str, bytes]:
    """The non-Markdown files of docs/ (stylesheets, scripts), for the other languages."""
    docs = ROOT / "docs"
    return {
        path.relative_to(docs).as_posix(): path.read_bytes()
        for path in sorted(docs.rglob("*"))
        if path.is_file() and path.suffix != ".md"
    }


def import_package(sources: str) -> ModuleType:
    """The `activations` package, imported afresh only when its sources changed since this
    process last imported it (`mkdocs serve` re-runs this file in one process)."""
    if MEMORY.get("package sources") != sources:
        fresh_package()
        MEMORY["package sources"] = sources
    import activations

    return activations


def check_derivatives(registry: Mapping[str, Any]) -> None:
    """A wrong derivative fails the build, never draws."""
    from activations.registry import check_derivative

    for entry in registry.values():
        check_derivative(entry)


def from_the_end(language: str) -> bool:
    """Whether this language takes the work its build shares with the others in reverse
    order: the experiments and the figures (one cache each, a lock for each item). Serve
    rebuilds the languages side by side after a package edit; so the first two split the
    experiments to rerun and the figures to render between them."""
    return language != next(iter(LANGUAGES))


def run_experiments(reverse: bool = False) -> str:
    """The experiments' results feed figures and tables; the result cache keeps a warm
    build, or a prose edit, from training any network. A draft build trains none: the
    trained experiments' tables show dashes, their figures placeholders. With
    ``reverse``, the last experiment first (see :func:`from_the_end`)."""
    from activations import experiments

    started = time.perf_counter()
    last = MEMORY.setdefault("last results", {})  # what serve shows while it trains
    experiments.use_store(
        output_cache.ResultCache(), draft=DRAFT, defer=bool(SERVE_SIGNAL), last=last
    )
    ran = experiments.prepare(experiments.NAMES[::-1] if reverse else experiments.NAMES)
    skipped = sum(experiments.skipped(name) for name in experiments.NAMES)
    cached = len(experiments.NAMES) - ran - skipped
    deferred = sorted(experiments.deferred())
    if deferred:
        train_in_background(deferred)
    return (
        f"{len(experiments.NAMES)} experiments: {ran} run in "
        f"{time.perf_counter() - started:.1f} s, {cached} from the result cache"
        + (f", {skipped} skipped (draft)" if skipped and not deferred else "")
        + (f", {', '.join(deferred)} training in the background" if deferred else "")
    )


def train_in_background(names: list[str]) -> None:
    """Under serve: ask for what this rebuild left out to be trained. The serve worker
    starts the process once the build is done (scripts/serve.py), so that it does not
    compete with the build for the cores."""
    MEMORY["train"] = [sys.executable, "-m", "site_tools.train", *names, "--signal", SERVE_SIGNAL]


def deferred_experiments() -> bool:
    """Whether this build left out trained experiments that a background process trains:
    its outputs are then incomplete, and not kept in the output cache."""
    experiments = sys.modules.get("activations.experiments")
    return bool(experiments and experiments.deferred())


def figure_files(specs: list, language: str) -> tuple[dict[str, bytes], str]:
    """Every figure's SVG (light, and dark where themed): rendered, cached, or in draft
    mode a placeholder."""
    from activations import plotting

    if DRAFT:
        rendered, summary = [PLACEHOLDER] * len(specs), f"{len(specs)} figures skipped (draft)"
    else:
        from activations import experiments

        plots, waiting = [], []  # waiting: figures of experiments training apart (serve)
        for index, spec in enumerate(specs):
            try:
                plots.append(spec.prepare())
            except experiments.Skipped:
                waiting.append(index)
        drawn, count, workers = render_figures(
            plots, output_cache.FigureCache(), reverse=from_the_end(language)
        )
        for index in waiting:
            drawn.insert(index, PLACEHOLDER)
        rendered = drawn
        processes = f"{workers} process{'es' if workers > 1 else ''}"
        summary = (
            f"{len(specs)} figures: {count} rendered ({processes}),"
            f" {len(specs) - count - len(waiting)} from the figure cache"
            + (f", {len(waiting)} placeholders" if waiting else "")
        )
    outputs: dict[str, bytes] = {}
    for spec, svg in zip(specs, rendered, strict=True):
        outputs[spec.files[0]] = svg.encode()
        if spec.themed:
            outputs[spec.files[1]] = plotting.dark_variant(svg).encode()
    return outputs, summary


def registry_outputs(docs_dir: Path, language: str) -> tuple[dict[str, bytes], str]:
    """Everything the registry alone decides: figures, the generated function pages (where
    no hand-written page replaces one), the navigation, the explorer's data, KaTeX."""
    from activations import REGISTRY, explorer, figures, i18n, learning_path, pages

    check_derivatives(REGISTRY)
    trained = run_experiments(reverse=from_the_end(language))
    specs = figures.all_figures(REGISTRY)
    outputs, summary = figure_files(specs, language)
    by_name = {f.name: f for f in specs}
    for entry in REGISTRY.values():
        path = learning_path.page_path(entry)
        if not (docs_dir / path).exists():  # a hand-written page takes precedence
            page = pages.function_page(entry, language)
            outputs[path] = pages.expand(page, path, REGISTRY, by_name, language).encode()
    from activations import VECTOR_REGISTRY, vector_pages

    for vector_entry in VECTOR_REGISTRY.values():
        path = learning_path.page_path(vector_entry)
        if not (docs_dir / path).exists():
            page = vector_pages.vector_page(vector_entry, language)
            outputs[path] = pages.expand(page, path, REGISTRY, by_name, language).encode()
    outputs[pages.NAV_FILE] = pages.site_nav(REGISTRY, language).encode()
    typeset = katex_render.Typesetter()
    outputs[explorer.DATA] = explorer.data_json(REGISTRY, language, typeset).encode()
    typeset.close()
    fallbacks = i18n.untranslated(language, REGISTRY, by_name)
    if fallbacks:  # the build still works; tests/test_i18n.py asks for a full translation
        log.info("gen_site: [%s] in English (untranslated): %s", language, ", ".join(fallbacks))
    outputs.update(katex_assets())
    return outputs, f"{summary}; {trained}"


def expanded_page(
    text: str, relative: str, language: str, specs: Callable[[], dict[str, Any]]
) -> dict[str, bytes]:
    """A hand-written page with its registry markers replaced, or nothing if it has none
    (MkDocs then reads it from the docs folder as it is). ``specs`` gives the figures by
    name, made once per build however many pages need them."""
    from activations import REGISTRY, pages

    if not pages.MARKER.search(text):
        return {}
    return {relative: pages.expand(text, relative, REGISTRY, specs(), language).encode()}


def generate(docs_dir: Path, language: str) -> tuple[dict[str, bytes], str]:
    """Every output file and a summary line, each part from the output cache where its
    inputs are unchanged: the registry's outputs by a key of the package and generator,
    each hand-written page's expansion by that key and the page's own text. A prose edit
    then expands one page and imports no figure code; a warm build imports nothing."""
    keys = output_cache.Keys(ROOT, DRAFT, docs_dir, language)
    store = output_cache.OutputCache()
    outputs = store.load(keys.registry)
    summary = "registry outputs from the output cache"
    if outputs is None:
        import_package(keys.package)
        outputs, summary = registry_outputs(docs_dir, language)
        if not deferred_experiments():
            store.save(keys.registry, outputs)

    @functools.cache
    def specs() -> dict[str, Any]:
        """The figures by name: made once per build, for the pages that expand."""
        from activations import REGISTRY, figures

        return {f.name: f for f in figures.all_figures(REGISTRY)}

    results = functools.cache(run_experiments)  # at most once, for experiment tables

    expanded: dict[str, bytes] = {}
    count = 0
    for relative, (key, text) in keys.pages.items():
        page = store.load(key)
        if page is None:
            import_package(keys.package)
            if "experiment-" in text:  # experiment-table, experiment-row
                results()  # the tables read the results: from the result cache
            page = expanded_page(text, relative, language, specs)
            if not deferred_experiments():
                store.save(key, page)
            count += 1
        expanded.update(page)
    summary = f"{summary}; {count} of {len(keys.pages)} pages expanded"
    return {**outputs, **expanded}, summary


def for_people(error: BaseException) -> bool:
    """A malformed registry entry or page marker: its message is one line naming what
    and where, so the build shows that line and no traceback. (Looked up in sys.modules:
    importing the package to get the classes would raise the registry's error again.)"""
    kinds = [
        getattr(sys.modules.get(module), name, None)
        for module, name in (
            ("activations.registry", "RegistryError"),
            ("activations.pages", "PageError"),
        )
    ]
    return any(isinstance(kind, type) and isinstance(error, kind) for kind in kinds)


def run(write: Writer, docs_dir: Path, language: str) -> None:
    start = time.perf_counter()
    try:
        outputs, summary = generate(docs_dir, language)
    except Exception as error:
        if not for_people(error) or log.isEnabledFor(logging.DEBUG):  # -v: the traceback
            raise
        raise PluginError(f"gen_site [{language}]: {error}") from None
    if language != SOURCE_LANGUAGE:  # not cached: docs/'s assets are not in the cache key
        outputs = {**shared_assets(), **outputs}
    for path, data in outputs.items():
        # A page that rewrites a hand-written one (markers expanded) is edited at its source.
        hand_written = path.endswith(".md") and (docs_dir / path).is_file()
        write(path, data, path if hand_written else None)
    elapsed = time.perf_counter() - start
    log.info("gen_site: [%s] %s; %d files in %.2f s", language, summary, len(outputs), elapsed)


def _gen_files_writer() -> tuple[Writer, Path, str]:
    import mkdocs_gen_files

    def write(path: str, data: bytes, edit_path: str | None) -> None:
        with mkdocs_gen_files.open(path, "wb") as handle:
            handle.write(data)
        # An output unchanged since this process last wrote it keeps that time, so that
        # a dirty rebuild under serve (scripts/serve.py) redoes only what changed.
        stamp = output_cache.stamp(language, path, data)
        os.utime(
            Path(mkdocs_gen_files.editor.FilesEditor.current().directory, path), (stamp, stamp)
        )
        if edit_path:  # gen-files drops the edit link of a page it rewrites; restore it
            mkdocs_gen_files.set_edit_path(path, edit_path)

    config = mkdocs_gen_files.config
    language = config["theme"]["language"]
    return write, Path(config["docs_dir"]), language


def _folder_writer(out: Path) -> Writer:
    def write(path: str, data: bytes, edit_path: str | None) -> None:
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    return write


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        raise SystemExit("usage: python scripts/gen_site.py OUTDIR [LANGUAGE]")
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    language = sys.argv[2] if len(sys.argv) == 3 else SOURCE_LANGUAGE
    docs = ROOT / ("docs" if language == SOURCE_LANGUAGE else f"docs-{language}")
    try:
        run(_folder_writer(Path(sys.argv[1])), docs, language)
    except PluginError as error:
        raise SystemExit(str(error)) from None
else:
    run(*_gen_files_writer())
