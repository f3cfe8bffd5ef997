"""Conversation and organization identifiers: validation and extraction from pasted text.

Genesys Cloud conversation and organization IDs are UUIDs written 8-4-4-4-12 in hexadecimal. Extraction
finds whole IDs only: a 35- or 37-character near-UUID, a UUID glued to further hex digits or groups, or 32
bare hex digits is not an ID. Pure functions; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

_HEX: Final = "[0-9A-Fa-f]"
_UUID_BODY: Final = f"{_HEX}{{8}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{4}}-{_HEX}{{12}}"

# A whole ID is not touching another hex digit, nor a hyphen that joins it to more hex digits.
UUID_PATTERN: Final = re.compile(
    rf"(?<!{_HEX})(?<!{_HEX}-)({_UUID_BODY})(?!{_HEX})(?!-{_HEX})",
)
_EXACT: Final = re.compile(rf"\s*{{?\s*({_UUID_BODY})\s*}}?\s*")


def is_uuid(text: str) -> bool:
    """Tell whether ``text`` is exactly one UUID (surrounding blanks and braces allowed).

    Args:
        text: Candidate identifier as typed or pasted.

    Returns:
        True when it is a well-formed 8-4-4-4-12 hexadecimal identifier.
    """
    return _EXACT.fullmatch(text) is not None


def normalize_uuid(text: str) -> str:
    """Return the canonical lower-case form of a single UUID.

    Args:
        text: A string for which :func:`is_uuid` is true.

    Returns:
        The identifier in lower case without blanks or braces.

    Raises:
        ValueError: If ``text`` is not a UUID.
    """
    match = _EXACT.fullmatch(text)
    if match is None:
        raise ValueError(f"not a UUID: {text!r}")
    return match.group(1).lower()


def extract_uuids(text: str) -> list[str]:
    """Find every whole UUID in free text or URLs.

    Args:
        text: Anything pasted: URLs, log lines, JSON, e-mail text.

    Returns:
        The identifiers in lower case, in first-seen order, without duplicates.
    """
    return dedupe(match.group(1).lower() for match in UUID_PATTERN.finditer(text))


def dedupe(ids: Iterable[str]) -> list[str]:
    """Drop repeated identifiers, keeping the first occurrence of each.

    Args:
        ids: Identifiers, already normalized.

    Returns:
        A list in first-seen order.
    """
    return list(dict.fromkeys(ids))


# -- what the text says an ID is ---------------------------------------------------------------------------

CONVERSATION: Final = "conversation"
ORGANIZATION: Final = "organization"
UNLABELLED: Final = "unlabelled"

# Words that say what the ID after them identifies: URL path segments (``/person/``, ``/api/v2/users/``,
# ``/conversations/calls/``) and labels (``User ID:``, ``"queueId":``, ``org``). A word not listed here says nothing.
_KIND_WORDS: Final[dict[str, tuple[str, ...]]] = {
    CONVERSATION: (
        "conversation",
        "conversations",
        "conv",
        "convs",
        "interaction",
        "interactions",
        "call",
        "calls",
        "callback",
        "callbacks",
        "chat",
        "chats",
        "email",
        "emails",
        "message",
        "messages",
    ),
    ORGANIZATION: ("organization", "organizations", "organisation", "organisations", "org", "orgs"),
    "person": ("person", "people", "persons", "user", "users", "agent", "agents", "member", "members", "me"),
    "queue": ("queue", "queues"),
    "participant": ("participant", "participants"),
    "communication": ("communication", "communications", "session", "sessions"),
    "request": ("request", "requests", "correlation", "trace", "span", "transaction", "tx"),
    "division": ("division", "divisions"),
    "group": ("group", "groups", "team", "teams"),
    "flow": ("flow", "flows", "architect", "script", "scripts"),
    "skill": ("skill", "skills", "language", "languages", "wrapup", "wrapupcode", "wrapupcodes"),
    "location": ("location", "locations", "site", "sites", "edge", "edges", "station", "stations", "trunk", "trunks"),
    "phone": ("phone", "phones", "device", "devices"),
    "recording": ("recording", "recordings", "document", "documents", "attachment", "attachments"),
    "campaign": ("campaign", "campaigns", "contactlist", "contactlists"),
    "contact": ("contact", "contacts", "externalcontact", "externalcontacts"),
    "integration": ("integration", "integrations", "client", "clients", "oauth", "role", "roles", "webhook"),
    "schedule": ("schedule", "schedules", "workspace", "workspaces", "evaluation", "evaluations", "survey"),
}
_KIND_OF_WORD: Final = {word: kind for kind, words in _KIND_WORDS.items() for word in words}

# ``…/directory/#/person/`` right before the ID.
_SEGMENT: Final = re.compile(r"/([A-Za-z][A-Za-z0-9_-]*)/+$")
# ``Org ID: ``, ``User ID = ``, ``"queueId": "``, ``conversation_id=``, ``conv-``, ``Conversation IDs:\n``.
_LABEL: Final = re.compile(
    r"(?<![A-Za-z])([A-Za-z]+?)[ _-]*(?:ids?|uuids?|identifiers?|guids?)?[\"']?[ \t]*"
    r"(?:[:=#]|\bis\b)?[ \t]*[\"'\[{(]*\s*$",
    re.IGNORECASE,
)
# Between two IDs of one list: blanks, commas, semicolons, bars, "and".
_LIST_GAP: Final = re.compile(r"(?:[\s,;|]|\band\b|&)*", re.IGNORECASE)
_CONTEXT_CHARS: Final = 80


@dataclass(frozen=True)
class FoundId:
    """One ID found in text, with what the text around it says it is.

    Attributes:
        id: The UUID in lower case.
        kind: ``conversation``, ``organization``, ``unlabelled`` (nothing said), or the thing named
            (``person``, ``queue``, ``participant``, ``request``…).
        cue: The words that decided the kind, as written (``/person/``, ``User ID``); empty when unlabelled.
    """

    id: str
    kind: str
    cue: str = ""

    @property
    def is_conversation(self) -> bool:
        """Taken as a conversation ID: labelled as one, or not labelled at all."""
        return self.kind in (CONVERSATION, UNLABELLED)


def _word_kind(word: str) -> str | None:
    lower = word.lower()
    if lower in _KIND_OF_WORD:
        return _KIND_OF_WORD[lower]
    parts = re.findall(r"[a-z]+|[A-Z][a-z]*", word)  # externalContact -> contact
    return _KIND_OF_WORD.get(parts[-1].lower()) if len(parts) > 1 else None


def _kind_from_context(context: str) -> tuple[str, str, bool] | None:
    """The (kind, cue, from_label) that the text just before an ID gives, if it names a thing."""
    tail = context[-_CONTEXT_CHARS:]
    segment = _SEGMENT.search(tail)
    if segment:
        kind = _word_kind(segment.group(1))
        return (kind, f"/{segment.group(1)}/", False) if kind else None
    label = _LABEL.search(tail)
    if label:
        kind = _word_kind(label.group(1))
        if kind:
            cue = label.group(0).strip().rstrip(":=#\"'[{( \t\n").strip()
            return kind, cue, True
    return None


def find_ids(text: str) -> list[FoundId]:
    """Find every whole UUID and what the text says it is.

    The words right before an ID decide: a URL path segment (``/person/<id>`` is a person, ``/interactions/<id>``
    a conversation) or a label (``User ID: <id>``, ``"queueId": "<id>"``, ``Org ID <id>``). IDs listed after one
    label (``Conversation IDs: a, b and c``) share its kind. An ID with no such words is ``unlabelled``.

    Args:
        text: Anything pasted.

    Returns:
        One entry per distinct ID, first-seen order; an ID seen both unlabelled and labelled takes the label.
    """
    found: dict[str, FoundId] = {}
    previous_end = 0
    previous: tuple[str, str] | None = None  # kind and cue of the last label, for lists
    for match in UUID_PATTERN.finditer(text):
        context = text[previous_end : match.start()]
        decided = _kind_from_context(context)
        if decided is None and previous is not None and previous_end and _LIST_GAP.fullmatch(context):
            kind, cue = previous
        elif decided is None:
            kind, cue, previous = UNLABELLED, "", None
        else:
            kind, cue, from_label = decided
            previous = (kind, cue) if from_label else None
        uuid = match.group(1).lower()
        if uuid not in found or found[uuid].kind == UNLABELLED:
            found[uuid] = FoundId(uuid, kind, cue)
        previous_end = match.end()
    return list(found.values())


def conversation_ids(text: str) -> tuple[list[str], list[FoundId]]:
    """Split the IDs in ``text`` into conversation IDs and the others, which are skipped.

    Args:
        text: Anything pasted.

    Returns:
        The conversation IDs (labelled as conversations or not labelled at all) and the IDs skipped because
        the text says they are something else (a person, a queue, the organization…), each with its cue.
    """
    found = find_ids(text)
    return [item.id for item in found if item.is_conversation], [item for item in found if not item.is_conversation]


def organization_id(text: str) -> str | None:
    """Pick the organization ID out of pasted text such as ``Organization ID: <uuid>`` or a URL.

    Args:
        text: What was pasted into the organization ID field.

    Returns:
        The ID labelled as the organization's when there is exactly one; otherwise the only ID in the text
        when there is exactly one; otherwise None.
    """
    found = find_ids(text)
    labelled = [item.id for item in found if item.kind == ORGANIZATION]
    if len(labelled) == 1:
        return labelled[0]
    if len(found) == 1 and found[0].kind in (ORGANIZATION, UNLABELLED):
        return found[0].id
    return None
