"""Run the project's benchmarks (``make benchmark``) and print their figures.

Benchmarks measure speed and memory; they are never timed assertions in the test suite. Each benchmark is a
script in this folder with a ``main(argv)``; arguments given here are passed to every benchmark.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import autosave
import pack
import redaction_pii
import startup

BENCHMARKS = {
    "startup": startup.main,
    "autosave": autosave.main,
    "redaction_pii": redaction_pii.main,
    "pack": pack.main,
}


def main(argv: list[str]) -> int:
    status = 0
    for name, run in BENCHMARKS.items():
        print(f"== {name}", flush=True)
        status = max(status, run(argv))
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
