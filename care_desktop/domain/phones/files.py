"""Reading and writing phone directory files: TSV, CSV and JSON.

Parsing never raises on bad data: it returns the entries it could read and the problems it found, each
naming the line or entry and field. A file with a blocking problem must not be used at all. Numbers are
taken exactly as written (only surrounding spaces of a cell are dropped); a number holding letters or other
characters a phone number cannot have is refused, never repaired. No I/O: callers pass text or bytes.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from care_desktop.domain.json_input import loads
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, Problem, count_text
from care_desktop.domain.phones.countries import fold
from care_desktop.domain.phones.directory import FIELDS, TOLL_FREE_VALUES, Directory, Origin, PhoneEntry, parse_date

_CONTROL: Final = re.compile(r"[\x00-\x1f\x7f]")  # a control character: the value is not one line of text

REQUIRED: Final = ("region", "label", "number", "toll_free", "caution")
_NUMBER_CHARS: Final = frozenset("0123456789+-(). /")
_MIN_DIGITS: Final = 3
_ROW_CELLS: Final = count_text(
    QT_TRANSLATE_NOOP("domain", "This row has %n cells; the header has {columns}."),
    "This row has %n cell; the header has {columns}.",
)


@dataclass(frozen=True)
class ParsedDirectory:
    """What a directory file holds.

    Attributes:
        entries: The valid entries read (complete only when ``ok``).
        as_of: The oldest as-of date of the entries (or the file's own date when it has no entries).
        source: The source URL shared by all entries, else the file's own source.
        problems: Everything wrong; a blocking one means the file must not be used.
    """

    entries: tuple[PhoneEntry, ...]
    as_of: str
    source: str
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        """True when the file can be used (it may still carry non-blocking notes)."""
        return not any(problem.blocking for problem in self.problems)

    def directory(self, origin: Origin, location: str = "") -> Directory:
        """Return the directory read, for a file that is ``ok``."""
        return Directory(self.entries, self.as_of, self.source, origin, location)


def describe(problem: Problem) -> str:
    """Render a problem in English as ``"where: what"``."""
    return f"{problem.field}: {problem.message.render()}" if problem.field else problem.message.render()


def _problem(where: str, template: str, blocking: bool = True, **params: str) -> Problem:
    return Problem(where, Message(template, dict(params)), blocking)


def failed(problem: Problem) -> ParsedDirectory:
    """Return the result for a file that cannot be used at all, for ``problem``."""
    return ParsedDirectory((), "", "", (problem,))


def decode(data: bytes) -> str | Problem:
    """Decode the bytes of a directory file as UTF-8 (a leading BOM is dropped).

    Args:
        data: The file's content.

    Returns:
        The text, or the reason it is not a UTF-8 text file.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _problem("", QT_TRANSLATE_NOOP("domain", "The file is UTF-16 text; save it as UTF-8."))
    if b"\x00" in data:
        return _problem("", QT_TRANSLATE_NOOP("domain", "The file is not a text file (it holds binary data)."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return _problem(
            "",
            QT_TRANSLATE_NOOP("domain", "The file is not UTF-8 text (byte {offset}); save it as UTF-8."),
            offset=str(error.start),
        )


class _Checker:
    """Turns raw field values into entries, collecting problems and refusing duplicates."""

    def __init__(self, source: str | None, as_of: str | None) -> None:
        self.source = source
        self.as_of = as_of
        self.problems: list[Problem] = []
        self.entries: list[PhoneEntry] = []
        self._seen: dict[tuple[str, str], str] = {}

    def add(self, values: Mapping[str, object], prefix: str, place: str) -> None:
        start = len(self.problems)
        text = {name: self._text(values, name, prefix) for name in FIELDS}
        for name in ("region", "label"):
            if not text[name]:
                self._fail(prefix + name, QT_TRANSLATE_NOOP("domain", "The {field} is empty."), field=name)
        self._check_number(text["number"], prefix + "number")
        toll_free = fold(text["toll_free"])
        if toll_free not in TOLL_FREE_VALUES:
            self._fail(
                prefix + "toll_free",
                QT_TRANSLATE_NOOP("domain", 'toll_free is "{value}"; it must be "yes", "no" or "not stated".'),
                value=text["toll_free"],
            )
        source = text["source"] or (self.source or "")
        as_of = text["as_of"] or (self.as_of or "")
        if not source:
            self._fail(prefix + "source", QT_TRANSLATE_NOOP("domain", "No source URL for this entry or the file."))
        if not as_of:
            self._fail(prefix + "as_of", QT_TRANSLATE_NOOP("domain", "No as-of date for this entry or the file."))
        elif parse_date(as_of) is None:
            self._fail(
                prefix + "as_of",
                QT_TRANSLATE_NOOP("domain", 'The as-of date "{value}" is not a date written YYYY-MM-DD.'),
                value=as_of,
            )
        entry = PhoneEntry(text["region"], text["label"], text["number"], toll_free, text["caution"], source, as_of)
        first = self._seen.setdefault(entry.key, place)
        if first != place:
            self._fail(
                prefix + "label",
                QT_TRANSLATE_NOOP("domain", 'Duplicate entry: "{region}" / "{label}" already appears at {first}.'),
                region=entry.region,
                label=entry.label,
                first=first,
            )
        if len(self.problems) == start:
            self.entries.append(entry)

    def _fail(self, where: str, template: str, **params: str) -> None:
        self.problems.append(Problem(where, Message(template, dict(params))))

    def _text(self, values: Mapping[str, object], name: str, prefix: str) -> str:
        value = values.get(name, "")
        if name == "toll_free" and isinstance(value, bool):
            return "yes" if value else "no"
        if not isinstance(value, str):
            self._fail(prefix + name, QT_TRANSLATE_NOOP("domain", "The {field} must be text (in quotes)."), field=name)
            return ""
        if _CONTROL.search(value):
            self._fail(prefix + name, QT_TRANSLATE_NOOP("domain", "The {field} must be one line of text."), field=name)
            return ""
        return value.strip()

    def _check_number(self, number: str, where: str) -> None:
        if not number:
            self._fail(where, QT_TRANSLATE_NOOP("domain", "The number is empty."))
        elif any(char.isalpha() for char in number):
            self._fail(
                where,
                QT_TRANSLATE_NOOP("domain", 'The number "{number}" contains letters; only digits are dialled.'),
                number=number,
            )
        elif bad := sorted({char for char in number if char not in _NUMBER_CHARS}):
            self._fail(
                where,
                QT_TRANSLATE_NOOP(
                    "domain", 'The number "{number}" contains "{chars}"; allowed are digits, spaces, + - . / ( ).'
                ),
                number=number,
                chars="".join(bad),
            )
        elif "+" in number[1:]:
            self._fail(
                where, QT_TRANSLATE_NOOP("domain", 'The number "{number}" has a "+" after its start.'), number=number
            )
        elif sum(char.isdigit() for char in number) < _MIN_DIGITS:
            self._fail(where, QT_TRANSLATE_NOOP("domain", 'The number "{number}" is too short.'), number=number)

    def result(self, as_of: str | None, source: str | None) -> ParsedDirectory:
        problems = list(self.problems)
        if not self.entries and not problems:
            problems.append(_problem("", QT_TRANSLATE_NOOP("domain", "The file holds no entries.")))
        dates = sorted(entry.as_of for entry in self.entries)
        sources = {entry.source for entry in self.entries}
        shared_source = next(iter(sources)) if len(sources) == 1 else (source or "")
        return ParsedDirectory(
            tuple(self.entries), dates[0] if dates else (as_of or ""), shared_source, tuple(problems)
        )


def _rows(text: str, delimiter: str) -> Iterable[tuple[int, list[str]]]:
    """Yield (line number, cells) of the non-blank, non-comment rows."""
    if delimiter == "\t":  # TSV has no quoting: a caution may start with a quotation mark
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip() and not line.lstrip().startswith("#"):
                yield number, line.split("\t")
        return
    lines = ["\n" if line.lstrip().startswith("#") else line for line in text.splitlines(keepends=True)]
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    for cells in reader:
        if any(cell.strip() for cell in cells):
            yield reader.line_num, cells


def _column_name(cell: str) -> str:
    return "_".join(cell.strip().lower().replace("-", " ").split())


_UNKNOWN: Final = QT_TRANSLATE_NOOP("domain", 'Unknown field "{column}" is ignored.')


def _header_problem(header: list[str], where: str) -> Problem | None:
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        template = QT_TRANSLATE_NOOP("domain", "Missing columns: {columns}. The header must name {required}.")
        return _problem(where, template, columns=", ".join(missing), required=", ".join(REQUIRED))
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if repeated:
        return _problem(
            where, QT_TRANSLATE_NOOP("domain", "Columns named twice: {columns}."), columns=", ".join(repeated)
        )
    return None


def parse_delimited(text: str, delimiter: str, *, source: str | None, as_of: str | None) -> ParsedDirectory:
    """Parse a TSV (tab-separated, no quoting) or CSV (comma or semicolon, quoted) directory.

    The first row is the header: ``region, label, number, toll_free, caution`` in any order, plus optional
    ``source`` and ``as_of``. Lines starting with ``#`` are comments.

    Args:
        text: The file's text.
        delimiter: A tab, ``","`` or ``";"``.
        source: Source URL for entries without their own.
        as_of: As-of date for entries without their own.

    Returns:
        The entries and problems (``line N, column``).
    """
    checker = _Checker(source, as_of)
    header: list[str] | None = None
    try:
        for line, cells in _rows(text, delimiter):
            if header is None:
                header = [_column_name(cell) for cell in cells]
                problem = _header_problem(header, f"line {line}")
                if problem is not None:
                    return failed(problem)
                checker.problems.extend(
                    _problem(f"line {line}", _UNKNOWN, False, column=name) for name in header if name not in FIELDS
                )
                continue
            extra = cells[len(header) :]
            if len(cells) < len(header) or any(cell.strip() for cell in extra):
                columns = {"columns": str(len(header))}
                checker.problems.append(Problem(f"line {line}", Message(_ROW_CELLS, columns, count=len(cells))))
                continue
            values = dict(zip(header, cells, strict=False))
            checker.add(values, f"line {line}, ", f"line {line}")
    except csv.Error as error:
        return failed(
            _problem("", QT_TRANSLATE_NOOP("domain", "The file is not valid CSV: {reason}."), reason=str(error))
        )
    if header is None:
        return failed(_problem("", QT_TRANSLATE_NOOP("domain", "The file is empty.")))
    return checker.result(as_of, source)


def parse_tsv(text: str, *, source: str | None, as_of: str | None) -> ParsedDirectory:
    """Parse a tab-separated directory such as the bundled ``phone-numbers-2020.tsv`` (see :func:`parse_delimited`)."""
    return parse_delimited(text, "\t", source=source, as_of=as_of)


def parse_csv(text: str, *, source: str | None, as_of: str | None) -> ParsedDirectory:
    """Parse a comma- (or, when the header has no comma, semicolon-) separated directory."""
    first = next((line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")), "")
    delimiter = ";" if ";" in first and "," not in first else ","
    return parse_delimited(text, delimiter, source=source, as_of=as_of)


def parse_json(text: str, *, source: str | None = None, as_of: str | None = None) -> ParsedDirectory:
    """Parse a JSON directory ``{"as_of": DATE, "source": URL, "entries": [{...}, ...]}``.

    Entries have the seven fields of the directory; ``source`` and ``as_of`` of an entry default to the file's.

    Args:
        text: The file's text.
        source: Source URL when the file has none.
        as_of: As-of date when the file has none.

    Returns:
        The entries and problems (``entries[N].field``).
    """
    if not text.strip():
        return failed(_problem("", QT_TRANSLATE_NOOP("domain", "The file is empty.")))
    try:
        data: Any = loads(text)
    except json.JSONDecodeError as error:
        return failed(
            _problem(
                f"line {error.lineno}",
                QT_TRANSLATE_NOOP("domain", "The file is not valid JSON: {reason} (column {column})."),
                reason=error.msg,
                column=str(error.colno),
            ),
        )
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        return failed(
            _problem(
                "entries",
                QT_TRANSLATE_NOOP("domain", 'The file must be a JSON object with a list of "entries".'),
            ),
        )
    top_source = data.get("source", source)
    top_as_of = data.get("as_of", as_of)
    if top_source is not None and (not isinstance(top_source, str) or not top_source.strip()):
        return failed(
            _problem("source", QT_TRANSLATE_NOOP("domain", "The source must be the URL of the page, as text."))
        )
    if top_as_of is not None and (not isinstance(top_as_of, str) or parse_date(top_as_of) is None):
        return failed(
            _problem("as_of", QT_TRANSLATE_NOOP("domain", "The as-of date must be a date written YYYY-MM-DD."))
        )
    checker = _Checker(top_source, top_as_of)
    for index, raw in enumerate(data["entries"]):
        place = f"entries[{index}]"
        if not isinstance(raw, dict):
            checker.problems.append(_problem(place, QT_TRANSLATE_NOOP("domain", "Each entry must be an object.")))
            continue
        checker.problems.extend(_problem(place, _UNKNOWN, False, column=str(key)) for key in raw if key not in FIELDS)
        missing = [name for name in REQUIRED if name not in raw]
        if missing:
            checker.problems.append(
                _problem(place, QT_TRANSLATE_NOOP("domain", "Missing fields: {columns}."), columns=", ".join(missing))
            )
            continue
        checker.add(raw, f"{place}.", place)
    return checker.result(checker.as_of, checker.source)


def directory_to_json(directory: Directory) -> dict[str, Any]:
    """Return a directory as JSON data in the directory format (also the ``phones --json`` document).

    Args:
        directory: The directory.

    Returns:
        ``{"as_of": DATE, "source": URL, "entries": [...]}`` with all seven fields in every entry.
    """
    return {
        "as_of": directory.as_of,
        "source": directory.source,
        "entries": [entry.to_json() for entry in directory.entries],
    }
