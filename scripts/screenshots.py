"""Render the app's windows and pages to PNG for docs/ and the README: the one home for every screenshot.

Runs the real app (real store in a throw-away home, real windows, real files from tests/data, real local HTTP
servers standing in for status.mypurecloud.com and for the Genesys Cloud login and API) on the platform Qt is
given (offscreen by default, or Xvfb), puts each window in the state a user would reach, and saves one PNG per
state. Every set starts in a home of its own, so one set never changes another's pictures. With ``--language ja``
the same walk runs with the Japanese UI (the case text stays English, as the case file does).

Sets (``--set``, repeatable or comma-separated; default ``all``):
    pages          the main window, every wizard step, the dialogs, the tracker, the redaction review on the class
                   corpus, the drafts list and the ``phones`` command (``*.png``)
    conversations  the conversation check and the evidence clocks (issue 16)
    sev1           the Severity 1 number and what leaves the machine (issue 14, items 1-7: ``sev1-*.png``)
    rough-edges    the rough edges fixed (issue 14, items 8-18: ``rough-edges/*.png``)

Usage: python scripts/screenshots.py [OUT_DIR] [--language ja] [--set all|pages|conversations|sev1|rough-edges]
       (default OUT_DIR: docs/screenshots, or docs/screenshots/<language> for another language than English)
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import hashlib
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QMimeData,
    QPoint,
    QPointF,
    Qt,
    QTime,
    QTimeZone,
    QUrl,
)
from PySide6.QtGui import QDropEvent, QFontDatabase, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QScrollArea, QVBoxLayout, QWidget

from care_desktop.app import create_application, open_services
from care_desktop.domain.case.draft import ContactRole, Draft, SentPackage, duplicate_draft, new_draft, split_draft
from care_desktop.domain.case.model import Attachment, AttachmentKind, ConversationRef
from care_desktop.domain.case.organization import Organization
from care_desktop.domain.severity import Answers, Question
from care_desktop.domain.tracker.escalation import EventKind
from care_desktop.domain.tracker.model import CaseState, new_case
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.evidence.inspection import inspect_file
from care_desktop.services.log_locations import looked_in
from care_desktop.services.paths import resolve_paths
from care_desktop.services.platform.conversations import ConversationChecker
from care_desktop.services.preferences import load_preferences, save_preferences
from care_desktop.services.status_client import StatusClient
from care_desktop.services.store import OrgProfile
from care_desktop.services.sysinfo import collect_system_facts
from care_desktop.services.tracker.events import CaseEvents
from care_desktop.services.tracker.evidence import find_new_evidence
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.about_dialog import AboutDialog
from care_desktop.ui.context import UiContext
from care_desktop.ui.conversations.platform_dialog import PlatformCheckDialog
from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.i18n import SOURCE_LANGUAGE, available_languages, switch_language
from care_desktop.ui.log_picker_dialog import LogPickerDialog
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.pages.attachments import AttachmentsPage
from care_desktop.ui.pages.before_start import BeforeStartPage
from care_desktop.ui.pages.conversations import ConversationsPage
from care_desktop.ui.pages.description import DescriptionPage
from care_desktop.ui.pages.finish import FinishPage
from care_desktop.ui.pages.redaction import RedactionPage
from care_desktop.ui.pages.review import ReviewPage
from care_desktop.ui.pages.severity import SeverityPage
from care_desktop.ui.reminders import ReminderBanner, ReminderCenter, store_source
from care_desktop.ui.screenshots import ScreenshotDialog
from care_desktop.ui.screenshots.annotations import Annotation, Kind
from care_desktop.ui.tracker.evidence_package import choose_evidence
from care_desktop.ui.widgets.attachment_table import KIND
from care_desktop.ui.windows.address_dialog import AddressDialog
from care_desktop.ui.windows.structured_view import StructuredView
from care_desktop.ui.wizard import CaseWizard

REPO = Path(__file__).resolve().parent.parent
REALWORLD = REPO / "tests" / "data" / "realworld"
CLASS_CORPUS = REPO / "tests" / "data" / "redaction" / "classes" / "files"
SCREENS_HOME = Path(tempfile.gettempdir()) / "dana" / "Documents" / "Care Desktop"
"""The home of every set: a stable path, as a user's own folder reads (it shows in some pictures)."""
ORG_ID = "7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17"
PERSON = "11111111-2222-3333-4444-555555555555"
CONVERSATIONS = (
    "Copied from the interaction details: 4709b21d-bc22-418a-8c6d-4ededb31bd39\n"
    "https://apps.mypurecloud.ie/directory/#/engage/admin/interactions/0f6b3c1e-58a2-4d7b-9e3f-6c1a2b4d5e6f"
)
PCAP = b"\xd4\xc3\xb2\xa1\x02\x00\x04\x00" + bytes(range(256)) * 16
LANGUAGE = [SOURCE_LANGUAGE]  # the UI language of this run (a set that switches for one picture switches back)


# -- the rig: dialogs, waiting, saving, a home -----------------------------------------------------------------


class QuietDialogs(Dialogs):
    """Says yes (or what it is told), opens nothing, picks the sample files; can picture the next question.

    Args:
        files: What "Add files..." picks.
    """

    def __init__(self, files: list[Path] | None = None) -> None:
        super().__init__()
        self.files = list(files or [])
        self.next_shot: tuple[Path, str, bool] | None = None  # folder, name and answer of the next question

    def picture_next_question(self, out: Path, name: str, answer: bool) -> None:
        """Show the next question as the app would, save it as ``name``, then answer ``answer``."""
        self.next_shot = (out, name, answer)

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Say yes, or show the question for its picture and give the answer set for it."""
        if self.next_shot is None:
            return True
        out, name, answer = self.next_shot
        self.next_shot = None
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, parent)
        box.setDefaultButton(no)  # as QMessageBox.question in Dialogs shows it
        box.show()
        save(box, out, name)
        box.close()
        box.deleteLater()
        return answer

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        """Say nothing."""
        del parent, title, text

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        """Say nothing."""
        del parent, title, text

    def launch(self, url: str) -> bool:
        """Open nothing outside the app."""
        del url
        return False

    def show_address(self, parent: QWidget | None, address: str, what: str) -> None:
        """Show nothing."""
        del parent, address, what

    def open_files(self, parent: QWidget | None, title: str, start: Path, filters: str) -> list[Path]:
        """The sample evidence."""
        del parent, title, start, filters
        return list(self.files)


def wait_until(condition: Callable[[], bool], seconds: float = 60) -> None:
    """Let the event loop run until ``condition`` holds (a script, not a test: a deadline is fine here)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the app")
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> None:
    """Save ``widget`` as ``out/name.png`` once the events pending for it are handled."""
    for _ in range(3):
        QApplication.processEvents()
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(path)


def save_profile(context: UiContext) -> None:
    """The organization and contact of the sample customer, a Designated Contact."""
    context.store.set_setting("contact_role", ContactRole.DESIGNATED.value)
    profile = context.store.org_profile()
    profile.org.short_name, profile.org.id, profile.org.region = "acme-eu", ORG_ID, "mypurecloud.ie"
    profile.contact.name, profile.contact.email = "Dana Whitfield", "dana.whitfield@acme.example"
    profile.contact.phone = "+353 1 555 0199"
    context.store.save_org_profile(OrgProfile(profile.org, profile.contact))


@contextlib.contextmanager
def home(
    clock: datetime, files: list[Path] | None = None, profile: bool = True, locale: str | None = None
) -> Iterator[UiContext]:
    """Services in a new throw-away home (no administrator's settings), with a fixed clock.

    The home is always ``SCREENS_HOME``, emptied first and removed after, so that pictures showing it (the
    package's folder, the About box) read a natural path and come out the same on every run.

    Args:
        clock: What the app takes for now.
        files: What "Add files..." picks.
        profile: Save the sample organization and contact first.
        locale: The computer's locale as the app sees it (None: this machine's).
    """
    folder = SCREENS_HOME
    shutil.rmtree(folder, ignore_errors=True)  # (homes are never nested: one set's home at a time)
    folder.mkdir(parents=True)
    with contextlib.ExitStack() as cleanup:
        cleanup.callback(shutil.rmtree, folder, ignore_errors=True)
        os.environ["CARE_DESKTOP_HOME"] = str(folder)
        os.environ["CARE_DESKTOP_SITE_CONFIG"] = str(folder / "site")
        context, _notice = open_services(resolve_paths())
        context.dialogs = QuietDialogs(files)
        context.use_tray = False
        context.status = None
        context.clock = lambda: clock
        if locale is not None:
            context.locale_name = locale
        if profile:
            save_profile(context)
        try:
            yield context
        finally:
            forget_windows()
            context.store.close()


def forget_windows() -> None:
    """Close and delete every window of a set: none may outlive its home (a language switch would reach it)."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()


def main_window(context: UiContext, width: int = 1200, height: int = 760) -> MainWindow:
    window = MainWindow(context)
    window.resize(width, height)
    window.show()
    return window


def quiet(context: UiContext) -> QuietDialogs:
    dialogs = context.dialogs
    assert isinstance(dialogs, QuietDialogs)
    return dialogs


# -- pages: the main window, the wizard's steps, the dialogs, the tracker ----------------------------------------


def serve_status(summary: Path) -> str:
    """Serve a recorded Statuspage summary on a local port; return its URL."""
    body = summary.read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            del format, args

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/api/v2/summary.json"


def fill_sample_case(wizard: CaseWizard, out: Path) -> None:
    before = wizard.page_as(BeforeStartPage)
    if before.status_panel is not None:
        wait_until(lambda: before.status_panel is not None and before.status_panel.task is None)
    save(wizard, out, "wizard-1-before-you-start")
    wizard.next()
    severity = wizard.page_as(SeverityPage)
    severity.questions[Question.CRITICAL_WORKS].yes.click()
    severity.questions[Question.DEGRADED].yes.click()
    save(wizard, out, "wizard-2-severity")
    wizard.next()
    save(wizard, out, "wizard-4-organization")
    wizard.next()
    conversations = wizard.page_as(ConversationsPage)
    conversations.paste.setPlainText(CONVERSATIONS)
    conversations.add_from_text()
    save(wizard, out, "wizard-5-conversations")
    wizard.next()
    description = wizard.page_as(DescriptionPage)
    description.title_edit.setText("Inbound calls to the Sales queue drop after 30 seconds")
    description.known_time.setChecked(True)
    description.description.setPlainText(
        "Since 09:10 today, inbound calls routed to the Sales queue disconnect after about 30 seconds "
        "of conversation. Agents see the call end without any error."
    )
    description.frequency.setCurrentIndex(description.frequency.findData("Every time"))
    description.affected.setText("All 40 Sales agents in Dublin, 08:00-18:00 IST")
    description.steps.setPlainText("1. Call +353 1 555 0100\n2. Choose option 2 (Sales)\n3. Talk for 30 seconds")
    description.tried.setPlainText("Restarted the WebRTC phone; cleared browser cache. No change.")
    description.impact.setPlainText("Sales cannot take orders by phone; about 300 calls an hour are lost.")
    save(wizard, out, "wizard-6-description")
    description.description.setPlainText(
        description.description.toPlainText()
        + "\n\nAlso, the queue activity report fails to load for supervisors with an error."
    )
    save(wizard, out, "wizard-6-description-split")
    description.description.setPlainText(description.description.toPlainText().split("\n\nAlso")[0])
    wizard.next()
    attachments = wizard.page_as(AttachmentsPage)
    attachments.choose_files()
    wait_until(lambda: attachments.task is None)
    attachments.table.selectRow(1)
    wait_until(lambda: "HAR " in attachments.preview.summary.text())  # the HAR's summary, in any language
    save(wizard, out, "wizard-7-attachments")
    kind = attachments.table.model().index(1, KIND)
    attachments.table.edit(kind)  # the kind delegate's chooser, as a click on the cell opens it
    save(wizard, out, "structure-attachments-kind")
    attachments.table.closePersistentEditor(kind)
    attachments.table.setFocus()
    wizard.next()
    redaction = wizard.page_as(RedactionPage)
    wait_until(lambda: redaction.task is None and bool(redaction.reviews))
    redaction.files.selectRow(1)
    save(wizard, out, "wizard-8-redaction")
    wizard.next()
    save(wizard, out, "wizard-9-review")
    wizard.next()
    finish = wizard.page_as(FinishPage)
    finish.folder.setText(str(Path(os.environ["CARE_DESKTOP_HOME"]) / "exports"))
    finish.build()
    wait_until(lambda: finish.task is None)
    save(wizard, out, "wizard-10-package")


def severity_one_steps(window: MainWindow, out: Path) -> None:
    critical = window.new_case()
    critical.resize(1040, 760)
    critical.next()
    page = critical.page_as(SeverityPage)
    page.questions[Question.CRITICAL_WORKS].no.click()
    page.questions[Question.WORKAROUND].no.click()
    save(critical, out, "wizard-2-severity-critical")
    critical.next()
    assert critical.current_step() is Step.SEVERITY_ONE
    save(critical, out, "wizard-3-severity-one")
    critical.reject()


def home_dialogs(window: MainWindow, out: Path) -> None:
    """The critical-outage window (at the size it opens with), the phone directory and the settings."""
    outage = window.open_critical_outage()
    outage.panel.impact.setText("No agent in Dublin can take or make calls since 09:10")
    outage.panel.conversations.setText("4709b21d-bc22-418a-8c6d-4ededb31bd39")
    outage.panel.conversations.editingFinished.emit()
    outage.panel.available.setChecked(True)
    save(outage, out, "critical-outage")
    outage.reject()
    directory = window.open_phone_directory()
    directory.resize(900, 700)
    save(directory, out, "phone-directory")
    directory.reject()
    settings = window.open_settings()
    save(settings, out, "settings")
    settings.reject()


def screenshot_editor(window: MainWindow, out: Path) -> None:
    image = window.grab().toImage()
    folder = Path(os.environ["CARE_DESKTOP_HOME"]) / "shots"
    dialog = ScreenshotDialog(window.context.dialogs, folder, "error.png", image=image)
    dialog.resize(1100, 760)
    dialog.show()
    editor = dialog.editor
    editor.annotations.add(Annotation(Kind.BOX, (20, 120), (640, 240)))
    editor.annotations.add(Annotation(Kind.ARROW, (760, 420), (600, 260)))
    editor.annotations.add(Annotation(Kind.TEXT, (700, 430), (700, 430), "Calls drop here at 10:02"))
    editor.annotations.add(Annotation(Kind.REDACT, (760, 180), (1160, 230)))
    save(dialog, out, "screenshot-editor")
    dialog.reject()


def seed_tracker(context: UiContext) -> None:
    """Three filed cases: one with a resolution proposed, one waiting on the customer, one new."""
    ny, london = ZoneInfo("America/New_York"), ZoneInfo("Europe/London")
    store = TrackerStore(context.store)
    store.add_case(new_case("0004518771", 1, datetime(2026, 11, 20, 9, 12, tzinfo=ny), "Agents cannot take calls"))
    store.change_state("0004518771", CaseState.RESOLUTION_PROPOSED, datetime(2026, 11, 24, 15, 0, tzinfo=ny))
    store.add_case(new_case("0004520013", 2, datetime(2026, 11, 25, 10, 0, tzinfo=ny), "Queue reports time out"))
    store.change_state("0004520013", CaseState.WAITING, datetime(2026, 11, 25, 11, 30, tzinfo=ny))
    store.add_case(new_case("0004521190", 3, datetime(2026, 11, 26, 9, 0, tzinfo=london), "Wrap-up codes missing"))


def tracker(window: MainWindow, out: Path) -> None:
    seed_tracker(window.context)
    trackers = window.open_tracker()
    trackers.resize(1100, 620)
    trackers.select_case("0004518771")
    save(trackers, out, "tracker")
    trackers.close()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    banner = ReminderBanner()
    layout.addWidget(banner)
    layout.addStretch(1)
    center = ReminderCenter(store_source(window.context), window.context.clock, use_tray=False)
    banner.attach(center)
    center.check()
    holder.resize(1000, 140)
    holder.show()
    save(holder, out, "reminder")


def plans_and_escalations(window: MainWindow, out: Path) -> None:
    """Settings with a support plan, and the tracker's escalation window (also for a FedRAMP organization)."""
    store = window.context.store
    preferences = load_preferences(store)
    preferences.support_plan = "us-only"
    save_preferences(store, preferences)
    settings = window.open_settings()
    save(settings, out, "settings-support-plan")
    settings.reject()
    ny = ZoneInfo("America/New_York")
    TrackerStore(store).add_case(
        new_case("0004522417", 2, datetime(2026, 11, 25, 16, 0, tzinfo=ny), "Callbacks are not offered")
    )
    events = CaseEvents(store)
    events.record("0004522417", EventKind.UPDATED, datetime(2026, 11, 26, 5, 0, tzinfo=ny))
    events.record("0004522417", EventKind.REMIND_ON, datetime(2026, 11, 26, 6, 0, tzinfo=ny))
    trackers = window.open_tracker()
    trackers.resize(1100, 760)
    trackers.select_case("0004522417")
    save(trackers, out, "tracker-escalation")
    trackers.close()
    profile = store.org_profile()
    region = profile.org.region
    profile.org.region = "use2.us-gov-pure.cloud"
    store.save_org_profile(OrgProfile(profile.org, profile.contact))
    trackers = window.open_tracker()
    trackers.resize(1100, 760)
    trackers.select_case("0004521190")
    trackers.panel.escalation.reason.setText("No update for two days while wrap-up codes stay missing")
    save(trackers, out, "tracker-escalation-fedramp")
    trackers.close()
    profile.org.region = region
    store.save_org_profile(OrgProfile(profile.org, profile.contact))
    preferences.support_plan = "standard"
    save_preferences(store, preferences)


def review_redaction(window: MainWindow, names: list[str], height: int) -> tuple[CaseWizard, RedactionPage]:
    """A Severity 3 case with ``names`` from the class corpus, on the redaction review, every file reviewed."""
    wizard = window.new_case()
    wizard.resize(1100, height)
    case = wizard.draft.case
    case.severity, case.title = 3, "Single sign-on sends agents back to the identity provider"
    case.description = "Since the IdP certificate was renewed, agents loop between the IdP and the login page."
    case.attachments = [
        Attachment(str(CLASS_CORPUS / name), inspect_file(CLASS_CORPUS / name).kind or AttachmentKind.OTHER)
        for name in names
    ]
    wizard.resume(Step.REDACTION)
    page = wizard.page_as(RedactionPage)
    wait_until(lambda: page.task is None and len(page.reviews) == len(names))
    return wizard, page


def redaction_rules(window: MainWindow, out: Path) -> None:
    """The redaction review on files of the class corpus (issue 13): a HAR, a PowerShell transcript, a log."""
    names = ["chrome_saml_login.har", "powershell_transcript.txt", "desktop_app.log"]
    wizard, page = review_redaction(window, names, 780)
    for row, name in enumerate(("har", "powershell", "desktop-log")):
        page.files.selectRow(row)
        save(wizard, out, f"redaction-rules-{name}")
    wizard.reject()
    configs = [
        "appsettings.Development.json",
        "web.config",
        "deployment.yaml",
        "application.properties",
        "terraform.tfvars",
    ]
    wizard, page = review_redaction(window, configs, 720)
    page.files.selectRow(0)
    save(wizard, out, "redaction-config-files")
    wizard.reject()


def drafts_list(out: Path) -> None:
    """The home with four drafts at different steps (the drafts list is a Qt model), in a home of its own."""
    with home(datetime(2026, 12, 6, 10, 5, tzinfo=UTC)) as context:
        profile = context.store.org_profile()
        drafts = [
            ("Calls drop after 30 seconds", 2, Step.DESCRIPTION),
            ("Queue reports time out", 3, Step.ATTACHMENTS),
            ("", None, Step.SEVERITY),
            ("Agents cannot take calls", 1, Step.REVIEW),
        ]
        for index, (title, severity, step) in enumerate(drafts):
            draft = new_draft(f"{index:x}" * 32, "2026-12-06T10:05:00+00:00", profile.org, profile.contact)
            draft.case.title, draft.case.severity, draft.step = title, severity, step
            context.store.save_draft(draft)
        window = main_window(context, 1100, 640)
        assert window.home is not None
        window.home.drafts.table.selectRow(1)
        save(window, out, "structure-drafts-list")
        window.close()


def cli_phones(out: Path) -> None:
    """The ``phones`` command in a terminal: the table with the derived form, and one entry as JSON (English only)."""
    environment = dict(os.environ, PYTHONPATH=str(REPO))

    def run(*arguments: str) -> str:
        command = [sys.executable, "-m", "care_desktop", *arguments]
        return subprocess.run(command, capture_output=True, text=True, check=True, env=environment, cwd=REPO).stdout

    table = run("phones")
    entry = json.dumps(json.loads(run("phones", "EMEA", "--json")), indent=4, ensure_ascii=False)
    text = f"$ care-desktop phones\n{table}\n$ care-desktop phones EMEA --json | python3 -m json.tool\n{entry}"
    terminal = QLabel(text)
    terminal.setTextFormat(Qt.TextFormat.PlainText)
    terminal.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    terminal.setStyleSheet("QLabel { background: white; color: black; border: 1px solid #999; padding: 4px; }")
    terminal.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    lines = text.splitlines()
    metrics = terminal.fontMetrics()
    width = max(metrics.horizontalAdvance(line) for line in lines) + 24
    terminal.resize(width, metrics.lineSpacing() * len(lines) + 24)  # the whole output, as a tall terminal shows it
    terminal.show()
    save(terminal, out, "cli-phones-derived")
    terminal.close()


def pages(out: Path) -> None:
    """The main window, every wizard step, the dialogs, the tracker, the redaction review, the drafts list."""
    files = [REALWORLD / "console" / "loghub_Proxifier_2k.log", REALWORLD / "har" / "mitmproxy_chrome.har"]
    with home(datetime(2026, 11, 26, 11, 30, tzinfo=UTC), files) as context:
        summary = REALWORLD / "statuspage" / "github_summary_minor_unresolved-incident.json"
        context.status = StatusClient(context.paths, serve_status(summary))
        first = MainWindow(context, defer_home=True)  # what a start shows first, before the rest of the home
        first.resize(1200, 760)
        first.show()
        save(first, out, "main-window-first-page")
        first.close()
        window = main_window(context)
        assert window.home is not None
        assert window.home.status_panel is not None
        status = window.home.status_panel
        wait_until(lambda: status.task is None)
        save(window, out, "main-window-empty")
        wizard = window.new_case()
        wizard.resize(1040, 760)
        fill_sample_case(wizard, out)
        wizard.accept()
        severity_one_steps(window, out)
        home_dialogs(window, out)
        screenshot_editor(window, out)
        tracker(window, out)
        plans_and_escalations(window, out)
        window.reload_drafts()
        window.home.drafts.table.selectRow(0)
        save(window, out, "main-window")
        redaction_rules(window, out)  # after the home's picture: its drafts are not the walk's
        window.close()
    drafts_list(out)
    if LANGUAGE[0] == SOURCE_LANGUAGE:  # the command line speaks English only
        cli_phones(out)


# -- conversations: the conversation check and the evidence clocks (issue 16) ------------------------------------

_DETAILS = re.compile(r"^/api/api/v2/analytics/conversations/([0-9a-f-]{36})/details$")
_SIP = re.compile(r"^/api/api/v2/telephony/sipmessages/conversations/([0-9a-f-]{36})$")


def platform_samples() -> Any:
    """The test suite's sample conversations (``tests/helpers/platform_standin.py``)."""
    sys.path.insert(0, str(REPO))
    from tests.helpers import platform_standin

    return platform_standin


def serve_platform() -> str:
    """Stand in for the login and API hosts (a voice call and a chat found, one ID unknown); return the base URL."""
    standin = platform_samples()
    voice = standin.voice_call(start="2026-11-17T09:12:03.123Z")
    voice["conversationEnd"] = "2026-11-17T09:19:45.870Z"
    chat = standin.chat()
    chat["conversationStart"], chat["conversationEnd"] = "2026-11-24T14:00:00.000Z", "2026-11-24T14:06:30.000Z"
    answers = {standin.VOICE_ID: voice, standin.CHAT_ID: chat}

    class Handler(http.server.BaseHTTPRequestHandler):
        def _send(self, status: int, body: object, correlation: str = "") -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if correlation:
                self.send_header("ININ-Correlation-Id", correlation)
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self._send(200, {"access_token": "screenshot-token", "token_type": "bearer", "expires_in": 86399})

        def do_GET(self) -> None:
            details, sip = _DETAILS.match(self.path), _SIP.match(self.path)
            if details and details.group(1) in answers:
                self._send(200, answers[details.group(1)])
            elif sip and sip.group(1) == standin.VOICE_ID:
                self._send(200, {"id": standin.VOICE_ID, "name": "sip", "message": standin.SIP_MESSAGE})
            elif self.path.endswith("/organizations/me"):
                self._send(200, standin.ORG)
            else:
                body = standin.error_body(404, "not.found", "The requested resource was not found.")
                self._send(404, body, "2f9d6c1a-7b3e-4e0a-9c55-1d2e3f4a5b6c")

        def log_message(self, format: str, *args: object) -> None:
            del format, args

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def conversation_check(window: MainWindow, out: Path) -> None:
    """Check three conversations on the Conversation IDs step, then show the tracker's evidence clocks."""
    standin = platform_samples()
    base = serve_platform()
    wizard = window.new_case()
    wizard.resize(1040, 760)
    draft = wizard.draft
    draft.case.severity = 2
    draft.time_zone = "Europe/Dublin"
    draft.case.title = "Calls drop after the transfer to Support EMEA"
    draft.case.conversations = [
        ConversationRef(standin.VOICE_ID, "caller heard silence after the transfer"),
        ConversationRef(standin.CHAT_ID),
        ConversationRef(standin.MISSING_ID),
    ]
    wizard.resume(Step.CONVERSATIONS)
    page = wizard.page_as(ConversationsPage)
    page.platform_checker = ConversationChecker(login_base=f"{base}/login", api_base=f"{base}/api")
    dialog = page.open_platform_check()
    assert isinstance(dialog, PlatformCheckDialog)
    dialog.client_id.setText(standin.CLIENT_ID)
    dialog.secret.setText("screenshot-secret")
    dialog.check_conversations()
    wait_until(lambda: dialog.task is None)
    dialog.resize(700, 520)
    save(dialog, out, "conversation-check-dialog")
    dialog.check_permissions()
    wait_until(lambda: dialog.task is None)
    save(dialog, out, "conversation-check-permissions")
    dialog.accept()
    QApplication.processEvents()
    save(wizard, out, "wizard-5-conversations-checked")
    wizard.accept()
    tracked = TrackerStore(window.context.store)
    opened = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Dublin"))
    tracked.add_case(new_case("0004530042", 2, opened, draft.case.title))
    tracked.link("0004530042", draft_id=draft.id)
    trackers = window.open_tracker()
    trackers.resize(1100, 680)
    trackers.select_case("0004530042")
    save(trackers, out, "tracker-evidence-clocks")
    trackers.close()


def conversations(out: Path) -> None:
    """The conversation check, the evidence clocks, and the home on 2026-11-26 with the deadline reminders."""
    with home(datetime(2026, 11, 26, 11, 30, tzinfo=UTC)) as context:
        seed_tracker(context)
        window = main_window(context)
        conversation_check(window, out)
        window.close()
        reminded = main_window(context, 1200, 820)  # a new home: its reminders see the checked call's evidence
        assert reminded.home is not None
        reminded.home.reminders.check()
        save(reminded, out, "main-window-evidence-reminder")
        reminded.close()


# -- sev1: the Severity 1 number and what leaves the machine (issue 14, items 1-7) -------------------------------

SEV1_CLOCK = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def sev1_banners(out: Path) -> None:
    """Item 1: a number at launch with no locale, with Japanese, and every region's line when nothing is known."""
    for locale, name in (("C", "sev1-1-launch-no-locale"), ("ja_JP", "sev1-1-launch-ja-JP")):
        with home(SEV1_CLOCK, profile=False, locale=locale) as context:
            window = main_window(context, 1100, 680)
            save(window, out, name)
            window.close()
    with home(SEV1_CLOCK, profile=False, locale="C") as context:
        contact = context.store.org_profile().contact
        context.store.save_org_profile(OrgProfile(Organization("acme", "", "retired-region.example"), contact))
        window = MainWindow(context, defer_home=True)
        window.resize(1100, 300)
        window.show()
        save(window, out, "sev1-1-launch-nothing-known")
        window.close()


def sev1_emea(out: Path) -> None:
    """Item 2: the EMEA line verbatim with its derived dialable form, and the cautions in plain words."""
    with home(SEV1_CLOCK, locale="en_GB") as context:
        window = main_window(context)
        dialog = window.open_critical_outage()
        dialog.resize(1000, 760)
        save(dialog, out, "sev1-2-emea-derived")
        dialog.close()
        directory = window.open_phone_directory()
        directory.resize(900, 1000)
        directory.view.search_box.setText("Asia")
        save(directory, out, "sev1-2-cautions-in-plain-words")
        directory.close()
        window.close()


def wizard_on(context: UiContext, draft: Draft, step: Step) -> CaseWizard:
    context.store.save_draft(draft)
    wizard = CaseWizard(draft, context)
    wizard.resize(1000, 760)
    wizard.show()
    wizard.resume(step)
    return wizard


def sample_draft(context: UiContext, severity: int | None = None) -> Draft:
    profile = context.store.org_profile()
    draft = new_draft("d" * 32, "2026-12-01T09:00:00+00:00", profile.org, profile.contact, ContactRole.DESIGNATED)
    draft.case.severity = severity
    draft.case.title = "Inbound calls to the Sales queue drop after 30 seconds"
    draft.case.description = "Since 09:10 today, inbound calls to the Sales queue disconnect after 30 seconds."
    draft.case.business_impact = "Sales cannot take orders by phone."
    draft.case.conversations = [ConversationRef("4709b21d-bc22-418a-8c6d-4ededb31bd39")]
    return draft


def sev1_severity_one(out: Path) -> None:
    """Items 3 and 4: Severity 1 against the helper keeps Next open; the reason is asked on the review."""
    with home(SEV1_CLOCK, locale="en_GB") as context:
        wizard = wizard_on(context, sample_draft(context), Step.SEVERITY)
        page = wizard.page_as(SeverityPage)
        page.questions[Question.CRITICAL_WORKS].yes.click()
        page.questions[Question.DEGRADED].yes.click()
        page.level_buttons[1].click()
        save(wizard, out, "sev1-3-severity-one-next-open")
        wizard.draft.answers = Answers(critical_works=True, degraded=True)
        wizard.resume(Step.REVIEW)
        save(wizard, out, "sev1-3-reason-after-the-call")
        wizard.reject()


def sev1_phoned_in(out: Path) -> None:
    """Item 4: a case phoned in starts with its first response met (no reminder after the call)."""
    with home(datetime(2026, 12, 1, 14, 11, tzinfo=UTC), locale="en_GB") as context:
        opened = datetime(2026, 12, 1, 14, 0, tzinfo=ZoneInfo("Europe/Dublin"))
        TrackerStore(context.store).add_case(
            new_case("0004530001", 1, opened, "Agents cannot take calls", by_phone=True)
        )
        window = main_window(context)
        tracked = window.open_tracker()
        tracked.resize(1000, 560)
        tracked.select_case("0004530001")
        save(tracked, out, "sev1-4-phoned-in-first-response-met")
        tracked.close()
        window.close()


def sev1_packaging(out: Path) -> None:
    """Items 5 and 6: plain case text naming package members; a file that cannot be redacted, said and chosen."""
    with home(SEV1_CLOCK, locale="en_GB") as context:
        draft = sample_draft(context, severity=2)
        folder = context.paths.case_dir(draft.id)
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "console.log"
        log.write_bytes((REPO / "tests" / "data" / "redaction" / "console.log").read_bytes())
        capture = folder / "sip-trace.pcap"
        capture.write_bytes(PCAP)
        recording = folder / "call-recording.wav"
        recording.write_bytes(b"RIFF\x00\x00\x00\x00WAVEfmt " + bytes(range(256)) * 16)
        draft.case.attachments = [
            Attachment(str(log), AttachmentKind.CONSOLE_LOG, size=log.stat().st_size),
            Attachment(str(capture), AttachmentKind.OTHER, "SIP trace of a dropped call", size=len(PCAP)),
            Attachment(str(recording), AttachmentKind.OTHER, size=recording.stat().st_size),
        ]
        wizard = wizard_on(context, draft, Step.ATTACHMENTS)
        page = wizard.page_as(AttachmentsPage)
        page.table.selectRow(1)
        save(wizard, out, "sev1-6-attachments-cannot-be-redacted")
        page.unredactable.button.click()  # QuietDialogs says yes to the warning
        page.table.selectRow(1)
        save(wizard, out, "sev1-6-attachments-sent-as-is")
        wizard.resume(Step.REVIEW)
        for area in wizard.page_as(ReviewPage).findChildren(QScrollArea):
            area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())  # down to the attachments
        save(wizard, out, "sev1-5-review-plain-names")
        wizard.resume(Step.FINISH)
        finish = wizard.page_as(FinishPage)
        finish.folder.setText(str(Path(os.environ["CARE_DESKTOP_HOME"]) / "exports"))
        finish.build()
        wait_until(lambda: finish.task is None)
        save(wizard, out, "sev1-6-result-left-out-and-as-is")
        wizard.reject()


def sev1_evidence(out: Path) -> None:
    """Item 7: add evidence offers the new files; those a package sent are left out unless ticked."""
    with home(SEV1_CLOCK, locale="en_GB") as context:
        draft = sample_draft(context, severity=2)
        folder = context.paths.case_dir(draft.id)
        folder.mkdir(parents=True, exist_ok=True)
        names = ["console.log", "chrome.har", "wallboard.png", "console-after-restart.log"]
        sources = [
            REPO / "tests" / "data" / "redaction" / "console.log",
            REALWORLD / "har" / "mitmproxy_chrome.har",
            None,
            REALWORLD / "console" / "loghub_Proxifier_2k.log",
        ]
        for name, source in zip(names, sources, strict=True):
            (folder / name).write_bytes(source.read_bytes() if source else b"\x89PNG\r\n\x1a\n" + bytes(64))
        kinds = [AttachmentKind.CONSOLE_LOG, AttachmentKind.HAR, AttachmentKind.SCREENSHOT, AttachmentKind.CONSOLE_LOG]
        draft.case.attachments = [Attachment(name, kind) for name, kind in zip(names, kinds, strict=True)]
        sent = tuple((hashlib.sha256((folder / name).read_bytes()).hexdigest(), name) for name in names[:3])
        draft.sent_packages = [SentPackage("care-case-acme-eu-0004530002.zip", "2026-12-01T10:30:00+00:00", sent)]
        draft.case.case_number = "0004530002"
        context.store.save_draft(draft)
        tracked = TrackerStore(context.store)
        opened = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Dublin"))
        tracked.add_case(new_case("0004530002", 2, opened, draft.case.title))
        tracked.link("0004530002", draft_id=draft.id)
        report = find_new_evidence(tracked, context.store, context.paths, "0004530002")
        parent = QWidget()
        dialog = choose_evidence(context, report, parent)
        assert dialog is not None
        save(dialog, out, "sev1-7-add-evidence-choose")
        dialog.reject()


def sev1(out: Path) -> None:
    """The Severity 1 number and what leaves the machine (issue 14, items 1-7)."""
    for step in (sev1_banners, sev1_emea, sev1_severity_one, sev1_phoned_in, sev1_packaging, sev1_evidence):
        step(out)


# -- rough-edges: issue 14, items 8-18 ---------------------------------------------------------------------------


def identifiers(window: MainWindow, out: Path) -> None:
    """Item 8: a person's link is skipped, with the reason; the conversation beside it is taken."""
    wizard = window.new_case()
    wizard.resize(1040, 760)
    wizard.draft.case.severity = 2
    wizard.resume(Step.CONVERSATIONS)
    page = wizard.page_as(ConversationsPage)
    page.paste.setPlainText(
        f"Agent: https://apps.mypurecloud.ie/directory/#/person/{PERSON}\n"
        "Conversation ID: 4709b21d-bc22-418a-8c6d-4ededb31bd39"
    )
    page.add_from_text()
    save(wizard, out, "08-conversation-ids-person-skipped")
    wizard.reject()


def no_handler(window: MainWindow, out: Path) -> None:
    """Item 9: "Open the data folder" on a desktop without a file manager shows the path with Copy."""
    what = QCoreApplication.translate("HelpMenu", "the folder")  # what the Help menu's entry says it opens
    dialog = AddressDialog("/home/dana/Documents/Care cases", what, window)
    dialog.show()
    dialog.copy()
    save(dialog, out, "09-open-folder-no-handler")
    dialog.reject()


def system_facts_tree(window: MainWindow, out: Path) -> None:
    """Item 10: "See what is included" shows the system facts as a tree that fits the screen."""
    facts = collect_system_facts(Path(os.environ["CARE_DESKTOP_HOME"]))
    view = StructuredView(
        QCoreApplication.translate("FinishPage", "Facts about this computer"),
        facts,
        QCoreApplication.translate(
            "FinishPage", "Exactly this is attached as system/system-info.json when the box is ticked."
        ),
        window,
    )
    view.show()
    save(view, out, "10-system-facts-tree")
    view.reject()


def fields_stay_put(window: MainWindow, out: Path) -> None:
    """Item 11: the read-out card grows below the fields; the Description page keeps its bottom block's place."""
    outage = window.open_critical_outage()
    outage.panel.impact.setText(
        "No agent in Dublin, Cork or Galway can take or make calls since 09:10; the IVR drops every caller"
    )
    outage.panel.conversations.setText("4709b21d-bc22-418a-8c6d-4ededb31bd39")
    outage.panel.conversations.editingFinished.emit()
    save(outage, out, "11-critical-outage-fields-above-card")
    outage.reject()
    wizard = window.new_case()
    wizard.resize(1040, 760)
    wizard.draft.case.severity = 2
    wizard.resume(Step.DESCRIPTION)
    page = wizard.page_as(DescriptionPage)
    page.title_edit.setText("Inbound calls to the Sales queue drop after 30 seconds")
    page.description.setPlainText("Since 09:10 today, inbound calls routed to the Sales queue disconnect.")
    save(wizard, out, "11-description-space-kept")
    wizard.reject()


def escape_asks(window: MainWindow, out: Path) -> None:
    """Item 12: Escape in the wizard asks before closing (the wizard's own question, answered No)."""
    wizard = window.new_case()
    wizard.resize(1040, 760)
    quiet(window.context).picture_next_question(out, "12-escape-asks", answer=False)
    QApplication.sendEvent(
        wizard, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
    )
    assert wizard.isVisible()  # No: the case stays open
    wizard.reject()


def tracker_add_case(window: MainWindow, out: Path) -> None:
    """Item 13: the tracker refuses a case number that is not digits, and asks for a title."""
    trackers = window.open_tracker()
    dialog = trackers.open_add_case()
    dialog.number.setText("abc")
    dialog.accept()
    save(dialog, out, "13-tracker-case-number-digits")
    dialog.number.setText("0004530001")
    dialog.accept()
    save(dialog, out, "13-tracker-title-needed")
    dialog.reject()
    trackers.close()


def japanese_zone(window: MainWindow, out: Path) -> None:
    """Item 14: the Japanese tracker names Europe/Dublin in December "GMT", as English and the CLI do."""
    dublin = ZoneInfo("Europe/Dublin")
    TrackerStore(window.context.store).add_case(
        new_case("0004551234", 2, datetime(2026, 12, 7, 9, 10, tzinfo=dublin), "Inbound calls drop after 30 seconds")
    )
    switch_language("ja")
    try:
        trackers = window.open_tracker()
        trackers.resize(1200, 560)
        trackers.select_case("0004551234")
        save(trackers, out, "14-tracker-japanese-gmt")
        trackers.close()
    finally:
        switch_language(LANGUAGE[0])


def tables_fit(window: MainWindow, out: Path) -> None:
    """Item 15: no sideways scrolling, one scroll bar on the Severity 1 page, look-alike drafts told apart."""
    folder = Path(os.environ["CARE_DESKTOP_HOME"])
    long_name = folder / "console-log-exported-from-chrome-devtools-on-agent-workstation-dub-0142.log"
    long_name.write_text("2026-12-07 09:10:02 ERROR WebRTC session dropped\n", encoding="utf-8")
    wizard = window.new_case()
    wizard.resize(1040, 760)
    case = wizard.draft.case
    case.severity, case.description = 3, "Calls drop after 30 seconds."
    case.title = "Inbound calls routed to the Sales queue in Dublin disconnect after about thirty seconds"
    size = long_name.stat().st_size
    case.attachments = [Attachment(str(long_name), AttachmentKind.CONSOLE_LOG, "Agent Dana, 09:10", size=size)]
    wizard.resume(Step.ATTACHMENTS)
    save(wizard, out, "15-attachments-no-sideways-scroll")
    draft = wizard.draft
    wizard.reject()
    store = window.context.store
    store.save_draft(duplicate_draft(store.load_draft(draft.id), "b" * 32, "2026-12-07T09:31:05+00:00"))
    several = store.load_draft(draft.id)
    several.case.description = "Calls drop after 30 seconds.\n\nAlso, the queue report fails to load."
    for part in split_draft(
        several, ["Calls drop.", "The queue report fails."], ["c" * 32], "2026-12-07T09:40:00+00:00"
    )[1:]:
        store.save_draft(part)
    window.reload_drafts()
    window.resize(1500, 620)
    assert window.home is not None
    window.home.drafts.table.selectRow(0)
    save(window.home.drafts, out, "15-drafts-told-apart")
    window.resize(1200, 760)
    critical = window.new_case()
    critical.resize(1040, 760)
    critical.draft.case.severity = 1
    critical.resume(Step.SEVERITY_ONE)
    save(critical, out, "15-severity-one-one-scroll-bar")
    critical.reject()


def occurred_zone(window: MainWindow, out: Path) -> None:
    """Item 16: "When it happened" shows its zone beside the time, and the user can choose it."""
    wizard = window.new_case()
    wizard.resize(1040, 760)
    wizard.draft.case.severity = 2
    wizard.resume(Step.DESCRIPTION)
    page = wizard.page_as(DescriptionPage)
    page.title_edit.setText("Inbound calls to the Sales queue drop after 30 seconds")
    page.known_time.setChecked(True)
    page.when_zone.setCurrentText("Europe/Paris")
    page.when.setDateTime(QDateTime(QDate(2026, 12, 7), QTime(9, 10), QTimeZone.utc()))
    save(wizard, out, "16-when-it-happened-zone")
    wizard.reject()


def split_three(window: MainWindow, out: Path) -> None:
    """Item 17: three issues, introduced three ways, are found; the parts start without "Also,"."""
    wizard = window.new_case()
    wizard.resize(1040, 760)
    wizard.draft.case.severity = 2
    wizard.resume(Step.DESCRIPTION)
    page = wizard.page_as(DescriptionPage)
    page.title_edit.setText("Problems since this morning")
    page.description.setPlainText(
        "Agents cannot log in to the desktop app since 9:00.\n\n"
        "Also, the queue activity report fails to load with an error.\n\n"
        "Recordings are missing for outbound calls."
    )
    page.impact.setPlainText("120 agents idle; no sales by phone.")
    save(wizard, out, "17-three-issues-found")
    quiet(window.context).picture_next_question(out, "17-split-parts-clean", answer=False)
    page.split_button.click()  # the wizard's own question, with the parts it found; No keeps the draft whole
    wizard.reject()


def conveniences(window: MainWindow, out: Path) -> None:
    """Item 18: Help menu, About, a dropped folder, the log finder's places and Browse."""
    menu = window.help_menu
    menu.popup(window.mapToGlobal(QPoint(60, 20)))
    save(menu, out, "18-help-menu")
    menu.hide()
    about = AboutDialog(window.context, window)
    about.show()
    save(about, out, "18-about")
    about.reject()
    logs = Path(os.environ["CARE_DESKTOP_HOME"]) / "agent-logs"
    logs.mkdir(exist_ok=True)
    (logs / "webrtc.log").write_text("09:10:02 ERROR session dropped\n", encoding="utf-8")
    (logs / "softphone.log").write_text("09:10:01 WARN ICE restart\n", encoding="utf-8")
    wizard = window.new_case()
    wizard.resize(1040, 760)
    case = wizard.draft.case
    case.severity, case.title, case.description = 3, "Softphone drops", "Calls drop after 30 seconds."
    wizard.resume(Step.ATTACHMENTS)
    page = wizard.page_as(AttachmentsPage)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(logs))])
    page.dropEvent(
        QDropEvent(
            QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    )
    wait_until(lambda: page.task is None)
    save(wizard, out, "18-dropped-folder")
    picker = LogPickerDialog([], wizard, looked_in(Path.home()), window.context.dialogs)
    picker.show()
    save(picker, out, "18-log-finder-looked-in")
    picker.reject()
    wizard.reject()


ROUGH_EDGES: list[Callable[[MainWindow, Path], None]] = [
    conveniences,
    split_three,
    occurred_zone,
    tables_fit,
    japanese_zone,
    identifiers,
    no_handler,
    system_facts_tree,
    fields_stay_put,
    escape_asks,
    tracker_add_case,
]


def rough_edges(out: Path) -> None:
    """Issue 14, items 8-18, in ``rough-edges/`` below ``out``."""
    with home(datetime(2026, 12, 7, 9, 30, tzinfo=UTC)) as context:
        window = main_window(context)
        for state in ROUGH_EDGES:
            state(window, out / "rough-edges")
        window.close()


# -- the command line --------------------------------------------------------------------------------------------

SETS: dict[str, Callable[[Path], None]] = {
    "pages": pages,
    "conversations": conversations,
    "sev1": sev1,
    "rough-edges": rough_edges,
}


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """Read the command line: the output folder, the UI language and the sets to take."""
    parser = argparse.ArgumentParser(description="Render the app's windows and pages to PNG.")
    parser.add_argument("out", nargs="?", type=Path, help="folder for the PNG files")
    parser.add_argument("--language", default=SOURCE_LANGUAGE, help="UI language, e.g. ja (default: en)")
    parser.add_argument(
        "--set",
        dest="sets",
        action="append",
        metavar="NAME",
        help=f"all (default) or one of {', '.join(SETS)}; repeat it or separate names with commas",
    )
    args = parser.parse_args(argv)
    if args.out is None:
        base = REPO / "docs" / "screenshots"
        args.out = base if args.language == SOURCE_LANGUAGE else base / args.language
    names = [name.strip() for value in args.sets or ["all"] for name in value.split(",") if name.strip()]
    unknown = sorted(set(names) - {"all", *SETS})
    if unknown:
        parser.error(f"no such set: {', '.join(unknown)} (choose all or {', '.join(SETS)})")
    args.sets = list(SETS) if "all" in names else [name for name in SETS if name in names]
    return args


def main(argv: list[str]) -> int:
    arguments = parse_arguments(argv)
    create_application()
    if arguments.language not in available_languages() or switch_language(arguments.language) != arguments.language:
        raise SystemExit(f"no translation for {arguments.language!r}: choose one of {available_languages()}")
    LANGUAGE[0] = arguments.language
    for name in arguments.sets:
        SETS[name](arguments.out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
