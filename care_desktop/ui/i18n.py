"""Translation helpers: domain messages through Qt's translator, and translator installation.

Domain messages are English templates marked in the ``"domain"`` context; they are translated here and
then filled in. UI strings use ``self.tr()`` in their own widgets.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from care_desktop.domain.messages import CONTEXT, Message


def tr_message(message: Message) -> str:
    """Translate and fill a domain message.

    Args:
        message: The message.

    Returns:
        The text in the UI language.
    """
    return message.render(QCoreApplication.translate(CONTEXT, message.template))


def tr_domain(text: str) -> str:
    """Translate a fixed domain text (one without placeholders, such as a level name).

    Args:
        text: English text marked with ``QT_TRANSLATE_NOOP("domain", ...)``.

    Returns:
        The text in the UI language.
    """
    return QCoreApplication.translate(CONTEXT, text)


def local_time(moment: datetime) -> str:
    """Format an aware time in the UI language, in its own zone, with the zone's abbreviation.

    Args:
        moment: An aware datetime (its zone is kept: business hours are the customer's).

    Returns:
        e.g. ``Fri 2026-11-27 09:05 GMT`` in English.
    """
    zone_name = getattr(moment.tzinfo, "key", None)
    offset = moment.utcoffset()
    if zone_name:
        zone = QTimeZone(zone_name.encode("ascii"))
    else:
        zone = QTimeZone.fromSecondsAheadOfUtc(int(offset.total_seconds()) if offset else 0)
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), zone)
    return QLocale().toString(shown, "ddd yyyy-MM-dd HH:mm t")
