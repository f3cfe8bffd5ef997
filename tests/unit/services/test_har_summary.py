"""The streamed HAR summary against every real export (Chrome, Firefox 47 with HAR 1.1, Safari, Charles, Fiddler).

Expected values are from tests/data/realworld/SOURCES.md and were checked by hand with ``json`` and
``urllib.parse`` on each file.
"""

from __future__ import annotations

import json
import os
import tracemalloc
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from care_desktop.services.evidence import HarFormatError, HostCount, summarize_har
from care_desktop.services.evidence.probe import EvidenceError
from care_desktop.services.progress import CancelledError, CancelToken
from tests.conftest import REALWORLD

HAR = REALWORLD / "har"

BST = timezone(timedelta(hours=1))
PDT = timezone(timedelta(hours=-7))

EXPECTED = {
    "hargh_softwareishard_chrome.har": (
        ("WebInspector", "537.36", "", "", "1.2", 1, 15),
        (datetime(2018, 1, 6, 22, 3, 56, 464000, UTC), datetime(2018, 1, 6, 22, 3, 56, 795000, UTC)),
        (HostCount("www.softwareishard.com", 11), HostCount("www.google-analytics.com", 4)),
        "Chrome/Edge DevTools (WebInspector 537.36)",
    ),
    "harviewer_firefox47.har": (
        ("Firefox", "47.0", "Firefox", "47.0", "1.1", 3, 23),
        (datetime(2016, 6, 28, 19, 42, 57, 206000, BST), datetime(2016, 6, 28, 19, 43, 4, 304000, BST)),
        (HostCount("gitgrimbo.github.io", 23),),
        "Firefox DevTools 47.0",
    ),
    "harviewer_ie11_fiddler.har": (
        ("Fiddler", "4.6.2.2", "", "", "1.2", 2, 11),
        (datetime(2016, 6, 28, 21, 42, 2, 722147, BST), datetime(2016, 6, 28, 21, 42, 11, 356641, BST)),
        (HostCount("gitgrimbo.github.io", 11),),
        "Fiddler 4.6.2.2",
    ),
    "mitmproxy_charles.har": (
        ("Charles Proxy", "4.6.3", "", "", "1.2", 0, 1),
        (datetime(2023, 3, 29, 17, 37, 42, 482000, PDT), datetime(2023, 3, 29, 17, 37, 42, 482000, PDT)),
        (HostCount("mitmproxy.org", 1),),
        "Charles Proxy 4.6.3",
    ),
    "mitmproxy_chrome.har": (
        ("WebInspector", "537.36", "", "", "1.2", 1, 3),
        (datetime(2023, 3, 30, 0, 0, 54, 250000, UTC), datetime(2023, 7, 25, 12, 58, 46, 182000, UTC)),
        (HostCount("www.google.com", 2), HostCount("mitmproxy.org", 1)),
        "Chrome/Edge DevTools (WebInspector 537.36)",
    ),
    "mitmproxy_chrome_with-bom_postdata.har": (
        ("WebInspector", "537.36", "", "", "1.2", 0, 1),
        (datetime(2023, 7, 15, 13, 37, 26, 93000, UTC), datetime(2023, 7, 15, 13, 37, 26, 93000, UTC)),
        (HostCount("signal-metrics-collector-beta.s-onetag.com", 1),),
        "Chrome/Edge DevTools (WebInspector 537.36)",
    ),
    "mitmproxy_firefox111.har": (
        ("Firefox", "111.0.1", "Firefox", "111.0.1", "1.2", 1, 14),
        (datetime(2023, 3, 29, 16, 58, 59, 303000, PDT), datetime(2023, 3, 29, 16, 58, 59, 643000, PDT)),
        (HostCount("mitmproxy.org", 13), HostCount("s3-us-west-2.amazonaws.com", 1)),
        "Firefox DevTools 111.0.1",
    ),
    "mitmproxy_safari.har": (
        ("WebKit Web Inspector", "1.0", "", "", "1.2", 1, 19),
        (datetime(2023, 3, 30, 0, 13, 32, 418000, UTC), datetime(2023, 3, 30, 0, 13, 32, 600000, UTC)),
        (HostCount("mitmproxy.org", 18), HostCount("s3-us-west-2.amazonaws.com", 1)),
        "Safari Web Inspector (WebKit Web Inspector 1.0)",
    ),
}


def test_every_real_har_is_covered():
    assert sorted(path.name for path in HAR.glob("*.har")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_hars(name):
    facts, span, hosts, producer = EXPECTED[name]
    summary = summarize_har(HAR / name)
    got = (
        summary.creator,
        summary.creator_version,
        summary.browser,
        summary.browser_version,
        summary.har_version,
        summary.pages,
        summary.entries,
    )
    assert got == facts
    assert (summary.first_started, summary.last_started) == span
    assert summary.hosts == hosts
    assert summary.producer == producer


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_hars_are_read_too(tmp_path, codec):
    text = (HAR / "mitmproxy_charles.har").read_text(encoding="utf-8")
    path = tmp_path / "charles.har"
    path.write_bytes(("\ufeff" + text).encode(codec))
    summary = summarize_har(path)
    assert (summary.creator, summary.entries, summary.hosts) == ("Charles Proxy", 1, (HostCount("mitmproxy.org", 1),))


def test_hosts_are_ordered_by_count_then_name_and_bad_entries_are_skipped(tmp_path):
    def entry(url: object, started: object) -> dict[str, object]:
        return {"startedDateTime": started, "request": {"method": "GET", "url": url}, "response": {}}

    document = {
        "log": {
            "version": "1.2",
            "creator": {"name": "Custom", "version": "9"},
            "entries": [
                entry("https://b.example/1", "2024-07-01T09:00:02Z"),
                entry("https://A.example:8443/x", "2024-07-01T09:00:01Z"),
                entry("https://b.example/2", "not a time"),
                entry("not a url", "2024-07-01T09:00:00"),  # no offset: cannot be ordered, ignored
                entry(42, None),
                entry("https://a.example/y", "2024-07-01T10:00:00+01:00"),
            ],
        }
    }
    path = tmp_path / "custom.har"
    path.write_text(json.dumps(document), encoding="utf-8")
    summary = summarize_har(path)
    assert summary.entries == 6
    assert summary.hosts == (HostCount("a.example", 2), HostCount("b.example", 2))
    assert summary.first_started == datetime(2024, 7, 1, 10, 0, tzinfo=timezone(timedelta(hours=1)))
    assert summary.last_started == datetime(2024, 7, 1, 9, 0, 2, tzinfo=UTC)
    assert summary.producer == "Custom 9"


def test_a_truncated_har_is_a_format_error(tmp_path):
    data = (HAR / "mitmproxy_safari.har").read_bytes()
    path = tmp_path / "cut.har"
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(HarFormatError, match="premature EOF"):
        summarize_har(path)


def test_json_without_entries_is_a_format_error(tmp_path):
    path = tmp_path / "notahar.har"
    path.write_text('{"log": {"version": "1.2", "creator": {"name": "x"}}}', encoding="utf-8")
    with pytest.raises(HarFormatError, match=r"no log\.entries"):
        summarize_har(path)


def test_a_fifo_is_not_opened(tmp_path):
    fifo = tmp_path / "capture.har"
    os.mkfifo(fifo)
    with pytest.raises(EvidenceError):
        summarize_har(fifo)


def test_progress_and_cancel(tmp_path):
    reports: list[tuple[int, int | None]] = []
    summarize_har(HAR / "harviewer_firefox47.har", progress=lambda done, total: reports.append((done, total)))
    assert reports[-1] == (1063636, 1063636)
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        summarize_har(HAR / "harviewer_firefox47.har", token=token)


def _write_big_har(path: Path, megabytes: int) -> int:
    entry = {
        "startedDateTime": "2024-07-01T09:00:00.000Z",
        "request": {"method": "GET", "url": "https://apps.mypurecloud.com/directory/", "headers": []},
        "response": {"status": 200, "content": {"size": 20000, "text": "a" * 20000}},
    }
    text = json.dumps(entry)
    count = megabytes * 1024 * 1024 // len(text)
    with path.open("w", encoding="utf-8") as handle:
        handle.write(
            '{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": ['
        )
        handle.write(",".join([text] * count))
        handle.write("]}}")
    return count


def test_a_large_har_is_streamed_not_loaded(tmp_path):
    path = tmp_path / "big.har"
    count = _write_big_har(path, 64)
    tracemalloc.start()
    try:
        summary = summarize_har(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.entries == count
    assert summary.hosts == (HostCount("apps.mypurecloud.com", count),)
    assert peak < 8 * 1024 * 1024  # the file is 64 MB
