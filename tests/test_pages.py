"""Generated Markdown read back as a reader gets it: tables whole, maths typeset, no
pseudo-maths, the learning path complete. Fast: Python-Markdown, no site build."""

from __future__ import annotations

import dataclasses
import re

import markdown
import pytest
from bs4 import BeautifulSoup

import activations
from activations import blocks, figures, i18n, learning_path, pages
from activations.registry import Param

# The extensions that decide how a table cell is split and where maths starts.
EXTENSIONS = ["tables", "attr_list", "pymdownx.arithmatex"]
CONFIGS = {"pymdownx.arithmatex": {"generic": True}}
FIGURES = {f.name: f for f in figures.all_figures(activations.REGISTRY)}


def render(text: str) -> BeautifulSoup:
    html = markdown.markdown(text, extensions=EXTENSIONS, extension_configs=CONFIGS)
    return BeautifulSoup(html, "html.parser")


def words(text: str) -> str:
    """Prose without its maths and markup, whitespace folded: what must survive a cell."""
    text = re.sub(r"\$[^$]+\$", " ", text)
    text = re.sub(r"\\\((.*?)\\\)", " ", text)  # arithmatex's generic inline output
    return " ".join(text.replace("`", "").split())


def check_table(soup: BeautifulSoup) -> list[list[str]]:
    """Every row has as many cells as the header: a stray | would add or cut cells."""
    table = soup.find("table")
    assert table is not None
    width = len(table.select("thead th"))
    rows = [[td.get_text() for td in tr.find_all("td")] for tr in table.select("tbody tr")]
    for row in rows:
        assert len(row) == width, f"a row with {len(row)} cells under {width} headers: {row}"
    return rows


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_parameter_tables_keep_every_description_whole(entry, language: str) -> None:
    entry = i18n.localize(entry, language)
    if not entry.params:
        return
    md = blocks.ENTRY_BLOCKS["parameters"](entry, i18n.labels(language), "functions/x.md")
    rows = check_table(render(md))
    for row, param in zip(rows, entry.params, strict=True):
        assert words(row[-1]) == words(param.description)


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_facts_tables_are_whole(entry, language: str) -> None:
    entry = i18n.localize(entry, language)
    md = blocks.ENTRY_BLOCKS["facts"](entry, i18n.labels(language), "functions/x.md")
    rows = check_table(render(md))
    if entry.kink_convention:
        assert words(rows[-1][-1]) == words(entry.kink_convention)


def test_a_pipe_in_prose_or_maths_stays_in_its_cell() -> None:
    """The case that cut Softshrink's table: |x| in a description, in prose and in maths."""
    base = activations.get("softshrink")
    param = Param("lambd", 0.5, r"Inputs with |x| below $|x| \le \lambda$ map to 0.", low=0.0)
    entry = dataclasses.replace(base, params=(param,))
    md = blocks.ENTRY_BLOCKS["parameters"](entry, i18n.labels("en"), "functions/x.md")
    (row,) = check_table(render(md))
    assert words(row[-1]) == "Inputs with |x| below map to 0."


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_comparison_table_is_whole(language: str) -> None:
    md = blocks.comparison_table(activations.REGISTRY, FIGURES, "index.md", language)
    rows = check_table(render(md))
    assert len(rows) == len(activations.REGISTRY)


def test_alt_text_brackets_do_not_break_the_image() -> None:
    fig = dataclasses.replace(FIGURES["relu6/function"], alt="Clipped to [0, 6) here [sic].")
    soup = render(blocks.figure(fig, "functions/relu6.md"))
    assert [img["alt"] for img in soup.find_all("img")] == ["Clipped to [0, 6) here [sic]."] * 2


# ASCII stand-ins for maths that must be written as KaTeX instead: comparison operators,
# powers, function calls, Greek letters spelt out, lone variables, fractions of symbols.
PSEUDO_MATHS = {
    "operator": re.compile(r"<=|>=|!=|->|\^|(?<![\w`])[<>](?!\w)"),
    "call": re.compile(r"\b(?:sqrt|exp|log|ln|tanh|sigmoid|relu6?|softplus|sin|max|min)\("),
    "greek": re.compile(r"\b(?:alpha|beta|lambda|Phi|pi|sigma|theta|mu)\b", re.IGNORECASE),
    "variable": re.compile(r"(?<![\w.`'\-/])[xyzbtvlu](?![\w`'’(\-])"),
    "fraction": re.compile(r"(?<![\w.])\w{1,2}\s*/\s*\w{1,2}(?![\w.])"),
    "absolute value": re.compile(r"\|"),
}


def pseudo_maths(text: str) -> list[str]:
    """The kinds of pseudo-maths in ``text``, outside $maths$ and `code`."""
    prose = re.sub(r"\$[^$]+\$|`[^`]+`|\[[^\]]*\]\([^)]*\)", " ", text)
    return [kind for kind, pattern in PSEUDO_MATHS.items() if pattern.search(prose)]


@pytest.mark.parametrize(
    "text",
    [
        "for x <= 0",
        "an approach to -alpha",
        "x / sqrt(1 + alpha x^2)",
        "the input weighted by x Phi(x)",
        "onto (-pi/2, pi/2)",
        "returns 1/alpha there",
        "0 for |x| below the threshold",
    ],
)
def test_pseudo_maths_is_caught(text: str) -> None:
    assert pseudo_maths(text)


@pytest.mark.parametrize(
    "text",
    [
        r"For $x \le 0$ it returns $\alpha$.",
        "Use `torch.nn.ReLU6` or `jax.nn.relu6`; see [the paper](https://example.org/a/b).",
        "TensorFlow/Keras and PyTorch agree, a 1:1 map, in 2017.",
        "在 $x \\le 0$ 一侧的斜率 $a$。",
    ],
)
def test_real_maths_passes(text: str) -> None:
    assert pseudo_maths(text) == []


def prose(entry: activations.Activation) -> dict[str, str]:
    texts = {"summary": entry.summary, "kink convention": entry.kink_convention}
    texts |= {f"parameter {p.name}": p.description for p in entry.params}
    texts |= {"origin": entry.origin, "uses": entry.uses}
    texts |= {
        f"{name} {i}": text
        for name in ("strengths", "weaknesses")
        for i, text in enumerate(getattr(entry, name))
    }
    return texts


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_generated_text_writes_maths_as_maths(entry, language: str) -> None:
    found = {
        where: kinds
        for where, text in prose(i18n.localize(entry, language)).items()
        if (kinds := pseudo_maths(text))
    }
    assert not found, f"{entry.name} [{language}]: pseudo-maths in {found}"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_summary_is_a_sentence(entry, language: str) -> None:
    summary = i18n.localize(entry, language).summary
    assert not summary[0].islower(), "the page prints the summary as it is: capitalise it"
    assert summary.rstrip().endswith((".", "。")), summary


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_learning_path_lists_every_page_once(language: str) -> None:
    steps = pages.path_steps(activations.REGISTRY, language)
    paths = [path for _, _, path in steps]
    assert len(paths) == len(set(paths))
    scalar = {learning_path.page_path(e) for e in activations.REGISTRY.values()}
    vector = {learning_path.page_path(e) for e in activations.VECTOR_REGISTRY.values()}
    assert scalar | vector <= set(paths)


def test_learning_path_order() -> None:
    """The order the issue sets: why nonlinearity, sigmoid, tanh, sigmoid vs tanh,
    vanishing gradients (guide, then measurement), ReLU, dying ReLU, Leaky ReLU and the
    rectifier family, the smooth modern functions, how to choose."""
    paths = [p for _, _, p in learning_path.walk(activations.REGISTRY, "en")]
    expected = [
        "index.md",
        "experiments/nonlinearity.md",
        "functions/sigmoid.md",
        "functions/tanh.md",
        "sigmoid-vs-tanh.md",
        "vanishing-gradients.md",
        "experiments/vanishing-gradients.md",
        "functions/relu.md",
        "experiments/dying-relu.md",
        "functions/leaky_relu.md",
        "functions/elu.md",
        "functions/gelu.md",
        "functions/silu.md",
        "choosing.md",
    ]
    assert [paths.index(p) for p in expected] == sorted(paths.index(p) for p in expected)
    rectifiers = [
        paths.index(f"functions/{e.name}.md")
        for e in activations.REGISTRY.values()
        if e.family == "rectifier"
    ]
    assert paths.index("functions/leaky_relu.md") < min(rectifiers)
    assert max(rectifiers) < paths.index("functions/gelu.md")


def test_next_step_links_the_following_page() -> None:
    md = pages.next_step("functions/tanh.md", activations.REGISTRY, "en")
    assert "**[Sigmoid vs tanh](../sigmoid-vs-tanh.md)**" in md
    zh = pages.next_step("sigmoid-vs-tanh.md", activations.REGISTRY, "zh")
    assert "[梯度消失](vanishing-gradients.md)" in zh


# Keras activations that Keras 2 (tf.keras up to TensorFlow 2.15) lacks or computed
# differently: keras-team/keras's keras/src/activations/activations.py against tf-keras
# 2.15's keras/activations.py (hard_sigmoid was clip(0.2 x + 0.5, 0, 1) there).
KERAS_3_ONLY = {
    "hard_sigmoid",
    "hard_silu",
    "hard_swish",
    "celu",
    "threshold",
    "hard_tanh",
    "soft_shrink",
    "hard_shrink",
    "tanh_shrink",
    "squareplus",
    "sparse_plus",
    "sparse_sigmoid",
}


def test_keras_3_names_say_so(entry) -> None:
    name = re.search(r"keras\.activations\.(\w+)", entry.frameworks.tensorflow or "")
    if name and name.group(1) in KERAS_3_ONLY:
        assert re.search(r"Keras (>= )?3", entry.frameworks.tensorflow or "")


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_table_labels_write_maths_as_maths(language: str) -> None:
    found = {
        key: kinds for key, text in i18n.labels(language).items() if (kinds := pseudo_maths(text))
    }
    assert not found


def test_a_figure_tab_holds_its_figure_and_the_text_under_it() -> None:
    """``figure-tab`` gives one tab of the ``figures`` set, titled in the page's language,
    and the page's indented text after it lands in that tab, not in the next one."""
    text = (
        "<!-- registry: figure-tab sigmoid/function -->\n\n    About the function.\n\n"
        "<!-- registry: figure-tab sigmoid/derivative -->\n\n    About the derivative.\n"
    )
    page = pages.expand(text, "functions/sigmoid.md", activations.REGISTRY, FIGURES, "zh")
    html = markdown.markdown(
        page,
        extensions=["attr_list", "pymdownx.superfences", "pymdownx.tabbed"],
        extension_configs={"pymdownx.tabbed": {"alternate_style": True}},
    )
    soup = BeautifulSoup(html, "html.parser")
    titles = [label.get_text() for label in soup.select(".tabbed-labels label")]
    assert titles == ["函数", "导数"]
    blocks = soup.select(".tabbed-block")
    assert "sigmoid/function.svg" in str(blocks[0])
    assert "About the function." in blocks[0].get_text()
    assert "sigmoid/derivative.svg" in str(blocks[1])
    assert "About the derivative." in blocks[1].get_text()
    assert "About the derivative." not in blocks[0].get_text()


@pytest.mark.parametrize(
    ("argument", "problem"),
    [("sigmoid/field", "no tab 'sigmoid/field'"), ("nosuch/function", "unknown activation")],
)
def test_a_figure_tab_that_does_not_exist_is_one_line_naming_the_page(
    argument: str, problem: str
) -> None:
    text = f"Some text.\n\n<!-- registry: figure-tab {argument} -->\n"
    with pytest.raises(blocks.PageError) as raised:
        pages.expand(text, "functions/sigmoid.md", activations.REGISTRY, FIGURES)
    message = str(raised.value)
    assert message.startswith("functions/sigmoid.md:3: <!-- registry: figure-tab"), message
    assert problem in message
    assert "\n" not in message
