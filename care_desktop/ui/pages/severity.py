"""Step 2, "Severity": the helper's questions, the recommended level, the choice, and the definitions.

The published definition of the chosen level is always on screen with the note that Customer Care has the
final authority. Choosing another level than the recommended one asks for the reason.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.severity import (
    QUESTION_TEXT,
    Answers,
    Question,
    needs_reason,
    rationale_text,
    recommend,
)
from care_desktop.domain.wizard.steps import Step
from care_desktop.domain.wording import LEVEL_LABELS
from care_desktop.ui.i18n import fill, tr_domain, tr_message
from care_desktop.ui.pages.base import StepPage, tab_stop_at_checked, wrapping_label
from care_desktop.ui.styles import keep_styled, sev1_style


class _YesNo:
    """A question with two radio buttons."""

    def __init__(self, owner: QWidget) -> None:
        self.label = QLabel(owner)
        self.label.setWordWrap(True)
        self.yes = QRadioButton(owner)
        self.no = QRadioButton(owner)
        self.group = QButtonGroup(owner)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)

    def value(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: bool | None) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot show "not answered"
        self.yes.setChecked(value is True)
        self.no.setChecked(value is False)
        self.group.setExclusive(True)

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.label, self.yes, self.no):
            widget.setEnabled(enabled)


class SeverityPage(StepPage):
    """The severity helper and the choice of level."""

    step = Step.SEVERITY

    def create_widgets(self) -> None:
        """Create the widgets (called once, by the constructor)."""
        self.helper_box = QGroupBox()
        grid = QGridLayout(self.helper_box)
        self.questions: dict[Question, _YesNo] = {}
        for row, question in enumerate(Question):
            item = _YesNo(self.helper_box)
            self.questions[question] = item
            grid.addWidget(item.label, row, 0)
            grid.addWidget(item.yes, row, 1)
            grid.addWidget(item.no, row, 2)
            item.group.buttonToggled.connect(self._on_answer_toggled)
            tab_stop_at_checked(item.group)
        grid.setColumnStretch(0, 1)
        self.recommendation = wrapping_label()
        grid.addWidget(self.recommendation, len(Question), 0, 1, 3)

        self.level_box = QGroupBox()
        level_layout = QVBoxLayout(self.level_box)
        buttons_row = QHBoxLayout()
        self.levels = QButtonGroup(self)
        self.level_buttons: dict[int, QRadioButton] = {}
        for level in (1, 2, 3, 4):
            button = QRadioButton()
            self.level_buttons[level] = button
            self.levels.addButton(button, level)
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        level_layout.addLayout(buttons_row)
        self.levels.idToggled.connect(self._on_level_toggled)
        tab_stop_at_checked(self.levels)
        self.definition = wrapping_label()
        self.definition.setStyleSheet("padding: 6px; border: 1px solid palette(mid); border-radius: 4px;")
        self.authority = wrapping_label()
        self.authority.setStyleSheet("font-style: italic;")
        self.sev1_banner = wrapping_label()
        keep_styled(self.sev1_banner, sev1_style)
        self.reason_label = wrapping_label()
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(64)
        self.reason.setTabChangesFocus(True)
        self.reason.textChanged.connect(self.on_edited)
        for widget in (self.definition, self.authority, self.sev1_banner, self.reason_label, self.reason):
            level_layout.addWidget(widget)

        self.body.addWidget(self.helper_box)
        self.body.addWidget(self.level_box)
        self.finish_layout()

    def retranslate(self) -> None:
        """Set the texts."""
        super().retranslate()
        self.setTitle(self.tr("Severity"))
        self.setSubTitle(self.tr("Answer a few questions based on the published severity definitions."))
        self.helper_box.setTitle(self.tr("Severity helper"))
        for question, item in self.questions.items():
            item.label.setText(tr_domain(QUESTION_TEXT[question]))
            item.yes.setText(self.tr("Yes"))
            item.no.setText(self.tr("No"))
            item.yes.setAccessibleName(fill(self.tr("%1 Yes"), item.label.text()))
            item.no.setAccessibleName(fill(self.tr("%1 No"), item.label.text()))
            item.yes.setAccessibleDescription(self.tr("Answers this severity question with yes."))
            item.no.setAccessibleDescription(self.tr("Answers this severity question with no."))
        self.level_box.setTitle(self.tr("Severity level"))
        self.authority.setText(self.context.profile.final_authority)
        self.sev1_banner.setText(
            self.tr(
                "<b>Severity 1 is handled by phone only, 24x7.</b> Do not open it in the web portal: "
                "Next shows the number to call and what to read out."
            )
        )
        self.reason_label.setText(self.tr("Why did you choose this level? (required when it differs)"))
        self.reason.setAccessibleName(self.tr("Reason for the chosen level"))
        self.reason.setAccessibleDescription(
            self.tr("Required when the level differs from the recommended one: say why it is right.")
        )
        self.reason.setPlaceholderText(self.tr("In your own words: what makes this level right"))
        self._update_level_texts()

    def _provenance(self, level: int) -> list[str]:
        """Where the definition comes from, and what today's page words differently (the seed's text stays)."""
        profile = self.context.profile
        wording = profile.published.wording
        seed = profile.sources.get(wording.seed_source or "care_page")
        lines = []
        if seed is not None:
            lines.append(escape(fill(self.tr("Definition as published on %1 (checked %2)."), seed.title, seed.checked)))
        today = profile.sources.get(wording.source)
        name = wording.level_names.get(level, "")
        changes = [change for change in wording.changes if name and change.startswith(name)]
        if today is not None and changes:
            lines.append(
                escape(
                    fill(self.tr("Today's page (%1, checked %2): %3"), today.title, today.checked, " ".join(changes))
                )
            )
        return [f"<small>{line}</small>" for line in lines]

    def _update_level_texts(self) -> None:
        recommended = recommend(self.draft.answers).level
        for level, button in self.level_buttons.items():
            text = tr_domain(LEVEL_LABELS[level])
            if level == recommended:
                text += " " + self.tr("(recommended)")
            button.setText(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(self.tr("Chooses this severity level for the case."))

    # -- behaviour ---------------------------------------------------------------------------------------

    def _on_level_toggled(self, _level: int, checked: bool) -> None:
        if checked:
            self.on_edited()

    def _on_answer_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if not checked or self._loading:
            return
        before = recommend(self.draft.answers).level
        self.draft.answers = self._answers()
        after = recommend(self.draft.answers).level
        if after is not None and self.draft.case.severity in (None, before):
            self.level_buttons[after].blockSignals(True)
            self.level_buttons[after].setChecked(True)
            self.level_buttons[after].blockSignals(False)
        self.on_edited()

    def _answers(self) -> Answers:
        return Answers(
            critical_works=self.questions[Question.CRITICAL_WORKS].value(),
            workaround=self.questions[Question.WORKAROUND].value(),
            degraded=self.questions[Question.DEGRADED].value(),
            question_or_request=self.questions[Question.QUESTION_OR_REQUEST].value(),
        )

    def load(self) -> None:
        """Show the draft's answers, level and reason."""
        for question, item in self.questions.items():
            item.set_value(self.draft.answers.get(question))
        severity = self.draft.case.severity
        self.levels.setExclusive(False)
        for level, button in self.level_buttons.items():
            button.setChecked(level == severity)
        self.levels.setExclusive(True)
        self.reason.setPlainText(self.draft.override_reason)

    def store(self) -> None:
        """Keep the answers, the level, the reason and the rationale text."""
        self.draft.answers = self._answers()
        chosen = self.levels.checkedId()
        self.draft.case.severity = chosen if chosen in self.level_buttons else None
        self.draft.override_reason = self.reason.toPlainText()
        if self.draft.case.severity is not None:
            self.draft.case.severity_rationale = rationale_text(
                self.draft.case.severity, self.draft.answers, self.draft.override_reason
            )

    def refresh(self) -> None:
        """Update enabled questions, the recommendation, the definition and the reason field."""
        super().refresh()
        result = recommend(self.draft.answers)
        for question, item in self.questions.items():
            item.set_enabled(question in result.path)
        if result.level is None:
            self.recommendation.setText(tr_message(result.rationale))
        else:
            self.recommendation.setText(
                "<b>"
                + fill(self.tr("Recommended: %1"), escape(tr_domain(LEVEL_LABELS[result.level])))
                + "</b><br>"
                + escape(tr_message(result.rationale))
            )
        self._update_level_texts()
        shown = self.draft.case.severity or result.level
        if shown is None:
            self.definition.setText(self.tr("Choose a level to see its published definition."))
        else:
            published = self.context.profile.level(shown)
            parts = [
                f"<b>{escape(tr_domain(LEVEL_LABELS[shown]))}</b>: {escape(published.definition)}",
                fill(self.tr("Target initial response: %1"), escape(published.initial_response)),
            ]
            if published.restoration:
                parts.append(fill(self.tr("Restoration target: %1"), escape(published.restoration)))
            parts += self._provenance(shown)
            self.definition.setText("<br>".join(parts))
        self.sev1_banner.setVisible(self.draft.case.severity == 1)
        reason_needed = needs_reason(self.draft.case.severity, self.draft.answers)
        if self.draft.case.severity == 1:
            self.reason_label.setText(
                self.tr("Why did you choose this level? Call first if you need to: you can write this after the call.")
            )
        else:
            self.reason_label.setText(self.tr("Why did you choose this level? (required when it differs)"))
        self.reason_label.setVisible(reason_needed or bool(self.draft.override_reason))
        self.reason.setVisible(reason_needed or bool(self.draft.override_reason))
