"""The shared form for an OAuth client (client ID, secret, region) and the work it hands to a worker."""

import pytest
from PySide6.QtWidgets import QLineEdit

from care_desktop.domain.messages import Message
from care_desktop.services.platform.client import PlatformError, PlatformFailure
from care_desktop.services.progress import NEVER_CANCELLED, no_progress
from care_desktop.ui.i18n import switch_language
from care_desktop.ui.widgets.platform_credentials import PlatformCredentials

CLIENT_ID = "3f1e9c2a-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
SECRET = "form-s3cr3t-Hq4Zt8Lw2Nv6Pk0Xb3Jm"


@pytest.fixture
def form(qtbot, context) -> PlatformCredentials:
    widget = PlatformCredentials(context.profile.regions, "mypurecloud.de")
    qtbot.addWidget(widget)
    return widget


def test_the_form(qtbot, form, context):
    assert form.secret.echoMode() is QLineEdit.EchoMode.Password
    assert form.domain() == "mypurecloud.de"
    assert [form.region.itemData(i) for i in range(form.region.count())] == [r.domain for r in context.profile.regions]
    for caption, field in (
        (form.client_id_caption, form.client_id),
        (form.secret_caption, form.secret),
        (form.region_caption, form.region),
    ):
        assert caption.buddy() is field
    assert [field.accessibleName() for field in (form.client_id, form.secret, form.region)] == [
        "OAuth client ID",
        "OAuth client secret",
        "Genesys Cloud region",
    ]
    assert form.client_id.accessibleDescription()
    assert not form.is_complete()
    with qtbot.waitSignal(form.changed, timeout=1000):
        form.client_id.setText(f"  {CLIENT_ID} ")
    assert not form.is_complete()
    with qtbot.waitSignal(form.changed, timeout=1000):
        form.secret.setText(SECRET)
    assert form.is_complete()


def test_an_unknown_region_selects_the_first(qtbot, context):
    widget = PlatformCredentials(context.profile.regions, "nowhere.invalid")
    qtbot.addWidget(widget)
    assert widget.domain() == context.profile.regions[0].domain


def test_no_work_without_a_client_id_and_a_secret(form):
    calls = []
    assert form.work(lambda *args: calls.append(args)) is None
    form.client_id.setText(CLIENT_ID)
    assert form.work(lambda *args: calls.append(args)) is None
    assert calls == []


def test_the_work_takes_the_secret_once_and_keeps_it_nowhere(form):
    form.client_id.setText(f" {CLIENT_ID} ")
    form.secret.setText(SECRET)
    seen = []

    def request(domain, client_id, secret, progress, token):
        seen.append((domain, client_id, secret))
        return "answer"

    work = form.work(request)
    assert work is not None
    assert work(no_progress, NEVER_CANCELLED) == "answer"
    assert seen == [("mypurecloud.de", CLIENT_ID, SECRET)]
    closure = [cell.cell_contents for cell in work.__closure__ or ()]
    assert all(SECRET not in repr(value) for value in closure if not callable(value))  # the holder is empty
    with pytest.raises(IndexError):
        work(no_progress, NEVER_CANCELLED)  # a second run has no secret to take


def test_a_refusal_comes_back_as_its_message(form):
    form.client_id.setText(CLIENT_ID)
    form.secret.setText(SECRET)
    message = Message("Refused ({code}).", {"code": "401"})

    def request(domain, client_id, secret, progress, token):
        raise PlatformError(PlatformFailure.CREDENTIALS, message)

    work = form.work(request)
    assert work is not None
    assert work(no_progress, NEVER_CANCELLED) is message


def test_forget_secret_leaves_no_undo(form):
    form.secret.setText(SECRET)
    form.forget_secret()
    assert form.secret.text() == ""
    assert not form.secret.isUndoAvailable()


@pytest.mark.usefixtures("english_ui")
def test_the_texts_follow_a_language_change(form):
    assert form.client_id_caption.text() == "Client &ID:"
    switch_language("ja")
    assert form.client_id_caption.text() == "クライアント ID(&I):"
    assert form.secret.accessibleName() == "OAuth クライアント シークレット"
    switch_language("en")
    assert form.secret_caption.text() == "Client &secret:"
