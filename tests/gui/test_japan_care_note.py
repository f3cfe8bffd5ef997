"""The Japan-specific Customer Care guide: shown for organizations in Japan and in the Japanese UI only."""

from __future__ import annotations

import pytest

from care_desktop.domain.case.draft import ContactRole
from care_desktop.domain.severity import Answers
from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.i18n import switch_language
from care_desktop.ui.pages.before_start import BeforeStartPage
from care_desktop.ui.pages.severity_one import SeverityOnePage

JAPAN_GUIDE = "https://jp-help.mypurecloud.com/articles/contact-genesys-cloud-care/"


pytestmark = pytest.mark.usefixtures("english_ui")


def set_region(context, region: str) -> None:
    profile = context.store.org_profile()
    profile.org.short_name, profile.org.region = "acme", region
    context.store.save_org_profile(profile)


def first_page(make_wizard) -> BeforeStartPage:
    page = make_wizard().currentPage()
    assert isinstance(page, BeforeStartPage)
    return page


@pytest.mark.parametrize("region", ["mypurecloud.jp", "apne3.pure.cloud"])
def test_an_organization_in_japan_sees_the_japan_guide_before_it_starts(context, make_wizard, region):
    set_region(context, region)
    note = first_page(make_wizard).japan
    assert note.isVisible()
    assert f'href="{JAPAN_GUIDE}"' in note.text()
    assert note.text().startswith("For organizations in Japan, Customer Care publishes its own guide")


@pytest.mark.parametrize("region", ["mypurecloud.ie", "aps1.pure.cloud", "mypurecloud.com"])
def test_an_organization_elsewhere_does_not(context, make_wizard, region):
    set_region(context, region)
    assert not first_page(make_wizard).japan.isVisible()


def test_the_japanese_ui_shows_it_whatever_the_region_and_english_hides_it_again(context, make_wizard):
    set_region(context, "mypurecloud.ie")
    note = first_page(make_wizard).japan
    switch_language("ja")
    assert note.isVisible()
    assert JAPAN_GUIDE in note.text()
    assert "日本" in note.text()
    switch_language("en")
    assert not note.isVisible()


def test_the_severity_1_step_and_the_critical_outage_window_show_it_for_tokyo(qtbot, context, make_wizard, main_window):
    set_region(context, "mypurecloud.jp")
    wizard = make_wizard()
    wizard.draft.contact_role = ContactRole.DESIGNATED
    wizard.draft.answers = Answers(critical_works=False, workaround=False)
    wizard.draft.case.severity = 1
    wizard.resume(Step.SEVERITY_ONE)
    page = wizard.step_page(Step.SEVERITY_ONE)
    assert isinstance(page, SeverityOnePage)
    assert wizard.current_step() is Step.SEVERITY_ONE, wizard.current_step()
    assert page.panel.japan.region == "mypurecloud.jp", page.panel.japan.region
    assert page.panel.japan.isVisible()
    dialog = main_window.open_critical_outage()
    qtbot.addWidget(dialog)
    assert dialog.panel.japan.isVisible()
    assert JAPAN_GUIDE in dialog.panel.japan.text()
