"""What replacing one phone directory by another would change (shown before an import is accepted).

Apart from ``phones.py`` because only an import needs it, not the main window's first page. No I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from care_desktop.domain.phones.directory import Directory, PhoneEntry


@dataclass(frozen=True)
class Change:
    """An entry present in both directories whose number, toll-free flag or caution differs.

    Attributes:
        old: The entry before.
        new: The entry after.
        fields: Names of the fields that differ.
    """

    old: PhoneEntry
    new: PhoneEntry
    fields: tuple[str, ...]


@dataclass(frozen=True)
class DirectoryDiff:
    """What replacing one directory by another would change, entries matched by region and label.

    Attributes:
        added: Entries only in the new directory.
        changed: Entries in both that differ.
        removed: Entries only in the old directory.
        unchanged: How many entries are the same in both.
    """

    added: tuple[PhoneEntry, ...]
    changed: tuple[Change, ...]
    removed: tuple[PhoneEntry, ...]
    unchanged: int

    @property
    def is_empty(self) -> bool:
        """True when no number, toll-free flag or caution would change."""
        return not (self.added or self.changed or self.removed)


_COMPARED: Final = ("region", "label", "number", "toll_free", "caution")


def diff(old: Directory, new: Directory) -> DirectoryDiff:
    """Compare two directories (sources and dates are compared by the caller, on the directories).

    Args:
        old: The directory in use.
        new: Its candidate replacement.

    Returns:
        Added, changed and removed entries, in the order of the directory they come from.
    """
    before = {entry.key: entry for entry in old.entries}
    after = {entry.key: entry for entry in new.entries}
    changed: list[Change] = []
    unchanged = 0
    for key, entry in after.items():
        previous = before.get(key)
        if previous is None:
            continue
        fields = tuple(name for name in _COMPARED if getattr(previous, name) != getattr(entry, name))
        if fields:
            changed.append(Change(previous, entry, fields))
        else:
            unchanged += 1
    return DirectoryDiff(
        added=tuple(entry for key, entry in after.items() if key not in before),
        changed=tuple(changed),
        removed=tuple(entry for key, entry in before.items() if key not in after),
        unchanged=unchanged,
    )
