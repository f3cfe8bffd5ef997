"""The organization look-up dialog against a local server standing in for the login and API hosts."""

import base64
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from care_desktop.services.platform.org_lookup import OrgInfo, OrgLookup
from care_desktop.ui.org_lookup_dialog import OrgLookupDialog

CLIENT_ID = "3f1e9c2a-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
SECRET = "gui-s3cr3t-Pq7Wn2Zx9Lk4Rt6Yb1Mc8Vd3"
TOKEN = "gui-tok-5Hj8Kl2Mn4Pq6Rs8Tu0Vw"
BASIC = "Basic " + base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
ORG = {"id": "7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17", "name": "Acme Europe", "thirdPartyOrgName": "acme-eu"}


def serve_success(server: HTTPServer) -> None:
    server.expect_request("/login/oauth/token", method="POST", headers={"Authorization": BASIC}).respond_with_json(
        {"access_token": TOKEN}
    )
    server.expect_request(
        "/api-host/api/v2/organizations/me", headers={"Authorization": f"Bearer {TOKEN}"}
    ).respond_with_json(ORG)


@pytest.fixture
def make_dialog(qtbot, context):
    def build(server: HTTPServer, **kwargs) -> OrgLookupDialog:
        lookup = OrgLookup(login_base=server.url_for("/login"), api_base=server.url_for("/api-host"), **kwargs)
        dialog = OrgLookupDialog(context.profile.regions, "mypurecloud.de", lookup)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return build


def fill(dialog: OrgLookupDialog) -> None:
    dialog.client_id.setText(CLIENT_ID)
    dialog.secret.setText(SECRET)


def look_up(qtbot, dialog: OrgLookupDialog) -> None:
    task = dialog.start_lookup()
    assert task is not None
    with qtbot.waitSignal(task.ended, timeout=10000):
        pass
    qtbot.waitUntil(lambda: dialog.task is None)


def ok_button(dialog: OrgLookupDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_form(make_dialog, httpserver):
    dialog = make_dialog(httpserver)
    assert dialog.secret.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.region.currentData() == "mypurecloud.de"
    assert not dialog.look_up_button.isEnabled()
    assert not ok_button(dialog).isEnabled()
    dialog.client_id.setText(CLIENT_ID)
    assert not dialog.look_up_button.isEnabled()
    dialog.secret.setText(SECRET)
    assert dialog.look_up_button.isEnabled()
    for widget, name in (
        (dialog.client_id, "OAuth client ID"),
        (dialog.secret, "OAuth client secret"),
        (dialog.region, "Genesys Cloud region"),
        (dialog.look_up_button, "Look up the organization"),
    ):
        assert widget.accessibleName() == name
    assert dialog.credentials.secret_caption.buddy() is dialog.secret


def test_a_successful_look_up_fills_the_values_and_forgets_the_secret(qtbot, make_dialog, httpserver):
    serve_success(httpserver)
    dialog = make_dialog(httpserver)
    fill(dialog)
    look_up(qtbot, dialog)
    assert dialog.found == OrgInfo("7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17", "Acme Europe", "acme-eu", "mypurecloud.de")
    assert dialog.outcome.text() == (
        "Organization: Acme Europe\nShort name: acme-eu\nOrganization ID: 7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17"
    )
    assert dialog.secret.text() == ""
    assert not dialog.secret.isUndoAvailable()  # undo cannot bring it back
    assert ok_button(dialog).isEnabled()
    with qtbot.waitSignal(dialog.organization_chosen, timeout=1000) as blocker:
        ok_button(dialog).click()
    assert blocker.args == [dialog.found]
    assert not dialog.isVisible()


def test_a_refused_secret_says_why_and_the_secret_goes_when_the_dialog_closes(qtbot, make_dialog, httpserver):
    httpserver.expect_request("/login/oauth/token").respond_with_json({"error": "invalid_client"}, status=401)
    dialog = make_dialog(httpserver)
    fill(dialog)
    look_up(qtbot, dialog)
    assert dialog.found is None
    assert dialog.outcome.text().startswith("Genesys Cloud (mypurecloud.de) did not accept this client ID and secret")
    assert not ok_button(dialog).isEnabled()
    assert dialog.secret.text() == SECRET  # kept for another try while the dialog is open
    assert dialog.look_up_button.isEnabled()
    dialog.reject()
    assert dialog.secret.text() == ""
    assert not dialog.secret.isUndoAvailable()


def test_closing_during_a_look_up_cancels_it(qtbot, make_dialog):
    release = threading.Event()

    def hang(request: Request) -> Response:
        release.wait(30)
        return Response('{"access_token": "x"}', content_type="application/json")

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.expect_request("/login/oauth/token").respond_with_handler(hang)
    server.start()
    try:
        dialog = make_dialog(server, timeout=(1.0, 0.5))
        fill(dialog)
        task = dialog.start_lookup()
        assert task is not None
        assert dialog.start_lookup() is None  # one at a time
        assert not dialog.secret.isEnabled()
        assert dialog.outcome.text() == "Asking Genesys Cloud\u2026"
        dialog.reject()
        assert dialog.secret.text() == ""
        assert dialog.task is None
        with qtbot.waitSignal(task.ended, timeout=10000):
            pass
        assert dialog.found is None  # the late answer concerns nobody
    finally:
        release.set()
        server.clear()
        server.stop()


def files_holding(folder: Path, needle: str) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file() and needle.encode() in path.read_bytes()]


def test_the_secret_is_nowhere_after_look_ups(qtbot, make_dialog, httpserver, context, care_home, capfd):
    serve_success(httpserver)
    dialog = make_dialog(httpserver)
    fill(dialog)
    look_up(qtbot, dialog)
    assert dialog.found is not None
    ok_button(dialog).click()
    httpserver.clear()
    httpserver.expect_request("/login/oauth/token").respond_with_json({"error": "invalid_client"}, status=401)
    failing = make_dialog(httpserver)
    fill(failing)
    look_up(qtbot, failing)
    assert failing.found is None
    failing.reject()
    context.store.set_setting("probe", "the store was written during the test")  # it is a live store
    store_files = sorted(care_home.glob("care-desktop.sqlite3*"))
    assert context.paths.store in store_files
    for needle in (SECRET, TOKEN, BASIC[6:]):
        assert files_holding(care_home, needle) == []
    captured = capfd.readouterr()
    for needle in (SECRET, TOKEN, BASIC[6:]):
        assert needle not in captured.out
        assert needle not in captured.err
