"""The phone directory in use: its sources by precedence, import with preview and removal."""
