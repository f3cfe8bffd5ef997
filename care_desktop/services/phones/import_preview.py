"""A phone directory file read and checked for import, not yet accepted (``Phonebook.preview_import``).

Apart from ``phonebook.py`` because only an import needs it, not the main window's first page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from care_desktop.domain.messages import Problem
from care_desktop.domain.phones.diff import DirectoryDiff
from care_desktop.domain.phones.directory import Directory
from care_desktop.domain.phones.files import ParsedDirectory


@dataclass(frozen=True)
class ImportPreview:
    """A directory file read and checked, not yet accepted.

    Attributes:
        path: The file.
        parsed: Its entries and problems.
        current: The directory it would replace (the user's import, else the bundled one).
        diff: Added, changed and removed entries against ``current``; None when the file cannot be used.
        shadowed_by_site: True when an administrator's directory is in use, so the import takes effect only
            once that one is gone.
    """

    path: Path
    parsed: ParsedDirectory
    current: Directory
    diff: DirectoryDiff | None
    shadowed_by_site: bool

    @property
    def ok(self) -> bool:
        """True when the file can be accepted."""
        return self.parsed.ok

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Everything wrong with the file (blocking or not), each naming the line or entry and field."""
        return self.parsed.problems
