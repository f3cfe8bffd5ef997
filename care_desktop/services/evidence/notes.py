"""What the evidence services tell the user about a file: a coded, translatable note with a level.

Every problem with an evidence file (it vanished, it is a pipe, it is huge, it is not UTF-8 ...) becomes a
``Note`` here instead of an exception, so the Attachments page can show it and tests can check its ``code``.
The English templates are marked for translation in the ``"domain"`` context like ``domain.messages``. This
module holds only the vocabulary; it does no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from care_desktop.domain.plurals import counted


class Level(StrEnum):
    """How serious a note is."""

    INFO = "info"
    """Worth knowing; nothing to do (no preview for a binary file, characters replaced ...)."""
    WARNING = "warning"
    """The file can be attached, but the user should look (very large, over the upload limit ...)."""
    ERROR = "error"
    """The file cannot be attached or the operation failed; nothing was changed."""


class Code(StrEnum):
    """What a note is about; stable identifiers for the UI and tests."""

    MISSING = "missing"
    BROKEN_LINK = "broken_link"
    LINK_LOOP = "link_loop"
    DIRECTORY = "directory"
    SPECIAL = "special"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    LARGE = "large"
    OVER_LIMIT = "over_limit"
    PACKAGE_OVER_LIMIT = "package_over_limit"
    BINARY = "binary"
    REPLACED_CHARACTERS = "replaced_characters"
    MALFORMED_HAR = "malformed_har"
    COPY_FAILED = "copy_failed"
    NOT_IN_CASE = "not_in_case"
    REMOVE_FAILED = "remove_failed"
    NOT_TEXT = "not_text"
    NO_TIMESTAMPS = "no_timestamps"
    NOTHING_IN_WINDOW = "nothing_in_window"


_TEMPLATES: Final[dict[Code, tuple[Level, str]]] = {
    Code.MISSING: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "{name} no longer exists; it was moved or deleted after it was chosen."),
    ),
    Code.BROKEN_LINK: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "{name} is a link to a file that does not exist."),
    ),
    Code.LINK_LOOP: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "{name} is a link that leads back to itself (a link loop); it cannot be opened."),
    ),
    Code.DIRECTORY: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "{name} is a folder. Add the files inside it instead."),
    ),
    Code.SPECIAL: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "{name} is not a regular file but a {what}; it cannot be attached."),
    ),
    Code.UNREADABLE: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "Cannot read {name}: {reason}."),
    ),
    Code.EMPTY: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "{name} is empty (0 bytes); there is nothing to attach."),
    ),
    Code.LARGE: (
        Level.WARNING,
        QT_TRANSLATE_NOOP(
            "domain",
            "{name} is very large ({size}). Copying and redacting it takes a while; if it is a log, consider "
            "trimming it to the time of the incident.",
        ),
    ),
    Code.OVER_LIMIT: (
        Level.WARNING,
        QT_TRANSLATE_NOOP("domain", "{name} ({size}) is larger than the upload limit ({limit})."),
    ),
    Code.PACKAGE_OVER_LIMIT: (
        Level.WARNING,
        QT_TRANSLATE_NOOP("domain", "All included attachments together ({size}) exceed the upload limit ({limit})."),
    ),
    Code.BINARY: (
        Level.WARNING,
        QT_TRANSLATE_NOOP(
            "domain",
            "{name} is a binary file: there is no preview, and it cannot be redacted, so the package leaves it out.",
        ),
    ),
    Code.REPLACED_CHARACTERS: (
        Level.INFO,
        QT_TRANSLATE_NOOP(
            "domain", "{name} is not UTF-8 or UTF-16 text; characters that could not be read are shown as \ufffd."
        ),
    ),
    Code.MALFORMED_HAR: (
        Level.WARNING,
        QT_TRANSLATE_NOOP(
            "domain",
            "{name} looks like a HAR file but is not complete, valid JSON ({reason}). It is shown and redacted as "
            "text.",
        ),
    ),
    Code.COPY_FAILED: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "Could not copy {name} into the case folder: {reason}. Nothing was stored."),
    ),
    Code.NOT_IN_CASE: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "{name} is not in this case's folder; it was left alone."),
    ),
    Code.REMOVE_FAILED: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "Could not delete {name} from the case folder: {reason}."),
    ),
    Code.NOT_TEXT: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "{name} is not a text file; it cannot be trimmed."),
    ),
    Code.NO_TIMESTAMPS: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "No time stamps were recognised in {name}; it cannot be trimmed."),
    ),
    Code.NOTHING_IN_WINDOW: (
        Level.ERROR,
        QT_TRANSLATE_NOOP("domain", "No line of {name} falls between {start} and {end}; nothing was written."),
    ),
}


@dataclass(frozen=True)
class Note:
    """One thing to tell the user about an evidence file.

    Attributes:
        code: What it is about.
        level: How serious it is.
        message: The translatable text.
    """

    code: Code
    level: Level
    message: Message


def note(code: Code, **params: str) -> Note:
    """Build the note for ``code`` with its English template.

    Args:
        code: What the note is about.
        **params: Values for the template's placeholders (``name`` is the file's name everywhere).

    Returns:
        The note.
    """
    level, template = _TEMPLATES[code]
    return Note(code, level, Message(template, dict(params)))


def human_size(size: int) -> str:
    """Format a byte count for a message: ``0 bytes``, ``512 bytes``, ``1.5 KB``, ``3.2 GB`` (1 KB = 1024 bytes).

    Args:
        size: Bytes.

    Returns:
        The text.
    """
    if size < 1024:
        return counted(size, "byte")
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            return f"{value:.1f} {unit}"
    raise AssertionError("unreachable")  # pragma: no cover


def size_notes(name: str, size: int, upload_limit: int | None) -> list[Note]:
    """The notes about a file's size alone: empty, very large, over the upload limit.

    Args:
        name: The file's name, for the message.
        size: Its size in bytes.
        upload_limit: The upload limit in bytes (a setting), or None when there is none.

    Returns:
        The notes, possibly none.
    """
    if size == 0:
        return [note(Code.EMPTY, name=name)]
    notes = []
    if size >= LARGE_FILE_BYTES:
        notes.append(note(Code.LARGE, name=name, size=human_size(size)))
    if upload_limit is not None and size > upload_limit:
        notes.append(note(Code.OVER_LIMIT, name=name, size=human_size(size), limit=human_size(upload_limit)))
    return notes


def package_notes(total: int, upload_limit: int | None) -> list[Note]:
    """The note for the whole package when the included attachments together exceed the upload limit.

    Args:
        total: Sum of the sizes of the included attachments, in bytes.
        upload_limit: The upload limit in bytes, or None.

    Returns:
        One ``PACKAGE_OVER_LIMIT`` warning, or nothing.
    """
    if upload_limit is None or total <= upload_limit:
        return []
    return [note(Code.PACKAGE_OVER_LIMIT, size=human_size(total), limit=human_size(upload_limit))]


LARGE_FILE_BYTES: Final = 1024**3
"""From this size (1 GiB) a file is flagged as very large; it can still be attached."""
