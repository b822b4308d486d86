"""Lighthouse (pinned in package-lock.json; mobile, its default) on the pages issue 14
names, with Debian's Chromium, against the built site served as a static host serves
it: text gzipped when the browser asks (as GitHub Pages does), so that the throttled
network Lighthouse simulates carries what a reader's would.

Prints performance, accessibility, best practices and SEO (0-100) and the cumulative
layout shift of each page. Uses the site the site benchmark built, or builds one.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import tempfile
from pathlib import Path

from tests.browser import CHROMIUM, LAUNCH_ARGS, QuietHandler, served
from tests.site import BUILD_ENV, ROOT, build_languages

PAGES = ["/", "/functions/sigmoid/", "/sigmoid-vs-tanh/", "/explorer/", "/zh/", "/functions/gelu/"]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
TEXT = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class GzipHandler(QuietHandler):
    """Static files, text types gzipped (level 6) for a client that accepts gzip."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in TEXT):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def audit(url: str, out: Path) -> dict[str, float]:
    flags = " ".join(["--headless=new", *LAUNCH_ARGS])
    command = [str(LIGHTHOUSE), url, "--output=json", f"--output-path={out}", "--quiet"]
    command.append(f"--chrome-flags={flags}")
    subprocess.run(command, env={**os.environ, "CHROME_PATH": CHROMIUM}, check=True)
    report = json.loads(out.read_text(encoding="utf-8"))
    scores = {c: 100 * report["categories"][c]["score"] for c in CATEGORIES}
    scores["cls"] = report["audits"]["cumulative-layout-shift"]["numericValue"]
    return scores


def run(site: Path | None = None) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="bench-lighthouse-") as folder:
        work = Path(folder)
        if site is None:
            site = work / "site"
            build_languages(site, cache=work / "cache", env={**BUILD_ENV})
        lines = ["Lighthouse 12 (mobile preset), gzip-serving host", ""]
        lines.append(f"{'page':<24}{'perf':>6}{'a11y':>6}{'bp':>6}{'seo':>6}{'cls':>8}")
        with served(site, GzipHandler) as base:
            for url in PAGES:
                s = audit(base + url, work / "report.json")
                lines.append(
                    f"{url:<24}{s['performance']:6.0f}{s['accessibility']:6.0f}"
                    f"{s['best-practices']:6.0f}{s['seo']:6.0f}{s['cls']:8.3f}"
                )
    return lines
