"""A built site in a real browser: the folder served on 127.0.0.1, and Debian's Chromium
driven by Playwright. Used by the browser tests and by the page-weight benchmark, so both
load pages the same way.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# What works headless as root on these machines: Chromium will not start its sandbox as
# root, there is no GPU, and its background networking would request other hosts.
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files without a log line per request."""

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def served(
    folder: Path, handler_class: type[http.server.SimpleHTTPRequestHandler] = QuietHandler
) -> Iterator[str]:
    """``folder`` served on a free 127.0.0.1 port, in a thread: its base URL."""
    handler = functools.partial(handler_class, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextmanager
def chromium() -> Iterator[Browser]:
    """Chromium, headless with :data:`LAUNCH_ARGS`, as a Playwright browser."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            yield browser
        finally:
            browser.close()
