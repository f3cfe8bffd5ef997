"""Translation: the UI language, its translators, and domain messages through Qt's translator.

The app's catalogue ``resources/translations/care_desktop_<lang>.qm`` is read through the resource loader (so
it works from a checkout, a wheel and a frozen build) and Qt's own ``qtbase_<lang>.qm`` comes from the Qt
installation, for the standard buttons and dialogs. English, the source language, has a catalogue too:
``care_desktop_en.qm`` holds only the count texts, with their forms for one and for more (``%n files`` reads
"1 file", "2 files"). Switching the language replaces the translators; Qt then sends
``QEvent.Type.LanguageChange`` to every widget, whose ``retranslate()`` sets its texts again.

Domain messages are English templates marked in the ``"domain"`` context; they are translated here and then
filled in. UI strings use ``self.tr()`` in their own widgets. This module holds no state of its own: the
translators are children of the application object. It never translates the case text (that stays English).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from care_desktop.domain.messages import CONTEXT, Message

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWizard
from care_desktop.services.resources import ResourceError, list_names, read_bytes

SOURCE_LANGUAGE: Final = "en"
SYSTEM_DEFAULT: Final = ""  # the preference that follows the computer's language
CATALOGUE_PREFIX: Final = "care_desktop_"
TRANSLATIONS_FOLDER: Final = "translations"
_TRANSLATOR_NAME: Final = "care_desktop.translator"
_LANGUAGE_PROPERTY: Final = "care_desktop_language"
# Each language as it calls itself: the choice must be readable whatever language the UI is in.
ENDONYMS: Final = {"en": "English", "ja": "日本語"}


class _Catalogue(QTranslator):
    """A translator loaded from bytes, keeping them alive (Qt reads the buffer it is given in place)."""

    def __init__(self, data: bytes = b"") -> None:
        super().__init__()
        self.setObjectName(_TRANSLATOR_NAME)
        self.data = data


def available_languages() -> list[str]:
    """The languages the UI can be shown in.

    Returns:
        English (the source language) first, then each language with a catalogue in ``resources/translations``.
    """
    try:
        names = list_names(TRANSLATIONS_FOLDER)
    except ResourceError:
        names = []
    codes = sorted(
        name.removeprefix(CATALOGUE_PREFIX).removesuffix(".qm")
        for name in names
        if name.startswith(CATALOGUE_PREFIX) and name.endswith(".qm")
    )
    return [SOURCE_LANGUAGE, *(code for code in codes if code != SOURCE_LANGUAGE)]


def language_name(language: str) -> str:
    """The name of a language in that language, e.g. ``日本語`` for ``ja``."""
    return ENDONYMS.get(language) or QLocale(language).nativeLanguageName() or language


def system_language(locale: QLocale | None = None) -> str:
    """The first of the computer's preferred languages that the UI can show.

    Args:
        locale: The locale to read the preferences of (default: the computer's).

    Returns:
        A language code from :func:`available_languages`; English when none of them is preferred.
    """
    available = available_languages()
    for tag in (locale or QLocale.system()).uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in available:
            return code
    return SOURCE_LANGUAGE


def resolve_language(preference: str, locale: QLocale | None = None) -> str:
    """The language to show for a saved preference.

    Args:
        preference: ``Preferences.language``: a language code, or empty for the computer's language.
        locale: The computer's locale (default: ``QLocale.system()``).

    Returns:
        The preference when the UI can be shown in it, else the computer's language, else English.
    """
    if preference and preference in available_languages():
        return preference
    return system_language(locale)


def current_language() -> str:
    """The language the UI is shown in now (English before any switch)."""
    app = QCoreApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value else SOURCE_LANGUAGE


def load_catalogue(language: str) -> QTranslator | None:
    """Load the app's catalogue for ``language`` from the resources.

    Args:
        language: A language code, e.g. ``"ja"``.

    Returns:
        The loaded translator, or None when there is no (valid) catalogue for that language.
    """
    try:
        data = read_bytes(f"{TRANSLATIONS_FOLDER}/{CATALOGUE_PREFIX}{language}.qm")
    except ResourceError:
        return None
    translator = _Catalogue(data)
    return translator if translator.load(data) else None


def load_qt_catalogue(language: str) -> QTranslator | None:
    """Load Qt's own catalogue (``qtbase_<language>.qm``) from the Qt installation.

    Args:
        language: A language code.

    Returns:
        The loaded translator, or None when Qt ships none for that language.
    """
    from PySide6.QtCore import QLibraryInfo

    translator = _Catalogue()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", folder) else None


def switch_language(language: str) -> str:
    """Show the UI in ``language`` from now on: replace the translators, retranslate every widget.

    Args:
        language: A language code; English, or one without a catalogue, leaves only the English catalogue
            (the forms of the count texts).

    Returns:
        The language now shown.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("switch_language needs a QApplication")
    first = True
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)  # no longer found as a child; freed with its Python wrapper
        first = False
    catalogue = load_catalogue(language) if language != SOURCE_LANGUAGE else None
    shown = language if catalogue is not None else SOURCE_LANGUAGE
    # English is the source language: its catalogue holds only the forms of the count texts (1 file, 2 files).
    translators = [load_qt_catalogue(shown), catalogue] if catalogue is not None else [load_catalogue(shown)]
    for translator in translators:
        if translator is not None:
            translator.setParent(app)
            app.installTranslator(translator)
    app.setProperty(_LANGUAGE_PROPERTY, shown)
    QLocale.setDefault(_locale_for(shown))
    if first and not (isinstance(app, QApplication) and app.topLevelWidgets()):
        return shown  # at start, before any window: no text to switch (and QEvent is not needed yet)
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWizard  # not at import: QWizard's enumerations are not needed at start

    # Install and remove post LanguageChange to every window; deliver it now so every text is switched
    # when this returns, then let wizards take Qt's new button texts (QWizard does not on its own).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    if isinstance(app, QApplication):
        for widget in app.allWidgets():
            if isinstance(widget, QWizard):
                refresh_wizard_buttons(widget)
    return shown


class _LanguageWatcher(QObject):
    """Calls a widget's ``retranslate`` when the language changes: the one retranslation mechanism of the UI."""

    language_change: Any = None
    """``QEvent.Type.LanguageChange``, looked up with the first event (QEvent's enumeration is large to load)."""

    def __init__(self, widget: QObject, retranslate: Callable[[], None]) -> None:
        super().__init__(widget)
        self._retranslate = retranslate
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate on a language change; let every event through."""
        if _LanguageWatcher.language_change is None:
            from PySide6.QtCore import QEvent

            _LanguageWatcher.language_change = QEvent.Type.LanguageChange
        if event.type() == _LanguageWatcher.language_change:
            self._retranslate()
        return False


def on_language_change(widget: QObject, retranslate: Callable[[], None]) -> None:
    """Call ``retranslate`` whenever ``widget`` is told the language changed.

    For the main window, which is on screen before this is installed: overriding its ``changeEvent`` would load
    ``QEvent``'s large enumeration (milliseconds) with the first event, before the first page is shown.

    Args:
        widget: The widget.
        retranslate: Sets its texts again.
    """
    _LanguageWatcher(widget, retranslate)


def _locale_for(language: str) -> QLocale:
    """The computer's locale when it speaks ``language`` (its formats are the user's), else that language's."""
    system, wanted = QLocale.system(), QLocale(language)
    if system.language() == wanted.language():
        return system
    if language == SOURCE_LANGUAGE and system.language() == QLocale.Language.C:
        return system
    return wanted


def refresh_wizard_buttons(wizard: QWizard) -> None:
    """Make a wizard take the current language's texts for Back, Next, Finish and friends.

    QWizard sets its default button texts only when its style changes, so the style is changed and changed
    back; texts set with ``setButtonText`` are kept.

    Args:
        wizard: The wizard to refresh.
    """
    from PySide6.QtWidgets import QWizard

    style = wizard.wizardStyle()
    other = QWizard.WizardStyle.ModernStyle
    if style is QWizard.WizardStyle.ModernStyle:
        other = QWizard.WizardStyle.ClassicStyle
    wizard.setUpdatesEnabled(False)
    try:
        wizard.setWizardStyle(other)
        wizard.setWizardStyle(style)
    finally:
        wizard.setUpdatesEnabled(True)


def tr_message(message: Message) -> str:
    """Translate and fill a domain message.

    Args:
        message: The message.

    Returns:
        The text in the UI language; a count text in the plural form its count takes.
    """
    count = -1 if message.count is None else message.count
    return message.render(QCoreApplication.translate(CONTEXT, message.template, None, count))


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
        e.g. ``Fri 2026-11-27 09:05 GMT`` in English, ``金 2026-11-27 09:05 GMT`` in Japanese.
    """
    from PySide6.QtCore import QDateTime, QTimeZone  # the first page shows no time: not at import

    zone_name = getattr(moment.tzinfo, "key", None)
    offset = moment.utcoffset()
    if zone_name:
        zone = QTimeZone(zone_name.encode("ascii"))
    else:
        zone = QTimeZone.fromSecondsAheadOfUtc(int(offset.total_seconds()) if offset else 0)
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), zone)
    # The zone's own abbreviation (zoneinfo's), the same in every language: Qt's "t" gives "GMT+1" for Dublin
    # in winter with some locales, where English, the CLI and the case text say "GMT".
    return f"{QLocale().toString(shown, 'ddd yyyy-MM-dd HH:mm')} {moment.tzname() or ''}".rstrip()


def fill(template: str, *values: str) -> str:
    """Fill the ``%1``, ``%2``... placeholders of a translated text in one pass (values are inserted as they are)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return re.sub(r"%(\d)", value, template)
