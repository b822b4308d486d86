"""The type stub ``activations/__init__.pyi``, generated from the registry.

The public functions (``activations.relu``, ...) are built at import time from the
registry, which no type checker can follow. The stub declares each one as a Protocol
whose ``__call__`` has the entry's parameters, with the keyword names, kinds and defaults
of the function :func:`activations.api.build` makes, and a ``derivative`` of the same
signature. It also declares the rest of what ``activations/__init__.py`` exports: a type
checker reads the stub instead of that file.

After adding or changing an entry (or the public API), regenerate it::

    python -m activations.stub

``tests/test_stub.py`` fails while the file on disk differs from :func:`stub_text`.
"""

from __future__ import annotations

import argparse
import inspect
import math
from collections.abc import Mapping, Sequence
from pathlib import Path

from activations import api
from activations.registry import Activation

STUB_PATH = Path(__file__).with_name("__init__.pyi")
COMMAND = "python -m activations.stub"
LINE_LENGTH = 100  # pyproject.toml's [tool.ruff] line-length: the text is ruff-formatted

# The stub's hand-written part, around its __all__: what activations/__init__.py defines
# by hand. Keep it in step with that file (tests/test_stub.py checks the names both ways).
_IMPORTS = f'''\
"""Type stub for :mod:`activations`; generated from the registry, do not edit.

Regenerate with ``{COMMAND}`` after changing the registry or the public API
(``tests/test_stub.py`` fails while this file is stale).

A public function returns a scalar for a scalar input and an array otherwise (a 0-d array
also gives a scalar, which no static type can tell apart); float16/32/64 keep their dtype,
integers and bools become float64.
"""

from types import MappingProxyType
from typing import Any, Protocol, TypeVar, overload

import numpy as np
from numpy.typing import ArrayLike, NDArray

from activations.registry import Activation as Activation
from activations.registry import RegistryError as RegistryError
from activations.vector import VectorActivation as VectorActivation
'''
_DECLARATIONS = '''\
_F = TypeVar("_F", bound=np.floating[Any])
_Real = float | np.integer[Any] | np.bool_
_FloatArray = NDArray[np.floating[Any]]

class UnknownActivationError(KeyError):
    """No activation has this name or alias; the message lists the closest known names."""

REGISTRY: MappingProxyType[str, Activation]

def get(name: str) -> Activation:
    """The entry for a canonical name or alias (case, spaces and hyphens ignored)."""

def function(name: str) -> Any:
    """The public function (with ``.derivative``) for a name or alias."""

def names() -> list[str]: ...
def __dir__() -> list[str]: ...

VECTOR_REGISTRY: MappingProxyType[str, VectorActivation]

def vector_function(name: str) -> Any:
    """The public function (with ``.jacobian`` and ``.vjp``) of a vector entry."""

class _VectorJacobian(Protocol):
    def __call__(self, v: ArrayLike, /, **params: float) -> _FloatArray: ...

class _VectorVJP(Protocol):
    def __call__(
        self, x: ArrayLike, g: ArrayLike, /, axis: int = -1, **params: float
    ) -> _FloatArray: ...

class _VectorFunction(Protocol):
    """A vector entry's public function (activations/vector.py): along axis."""
    def __call__(self, x: ArrayLike, /, axis: int = -1, **params: float) -> _FloatArray: ...
    jacobian: _VectorJacobian
    vjp: _VectorVJP
    entry: VectorActivation
'''
# activations/__init__.py's own __all__; the registry's names join it.
_HAND_WRITTEN = (
    "REGISTRY",
    "Activation",
    "RegistryError",
    "UnknownActivationError",
    "get",
    "names",
    "VECTOR_REGISTRY",
    "VectorActivation",
    "vector_function",
)

# (type of x, return type) of each overload, most specific first.
_OVERLOADS = [
    ("_F", "_F"),
    ("_Real", "np.float64"),
    ("NDArray[_F]", "NDArray[_F]"),
    ("ArrayLike", "_FloatArray"),
]


def class_name(name: str, derivative: bool = False) -> str:
    """The Protocol's name in the stub: ``leaky_relu`` -> ``_LeakyRelu``."""
    camel = "".join(part.capitalize() for part in name.split("_"))
    return f"_{camel}Derivative" if derivative else f"_{camel}"


def _default(value: object) -> str:
    if isinstance(value, float | int) and not isinstance(value, bool) and math.isfinite(value):
        return repr(float(value))
    return "..."  # inf, nan or anything else is no valid literal


def _parameters(signature: inspect.Signature, x_type: str) -> list[str]:
    """The signature's parameters as stub text: the first is the input, typed ``x_type``;
    the others are the entry's real-number parameters. ``/`` and ``*`` as in the original."""
    kinds = inspect.Parameter
    rendered = ["self"]
    params = list(signature.parameters.values())
    for i, p in enumerate(params):
        if p.kind in (kinds.VAR_POSITIONAL, kinds.VAR_KEYWORD):
            raise TypeError(f"unsupported parameter *{p.name} in {signature}")
        if p.kind == kinds.KEYWORD_ONLY and (i == 0 or params[i - 1].kind != kinds.KEYWORD_ONLY):
            rendered.append("*")
        text = f"{p.name}: {x_type if i == 0 else 'float'}"
        if p.default is not kinds.empty:
            text += f" = {_default(p.default)}"
        rendered.append(text)
        following = params[i + 1].kind if i + 1 < len(params) else None
        if p.kind == kinds.POSITIONAL_ONLY and following != kinds.POSITIONAL_ONLY:
            rendered.append("/")
    return rendered


def _def(parameters: Sequence[str], returns: str, indent: str = "    ") -> list[str]:
    """``def __call__(...) -> returns: ...`` laid out as ``ruff format`` lays it out."""
    one_line = f"{indent}def __call__({', '.join(parameters)}) -> {returns}: ..."
    if len(one_line) <= LINE_LENGTH:
        return [one_line]
    inner = indent + "    "
    hugged = inner + ", ".join(parameters)
    if len(hugged) <= LINE_LENGTH:
        return [f"{indent}def __call__(", hugged, f"{indent}) -> {returns}: ..."]
    return [
        f"{indent}def __call__(",
        *(f"{inner}{p}," for p in parameters),
        f"{indent}) -> {returns}: ...",
    ]


def _docstring(text: str, indent: str = "    ") -> str:
    """One line; raw when it holds backslashes (LaTeX), escaped where a quote could end it."""
    text = " ".join(text.split())
    if '"""' in text or text.endswith(('"', "\\")):
        return indent + '"""' + text.replace("\\", "\\\\").replace('"', '\\"') + '"""'
    if "\\" in text:
        return f'{indent}r"""{text}"""'
    return f'{indent}"""{text}"""'


def _protocol(entry: Activation, public: api.PublicFunction, derivative: bool) -> list[str]:
    signature = inspect.signature(public)
    summary = f"Derivative of {entry.title}." if derivative else entry.summary.splitlines()[0]
    lines = [f"class {class_name(entry.name, derivative)}(Protocol):", _docstring(summary), ""]
    for x_type, returns in _OVERLOADS:
        lines.append("    @overload")
        lines += _def(_parameters(signature, x_type), returns)
    if not derivative:
        lines.append(f"    derivative: {class_name(entry.name, derivative=True)}")
        lines.append("    entry: Activation")
    return lines


def _isort(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 wants in ``__all__``: CONSTANTS, Classes, then the rest."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


def _string_list(target: str, items: Sequence[str]) -> list[str]:
    quoted = [f'"{s}"' for s in items]
    one_line = f"{target} = [{', '.join(quoted)}]"
    if len(one_line) <= LINE_LENGTH:
        return [one_line]
    return [f"{target} = [", *(f"    {s}," for s in quoted), "]"]


def stub_text(registry: Mapping[str, Activation], vectors: Sequence[str] = ()) -> str:
    """The full text of ``activations/__init__.pyi`` for these entries, in their order,
    and the vector entries ``vectors`` (by name; they share one Protocol)."""
    seen: dict[str, str] = {}
    for name in registry:
        for derivative in (False, True):
            cls = class_name(name, derivative)
            if cls in seen:
                raise ValueError(f"{name!r} and {seen[cls]!r} share the stub class {cls}")
            seen[cls] = name
    lines = _IMPORTS.splitlines()
    exported = sorted([*_HAND_WRITTEN, *registry, *vectors], key=_isort)
    lines += ["", *_string_list("__all__", exported), ""]
    lines += _DECLARATIONS.splitlines()
    for name, entry in registry.items():
        public = api.build(entry)
        lines += ["", *_protocol(entry, public, derivative=False)]
        lines += ["", *_protocol(entry, public.derivative, derivative=True)]  # type: ignore[attr-defined]
        lines += ["", f"{name}: {class_name(name)}"]
    lines += ["", *(f"{name}: _VectorFunction" for name in vectors)]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the stub is stale"
    )
    args = parser.parse_args(argv)
    from activations import REGISTRY, VECTOR_REGISTRY

    text = stub_text(REGISTRY, list(VECTOR_REGISTRY))
    current = STUB_PATH.read_text(encoding="utf-8") if STUB_PATH.exists() else None
    if args.check:
        stale = current != text
        print(f"{STUB_PATH.name}: {'stale, run ' + COMMAND if stale else 'up to date'}")
        return 1 if stale else 0
    if current != text:
        STUB_PATH.write_text(text, encoding="utf-8", newline="\n")
    print(f"{STUB_PATH}: {len(REGISTRY)} functions{'' if current != text else ', unchanged'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
