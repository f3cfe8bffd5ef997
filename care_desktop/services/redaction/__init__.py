"""Redaction of evidence files: text logs, HAR files and configuration, streamed with bounded memory.

``session.RedactionSession`` redacts one file at a time into any ``Output`` (a file, a package member, or
nothing when only scanning for the review); ``review.scan_attachments`` scans a case's attachments for the
review step. The rules themselves live in the domain (``domain/redaction_*.py``). Inputs are only ever read.
No Qt.
"""
