"""Where the secret sits inside an HTTP value: Authorization credentials, cookie values, URL and form parameters.

Given a value whose rule is known (from its header or key name), these functions return the spans to remove,
keeping what helps Customer Care and is not secret: the Authorization scheme, cookie names and Set-Cookie
attributes, parameter names, the user name in ``user:password@host``, the host and path of a URL. Pure: no
I/O, no Qt.
"""

from __future__ import annotations

import re
from typing import Final

from care_desktop.domain.redaction.patterns import AUTH_SCHEME, DIGEST_RESPONSE, NOT_A_VALUE
from care_desktop.domain.redaction.report import Span
from care_desktop.domain.redaction.rules import classify_key
from care_desktop.domain.redaction.shapes import is_harmless

HEADER_RULES: Final = frozenset({"authorization", "cookie", "set-cookie"})
"""Rules whose value is a whole header value (to the end of the line), not a single word."""

_PARAM: Final = re.compile(r"(?P<name>[^=&;#]*)(?:=(?P<value>[^&;#]*))?")
# The password runs to the last "@" before the host, so that a raw "@" in it does not leave its tail.
_URL_USERINFO: Final = re.compile(
    r"^[A-Za-z][A-Za-z0-9+.\-]*://(?P<user>[^/?#@:]*):(?P<secret>[^/?#]*)@(?=[^@/?#]*(?:[/?#]|$))"
)
_ESCAPE: Final = re.compile(r"%([0-9A-Fa-f]{2})")
_NESTED_PARAM: Final = re.compile(r"(?:^|(?<=[?&#;]))(?P<name>[^=&;#?\s\"'<>]{1,80})=(?P<value>[^&;#?\s\"'<>]*)")
_MAX_DEPTH: Final = 4
_MULTIPART_NAME: Final = re.compile(r"(?i)content-disposition:[ \t]*form-data;[^\r\n]*?\bname=\"(?P<name>[^\"\r\n]*)\"")


def value_spans(rule: str, value: str, offset: int = 0) -> list[Span]:
    """Find what to remove in a value known to fall under ``rule``.

    Args:
        rule: The rule its key or header name gave (``classify_key``).
        value: The value.
        offset: Added to every span (the value's position in a longer text).

    Returns:
        Spans in order; empty when nothing in the value is secret (an empty or placeholder value).
    """
    if rule == "authorization":
        return authorization_spans(value, offset)
    if rule in {"cookie", "set-cookie"}:
        spans: list[Span] = []
        position = 0
        for line in value.split("\n"):
            spans += cookie_spans(line, offset + position, rule)
            position += len(line) + 1
        return spans
    stripped = value.strip()
    if NOT_A_VALUE.fullmatch(stripped) or is_harmless(stripped):
        return []
    start = offset + (len(value) - len(value.lstrip()))
    return [Span(start, start + len(stripped), rule)]


def authorization_spans(value: str, offset: int = 0) -> list[Span]:
    """Spans to remove from an Authorization (or Proxy-Authorization) value.

    ``Bearer X`` removes X as ``bearer-token``; ``Basic X`` as ``basic-auth``; ``Digest ...`` removes the
    ``response`` as ``digest-auth``; any other scheme removes everything after it as ``authorization``, and a
    value without a scheme is removed whole.

    Args:
        value: The header value.
        offset: Added to every span.

    Returns:
        Spans in order.
    """
    match = AUTH_SCHEME.match(value)
    if match is None:
        stripped = value.strip()
        if NOT_A_VALUE.fullmatch(stripped) or is_harmless(stripped) or stripped[:1] in "{[":
            return []
        start = offset + value.index(stripped)
        return [Span(start, start + len(stripped), "authorization")]
    scheme = match.group("scheme").lower()
    start, end = offset + match.start("cred"), offset + match.end("cred")
    if NOT_A_VALUE.fullmatch(match.group("cred")) or is_harmless(match.group("cred")):
        return []
    if scheme == "bearer":
        return [Span(start, end, "bearer-token")]
    if scheme == "basic":
        return [Span(start, end, "basic-auth")]
    if scheme == "digest":
        found = DIGEST_RESPONSE.finditer(match.group("cred"))
        return [Span(start + m.start("secret"), start + m.end("secret"), "digest-auth") for m in found]
    return [Span(start, end, "authorization")]


def cookie_spans(value: str, offset: int, rule: str) -> list[Span]:
    """Spans of cookie values in a Cookie header (every pair) or a Set-Cookie line (the first pair only).

    Args:
        value: One header line.
        offset: Added to every span.
        rule: ``cookie`` or ``set-cookie``.

    Returns:
        Spans in order; cookie names and Set-Cookie attributes are kept.
    """
    spans: list[Span] = []
    position = 0
    for piece in value.split(";"):
        equals = piece.find("=")
        raw = piece[equals + 1 :] if equals >= 0 else piece
        stripped = raw.strip().strip('"')
        if stripped and not NOT_A_VALUE.fullmatch(stripped):
            start = offset + position + (equals + 1 if equals >= 0 else 0) + raw.index(stripped)
            spans.append(Span(start, start + len(stripped), rule))
        if rule == "set-cookie":
            break
        position += len(piece) + 1
    return spans


def parameter_spans(text: str, offset: int = 0) -> list[Span]:
    """Spans of secret values in ``name=value&name=value`` text (a query string, a fragment, a form body).

    Args:
        text: The parameters, without the leading ``?`` or ``#``.
        offset: Added to every span.

    Returns:
        Spans in order, for the parameters whose name names a secret (``code`` counts as an OAuth
        authorization code here).
    """
    spans: list[Span] = []
    for match in _PARAM.finditer(text):
        value = match.group("value")
        if not value or not match.group("name"):
            continue
        rule = classify_key(_unquote_name(match.group("name")), query=True)
        if rule is not None:
            spans += value_spans(rule, value, offset + match.start("value"))
        elif "%" in value:
            spans += encoded_spans(value, offset + match.start("value"))
    return spans


def percent_decode(text: str) -> tuple[str, list[int]]:
    """Decode ``%XX`` escapes (and ``+``) keeping, for every decoded character, where it started.

    Returns:
        The decoded text and a list one longer than it: ``starts[i]`` is the index in ``text`` where decoded
        character ``i`` came from (``starts[-1] == len(text)``), so that a span of the decoded text maps back.
    """
    out: list[str] = []
    starts: list[int] = []
    position = 0
    for match in _ESCAPE.finditer(text):
        for index in range(position, match.start()):
            out.append(" " if text[index] == "+" else text[index])
            starts.append(index)
        out.append(chr(int(match.group(1), 16)))
        starts.append(match.start())
        position = match.end()
    for index in range(position, len(text)):
        out.append(" " if text[index] == "+" else text[index])
        starts.append(index)
    starts.append(len(text))
    return "".join(out), starts


def encoded_spans(text: str, offset: int = 0) -> list[Span]:
    """Spans of secret parameters hidden in percent-encoded text, decoded again and again (up to four times).

    A redirect URL carried in a query parameter (``redirect_uri=https%3A%2F%2Fapp%2Fcb%23access_token%3D…``,
    also double-encoded as ``%2523access_token%253D…``) hides ``name=value`` pairs from the plain rules.

    Args:
        text: The encoded text (a parameter value, a URL, a line).
        offset: Added to every span.

    Returns:
        Spans of the encoded text that hold the secret values, in order.
    """
    decoded, starts = text, list(range(len(text) + 1))
    spans: list[Span] = []
    for _ in range(_MAX_DEPTH):
        if "%" not in decoded:
            break
        decoded, inner = percent_decode(decoded)
        starts = [starts[index] for index in inner]
        for match in _NESTED_PARAM.finditer(decoded):
            rule = classify_key(match.group("name"), query=True)
            if rule is None or not match.group("value"):
                continue
            for span in value_spans(rule, match.group("value"), match.start("value")):
                spans.append(Span(offset + starts[span.start], offset + starts[span.end], span.rule))
    return spans


def multipart_spans(text: str, offset: int = 0) -> list[Span]:
    """Spans of secret values in a ``multipart/form-data`` body: the parts whose name names a secret.

    Args:
        text: The body.
        offset: Added to every span.

    Returns:
        Spans in order (a part's value runs from after its blank line to the next boundary line).
    """
    spans: list[Span] = []
    for match in _MULTIPART_NAME.finditer(text):
        rule = classify_key(match.group("name"), query=True)
        if rule is None:
            continue
        blank = re.compile(r"\r?\n\r?\n").search(text, match.end())
        if blank is None:
            continue
        end = text.find("\n--", blank.end())
        end = len(text) if end < 0 else end - (1 if text[end - 1 : end] == "\r" else 0)
        spans += value_spans(rule, text[blank.end() : end], offset + blank.end())
    return spans


def url_spans(url: str, offset: int = 0) -> list[Span]:
    """Spans to remove from a URL: the password of ``user:password@`` and secret query or fragment values.

    Args:
        url: The URL.
        offset: Added to every span.

    Returns:
        Spans in order; scheme, user, host, path and parameter names are kept.
    """
    spans: list[Span] = []
    userinfo = _URL_USERINFO.match(url)
    if userinfo and userinfo.group("secret"):
        spans.append(Span(offset + userinfo.start("secret"), offset + userinfo.end("secret"), "url-credentials"))
    query = url.find("?")
    fragment = url.find("#")
    if query >= 0 and (fragment < 0 or query < fragment):
        end = fragment if fragment >= 0 else len(url)
        spans += parameter_spans(url[query + 1 : end], offset + query + 1)
    if fragment >= 0:
        spans += parameter_spans(url[fragment + 1 :], offset + fragment + 1)
    return spans


def _unquote_name(name: str) -> str:
    """Decode the few escapes that matter in parameter names (``x%2Dapi%2Dkey``, ``client_secret``)."""
    if "%" not in name and "+" not in name:
        return name
    return re.sub(r"%([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), name.replace("+", " "))
