"""Every window and dialog fits the available screen; structured data is a tree, not raw JSON (item 10)."""

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialog, QVBoxLayout, QWidget

from care_desktop.domain.wizard.steps import Step
from care_desktop.ui.pages.finish import FinishPage
from care_desktop.ui.screenshots import ScreenshotDialog
from care_desktop.ui.windows.screen_fit import MARGIN, fit_to_screen, install_screen_fitter
from care_desktop.ui.windows.structured_view import StructuredView

SMALL = QRect(0, 0, 1280, 1000)


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


def inside(window: QWidget, area: QRect) -> bool:
    return area.contains(window.frameGeometry())


def test_a_window_larger_than_the_screen_is_shrunk_and_moved_inside(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1400, 1200)
    window.move(300, 200)
    fit_to_screen(window, SMALL)
    assert window.height() <= SMALL.height() * MARGIN
    assert window.width() <= SMALL.width() * MARGIN
    assert inside(window, SMALL)


def test_a_small_window_is_left_alone(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    window.move(50, 60)
    fit_to_screen(window, SMALL)
    assert (window.width(), window.height(), window.x(), window.y()) == (400, 300, 50, 60)


def test_every_shown_dialog_is_fitted(qtbot):
    fitter = install_screen_fitter(app(), lambda _window: SMALL)
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        QVBoxLayout(dialog)
        dialog.resize(900, 1200)
        dialog.move(100, 500)
        dialog.show()
        assert dialog.height() <= SMALL.height() * MARGIN
        assert inside(dialog, SMALL)
    finally:
        fitter.area = lambda _window: None  # the offscreen screen of the other tests is not fitted


def test_the_screenshot_editor_keeps_its_buttons_on_a_1000_px_screen(qtbot, context, tmp_path: Path):
    fitter = install_screen_fitter(app(), lambda _window: SMALL)
    try:
        image = QImage(1920, 1200, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        dialog = ScreenshotDialog(context.dialogs, tmp_path, "a.png", image=image)
        qtbot.addWidget(dialog)
        dialog.move(200, 400)  # opened low, over a window near the bottom of the screen
        dialog.show()
        assert inside(dialog, SMALL)
        assert dialog.save_button.isVisible()
        bottom = dialog.save_button.mapTo(dialog, dialog.save_button.rect().bottomLeft()).y()
        assert dialog.geometry().top() + bottom <= SMALL.bottom()
    finally:
        fitter.area = lambda _window: None


def test_system_facts_are_shown_as_a_tree(make_wizard, saved_profile, context):
    wizard = make_wizard()
    wizard.draft.case.severity = 3
    wizard.resume(Step.FINISH)
    page = wizard.page_as(FinishPage)
    page.preview_system_facts()
    [(kind, title, _data)] = context.dialogs.calls
    assert (kind, title) == ("structured", "Facts about this computer")


def test_structured_view_is_a_readable_tree_and_copies_the_json(qtbot):
    data = {"os": {"name": "Linux", "release": "6.1"}, "displays": [{"width": 1920}], "ok": True, "none": None}
    view = StructuredView("Facts", data, "Exactly this is attached.")
    qtbot.addWidget(view)
    top = [view.tree.topLevelItem(i).text(0) for i in range(view.tree.topLevelItemCount())]
    assert top == ["os", "displays", "ok", "none"]
    os_item = view.tree.topLevelItem(0)
    assert (os_item.child(0).text(0), os_item.child(0).text(1)) == ("name", "Linux")
    assert os_item.isExpanded()
    assert view.tree.topLevelItem(2).text(1) == "\u2714"
    assert view.tree.topLevelItem(3).text(1) == "\u2014"
    view.copy()
    assert QGuiApplication.clipboard().text().startswith('{\n  "os": {')


def test_a_message_box_with_a_long_text_is_fitted(qtbot):
    from PySide6.QtWidgets import QMessageBox

    fitter = install_screen_fitter(app(), lambda _window: SMALL)
    try:
        box = QMessageBox(QMessageBox.Icon.Information, "Facts", "\n".join(f"line {n}" for n in range(120)))
        qtbot.addWidget(box)
        box.move(100, 300)
        box.show()
        qtbot.waitUntil(lambda: inside(box, SMALL))
        assert box.height() <= SMALL.height() * MARGIN
    finally:
        fitter.area = lambda _window: None
