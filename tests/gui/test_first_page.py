"""The start in two steps: the first page (the banner with the number) at once, the rest once it is on screen."""

from __future__ import annotations

import json

import pytest

from care_desktop.app import _finish_start
from care_desktop.ui.context import UiContext
from care_desktop.ui.drafts_panel import DraftsPanel
from care_desktop.ui.first_page import REPORT_VARIABLE, WAIT_LIMIT_MS, report_first_page, when_on_screen
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.profile_panel import ProfilePanel


@pytest.fixture
def first_page(qtbot, context: UiContext, saved_profile) -> MainWindow:
    window = MainWindow(context, defer_home=True)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_first_page_shows_the_number_before_the_home_is_built(first_page, context):
    region, country = context.caller_place(context.store.org_profile().org)
    loaded = context.phonebook.load()
    first = context.phonebook.rank(loaded.directory, region, country).mine[0]
    assert first.number in first_page.banner.text.text()
    assert first_page.banner.button.isVisible()
    assert not first_page.home_built
    assert first_page.file_menu.actions() == []  # the menu's title is there, its actions come with the home
    assert first_page.findChildren(DraftsPanel) == []
    assert first_page.findChildren(ProfilePanel) == []


def test_the_home_is_built_once_the_first_page_is_on_screen(qtbot, qapp, first_page, context):
    when_on_screen(first_page, lambda: _finish_start(qapp, first_page, None))
    qtbot.waitUntil(lambda: first_page.home_built)
    assert first_page.home.drafts.isVisible()
    assert first_page.home.profile_panel.isVisible()
    assert first_page.new_action in first_page.file_menu.actions()
    assert first_page.home.drafts.model.rowCount() == len(context.store.list_drafts())
    drafts, menu = first_page.home.drafts, first_page.file_menu.actions()
    first_page.build_home()  # a second call changes nothing
    assert first_page.home.drafts is drafts
    assert first_page.file_menu.actions() == menu


def test_a_window_never_exposed_still_gets_its_home(qtbot, context):
    window = MainWindow(context, defer_home=True)
    qtbot.addWidget(window)  # never shown
    built: list[bool] = []
    when_on_screen(window, lambda: built.append(True))
    assert built == []
    qtbot.waitUntil(lambda: built == [True], timeout=WAIT_LIMIT_MS + 2000)


def test_the_deferred_home_follows_a_language_change(qtbot, first_page, english_ui):
    from care_desktop.ui.i18n import switch_language

    first_page.build_home()
    switch_language("ja")
    assert first_page.new_action.text() == "新しいケース(&N)"
    switch_language("en")
    assert first_page.new_action.text() == "&New case"


def test_the_first_page_report_is_written_only_when_asked(tmp_path, monkeypatch):
    target = tmp_path / "first-page.json"
    monkeypatch.delenv(REPORT_VARIABLE, raising=False)
    report_first_page()
    assert not target.exists()
    monkeypatch.setenv(REPORT_VARIABLE, str(target))
    report_first_page()
    report = json.loads(target.read_text(encoding="utf-8"))
    assert report["monotonic"] > 0
    assert report["peak_memory_bytes"] > 10 * 1024 * 1024
    assert "care_desktop.ui.first_page" in report["modules"]
