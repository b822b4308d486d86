"""Build-time generator: registry -> figures, generated pages, navigation, KaTeX assets.

Run by mkdocs-gen-files on every build (``plugins: gen-files`` in mkdocs.yml), or
standalone, writing into a folder: ``python scripts/gen_site.py OUTDIR``.
It only loops and writes; the maths, the figure style and the page text live in
``activations`` (``figures``, ``plotting``, ``pages``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KATEX = ROOT / "node_modules" / "katex" / "dist"
KATEX_FILES = ("katex.min.js", "katex.min.css", "contrib/auto-render.min.js")

# write(path, data, edit_path): edit_path is the hand-written source a page came from, if any.
Writer = Callable[[str, bytes, str | None], None]


def katex_assets() -> dict[str, bytes]:
    """KaTeX, served from the site itself: the build never reaches a CDN."""
    if not KATEX.is_dir():
        raise SystemExit(f"KaTeX is missing at {KATEX}: run `make setup` (npm ci) first.")
    files = {f"assets/katex/{name}": (KATEX / name).read_bytes() for name in KATEX_FILES}
    for font in sorted((KATEX / "fonts").glob("*.woff2")):
        files[f"assets/katex/fonts/{font.name}"] = font.read_bytes()
    return files


def generate(write: Writer, docs_dir: Path) -> None:
    from activations import REGISTRY, figures, pages, plotting

    specs = figures.all_figures(REGISTRY)
    by_name = {f.name: f for f in specs}
    for spec in specs:
        svg = spec.draw()
        write(spec.files[0], svg.encode(), None)
        if spec.themed:
            write(spec.files[1], plotting.dark_variant(svg).encode(), None)
    for entry in REGISTRY.values():
        path = pages.page_path(entry)
        if not (docs_dir / path).exists():  # a hand-written page takes precedence
            text = pages.expand(pages.function_page(entry), path, REGISTRY, by_name)
            write(path, text.encode(), None)
    write(f"{pages.FUNCTION_DIR}/SUMMARY.md", pages.summary_nav(REGISTRY).encode(), None)
    for page in sorted(docs_dir.rglob("*.md")):
        relative = page.relative_to(docs_dir).as_posix()
        text = page.read_text(encoding="utf-8")
        if pages.MARKER.search(text):
            write(relative, pages.expand(text, relative, REGISTRY, by_name).encode(), relative)
    for path, data in katex_assets().items():
        write(path, data, None)


def _gen_files_writer() -> tuple[Writer, Path]:
    import mkdocs_gen_files

    def write(path: str, data: bytes, edit_path: str | None) -> None:
        with mkdocs_gen_files.open(path, "wb") as handle:
            handle.write(data)
        if edit_path:  # gen-files drops the edit link of a page it rewrites; restore it
            mkdocs_gen_files.set_edit_path(path, edit_path)

    return write, Path(mkdocs_gen_files.config["docs_dir"])


def _folder_writer(out: Path) -> Writer:
    def write(path: str, data: bytes, edit_path: str | None) -> None:
        target = out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)

    return write


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python scripts/gen_site.py OUTDIR")
    sys.path.insert(0, str(ROOT))
    generate(_folder_writer(Path(sys.argv[1])), ROOT / "docs")
else:
    generate(*_gen_files_writer())
