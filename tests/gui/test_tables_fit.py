"""Tables fit their place and tell look-alike drafts apart (issue 14, item 15)."""

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from care_desktop.domain.case.draft import Draft, duplicate_draft, split_draft
from care_desktop.domain.case.model import Attachment, AttachmentKind, Case
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.attachments import AttachmentsPage
from care_desktop.ui.pages.severity_one import SeverityOnePage

LONG_TITLE = "Inbound calls routed to the Sales queue in Dublin disconnect after about thirty seconds of conversation"


def test_the_attachments_table_does_not_scroll_sideways(make_wizard, saved_profile, tmp_path):
    long_name = tmp_path / ("console-log-exported-from-chrome-devtools-on-the-agent-workstation-" * 2 + ".log")
    long_name.write_text("line\n", encoding="utf-8")
    wizard = make_wizard()
    case = wizard.draft.case
    case.severity, case.title, case.description = 3, "Proxy drops", "Connections through the proxy drop."
    case.attachments = [Attachment(str(long_name), AttachmentKind.CONSOLE_LOG, "a note")]
    wizard.resume(Step.ATTACHMENTS)
    wizard.resize(1000, 700)
    wizard.show()
    assert wizard.current_step() is Step.ATTACHMENTS
    page = wizard.page_as(AttachmentsPage)
    QApplication.processEvents()
    assert page.table.horizontalScrollBar().maximum() == 0
    assert page.table.model().index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == str(
        long_name
    )  # the whole path, on hover


def test_the_severity_1_page_has_one_scroll_bar_and_whole_rows(make_wizard, saved_profile):
    wizard = make_wizard()
    wizard.draft.case.severity = 1
    wizard.resume(Step.SEVERITY_ONE)
    wizard.resize(1000, 700)
    wizard.show()
    assert wizard.current_step() is Step.SEVERITY_ONE
    page = wizard.page_as(SeverityOnePage)
    QApplication.processEvents()
    area = page.panel.directory.list_area
    assert area.verticalScrollBar().maximum() == 0  # no inner scrolling: the page scrolls as a whole
    rows = page.panel.directory.rows()
    assert rows
    last = rows[-1]
    bottom = last.mapTo(area.widget(), last.rect().bottomLeft()).y()
    assert bottom <= area.viewport().height()  # the last row, caution included, is not cut


def test_split_and_copied_drafts_are_told_apart(main_window, context):
    original = Draft(id="a" * 32, case=Case(title=LONG_TITLE, severity=3, description="One."))
    context.store.save_draft(original)
    context.store.save_draft(duplicate_draft(original, "b" * 32, "2026-12-07T09:31:05+00:00"))
    several = Draft(id="c" * 32, case=Case(title=LONG_TITLE, severity=3, description="One. Two."))
    for part in split_draft(several, ["One.", "Two."], ["d" * 32], "2026-12-07T09:32:00+00:00"):
        context.store.save_draft(part)
    main_window.reload_drafts()
    panel = main_window.home.drafts
    shown = panel.titles()
    assert len(set(shown)) == len(shown) == 4
    copies = [title for title in shown if title.startswith(LONG_TITLE + " \u00b7 created ")]
    assert len(copies) == 2  # the same title twice: each says when it was created
    assert sorted(title[-5:] for title in shown if title not in copies) == ["(1/2)", "(2/2)"]
    assert panel.table.textElideMode().name == "ElideMiddle"  # a cut title keeps its "(2/2)"
    tip = panel.table.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.splitlines()[0].startswith(LONG_TITLE)
    assert re.search(r"Created \d{4}-\d\d-\d\d \d\d:\d\d:\d\d", tip)
