"""Every page of the wizard and the main window's dialogs, checked by Tab and by their mnemonics.

On each page the focus starts on the first input and Tab visits every control in the order they are read (top to
bottom, left to right) without getting stuck; no two controls share a mnemonic, but for the few listed.

The walk presses Tab on the focused widget and only reads where the focus went.
"""

from __future__ import annotations

import itertools
import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QWidget,
)

from care_desktop.domain.case.draft import ContactRole
from care_desktop.domain.case.model import Attachment, AttachmentKind, ConversationRef
from care_desktop.domain.severity import Answers
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.pages.base import StepPage
from care_desktop.ui.wizard import CaseWizard
from tests.conftest import REALWORLD

CONV = "4709b21d-bc22-418a-8c6d-4ededb31bd39"
ROW_SLACK = 6  # pixels: widgets of one row may sit a little higher or lower than their neighbours


def filled_wizard(make_wizard, severity: int) -> CaseWizard:
    """A wizard on a draft that reaches every step of its path, with something in every list."""
    wizard: CaseWizard = make_wizard()
    draft = wizard.draft
    draft.contact_role = ContactRole.DESIGNATED
    draft.answers = Answers(critical_works=False, workaround=False) if severity == 1 else Answers(True, None, False)
    case = draft.case
    case.severity, case.title = severity, "Agents in Dublin hear no audio on transfers"
    case.description = "Since 09:10 every transferred call loses audio."
    case.business_impact = "Half of the transfers fail."
    case.conversations = [ConversationRef(CONV)]
    case.attachments = [
        Attachment(str(REALWORLD / "console" / "loghub_Proxifier_2k.log"), AttachmentKind.CONSOLE_LOG, size=236962),
        Attachment(str(REALWORLD / "har" / "mitmproxy_chrome.har"), AttachmentKind.HAR, size=65642),
    ]
    return wizard


def show_step(qtbot, wizard: CaseWizard, step: Step) -> StepPage:
    wizard.resume(step)
    assert wizard.current_step() is step
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    page = wizard.step_page(step)
    task = getattr(page, "task", None)
    if task is not None:  # the redaction check runs when the page shows: wait until its controls are back
        qtbot.waitUntil(lambda: page.task is None, timeout=20000)  # type: ignore[attr-defined]
    return page


def tab_walk(page: QWidget, limit: int = 120) -> tuple[QWidget, list[QWidget]]:
    """Press Tab from the page's first focus round the whole window until the focus is back there.

    Returns:
        The first focus, and the page's widgets Tab stopped on, in order from where Tab enters the page (the
        widget after the last stop outside it).
    """
    first = QApplication.focusWidget()
    assert first is not None, "nothing has the focus when the page is shown"
    assert page.isAncestorOf(first), "the page does not have the focus when it is shown"
    stops = [first]
    still = 0
    for _ in range(limit):
        QTest.keyClick(stops[-1], Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        assert now is not None
        if now is stops[-1]:
            still += 1  # a date edit walks its sections first; anything longer is a trap
            assert still < 6, f"Tab is stuck on {describe(now)}"
            continue
        still = 0
        if now is first:
            break
        assert now not in stops, f"Tab went round without coming back to {describe(first)}"
        stops.append(now)
    else:
        raise AssertionError("Tab never came back to the first focus")
    inside = [page.isAncestorOf(widget) for widget in stops]
    entry = next((i + 1 for i in range(len(stops) - 1, -1, -1) if not inside[i]), 0) % len(stops)
    ordered = stops[entry:] + stops[:entry]
    return first, [widget for widget in ordered if page.isAncestorOf(widget)]


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    return f"{type(widget).__name__} {widget.accessibleName() or text!r}"


def tab_stops(page: QWidget) -> set[QWidget]:
    """Every widget of the page Tab should stop on."""
    return {
        widget
        for widget in page.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
        and not (isinstance(widget, QLabel) and not widget.hasSelectedText() and "href" not in widget.text())
    }


def box(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def out_of_reading_order(widgets: list[QWidget], page: QWidget) -> list[str]:
    """Pairs where the next stop is above the previous one, or left of it on the same row."""
    wrong = []
    for before, after in itertools.pairwise(widgets):
        a, b = box(before, page), box(after, page)
        same_row = b.top() < a.bottom() and a.top() < b.bottom()
        if (same_row and b.left() < a.left()) or (not same_row and b.top() < a.top() - ROW_SLACK):
            wrong.append(
                f"{describe(before)} at {a.topLeft().toTuple()} -> {describe(after)} at {b.topLeft().toTuple()}"
            )
    return wrong


@pytest.mark.parametrize(
    ("severity", "step"),
    [(3, step) for step in Step if step is not Step.SEVERITY_ONE] + [(1, Step.SEVERITY_ONE)],
    ids=lambda value: value.value if isinstance(value, Step) else f"severity-{value}",
)
def test_tab_walks_each_page_in_reading_order(qtbot, make_wizard, saved_profile, severity, step):
    wizard = filled_wizard(make_wizard, severity)
    wizard.resize(1100, 900)
    page = show_step(qtbot, wizard, step)
    first, walked = tab_walk(page)
    assert first is page.first_focus()
    assert out_of_reading_order(walked, page) == []
    missed = tab_stops(page) - set(walked)
    assert [describe(widget) for widget in missed] == []


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """The Alt+letter keys of the visible buttons, group boxes and labels with a buddy, by letter."""
    found: dict[str, list[str]] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        else:
            continue
        match = re.search(r"&([^&\s])", text.replace("&&", ""))
        if match:
            found.setdefault(match.group(1).lower(), []).append(text)
    return found


def clashes(root: QWidget) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in mnemonics(root).items() if len(texts) > 1}


@pytest.mark.parametrize("step", list(Step), ids=lambda step: step.value)
def test_no_two_controls_of_a_page_share_a_mnemonic(qtbot, make_wizard, saved_profile, step):
    wizard = filled_wizard(make_wizard, 1 if step is Step.SEVERITY_ONE else 3)
    show_step(qtbot, wizard, step)
    assert clashes(wizard) == {}  # the page with the wizard's own Back and Next


def test_no_two_controls_of_a_window_share_a_mnemonic(qtbot, context, saved_profile):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert clashes(window) == {}
    for dialog in (window.open_critical_outage(), window.open_phone_directory(), window.open_settings()):
        qtbot.addWidget(dialog)
        assert clashes(dialog) == {}, type(dialog).__name__


def test_the_mnemonic_check_finds_a_clash(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    holder = QWidget()
    QCheckBox("&Remember", holder).move(0, 0)
    QCheckBox("&Redact", holder).move(0, 30)
    window.setCentralWidget(holder)
    window.show()
    assert clashes(window) == {"r": ["&Remember", "&Redact"]}
