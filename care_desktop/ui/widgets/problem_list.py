"""A compact list of problems: what keeps the user on a step, or advice with a way to fix it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from care_desktop.domain.messages import Problem
from care_desktop.ui.i18n import fill, on_language_change, tr_message
from care_desktop.ui.styles import muted_color


class ProblemList(QWidget):
    """Shows problems one per row, optionally with a "Fix" button each.

    Signals:
        fix_requested: The user asked to fix the problem of this field (its dotted path).

    Args:
        heading: Text above the rows (e.g. "To continue:"); hidden when empty.
        with_fix_buttons: Whether each row gets a button that emits ``fix_requested``.
        parent: Owner.
        reserve_space: Keep the tallest height shown so far, empty or not, so that what is above or beside
            the list does not move under the pointer when a problem is solved.
    """

    fix_requested = Signal(str)

    def __init__(
        self,
        heading: str = "",
        with_fix_buttons: bool = False,
        parent: QWidget | None = None,
        reserve_space: bool = False,
    ) -> None:
        super().__init__(parent)
        on_language_change(self, self._language_changed)
        self._with_fix = with_fix_buttons
        self._reserve = reserve_space
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._heading = QLabel(heading)
        self._heading.setVisible(bool(heading))
        self._heading.setStyleSheet("font-weight: 600;")
        self._layout.addWidget(self._heading)
        if reserve_space:
            self._layout.addStretch(1)  # the rows stay at the top of the space kept for them
        self._rows: list[QWidget] = []
        self._fix_buttons: list[QPushButton] = []
        self._problems: list[Problem] = []
        self.setAccessibleName(self.tr("Problems"))

    def set_heading(self, heading: str) -> None:
        """Change the heading text (an empty heading is hidden)."""
        self._heading.setText(heading)
        self._heading.setVisible(bool(heading) and (bool(self._problems) or not self._reserve))

    def problems(self) -> list[Problem]:
        """The problems shown."""
        return list(self._problems)

    def fix_buttons(self) -> list[QPushButton]:
        """The rows' "Fix" buttons, top to bottom (none without ``with_fix_buttons``)."""
        return list(self._fix_buttons)

    def set_problems(self, problems: list[Problem]) -> None:
        """Replace the rows.

        Args:
            problems: What to show; the widget hides itself when empty.
        """
        if problems == self._problems and self._rows:
            return
        self._problems = list(problems)
        for row in self._rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        self._fix_buttons = []
        for problem in problems:
            self._rows.append(self._make_row(problem))
            self._layout.insertWidget(self._layout.count() - 1 if self._reserve else -1, self._rows[-1])
        if not self._reserve:
            self.setVisible(bool(problems))
            return
        self._heading.setVisible(bool(problems) and bool(self._heading.text()))
        self._layout.activate()
        self.setMinimumHeight(max(self.minimumHeight(), self._layout.sizeHint().height()))

    def _make_row(self, problem: Problem) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 2, 0, 2)
        marker = "\u26a0" if problem.blocking else "\u2139"
        text = f"{marker} {tr_message(problem.message)}"
        if problem.fix is not None:
            text += f"<br><span style='color: {muted_color().name()};'>{tr_message(problem.fix)}</span>"
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(label, 1)
        if self._with_fix:
            button = QPushButton(self.tr("Fix"))
            button.setAccessibleName(fill(self.tr("Fix: %1"), tr_message(problem.message)))
            button.setAccessibleDescription(self.tr("Goes to the field where this can be fixed."))
            button.clicked.connect(lambda _checked=False, field=problem.field: self.fix_requested.emit(field))
            self._fix_buttons.append(button)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _language_changed(self) -> None:
        """Rebuild the rows in the new language."""
        problems, self._problems = self._problems, []
        self.set_problems(problems)
