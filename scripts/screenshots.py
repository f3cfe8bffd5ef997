"""Take a screenshot of every page of the running app, for docs/ and the README.

Runs the real app (real store in a throw-away home, real windows, real files from tests/data/realworld, a real
local HTTP server standing in for status.mypurecloud.com with a recorded GitHub Statuspage summary) on the
platform Qt is given (offscreen by default, or Xvfb), fills a sample case the way a user would, and saves one
PNG per page. With ``--language ja`` the same walk runs with the Japanese UI (the case text stays English).

Usage: python scripts/screenshots.py [OUT_DIR] [--language ja]
       (default OUT_DIR: docs/screenshots, or docs/screenshots/<language> for another language than English)
"""

from __future__ import annotations

import argparse
import http.server
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from care_desktop.app import create_application, open_services
from care_desktop.domain.case.draft import ContactRole
from care_desktop.domain.case.model import Attachment, AttachmentKind
from care_desktop.domain.severity import Question
from care_desktop.domain.tracker.model import CaseState, new_case
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.evidence.inspection import inspect_file
from care_desktop.services.paths import resolve_paths
from care_desktop.services.status_client import StatusClient
from care_desktop.services.store import OrgProfile
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.i18n import SOURCE_LANGUAGE, available_languages, switch_language
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.pages.attachments import AttachmentsPage
from care_desktop.ui.pages.before_start import BeforeStartPage
from care_desktop.ui.pages.conversations import ConversationsPage
from care_desktop.ui.pages.description import DescriptionPage
from care_desktop.ui.pages.finish import FinishPage
from care_desktop.ui.pages.redaction import RedactionPage
from care_desktop.ui.pages.severity import SeverityPage
from care_desktop.ui.reminders import ReminderBanner, ReminderCenter, store_source
from care_desktop.ui.screenshots import ScreenshotDialog
from care_desktop.ui.screenshots.annotations import Annotation, Kind
from care_desktop.ui.wizard import CaseWizard

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))
from screenshots_conversations import conversation_check  # noqa: E402 - beside this script

REALWORLD = REPO / "tests" / "data" / "realworld"
ORG_ID = "7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17"
CONVERSATIONS = (
    "Copied from the interaction details: 4709b21d-bc22-418a-8c6d-4ededb31bd39\n"
    "https://apps.mypurecloud.ie/directory/#/engage/admin/interactions/0f6b3c1e-58a2-4d7b-9e3f-6c1a2b4d5e6f"
)


class QuietDialogs(Dialogs):
    """Answers every question with Yes, shows nothing, and picks the sample files."""

    def __init__(self, files: list[Path]) -> None:
        self.files = files

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Say yes."""
        del parent, title, text
        return True

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        """Say nothing."""
        del parent, title, text

    def open_files(self, parent: QWidget | None, title: str, start: Path, filters: str) -> list[Path]:
        """The sample evidence."""
        del parent, title, start, filters
        return list(self.files)


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


def wait_until(condition: Callable[[], bool], seconds: float = 60) -> None:
    """Let the event loop run until ``condition`` holds (a script, not a test: a deadline is fine here)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the app")
        QApplication.processEvents()
        time.sleep(0.01)


def save(widget: QWidget, out: Path, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(path)


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


def tracker(context: object, window: MainWindow, out: Path) -> None:
    ny, london = ZoneInfo("America/New_York"), ZoneInfo("Europe/London")
    store = TrackerStore(window.context.store)
    store.add_case(new_case("0004518771", 1, datetime(2026, 11, 20, 9, 12, tzinfo=ny), "Agents cannot take calls"))
    store.change_state("0004518771", CaseState.RESOLUTION_PROPOSED, datetime(2026, 11, 24, 15, 0, tzinfo=ny))
    store.add_case(new_case("0004520013", 2, datetime(2026, 11, 25, 10, 0, tzinfo=ny), "Queue reports time out"))
    store.change_state("0004520013", CaseState.WAITING, datetime(2026, 11, 25, 11, 30, tzinfo=ny))
    store.add_case(new_case("0004521190", 3, datetime(2026, 11, 26, 9, 0, tzinfo=london), "Wrap-up codes missing"))
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
    del context


def plans_and_escalations(window: MainWindow, out: Path) -> None:
    """Settings with a support plan, and the tracker's escalation window (also for a FedRAMP organization)."""
    from care_desktop.domain.tracker.escalation import EventKind
    from care_desktop.services.preferences import load_preferences, save_preferences
    from care_desktop.services.tracker.events import CaseEvents

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


def evidence_reminder(window: MainWindow, out: Path) -> None:
    """The home on 2026-11-26: the deadline reminders, then the checked call's evidence that runs out tomorrow.

    Its own window (with its own reminders), so that the other screenshots of the home stay as they were.
    """
    home = MainWindow(window.context)
    home.resize(1200, 820)
    home.show()
    assert home.home is not None
    home.home.reminders.check()
    save(home, out, "main-window-evidence-reminder")
    home.close()


def main(out: Path, language: str = SOURCE_LANGUAGE) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="care-screens-") as home:
        os.environ["CARE_DESKTOP_HOME"] = home
        os.environ["CARE_DESKTOP_SITE_CONFIG"] = str(Path(home) / "site")
        create_application()
        if switch_language(language) != language:
            raise SystemExit(f"no translation for {language!r}")
        context, _notice = open_services(resolve_paths())
        context.status = StatusClient(
            context.paths, serve_status(REALWORLD / "statuspage" / "github_summary_minor_unresolved-incident.json")
        )
        context.use_tray = False
        context.clock = lambda: datetime(2026, 11, 26, 11, 30, tzinfo=UTC)
        context.dialogs = QuietDialogs(
            [REALWORLD / "console" / "loghub_Proxifier_2k.log", REALWORLD / "har" / "mitmproxy_chrome.har"]
        )
        context.store.set_setting("contact_role", ContactRole.DESIGNATED.value)
        profile = context.store.org_profile()
        profile.org.short_name, profile.org.id, profile.org.region = "acme-eu", ORG_ID, "mypurecloud.ie"
        profile.contact.name, profile.contact.email = "Dana Whitfield", "dana.whitfield@acme.example"
        profile.contact.phone = "+353 1 555 0199"
        context.store.save_org_profile(OrgProfile(profile.org, profile.contact))
        first = MainWindow(context, defer_home=True)  # what a start shows first, before the rest of the home
        first.resize(1200, 760)
        first.show()
        save(first, out, "main-window-first-page")
        first.close()
        window = MainWindow(context)
        window.resize(1200, 760)
        window.show()
        assert window.home.status_panel is not None
        wait_until(lambda: window.home.status_panel is not None and window.home.status_panel.task is None)
        save(window, out, "main-window-empty")
        wizard = window.new_case()
        wizard.resize(1040, 760)
        fill_sample_case(wizard, out)
        wizard.accept()
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
        screenshot_editor(window, out)
        tracker(context, window, out)
        redaction_corpus(window, out)
        conversation_check(window, out, save, wait_until)  # issue 16
        evidence_reminder(window, out)  # issue 16: the evidence clocks in the home's reminders
        plans_and_escalations(window, out)
        window.reload_drafts()
        window.home.drafts.table.selectRow(0)
        save(window, out, "main-window")
        window.close()
        context.store.close()
    return 0


def redaction_corpus(window: MainWindow, out: Path) -> None:
    """The redaction review on files of the class corpus (issue 13): a HAR, a PowerShell transcript, a .NET config."""
    corpus = REPO / "tests" / "data" / "redaction" / "classes" / "files"
    wizard = window.new_case()
    wizard.resize(1040, 760)
    case = wizard.draft.case
    case.severity, case.title = 3, "Single sign-on sends agents back to the identity provider"
    case.description = "Since the IdP certificate was renewed, agents loop between the IdP and the login page."
    names = ["chrome_saml_login.har", "powershell_transcript.txt", "web.config", "desktop_app.log"]
    case.attachments = [
        Attachment(str(corpus / name), inspect_file(corpus / name).kind or AttachmentKind.OTHER) for name in names
    ]
    wizard.resume(Step.REDACTION)
    page = wizard.page_as(RedactionPage)
    wait_until(lambda: page.task is None and len(page.reviews) == len(names))
    page.files.selectRow(1)
    save(wizard, out, "wizard-8-redaction-corpus")
    wizard.reject()


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    """Read the command line: the output folder and the UI language."""
    parser = argparse.ArgumentParser(description="Take a screenshot of every page of the running app.")
    parser.add_argument("out", nargs="?", type=Path, help="folder for the PNG files")
    parser.add_argument("--language", default=SOURCE_LANGUAGE, help="UI language, e.g. ja (default: en)")
    args = parser.parse_args(argv)
    if args.out is None:
        base = Path("docs/screenshots")
        args.out = base if args.language == SOURCE_LANGUAGE else base / args.language
    return args


if __name__ == "__main__":
    arguments = parse_arguments(sys.argv[1:])
    if arguments.language not in available_languages():
        raise SystemExit(f"no translation for {arguments.language!r}: choose one of {available_languages()}")
    sys.exit(main(arguments.out, arguments.language))
