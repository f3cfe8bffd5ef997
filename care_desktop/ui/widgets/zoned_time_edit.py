"""A date-and-time editor for wall-clock time in a given IANA zone (the case's), not the computer's.

The editor holds the wall-clock fields in UTC so that the computer's own DST rules never shift them; the zone
is applied when the value is read, through ``domain.clock.localize`` (an ambiguous time is the first
occurrence, a skipped one moves forward by the gap). It must not read the clock itself: callers set the value.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QLabel, QWidget

from care_desktop.domain.clock.business_hours import localize
from care_desktop.services.clock.resolver import zone_named
from care_desktop.ui.i18n import fill, on_language_change


class ZonedTimeEdit(QWidget):
    """Edits a moment as wall-clock time in one zone, to the minute.

    Signals:
        changed: The user edited the time.

    Args:
        zone: IANA zone name.
        parent: Owner.
    """

    changed = Signal()

    def __init__(self, zone: str = "UTC", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.edit = QDateTimeEdit()
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.dateTimeChanged.connect(lambda _value: self.changed.emit())
        self.zone_label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.zone_label, 1)
        self.setFocusProxy(self.edit)
        self._zone: ZoneInfo = zone_named(zone)
        self._accessible = ""
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.zone_label.setText(fill(self.tr("in %1"), self._zone.key))
        self.edit.setAccessibleName(
            f"{self._accessible} ({self._zone.key})"
            if self._accessible
            else fill(self.tr("Date and time in %1"), self._zone.key)
        )
        self.edit.setAccessibleDescription(
            self.tr("Type or pick a date and time, read in the time zone shown beside it.")
        )

    def set_accessible_name(self, name: str) -> None:
        """Name the editor for screen readers (the zone is added)."""
        self._accessible = name
        self.edit.setAccessibleName(f"{name} ({self._zone.key})")

    @property
    def zone(self) -> ZoneInfo:
        """The zone the wall-clock time is read in."""
        return self._zone

    def set_zone(self, name: str, keep_moment: bool = False) -> None:
        """Change the zone.

        Args:
            name: IANA zone name.
            keep_moment: Convert the shown time so that it stays the same instant (else keep the wall clock).

        Raises:
            ValueError: Unknown zone.
        """
        moment = self.moment()
        self._zone = zone_named(name)
        if keep_moment:
            self.set_moment(moment)
        self.retranslate()

    def set_moment(self, moment: datetime) -> None:
        """Show ``moment`` (aware) as wall-clock time in the zone, to the minute."""
        local = moment.astimezone(self._zone)
        self.edit.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), QTimeZone.utc())
        )

    def moment(self) -> datetime:
        """The time shown, as an aware datetime in the zone."""
        value = self.edit.dateTime()
        naive = datetime.combine(value.date().toPython(), value.time().toPython())  # type: ignore[arg-type]
        return localize(naive.replace(second=0, microsecond=0), self._zone)
