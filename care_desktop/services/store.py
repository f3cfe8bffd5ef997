"""The embedded store: drafts, the organization profile and settings, in one SQLite file.

WAL journal, synchronous writes, schema version in ``PRAGMA user_version`` with forward migrations. A store
written by a newer version is refused (``StoreTooNewError``); a damaged file is renamed aside, kept, and
replaced by an empty store, with a notice for the user. Drafts are JSON documents of ``domain.draft``.
Deleting a draft hides it first, so it can be undone. The file itself (schema, migrations, checks, setting
aside) is handled by ``storefile.py``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from care_desktop.domain.case.organization import DEFAULT_REGION, Contact, Organization
from care_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from care_desktop.services.storefile import (
    StoreError,
    connect,
    is_corruption,
    set_aside,
)

if TYPE_CHECKING:  # the draft model is loaded with the first draft read or written: the first page needs none
    from care_desktop.domain.case.draft import Draft
    from care_desktop.domain.wizard.steps import Step


class DraftNotFoundError(KeyError):
    """No draft has this identifier."""


class DraftDamagedError(StoreError):
    """A draft's saved document cannot be read."""


@dataclass(frozen=True)
class DraftSummary:
    """One line of the drafts list.

    Attributes:
        id: Draft identifier.
        title: Title or start of the description.
        severity: Chosen level or None.
        step: Step the user was on (None when the row's step is unknown to this version).
        case_number: Customer Care's case number, if any.
        updated_at: ISO 8601 UTC time of the last save.
        damaged: True when the saved document cannot be read.
    """

    id: str
    title: str
    severity: int | None
    step: Step | None
    case_number: str
    updated_at: str
    damaged: bool


@dataclass
class OrgProfile:
    """The organization and contact remembered for the next case.

    Attributes:
        org: Short name, ID and region.
        contact: Name, e-mail, phone and 24x7 availability.
    """

    org: Organization
    contact: Contact


def utc_now() -> datetime:
    """Return the current time in UTC."""
    return datetime.now(UTC)


def _object(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


class Store:
    """The SQLite store. Use :meth:`open`; one instance per thread.

    Args:
        connection: An open connection in autocommit mode with the schema in place.
        path: The database file.
        clock: Returns the current UTC time.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = connection
        self.path = path
        self._clock = clock

    # -- opening -----------------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, clock: Callable[[], datetime] = utc_now) -> tuple[Store, Message | None]:
        """Open the store at ``path``, creating or migrating it as needed.

        Args:
            path: The database file; its folder is created when missing.
            clock: Returns the current UTC time.

        Returns:
            The store, and a notice for the user when a damaged file had to be set aside.

        Raises:
            StoreTooNewError: When a newer version of the app wrote the file.
            StoreError: When the file cannot be opened for another reason (permissions, a folder ...).
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return cls(connect(path), path, clock), None
        except sqlite3.DatabaseError as error:
            if not is_corruption(error):
                raise StoreError(f"Cannot open the store {path}: {error}") from error
        aside = set_aside(path, clock())
        try:
            store = cls(connect(path), path, clock)
        except sqlite3.DatabaseError as error:
            raise StoreError(f"Cannot create a new store at {path}: {error}") from error
        notice = Message(
            QT_TRANSLATE_NOOP(
                "domain",
                "The saved data was damaged and could not be read. It has been kept as {aside} and Care Desktop "
                "has started with an empty store.",
            ),
            {"aside": str(aside)},
        )
        return store, notice

    def close(self) -> None:
        """Close the connection (a checkpoint folds the WAL into the file)."""
        self._db.close()

    def _now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="seconds")

    def _write(self, statements: Sequence[tuple[str, tuple[Any, ...]]]) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            for sql, params in statements:
                self._db.execute(sql, params)
            self._db.execute("COMMIT")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise

    # -- drafts ------------------------------------------------------------------------------------------

    def save_draft(self, draft: Draft) -> None:
        """Insert or replace a draft; sets its ``updated_at`` (and ``created_at`` when new).

        Args:
            draft: The draft to save.
        """
        from care_desktop.domain.case.draft import draft_to_json

        now = self._now()
        draft.updated_at = now
        if not draft.created_at:
            draft.created_at = now
        document = json.dumps(draft_to_json(draft), ensure_ascii=False, sort_keys=True)
        self._write(
            [
                (
                    "INSERT INTO drafts (id, created_at, updated_at, title, severity, step, case_number, document)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET updated_at=excluded.updated_at,"
                    " title=excluded.title, severity=excluded.severity, step=excluded.step,"
                    " case_number=excluded.case_number, document=excluded.document, deleted_at=NULL",
                    (
                        draft.id,
                        draft.created_at,
                        now,
                        draft.display_title(),
                        draft.case.severity,
                        draft.step.value,
                        draft.case.case_number,
                        document,
                    ),
                )
            ]
        )

    def load_draft(self, draft_id: str) -> Draft:
        """Load one draft.

        Args:
            draft_id: Its identifier.

        Returns:
            The draft.

        Raises:
            DraftNotFoundError: When there is no such draft (or it was deleted).
            DraftDamagedError: When its document cannot be read.
        """
        from care_desktop.domain.case.draft import DraftFormatError, draft_from_json

        row = self._db.execute(
            "SELECT document FROM drafts WHERE id = ? AND deleted_at IS NULL", (draft_id,)
        ).fetchone()
        if row is None:
            raise DraftNotFoundError(draft_id)
        try:
            return draft_from_json(json.loads(row[0]))
        except (json.JSONDecodeError, DraftFormatError) as error:
            raise DraftDamagedError(f"The draft {draft_id} cannot be read: {error}") from error

    def list_drafts(self) -> list[DraftSummary]:
        """List the drafts, most recently saved first.

        Returns:
            One summary per draft that is not deleted.
        """
        from care_desktop.domain.case.draft import DraftFormatError, draft_from_json
        from care_desktop.domain.wizard.steps import Step

        rows = self._db.execute(
            "SELECT id, title, severity, step, case_number, updated_at, document FROM drafts"
            " WHERE deleted_at IS NULL ORDER BY updated_at DESC, rowid DESC"
        ).fetchall()
        summaries = []
        for draft_id, title, severity, step, case_number, updated_at, document in rows:
            try:
                draft_from_json(json.loads(document))
            except (json.JSONDecodeError, DraftFormatError):
                damaged = True
            else:
                damaged = False
            summaries.append(
                DraftSummary(
                    draft_id,
                    title,
                    severity,
                    Step(step) if step in {s.value for s in Step} else None,
                    case_number,
                    updated_at,
                    damaged,
                )
            )
        return summaries

    def delete_draft(self, draft_id: str) -> None:
        """Hide a draft; :meth:`undelete_draft` brings it back until :meth:`purge_deleted`.

        Args:
            draft_id: Its identifier.
        """
        self._write([("UPDATE drafts SET deleted_at = ? WHERE id = ?", (self._now(), draft_id))])

    def undelete_draft(self, draft_id: str) -> None:
        """Bring back a hidden draft.

        Args:
            draft_id: Its identifier.
        """
        self._write([("UPDATE drafts SET deleted_at = NULL WHERE id = ?", (draft_id,))])

    def purge_deleted(self) -> int:
        """Remove hidden drafts for good.

        Returns:
            How many were removed.
        """
        count = int(self._db.execute("SELECT COUNT(*) FROM drafts WHERE deleted_at IS NOT NULL").fetchone()[0])
        self._write([("DELETE FROM drafts WHERE deleted_at IS NOT NULL", ())])
        return count

    # -- organization profile and settings ---------------------------------------------------------------

    def org_profile(self, default_region: str = DEFAULT_REGION) -> OrgProfile:
        """Return the remembered organization and contact (empty when none was saved).

        Args:
            default_region: The region when none was saved (the UI passes the one that follows the locale).
        """
        row = self._db.execute("SELECT document FROM org_profile WHERE id = 1").fetchone()
        data: dict[str, Any] = {}
        if row is not None:
            try:
                loaded = json.loads(row[0])
                data = loaded if isinstance(loaded, dict) else {}
            except json.JSONDecodeError:
                data = {}
        org = _object(data, "org")
        contact = _object(data, "contact")
        return OrgProfile(
            Organization(
                str(org.get("short_name", "")),
                str(org.get("id", "")),
                str(org.get("region") or default_region),
            ),
            Contact(
                str(contact.get("name", "")),
                str(contact.get("email", "")),
                str(contact.get("phone", "")),
                bool(contact.get("available_24x7", False)),
            ),
        )

    def save_org_profile(self, profile: OrgProfile) -> None:
        """Remember the organization and contact for the next case.

        Args:
            profile: What to remember.
        """
        document = {
            "org": {"short_name": profile.org.short_name, "id": profile.org.id, "region": profile.org.region},
            "contact": {
                "name": profile.contact.name,
                "email": profile.contact.email,
                "phone": profile.contact.phone,
                "available_24x7": profile.contact.available_24x7,
            },
        }
        self._write(
            [
                (
                    "INSERT INTO org_profile (id, document) VALUES (1, ?)"
                    " ON CONFLICT(id) DO UPDATE SET document = excluded.document",
                    (json.dumps(document, ensure_ascii=False),),
                )
            ]
        )

    def setting(self, key: str, default: Any = None) -> Any:
        """Return a setting's value, or ``default`` when unset or unreadable.

        Args:
            key: Setting name.
            default: Value when unset.

        Returns:
            The JSON value.
        """
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except json.JSONDecodeError:
            return default

    def set_setting(self, key: str, value: Any) -> None:
        """Save a setting.

        Args:
            key: Setting name.
            value: Any JSON-serializable value.
        """
        self._write(
            [
                (
                    "INSERT INTO settings (key, value) VALUES (?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, json.dumps(value, ensure_ascii=False)),
                )
            ]
        )
