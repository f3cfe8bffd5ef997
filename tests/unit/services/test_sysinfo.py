"""System facts: the document's shape and order, opt-in addresses, displays and clock from the caller, browsers."""

from __future__ import annotations

import json
import plistlib
import re
import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from care_desktop import __version__
from care_desktop.services.installed_browsers import InstalledApp, detect_installed, dpkg_versions
from care_desktop.services.sysinfo import (
    SCHEMA,
    ClockSample,
    Display,
    collect_system_facts,
    facts_to_json,
    local_zone_name,
)

NOW = datetime(2026, 11, 26, 9, 30, 15, tzinfo=UTC)
TOP_KEYS = ["schema", "collected_at", "app", "os", "cpu", "memory", "disk", "network", "displays", "time", "browsers"]
MAC = re.compile(r"^([0-9a-f]{2}[:-]){5}[0-9a-f]{2}$", re.IGNORECASE)


def facts(tmp_path: Path, **options):
    options.setdefault("installed", [])
    return collect_system_facts(tmp_path, now=NOW, **options)


def string_values(value: object) -> list[str]:
    if isinstance(value, dict):
        return [text for item in value.values() for text in string_values(item)]
    if isinstance(value, list):
        return [text for item in value for text in string_values(item)]
    return [value] if isinstance(value, str) else []


def test_the_document_has_a_fixed_shape(tmp_path):
    document = facts(tmp_path)
    assert list(document) == TOP_KEYS
    assert document["schema"] == SCHEMA == "care-desktop/system-info@1"
    assert document["collected_at"] == "2026-11-26T09:30:15+00:00"
    assert document["app"] == {"name": "care-desktop", "version": __version__}
    assert list(document["os"]) == ["system", "release", "version", "name", "machine"]
    assert list(document["cpu"]) == ["model", "architecture", "logical_cores", "physical_cores", "max_mhz"]
    assert list(document["memory"]) == ["total_bytes", "available_bytes"]
    assert list(document["disk"]) == ["of", "total_bytes", "free_bytes"]
    assert list(document["time"]) == ["zone", "abbreviation", "utc_offset", "clock_offset_seconds", "clock_reference"]
    assert document["browsers"] == []


def test_the_values_are_this_computers(tmp_path):
    document = facts(tmp_path)
    assert document["os"]["system"] in {"Linux", "Darwin", "Windows"}
    assert document["cpu"]["logical_cores"] >= 1
    assert document["memory"]["total_bytes"] >= document["memory"]["available_bytes"] > 0
    assert document["disk"]["total_bytes"] >= document["disk"]["free_bytes"] > 0
    assert re.fullmatch(r"[+-]\d\d:\d\d", document["time"]["utc_offset"])
    assert document["network"]["interfaces"]


def test_the_free_disk_of_a_data_folder_not_created_yet(tmp_path):
    document = collect_system_facts(tmp_path / "not" / "yet", now=NOW, installed=[])
    assert document["disk"]["free_bytes"] > 0


def test_addresses_only_when_asked(tmp_path):
    without = facts(tmp_path)["network"]
    assert without["addresses_included"] is False
    assert all(list(item) == ["name", "up", "speed_mbps", "mtu"] for item in without["interfaces"])
    with_addresses = facts(tmp_path, addresses=True)["network"]
    assert with_addresses["addresses_included"] is True
    addresses = [address for item in with_addresses["interfaces"] for address in item["addresses"]]
    assert addresses
    assert {address["family"] for address in addresses} <= {"ipv4", "ipv6"}
    assert not any(MAC.match(address["address"]) for address in addresses)


def test_no_host_name_in_the_document(tmp_path):
    assert socket.gethostname() not in string_values(facts(tmp_path, addresses=True))


def test_displays_come_from_the_caller(tmp_path):
    assert facts(tmp_path)["displays"] == {"collected": False, "count": None, "screens": []}
    screens = [
        Display("DP-1", 2560, 1440, 1.25, 59.951, primary=True),
        Display("HDMI-1", 1920, 1080, 1.0),
    ]
    assert facts(tmp_path, displays=screens)["displays"] == {
        "collected": True,
        "count": 2,
        "screens": [
            {"name": "DP-1", "width": 2560, "height": 1440, "scale": 1.25, "refresh_hz": 59.95, "primary": True},
            {"name": "HDMI-1", "width": 1920, "height": 1080, "scale": 1.0, "refresh_hz": None, "primary": False},
        ],
    }


def test_the_clock_offset_needs_a_reference(tmp_path):
    assert facts(tmp_path)["time"]["clock_offset_seconds"] is None
    sample = ClockSample(
        reference=datetime(2026, 11, 26, 9, 30, 0, tzinfo=UTC),
        local=datetime(2026, 11, 26, 10, 30, 2, 500000, tzinfo=UTC) + timedelta(hours=-1),
        source="status.mypurecloud.com Date header",
    )
    time_facts = facts(tmp_path, clock=sample)["time"]
    assert (time_facts["clock_offset_seconds"], time_facts["clock_reference"]) == (
        2.5,
        "status.mypurecloud.com Date header",
    )


def test_browsers_are_listed_as_given(tmp_path):
    found = [
        InstalledApp("Firefox", "128.3.1esr", "application.ini"),
        InstalledApp("Google Chrome", None, "executable"),
    ]
    assert facts(tmp_path, installed=found)["browsers"] == [
        {"name": "Firefox", "version": "128.3.1esr", "source": "application.ini"},
        {"name": "Google Chrome", "version": None, "source": "executable"},
    ]


def test_the_attachment_text_is_the_document(tmp_path):
    document = facts(tmp_path, displays=[Display("\u753b\u9762", 800, 600, 2.0)])
    text = facts_to_json(document)
    assert text.endswith("}\n")
    assert json.loads(text) == document
    assert list(json.loads(text)) == TOP_KEYS
    assert "\u753b\u9762" in text  # kept readable, not escaped
    assert text == facts_to_json(json.loads(text))


@pytest.mark.parametrize(
    ("environ", "files", "zone"),
    [
        ({"TZ": "Asia/Tokyo"}, {}, "Asia/Tokyo"),
        ({"TZ": ":Europe/Dublin"}, {}, "Europe/Dublin"),
        ({}, {"etc/timezone": "America/Sao_Paulo\n"}, "America/Sao_Paulo"),
        ({}, {}, None),
    ],
)
def test_local_zone_name(tmp_path, environ, files, zone):
    for name, content in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content, encoding="utf-8")
    assert local_zone_name(environ, root=tmp_path) == zone


def test_local_zone_name_from_the_localtime_link(tmp_path):
    target = tmp_path / "usr" / "share" / "zoneinfo" / "Australia" / "Sydney"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"TZif")
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "localtime").symlink_to(target)
    assert local_zone_name({}, root=tmp_path) == "Australia/Sydney"


# --- installed browsers ----------------------------------------------------------------------------------


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


DPKG_STATUS = """Package: google-chrome-stable
Status: install ok installed
Version: 131.0.6778.85-1

Package: microsoft-edge-stable
Status: deinstall ok config-files
Version: 120.0.2210.91-1

Package: chromium
Status: install ok installed
Architecture: amd64
Version: 131.0.6778.85-1~deb12u1
"""


def test_linux_browsers_from_files_only(tmp_path):
    write(tmp_path / "var/lib/dpkg/status", DPKG_STATUS)
    write(tmp_path / "opt/microsoft/msedge/msedge", "")
    write(tmp_path / "usr/lib/firefox-esr/application.ini", "[App]\nVendor=Mozilla\nName=Firefox\nVersion=128.5.0\n")
    assert detect_installed("Linux", home=tmp_path / "home", environ={}, root=tmp_path) == [
        InstalledApp("Google Chrome", "131.0.6778.85-1", "dpkg"),
        InstalledApp("Microsoft Edge", None, "executable"),
        InstalledApp("Firefox", "128.5.0", "application.ini"),
        InstalledApp("Chromium", "131.0.6778.85-1~deb12u1", "dpkg"),
    ]


def test_linux_snaps(tmp_path):
    write(tmp_path / "snap/firefox/current/meta/snap.yaml", "name: firefox\nversion: 133.0-2\nsummary: x\n")
    write(tmp_path / "snap/chromium/current/meta/snap.yaml", "name: chromium\nversion: '131.0.6778.85'\n")
    assert detect_installed("Linux", home=tmp_path, environ={}, root=tmp_path) == [
        InstalledApp("Firefox", "133.0-2", "snap"),
        InstalledApp("Chromium", "131.0.6778.85", "snap"),
    ]


def test_dpkg_ignores_packages_not_asked_for(tmp_path):
    write(tmp_path / "var/lib/dpkg/status", DPKG_STATUS)
    assert dpkg_versions(tmp_path, frozenset({"microsoft-edge-stable", "nano"})) == {}


def test_macos_bundles(tmp_path):
    def bundle(folder: Path, name: str, version: str | None) -> None:
        contents = folder / name / "Contents"
        contents.mkdir(parents=True)
        info = {"CFBundleName": name} | ({"CFBundleShortVersionString": version} if version else {})
        with (contents / "Info.plist").open("wb") as handle:
            plistlib.dump(info, handle)

    home = tmp_path / "Users" / "pat"
    bundle(tmp_path / "Applications", "Safari.app", "18.1")
    bundle(tmp_path / "Applications", "Genesys Cloud.app", "2.53.923")
    bundle(home / "Applications", "Firefox.app", "133.0")
    bundle(tmp_path / "Applications", "Google Chrome.app", None)
    assert detect_installed("Darwin", home=home, environ={}, root=tmp_path) == [
        InstalledApp("Google Chrome", None, "Info.plist"),
        InstalledApp("Firefox", "133.0", "Info.plist"),
        InstalledApp("Safari", "18.1", "Info.plist"),
        InstalledApp("Genesys Cloud desktop app", "2.53.923", "Info.plist"),
    ]


def test_windows_program_folders(tmp_path):
    program_files = tmp_path / "Program Files"
    x86 = tmp_path / "Program Files (x86)"
    local = tmp_path / "Users" / "pat" / "AppData" / "Local"
    for version in ("130.0.6723.117", "131.0.6778.86", "SetupMetrics"):
        (x86 / "Microsoft" / "Edge" / "Application" / version).mkdir(parents=True)
    (local / "Google" / "Chrome" / "Application" / "131.0.6778.9").mkdir(parents=True)
    (local / "Google" / "Chrome" / "Application" / "131.0.6778.10").mkdir(parents=True)
    write(program_files / "Mozilla Firefox" / "application.ini", "[App]\nVersion=133.0\n")
    (program_files / "Genesys" / "GenesysCloud").mkdir(parents=True)
    environ = {"ProgramFiles": str(program_files), "ProgramFiles(x86)": str(x86), "LOCALAPPDATA": str(local)}
    assert detect_installed("Windows", home=tmp_path, environ=environ) == [
        InstalledApp("Google Chrome", "131.0.6778.10", "version folder"),
        InstalledApp("Microsoft Edge", "131.0.6778.86", "version folder"),
        InstalledApp("Firefox", "133.0", "application.ini"),
        InstalledApp("Genesys Cloud desktop app", None, "executable"),
    ]


def test_nothing_found_on_an_empty_system(tmp_path):
    for system in ("Linux", "Darwin", "Windows", "FreeBSD"):
        assert detect_installed(system, home=tmp_path, environ={}, root=tmp_path) == []
