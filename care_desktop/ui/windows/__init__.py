"""Window-level helpers shared by every window and dialog.

Fitting to the screen, showing an address to copy, showing structured data as a tree.
"""
