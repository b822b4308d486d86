"""The generated text of the site in each of its languages.

The registry and :mod:`activations.pages` are written in English; this package holds what
a page needs to come out in another language. Each language is one module, ``en``,
``zh``, ..., with:

- ``LABELS``: the short strings of the generated blocks (table headers, yes/no, tab
  titles, headings), by key; every language has exactly the keys of ``en``.
- ``ENTRIES`` (not in ``en``: English lives in the registry): each entry's title,
  summary, kink convention and parameter descriptions, by registry name.
- ``FAMILIES``, ``FIGURES`` and ``FIGURE_KINDS`` (not in ``en`` either): the family
  headings of the navigation and the figures' alt text.

Missing prose falls back to English, so a new registry entry still builds in every
language; :func:`untranslated` lists what fell back, and the tests require it empty.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import ModuleType

from activations.registry import Activation, Exercise, Step

LANGUAGES = ("en", "zh")
LESSON_FIELDS = ("origin", "uses", "strengths", "weaknesses", "derivation", "exercises")
DEFAULT = "en"


@dataclass(frozen=True)
class EntryText:
    """One registry entry's prose in one language."""

    title: str
    summary: str
    kink_convention: str = ""
    params: Mapping[str, str] = field(default_factory=dict)  # parameter name -> description
    origin: str = ""  # the lesson fields of Activation, in this language
    uses: str = ""
    strengths: tuple[str, ...] = ()
    weaknesses: tuple[str, ...] = ()
    # The derivation's reasons, one per step of the entry's (its LaTeX is the same in
    # every language), and the exercises, whole.
    derivation: tuple[str, ...] = ()
    exercises: tuple[Exercise, ...] = ()


def _module(language: str) -> ModuleType:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
    return importlib.import_module(f"activations.i18n.{language}")


def labels(language: str) -> Mapping[str, str]:
    """The strings of the generated blocks, by key (see ``en.LABELS``)."""
    return _module(language).LABELS


def localize(entry: Activation, language: str) -> Activation:
    """The entry with its prose in ``language``: the same kernels, formulas and facts."""
    text = None if language == DEFAULT else _module(language).ENTRIES.get(entry.name)
    if text is None:
        return entry
    params = tuple(
        dataclasses.replace(p, description=text.params.get(p.name, p.description))
        for p in entry.params
    )
    return dataclasses.replace(
        entry,
        title=text.title,
        summary=text.summary,
        kink_convention=text.kink_convention,
        params=params,
        **{
            name: getattr(text, name) or getattr(entry, name)
            for name in LESSON_FIELDS
            if name != "derivation"
        },
        derivation=_derivation(entry, text),
    )


def _derivation(entry: Activation, text: EntryText) -> tuple[Step, ...]:
    if not text.derivation:
        return entry.derivation
    if len(text.derivation) != len(entry.derivation):
        raise ValueError(
            f"activation {entry.name!r}: {len(text.derivation)} translated derivation "
            f"reasons for {len(entry.derivation)} steps"
        )
    return tuple(
        dataclasses.replace(step, reason=reason)
        for step, reason in zip(entry.derivation, text.derivation, strict=True)
    )


def family_title(family: str, english: str, language: str) -> str:
    if language == DEFAULT:
        return english
    return _module(language).FAMILIES.get(family, english)


def figure_alt(name: str, english: str, language: str) -> str:
    """A figure's alt text: a guide figure's by its name, an entry's figure from the
    template for its kind ("sigmoid/derivative": the derivative template) and the
    entry's translated title."""
    if language == DEFAULT:
        return english
    from activations.sampling import X_WINDOW

    module = _module(language)
    domain = module.DOMAIN.format(low=X_WINDOW[0], high=X_WINDOW[1])
    if name in module.FIGURES:
        return module.FIGURES[name].format(domain=domain)
    entry, _, kind = name.rpartition("/")
    text = module.ENTRIES.get(entry)
    if text is None or kind not in module.FIGURE_KINDS:
        return english
    return module.FIGURE_KINDS[kind].format(title=text.title, domain=domain)


def untranslated(
    language: str, registry: Mapping[str, Activation], figure_names: Iterable[str]
) -> list[str]:
    """What falls back to English in ``language``: entries, their parameters and kink
    conventions, families and figures. Empty for a complete translation."""
    if language == DEFAULT:
        return []
    module = _module(language)
    missing = []
    for entry in registry.values():
        text = module.ENTRIES.get(entry.name)
        if text is None:
            missing.append(f"entry {entry.name}")
            continue
        missing += [
            f"entry {entry.name}: parameter {p.name}"
            for p in entry.params
            if p.name not in text.params
        ]
        if bool(entry.kink_convention) != bool(text.kink_convention):
            missing.append(f"entry {entry.name}: kink convention")
        missing += [
            f"entry {entry.name}: {name}"
            for name in LESSON_FIELDS
            if getattr(entry, name) and not getattr(text, name)
        ]
        if entry.family not in module.FAMILIES:
            missing.append(f"family {entry.family}")
    for name in figure_names:
        owner, _, kind = name.rpartition("/")
        entry_figure = owner in registry or owner in module.ENTRIES  # vector entries too
        if name not in module.FIGURES and not (entry_figure and kind in module.FIGURE_KINDS):
            missing.append(f"figure {name}")
    return sorted(set(missing))
