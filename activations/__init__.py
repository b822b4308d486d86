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

from activations import api
from activations.catalog import ENTRIES
from activations.registry import Activation, RegistryError, check_entries

__all__ = ["REGISTRY", "Activation", "RegistryError", "UnknownActivationError", "get", "names"]


class UnknownActivationError(KeyError):
    """No activation has this name or alias; the message lists the closest known names."""

    def __str__(self) -> str:
        return str(self.args[0])


check_entries(ENTRIES)

#: Canonical name -> entry, read-only, in the site's order.
REGISTRY: MappingProxyType[str, Activation] = MappingProxyType({e.name: e for e in ENTRIES})
_ALIASES = {alias: e.name for e in ENTRIES for alias in e.aliases}
_FUNCTIONS = {e.name: api.build(e) for e in ENTRIES}


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


globals().update(_FUNCTIONS)
__all__ += list(_FUNCTIONS)


def __dir__() -> list[str]:
    return sorted(__all__)
