"""Every language has all the generated text: labels, entry prose, families, alt texts;
the generated pages come out in the language asked for; the output cache keys each
language by its own pages."""

from __future__ import annotations

import dataclasses
import importlib
import re
from pathlib import Path

import pytest

import activations
from activations import figures, i18n, learning_path, pages
from activations.i18n import en, zh
from site_tools import output_cache
from tests.site import ROOT

OTHER = [language for language in i18n.LANGUAGES if language != i18n.DEFAULT]
HAN = re.compile(r"[\u4e00-\u9fff]")


def module(language: str):
    return importlib.import_module(f"activations.i18n.{language}")


@pytest.mark.parametrize("language", OTHER)
def test_labels_have_the_keys_of_english(language: str) -> None:
    labels = module(language).LABELS
    assert set(labels) == set(en.LABELS)
    for key, text in labels.items():  # the same {placeholders} as English
        assert re.findall(r"{\w+}", text) == re.findall(r"{\w+}", en.LABELS[key]), key


@pytest.mark.parametrize("language", OTHER)
def test_entry_has_a_translation(language: str, entry: activations.Activation) -> None:
    text = module(language).ENTRIES.get(entry.name)
    assert text is not None, f"activations/i18n/{language} has no entry {entry.name!r}"
    assert text.title.strip()
    assert text.summary.strip()
    assert bool(text.kink_convention) == bool(entry.kink_convention), "kink convention"
    assert set(text.params) == {p.name for p in entry.params}, "parameter descriptions"
    assert entry.family in module(language).FAMILIES


@pytest.mark.parametrize("language", OTHER)
def test_nothing_falls_back_to_english(language: str) -> None:
    names = [f.name for f in figures.all_figures(activations.REGISTRY)]
    entries = {**activations.REGISTRY, **activations.VECTOR_REGISTRY}
    assert i18n.untranslated(language, entries, names) == []  # type: ignore[arg-type]
    stale = set(module(language).ENTRIES) - set(entries)
    assert not stale, f"translations of entries the registry no longer has: {stale}"


def test_chinese_text_is_chinese(entry: activations.Activation) -> None:
    text = zh.ENTRIES[entry.name]
    assert HAN.search(text.summary)
    assert all(HAN.search(d) for d in text.params.values())
    assert not text.kink_convention or HAN.search(text.kink_convention)


GENERATED = [
    entry
    for entry in activations.REGISTRY.values()
    if not (ROOT / "docs" / learning_path.page_path(entry)).exists()  # else hand-written
]


@pytest.mark.parametrize("generated", GENERATED, ids=lambda entry: entry.name)
def test_generated_page_in_chinese(generated: activations.Activation) -> None:
    entry = generated
    specs = {f.name: f for f in figures.all_figures(activations.REGISTRY)}
    page = learning_path.page_path(entry)
    english = pages.expand(pages.function_page(entry), page, activations.REGISTRY, specs)
    chinese = pages.expand(
        pages.function_page(entry, "zh"), page, activations.REGISTRY, specs, "zh"
    )
    assert chinese.startswith(f"# {zh.ENTRIES[entry.name].title}\n")
    for label in ("## 公式 {#formula}", "| 性质 | 取值 |", '=== "导数"'):
        assert label in chinese
    for english_only in ("## Formula", "| Property | Value |", "Graph of"):
        assert english_only not in chinese
    # The same formulas and figure files, in the same order.
    maths = re.compile(r"\$\$\n.*?\n\$\$", re.DOTALL)
    assert maths.findall(chinese) == maths.findall(english)
    images = re.compile(r"\]\(([^)]+\.svg)")
    assert images.findall(chinese) == images.findall(english)


def test_english_is_unchanged_by_the_language_argument(entry: activations.Activation) -> None:
    assert pages.function_page(entry) == pages.function_page(entry, "en")
    assert i18n.localize(entry, "en") is entry


def test_navigation_in_chinese() -> None:
    nav = pages.site_nav(activations.REGISTRY, "zh")
    assert "* 基础\n    * [为什么需要非线性](experiments/nonlinearity.md)\n" in nav
    assert "        * [恒等函数](functions/identity.md)\n" in nav


def test_unknown_language_fails_loudly() -> None:
    with pytest.raises(ValueError, match="unknown language 'xx'"):
        i18n.labels("xx")


def test_each_language_has_its_own_output_cache_key(tmp_path: Path) -> None:
    for name in ("docs/index.md", "docs-zh/index.md"):
        (tmp_path / name).parent.mkdir(parents=True)
        (tmp_path / name).write_text("# Page\n", encoding="utf-8")

    def keys() -> tuple[str, str]:
        english = output_cache.input_key(tmp_path, False, tmp_path / "docs", "en")
        chinese = output_cache.input_key(tmp_path, False, tmp_path / "docs-zh", "zh")
        return english, chinese

    english, chinese = keys()
    assert english != chinese
    (tmp_path / "docs-zh/index.md").write_text("# 页面\n", encoding="utf-8")
    edited_english, edited_chinese = keys()
    assert edited_english == english
    assert edited_chinese != chinese


@pytest.mark.parametrize("language", OTHER)
def test_translation_keeps_the_formulas(entry: activations.Activation, language: str) -> None:
    """Each prose field carries the same maths in every language (the site test compares
    whole pages; this names the field and the formula)."""
    from collections import Counter

    maths = re.compile(r"\$\$.*?\$\$|\$[^$]+\$", re.DOTALL)  # display maths first
    other = i18n.localize(entry, language)

    def fields(e: activations.Activation) -> dict[str, str]:
        texts = {
            name: getattr(e, name) for name in ("summary", "kink_convention", "origin", "uses")
        }
        texts |= {name: " ".join(getattr(e, name)) for name in ("strengths", "weaknesses")}
        texts |= {f"derivation step {k}": s.reason for k, s in enumerate(e.derivation, 1)}
        for k, exercise in enumerate(e.exercises, 1):
            texts |= {
                f"exercise {k}": exercise.question,
                f"exercise {k} solution": exercise.solution,
            }
        return texts | {f"parameter {p.name}": p.description for p in e.params}

    for (name, english), translated in zip(
        fields(entry).items(), fields(other).values(), strict=True
    ):
        counts = Counter(maths.findall(english)), Counter(maths.findall(translated))
        only = {"en": list(counts[0] - counts[1]), language: list(counts[1] - counts[0])}
        assert counts[0] == counts[1], f"{entry.name}, {name}: formulas only in {only}"


def strings(value: object) -> list[str]:
    """Every string inside a value: an entry's fields, its lessons, their tuples."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, (tuple, list)):
        return [s for item in value for s in strings(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [
            s for field in dataclasses.fields(value) for s in strings(getattr(value, field.name))
        ]
    return []


CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f]")  # all but the newline


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_no_control_characters_in_entry_text(entry: activations.Activation, language: str) -> None:
    """A TeX command in a string that is not raw turns into a control character: "\\to"
    into a tab and "o", "\\frac" into a form feed, "\\beta" into a backspace."""
    for text in strings(i18n.localize(entry, language)):
        found = CONTROL.search(text)
        assert found is None, (
            f"{entry.name} ({language}): {found[0]!r} in {text[max(0, found.start() - 30) :][:60]!r}"
            " (a string that should be raw?)"
        )
