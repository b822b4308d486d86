"""Maths typeset at build time: TeX -> KaTeX's HTML (and MathML), cached by formula.

The pinned KaTeX (node_modules/, from package-lock.json) runs in one Node process for
a whole build (scripts/katex.mjs), started only when a formula is not in the cache: a
warm build typesets nothing. The page then needs KaTeX's stylesheet and fonts, no script.
Standard library only.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("ACTIVATIONS_CACHE", ROOT / ".cache")) / "katex"
SCRIPT = ROOT / "scripts" / "katex.mjs"
# What the HTML depends on besides the formula: KaTeX's exact version (the lock file)
# and the renderer's options (in the script).
VERSION = hashlib.sha256(
    (ROOT / "package-lock.json").read_bytes() + SCRIPT.read_bytes()
).hexdigest()[:16]


class TexError(ValueError):
    """KaTeX cannot typeset a formula: the message names it and says why, in one line."""


class Typesetter:
    """TeX to HTML, from the cache or from one long-lived Node process."""

    def __init__(self, cache: Path = CACHE) -> None:
        self.cache = cache
        self.process: subprocess.Popen[str] | None = None
        self.typeset_count = 0  # formulas Node typeset in this build (the rest: cache)

    def __call__(self, tex: str, display: bool) -> str:
        key = hashlib.sha256(f"{VERSION}\0{display}\0{tex}".encode()).hexdigest()
        path = self.cache / key[:2] / f"{key}.html"
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            pass
        answer = self._ask(tex, display)
        if "error" in answer:
            raise TexError(f"KaTeX cannot typeset {tex!r}: {answer['error']}")
        html = str(answer["html"])
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        temporary.write_text(html, encoding="utf-8")
        temporary.replace(path)  # a concurrent build never reads half a file
        self.typeset_count += 1
        return html

    def _ask(self, tex: str, display: bool) -> dict[str, object]:
        if self.process is None:
            node = shutil.which("node")
            if node is None:
                raise TexError(
                    "Node.js is needed to typeset the maths: install it, then make setup"
                )
            self.process = subprocess.Popen(
                [node, str(SCRIPT)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                bufsize=1,
            )
        stdin, stdout = self.process.stdin, self.process.stdout
        assert stdin is not None
        assert stdout is not None
        stdin.write(json.dumps({"tex": tex, "display": display}) + "\n")
        stdin.flush()
        line = stdout.readline()
        if not line:
            raise TexError(f"the KaTeX process stopped while typesetting {tex!r}")
        answer: dict[str, object] = json.loads(line)
        return answer

    def close(self) -> None:
        if self.process is not None:
            if self.process.stdin:
                self.process.stdin.close()
            self.process.wait(timeout=10)
            self.process = None
