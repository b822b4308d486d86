"""Whole-site build times and the bytes a reader downloads per article page.

Builds of the whole site, English and Chinese (fresh `mkdocs build` processes,
alternating, median of RUNS):
    bare  draft switch on (ACTIVATIONS_DRAFT=1, no figure rendered), empty cache
    cold  empty cache: every figure rendered
    warm  the cache the previous cold build filled
The cold and warm builds read the trained experiment (digits) from one result cache,
filled once before them: its training is timed on its own, once, from an empty result
cache in a fresh process (``train``), so that the builds' ratios measure the figures and
pages, and the training's cost is its own figure.
Page weight: the site served on 127.0.0.1 and loaded in headless Chromium, scrolled to
the bottom; the sum of every response (HTML, CSS, JS, fonts, images, the search index).
Reported raw, and as transferred by a host that gzips text (GitHub Pages, where the
workflow deploys, does: HTML, CSS, JS, JSON, SVG); fonts (woff2) are sent as they are.
The summary's max_page_kb is the transferred size.
"""

from __future__ import annotations

import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.browser import chromium, served
from tests.site import ARTICLE_PATHS, LANGUAGES, in_language

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
ARTICLE_PAGES = [url for language in LANGUAGES for url in in_language(language, ARTICLE_PATHS)]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def timed_training(results: Path) -> float:
    """Seconds to train the trained experiments from an empty result cache."""
    shutil.rmtree(results, ignore_errors=True)
    env = {**ENV, "ACTIVATIONS_RESULTS": str(results)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "site_tools.train"], cwd=ROOT, env=env, check=True)
    return time.perf_counter() - start


def timed_build(site: Path, cache: Path, draft: bool) -> float:
    env = {**ENV, "ACTIVATIONS_CACHE": str(cache), "ACTIVATIONS_DRAFT": "1" if draft else "0"}
    env["ACTIVATIONS_RESULTS"] = str(cache.parent / "results")  # filled by timed_training
    start = time.perf_counter()
    for config, folder in LANGUAGES.values():  # the whole site, as `make build` builds it
        command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--config-file", config]
        command += ["--site-dir", str(site / folder)]
        subprocess.run(command, cwd=ROOT, env=env, check=True)
    return time.perf_counter() - start


def build_times(work: Path) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"bare": [], "cold": [], "warm": []}
    for run in range(RUNS):
        for kind in times:
            cache = work / f"cache-{run}"
            if kind in ("bare", "cold"):
                shutil.rmtree(cache, ignore_errors=True)
            bare_cache = work / f"bare-cache-{run}"
            if kind == "bare":
                times[kind].append(timed_build(work / "site", bare_cache, draft=True))
            else:
                times[kind].append(timed_build(work / "site", cache, draft=False))
    return times


COMPRESSED_TYPES = ("text/", "javascript", "json", "svg", "xml")


def transferred(body: bytes, content_type: str) -> int:
    """Bytes on the wire from a host that gzips text types (level 6, the usual default)."""
    if any(kind in content_type for kind in COMPRESSED_TYPES):
        return len(gzip.compress(body, compresslevel=6, mtime=0))
    return len(body)


def page_weights(site: Path) -> dict[str, tuple[int, int]]:
    from playwright.sync_api import Response

    weights: dict[str, tuple[int, int]] = {}
    with served(site) as base, chromium() as browser:
        for url in ARTICLE_PAGES:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            sizes: list[tuple[int, int]] = []

            def record(response: Response, sizes: list[tuple[int, int]] = sizes) -> None:
                if response.ok:
                    body = response.body()
                    kind = response.headers.get("content-type", "")
                    sizes.append((len(body), transferred(body, kind)))

            page.on("response", record)
            page.goto(base + url, wait_until="networkidle")
            page.evaluate(
                """async () => { for (let y = 0; y < document.body.scrollHeight; y += 500) {
                    window.scrollTo(0, y); await new Promise(r => setTimeout(r, 40)); } }"""
            )
            page.wait_for_load_state("networkidle")
            weights[url] = (sum(raw for raw, _ in sizes), sum(wire for _, wire in sizes))
            context.close()
    return weights


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench-site-") as folder:
        work = Path(folder)
        training = timed_training(work / "results")
        times = build_times(work)
        medians = {kind: statistics.median(values) for kind, values in times.items()}
        lines = [f"Training the digits experiment from an empty cache: {training:.1f} s", ""]
        lines += [f"Site builds, {RUNS} alternating runs each (seconds)", ""]
        lines.append(f"{'build':<8}{'median':>8}{'min':>8}{'max':>8}")
        for kind, values in times.items():
            lines.append(f"{kind:<8}{medians[kind]:8.2f}{min(values):8.2f}{max(values):8.2f}")
        weights = page_weights(work / "site")
    lines += ["", "Bytes a reader downloads (light scheme, scrolled to the end), kB", ""]
    lines.append(f"{'page':<28}{'raw':>8}{'gzip':>8}")
    lines += [
        f"{url:<28}{raw / 1024:8.1f}{wire / 1024:8.1f}" for url, (raw, wire) in weights.items()
    ]
    cold = medians["cold"] / medians["bare"]
    warm = medians["warm"] / medians["bare"]
    heaviest = max(wire for _, wire in weights.values()) / 1024
    summary = f"cold/bare={cold:.2f} warm/bare={warm:.2f} max_page_kb={heaviest:.0f}"
    lines += ["", f"{summary} train_s={training:.0f}"]
    return lines
