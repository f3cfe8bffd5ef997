"""The main window: the critical-outage banner, the drafts, New case, and the organization profile.

It opens the wizards and dialogs and acts on drafts (open, resume, duplicate, delete with undo, import);
the panels hold the widgets. The wizard, the dialogs and the tracker window are imported when first opened,
not with the window: the window must appear at once, in the worst minutes of an outage.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QToolButton, QVBoxLayout, QWidget

from care_desktop.domain.case import Case
from care_desktop.domain.draft import ContactRole, Draft, duplicate_draft, new_draft
from care_desktop.domain.phones import is_stale
from care_desktop.services.preferences import ROLE_SETTING
from care_desktop.services.store import DraftDamagedError, DraftNotFoundError
from care_desktop.ui.context import UiContext
from care_desktop.ui.critical_banner import CriticalBanner
from care_desktop.ui.drafts_panel import DraftsPanel
from care_desktop.ui.profile_panel import ProfilePanel
from care_desktop.ui.reminders import ReminderBanner, ReminderCenter, store_source

if TYPE_CHECKING:  # opened on demand: see the module's docstring
    from care_desktop.ui.critical_outage import CriticalOutageDialog
    from care_desktop.ui.phone_directory_dialog import PhoneDirectoryDialog
    from care_desktop.ui.settings_dialog import SettingsDialog
    from care_desktop.ui.tracker_window import TrackerWindow
    from care_desktop.ui.widgets.status_panel import StatusPanel
    from care_desktop.ui.wizard import CaseWizard

GEOMETRY_SETTING = "ui.main_window.geometry"
REMINDER_DELAY_MS = 1500  # the first deadline check waits until the window is on screen


class MainWindow(QMainWindow):
    """The app's home.

    Args:
        context: Services and settings.
        parent: Owner.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.wizards: dict[str, CaseWizard] = {}
        self._closing = False
        self._last_deleted: str | None = None
        self.banner = CriticalBanner()
        self.banner.open_requested.connect(self.open_critical_outage)
        self.drafts = DraftsPanel()
        self.drafts.new_requested.connect(self.new_case)
        self.drafts.open_requested.connect(self.open_selected)
        self.drafts.duplicate_requested.connect(self.duplicate_selected)
        self.drafts.delete_requested.connect(self.delete_selected)
        self.profile_panel = ProfilePanel(context)
        self.profile_panel.saved.connect(self._on_profile_saved)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.status_panel: StatusPanel | None = None
        if context.status is not None:
            from care_desktop.ui.widgets.status_panel import StatusPanel

            region, _country = context.caller_place(context.store.org_profile().org)
            self.status_panel = StatusPanel(context.status, context.profile.regions, region, auto_refresh_ms=300_000)
            right_layout.addWidget(self.status_panel)
        right_layout.addWidget(self.profile_panel, 1)
        self._status_checked = False
        splitter = QSplitter()
        splitter.addWidget(self.drafts)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 440])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.addWidget(self.banner)
        self.reminders = ReminderCenter(store_source(context), context.clock, self, use_tray=context.use_tray)
        self.reminder_banner = ReminderBanner()
        self.reminder_banner.attach(self.reminders)
        self.reminder_banner.open_requested.connect(self.open_tracker)
        self.reminders.open_requested.connect(self.open_tracker)
        central_layout.addWidget(self.reminder_banner)
        self.tracker: TrackerWindow | None = None
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.undo_button = QToolButton()
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.setVisible(False)
        self.statusBar().addPermanentWidget(self.undo_button)
        self._build_menu()
        self.retranslate()
        self.reload_drafts()
        geometry = context.store.setting(GEOMETRY_SETTING)
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(1100, 680)

    # -- building ----------------------------------------------------------------------------------------

    def _action(self, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = self._action(self.new_case, QKeySequence(QKeySequence.StandardKey.New))
        self.import_action = self._action(self.import_case_file, QKeySequence(QKeySequence.StandardKey.Open))
        self.critical_action = self._action(self.open_critical_outage, QKeySequence("Ctrl+Shift+C"))
        self.directory_action = self._action(self.open_phone_directory)
        self.tracker_action = self._action(self.open_tracker, QKeySequence("Ctrl+T"))
        self.settings_action = self._action(self.open_settings, QKeySequence(QKeySequence.StandardKey.Preferences))
        self.quit_action = self._action(self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        self.delete_action = self._action(self.delete_selected, QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.drafts.table.addAction(self.delete_action)
        for action in (
            self.new_action,
            self.import_action,
            self.critical_action,
            self.tracker_action,
            self.directory_action,
        ):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Care Desktop"))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New case"))
        self.import_action.setText(self.tr("&Import case file\u2026"))
        self.critical_action.setText(self.tr("&Critical outage: call Customer Care\u2026"))
        self.directory_action.setText(self.tr("&Phone directory\u2026"))
        self.tracker_action.setText(self.tr("Case &tracker\u2026"))
        self.settings_action.setText(self.tr("&Settings\u2026"))
        self.quit_action.setText(self.tr("&Quit"))
        self.delete_action.setText(self.tr("Delete draft"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleDescription(self.tr("Brings back the draft you just deleted."))
        self.show_primary_number()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language change."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Check the Genesys Cloud status in the background the first time the window shows."""
        super().showEvent(event)
        if not self._status_checked:
            self._status_checked = True
            self.reminders.start(REMINDER_DELAY_MS)
            if self.status_panel is not None:
                self.status_panel.refresh()

    def _on_profile_saved(self) -> None:
        self.show_primary_number()
        if self.status_panel is not None:
            self.status_panel.set_region(self.context.caller_place(self.context.store.org_profile().org)[0])

    # -- critical outage, directory, settings ------------------------------------------------------------

    def show_primary_number(self) -> None:
        """Show the first number for the user's region in the banner: zero clicks to the number."""
        region, country = self.context.caller_place(self.context.store.org_profile().org)
        loaded = self.context.phonebook.load()
        ranking = self.context.phonebook.rank(loaded.directory, region, country)
        as_of = loaded.directory.as_of
        stale = as_of if is_stale(as_of, self.context.clock().astimezone().date()) else ""
        self.banner.show_entry(ranking.mine[0] if ranking.mine else None, stale)

    def open_critical_outage(self) -> CriticalOutageDialog:
        """Show the number to call, the read-out card and the call's details (one click from launch)."""
        from care_desktop.ui.critical_outage import CriticalOutageDialog

        dialog = CriticalOutageDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.draft_created.connect(self._on_critical_draft)
        dialog.show()
        return dialog

    def _on_critical_draft(self, draft: Draft) -> None:
        from care_desktop.ui.critical_outage import track_phone_case

        self.reload_drafts()
        if draft.case.case_number and track_phone_case(self.context, draft):
            self.reminders.check()
            self.statusBar().showMessage(
                self.tr("Case %1 is now tracked with its deadlines.").replace("%1", draft.case.case_number), 8000
            )
        self.open_draft(draft)

    def open_phone_directory(self) -> PhoneDirectoryDialog:
        """Show the whole phone directory, with import and provenance."""
        from care_desktop.ui.phone_directory_dialog import PhoneDirectoryDialog

        region, country = self.context.caller_place(self.context.store.org_profile().org)
        dialog = PhoneDirectoryDialog(self.context, region, country, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.show_primary_number())
        dialog.show()
        return dialog

    def open_settings(self) -> SettingsDialog:
        """Show the settings."""
        from care_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.show_primary_number)
        dialog.show()
        return dialog

    def open_tracker(self) -> TrackerWindow:
        """Show the filed cases, their deadlines and the follow-up helpers (one window)."""
        if self.tracker is None:
            from care_desktop.ui.evidence_package import start_evidence_package
            from care_desktop.ui.tracker_window import TrackerWindow

            self.tracker = TrackerWindow(self.context)
            self.tracker.open_draft_requested.connect(self.open_draft_by_id)
            self.tracker.drafts_changed.connect(self.reload_drafts)
            self.tracker.cases_changed.connect(self.reminders.check)
            self.tracker.evidence_ready.connect(
                lambda _number, report: start_evidence_package(self.context, report, self.tracker or self)
            )
        self.tracker.refresh()
        self.tracker.show()
        self.tracker.raise_()
        return self.tracker

    def open_draft_by_id(self, draft_id: str) -> CaseWizard | None:
        """Open (or bring forward) the wizard of a draft known by its id."""
        if draft_id in self.wizards:
            self.wizards[draft_id].raise_()
            return self.wizards[draft_id]
        try:
            return self.open_draft(self.context.store.load_draft(draft_id))
        except (DraftDamagedError, DraftNotFoundError) as error:
            self.context.dialogs.warning(self, self.tr("Draft cannot be opened"), str(error))
            return None

    # -- drafts ------------------------------------------------------------------------------------------

    def reload_drafts(self) -> None:
        """Reload the drafts from the store, keeping the selection."""
        self.drafts.show_drafts(self.context.store.list_drafts())

    def _now(self) -> str:
        return self.context.clock().isoformat(timespec="seconds")

    def new_draft(self, case: Case | None = None) -> Draft:
        """Create and save a draft prefilled with the organization profile and the remembered role."""
        profile = self.context.store.org_profile()
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
                self.tr("Draft cannot be opened"),
                self.tr("%1\nIt stays in the list so that nothing is lost; you may delete it.").replace(
                    "%1", str(error)
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
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
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
        self.context.store.save_draft(duplicate_draft(original, uuid.uuid4().hex, self._now()))
        self.reload_drafts()
        self.statusBar().showMessage(self.tr("Duplicated."), 5000)

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
        self.statusBar().showMessage(self.tr("Draft deleted."))
        self.undo_button.setVisible(True)

    def undo_delete(self) -> None:
        """Bring back the last deleted draft."""
        if self._last_deleted is None:
            return
        self.context.store.undelete_draft(self._last_deleted)
        self._last_deleted = None
        self.undo_button.setVisible(False)
        self.statusBar().showMessage(self.tr("Draft restored."), 5000)
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

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the wizards (they save), remember the geometry."""
        self._closing = True
        for wizard in list(self.wizards.values()):
            wizard.reject()
        self.reminders.stop()
        if self.tracker is not None:
            self.tracker.close()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.context.store.set_setting(GEOMETRY_SETTING, geometry)
        super().closeEvent(event)
