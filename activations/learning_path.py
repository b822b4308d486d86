"""The learning path: the site's navigation, in the order a newcomer should read it.

Each step is a hand-written page or a family of registry entries (their pages, generated
or hand-written, in registry order, less any the path already lists). The navigation
(`SUMMARY.md`, for literate-nav), every page's "next step" link and the test that no
page is left out all come from this one list, so reordering the path is one edit here.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass

from activations.registry import Activation
from activations.vector import VectorActivation

FUNCTION_DIR = "functions"


@dataclass(frozen=True)
class Page:
    """A hand-written page, with its navigation title in each language. A guide teaches
    (and ends with exercises); the home page, the glossary and the explorer do not."""

    path: str
    en: str
    zh: str
    guide: bool = True

    def title(self, language: str) -> str:
        return getattr(self, language)


@dataclass(frozen=True)
class Family:
    """The pages of one registry family (``Activation.family``), in registry order."""

    family: str


@dataclass(frozen=True)
class Section:
    en: str
    zh: str
    steps: tuple[Page | Family | Section, ...]

    def title(self, language: str) -> str:
        return getattr(self, language)


def page_path(entry: Activation | VectorActivation) -> str:
    """Where an entry's page is in the docs folder, hand-written or generated."""
    return f"{FUNCTION_DIR}/{entry.name}.md"


def link(from_page: str, to: str) -> str:
    """A relative link between two docs paths, as MkDocs resolves and validates them."""
    return posixpath.relpath(to, posixpath.dirname(from_page) or ".")


def function(name: str, title: str) -> Page:
    return Page(f"{FUNCTION_DIR}/{name}.md", title, title, guide=False)


PATH: tuple[Page | Family | Section, ...] = (
    Page("index.md", "Home", "首页", guide=False),
    Section(
        "Foundations",
        "基础",
        (
            Page("experiments/nonlinearity.md", "Why nonlinearity", "为什么需要非线性"),
            function("sigmoid", "Sigmoid"),
            function("tanh", "Tanh"),
            Page("sigmoid-vs-tanh.md", "Sigmoid vs tanh", "Sigmoid 与 tanh"),
            Page("vanishing-gradients.md", "Vanishing gradients", "梯度消失"),
            Page(
                "experiments/vanishing-gradients.md",
                "Vanishing gradients, measured",
                "梯度消失：实测",
            ),
            Page("sigmoid-cross-entropy.md", "Sigmoid and cross-entropy", "Sigmoid 与交叉熵"),
        ),
    ),
    Section(
        "Rectifiers",
        "整流函数",
        (
            function("relu", "ReLU"),
            Page("experiments/dying-relu.md", "Dying ReLU, measured", "神经元死亡：实测"),
            function("leaky_relu", "Leaky ReLU"),
            Family("rectifier"),
        ),
    ),
    Section("Smooth modern functions", "现代光滑函数", (Family("smooth"),)),
    Section(
        "Vectors and gates",
        "向量与门控",
        (
            Page(
                "output-layers.md",
                "Output layers: sigmoid, softmax and cross-entropy",
                "输出层：sigmoid、softmax 与交叉熵",
            ),
            Family("vector"),
            Page("transformers.md", "Activations in transformers", "Transformer 中的激活函数"),
        ),
    ),
    Page("initialisation.md", "Initialisation", "初始化"),
    Page("experiments/digits.md", "Training on real data, measured", "真实数据上的训练：实测"),
    Page("choosing.md", "How to choose", "如何选择"),
    Section(
        "Reference",
        "参考",
        (
            Page("properties.md", "Properties, defined", "性质的定义", guide=False),
            Page("explorer.md", "Explorer", "函数探索器", guide=False),
            Section("Sigmoid-like functions", "类 Sigmoid 函数", (Family("sigmoidal"),)),
            Section("Shrinkage functions", "收缩函数", (Family("shrinkage"),)),
            Section("Other functions", "其他函数", (Family("other"),)),
        ),
    ),
)


def guides(steps: tuple[Page | Family | Section, ...] = ()) -> list[str]:
    """The paths of the path's guide pages, in reading order."""
    out: list[str] = []
    for step in steps or PATH:
        if isinstance(step, Page) and step.guide:
            out.append(step.path)
        elif isinstance(step, Section):
            out += guides(step.steps)
    return out


def _listed(steps: tuple[Page | Family | Section, ...]) -> set[str]:
    paths: set[str] = set()
    for step in steps:
        if isinstance(step, Page):
            paths.add(step.path)
        elif isinstance(step, Section):
            paths |= _listed(step.steps)
    return paths


def walk(
    registry: Mapping[str, Activation], language: str
) -> list[tuple[tuple[str, ...], str, str]]:
    """Every page of the path in reading order, as (section titles, page title, path):
    families expanded into their entries' pages, with titles in ``language``.
    ``registry`` holds entries already localised to that language."""
    listed = _listed(PATH)
    out: list[tuple[tuple[str, ...], str, str]] = []

    def visit(steps: tuple[Page | Family | Section, ...], sections: tuple[str, ...]) -> None:
        for step in steps:
            if isinstance(step, Page):
                out.append((sections, step.title(language), step.path))
            elif isinstance(step, Section):
                visit(step.steps, (*sections, step.title(language)))
            else:
                for entry in registry.values():
                    path = page_path(entry)
                    if entry.family == step.family and path not in listed:
                        out.append((sections, entry.title, path))

    visit(PATH, ())
    return out
