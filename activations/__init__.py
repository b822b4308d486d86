"""Neural-network activation functions, their derivatives and their metadata.

>>> import activations
>>> activations.sigmoid(0.0)
np.float64(0.5)
>>> activations.get("swish") is activations.REGISTRY["silu"]
True

Every entry of :data:`REGISTRY` is an :class:`~activations.registry.Activation`; each also
has a module-level function (``activations.relu``) with its derivative attached
(``activations.relu.derivative``). Type checkers see them, with their parameters, in
the generated stub ``activations/__init__.pyi`` (``python -m activations.stub``).
"""

from __future__ import annotations

import difflib
from types import MappingProxyType
from typing import Any

from activations import api, vector
from activations.catalog import ENTRIES
from activations.catalog.vector import ENTRIES as VECTOR_ENTRIES
from activations.registry import Activation, RegistryError, check_entries
from activations.vector import VectorActivation

__all__ = [
    "REGISTRY",
    "VECTOR_REGISTRY",
    "Activation",
    "RegistryError",
    "UnknownActivationError",
    "VectorActivation",
    "get",
    "names",
]


class UnknownActivationError(KeyError):
    """No activation has this name or alias; the message lists the closest known names."""

    def __str__(self) -> str:
        return str(self.args[0])


check_entries(ENTRIES)

#: Canonical name -> entry, read-only, in the site's order.
REGISTRY: MappingProxyType[str, Activation] = MappingProxyType({e.name: e for e in ENTRIES})
_ALIASES = {alias: e.name for e in ENTRIES for alias in e.aliases}
_FUNCTIONS = {e.name: api.build(e) for e in ENTRIES}

vector.check_vector_entries(VECTOR_ENTRIES, set(REGISTRY) | set(_ALIASES))
#: Canonical name -> vector entry (softmax, the gated units), read-only, in the site's order.
VECTOR_REGISTRY: MappingProxyType[str, VectorActivation] = MappingProxyType(
    {e.name: e for e in VECTOR_ENTRIES}
)
_VECTOR_FUNCTIONS = {e.name: vector.build(e) for e in VECTOR_ENTRIES}
_VECTOR_ALIASES = {alias: e.name for e in VECTOR_ENTRIES for alias in e.aliases}


def _normalise(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(" ", "_")


def get(name: str) -> Activation:
    """The entry for a canonical name or alias (case, spaces and hyphens ignored)."""
    key = _normalise(name)
    key = _ALIASES.get(key, key)
    if key in REGISTRY:
        return REGISTRY[key]
    known = [*REGISTRY, *_ALIASES]
    close = difflib.get_close_matches(key, known, n=5, cutoff=0.5)
    hint = f"closest: {', '.join(close)}" if close else f"known: {', '.join(REGISTRY)}"
    raise UnknownActivationError(f"unknown activation {name!r}; {hint}")


def function(name: str) -> Any:
    """The public function (with ``.derivative``) for a name or alias."""
    return _FUNCTIONS[get(name).name]


def names() -> list[str]:
    return list(REGISTRY)


def vector_function(name: str) -> Any:
    """The public function (with ``.jacobian`` and ``.vjp``) of a vector entry."""
    key = _normalise(name)
    key = _VECTOR_ALIASES.get(key, key)
    if key in VECTOR_REGISTRY:
        return _VECTOR_FUNCTIONS[key]
    close = difflib.get_close_matches(key, [*VECTOR_REGISTRY, *_VECTOR_ALIASES], n=5, cutoff=0.5)
    hint = f"closest: {', '.join(close)}" if close else f"known: {', '.join(VECTOR_REGISTRY)}"
    raise UnknownActivationError(f"unknown vector activation {name!r}; {hint}")


globals().update(_FUNCTIONS)
globals().update(_VECTOR_FUNCTIONS)
__all__ += list(_FUNCTIONS) + list(_VECTOR_FUNCTIONS) + ["vector_function"]


def __dir__() -> list[str]:
    return sorted(__all__)
