"""Step 9, "Review the case text": quality checks with jump-to-fix, the case text, copy, save, open the portal."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.case.quality import quality_checks
from care_desktop.domain.case.text import case_fields, case_markdown, case_plain_text
from care_desktop.domain.wizard.flow import validate
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.packaging.case_export import export_case
from care_desktop.services.platform.conversation_evidence import case_text_evidence
from care_desktop.ui.first_response import first_response_field, first_response_html
from care_desktop.ui.i18n import fill
from care_desktop.ui.pages.base import StepPage, scroll_area, wrapping_label
from care_desktop.ui.portal import portal_title, portal_url
from care_desktop.ui.widgets.problem_list import ProblemList


class ReviewPage(StepPage):
    """The last check before filing, and the text to paste into My Support.

    Signals:
        fix_requested: Show the step where this field is edited.
    """

    step = Step.REVIEW
    fix_requested = Signal(str)

    def create_widgets(self) -> None:
        """Create the widgets (called once, by the constructor)."""
        self.clock_label = wrapping_label()
        self.clock_label.setStyleSheet("padding: 4px;")
        self.checks_box = QGroupBox()
        checks_layout = QVBoxLayout(self.checks_box)
        self.all_good = QLabel()
        self.checks = ProblemList(with_fix_buttons=True)
        self.checks.fix_requested.connect(self.fix_requested)
        checks_layout.addWidget(self.all_good)
        checks_layout.addWidget(self.checks)

        self.text_box = QGroupBox()
        text_layout = QVBoxLayout(self.text_box)
        self.fields_widget = QWidget()
        self.fields_grid = QGridLayout(self.fields_widget)
        self.fields_grid.setColumnStretch(1, 1)
        scroll = scroll_area(self.fields_widget, QFrame.Shape.StyledPanel)
        text_layout.addWidget(scroll)

        actions = QHBoxLayout()
        self.copy_all = QPushButton()
        self.copy_all.clicked.connect(self.copy_case_text)
        self.save = QPushButton()
        self.save.clicked.connect(self.save_case_files)
        self.portal = QPushButton()
        self.portal.clicked.connect(self.open_portal)
        for button in (self.copy_all, self.save, self.portal):
            actions.addWidget(button)
        actions.addStretch(1)
        self.result = wrapping_label()

        self.body.addWidget(self.clock_label)
        self.body.addWidget(self.checks_box)
        self.body.addWidget(self.text_box, 1)
        self.body.addLayout(actions)
        self.body.addWidget(self.result)
        self.finish_layout(stretch=False)

    def retranslate(self) -> None:
        """Set the texts."""
        super().retranslate()
        self.setTitle(self.tr("Review the case text"))
        self.setSubTitle(
            self.tr("Check what Product Support will ask for, then paste the text into the My Support portal.")
        )
        self.checks_box.setTitle(self.tr("Before you file"))
        self.all_good.setText("\u2714 " + self.tr("Everything Product Support usually asks for is here."))
        self.text_box.setTitle(self.tr("Case text (in English, in the portal's field order)"))
        self.copy_all.setText(self.tr("&Copy case text"))
        self.save.setText(self.tr("&Save CASE.md and CASE.json\u2026"))
        self.portal.setText(self.tr("&Open My Support"))
        self._portal_tooltip()
        self.copy_all.setAccessibleDescription(self.tr("Copies the whole case text to the clipboard."))
        self.save.setAccessibleDescription(self.tr("Saves the case text as Markdown and JSON in a folder you choose."))
        self.portal.setAccessibleDescription(self.tr("Opens the My Support portal in your web browser."))
        self.checks.setAccessibleName(self.tr("Quality checks"))

    def markdown(self) -> str:
        """The case text as it will be saved (CASE.md), with the conversation check's table and failed calls."""
        return self._case_text(case_markdown)

    def plain_text(self) -> str:
        """The case text as it is copied for the portal: plain text (Markdown stays in CASE.md)."""
        return self._case_text(case_plain_text)

    def _case_text(self, render: Callable[..., str]) -> str:
        checked, failed_calls = self.check_evidence()
        return render(
            self.draft.case,
            tool_version=self.context.version,
            prepared_at=self.context.clock().astimezone().isoformat(timespec="minutes"),
            first_response=first_response_field(self.context, self.draft),
            checked=checked,
            failed_calls=failed_calls,
        )

    def check_evidence(self) -> tuple[list[str], list[str]]:
        """The conversation check's table and failed calls, from the included files (as the package has them)."""
        from care_desktop.services.redaction.review import resolve_attachment

        case_dir = self.context.paths.case_dir(self.draft.id)
        included = [item for item in self.draft.case.attachments if item.included]
        return case_text_evidence(resolve_attachment(case_dir, item) for item in included)

    def copy_case_text(self) -> None:
        """Put the whole case text on the clipboard, as plain text."""
        QGuiApplication.clipboard().setText(self.plain_text())
        self.result.setText(self.tr("The case text is on the clipboard."))

    def save_case_files(self) -> None:
        """Ask for a folder and write CASE.md and CASE.json there."""
        start = self.context.paths.exports
        start.mkdir(parents=True, exist_ok=True)
        folder = self.context.dialogs.existing_directory(self, self.tr("Save the case files in"), start)
        if folder is None:
            return
        if ((folder / "CASE.md").exists() or (folder / "CASE.json").exists()) and not self.context.dialogs.question(
            self,
            self.tr("Replace the case files?"),
            fill(self.tr("%1 already holds CASE.md or CASE.json. Replace them?"), str(folder)),
        ):
            return
        try:
            md_path, json_path = export_case(folder, self.draft.case, self.markdown())
        except OSError as error:
            self.context.dialogs.warning(
                self, self.tr("Not saved"), fill(self.tr("The case files could not be saved: %1"), str(error))
            )
            return
        self.result.setText(fill(self.tr("Saved %1 and %2."), str(md_path), str(Path(json_path).name)))

    def open_portal(self) -> None:
        """Open the My Support login for the organization's region (core and satellite, or FedRAMP)."""
        self.context.dialogs.open_url(
            self, portal_url(self.context, self.draft.case.org.region), self.tr("the web page")
        )

    def _portal_tooltip(self) -> None:
        region = self.draft.case.org.region
        self.portal.setToolTip(f"{portal_title(self.context, region)}\n{portal_url(self.context, region)}")

    def _copy_field(self, text: str, label: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.result.setText(fill(self.tr("%1 is on the clipboard."), label))

    def refresh(self) -> None:
        """Re-run the checks and rebuild the field list."""
        super().refresh()
        self.clock_label.setText(first_response_html(self.context, self.draft))
        self._portal_tooltip()
        # What blocks this step (the Severity 1 reason, asked after the call) is listed with the checks, where
        # each problem has its Fix button, rather than a second time under "To continue".
        blocking = [problem for problem in validate(self.step, self.draft) if problem.blocking]
        self.blockers.set_problems([])
        found = blocking + quality_checks(self.draft)
        self.checks.set_problems(found)
        self.all_good.setVisible(not found)
        while self.fields_grid.count():
            item = self.fields_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # out of the Tab order at once; deleted on the next turn of the event loop
                widget.deleteLater()
        row = 0
        copies: list[QWidget] = []
        for field in case_fields(self.draft.case, first_response_field(self.context, self.draft)):
            if not field.text:
                continue
            caption = QLabel(f"<b>{field.label}</b>")
            value = wrapping_label(field.text)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            copy = QPushButton(self.tr("Copy"))
            copy.setAccessibleName(fill(self.tr("Copy %1"), field.label))
            copy.setAccessibleDescription(self.tr("Copies this field's text to the clipboard, for the portal's form."))
            copy.clicked.connect(lambda _c=False, t=field.text, label=field.label: self._copy_field(t, label))
            self.fields_grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            self.fields_grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            self.fields_grid.addWidget(copy, row, 2, Qt.AlignmentFlag.AlignTop)
            copies.append(copy)
            row += 1
        # Top to bottom as on screen: the Fix buttons, each field's Copy, then the actions below the text.
        chain = [*self.checks.fix_buttons(), *copies, self.copy_all, self.save, self.portal]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
