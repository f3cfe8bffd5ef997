"""Links in labels open through the ``Dialogs`` seam, so that a click never does nothing (issue 14, item 9).

A QLabel with ``openExternalLinks`` hands its links to the desktop and ignores a refusal. These helpers turn
that off and send the link to :meth:`~care_desktop.ui.dialogs.Dialogs.open_url` instead, which shows the
address with Copy when nothing on the computer opens it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from care_desktop.ui.dialogs import Dialogs


def route_links(label: QLabel, dialogs: Dialogs) -> None:
    """Open ``label``'s links through ``dialogs`` (once; calling again changes nothing)."""
    if label.property("care_desktop_routed"):
        return
    label.setProperty("care_desktop_routed", True)
    label.setOpenExternalLinks(False)
    label.linkActivated.connect(lambda url: dialogs.open_url(label.window(), url))


def route_all_links(root: QWidget, dialogs: Dialogs) -> None:
    """Route the links of every label under ``root`` that would open them itself."""
    for label in root.findChildren(QLabel):
        if label.openExternalLinks() or label.property("care_desktop_routed"):
            route_links(label, dialogs)
