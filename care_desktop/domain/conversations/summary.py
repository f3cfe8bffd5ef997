"""One conversation's analytics details, summed up as evidence for a case.

Input: the document of ``GET /api/v2/analytics/conversations/{id}/details`` (``conversationId``,
``conversationStart``/``conversationEnd``, ``originatingDirection``, ``divisionIds``,
``mediaStatsMinConversationMos``, ``participants[]{purpose, participantName, sessions[]{mediaType, direction,
ani, dnis, segments[]{queueId, segmentType, disconnectType, errorCode ...}, flow{flowName ...},
mediaEndpointStats[]{minMos ...}}}``). Output: a typed :class:`ConversationSummary` and its JSON form (the
``conversations/<id>.json`` file of the package and the command line's ``--json``).

Personal data (participants' names, ANI/DNIS and other addresses, e-mail addresses, IP addresses) is left out
unless the caller asks for it: the summary says who took part by purpose only (customer, agent, acd, ivr,
external ...). Pure: no I/O, no Qt, no clock; a malformed field is skipped, never fatal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

SUMMARY_SCHEMA: Final = "care-desktop/conversation@1"
_VOICE: Final = "voice"
_END_PURPOSES: Final = ("customer", "external")


@dataclass(frozen=True)
class FlowPass:
    """An Architect flow the conversation went through.

    Attributes:
        name: The flow's name (the API gives it).
        flow_type: e.g. ``INBOUNDCALL``.
        exit_reason: Why the conversation left the flow, e.g. ``TRANSFER``, ``DISCONNECT``.
    """

    name: str
    flow_type: str = ""
    exit_reason: str = ""


@dataclass(frozen=True)
class ParticipantSummary:
    """One participant, described without personal data unless it was asked for.

    Attributes:
        purpose: customer, agent, acd, ivr, external, user, voicemail, workflow ...
        media_types: Media of its sessions.
        disconnect_types: How its sessions ended (the last segment's ``disconnectType``).
        error_codes: Error codes of its segments.
        sip_codes: SIP response codes of its segments.
        min_mos: Lowest MOS of its media endpoints, when measured.
        personal: Name and addresses (only when personal data was asked for).
    """

    purpose: str
    media_types: tuple[str, ...] = ()
    disconnect_types: tuple[str, ...] = ()
    error_codes: tuple[str, ...] = ()
    sip_codes: tuple[int, ...] = ()
    min_mos: float | None = None
    personal: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class ConversationSummary:
    """What the analytics details say about one conversation.

    Attributes:
        id: The conversation ID (lower case).
        start: When it started (aware, UTC), or None.
        end: When it ended (aware, UTC), or None while it is still going on.
        direction: ``originatingDirection`` (inbound, outbound), or empty.
        media_types: Media types seen, in first-seen order.
        queue_ids: Queues it went through, in order.
        flows: Flows it went through, in order.
        division_ids: Its divisions.
        participants: Its participants in order.
        disconnect_types: Every disconnect type seen, in order.
        error_codes: Every error code seen, in order.
        min_mos: The lowest MOS of the conversation, when measured.
        personal_included: Whether names and addresses were kept.
    """

    id: str
    start: datetime | None = None
    end: datetime | None = None
    direction: str = ""
    media_types: tuple[str, ...] = ()
    queue_ids: tuple[str, ...] = ()
    flows: tuple[FlowPass, ...] = ()
    division_ids: tuple[str, ...] = ()
    participants: tuple[ParticipantSummary, ...] = ()
    disconnect_types: tuple[str, ...] = ()
    error_codes: tuple[str, ...] = ()
    min_mos: float | None = None
    personal_included: bool = False

    @property
    def is_voice(self) -> bool:
        """Whether the conversation had a voice session (and so may have a SIP capture)."""
        return _VOICE in self.media_types

    @property
    def ended(self) -> str:
        """How it ended, in API words: the customer's (or external party's) last disconnect type, with errors.

        e.g. ``"customer: endpoint"``, ``"external: peer; error: error.ininedgecontrol.session.inactive"``, or
        ``"not ended"`` for a conversation without an end time.
        """
        if self.end is None:
            return "not ended"
        parts = []
        for purpose in _END_PURPOSES:
            party = next((p for p in self.participants if p.purpose == purpose and p.disconnect_types), None)
            if party is not None:
                parts.append(f"{purpose}: {party.disconnect_types[-1]}")
                break
        if not parts and self.disconnect_types:
            parts.append(self.disconnect_types[-1])
        if self.error_codes:
            parts.append("error: " + ", ".join(self.error_codes))
        return "; ".join(parts) or "ended"


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _dicts(value: object) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(value for value in values if value))


def parse_time(value: object) -> datetime | None:
    """Read an ISO 8601 time of the API (``2026-11-30T09:12:03.123Z``) as an aware UTC time, or None."""
    text = _text(value)
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _mos(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) and value > 0 else None


def _lowest(values: Iterable[float | None]) -> float | None:
    present = [value for value in values if value is not None]
    return min(present) if present else None


_PERSONAL_SESSION_KEYS: Final = ("ani", "dnis", "sessionDnis", "addressFrom", "addressTo", "addressSelf", "remote")


def _participant(data: dict[str, Any], personal: bool) -> tuple[ParticipantSummary, list[str], list[FlowPass]]:
    sessions = _dicts(data.get("sessions"))
    segments = [segment for session in sessions for segment in _dicts(session.get("segments"))]
    disconnects = []
    for session in sessions:
        ends = [_text(s.get("disconnectType")) for s in _dicts(session.get("segments"))]
        ends = [end for end in ends if end]
        if ends:
            disconnects.append(ends[-1])
    errors = _unique(_text(segment.get("errorCode")) for segment in segments)
    sip_codes = tuple(
        dict.fromkeys(code for s in segments for code in (s.get("sipResponseCodes") or []) if isinstance(code, int))
    )
    stats = [stat for session in sessions for stat in _dicts(session.get("mediaEndpointStats"))]
    queues = [_text(segment.get("queueId")) for segment in segments]
    flows = []
    for session in sessions:
        flow = session.get("flow")
        if isinstance(flow, dict) and _text(flow.get("flowName") or flow.get("flowId")):
            flows.append(
                FlowPass(
                    _text(flow.get("flowName")) or _text(flow.get("flowId")),
                    _text(flow.get("flowType")),
                    _text(flow.get("exitReason")),
                )
            )
    details: dict[str, tuple[str, ...]] = {}
    if personal:
        if _text(data.get("participantName")):
            details["name"] = (_text(data.get("participantName")),)
        for key in _PERSONAL_SESSION_KEYS:
            found = _unique(_text(session.get(key)) for session in sessions)
            if found:
                details[key] = found
    summary = ParticipantSummary(
        _text(data.get("purpose")) or "unknown",
        _unique(_text(session.get("mediaType")) for session in sessions),
        _unique(disconnects),
        errors,
        sip_codes,
        _lowest(_mos(stat.get("minMos")) for stat in stats),
        details,
    )
    return summary, queues, flows


def summarize(details: Mapping[str, Any], include_personal: bool = False) -> ConversationSummary:
    """Sum up the analytics details of one conversation.

    Args:
        details: The API's document.
        include_personal: Keep participants' names and addresses (the user opted in).

    Returns:
        The summary; fields the document lacks are empty.
    """
    data = dict(details)
    participants: list[ParticipantSummary] = []
    queues: list[str] = []
    flows: list[FlowPass] = []
    for item in _dicts(data.get("participants")):
        participant, its_queues, its_flows = _participant(item, include_personal)
        participants.append(participant)
        queues += its_queues
        flows += its_flows
    divisions = data.get("divisionIds")
    return ConversationSummary(
        id=_text(data.get("conversationId")).lower(),
        start=parse_time(data.get("conversationStart")),
        end=parse_time(data.get("conversationEnd")),
        direction=_text(data.get("originatingDirection")),
        media_types=_unique(media for p in participants for media in p.media_types),
        queue_ids=_unique(queues),
        flows=tuple(dict.fromkeys(flows)),
        division_ids=_unique(_text(d) for d in divisions) if isinstance(divisions, list) else (),
        participants=tuple(participants),
        disconnect_types=_unique(d for p in participants for d in p.disconnect_types),
        error_codes=_unique(e for p in participants for e in p.error_codes),
        min_mos=_lowest([_mos(data.get("mediaStatsMinConversationMos")), *(p.min_mos for p in participants)]),
        personal_included=include_personal,
    )


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z") if moment is not None else None


def summary_to_json(summary: ConversationSummary) -> dict[str, Any]:
    """The JSON form of a summary (the ``conversations/<id>.json`` evidence file).

    Args:
        summary: The summary.

    Returns:
        JSON-ready data with ``"schema": "care-desktop/conversation@1"``.
    """
    return {
        "schema": SUMMARY_SCHEMA,
        "id": summary.id,
        "start": _iso(summary.start),
        "end": _iso(summary.end),
        "direction": summary.direction,
        "media_types": list(summary.media_types),
        "queues": list(summary.queue_ids),
        "flows": [{"name": f.name, "type": f.flow_type, "exit_reason": f.exit_reason} for f in summary.flows],
        "divisions": list(summary.division_ids),
        "participants": [
            {
                "purpose": p.purpose,
                "media_types": list(p.media_types),
                "disconnect_types": list(p.disconnect_types),
                "error_codes": list(p.error_codes),
                "sip_response_codes": list(p.sip_codes),
                "min_mos": p.min_mos,
                **({"personal": {key: list(values) for key, values in p.personal.items()}} if p.personal else {}),
            }
            for p in summary.participants
        ],
        "disconnect_types": list(summary.disconnect_types),
        "error_codes": list(summary.error_codes),
        "ended": summary.ended,
        "min_mos": summary.min_mos,
        "personal_data_included": summary.personal_included,
    }


def summary_from_json(data: Mapping[str, Any]) -> ConversationSummary:
    """Read back a summary written by :func:`summary_to_json` (for the case text and the evidence clocks).

    Args:
        data: The document.

    Returns:
        The summary (participants' personal data is not read back).

    Raises:
        ValueError: Not a conversation summary.
    """
    if data.get("schema") != SUMMARY_SCHEMA or not _text(data.get("id")):
        raise ValueError("not a conversation summary")

    def strings(key: str, source: Mapping[str, Any] = data) -> tuple[str, ...]:
        value = source.get(key)
        return _unique(_text(item) for item in value) if isinstance(value, list) else ()

    participants = tuple(
        ParticipantSummary(
            _text(p.get("purpose")) or "unknown",
            strings("media_types", p),
            strings("disconnect_types", p),
            strings("error_codes", p),
            min_mos=_mos(p.get("min_mos")),
        )
        for p in _dicts(data.get("participants"))
    )
    return ConversationSummary(
        id=_text(data.get("id")).lower(),
        start=parse_time(data.get("start")),
        end=parse_time(data.get("end")),
        direction=_text(data.get("direction")),
        media_types=strings("media_types"),
        queue_ids=strings("queues"),
        flows=tuple(
            FlowPass(_text(f.get("name")), _text(f.get("type")), _text(f.get("exit_reason")))
            for f in _dicts(data.get("flows"))
        ),
        division_ids=strings("divisions"),
        participants=participants,
        disconnect_types=strings("disconnect_types"),
        error_codes=strings("error_codes"),
        min_mos=_mos(data.get("min_mos")),
        personal_included=bool(data.get("personal_data_included")),
    )
