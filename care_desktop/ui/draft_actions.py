"""The main window's actions on drafts: new, open (or bring forward), duplicate, delete with undo, import.

A mixin of ``MainWindow`` (ui/main_window.py), which holds the store, the drafts panel and the open wizards;
its texts keep the main window's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from care_desktop.services.preferences import ROLE_SETTING
from care_desktop.services.store import DraftDamagedError, DraftNotFoundError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QToolButton, QWidget

    from care_desktop.domain.case.draft import Draft
    from care_desktop.domain.case.model import Case
    from care_desktop.ui.context import UiContext
    from care_desktop.ui.drafts_panel import DraftsPanel
    from care_desktop.ui.tracker.window import TrackerWindow
    from care_desktop.ui.wizard import CaseWizard

    _Window = QMainWindow
else:
    _Window = object


def deleted_on_close(widget: QWidget) -> None:
    """Let Qt delete ``widget`` when it is closed (a dialog or wizard opened from the main window)."""
    from PySide6.QtCore import Qt  # Qt's namespace costs milliseconds: not before the first page is shown

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class DraftActions(_Window):
    """What the main window does with drafts (mixed into ``MainWindow``, before ``QMainWindow``)."""

    context: UiContext
    drafts: DraftsPanel
    undo_button: QToolButton
    wizards: dict[str, CaseWizard]
    _closing: bool
    _last_deleted: str | None

    if TYPE_CHECKING:  # the main window's own

        def open_tracker(self) -> TrackerWindow:
            """Show the case tracker."""

    def open_draft_by_id(self, draft_id: str) -> CaseWizard | None:
        """Open (or bring forward) the wizard of a draft known by its id."""
        if draft_id in self.wizards:
            self.wizards[draft_id].raise_()
            return self.wizards[draft_id]
        try:
            return self.open_draft(self.context.store.load_draft(draft_id))
        except (DraftDamagedError, DraftNotFoundError) as error:
            title = QCoreApplication.translate("MainWindow", "Draft cannot be opened")
            self.context.dialogs.warning(self, title, str(error))
            return None

    def reload_drafts(self) -> None:
        """Reload the drafts from the store, keeping the selection."""
        self.drafts.show_drafts(self.context.store.list_drafts())

    def _now(self) -> str:
        return self.context.clock().isoformat(timespec="seconds")

    def new_draft(self, case: Case | None = None) -> Draft:
        """Create and save a draft prefilled with the organization profile and the remembered role."""
        import uuid

        from care_desktop.domain.case.draft import ContactRole, new_draft

        profile = self.context.org_profile()
        role = self.context.store.setting(ROLE_SETTING)
        known_role = ContactRole(role) if role in {r.value for r in ContactRole} else None
        draft = new_draft(uuid.uuid4().hex, self._now(), profile.org, profile.contact, known_role)
        if case is not None:
            draft.case = case
        self.context.store.save_draft(draft)
        return draft

    def new_case(self) -> CaseWizard:
        """Start a new case and open it."""
        draft = self.new_draft()
        self.reload_drafts()
        return self.open_draft(draft)

    def open_selected(self) -> CaseWizard | None:
        """Open the selected draft at its step (or bring its window forward)."""
        draft_id = self.drafts.selected_id()
        if draft_id is None:
            return None
        wizard = self.wizards.get(draft_id)
        if wizard is not None:
            wizard.raise_()
            wizard.activateWindow()
            return wizard
        try:
            draft = self.context.store.load_draft(draft_id)
        except DraftDamagedError as error:
            self.context.dialogs.warning(
                self,
                QCoreApplication.translate("MainWindow", "Draft cannot be opened"),
                QCoreApplication.translate(
                    "MainWindow", "%1\nIt stays in the list so that nothing is lost; you may delete it."
                ).replace("%1", str(error)),
            )
            return None
        except DraftNotFoundError:
            self.reload_drafts()
            return None
        return self.open_draft(draft)

    def open_draft(self, draft: Draft) -> CaseWizard:
        """Show the wizard for ``draft``."""
        from care_desktop.ui.wizard import CaseWizard

        wizard = CaseWizard(draft, self.context)
        deleted_on_close(wizard)
        wizard.draft_saved.connect(lambda _id: self.reload_drafts())
        wizard.drafts_changed.connect(self.reload_drafts)
        wizard.track_requested.connect(lambda draft: self.open_tracker().open_add_case(draft))
        wizard.finished.connect(lambda _result, draft_id=draft.id: self._on_wizard_closed(draft_id))
        self.wizards[draft.id] = wizard
        wizard.show()
        return wizard

    def _on_wizard_closed(self, draft_id: str) -> None:
        self.wizards.pop(draft_id, None)
        self.reload_drafts()
        if not self.wizards and self.isVisible() and not self._closing:  # back to the drafts, that one selected
            self.drafts.select(draft_id)
            self.activateWindow()

    def duplicate_selected(self) -> None:
        """Copy the selected draft into a new one (for a similar but separate issue)."""
        draft_id = self.drafts.selected_id()
        if draft_id is None:
            return
        try:
            original = self.context.store.load_draft(draft_id)
        except (DraftDamagedError, DraftNotFoundError):
            return
        import uuid

        from care_desktop.domain.case.draft import duplicate_draft

        self.context.store.save_draft(duplicate_draft(original, uuid.uuid4().hex, self._now()))
        self.reload_drafts()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Duplicated."), 5000)

    def delete_selected(self) -> None:
        """Delete the selected draft; Undo in the status bar brings it back."""
        draft_id = self.drafts.selected_id()
        if draft_id is None:
            return
        wizard = self.wizards.get(draft_id)
        if wizard is not None:
            wizard.reject()
        self.context.store.delete_draft(draft_id)
        self._last_deleted = draft_id
        self.reload_drafts()
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Draft deleted."))
        self.undo_button.setVisible(True)

    def undo_delete(self) -> None:
        """Bring back the last deleted draft."""
        if self._last_deleted is None:
            return
        self.context.store.undelete_draft(self._last_deleted)
        self._last_deleted = None
        self.undo_button.setVisible(False)
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Draft restored."), 5000)
        self.reload_drafts()

    def import_case_file(self) -> CaseWizard | None:
        """Open a CASE.json as a new draft, after showing what is wrong with it."""
        from care_desktop.ui.case_import import choose_case_file

        case = choose_case_file(self.context, self)
        if case is None:
            return None
        draft = self.new_draft(case)
        self.reload_drafts()
        return self.open_draft(draft)
