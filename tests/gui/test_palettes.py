"""Readable in a light, a dark and a high-contrast palette: every label's text against what is behind it.

Each window is rendered (``grab``) with the palette applied to the application, and every visible label is
measured on the picture: the background is the colour most of its pixels have, the text the colour that
stands out most from it (among colours drawn at least a few times, so that anti-aliasing does not count). The
WCAG ratio of the two must be 4.5:1 or more; a label with links is also checked with the palette's link
colour. Two checks of the check itself show that it fails on text that is hard to read.
"""

from __future__ import annotations

import os
import struct
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from care_desktop.domain.case.draft import ContactRole
from care_desktop.domain.case.model import Attachment, AttachmentKind, ConversationRef
from care_desktop.domain.severity import Answers
from care_desktop.domain.tracker.model import TrackedCase
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.pages.description import DescriptionPage
from care_desktop.ui.pages.organization import OrganizationPage
from care_desktop.ui.pages.redaction import RedactionPage
from care_desktop.ui.styles import AA_TEXT, contrast_ratio, critical_tone, error_color, muted_color, warning_tone
from care_desktop.ui.wizard import CaseWizard
from tests.conftest import REALWORLD

R = QPalette.ColorRole
DARK = {
    R.Window: "#353535",
    R.WindowText: "#f0f0f0",
    R.Base: "#262626",
    R.AlternateBase: "#303030",
    R.Text: "#f0f0f0",
    R.Button: "#404040",
    R.ButtonText: "#f0f0f0",
    R.BrightText: "#ff6060",
    R.Link: "#8ab4f8",
    R.LinkVisited: "#c58af9",
    R.Highlight: "#2f65ca",
    R.HighlightedText: "#ffffff",
    R.ToolTipBase: "#262626",
    R.ToolTipText: "#f0f0f0",
    R.PlaceholderText: "#a0a0a0",
    R.Light: "#505050",
    R.Midlight: "#454545",
    R.Mid: "#2a2a2a",
    R.Dark: "#202020",
    R.Shadow: "#101010",
}
HIGH_CONTRAST = {
    R.Window: "#000000",
    R.WindowText: "#ffffff",
    R.Base: "#000000",
    R.AlternateBase: "#1a1a1a",
    R.Text: "#ffffff",
    R.Button: "#000000",
    R.ButtonText: "#ffffff",
    R.BrightText: "#ffff00",
    R.Link: "#ffff00",
    R.LinkVisited: "#ffff00",
    R.Highlight: "#ffff00",
    R.HighlightedText: "#000000",
    R.ToolTipBase: "#000000",
    R.ToolTipText: "#ffffff",
    R.PlaceholderText: "#c0c0c0",
    R.Light: "#ffffff",
    R.Midlight: "#c0c0c0",
    R.Mid: "#808080",
    R.Dark: "#ffffff",
    R.Shadow: "#ffffff",
}
# Set to a folder to keep pictures of the windows in each palette, for a person to look at (the test reads the
# pixels itself and needs none).
SCREENSHOTS_ENV = "CARE_DESKTOP_PALETTE_SCREENSHOTS"


def make_palette(colors: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, name in colors.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(name))
    return palette


@pytest.fixture(params=["light", "dark", "high-contrast"])
def palette(request, qapp, context) -> Iterator[QPalette]:
    """The application palette for the test (the platform's light one, dark, or black/white/yellow)."""
    before = QApplication.palette()
    chosen = {"light": before, "dark": make_palette(DARK), "high-contrast": make_palette(HIGH_CONTRAST)}
    QApplication.setPalette(chosen[request.param])
    yield QApplication.palette()
    QApplication.setPalette(before)


def pixel_counts(image: QImage, area: QRect) -> Counter[int]:
    image = image.copy(area).convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())[: image.sizeInBytes()]
    counts: Counter[int] = Counter(value & 0xFFFFFF for (value,) in struct.iter_unpack("<I", data))
    return counts


def measured_contrast(image: QImage, area: QRect) -> tuple[float, QColor, QColor]:
    """The contrast between the most frequent colour of ``area`` and the colour standing out most from it."""
    counts = pixel_counts(image, area)
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    drawn = [QColor.fromRgb(value) for value, count in counts.items() if count >= 3]
    text = max(drawn, key=lambda color: contrast_ratio(color, background))
    return contrast_ratio(text, background), text, background


def label_area(label: QLabel, window: QWidget, scale: float) -> QRect | None:
    """Where the visible part of ``label`` is in the window's picture (None when it is scrolled away)."""
    visible = label.visibleRegion().boundingRect()
    if visible.isEmpty():
        return None
    top_left = label.mapTo(window, visible.topLeft())
    x, y = round(top_left.x() * scale), round(top_left.y() * scale)
    return QRect(x, y, round(visible.width() * scale), round(visible.height() * scale))


def hard_to_read(window: QWidget, palette: QPalette) -> list[str]:
    """Every visible label of ``window`` whose text (or link) is below 4.5:1 against its background."""
    window.show()
    QApplication.processEvents()
    picture = window.grab()
    image = picture.toImage()
    scale = picture.devicePixelRatio()
    problems = []
    for label in window.findChildren(QLabel):
        if not (label.isVisible() and label.isEnabled() and label.text().strip()):
            continue
        area = label_area(label, window, scale)
        if area is None or area.width() < 4 or area.height() < 4:
            continue
        ratio, text, background = measured_contrast(image, area)
        if len(pixel_counts(image, area)) == 1:
            continue  # the text is scrolled out of the visible part
        name = label.accessibleName() or label.text()[:60]
        if ratio < AA_TEXT:
            problems.append(f"{name!r}: {text.name()} on {background.name()} is {ratio:.2f}:1")
        if "href" in label.text():
            link = label.palette().color(QPalette.ColorRole.Link)
            if contrast_ratio(link, background) < AA_TEXT:
                problems.append(f"{name!r}: link {link.name()} on {background.name()}")
    return problems


def save_screenshot(widget: QWidget, name: str, palette_name: str) -> None:
    folder = os.environ.get(SCREENSHOTS_ENV)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{palette_name}-{name}.png"))


def palette_name(palette: QPalette) -> str:
    window = palette.color(QPalette.ColorRole.Window).name()
    return {"#353535": "dark", "#000000": "high-contrast"}.get(window, "light")


def test_the_main_window_with_a_reminder(qtbot, context, saved_profile, palette):
    opened = context.clock().astimezone(ZoneInfo("Europe/Dublin")) - timedelta(days=10)
    TrackerStore(context.store).add_case(TrackedCase("0001234567", 2, opened, "Transfers drop"))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.home.reminders.check()  # the deadline reminder banner (amber) is on screen
    assert window.home.reminder_banner.isVisibleTo(window)
    assert hard_to_read(window, palette) == []
    save_screenshot(window, "main-window", palette_name(palette))


def filled_wizard(make_wizard, severity: int) -> CaseWizard:
    wizard: CaseWizard = make_wizard()
    draft = wizard.draft
    draft.contact_role = ContactRole.DESIGNATED
    draft.answers = Answers(critical_works=False, workaround=False) if severity == 1 else Answers(True, None, False)
    case = draft.case
    case.severity, case.title = severity, "Agents in Dublin hear no audio on transfers"
    # Two problems in one description: the amber "split" banner shows.
    case.description = "Calls drop after a transfer. Also, the queue report fails to load since Monday."
    case.business_impact = "Half of the transfers fail."
    case.conversations = [ConversationRef("4709b21d-bc22-418a-8c6d-4ededb31bd39")]
    case.attachments = [
        Attachment(str(REALWORLD / "console" / "loghub_Proxifier_2k.log"), AttachmentKind.CONSOLE_LOG, size=236962),
        Attachment(str(REALWORLD / "har" / "mitmproxy_chrome.har"), AttachmentKind.HAR, size=65642),
    ]
    wizard.resize(1000, 860)
    return wizard


@pytest.mark.parametrize("step", [step for step in Step if step is not Step.SEVERITY_ONE], ids=lambda s: s.value)
def test_each_wizard_page(qtbot, make_wizard, saved_profile, palette, step):
    wizard = filled_wizard(make_wizard, 3)
    wizard.resume(step)
    assert wizard.current_step() is step
    if step is Step.ORGANIZATION:  # the muted "where do I find it" help texts
        form = wizard.page_as(OrganizationPage).form
        form.short_name_row.button.setChecked(True)
        form.org_id_row.button.setChecked(True)
    if step is Step.DESCRIPTION:
        assert wizard.page_as(DescriptionPage).split_banner.isVisibleTo(wizard)
    if step is Step.REDACTION:  # the red live-session warning (the HAR holds session cookies)
        page = wizard.page_as(RedactionPage)
        qtbot.waitUntil(lambda: page.task is None, timeout=20000)
        assert page.warning.isVisible()
    assert hard_to_read(wizard, palette) == []
    if step in (Step.DESCRIPTION, Step.REDACTION):
        save_screenshot(wizard, f"wizard-{step.value}", palette_name(palette))


def test_the_severity_pages_of_a_critical_outage(qtbot, make_wizard, saved_profile, palette):
    wizard = filled_wizard(make_wizard, 1)
    wizard.resume(Step.SEVERITY)
    assert hard_to_read(wizard, palette) == []  # the red "phone only" banner under the levels
    wizard.resume(Step.SEVERITY_ONE)
    assert wizard.current_step() is Step.SEVERITY_ONE
    assert hard_to_read(wizard, palette) == []
    save_screenshot(wizard, "wizard-severity-one", palette_name(palette))


def test_the_critical_outage_window_and_the_phone_directory(qtbot, context, saved_profile, palette):
    window = MainWindow(context)
    qtbot.addWidget(window)
    critical, directory = window.open_critical_outage(), window.open_phone_directory()
    for dialog in (critical, directory):
        qtbot.addWidget(dialog)
        dialog.resize(1000, 700)
        # The bundled directory is from 2020: the red "verify before calling" notice and amber cautions show.
        assert hard_to_read(dialog, palette) == [], type(dialog).__name__
    assert critical.panel.directory.stale.isVisible()
    save_screenshot(critical, "critical-outage", palette_name(palette))


def test_critical_stays_red_and_warnings_amber(palette):
    for tone, hue in ((critical_tone(palette), 0), (warning_tone(palette), 45)):
        for name in (tone.border, tone.background):
            color = QColor(name)
            assert abs(((color.hslHue() - hue + 180) % 360) - 180) <= 15, name
            assert color.hslSaturationF() > 0.3, name
        assert contrast_ratio(QColor(tone.text), QColor(tone.background)) >= AA_TEXT
    window = palette.color(QPalette.ColorRole.Window)
    assert contrast_ratio(error_color(palette), window) >= AA_TEXT
    assert contrast_ratio(muted_color(palette), window) >= AA_TEXT


# -- the check itself fails on hard-to-read text ----------------------------------------------------------


def test_the_check_catches_grey_on_grey(qtbot, palette):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(QLabel("Readable text in the palette's own colours"))
    faint = QLabel("Grey on grey, a ratio of about 1.3")
    faint.setStyleSheet("color: #777777; background: #888888;")
    layout.addWidget(faint)
    problems = hard_to_read(holder, palette)
    assert len(problems) == 1
    assert problems[0].startswith("'Grey on grey")


def test_the_check_catches_a_banner_whose_labels_keep_the_palette_text(qtbot, palette):
    """The old banners: a pale red frame whose label still drew the palette's (light, in a dark theme) text."""
    banner = QFrame()
    qtbot.addWidget(banner)
    banner.setObjectName("old")
    banner.setStyleSheet("QFrame#old { background: #fde8e8; color: #8a1010; }")
    QVBoxLayout(banner).addWidget(QLabel("Critical outage (Severity 1)? Phone only, 24x7."))
    light_text = palette.color(QPalette.ColorRole.WindowText).lightnessF() > 0.5
    assert bool(hard_to_read(banner, palette)) is light_text
