"""Speed of every function and derivative on 10^6 float64 values.

Each is compared, in the same run, with the fastest existing implementation: the
scipy.special function where one applies, one ``np.tanh`` pass otherwise. Goals: sigmoid
no slower than ``scipy.special.expit``; everything within 3x of one ``np.tanh`` pass.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import numpy as np
import scipy.special

import activations

SIZE = 10**6
REPEATS = 15
TANH_GOAL = 3.0
# Where scipy.special has the same function, it is the reference to beat.
SCIPY = {
    "sigmoid": ("scipy.special.expit", scipy.special.expit),
    "logsigmoid": ("scipy.special.log_expit", scipy.special.log_expit),
    "gelu": ("scipy.special.erf", scipy.special.erf),
}


def interleaved_medians(
    functions: list[Callable[[np.ndarray], object]], x: np.ndarray
) -> list[float]:
    """Median seconds of each function, timed in turn within every round, so that a slow
    spell of this shared machine hits the function and its references alike."""
    for fn in functions:
        fn(x)  # warm-up: first-touch page faults, lazy imports
    times: list[list[float]] = [[] for _ in functions]
    for _ in range(REPEATS):
        for fn, samples in zip(functions, times, strict=True):
            start = time.perf_counter()
            fn(x)
            samples.append(time.perf_counter() - start)
    return [statistics.median(samples) for samples in times]


def run() -> list[str]:
    x = np.random.default_rng(0).uniform(-10, 10, SIZE)
    lines = [
        f"Functions on {SIZE:,} float64 values: median of {REPEATS} rounds, each timing the "
        "function, its reference and np.tanh in turn",
        "",
        f"{'function':<26}{'ms':>8}  {'reference':<24}{'ref ms':>8}{'x ref':>7}"
        f"{'tanh ms':>8}{'x tanh':>8}  goal",
    ]
    misses = []
    for entry in activations.REGISTRY.values():
        public = activations.function(entry.name)
        ref_name, ref_fn = SCIPY.get(entry.name, ("np.tanh", np.tanh))
        for label, fn in ((entry.name, public), (f"{entry.name}'", public.derivative)):
            seconds, ref, tanh = interleaved_medians([fn, ref_fn, np.tanh], x)
            vs_tanh = seconds / tanh
            ok = vs_tanh <= TANH_GOAL
            if label == "sigmoid":
                ok = ok and seconds <= ref
            if not ok:
                misses.append(label)
            lines.append(
                f"{label:<26}{seconds * 1e3:8.2f}  {ref_name:<24}{ref * 1e3:8.2f}"
                f"{seconds / ref:7.2f}{tanh * 1e3:8.2f}{vs_tanh:8.2f}  {'ok' if ok else 'MISS'}"
            )
    lines += ["", f"goals missed ({len(misses)} of {2 * len(activations.REGISTRY)}): "]
    lines[-1] += ", ".join(misses) if misses else "none"
    return lines
