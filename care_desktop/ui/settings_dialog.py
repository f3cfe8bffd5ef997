"""Settings: business-hours zone, holiday calendar, support plan, Enhanced Professional Support, phone country.

The support plan (Standard, United States-only, EEA-only, from the profile's ``support_plans``) decides whose
published hours the first-response clock counts, in which zone; its hours and source are shown under it.

Also the upload size to warn about and the UI language, which is applied to every window at once on OK.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.clock.plans import STANDARD_KEY
from care_desktop.services.clock.holidays import available_calendars
from care_desktop.services.preferences import Preferences, load_preferences, save_preferences
from care_desktop.ui.accessibility import describe
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import (
    SYSTEM_DEFAULT,
    available_languages,
    current_language,
    fill,
    language_name,
    on_language_change,
    resolve_language,
    switch_language,
    system_language,
)
from care_desktop.ui.pages.base import wrapping_label


class SettingsDialog(QDialog):
    """Edits the preferences; saves them on OK.

    Args:
        context: Services and settings.
        parent: Owner.
    """

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.context = context
        preferences = load_preferences(context.store)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItem("", "")
        for name in sorted(available_timezones()):
            self.zone.addItem(name, name)
        self.zone.setCurrentIndex(max(self.zone.findData(preferences.time_zone), 0))
        self.holidays = QComboBox()
        self.holidays.addItem("", "")
        for calendar in available_calendars():
            self.holidays.addItem(f"{calendar.name} ({calendar.code})", calendar.code)
        index = self.holidays.findData(preferences.holiday_calendar.upper())
        self.holidays.setCurrentIndex(max(index, 0))
        self.plans = context.profile.published.plans
        self.plan = QComboBox()
        for plan in self.plans:
            self.plan.addItem(plan.name, plan.key)
        self.plan.setCurrentIndex(max(self.plan.findData(preferences.support_plan), 0))
        self.plan_note = wrapping_label()
        self.plan.currentIndexChanged.connect(self._show_plan)
        self.enhanced = QCheckBox()
        self.enhanced.setChecked(preferences.enhanced_support)
        self.country = QLineEdit(preferences.phone_country)
        self.upload_limit = QSpinBox()
        self.upload_limit.setRange(0, 1024 * 1024)
        self.upload_limit.setValue(preferences.upload_limit_mb)
        self.language = QComboBox()
        self.language.addItem("", SYSTEM_DEFAULT)
        for code in available_languages():
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(preferences.language), 0))
        self.notes = wrapping_label()
        self.captions = [QLabel() for _ in range(6)]
        form = QFormLayout()
        form.addRow(self.captions[0], self.zone)
        form.addRow(self.captions[1], self.holidays)
        form.addRow(self.captions[5], self.plan)
        form.addRow("", self.plan_note)
        form.addRow("", self.enhanced)
        form.addRow(self.captions[2], self.country)
        form.addRow(self.captions[3], self.upload_limit)
        form.addRow(self.captions[4], self.language)
        fields = (self.zone, self.holidays, self.country, self.upload_limit, self.language, self.plan)
        for caption, field in zip(self.captions, fields, strict=True):
            caption.setBuddy(field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)
        self._saved_language = preferences.language
        self.setMinimumWidth(640)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Settings"))
        self.captions[0].setText(self.tr("Business hours &time zone:"))
        self.captions[1].setText(self.tr("&Holiday calendar:"))
        self.captions[2].setText(self.tr("Phone directory &country:"))
        self.captions[3].setText(self.tr("Warn above this &upload size:"))
        self.captions[4].setText(self.tr("&Language:"))
        self.captions[5].setText(self.tr("Support &plan:"))
        for index, plan in enumerate(self.plans):
            if plan.key == STANDARD_KEY:
                self.plan.setItemText(index, self.tr("Standard (business hours in your time zone)"))
            else:
                self.plan.setItemText(index, fill(self.tr("%1 (hours in %2)"), plan.name, plan.zone_label))
        self.plan.setAccessibleName(self.tr("Support plan"))
        self._show_plan()
        self.language.setItemText(0, fill(self.tr("System default (%1)"), language_name(system_language())))
        self.language.setAccessibleName(self.tr("Language of Care Desktop"))
        self.language.setToolTip(self.tr("Case texts stay in English, whatever the language of Care Desktop."))
        self.upload_limit.setSuffix(self.tr(" MiB"))
        self.upload_limit.setSpecialValueText(self.tr("No limit"))
        self.upload_limit.setToolTip(
            self.tr("The My Support portal's upload limit is not published; 0 turns the warning off.")
        )
        self.upload_limit.setAccessibleName(self.tr("Upload size limit in MiB"))
        self.zone.setItemText(0, fill(self.tr("This computer's time zone (%1)"), self.context.system_zone))
        self.holidays.setItemText(0, self.tr("None (the published policy names no holidays)"))
        self.enhanced.setText(self.tr("My organization has Enhanced Professional Support (voice)"))
        self.country.setPlaceholderText(self.tr("This computer's locale, or e.g. Japan, DE, pt_BR"))
        self.notes.setText(
            self.tr(
                "On the Standard plan, response targets count business hours Monday to Friday, 8:00 to 17:00, in this "
                "time zone. Public holidays count as business days unless you choose a calendar."
            )
        )
        self.zone.setAccessibleName(self.tr("Business hours time zone"))
        self.holidays.setAccessibleName(self.tr("Holiday calendar"))
        self.enhanced.setAccessibleName(self.enhanced.text())
        self.country.setAccessibleName(self.tr("Phone directory country"))
        describe(
            (self.zone, self.tr("The time zone whose business hours the response targets count in.")),
            (self.holidays, self.tr("Whose public holidays do not count as business days.")),
            (self.plan, self.tr("Whose published hours the first-response targets count, and in which zone.")),
            (self.enhanced, self.tr("Also shows the Enhanced Professional Support voice hours with response times.")),
            (self.country, self.tr("Whose Customer Care phone numbers are listed first.")),
            (self.upload_limit, self.upload_limit.toolTip()),
            (self.language, self.language.toolTip()),
            (self.buttons.button(QDialogButtonBox.StandardButton.Ok), self.tr("Saves the settings and closes.")),
            (self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Closes without saving.")),
        )

    def preferences(self) -> Preferences:
        """The preferences as edited."""
        zone = self.zone.currentText().strip()
        if zone not in available_timezones():  # item 0 ("this computer's zone") or an unknown name typed in
            zone = ""
        return Preferences(
            time_zone=zone,
            holiday_calendar=str(self.holidays.currentData() or ""),
            enhanced_support=self.enhanced.isChecked(),
            phone_country=self.country.text().strip(),
            language=str(self.language.currentData() or SYSTEM_DEFAULT),
            upload_limit_mb=self.upload_limit.value(),
            support_plan=str(self.plan.currentData() or STANDARD_KEY),
        )

    def _show_plan(self) -> None:
        """Show the chosen plan's published hours, the zone they are counted in, and their source."""
        key = str(self.plan.currentData() or STANDARD_KEY)
        plan = next((item for item in self.plans if item.key == key), None)
        self.plan_note.setToolTip("")
        if plan is None or not plan.own_zone:
            self.plan_note.setText(
                self.tr(
                    "Severity 2-4 are answered Monday to Friday, 8:00 to 17:00, in the time zone above; "
                    "Severity 1 around the clock."
                )
            )
            return
        source = self.context.profile.sources.get(plan.source)
        text = fill(self.tr("%1 Counted in %2; due times are shown in your time zone."), plan.hours_text, plan.zone)
        if source is not None:
            text += " " + fill(self.tr("Source checked %1."), source.checked)
            self.plan_note.setToolTip(source.url)
        self.plan_note.setText(text)

    def accept(self) -> None:
        """Save and close; a new language is applied to every window at once."""
        preferences = self.preferences()
        save_preferences(self.context.store, preferences)
        super().accept()
        if preferences.language != self._saved_language:
            wanted = resolve_language(preferences.language)
            if wanted != current_language():
                switch_language(wanted)
