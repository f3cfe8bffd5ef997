"""The Qt face of Care Desktop: main window, case wizard, pages, widgets and dialogs.

The only package (with ``app.py``) that imports PySide6. Pages are thin views of the domain's draft:
they never decide the flow and never write files; collaborators arrive through ``UiContext``.
"""
