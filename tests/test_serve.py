"""`make serve` (scripts/serve.py: both languages from MkDocs's live-reloading server) on
a free 127.0.0.1 port, through a writer's kinds of edit: an English and a Chinese
Markdown page (a dirty rebuild of that language alone, expanding that page alone, with
no figure rendered) and the package (its new figure is served in both languages)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.site import Site, copy_checkout, fetch, free_port, halve_tanh, serve_env

DEADLINE = 180.0  # seconds for one rebuild on a busy 2-core machine


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + DEADLINE
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    raise AssertionError(f"timed out after {DEADLINE:.0f} s waiting for {what}")


class Server:
    def __init__(self, checkout: Path, cache: Path, log: Path) -> None:
        self.port = free_port()
        self.log = log
        env = serve_env(checkout, cache)
        command = [sys.executable, "scripts/serve.py", "--dev-addr", f"127.0.0.1:{self.port}"]
        self.output = log.open("w")
        self.process = subprocess.Popen(
            command, cwd=checkout, env=env, stdout=self.output, stderr=subprocess.STDOUT
        )

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def gen_lines(self, language: str = "en") -> list[str]:
        """The generator's log lines (one per build) of one language."""
        tag = f"gen_site: [{language}] "
        return [line for line in self.log.read_text().splitlines() if tag in line]


@pytest.fixture
def server(site: Site, tmp_path: Path) -> Iterator[tuple[Server, Path]]:
    """A serve of a copy of the checkout, started from a copy of the session build's
    cache, as a writer's second `make serve` starts: the edits below are what it tests."""
    checkout = copy_checkout(tmp_path / "checkout")
    server = Server(checkout, site.warm_cache(tmp_path / "cache"), tmp_path / "serve.log")
    try:
        wait_for(lambda: fetch(server.url("/")) is not None, "the first build")
        yield server, checkout
    finally:
        server.process.terminate()
        server.process.wait(timeout=30)
        server.output.close()


def test_serve_rebuilds_prose_without_figures_and_sees_package_edits(server) -> None:
    server, checkout = server
    figure = server.url("/figures/tanh/function.svg")
    original = fetch(figure)
    assert original is not None
    builds = len(server.gen_lines())

    page = checkout / "docs" / "sigmoid-vs-tanh.md"
    page.write_text(page.read_text() + "\nA sentence added while serving.\n")
    wait_for(
        lambda: (
            b"A sentence added while serving." in (fetch(server.url("/sigmoid-vs-tanh/")) or b"")
        ),
        "the prose edit",
    )
    wait_for(lambda: len(server.gen_lines()) > builds, "the generator's log line")
    prose = server.gen_lines()[-1]
    assert "registry outputs from the output cache; 1 of " in prose, prose
    index = json.loads(fetch(server.url("/search/search_index.json")) or b"{}")
    locations = [doc["location"] for doc in index["docs"]]
    assert len(locations) == len(set(locations)), "the dirty build duplicated search entries"
    assert any("A sentence added while serving." in doc["text"] for doc in index["docs"])
    assert "functions/relu/" in locations, "the dirty build kept the other pages' entries"
    chinese_builds = len(server.gen_lines("zh"))

    page = checkout / "docs-zh" / "sigmoid-vs-tanh.md"
    page.write_text(page.read_text() + "\n服务期间新加的一句话。\n")
    wait_for(
        lambda: (
            "服务期间新加的一句话。".encode() in (fetch(server.url("/zh/sigmoid-vs-tanh/")) or b"")
        ),
        "the Chinese prose edit",
    )
    assert len(server.gen_lines("zh")) == chinese_builds + 1, "the English edit built English alone"
    builds = len(server.gen_lines("zh"))

    halve_tanh(checkout)
    wait_for(lambda: fetch(figure) not in (None, original), "the new tanh figure")
    wait_for(lambda: len(server.gen_lines("zh")) > builds, "the Chinese rebuild")
    assert " 0 rendered" not in server.gen_lines()[-1], server.gen_lines()[-1]
    assert fetch(server.url("/zh/figures/tanh/function.svg")) == fetch(figure)
    assert b"tanh/function.svg" in (fetch(server.url("/functions/tanh/")) or b"")
