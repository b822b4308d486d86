"""A malformed registry entry or page marker fails the whole build with one line naming
the entry or page and the problem, and no traceback: never a silent wrong figure. Each
case edits a copy of the checkout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.site import build, copy_checkout

CATALOG = "activations/catalog/classic.py"
# case -> (text in the catalog, its replacement, what the one line must say; <line> is
# the line number of the entry)
CASES = {
    "misspelt-field": (
        "        derivative_latex=r\"\\tanh'(x)",
        "        derivative_latexx=r\"\\tanh'(x)",
        "activations/catalog/classic.py:<line>: activation 'tanh': unknown field "
        "'derivative_latexx' (did you mean 'derivative_latex'?)",
    ),
    "missing-field": (
        '        sympy="tanh(x)",\n',
        "",
        "activation 'tanh': missing field(s) sympy",
    ),
    "missing-formula": (
        'latex=r"\\tanh(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",',
        'latex="",',
        "activation 'tanh': missing latex",
    ),
    "wrong-derivative": (
        "    out *= 1.0 - negative_slope\n",
        "    out *= 2.0 - negative_slope\n",
        "activation 'leaky_relu': derivative disagrees with the function",
    ),
    "duplicate-alias": (
        'aliases=("lrelu",),',
        'aliases=("lrelu", "logistic"),',
        "activation 'leaky_relu': name or alias 'logistic' is already used by 'sigmoid'",
    ),
    "default-out-of-range": (
        '                "negative_slope",\n                0.01,',
        '                "negative_slope",\n                -0.5,',
        "activation 'leaky_relu': default outside its valid range",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_entry_fails_the_build_with_a_clear_message(tmp_path: Path, case: str) -> None:
    old, new, message = CASES[case]
    checkout = copy_checkout(tmp_path / "checkout")
    catalog = checkout / CATALOG
    source = catalog.read_text(encoding="utf-8")
    assert old in source, f"the test's anchor text is gone from {CATALOG}"
    catalog.write_text(source.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(AssertionError) as failure:
        build(tmp_path / "site", cache=tmp_path / "cache", cwd=checkout)
    assert_one_line(str(failure.value), message)
    assert not (tmp_path / "site" / "figures").exists()


def assert_one_line(output: str, message: str) -> None:
    """The build's only error is one ERROR line holding the message; no traceback."""
    assert "Traceback" not in output, output
    errors = [line for line in output.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, output
    pattern = re.escape(message).replace("<line>", r"\d+")
    assert re.search(pattern, errors[0]), output


def test_bad_marker_fails_the_build_with_its_page_and_line(tmp_path: Path) -> None:
    checkout = copy_checkout(tmp_path / "checkout")
    page = checkout / "docs" / "sigmoid-vs-tanh.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "<!-- registry: formula sigmod -->")
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # A draft build expands the markers as a full one does, without drawing every figure
    # from a cold cache first (minutes, before the page's turn comes).
    draft = {"ACTIVATIONS_DRAFT": "1"}
    with pytest.raises(AssertionError) as failure:
        build(tmp_path / "site", cache=tmp_path / "cache", cwd=checkout, env=draft)
    assert_one_line(
        str(failure.value),
        "sigmoid-vs-tanh.md:3: <!-- registry: formula sigmod -->: unknown activation 'sigmod'",
    )
