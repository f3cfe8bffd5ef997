"""The main window: the critical-outage banner, the drafts, New case, and the organization profile.

It appears in two steps. The first page is the window with the critical-outage banner, the number to call
already in it, and its menu bar: it is built from a few Qt classes and the store and phone directory alone,
because it is opened in the worst minutes of an outage. The rest of the home (the drafts, the status, the
organization profile, the menu's actions, the reminders) is built by :meth:`MainWindow.build_home` right
after that page is on screen (``app.py`` calls it), or at once for a window built with ``defer_home=False``.

Everything the home adds lives in one object, :attr:`MainWindow.home` (None until it is built): the panels and
the controller of the drafts (``ui/draft_actions.py``: open, resume, duplicate, delete with undo, import). The
window opens the dialogs and the tracker, imported when first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from care_desktop.domain.phones.directory import is_stale, launch_entries
from care_desktop.ui.context import UiContext
from care_desktop.ui.critical_banner import CriticalBanner
from care_desktop.ui.i18n import fill, on_language_change
from care_desktop.ui.styles import keep_styled, sev1_style

if TYPE_CHECKING:  # built with the home, or opened on demand: see the module's docstring
    from PySide6.QtGui import QCloseEvent

    from care_desktop.domain.case.draft import Draft
    from care_desktop.ui.critical_outage import CriticalOutageDialog
    from care_desktop.ui.home import Home
    from care_desktop.ui.phones.directory_dialog import PhoneDirectoryDialog
    from care_desktop.ui.settings_dialog import SettingsDialog
    from care_desktop.ui.tracker.window import TrackerWindow
    from care_desktop.ui.wizard import CaseWizard

GEOMETRY_SETTING = "ui.main_window.geometry"
REMINDER_DELAY_MS = 1500  # the first deadline check waits until the window is on screen


def deleted_on_close(widget: QWidget) -> None:
    """Let Qt delete ``widget`` when it is closed (a dialog or wizard opened from the main window)."""
    from PySide6.QtCore import Qt  # Qt's namespace costs milliseconds: not before the first page is shown

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class MainWindow(QMainWindow):
    """The app's home.

    Args:
        context: Services and settings.
        parent: Owner.
        defer_home: Build only the first page (banner, number, menu bar) now and leave the rest to
            :meth:`build_home`; False builds everything at once.

    Attributes:
        home: The rest of the home (panels, reminders, the drafts' controller); None until :meth:`build_home`.
        tracker: The case tracker window, once opened.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None, *, defer_home: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.home: Home | None = None
        self.tracker: TrackerWindow | None = None
        self.banner = CriticalBanner()
        self.banner.open_requested.connect(self.open_critical_outage)
        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.addWidget(self.banner)
        self._central_layout.addStretch(1)  # the banner at the top of the first page; the home replaces this
        self.setCentralWidget(central)
        self.file_menu = self.menuBar().addMenu("")  # its actions are added with the home
        self.new_action = self._action(self.new_case)
        self.import_action = self._action(lambda: self.built_home().draft_actions.import_case_file())
        self.critical_action = self._action(self.open_critical_outage)
        self.directory_action = self._action(self.open_phone_directory)
        self.tracker_action = self._action(self.open_tracker)
        self.settings_action = self._action(self.open_settings)
        self.quit_action = self._action(self.close)
        self.delete_action = self._action(lambda: self.built_home().draft_actions.delete_selected())
        self._set_window_texts()  # the banner has set its own
        self.show_primary_number()
        geometry = context.store.setting(GEOMETRY_SETTING)
        if isinstance(geometry, str):
            from PySide6.QtCore import QByteArray

            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        else:
            self.resize(1100, 680)
        if not defer_home:
            self.build_home()

    @property
    def home_built(self) -> bool:
        """Whether the home below the banner exists."""
        return self.home is not None

    def build_home(self) -> Home:
        """Build the rest of the home below the banner: drafts, status, profile, menu actions, reminders.

        Called once the first page is on screen; a second call returns the same home. The status check and
        the reminders start here (the window is shown, or about to be).
        """
        if self.home is not None:
            return self.home
        from care_desktop.ui.home import Home

        keep_styled(self.banner, lambda: sev1_style(selector="QFrame#critical"))
        self.banner.make_selectable()
        home = self.home = Home(self.context, self, self.open_tracker)
        home.profile_panel.saved.connect(self._on_profile_saved)
        home.reminder_banner.open_requested.connect(self.open_tracker)
        home.reminders.open_requested.connect(self.open_tracker)
        self._central_layout.takeAt(1)  # the first page's stretch
        self._central_layout.addWidget(home, 1)
        home.show()  # now, not on the next turn of the event loop (the window may already be on screen)
        self.statusBar().addPermanentWidget(home.draft_actions.undo_button)
        self._fill_menu(home)
        on_language_change(self, self.retranslate)
        self._set_home_texts(home)
        home.draft_actions.reload_drafts()
        home.reminders.start(REMINDER_DELAY_MS)
        if home.status_panel is not None:
            home.status_panel.refresh()
        return home

    def built_home(self) -> Home:
        """The home, built now if it is not yet."""
        return self.home if self.home is not None else self.build_home()

    def new_case(self) -> CaseWizard:
        """Start a new case and open it (File > New case)."""
        return self.built_home().draft_actions.new_case()

    def open_draft(self, draft: Draft) -> CaseWizard:
        """Show the wizard of a draft (or bring it forward)."""
        return self.built_home().draft_actions.open_draft(draft)

    def open_draft_by_id(self, draft_id: str) -> CaseWizard | None:
        """Show the wizard of a draft known by its id (the tracker asks for it)."""
        return self.built_home().draft_actions.open_draft_by_id(draft_id)

    def reload_drafts(self) -> None:
        """Reload the drafts list from the store."""
        if self.home is not None:
            self.home.draft_actions.reload_drafts()

    # -- building ----------------------------------------------------------------------------------------

    def _action(self, slot: object) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        return action

    def _fill_menu(self, home: Home) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence

        shortcuts = (
            (self.new_action, QKeySequence(QKeySequence.StandardKey.New)),
            (self.import_action, QKeySequence(QKeySequence.StandardKey.Open)),
            (self.critical_action, QKeySequence("Ctrl+Shift+C")),
            (self.tracker_action, QKeySequence("Ctrl+T")),
            (self.settings_action, QKeySequence(QKeySequence.StandardKey.Preferences)),
            (self.quit_action, QKeySequence(QKeySequence.StandardKey.Quit)),
            (self.delete_action, QKeySequence(QKeySequence.StandardKey.Delete)),
        )
        for action, shortcut in shortcuts:
            action.setShortcut(shortcut)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        home.drafts.table.addAction(self.delete_action)
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
        from care_desktop.ui.help_menu import HelpMenu

        self.help_menu = HelpMenu(self.context, self)
        self.menuBar().addMenu(self.help_menu)

    def retranslate(self) -> None:
        """Set every text again (after a language change)."""
        self._set_window_texts()
        self.banner.retranslate()
        if self.home is not None:
            self._set_home_texts(self.home)

    def _set_window_texts(self) -> None:
        self.setWindowTitle(self.tr("Care Desktop"))
        self.file_menu.setTitle(self.tr("&File"))

    def _set_home_texts(self, home: Home) -> None:
        self.new_action.setText(self.tr("&New case"))
        self.import_action.setText(self.tr("&Import case file\u2026"))
        self.critical_action.setText(self.tr("&Critical outage: call Customer Care\u2026"))
        self.directory_action.setText(self.tr("&Phone directory\u2026"))
        self.tracker_action.setText(self.tr("Case &tracker\u2026"))
        self.settings_action.setText(self.tr("&Settings\u2026"))
        self.quit_action.setText(self.tr("&Quit"))
        self.delete_action.setText(self.tr("Delete draft"))
        home.draft_actions.retranslate()

    def _on_profile_saved(self) -> None:
        self.show_primary_number()
        if self.home is not None and self.home.status_panel is not None:
            self.home.status_panel.set_region(self.context.caller_place(self.context.org_profile().org)[0])

    # -- critical outage, directory, settings ------------------------------------------------------------

    def show_primary_number(self) -> None:
        """Show the first number for the user's region in the banner: zero clicks to the number.

        The region is the one the profile shows (saved, or the default that follows the locale); when the
        directory has nothing for it, the banner shows the international line of every region instead of none.
        """
        region, country = self.context.caller_place(self.context.org_profile().org)
        loaded = self.context.phonebook.load()
        ranking = self.context.phonebook.rank(loaded.directory, region, country)
        as_of = loaded.directory.as_of
        stale = as_of if is_stale(as_of, self.context.clock().astimezone().date()) else ""
        self.banner.show_entries(launch_entries(loaded.directory, ranking), stale)

    def open_critical_outage(self) -> CriticalOutageDialog:
        """Show the number to call, the read-out card and the call's details (one click from launch)."""
        from care_desktop.ui.critical_outage import CriticalOutageDialog

        dialog = CriticalOutageDialog(self.context, self)
        deleted_on_close(dialog)
        dialog.draft_created.connect(self._on_critical_draft)
        dialog.show()
        return dialog

    def _on_critical_draft(self, draft: Draft) -> None:
        from care_desktop.ui.critical_outage import track_phone_case

        home = self.built_home()
        home.draft_actions.reload_drafts()
        if draft.case.case_number and track_phone_case(self.context, draft):
            home.reminders.check()
            self.statusBar().showMessage(
                fill(self.tr("Case %1 is now tracked with its deadlines."), draft.case.case_number), 8000
            )
        self.open_draft(draft)

    def open_phone_directory(self) -> PhoneDirectoryDialog:
        """Show the whole phone directory, with import and provenance."""
        from care_desktop.ui.phones.directory_dialog import PhoneDirectoryDialog

        region, country = self.context.caller_place(self.context.org_profile().org)
        dialog = PhoneDirectoryDialog(self.context, region, country, self)
        deleted_on_close(dialog)
        dialog.finished.connect(lambda _result: self.show_primary_number())
        dialog.show()
        return dialog

    def open_settings(self) -> SettingsDialog:
        """Show the settings."""
        from care_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        deleted_on_close(dialog)
        dialog.accepted.connect(self.show_primary_number)
        dialog.show()
        return dialog

    def open_tracker(self) -> TrackerWindow:
        """Show the filed cases, their deadlines and the follow-up helpers (one window)."""
        if self.tracker is None:
            from care_desktop.ui.tracker.evidence_package import choose_evidence
            from care_desktop.ui.tracker.window import TrackerWindow

            self.tracker = TrackerWindow(self.context)
            self.tracker.open_draft_requested.connect(self.open_draft_by_id)
            self.tracker.drafts_changed.connect(self.reload_drafts)
            self.tracker.cases_changed.connect(self._check_reminders)
            self.tracker.evidence_ready.connect(
                lambda _number, report: choose_evidence(self.context, report, self.tracker or self)
            )
        self.tracker.refresh()
        self.tracker.show()
        self.tracker.raise_()
        return self.tracker

    def _check_reminders(self) -> None:
        if self.home is not None:
            self.home.reminders.check()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the wizards (they save), remember the geometry."""
        if self.home is not None:
            self.home.draft_actions.close_all()
            self.home.reminders.stop()
        if self.tracker is not None:
            self.tracker.close()
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.context.store.set_setting(GEOMETRY_SETTING, geometry)
        super().closeEvent(event)
