"""The type stub activations/__init__.pyi: current, true to the runtime, and used by mypy."""

from __future__ import annotations

import ast
import difflib
import inspect
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import activations
from activations import stub

ROOT = Path(__file__).resolve().parent.parent
STUB = stub.STUB_PATH
REGENERATE = f"run `{stub.COMMAND}` (in the checkout: .venv/bin/python -m activations.stub)"


def _stub_tree() -> ast.Module:
    return ast.parse(STUB.read_text(encoding="utf-8"), filename=str(STUB))


def _declared(tree: ast.Module) -> set[str]:
    """Module-level names the stub declares (imports re-exported with ``as`` included)."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign):
            targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.ImportFrom):
            names |= {a.asname for a in node.names if a.asname == a.name}
    return names


def test_stub_is_current() -> None:
    expected = stub.stub_text(activations.REGISTRY, list(activations.VECTOR_REGISTRY))
    current = STUB.read_text(encoding="utf-8") if STUB.exists() else ""
    if current != expected:
        diff = difflib.unified_diff(
            current.splitlines(), expected.splitlines(), "on disk", "generated", lineterm=""
        )
        shown = "\n".join(list(diff)[:40])
        pytest.fail(f"{STUB.relative_to(ROOT)} is stale: {REGENERATE}\n{shown}", pytrace=False)


def test_stub_declares_exactly_what_the_package_exports() -> None:
    tree = _stub_tree()
    declared = {name for name in _declared(tree) if not name.startswith("_")}
    public = {*activations.__all__, "function"}
    assert declared == public, f"add or remove in activations/stub.py, then {REGENERATE}"
    for name in declared:
        assert hasattr(activations, name), name
    (all_node,) = [
        n
        for n in tree.body
        if isinstance(n, ast.Assign) and [ast.unparse(t) for t in n.targets] == ["__all__"]
    ]
    assert set(ast.literal_eval(all_node.value)) == set(activations.__all__)


def test_aliases_are_neither_attributes_nor_declared() -> None:
    declared = _declared(_stub_tree())
    for entry in activations.REGISTRY.values():
        for alias in entry.aliases:
            assert not hasattr(activations, alias), alias
            assert alias not in declared, alias


def _signature(node: ast.FunctionDef) -> list[tuple[str, str, object]]:
    """(name, kind, default) of a stub method's parameters after ``self``."""
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    defaults: list[object] = [inspect.Parameter.empty] * (len(positional) - len(args.defaults))
    defaults += [ast.literal_eval(d) for d in args.defaults]
    kinds = ["POSITIONAL_ONLY"] * len(args.posonlyargs) + ["POSITIONAL_OR_KEYWORD"] * len(args.args)
    params = [(a.arg, kind, d) for a, kind, d in zip(positional, kinds, defaults, strict=True)]
    params += [
        (a.arg, "KEYWORD_ONLY", inspect.Parameter.empty if d is None else ast.literal_eval(d))
        for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
    ]
    assert params[0][0] == "self"
    return params[1:]


def test_stub_signatures_match_the_runtime_functions(entry) -> None:
    classes = {n.name: n for n in _stub_tree().body if isinstance(n, ast.ClassDef)}
    public = activations.function(entry.name)
    for runtime, derivative in ((public, False), (public.derivative, True)):
        expected = [
            (p.name, p.kind.name, p.default) for p in inspect.signature(runtime).parameters.values()
        ]
        cls = classes[stub.class_name(entry.name, derivative)]
        calls = [n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "__call__"]
        assert calls, cls.name
        for call in calls:
            assert _signature(call) == expected, f"{cls.name}.__call__, line {call.lineno}"


# A typed use: accepted by mypy, and runs. reveal_type shows that nothing is Any.
GOOD = """\
import numpy as np

import activations

y = activations.elu([1.0], alpha=2.0)
z = activations.relu.derivative([0.0])
s = activations.sigmoid(0.0)
h = activations.softplus(np.zeros(3, dtype=np.float32), beta=2.0, threshold=10)
e: activations.Activation = activations.relu.entry
reveal_type(y)
reveal_type(z)
reveal_type(s)
reveal_type(h)
reveal_type(activations.elu)
"""
REVEALED = {
    10: r"numpy\.ndarray\[.*numpy\.floating\[Any\]\]\]",
    11: r"numpy\.ndarray\[.*numpy\.floating\[Any\]\]\]",
    12: r"numpy\.float64",
    13: r"numpy\.ndarray\[.*numpy\.floating\[.*32.*\]\]\]",  # float32 in, float32 out
    14: r"activations\._Elu",
}

# Wrong uses, one a line: each is a mypy error and raises at run time.
WRONG = [
    "activations.elu([1.0], alpah=2.0)",  # misspelt parameter
    "activations.elu([1.0], 2.0)",  # parameters are keyword-only
    "activations.elu(x=[1.0])",  # the input is positional-only
    "activations.relu([1.0], alpha=1.0)",  # relu has no parameters
    "activations.swish([1.0])",  # aliases are no attributes: activations.get('swish')
    "activations.relu.derivative.derivative([1.0])",  # a derivative has no derivative
]


@pytest.fixture(scope="module")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy_cache")


def _mypy(*args: str | Path, cache: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "mypy", "--cache-dir", str(cache), "--no-pretty"]
    command += ["--show-error-codes", "--no-error-summary", *map(str, args)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_mypy_accepts_a_typed_use_and_rejects_wrong_ones(tmp_path: Path, mypy_cache: Path) -> None:
    good, wrong = tmp_path / "good.py", tmp_path / "wrong.py"
    good.write_text(GOOD, encoding="utf-8")
    wrong.write_text("import activations\n" + "".join(f"{w}\n" for w in WRONG), encoding="utf-8")
    config = tmp_path / "mypy.ini"  # mypy's defaults, not the project's configuration
    config.write_text("[mypy]\n", encoding="utf-8")
    result = _mypy("--config-file", config, good, wrong, cache=mypy_cache)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    lines = output.splitlines()
    good_errors = [line for line in lines if line.startswith(str(good)) and ": error:" in line]
    assert not good_errors, output
    revealed = {
        int(m[1]): m[2]
        for m in (
            re.match(rf"{re.escape(str(good))}:(\d+): note: Revealed type is \"(.*)\"", li)
            for li in lines
        )
        if m
    }
    for line, pattern in REVEALED.items():
        assert re.fullmatch(pattern, revealed.get(line, "")), (line, revealed.get(line), output)
    for number, use in enumerate(WRONG, start=2):
        assert f"{wrong}:{number}: error:" in output, f"mypy accepts {use!r}:\n{output}"
    assert "alpah" in output  # the message names the misspelt parameter


def test_the_typed_use_runs_and_the_wrong_ones_raise() -> None:
    namespace: dict[str, object] = {"reveal_type": lambda value: value}
    exec(GOOD, namespace)
    assert isinstance(namespace["s"], np.float64)
    assert namespace["h"].dtype == np.float32  # type: ignore[attr-defined]
    for use in WRONG:
        with pytest.raises((TypeError, AttributeError)):
            exec(use, {"activations": activations})


def test_mypy_still_checks_the_package_init(mypy_cache: Path) -> None:
    """mypy reads __init__.pyi instead of __init__.py, so `mypy` (files = activations, ...)
    no longer checks the latter; this checks it, with the project's configuration."""
    result = _mypy("activations/__init__.py", cache=mypy_cache)
    assert result.returncode == 0, result.stdout + result.stderr
