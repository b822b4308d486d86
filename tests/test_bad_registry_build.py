"""A malformed registry entry fails the whole build with one message naming the entry
and the problem: never a silent wrong figure. Each case edits a copy of the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site import build, copy_checkout

CATALOG = "activations/catalog/classic.py"
CASES = {
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
    assert message in str(failure.value)
    assert not (tmp_path / "site" / "figures").exists()
