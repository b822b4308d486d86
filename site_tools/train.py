"""Train the build's trained experiments (the digits networks) into the result cache, in
a process of its own.

    python -m site_tools.train [NAME ...] [--signal FILE]

With no names, every trained experiment. Used by make bench (the training timed on its
own) and by the generator under `make serve`, which starts it after a build that found
results missing (``--signal``): one training at a time (the first process to take the
lock trains, the others end at once), and when it is done it writes the time into the
signal file, which makes serve rebuild with the results.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m site_tools.train")
    parser.add_argument("names", nargs="*", help="experiments to train (default: all)")
    parser.add_argument("--signal", type=Path, help="touched when done; one training at once")
    args = parser.parse_args(argv)

    from filelock import Timeout

    from activations import experiments
    from site_tools import output_cache

    names = tuple(args.names) or tuple(experiments.TRAINED)
    store = output_cache.ResultCache()
    if args.signal:
        held = store.lock("background-training")  # kept: a lock is released when collected
        try:
            held.acquire(timeout=0)
        except Timeout:
            return 0
    started = time.perf_counter()
    experiments.use_store(store)
    experiments.prepare(names)
    if args.signal:
        print(
            f"INFO    -  gen_site: {', '.join(names)} trained in the background in "
            f"{time.perf_counter() - started:.1f} s",
            file=sys.stderr,
            flush=True,
        )
        args.signal.write_text(str(time.time()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
