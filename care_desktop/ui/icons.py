"""Icons drawn from the SVG files in ``resources/icons``, crisp at every size and screen scale."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from care_desktop.services.resources import file_path, read_bytes

_SIZES = (16, 24, 32, 48, 64, 128, 256)


def svg_icon(name: str) -> QIcon:
    """Render ``resources/icons/<name>.svg`` at the usual icon sizes.

    Args:
        name: File name without ``.svg``.

    Returns:
        The icon (empty when the file cannot be rendered).
    """
    # Loaded only when the icon is rendered here (see app_icon).
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(read_bytes(f"icons/{name}.svg")))
    icon = QIcon()
    if not renderer.isValid():
        return icon
    for size in _SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(QPixmap.fromImage(image))
    return icon


def app_icon(name: str) -> QIcon:
    """The icon of ``resources/icons/<name>.svg``, drawn by Qt's SVG icon engine at whatever size is asked.

    Nothing is rendered until a size is needed, which keeps the start fast; when the file is not on disk or
    Qt's SVG icon engine is missing, the icon is rendered at the usual sizes by :func:`svg_icon`.

    Args:
        name: File name without ``.svg``.

    Returns:
        The icon (empty when the file cannot be rendered).
    """
    path = file_path(f"icons/{name}.svg")
    icon = QIcon(str(path)) if path is not None else QIcon()
    return icon if not icon.isNull() else svg_icon(name)
