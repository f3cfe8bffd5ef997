"""Redacting the files of one case: one session, the same options and pseudonyms for every file.

``RedactionSession.redact`` reads a file, chooses the way to redact it from its kind and the one file
classifier (``services.evidence.sniff``), and writes the redacted bytes to an ``Output``; it returns a
``FileResult`` with the findings. Images are copied unchanged (pixels cannot be searched); binary files cannot
be redacted and are not written at all; a HAR that is not valid JSON is redacted as text instead (and the
result says so). Configuration files are redacted by their format's parser, structure first and the text
rules after (``configfile``); one whose redacted copy would not parse the way it does is "unsafe": nothing is
written unless the caller allows it on purpose. Inputs are only read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Final

import phonenumbers
from phonenumbers.phonemetadata import PhoneMetadata

from care_desktop.domain.case.model import AttachmentKind
from care_desktop.domain.redaction.formats.engine import UnsafeRedactionError
from care_desktop.domain.redaction.formats.registry import FORMATS
from care_desktop.domain.redaction.formats.slots import ConfigFormat, FormatError
from care_desktop.domain.redaction.json_values import JsonRedactor
from care_desktop.domain.redaction.patterns import PHONE_HINT
from care_desktop.domain.redaction.report import RedactionReport
from care_desktop.domain.redaction.rules import PseudonymTable, RedactionOptions
from care_desktop.domain.redaction.text import TextRedactor
from care_desktop.services.evidence.sniff import Sniff, read_head, sniff_head
from care_desktop.services.progress import NEVER_CANCELLED, CancelToken
from care_desktop.services.redaction.configfile import MAX_STRUCTURED, redact_config
from care_desktop.services.redaction.jsonfile import JsonFormatError, redact_json
from care_desktop.services.redaction.textfile import CHUNK, Output, TextCodec, redact_text

NOTE_IMAGE: Final = "image: copied unchanged (check that it shows no secrets)"
NOTE_BINARY: Final = "binary file: it cannot be redacted, so it is left out"
NOTE_AS_IS: Final = "sent as is on the user's request: it was not redacted"
NOTE_NOT_JSON: Final = "not valid JSON ({reason}): redacted as text"
NOTE_NOT_PARSED: Final = "not valid {format} ({reason}): redacted line by line with the text rules"
NOTE_TOO_LARGE: Final = "larger than {limit} MB: redacted line by line with the text rules (structure not checked)"
NOTE_UNSAFE: Final = "could not be redacted safely ({reason}): left out unless you include it on purpose"
NOTE_UNSAFE_INCLUDED: Final = (
    "could not be redacted safely ({reason}): included on purpose, redacted line by line with the text rules"
)


@dataclass
class FileResult:
    """What redacting one file gave.

    Attributes:
        input: The file read.
        kind: How it was treated (a declared kind may be corrected by sniffing: text declared "other" is a
            console log, a file declared a screenshot that is no image is treated as text).
        report: Counts per rule, preview lines, live-session flag.
        size: Bytes read.
        written: Bytes written to the output.
        redacted: False when the file was not redacted (an image copied as is, or a binary file left out).
        included: False when nothing was written (a binary file, or an unsafe one not allowed).
        note: An English remark for the user and the manifest, or empty.
        unsafe: True when a configuration file's redacted copy would not parse the way the original does
            (it is left out unless the user includes it on purpose).
        config_format: The parser a configuration file was redacted with, or empty.
    """

    input: Path
    kind: AttachmentKind
    report: RedactionReport = field(default_factory=RedactionReport)
    size: int = 0
    written: int = 0
    redacted: bool = True
    included: bool = True
    note: str = ""
    unsafe: bool = False
    config_format: str = ""


class _Counting:
    """Wraps an output to count what is written to it."""

    def __init__(self, out: Output) -> None:
        self.out = out
        self.written = 0

    def write(self, data: bytes, /) -> object:
        self.written += len(data)
        return self.out.write(data)

    def restart(self) -> None:
        self.written = 0
        self.out.restart()


class RedactionSession:
    """Redacts the files of one case with the same options and pseudonym table.

    Args:
        options: What to remove besides secrets.
        formats: The configuration formats by name (tests may give their own).
    """

    def __init__(self, options: RedactionOptions | None = None, formats: dict[str, ConfigFormat] | None = None) -> None:
        self.options = options or RedactionOptions()
        self.pseudonyms = PseudonymTable()
        self.formats = FORMATS if formats is None else formats

    def redact(
        self,
        path: Path,
        kind: AttachmentKind,
        out: Output,
        advance: Callable[[int], None] | None = None,
        token: CancelToken = NEVER_CANCELLED,
        as_is: bool = False,
        allow_unsafe: bool = False,
    ) -> FileResult:
        """Redact one file into ``out``.

        Args:
            path: The file to read.
            kind: Its declared kind.
            out: Receives the redacted bytes.
            advance: Called with the number of bytes read as the work goes on.
            token: Checked after every chunk; cancelling raises ``CancelledError``.
            as_is: Copy the file unchanged, not redacted: the user chose to send it as is
                (``Attachment.send_unredacted``).
            allow_unsafe: Write a configuration file that cannot be redacted safely anyway (the user chose
                to include it), redacted line by line with the text rules.

        Returns:
            The findings.

        Raises:
            OSError: The file cannot be read.
            CancelledError: The token was cancelled.
        """
        step = advance or (lambda done: None)

        def progress(done: int) -> None:
            token.check()
            step(done)

        head = read_head(path)
        found = sniff_head(path, head)
        result = FileResult(path, kind)
        counting = _Counting(out)
        kind = self.effective_kind(kind, head, found)
        result.kind = kind
        if as_is:
            result.redacted, result.note = False, NOTE_AS_IS
            result.size = _copy(path, counting, progress)
        elif kind is AttachmentKind.SCREENSHOT:
            result.redacted, result.note = False, NOTE_IMAGE
            result.size = _copy(path, counting, progress)
        elif kind is AttachmentKind.OTHER:
            result.redacted, result.included, result.note = False, False, NOTE_BINARY
            result.size = path.stat().st_size
            progress(result.size)
        elif kind is AttachmentKind.HAR:
            self._json(path, result, counting, progress, har=True)
        elif kind is AttachmentKind.CONFIG:
            self._config(path, result, counting, progress, found, allow_unsafe)
        else:
            self._text(path, result, counting, progress, config=False)
        result.written = counting.written
        return result

    def text_redactor(
        self, report: RedactionReport, codec: TextCodec | None = None, config: bool = False
    ) -> TextRedactor:
        """A text redactor for one file of this session."""
        return TextRedactor(
            self.options,
            report,
            self.pseudonyms,
            config=config,
            phone_finder=self._find_phones if self.options.pii else None,
            display=codec.display if codec else str,
        )

    def json_redactor(self, report: RedactionReport, har: bool) -> JsonRedactor:
        """The JSON redactor for one file of this session (a HAR, or configuration read as JSON)."""
        return JsonRedactor(self.text_redactor(report, config=not har))

    @staticmethod
    def effective_kind(kind: AttachmentKind, head: bytes, found: Sniff) -> AttachmentKind:
        """How a file declared ``kind`` is treated, given what the classifier found in its first bytes.

        A screenshot that is no image and a file of kind "other" take the classifier's kind: images are
        stored, HAR, configuration and text files are redacted, binary files (kind "other") cannot be
        redacted. A HAR that is binary is "other".
        """
        if kind is AttachmentKind.SCREENSHOT and found.image_format is None and head:
            kind = AttachmentKind.OTHER
        if kind is AttachmentKind.OTHER:
            return found.kind
        if kind is AttachmentKind.HAR and found.encoding is None:
            return AttachmentKind.OTHER
        return kind

    def _config(
        self,
        path: Path,
        result: FileResult,
        out: _Counting,
        progress: Callable[[int], None],
        found: Sniff,
        allow_unsafe: bool,
    ) -> None:
        fmt = self.formats.get(found.config_format or "")
        size = path.stat().st_size
        if fmt is None or size > MAX_STRUCTURED:
            if fmt is not None:
                result.note = NOTE_TOO_LARGE.format(limit=MAX_STRUCTURED >> 20)
            if found.json_like:
                self._json(path, result, out, progress, har=False)
            else:
                self._text(path, result, out, progress, config=True)
            return
        result.config_format = fmt.name
        try:
            data, result.note, result.size = redact_config(path, fmt, self.text_redactor(result.report, config=True))
        except FormatError as error:
            result.report.clear()
            result.note = NOTE_NOT_PARSED.format(format=fmt.name.upper(), reason=error)
            self._text(path, result, out, progress, config=True)
            return
        except UnsafeRedactionError as error:
            result.report.clear()
            result.unsafe = True
            if not allow_unsafe:
                result.redacted, result.included = False, False
                result.note = NOTE_UNSAFE.format(reason=error)
                result.size = size
                progress(size)
                return
            result.note = NOTE_UNSAFE_INCLUDED.format(reason=error)
            self._text(path, result, out, progress, config=True)
            return
        out.write(data)
        progress(result.size)

    def _text(self, path: Path, result: FileResult, out: Output, progress: Callable[[int], None], config: bool) -> None:
        def make(codec: TextCodec) -> TextRedactor:
            return self.text_redactor(result.report, codec, config)

        done = _Tally(progress)
        with path.open("rb") as source:
            redact_text(source, out, make, done)
        result.size = done.total

    def _json(self, path: Path, result: FileResult, out: Output, progress: Callable[[int], None], har: bool) -> None:
        done = _Tally(progress)
        try:
            with path.open("rb") as source:
                redact_json(source, out, self.json_redactor(result.report, har), done, har)
            result.size = done.total
        except JsonFormatError as error:
            out.restart()
            result.report.clear()
            result.note = NOTE_NOT_JSON.format(reason=error)
            self._text(path, result, out, _Rewound(progress, done.total), config=not har)

    def _find_phones(self, line: str) -> list[tuple[int, int]]:
        """The phone numbers of a line: each candidate the cheap hint finds, checked by the phone library.

        Only the candidates are parsed (not the whole line with the library's matcher, which cost four times
        the rest of the redaction on a log full of timestamps and IDs).
        """
        region = self.options.phone_region or None
        return [hint.span() for hint in PHONE_HINT.finditer(line) if is_phone_number(hint.group(), region)]


@lru_cache(maxsize=8192)
def is_phone_number(text: str, region: str | None) -> bool:
    """Whether the phone library takes ``text`` for a valid number.

    Remembered: a log repeats its numbers, and the library takes about 0.1 ms a number. Without a region, the
    library takes only a number written with its plus sign (``+``, or the full-width U+FF0B): the others are not
    even parsed.
    """
    if region is None and "+" not in text and "\uff0b" not in text:
        return False
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    main = phonenumbers.region_code_for_country_code(number.country_code or 0)
    if _tried_first(main) and phonenumbers.is_valid_number_for_region(number, main):
        return True  # the library would look at this region first and stop there: the same answer, one check fewer
    return bool(phonenumbers.is_valid_number(number))


@cache
def _tried_first(region: str) -> bool:
    """Whether the library's ``is_valid_number`` settles a number valid in this main region by looking there first.

    The library tries the regions of a calling code in order, the main one first; a region with a leading-digits
    condition may be passed by, so it does not count.
    """
    metadata = PhoneMetadata.metadata_for_region(region)
    return metadata is not None and metadata.leading_digits is None


class _Tally:
    """Passes progress on and adds it up."""

    def __init__(self, progress: Callable[[int], None]) -> None:
        self._progress = progress
        self.total = 0

    def __call__(self, done: int) -> None:
        self.total += done
        self._progress(done)


class _Rewound:
    """Progress for a second pass over a file: reports only what goes beyond the first pass."""

    def __init__(self, progress: Callable[[int], None], already: int) -> None:
        self._progress = progress
        self._already = already

    def __call__(self, done: int) -> None:
        beyond = max(0, done - self._already)
        self._already = max(0, self._already - done)
        self._progress(beyond)


def _copy(path: Path, out: Output, progress: Callable[[int], None]) -> int:
    total = 0
    with path.open("rb") as source:
        while data := source.read(CHUNK):
            out.write(data)
            total += len(data)
            progress(len(data))
    return total
