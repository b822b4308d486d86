"""`make serve`: every language of the site from one live-reloading server.

`mkdocs serve` serves one config, and the site has one per language (mkdocs.yml for
English at the root, mkdocs.zh.yml for Chinese under zh/). This does what `mkdocs serve`
does, with MkDocs's own LiveReloadServer, for all of them at once: it builds each config
into one temporary folder, laid out as `make build` lays out site/ (English first, as its
build empties the folder), serves that folder, and rebuilds every language when a watched
file changes (each config's docs folder, its config file and `watch:` list, the theme
overrides). Rebuilding a language whose pages did not change is cheap: the generator
copies its outputs from the output cache. Open pages reload after each rebuild.

    python scripts/serve.py [--dev-addr 127.0.0.1:8000]
"""

from __future__ import annotations

import argparse
import logging
import shutil
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = ("mkdocs.yml", "mkdocs.zh.yml")  # the first one is the site's root language
log = logging.getLogger("mkdocs.serve")


def load(site: Path, base_url: str) -> list[MkDocsConfig]:
    """Every config, with its site_dir moved into ``site`` (keeping its place under the
    first one's: site/zh -> SITE/zh) and its site_url on the development server."""
    configs = [load_config(str(ROOT / name)) for name in CONFIGS]
    root = Path(configs[0].site_dir)
    for config in configs:
        below = Path(config.site_dir).relative_to(root).as_posix()
        folder = "" if below == "." else below + "/"
        config.site_dir = str(site / folder)
        config.site_url = base_url + folder
    return configs


def watched(configs: list[MkDocsConfig]) -> list[str]:
    paths = []
    for config in configs:
        paths += [config.docs_dir, *config.watch]
        if config.config_file_path:
            paths.append(config.config_file_path)
        if config.theme.custom_dir:
            paths.append(config.theme.custom_dir)
    return sorted(set(paths))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev-addr", default="127.0.0.1:8000", metavar="HOST:PORT")
    host, port = parser.parse_args().dev_addr.rsplit(":", 1)
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    base_url = f"http://{host}:{port}/"
    site = Path(tempfile.mkdtemp(prefix="activations-serve-"))

    def builder() -> None:
        for config in load(site, base_url):
            log.info("Building %s (%s)", config.config_file_path, config.theme["language"])
            build(config, serve_url=config.site_url)

    configs = load(site, base_url)
    for config in configs:
        config.plugins.on_startup(command="serve", dirty=False)
    server = LiveReloadServer(builder=builder, host=host, port=int(port), root=str(site))
    try:
        builder()
        for path in watched(configs):
            server.watch(path)
        try:
            server.serve()
        except KeyboardInterrupt:
            log.info("Shutting down...")
        finally:
            server.shutdown()
    finally:
        for config in configs:
            config.plugins.on_shutdown()
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
