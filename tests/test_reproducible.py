"""Builds are reproducible: two clean builds in different folders give the same bytes,
and a change to a function's code changes its figure (the cache never serves it stale)."""

from __future__ import annotations

import filecmp
import hashlib
from pathlib import Path

from tests.site import LANGUAGES, Site, build, copy_checkout, halve_tanh


def tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_two_clean_builds_in_different_folders_are_identical(site: Site, tmp_path: Path) -> None:
    """The session's build of the checkout and a build of a copy of it in another
    folder, each from a cold cache of its own: the English site, byte for byte (the
    session's folder holds the other languages' sites in their folders too)."""
    checkout = copy_checkout(tmp_path / "checkout")
    build(tmp_path / "site", cache=tmp_path / "cache", cwd=checkout)
    others = tuple(f"{folder}/" for _, folder in LANGUAGES.values() if folder)
    first = {k: v for k, v in tree_digest(site.root).items() if not k.startswith(others)}
    second = tree_digest(tmp_path / "site")
    assert len(first) > 100
    differing = sorted(k for k in first.keys() | second.keys() if first.get(k) != second.get(k))
    assert not differing, f"{len(differing)} files differ, e.g. {differing[:5]}"
    assert filecmp.cmp(site.root / "sitemap.xml", tmp_path / "site" / "sitemap.xml", shallow=False)


def test_changing_a_function_changes_its_figure_and_only_its_own(
    site: Site, tmp_path: Path
) -> None:
    checkout = copy_checkout(tmp_path / "checkout")
    cache = site.warm_cache(tmp_path / "cache")  # the "before" build renders nothing
    before = tmp_path / "before"
    build(before, cache=cache, cwd=checkout)
    halve_tanh(checkout)
    after = tmp_path / "after"
    log = build(after, cache=cache, cwd=checkout)
    old, new = tree_digest(before), tree_digest(after)
    changed = {k for k in old if k.startswith("figures/") and old[k] != new[k]}
    assert "figures/tanh/function.svg" in changed
    assert "figures/tanh/function.dark.svg" in changed
    assert "figures/sigmoid/function.svg" not in changed
    assert {k.split("/")[1] for k in changed} <= {"tanh", "compare", "experiments"}
    # The experiments that run tanh: their results, and so their figures, change (the
    # digits experiment re-trains tanh's networks only); the others re-run (their code's
    # key changed) but draw the same numbers.
    redrawn = {
        *("vanishing", "initialisation"),
        *("digits-classic-4", "digits-classic-12", "digits-gradients"),
    }
    for name in redrawn:
        assert f"figures/experiments/{name}.svg" in changed, name
    assert "figures/experiments/dying.svg" not in changed
    assert "figures/experiments/digits-modern-4.svg" not in changed
    # The figure cache served every other figure: only tanh's 4 (3 + thumbnail), the
    # 4 comparisons that draw tanh and the experiments' figures above were rendered.
    assert " rendered" in log.stderr
    rendered = int(log.stderr.split(" rendered")[0].rsplit(" ", 1)[-1])
    assert 4 <= rendered <= 4 + 4 + len(redrawn)
