"""The case and its draft as data: organization, identifiers, the case file, the case text and its checks."""
