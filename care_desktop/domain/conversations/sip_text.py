"""The SIP messages of a voice conversation as a text attachment, with personal data removed by default.

``GET /api/v2/telephony/sipmessages/conversations/{id}`` answers ``{"id", "name", "message", "selfUri"}``
where ``message`` is the raw SIP text. SIP headers carry personal data: callers' and callees' numbers and
names (``From``, ``To``, ``P-Asserted-Identity``, ``Contact``, ``Diversion`` ...), and IP addresses (``Via``,
``Contact``, SDP ``c=``/``o=`` lines). Unless the user includes them, those are replaced by markers in the
house style (``[REDACTED:sip-user]``, ``[REDACTED:name]``, ``[REDACTED:ip]``) before the file is written; the
file then goes through the normal redaction like any log. Call-IDs, tags, branches and conversation IDs stay:
they are what Customer Care searches by. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

_URI_USER: Final = re.compile(r"(?i)\b(sips?:|tel:)([^@;>\s,]+)(@)?")
_NAME_HEADERS: Final = (
    r"from|f|to|t|contact|m|p-asserted-identity|p-preferred-identity|remote-party-id|diversion|referred-by|"
    r"refer-to|r|history-info|privacy"
)
_DISPLAY_NAME: Final = re.compile(rf'(?im)^((?:{_NAME_HEADERS})\s*:\s*)("[^"]*"|[^<\r\n"]*?)(\s*<)')
_IPV4: Final = re.compile(r"(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])")
_IPV6: Final = re.compile(r"(?i)(?<![\w:])(?:[0-9a-f]{1,4}:){2,7}[0-9a-f]{1,4}(?![\w:])")
_EMAIL: Final = re.compile(r"(?i)\b[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b")
_CALL_ID: Final = re.compile(r"(?i)^(?:call-id|i)\s*:")


def sip_message_text(data: Mapping[str, Any]) -> str:
    """The raw SIP text of the API's answer (empty when it holds none)."""
    message = data.get("message")
    if isinstance(message, list):
        return "\n\n".join(item for item in message if isinstance(item, str))
    return message if isinstance(message, str) else ""


def strip_personal(text: str) -> tuple[str, dict[str, int]]:
    """Remove numbers, names, e-mail and IP addresses from SIP text.

    Args:
        text: The raw SIP messages.

    Returns:
        The text with markers, and how many values each rule removed.
    """
    counts: dict[str, int] = {}

    def count(rule: str) -> str:
        counts[rule] = counts.get(rule, 0) + 1
        return f"[REDACTED:{rule}]"

    def user(match: re.Match[str]) -> str:
        if match.group(3) is None and match.group(1).lower() != "tel:":
            return match.group(0)  # sip:host without a user part
        return f"{match.group(1)}{count('sip-user')}{match.group(3) or ''}"

    def name(match: re.Match[str]) -> str:
        shown = match.group(2).strip().strip('"').strip()
        return match.group(0) if not shown else f"{match.group(1)}{count('name')}{match.group(3)}"

    text = _DISPLAY_NAME.sub(name, text)
    text = _URI_USER.sub(user, text)
    text = "".join(
        line if _CALL_ID.match(line) else _EMAIL.sub(lambda _m: count("email"), line)
        for line in text.splitlines(keepends=True)
    )
    text = _IPV4.sub(lambda _m: count("ip"), text)
    text = _IPV6.sub(lambda _m: count("ip"), text)
    return text, counts


def sip_attachment(conversation_id: str, data: Mapping[str, Any], include_personal: bool = False) -> str:
    """The text file attached for one conversation: a short header, then the SIP messages.

    Args:
        conversation_id: The conversation.
        data: The API's answer.
        include_personal: Keep numbers, names and addresses (the user opted in).

    Returns:
        The file's text, ending with a newline.
    """
    raw = sip_message_text(data).replace("\r\n", "\n")
    body, counts = (raw, {}) if include_personal else strip_personal(raw)
    removed = ", ".join(f"{rule} {number}" for rule, number in sorted(counts.items())) or "none"
    header = [
        f"# SIP messages of conversation {conversation_id}",
        "# From GET /api/v2/telephony/sipmessages/conversations/{id}",
        "# Personal data: " + ("included at the user's request" if include_personal else f"removed ({removed})"),
        "",
    ]
    return "\n".join(header) + body.rstrip("\n") + "\n"
