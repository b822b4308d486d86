"""``python -m benchmarks``: run every benchmark part and print its table."""

from __future__ import annotations

from benchmarks import numerics


def main() -> None:
    for line in numerics.run():
        print(line, flush=True)


if __name__ == "__main__":
    main()
