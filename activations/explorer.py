"""The explorer page's data: every registry entry as JSON, so the page lists no function
by hand.

The page's script draws each function with its own JavaScript implementation
(``docs/javascripts/explorer-kernels.js``, tested against the package in the browser);
this file tells it which functions exist, what they are called, their formulas, and
their parameters with defaults, valid ranges and a slider window. The plot's colours and
windows are the figures' own (:mod:`activations.plotting`, :mod:`activations.sampling`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from typing import Any

from activations import i18n, plotting, sampling
from activations.registry import Activation, Param

DATA = "assets/explorer.json"  # where the generator writes it, inside the site
FAMILY_TITLES = {  # the explorer groups its functions by these
    "classic": "Classic",
    "rectifier": "Rectifiers",
    "smooth": "Smooth and gated",
    "sigmoidal": "Sigmoid-like",
    "shrinkage": "Shrinkage",
    "other": "Other",
}


def slider(param: Param) -> tuple[float, float, float]:
    """(min, max, step) of the parameter's slider: its valid interval, where that is
    finite, else three times the default's size (at least 3) beyond the finite end or
    on both sides of 0; open ends one step inside."""
    reach = max(3.0, 3.0 * abs(param.default))
    low, high = param.low, param.high
    if math.isinf(low) and math.isinf(high):
        low, high = -reach, reach
    elif math.isinf(high):
        high = low + reach
    elif math.isinf(low):
        low = high - reach
    step = 10.0 ** math.floor(math.log10((high - low) / 100))
    low += step if param.low_open else 0.0
    high -= step if param.high_open else 0.0
    return min(low, param.default), max(high, param.default), step


Typeset = Callable[[str, bool], str]  # (TeX, display) -> HTML, at build time


def _bound(value: float) -> float | None:
    return value if math.isfinite(value) else None  # JSON has no infinity


def _param(param: Param, typeset: Typeset | None) -> dict[str, Any]:
    low, high, step = slider(param)
    return {
        "name": param.name,
        # The label, as the formula writes it (alpha as the typeset symbol); the name in
        # code where the formula does not write it.
        "symbolHtml": typeset(param.symbol, False) if typeset and param.symbol else None,
        "default": param.default,
        "description": param.description,
        "low": _bound(param.low),
        "high": _bound(param.high),
        "lowOpen": param.low_open,
        "highOpen": param.high_open,
        "slider": {"min": low, "max": high, "step": step},
    }


def _function(entry: Activation, language: str, typeset: Typeset | None) -> dict[str, Any]:
    text = i18n.localize(entry, language)
    return {
        "name": entry.name,
        "title": text.title,
        "symbol": entry.math_symbol,
        "family": i18n.family_title(
            entry.family, FAMILY_TITLES.get(entry.family, entry.family), language
        ),
        "latex": entry.latex,
        "derivativeLatex": entry.derivative_latex,
        # Typeset at build time: the page loads no maths script (None: the TeX only).
        "latexHtml": typeset(entry.latex, True) if typeset else None,
        "params": [_param(p, typeset) for p in text.params],
    }


def data(
    registry: Mapping[str, Activation],
    language: str = i18n.DEFAULT,
    typeset: Typeset | None = None,
) -> dict[str, Any]:
    return {
        "window": sampling.X_WINDOW,
        "yWindows": sampling.Y_WINDOWS,
        "palette": plotting.PALETTE,
        "functions": [_function(entry, language, typeset) for entry in registry.values()],
    }


def data_json(
    registry: Mapping[str, Activation],
    language: str = i18n.DEFAULT,
    typeset: Typeset | None = None,
) -> str:
    payload = data(registry, language, typeset)
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
