"""The installed (non-editable) wheel finds its resources and passes the self-test.

The wheel is built from this checkout and installed into a fresh virtual environment. Its dependencies
(PySide6 and friends) are borrowed from the test environment through a path entry, so nothing is
downloaded; the project itself comes only from the wheel.
"""

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow


def run(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(arg) for arg in args], capture_output=True, text=True, timeout=600, cwd=cwd, env=env, check=False
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result


def test_wheel_installs_and_self_tests(tmp_path):
    wheels = tmp_path / "wheels"
    run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        REPO,
        "--no-deps",
        "--no-build-isolation",
        "-q",
        "-w",
        wheels,
        cwd=tmp_path,
    )
    (wheel,) = wheels.glob("care_desktop-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    for language in ("en", "ja"):  # English's catalogue holds the forms of the count texts ("1 file", "2 files")
        assert f"care_desktop/resources/translations/care_desktop_{language}.qm" in shipped

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "-q", wheel, cwd=tmp_path)
    site = Path(
        run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=tmp_path).stdout.strip()
    )
    # Dependencies only: a plain path entry, so the test environment's own .pth files (the editable
    # install of this checkout) are not processed in the new environment.
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    where = run(
        python,
        "-c",
        "import care_desktop; from care_desktop.services.resources import resource_root, verify_resources; "
        "print(care_desktop.__file__); print(resource_root()); print(len(verify_resources()))",
        cwd=tmp_path,
        env=env,
    ).stdout.splitlines()
    assert Path(where[0]).is_relative_to(site)
    assert Path(where[1]) == site / "care_desktop" / "resources"
    assert int(where[2]) >= 3  # profile.json and the phone directory files at least

    result = run(venv / "bin" / "care-desktop", "--self-test", cwd=tmp_path, env=env)
    assert result.stdout == "ok\n"
