"""``python -m benchmarks [numerics|edit-loop|site|lighthouse]``: run the benchmark parts and print their tables.

The site part prints last; its last line is the summary
``cold/bare=<x> warm/bare=<y> max_page_kb=<z> train_s=<t>``.
"""

from __future__ import annotations

import sys

from benchmarks import edit_loop, lighthouse, numerics, site

PARTS = {
    "numerics": numerics.run,
    "edit-loop": edit_loop.run,
    "lighthouse": lighthouse.run,
    "site": site.run,
}


def main() -> None:
    chosen = sys.argv[1:] or list(PARTS)
    for index, name in enumerate(chosen):
        if index:
            print()
        for line in PARTS[name]():
            print(line, flush=True)


if __name__ == "__main__":
    main()
