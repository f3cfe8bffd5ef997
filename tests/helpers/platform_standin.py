"""A local stand-in for the Genesys Cloud login and API hosts, answering in the shapes the published API documents.

- ``POST /login/oauth/token`` (HTTP Basic, ``grant_type=client_credentials``) -> ``{"access_token", "token_type",
  "expires_in"}``;
- ``GET /api-host/api/v2/analytics/conversations/{id}/details`` -> an ``AnalyticsConversationWithoutAttributes``
  document (``voice_call`` and ``chat`` below), 404 ``not.found``, 403 ``missing.any.permissions``;
- ``GET /api-host/api/v2/telephony/sipmessages/conversations/{id}`` -> ``Callmessage`` ``{"id", "name",
  "message", "selfUri"}``;
- ``GET /api-host/api/v2/organizations/me``.

Every error answer carries an ``ININ-Correlation-Id`` header and the platform's error body (``message``,
``code``, ``status``, ``messageParams``, ``contextId``, ``details``, ``errors``).
"""

from __future__ import annotations

import base64
import json
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Response

CLIENT_ID = "9c1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f"
SECRET = "SeCrEt-Zq7Xw3Vb9Nm1Lk5Jh8Gf2Ds4Aa6Pp0Oo"  # what must never reach a file, a log or an error
TOKEN = "AcCeSs-Tk4Rr8Ee2Ww6Qq0Yy3Uu7Ii1Oo5Pp9Ll"
BASIC = "Basic " + base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()

VOICE_ID = "4709b21d-bc22-418a-8c6d-4ededb31bd39"
CHAT_ID = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"
FAILED_ID = "6f0e1d2c-3b4a-4958-a7b6-c5d4e3f2a1b0"
MISSING_ID = "deadbeef-0000-4000-8000-00000000beef"
QUEUE_ID = "2c4e6a8b-1d3f-4a5b-9c7d-8e0f1a2b3c4d"
DIVISION_ID = "b7d1a9f0-3c2e-4d5b-8a6f-9e0d1c2b3a4f"
ORG = {"id": "7a1c4e52-9d3b-4f0e-8a61-2b5c9e0d4f17", "name": "Acme Europe", "thirdPartyOrgName": "acme-eu"}
CALLER = "tel:+4930123456789"
CALLED = "tel:+4989987654321"
AGENT_NAME = "Erika Mustermann"
AGENT_EMAIL = "erika.mustermann@acme.example"
EDGE_IP = "192.0.2.44"

SIP_MESSAGE = (
    "INVITE sip:+4989987654321@203.0.113.10:5060;transport=udp SIP/2.0\r\n"
    "Via: SIP/2.0/UDP 192.0.2.44:5060;branch=z9hG4bK776asdhds\r\n"
    'From: "Max Caller" <sip:+4930123456789@192.0.2.44>;tag=1928301774\r\n'
    "To: <sip:+4989987654321@203.0.113.10>\r\n"
    "Call-ID: a84b4c76e66710@192.0.2.44\r\n"
    "CSeq: 314159 INVITE\r\n"
    "P-Asserted-Identity: <tel:+4930123456789>\r\n"
    "x-inin-cnv: 4709b21d-bc22-418a-8c6d-4ededb31bd39\r\n"
    "Content-Type: application/sdp\r\n"
    "\r\n"
    "v=0\r\n"
    "o=- 2890844526 2890844526 IN IP4 192.0.2.44\r\n"
    "c=IN IP4 192.0.2.44\r\n"
    "m=audio 49170 RTP/AVP 0\r\n"
    "\r\n"
    "SIP/2.0 200 OK\r\n"
    "Call-ID: a84b4c76e66710@192.0.2.44\r\n"
    "CSeq: 314159 INVITE\r\n"
)


def segment(start: str, end: str, kind: str, **extra: Any) -> dict[str, Any]:
    return {"segmentStart": start, "segmentEnd": end, "segmentType": kind, "conference": False, **extra}


def voice_call(conversation_id: str = VOICE_ID, start: str = "2026-11-30T09:12:03.123Z") -> dict[str, Any]:
    """An inbound call: IVR flow, ACD queue, an agent; the customer hung up; one poor MOS on the trunk leg."""
    return {
        "conversationId": conversation_id,
        "conversationStart": start,
        "conversationEnd": "2026-11-30T09:19:45.870Z",
        "originatingDirection": "inbound",
        "divisionIds": [DIVISION_ID],
        "mediaStatsMinConversationMos": 3.12,
        "mediaStatsMinConversationRFactor": 61.4,
        "participants": [
            {
                "participantId": "p-customer",
                "participantName": "Max Caller",
                "purpose": "customer",
                "sessions": [
                    {
                        "mediaType": "voice",
                        "sessionId": "s-1",
                        "direction": "inbound",
                        "ani": CALLER,
                        "dnis": CALLED,
                        "sessionDnis": CALLED,
                        "edgeId": "e-1",
                        "remote": "Max Caller",
                        "protocolCallId": "a84b4c76e66710@192.0.2.44",
                        "provider": "Edge",
                        "segments": [
                            segment(
                                start,
                                "2026-11-30T09:19:45.870Z",
                                "interact",
                                disconnectType="endpoint",
                                sipResponseCodes=[200],
                                q850ResponseCodes=[16],
                            ),
                        ],
                        "metrics": [{"name": "nConnected", "value": 1, "emitDate": start}],
                        "mediaEndpointStats": [
                            {
                                "codecs": ["audio/PCMU"],
                                "minMos": 3.12,
                                "minRFactor": 61.4,
                                "maxLatencyMs": 180,
                                "receivedPackets": 22890,
                                "invalidPackets": 0,
                                "discardedPackets": 14,
                                "duplicatePackets": 0,
                                "overrunPackets": 0,
                                "underrunPackets": 3,
                                "eventTime": "2026-11-30T09:19:45.870Z",
                            }
                        ],
                    }
                ],
            },
            {
                "participantId": "p-ivr",
                "participantName": "Main IVR",
                "purpose": "ivr",
                "sessions": [
                    {
                        "mediaType": "voice",
                        "direction": "inbound",
                        "ani": CALLER,
                        "dnis": CALLED,
                        "segments": [segment(start, "2026-11-30T09:13:10.000Z", "ivr", disconnectType="transfer")],
                        "flow": {
                            "flowId": "f-1",
                            "flowName": "Main IVR",
                            "flowVersion": "12.0",
                            "flowType": "INBOUNDCALL",
                            "exitReason": "TRANSFER",
                            "transferType": "ACD",
                            "transferTargetName": "Support EMEA",
                        },
                    }
                ],
            },
            {
                "participantId": "p-acd",
                "participantName": "Support EMEA",
                "purpose": "acd",
                "sessions": [
                    {
                        "mediaType": "voice",
                        "direction": "inbound",
                        "segments": [
                            segment(
                                "2026-11-30T09:13:10.000Z",
                                "2026-11-30T09:14:02.000Z",
                                "interact",
                                queueId=QUEUE_ID,
                                disconnectType="transfer",
                            ),
                        ],
                    }
                ],
            },
            {
                "participantId": "p-agent",
                "participantName": AGENT_NAME,
                "purpose": "agent",
                "userId": "u-1",
                "sessions": [
                    {
                        "mediaType": "voice",
                        "direction": "inbound",
                        "addressSelf": AGENT_EMAIL,
                        "remote": EDGE_IP,
                        "segments": [
                            segment(
                                "2026-11-30T09:14:02.000Z",
                                "2026-11-30T09:19:45.870Z",
                                "interact",
                                queueId=QUEUE_ID,
                                disconnectType="peer",
                            ),
                        ],
                    }
                ],
            },
        ],
    }


def chat() -> dict[str, Any]:
    """A web message conversation (no voice: no SIP capture)."""
    return {
        "conversationId": CHAT_ID,
        "conversationStart": "2026-12-01T14:00:00.000Z",
        "conversationEnd": "2026-12-01T14:06:30.000Z",
        "originatingDirection": "inbound",
        "divisionIds": [DIVISION_ID],
        "participants": [
            {
                "purpose": "customer",
                "participantName": "Web visitor",
                "sessions": [
                    {
                        "mediaType": "message",
                        "direction": "inbound",
                        "addressFrom": "visitor@customer.example",
                        "segments": [
                            segment(
                                "2026-12-01T14:00:00.000Z",
                                "2026-12-01T14:06:30.000Z",
                                "interact",
                                disconnectType="client",
                            )
                        ],
                    }
                ],
            },
            {
                "purpose": "agent",
                "participantName": AGENT_NAME,
                "sessions": [
                    {
                        "mediaType": "message",
                        "direction": "inbound",
                        "segments": [
                            segment(
                                "2026-12-01T14:00:05.000Z",
                                "2026-12-01T14:06:30.000Z",
                                "interact",
                                queueId=QUEUE_ID,
                                disconnectType="peer",
                                errorCode="error.ininedgecontrol.session.inactive",
                            )
                        ],
                    }
                ],
            },
        ],
    }


def error_body(status: int, code: str, message: str, **params: str) -> dict[str, Any]:
    return {
        "message": message,
        "code": code,
        "status": status,
        "messageWithParams": message,
        "messageParams": params,
        "contextId": f"ctx-{status}",
        "details": [],
        "errors": [],
    }


def error(status: int, code: str, message: str, correlation: str, **params: str) -> Response:
    return Response(
        json.dumps(error_body(status, code, message, **params)),
        status=status,
        content_type="application/json",
        headers={"ININ-Correlation-Id": correlation},
    )


def forbidden(permission: str, correlation: str = "corr-403") -> Response:
    text = f"Unable to perform the requested action. You are missing the following permission(s): [{permission}]"
    return error(403, "missing.any.permissions", text, correlation, permissions=f"[{permission}]")


def not_found(correlation: str = "corr-404") -> Response:
    return error(404, "not.found", "The requested resource was not found.", correlation)


def expect_token(server: HTTPServer):
    return server.expect_request(
        "/login/oauth/token", method="POST", headers={"Authorization": BASIC}, data="grant_type=client_credentials"
    )


def details_path(conversation_id: str) -> str:
    return f"/api-host/api/v2/analytics/conversations/{conversation_id}/details"


def sip_path(conversation_id: str) -> str:
    return f"/api-host/api/v2/telephony/sipmessages/conversations/{conversation_id}"


def expect_api(server: HTTPServer, path: str):
    return server.expect_request(path, method="GET", headers={"Authorization": f"Bearer {TOKEN}"})


def serve_organization(server: HTTPServer, sip: bool = True, details: bool = True) -> None:
    """The token, the voice call and the chat found, FAILED_ID answering 500 and anything else 404."""
    expect_token(server).respond_with_json({"access_token": TOKEN, "token_type": "bearer", "expires_in": 86399})
    expect_api(server, "/api-host/api/v2/organizations/me").respond_with_json(ORG)
    if not details:
        for conversation_id in (VOICE_ID, CHAT_ID, MISSING_ID, "00000000-0000-0000-0000-000000000000"):
            expect_api(server, details_path(conversation_id)).respond_with_response(
                forbidden("analytics:conversationDetail:view")
            )
    expect_api(server, details_path(VOICE_ID)).respond_with_json(voice_call())
    expect_api(server, details_path(CHAT_ID)).respond_with_json(chat())
    expect_api(server, details_path(FAILED_ID)).respond_with_response(
        error(500, "internal.server.error", "The server encountered an unexpected error.", "corr-500")
    )
    if sip:
        callmessage = {"id": VOICE_ID, "name": "sip", "message": SIP_MESSAGE, "selfUri": sip_path(VOICE_ID)[9:]}
        expect_api(server, sip_path(VOICE_ID)).respond_with_json(callmessage)
    else:
        expect_api(server, sip_path(VOICE_ID)).respond_with_response(forbidden("telephony:pcap:view", "corr-pcap"))
    server.expect_request(
        "/api-host/api/v2/telephony/sipmessages/conversations/00000000-0000-0000-0000-000000000000"
    ).respond_with_response(not_found("corr-probe-sip") if sip else forbidden("telephony:pcap:view"))
    server.expect_request(details_path("00000000-0000-0000-0000-000000000000")).respond_with_response(not_found())
    server.expect_request(details_path(MISSING_ID)).respond_with_response(not_found("corr-missing"))
