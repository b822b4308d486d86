"""MkDocs hook: the theme's Jinja templates compiled once per machine, not once per build.

Every build makes a new Jinja environment, so every build compiled Material's 48
templates again: about 0.3 s of a 0.7 s serve rebuild after a Markdown edit. Jinja's own
bytecode cache keeps the compiled code in the output cache's folder, each template under
a key of its name and checked against its source's hash, so an edited template compiles
afresh.
"""

from __future__ import annotations

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from site_tools import output_cache


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    folder = output_cache.CACHE / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env
