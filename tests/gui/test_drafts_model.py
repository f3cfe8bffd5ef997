"""The drafts list is a Qt model, checked by Qt's model tester and updated in place (an autosave moves one row)."""

from __future__ import annotations

from care_desktop.domain.case.draft import Draft
from care_desktop.domain.case.model import Case
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.store import DraftSummary
from care_desktop.ui.drafts_model import ID_ROLE, SEVERITY, STEP, TITLE, DraftsModel


def summary(draft_id: str, title: str = "", severity: int | None = None, damaged: bool = False) -> DraftSummary:
    return DraftSummary(draft_id, title, severity, Step.DESCRIPTION, "", "2026-11-26T10:00:00+00:00", damaged)


class Resets:
    def __init__(self, model: DraftsModel) -> None:
        self.count = 0
        model.modelReset.connect(self.add)

    def add(self) -> None:
        self.count += 1


def test_the_model_passes_qts_model_tester(qtmodeltester):
    model = DraftsModel()
    model.set_drafts([summary("a", "Calls drop", 2), summary("b", "", None, damaged=True)])
    qtmodeltester.check(model, force_py=False)
    assert model.index(0, TITLE).data() == "Calls drop"
    assert model.index(0, SEVERITY).data() == "High (Severity 2)"
    assert model.index(0, STEP).data() == "Description"
    assert model.index(1, TITLE).data() == "(untitled) (damaged)"
    assert model.index(1, TITLE).data(ID_ROLE) == "b"


def test_a_save_moves_one_row_to_the_top_without_a_reset(qtmodeltester):
    model = DraftsModel()
    qtmodeltester.check(model, force_py=False)  # the tester keeps watching every change below
    resets = Resets(model)
    model.set_drafts([summary(name, name.upper()) for name in "abcd"])
    model.update_draft(summary("c", "C, edited"))
    assert [model.index(row, TITLE).data() for row in range(4)] == ["C, edited", "A", "B", "D"]
    model.update_draft(summary("e", "E"))  # a new draft (a split) arrives at the top
    model.set_drafts([summary("e", "E"), summary("c", "C, edited"), summary("b", "B")])  # a and d deleted
    assert [model.index(row, TITLE).data() for row in range(model.rowCount())] == ["E", "C, edited", "B"]
    model.set_drafts([summary("b", "B"), summary("e", "E")])
    assert [model.index(row, TITLE).data() for row in range(model.rowCount())] == ["B", "E"]
    assert resets.count == 0


def test_an_autosave_updates_the_drafts_panel_in_place(qtbot, main_window, context, make_wizard):
    home = main_window.home
    for number in range(3):
        context.store.save_draft(Draft(id=f"other{number}", case=Case(title=f"Other {number}")))
    wizard = home.draft_actions.new_case()
    home.drafts.table.selectRow(home.drafts.model.row_of("other1") or 0)
    resets = Resets(home.drafts.model)
    draft = wizard.draft
    draft.case.title = "Typed while the list is open"
    with qtbot.waitSignal(wizard.draft_saved):
        wizard.autosave.save_now()
    assert home.drafts.titles()[0] == "Typed while the list is open"
    assert home.drafts.selected_id() == "other1"  # the selection follows its draft
    assert resets.count == 0
