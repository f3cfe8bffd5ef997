"""The command line as scripts and packagers use it: a real process each time."""

import json
import os
import subprocess
import sys

import pytest

from care_desktop import __version__

CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "care_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env or os.environ.copy(),
        check=False,
    )


def test_version():
    result = run("--version")
    assert (result.returncode, result.stdout) == (0, f"care-desktop {__version__}\n")


def test_self_test_builds_the_gui_and_prints_ok():
    env = os.environ.copy()
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = run("--self-test", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"


def test_self_test_reports_a_broken_installation(tmp_path):
    # A site-packages layout with the package but a broken profile: the self-test must say so and exit 1.
    import shutil

    from tests.conftest import REPO

    shutil.copytree(REPO / "care_desktop", tmp_path / "care_desktop")
    shutil.copytree(REPO / "resources", tmp_path / "care_desktop" / "resources")
    (tmp_path / "care_desktop" / "resources" / "profile.json").write_text("{not json", encoding="utf-8")
    env = os.environ.copy()
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "care_desktop", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 1
    assert "profile.json is malformed" in result.stderr
    assert result.stdout == ""


def test_ids_from_arguments_and_stdin():
    text = f"see {CONV.upper()} and https://x/interactions/{CONV}?a=1 and 11111111-2222-3333-4444-555555555555"
    by_argument = run("ids", text)
    assert (by_argument.returncode, by_argument.stdout) == (0, f"{CONV}\n11111111-2222-3333-4444-555555555555\n")
    by_stdin = run("ids", "--json", stdin=text)
    assert by_stdin.returncode == 0
    assert json.loads(by_stdin.stdout) == {"ids": [CONV, "11111111-2222-3333-4444-555555555555"]}
    nothing = run("ids", stdin="no ids here 4709b21d-bc22-418a-8c6d-4ededb31bd3")
    assert (nothing.returncode, nothing.stdout) == (0, "")


def test_ids_does_not_load_qt():
    code = (
        "import sys; from care_desktop.app import main; rc = main(['ids', 'x']); "
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("args", [("nonsense",), ("ids", "--bogus")])
def test_bad_usage_exits_2(args):
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "usage:" in result.stderr


def test_opening_the_app_imports_no_subcommand_and_help_lists_them_all():
    code = (
        "import sys; from care_desktop.cli import COMMANDS, build_parser; "
        "build_parser([]); loaded = [m for m in sys.modules if m.startswith('care_desktop.cli.')]; "
        "assert loaded == [], loaded; build_parser(['ids', 'x']); "
        "assert [m for m in sys.modules if m.startswith('care_desktop.cli.')] == ['care_desktop.cli.ids']"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    help_text = run("--help").stdout
    for name in ("ids", "due", "phones"):
        assert name in help_text
