"""The Severity 1 phone directory: entries, the files it is read from, countries, and changes between versions."""
