"""Text redaction: lines, blocks of lines and string values, with state across lines.

A ``TextRedactor`` serves one file. ``redact_block`` takes many complete lines at once, finds the few lines
that the candidate scan names (``scanner``), redacts only those and copies the rest unchanged; it gives exactly
what ``redact_line`` on every line would give, only faster. The rules are in ``keyed`` (values found by their
key, and constructs that go on over lines) and ``line_rules`` (rules of one line); what is carried from line to
line is one explicit ``LineState`` (``line_state`` lists the constructs that span lines). Line endings are
never touched. Pure: no I/O, no Qt; phone numbers are recognized by a function the caller passes in.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Final

from care_desktop.domain.case.identifiers import UUID_PATTERN
from care_desktop.domain.redaction import keyed
from care_desktop.domain.redaction import patterns as p
from care_desktop.domain.redaction.line_rules import line_spans
from care_desktop.domain.redaction.line_state import LineState
from care_desktop.domain.redaction.patterns import split_ending
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
    marker,
)
from care_desktop.domain.redaction.scanner import Scanner
from care_desktop.domain.redaction.vocabulary import FOREIGN_STEMS

PhoneFinder = Callable[[str], list[tuple[int, int]]]
"""Returns the (start, end) of each phone number in a line."""

_SHORT: Final = 4096
_KEY_WORD: Final = re.compile(
    "|".join(
        re.escape(word)
        for word in (
            *SCANNER_WORDS,
            "code",
            *(stem.encode("utf-8").decode("latin-1").lower() for stem in FOREIGN_STEMS if not stem.isascii()),
        )
    )
)
"""A word a secret's key holds, in a lower-cased line (one search, not a test a word)."""


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
        forms = {form for t in terms for form in (t, json.dumps(t)[1:-1])}
        self._scanner = Scanner(options.pii, tuple(forms))
        self.path = ""
        self._lines_done = 0
        self.state = LineState()
        """The constructs open at the current line boundary (start a segment from ``LineState()``)."""
        self._key = ""

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
        if len(block) < _SHORT and not self.state.is_open() and "\n" not in block[:-1]:  # one short line
            if not self.has_candidates(block):
                self._lines_done += block.count("\n")  # counted as the block path counts it
                return block
            self._lines_done += 1
            return self._line(block, self._lines_done)
        starts, personal = self._scanner.named_lines(block)
        out: list[str] = []
        position, index, size = 0, 0, len(block)
        while position < size:
            if not self.state.is_open():
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
            named = index < len(starts) and starts[index] == position
            out.append(self._line(block[position:end], self._lines_done, named and personal[index]))
            position = end
        if position < size:
            out.append(block[position:])
            self._lines_done += block.count("\n", position)
        return "".join(out)

    def redact_value(self, value: str, path: str, key: str = "") -> str:
        """Redact a string held in a structure (a header value, a body): its lines, then forget the state.

        A value is redacted whole, however long its lines: cutting a line could separate a key from its value.

        Args:
            value: The string.
            path: Where it is, for the preview (``entries[3].response.content.text``).
            key: The key or header name it is the value of (``x-request-id``), which may say that a long
                random value is an identifier to keep.

        Returns:
            The redacted string.
        """
        if not value:
            return value
        saved = self.path, self._lines_done, self.state, self._key
        self.path, self._lines_done, self.state, self._key = path, 0, LineState(), key
        try:
            return self.redact_block(value)
        finally:
            self.path, self._lines_done, self.state, self._key = saved

    def has_candidates(self, text: str) -> bool:
        """Tell whether any line of ``text`` may hold something to remove (JSON text too: escaped quotes, tabs)."""
        return self._scanner.finds(text)

    def end(self) -> None:
        """Forget the state carried between lines (end of a file or of a value)."""
        self.state = LineState()

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
    def _line(self, line: str, number: int, personal_only: bool = False) -> str:
        # personal_only: the scan found only e-mail and phone cues in the line. With nothing open at its start, the
        # secret rules cannot change it nor open anything (the scan is their necessary condition): they are skipped.
        body, ending = split_ending(line)
        state = self.state
        if personal_only and not state.is_open():
            found = self._personal_spans(body, [])
            return self.apply(body, found, number, self.path) + ending if found else line
        spans: list[Span] = []
        if state.pem:  # inside a private key: drop its lines, keep what follows its END line
            end = p.PEM_END.search(body)
            if end is None and p.PEM_BODY.fullmatch(body):
                return ""
            state.pem = False
            if end is not None:
                line = body[end.end() :]
                if not line.strip():
                    return ""
                body, line = line, line + ending
        if state.block is not None:
            kept = keyed.continue_block(body, spans, state)
            if kept is not None:
                return kept + ending if kept else ""
        if state.header is not None or state.table is not None:
            spans += keyed.table_line(body, state) or []
        if state.array is not None:
            spans += keyed.array_spans(body, 0, state.array, state)
        if state.next_value is not None:
            spans += keyed.continue_next_value(body, state)
        if state.pending is not None:
            keyed.continue_pair(body, spans, state)
        spans += self._spans(body)
        if not spans:
            return line
        return self.apply(body, spans, number, self.path) + ending

    def _spans(self, body: str) -> list[Span]:
        # Each pattern runs only when a literal it cannot match without is in the line (cheap "in" tests).
        spans: list[Span] = []
        low = body.lower()
        state = self.state
        if "PRIVATE KEY" in body:
            begin = p.PEM_BEGIN.search(body)
            if begin is not None:
                end = p.PEM_END.search(body, begin.end())
                spans.append(Span(begin.start(), end.end() if end else len(body), "private-key"))
                state.pem = end is None
        if (
            "=" in body or ":" in body or "\xa0" in body or "\u202f" in body or "\x80\xaf" in body
        ) and _KEY_WORD.search(low):
            for match in p.key_value(body).finditer(body):
                spans += keyed.key_value_spans(body, match, state)
            if self._config:
                spans += keyed.config_line_spans(body, state)
        if '"name"' in body:
            spans += keyed.pair_spans(body, state)
        spans += line_spans(body, low, f'"{self._key}": ' if self._key else "")
        if not state.is_open():
            keyed.open_constructs(body, low, state, bool(spans))
        return self._personal_spans(body, spans)

    def _personal_spans(self, body: str, spans: list[Span]) -> list[Span]:
        """Add e-mail addresses, phone numbers and the user's terms to the secrets' ``spans``; settle overlaps."""
        if self.options.pii and (at := body.find("@")) >= 0:
            spans += [Span(m.start(), m.end(), "email") for m in p.EMAIL.finditer(body, p.email_search_start(body, at))]
        if self._phone_finder is not None:  # it looks for its own candidates: no second search here
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
        keep_ids = [span for span in spans if span.rule in KEEP_ID_RULES]
        if keep_ids:  # an identifier these rules would cut into stays whole
            ids = _uuids_near(body, keep_ids)
            spans = [s for s in spans if s.rule not in KEEP_ID_RULES or not overlaps(s, ids)]
        return spans


def _uuids_near(body: str, spans: list[Span]) -> list[tuple[int, int]]:
    """The UUIDs of ``body`` that may overlap ``spans`` (a UUID is 36 characters with four hyphens)."""
    ids: list[tuple[int, int]] = []
    first, last = min(span.start for span in spans), max(span.end for span in spans)
    if body.count("-", max(0, first - 36), last + 36) < 4:
        return ids
    for match in UUID_PATTERN.finditer(body, max(0, first - 36)):
        if match.start() >= last:
            break
        ids.append(match.span())
    return ids
