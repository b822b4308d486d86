"""The built site, read as HTML with a real parser: pages, navigation, figures, math, hosts."""

from __future__ import annotations

import html
import json
import re

import pytest
from bs4 import BeautifulSoup, Tag
from fontTools.ttLib import TTFont

import activations
from activations import explorer, figures, learning_path, pages
from tests.site import LANGUAGES, ROOT, Page, Site, attr, attrs, heading_text, one

GUIDE_PAGES = ["/", "/sigmoid-vs-tanh/", "/vanishing-gradients/"]
ARTICLE_FUNCTIONS = figures.ARTICLE_FOUR


def function_url(entry: activations.Activation | activations.VectorActivation) -> str:
    return f"/{learning_path.FUNCTION_DIR}/{entry.name}/"


# Every function page: the scalar entries' and the vector entries'.
PAGE_ENTRIES: list[activations.Activation | activations.VectorActivation] = [
    *activations.REGISTRY.values(),
    *activations.VECTOR_REGISTRY.values(),
]


def nav_targets(site: Site, url: str) -> set[str]:
    page = site.page(url)
    nav = one(page.soup, "nav.md-nav--primary")
    return {page.resolve(attr(a, "href")) for a in nav.select("a[href]")}


def test_every_registry_entry_has_a_page_in_the_navigation(site: Site, entry) -> None:
    url = function_url(entry)
    page = site.page(url)
    assert page.soup.h1 is not None
    assert heading_text(page.soup.h1) == entry.title
    assert url in nav_targets(site, "/")


def test_guides_are_in_the_navigation(site: Site) -> None:
    assert set(GUIDE_PAGES) <= nav_targets(site, "/")


def test_function_page_shows_its_figures(site: Site, entry) -> None:
    page = site.page(function_url(entry))
    sources = {page.resolve(attr(img, "src")).split("#")[0] for img in page.soup.select("img")}
    for kind in ("function", "derivative", "overlay"):
        for variant in ("", ".dark"):
            expected = f"/figures/{entry.name}/{kind}{variant}.svg"
            assert expected in sources, f"{expected} not shown on {page.url}"
            assert site.file(expected).stat().st_size > 1000


def test_function_page_shows_formulas_from_the_registry(site: Site, entry) -> None:
    maths = [m.get_text() for m in site.page(function_url(entry)).soup.select(".arithmatex")]
    assert any(entry.latex in m for m in maths)
    assert any(entry.derivative_latex in m for m in maths)


def test_every_image_resolves_and_has_alt_text(site: Site) -> None:
    for page in site.pages():
        for img in page.soup.select("img"):
            target = page.resolve(attr(img, "src")).split("#")[0]
            assert target.startswith("/"), f"{page.url}: external image {target}"
            assert site.file(target).is_file(), f"{page.url}: missing image {target}"
            alt = img.get("alt", "")
            assert isinstance(alt, str), f"{page.url}: image {target}: alt {alt!r}"
            assert alt.strip(), f"{page.url}: image {target} has no alt text"


def test_every_link_inside_the_site_resolves(site: Site) -> None:
    for page in site.pages():
        for a in page.soup.select("a[href]"):
            target = page.resolve(attr(a, "href")).split("#")[0]
            if target.startswith("/"):
                path = site.file(target)
                assert path.is_file() or (path / "index.html").is_file(), f"{page.url}: {target}"


def test_maths_arrives_typeset_with_no_maths_script(site: Site) -> None:
    """Every formula is KaTeX's HTML (with MathML for screen readers) from the build;
    pages load KaTeX's stylesheet, served locally, and no maths script."""
    with_math = [p for p in site.pages() if p.soup.select(".arithmatex")]
    assert {"/", *GUIDE_PAGES, *(f"/functions/{n}/" for n in ARTICLE_FUNCTIONS)} <= {
        p.url for p in with_math
    }
    for page in with_math:
        for formula in page.soup.select(".arithmatex"):
            assert formula.select_one(".katex .katex-html"), (
                f"{page.url}: {formula.get_text()[:60]}"
            )
            assert formula.select_one(".katex math"), f"{page.url}: no MathML"
        scripts = {page.resolve(attr(s, "src")) for s in page.soup.select("script[src]")}
        assert not [s for s in scripts if "katex" in s], f"{page.url}: {scripts}"
        sheets = {page.resolve(attr(s, "href")) for s in page.soup.select("link[rel=stylesheet]")}
        assert "/assets/katex/katex.min.css" in sheets
    assert site.file("/assets/katex/katex.min.css").is_file()
    assert list(site.file("/assets/katex/fonts").glob("*.woff2"))


def test_aligned_derivations_reach_the_renderer(site: Site) -> None:
    for name in ("sigmoid", "tanh"):
        maths = " ".join(
            m.get_text() for m in site.page(f"/functions/{name}/").soup.select(".arithmatex")
        )
        assert r"\begin{aligned}" in maths


REMOTE = re.compile(r"^(https?:)?//", re.IGNORECASE)


def test_nothing_is_loaded_from_another_host(site: Site) -> None:
    selectors = {
        "script[src]": "src",
        "link[href]": "href",
        "img[src]": "src",
        "source[src]": "src",
        "iframe[src]": "src",
    }
    for page in site.pages():
        for selector, attribute in selectors.items():
            for element in page.soup.select(selector):
                if element.name == "link" and not {
                    "stylesheet",
                    "preload",
                    "icon",
                    "modulepreload",
                } & set(attrs(element, "rel")):
                    continue  # canonical/alternate links are not loaded
                assert not REMOTE.match(attr(element, attribute)), f"{page.url}: {element}"
    for css in site.root.rglob("*.css"):
        urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", css.read_text(encoding="utf-8"))
        assert not [u for u in urls if REMOTE.match(u)], f"{css} loads from another host"
        assert "@import" not in css.read_text(encoding="utf-8")


def test_fonts_are_not_fetched_from_google(site: Site) -> None:
    for page in site.pages():
        assert "fonts.googleapis" not in page.html
        assert "fonts.gstatic" not in page.html


def test_comparison_table_has_a_row_per_entry(site: Site) -> None:
    table = one(site.page("/").soup, ".comparison table")
    links = [site.page("/").resolve(attr(a, "href")) for a in table.select("tbody a[href]")]
    assert links == [function_url(e) for e in activations.REGISTRY.values()]


def test_article_pages_include_the_package_source(site: Site) -> None:
    import inspect

    for name in ARTICLE_FUNCTIONS:
        entry = activations.REGISTRY[name]
        code = site.page(f"/functions/{name}/").soup.select("pre code")
        text = "\n".join(c.get_text() for c in code)
        assert inspect.getsource(entry.function).strip() in text


def test_quality_features(site: Site) -> None:
    home = site.page("/")
    assert site.file("/404.html").is_file()
    assert site.file("/search/search_index.json").is_file()
    assert home.soup.select_one("[data-md-component=palette]") is not None
    assert "licen" in one(home.soup, "footer").get_text().lower()
    edit = one(site.page("/functions/sigmoid/").soup, "a.md-content__button[href*='edit']")
    assert attr(edit, "href").endswith("docs/functions/sigmoid.md")


@pytest.mark.parametrize("url", GUIDE_PAGES)
def test_guides_have_figures(site: Site, url: str) -> None:
    assert site.page(url).soup.select("img[src*='figures/compare/']")


EXPERIMENT_PAGES = {
    "/experiments/vanishing-gradients/": "vanishing",
    "/experiments/dying-relu/": "dying",
    "/experiments/nonlinearity/": "nonlinearity",
}


def test_explorer_and_experiments_are_in_the_navigation(site: Site) -> None:
    assert {"/explorer/", *EXPERIMENT_PAGES} <= nav_targets(site, "/")


@pytest.mark.parametrize(("url", "name"), EXPERIMENT_PAGES.items())
def test_experiment_pages_show_their_figure_and_numbers(site: Site, url: str, name: str) -> None:
    page = site.page(url)
    sources = {page.resolve(attr(img, "src")).split("#")[0] for img in page.soup.select("img")}
    for variant in ("", ".dark"):
        expected = f"/figures/experiments/{name}{variant}.svg"
        assert expected in sources, f"{expected} not shown on {url}"
        assert site.file(expected).stat().st_size > 1000
    assert page.soup.select(".experiment-table table"), f"{url} shows no table of results"
    assert "<!-- registry:" not in page.html


def test_vanishing_guide_shows_and_links_the_measurement(site: Site) -> None:
    page = site.page("/vanishing-gradients/")
    assert page.soup.select("img[src*='figures/experiments/vanishing']")
    links = {page.resolve(attr(a, "href")) for a in page.soup.select(".md-content a[href]")}
    assert "/experiments/vanishing-gradients/" in links


def test_explorer_data_comes_from_the_registry(site: Site) -> None:
    import json

    data = json.loads(site.file("/assets/explorer.json").read_text(encoding="utf-8"))
    assert [f["name"] for f in data["functions"]] == list(activations.REGISTRY)
    for record in data["functions"]:
        entry = activations.REGISTRY[record["name"]]
        assert record["latex"] == entry.latex
        assert 'class="katex-display"' in record["latexHtml"], "typeset at build time"
        assert [p["name"] for p in record["params"]] == [p.name for p in entry.params]
        for param in record["params"]:
            window = param["slider"]
            assert window["min"] <= param["default"] <= window["max"]
    page = site.page("/explorer/")
    scripts = {page.resolve(attr(s, "src")) for s in page.soup.select("script[src]")}
    for script in ("/javascripts/explorer.js", "/javascripts/explorer-kernels.js"):
        assert script in scripts
        assert site.file(script).is_file()
    labels = {attr(label, "for") for label in page.soup.select("#function-explorer label[for]")}
    assert {"explorer-add", "explorer-xmin", "explorer-xmax"} <= labels


def sections(page: Page) -> list[tuple[str, str, int]]:
    """The page's h2 sections: (anchor, the text under it up to the next h2, images)."""
    out = []
    for h2 in page.soup.select("article h2[id]"):
        body = section_body(h2)
        text = " ".join(element.get_text(" ", strip=True) for element in body)
        out.append((attr(h2, "id"), text, sum(len(e.find_all("img")) for e in body)))
    return out


def section_body(h2: Tag) -> list[Tag]:
    """The elements after an h2, up to the next h2."""
    body = []
    for sibling in h2.find_next_siblings():
        if sibling.name == "h2":
            break
        body.append(sibling)
    return body


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("page_entry", PAGE_ENTRIES, ids=lambda e: e.name)
def test_every_function_page_follows_the_outline(sites, page_entry, language: str) -> None:
    site = sites[language]
    page = site.page(function_url(page_entry))
    found = sections(page)
    anchors = [anchor for anchor, _, _ in found if anchor in pages.OUTLINE]
    assert anchors == list(pages.OUTLINE), f"{page.url}: sections {[a for a, _, _ in found]}"
    empty = [anchor for anchor, text, images in found if not text and not images]
    assert not empty, f"{page.url}: empty sections {empty}"


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("page_entry", PAGE_ENTRIES, ids=lambda e: e.name)
def test_what_a_page_says_of_a_graph_sits_in_its_tab(sites, page_entry, language: str) -> None:
    """The Graphs section is one set of tabs, a figure in each; a paragraph about one
    graph sits in that graph's tab (a ``figure-tab`` marker), so no paragraph follows the
    tabs, where it would sit under whichever graph is showing. Text about every graph
    (the parameter values they use) may come before the tabs."""
    body = section(sites[language].page(function_url(page_entry)), "graphs")
    tab_sets = [i for i, e in enumerate(body) if e.css.match(".tabbed-set")]
    assert len(tab_sets) == 1, f"{page_entry.name}: {len(tab_sets)} sets of tabs"
    after = [e.get_text(" ", strip=True)[:60] for e in body[tab_sets[0] + 1 :] if e.name == "p"]
    assert not after, f"{page_entry.name}: after the tabs: {after}"
    tabs = body[tab_sets[0]].select(".tabbed-block")
    assert tabs, f"{page_entry.name}: no tabs"
    assert all(t.select("img") for t in tabs), f"{page_entry.name}: a tab without a figure"


def section(page: Page, anchor: str) -> list[Tag]:
    """The elements of the h2 section ``anchor`` of a page, up to the next h2."""
    heading = page.soup.select_one(f"article h2#{anchor}")
    assert heading is not None, f"{page.url}: no section #{anchor}"
    return section_body(heading)


def within(elements: list, selector: str) -> list:
    """The elements matching ``selector`` among ``elements`` and their descendants."""
    return [
        found
        for element in elements
        for found in ([element] if element.css.match(selector) else []) + element.select(selector)
    ]


def guide_url(path: str) -> str:
    return "/" + path.removesuffix(".md").removesuffix("index") + "/"


EXERCISE_PAGES = [function_url(e) for e in PAGE_ENTRIES] + [
    guide_url(path) for path in learning_path.guides()
]


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize("url", EXERCISE_PAGES)
def test_every_lesson_ends_with_exercises_and_hidden_solutions(
    sites, language: str, url: str
) -> None:
    """At least two exercises before the references, each solution folded away (a
    closed <details>) until the reader opens it."""
    page = sites[language].page(url)
    ids = [attr(h2, "id") for h2 in page.soup.select("article h2[id]")]
    assert "exercises" in ids, f"{page.url}: no exercises section"
    if "references" in ids:
        assert ids.index("exercises") < ids.index("references"), f"{page.url}: order"
    solutions = within(section(page, "exercises"), "details")
    assert len(solutions) >= 2, f"{page.url}: {len(solutions)} solutions"
    for details in solutions:
        assert not details.has_attr("open"), f"{page.url}: a solution is shown open"
        assert details.select_one("summary"), f"{page.url}: a solution without a summary"
        assert details.get_text(strip=True), f"{page.url}: an empty solution"


WITHOUT_DERIVATION = {"identity", "binary_step"}  # f' is a constant: nothing to derive


def derivation_rows(page: Page) -> int:
    """The rows of the derivative section's display formulas after its first (the
    registry's formula for f'): one per formula, plus one per line break."""
    displays = within(section(page, "derivative"), "div.arithmatex")
    tex = [one(div, ".tex-source").get_text() for div in displays]
    return sum(1 + source.count("\\\\") for source in tex[1:])


@pytest.mark.parametrize("language", list(LANGUAGES))
@pytest.mark.parametrize(
    "derived",
    [e for e in PAGE_ENTRIES if e.name not in WITHOUT_DERIVATION],
    ids=lambda e: e.name,
)
def test_every_derivative_is_derived_in_three_steps_or_more(
    sites, derived: activations.Activation, language: str
) -> None:
    page = sites[language].page(function_url(derived))
    assert derivation_rows(page) >= 3, f"{page.url}: the derivative is not derived"


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_nav_file_is_not_published(sites, language: str) -> None:
    site = sites[language]
    assert not list(site.home.rglob("SUMMARY*")), "a nav file was published as a page"
    assert "SUMMARY" not in site.file(f"{site.prefix}sitemap.xml").read_text(encoding="utf-8")
    index = site.file(f"{site.prefix}search/search_index.json").read_text(encoding="utf-8")
    assert "SUMMARY" not in index


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_search_index_holds_each_formula_once_as_tex(sites, language: str) -> None:
    """Search finds a formula by its TeX. KaTeX's HTML and MathML spell it out twice
    more, in symbols no reader types: the index leaves them out."""
    site = sites[language]
    url = function_url(activations.REGISTRY["sigmoid"])
    page = site.page(url)
    index = json.loads(site.file(f"{site.prefix}search/search_index.json").read_text("utf-8"))
    docs = [d["text"] for d in index["docs"] if d["location"].startswith(url[1:])]
    text = " ".join(" ".join(docs).split())  # the index collapses line breaks
    displays = page.soup.select("div.arithmatex")
    assert len(displays) >= 3
    for div in displays:
        tex = " ".join(html.escape(one(div, ".tex-source").get_text(), quote=False).split())
        assert tex in text, f"{url}: {tex} is not in the index"
        for shown in (one(div, ".katex-html").get_text(), one(div, "math").get_text()):
            shown = " ".join(shown.split())
            assert shown not in text, f"{url}: the index holds KaTeX's {shown!r}"


KATEX_FONTS = ROOT / "node_modules" / "katex" / "dist" / "fonts"  # as KaTeX ships them


def typeset_characters(site: Site) -> set[str]:
    """The characters KaTeX's output shows: in the pages, and in the explorer's data."""
    shown: set[str] = set()
    for page in site.pages():
        for output in page.soup.select(".katex-html"):
            shown.update(output.get_text())
    data = json.loads(site.file(f"{site.prefix}{explorer.DATA}").read_text("utf-8"))
    for function in data["functions"]:
        for value in function.values():
            if isinstance(value, str) and "katex-html" in value:
                for output in BeautifulSoup(value, "html.parser").select(".katex-html"):
                    shown.update(output.get_text())
    return shown


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_served_fonts_hold_every_glyph_the_maths_shows(sites, language: str) -> None:
    """KaTeX's fonts are served cut down to the site's characters: each still has every
    character of every typeset formula that the font KaTeX ships has."""
    site = sites[language]
    shown = {ord(c) for c in typeset_characters(site)}
    assert len(shown) > 50
    for shipped in sorted(KATEX_FONTS.glob("*.woff2")):
        served = site.file(f"{site.prefix}assets/katex/fonts/{shipped.name}")
        needed = shown & set(TTFont(shipped).getBestCmap())
        missing = needed - set(TTFont(served).getBestCmap())
        assert not missing, f"{served.name} lacks {''.join(map(chr, sorted(missing)))}"
    ams = "KaTeX_AMS-Regular.woff2"
    cut = site.file(f"{site.prefix}assets/katex/fonts/{ams}").stat().st_size
    assert cut < (KATEX_FONTS / ams).stat().st_size / 2, "the fonts are served whole"


def nav_order(site: Site) -> list[str]:
    page = site.page("/")
    nav = one(page.soup, "nav.md-nav--primary")
    urls = [page.resolve(attr(a, "href")) for a in nav.select("a.md-nav__link[href]")]
    return list(dict.fromkeys(urls))


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_nav_is_the_learning_path(sites, language: str) -> None:
    """The built navigation lists the pages in the path's order (test_pages checks the
    path itself against the order the issue sets)."""

    site = sites[language]
    steps = pages.path_steps(activations.REGISTRY, language)
    urls = [path.removesuffix("index.md").removesuffix(".md") for _, _, path in steps]
    expected = [site.prefix + url + ("/" if url else "") for url in urls]
    assert nav_order(site) == expected


def test_property_names_link_to_their_definitions(site: Site) -> None:
    glossary = site.page("/properties/")
    anchors = {attr(element, "id") for element in glossary.soup.select("[id]")}
    page = site.page("/functions/elu/")
    links = [attr(a, "href") for a in page.soup.select("table a[href*='properties']")]
    assert len(links) >= 8
    for href in links:
        assert page.resolve(href).split("#")[0] == "/properties/"
        assert href.split("#")[1] in anchors
