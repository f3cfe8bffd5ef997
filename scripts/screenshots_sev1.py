"""Screenshots of the Severity 1 number and of what leaves the machine (issue 14, items 1-7), for docs/.

Runs the real windows (offscreen by default) in a throw-away home, puts each one in the state the issue
describes, and saves one PNG per state under docs/screenshots/ (``sev1-*.png``).

Usage: python scripts/screenshots_sev1.py [OUT_DIR]
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from care_desktop.app import create_application, open_services
from care_desktop.domain.case.draft import ContactRole, Draft, SentPackage, new_draft
from care_desktop.domain.case.model import Attachment, AttachmentKind, ConversationRef
from care_desktop.domain.case.organization import Organization
from care_desktop.domain.severity import Answers, Question
from care_desktop.domain.tracker.model import new_case
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.paths import resolve_paths
from care_desktop.services.store import OrgProfile
from care_desktop.services.tracker.evidence import find_new_evidence
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.context import UiContext
from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.pages.attachments import AttachmentsPage
from care_desktop.ui.pages.finish import FinishPage
from care_desktop.ui.pages.review import ReviewPage
from care_desktop.ui.pages.severity import SeverityPage
from care_desktop.ui.tracker.evidence_package import choose_evidence
from care_desktop.ui.wizard import CaseWizard

REPO = Path(__file__).resolve().parent.parent
REALWORLD = REPO / "tests" / "data" / "realworld"
ORG_ID = "7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17"
PCAP = b"\xd4\xc3\xb2\xa1\x02\x00\x04\x00" + bytes(range(256)) * 16


class QuietDialogs(Dialogs):
    """Says yes, shows nothing."""

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Say yes."""
        del parent, title, text
        return True

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        """Say nothing."""
        del parent, title, text


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


def fresh_context(locale: str | None = None) -> UiContext:
    """Services in a new empty home (no saved organization)."""
    os.environ["CARE_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="care-sev1-")
    context, _notice = open_services(resolve_paths())
    context.dialogs = QuietDialogs()
    context.use_tray = False
    context.status = None
    context.locale_name = locale
    return context


def banners(out: Path) -> None:
    """Item 1: a number at launch with no locale, with Japanese, and every region's line when nothing is known."""
    for locale, name in (("C", "sev1-1-launch-no-locale"), ("ja_JP", "sev1-1-launch-ja-JP")):
        context = fresh_context(locale)
        window = MainWindow(context)
        window.resize(1100, 680)
        window.show()
        save(window, out, name)
        window.close()
        context.store.close()
    context = fresh_context("C")
    profile = context.store.org_profile()
    context.store.save_org_profile(OrgProfile(Organization("acme", "", "retired-region.example"), profile.contact))
    window = MainWindow(context, defer_home=True)
    window.resize(1100, 300)
    window.show()
    save(window, out, "sev1-1-launch-nothing-known")
    window.close()
    context.store.close()


def emea(out: Path) -> None:
    """Item 2: the EMEA line verbatim with its derived dialable form, and the cautions in plain words."""
    context = fresh_context("en_GB")
    profile = context.store.org_profile()
    profile.org.short_name, profile.org.id, profile.org.region = "acme-eu", ORG_ID, "mypurecloud.ie"
    context.store.save_org_profile(profile)
    window = MainWindow(context)
    window.show()
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
    context.store.close()


def wizard_on(context: UiContext, draft: Draft, step: Step) -> CaseWizard:
    context.store.save_draft(draft)
    wizard = CaseWizard(draft, context)
    wizard.resize(1000, 760)
    wizard.show()
    wizard.resume(step)
    return wizard


def sample_draft(context: UiContext, severity: int | None = None) -> Draft:
    profile = context.store.org_profile()
    profile.org.short_name, profile.org.id, profile.org.region = "acme-eu", ORG_ID, "mypurecloud.ie"
    draft = new_draft("d" * 32, "2026-12-01T09:00:00+00:00", profile.org, profile.contact, ContactRole.DESIGNATED)
    draft.case.severity = severity
    draft.case.title = "Inbound calls to the Sales queue drop after 30 seconds"
    draft.case.description = "Since 09:10 today, inbound calls to the Sales queue disconnect after 30 seconds."
    draft.case.business_impact = "Sales cannot take orders by phone."
    draft.case.conversations = [ConversationRef("4709b21d-bc22-418a-8c6d-4ededb31bd39")]
    return draft


def severity_one(out: Path) -> None:
    """Items 3 and 4: Severity 1 against the helper keeps Next open; the reason is asked on the review."""
    context = fresh_context("en_GB")
    draft = sample_draft(context)
    wizard = wizard_on(context, draft, Step.SEVERITY)
    page = wizard.page_as(SeverityPage)
    page.questions[Question.CRITICAL_WORKS].yes.click()
    page.questions[Question.DEGRADED].yes.click()
    page.level_buttons[1].click()
    save(wizard, out, "sev1-3-severity-one-next-open")
    wizard.draft.answers = Answers(critical_works=True, degraded=True)
    wizard.resume(Step.REVIEW)
    save(wizard, out, "sev1-3-reason-after-the-call")
    wizard.reject()
    context.store.close()


def tracker(out: Path) -> None:
    """Item 4: a case phoned in starts with its first response met (no reminder after the call)."""
    context = fresh_context("en_GB")

    store = TrackerStore(context.store)
    opened = datetime(2026, 12, 1, 14, 0, tzinfo=ZoneInfo("Europe/Dublin"))
    store.add_case(new_case("0004530001", 1, opened, "Agents cannot take calls", by_phone=True))
    context.clock = lambda: datetime(2026, 12, 1, 14, 11, tzinfo=UTC)
    window = MainWindow(context)
    window.show()
    tracked = window.open_tracker()
    tracked.resize(1000, 560)
    tracked.select_case("0004530001")
    save(tracked, out, "sev1-4-phoned-in-first-response-met")
    tracked.close()
    window.close()
    context.store.close()


def packaging(out: Path) -> None:
    """Items 5 and 6: plain case text naming package members; a file that cannot be redacted, said and chosen."""
    context = fresh_context("en_GB")
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
    context.store.close()


def evidence(out: Path) -> None:
    """Item 7: add evidence offers the new files; those a package sent are left out unless ticked."""
    context = fresh_context("en_GB")
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
    tracker = TrackerStore(context.store)
    opened = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Dublin"))
    tracker.add_case(new_case("0004530002", 2, opened, draft.case.title))
    tracker.link("0004530002", draft_id=draft.id)
    report = find_new_evidence(tracker, context.store, context.paths, "0004530002")
    parent = QWidget()
    dialog = choose_evidence(context, report, parent)
    assert dialog is not None
    save(dialog, out, "sev1-7-add-evidence-choose")
    dialog.reject()
    context.store.close()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else REPO / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    create_application()
    for step in (banners, emea, severity_one, tracker, packaging, evidence):
        step(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
