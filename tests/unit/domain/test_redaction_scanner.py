"""The candidate scan: one RE2 pass names the lines the redaction rules may change, in any script."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from care_desktop.domain.redaction.scanner import Scanner

CUES = [
    "password=x",
    "Client_Secret: x",
    '"access_token":"x"',
    '{\\"refresh_token\\": \\"x',
    "proxy.password\u00a0x",
    "api_key\u00c2\u00a0= x",
    "Kennwort = x",
    "\u30d1\u30b9\u30ef\u30fc\u30c9=x",
    "GET /cb?code=abc",
    "Authorization: Bearer abcdefgh",
    "-----BEGIN RSA PRIVATE KEY-----",
    "https://ann:pw@host/",
    "curl -u admin:secret https://x",
    "$p = ConvertTo-SecureString 'x' -AsPlainText",
    '<input type="hidden" name="SAMLResponse" value="x">',
    "document.cookie",
    'Content-Disposition: form-data; name="x"',
    "next=%2Fcb%23access_token%3Dabc",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig",
    "AKIAABCDEFGHIJKLMNOP",
    "ghp_" + "a1B2" * 9,
    "xoxb-1234567890-abcdef",
    "sk_live_0123456789abcdefXY",
    "k9Xz2Qw8Lm4Rt7Yp",
]


LINE_CUES = ["access_token   token_type   expires_in", "  Name    Value\r", "dXNlcjpwYXNz"]
"""Cues that are a whole line: a table header naming a secret, a Basic credential alone."""


@pytest.mark.parametrize("cue", CUES)
def test_every_kind_of_secret_is_a_cue_in_any_case(cue):
    scanner = Scanner()
    assert scanner.finds(f"2026-03-01 INFO {cue} done")
    assert scanner.line_starts(f"plain line\n{cue}\nplain line\n") == [11]


@pytest.mark.parametrize("cue", LINE_CUES)
def test_a_whole_line_cue_counts_only_alone_on_its_line(cue):
    scanner = Scanner()
    assert scanner.line_starts(f"plain line\n{cue}\nplain line\n") == [11]
    assert not scanner.finds(f"2026-03-01 INFO {cue} done.")


def test_personal_data_and_own_terms_are_cues_only_when_asked():
    text = "mail ann.lee@example.com\ncall +1 317 222 2222\nfrom ACME Corp\n"
    assert Scanner().line_starts(text) == []
    assert Scanner(pii=True).line_starts(text) == [0, 25]
    assert Scanner(terms=("acme corp",)).line_starts(text) == [text.index("from")]


def test_ordinary_lines_are_not_named():
    lines = [
        "2026-03-01T10:00:00.000Z [INFO] conversation 4709b21d-bc22-418a-8c6d-4ededb31bd39 state connected",
        "token expired; refreshing; password policy unchanged",
        "GET https://api.mypurecloud.com/api/v2/users/me 200 (12 ms)",
        "[REDACTED:token] was here",
    ]
    assert Scanner().line_starts("\n".join(lines)) == []


def test_offsets_are_characters_whatever_the_script_and_undecodable_bytes():
    before = "\u65e5\u672c\u8a9e \u00e9\u00e8 \U0001f600 \udc80\udcff\n\u043f\u0440\u0438\u0432\u0435\u0442\n"
    text = before + "token: x\n\u00e9\u00e9\nsecret = y"
    starts = Scanner().line_starts(text)
    assert starts == [len(before), text.index("secret")]
    assert [text[start : start + 6] for start in starts] == ["token:", "secret"]


def test_a_line_with_many_cues_is_named_once_and_line_endings_do_not_matter():
    text = "a\r\ntoken=1 password=2 secret=3 eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig\r\nb\r\npassword=4"
    assert Scanner().line_starts(text) == [3, text.index("password=4")]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [*CUES, *LINE_CUES, "\n", "\r\n", " ", "+1 317 222 2222", "ann@example.com", "\u00e9", "\udc80"]
            ),
            st.text(max_size=4),
        ),
        max_size=30,
    ),
    st.booleans(),
)
def test_a_block_names_exactly_the_lines_that_hold_a_cue_on_their_own(parts, pii):
    # One pass over a block must agree with looking at each line alone: offsets map back to the right lines.
    text = "".join(parts)
    scanner = Scanner(pii=pii, terms=("needle",))
    starts, position = [], 0
    for line in text.split("\n"):
        if scanner.finds(line):
            starts.append(position)
        position += len(line) + 1
    assert scanner.line_starts(text) == starts
    # and with personal data on, a line is "personal only" exactly when no other cue is in it on its own
    named, personal = scanner.named_lines(text)
    lines = {start: line for start, line in zip(_line_starts(text), text.split("\n"), strict=True)}
    secrets = Scanner(pii=False, terms=("needle",))
    assert personal == [pii and not secrets.finds(lines[start]) for start in named]


def _line_starts(text: str) -> list[int]:
    starts, position = [], 0
    for line in text.split("\n"):
        starts.append(position)
        position += len(line) + 1
    return starts
