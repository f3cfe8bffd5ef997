"""What a case package holds and how it describes itself (the manifest)."""
