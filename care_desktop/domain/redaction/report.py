"""What redaction found in one file: counts per rule, a bounded preview of changed lines, the live-session flag.

The preview is for the review screen only and is never written anywhere: its "before" side shows each removed
value abbreviated as the rule allows (``redaction_rules.abbreviate``), so that a secret is never shown whole on
a screen that may be shared during an outage call. Lines are cut to a window around the first change. Pure:
no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final, NamedTuple

from care_desktop.domain.redaction.rules import LIVE_SESSION_RULES, MARKER_PREFIX, RULES, abbreviate, marker

MAX_PREVIEW_LINES: Final = 200
"""Changed lines kept per file for the review (the counts cover everything)."""
PREVIEW_CONTEXT: Final = 120
"""Characters kept on each side of the first change in a preview line."""


class Span(NamedTuple):
    """A removed piece of text (a named tuple: the rules make many of them, and a tuple is made fastest).

    Attributes:
        start: Index of the first removed character.
        end: Index after the last removed character.
        rule: The rule that removed it.
    """

    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class PreviewLine:
    """One changed line (or value) as the review shows it.

    Attributes:
        line: 1-based line number in a text file, or None for a value inside a structure.
        path: Where in a structure (``entries[3].request.headers[authorization]``), or empty for text lines.
        rules: The rules that changed it, in order of appearance.
        before: The original with each removed value abbreviated; cut around the first change.
        after: The redacted text, cut the same way.
    """

    line: int | None
    path: str
    rules: tuple[str, ...]
    before: str
    after: str


@dataclass
class RedactionReport:
    """Findings in one file.

    Attributes:
        counts: Removed values per rule name.
        preview: Changed lines, at most ``MAX_PREVIEW_LINES``.
        preview_truncated: True when more lines changed than the preview keeps.
    """

    counts: dict[str, int] = field(default_factory=dict)
    preview: list[PreviewLine] = field(default_factory=list)
    preview_truncated: bool = False

    @property
    def total(self) -> int:
        """All removed values."""
        return sum(self.counts.values())

    @property
    def live_session(self) -> bool:
        """Whether session tokens, cookies or Authorization credentials were found."""
        return any(rule in LIVE_SESSION_RULES for rule in self.counts)

    def count(self, rule: str, number: int = 1) -> None:
        """Add ``number`` findings of ``rule``."""
        self.counts[rule] = self.counts.get(rule, 0) + number

    def merge(self, other: RedactionReport) -> None:
        """Add another report's counts and preview lines to this one."""
        for rule, number in other.counts.items():
            self.count(rule, number)
        for line in other.preview:
            self.add_preview(line)
        self.preview_truncated = self.preview_truncated or other.preview_truncated

    def add_preview(self, line: PreviewLine) -> None:
        """Keep ``line`` unless the preview is full."""
        if len(self.preview) < MAX_PREVIEW_LINES:
            self.preview.append(line)
        else:
            self.preview_truncated = True

    def wants_preview(self) -> bool:
        """Whether another preview line would be kept (lets callers skip building one)."""
        if len(self.preview) < MAX_PREVIEW_LINES:
            return True
        self.preview_truncated = True
        return False

    def clear(self) -> None:
        """Forget everything (the file is being redacted again another way)."""
        self.counts.clear()
        self.preview.clear()
        self.preview_truncated = False


def apply_spans(
    text: str, spans: Sequence[Span], markers: Callable[[Span, str], str]
) -> tuple[str, list[tuple[int, int]]]:
    """Replace each span of ``text`` by its marker.

    Args:
        text: The original.
        spans: Non-overlapping spans in order.
        markers: Gives the marker for a span and the text it removes.

    Returns:
        The new text and, for each span, where its marker sits in it.
    """
    pieces: list[str] = []
    placed: list[tuple[int, int]] = []
    position = 0
    length = 0
    for span in spans:
        pieces.append(text[position : span.start])
        length += span.start - position
        mark = markers(span, text[span.start : span.end])
        pieces.append(mark)
        placed.append((length, length + len(mark)))
        length += len(mark)
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces), placed


def preview_line(
    original: str, spans: Sequence[Span], line: int | None, path: str = "", display: Callable[[str], str] = str
) -> PreviewLine:
    """Build the review's view of one changed line.

    Args:
        original: The line before redaction, without its line ending.
        spans: What was removed from it, in order, not overlapping.
        line: Its 1-based number, or None.
        path: Its place in a structure, or empty.
        display: Turns the engine's text into readable text (e.g. bytes carried as Latin-1 back to UTF-8).

    Returns:
        The preview line, cut to a window around the first change.
    """
    first = spans[0].start if spans else 0
    start = max(0, first - PREVIEW_CONTEXT)
    end = min(len(original), first + 3 * PREVIEW_CONTEXT)
    shown = [span for span in spans if span.start < end]
    if shown:
        end = max(end, shown[-1].end)
    lead = "…" if start > 0 else ""
    before, after = [lead], [lead]  # one pass builds both sides: each piece is made readable once
    position = start
    for span in shown:
        kept = display(original[position : span.start])
        before += (kept, abbreviate(span.rule, display(original[span.start : span.end])))
        after += (kept, marker(span.rule))
        position = span.end
    tail = display(original[position:end]) + ("…" if end < len(original) else "")
    before.append(tail)
    after.append(tail)
    rules = tuple(dict.fromkeys(span.rule for span in spans))
    return PreviewLine(line, path, rules, "".join(before), "".join(after))


def merge_spans(spans: list[Span]) -> list[Span]:
    """Order spans and join overlapping ones (the earlier, higher-priority rule names the joined span)."""
    ordered = sorted(spans, key=lambda s: (s.start, RULES[s.rule].priority, -s.end))
    merged: list[Span] = []
    for span in ordered:
        if span.end <= span.start:
            continue
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            if span.end > last.end:
                merged[-1] = Span(last.start, span.end, last.rule)
            continue
        merged.append(span)
    return merged


def overlaps(span: Span, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps any of the (start, end) ranges."""
    return any(span.start < end and start < span.end for start, end in ranges)


def only_marker(text: str, span: Span) -> bool:
    """Whether a span covers nothing but a marker left by an earlier pass (it must not be counted again)."""
    if not text.startswith(MARKER_PREFIX, span.start):
        return False
    close = text.find("]", span.start)
    return close < 0 or close >= span.end - 1
