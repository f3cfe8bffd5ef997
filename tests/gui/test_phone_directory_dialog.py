import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from care_desktop.services.phones.phonebook import bundled_directory
from care_desktop.ui.phones.directory_dialog import PhoneDirectoryDialog, import_summary

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
SOURCE = "https://help.mypurecloud.com/articles/contact-genesys-cloud-care/"
JAPAN_OLD, JAPAN_NEW = "+81-3-5989-1106", "+81-3-0000-1111"
SINGAPORE = "+65 3158 4690"


def newer_directory(tmp_path: Path, name: str = "newer.json", **overrides: object) -> Path:
    """The bundled entries with Japan's number changed, Korea toll-free, Singapore added and Peru removed."""
    entries = []
    for entry in bundled_directory().entries:
        item = {k: v for k, v in entry.to_json().items() if k not in {"source", "as_of"}}
        if entry.label == "Toll-free, Peru only":
            continue
        if entry.label == "Japan only":
            item["number"] = JAPAN_NEW
        if entry.label == "Korea only":
            item["toll_free"] = "yes"
        entries.append(item)
    entries.append(
        {"region": "Asia Pacific", "label": "Singapore only", "number": SINGAPORE, "toll_free": "no", "caution": ""}
    )
    document = {"as_of": "2026-10-01", "source": SOURCE, "entries": entries, **overrides}
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def make_dialog(qtbot, context):
    context.clock = lambda: NOW

    def build(region: str | None = "mypurecloud.jp", country: str | None = "ja_JP") -> PhoneDirectoryDialog:
        dialog = PhoneDirectoryDialog(context, region, country)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return build


def test_opens_with_every_region_and_the_callers_numbers_first(make_dialog):
    dialog = make_dialog()
    assert dialog.view.show_all.isChecked()
    shown = dialog.view.shown_entries()
    assert len(shown) == 22
    assert (shown[0].label, shown[0].number) == ("Japan only", JAPAN_OLD)
    assert not dialog.bundled_button.isEnabled()
    assert dialog.import_button.text() == "&Import directory\u2026"
    assert dialog.import_button.accessibleName()
    assert dialog.bundled_button.accessibleName()


def test_the_import_summary_lists_added_changed_and_removed_numbers_verbatim(context, tmp_path):
    preview = context.phonebook.preview_import(newer_directory(tmp_path))
    text = import_summary(preview, date(2026, 11, 26))
    assert text.splitlines()[:6] == [
        f"File: {tmp_path / 'newer.json'}",
        f"Source: {SOURCE}",
        "As of: 2026-10-01",
        "",
        "Compared with the bundled directory (as of 2020-01-02):",
        "Added (1):",
    ]
    assert text.splitlines()[6:] == [
        f"  + Asia Pacific \u2014 Singapore only: {SINGAPORE}",
        "Changed (2):",
        f"  ~ Asia Pacific \u2014 Japan only: {JAPAN_OLD} \u2192 {JAPAN_NEW}",
        "  ~ Asia Pacific \u2014 Korea only: +82-80-822-1466",
        "      toll-free: not stated \u2192 yes",
        "Removed (1):",
        "  \u2212 Latin America \u2014 Toll-free, Peru only: 080077301",
        "Unchanged: 19.",
    ]


def test_the_import_summary_warns_about_old_data_notes_and_an_administrators_directory(context, tmp_path):
    site = context.paths.site_config
    site.mkdir(parents=True, exist_ok=True)
    (site / "phones.json").write_text(newer_directory(tmp_path, "site.json").read_text("utf-8"), encoding="utf-8")
    path = newer_directory(tmp_path, as_of="2024-05-01", comment="extra")
    preview = context.phonebook.preview_import(path)
    assert preview.ok
    assert preview.shadowed_by_site
    text = import_summary(preview, date(2026, 11, 26))
    assert "\u26a0 These numbers are more than a year old: verify them before calling." in text
    assert "takes precedence" in text
    assert "administrator" in text


def test_the_import_summary_of_the_same_numbers_says_so(context, tmp_path):
    entries = [entry.to_json() for entry in bundled_directory().entries]
    path = tmp_path / "same.json"
    path.write_text(json.dumps({"as_of": "2026-10-01", "source": SOURCE, "entries": entries}), encoding="utf-8")
    text = import_summary(context.phonebook.preview_import(path), date(2026, 11, 26))
    assert text.splitlines()[-2:] == ["No number is added, changed or removed.", "Unchanged: 22."]


def test_importing_a_good_directory_shows_the_diff_then_uses_it(make_dialog, dialogs, context, tmp_path):
    dialog = make_dialog()
    dialogs.file = newer_directory(tmp_path)
    dialogs.answers = [True]
    dialog.import_button.click()
    assert dialogs.kinds() == ["file", "question"]
    question = dialogs.calls[1][2]
    assert f"{JAPAN_OLD} \u2192 {JAPAN_NEW}" in question
    assert f"Singapore only: {SINGAPORE}" in question
    assert "Peru only: 080077301" in question
    assert "As of: 2026-10-01" in question
    assert SOURCE in question
    assert context.phonebook.user_file.exists()
    view = dialog.view
    assert view.directory.origin == "user"
    assert (view.shown_entries()[0].label, view.shown_entries()[0].number) == ("Japan only", JAPAN_NEW)
    assert view.rows()[0].number.text() == JAPAN_NEW
    assert "imported by you" in view.provenance.text()
    assert "Numbers as of 2026-10-01" in view.provenance.text()
    assert not view.stale.isVisibleTo(dialog)
    assert dialog.bundled_button.isEnabled()


def test_a_bad_file_changes_nothing_and_says_why(make_dialog, dialogs, context, tmp_path):
    dialog = make_dialog()
    path = tmp_path / "bad.json"
    entry = {"region": "Asia Pacific", "label": "Japan only", "number": "+81-3-CALL-NOW"}
    entry |= {"toll_free": "no", "caution": ""}
    path.write_text(json.dumps({"as_of": "2026-10-01", "source": SOURCE, "entries": [entry]}), encoding="utf-8")
    dialogs.file = path
    assert dialog.import_directory() is False
    assert dialogs.kinds() == ["file", "warning"]
    warning = dialogs.calls[1][2]
    assert "nothing was changed" in warning
    assert "entries[0].number" in warning
    assert "+81-3-CALL-NOW" in warning
    assert not context.phonebook.user_file.exists()
    assert dialog.view.directory.origin == "bundled"
    assert dialog.view.shown_entries()[0].number == JAPAN_OLD


def test_declining_the_import_changes_nothing(make_dialog, dialogs, context, tmp_path):
    dialog = make_dialog()
    dialogs.file = newer_directory(tmp_path)
    dialogs.answers = [False]
    assert dialog.import_directory() is False
    assert dialogs.kinds() == ["file", "question"]
    assert not context.phonebook.user_file.exists()
    assert dialog.view.shown_entries()[0].number == JAPAN_OLD


def test_cancelling_the_file_choice_asks_nothing_more(make_dialog, dialogs):
    dialog = make_dialog()
    dialogs.file = None
    assert dialog.import_directory() is False
    assert dialogs.kinds() == ["file"]


def test_using_the_bundled_directory_removes_the_import_after_asking(make_dialog, dialogs, context, tmp_path):
    dialog = make_dialog()
    dialogs.file = newer_directory(tmp_path)
    assert dialog.import_directory()
    dialogs.answers = [False]
    assert dialog.use_bundled() is False
    assert context.phonebook.user_file.exists()
    dialogs.answers = [True]
    dialog.bundled_button.click()
    assert dialogs.kinds() == ["file", "question", "question", "question"]
    assert str(context.phonebook.user_file) in dialogs.calls[-1][2]
    assert not context.phonebook.user_file.exists()
    assert dialog.view.directory.origin == "bundled"
    assert "bundled with Care Desktop" in dialog.view.provenance.text()
    assert dialog.view.shown_entries()[0].number == JAPAN_OLD
    assert not dialog.bundled_button.isEnabled()


def test_an_administrators_directory_takes_precedence_over_an_import(make_dialog, dialogs, context, tmp_path):
    site = context.paths.site_config
    site.mkdir(parents=True, exist_ok=True)
    entries = [{"region": "Asia Pacific", "label": "Japan only", "number": "+81 3 4444 5555"}]
    entries[0] |= {"toll_free": "no", "caution": ""}
    document = {"as_of": "2026-11-01", "source": "https://intranet.example/care", "entries": entries}
    (site / "phones.json").write_text(json.dumps(document), encoding="utf-8")
    dialog = make_dialog()
    view = dialog.view
    assert view.directory.origin == "site"
    assert "deployed by your administrator" in view.provenance.text()
    assert str(site / "phones.json") in view.provenance.text()
    assert [entry.number for entry in view.shown_entries()] == ["+81 3 4444 5555"]
    dialogs.file = newer_directory(tmp_path)
    dialog.import_button.click()
    assert "takes precedence" in dialogs.calls[1][2]
    assert context.phonebook.user_file.exists()
    assert view.directory.origin == "site"
    assert view.shown_entries()[0].number == "+81 3 4444 5555"
    dialogs.answers = [True]
    assert dialog.use_bundled()
    assert "stays in use" in dialogs.calls[-1][2]


def test_tab_leaves_the_last_number_for_the_dialog_buttons(make_dialog, qtbot):
    dialog = make_dialog("mypurecloud.de", None)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    last = dialog.view.rows()[-1].focus_chain()[-1]
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in dialog.buttons.buttons()


def test_tabbing_through_the_numbers_scrolls_them_into_view(make_dialog, qtbot):
    dialog = make_dialog()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    rows = dialog.view.rows()
    scrollbar = dialog.view.list_area.verticalScrollBar()
    assert scrollbar.value() == 0
    before_last = rows[-2].focus_chain()[-1]
    before_last.setFocus()
    qtbot.keyClick(before_last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is rows[-1].number
    assert scrollbar.value() > 0


def test_enter_in_the_search_box_neither_closes_nor_copies(make_dialog, qtbot):
    dialog = make_dialog()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.view.search_box
    QGuiApplication.clipboard().setText("unchanged")
    qtbot.keyClicks(dialog.view.search_box, "Japan")
    qtbot.keyClick(dialog.view.search_box, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert QGuiApplication.clipboard().text() == "unchanged"
    assert dialog.view.shown_entries()[0].label == "Japan only"


def test_a_language_change_reaches_the_dialog_and_its_rows(make_dialog):
    dialog = make_dialog()
    before = (dialog.windowTitle(), dialog.bundled_button.text(), dialog.view.shown_entries())
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert (dialog.windowTitle(), dialog.bundled_button.text(), dialog.view.shown_entries()) == before
    assert dialog.view.rows()[0].copy_button.accessibleName() == f"Copy {JAPAN_OLD}"
