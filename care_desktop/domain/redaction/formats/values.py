"""What to remove from one configuration value, once its key has been judged.

A value whose key names a secret is removed (except placeholders such as ``${DB_PASSWORD}``, empty values and
UUIDs under rules that keep IDs); any other value keeps its text except for what the shapes inside it give
away: a connection string's ``Password=...;`` (up to the next unquoted semicolon, whatever characters the
password holds), a URL's ``user:password@`` (up to the last ``@`` before the host, so that a raw ``@`` in
the password does not leave its tail behind), and then the text rules. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from care_desktop.domain.case.identifiers import is_uuid
from care_desktop.domain.redaction.http_values import value_spans
from care_desktop.domain.redaction.patterns import NOT_A_VALUE
from care_desktop.domain.redaction.report import Span
from care_desktop.domain.redaction.rules import KEEP_ID_RULES, classify_key
from care_desktop.domain.redaction.text import TextRedactor

PLACEHOLDER: Final = re.compile(
    r"\s*(?:\$\{[^{}]*\}|\$\([^()]*\)|\{\{[^{}]*\}\}|%\([A-Za-z0-9_]+\)s|\$[A-Z_][A-Z0-9_]*|%[A-Z_][A-Z0-9_]*%"
    r"|#\{[^{}]*\}|<[A-Za-z_\- ]+>)\s*"
)
"""A value that only refers to another (``${DB_PASSWORD}``, ``{{ .Values.secret }}``, ``%(pw)s``, ``<your key>``)."""
_URL_USERINFO: Final = re.compile(
    r"(?i)\b[a-z][a-z0-9+.\-]*://(?P<user>[^\s:/?#@\"'<>\\]*):(?P<secret>[^\s/?#\"'<>\\]+)@"
)
_CONNECTION_PART: Final = re.compile(r"[ \t]*(?P<key>[A-Za-z][A-Za-z0-9 _.\-]{0,40}?)[ \t]*=[ \t]*(?P<value>.*?)[ \t]*")


def _segments(value: str) -> list[tuple[int, int]]:
    """Split a connection string at semicolons outside quotes: (start, end) of each part."""
    parts, start, quote = [], 0, ""
    for index, char in enumerate(value):
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'" and value[start:index].rstrip().endswith("="):
            quote = char
        elif char == ";":
            parts.append((start, index))
            start = index + 1
    parts.append((start, len(value)))
    return parts


def is_placeholder(value: str) -> bool:
    """Whether a value is empty, a placeholder or a marker rather than a secret."""
    stripped = value.strip()
    return bool(NOT_A_VALUE.fullmatch(stripped) or PLACEHOLDER.fullmatch(stripped))


def secret_value(redactor: TextRedactor, value: str, rule: str, path: str, line: int | None) -> str:
    """Remove a value whose key gave ``rule`` (an Authorization value keeps its scheme).

    Args:
        redactor: The file's text redactor (counts, preview, markers).
        value: The decoded value.
        rule: The rule its key gave.
        path: Where it is, for the review.
        line: Its line, for the review.

    Returns:
        The value with the secret replaced by a marker, or the value itself when it holds no secret.
    """
    if is_placeholder(value) or (rule in KEEP_ID_RULES and is_uuid(value.strip())):
        return value
    return redactor.apply(value, value_spans(rule, value), line, path)


def shape_spans(value: str) -> list[Span]:
    """Spans the text rules miss or cut short: connection-string passwords and URL passwords holding ``@``."""
    spans = [Span(m.start("secret"), m.end("secret"), "url-credentials") for m in _URL_USERINFO.finditer(value)]
    if ";" not in value or "=" not in value:
        return spans
    for begin, stop in _segments(value):
        match = _CONNECTION_PART.fullmatch(value, begin, stop)
        if match is None:
            continue
        rule = classify_key(match.group("key"))
        secret, first = match.group("value"), match.start("value")
        if rule is None or is_placeholder(secret) or "://" in secret:
            continue
        if len(secret) >= 2 and secret[0] in "\"'" and secret[-1] == secret[0]:
            first, secret = first + 1, secret[1:-1]
        spans.append(Span(first, first + len(secret), rule))
    return spans


def free_value(redactor: TextRedactor, value: str, path: str, line: int | None) -> str:
    """Redact a value whose key names no secret: the shapes in it, then the text rules.

    The review's preview lines get the value's own line in the file (the text rules count from the value's
    first line).
    """
    spans = shape_spans(value)
    if spans:
        value = redactor.apply(value, spans, line, path)
    preview = redactor.report.preview
    first = len(preview)
    value = redactor.redact_value(value, path)
    for index in range(first, len(preview)):
        found = preview[index].line
        preview[index] = replace(preview[index], line=None if line is None else line + (found or 1) - 1)
    return value
