r"""A user's HAR or JSON file whatever its bytes: every case gives a kind and notes, never an exception or a crash.

The files are real files in ``tmp_path``, read by ``inspect_file`` (what the Attachments page calls), the HAR
summary and the classifier. Before ``jsonstream`` a lone ``\udcff`` escape raised ``UnicodeDecodeError``, a
5,000-digit number killed the process with a segmentation fault (ijson 3.6 on Python 3.11), a file of nested
brackets took memory in the square of its depth, and a byte that was not UTF-8 made a valid HAR "malformed"
with the parser's bytes (``b'lexical error ...\n``) in the message.
"""

from __future__ import annotations

import io
import json
import re
import tracemalloc
from pathlib import Path

import ijson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.services.evidence import HarFormatError, HarSummary, HostCount, detect_kind, inspect_file
from care_desktop.services.evidence.har import summarize_har
from care_desktop.services.evidence.jsonstream import CHUNK, JsonStreamError, json_events
from care_desktop.services.evidence.notes import Code, Level
from tests.conftest import REALWORLD

HAR = json.dumps(
    {
        "log": {
            "version": "1.2",
            "creator": {"name": "WebInspector", "version": "537.36"},
            "entries": [
                {
                    "startedDateTime": "2024-07-01T09:00:00Z",
                    "request": {"method": "GET", "url": "https://apps.mypurecloud.com/directory/"},
                    "response": {"status": 200, "content": {"text": "ok"}},
                }
            ],
        }
    }
)
HAR_BYTES = HAR.encode("utf-8")


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def one_line(text: str) -> bool:
    return "\n" not in text and "b'" not in text and "\\x" not in text


# name, bytes, the kind, the codes of the notes, the creator in the HAR summary (None: no summary)
CASES = [
    (
        "invalid UTF-8 in a string value",
        HAR_BYTES.replace(b"WebInspector", b"Web\xffInspector"),
        AttachmentKind.HAR,
        (Code.REPLACED_CHARACTERS,),
        "Web\ufffdInspector",
    ),
    (
        "invalid UTF-8 in a URL",
        HAR_BYTES.replace(b"apps.mypurecloud.com/directory/", b"apps.mypurecloud.com/\xfe\xff/"),
        AttachmentKind.HAR,
        (Code.REPLACED_CHARACTERS,),
        "WebInspector",
    ),
    (
        "an encoded surrogate, as surrogateescape writes \\udcff",
        HAR_BYTES.replace(b"WebInspector", "Web\udcffInspector".encode("utf-8", "surrogatepass")),
        AttachmentKind.HAR,
        (Code.REPLACED_CHARACTERS,),
        "Web\ufffd\ufffd\ufffdInspector",
    ),
    (
        "a lone low-surrogate escape",
        HAR_BYTES.replace(b"WebInspector", b"Web\\udcffInspector"),
        AttachmentKind.HAR,
        (),
        "Web\ufffdInspector",
    ),
    (
        "a surrogate pair escape",
        HAR_BYTES.replace(b"WebInspector", b"Web\\ud83d\\ude00Inspector"),
        AttachmentKind.HAR,
        (),
        "Web\ufffd\ufffdInspector",  # the summary never needs one: every surrogate escape reads as U+FFFD
    ),
    (
        "UTF-16 with a BOM",
        "\ufeff".encode("utf-16-le") + HAR.encode("utf-16-le"),
        AttachmentKind.HAR,
        (),
        "WebInspector",
    ),
    ("UTF-8 with a BOM", b"\xef\xbb\xbf" + HAR_BYTES, AttachmentKind.HAR, (), "WebInspector"),
    (
        "invalid UTF-8 before the first key",
        b"{\xff" + HAR_BYTES[1:],
        AttachmentKind.CONSOLE_LOG,
        (Code.MALFORMED_HAR, Code.REPLACED_CHARACTERS),
        None,
    ),
    (
        "invalid UTF-8 before the document",
        b"\xff" + HAR_BYTES,
        AttachmentKind.CONSOLE_LOG,
        (Code.REPLACED_CHARACTERS,),
        None,
    ),
    ("truncated", HAR_BYTES[: len(HAR_BYTES) // 2], AttachmentKind.CONSOLE_LOG, (Code.MALFORMED_HAR,), None),
    ("whitespace only", b" \r\n\t\n", AttachmentKind.CONSOLE_LOG, (), None),
    ("binary garbage", bytes(range(256)) * 64, AttachmentKind.OTHER, (Code.BINARY,), None),
    ("binary garbage after a brace", b"{" + bytes(range(256)) * 64, AttachmentKind.OTHER, (Code.BINARY,), None),
    (
        "a number of 5,000 digits",
        HAR_BYTES.replace(b'"status": 200', b'"status": 1' + b"0" * 5000),
        AttachmentKind.CONSOLE_LOG,
        (Code.MALFORMED_HAR,),
        None,
    ),
    (
        "a number beyond a double",
        HAR_BYTES.replace(b'"status": 200', b'"status": 1e999999'),
        AttachmentKind.CONSOLE_LOG,
        (Code.MALFORMED_HAR,),
        None,
    ),
]


@pytest.mark.parametrize(("data", "kind", "codes", "creator"), [case[1:] for case in CASES], ids=[c[0] for c in CASES])
def test_every_har_gives_a_kind_and_notes(tmp_path, data, kind, codes, creator):
    path = write(tmp_path / "capture.har", data)
    inspection = inspect_file(path)
    assert (inspection.kind, inspection.codes) == (kind, codes)
    assert inspection.attachable
    assert all(one_line(item.message.render()) for item in inspection.notes)
    if creator is None:
        assert not isinstance(inspection.preview, HarSummary)
        if kind is not AttachmentKind.OTHER:
            assert inspection.preview is not None  # shown as text instead
    else:
        assert isinstance(inspection.preview, HarSummary)
        assert inspection.preview.creator == creator
        assert inspection.preview.entries == 1


def test_the_reason_of_a_malformed_har_is_one_line_of_words(tmp_path):
    path = write(tmp_path / "capture.har", b"{\xff" + HAR_BYTES[1:])
    (message,) = [item.message.render() for item in inspect_file(path).notes if item.code is Code.MALFORMED_HAR]
    assert "(lexical error: invalid char in json text)" in message
    with pytest.raises(HarFormatError) as raised:
        summarize_har(write(tmp_path / "cut.har", HAR_BYTES[:-3]))
    assert str(raised.value) == "parse error: premature EOF"


def test_an_empty_file_says_so(tmp_path):
    inspection = inspect_file(write(tmp_path / "capture.har", b""))
    assert (inspection.kind, inspection.codes, inspection.preview) == (None, (Code.EMPTY,), None)
    assert inspection.notes[0].level is Level.WARNING or not inspection.attachable
    assert detect_kind(tmp_path / "capture.har") is None


def test_a_huge_single_line_is_summarized(tmp_path):
    url = "https://apps.mypurecloud.com/" + "x" * (5 * 1024 * 1024)
    data = HAR_BYTES.replace(b'"ok"', json.dumps(url).encode()).replace(b"\n", b"")
    path = write(tmp_path / "capture.har", data.replace(b"x" * 300_000, b"x" * 299_999 + b"\xff", 1))
    inspection = inspect_file(path)
    assert inspection.kind is AttachmentKind.HAR  # the byte that is not UTF-8 lies far past the first 64 KB
    assert isinstance(inspection.preview, HarSummary)
    assert inspection.preview.hosts == (HostCount("apps.mypurecloud.com", 1),)


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("settings.json", b'{"quota": 1' + b"0" * 5000 + b"}", AttachmentKind.CONFIG),
        ("export.dat", b'{"id": 18446744073709551616, "name": "x"}', AttachmentKind.CONFIG),
        ("export.dat", b'{"ratio": 1e400}', AttachmentKind.CONFIG),
        ("export.dat", b'{"name": "caf\xe9"}', AttachmentKind.CONFIG),
        ("export.dat", b'{"name": "\\udcff"}', AttachmentKind.CONFIG),
    ],
)
def test_json_that_is_not_a_har_is_still_classified(tmp_path, name, data, kind):
    assert detect_kind(write(tmp_path / name, data)) is kind
    assert inspect_file(tmp_path / name).kind is kind


@pytest.mark.parametrize("name", ["nested.json", "nested.har"])
def test_deep_nesting_costs_memory_in_proportion(tmp_path, name):
    path = write(tmp_path / name, b'{"log": ' * 10_000)  # ijson's own prefixes took 250 MB for this 80 KB file
    tracemalloc.start()
    try:
        inspection = inspect_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert inspection.kind in (AttachmentKind.CONFIG, AttachmentKind.CONSOLE_LOG)
    assert peak < 16 * 1024 * 1024


class Trickle(io.BytesIO):
    """A file that gives a few bytes at a time, so that escapes fall across every read boundary."""

    def __init__(self, data: bytes, step: int) -> None:
        super().__init__(data)
        self.step = step

    def read(self, size: int | None = -1) -> bytes:
        return super().read(self.step)


PIECES = ["a", "\u00e9", "\\\\", "\\udcff", "\\uDE00", "\\ud83d\\ude00", "\\n", "\\u0041", "u", "d"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.integers(1, 13))
def test_escapes_are_read_as_the_standard_decoder_reads_them_but_surrogates(pieces, step):
    document = '{"v": "' + "".join(pieces) + '"}'
    decoded = json.loads(document)["v"]  # a surrogate escape (lone, or one of a pair) becomes one U+FFFD
    expected = re.sub("[\U00010000-\U0010ffff]", "\ufffd\ufffd", re.sub("[\ud800-\udfff]", "\ufffd", decoded))
    events = list(json_events(Trickle(document.encode(), step), encoding="utf-8", depth=1))
    assert events[2] == ("v", "string", expected)


def test_an_escape_across_a_chunk_boundary(tmp_path):
    for offset in range(CHUNK - 14, CHUNK + 2):
        pad = "p" * (offset - len('{"pad": "'))
        document = '{"pad": "' + pad + '\\ud83d\\ude00\\udcff", "n": 1}'
        events = list(json_events(io.BytesIO(document.encode()), encoding="utf-8", depth=1))
        assert events[2][2] == pad + "\ufffd\ufffd\ufffd", offset


def parts(prefix: str) -> int:
    return prefix.count(".") + 1 if prefix else 0


@pytest.mark.parametrize("path", sorted((REALWORLD / "har").glob("*.har")), ids=lambda path: path.name)
def test_prefixes_are_ijsons_down_to_the_depth(path):
    data = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
    expected = [
        event
        for event in ijson.parse(io.BytesIO(data), use_float=True)
        if parts(event[0]) < 5 or (parts(event[0]) == 5 and event[1] != "map_key")
    ]
    assert list(json_events(io.BytesIO(data), encoding="utf-8", depth=5)) == expected


def test_errors_are_json_stream_errors():
    with pytest.raises(JsonStreamError) as raised:
        list(json_events(io.BytesIO(b"[1, 2"), encoding="utf-8", depth=3))
    assert raised.value.premature_end
    assert not raised.value.number_too_large
    with pytest.raises(JsonStreamError) as raised:
        list(json_events(io.BytesIO(b"[1" + b"0" * 30 + b"]"), encoding="utf-8", depth=3))
    assert raised.value.number_too_large
    assert str(raised.value) == "parse error: integer overflow"
