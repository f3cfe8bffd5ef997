"""Switching the UI language at run time, and the case text that stays English.

Windows, wizard pages, open dialogs and Qt's own buttons follow a switch at once. Expected texts are written by
hand from the Japanese translation.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from care_desktop.app import run_gui
from care_desktop.domain.case.model import ConversationRef
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.paths import AppPaths
from care_desktop.services.preferences import Preferences, load_preferences, save_preferences
from care_desktop.services.store import Store
from care_desktop.ui.i18n import (
    available_languages,
    current_language,
    resolve_language,
    switch_language,
    tr_domain,
)
from care_desktop.ui.pages.attachments import AttachmentsPage
from care_desktop.ui.pages.review import ReviewPage
from care_desktop.ui.pages.severity import SeverityPage
from care_desktop.ui.settings_dialog import SettingsDialog
from tests.gui.conftest import CONV_A

Button = QWizard.WizardButton


pytestmark = pytest.mark.usefixtures("english_ui")


def dialog_button(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> str:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(which)
    assert button is not None
    return button.text()


def test_japanese_is_available_and_english_is_the_source():
    assert available_languages() == ["en", "ja"]
    assert current_language() == "en"


@pytest.mark.parametrize(
    ("preference", "system", "expected"),
    [
        ("", "ja_JP", "ja"),  # no choice: the computer's language
        ("", "de_DE", "en"),  # no translation for the computer's language: English
        ("", "en_GB", "en"),
        ("en", "ja_JP", "en"),  # the saved choice wins
        ("ja", "en_US", "ja"),
        ("xx", "ja_JP", "ja"),  # a choice without a translation counts as none
    ],
)
def test_the_language_follows_the_preference_then_the_computer(preference, system, expected):
    assert resolve_language(preference, QLocale(system)) == expected


def test_switching_retranslates_the_main_window_the_wizard_and_a_dialog_live(
    main_window, make_wizard, saved_profile, qtbot
):
    wizard = make_wizard()
    wizard.next()  # the severity page, built and shown
    assert wizard.current_step() is Step.SEVERITY
    severity = wizard.page_as(SeverityPage)
    settings = main_window.open_settings()
    qtbot.addWidget(settings)
    assert main_window.new_action.text() == "&New case"
    assert wizard.button(Button.NextButton).text() == "&Next >"
    english_cancel = dialog_button(settings, QDialogButtonBox.StandardButton.Cancel)  # the platform's wording
    assert english_cancel in {"Cancel", "&Cancel"}
    assert switch_language("ja") == "ja"
    assert current_language() == "ja"
    # Our own texts, in the window, the wizard and its pages, and a dialog that is open.
    assert main_window.file_menu.title() == "ファイル(&F)"
    assert main_window.new_action.text() == "新しいケース(&N)"
    assert main_window.home.drafts.new_button.text() == "新しいケース(&N)"
    assert wizard.windowTitle() == "ケース: 新しいケース"
    assert severity.title() == "重大度"
    assert severity.helper_box.title() == "重大度の判定"
    assert [wizard.steps_list.item(row).text() for row in range(2)] == ["始める前に", "重大度"]
    assert wizard.button(Button.CancelButton).text() == "保存して閉じる"
    assert settings.windowTitle() == "設定"
    # Domain texts, through the "domain" context.
    assert tr_domain("Critical") == "重大"
    assert severity.level_buttons[1].text() == "重大 (重大度 1)"
    # Qt's own texts, from qtbase_ja.
    assert wizard.button(Button.NextButton).text() == "次へ(&N) >"
    assert wizard.button(Button.BackButton).text() == "< 戻る(&B)"
    assert dialog_button(settings, QDialogButtonBox.StandardButton.Cancel) == "キャンセル"
    # And back.
    assert switch_language("en") == "en"
    assert main_window.new_action.text() == "&New case"
    assert severity.title() == "Severity"
    assert severity.level_buttons[1].text() == "Critical (Severity 1)"
    assert wizard.button(Button.NextButton).text() == "&Next >"
    assert wizard.button(Button.BackButton).text() == "< &Back"
    assert settings.windowTitle() == "Settings"
    assert dialog_button(settings, QDialogButtonBox.StandardButton.Cancel) == english_cancel


def test_a_window_opened_after_the_switch_is_japanese(make_wizard):
    switch_language("ja")
    wizard = make_wizard()
    assert wizard.button(Button.NextButton).text() == "次へ(&N) >"
    assert wizard.step_page(Step.BEFORE_START).title() == "始める前に"


def test_the_case_text_stays_english_under_the_japanese_ui(make_wizard, saved_profile):
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity = 2
    case.title = "Queue wallboard stops updating"
    case.description = "The wallboard freezes after an hour."
    case.conversations.append(ConversationRef(CONV_A))
    switch_language("ja")
    wizard.resume(Step.REVIEW)
    page = wizard.page_as(ReviewPage)
    assert page.title() == "ケース本文の確認"
    page.copy_all.click()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Subject: Queue wallboard stops updating\n")  # plain text for the portal
    assert "Severity: High (Severity 2)" in text
    assert "Description:\n" in text
    assert "- Short name: acme-eu" in text
    assert "First response due" in text
    assert not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text), "no Japanese in the case text"
    assert page.result.text() == "ケース本文をクリップボードにコピーしました。"


def test_settings_switch_the_language_at_once_and_save_it(context, main_window, qtbot):
    dialog = main_window.open_settings()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # system default
    assert dialog.language.itemText(0) == "System default (English)"
    assert [dialog.language.itemText(i) for i in (1, 2)] == ["English", "日本語"]
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    dialog.accept()
    assert current_language() == "ja"
    assert load_preferences(context.store).language == "ja"
    assert main_window.new_action.text() == "新しいケース(&N)"
    again = main_window.open_settings()
    qtbot.addWidget(again)
    assert again.language.currentData() == "ja"
    assert again.language.itemText(0) == "システムの既定 (English)"
    again.language.setCurrentIndex(again.language.findData(""))
    again.accept()
    assert current_language() == "en"
    assert load_preferences(context.store).language == ""
    assert main_window.new_action.text() == "&New case"


def test_settings_leave_the_language_alone_when_it_was_not_changed(context, qtbot):
    save_preferences(context.store, Preferences(language="ja"))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.accept()  # other settings only: the UI is not switched behind the user's back
    assert current_language() == "en"
    assert load_preferences(context.store).language == "ja"


def test_the_app_starts_in_the_saved_language(qapp, tmp_path):
    paths = AppPaths(tmp_path / "home", tmp_path / "site")
    paths.ensure()
    store, _notice = Store.open(paths.store)
    save_preferences(store, Preferences(language="ja"))
    store.close()
    assert run_gui(paths, self_test=True) == 0  # builds the main window and the wizard, then returns
    assert current_language() == "ja"


def test_counts_read_one_and_more_through_the_catalogues_the_app_installs(make_wizard, saved_profile, qtbot, tmp_path):
    """English shows "1 file" and "2 files" from its catalogue of count texts; Japanese its one form."""
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 3, "Proxy drops", "Connections through the proxy drop."
    wizard.resume(Step.ATTACHMENTS)
    page = wizard.page_as(AttachmentsPage)
    first, second = tmp_path / "first.log", tmp_path / "second.log"
    first.write_text("10:00 proxy connection dropped\n", encoding="utf-8")
    second.write_text("10:01 proxy connection dropped again\n", encoding="utf-8")

    def add(path: Path) -> None:
        assert page.add_paths([path]) is not None
        qtbot.waitUntil(lambda: page.task is None, timeout=20000)

    add(first)
    assert page.feedback.text() == "Added 1 file."
    assert page.total.text().startswith("1 file to include, ")
    add(second)
    assert page.feedback.text() == "Added 1 file."
    assert page.total.text().startswith("2 files to include, ")
    switch_language("ja")
    assert page.total.text().startswith("含めるファイル 2 個、合計 ")
    page.table.selectRow(0)
    page.remove_button.click()
    assert page.feedback.text() == "1 個のファイルを削除しました。"
    assert page.total.text().startswith("含めるファイル 1 個、合計 ")
    switch_language("en")
    assert page.total.text().startswith("1 file to include, ")
    page.table.selectAll()
    page.remove_button.click()
    assert page.feedback.text() == "Removed 1 file."
    assert page.total.text().startswith("0 files to include, ")
