"""Known log locations: the bundled data is honest about its sources, and discovery finds only real files."""

from __future__ import annotations

import copy
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from care_desktop.services import resources
from care_desktop.services.log_locations import (
    PLATFORMS,
    SCHEMA,
    LogLocation,
    current_platform,
    discover,
    expand,
    load_locations,
    parse_locations,
)
from care_desktop.services.resources import ResourceError

BUNDLED = json.loads(resources.read_text("logs/locations.json"))


def test_the_bundled_locations_load():
    locations = load_locations()
    assert len(locations) == 9
    assert {location.platform for location in locations} == set(PLATFORMS)


def test_every_location_has_a_source_or_says_why_it_is_listed():
    for location in load_locations():
        assert location.holds
        if location.confirmed:
            assert location.source.startswith("https://")
        else:
            assert location.source == "unconfirmed"
            assert location.basis


def test_nothing_about_the_desktop_app_claims_a_source_genesys_does_not_give():
    desktop = [location for location in load_locations() if location.app == "Genesys Cloud desktop app"]
    assert desktop
    assert not any(location.confirmed for location in desktop)
    assert {location.platform for location in desktop} == {"windows", "macos"}  # no Linux desktop app
    cli = [location for location in load_locations() if location.app == "Genesys Cloud CLI (gc)"]
    assert {(location.platform, location.pattern) for location in cli} == {
        ("windows", "%TEMP%/GenesysCloud/gc.txt"),
        ("macos", "~/Library/Logs/GenesysCloud/gc.log"),
        ("linux", "/tmp/GenesysCloud/gc.log"),
    }
    assert all(location.confirmed for location in cli)


def broken(**changes: object) -> object:
    document = copy.deepcopy(BUNDLED)
    document["locations"][0].update(changes)
    return document


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ([], "schema"),
        ({"schema": "other"}, "schema"),
        ({"schema": SCHEMA, "locations": {}}, "must be a list"),
        (broken(platform="beos"), "platform"),
        (broken(source="http://example.com"), "https URL"),
        (broken(basis=""), "basis"),
        (broken(holds=""), "holds"),
        (broken(id="cli-linux"), "duplicate"),
    ],
)
def test_malformed_documents_are_refused(document, reason):
    with pytest.raises(ResourceError, match=reason):
        parse_locations(document)


def test_platform_names():
    assert [current_platform(name) for name in ("Windows", "Darwin", "Linux", "FreeBSD")] == [
        "windows",
        "macos",
        "linux",
        "linux",
    ]
    assert current_platform() in PLATFORMS


def test_expand_with_the_environment_and_without(tmp_path):
    home = tmp_path / "home"
    environ = {"APPDATA": "/r", "LOCALAPPDATA": "/l", "TEMP": "/t"}
    assert expand("%APPDATA%/Genesys Cloud/logs/*", home=home, environ=environ, root=tmp_path) == (
        Path("/r/Genesys Cloud/logs"),
        "*",
    )
    assert expand("%TEMP%/GenesysCloud/gc.txt", home=home, environ=environ, root=tmp_path) == (
        Path("/t/GenesysCloud/gc.txt"),
        "",
    )
    assert expand("%LOCALAPPDATA%/A/*/logs/*.log", home=home, environ={}, root=tmp_path) == (
        home / "AppData" / "Local" / "A",
        "*/logs/*.log",
    )
    assert expand("%TEMP%/x", home=home, environ={}, root=tmp_path) == (home / "AppData/Local/Temp/x", "")
    assert expand("~/Library/Logs/GenesysCloud/gc.log", home=home, environ={}, root=tmp_path) == (
        home / "Library/Logs/GenesysCloud/gc.log",
        "",
    )
    assert expand("/tmp/GenesysCloud/gc.log", home=home, environ={}, root=tmp_path) == (
        tmp_path / "tmp/GenesysCloud/gc.log",
        "",
    )


def touch(path: Path, text: str, when: datetime) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    stamp = when.timestamp()
    os.utime(path, (stamp, stamp))
    return path


def test_discover_on_macos_finds_existing_files_newest_first(tmp_path):
    home = tmp_path / "Users" / "pat"
    logs = home / "Library" / "Logs" / "Genesys Cloud"
    old = touch(logs / "main.old.log", "old\n", datetime(2026, 11, 1, tzinfo=UTC))
    new = touch(logs / "main.log", "new log\n", datetime(2026, 11, 26, 9, 0, tzinfo=UTC))
    cli = touch(home / "Library/Logs/GenesysCloud/gc.log", "cli\n", datetime(2026, 11, 20, tzinfo=UTC))
    (logs / "crashes").mkdir()  # folders are never offered
    os.mkfifo(logs / "pipe.log")  # nor pipes
    (logs / "dangling.log").symlink_to(logs / "gone.log")  # nor broken links
    touch(home / "AppData/Roaming/Genesys Cloud/logs/win.log", "windows only\n", datetime(2026, 11, 26, tzinfo=UTC))
    found = discover(home, platform="macos", environ={}, root=tmp_path)
    assert [(item.path, item.size, item.location.id) for item in found] == [
        (new, 8, "desktop-app-macos-library-logs"),
        (cli, 4, "cli-macos"),
        (old, 4, "desktop-app-macos-library-logs"),
    ]
    assert found[0].modified == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    assert not found[0].location.confirmed


def test_discover_on_windows_uses_the_environment(tmp_path):
    roaming = tmp_path / "roaming"
    temp = tmp_path / "temp"
    app_log = touch(roaming / "GenesysCloud" / "logs" / "app.log", "x\n", datetime(2026, 11, 25, tzinfo=UTC))
    cli_log = touch(temp / "GenesysCloud" / "gc.txt", "y\n", datetime(2026, 11, 24, tzinfo=UTC))
    environ = {"APPDATA": str(roaming), "TEMP": str(temp)}
    found = discover(tmp_path / "home", platform="windows", environ=environ, root=tmp_path)
    assert [item.path for item in found] == [app_log, cli_log]


def test_discover_on_linux_looks_under_the_given_root(tmp_path):
    log = touch(tmp_path / "tmp" / "GenesysCloud" / "gc.log", "z\n", datetime(2026, 11, 26, tzinfo=UTC))
    assert [item.path for item in discover(tmp_path / "home", platform="linux", environ={}, root=tmp_path)] == [log]
    assert discover(tmp_path / "home", platform="macos", environ={}, root=tmp_path) == []


def test_discover_with_custom_locations(tmp_path):
    location = LogLocation("x", "Test", "linux", "~/logs/*/*.log", "test logs", "unconfirmed", "a test")
    log = touch(tmp_path / "logs" / "a" / "one.log", "1\n", datetime(2026, 1, 1, tzinfo=UTC))
    touch(tmp_path / "logs" / "one.txt", "no\n", datetime(2026, 1, 1, tzinfo=UTC))
    assert [item.path for item in discover(tmp_path, platform="linux", locations=[location])] == [log]
