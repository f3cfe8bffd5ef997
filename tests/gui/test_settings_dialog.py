from care_desktop.services.preferences import Preferences, load_preferences, save_preferences
from care_desktop.ui.settings_dialog import SettingsDialog


def test_shows_and_saves_the_preferences(qtbot, context):
    save_preferences(context.store, Preferences(time_zone="Europe/Dublin", holiday_calendar="IE", language="ja"))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.zone.currentText() == "Europe/Dublin"
    assert dialog.holidays.currentData() == "IE"
    assert not dialog.enhanced.isChecked()
    dialog.zone.setCurrentText("Asia/Tokyo")
    dialog.holidays.setCurrentIndex(dialog.holidays.findData("JP"))
    dialog.enhanced.setChecked(True)
    dialog.country.setText("Japan")
    dialog.accept()
    assert load_preferences(context.store) == Preferences(
        time_zone="Asia/Tokyo", holiday_calendar="JP", enhanced_support=True, phone_country="Japan", language="ja"
    )


def test_an_unknown_zone_falls_back_to_the_computers(qtbot, context):
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.zone.currentIndex() == 0
    assert context.system_zone in dialog.zone.itemText(0)
    dialog.zone.setCurrentText("Mars/Olympus_Mons")
    assert dialog.preferences().time_zone == ""
    assert dialog.holidays.currentIndex() == 0
    assert dialog.preferences().holiday_calendar == ""


def test_the_support_plan_is_chosen_saved_and_explained(qtbot, context):
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert [dialog.plan.itemData(i) for i in range(dialog.plan.count())] == ["standard", "us-only", "eea-only"]
    assert dialog.plan.currentData() == "standard"
    assert "in the time zone above" in dialog.plan_note.text()
    dialog.plan.setCurrentIndex(dialog.plan.findData("eea-only"))
    assert dialog.plan.currentText() == "EEA-only (hours in CET)"
    assert "9:00 to 18:00 CET" in dialog.plan_note.text()
    assert "Counted in Europe/Brussels" in dialog.plan_note.text()
    assert "2026-12-06" in dialog.plan_note.text()
    assert dialog.plan_note.toolTip() == "https://help.mypurecloud.com/articles/genesys-cloud-eea-only-support/"
    dialog.accept()
    assert load_preferences(context.store).support_plan == "eea-only"
    again = SettingsDialog(context)
    qtbot.addWidget(again)
    assert again.plan.currentData() == "eea-only"


def test_an_unknown_saved_plan_shows_standard(qtbot, context):
    save_preferences(context.store, Preferences(support_plan="gold"))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.plan.currentData() == "standard"
