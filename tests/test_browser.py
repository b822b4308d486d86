"""The built site in a real browser (Debian's Chromium driven by Playwright), as a reader sees it.

Locally these tests skip when Chromium is missing; with CI=true a missing browser fails.
Full-page screenshots of the article's pages, light and dark, go to
test-artifacts/screenshots/ for a person to look at after a run.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.site import ROOT, Site

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
ARTICLE_PAGES = [
    "/",
    "/functions/sigmoid/",
    "/functions/tanh/",
    "/functions/relu/",
    "/functions/leaky_relu/",
    "/sigmoid-vs-tanh/",
    "/vanishing-gradients/",
]

pytestmark = pytest.mark.browser


def _require_chromium() -> None:
    if Path(CHROMIUM).is_file() or shutil.which(CHROMIUM):
        return
    message = f"Chromium not found at {CHROMIUM}: apt-get install chromium (or set CHROMIUM=path)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def server(site: Site) -> Iterator[str]:
    """The built site on a free 127.0.0.1 port."""
    handler = functools.partial(QuietHandler, directory=str(site.root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


class Visit:
    """One page load with every request, console message and page error recorded."""

    def __init__(self, browser, base: str, url: str, scheme: str = "light") -> None:
        self.context = browser.new_context(
            viewport={"width": 1280, "height": 900}, color_scheme=scheme
        )
        self.page = self.context.new_page()
        self.foreign: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on(
            "console",
            lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None,
        )
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.goto(base + url, wait_until="load")
        self.page.wait_for_load_state("networkidle")

    def _route(self, route) -> None:
        host = urlsplit(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host == "127.0.0.1":
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def scroll_through(self) -> None:
        """Scroll to the bottom in steps so that lazy images load, then wait for them."""
        self.page.evaluate(
            """async () => {
                for (let y = 0; y < document.body.scrollHeight; y += 600) {
                    window.scrollTo(0, y);
                    await new Promise(r => setTimeout(r, 30));
                }
                window.scrollTo(0, 0);
            }"""
        )
        self.page.wait_for_load_state("networkidle")
        self.page.wait_for_function(
            "[...document.images].filter(i => i.checkVisibility()).every(i => i.complete)"
        )

    def visible_images(self) -> list[dict]:
        return self.page.evaluate(
            """[...document.images].filter(i => i.checkVisibility()).map(i => ({
                src: i.currentSrc || i.src, width: i.naturalWidth, alt: i.alt}))"""
        )

    def close(self) -> None:
        self.context.close()


def all_urls(site: Site) -> list[str]:
    return [p.url for p in site.pages() if not p.url.endswith("404.html")]


def test_every_page_in_the_browser(site: Site, server: str, browser) -> None:
    problems: list[str] = []
    for url in all_urls(site):
        visit = Visit(browser, server, url)
        try:
            visit.scroll_through()
            problems += [f"{url}: request to another host: {u}" for u in visit.foreign]
            problems += [f"{url}: {e}" for e in visit.errors]
            problems += [
                f"{url}: image not loaded: {i['src']}"
                for i in visit.visible_images()
                if i["width"] == 0
            ]
            problems += [f"{url}: {p}" for p in untypeset_math(visit.page)]
        finally:
            visit.close()
    assert not problems, "\n".join(problems)


def untypeset_math(page) -> list[str]:
    found = page.evaluate(
        """() => {
            const raw = [...document.querySelectorAll('.arithmatex')]
                .filter(e => !e.querySelector('.katex')).map(e => e.textContent.slice(0, 60));
            const text = document.querySelector('.md-content').innerText;
            const leftovers = ['$$', '\\\\frac', '\\\\begin'].filter(t => text.includes(t));
            return [...raw.map(r => 'not typeset: ' + r), ...leftovers.map(t => 'raw TeX left: ' + t)];
        }"""
    )
    return list(found)


@pytest.mark.parametrize("url", ARTICLE_PAGES)
def test_dark_scheme_shows_dark_figures(site: Site, server: str, browser, url: str) -> None:
    visit = Visit(browser, server, url)
    try:
        visit.scroll_through()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = url.strip("/").replace("/", "-") or "home"
        visit.page.screenshot(path=str(SCREENSHOTS / f"{name}-light.png"), full_page=True)
        light = visit.visible_images()
        assert light, f"{url} shows no image"
        assert not [i for i in light if ".dark.svg" in i["src"]], "a dark figure in light"
        visit.page.locator("form[data-md-component=palette] label:visible").first.click()
        assert visit.page.get_attribute("body", "data-md-color-scheme") == "slate"
        visit.scroll_through()
        dark = visit.visible_images()
        themed = [i for i in dark if "/thumbnail.svg" not in i["src"]]
        assert themed, f"{url} shows no figure in the dark scheme"
        not_dark = [i["src"] for i in themed if not i["src"].split("#")[0].endswith(".dark.svg")]
        assert not not_dark, f"light figures shown in the dark scheme: {not_dark}"
        assert all(i["width"] > 0 for i in dark), "a dark-scheme image did not load"
        assert len(dark) == len(light)
        visit.page.screenshot(path=str(SCREENSHOTS / f"{name}-dark.png"), full_page=True)
        assert not visit.errors
        assert not visit.foreign
    finally:
        visit.close()
