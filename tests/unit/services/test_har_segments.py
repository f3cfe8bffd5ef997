"""A HAR cut at a seam, redacted by two redactors (entries after it; the rest), gives what one pass gives."""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path
from typing import IO, Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.domain.redaction import report as report_module
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.services.packaging.har_segments import HelperEnd, redact_har_head, redact_har_tail
from care_desktop.services.redaction import jsonfile
from care_desktop.services.redaction.jsonfile import Seam, find_seam
from care_desktop.services.redaction.session import FileResult, RedactionSession
from care_desktop.services.redaction.textfile import Output
from tests.conftest import REALWORLD

HARS = sorted((REALWORLD / "har").glob("*.har"))
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlc2lnbmF0dXJlc2ln"
FRAGMENTS = [
    f"Bearer {JWT}",
    "password=hunter2hunter2",
    "access_token=abcdefghijklmnopqrstuvwxyz012345",
    '{"access_token": "' + JWT + '"}',
    "jane.doe@example.com",
    "+1 317 222 2222",
    '"entries": [{"a": "}]"}, ',
    "}]},{[",
    '\\"',
    "\\",
    '"',
    "\n",
    "日本語 é ü",
    "😀",
    "\udcff",
    "plain words",
]
TEXT = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet='ab{}[]",:\\\n\t é😀', max_size=6)), max_size=5
).map("".join)
SPACE = st.sampled_from(["", " ", "\n", "\r\n  ", "\t", " \n "])


class Bytes(io.BytesIO):
    def restart(self) -> None:
        self.seek(0)
        self.truncate()


@st.composite
def entries(draw: st.DrawFn) -> Any:
    if draw(st.integers(0, 9)) == 0:
        return draw(st.one_of(TEXT, st.integers(), st.just(None), st.lists(TEXT, max_size=2)))
    names = draw(
        st.lists(st.sampled_from(["authorization", "cookie", "x-note", "user-agent", "set-cookie"]), max_size=3)
    )
    request: dict[str, Any] = {
        "method": "GET",
        "url": "https://api.example.com/v2/users?" + draw(TEXT),
        "headers": [{"name": name, "value": draw(TEXT)} for name in names],
        "queryString": [{"name": draw(st.sampled_from(["q", "access_token", "code"])), "value": draw(TEXT)}],
        "cookies": [{"name": "session", "value": draw(TEXT)}] if draw(st.booleans()) else [],
    }
    if draw(st.booleans()):
        request["postData"] = {
            "mimeType": "application/x-www-form-urlencoded",
            "text": "grant_type=code&client_secret=" + draw(TEXT),
        }
    body = draw(TEXT)
    content: dict[str, Any] = {"mimeType": "application/json", "text": body}
    if draw(st.booleans()):
        encoded = base64.b64encode(body.encode("utf-8", "surrogatepass")).decode()
        content = {"mimeType": "text/plain", "encoding": "base64", "text": encoded}
    entry: dict[str, Any] = {
        "startedDateTime": "2026-03-01T10:00:00.000Z",
        "request": request,
        "response": {"status": 200, "headers": [], "content": content},
    }
    if draw(st.booleans()):
        entry["_note"] = {"text": draw(TEXT), "list": [draw(TEXT), {"entries": [draw(TEXT)]}]}
    return entry


@st.composite
def hars(draw: st.DrawFn) -> bytes:
    """A HAR in varied layouts: its entries array anywhere in ``log``, keys before and after, odd spacing."""
    indent = draw(st.sampled_from([None, 0, 2, "\t"]))
    ascii_only = draw(st.booleans())
    separators = draw(st.sampled_from([(",", ":"), (", ", ": ")]))

    def dump(value: Any) -> str:
        text = json.dumps(value, indent=indent, ensure_ascii=ascii_only, separators=separators)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: only escaped in a file
            text = json.dumps(value, indent=indent, ensure_ascii=True, separators=separators)
        return text

    def obj(items: list[tuple[str, str]]) -> str:
        return "{" + draw(SPACE) + ",".join(f"{draw(SPACE)}{json.dumps(k)}{draw(SPACE)}:{v}" for k, v in items) + "}"

    items = draw(st.lists(entries(), min_size=1, max_size=8))
    array = "[" + draw(SPACE) + (draw(SPACE) + "," + draw(SPACE)).join(dump(e) for e in items) + draw(SPACE) + "]"
    log = [("version", dump("1.2")), ("creator", dump({"name": draw(TEXT), "version": "1"})), ("entries", array)]
    if draw(st.booleans()):
        log.append(("pages", dump([{"id": "page_1", "title": draw(TEXT)}])))
    if draw(st.booleans()):
        log.append(("comment", dump(draw(TEXT))))
    log = draw(st.permutations(log))
    root = [("log", obj(log))]
    if draw(st.booleans()):
        root.append(("extra", dump({"token": draw(TEXT), "notes": [draw(TEXT)]})))
    if draw(st.booleans()):
        root.insert(0, ("before", dump({"secret": draw(TEXT)})))
    data = (obj(root) + draw(SPACE)).encode("utf-8", "surrogateescape")
    return (b"\xef\xbb\xbf" if draw(st.booleans()) else b"") + data


def one_pass(path: Path, options: RedactionOptions) -> tuple[bytes, FileResult]:
    out = Bytes()
    result = RedactionSession(options).redact(path, AttachmentKind.HAR, out)
    return out.getvalue(), result


def two_passes(path: Path, nominal: int, options: RedactionOptions) -> tuple[bytes, FileResult, Seam | None, bool]:
    """The helper's side and the writer's side in one process, each with its own session, as two processes run."""
    helper_session, writer_session = RedactionSession(options), RedactionSession(options)
    entries_out = Bytes()
    seams: list[Seam | None] = []
    tail = redact_har_tail(
        lambda report: helper_session.json_redactor(report, har=True),
        path,
        nominal,
        entries_out,
        lambda count: None,
        seams.append,
    )
    assert len(seams) == 1
    entries_out.seek(0)
    out = Bytes()

    def copy(handle: IO[bytes], to: Output) -> None:
        to.write(handle.read())

    helper = HelperEnd(lambda: seams[0], lambda: (entries_out, tail), copy)
    result, joined = redact_har_head(writer_session, path, nominal, out, lambda count: None, helper)
    return out.getvalue(), result, seams[0], joined


def assert_same(
    path: Path, nominal: int, options: RedactionOptions | None = None, single: tuple[bytes, FileResult] | None = None
) -> Seam | None:
    options = options or RedactionOptions()
    expected, whole = single or one_pass(path, options)
    got, result, seam, joined = two_passes(path, nominal, options)
    assert got == expected
    assert list(result.report.counts.items()) == list(whole.report.counts.items())  # the manifest keeps this order
    assert result.report.preview == whole.report.preview
    assert result.report.preview_truncated == whole.report.preview_truncated
    assert (result.kind, result.size, result.written, result.note) == (
        whole.kind,
        whole.size,
        whole.written,
        whole.note,
    )
    assert (result.redacted, result.included) == (whole.redacted, whole.included)
    assert joined == (seam is not None and not whole.note)  # a valid HAR with a seam is done in two parts
    return seam


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=hars(),
    where=st.floats(0, 1),
    pii=st.booleans(),
    preview_limit=st.sampled_from([0, 1, 3, 200]),
    chunk=st.sampled_from([7, 64, 1 << 20]),
)
def test_any_seam_gives_what_one_pass_gives(tmp_path, data, where, pii, preview_limit, chunk):
    path = tmp_path / "session.har"
    path.write_bytes(data)
    nominal = int(len(data) * where)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(report_module, "MAX_PREVIEW_LINES", preview_limit)  # one pass and the merge truncate alike
        patch.setattr(jsonfile, "CHUNK", chunk)  # reads end anywhere, also inside a character
        seam = assert_same(path, nominal, RedactionOptions(pii=pii))
    event("cut" if seam is not None else "not cut")
    if seam is not None:
        assert data[seam.offset : seam.offset + 1] == b","
        assert seam.offset >= nominal
        assert seam.entries >= 1


def test_the_seam_is_the_first_comma_between_entries_at_or_after_the_offset(tmp_path):
    entry = {"request": {"url": "https://x/?a=1", "headers": [{"name": "x", "value": '"entries": [{}, {}]'}]}}
    text = json.dumps({"log": {"pages": [{"id": "a,b"}, {}], "entries": [entry] * 4, "comment": "x"}}, indent=1)
    path = tmp_path / "a.har"
    path.write_text(text)
    start, stop = text.index('"entries": ['), text.index('"comment"')
    commas = [i for i in range(start, stop) if text.startswith(",\n   {", i)]  # the three between the four entries
    assert len(commas) == 3
    with path.open("rb") as source:
        assert find_seam(source, 0) == Seam(1, commas[0])
    with path.open("rb") as source:
        assert find_seam(source, commas[0] + 1) == Seam(2, commas[1])
    with path.open("rb") as source:
        assert find_seam(source, commas[2] + 1) is None  # the last entry: nothing after it to cut off


def test_strings_that_look_like_structure_do_not_move_the_seam(tmp_path):
    tricky = 'x"}], "entries": [{"a": 1}, {"b": 2}], "z": ["\\\\'
    entry: dict[str, Any] = {"request": {"headers": [{"name": "authorization", "value": f"Bearer {JWT}"}]}}
    entry["comment"] = tricky
    doc = {"log": {"creator": {"name": tricky}, "entries": [entry] * 6, "comment": f"Bearer {JWT} {tricky}"}}
    path = tmp_path / "tricky.har"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    size = path.stat().st_size
    cut = 0
    for nominal in range(0, size, 37):
        cut += assert_same(path, nominal) is not None
    assert cut > 0
    assert JWT.encode() not in one_pass(path, RedactionOptions())[0]


@pytest.mark.parametrize(
    ("name", "broken"),
    [
        ("after the seam", lambda text: text.replace('"i": 5', '"i": 5,,')),
        ("before the seam", lambda text: text.replace('"i": 0', '"i": tru')),
        ("cut short", lambda text: text[: len(text) * 3 // 4]),
        ("a trailing comma", lambda text: text.replace("}\n    ]", "},\n    ]")),
        ("a second document", lambda text: text + "{}"),
    ],
)
def test_a_har_that_is_not_valid_json_gives_what_one_pass_gives(tmp_path, name, broken):
    entries = [
        {"i": i, "request": {"headers": [{"name": "cookie", "value": f"sid=s3cr3t{i:04}value"}]}} for i in range(8)
    ]
    text = json.dumps({"log": {"entries": entries}}, indent=2)
    path = tmp_path / "broken.har"
    path.write_text(broken(text))
    for nominal in (0, len(text) // 3, len(text) // 2):
        assert_same(path, nominal)
    assert one_pass(path, RedactionOptions())[1].note.startswith("not valid JSON")


def test_a_utf16_har_is_not_cut(tmp_path):
    path = tmp_path / "u16.har"
    path.write_bytes(json.dumps({"log": {"entries": [{"a": i} for i in range(50)]}}).encode("utf-16"))
    assert assert_same(path, 100) is None


def test_the_writer_reads_its_part_in_chunks_up_to_the_seam(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonfile, "CHUNK", 1024)
    entry = {"request": {"headers": [{"name": "authorization", "value": f"Bearer {JWT}"}]}, "pad": "x" * 300}
    path = tmp_path / "long.har"
    path.write_text(json.dumps({"log": {"entries": [entry] * 300, "comment": "password=hunter2hunter2"}}, indent=2))
    size = path.stat().st_size
    for where in (0.1, 0.5, 0.9):
        seam = assert_same(path, int(size * where))
        assert seam is not None
        assert 0 <= seam.offset - int(size * where) < size // 300  # within the entry after the offset


@pytest.mark.parametrize("har", HARS, ids=lambda p: p.name)
def test_every_realworld_export_gives_what_one_pass_gives_wherever_it_is_cut(har):
    size = har.stat().st_size
    single = one_pass(har, RedactionOptions())
    cut = [assert_same(har, size * step // 5, single=single) is not None for step in range(5)]
    assert any(cut) or "charles" in har.name or "bom" in har.name  # those two hold one entry: nothing to cut
