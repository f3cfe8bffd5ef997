"""Translation helpers: domain messages through Qt's translator, and translator installation.

Domain messages are English templates marked in the ``"domain"`` context; they are translated here and
then filled in. UI strings use ``self.tr()`` in their own widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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
