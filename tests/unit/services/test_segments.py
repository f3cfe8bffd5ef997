"""A text file redacted as a head and a tail by two redactors gives the same bytes and findings as one pass."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.services.packaging import segments
from care_desktop.services.packaging.segments import Checkpoint, merge_tail, redact_head, redact_tail, split_edge
from care_desktop.services.redaction.session import FileResult, RedactionSession
from care_desktop.services.redaction.textfile import TextCodec

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlc2lnbmF0dXJlc2ln"
LINES = [
    "2026-11-26T10:00:00Z INFO conversation 4709b21d-bc22-418a-8c6d-4ededb31bd39 connected\n",
    "2026-11-26T10:00:01Z DEBUG Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123456789\n",
    "-----BEGIN RSA PRIVATE KEY-----\n",
    "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n",
    "-----END RSA PRIVATE KEY-----\n",
    '  {"name": "access_token",\n',
    '   "value": "s3cr3t-session-value-0123456789abcdef"}\n',
    "password: hunter2hunter2\n",
    '{"access_token": "' + TOKEN + '", "expires_in": 86399}\n',
    "user jane.doe@example.com called +1 317 222 2222\n",
    "\n",
    "plain words and nothing else\r\n",
]


class Bytes(io.BytesIO):
    def restart(self) -> None:
        self.seek(0)
        self.truncate()


def single_pass(path: Path, options: RedactionOptions) -> tuple[bytes, FileResult]:
    out = Bytes()
    result = RedactionSession(options).redact(path, AttachmentKind.CONSOLE_LOG, out)
    return out.getvalue(), result


def two_passes(path: Path, edge: int, options: RedactionOptions) -> tuple[bytes, FileResult, Checkpoint | None]:
    helper_session, writer_session = RedactionSession(options), RedactionSession(options)
    tail_out = Bytes()
    points: dict[int, Checkpoint] = {}
    tail = FileResult(path, AttachmentKind.CONSOLE_LOG)
    redact_tail(
        lambda report, codec: helper_session.text_redactor(report, codec),
        path,
        tail,
        edge,
        tail_out,
        lambda count: None,
        points.update,
    )
    head = FileResult(path, AttachmentKind.CONSOLE_LOG)
    redactor = writer_session.text_redactor(head.report, TextCodec("latin-1"))
    out = Bytes()
    joined, _ = redact_head(redactor, path, edge, out, lambda count: None, lambda: points)
    if joined is not None:
        out.write(tail_out.getvalue()[joined.written :])
        merge_tail(head, tail, joined)
    return out.getvalue(), head, joined


def assert_same(path: Path, edge: int, options: RedactionOptions | None = None) -> Checkpoint | None:
    options = options or RedactionOptions()
    expected, whole = single_pass(path, options)
    got, joined_result, joined = two_passes(path, edge, options)
    assert got == expected
    assert joined_result.report.counts == whole.report.counts
    assert joined_result.report.preview == whole.report.preview
    return joined


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    picks=st.lists(st.integers(0, len(LINES) - 1), min_size=1, max_size=60), cut=st.integers(0, 59), pii=st.booleans()
)
def test_any_line_start_as_the_edge_gives_what_one_pass_gives(tmp_path, picks, cut, pii):
    lines = [LINES[i] for i in picks]
    path = tmp_path / "console.log"
    path.write_bytes("".join(lines).encode("utf-8"))
    edge = len("".join(lines[: min(cut, len(lines) - 1)]).encode("utf-8"))
    assert_same(path, edge, RedactionOptions(pii=pii))


def test_a_private_key_open_across_the_edge_is_still_removed(tmp_path):
    body = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n"
    text = LINES[0] * 10 + LINES[2] + body * 20 + LINES[4] + LINES[0] * 10
    path = tmp_path / "key.log"
    path.write_text(text)
    edge = text.index(body) + len(body) * 5  # inside the block
    joined = assert_same(path, edge)
    assert joined is not None
    assert joined.offset > edge
    assert b"MIIEow" not in two_passes(path, edge, RedactionOptions())[0]


def test_a_cookie_value_on_the_line_after_its_name_is_found_whatever_the_edge(tmp_path):
    text = LINES[0] * 5 + LINES[5] + LINES[6] + LINES[0] * 5
    path = tmp_path / "cookie.log"
    path.write_text(text)
    edge = text.index(LINES[6])
    assert_same(path, edge)
    assert b"s3cr3t-session" not in two_passes(path, edge, RedactionOptions())[0]


def test_with_no_meeting_point_in_the_window_the_writer_redacts_everything(tmp_path, monkeypatch):
    monkeypatch.setattr(segments, "WINDOW_LINES", 3)
    body = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\n"
    text = LINES[2] + body * 50 + LINES[4] + LINES[1] * 3
    path = tmp_path / "long.log"
    path.write_text(text)
    joined = assert_same(path, text.index(body) + len(body))
    assert joined is None


def test_the_edge_is_the_next_line_start(tmp_path):
    path = tmp_path / "a.log"
    path.write_bytes(b"one\ntwo\nthree\n")
    assert split_edge(path, 0) == 0
    assert split_edge(path, 1) == 4
    assert split_edge(path, 4) == 4
    assert split_edge(path, 5) == 8
    assert split_edge(path, 9) is None  # the last line: nothing after it
