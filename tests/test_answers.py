"""Every number an exercise's solution states is the package's number.

A solution marks each numeric answer with ``<!-- answer: EXPRESSION = VALUE -->``: the
expression is Python over the package's public functions (``gelu(1.0)``,
``silu.derivative(0.0)``, ``softplus(2.0, beta=3.0)``) and a few helpers (``minimum``,
``argmin``, ``root``, ``np``, ``math``); the value is the number as the solution prints
it, which must also appear in the solution's text, and the expression must round to it
at the precision it is printed with. Solutions are read from the hand-written pages
(``??? success`` blocks) and from the registry's exercises for generated pages, in every
language.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from scipy import optimize

import activations
from activations import i18n, learning_path, pages
from activations.blocks import ENTRY_BLOCKS
from tests.site import LANGUAGES, ROOT

ANSWER = re.compile(r"<!--\s*answer:\s*(?P<expression>.+?)\s+=\s+(?P<value>\S+)\s*-->")
# A collapsible solution (pymdownx.details): the opening line, then its indented body.
SOLUTION = re.compile(r"^\?\?\?\+? success[^\n]*\n((?:[ \t]*\n|    [^\n]*\n)*)", re.MULTILINE)


def docs_dir(language: str) -> Path:
    return ROOT / ("docs" if language == i18n.DEFAULT else f"docs-{language}")


def generated_exercises(language: str) -> dict[str, str]:
    """The registry's exercises as their generated page writes them, by page: the scalar
    entries' and the vector entries'."""
    out = {}
    for entry in activations.REGISTRY.values():
        path = learning_path.page_path(entry)
        if not (docs_dir(i18n.DEFAULT) / path).exists():
            localized = i18n.localize(entry, language)
            out[path] = ENTRY_BLOCKS["exercises"](localized, i18n.labels(language), path)
    for vector in activations.VECTOR_REGISTRY.values():
        path = learning_path.page_path(vector)
        if not (docs_dir(i18n.DEFAULT) / path).exists():
            out[path] = pages.vector_block("exercises", vector, path, {}, language)
    return out


def sources() -> list[tuple[str, str]]:
    """(where, Markdown) for every page in every language that may hold solutions."""
    out = []
    for language in LANGUAGES:
        folder = docs_dir(language)
        for path in sorted(folder.rglob("*.md")):
            out.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")))
        out += [
            (f"{language}:{path} (registry)", text)
            for path, text in generated_exercises(language).items()
        ]
    return out


SOURCES = sources()


def solutions(text: str) -> list[str]:
    return [match.group(1) for match in SOLUTION.finditer(text + "\n")]


def minimum(f: Callable[[float], float], low: float, high: float) -> float:
    """The least value of ``f`` on [low, high] (bounded Brent search)."""
    return float(f(argmin(f, low, high)))


def argmin(f: Callable[[float], float], low: float, high: float) -> float:
    found = optimize.minimize_scalar(
        lambda x: float(f(x)), bounds=(low, high), method="bounded", options={"xatol": 1e-12}
    )
    return float(found.x)


def root(f: Callable[[float], float], low: float, high: float) -> float:
    """The zero of ``f`` between low and high, where ``f`` changes sign."""
    return float(optimize.brentq(lambda x: float(f(x)), low, high, xtol=1e-15))


NAMESPACE = {
    **{name: activations.function(name) for name in activations.REGISTRY},
    **{name: activations.vector_function(name) for name in activations.VECTOR_REGISTRY},
    "np": np,
    "math": math,
    "minimum": minimum,
    "argmin": argmin,
    "root": root,
}


DIGIT_GROUP = re.compile(r"(?<=\d)(?:\{,\}|\\,)(?=\d{3})")


def check(expression: str, value: str) -> str | None:
    """Why the answer is wrong, or None."""
    try:
        computed = float(eval(expression, {"__builtins__": {}, **NAMESPACE}))  # lambdas see it too
    except Exception as error:
        return f"{expression!r} does not evaluate: {error}"
    stated = Decimal(value)
    exponent = stated.as_tuple().exponent
    assert isinstance(exponent, int)
    half_unit = 0.5 * 10.0**exponent  # the precision the value is printed with
    if not abs(computed - float(stated)) <= half_unit * (1 + 1e-9):
        return f"{expression} is {computed!r}, not {value}"
    return None


ANSWERS = [
    (where, block, match)
    for where, text in SOURCES
    for block in solutions(text)
    for match in ANSWER.finditer(block)
]


@pytest.mark.parametrize(
    ("where", "block", "answer"),
    ANSWERS,
    ids=[f"{where}:{m.group('expression')}" for where, _, m in ANSWERS],
)
def test_a_stated_answer_is_the_package_s(where: str, block: str, answer: re.Match[str]) -> None:
    expression, value = answer.group("expression"), answer.group("value")
    problem = check(expression, value)
    assert problem is None, f"{where}: {problem}"
    prose = ANSWER.sub("", block).replace("−", "-")
    prose = DIGIT_GROUP.sub("", prose)  # 134{,}217{,}728 states 134217728
    assert value.lstrip("+-") in prose, f"{where}: the solution does not state {value}"


def test_answers_are_found() -> None:
    """The parsing above finds markers at all (or every check above passes vacuously)."""
    assert len(ANSWERS) >= 2 * len(activations.REGISTRY)


@pytest.mark.parametrize(("where", "text"), SOURCES, ids=[where for where, _ in SOURCES])
def test_every_marker_sits_in_a_solution(where: str, text: str) -> None:
    inside = sum(len(ANSWER.findall(block)) for block in solutions(text))
    assert len(ANSWER.findall(text)) == inside, f"{where}: an answer marker outside a solution"


def test_the_checker_rejects_a_wrong_answer() -> None:
    assert check("sigmoid(0.0)", "0.5") is None
    assert check("sigmoid.derivative(0.0)", "0.25") is None
    assert check("sigmoid(0.0)", "0.6") is not None
    assert check("minimum(gelu, -3, 0)", "-0.17") is None
    assert check("minimum(gelu, -3, 0)", "-0.1701") is not None  # -0.16997...
    assert check("no_such_function(1)", "1") is not None
    assert check("root(lambda x: silu.derivative(x), -3, -1)", "-1.278") is None
