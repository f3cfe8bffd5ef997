"""Step 3 (Severity 1 only), "Call Customer Care": the number, the read-out card, and the call's outcome."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.base import StepPage, scroll_area
from care_desktop.ui.widgets.severity_one_panel import SeverityOnePanel


class SeverityOnePage(StepPage):
    """The phone-only path of a critical outage, inside the wizard."""

    step = Step.SEVERITY_ONE

    def create_widgets(self) -> None:
        """Create the widgets (called once, by the constructor)."""
        self.panel = SeverityOnePanel(self.context, side_by_side=False)
        self.panel.edited.connect(self.on_edited)
        scroll = scroll_area(self.panel)
        self.body.addWidget(scroll, 1)
        self.finish_layout(stretch=False)

    def retranslate(self) -> None:
        """Set the texts."""
        super().retranslate()
        self.setTitle(self.tr("Critical outage: call Customer Care"))
        self.setSubTitle(
            self.tr("Call now. After the call, record the case number; then add the evidence to that case.")
        )

    def first_focus(self) -> QWidget | None:
        """The caller's first number (what a screen reader reads first), else the directory's search box."""
        rows = self.panel.directory.rows()
        return rows[0].number if rows else self.panel.directory.search_box

    def input_widgets(self) -> list[QObject]:
        """The panel loads itself with its signals blocked."""
        return []

    def load(self) -> None:
        """Show the draft in the panel."""
        self.panel.load(self.draft.case)

    def store(self) -> None:
        """Keep the callback details, conversation IDs, impact and case number."""
        self.panel.store()
