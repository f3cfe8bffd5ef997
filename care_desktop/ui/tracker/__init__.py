"""The case tracker window: the filed cases, their deadlines, and evidence added after filing."""
