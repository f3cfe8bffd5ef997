"""``care-desktop pack`` killed with SIGKILL mid-way leaves no package, no partial file, and an older package intact."""

import json
import os
import signal
import subprocess
import sys
import time

import psutil
import pytest

from tests.e2e.test_cli_pack import write_case

LINE = b"2026-03-01T10:22:33.123Z [http] GET https://api.mypurecloud.com/api/v2/users/%08x 200 in %d ms\n"
SECRET = b"2026-03-01T10:22:33.123Z [auth] refreshed token=abcdef%08x\n"


@pytest.mark.slow
def test_a_killed_pack_leaves_no_package(tmp_path):
    case_folder = tmp_path / "case"
    case_folder.mkdir()
    block = b"".join(SECRET % i if i % 100 == 0 else LINE % (i, i % 900) for i in range(20_000))
    with (case_folder / "big.log").open("wb") as handle:
        for _ in range(100):  # about 150 MB: seconds of work, so that the kill lands mid-way
            handle.write(block)
    size = (case_folder / "big.log").stat().st_size
    case = write_case(case_folder, [{"path": "big.log", "kind": "console_log", "note": ""}])
    out = tmp_path / "out"
    out.mkdir()
    target = out / "package.zip"
    target.write_bytes(b"the previous package")
    for _attempt in range(3):
        process = subprocess.Popen(
            [sys.executable, "-m", "care_desktop", "pack", str(case), "--out", str(target)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        watched = psutil.Process(process.pid)
        read = 0
        deadline = time.monotonic() + 120
        while process.poll() is None and read < size // 3 and time.monotonic() < deadline:
            try:
                read = watched.io_counters().read_chars
                process.wait(timeout=0.01)  # wait on the process itself between looks at how much it has read
            except subprocess.TimeoutExpired:
                continue
            except psutil.Error:
                break
        assert process.poll() is None, "pack finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        assert process.wait(timeout=60) == -signal.SIGKILL
        assert sorted(p.name for p in out.iterdir()) == ["package.zip"]
        assert target.read_bytes() == b"the previous package"
    finished = subprocess.run(
        [sys.executable, "-m", "care_desktop", "pack", str(case), "--out", str(target), "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert json.loads(finished.stdout)["attachments"][0]["redactions"] == {"token": 20_000}
    assert sorted(p.name for p in out.iterdir()) == ["package.zip"]
