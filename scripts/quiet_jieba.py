"""MkDocs hook of mkdocs.zh.yml: keep jieba's start-up chatter out of the build log.

Material's search plugin segments Chinese text with jieba, which prints four lines
(building its dictionary, the time it took) to stderr on its first use in a process.
"""

from __future__ import annotations

import logging


def on_config(config: object) -> None:
    logging.getLogger("jieba").setLevel(logging.WARNING)
