"""Clocks with their settings resolved: holiday calendars and first-response targets."""
