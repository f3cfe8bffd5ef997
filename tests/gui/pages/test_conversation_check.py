"""The Conversation IDs step's check in Genesys Cloud, against the local stand-in for the login and API hosts."""

import json
from pathlib import Path

import pytest

from care_desktop.domain.case.model import ConversationRef
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.platform.check_report import Access
from care_desktop.services.platform.conversations import ConversationChecker
from care_desktop.ui.conversations.check_results import CHECK, ENDED, QUEUE, START
from care_desktop.ui.conversations.platform_dialog import PlatformCheckDialog
from care_desktop.ui.pages.conversations import ConversationsPage
from tests.helpers import platform_standin as standin


@pytest.fixture
def page(make_wizard, saved_profile, httpserver):
    wizard = make_wizard()
    wizard.draft.case.severity = 2
    wizard.draft.time_zone = "Europe/Berlin"
    wizard.draft.case.org.region = "mypurecloud.de"
    wizard.draft.case.conversations = [
        ConversationRef(standin.VOICE_ID),
        ConversationRef(standin.CHAT_ID),
        ConversationRef(standin.MISSING_ID),
    ]
    wizard.resume(Step.CONVERSATIONS)
    page = wizard.page_as(ConversationsPage)
    assert isinstance(page, ConversationsPage)
    page.platform_checker = ConversationChecker(
        login_base=httpserver.url_for("/login"), api_base=httpserver.url_for("/api-host")
    )
    return page


def run(qtbot, dialog: PlatformCheckDialog, start) -> None:
    dialog.client_id.setText(standin.CLIENT_ID)
    dialog.secret.setText(standin.SECRET)
    task = start()
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=15000):
        pass
    qtbot.waitUntil(lambda: dialog.task is None)


def test_before_a_check_nothing_is_shown(page):
    assert not page.checks.isVisibleTo(page)
    assert page.check_button.text() == "&Check in Genesys Cloud\u2026"


def test_each_id_is_checked_off_the_gui_thread_and_the_evidence_attached(qtbot, page, httpserver, care_home):
    standin.serve_organization(httpserver)
    dialog = page.open_platform_check()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, PlatformCheckDialog)
    assert dialog.region.currentData() == "mypurecloud.de"
    assert dialog.check_button.text() == "Check 3 &conversations"
    with qtbot.waitSignal(dialog.conversations_checked, timeout=15000):
        run(qtbot, dialog, dialog.check_conversations)
    model = page.checks.model
    assert page.checks.isVisibleTo(page)
    assert [model.index(row, CHECK).data() for row in range(3)] == ["Found", "Found", "Not found"]
    assert model.index(0, START).data().startswith("Mon 2026-11-30 10:12")
    assert model.index(0, QUEUE).data() == standin.QUEUE_ID[:8] + "\u2026"
    assert model.index(0, QUEUE).data(3) == standin.QUEUE_ID
    assert model.index(0, START).data(3) == (
        "Start: Mon 2026-11-30 10:12 CET (2026-11-30 09:12 UTC)\nEnd: Mon 2026-11-30 10:19 CET"
    )
    assert model.index(0, ENDED).data() == "customer: endpoint"
    assert "Check the region" in model.index(2, CHECK).data(3)  # the tooltip says what to check
    assert f"\u26a0 {standin.MISSING_ID}: Not found." in page.checks.flagged.text()
    assert "SIP capture available until Mon 2026-12-21 10:12" in page.checks.clocks.text()
    assert "Operational Console events until Thu 2026-12-10 10:12" in page.checks.clocks.text()
    notes = [(a.note, a.path.rsplit("/", 1)[-1]) for a in page.draft.case.attachments]
    assert notes == [
        ("Conversation summary", f"{standin.VOICE_ID}.json"),
        ("SIP messages", f"{standin.VOICE_ID}-sip.txt"),
        ("Conversation summary", f"{standin.CHAT_ID}.json"),
        ("Failed calls", "api-calls.txt"),
    ]
    assert all(a.sha256 and a.size for a in page.draft.case.attachments)
    summary = json.loads(Path(page.draft.case.attachments[0].path).read_text(encoding="utf-8"))
    assert standin.AGENT_NAME not in json.dumps(summary)
    assert "Found 2 of 3 conversations" in dialog.result_label.text()
    # A second check does not attach the files twice.
    run(qtbot, dialog, dialog.check_conversations)
    assert len(page.draft.case.attachments) == 4
    dialog.close()
    assert dialog.secret.text() == ""
    page.commit_requested.emit()  # the draft is saved with its new attachments
    files = [path.read_bytes() for path in care_home.rglob("*") if path.is_file()]
    assert len(files) >= 5
    for needle in (standin.SECRET, standin.TOKEN, standin.BASIC[6:]):
        assert not [data for data in files if needle.encode() in data]
    # Back on the page later: the summaries found are read back from the case folder.
    page.check_outcomes.clear()
    page.initializePage()
    assert [model.index(row, CHECK).data() for row in range(3)] == ["Found", "Found", "Not checked yet"]


def test_the_readiness_check_lists_each_permission_with_what_it_unlocks(qtbot, page, httpserver):
    standin.serve_organization(httpserver, sip=False)
    dialog = page.open_platform_check()
    qtbot.addWidget(dialog)
    run(qtbot, dialog, dialog.check_permissions)
    assert dialog.permissions == {
        "analytics:conversationDetail:view": Access.GRANTED,
        "telephony:pcap:view": Access.MISSING,
        "organizations/me": Access.GRANTED,
    }
    text = dialog.permission_list.text()
    assert "<b>telephony:pcap:view</b>: MISSING" in text
    assert "Attach the SIP messages of voice calls" in text
    assert page.draft.case.attachments == []  # a readiness check writes nothing


def test_refused_credentials_are_said_in_the_dialog(qtbot, page, httpserver):
    standin.expect_token(httpserver).respond_with_json({"error": "invalid_client"}, status=401)
    dialog = page.open_platform_check()
    qtbot.addWidget(dialog)
    run(qtbot, dialog, dialog.check_conversations)
    assert "did not accept this client ID and secret" in dialog.result_label.text()
    assert standin.SECRET not in dialog.result_label.text()
    assert page.draft.case.attachments == []


def test_cancel(qtbot, page, httpserver):
    standin.serve_organization(httpserver)
    dialog = page.open_platform_check()
    qtbot.addWidget(dialog)
    dialog.client_id.setText(standin.CLIENT_ID)
    dialog.secret.setText(standin.SECRET)
    task = dialog.check_conversations()
    assert task is not None
    assert dialog.cancel_button.isEnabled()
    task.cancel()  # before the worker's first check: nothing is asked
    with qtbot.waitSignal(task.ended, timeout=15000):
        pass
    qtbot.waitUntil(lambda: dialog.task is None)
    assert dialog.result_label.text() == "The check was cancelled."


def test_the_permissions_check_opens_from_the_organization_look_up(qtbot, context):
    from care_desktop.ui.org_lookup_dialog import OrgLookupDialog

    lookup = OrgLookupDialog(context.profile.regions, "mypurecloud.ie")
    qtbot.addWidget(lookup)
    lookup.client_id.setText(standin.CLIENT_ID)
    dialog = lookup.open_permissions()
    assert isinstance(dialog, PlatformCheckDialog)
    assert (dialog.client_id.text(), dialog.region.currentData()) == (standin.CLIENT_ID, "mypurecloud.ie")
    dialog.secret.setText(standin.SECRET)
    assert dialog.permissions_button.isEnabled()
    assert not dialog.check_button.isEnabled()  # no conversation to check from here
    dialog.close()
    assert dialog.secret.text() == ""
