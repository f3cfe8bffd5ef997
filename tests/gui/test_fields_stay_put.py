"""Fields do not move under the pointer while the user types (issue 14, item 11)."""

from PySide6.QtWidgets import QApplication, QWidget

from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.critical_outage import CriticalOutageDialog
from care_desktop.ui.pages.description import DescriptionPage

LONG_IMPACT = (
    "No agent in Dublin, Cork or Galway can take or make calls since 09:10; the IVR answers and then drops "
    "every caller after the greeting, and supervisors cannot see the queues"
)


def where(widget: QWidget, top: QWidget) -> tuple[int, int]:
    QApplication.processEvents()
    point = widget.mapTo(top, widget.rect().topLeft())
    return point.x(), point.y()


def test_the_read_out_card_grows_below_the_fields(qtbot, context, saved_profile):
    dialog = CriticalOutageDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.panel
    fields = (panel.phone, panel.conversations, panel.impact, panel.case_number)
    before = [where(field, dialog) for field in fields]
    panel.impact.setText(LONG_IMPACT)
    panel.conversations.setText("4709b21d-bc22-418a-8c6d-4ededb31bd39, 0f6b3c1e-58a2-4d7b-9e3f-6c1a2b4d5e6f")
    panel.conversations.editingFinished.emit()
    assert LONG_IMPACT in panel.card.lines.text()
    assert [where(field, dialog) for field in fields] == before


def test_the_description_fields_stay_put_when_the_last_problem_is_solved(make_wizard, saved_profile):
    wizard = make_wizard()
    wizard.draft.case.severity = 2
    wizard.resume(Step.DESCRIPTION)
    wizard.resize(1000, 700)
    wizard.show()
    page = wizard.page_as(DescriptionPage)
    fields = (page.title_edit, page.description, page.affected, page.impact)
    before = [where(field, wizard) for field in fields]
    assert page.blockers.problems()  # "To continue" is shown
    page.title_edit.setText("Calls drop after 30 seconds")
    page.description.setPlainText("Inbound calls drop after 30 seconds.")
    assert page.blockers.problems() == []
    assert page.blockers.isVisible()  # its place is kept, empty
    assert [where(field, wizard) for field in fields] == before
    page.description.setPlainText("Inbound calls drop after 30 seconds.\n\nAlso, the queue report fails to load.")
    assert [where(field, wizard) for field in fields] == before  # the split suggestion has its place too
