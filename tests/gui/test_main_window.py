import json
import sqlite3

from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.wizard import CaseWizard
from tests.gui.conftest import ORG_ID


def titles(window):
    return window.home.drafts.titles()


def test_empty_state_and_new_case_prefilled_from_the_profile(main_window, saved_profile, context):
    assert main_window.home.drafts.empty.isVisible()
    assert not main_window.home.drafts.table.isVisible()
    assert not main_window.home.drafts.open_button.isEnabled()
    wizard = main_window.new_case()
    assert isinstance(wizard, CaseWizard)
    assert wizard.isVisible()
    assert wizard.draft.case.org.id == ORG_ID
    assert wizard.draft.case.contact.email == "dana@acme.example"
    assert main_window.home.drafts.model.rowCount() == 1
    assert main_window.home.drafts.table.isVisible()
    wizard.reject()
    assert main_window.home.draft_actions.wizards == {}


def test_open_resumes_at_the_saved_step(main_window, saved_profile, context):
    wizard = main_window.new_case()
    wizard.draft.case.severity = 3
    wizard.draft.case.title = "Wallboard"
    wizard.resume(Step.CONVERSATIONS)
    wizard.reject()
    main_window.home.drafts.table.selectRow(0)
    assert titles(main_window) == ["Wallboard"]
    assert main_window.home.drafts.text(0, 2) == "Conversation IDs"
    reopened = main_window.home.draft_actions.open_selected()
    assert reopened is not None
    assert reopened.current_step() is Step.CONVERSATIONS
    assert main_window.home.draft_actions.open_selected() is reopened  # one window per draft
    reopened.reject()


def test_duplicate_then_delete_with_undo(main_window, saved_profile, context):
    wizard = main_window.new_case()
    wizard.draft.case.title = "Original"
    wizard.reject()
    main_window.home.drafts.table.selectRow(0)
    main_window.home.drafts.duplicate_button.click()
    shown = sorted(titles(main_window))
    assert [title.split(" \u00b7 created ")[0] for title in shown] == ["Original", "Original"]
    assert shown[0] != shown[1]  # the same title: each says when it was created
    main_window.home.drafts.table.selectRow(0)
    main_window.home.drafts.delete_button.click()
    assert main_window.home.drafts.model.rowCount() == 1
    assert main_window.home.draft_actions.undo_button.isVisible()
    main_window.home.draft_actions.undo_button.click()
    assert main_window.home.drafts.model.rowCount() == 2
    assert not main_window.home.draft_actions.undo_button.isVisible()


def test_deleting_an_open_draft_closes_its_wizard_first(main_window, saved_profile):
    wizard = main_window.new_case()
    main_window.home.drafts.table.selectRow(0)
    main_window.home.draft_actions.delete_selected()
    assert not wizard.isVisible()
    assert main_window.home.drafts.model.rowCount() == 0


def test_a_damaged_draft_is_kept_and_explained(main_window, saved_profile, context, dialogs):
    wizard = main_window.new_case()
    wizard.reject()
    with sqlite3.connect(context.paths.store) as db:
        db.execute("UPDATE drafts SET document = '{broken'")
    main_window.reload_drafts()
    assert titles(main_window)[0].endswith("(damaged)")
    main_window.home.drafts.table.selectRow(0)
    assert main_window.home.draft_actions.open_selected() is None
    assert dialogs.kinds() == ["warning"]
    assert "nothing is lost" in dialogs.calls[0][2]
    assert main_window.home.drafts.model.rowCount() == 1


def test_import_a_case_file(main_window, context, dialogs, tmp_path):
    case_file = tmp_path / "CASE.json"
    case_file.write_text(
        json.dumps(
            {
                "schema": "care-desktop/case@1",
                "org": {"short_name": "acme", "id": ORG_ID, "region": "mypurecloud.de"},
                "severity": 2,
                "title": "Imported",
                "description": "From a colleague",
            }
        ),
        encoding="utf-8",
    )
    dialogs.file = case_file
    wizard = main_window.home.draft_actions.import_case_file()
    assert wizard is not None
    assert wizard.draft.case.title == "Imported"
    assert wizard.draft.case.org.region == "mypurecloud.de"
    assert titles(main_window) == ["Imported"]
    wizard.reject()


def test_a_bad_case_file_changes_nothing(main_window, context, dialogs, tmp_path):
    bad = tmp_path / "CASE.json"
    bad.write_bytes(b"\xff\xfe not json")
    dialogs.file = bad
    assert main_window.home.draft_actions.import_case_file() is None
    assert dialogs.kinds() == ["file", "warning"]
    assert "not UTF-8" in dialogs.calls[1][2]
    assert context.store.list_drafts() == []


def test_a_case_file_with_problems_asks_first(main_window, context, dialogs, tmp_path):
    odd = tmp_path / "CASE.json"
    odd.write_text(json.dumps({"schema": "care-desktop/case@1", "severity": 9}), encoding="utf-8")
    dialogs.file = odd
    dialogs.answers = [False]
    assert main_window.home.draft_actions.import_case_file() is None
    assert "Severity must be 1, 2, 3 or 4, not 9." in dialogs.calls[-1][2]
    assert context.store.list_drafts() == []


def test_profile_panel_saves(main_window, context):
    main_window.home.profile_panel.form.short_name.setText("acme-au")
    main_window.home.profile_panel.form.region.setCurrentIndex(
        main_window.home.profile_panel.form.region.findData("mypurecloud.com.au")
    )
    main_window.home.profile_panel.form.email.setText("ops@acme.example")
    main_window.home.profile_panel.save_button.click()
    saved = context.store.org_profile()
    assert (saved.org.short_name, saved.org.region, saved.contact.email) == (
        "acme-au",
        "mypurecloud.com.au",
        "ops@acme.example",
    )


def test_geometry_is_remembered(qtbot, main_window, context):
    from care_desktop.ui.main_window import MainWindow

    height = main_window.minimumSizeHint().height() + 7
    assert height < 600  # the offscreen screen is 800x600; restoring clamps to it
    main_window.resize(780, height)
    main_window.close()
    assert context.store.setting("ui.main_window.geometry")
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.height() == height
