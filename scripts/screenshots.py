"""Take a screenshot of every page of the running app, for docs/ and the README.

Runs the real app (real store in a throw-away home, real windows) on the platform Qt is given (offscreen by
default, or Xvfb), fills a sample case the way a user would, and saves one PNG per page.

Usage: python scripts/screenshots.py [OUT_DIR]   (default: docs/screenshots)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from care_desktop.app import create_application, open_services
from care_desktop.domain.draft import ContactRole
from care_desktop.services.paths import resolve_paths
from care_desktop.services.store import OrgProfile
from care_desktop.ui.dialogs import Dialogs
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.pages.conversations import ConversationsPage
from care_desktop.ui.pages.description import DescriptionPage
from care_desktop.ui.pages.severity import SeverityPage
from care_desktop.ui.wizard import CaseWizard

ORG_ID = "7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17"
CONVERSATIONS = (
    "Copied from the interaction details: 4709b21d-bc22-418a-8c6d-4ededb31bd39\n"
    "https://apps.mypurecloud.ie/directory/#/engage/admin/interactions/0f6b3c1e-58a2-4d7b-9e3f-6c1a2b4d5e6f"
)


class QuietDialogs(Dialogs):
    """Answers every question with Yes and shows nothing."""

    def question(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Say yes."""
        del parent, title, text
        return True

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        """Say nothing."""
        del parent, title, text


def save(widget: QWidget, out: Path, name: str) -> None:
    QApplication.processEvents()
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(path)


def fill_sample_case(wizard: CaseWizard, out: Path) -> None:
    save(wizard, out, "wizard-1-before-you-start")
    wizard.next()
    severity = wizard.page_as(SeverityPage)
    assert isinstance(severity, SeverityPage)
    from care_desktop.domain.severity import Question

    severity.questions[Question.CRITICAL_WORKS].yes.click()
    severity.questions[Question.DEGRADED].yes.click()
    save(wizard, out, "wizard-2-severity")
    wizard.next()
    save(wizard, out, "wizard-4-organization")
    wizard.next()
    conversations = wizard.page_as(ConversationsPage)
    assert isinstance(conversations, ConversationsPage)
    conversations.paste.setPlainText(CONVERSATIONS)
    conversations.add_from_text()
    save(wizard, out, "wizard-5-conversations")
    wizard.next()
    description = wizard.page_as(DescriptionPage)
    assert isinstance(description, DescriptionPage)
    description.title_edit.setText("Inbound calls to the Sales queue drop after 30 seconds")
    description.known_time.setChecked(True)
    description.description.setPlainText(
        "Since 09:10 today, inbound calls routed to the Sales queue disconnect after about 30 seconds "
        "of conversation. Agents see the call end without any error."
    )
    description.frequency.setCurrentText("Every time")
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
    save(wizard, out, "wizard-7-review")


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="care-screens-") as home:
        os.environ["CARE_DESKTOP_HOME"] = home
        os.environ["CARE_DESKTOP_SITE_CONFIG"] = str(Path(home) / "site")
        create_application()
        context, _notice = open_services(resolve_paths())
        context.dialogs = QuietDialogs()
        context.store.set_setting("contact_role", ContactRole.DESIGNATED.value)
        profile = context.store.org_profile()
        profile.org.short_name, profile.org.id, profile.org.region = "acme-eu", ORG_ID, "mypurecloud.ie"
        profile.contact.name, profile.contact.email = "Dana Whitfield", "dana.whitfield@acme.example"
        profile.contact.phone = "+353 1 555 0199"
        context.store.save_org_profile(OrgProfile(profile.org, profile.contact))
        window = MainWindow(context)
        window.resize(1200, 720)
        window.show()
        save(window, out, "main-window-empty")
        wizard = window.new_case()
        wizard.resize(1040, 760)
        fill_sample_case(wizard, out)
        wizard.accept()
        critical = window.new_case()
        critical.resize(1040, 760)
        critical.next()
        page = critical.page_as(SeverityPage)
        assert isinstance(page, SeverityPage)
        from care_desktop.domain.severity import Question

        page.questions[Question.CRITICAL_WORKS].no.click()
        page.questions[Question.WORKAROUND].no.click()
        save(critical, out, "wizard-2-severity-critical")
        critical.next()
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
        window.reload_drafts()
        window.drafts.table.selectRow(0)
        save(window, out, "main-window")
        window.close()
        context.store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
