"""Streaming: no read boundary separates a key from its value, whatever the line's length or the split point."""

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.domain.redaction.report import RedactionReport
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.domain.redaction.text import TextRedactor
from care_desktop.services.redaction import textfile
from tests.unit.services.test_redaction_text import Sink, redact


class Trickle(io.RawIOBase):
    """A byte stream that gives at most ``step`` bytes per read (a read boundary anywhere)."""

    def __init__(self, data: bytes, step: int) -> None:
        self._data = data
        self._position = 0
        self._step = step

    def read(self, size: int = -1) -> bytes:
        size = self._step if size < 0 else min(size, self._step)
        chunk = self._data[self._position : self._position + size]
        self._position += len(chunk)
        return chunk


def stream(data: bytes, step: int) -> bytes:
    sink = Sink()

    def make(codec: textfile.TextCodec) -> TextRedactor:
        return TextRedactor(RedactionOptions(), RedactionReport(), display=codec.display)

    textfile.redact_text(Trickle(data, step), sink, make, lambda done: None)  # type: ignore[arg-type]
    return sink.getvalue()


def test_a_long_single_line_split_between_a_key_and_its_value_keeps_no_secret(tmp_path):
    # The reported leak: a 1.2 MB single line whose read boundary fell between "access_token": and its value.
    head = '{"entries": [' + '{"a": "' + "x" * 1000 + '"}, ' * 1
    filler = ('{"name": "row", "value": "' + "y" * 200 + '"}, ') * 4000
    prefix = (head + filler)[: textfile.CHUNK - len('"access_token": ')]
    line = prefix + '"access_token": "streamSECRETvalue123", "tail": "' + "z" * 300_000 + '"}]}'
    assert len(line) > 1_200_000
    out, result = redact(tmp_path, line.encode(), kind=AttachmentKind.CONSOLE_LOG)
    assert b"streamSECRETvalue123" not in out
    assert result.report.counts.get("access-token") == 1
    assert len(out) == len(line) - len("streamSECRETvalue123") + len("[REDACTED:access-token]")


SAMPLE = (
    "2026-03-01T10:22:33Z GET /x?access_token=tokSECRETa1&id=4709b21d-bc22-418a-8c6d-4ededb31bd39\r\n"
    "  'set-cookie': [\n    'ININ-SESSION=ckSECRETb2; Path=/',\n  ],\n"
    "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n"
    "access_token\n------------\ntabSECRETc3\n\n"
    'Content-Disposition: form-data; name="clientSecret"\n\nmpSECRETd4\n--B--\n'
    "password:\u00a0nbSECRETe5 caf\u00e9 \u30d1\u30b9\u30ef\u30fc\u30c9: jaSECRETf6\n"
    "k8Hf2LmQ9vXz3RtY7pWn4BsJ6cDa1EgU0oKi5FhS no newline at the end"
).encode()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=1, max_value=len(SAMPLE) + 1))
def test_any_read_boundary_gives_the_same_output(step):
    expected = stream(SAMPLE, 1 << 20)
    assert stream(SAMPLE, step) == expected
    for secret in (b"tokSECRETa1", b"ckSECRETb2", b"MIIEvQ", b"tabSECRETc3", b"mpSECRETd4", b"nbSECRETe5",
                   b"jaSECRETf6", b"k8Hf2LmQ9vXz"):  # fmt: skip
        assert secret not in expected


def test_latin1_and_utf8_no_break_spaces(tmp_path):
    for encoding in ("latin-1", "utf-8", "cp1252"):
        out, result = redact(tmp_path, "password\u00a0:\u00a0nbspSECRET9 done\n".encode(encoding))
        assert b"nbspSECRET9" not in out, encoding
        assert out.decode(encoding) == "password\u00a0:\u00a0[REDACTED:password] done\n", encoding
        assert result.report.counts == {"password": 1}
