"""The Linux desktop files name the app by one ID and pass the freedesktop validators."""

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from care_desktop import APP_ID
from tests.conftest import REPO

LINUX = REPO / "packaging" / "linux"


def validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: .ci/run installs it (desktop-file-utils, appstream)")
    return path


def test_desktop_file_is_valid_and_uses_the_app_id():
    desktop = LINUX / f"{APP_ID}.desktop"
    result = subprocess.run([validator("desktop-file-validate"), str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()
    lines = dict(line.split("=", 1) for line in desktop.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert lines["Icon"] == APP_ID
    assert lines["Exec"] == "care-desktop"


def test_metainfo_is_valid_and_launches_the_desktop_file():
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    result = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"


def test_the_icon_is_an_svg():
    svg = (REPO / "resources" / "icons" / "care-desktop.svg").read_text(encoding="utf-8")
    assert ET.fromstring(svg).tag == "{http://www.w3.org/2000/svg}svg"
