"""The rule table, markers, key classification, pseudonyms and the preview's abbreviations."""

import pytest

from care_desktop.domain.redaction.report import RedactionReport, Span, merge_spans, preview_line
from care_desktop.domain.redaction.rules import (
    LIVE_SESSION_RULES,
    RULES,
    SCANNER_WORDS,
    PseudonymTable,
    RedactionOptions,
    abbreviate,
    classify_key,
    marker,
)
from care_desktop.domain.redaction.scanner import Scanner


@pytest.mark.parametrize(
    ("key", "rule"),
    [
        ("password", "password"),
        ("DB_PASSWORD", "password"),
        ("passwd", "password"),
        ("pwd", "password"),
        ("DB_PASS", "password"),
        ("password2", "password"),
        ("passwordHash", "password"),
        ("passphrase", "password"),
        ("client_secret", "client-secret"),
        ("clientSecret", "client-secret"),
        ("GENESYS_CLIENT_SECRET", "client-secret"),
        ("access_token", "access-token"),
        ("accessToken", "access-token"),
        ("refresh_token", "refresh-token"),
        ("id_token", "id-token"),
        ("csrf-token", "token"),
        ("token", "token"),
        ("X-Amz-Security-Token", "security-token"),
        ("aws_session_token", "security-token"),
        ("SessionToken", "security-token"),
        ("x-api-key", "api-key"),
        ("apiKey", "api-key"),
        ("apikey", "api-key"),
        ("Ocp-Apim-Subscription-Key", "api-key"),
        ("aws_secret_access_key", "aws-secret-key"),
        ("SecretAccessKey", "aws-secret-key"),
        ("secret_key", "secret"),
        ("private_key", "private-key"),
        ("signing_key", "private-key"),
        ("X-Amz-Signature", "url-signature"),
        ("Signature", "url-signature"),
        ("sig", "url-signature"),
        ("credentials", "secret"),
        ("Authorization", "authorization"),
        ("Proxy-Authorization", "authorization"),
        ("Cookie", "cookie"),
        ("Set-Cookie", "set-cookie"),
        ("JSESSIONID", "session-id"),
        ("sessionId", "session-id"),
        ("authorization_code", "auth-code"),
        # settings about secrets, and names that only look like them, are kept
        ("password_policy", None),
        ("password_min_length", None),
        ("token_expiry", None),
        ("token_type", None),
        ("token_url", None),
        ("public_key", None),
        ("primary_key", None),
        ("key", None),
        ("monkey", None),
        ("keyboard", None),
        ("X-Amz-Credential", None),
        ("X-Amz-Date", None),
        ("aws_access_key_id", None),
        ("signature_version", None),
        ("conversationId", None),
        ("code", None),
    ],
)
def test_classify_key(key, rule):
    assert classify_key(key) == rule


def test_code_is_an_authorization_code_only_as_a_query_parameter():
    assert classify_key("code", query=True) == "auth-code"
    assert classify_key("code") is None


def test_every_key_rule_contains_a_scanned_word():
    # The candidate scan finds keys by these words: a key classify_key accepts must contain one of them, and the
    # scan must find each word before a separator, in any case, also as UTF-8 carried as Latin-1.
    scanner = Scanner()
    for word in SCANNER_WORDS:
        for form in (word, word.upper(), word.title(), word.encode("utf-8").decode("latin-1")):
            for separator in ("=", ": ", '":"', "\u00a0", " \u3000= ", '\\": '):
                assert scanner.finds(f"x {form}{separator}v"), (form, separator)
    assert not scanner.finds("the password policy is unchanged; token expired")
    for key in ("x_api_key", "jsessionid", "client_secret", "credentials", "authorization", "cookie", "signature"):
        assert classify_key(key) is not None
        assert any(word in key for word in SCANNER_WORDS)


def test_markers():
    assert marker("bearer-token") == "[REDACTED:bearer-token]"
    assert marker("email", 3) == "[REDACTED:email#3]"


def test_pseudonyms_are_stable_per_rule_and_value():
    table = PseudonymTable()
    assert table.number("email", "a@example.com") == 1
    assert table.number("email", "b@example.com") == 2
    assert table.number("email", "a@example.com") == 1
    assert table.number("cookie", "a@example.com") == 1
    assert len(table) == 3


def test_abbreviation_never_shows_passwords_and_shows_a_prefix_of_tokens():
    assert abbreviate("password", "hunter2") == "…(7 chars)"
    assert abbreviate("bearer-token", "eyJhbGciOiJIUzI1NiJ9") == "eyJh…(20 chars)"
    assert abbreviate("bearer-token", "short") == "…(5 chars)"
    assert abbreviate("email", "ann@example.com") == "ann@example.com"


def test_usable_terms_drop_short_and_duplicate_terms():
    options = RedactionOptions(terms=("Acme", "  acme ", "ab", "Acme Widgets"))
    assert options.usable_terms == ("Acme Widgets", "Acme")


def test_rule_table():
    assert {"bearer-token", "cookie", "set-cookie", "jwt", "access-token"} <= LIVE_SESSION_RULES
    assert "password" not in LIVE_SESSION_RULES
    assert all(info.name == name for name, info in RULES.items())


def test_merge_joins_overlapping_spans_and_keeps_the_preferred_rule():
    spans = [Span(10, 20, "jwt"), Span(10, 20, "bearer-token"), Span(15, 30, "custom-term"), Span(40, 45, "email")]
    assert merge_spans(spans) == [Span(10, 30, "bearer-token"), Span(40, 45, "email")]


def test_preview_line_abbreviates_and_windows():
    text = "x" * 300 + " Authorization: Bearer abcdefghijklmnopqrstuvwxyz " + "y" * 600
    start = text.index("abcdef")
    line = preview_line(text, [Span(start, start + 26, "bearer-token")], 7)
    assert line.line == 7
    assert line.rules == ("bearer-token",)
    assert "Bearer abcd…(26 chars)" in line.before
    assert "Bearer [REDACTED:bearer-token]" in line.after
    assert line.before.startswith("…")
    assert line.before.endswith("…")
    assert "abcdefghijklmnopqrstuvwxyz" not in line.before
    assert len(line.after) < 600


def test_report_counts_and_live_session():
    report = RedactionReport()
    report.count("password", 2)
    assert (report.total, report.live_session) == (2, False)
    report.count("cookie")
    assert report.live_session
