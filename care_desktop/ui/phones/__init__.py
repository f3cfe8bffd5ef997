"""The phone directory views: the dialog, the table and one entry row."""
