"""Screenshots of the "rough edges" fixes (issue 14, items 8-18), for docs/screenshots/rough-edges/.

Runs the real app pieces (real store in a throw-away home, real widgets, real files) offscreen, sets up each
state the way a user would reach it, and saves one PNG per state. Reuses the helpers of ``screenshots.py``.

Usage: python scripts/screenshots_rough_edges.py [OUT_DIR]   (default: docs/screenshots/rough-edges)
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import ORG_ID, QuietDialogs, save, wait_until

from care_desktop.app import create_application, open_services
from care_desktop.domain.case.draft import ContactRole
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.paths import resolve_paths
from care_desktop.services.store import OrgProfile
from care_desktop.ui.context import UiContext
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.pages.conversations import ConversationsPage
from care_desktop.ui.pages.description import DescriptionPage
from care_desktop.ui.windows.address_dialog import AddressDialog
from care_desktop.ui.windows.structured_view import StructuredView

PERSON = "11111111-2222-3333-4444-555555555555"


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
    """Item 9: "Open the folder" on a desktop without a file manager shows the path with Copy."""
    dialog = AddressDialog(str(Path.home() / "Documents" / "Care cases"), "the folder", window)
    dialog.show()
    dialog.copy()
    save(dialog, out, "09-open-folder-no-handler")
    dialog.reject()


def system_facts_tree(window: MainWindow, out: Path) -> None:
    """Item 10: "See what is included" shows the system facts as a tree that fits the screen."""
    from care_desktop.services.sysinfo import collect_system_facts

    facts = collect_system_facts(Path(os.environ["CARE_DESKTOP_HOME"]))
    view = StructuredView(
        "Facts about this computer",
        facts,
        "Exactly this is attached as system/system-info.json when the box is ticked.",
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
    """Item 12: Escape in the wizard asks before closing (the question the wizard asks, as shown)."""
    from PySide6.QtWidgets import QMessageBox

    wizard = window.new_case()
    wizard.resize(1040, 760)
    wizard.show()
    box = QMessageBox(
        QMessageBox.Icon.Question,
        wizard.tr("Close the case?"),
        wizard.tr("Close this case now? It is saved as a draft: continue it any time from the main window's list."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        wizard,
    )
    box.show()
    save(box, out, "12-escape-asks")
    box.reject()
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
    from zoneinfo import ZoneInfo

    from care_desktop.domain.tracker.model import new_case
    from care_desktop.services.tracker.store import TrackerStore
    from care_desktop.ui.i18n import switch_language

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
        switch_language("en")


def tables_fit(window: MainWindow, out: Path) -> None:
    """Item 15: no sideways scrolling, one scroll bar on the Severity 1 page, look-alike drafts told apart."""
    from care_desktop.domain.case.draft import duplicate_draft, split_draft
    from care_desktop.domain.case.model import Attachment, AttachmentKind
    from care_desktop.ui.pages.attachments import AttachmentsPage

    home = Path(os.environ["CARE_DESKTOP_HOME"])
    long_name = home / "console-log-exported-from-chrome-devtools-on-agent-workstation-dub-0142.log"
    long_name.write_text("2026-12-07 09:10:02 ERROR WebRTC session dropped\n", encoding="utf-8")
    wizard = window.new_case()
    wizard.resize(1040, 760)
    case = wizard.draft.case
    case.severity, case.description = 3, "Calls drop after 30 seconds."
    case.title = "Inbound calls routed to the Sales queue in Dublin disconnect after about thirty seconds"
    case.attachments = [Attachment(str(long_name), AttachmentKind.CONSOLE_LOG, "Agent Dana, 09:10")]
    wizard.resume(Step.ATTACHMENTS)
    wizard.page_as(AttachmentsPage)
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
    window.drafts.table.selectRow(0)
    save(window.drafts, out, "15-drafts-told-apart")
    critical = window.new_case()
    critical.resize(1040, 760)
    critical.draft.case.severity = 1
    critical.resume(Step.SEVERITY_ONE)
    save(critical, out, "15-severity-one-one-scroll-bar")
    critical.reject()


def occurred_zone(window: MainWindow, out: Path) -> None:
    """Item 16: "When it happened" shows its zone beside the time, and the user can choose it."""
    from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

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
    from PySide6.QtWidgets import QMessageBox

    from care_desktop.domain.case.quality import issue_parts

    wizard = window.new_case()
    wizard.resize(1040, 760)
    wizard.draft.case.severity = 2
    wizard.resume(Step.DESCRIPTION)
    page = wizard.page_as(DescriptionPage)
    page.title_edit.setText("Problems since this morning")
    text = (
        "Agents cannot log in to the desktop app since 9:00.\n\n"
        "Also, the queue activity report fails to load with an error.\n\n"
        "Recordings are missing for outbound calls."
    )
    page.description.setPlainText(text)
    page.impact.setPlainText("120 agents idle; no sales by phone.")
    save(wizard, out, "17-three-issues-found")
    listing = "\n\n".join(f"{index + 1}. {part}" for index, part in enumerate(issue_parts(text)))
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Split into 3 drafts?",
        "This draft keeps the first issue; each other issue becomes a new draft:\n\n"
        f"{listing}\n\nThe business impact stays with this draft: each new draft asks for what its own issue costs.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        wizard,
    )
    box.show()
    save(box, out, "17-split-parts-clean")
    box.reject()
    wizard.reject()


def conveniences(window: MainWindow, out: Path) -> None:
    """Item 18: Help menu, About, a dropped folder, the log finder's places and Browse."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from care_desktop.services.log_locations import looked_in
    from care_desktop.ui.about_dialog import AboutDialog
    from care_desktop.ui.log_picker_dialog import LogPickerDialog
    from care_desktop.ui.pages.attachments import AttachmentsPage

    menu = window.help_menu
    menu.popup(window.mapToGlobal(QPoint(60, 20)))
    save(menu, out, "18-help-menu")
    menu.hide()
    about = AboutDialog(window.context, window)
    about.show()
    save(about, out, "18-about")
    about.reject()
    home = Path(os.environ["CARE_DESKTOP_HOME"])
    logs = home / "agent-logs"
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


STATES: list[Callable[[MainWindow, Path], None]] = [
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


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="care-rough-") as home:
        os.environ["CARE_DESKTOP_HOME"] = home
        os.environ["CARE_DESKTOP_SITE_CONFIG"] = str(Path(home) / "site")
        create_application()
        context: UiContext
        context, _notice = open_services(resolve_paths())
        context.use_tray = False
        context.clock = lambda: datetime(2026, 12, 7, 9, 30, tzinfo=UTC)
        context.dialogs = QuietDialogs([])
        context.store.set_setting("contact_role", ContactRole.DESIGNATED.value)
        profile = context.store.org_profile()
        profile.org.short_name, profile.org.id, profile.org.region = "acme-eu", ORG_ID, "mypurecloud.ie"
        profile.contact.name, profile.contact.email = "Dana Whitfield", "dana.whitfield@acme.example"
        profile.contact.phone = "+353 1 555 0199"
        context.store.save_org_profile(OrgProfile(profile.org, profile.contact))
        window = MainWindow(context)
        window.resize(1200, 760)
        window.show()
        wanted = set(sys.argv[2:])
        for state in STATES:
            if not wanted or state.__name__ in wanted:
                state(window, out)
        window.close()
        context.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots/rough-edges")))
