"""KaTeX's fonts cut down to the characters the site uses, after a full build.

KaTeX ships every glyph of each font (Main-Regular 26 kB, AMS 27 kB, where the site
needs four AMS glyphs: 𝔼, ℝ, □ and ≳), and a phone downloads each font a page's maths
uses. After a full build this keeps, in every font of the built site, the characters
that occur anywhere in its pages and in the explorer's data (a superset of what the
maths shows: KaTeX's output is text in those files), with fontTools' subsetter (woff2
out needs brotli). The result is cached by the font and the characters it keeps, so a
warm build subsets nothing. A dirty build (`make serve`) leaves the fonts whole: it has
not seen every page, and a writer's new symbol must not miss its glyph.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from site_tools import output_cache
from site_tools.languages import LANGUAGES

CACHE = output_cache.CACHE / "katex-fonts"
FONTS = Path("assets") / "katex" / "fonts"
TEXT_SUFFIXES = (".html", ".json")  # pages, and the explorer's typeset formulas


def characters(site_dir: Path) -> set[str]:
    """Every character in the built language's pages and JSON data. Its search index
    repeats its pages' text (skipped: the largest file), and the other languages'
    folders below the root's site are theirs."""
    others = {site_dir / language.folder for language in LANGUAGES.values() if language.folder}
    found: set[str] = set()
    for path in site_dir.rglob("*"):
        if path.suffix not in TEXT_SUFFIXES or path.parent.name == "search":
            continue
        if not others.intersection(path.parents):
            found.update(path.read_text(encoding="utf-8"))
    return found


def subset(font: bytes, keep: set[str], cache: Path = CACHE) -> bytes:
    """``font`` (woff2) with only the glyphs of the characters in ``keep`` it has."""
    from fontTools import subset as fonttools_subset
    from fontTools.ttLib import TTFont

    has = set(TTFont(io.BytesIO(font)).getBestCmap())
    codepoints = sorted(has & {ord(c) for c in keep})
    key = hashlib.sha256(font + repr(codepoints).encode()).hexdigest()
    path = cache / key[:2] / f"{key}.woff2"
    try:
        return path.read_bytes()
    except OSError:
        pass
    options = fonttools_subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # KaTeX's fonts carry no features it does not use
    options.notdef_outline = True
    loaded = fonttools_subset.load_font(io.BytesIO(font), options)
    subsetter = fonttools_subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(loaded)
    out = io.BytesIO()
    fonttools_subset.save_font(loaded, out, options)
    data = out.getvalue()
    output_cache.atomic_write(path, data)
    return data


def subset_site_fonts(site_dir: Path, cache: Path = CACHE) -> tuple[int, int]:
    """Every KaTeX font in the built language cut down in place: (bytes before, after)."""
    keep = characters(site_dir)
    before = after = 0
    for path in sorted((site_dir / FONTS).glob("*.woff2")):
        font = path.read_bytes()
        smaller = subset(font, keep, cache)
        before, after = before + len(font), after + len(smaller)
        path.write_bytes(smaller)
    return before, after
