"""The site in every language, against English: the same pages, figures, formulas and
section anchors; each page's `lang`; a language switcher that leads to the same page;
links that stay inside their language; search that finds Chinese words."""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from pathlib import Path

import pytest
from bs4 import Tag

import activations
from activations import i18n, pages
from activations.i18n import zh
from tests.site import LANGUAGES, ROOT, Page, Site, attr, attrs, heading_text, one

OTHER = list(LANGUAGES)[1:]  # each compared with English, the site's root
SITE_URL = "https://activations.example.org/"  # mkdocs.yml's site_url: canonical links are absolute


def test_each_language_has_its_config_folder_and_text() -> None:
    """The list of languages (site_tools/languages.py: serve, the tests and the
    benchmarks build from it) agrees with the configs, which build each language into its
    folder, and with the package, which writes each language's generated text."""
    from mkdocs.config import load_config

    assert list(LANGUAGES) == list(i18n.LANGUAGES)
    root = Path(load_config(str(ROOT / LANGUAGES["en"][0])).site_dir)
    for language, (config, folder) in LANGUAGES.items():
        loaded = load_config(str(ROOT / config))
        assert loaded.theme["language"] == language, config
        assert Path(loaded.site_dir) == root / folder, config


def inside(site: Site, page: Page) -> str:
    """A page's URL inside its language: "/zh/functions/relu/" -> "/functions/relu/"."""
    return "/" + page.url.removeprefix(site.prefix)


def pairs(sites: dict[str, Site], language: str) -> list[tuple[Page, Page]]:
    english = {inside(sites["en"], p): p for p in sites["en"].pages()}
    other = sites[language]
    return [(english[inside(other, p)], p) for p in other.pages() if inside(other, p) in english]


def content(page: Page) -> Tag:
    return one(page.soup, ".md-content")


def images(site: Site, page: Page) -> list[str]:
    """The image files a page shows, as paths inside its language ("/figures/...")."""
    return [
        "/" + page.resolve(attr(img, "src")).removeprefix(site.prefix)
        for img in content(page).select("img")
    ]


@pytest.mark.parametrize("language", OTHER)
def test_every_page_exists_in_every_language(sites: dict[str, Site], language: str) -> None:
    english = {inside(sites["en"], p) for p in sites["en"].pages()}
    other = {inside(sites[language], p) for p in sites[language].pages()}
    assert english - other == set(), f"pages missing in {language}"
    assert other - english == set(), f"pages only in {language}"


def test_every_page_declares_its_language(sites: dict[str, Site]) -> None:
    for language, site in sites.items():
        for page in site.pages():
            assert one(page.soup, "html").get("lang") == language, page.url


def formulas(page: Page) -> Counter[str]:
    """A page's formulas as their TeX, counted: a sentence may put its formulas in
    another order in another language, but not others."""
    return Counter(
        (m.select_one(".tex-source") or m).get_text() for m in content(page).select(".arithmatex")
    )


@pytest.mark.parametrize("language", OTHER)
def test_same_figures_formulas_and_anchors(sites: dict[str, Site], language: str) -> None:
    """Every page, with every difference listed (a writer fixes them in one pass)."""
    english_site, other_site = sites["en"], sites[language]
    problems = []
    for english, other in pairs(sites, language):
        if english.url.endswith("404.html"):
            continue
        if images(english_site, english) != images(other_site, other):
            problems.append(f"{other.url}: not the same figures as {english.url}")
        maths = formulas(english), formulas(other)
        for where, only in (("en", maths[0] - maths[1]), (language, maths[1] - maths[0])):
            problems += [f"{other.url}: only in {where}: {tex!r}" for tex in only]
        anchors = [
            [h.get("id") for h in content(page).select("h2, h3, h4")] for page in (english, other)
        ]
        if anchors[0] != anchors[1]:
            problems.append(f"{other.url}: not the same sections as {english.url}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", OTHER)
def test_figures_are_the_same_files(sites: dict[str, Site], language: str) -> None:
    english = sites["en"].home / "figures"
    other = sites[language].home / "figures"
    files = sorted(p.relative_to(english) for p in english.rglob("*.svg"))
    assert files == sorted(p.relative_to(other) for p in other.rglob("*.svg"))
    for name in files:
        assert (english / name).read_bytes() == (other / name).read_bytes(), name


def test_the_language_switcher_leads_to_the_same_page(sites: dict[str, Site]) -> None:
    for site in sites.values():
        for page in site.pages():
            links = {
                attr(a, "hreflang"): attr(a, "href") for a in page.soup.select("a.md-select__link")
            }
            assert set(links) == set(sites), f"{page.url}: switcher offers {sorted(links)}"
            for language, href in links.items():
                target = page.resolve(href)
                if page.url.endswith("404.html"):  # served at any address: absolute links
                    assert target == sites[language].prefix, f"{page.url}: {href}"
                    continue
                expected = sites[language].prefix + inside(site, page).lstrip("/")
                assert target == expected, f"{page.url}: {language} link {href} -> {target}"
                assert (sites[language].file(target) / "index.html").is_file()


def test_no_page_declares_alternate_languages_and_each_keeps_its_head_links(
    sites: dict[str, Site],
) -> None:
    """Material's <link rel="alternate" hreflang> tags would re-route the switcher through
    a sitemap lookup (scripts/no_hreflang.py removes them); the other links Material puts
    in the head stay: the canonical address, and the previous and next pages of the path."""
    for language, site in sites.items():
        steps = pages.path_steps(activations.REGISTRY, language)
        path = [site.prefix + p.removesuffix("index.md").replace(".md", "/") for _, _, p in steps]
        for page in site.pages():
            assert not page.soup.select("link[rel~=alternate][hreflang]"), page.url
            if page.url.endswith("404.html"):  # served at any address: no place of its own
                continue
            links = {
                rel: page.resolve(attr(link, "href"))
                for link in page.soup.select("head link[rel]")
                for rel in attrs(link, "rel")
            }
            assert links["canonical"] == SITE_URL + page.url.lstrip("/"), page.url
            index = path.index(page.url)
            assert links.get("prev") == (path[index - 1] if index else None), page.url
            following = path[index + 1] if index + 1 < len(path) else None
            assert links.get("next") == following, page.url


def test_links_stay_inside_their_language(sites: dict[str, Site]) -> None:
    prefixes = {language: site.prefix for language, site in sites.items()}
    for language, site in sites.items():
        others = [p for lang, p in prefixes.items() if lang != language and p != "/"]
        for page in site.pages():
            for a in page.soup.select("a[href]:not(.md-select__link)"):
                target = page.resolve(attr(a, "href"))
                if not target.startswith("/"):
                    continue  # another host: the repository, the papers
                assert target.startswith(site.prefix), f"{page.url}: {a['href']} leaves {language}"
                assert not any(target.startswith(p) for p in others), f"{page.url}: {a['href']}"


def test_chinese_search_finds_vanishing_gradients(site_zh: Site) -> None:
    import jieba  # Material's search plugin segments the index with it; so does the query

    jieba.setLogLevel(logging.WARNING)
    index = json.loads(site_zh.file("/zh/search/search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["zh"]
    separator = re.compile(index["config"]["separator"])
    terms = jieba.lcut("梯度消失")
    assert terms == ["梯度", "消失"]

    def hits(field: str) -> list[str]:
        found = []
        for doc in index["docs"]:
            words = set(separator.split(doc[field]))
            if all(term in words for term in terms):
                found.append(doc["location"])
        return found

    assert "vanishing-gradients/" in hits("title")  # a title match ranks first
    assert "vanishing-gradients/" in hits("text")


def test_the_chinese_build_renders_no_figure(site_zh: Site) -> None:
    """Figures carry no language: the English build rendered them, Chinese reuses them."""
    lines = [line for line in site_zh.log.splitlines() if "gen_site: [zh]" in line]
    assert lines, site_zh.log
    assert " 0 rendered" in lines[-1], lines[-1]


def test_chinese_pages(site_zh: Site) -> None:
    home = site_zh.page("/")
    assert site_zh.file("/zh/404.html").is_file()
    assert "许可" in one(home.soup, "footer").get_text()
    nav = one(home.soup, "nav.md-nav--primary").get_text()
    for title in ("首页", "基础", "梯度消失", "整流函数", "性质的定义"):
        assert title in nav
    edit = one(site_zh.page("/functions/sigmoid/").soup, "a.md-content__button[href*='edit']")
    assert attr(edit, "href").endswith("docs-zh/functions/sigmoid.md")


def test_every_function_page_in_chinese(site_zh: Site, entry: activations.Activation) -> None:
    page = site_zh.page(f"/functions/{entry.name}/")
    assert heading_text(one(page.soup, "h1")) == zh.ENTRIES[entry.name].title
    text = content(page).get_text()
    for english in ("Property", "Valid values", "In the frameworks", "Graph of"):
        assert english not in text, f"{page.url} still says {english!r}"
    for img in content(page).select("img"):
        alt = attr(img, "alt")
        assert re.search(r"[\u4e00-\u9fff]", alt), f"{page.url}: alt {alt!r}"
