"""Text redaction: streamed line by line in any encoding and line ending, with state across lines and chunks."""

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.domain.redaction.report import RedactionReport
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.domain.redaction.text import TextRedactor
from care_desktop.services.redaction import textfile
from care_desktop.services.redaction.session import RedactionSession
from tests.conftest import REALWORLD

CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"


class Sink(io.BytesIO):
    def restart(self):
        self.seek(0)
        self.truncate()


def redact(tmp_path, data: bytes, kind=AttachmentKind.CONSOLE_LOG, options=None, name="app.log", session=None):
    path = tmp_path / name
    path.write_bytes(data)
    sink = Sink()
    result = (session or RedactionSession(options)).redact(path, kind, sink)
    return sink.getvalue(), result


def test_crlf_line_endings_and_a_missing_final_newline_are_kept(tmp_path):
    data = b"a token=abcdef123456 b\r\nplain line\r\nlast password=hunter22"
    out, result = redact(tmp_path, data)
    assert out == b"a token=[REDACTED:token] b\r\nplain line\r\nlast password=[REDACTED:password]"
    assert result.report.counts == {"token": 1, "password": 1}


def test_bytes_that_are_not_utf8_are_kept_as_they_were(tmp_path):
    data = b"caf\xe9 \xff\xfe\x00\x01 binary\x00junk password=s3cr3t!\n\x80\x81 secret=zzz\n"
    out, _ = redact(tmp_path, data)
    assert (
        out
        == b"caf\xe9 \xff\xfe\x00\x01 binary\x00junk password=[REDACTED:password]\n\x80\x81 secret=[REDACTED:secret]\n"
    )


def test_utf16_with_a_byte_order_mark_is_redacted_and_written_back_in_utf16(tmp_path):
    text = f"conversation {CONV}\r\nAuthorization: Bearer abcdefghijklmnop0123\r\nr\u00e9sum\u00e9\r\n"
    out, result = redact(tmp_path, text.encode("utf-16"))
    assert out[:2] == text.encode("utf-16")[:2]
    decoded = out.decode("utf-16")
    assert decoded == text.replace("abcdefghijklmnop0123", "[REDACTED:bearer-token]")
    assert result.report.counts == {"bearer-token": 1}


def test_utf8_preview_shows_readable_text(tmp_path):
    _, result = redact(tmp_path, "M\u00fcller password=geheim\n".encode())
    assert result.report.preview[0].before == "M\u00fcller password=…(6 chars)"
    assert result.report.preview[0].after == "M\u00fcller password=[REDACTED:password]"
    assert result.report.preview[0].line == 1


def test_a_private_key_spanning_lines_and_chunks_is_removed_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(textfile, "CHUNK", 7)
    key = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBb0dy\nb0dyLINE2==\n-----END EC PRIVATE KEY-----\n"
    data = f"before {CONV}\nkey: {key}after the key\n".encode()
    out, result = redact(tmp_path, data)
    assert out == f"before {CONV}\nkey: [REDACTED:private-key]\nafter the key\n".encode()
    assert result.report.counts == {"private-key": 1}


def test_a_truncated_private_key_is_removed_to_its_last_key_line(tmp_path):
    out, _ = redact(tmp_path, b"-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkq\nnext log line here\n")
    assert out == b"[REDACTED:private-key]\nnext log line here\n"


def test_a_line_longer_than_many_chunks_is_carried_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(textfile, "CHUNK", 16)
    words = " ".join(f"w{i}" for i in range(200))
    data = f"{words} token=abcdef123456 {words}\n".encode()
    out, _ = redact(tmp_path, data)
    assert out == data.replace(b"abcdef123456", b"[REDACTED:token]")


def test_realworld_logs_without_secrets_come_out_byte_for_byte(tmp_path):
    for name in ("loghub_OpenSSH_2k.log", "loghub_Proxifier_2k.log", "loghub_Mac_2k.log"):
        data = (REALWORLD / "console" / name).read_bytes()
        out, result = redact(tmp_path, data, name=name)
        assert out == data, name
        assert result.report.counts == {}


def test_ordinary_phrases_ids_timestamps_hosts_and_status_codes_are_kept(tmp_path):
    text = (
        f"2026-03-01T10:22:33.123Z password policy unchanged; token expired for {CONV}\n"
        "GET https://api.mypurecloud.com/api/v2/users 503 Service Unavailable retry in 3s\n"
        f"sessionId={CONV} status code=500 error_code=E42 token_type=Bearer bearer token invalid\n"
        "monkey: banana, keyboard=qwerty, the key, password: \n"
    )
    out, result = redact(tmp_path, text.encode())
    assert out.decode() == text
    assert result.report.counts == {}


def test_pii_is_removed_only_on_request(tmp_path):
    text = f"2026-03-01 10:00:00 ann.lee@example.com called +1 317-222-2222 about {CONV} from 10.1.2.3\n"
    out, _ = redact(tmp_path, text.encode())
    assert out.decode() == text
    out, result = redact(tmp_path, text.encode(), options=RedactionOptions(pii=True))
    assert out.decode() == f"2026-03-01 10:00:00 [REDACTED:email] called [REDACTED:phone] about {CONV} from 10.1.2.3\n"
    assert result.report.counts == {"email": 1, "phone": 1}


def test_national_phone_numbers_use_the_region(tmp_path):
    options = RedactionOptions(pii=True, phone_region="GB")
    out, _ = redact(tmp_path, b"call 020 7946 0018 now\n", options=options)
    assert out == b"call [REDACTED:phone] now\n"


def test_custom_terms_are_removed_everywhere_but_never_inside_an_id(tmp_path):
    options = RedactionOptions(terms=("Acme Widgets", "4709b21d", "ab"))
    text = f"ACME widgets opened {CONV}; acme Widgets again; lab 4709b21d\n"
    out, result = redact(tmp_path, text.encode(), options=options)
    assert (
        out.decode()
        == f"[REDACTED:custom-term] opened {CONV}; [REDACTED:custom-term] again; lab [REDACTED:custom-term]\n"
    )
    assert result.report.counts == {"custom-term": 3}


def test_pseudonyms_are_consistent_across_the_files_of_a_session(tmp_path):
    session = RedactionSession(RedactionOptions(pseudonyms=True, pii=True))
    first, _ = redact(tmp_path, b"a@example.com b@example.com token=aaa111\n", name="one.log", session=session)
    second, _ = redact(tmp_path, b"b@example.com token=aaa111 a@example.com\n", name="two.log", session=session)
    assert first == b"[REDACTED:email#1] [REDACTED:email#2] token=[REDACTED:token#1]\n"
    assert second == b"[REDACTED:email#2] token=[REDACTED:token#1] [REDACTED:email#1]\n"


def test_name_value_pairs_on_separate_lines(tmp_path):
    text = '    "name": "Cookie",\n    "value": "SID=abc123; HSID=def456"\n  },\n  {"name": "x", "value": "y"}\n'
    out, _ = redact(tmp_path, text.encode())
    assert out.decode() == (
        '    "name": "Cookie",\n    "value": "SID=[REDACTED:cookie]; HSID=[REDACTED:cookie]"\n'
        '  },\n  {"name": "x", "value": "y"}\n'
    )


def test_code_in_minified_javascript_is_not_taken_for_secrets(tmp_path):
    text = "for(b in{password:!0,file:!0})x(b);this.credentials=t.credentials;.fa-file-signature:before{content:1}\n"
    out, result = redact(tmp_path, text.encode())
    assert out.decode() == text
    assert result.report.counts == {}


def test_the_preview_is_bounded(tmp_path):
    data = b"".join(b"line %d token=abcdef%d\n" % (i, i) for i in range(1000))
    _, result = redact(tmp_path, data)
    assert result.report.counts == {"token": 1000}
    assert len(result.report.preview) == 200
    assert result.report.preview_truncated
    assert result.report.live_session


FRAGMENTS = [
    "token=",
    "password: ",
    '"access_token":"',
    "Authorization: Bearer ",
    "Cookie: a=",
    "-----BEGIN PRIVATE KEY-----",
    "-----END PRIVATE KEY-----",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig",
    "AKIAABCDEFGHIJKLMNOP",
    "https://u:p@h/",
    '"name": "cookie",',
    '"value": "x=1"',
    "secret_key: |",
    "  - item",
    "code=",
    "?code=abcdefgh",
    CONV,
    " ",
    "\t",
    "x",
    "Z9",
    "=",
    ":",
    ",",
    '"',
    "\\",
    "\n",
    "\r\n",
    "[REDACTED:token]",
    "sig=",
    "MIIEvQ==",
    # every cue of the candidate scan, in other cases, scripts and encodings
    "Passwort: ",
    "\u043f\u0430\u0440\u043e\u043b\u044c=",  # пароль
    "\u041f\u0410\u0420\u041e\u041b\u042c: ",  # ПАРОЛЬ
    "\u00d0\u00bf\u00d0\u00b0\u00d1\u0080\u00d0\u00be\u00d0\u00bb\u00d1\u008c=",  # пароль as UTF-8 read as Latin-1
    "\u30d1\u30b9\u30ef\u30fc\u30c9=",  # パスワード
    "proxy.password\u00a0",
    "secret\u00c2\u00a0",
    "\u3000",
    "access_token  token_type  expires_in",
    "Name   Value",
    "dXNlcjpwYXNzd29yZA==",
    "document.cookie",
    '<input name="SAMLResponse" value="',
    'form-data; name="password"',
    "%23access_token%3D",
    "curl -u admin:",
    "ConvertTo-SecureString 'x' -AsPlainText",
    "ann.lee@example.com",
    "+1 317 222 2222",
    "(020) 7946 0018",
    "NEEDLE",
    "TO\u212aEN=",  # a Kelvin sign, whose lower case is "k"
    "\u0130",  # a capital I with a dot, whose lower case is two characters
    "\udc80",  # a byte that was not UTF-8, kept by surrogateescape
    "\u65e5\u672c\u8a9e",
    "ghp_" + "a1B2" * 9,
    "xoxb-1234567890-abcdef",
    "sk_live_" + "0123456789abcdefXY",
    "AIza" + "Sy" + "x" * 33,
    "Q2xpZW50SWQ6U2VjcmV0UGFzcw",
    # command lines and webhook URLs
    " --password ",
    "-ClientSecret ",
    " -p ",
    "-pS3cret",
    " -u admin ",
    "sshpass",
    "user[password]=",
    "https://hooks.slack.com/services/T1/B2/abc",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40), st.booleans(), st.booleans())
def test_block_redaction_equals_line_by_line_redaction(parts, config, pii):
    # The scanners only skip work: redacting a block must give exactly what redacting every line gives.
    text = "".join(parts)
    options = RedactionOptions(pii=pii, terms=("needle",))
    by_block = TextRedactor(options, RedactionReport(), config=config).redact_block(text)
    line_redactor = TextRedactor(options, RedactionReport(), config=config)
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    assert by_block == "".join(line_redactor.redact_line(line) for line in lines if line)


LOG_SECRET = st.text(alphabet="abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", min_size=16, max_size=32)
TEMPLATES = [
    "Authorization: Bearer {s}",
    "password={s}",
    '"access_token":"{s}"',
    "Cookie: SESSION={s}; other=1",
    "https://user:{s}@host.example.com/",
    "GET /cb?code={s}&state=1",
    "client_secret: {s}",
    "x-api-key: {s}",
    "X-Amz-Signature={s}",
    "Set-Cookie: AWSALB={s}; Path=/",
]


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(st.sampled_from(TEMPLATES), LOG_SECRET, st.binary(max_size=40)), min_size=1, max_size=12),
    st.sampled_from(["\n", "\r\n"]),
    st.sampled_from(["utf-8", "utf-16", "latin-1"]),
)
def test_fuzzed_logs_never_crash_and_never_keep_a_planted_secret(tmp_path, planted, ending, encoding):
    lines = []
    for template, secret, noise in planted:
        noise_text = noise.decode("latin-1").replace("\n", " ").replace("\r", " ")
        lines.append(noise_text + " " + template.format(s=secret) + " " + noise_text)
    text = ending.join(lines) + ending
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogateescape")
    out, _ = redact(tmp_path, data)
    decoded = out.decode("utf-16") if encoding == "utf-16" else out.decode("latin-1")
    assert [secret for _, secret, _ in planted if secret in decoded] == []


def test_an_8_bit_log_that_starts_like_a_utf16_bom_is_still_redacted(tmp_path):
    # Found by hypothesis: latin-1 text starting with the bytes FE FF was read as UTF-16 and kept its token.
    data = "\u00fe\u00ff Authorization: Bearer 2222222222222222 \u00fe\u00ff\n".encode("latin-1")
    out, _ = redact(tmp_path, data)
    assert b"2222222222222222" not in out
    assert out.startswith(b"\xfe\xff")


def test_utf16_text_starting_with_a_nul_is_not_taken_for_utf32(tmp_path):
    # Found by hypothesis: FF FE 00 00 is also the UTF-32 mark; the text is UTF-16 with a NUL first.
    data = "\x00 Authorization: Bearer 2222222222222222 \x00\n".encode("utf-16")
    out, _ = redact(tmp_path, data)
    assert "2222222222222222" not in out.decode("utf-16")
    assert out.startswith(b"\xff\xfe")


def test_an_8_bit_log_that_starts_like_a_utf32_mark_is_still_redacted(tmp_path):
    data = b"\x00\x00\xfe\xff Authorization: Bearer 2222222222222222 \x00\x00\xfe\xff\n"
    out, _ = redact(tmp_path, data)
    assert b"2222222222222222" not in out
