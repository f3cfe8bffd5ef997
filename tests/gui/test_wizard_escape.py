"""Escape asks before it closes the wizard (issue 14, item 12)."""

from PySide6.QtCore import Qt

from care_desktop.domain.wizard.steps import Step


def test_escape_asks_and_no_keeps_the_wizard_open(qtbot, make_wizard, saved_profile, context):
    wizard = make_wizard()
    wizard.draft.case.severity = 3
    wizard.resume(Step.DESCRIPTION)
    wizard.show()
    context.dialogs.answers = [False]
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert context.dialogs.calls[-1][:2] == ("question", "Close the case?")
    assert wizard.isVisible()


def test_escape_then_yes_closes_and_keeps_the_draft(qtbot, make_wizard, saved_profile, context):
    wizard = make_wizard()
    wizard.draft.case.severity = 3
    wizard.resume(Step.DESCRIPTION)
    wizard.show()
    context.dialogs.answers = [True]
    with qtbot.waitSignal(wizard.rejected):
        qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert context.store.load_draft(wizard.draft.id) is not None
