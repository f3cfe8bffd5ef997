"""Text rules that need neither a key nor the lines around them: they look at one line and find its secrets.

Free-text bearer tokens, ``user:password@host`` (the password up to the last ``@`` before the host), JWTs, AWS
key IDs, vendor key formats, a ``curl -u id:secret`` or ``--user``, a PowerShell ``ConvertTo-SecureString
'…' -AsPlainText``, an HTML form field whose name says secret (``<input name="SAMLResponse" value="…">``),
``document.cookie`` strings, XML in a line of text (``<password>…</password>``, ``<add key="ClientSecret"
value="…"/>``), secret parameters hidden in percent-encoded text (``%23access_token%3D…``), a
Basic credential alone on its line, and long high-entropy runs (``shapes``). Each rule runs only when a
literal it cannot match without is in the line; each has a cue in ``scanner`` that finds its lines in a
block. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from typing import Final

from care_desktop.domain.redaction import patterns as p
from care_desktop.domain.redaction.command_line import command_line_spans
from care_desktop.domain.redaction.http_values import cookie_spans, encoded_spans, value_spans
from care_desktop.domain.redaction.report import Span
from care_desktop.domain.redaction.rules import classify_key
from care_desktop.domain.redaction.shapes import basic_alone, high_entropy_spans, is_harmless, solid_run_starts

_API_KEY_LITERALS: Final = ("AIza", "gh", "xox", "k_live_")
CURL_USER: Final = re.compile(
    r"(?:^|(?<=[\s\"'`]))(?:-u|--user)(?:[ \t]+|=)(?P<q>[\"']?)(?P<user>[^\s:\"']*):(?P<secret>[^\s\"']+)"
)
SECURE_STRING: Final = re.compile(
    r"(?i)convertto-securestring\b[^'\"\r\n|;]*?(?P<q>[\"'])(?P<secret>[^\"'\r\n]+)(?P=q)"
)
HTML_INPUT: Final = re.compile(r"(?i)<input\b[^<>]*>")
_ATTRIBUTE: Final = re.compile(r"(?i)\b(?P<attr>name|id|value)[ \t]*=[ \t]*(?P<q>\\{0,3}[\"'])(?P<v>.*?)(?P=q)")
XML_TAG: Final = re.compile(r"<[A-Za-z_][\w.:\-]*[ \t][^<>]*>")
"""A start tag with attributes (``<add key="ClientSecret" value="…"/>``), in a log or any text."""
_NAMED: Final = re.compile(r"(?i)[ \t](?P<attr>key|name)[ \t]*=[ \t]*(?P<q>\\{0,3}[\"'])(?P<v>.*?)(?P=q)")
_VALUE: Final = re.compile(r"(?i)[ \t]value[ \t]*=[ \t]*(?P<q>\\{0,3}[\"'])(?P<v>.*?)(?P=q)")
XML_ELEMENT: Final = re.compile(
    r"<(?P<name>[A-Za-z_][\w.:\-]{0,80})(?P<attributes>[ \t][^<>]*)?>"
    r"(?:<!\[CDATA\[(?P<cdata>.*?)\]\]>|(?P<text>[^<]+))</(?P=name)[ \t]*>"
)
"""An element on one line whose name, or ``key``/``name`` attribute, names a secret: ``<password>…</password>``,
``<entry key="password">…</entry>``."""
DOCUMENT_COOKIE: Final = re.compile(
    r"(?i)document\.cookie\b[^\"'\r\n]{0,12}?(?P<q>\\{0,3}[\"'`])(?P<v>[^\"'`\r\n]*?=[^\"'`\r\n]*)(?P=q)"
)


def line_spans(body: str, low: str, context: str = "") -> list[Span]:
    """Spans of the key-less, state-less rules in one line.

    Args:
        body: The line without its ending.
        low: ``body.lower()`` (computed once by the caller).
        context: What comes before the line in its structure (``"x-request-id": ``), for the shape rules.

    Returns:
        Spans, unordered, possibly overlapping.
    """
    spans: list[Span] = []
    if "bearer" in low:
        spans += [Span(m.start("secret"), m.end("secret"), "bearer-token") for m in p.BEARER.finditer(body)]
    if "://" in body and "@" in body:
        spans += [Span(m.start("secret"), m.end("secret"), "url-credentials") for m in p.URL_CREDENTIALS.finditer(body)]
    if "eyJ" in body:
        spans += [Span(m.start(), m.end(), "jwt") for m in p.JWT.finditer(body)]
    if "KIA" in body or "SIA" in body:
        spans += [Span(m.start(), m.end(), "aws-access-key") for m in p.AWS_ACCESS_KEY.finditer(body)]
    if any(literal in body for literal in _API_KEY_LITERALS):
        spans += [Span(m.start(), m.end(), "api-key") for m in p.API_KEY_FORMATS.finditer(body)]
    if "-u" in body:
        spans += [Span(m.start("secret"), m.end("secret"), "password") for m in CURL_USER.finditer(body)]
    if "-" in body:
        spans += command_line_spans(body)
    if "hook" in low:
        spans += [Span(m.start("secret"), m.end("secret"), "secret") for m in p.WEBHOOK_URL.finditer(body)]
    if "securestring" in low:
        spans += [Span(m.start("secret"), m.end("secret"), "password") for m in SECURE_STRING.finditer(body)]
    if "<input" in low:
        spans += html_input_spans(body)
    if "</" in body or "/>" in body:
        spans += xml_spans(body)
    if "document.cookie" in low:
        for match in DOCUMENT_COOKIE.finditer(body):
            # read: every pair is a cookie; assigned (document.cookie = "a=b; path=/"): the first pair only
            kind = "set-cookie" if "=" in body[match.start() + len("document.cookie") : match.start("v")] else "cookie"
            spans += [Span(s.start, s.end, "cookie") for s in cookie_spans(match.group("v"), match.start("v"), kind)]
    if "%" in body and p.ENCODED.search(low):
        spans += encoded_spans(body)
    if solid_run_starts(body):
        spans += [Span(start, end, "high-entropy") for start, end in high_entropy_spans(body, context)]
    alone = basic_alone(body) if len(body) < 1024 else None
    if alone is not None:
        spans.append(Span(*alone, "basic-auth"))
    return spans


def html_input_spans(body: str) -> list[Span]:
    """Spans of the values of HTML form fields whose name names a secret (``SAMLResponse``, ``password``...)."""
    spans: list[Span] = []
    for tag in HTML_INPUT.finditer(body):
        attributes = {m.group("attr").lower(): m for m in _ATTRIBUTE.finditer(tag.group())}
        value = attributes.get("value")
        name = attributes.get("name") or attributes.get("id")
        if value is None or name is None:
            continue
        rule = classify_key(name.group("v"), query=True)
        if rule is None and re.search(r"(?i)type[ \t]*=[ \t]*\\{0,3}[\"']?password", tag.group()):
            rule = "password"
        if rule is not None:
            spans += value_spans(rule, value.group("v"), tag.start() + value.start("v"))
    return spans


def _named_rule(attributes: str) -> str | None:
    named = _NAMED.search(attributes)
    return classify_key(named.group("v"), query=True) if named is not None else None


def xml_spans(body: str) -> list[Span]:
    """Spans of secrets in XML written in a line of text (a log, a trace): elements and key/value attributes."""
    spans: list[Span] = []
    for element in XML_ELEMENT.finditer(body):
        rule = classify_key(element.group("name").rsplit(":", 1)[-1], query=True)
        if rule is None and element.group("attributes"):
            rule = _named_rule(element.group("attributes"))
        group = "text" if element.group("text") is not None else "cdata"
        value = element.group(group)
        if rule is not None and value.strip() and not is_harmless(value) and not p.NOT_A_VALUE.fullmatch(value):
            spans += value_spans(rule, value, element.start(group))
    for tag in XML_TAG.finditer(body):
        text = tag.group()
        if text[:6].lower() == "<input":
            continue  # html_input_spans
        rule = _named_rule(text)
        value = _VALUE.search(text) if rule is not None else None
        if rule is not None and value is not None:
            found = value.group("v")
            if found and not is_harmless(found) and not p.NOT_A_VALUE.fullmatch(found):
                spans += value_spans(rule, found, tag.start() + value.start("v"))
    return spans
