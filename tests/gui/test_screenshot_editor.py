"""The screenshot editor: drawing marks, HiDPI, keyboard, undo, redaction burned into the saved PNG."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDialog

from care_desktop.ui.screenshots import ScreenshotDialog
from care_desktop.ui.screenshots.annotations import Annotation, AnnotationList, Kind, Style, flatten
from care_desktop.ui.screenshots.canvas import Tool
from care_desktop.ui.screenshots.saving import clean_name, free_path
from tests.gui.test_accessibility import unnamed
from tests.helpers.dialogs import ScriptedDialogs

BACKGROUND = (200, 30, 120)
SECRET = (0, 200, 0)


def sample(ratio: float = 1.0) -> QImage:
    """400x300 logical pixels of BACKGROUND with a SECRET block at (100, 80, 60x40) logical pixels."""
    image = QImage(round(400 * ratio), round(300 * ratio), QImage.Format.Format_RGB32)
    image.fill(QColor(*BACKGROUND))
    painter = QPainter(image)
    painter.fillRect(round(100 * ratio), round(80 * ratio), round(60 * ratio), round(40 * ratio), QColor(*SECRET))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


def rgb(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    color = image.pixelColor(x, y)
    return color.red(), color.green(), color.blue()


@pytest.fixture
def scripted() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def make_dialog(qtbot, tmp_path, scripted):
    def build(image: QImage | None = None, name: str = "error.png") -> ScreenshotDialog:
        dialog = ScreenshotDialog(scripted, tmp_path / "case", name, image=image if image is not None else sample())
        qtbot.addWidget(dialog)
        dialog.resize(900, 700)
        with qtbot.waitExposed(dialog):
            dialog.show()
        dialog.activateWindow()  # shortcuts need an active window, as a window manager gives a new one
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return build


def at(dialog: ScreenshotDialog, x: float, y: float) -> QPoint:
    """The canvas position of logical image position (x, y)."""
    canvas = dialog.editor.canvas
    corner = canvas.image_area().topLeft()
    return (corner + QPointF(x, y) * canvas.scale() * canvas.ratio).toPoint()


def drag(qtbot, dialog: ScreenshotDialog, start: tuple[float, float], end: tuple[float, float]) -> None:
    canvas = dialog.editor.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=at(dialog, *start))
    qtbot.mouseMove(canvas, at(dialog, (start[0] + end[0]) / 2, (start[1] + end[1]) / 2))
    qtbot.mouseMove(canvas, at(dialog, *end))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=at(dialog, *end))


def save_and_load(qtbot, dialog: ScreenshotDialog) -> tuple[Path, QImage]:
    with qtbot.waitSignal(dialog.saved, timeout=5000) as blocker:
        qtbot.keyClick(dialog.editor.canvas, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    path = blocker.args[0]
    return path, QImage(str(path))


def test_mouse_draws_an_arrow_a_box_and_a_redact_box_in_image_pixels(qtbot, make_dialog):
    dialog = make_dialog()
    editor = dialog.editor
    assert editor.canvas.scale() == 1.0  # 400x300 fits: shown at its natural size
    editor.set_tool(Tool.ARROW)
    drag(qtbot, dialog, (300, 250), (200, 150))
    editor.set_tool(Tool.BOX)
    drag(qtbot, dialog, (20, 20), (80, 60))
    editor.set_tool(Tool.REDACT)
    drag(qtbot, dialog, (160, 120), (100, 80))  # dragged up and left
    assert editor.marks() == (
        Annotation(Kind.ARROW, (300, 250), (200, 150)),
        Annotation(Kind.BOX, (20, 20), (80, 60)),
        Annotation(Kind.REDACT, (160, 120), (100, 80)),
    )
    assert editor.canvas.selected == 2  # the new mark is selected


def test_hidpi_marks_are_stored_in_image_pixels(qtbot, make_dialog):
    dialog = make_dialog(sample(ratio=2.0))
    canvas = dialog.editor.canvas
    assert (canvas.image.width(), canvas.image.height()) == (800, 600)
    assert canvas.scale() == 0.5  # 800x600 pixels shown at their natural 400x300 logical size
    dialog.editor.set_tool(Tool.REDACT)
    drag(qtbot, dialog, (100, 80), (160, 120))
    assert dialog.editor.marks() == (Annotation(Kind.REDACT, (200, 160), (320, 240)),)
    assert canvas.mark_style == Style(pen=8, font_px=40)  # twice the sizes of a ratio-1 screen


def test_redaction_is_burned_into_the_saved_png(qtbot, make_dialog, tmp_path):
    dialog = make_dialog()
    dialog.editor.set_tool(Tool.REDACT)
    drag(qtbot, dialog, (100, 80), (160, 120))
    path, saved = save_and_load(qtbot, dialog)
    assert path == tmp_path / "case" / "error.png"
    assert (saved.width(), saved.height()) == (400, 300)
    for x in range(100, 160):
        for y in range(80, 120):
            assert rgb(saved, x, y) == (0, 0, 0), (x, y)
    outside = [(0, 0), (99, 80), (160, 80), (100, 79), (100, 120), (399, 299), (250, 200)]
    assert [rgb(saved, x, y) for x, y in outside] == [BACKGROUND] * len(outside)
    colours = {saved.pixel(x, y) for x in range(saved.width()) for y in range(saved.height())}
    assert QColor(*SECRET).rgb() not in colours  # nothing of what was covered is left anywhere
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value.path == path


def test_hidpi_redaction_covers_every_device_pixel(qtbot, make_dialog):
    dialog = make_dialog(sample(ratio=2.0))
    dialog.editor.set_tool(Tool.REDACT)
    drag(qtbot, dialog, (100, 80), (160, 120))
    _path, saved = save_and_load(qtbot, dialog)
    assert (saved.width(), saved.height()) == (800, 600)
    assert {rgb(saved, x, y) for x in range(200, 320) for y in range(160, 240)} == {(0, 0, 0)}
    assert rgb(saved, 199, 160) == BACKGROUND
    assert rgb(saved, 320, 239) == BACKGROUND


def test_marks_do_not_cover_a_redaction(qtbot):
    marks = (
        Annotation(Kind.REDACT, (10, 10), (50, 50)),
        Annotation(Kind.BOX, (0, 0), (60, 60)),
        Annotation(Kind.TEXT, (20, 20), (20, 20), "over it"),
        Annotation(Kind.ARROW, (0, 30), (60, 30)),
    )
    flat = flatten(sample(), marks, Style())
    assert {rgb(flat, x, y) for x in range(10, 50) for y in range(10, 50)} == {(0, 0, 0)}
    assert rgb(flat, 0, 0) != BACKGROUND  # the box was drawn
    assert rgb(flat, 200, 200) == BACKGROUND


def test_keyboard_only_editing(qtbot, make_dialog):
    dialog = make_dialog()
    editor, canvas = dialog.editor, dialog.editor.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_B)
    assert editor.tool_actions[Tool.BOX].isChecked()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)  # a box in the middle: 400x300 -> (150, 113)-(250, 187)
    assert editor.marks() == (Annotation(Kind.BOX, (150, 113), (250, 187)),)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert editor.marks() == (Annotation(Kind.BOX, (151, 123), (251, 197)),)
    qtbot.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)  # resize
    assert editor.marks() == (Annotation(Kind.BOX, (151, 123), (250, 197)),)
    qtbot.keyClick(canvas, Qt.Key.Key_R)
    assert editor.tool_actions[Tool.REDACT].isChecked()
    qtbot.keyClick(canvas, Qt.Key.Key_Enter)
    assert editor.marks()[1] == Annotation(Kind.REDACT, (150, 113), (250, 187))
    qtbot.keyClick(canvas, Qt.Key.Key_N)  # wraps to the first mark
    assert canvas.selected == 0
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert [mark.kind for mark in editor.marks()] == [Kind.REDACT]
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [mark.kind for mark in editor.marks()] == [Kind.BOX, Kind.REDACT]
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [mark.kind for mark in editor.marks()] == [Kind.REDACT]
    qtbot.keyClick(canvas, Qt.Key.Key_S)
    assert editor.tool_actions[Tool.SELECT].isChecked()
    qtbot.keyClick(canvas, Qt.Key.Key_A)
    assert editor.tool_actions[Tool.ARROW].isChecked()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert editor.marks()[-1] == Annotation(Kind.ARROW, (150, 113), (200, 150))


def test_text_is_typed_into_the_text_field_and_is_one_undo_step(qtbot, make_dialog):
    dialog = make_dialog()
    editor, canvas = dialog.editor, dialog.editor.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_T)
    assert editor.text_edit.hasFocus()  # nothing typed yet: the field asks for the words
    qtbot.keyClicks(editor.text_edit, "Error 503")  # letters go to the field, not to the tool shortcuts
    assert editor.tool_actions[Tool.TEXT].isChecked()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at(dialog, 40, 200))
    assert editor.marks() == (Annotation(Kind.TEXT, (40, 200), (40, 200), "Error 503"),)
    assert editor.text_edit.hasFocus()
    assert editor.text_edit.selectedText() == "Error 503"
    qtbot.keyClicks(editor.text_edit, "Calls drop")
    assert editor.marks()[0].text == "Calls drop"
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Return)
    assert canvas.hasFocus()
    editor.undo_action.trigger()
    assert editor.marks() == (Annotation(Kind.TEXT, (40, 200), (40, 200), "Error 503"),)
    editor.undo_action.trigger()
    assert editor.marks() == ()


def test_selecting_and_moving_with_the_mouse_is_one_undo_step(qtbot, make_dialog):
    dialog = make_dialog()
    editor = dialog.editor
    editor.set_tool(Tool.BOX)
    drag(qtbot, dialog, (20, 20), (80, 60))
    editor.set_tool(Tool.SELECT)
    canvas = editor.canvas
    canvas.select(None)
    drag(qtbot, dialog, (50, 20), (150, 70))  # grab the top edge, move by (100, 50)
    assert editor.marks() == (Annotation(Kind.BOX, (120, 70), (180, 110)),)
    assert canvas.selected == 0
    editor.undo_action.trigger()
    assert editor.marks() == (Annotation(Kind.BOX, (20, 20), (80, 60)),)


def test_undo_redo_history():
    marks = AnnotationList()
    box = Annotation(Kind.BOX, (0, 0), (10, 10))
    marks.add(box)
    marks.replace(0, box.moved(1, 0), merge="drag")
    marks.replace(0, box.moved(2, 0), merge="drag")
    marks.replace(0, box.moved(3, 0))
    assert marks.items == (box.moved(3, 0),)
    assert marks.undo()
    assert marks.items == (box.moved(2, 0),)
    assert marks.undo()
    assert marks.items == (box,)  # the two merged moves are one step
    assert marks.redo()
    assert marks.items == (box.moved(2, 0),)
    assert marks.undo()
    assert marks.undo()
    assert len(marks) == 0
    assert not marks.undo()
    marks.redo()
    marks.add(box)
    assert not marks.can_redo()  # a new change drops what was undone


def test_escape_asks_before_discarding_marks(qtbot, make_dialog, scripted):
    dialog = make_dialog()
    canvas = dialog.editor.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    scripted.answers = [False]
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert scripted.kinds() == ["question"]
    scripted.answers = [True]
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.result_value.path is None


def test_escape_without_marks_closes_without_asking(qtbot, make_dialog, scripted, tmp_path):
    dialog = make_dialog()
    qtbot.keyClick(dialog.editor.canvas, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert scripted.calls == []
    assert not (tmp_path / "case").exists()


def test_save_goes_to_the_case_folder_under_a_free_name(qtbot, make_dialog, tmp_path):
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "error.png").write_bytes(b"an earlier screenshot")
    dialog = make_dialog()
    path, saved = save_and_load(qtbot, dialog)
    assert path == folder / "error-2.png"
    assert (folder / "error.png").read_bytes() == b"an earlier screenshot"
    assert sorted(p.name for p in folder.iterdir()) == ["error-2.png", "error.png"]  # no temporary file left
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert rgb(saved, 120, 100) == SECRET  # nothing redacted: the picture is as it was


def test_the_user_can_rename_the_file(qtbot, make_dialog, tmp_path):
    dialog = make_dialog()
    dialog.editor.name_edit.setText("../../login page")
    path, _saved = save_and_load(qtbot, dialog)
    assert path == tmp_path / "case" / "login page.png"


def test_a_failed_save_is_reported_and_the_editor_stays(qtbot, tmp_path, scripted):
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    dialog = ScreenshotDialog(scripted, blocker_file / "case", "error.png", image=sample())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.save() is not None
    assert not dialog.editor.isEnabled()  # busy while writing
    qtbot.waitUntil(dialog.editor.isEnabled, timeout=5000)
    assert scripted.kinds() == ["warning"]
    assert "could not be saved" in scripted.calls[0][2]
    assert dialog.isVisible()
    assert dialog.editor.isEnabled()


@pytest.mark.parametrize(
    ("proposed", "cleaned"),
    [
        ("error.png", "error.png"),
        ("Error.PNG", "Error.png"),
        ("login page", "login page.png"),
        ("../../etc/passwd", "etc-passwd.png"),
        ('a:b*c?"d<e>f|g\\h', "a-b-c-d-e-f-g-h.png"),
        ("...", "screenshot.png"),
        ("", "screenshot.png"),
        (".hidden.png", "hidden.png"),
    ],
)
def test_clean_name(proposed, cleaned):
    assert clean_name(proposed) == cleaned


def test_free_path(tmp_path):
    assert free_path(tmp_path, "a.png") == tmp_path / "a.png"
    (tmp_path / "a.png").touch()
    (tmp_path / "a-2.png").touch()
    assert free_path(tmp_path, "a.png") == tmp_path / "a-3.png"


def test_editor_controls_have_accessible_names(make_dialog):
    dialog = make_dialog()
    assert unnamed(dialog) == []
    assert dialog.editor.canvas.accessibleName()
    dialog.editor.canvas.setFocus()
    dialog.editor.canvas.add_in_middle()
    assert "Selected: arrow" in dialog.editor.canvas.accessibleDescription()
