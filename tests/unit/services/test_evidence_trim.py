"""Trimming logs to a window around the incident: real logs (CRLF, no final newline), formats, edge cases.

Expected line ranges were found by hand with ``grep -n`` on the files (see each test).
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from care_desktop.services.evidence import Code, trim_log
from care_desktop.services.evidence.timestamps import line_time
from care_desktop.services.progress import CancelledError, CancelToken
from tests.conftest import REALWORLD

CONSOLE = REALWORLD / "console"


def copy_to(tmp_path: Path, name: str) -> Path:
    return Path(shutil.copy(CONSOLE / name, tmp_path / name))


def lines(path: Path, first: int, last: int) -> bytes:
    """Lines ``first`` to ``last`` (1-based, inclusive) of a file, with their own line endings."""
    return b"".join(path.read_bytes().splitlines(keepends=True)[first - 1 : last])


@pytest.mark.parametrize(
    ("name", "incident", "first_line", "last_line", "first_kept", "last_kept", "stamp_format"),
    [
        # grep -nP '^Jul  4 (09:[3-5]\d|10:([0-2]\d|30:00))' -> lines 854..876
        ("loghub_Mac_2k.log", datetime(2017, 7, 4, 10, 0), 854, 876, (9, 42, 32), (10, 29, 44), "syslog"),
        # grep -nP '^Dec 10 (08:[3-5]\d|09:([0-2]\d|30:00))' -> lines 266..946
        ("loghub_OpenSSH_2k.log", datetime(2017, 12, 10, 9, 0), 266, 946, (8, 33, 23), (9, 20, 3), "syslog"),
        # grep -nP '^\[07\.26 (13:[0-5]\d|14:00:00)' -> lines 974..1070
        ("loghub_Proxifier_2k.log", datetime(2017, 7, 26, 13, 30), 974, 1070, (13, 30, 34), (13, 59, 44), "proxifier"),
    ],
)
def test_real_logs_are_trimmed_to_the_window(
    tmp_path, name, incident, first_line, last_line, first_kept, last_kept, stamp_format
):
    source = copy_to(tmp_path, name)
    original = source.read_bytes()
    outcome = trim_log(source, incident)
    assert outcome.problem is None
    result = outcome.result
    assert result is not None
    assert (result.lines_kept, result.lines_total) == (last_line - first_line + 1, 2000)
    assert result.first_kept == incident.replace(hour=first_kept[0], minute=first_kept[1], second=first_kept[2])
    assert result.last_kept == incident.replace(hour=last_kept[0], minute=last_kept[1], second=last_kept[2])
    assert result.formats == (stamp_format,)
    assert result.stored.path == tmp_path / name.replace(".log", ".trimmed.log")
    assert result.stored.path.read_bytes() == lines(source, first_line, last_line)
    assert result.stored.size == len(lines(source, first_line, last_line))
    assert source.read_bytes() == original


def test_crlf_and_a_missing_final_newline_are_kept_byte_for_byte(tmp_path):
    # grep -nP '^Jul  8 0(7:[3-5]\d|8:[0-3]\d)' -> lines 1994..2000, the last one without a newline
    source = copy_to(tmp_path, "loghub_Mac_2k.log")
    result = trim_log(source, datetime(2017, 7, 8, 8, 0)).result
    assert result is not None
    written = result.stored.path.read_bytes()
    assert written == lines(source, 1994, 2000)
    assert written.count(b"\r\n") == 6
    assert written.endswith(b"AppleCamIn::wakeEventHandlerThread")


def test_lines_without_a_stamp_stay_with_the_stamped_line_before(tmp_path):
    source = tmp_path / "console.log"
    source.write_text(
        "Chrome console, saved with Show timestamps\n"
        "09:10:00.000 app.js:1 booting\n"
        "09:59:58.120 softphone.js:88 Uncaught TypeError: cannot read 'id'\n"
        "    at Softphone.answer (softphone.js:88:13)\n"
        "    at HTMLButtonElement.<anonymous> (ui.js:12:5)\n"
        "10:00:02.000 softphone.js:90 retrying\n"
        "10:45:00.000 app.js:5 idle\n"
        "    at idle (app.js:5:1)\n",
        encoding="utf-8",
    )
    result = trim_log(
        source, datetime(2024, 3, 5, 10, 0), before=timedelta(minutes=5), after=timedelta(minutes=5)
    ).result
    assert result is not None
    assert result.stored.path.read_text(encoding="utf-8") == (
        "09:59:58.120 softphone.js:88 Uncaught TypeError: cannot read 'id'\n"
        "    at Softphone.answer (softphone.js:88:13)\n"
        "    at HTMLButtonElement.<anonymous> (ui.js:12:5)\n"
        "10:00:02.000 softphone.js:90 retrying\n"
    )
    assert (result.lines_kept, result.lines_total, result.formats) == (4, 8, ("time-only",))
    assert (result.first_kept, result.last_kept) == (
        datetime(2024, 3, 5, 9, 59, 58, 120000),
        datetime(2024, 3, 5, 10, 0, 2),
    )


def test_iso_stamps_with_offsets_are_compared_in_the_incidents_zone(tmp_path):
    source = tmp_path / "desktop.log"
    source.write_text(
        "[2024-07-01 07:50:00.000] [info] started\n"  # naive: taken as Dublin time, 40 min before: dropped
        "2024-07-01T07:10:00Z error in UTC\n"  # = 08:10 in Dublin (IST, UTC+1): kept
        "2024-07-01T09:10:00+02:00 from Paris\n"  # = 08:10 in Dublin: kept
        "[2024-07-01 08:29:59,999] [warn] naive, inside\n",
        encoding="utf-8",
    )
    incident = datetime(2024, 7, 1, 8, 15, tzinfo=ZoneInfo("Europe/Dublin"))
    result = trim_log(source, incident, before=timedelta(minutes=15), after=timedelta(minutes=15)).result
    assert result is not None
    assert result.stored.path.read_text(encoding="utf-8").splitlines() == [
        "2024-07-01T07:10:00Z error in UTC",
        "2024-07-01T09:10:00+02:00 from Paris",
        "[2024-07-01 08:29:59,999] [warn] naive, inside",
    ]
    assert result.first_kept == datetime(2024, 7, 1, 8, 10, tzinfo=ZoneInfo("Europe/Dublin"))
    assert result.formats == ("iso8601",)


def test_syslog_takes_the_year_closest_to_the_incident():
    new_year = datetime(2025, 1, 1, 0, 5)
    assert line_time("Dec 31 23:59:00 host app: x", new_year) == (datetime(2024, 12, 31, 23, 59), "syslog")
    assert line_time("Jan  1 00:01:00 host app: x", new_year) == (datetime(2025, 1, 1, 0, 1), "syslog")
    assert line_time("Feb 29 12:00:00 host app: x", datetime(2025, 3, 1)) == (datetime(2024, 2, 29, 12, 0), "syslog")


def test_time_only_stamps_take_the_date_closest_to_the_incident():
    after_midnight = datetime(2024, 3, 6, 0, 10, tzinfo=UTC)
    assert line_time("23:58:00.000 x", after_midnight) == (
        datetime(2024, 3, 5, 23, 58, tzinfo=UTC),
        "time-only",
    )


@pytest.mark.parametrize(
    "line",
    [
        "Jul  4 10:13:05 host com.apple.WebKit[1]: [10:13:05.044] <<<< CRABS >>>> quoted time",
        "  [07.26 13:30:34] indented proxifier",
        "2024-07-01 09:00:00 plain",
    ],
)
def test_the_stamp_must_start_the_line(line):
    found = line_time(line, datetime(2024, 7, 26, 12, 0))
    assert found is not None
    assert found[1] != "time-only"
    assert line_time("message quoting 10:13:05.044 later", datetime(2024, 7, 26)) is None


def test_a_line_longer_than_the_read_limit_is_kept_whole(tmp_path):
    long_message = "y" * 200_000
    source = tmp_path / "long.log"
    source.write_text(
        f"2024-07-01 08:00:00 short\n2024-07-01 09:00:00 {long_message}\n2024-07-01 09:01:00 after\n", encoding="utf-8"
    )
    result = trim_log(
        source, datetime(2024, 7, 1, 9, 0), before=timedelta(minutes=1), after=timedelta(minutes=1)
    ).result
    assert result is not None
    assert (result.lines_kept, result.lines_total) == (2, 3)
    assert (
        result.stored.path.read_text(encoding="utf-8")
        == f"2024-07-01 09:00:00 {long_message}\n2024-07-01 09:01:00 after\n"
    )


@pytest.mark.parametrize(("bom", "codec"), [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")])
def test_utf16_logs_are_trimmed_in_their_encoding(tmp_path, bom, codec):
    source = tmp_path / "windows.log"
    text = "2024-07-01 08:00:00 \u00e9arly\r\n2024-07-01 09:00:00 inside \u00e9\r\n2024-07-01 11:00:00 late\r\n"
    source.write_bytes(bom + text.encode(codec))
    result = trim_log(source, datetime(2024, 7, 1, 9, 0)).result
    assert result is not None
    assert result.stored.path.read_bytes() == bom + "2024-07-01 09:00:00 inside \u00e9\r\n".encode(codec)


def test_a_utf8_bom_is_kept(tmp_path):
    source = tmp_path / "bom.log"
    source.write_bytes(b"\xef\xbb\xbf2024-07-01 08:00:00 early\n2024-07-01 09:00:00 inside\n")
    result = trim_log(source, datetime(2024, 7, 1, 9, 0), before=timedelta(minutes=10)).result
    assert result is not None
    assert result.stored.path.read_bytes() == b"\xef\xbb\xbf2024-07-01 09:00:00 inside\n"


def test_a_second_trim_gets_its_own_name(tmp_path):
    source = copy_to(tmp_path, "loghub_OpenSSH_2k.log")
    first = trim_log(source, datetime(2017, 12, 10, 9, 0)).result
    second = trim_log(source, datetime(2017, 12, 10, 10, 0)).result
    assert first is not None
    assert second is not None
    assert [first.stored.name, second.stored.name] == [
        "loghub_OpenSSH_2k.trimmed.log",
        "loghub_OpenSSH_2k.trimmed (2).log",
    ]


def test_the_copy_can_go_to_another_folder(tmp_path):
    out = tmp_path / "case"
    out.mkdir()
    result = trim_log(CONSOLE / "loghub_Proxifier_2k.log", datetime(2017, 7, 26, 13, 30), out_dir=out).result
    assert result is not None
    assert result.stored.path == out / "loghub_Proxifier_2k.trimmed.log"


def test_no_stamps_no_file(tmp_path):
    source = tmp_path / "plain.log"
    source.write_text("nothing\nwith a time\n", encoding="utf-8")
    outcome = trim_log(source, datetime(2024, 1, 1))
    assert outcome.result is None
    assert outcome.problem is not None
    assert outcome.problem.code is Code.NO_TIMESTAMPS
    assert sorted(path.name for path in tmp_path.iterdir()) == ["plain.log"]


def test_nothing_in_the_window_no_file(tmp_path):
    source = copy_to(tmp_path, "loghub_OpenSSH_2k.log")
    outcome = trim_log(source, datetime(2017, 12, 11, 9, 0))
    assert outcome.problem is not None
    assert outcome.problem.code is Code.NOTHING_IN_WINDOW
    assert outcome.problem.message.render() == (
        "No line of loghub_OpenSSH_2k.log falls between 2017-12-11 08:30:00 and 2017-12-11 09:30:00; "
        "nothing was written."
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["loghub_OpenSSH_2k.log"]


def test_binary_files_and_bad_paths_are_refused(tmp_path):
    blob = tmp_path / "blob.log"
    blob.write_bytes(bytes(range(256)))
    assert trim_log(blob, datetime(2024, 1, 1)).problem.code is Code.NOT_TEXT
    assert trim_log(tmp_path / "gone.log", datetime(2024, 1, 1)).problem.code is Code.MISSING
    assert trim_log(tmp_path, datetime(2024, 1, 1)).problem.code is Code.DIRECTORY


def test_cancelling_leaves_nothing(tmp_path):
    source = tmp_path / "big.log"
    source.write_text("".join(f"2024-07-01 09:00:{n % 60:02d} line {n}\n" for n in range(20000)), encoding="utf-8")
    token = CancelToken()

    def progress(done: int, total: int | None) -> None:
        del total
        if done > 0:
            token.cancel()

    with pytest.raises(CancelledError):
        trim_log(source, datetime(2024, 7, 1, 9, 0), progress=progress, token=token)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["big.log"]


def test_progress_reaches_the_size(tmp_path):
    source = copy_to(tmp_path, "loghub_Mac_2k.log")
    reports: list[tuple[int, int | None]] = []
    trim_log(source, datetime(2017, 7, 4, 10, 0), progress=lambda done, total: reports.append((done, total)))
    assert reports[-1] == (319414, 319414)
