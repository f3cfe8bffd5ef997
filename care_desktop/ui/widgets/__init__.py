"""Reusable widgets of the Care Desktop UI."""
