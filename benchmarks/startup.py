"""Benchmark: from launch to the first page shown (``care-desktop --self-test``, offscreen), whole process.

Compared in the same run with a bare PySide6 QWizard with one page, shown once. Prints the median wall time and
peak RSS of each over several runs (the peak as the kernel counted it, from ``wait4``), and their ratios
(targets: 1.3 or less for both).

Both run as an installed program does: from compiled bytecode. Installers compile it (pip, PyInstaller), but a
checkout run with ``PYTHONDONTWRITEBYTECODE`` set (as some shells and CI images do) would compile Care Desktop's
modules from source on every start while PySide6's stay compiled in site-packages. So both commands get a
private bytecode cache (``PYTHONPYCACHEPREFIX``), filled by the warm-up run; ``--no-bytecode-cache`` measures
the other way, as the environment gives it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QWizard, QWizardPage\n"
    "app = QApplication(sys.argv)\n"
    "wizard = QWizard()\n"
    "wizard.addPage(QWizardPage())\n"
    "wizard.show()\n"
    "app.processEvents()\n"
    "print('ok')\n"
)


def measure(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Run ``command`` once; return its wall seconds and its peak RSS in bytes, as the kernel counted it."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{command} failed with {process.returncode}")
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024  # Linux counts kilobytes
    return seconds, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs of each (7)")
    parser.add_argument(
        "--no-bytecode-cache", action="store_true", help="keep the environment's bytecode settings as they are"
    )
    args, _unknown = parser.parse_known_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    with tempfile.TemporaryDirectory(prefix="care-desktop-pycache-") as cache:
        if not args.no_bytecode_cache:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = cache
        return compare(env, args.runs)


def compare(env: dict[str, str], runs: int) -> int:
    """Measure both commands ``runs`` times, interleaved, after one warm-up run each; print the medians."""
    commands = {
        "bare QWizard": [sys.executable, "-c", BARE],
        "care-desktop --self-test": [sys.executable, "-m", "care_desktop", "--self-test"],
    }
    results: dict[str, tuple[float, float]] = {}
    for command in commands.values():
        measure(command, env)  # warm the file cache (and fill the bytecode cache)
    samples: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():  # interleaved, so that load changes hit both alike
            samples[name].append(measure(command, env))
    for name, measured in samples.items():
        results[name] = (statistics.median(s for s, _ in measured), statistics.median(r for _, r in measured))
        print(f"{name:26} {results[name][0]:.3f} s, {results[name][1] / MB:.0f} MB (median of {runs})")
    bare, ours = results["bare QWizard"], results["care-desktop --self-test"]
    print(f"ratio time:   {ours[0] / bare[0]:.2f} (target <= 1.3)")
    print(f"ratio memory: {ours[1] / bare[1]:.2f} (target <= 1.3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
