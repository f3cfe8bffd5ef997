"""``care-desktop sysinfo`` in a real process: the JSON document that would be attached, and the text form."""

import json
import os
import subprocess
import sys

TOP_KEYS = ["schema", "collected_at", "app", "os", "cpu", "memory", "disk", "network", "displays", "time", "browsers"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "care_desktop", "sysinfo", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
        check=False,
    )


def test_sysinfo_json_is_the_attached_document():
    result = run("--json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    document = json.loads(result.stdout)
    assert list(document) == TOP_KEYS
    assert document["schema"] == "care-desktop/system-info@1"
    assert document["displays"] == {"collected": False, "count": None, "screens": []}
    assert document["time"]["clock_offset_seconds"] is None
    assert document["network"]["addresses_included"] is False
    assert all("addresses" not in item for item in document["network"]["interfaces"])
    # Exactly what services.sysinfo.facts_to_json writes: indented, one final newline.
    assert result.stdout == json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def test_sysinfo_addresses_only_on_request():
    document = json.loads(run("--json", "--addresses").stdout)
    assert document["network"]["addresses_included"] is True
    assert all("addresses" in item for item in document["network"]["interfaces"])


def test_sysinfo_text():
    result = run()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Operating system: ")
    assert "Displays: collected by the app only" in lines
    assert "Clock offset: not measured (needs a reference time)" in lines


def test_sysinfo_bad_usage_exits_2():
    result = run("--bogus")
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_sysinfo_does_not_load_qt():
    code = (
        "import sys; from care_desktop.app import main; rc = main(['sysinfo', '--json']); "
        "assert 'PySide6' not in sys.modules, 'Qt was loaded'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
