"""GUI fixtures: the real services in the test's private home, scripted dialogs, and wizard builders."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from care_desktop.app import create_application, open_services
from care_desktop.domain.case.draft import ContactRole, Draft, new_draft
from care_desktop.services.paths import resolve_paths
from care_desktop.services.store import OrgProfile
from care_desktop.ui.context import UiContext
from care_desktop.ui.i18n import switch_language
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.wizard import CaseWizard
from tests.helpers.dialogs import ScriptedDialogs

ORG_ID = "7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17"
CONV_A = "4709b21d-bc22-418a-8c6d-4ededb31bd39"
CONV_B = "0f6b3c1e-58a2-4d7b-9e3f-6c1a2b4d5e6f"


@pytest.fixture(scope="session", autouse=True)
def app_catalogue(qapp) -> None:
    """The English catalogue installed as a start installs it: the count texts read "1 file", "2 files"."""
    switch_language("en")


@pytest.fixture
def context(qapp) -> Iterator[UiContext]:
    """Real store and profile in the private home; dialogs are scripted."""
    create_application()
    ctx, notice = open_services(resolve_paths())
    assert notice is None
    ctx.dialogs = ScriptedDialogs()
    ctx.use_tray = False  # no tray icon from tests
    ctx.status = None  # no status check: tests never reach the internet (status tests use a local server)
    ctx.autosave_ms = 50
    yield ctx
    ctx.store.close()


@pytest.fixture
def dialogs(context: UiContext) -> ScriptedDialogs:
    assert isinstance(context.dialogs, ScriptedDialogs)
    return context.dialogs


@pytest.fixture
def saved_profile(context: UiContext) -> OrgProfile:
    """An organization profile and role as a returning user has them."""
    profile = context.store.org_profile()
    profile.org.short_name, profile.org.id, profile.org.region = "acme-eu", ORG_ID, "mypurecloud.ie"
    profile.contact.name, profile.contact.email, profile.contact.phone = (
        "Dana Whitfield",
        "dana@acme.example",
        "+353 1 555 0199",
    )
    context.store.save_org_profile(profile)
    context.store.set_setting("contact_role", ContactRole.DESIGNATED.value)
    return profile


@pytest.fixture
def make_wizard(qtbot, context: UiContext) -> Callable[..., CaseWizard]:
    """Build a wizard on a draft (a new one by default), shown and registered with qtbot."""
    alive: list[CaseWizard] = []  # pages alone do not keep their wizard alive

    def build(draft: Draft | None = None) -> CaseWizard:
        if draft is None:
            profile = context.store.org_profile()
            role = context.store.setting("contact_role")
            draft = new_draft(
                "d" * 32, "2026-11-26T10:00:00+00:00", profile.org, profile.contact, role and ContactRole(role)
            )
        wizard = CaseWizard(draft, context)
        qtbot.addWidget(wizard)
        wizard.show()
        alive.append(wizard)
        return wizard

    return build


@pytest.fixture
def main_window(qtbot, context: UiContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def delete_closed_widgets() -> None:
    """Delete the widgets earlier tests closed but pytest-qt has not deleted yet.

    Their stores are closed, and a language change would make them retranslate.
    """
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def english_ui(qapp) -> Iterator[None]:
    """The test starts and ends in English (translators belong to the one QApplication)."""
    delete_closed_widgets()
    switch_language("en")
    yield
    delete_closed_widgets()
    switch_language("en")
