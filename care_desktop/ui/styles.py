"""Colours and style sheets shared by several widgets, chosen for the palette in use (light, dark, high contrast).

Every colour pair here meets WCAG AA (a contrast ratio of 4.5:1 or more) for text: a banner sets its text
colour for its labels as well as its background, and the plain text colours (an error, a stale value, a muted
hint) come in a light and a dark variant, picked from the window colour of the palette. Critical stays red and
warnings stay amber in both. :func:`keep_styled` re-applies a style when the application's palette changes.
It decides colours only; it never lays out or words anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Final, NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

AA_TEXT: Final = 4.5  # WCAG 2.x AA, normal-size text


class Tone(NamedTuple):
    """A banner's colours: text on background, with a border that marks its kind.

    A named tuple rather than a dataclass: three strings need no more, and this module is loaded before the first
    page is shown (a frozen dataclass costs about half a millisecond to create).
    """

    background: str
    text: str
    border: str


# Critical (Severity 1): dark red on pale red in a light window, pale red on dark red in a dark one.
CRITICAL: Final = {False: Tone("#fde8e8", "#8a1010", "#d33333"), True: Tone("#4a1010", "#ffd7d7", "#ff6b6b")}
# A warning with an action (several issues in one case, a stale directory, a deadline): amber.
WARNING: Final = {False: Tone("#fff4d6", "#4a3600", "#d9a400"), True: Tone("#3d3000", "#ffe08a", "#d9a400")}
# Text on the window's own background.
ERROR_TEXT: Final = {False: "#a01010", True: "#ff8a80"}
STALE_TEXT: Final = {False: "#7a5000", True: "#ffc266"}


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """The relative luminance of an opaque colour (WCAG 2.x)."""
    return 0.2126 * _linear(color.redF()) + 0.7152 * _linear(color.greenF()) + 0.0722 * _linear(color.blueF())


def over(color: QColor, background: QColor) -> QColor:
    """``color`` as it shows over an opaque ``background`` (its alpha blended in)."""
    alpha = color.alphaF()
    return QColor.fromRgbF(
        color.redF() * alpha + background.redF() * (1 - alpha),
        color.greenF() * alpha + background.greenF() * (1 - alpha),
        color.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def contrast_ratio(foreground: QColor, background: QColor) -> float:
    """The WCAG contrast ratio of a text colour (alpha blended) on an opaque background, from 1 to 21."""
    lighter, darker = sorted((luminance(over(foreground, background)), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette's windows are dark (a dark or high-contrast theme)."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QApplication.palette()


def critical_tone(palette: QPalette | None = None) -> Tone:
    """The critical banner's colours for ``palette`` (default: the application's)."""
    return CRITICAL[is_dark(_palette(palette))]


def warning_tone(palette: QPalette | None = None) -> Tone:
    """The warning banner's colours for ``palette`` (default: the application's)."""
    return WARNING[is_dark(_palette(palette))]


def banner_style(tone: Tone, selector: str = "", padding: str = "8px", radius: int = 4) -> str:
    """A style sheet for a banner: background, border, and the text colour of the banner and its labels.

    Args:
        tone: The colours.
        selector: The banner's selector (e.g. ``QFrame#critical``); empty for a label styled directly.
        padding: Inner spacing.
        radius: Corner radius in pixels.

    Returns:
        The style sheet.
    """
    box = (
        f"background: {tone.background}; color: {tone.text}; border: 1px solid {tone.border}; "
        f"border-radius: {radius}px; padding: {padding};"
    )
    if not selector:
        return box
    # Qt style sheets do not pass colours down to child widgets: the labels inside get the text colour too.
    return f"{selector} {{ {box} }} {selector} QLabel {{ color: {tone.text}; background: transparent; border: none; }}"


def sev1_style(palette: QPalette | None = None, selector: str = "") -> str:
    """The critical (Severity 1) banner's style sheet."""
    return banner_style(critical_tone(palette), selector)


def warning_style(palette: QPalette | None = None, selector: str = "", padding: str = "6px") -> str:
    """The warning banner's style sheet."""
    return banner_style(warning_tone(palette), selector, padding)


def caution_style(palette: QPalette | None = None) -> str:
    """A small amber note on one label (a caution printed with a phone number)."""
    return banner_style(warning_tone(palette), padding="2px 4px", radius=3)


def error_color(palette: QPalette | None = None) -> QColor:
    """Red for an error or an overdue deadline, readable on the palette's windows and lists."""
    return QColor(ERROR_TEXT[is_dark(_palette(palette))])


def stale_color(palette: QPalette | None = None) -> QColor:
    """Amber for a value that may be out of date, readable on the palette's windows."""
    return QColor(STALE_TEXT[is_dark(_palette(palette))])


def muted_color(palette: QPalette | None = None) -> QColor:
    """A quieter text colour for hints: the window text blended towards the window, as far as AA allows.

    Qt's own placeholder colour (the text at half opacity) is below 4.5:1 on a light window.
    """
    palette = _palette(palette)
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    for alpha in (0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        faded = QColor(text)
        faded.setAlphaF(alpha)
        muted = over(faded, window)
        if contrast_ratio(muted, window) >= AA_TEXT + 0.3:  # a margin for lists and group boxes a shade off
            return muted
    return text


def muted_style(palette: QPalette | None = None) -> str:
    """A style sheet giving a label the muted text colour."""
    return f"color: {muted_color(palette).name()};"


class _Restyler(QObject):
    """Sets a widget's style sheet again when the application's palette changes (a theme switch)."""

    def __init__(self, widget: QWidget, make: Callable[[], str]) -> None:
        super().__init__(widget)
        self._make = make
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-apply the style on a palette change."""
        from PySide6.QtCore import QEvent  # not at import: the first page is shown before QEvent is needed

        if event.type() == QEvent.Type.ApplicationPaletteChange and isinstance(watched, QWidget):
            style = self._make()
            if watched.styleSheet() != style:
                watched.setStyleSheet(style)
        return False


def keep_styled(widget: QWidget, make: Callable[[], str]) -> None:
    """Give ``widget`` the style sheet ``make()`` returns, now and after every change of the application palette.

    Args:
        widget: The widget.
        make: Builds the style sheet for the current application palette.
    """
    widget.setStyleSheet(make())
    _Restyler(widget, make)
