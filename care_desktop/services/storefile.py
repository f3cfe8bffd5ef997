"""The store's SQLite file: schema migrations, opening and checking the file, setting a damaged one aside.

``store.py`` builds on this; nothing else opens the database. Opening never changes a file written by a
newer version, and a damaged file is renamed, never deleted.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Final

# Each entry migrates from version N (its index) to N + 1.
MIGRATIONS: Final[tuple[tuple[str, ...], ...]] = (
    (
        """CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            severity INTEGER,
            step TEXT NOT NULL,
            case_number TEXT NOT NULL DEFAULT '',
            document TEXT NOT NULL,
            deleted_at TEXT
        )""",
        "CREATE INDEX drafts_updated ON drafts(updated_at)",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE org_profile (id INTEGER PRIMARY KEY CHECK (id = 1), document TEXT NOT NULL)",
    ),
    # 2: the case tracker (services/tracker_store.py): filed cases, their state changes, evidence sent.
    (
        """CREATE TABLE tracked_cases (
            number TEXT PRIMARY KEY,
            severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
            title TEXT NOT NULL DEFAULT '',
            opened_at TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            draft_id TEXT NOT NULL DEFAULT '',
            package TEXT NOT NULL DEFAULT '',
            first_response_at TEXT,
            rca_received_at TEXT,
            created_at TEXT NOT NULL
        )""",
        """CREATE TABLE case_state_changes (
            case_number TEXT NOT NULL,
            seq INTEGER NOT NULL,
            state TEXT NOT NULL,
            at TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (case_number, seq)
        )""",
        """CREATE TABLE case_sent_evidence (
            case_number TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            sent_at TEXT NOT NULL,
            PRIMARY KEY (case_number, sha256)
        )""",
    ),
    # 3: events of a tracked case besides its state (services/tracker/events.py): escalations requested and
    # closed, updates the contact recorded, the wish to be reminded when an escalation becomes possible.
    (
        """CREATE TABLE case_events (
            case_number TEXT NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            PRIMARY KEY (case_number, seq)
        )""",
    ),
    # 4: whether a draft's document can be read is recorded when it is saved, so that listing the drafts does
    # not parse every document. NULL means "not checked since the document changed": a row written before this
    # version, or a document changed by anything but ``Store.save_draft`` (which bumps ``revision``).
    (
        "ALTER TABLE drafts ADD COLUMN damaged INTEGER",
        "ALTER TABLE drafts ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
        """CREATE TRIGGER drafts_document_changed AFTER UPDATE OF document ON drafts
            WHEN NEW.revision = OLD.revision
            BEGIN UPDATE drafts SET damaged = NULL WHERE rowid = NEW.rowid; END""",
    ),
)
SCHEMA_VERSION: Final = len(MIGRATIONS)
_CORRUPT_CODES: Final = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})


class StoreError(RuntimeError):
    """The store cannot be used; the message says why in words for the user."""


class StoreTooNewError(StoreError):
    """The store was written by a newer version of Care Desktop."""


def is_corruption(error: sqlite3.DatabaseError) -> bool:
    """Tell whether an error means the file is damaged or not a database (rather than, say, unreadable)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _CORRUPT_CODES
    text = str(error).lower()
    return "not a database" in text or "malformed" in text


def connect(path: Path) -> sqlite3.Connection:
    """Open the database file, check it, and bring its schema up to date.

    Args:
        path: The database file (created when missing).

    Returns:
        A connection in autocommit mode, WAL journal, synchronous writes.

    Raises:
        StoreTooNewError: When a newer version wrote the file; the file is not changed.
        sqlite3.DatabaseError: When the file cannot be opened or is damaged (see :func:`is_corruption`).
    """
    created = not path.exists()
    db = sqlite3.connect(path, isolation_level=None, timeout=5.0)
    try:
        if not created:  # a file this call creates has nothing to check (the first start, the self-test)
            check = db.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(f"database disk image is malformed ({check})")
        version = int(db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StoreTooNewError(
                f"The store {path} was written by a newer version of Care Desktop (schema {version}; this "
                f"version knows up to {SCHEMA_VERSION}). Update Care Desktop to open it; the file was not changed."
            )
        # Only now that the file is known to be ours may it be changed (switching to WAL rewrites the header).
        # A file this call creates holds nothing yet: its header and schema need not wait for the disk (a crash
        # leaves an empty or schema-less file, which the next start completes); every later commit does.
        db.execute("PRAGMA synchronous=NORMAL" if created else "PRAGMA synchronous=FULL")
        db.execute("PRAGMA journal_mode=WAL")
        if version < SCHEMA_VERSION:  # every pending migration in one transaction: all of them or none
            db.execute("BEGIN IMMEDIATE")
            try:
                for target in range(version, SCHEMA_VERSION):
                    for statement in MIGRATIONS[target]:
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        if created:
            db.execute("PRAGMA synchronous=FULL")
    except BaseException:
        db.close()
        raise
    return db


def set_aside(path: Path, now: datetime) -> Path:
    """Rename a damaged database (and its WAL and shared-memory files) out of the way, keeping it.

    Args:
        path: The database file.
        now: The current UTC time, for the new name.

    Returns:
        The new name of the database file: ``<name>.damaged-<UTC stamp>`` (with ``-2``, ``-3`` ... when taken).
    """
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            source.replace(Path(f"{aside}{suffix}"))
    return aside
