"""Edit to visible under `make serve`: how long a writer waits to see an edit.

A scratch copy of the checkout is served by scripts/serve.py (its own figure cache,
first build cold). Then, RUNS times each: an English Markdown edit, a Chinese Markdown
edit (a new sentence appended to sigmoid-vs-tanh.md) and an edit to one registry entry
(tanh scaled by a factor never used before, its derivative with it, so no cache holds
the result). Each time is from the file's save to the first response of the served
page (or figure) that holds the edit, polled every 20 ms; medians are printed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from site_tools import output_cache
from tests.site import copy_checkout, fetch, free_port, serve_env

RUNS = 5
TIMEOUT = 120.0  # seconds for one edit to appear before the benchmark gives up
# Serve trains what the result cache lacks (the digits networks: minutes on a fresh
# machine, seconds after a kernel edit) in a process of its own, after the pages are
# served. The benchmark reads the checkout's own result cache, so that happens at most
# once per machine, and waits for each training to end before the next edit, so that no
# edit is timed against a training for the cores.
TRAINING_TIMEOUT = 1200.0
GOALS = {"markdown_en": 1.0, "markdown_zh": 1.0, "registry": 3.0}


def until(condition: Callable[[], bool], timeout: float = TIMEOUT, what: str = "an edit") -> float:
    """Seconds until ``condition`` holds, polled every 20 ms."""
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise RuntimeError(f"{what} did not appear within {timeout:.0f} s")
        time.sleep(0.02)
    return time.perf_counter() - start


def trained(log: Path, seen: int) -> int:
    """Wait until serve's log holds more background trainings finished than ``seen``, if
    it started one, and the rebuild that shows its results; return how many finished."""

    def text() -> str:
        return log.read_text(encoding="utf-8", errors="replace")

    if "training in the background" in text():
        until(
            lambda: text().count("trained in the background") > seen,
            TRAINING_TIMEOUT,
            "a background training",
        )
        after = text().rfind("trained in the background")
        until(lambda: "Reloading browsers" in text()[after:], what="the rebuild after it")
        time.sleep(1.0)
    return text().count("trained in the background")


def append(page: Path, url: str, sentence: str) -> float:
    page.write_text(page.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")
    return until(lambda: sentence.encode() in (fetch(url) or b""))


def scale_tanh(checkout: Path, factor: float, figure: str) -> float:
    """tanh(x) becomes factor * tanh(x), its derivative likewise (the build checks it)."""
    classic = checkout / "activations" / "catalog" / "classic.py"
    source = classic.read_text(encoding="utf-8")
    function = source.split("def tanh(x: FloatArray) -> FloatArray:")[1].split("\n\n\n")[0]
    derivative = source.split("def tanh_derivative(x")[1].split("\n\n\n")[0]
    last_return = function.rsplit("    return ", 1)
    new_function = f"{last_return[0]}    return {factor!r} * np.tanh(x)"
    lines = derivative.splitlines()
    lines = [line for line in lines if not line.startswith("    e *= ")]
    lines.insert(-1, f"    e *= {4.0 * factor!r}")
    edited = source.replace(function, new_function, 1).replace(derivative, "\n".join(lines), 1)
    before = fetch(figure)
    classic.write_text(edited, encoding="utf-8")
    return until(lambda: fetch(figure) not in (None, before))


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="edit-loop-") as work:
        checkout = copy_checkout(Path(work) / "checkout")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = serve_env(checkout, Path(work) / "cache")
        env.pop("ACTIVATIONS_DRAFT", None)
        env["ACTIVATIONS_RESULTS"] = str(output_cache.RESULTS)
        command = [sys.executable, "scripts/serve.py", "--dev-addr", f"127.0.0.1:{port}"]
        log_path = Path(work) / "serve.log"
        log = log_path.open("w")
        # A session of its own: its language workers and any training they started end
        # with it, before the scratch folder they write in is removed.
        server = subprocess.Popen(
            command, cwd=checkout, env=env, stdout=log, stderr=log, start_new_session=True
        )
        try:
            first = until(lambda: b"<html" in (fetch(f"{base}/zh/") or b""))
            done = trained(log_path, 0)
            times: dict[str, list[float]] = {name: [] for name in GOALS}
            for run_index in range(RUNS):
                stamp = f"{os.getpid()}-{run_index}-{time.time_ns()}"
                times["markdown_en"].append(
                    append(
                        checkout / "docs" / "sigmoid-vs-tanh.md",
                        f"{base}/sigmoid-vs-tanh/",
                        f"An English sentence added while serving, {stamp}.",
                    )
                )
                time.sleep(0.5)
                times["markdown_zh"].append(
                    append(
                        checkout / "docs-zh" / "sigmoid-vs-tanh.md",
                        f"{base}/zh/sigmoid-vs-tanh/",
                        f"服务期间新加的一句话，{stamp}。",
                    )
                )
                time.sleep(0.5)
                factor = 1.0 + (run_index + 1) / 64 + (os.getpid() % 1000) / 1e6
                times["registry"].append(
                    scale_tanh(checkout, factor, f"{base}/figures/tanh/function.svg")
                )
                time.sleep(3.0)  # let the Chinese rebuild finish before the next edit
                done = trained(log_path, done)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
            time.sleep(2.0)  # the workers notice and end
            with contextlib.suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGKILL)
            log.close()
    medians = {name: statistics.median(values) for name, values in times.items()}
    lines = [
        f"Edit to visible under make serve ({RUNS} edits each; first build {first:.1f} s), seconds:",
        f"{'edit':<14}{'median':>8}{'min':>8}{'max':>8}{'goal':>8}",
    ]
    for name, values in times.items():
        lines.append(
            f"{name:<14}{medians[name]:>8.2f}{min(values):>8.2f}{max(values):>8.2f}"
            f"{GOALS[name]:>8.1f}"
        )
    lines.append(" ".join(f"edit_{name}={medians[name]:.2f}" for name in GOALS))
    return lines


if __name__ == "__main__":
    print("\n".join(run()))
