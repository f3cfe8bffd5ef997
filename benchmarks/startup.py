"""Benchmark: from launch to the main window mapped on a real X server (Xvfb), against a bare one-page QWizard.

The figure that counts is the one a user sees: each command is started on a private Xvfb server and a second
X client (``xmapped.py``) records the moment its first top-level window is mapped, and the process's peak
resident memory at that moment (``VmHWM``). Compared in the same run with a bare PySide6 QWizard with one page,
shown the same way; the medians and their ratios are printed (targets: 1.3 or less for both). A returning
user's plain start (``care-desktop``, no network: a home with a saved organization whose region makes the
banner read the Customer Care profile, and 20 drafts) is measured the same way, for information; it is
stopped once its window is mapped.

For information, the offscreen figure of earlier measurements is printed as well: the same commands on the
offscreen platform, each reporting the moment its first page was shown and painted and its peak memory then
(``CARE_DESKTOP_FIRST_PAGE_REPORT``, see ``care_desktop/ui/first_page.py``; the bare wizard writes the same
report after its first ``processEvents``), and the whole self-test (launch to exit, peak memory from
``wait4``): it does more than the bare wizard (opens a case, reads every resource), so it has no target.

Both run as an installed program does: from compiled bytecode. Installers compile it (pip, PyInstaller), but a
checkout run with ``PYTHONDONTWRITEBYTECODE`` set (as some shells and CI images do) would compile Care Desktop's
modules from source on every start while PySide6's stay compiled in site-packages. So both commands get a
private bytecode cache (``PYTHONPYCACHEPREFIX``), filled by the warm-up run; ``--no-bytecode-cache`` measures
the other way, as the environment gives it. ``--offscreen-only`` skips Xvfb (where it is not installed).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from xmapped import MapWatcher, xvfb

REPO = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
REPORT_VARIABLE = "CARE_DESKTOP_FIRST_PAGE_REPORT"
BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QWizard, QWizardPage\n"
    "app = QApplication(sys.argv)\n"
    "wizard = QWizard()\n"
    "wizard.addPage(QWizardPage())\n"
    "wizard.show()\n"
    "app.processEvents()\n"
    # The same report as care_desktop/ui/first_page.py writes, in the same order: the time, then the peak.
    "import os, time\n"
    "shown = time.monotonic()\n"
    "import resource\n"
    "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == 'darwin' else 1024)\n"
    "import json\n"
    "with open(os.environ['CARE_DESKTOP_FIRST_PAGE_REPORT'], 'w') as report:\n"
    "    json.dump({'monotonic': shown, 'peak_memory_bytes': peak}, report)\n"
    "print('ok')\n"
)


@dataclass(frozen=True)
class Run:
    """One run of a command: to its first page, and to its exit."""

    first_page_seconds: float
    first_page_peak: int
    exit_seconds: float
    exit_peak: int


def measure(command: list[str], env: dict[str, str], report: Path, stop_at_first_page: bool = False) -> Run:
    """Run ``command`` once and read its first-page report; also time it to its exit.

    Args:
        command: The command.
        env: Its environment.
        report: Where it writes its first-page report.
        stop_at_first_page: Stop the process (SIGTERM) once the report is there: for a start that waits for the
            user; its exit figures are then those of the stopped process.
    """
    report.unlink(missing_ok=True)
    start = time.monotonic()
    process = subprocess.Popen(
        command, env={**env, REPORT_VARIABLE: str(report)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    if stop_at_first_page:
        while not report.exists() and process.poll() is None and time.monotonic() - start < 60:
            time.sleep(0.002)
        time.sleep(0.05)  # the report is written in one call; let it finish
        process.send_signal(signal.SIGTERM)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 and not (stop_at_first_page and process.returncode == -signal.SIGTERM):
        raise SystemExit(f"{command} failed with {process.returncode}")
    try:
        shown = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SystemExit(f"{command} wrote no first-page report: {error}") from error
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024  # Linux counts kilobytes
    return Run(shown["monotonic"] - start, int(shown["peak_memory_bytes"]), seconds, peak)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each (15)")
    parser.add_argument(
        "--no-bytecode-cache", action="store_true", help="keep the environment's bytecode settings as they are"
    )
    parser.add_argument("--offscreen-only", action="store_true", help="skip the Xvfb measurement")
    args, _unknown = parser.parse_known_args(argv)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    with tempfile.TemporaryDirectory(prefix="care-desktop-startup-") as scratch:
        if not args.no_bytecode_cache:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(scratch) / "pycache")
        home = Path(scratch) / "returning-user"
        returning_user_home(home)
        env_returning = {**env, "CARE_DESKTOP_HOME": str(home), "CARE_DESKTOP_SITE_CONFIG": str(home / "site")}
        status = 0
        if not args.offscreen_only:
            with xvfb() as display:
                status = compare_mapped(display, env, env_returning, args.runs, Path(scratch) / "first-page.json")
        print("-- for information: offscreen, first page shown as each process reports it")
        return max(status, compare(env, env_returning, args.runs, Path(scratch) / "first-page.json"))


def measure_mapped(
    watcher: MapWatcher, command: list[str], env: dict[str, str], report: Path, stop_at_map: bool
) -> tuple[float, int]:
    """Run ``command`` once on the watcher's display: seconds from launch to its window mapped, peak RSS then.

    Args:
        watcher: Watches the display.
        command: The command.
        env: Its environment (``DISPLAY`` and ``QT_QPA_PLATFORM=xcb`` set).
        report: Where it may write a first-page report (unused here, but a report must not fail).
        stop_at_map: Stop the process (SIGTERM) once its window is mapped (a start that waits for the user).
    """
    watcher.drain()
    report.unlink(missing_ok=True)
    start = time.monotonic()
    process = subprocess.Popen(
        command, env={**env, REPORT_VARIABLE: str(report)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        mapped = watcher.wait(process)
    except RuntimeError:
        process.kill()
        process.wait()
        raise
    if stop_at_map:
        process.send_signal(signal.SIGTERM)
    _pid, status, usage = os.wait4(process.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code != 0 and not (stop_at_map and code == -signal.SIGTERM):
        raise SystemExit(f"{command} failed with {code}")
    whole_run_peak = usage.ru_maxrss * 1024  # the process ended before its memory could be read: its whole run
    return mapped.monotonic - start, mapped.peak_memory_bytes or whole_run_peak


def compare_mapped(display: str, env: dict[str, str], env_returning: dict[str, str], runs: int, report: Path) -> int:
    """Measure to the mapped window ``runs`` times, interleaved, after one warm-up run each; print the medians."""
    on_x = {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    commands = {
        "bare QWizard": ([sys.executable, "-c", BARE], {**env, **on_x}, False),
        "care-desktop --self-test": ([sys.executable, "-m", "care_desktop", "--self-test"], {**env, **on_x}, False),
        "care-desktop, returning": ([sys.executable, "-m", "care_desktop"], {**env_returning, **on_x}, True),
    }
    watcher = MapWatcher(display)
    try:
        for command, command_env, stop in commands.values():
            measure_mapped(watcher, command, command_env, report, stop)  # warm-up (and the bytecode cache)
        samples: dict[str, list[tuple[float, int]]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, (command, command_env, stop) in commands.items():
                samples[name].append(measure_mapped(watcher, command, command_env, report, stop))
    finally:
        watcher.close()
    medians = {
        name: (statistics.median(t for t, _m in measured), statistics.median(m for _t, m in measured))
        for name, measured in samples.items()
    }
    print(f"Xvfb {display}, median of {runs} runs: launch to the main window mapped, peak RSS then")
    for name, (seconds, peak) in medians.items():
        print(f"{name:26} {seconds:.3f} s, {peak / MB:3.0f} MB")
    bare, ours, returning = (
        medians["bare QWizard"],
        medians["care-desktop --self-test"],
        medians["care-desktop, returning"],
    )
    print(f"ratio time to the mapped window:   {ours[0] / bare[0]:.2f} (target <= 1.3)")
    print(f"ratio memory at the mapped window: {ours[1] / bare[1]:.2f} (target <= 1.3)")
    fastest = {name: (min(t for t, _m in measured), min(m for _t, m in measured)) for name, measured in samples.items()}
    print(
        f"fastest runs, for information: {fastest['care-desktop --self-test'][0]:.3f} s vs"
        f" {fastest['bare QWizard'][0]:.3f} s, ratio"
        f" {fastest['care-desktop --self-test'][0] / fastest['bare QWizard'][0]:.2f}"
    )
    print(
        f"returning user's start to the mapped window, for information: time {returning[0] / bare[0]:.2f},"
        f" memory {returning[1] / bare[1]:.2f}"
    )
    return 0


def returning_user_home(home: Path) -> None:
    """A home as a returning user has it: a saved organization in Ireland and 20 drafts."""
    sys.path.insert(0, str(REPO))
    from care_desktop.domain.case.draft import new_draft
    from care_desktop.services.store import Store

    home.mkdir(parents=True)
    store, _notice = Store.open(home / "store.sqlite3")
    try:
        profile = store.org_profile()
        profile.org.short_name, profile.org.region = "acme-eu", "mypurecloud.ie"
        profile.org.id = "7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17"
        store.save_org_profile(profile)
        for number in range(20):
            draft = new_draft(f"{number:032x}", "2026-11-26T10:00:00+00:00", profile.org, profile.contact, None)
            draft.case.title = f"Calls drop after 30 seconds ({number})"
            store.save_draft(draft)
    finally:
        store.close()


def compare(env: dict[str, str], env_returning: dict[str, str], runs: int, report: Path) -> int:
    """Measure the commands ``runs`` times, interleaved, after one warm-up run each; print the medians."""
    commands = {
        "bare QWizard": ([sys.executable, "-c", BARE], env, False),
        "care-desktop --self-test": ([sys.executable, "-m", "care_desktop", "--self-test"], env, False),
        "care-desktop, returning": ([sys.executable, "-m", "care_desktop"], env_returning, True),
    }
    for command, command_env, stop in commands.values():
        measure(command, command_env, report, stop)  # warm the file cache (and fill the bytecode cache)
    samples: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, (command, command_env, stop) in commands.items():  # interleaved: load changes hit all alike
            samples[name].append(measure(command, command_env, report, stop))
    medians = {
        name: Run(*(statistics.median(getattr(run, field) for run in measured) for field in Run.__dataclass_fields__))
        for name, measured in samples.items()
    }
    print(f"median of {runs} runs         first page shown      whole run (to exit, or stopped)")
    for name, run in medians.items():
        print(
            f"{name:26} {run.first_page_seconds:.3f} s, {run.first_page_peak / MB:3.0f} MB"
            f"     {run.exit_seconds:.3f} s, {run.exit_peak / MB:3.0f} MB"
        )
    bare, ours = medians["bare QWizard"], medians["care-desktop --self-test"]
    returning = medians["care-desktop, returning"]
    print(f"ratio time to the first page:   {ours.first_page_seconds / bare.first_page_seconds:.2f} (target <= 1.3)")
    print(f"ratio memory at the first page: {ours.first_page_peak / bare.first_page_peak:.2f} (target <= 1.3)")
    fastest = {name: min(run.first_page_seconds for run in measured) for name, measured in samples.items()}
    print(
        f"fastest runs, for information:  {fastest['care-desktop --self-test']:.3f} s vs"
        f" {fastest['bare QWizard']:.3f} s, ratio {fastest['care-desktop --self-test'] / fastest['bare QWizard']:.2f}"
    )
    print(
        f"whole self-test, for information: time {ours.exit_seconds / bare.exit_seconds:.2f},"
        f" memory {ours.exit_peak / bare.exit_peak:.2f}"
    )
    print(
        f"returning user's start to the first page, for information: time"
        f" {returning.first_page_seconds / bare.first_page_seconds:.2f},"
        f" memory {returning.first_page_peak / bare.first_page_peak:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
