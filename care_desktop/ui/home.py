"""The main window's home below the critical-outage banner: the drafts beside the status and the profile.

Built once the first page (the banner with the number) is on screen; see ``ui/main_window.py``. It holds the
widgets and the controller of the drafts (``DraftActions``); the main window connects the rest and words its texts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from care_desktop.ui.context import UiContext
from care_desktop.ui.draft_actions import DraftActions
from care_desktop.ui.drafts_panel import DraftsPanel
from care_desktop.ui.profile_panel import ProfilePanel
from care_desktop.ui.reminders import ReminderBanner, ReminderCenter, evidence_source, store_source
from care_desktop.ui.tracker.escalation_reminders import EscalationBanner, EscalationNotifier, store_windows
from care_desktop.ui.widgets.status_panel import StatusPanel

if TYPE_CHECKING:
    from care_desktop.ui.tracker.window import TrackerWindow


class Home(QWidget):
    """The reminder banner over the drafts (left) and the status with the organization profile (right).

    Args:
        context: Services and settings; without a status client there is no status panel.
        window: The main window: it owns the reminder center (whose tray icon belongs to it) and the drafts'
            controller.
        open_tracker: Shows the case tracker.

    Attributes:
        draft_actions: What is done with the drafts (new, open, duplicate, delete with undo, import).
    """

    def __init__(self, context: UiContext, window: QMainWindow, open_tracker: Callable[[], TrackerWindow]) -> None:
        super().__init__()
        self.drafts = DraftsPanel()
        self.profile_panel = ProfilePanel(context)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.status_panel: StatusPanel | None = None
        if context.status is not None:
            region, _country = context.caller_place(context.org_profile().org)
            self.status_panel = StatusPanel(
                context.status, context.profile.regions, region, auto_refresh_ms=300_000, dialogs=context.dialogs
            )
            right_layout.addWidget(self.status_panel)
        right_layout.addWidget(self.profile_panel, 1)
        splitter = QSplitter()
        splitter.addWidget(self.drafts)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 400])
        self.reminders = ReminderCenter(
            store_source(context),
            context.clock,
            window,
            use_tray=context.use_tray,
            evidence=evidence_source(context),
        )
        self.reminder_banner = ReminderBanner()
        self.reminder_banner.attach(self.reminders)
        self.escalation_notifier = EscalationNotifier(store_windows(context), self)
        self.escalation_banner = EscalationBanner()
        self.reminders.ticked.connect(self.escalation_notifier.check)
        self.escalation_notifier.opened.connect(self.escalation_banner.add_windows)
        self.escalation_banner.open_requested.connect(self.reminder_banner.open_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reminder_banner)
        layout.addWidget(self.escalation_banner)
        layout.addWidget(splitter, 1)
        self.draft_actions = DraftActions(context, window, self.drafts, open_tracker)
