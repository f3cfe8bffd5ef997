"""The main window's actions on drafts: new, open (or bring forward), duplicate, delete with undo, import.

A controller owned by ``MainWindow`` (ui/main_window.py): it holds the open wizards and acts on the drafts panel
and the window's status bar; its texts keep the main window's translation context.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QToolButton

from care_desktop.domain.case.draft import ContactRole, duplicate_draft, new_draft
from care_desktop.services.preferences import ROLE_SETTING
from care_desktop.services.store import DraftDamagedError, DraftNotFoundError
from care_desktop.ui.case_import import choose_case_file
from care_desktop.ui.context import UiContext
from care_desktop.ui.drafts_panel import DraftsPanel
from care_desktop.ui.i18n import fill
from care_desktop.ui.main_window import deleted_on_close

if TYPE_CHECKING:
    from care_desktop.domain.case.draft import Draft
    from care_desktop.domain.case.model import Case
    from care_desktop.ui.tracker.window import TrackerWindow
    from care_desktop.ui.wizard import CaseWizard


class DraftActions(QObject):
    """What the main window does with drafts.

    Args:
        context: Services and settings.
        window: The main window (the parent of dialogs; its status bar shows what happened).
        drafts: The drafts panel (the selection to act on, the list to refresh).
        open_tracker: Shows the case tracker (a wizard asks for it to track a filed case).

    Attributes:
        wizards: The open wizards by draft id.
        undo_button: Brings back the last deleted draft (the window puts it in its status bar).
    """

    def __init__(
        self,
        context: UiContext,
        window: QMainWindow,
        drafts: DraftsPanel,
        open_tracker: Callable[[], TrackerWindow],
    ) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.drafts = drafts
        self.open_tracker = open_tracker
        self.wizards: dict[str, CaseWizard] = {}
        self.closing = False
        self._last_deleted: str | None = None
        self.undo_button = QToolButton()
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.setVisible(False)
        drafts.new_requested.connect(self.new_case)
        drafts.open_requested.connect(self.open_selected)
        drafts.duplicate_requested.connect(self.duplicate_selected)
        drafts.delete_requested.connect(self.delete_selected)

    def retranslate(self) -> None:
        """Set the undo button's texts."""
        self.undo_button.setText(QCoreApplication.translate("MainWindow", "Undo"))
        self.undo_button.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Brings back the draft you just deleted.")
        )

    def close_all(self) -> None:
        """Close the wizards (they save) as the window closes."""
        self.closing = True
        for wizard in list(self.wizards.values()):
            wizard.reject()

    def open_draft_by_id(self, draft_id: str) -> CaseWizard | None:
        """Open (or bring forward) the wizard of a draft known by its id."""
        if draft_id in self.wizards:
            self.wizards[draft_id].raise_()
            return self.wizards[draft_id]
        try:
            return self.open_draft(self.context.store.load_draft(draft_id))
        except (DraftDamagedError, DraftNotFoundError) as error:
            title = QCoreApplication.translate("MainWindow", "Draft cannot be opened")
            self.context.dialogs.warning(self.window, title, str(error))
            return None

    def reload_drafts(self) -> None:
        """Reload the drafts from the store, keeping the selection."""
        self.drafts.show_drafts(self.context.store.list_drafts())

    def show_saved(self, draft_id: str) -> None:
        """One draft was saved (an autosave, a page accepted): update its row only."""
        self.drafts.show_saved(self.context.store.draft_summary(draft_id), draft_id)

    def _now(self) -> str:
        return self.context.clock().isoformat(timespec="seconds")

    def new_draft(self, case: Case | None = None) -> Draft:
        """Create and save a draft prefilled with the organization profile and the remembered role."""
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
                self.window,
                QCoreApplication.translate("MainWindow", "Draft cannot be opened"),
                fill(
                    QCoreApplication.translate(
                        "MainWindow", "%1\nIt stays in the list so that nothing is lost; you may delete it."
                    ),
                    str(error),
                ),
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
        wizard.draft_saved.connect(self.show_saved)
        wizard.drafts_changed.connect(self.reload_drafts)
        wizard.track_requested.connect(lambda draft: self.open_tracker().open_add_case(draft))
        wizard.finished.connect(lambda _result, draft_id=draft.id: self._on_wizard_closed(draft_id))
        self.wizards[draft.id] = wizard
        wizard.show()
        return wizard

    def _on_wizard_closed(self, draft_id: str) -> None:
        self.wizards.pop(draft_id, None)
        self.reload_drafts()
        if not self.wizards and self.window.isVisible() and not self.closing:  # back to the drafts, that one selected
            self.drafts.select(draft_id)
            self.window.activateWindow()

    def duplicate_selected(self) -> None:
        """Copy the selected draft into a new one (for a similar but separate issue)."""
        draft_id = self.drafts.selected_id()
        if draft_id is None:
            return
        try:
            original = self.context.store.load_draft(draft_id)
        except (DraftDamagedError, DraftNotFoundError):
            return
        self.context.store.save_draft(duplicate_draft(original, uuid.uuid4().hex, self._now()))
        self.reload_drafts()
        self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Duplicated."), 5000)

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
        self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Draft deleted."))
        self.undo_button.setVisible(True)

    def undo_delete(self) -> None:
        """Bring back the last deleted draft."""
        if self._last_deleted is None:
            return
        self.context.store.undelete_draft(self._last_deleted)
        self._last_deleted = None
        self.undo_button.setVisible(False)
        self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Draft restored."), 5000)
        self.reload_drafts()

    def import_case_file(self) -> CaseWizard | None:
        """Open a CASE.json as a new draft, after showing what is wrong with it."""
        case = choose_case_file(self.context, self.window)
        if case is None:
            return None
        draft = self.new_draft(case)
        self.reload_drafts()
        return self.open_draft(draft)
