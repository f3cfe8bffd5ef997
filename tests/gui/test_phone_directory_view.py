from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from care_desktop.domain.phones.directory import tel_uri
from care_desktop.services import resources
from care_desktop.services.phones.dialable import country_name
from care_desktop.services.phones.phonebook import BUNDLED_FILE
from care_desktop.ui.i18n import fill, switch_language
from care_desktop.ui.phones.directory_view import PhoneDirectoryView

TODAY = date(2026, 11, 26)
EMEA_NUMBER = "+44 (0) 127-645-7002"


@pytest.fixture
def make_view(qtbot, context):
    def build(today: date = TODAY) -> PhoneDirectoryView:
        view = PhoneDirectoryView(context.phonebook, lambda: today, dialogs=context.dialogs)
        qtbot.addWidget(view)
        view.resize(700, 600)
        view.show()
        return view

    return build


def bundled_numbers() -> list[str]:
    """The number column of the bundled TSV, read as plain text (no parser of the app)."""
    lines = [line for line in resources.read_text(BUNDLED_FILE).splitlines() if line and not line.startswith("#")]
    assert lines[0].split("\t")[:3] == ["region", "label", "number"]
    return [line.split("\t")[2] for line in lines[1:]]


def labels(view: PhoneDirectoryView) -> list[str]:
    return [entry.label for entry in view.shown_entries()]


def row_for(view: PhoneDirectoryView, number: str):
    return next(row for row in view.rows() if row.entry.number == number)


def test_the_tokyo_region_with_a_japanese_locale_puts_japan_only_first(make_view):
    view = make_view()
    view.set_preference("mypurecloud.jp", "ja_JP")
    assert view.primary_entry().label == "Japan only"
    assert view.shown_entries()[0].number == "+81-3-5989-1106"
    assert {entry.region for entry in view.shown_entries()} == {"Asia Pacific"}


def test_the_tokyo_region_alone_shows_the_asia_pacific_numbers(make_view):
    view = make_view()
    view.set_preference("mypurecloud.jp", None)
    assert (view.primary_entry().region, view.primary_entry().label) == ("Asia Pacific", "International")
    assert "Japan only" in labels(view)
    assert {entry.region for entry in view.shown_entries()} == {"Asia Pacific"}


def test_the_frankfurt_region_gets_the_emea_international_number(make_view):
    view = make_view()
    view.set_preference("mypurecloud.de", None)
    assert [(e.region, e.label, e.number) for e in view.shown_entries()] == [
        ("Europe, Middle East, Africa", "International", EMEA_NUMBER)
    ]
    assert view.primary_entry() == view.shown_entries()[0]


def test_a_brazilian_locale_without_an_org_region_puts_brazil_toll_free_first(make_view):
    view = make_view()
    view.set_preference(None, "pt_BR")
    assert labels(view)[:2] == ["Toll-free, Brazil only", "International"]
    assert view.primary_entry().number == "+08-00-8911-866"


def test_show_all_adds_the_other_regions_below_in_published_order(make_view, qtbot):
    view = make_view()
    view.set_preference("mypurecloud.de", None)
    assert len(view.shown_entries()) == 1
    qtbot.mouseClick(view.show_all, Qt.MouseButton.LeftButton)
    assert view.show_all.isChecked()
    shown = view.shown_entries()
    assert len(shown) == 22 == len(set(shown))
    assert shown[0].number == EMEA_NUMBER
    others = [entry.region for entry in shown[1:]]
    assert others[0] == "North America (USA & Canada)"
    assert others == sorted(others, key=others.index)  # grouped: each region in one run
    view.set_show_all(False)
    assert len(view.shown_entries()) == 1


def test_without_a_preference_every_region_is_shown_with_a_hint(make_view):
    view = make_view()
    assert view.primary_entry() is None
    assert [entry.number for entry in view.shown_entries()] == bundled_numbers()
    assert view.hint.isVisibleTo(view)
    assert not view.show_all.isEnabled()


def test_search_by_country_region_alias_and_label(make_view, qtbot):
    view = make_view()
    view.set_preference("mypurecloud.de", None)
    qtbot.keyClicks(view.search_box, "Japan")
    assert labels(view)[0] == "Japan only"
    view.search_box.setText("EMEA")
    assert [entry.number for entry in view.shown_entries()] == [EMEA_NUMBER]
    view.search_box.setText("brazil")
    assert labels(view)[0] == "Toll-free, Brazil only"
    view.search_box.setText("Atlantis")
    assert view.shown_entries() == []
    assert "Atlantis" in view.hint.text()
    assert view.hint.isVisibleTo(view)
    view.search_box.clear()
    assert labels(view) == ["International"]
    assert not view.hint.isVisibleTo(view)


def test_numbers_are_shown_exactly_as_in_the_bundled_tsv(make_view):
    view = make_view()
    view.set_show_all(True)
    assert [row.number.text() for row in view.rows()] == bundled_numbers()
    assert all(row.number.textFormat() == Qt.TextFormat.PlainText for row in view.rows())


def test_call_only_on_a_dialable_form_and_only_on_click(make_view, qtbot, context):
    context.dialogs.launches = True
    opened = context.dialogs.launched
    view = make_view()
    rows = view.rows()
    assert len(rows) == 22
    for row in rows:
        if row.entry.caution:
            assert (row.call_button is not None) == row.advice.derived  # only on a derived form
            assert row.caution.isVisibleTo(view)
            assert row.caution.text().startswith("\u26a0 ")
            assert "not valid" not in row.caution.text().lower()  # plain words, never only "not valid"
            assert f"Published note: {row.entry.caution}." in row.caution.text()
        else:
            assert (row.call_button is not None) == (tel_uri(row.entry) is not None)
    india = row_for(view, "+000-800-100-7136")
    assert india.call_button is None
    assert "cannot be dialled from abroad as printed" in india.caution.text()
    assert "If it does not connect, call +63-2-8864-3333 (International, Asia Pacific)." in india.caution.text()
    chile = row_for(view, "1-230-0201172")
    assert "from a phone there, dial it exactly as printed" in chile.caution.text()
    toll_free = row_for(view, "+1-888-369-5555")
    assert toll_free.call_button.accessibleName() == "Call +1-888-369-5555"
    assert opened == []
    qtbot.mouseClick(toll_free.call_button, Qt.MouseButton.LeftButton)
    assert opened == ["tel:+18883695555"]


def test_the_emea_line_keeps_its_printed_form_and_shows_the_derived_one_with_copy_and_call(make_view, qtbot, context):
    context.dialogs.launches = True
    opened = context.dialogs.launched
    view = make_view()
    view.set_preference("mypurecloud.ie", None)
    row = view.rows()[0]
    assert row.number.text() == EMEA_NUMBER  # verbatim, never rewritten
    assert row.derived.isVisibleTo(view)
    assert row.derived.text() == "Derived: dial +44 1276 457002 from abroad, 01276 457002 within United Kingdom."
    assert "Do not dial the (0) from abroad" in row.caution.text()
    assert "worked out by Care Desktop, not published" in row.caution.text()
    assert row.copy_button.text() == "Copy"  # as printed
    assert row.copy_derived_button.text() == "Copy derived"
    assert row.copy_derived_button.accessibleName() == "Copy +44 1276 457002 (derived)"
    with qtbot.waitSignal(view.number_copied) as blocker:
        qtbot.mouseClick(row.copy_derived_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["+44 1276 457002"]
    assert QGuiApplication.clipboard().text() == "+44 1276 457002"
    assert row.call_button.text() == "Call derived"
    assert row.call_button.accessibleName() == "Call +44 1276 457002"
    qtbot.mouseClick(row.call_button, Qt.MouseButton.LeftButton)
    assert opened == ["tel:+441276457002"]


def test_the_derived_line_names_the_country_in_the_ui_language(make_view, english_ui):
    view = make_view()
    view.set_preference(None, None)  # every region: every derived line
    derived = [row for row in view.rows() if row.advice.derived]
    assert derived
    assert all(country_name(row.advice.country, "en") in row.derived.text() for row in derived)
    switch_language("ja")  # the rows on screen are retranslated ...
    emea = row_for(view, EMEA_NUMBER)
    assert emea.derived.text() == "導出: 海外からは +44 1276 457002、イギリス国内からは 01276 457002 にかけてください。"
    fresh = make_view()  # ... and rows built after the switch are Japanese from the start
    fresh.set_preference(None, None)
    for row in [row for shown in (view, fresh) for row in shown.rows() if row.advice.derived]:
        english = country_name(row.advice.country, "en")
        assert english not in row.derived.text()
        assert country_name(row.advice.country, "ja") in row.derived.text()


def test_copy_puts_the_verbatim_number_on_the_clipboard(make_view, qtbot):
    view = make_view()
    view.set_preference("mypurecloud.de", None)
    row = view.rows()[0]
    assert row.copy_button.accessibleName() == f"Copy {EMEA_NUMBER}"
    with qtbot.waitSignal(view.number_copied) as blocker:
        qtbot.mouseClick(row.copy_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [EMEA_NUMBER]
    assert QGuiApplication.clipboard().text() == EMEA_NUMBER
    assert EMEA_NUMBER in view.status.text()


def test_rows_are_readable_by_a_screen_reader_and_reachable_by_tab(make_view, qtbot):
    view = make_view()
    view.set_preference("mypurecloud.com", None)
    first, second = view.rows()
    assert first.accessibleName() == "International, North America (USA & Canada): +1-506-674-6767"
    assert first.number.accessibleName() == "Number for International: +1-506-674-6767"
    assert second.accessibleDescription() == "Toll-free."
    assert view.search_box.accessibleName()
    assert view.show_all.accessibleName()
    assert view.search_caption.buddy() is view.search_box
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.search_box.setFocus()
    visited = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited == [
        view.show_all,
        first.number,
        first.copy_button,
        first.call_button,
        second.number,
        second.copy_button,
    ]


def test_the_bundled_directory_says_where_it_comes_from_and_warns_when_stale(make_view, context):
    view = make_view()
    text = view.provenance.text()
    assert "Numbers as of 2020-01-02, bundled with Care Desktop." in text
    assert "https://genesyspartner.force.com/customercare/CustomerCareContactUs" in text
    assert context.profile.links["phone_numbers"].url in view.official.text()
    assert view.stale.isVisibleTo(view)
    assert "Published on 2020-01-02 \u2014 verify before calling" in view.stale.text()
    assert not view.warnings.isVisibleTo(view)


def test_no_stale_warning_within_a_year(make_view):
    view = make_view(today=date(2020, 6, 1))
    assert not view.stale.isVisibleTo(view)


def test_an_unusable_import_is_reported_and_the_bundled_one_used(make_view, context):
    context.paths.user_config.mkdir(parents=True, exist_ok=True)
    context.phonebook.user_file.write_text("{not json", encoding="utf-8")
    view = make_view()
    assert view.directory.origin == "bundled"
    assert view.warnings.isVisibleTo(view)
    assert "Your imported phone directory" in view.warnings.text()
    assert "is not used" in view.warnings.text()


def test_reload_reads_the_directory_again(make_view, context):
    view = make_view()
    view.set_preference("mypurecloud.jp", "ja_JP")
    site = context.paths.site_config
    site.mkdir(parents=True, exist_ok=True)
    (site / "phones.csv").write_text(
        "region,label,number,toll_free,caution,as_of\nAsia Pacific,Japan only,+81 3 1234 5678,no,,2026-09-01\n",
        encoding="utf-8",
    )
    assert view.primary_entry().number == "+81-3-5989-1106"
    view.reload()
    assert view.primary_entry().number == "+81 3 1234 5678"
    assert "deployed by your administrator" in view.provenance.text()
    assert not view.stale.isVisibleTo(view)


def test_a_language_change_keeps_the_texts_and_the_rows(make_view):
    view = make_view()
    view.set_preference("mypurecloud.de", None)
    before = (view.provenance.text(), view.show_all.text(), view.shown_entries())
    QCoreApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert (view.provenance.text(), view.show_all.text(), view.shown_entries()) == before


def test_fill_inserts_values_as_they_are():
    assert fill("%1, %2: %3", "50%2 off", "EMEA", "+44 (0) 1") == "50%2 off, EMEA: +44 (0) 1"
    assert fill("%1 and %4", "a") == "a and %4"
