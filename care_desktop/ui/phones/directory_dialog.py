"""The phone directory window: all regions' numbers, importing a newer directory, going back to the bundled one.

An import is previewed first (added, changed and removed numbers, the file's source and date) and written only
after the user says yes; a file with blocking problems is refused and nothing changes. The reading, checking and
writing is the phonebook service's; this module only asks and shows, through the injected ``Dialogs``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from care_desktop.domain.messages import Problem
from care_desktop.domain.phones.diff import Change
from care_desktop.domain.phones.directory import Directory, PhoneEntry, is_stale
from care_desktop.services.phones.import_preview import ImportPreview
from care_desktop.services.phones.phonebook import PhonebookError
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import fill, on_language_change, tr_message
from care_desktop.ui.phones.directory_view import PhoneDirectoryView

ARROW = "\u2192"


def _entry_line(marker: str, entry: PhoneEntry) -> str:
    return f"  {marker} {entry.region} \u2014 {entry.label}: {entry.number}"


def _field_name(name: str) -> str:
    names = {
        "number": QCoreApplication.translate("PhoneDirectoryDialog", "number"),
        "toll_free": QCoreApplication.translate("PhoneDirectoryDialog", "toll-free"),
        "caution": QCoreApplication.translate("PhoneDirectoryDialog", "caution"),
        "region": QCoreApplication.translate("PhoneDirectoryDialog", "region"),
        "label": QCoreApplication.translate("PhoneDirectoryDialog", "label"),
    }
    return names.get(name, name)


def _change_lines(change: Change) -> list[str]:
    old, new = change.old, change.new
    number = f"{old.number} {ARROW} {new.number}" if "number" in change.fields else new.number
    lines = [f"  ~ {new.region} \u2014 {new.label}: {number}"]
    none = QCoreApplication.translate("PhoneDirectoryDialog", "(none)")
    for name in change.fields:
        if name != "number":
            before, after = getattr(old, name) or none, getattr(new, name) or none
            lines.append(f"      {_field_name(name)}: {before} {ARROW} {after}")
    return lines


def _origin_text(directory: Directory) -> str:
    if directory.origin == "user":
        template = QCoreApplication.translate("PhoneDirectoryDialog", "your imported directory (as of %1)")
    elif directory.origin == "site":
        template = QCoreApplication.translate("PhoneDirectoryDialog", "your administrator's directory (as of %1)")
    else:
        template = QCoreApplication.translate("PhoneDirectoryDialog", "the bundled directory (as of %1)")
    return fill(template, directory.as_of)


def problem_lines(problems: tuple[Problem, ...]) -> list[str]:
    """Render problems as indented lines ``where: what`` in the UI language."""
    return [
        f"  \u2022 {problem.field + ': ' if problem.field else ''}{tr_message(problem.message)}" for problem in problems
    ]


def import_summary(preview: ImportPreview, today: date) -> str:
    """Describe what accepting an import would change, for the confirmation question.

    Args:
        preview: A preview whose file can be used (``preview.ok``).
        today: The current date (a file over a year old gets a warning).

    Returns:
        Plain text: the file, its source and as-of date, what it is compared with, the added, changed (old
        number -> new number) and removed entries with their numbers verbatim, non-blocking notes, and a note
        when an administrator's directory will still take precedence.
    """
    parsed = preview.parsed
    lines = [
        fill(QCoreApplication.translate("PhoneDirectoryDialog", "File: %1"), str(preview.path)),
        fill(QCoreApplication.translate("PhoneDirectoryDialog", "Source: %1"), parsed.source),
        fill(QCoreApplication.translate("PhoneDirectoryDialog", "As of: %1"), parsed.as_of),
    ]
    if is_stale(parsed.as_of, today):
        lines.append(
            "\u26a0 "
            + QCoreApplication.translate(
                "PhoneDirectoryDialog", "These numbers are more than a year old: verify them before calling."
            )
        )
    compared = QCoreApplication.translate("PhoneDirectoryDialog", "Compared with %1:")
    lines += ["", fill(compared, _origin_text(preview.current))]
    changes = preview.diff
    if changes is not None and changes.is_empty:
        lines.append(QCoreApplication.translate("PhoneDirectoryDialog", "No number is added, changed or removed."))
    elif changes is not None:
        if changes.added:
            lines.append(
                fill(QCoreApplication.translate("PhoneDirectoryDialog", "Added (%1):"), str(len(changes.added)))
            )
            lines += [_entry_line("+", entry) for entry in changes.added]
        if changes.changed:
            count = str(len(changes.changed))
            lines.append(fill(QCoreApplication.translate("PhoneDirectoryDialog", "Changed (%1):"), count))
            for change in changes.changed:
                lines += _change_lines(change)
        if changes.removed:
            count = str(len(changes.removed))
            lines.append(fill(QCoreApplication.translate("PhoneDirectoryDialog", "Removed (%1):"), count))
            lines += [_entry_line("\u2212", entry) for entry in changes.removed]
    if changes is not None:
        lines.append(fill(QCoreApplication.translate("PhoneDirectoryDialog", "Unchanged: %1."), str(changes.unchanged)))
    if preview.problems:
        lines += ["", QCoreApplication.translate("PhoneDirectoryDialog", "Notes:"), *problem_lines(preview.problems)]
    if preview.shadowed_by_site:
        note = QCoreApplication.translate(
            "PhoneDirectoryDialog",
            "A directory deployed by your administrator is in use and takes precedence: "
            "your import is used only once it is removed.",
        )
        lines += ["", "\u26a0 " + note]
    return "\n".join(lines)


class PhoneDirectoryDialog(QDialog):
    """All regions' numbers, with "Import directory…", "Use the bundled directory" and Close.

    Args:
        context: Services and settings (the phonebook, the dialogs and the clock are used).
        region_domain: The organization's Genesys Cloud region domain, if known.
        country: The user's country name, ISO code or locale, if known.
        parent: Owner.
    """

    def __init__(
        self, context: UiContext, region_domain: str | None, country: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.context = context
        self.view = PhoneDirectoryView(context.phonebook, self._today, dialogs=context.dialogs)
        self.view.set_preference(region_domain, country)
        self.view.set_show_all(True)
        self.import_button = QPushButton()
        self.bundled_button = QPushButton()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.bundled_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the search box must neither import nor close
        self.import_button.clicked.connect(self.import_directory)
        self.bundled_button.clicked.connect(self.use_bundled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 680)
        self.view.search_box.setFocus()
        self._update_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Customer Care phone numbers"))
        self.import_button.setText(self.tr("&Import directory\u2026"))
        self.import_button.setAccessibleName(self.tr("Import a phone directory file"))
        self.import_button.setToolTip(self.tr("Read a JSON, CSV or TSV directory, review the changes, then use it"))
        self.import_button.setAccessibleDescription(self.import_button.toolTip())
        self.bundled_button.setText(self.tr("Use the &bundled directory"))
        self.bundled_button.setAccessibleName(self.tr("Use the bundled directory"))
        self.bundled_button.setToolTip(self.tr("Forget your imported directory"))
        self.bundled_button.setAccessibleDescription(
            self.tr("Forgets your imported directory and goes back to the numbers bundled with Care Desktop.")
        )
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAccessibleName(self.tr("Close"))
            close.setAccessibleDescription(self.tr("Closes the phone numbers window."))

    def _today(self) -> date:
        return self.context.clock().astimezone().date()

    def _update_buttons(self) -> None:
        self.bundled_button.setEnabled(self.context.phonebook.user_file.exists())

    def import_directory(self) -> bool:
        """Ask for a directory file, show what it would change and import it when the user agrees.

        Returns:
            True when the file was imported.
        """
        dialogs, phonebook = self.context.dialogs, self.context.phonebook
        path = dialogs.open_file(
            self,
            self.tr("Import a phone directory"),
            Path.home(),
            self.tr("Phone directories (*.json *.csv *.tsv);;All files (*)"),
        )
        if path is None:
            return False
        preview = phonebook.preview_import(path)
        title = self.tr("Import a phone directory")
        if not preview.ok:
            blocking = tuple(problem for problem in preview.problems if problem.blocking)
            intro = fill(self.tr("%1 cannot be used; nothing was changed."), str(path))
            dialogs.warning(self, title, "\n".join([intro, "", *problem_lines(blocking)]))
            return False
        question = import_summary(preview, self._today()) + "\n\n" + self.tr("Use this directory?")
        if not dialogs.question(self, title, question):
            return False
        try:
            phonebook.accept_import(preview)
        except (OSError, PhonebookError) as error:
            dialogs.warning(self, title, fill(self.tr("The directory could not be saved: %1"), str(error)))
            return False
        self.view.reload()
        self._update_buttons()
        return True

    def use_bundled(self) -> bool:
        """Forget the user's imported directory after asking.

        Returns:
            True when it was removed.
        """
        phonebook = self.context.phonebook
        text = fill(
            self.tr("Your imported directory (%1) will be deleted and the bundled one used again."),
            str(phonebook.user_file),
        )
        if self.view.directory.origin == "site":
            text += "\n\n" + self.tr("The directory deployed by your administrator stays in use.")
        if not self.context.dialogs.question(self, self.tr("Use the bundled directory"), text):
            return False
        try:
            removed = phonebook.remove_user_directory()
        except OSError as error:
            self.context.dialogs.warning(
                self, self.tr("Use the bundled directory"), fill(self.tr("Could not delete it: %1"), str(error))
            )
            return False
        self.view.reload()
        self._update_buttons()
        return removed
