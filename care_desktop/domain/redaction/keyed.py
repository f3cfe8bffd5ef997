"""Text rules that follow a key: ``key = value`` in any notation, and the constructs that carry on to next lines.

A value is found through the key that names it (``rules.classify_key``), in every notation a log or a
configuration file writes (``key=value``, ``"key": "value"``, ``key => value``, ``'key': 'value'``, with
no-break spaces, with a key of several words or in another script). What a key may open on the next lines
(a list of values, a YAML block, a name/value pair split over lines, a multipart part, a formatted table) is
kept in a ``LineState`` (``line_state.py`` says which constructs span lines). Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from typing import Final

from care_desktop.domain.case.identifiers import is_uuid
from care_desktop.domain.redaction import patterns as p
from care_desktop.domain.redaction.http_values import HEADER_RULES, value_spans
from care_desktop.domain.redaction.line_state import ARRAY_LINES, NEXT_VALUE_LINES, PENDING_LINES, LineState
from care_desktop.domain.redaction.report import Span
from care_desktop.domain.redaction.rules import KEEP_ID_RULES, classify_key
from care_desktop.domain.redaction.shapes import PERMISSION, is_harmless

_QUOTED: Final = re.compile(r"(?P<q>\\{0,3}[\"'])(?P<v>(?:(?!(?P=q)).)*)(?P=q)")
_JS_CODE: Final = re.compile(r"[\w$.]*[+(!?|&]|(?:function|return|this|void|typeof|new)\b")
_DASHES: Final = re.compile(r"[ \t]*-+(?:[ \t]+-+)*[ \t]*")
_NAME_ALONE: Final = re.compile(r"[ \t]*(?P<q>[\"'])(?P<name>[\w\-]{1,40})(?P=q),?[ \t]*")
_HEADER_WORD: Final = re.compile(r"[A-Za-z_][A-Za-z_.]*")  # as the table-header cue (scanner) finds them
_CELL_WORD: Final = re.compile(r"[ \t]*(?P<word>\S+)")
_HEADER_STEMS: Final = ("token", "secret", "pass", "key", "pw")
_PAIR_HEADERS: Final = (["name", "value"], ["key", "value"])
"""Headers of a PowerShell hashtable shown as a table: each row is a name and its value."""
_GLUED: Final = re.compile(
    r"(?:(?:[>)\]},;&'\"]|<(?![/!?]|[A-Za-z][\w:.\-]*(?:[\s/][^<>]*)?>))+(?![\w.\-]+(?:\[[^\]\s]*\])+[=:])"
    r"[^\s&;,\"'<>)\]}=:]+)+(?=[\s&;,\"'<>)\]}]|$)"
)
"""What an unquoted value goes on with after a character that usually ends it (``password=ab>cd``, ``ab&amp;cd``,
``ab;cd``, ``ab&amp;&amp;cd``): pieces glued to it, up to a blank, the line's end or a piece that is a key
(``&user=``, ``;Encrypt=``, ``&user[email]=``). Not over a tag (``</pw>``, ``<br>``) nor over closing characters
alone (``ab}}``)."""
_PART_NAME: Final = re.compile(r"(?i)form-data;[^\r\n]*?\bname=\\{0,3}\"(?P<name>[^\"\\\r\n]*)\\{0,3}\"")


def readable_key(key: str) -> str:
    """The key as it was written: UTF-8 bytes carried as Latin-1 (``contraseÃ±a``) decoded back."""
    if key.isascii():
        return key
    try:
        return key.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return key


def classify_phrase(key: str, query: bool = False) -> str | None:
    """Classify a key of one or more words; ``1.1 Cookie`` falls back on its last words (``Cookie``)."""
    words = readable_key(key).split(" ")
    for first in range(len(words)):
        rule = classify_key(" ".join(words[first:]), query)
        if rule is not None:
            return rule
    return None


def key_value_spans(body: str, match: re.Match[str], state: LineState) -> list[Span]:
    """Spans of the value of one ``key_value`` match, when its key names a secret."""
    key_start = match.start("key")
    rule = classify_phrase(match.group("key"), key_start > 0 and body[key_start - 1] in "?&;#")
    if rule is None:
        return []
    if rule == "auth-code" and (
        match.group("sep") != "=" or match.group("kq") or match.end("key") != match.start("sep")
    ):
        return []
    group = next(g for g in ("v1", "v2", "v3", "v4") if match.group(g) is not None)
    start, end = match.span(group)
    value = body[start:end]
    if group == "v4":
        if value.startswith("`"):  # a JavaScript template literal: `Bearer ${credentials.token}`
            close = body.find("`", start + 1)
            end = close + 1 if close > start else len(body)
            value = body[start:end]
            if is_harmless(value):
                return []
            return value_spans(rule, value[1 : -1 if close > start else None], start + 1)
        if value.startswith("["):  # a list of values: util.inspect's 'set-cookie': [ 'a=…', … ]
            return array_spans(body, start + 1, rule, state)
        if value.startswith("{"):  # an object: its own keys decide (auth: { username: …, password: … })
            return []
        last = match.group("key").rsplit(" ", 1)[-1]
        if match.group("sep") == ":" and match.end("sep") == start and PERMISSION.fullmatch(f"{last}:{value}"):
            return []  # a Genesys permission string (authorization:role:view)
        if key_start > 0 and body[key_start - 1] == "$" and " " not in match.group("key") and value[:1].isalpha():
            return []  # PowerShell: $pw = ConvertTo-SecureString … (a command, not a value)
        if rule in HEADER_RULES:
            if (key_start > 0 and body[key_start - 1] == ".") or _JS_CODE.match(value):
                return []  # code (document.cookie=e+"="+t, this.authorization=n)
            quote = body[key_start - 1] if key_start > 0 and body[key_start - 1] in "\"'" else ""
            stop = body.find(quote, start) if quote else -1
            end = start + len(body[start : stop if stop >= 0 else len(body)].rstrip())
            value = body[start:end]
    if p.NOT_A_VALUE.fullmatch(value) or is_harmless(value) or (rule in KEEP_ID_RULES and is_uuid(value)):
        return []
    if group == "v4" and rule not in HEADER_RULES:
        if p.CODE_VALUE.fullmatch(value):
            return []
        glued = _GLUED.match(body, end)
        if glued is not None:  # a secret that holds a separator: its tail goes too
            value = body[start : glued.end()]
    if rule == "cookie" and match.group("sep") == "=" and match.group("key").lower().endswith("document.cookie"):
        # document.cookie = "a=b; path=/": one cookie and its attributes, as in a Set-Cookie header
        return [Span(s.start, s.end, "cookie") for s in value_spans("set-cookie", value, start)]
    return value_spans(rule, value, start)


def array_spans(body: str, start: int, rule: str, state: LineState) -> list[Span]:
    """Spans of the quoted values of a list from ``start`` on; an unclosed list stays open in ``state``."""
    spans: list[Span] = []
    position = start
    for quoted in _QUOTED.finditer(body, start):
        if "]" in body[position : quoted.start()]:
            state.array, state.array_left = None, 0
            return spans
        spans += value_spans(rule, quoted.group("v"), quoted.start("v"))
        position = quoted.end()
    if "]" in body[position:]:
        state.array, state.array_left = None, 0
    elif state.array is None:
        state.array, state.array_left = rule, ARRAY_LINES
    else:
        state.array_left -= 1
        if state.array_left <= 0:
            state.array, state.array_left = None, 0
    return spans


def config_line_spans(body: str, state: LineState) -> list[Span]:
    """Spans of a configuration line's value (to the end of the line); a YAML block opens in ``state``."""
    match = p.CONFIG_LINE.match(body)
    if match is None:
        return []
    rule = classify_phrase(match.group("key"))
    if rule is None or PERMISSION.fullmatch(body.strip().strip("\"',")):
        return []
    start, end = match.span("value")
    value = match.group("value")
    indent = len(body) - len(body.lstrip(" \t"))
    if p.YAML_BLOCK.fullmatch(value):
        state.block = (indent, rule, True)
        return [Span(start, end, rule)]
    if not value:
        state.block = (indent, rule, False)
        return []
    if value[:1] in "[{":  # a list or an object: its items and keys decide
        return []
    if value.endswith(",") and value[:1] in "\"'":  # a JSON-like line: "key": "value",
        value = value[:-1].rstrip()
        end = start + len(value)
    if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
        start, end, value = start + 1, end - 1, value[1:-1]
    if p.NOT_A_VALUE.fullmatch(value) or is_harmless(value) or (rule in KEEP_ID_RULES and is_uuid(value)):
        return []
    return value_spans(rule, value, start)


def continue_block(body: str, spans: list[Span], state: LineState) -> str | None:
    """Handle a line after ``key: |`` or ``key:`` under a secret key; None means "process normally"."""
    assert state.block is not None
    indent, rule, drop = state.block
    if not body.strip():
        return None
    if len(body) - len(body.lstrip(" \t")) <= indent:
        state.block = None
        return None
    if drop:
        return ""
    item = p.YAML_ITEM.match(body)
    if item is not None and not p.NOT_A_VALUE.fullmatch(item.group("value")):
        spans += value_spans(rule, item.group("value"), item.start("value"))
    return None


def pair_spans(body: str, state: LineState) -> list[Span]:
    """Spans of ``"name": "<secret name>", "value": "…"`` pairs; a value on a later line opens in ``state``."""
    spans: list[Span] = []
    for name in p.PAIR_NAME.finditer(body):
        rule = classify_key(name.group("name"), query=True)
        if rule is None:
            continue
        value = p.PAIR_VALUE.search(body, name.end())
        before = [
            v for v in p.PAIR_VALUE.finditer(body, 0, name.start()) if not body[v.end() : name.start()].strip(' \t,"')
        ]
        if value is not None and not body[name.end() : value.start()].strip(" \t,"):
            spans += value_spans(rule, value.group("value"), value.start("value"))
        elif before:
            spans += value_spans(rule, before[-1].group("value"), before[-1].start("value"))
        elif not body[name.end() :].strip(" \t,{}"):
            state.pending, state.pending_left = rule, PENDING_LINES
    return spans


def continue_pair(body: str, spans: list[Span], state: LineState) -> None:
    """Look for the ``"value"`` of a pending name/value pair."""
    assert state.pending is not None
    value = p.PAIR_VALUE.search(body)
    if value is not None:
        spans += value_spans(state.pending, value.group("value"), value.start("value"))
        state.pending = None
        return
    state.pending_left -= 1
    if state.pending_left <= 0 or '"name"' in body or "}" in body:
        state.pending = None


def continue_next_value(body: str, state: LineState) -> list[Span]:
    """The value expected on this line (a multipart part's, or ``document.cookie``'s output), if it is here."""
    assert state.next_value is not None
    rule = state.next_value
    if not body.strip():
        state.next_left -= 1
        if state.next_left <= 0:
            state.next_value = None
        return []
    state.next_value = None
    if body.lstrip().startswith("--"):  # the next boundary: the part was empty
        return []
    quoted = _QUOTED.search(body)
    if quoted is not None and (rule == "cookie" or not body[quoted.end() :].strip(" \t,")):
        return value_spans(rule, quoted.group("v"), quoted.start("v"))
    return value_spans(rule, body, 0)


def open_constructs(body: str, low: str, state: LineState, found: bool) -> None:
    """Open what this line starts for the next lines (a multipart value, a table, document.cookie's output...).

    Also a secret header name alone in a list (Node's ``rawHeaders``), whose value is the next line.
    """
    if "form-data;" in low:
        part = _PART_NAME.search(body)
        rule = classify_key(part.group("name"), query=True) if part else None
        if rule is not None:
            state.next_value, state.next_left = rule, NEXT_VALUE_LINES
    elif low.rstrip().endswith("document.cookie"):
        state.next_value, state.next_left = "cookie", 1
    elif (name := _NAME_ALONE.fullmatch(body)) is not None and (rule := classify_key(name.group("name"))):
        state.next_value, state.next_left = rule, 1  # Node's rawHeaders: 'Set-Cookie', then its value
    elif not found and _table_header(body):
        state.header = body


def _table_header(body: str) -> bool:
    words = body.split()
    if not 1 <= len(words) <= 24 or not all(_HEADER_WORD.fullmatch(word) for word in words):
        return False
    if [word.lower() for word in words] in _PAIR_HEADERS:
        return True
    first = words[0].lower()  # as the table-header cue (scanner) finds headers: the first word names a secret
    return any(stem in first for stem in _HEADER_STEMS) and any(classify_key(word) is not None for word in words)


def table_line(body: str, state: LineState) -> list[Span] | None:
    """Handle a line after a table header, or a table row; None means "not part of a table"."""
    if state.header is not None:
        header, state.header = state.header, None
        if not _DASHES.fullmatch(body):
            return None
        runs = [m.start() for m in re.finditer(r"-+", body)]
        if [word.lower() for word in header.split()] in _PAIR_HEADERS and len(runs) == 2:
            state.table = ((runs[1], -1, ""),)  # a hashtable: the row's name says whether its value is secret
            return []
        columns = []
        for index, start in enumerate(runs):
            end = runs[index + 1] if index + 1 < len(runs) else -1
            rule = classify_key(header[start : end if end >= 0 else len(header)].strip())
            if rule is not None:
                columns.append((start, end, rule))
        state.table = tuple(columns) or None
        return []
    assert state.table is not None
    if not body.strip():
        state.table = None
        return None
    spans: list[Span] = []
    for start, end, column_rule in state.table:
        rule = column_rule or classify_key(body[:start].strip())
        if rule is None:
            continue
        # A secret is one word: it runs from the column's start to the next blank, even past the column's end
        # (a value wider than its column pushes the next one along)
        at, stop = start, len(body)
        word = _CELL_WORD.match(body, start) if end >= 0 else None
        if word is not None:
            at, stop = word.span("word")
        stripped = body[at:stop].strip()
        if stripped and not p.NOT_A_VALUE.fullmatch(stripped) and not is_harmless(stripped):
            at += len(body[at:stop]) - len(body[at:stop].lstrip())
            spans.append(Span(at, at + len(stripped), rule))
    return spans
