"""Step 6, "Description and business impact": title, what happened, the prompts Customer Care asks, impact.

Also runs the one-issue check live: a description that reads like several problems shows a banner that
offers to split it into one draft per issue (the wizard does the split).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.case.json_format import parse_occurred_at
from care_desktop.domain.clock.business_hours import localize
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.clock.resolver import zone_named
from care_desktop.ui.i18n import fill
from care_desktop.ui.pages.base import StepPage, scroll_area, signals_blocked, wrapping_label
from care_desktop.ui.styles import keep_styled, warning_style


def _text_box(height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class DescriptionPage(StepPage):
    """What happened and what it costs.

    Signals:
        split_requested: The user asked to split the description into these parts, one draft each.
    """

    step = Step.DESCRIPTION
    split_requested = Signal(list)

    def create_widgets(self) -> None:
        """Create the widgets (called once, by the constructor)."""
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(250)
        self.known_time = QCheckBox()
        self.when = QDateTimeEdit()
        self.when.setTimeZone(QTimeZone.utc())  # wall-clock fields: the zone beside them gives their meaning
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_zone = QComboBox()
        self.when_zone.setEditable(True)
        self.when_zone.addItems(sorted(available_timezones()))
        self.when_zone.setMinimumContentsLength(16)
        self.when_zone.currentTextChanged.connect(self._on_zone_changed)
        self.when_raw = QLabel()
        when_row = QHBoxLayout()
        when_row.addWidget(self.known_time)
        when_row.addWidget(self.when)
        when_row.addWidget(self.when_zone)
        when_row.addWidget(self.when_raw, 1)
        self.description = _text_box(110)
        self.frequency = QComboBox()
        self.frequency.setEditable(True)
        self.affected = QLineEdit()
        self.steps = _text_box(70)
        self.tried = _text_box(60)
        self.impact = _text_box(70)

        self.split_banner = QFrame()
        self.split_banner.setObjectName("split")
        keep_styled(self.split_banner, lambda: warning_style(selector="QFrame#split", padding="2px"))
        banner_layout = QHBoxLayout(self.split_banner)
        self.split_text = wrapping_label()
        self.split_button = QPushButton()
        self.split_button.clicked.connect(self._ask_split)
        banner_layout.addWidget(self.split_text, 1)
        banner_layout.addWidget(self.split_button)
        self.split_banner.setVisible(False)
        # Its place is kept while hidden, so the fields above do not move when it comes or goes.
        policy = self.split_banner.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.split_banner.setSizePolicy(policy)

        when_field = QWidget()
        when_field.setLayout(when_row)
        # The editors in form order; the "when" row shows its checkbox and date together.
        self.editors: list[QWidget] = [
            self.title_edit,
            self.when,
            self.description,
            self.frequency,
            self.affected,
            self.steps,
            self.tried,
            self.impact,
        ]
        self.form = QFormLayout()
        self.captions = [QLabel() for _ in self.editors]
        for caption, editor in zip(self.captions, self.editors, strict=True):
            self.form.addRow(caption, when_field if editor is self.when else editor)
            caption.setBuddy(self.known_time if editor is self.when else editor)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self.form)
        scroll = scroll_area(inner)
        self.body.addWidget(scroll, 1)
        self.body.addWidget(self.split_banner)

        for line in (self.title_edit, self.affected):
            line.textChanged.connect(self.on_edited)
        for box in (self.description, self.steps, self.tried, self.impact):
            box.textChanged.connect(self.on_edited)
        self.frequency.currentTextChanged.connect(self.on_edited)
        self.known_time.toggled.connect(self._on_known_time)
        self.when.dateTimeChanged.connect(self.on_edited)
        self.finish_layout(stretch=False)

    def retranslate(self) -> None:
        """Set the texts."""
        super().retranslate()
        self.setTitle(self.tr("Description and business impact"))
        self.setSubTitle(self.tr("One issue per case. Say what happens, when, to whom, and what it costs."))
        labels = [
            self.tr("&Title:"),
            self.tr("W&hen:"),
            self.tr("&Description:"),
            self.tr("How &often:"),
            self.tr("Who and &where:"),
            self.tr("&Steps to reproduce:"),
            self.tr("Already tr&ied:"),
            self.tr("Business i&mpact:"),
        ]
        for caption, text in zip(self.captions, labels, strict=True):
            caption.setText(text)
        self.title_edit.setPlaceholderText(self.tr("One line, e.g. Agents in Dublin hear no audio on inbound calls"))
        self.known_time.setText(self.tr("I know when it happened (or started)"))
        what = self.tr("What happens, and what did you expect to happen? Quote exact error messages.")
        self.description.setPlaceholderText(what)
        self._frequency_line().setPlaceholderText(self.tr("Once, intermittently, every time ..."))
        with signals_blocked(self.frequency):
            current = self._frequency_value()
            self.frequency.clear()
            self.frequency.addItem("", "")
            # The case text is English whatever the UI language: each choice keeps its English value.
            for english, shown in (
                ("Once", self.tr("Once")),
                ("Intermittently", self.tr("Intermittently")),
                ("Every time", self.tr("Every time")),
                ("Continuously since it started", self.tr("Continuously since it started")),
            ):
                self.frequency.addItem(shown, english)
            self._show_frequency(current)
        who = self.tr("Which users, queues or sites; their working hours and location")
        self.affected.setPlaceholderText(who)
        self.steps.setPlaceholderText(self.tr("1. ...\n2. ...\nOr say that it cannot be reproduced at will."))
        tried = self.tr("What you tried, and what happened")
        self.tried.setPlaceholderText(tried)
        impact = self.tr("How many agents or customers are affected, which business functions, since when")
        self.impact.setPlaceholderText(impact)
        names = [
            self.tr("Case title"),
            self.tr("When it happened"),
            self.tr("Description of the issue"),
            self.tr("How often it happens"),
            self.tr("Who and where is affected"),
            self.tr("Steps to reproduce"),
            self.tr("What was already tried"),
            self.tr("Business impact"),
        ]
        descriptions = [
            self.tr("A one-line summary of the issue, used as the case title."),
            self.tr("The date and time the issue happened or started."),
            what,
            self.tr("How often the issue happens: choose one or type your own."),
            who,
            self.tr("The steps that make the issue happen, or that it cannot be reproduced at will."),
            tried,
            impact,
        ]
        for widget, name, description in zip(self.editors, names, descriptions, strict=True):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        self.known_time.setAccessibleName(self.known_time.text())
        self.known_time.setAccessibleDescription(self.tr("Turns on the date and time field for when it happened."))
        self.when_zone.setAccessibleName(self.tr("Time zone of that time"))
        self.when_zone.setAccessibleDescription(
            self.tr("The time zone the date and time beside it are in, e.g. Europe/Paris for 09:10 CET.")
        )
        self.when_zone.setToolTip(self.tr("The time zone of the time beside it (stored with the case)"))
        self.split_button.setAccessibleName(self.tr("Split into separate drafts"))
        self.split_button.setAccessibleDescription(self.tr("Makes one draft for each issue this description covers."))

    def first_focus(self) -> QWidget | None:
        """The title (the split banner's button, when shown, comes before it in the Tab order, as on screen)."""
        return self.title_edit

    def input_widgets(self) -> list[QObject]:
        """The editors of the page."""
        return [self.known_time, self.when_zone, *self.editors]

    def _frequency_value(self) -> str:
        """The English value of a listed choice, or the text the user typed."""
        text = self.frequency.currentText().strip()
        index = self.frequency.findText(text)
        return str(self.frequency.itemData(index)) if index > 0 else text

    def _show_frequency(self, value: str) -> None:
        index = self.frequency.findData(value)
        if index > 0:
            self.frequency.setCurrentIndex(index)
        else:
            self.frequency.setCurrentText(value)

    def _frequency_line(self) -> QLineEdit:
        line = self.frequency.lineEdit()
        assert line is not None  # the combo box is editable
        return line

    def _on_known_time(self, known: bool) -> None:
        self.when.setEnabled(known)
        self.when_zone.setEnabled(known)
        self.on_edited()

    def _on_zone_changed(self, name: str) -> None:
        if _zone(name.strip()) is not None:  # a half-typed name changes nothing
            self.on_edited()

    def _shown_zone(self) -> ZoneInfo:
        """The zone chosen beside the time, else the draft's, else the business zone."""
        return (
            _zone(self.when_zone.currentText().strip())
            or _zone(self.draft.occurred_zone)
            or _zone(self.context.business_zone(self.draft.time_zone))
            or ZoneInfo("UTC")
        )

    def load(self) -> None:
        """Show the draft's description fields."""
        case = self.draft.case
        self.title_edit.setText(case.title)
        parsed = parse_occurred_at(case.occurred_at) if case.occurred_at else None
        self.known_time.setChecked(parsed is not None)
        self.when.setEnabled(parsed is not None)
        self.when_zone.setEnabled(parsed is not None)
        zone = (
            _zone(self.draft.occurred_zone)
            or _zone(self.context.business_zone(self.draft.time_zone))
            or ZoneInfo("UTC")
        )
        self.when_zone.setCurrentText(zone.key)
        moment = parsed if parsed is not None else self.context.clock()
        local = moment.astimezone(zone) if moment.tzinfo else moment
        self.when.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), QTimeZone.utc())
        )
        self.when_raw.setText(
            fill(self.tr("(was: %1)"), case.occurred_at) if case.occurred_at and parsed is None else ""
        )
        self.description.setPlainText(case.description)
        self._show_frequency(case.details.frequency)
        self.affected.setText(case.details.affected)
        self.steps.setPlainText(case.details.steps_to_reproduce)
        self.tried.setPlainText(case.details.already_tried)
        self.impact.setPlainText(case.business_impact)

    def store(self) -> None:
        """Keep the description fields."""
        case = self.draft.case
        case.title = self.title_edit.text()
        if self.known_time.isChecked():
            value = self.when.dateTime()
            naive = datetime.combine(value.date().toPython(), value.time().toPython())  # type: ignore[arg-type]
            zone = self._shown_zone()
            case.occurred_at = localize(naive.replace(second=0, microsecond=0), zone).isoformat(timespec="minutes")
            self.draft.occurred_zone = zone.key
        elif not self.when_raw.text():
            case.occurred_at = ""
        case.description = self.description.toPlainText()
        case.details.frequency = self._frequency_value()
        case.details.affected = self.affected.text()
        case.details.steps_to_reproduce = self.steps.toPlainText()
        case.details.already_tried = self.tried.toPlainText()
        case.business_impact = self.impact.toPlainText()

    def _ask_split(self) -> None:
        from care_desktop.domain.case.quality import issue_parts

        self.split_requested.emit(issue_parts(self.draft.case.description))

    def refresh(self) -> None:
        """Show or hide the split banner."""
        from care_desktop.domain.case.quality import issue_parts  # its patterns are compiled when first needed

        super().refresh()
        count = len(issue_parts(self.draft.case.description))
        self.split_banner.setVisible(count > 1)
        if count > 1:
            self.split_text.setText(
                self.tr(
                    "This description seems to report %n separate issues. Product Support asks for one issue per "
                    "case so that each can be tracked to its resolution.",
                    "",
                    count,
                )
            )
            self.split_button.setText(self.tr("Split into %n drafts\u2026", "", count))


def _zone(name: str) -> ZoneInfo | None:
    """The IANA zone called ``name``, or None (empty, unknown or half-typed)."""
    if not name:
        return None
    try:
        return zone_named(name)
    except ValueError:
        return None
