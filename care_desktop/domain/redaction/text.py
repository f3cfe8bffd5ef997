"""Text redaction: lines, blocks of lines and string values, with state across lines.

A ``TextRedactor`` serves one file. ``redact_block`` takes many complete lines at once, finds the few lines
that any scanner matches (``redaction_patterns``), redacts only those and copies the rest unchanged; it gives
exactly what ``redact_line`` on every line would give, only faster. State carried from line to line: a PEM
private-key block that spans lines, a ``"name": "cookie"`` line whose ``"value"`` follows on the next line,
and (for configuration files) a YAML block scalar or list under a secret key. Line endings are never touched.
Pure: no I/O, no Qt; phone numbers are recognized by a function the caller passes in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Final

from care_desktop.domain.case.identifiers import UUID_PATTERN, is_uuid
from care_desktop.domain.redaction import patterns as p
from care_desktop.domain.redaction.http_values import HEADER_RULES, value_spans
from care_desktop.domain.redaction.patterns import split_ending, split_pieces
from care_desktop.domain.redaction.report import (
    RedactionReport,
    Span,
    apply_spans,
    merge_spans,
    only_marker,
    overlaps,
    preview_line,
)
from care_desktop.domain.redaction.rules import (
    KEEP_ID_RULES,
    SCANNER_WORDS,
    PseudonymTable,
    RedactionOptions,
    classify_key,
    marker,
)

PhoneFinder = Callable[[str], list[tuple[int, int]]]
"""Returns the (start, end) of each phone number in a line."""

PIECE_LIMIT: Final = 1 << 20
"""Longest line redacted in one go; longer lines are cut at a blank or separator (bounded memory and time)."""
_PENDING_LINES: Final = 3
_SHORT: Final = 4096
_KEY_WORDS: Final = (*SCANNER_WORDS, "code")
_API_KEY_LITERALS: Final = ("AIza", "gh", "xox", "k_live_")


class TextRedactor:
    """Redacts the text of one file (or the string values of one structured file).

    Args:
        options: What to remove besides secrets.
        report: Receives counts and preview lines.
        pseudonyms: The case's pseudonym table, when consistent pseudonyms are on.
        config: Treat ``key = value`` / ``key: value`` lines as configuration (the value runs to the end of
            the line; YAML blocks and lists under a secret key are removed).
        phone_finder: Finds phone numbers in a line (needed when ``options.pii`` is set).
        display: Turns the engine's text into readable text for the preview.
    """

    def __init__(
        self,
        options: RedactionOptions,
        report: RedactionReport,
        pseudonyms: PseudonymTable | None = None,
        *,
        config: bool = False,
        phone_finder: PhoneFinder | None = None,
        display: Callable[[str], str] = str,
    ) -> None:
        self.options = options
        self.report = report
        self._pseudonyms = pseudonyms if options.pseudonyms else None
        self._config = config
        self._phone_finder = phone_finder if options.pii else None
        self._display = display
        terms = options.usable_terms
        self._terms = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE) if terms else None
        forms = {form for t in terms for form in (t.lower(), json.dumps(t)[1:-1].lower())}
        self._lower_scanners = (
            *p.LOWER_SCANNERS,
            *((p.EMAIL_SCANNER,) if options.pii else ()),
            *(re.compile(re.escape(form)) for form in sorted(forms)),
        )
        self._case_scanners = (*p.CASE_SCANNERS, *((p.PHONE_HINT,) if self._phone_finder else ()))
        self.path = ""
        self._lines_done = 0
        self._pem = False
        self._pending: str | None = None
        self._pending_left = 0
        self._block: tuple[int, str, bool] | None = None

    # --- public entry points ---------------------------------------------------------------------------------
    def redact_line(self, line: str) -> str:
        """Redact one line (with its line ending, if any) and count it."""
        self._lines_done += 1
        return self._line(line, self._lines_done)

    def redact_block(self, block: str) -> str:
        """Redact complete lines (the last may lack its ending at the end of a file).

        Args:
            block: The lines, as they are in the file.

        Returns:
            The same text with secrets replaced by markers.
        """
        if len(block) < _SHORT and not self._stateful() and "\n" not in block[:-1]:  # one short line
            if not self.has_candidates(block):
                self._lines_done += block.count("\n")  # counted as the block path counts it
                return block
            self._lines_done += 1
            return self._line(block, self._lines_done)
        starts = self._candidate_starts(block)
        out: list[str] = []
        position, index, size = 0, 0, len(block)
        while position < size:
            if not self._stateful():
                while index < len(starts) and starts[index] < position:
                    index += 1
                if index == len(starts):
                    break
                if starts[index] > position:
                    out.append(block[position : starts[index]])
                    self._lines_done += block.count("\n", position, starts[index])
                    position = starts[index]
            end = block.find("\n", position)
            end = size if end < 0 else end + 1
            self._lines_done += 1
            out.append(self._line(block[position:end], self._lines_done))
            position = end
        if position < size:
            out.append(block[position:])
            self._lines_done += block.count("\n", position)
        return "".join(out)

    def redact_value(self, value: str, path: str) -> str:
        """Redact a string held in a structure (a header value, a body): its lines, then forget the state.

        Args:
            value: The string.
            path: Where it is, for the preview (``entries[3].response.content.text``).

        Returns:
            The redacted string.
        """
        if not value:
            return value
        saved_path, saved_lines = self.path, self._lines_done
        self.path, self._lines_done = path, 0
        try:
            if len(value) <= PIECE_LIMIT:
                return self.redact_block(value)
            return "".join(self.redact_block(piece) for piece in split_pieces(value, PIECE_LIMIT))
        finally:
            self.end()
            self.path, self._lines_done = saved_path, saved_lines

    def has_candidates(self, text: str) -> bool:
        """Tell whether any scanner matches ``text`` (also JSON text: escaped quotes and tabs are allowed for)."""
        low = text.lower()
        return any(s.search(low) for s in self._lower_scanners) or any(s.search(text) for s in self._case_scanners)

    def end(self) -> None:
        """Forget the state carried between lines (end of a file or of a value)."""
        self._pem = False
        self._pending = None
        self._block = None

    def mark(self, rule: str, secret: str) -> str:
        """The marker for ``secret`` removed under ``rule`` (numbered when pseudonyms are on)."""
        if self._pseudonyms is None:
            return marker(rule)
        return marker(rule, self._pseudonyms.number(rule, secret))

    def apply(self, text: str, spans: list[Span], line: int | None, path: str) -> str:
        """Replace ``spans`` of ``text`` by markers, count them and keep a preview line.

        Args:
            text: The original text (without a line ending).
            spans: What to remove; may overlap and be unordered.
            line: Line number for the preview, or None.
            path: Place in a structure for the preview, or empty.

        Returns:
            The redacted text.
        """
        spans = merge_spans([s for s in spans if not only_marker(text, s)])
        if not spans:
            return text
        new, _ = apply_spans(text, spans, lambda span, secret: self.mark(span.rule, secret))
        for span in spans:
            self.report.count(span.rule)
        if self.report.wants_preview():
            self.report.add_preview(preview_line(text, spans, line, path, self._display))
        return new

    # --- lines -----------------------------------------------------------------------------------------------
    def _stateful(self) -> bool:
        return self._pem or self._pending is not None or self._block is not None

    def _candidate_starts(self, block: str) -> list[int]:
        low = block.lower()
        if len(low) != len(block):  # a character whose lower case is longer: check every line
            return [0] + [m.end() for m in re.finditer("\n", block)]
        found: set[int] = set()
        for scanner in self._lower_scanners:
            found.update(block.rfind("\n", 0, m.start()) + 1 for m in scanner.finditer(low))
        for scanner in self._case_scanners:
            found.update(block.rfind("\n", 0, m.start()) + 1 for m in scanner.finditer(block))
        return sorted(found)

    def _line(self, line: str, number: int) -> str:
        body, ending = split_ending(line)
        spans: list[Span] = []
        if self._pem:  # inside a private key: drop its lines, keep what follows its END line
            end = p.PEM_END.search(body)
            if end is None and p.PEM_BODY.fullmatch(body):
                return ""
            self._pem = False
            if end is not None:
                line = body[end.end() :]
                if not line.strip():
                    return ""
                body, line = line, line + ending
        if self._block is not None:
            kept = self._continue_block(body, spans)
            if kept is not None:
                return kept + ending if kept else ""
        if self._pending is not None:
            self._continue_pair(body, spans)
        spans += self._spans(body)
        if not spans:
            return line
        return self.apply(body, spans, number, self.path) + ending

    def _spans(self, body: str) -> list[Span]:
        # Each pattern runs only when a literal it cannot match without is in the line (cheap "in" tests).
        spans: list[Span] = []
        low = body.lower()
        if "PRIVATE KEY" in body:
            begin = p.PEM_BEGIN.search(body)
            if begin is not None:
                end = p.PEM_END.search(body, begin.end())
                spans.append(Span(begin.start(), end.end() if end else len(body), "private-key"))
                self._pem = end is None
        if ("=" in body or ":" in body) and any(word in low for word in _KEY_WORDS):
            for match in p.KEY_VALUE.finditer(body):
                spans += self._key_value(body, match)
            if self._config:
                spans += self._config_line(body)
        if '"name"' in body:
            spans += self._pairs(body)
        if "bearer" in low:
            spans += [Span(m.start("secret"), m.end("secret"), "bearer-token") for m in p.BEARER.finditer(body)]
        if "://" in body and "@" in body:
            spans += [
                Span(m.start("secret"), m.end("secret"), "url-credentials") for m in p.URL_CREDENTIALS.finditer(body)
            ]
        if "eyJ" in body:
            spans += [Span(m.start(), m.end(), "jwt") for m in p.JWT.finditer(body)]
        if "KIA" in body or "SIA" in body:
            spans += [Span(m.start(), m.end(), "aws-access-key") for m in p.AWS_ACCESS_KEY.finditer(body)]
        if any(literal in body for literal in _API_KEY_LITERALS):
            spans += [Span(m.start(), m.end(), "api-key") for m in p.API_KEY_FORMATS.finditer(body)]
        if self.options.pii and "@" in body:
            spans += [Span(m.start(), m.end(), "email") for m in p.EMAIL.finditer(body)]
        if self._phone_finder is not None and p.PHONE_HINT.search(body):
            spans += [
                Span(start, end, "phone")
                for start, end in self._phone_finder(body)
                if not p.TIMESTAMP_LIKE.search(body[start:end])
            ]
        if self._terms is not None:
            spans += [Span(m.start(), m.end(), "custom-term") for m in self._terms.finditer(body)]
        if self.options.pii and any(s.rule == "url-credentials" for s in spans):  # user:pass@host is no e-mail
            credentials = [(s.start, s.end) for s in spans if s.rule == "url-credentials"]
            spans = [s for s in spans if s.rule != "email" or not overlaps(s, credentials)]
        if spans and any(span.rule in KEEP_ID_RULES for span in spans):
            ids = [m.span() for m in UUID_PATTERN.finditer(body)]
            spans = [s for s in spans if s.rule not in KEEP_ID_RULES or not overlaps(s, ids)]
        return spans

    def _key_value(self, body: str, match: re.Match[str]) -> list[Span]:
        key_start = match.start("key")
        rule = classify_key(match.group("key"), key_start > 0 and body[key_start - 1] in "?&;#")
        if rule is None:
            return []
        if rule == "auth-code" and (
            match.group("sep") != "=" or match.group("kq") or match.end("key") != match.start("sep")
        ):
            return []
        group = next(g for g in ("v1", "v2", "v3", "v4") if match.group(g) is not None)
        start, end = match.span(group)
        if rule in HEADER_RULES and group == "v4":  # a header value runs to the end of the line, or of its quotes
            quote = body[key_start - 1] if key_start > 0 and body[key_start - 1] in "\"'" else ""
            stop = body.find(quote, start) if quote else -1
            end = start + len(body[start : stop if stop >= 0 else len(body)].rstrip())
        value = body[start:end]
        if p.NOT_A_VALUE.fullmatch(value) or (rule in KEEP_ID_RULES and is_uuid(value)):
            return []
        if group == "v4" and rule not in HEADER_RULES and p.CODE_VALUE.fullmatch(value):
            return []
        return value_spans(rule, value, start)

    def _config_line(self, body: str) -> list[Span]:
        match = p.CONFIG_LINE.match(body)
        if match is None:
            return []
        rule = classify_key(match.group("key"))
        if rule is None:
            return []
        start, end = match.span("value")
        value = match.group("value")
        indent = len(body) - len(body.lstrip(" \t"))
        if p.YAML_BLOCK.fullmatch(value):
            self._block = (indent, rule, True)
            return [Span(start, end, rule)]
        if not value:
            self._block = (indent, rule, False)
            return []
        if value.endswith(",") and value[:1] in "\"'":  # a JSON-like line: "key": "value",
            end, value = end - 1, value[:-1].rstrip()
            end = start + len(value)
        if len(value) >= 2 and value[0] in "\"'" and value[-1] == value[0]:
            start, end, value = start + 1, end - 1, value[1:-1]
        if p.NOT_A_VALUE.fullmatch(value) or (rule in KEEP_ID_RULES and is_uuid(value)):
            return []
        return value_spans(rule, value, start)

    def _continue_block(self, body: str, spans: list[Span]) -> str | None:
        """Handle a line after ``key: |`` or ``key:`` under a secret key; None means "process normally"."""
        assert self._block is not None
        indent, rule, drop = self._block
        if not body.strip():
            return None
        if len(body) - len(body.lstrip(" \t")) <= indent:
            self._block = None
            return None
        if drop:
            return ""
        item = p.YAML_ITEM.match(body)
        if item is not None and not p.NOT_A_VALUE.fullmatch(item.group("value")):
            spans += value_spans(rule, item.group("value"), item.start("value"))
        return None

    def _pairs(self, body: str) -> list[Span]:
        spans: list[Span] = []
        for name in p.PAIR_NAME.finditer(body):
            rule = classify_key(name.group("name"), query=True)
            if rule is None:
                continue
            value = p.PAIR_VALUE.search(body, name.end())
            before = [
                v
                for v in p.PAIR_VALUE.finditer(body, 0, name.start())
                if not body[v.end() : name.start()].strip(' \t,"')
            ]
            if value is not None and not body[name.end() : value.start()].strip(" \t,"):
                spans += value_spans(rule, value.group("value"), value.start("value"))
            elif before:
                spans += value_spans(rule, before[-1].group("value"), before[-1].start("value"))
            elif not body[name.end() :].strip(" \t,{}"):
                self._pending, self._pending_left = rule, _PENDING_LINES
        return spans

    def _continue_pair(self, body: str, spans: list[Span]) -> None:
        assert self._pending is not None
        value = p.PAIR_VALUE.search(body)
        if value is not None:
            spans += value_spans(self._pending, value.group("value"), value.start("value"))
            self._pending = None
            return
        self._pending_left -= 1
        if self._pending_left <= 0 or '"name"' in body or "}" in body:
            self._pending = None
