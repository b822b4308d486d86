"""The built site in a real browser (Debian's Chromium driven by Playwright), as a reader sees it.

Locally these tests skip when Chromium is missing; with CI=true a missing browser fails.
Full-page screenshots of the article's pages, light and dark, go to
test-artifacts/screenshots/ for a person to look at after a run.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import numpy as np
import pytest

import activations
from tests.browser import CHROMIUM, chromium, served
from tests.site import ARTICLE_PATHS, LANGUAGES, ROOT, Site, in_language

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
EXPERIMENT_PAGES = [
    "/experiments/vanishing-gradients/",
    "/experiments/dying-relu/",
    "/experiments/nonlinearity/",
]
ARTICLE_PAGES = [*ARTICLE_PATHS, *EXPERIMENT_PAGES]
# The source article's pages in Chinese (test_every_page_in_the_browser visits them all).
ARTICLE_PAGES_ZH = in_language("zh", ARTICLE_PATHS)

pytestmark = pytest.mark.browser

# A desktop window, and a phone: 375 CSS px wide (an iPhone's) at 3 device pixels a px.
DEVICES: dict[str, dict[str, Any]] = {
    "desktop": {"viewport": {"width": 1280, "height": 900}},
    "phone": {
        "viewport": {"width": 375, "height": 812},
        "device_scale_factor": 3,
        "is_mobile": True,
        "has_touch": True,
    },
}
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"  # pinned in package-lock.json


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
    with served(site.root) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    _require_chromium()
    with chromium() as launched:
        yield launched


# Every address but this host's: requests there are recorded and refused. A pattern the
# browser driver matches itself, so that this host's requests never wait on Python.
FOREIGN = re.compile(r"^(?!(?:data:|blob:|https?://127\.0\.0\.1[:/]))")


class Tab:
    """One browser tab (its own context: window size, colour scheme, HTTP cache) that
    opens pages one after another, recording each page's requests, console errors and
    page errors. A tab reused across pages loads the theme's files once, as a reader's
    browser does."""

    def __init__(self, browser, base: str, scheme: str = "light", device: str = "desktop") -> None:
        self.base = base
        self.context = browser.new_context(**DEVICES[device], color_scheme=scheme)
        self.page = self.context.new_page()
        self.foreign: list[str] = []
        self.requested: list[str] = []
        self.errors: list[str] = []
        self.page.route(FOREIGN, self._refuse)
        self.page.on("request", lambda r: self.requested.append(r.url))
        self.page.on(
            "console",
            lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None,
        )
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))

    def open(self, url: str, settle: bool = True) -> Tab:
        """Load a page, forgetting the last one's records; with ``settle``, wait until
        the network has been quiet for half a second too."""
        self.foreign.clear()
        self.requested.clear()
        self.errors.clear()
        self.page.goto(self.base + url, wait_until="load")
        if settle:
            self.page.wait_for_load_state("networkidle")
        # The page as a reader sees it once its fonts are in: the scripts that measure
        # widths (a11y.js) run again then, in the next frame.
        self.page.evaluate(
            "document.fonts.ready.then(() => new Promise(r => "
            "requestAnimationFrame(() => requestAnimationFrame(r))))"
        )
        return self

    def __enter__(self) -> Tab:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _refuse(self, route) -> None:
        self.foreign.append(route.request.url)
        route.abort()

    def load_images(self) -> None:
        """Ask for every lazy image at once (as scrolling to each would, without the
        scrolling) and wait until every image has loaded or failed."""
        self.page.evaluate(
            "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
        )
        self.page.wait_for_function("[...document.images].every(i => i.complete)")

    def visible_images(self) -> list[dict]:
        return self.page.evaluate(
            """[...document.images].filter(i => i.checkVisibility()).map(i => ({
                src: i.currentSrc || i.src, width: i.naturalWidth, alt: i.alt,
                sized: i.hasAttribute("width") && i.hasAttribute("height")}))"""
        )

    def accessibility_violations(self, rules: tuple[str, ...] | None = None) -> list[str]:
        """axe-core's violations on the page as it stands, one line per element: of its
        default rules, or of ``rules`` only."""
        self.page.add_script_tag(path=str(AXE))
        return self.page.evaluate(
            """async (rules) => {
                const options = {resultTypes: ["violations"]};
                if (rules) options.runOnly = rules;
                const result = await axe.run(document, options);
                return result.violations.flatMap(v => v.nodes.map(n =>
                    `${v.id} (${v.impact}): ${n.target.join(" ")}: ${n.failureSummary
                        .split("\\n").slice(1).join(" ").trim().slice(0, 200)}`));
            }""",
            list(rules) if rules else None,
        )

    def code_overflow(self) -> list[int]:
        """How many CSS px each code block that scrolls sideways is wider than its box."""
        return self.page.evaluate(
            """[...document.querySelectorAll("pre > code")]
                .map(c => c.scrollWidth - c.clientWidth).filter(d => d > 0)"""
        )

    def sideways_scroll(self) -> int:
        """How many CSS px the page is wider than the window (0: it fits)."""
        return self.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )

    def close(self) -> None:
        self.context.close()


class Visit(Tab):
    """One page load in a tab of its own."""

    def __init__(
        self, browser, base: str, url: str, scheme: str = "light", device: str = "desktop"
    ) -> None:
        super().__init__(browser, base, scheme, device)
        self.open(url)


def all_urls(site: Site) -> list[str]:
    return [p.url for p in site.pages() if not p.url.endswith("404.html")]


# Each page twice: light on a desktop, dark on a phone. Between them every page is
# checked in both schemes and at both widths, for half the loads of all four pairings;
# what does not depend on either (images, maths, requests) is checked on the desktop.
VIEWS = [("light", "desktop"), ("dark", "phone")]
# axe-core's full rule set takes about 2 s a page, most of it the colour-contrast rules.
# A page's colours come from the theme and its scheme, not from its language, and the
# languages' pages have the same parts (test_languages): so the full set runs on every
# English page light and every Chinese page dark, and so on every page in each scheme in
# one language. The other two views run the rules that depend on the width or the words.
FULL_AXE = {("en", "light"), ("zh", "dark")}
VIEW_RULES = ("scrollable-region-focusable", "html-has-lang", "html-lang-valid", "valid-lang")


# Each view's pages in this many parts, every part a test of its own: pytest-xdist then
# spreads the browser's work over the cores beside the other tests (one test per view
# kept a core busy for minutes at the end of a run).
PARTS = 4


@pytest.mark.parametrize("part", range(PARTS), ids=[f"part{k + 1}" for k in range(PARTS)])
@pytest.mark.parametrize(("scheme", "device"), VIEWS, ids=[f"{s}-{d}" for s, d in VIEWS])
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_page_in_the_browser(
    sites: dict[str, Site],
    server: str,
    browser,
    language: str,
    scheme: str,
    device: str,
    part: int,
) -> None:
    """Every page loads from this host alone, with its images, typeset maths, no maths
    script, no page wider than the window, no code block that scrolls sideways (its long
    lines wrap), and no accessibility violation (axe-core)."""
    rules = None if (language, scheme) in FULL_AXE else VIEW_RULES
    problems: list[str] = []
    with Tab(browser, server, scheme, device) as tab:
        for url in all_urls(sites[language])[part::PARTS]:
            # No wait for a quiet network here: on the desktop, load_images waits for
            # every image once all have been asked for; the phone checks no images.
            visit = tab.open(url, settle=False)
            problems += [f"{url}: {e}" for e in visit.errors]
            if device == "desktop":
                visit.load_images()
                problems += [f"{url}: request to another host: {u}" for u in visit.foreign]
                images = visit.visible_images()
                problems += [
                    f"{url}: image not loaded: {i['src']}" for i in images if not i["width"]
                ]
                problems += [
                    f"{url}: image without width and height: {i['src']}"
                    for i in images
                    if not i["sized"]
                ]
                problems += [f"{url}: {p}" for p in untypeset_math(visit.page)]
                problems += [
                    f"{url}: a maths script was requested: {u}"
                    for u in visit.requested
                    if "katex" in u.lower() and u.endswith(".js")
                ]
            wider = visit.sideways_scroll()
            if wider > 0:
                problems.append(f"{url}: scrolls sideways by {wider} px")
            problems += [
                f"{url}: a code block scrolls sideways by {d} px" for d in visit.code_overflow()
            ]
            problems += [f"{url}: {v}" for v in visit.accessibility_violations(rules)]
    assert not problems, "\n".join(problems)


def test_the_accessibility_check_finds_what_it_looks_for(site: Site, server: str, browser) -> None:
    """The checker can fail: faint text fails the full rule set, and a wide box that
    scrolls but cannot take the keyboard's focus fails the per-view rules too."""
    with Visit(browser, server, "/functions/relu/") as visit:
        visit.page.evaluate(
            """() => {
                const faint = document.createElement("p");
                faint.textContent = "Faint words";
                faint.style.color = "#eeeeee";
                const wide = document.createElement("div");
                wide.style.cssText = "overflow-x: auto; width: 100px";
                // Words past the box's edge: axe looks for content out of sight.
                wide.innerHTML = '<p style="white-space: nowrap">' + "A wide line ".repeat(20) + "</p>";
                document.querySelector("article").append(faint, wide);
            }"""
        )
        full = visit.accessibility_violations()
        view = visit.accessibility_violations(VIEW_RULES)
    assert any(v.startswith("color-contrast") for v in full), full
    assert any(v.startswith("scrollable-region-focusable") for v in view), view
    assert not any(v.startswith("color-contrast") for v in view), view


def test_copying_a_formula_copies_its_tex(site: Site, server: str, browser) -> None:
    """Typeset at build time, a formula still copies as its LaTeX: select the sigmoid's
    display formula as a reader would and read the selection."""
    with Visit(browser, server, "/functions/sigmoid/") as visit:
        copied = visit.page.evaluate(
            """() => {
                const formula = document.querySelector('article div.arithmatex');
                const range = document.createRange();
                range.selectNodeContents(formula);
                const selection = getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
                return selection.toString().trim();
            }"""
        )
    latex = activations.get("sigmoid").latex
    assert copied == f"\\[{latex}\\]", copied


def untypeset_math(page) -> list[str]:
    found = page.evaluate(
        """() => {
            const raw = [...document.querySelectorAll('.arithmatex')]
                .filter(e => !e.querySelector('.katex')).map(e => e.textContent.slice(0, 60));
            // The TeX kept beside each formula for copying is out of sight: leave it out.
            const content = document.querySelector('.md-content').cloneNode(true);
            content.querySelectorAll('.tex-source').forEach(e => e.remove());
            document.body.append(content);
            const text = content.innerText;
            content.remove();
            const leftovers = ['$$', '\\\\frac', '\\\\begin'].filter(t => text.includes(t));
            return [...raw.map(r => 'not typeset: ' + r), ...leftovers.map(t => 'raw TeX left: ' + t)];
        }"""
    )
    return list(found)


@pytest.mark.parametrize("url", ARTICLE_PAGES + ARTICLE_PAGES_ZH)
def test_dark_scheme_shows_dark_figures(site: Site, server: str, browser, url: str) -> None:
    with Visit(browser, server, url) as visit:
        visit.load_images()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = url.strip("/").replace("/", "-") or "home"
        visit.page.screenshot(path=str(SCREENSHOTS / f"{name}-light.png"), full_page=True)
        light = visit.visible_images()
        assert light, f"{url} shows no image"
        assert not [i for i in light if ".dark.svg" in i["src"]], "a dark figure in light"
        visit.page.locator("form[data-md-component=palette] label:visible").first.click()
        assert visit.page.get_attribute("body", "data-md-color-scheme") == "slate"
        visit.load_images()
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


def test_the_language_switcher_keeps_the_page(site: Site, server: str, browser) -> None:
    with Visit(browser, server, "/functions/relu/") as visit:
        page = visit.page
        for name, lang, path in (
            ("中文", "zh", "/zh/functions/relu/"),
            ("English", "en", "/functions/relu/"),
        ):
            # A keyboard reader's path: focus the switcher's link and press Enter. (Hovering
            # and clicking is flaky under load: the menu closes as the pointer moves.)
            # Wait until every script has fetched what it fetches (Material's sitemap
            # lookup used to re-route this click to the language's home page).
            page.wait_for_load_state("networkidle")
            with page.expect_navigation(url=f"**{path}"):
                page.get_by_role("link", name=name).focus()
                page.keyboard.press("Enter")
            assert page.get_attribute("html", "lang") == lang
            page.wait_for_load_state("networkidle")
        assert not visit.errors
        assert not visit.foreign


def search_index_requests(visit: Tab) -> list[str]:
    return [u for u in visit.requested if u.endswith("/search/search_index.json")]


def test_the_search_index_waits_for_a_search(site: Site, server: str, browser) -> None:
    """A page loads without the search index (most readers never search); the first
    search asks for it, once, and finds the page."""
    with Visit(browser, server, "/functions/sigmoid/") as visit:
        page = visit.page
        page.mouse.wheel(0, 2000)  # a reader scrolling and reading is not searching
        page.wait_for_load_state("networkidle")
        assert not search_index_requests(visit), "the search index came with the page"
        page.keyboard.press("/")  # Material's shortcut focuses the search field
        page.keyboard.type("vanishing")
        first = page.locator(".md-search-result__item > a").first
        first.wait_for()
        assert urlsplit(first.get_attribute("href")).path.startswith("/")
        assert len(search_index_requests(visit)) == 1
        assert not visit.errors


def test_a_search_result_opens_highlighted(site: Site, server: str, browser) -> None:
    """Material highlights a result's terms (?h=) with the index's settings: a page
    opened from a result asks for the index at once."""
    with Visit(browser, server, "/functions/sigmoid/?h=logistic") as visit:
        visit.page.locator("mark[data-md-highlight]").first.wait_for()
        assert "logistic" in visit.page.locator("mark[data-md-highlight]").first.inner_text()
        assert not visit.errors


def test_the_language_switcher_keeps_the_view_and_the_anchor(
    site: Site, server: str, browser
) -> None:
    start = "/explorer/?f=elu&x=-2,2#functions-of-a-vector"
    with Visit(browser, server, start) as visit:
        page = visit.page
        page.wait_for_load_state("networkidle")
        with page.expect_navigation(url="**/zh/explorer/*"):
            page.get_by_role("link", name="中文").focus()
            page.keyboard.press("Enter")
        parts = urlsplit(page.url)
        assert parse_qs(parts.query) == {"f": ["elu"], "x": ["-2,2"]}
        assert parts.fragment == "functions-of-a-vector"
        page.wait_for_selector("#function-explorer.explorer--ready")
        legends = page.locator(".explorer__card legend").all_inner_texts()
        assert [t.strip() for t in legends] == ["ELU"]
        assert not visit.errors


def test_searching_in_chinese(site: Site, server: str, browser) -> None:
    with Visit(browser, server, "/zh/") as visit:
        page = visit.page
        page.locator("input.md-search__input").click()
        page.fill("input.md-search__input", "梯度消失")
        page.keyboard.press("End")  # Material searches on key events; fill() sends none
        first = page.locator(".md-search-result__item > a").first
        first.wait_for()
        assert urlsplit(first.get_attribute("href")).path == "/zh/vanishing-gradients/"
        assert "梯度消失" in first.inner_text().replace("\u200b", "")
        assert not visit.errors


# ---- The explorer: its JavaScript functions against the package, its state in the URL ----

EXPLORER = "/explorer/"
# Far tails, tiny values and the usual window; kink neighbourhoods are added per entry.
EXTREMES = [1e-12, 1e-6, 30.0, 50.0, 100.0, 700.0, 1e4, 1e8, 1e15]
TEST_X = np.unique(
    np.concatenate([np.linspace(-10, 10, 181), EXTREMES, np.negative(EXTREMES), [0.0]])
)


def explorer_visit(browser, server: str, query: str = "", scheme: str = "light") -> Visit:
    visit = Visit(browser, server, EXPLORER + query, scheme)
    visit.page.wait_for_selector("#function-explorer.explorer--ready")
    return visit


# Every layout shift the page makes while it loads, as the browser reports them.
RECORD_SHIFTS = """window.shifts = [];
new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => ({
    value: e.value, moved: e.sources.map((s) => s.node ? s.node.nodeName + "." +
        (s.node.className || "") + "#" + (s.node.id || "") : "?")}))))
    .observe({type: "layout-shift", buffered: true});"""


@pytest.mark.parametrize("device", list(DEVICES))
def test_the_explorer_keeps_its_layout_as_it_loads(
    site: Site, server: str, browser, device: str
) -> None:
    """The default view keeps its room until the explorer draws it: nothing below moves.
    (Lighthouse's "good" cumulative layout shift is up to 0.1; issue 14 asks 0.02.)"""
    with Tab(browser, server, device=device) as tab:
        tab.page.add_init_script(RECORD_SHIFTS)
        tab.open(EXPLORER)
        tab.page.wait_for_selector("#function-explorer.explorer--ready")
        tab.page.wait_for_timeout(300)  # the frame after the explorer draws
        shifts = tab.page.evaluate("window.shifts")
        assert sum(s["value"] for s in shifts) <= 0.02, shifts
        assert not tab.errors


def parameter_sets(entry: activations.Activation) -> list[dict[str, float]]:
    """The defaults, and each parameter moved halfway to either end of its slider."""
    from activations import explorer

    sets = [entry.defaults]
    for param in entry.params:
        low, high, _ = explorer.slider(param)
        for end in (low, high):
            sets.append({**entry.defaults, param.name: round((param.default + end) / 2, 4)})
    return sets


def explorer_cases() -> tuple[list[dict], list[tuple[str, dict]]]:
    """(cases the package accepts, with its values; parameter sets it rejects)."""
    cases, rejected = [], []
    for entry in activations.REGISTRY.values():
        public = activations.function(entry.name)
        for params in parameter_sets(entry):
            try:
                entry.resolve(params)
            except ValueError:
                rejected.append((entry.name, params))
                continue
            kinks = entry.kinks(**params)
            near = [k + d for k in kinks for d in (0.0, -1e-9, 1e-9, -1e-6, 1e-6, -1e-3, 1e-3)]
            x = np.unique(np.concatenate([TEST_X, near]))
            expected = {"f": public(x, **params), "df": public.derivative(x, **params)}
            cases.append({"name": entry.name, "params": params, "x": x, **expected})
    return cases, rejected


def test_explorer_functions_match_the_package(site: Site, server: str, browser) -> None:
    with explorer_visit(browser, server) as visit:
        names = visit.page.evaluate("Object.keys(window.ActivationKernels)")
        missing = [name for name in activations.REGISTRY if name not in names]
        assert not missing, f"no JavaScript implementation in explorer-kernels.js: {missing}"
        cases, rejected = explorer_cases()
        computed = visit.page.evaluate(
            """cases => cases.map(c => {
                const k = window.ActivationKernels[c.name];
                return {f: c.x.map(x => k.f(x, c.params)), df: c.x.map(x => k.df(x, c.params)),
                        kinks: k.kinks(c.params), ok: k.ok ? k.ok(c.params) : true};
            })""",
            [{"name": c["name"], "params": c["params"], "x": c["x"].tolist()} for c in cases],
        )
        problems = []
        for case, js in zip(cases, computed, strict=True):
            where = f"{case['name']} {case['params']}"
            assert js["ok"], f"{where}: the package accepts these parameters, the page does not"
            if sorted(js["kinks"]) != sorted(activations.get(case["name"]).kinks(**case["params"])):
                problems.append(f"{where}: kinks {js['kinks']}")
            for kind in ("f", "df"):
                got = np.array(js[kind], dtype=np.float64)
                bad = ~np.isclose(got, case[kind], rtol=1e-6, atol=1e-6, equal_nan=True)
                problems += [
                    f"{where} {kind}({x:g}) = {g!r}, package {w!r}"
                    for x, g, w in zip(
                        case["x"][bad][:3], got[bad][:3], case[kind][bad][:3], strict=True
                    )
                ]
        assert {c["name"] for c in cases} == set(activations.REGISTRY)
        assert all(len(c["x"]) >= 180 for c in cases)
        for name, params in rejected:  # a constraint the registry enforces, the page too
            ok = visit.page.evaluate(
                "([n, p]) => window.ActivationKernels[n].ok(p)", [name, params]
            )
            assert not ok, f"{name} {params}: the package rejects these parameters, the page not"
        assert not problems, "\n".join(problems[:30])
        assert not visit.errors


def readout(page) -> dict[str, tuple[float, float]]:
    rows = page.evaluate(
        """[...document.querySelectorAll('.explorer__readout tbody tr')].map(r =>
            [...r.cells].map(c => c.textContent.trim()))"""
    )
    return {title: (float(f), float(df)) for title, f, df in rows}


def test_explorer_state_lives_in_the_address(site: Site, server: str, browser) -> None:
    query = "?f=elu,hardtanh&d=elu&elu.alpha=2&hardtanh.max_val=0.5&x=-3,3"
    with explorer_visit(browser, server, query) as visit:
        page = visit.page
        legends = page.locator(".explorer__card legend").all_inner_texts()
        assert [t.strip() for t in legends] == ["ELU", "Hardtanh"]
        assert page.is_checked("#explorer-elu-derivative")
        assert not page.is_checked("#explorer-hardtanh-derivative")
        assert float(page.input_value("#explorer-elu-alpha")) == 2
        assert (
            page.locator(".explorer__card")
            .nth(1)
            .locator("input[type=number]")
            .nth(1)
            .input_value()
            == "0.5"
        )
        assert page.input_value("#explorer-xmin") == "-3"
        assert page.input_value("#explorer-xmax") == "3"
        dashed = page.locator(".explorer__curve:not([stroke-dasharray='none'])").count()
        assert dashed >= 1  # ELU's derivative, broken at its jump at 0 for alpha = 2
        assert page.locator("#explorer-add option[value=elu]").is_disabled()

        # The read-out follows the arrow keys, in steps of 1/100 of the range, and shows
        # the package's numbers.
        page.focus(".explorer__plot")
        for _ in range(5):
            page.keyboard.press("ArrowRight")
        x = float(page.locator(".explorer__readout-x").inner_text())
        assert x == pytest.approx(0.3)
        values = readout(page)
        elu, hardtanh = activations.function("elu"), activations.function("hardtanh")
        assert values["ELU"] == pytest.approx(
            (elu(x, alpha=2.0), elu.derivative(x, alpha=2.0)), rel=1e-5
        )
        assert values["Hardtanh"] == pytest.approx((hardtanh(x, max_val=0.5), 1.0), rel=1e-5)
        assert float(page.get_attribute(".explorer__plot", "aria-valuenow")) == pytest.approx(x)
        assert "ELU" in page.get_attribute(".explorer__plot", "aria-valuetext")
        page.keyboard.press("Home")
        assert float(page.locator(".explorer__readout-x").inner_text()) == -3

        # Controls write the state back into the address.
        page.fill("#explorer-elu-alpha ~ input[type=number]", "0.5")
        page.press("#explorer-elu-alpha ~ input[type=number]", "Enter")
        page.select_option("#explorer-add", "sigmoid")
        page.click("#explorer-add-button")
        page.click("#explorer-zoom-out")  # [-6, 6]: the default range, not in the address
        assert "x" not in parse_qs(urlsplit(page.url).query)
        page.click("#explorer-zoom-out")
        address = urlsplit(page.url)
        state = parse_qs(address.query)
        assert state["f"] == ["elu,hardtanh,sigmoid"]
        assert state["elu.alpha"] == ["0.5"]
        assert state["x"] == ["-12,12"]
        assert page.get_attribute(".explorer__link", "href").endswith(f"?{address.query}")
        assert not visit.errors


def test_explorer_refuses_what_the_registry_refuses(site: Site, server: str, browser) -> None:
    """rrelu needs lower <= upper: no curve and a message, as the package raises."""
    with explorer_visit(browser, server, "?f=rrelu,relu&rrelu.lower=0.9&rrelu.upper=0.2") as visit:
        with pytest.raises(ValueError, match="lower must not exceed upper"):
            activations.rrelu(0.0, lower=0.9, upper=0.2)
        message = visit.page.locator(".explorer__card").first.locator(".explorer__invalid")
        assert message.inner_text().strip()
        curves = visit.page.locator(".explorer__curve")
        colours = {curves.nth(i).get_attribute("stroke") for i in range(curves.count())}
        assert len(colours) == 1  # ReLU's only
        rows = visit.page.locator(".explorer__readout tbody tr").all_inner_texts()
        assert "–" in rows[0]
        assert not visit.errors


def test_explorer_fits_a_phone_with_its_longest_formulas_open(
    site: Site, server: str, browser
) -> None:
    """Six cards at once, the six longest formulas, on a 375-px phone: the page does not
    scroll sideways (a formula wider than its card scrolls inside it)."""
    longest = sorted(activations.REGISTRY.values(), key=lambda e: len(e.latex))[-6:]
    names = ",".join(e.name for e in longest)
    with Tab(browser, server, device="phone") as tab:
        tab.open(f"{EXPLORER}?f={names}&d={names}")
        tab.page.wait_for_selector("#function-explorer.explorer--ready")
        assert tab.page.locator(".explorer__card").count() == 6
        assert tab.sideways_scroll() == 0
        assert not tab.errors


def test_explorer_labels_parameters_as_the_formula_writes_them(
    site: Site, server: str, browser
) -> None:
    """ELU's card says α (typeset), not alpha; a setting the formula does not write
    (softplus's threshold) keeps its name."""
    with explorer_visit(browser, server, "?f=elu,softplus") as visit:
        elu, softplus = visit.page.locator(".explorer__card").all()
        label = elu.locator(".explorer__param label")
        assert label.locator(".katex").count() == 1
        assert label.locator(".katex-html").inner_text().strip() == "α"
        assert elu.locator("input[type=number]").get_attribute("aria-label") == "α"
        beta, threshold = softplus.locator(".explorer__param label").all()
        assert beta.locator(".katex-html").inner_text().strip() == "β"
        assert threshold.inner_text().strip() == "threshold"
        assert not visit.errors


def test_explorer_says_why_it_refuses_a_typed_value(site: Site, server: str, browser) -> None:
    """ELU's alpha must be at least 0: a typed -2 is refused in words, and the curve keeps
    the value it had."""
    with pytest.raises(ValueError, match="alpha"):
        activations.elu(0.0, alpha=-2.0)
    with explorer_visit(browser, server, "?f=elu") as visit:
        page = visit.page
        before = page.locator(".explorer__curve").first.get_attribute("d")
        box = page.locator(".explorer__card input[type=number]")
        box.fill("-2")
        box.dispatch_event("change")
        why = page.locator(".explorer__why")
        assert why.inner_text() == "α must be at least 0; the curve keeps α = 1."
        assert box.get_attribute("aria-invalid") == "true"
        assert page.locator(".explorer__curve").first.get_attribute("d") == before
        box.fill("0.5")
        box.dispatch_event("change")
        assert why.inner_text() == ""
        assert "elu.alpha=0.5" in page.url
        assert not visit.errors


def test_explorer_says_which_names_it_does_not_know(site: Site, server: str, browser) -> None:
    with explorer_visit(browser, server, "?f=bogus") as visit:
        notice = visit.page.locator(".explorer__notice").inner_text()
        assert "“bogus”" in notice
        legends = visit.page.locator(".explorer__card legend").all_inner_texts()
        assert [t.strip() for t in legends] == ["Sigmoid", "Tanh", "ReLU"]  # the default view
        assert all(title in notice for title in ("Sigmoid", "Tanh", "ReLU"))
    with explorer_visit(browser, server, "?f=elu,nope") as visit:
        assert "“nope”" in visit.page.locator(".explorer__notice").inner_text()
        assert visit.page.locator(".explorer__card").count() == 1
    with explorer_visit(browser, server, "?f=elu") as visit:
        assert not visit.page.locator(".explorer__notice").is_visible()


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("-6,6", ["−6", "−4", "−2", "0", "2", "4", "6"]),
        ("0.001,0.002", ["0.0010", "0.0012", "0.0014", "0.0016", "0.0018", "0.0020"]),
        ("-3e7,3e7", ["−3e+7", "−2e+7", "−1e+7", "0", "1e+7", "2e+7", "3e+7"]),
        ("1e-8,2e-8", ["1.0e−8", "1.2e−8", "1.4e−8", "1.6e−8", "1.8e−8", "2.0e−8"]),
    ],
)
def test_explorer_tick_labels_read_as_numbers(
    site: Site, server: str, browser, window: str, expected: list[str]
) -> None:
    """A true minus, and as many decimals as the ticks' spacing needs."""
    with explorer_visit(browser, server, f"?f=relu&x={window}") as visit:
        texts = visit.page.locator(".explorer__grid text").evaluate_all(
            "labels => labels.map((label) => label.textContent)"
        )
        x_labels = texts[: len(expected)]
        assert x_labels == expected
        assert not any("-" in t for t in texts), texts


def test_explorer_follows_the_colour_scheme(site: Site, server: str, browser) -> None:
    colours = {}
    for scheme in ("light", "dark"):
        with explorer_visit(browser, server, "?f=relu,elu&d=relu", scheme) as visit:
            colours[scheme] = visit.page.evaluate(
                """() => {
                    const style = (s, p) => getComputedStyle(document.querySelector(s))[p];
                    return {text: style('.explorer__grid text', 'fill'),
                            body: getComputedStyle(document.body).color,
                            background: getComputedStyle(document.body).backgroundColor,
                            grid: style('.explorer__grid line', 'stroke')};
                }"""
            )
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            visit.page.screenshot(path=str(SCREENSHOTS / f"explorer-{scheme}.png"), full_page=True)
            assert not visit.errors
    assert colours["light"]["text"] != colours["dark"]["text"]
    assert colours["light"]["grid"] != colours["dark"]["grid"]
    assert colours["light"]["background"] != colours["dark"]["background"]
