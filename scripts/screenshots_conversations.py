"""Screenshots of the conversation check (issue 16), called by ``screenshots.py`` with the app it runs.

A local HTTP server stands in for the Genesys Cloud login and API hosts with the test suite's sample
conversations (``tests/helpers/platform_standin.py``): a voice call and a chat found, one ID unknown. The walk
opens a new case with those IDs, runs "Check in Genesys Cloud" on the Conversation IDs step (the real worker,
the real evidence files), then tracks the case and shows the tracker's evidence clocks.
"""

from __future__ import annotations

import http.server
import json
import re
import sys
import threading
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from care_desktop.domain.case.model import ConversationRef
from care_desktop.domain.tracker.model import new_case
from care_desktop.domain.wizard.steps import Step
from care_desktop.services.platform.conversations import ConversationChecker
from care_desktop.services.tracker.store import TrackerStore
from care_desktop.ui.main_window import MainWindow
from care_desktop.ui.pages.conversations import ConversationsPage

REPO = Path(__file__).resolve().parent.parent
_DETAILS = re.compile(r"^/api/api/v2/analytics/conversations/([0-9a-f-]{36})/details$")
_SIP = re.compile(r"^/api/api/v2/telephony/sipmessages/conversations/([0-9a-f-]{36})$")


def _samples() -> Any:
    sys.path.insert(0, str(REPO))
    from tests.helpers import platform_standin

    return platform_standin


def serve_platform() -> str:
    """Start the stand-in; returns its base URL (``/login`` and ``/api`` below it)."""
    standin = _samples()
    voice = standin.voice_call(start="2026-11-17T09:12:03.123Z")
    voice["conversationEnd"] = "2026-11-17T09:19:45.870Z"
    chat = standin.chat()
    chat["conversationStart"], chat["conversationEnd"] = "2026-11-24T14:00:00.000Z", "2026-11-24T14:06:30.000Z"
    answers = {standin.VOICE_ID: voice, standin.CHAT_ID: chat}

    class Handler(http.server.BaseHTTPRequestHandler):
        def _send(self, status: int, body: object, correlation: str = "") -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            if correlation:
                self.send_header("ININ-Correlation-Id", correlation)
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", "0")))
            self._send(200, {"access_token": "screenshot-token", "token_type": "bearer", "expires_in": 86399})

        def do_GET(self) -> None:
            details, sip = _DETAILS.match(self.path), _SIP.match(self.path)
            if details and details.group(1) in answers:
                self._send(200, answers[details.group(1)])
            elif sip and sip.group(1) == standin.VOICE_ID:
                self._send(200, {"id": standin.VOICE_ID, "name": "sip", "message": standin.SIP_MESSAGE})
            elif self.path.endswith("/organizations/me"):
                self._send(200, standin.ORG)
            else:
                body = standin.error_body(404, "not.found", "The requested resource was not found.")
                self._send(404, body, "2f9d6c1a-7b3e-4e0a-9c55-1d2e3f4a5b6c")

        def log_message(self, format: str, *args: object) -> None:
            del format, args

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def conversation_check(window: MainWindow, out: Path, save: Any, wait_until: Any) -> None:
    """Check three conversations on the Conversation IDs step, then show the tracker's evidence clocks."""
    standin = _samples()
    base = serve_platform()
    wizard = window.new_case()
    wizard.resize(1040, 760)
    draft = wizard.draft
    draft.case.severity = 2
    draft.time_zone = "Europe/Dublin"
    draft.case.title = "Calls drop after the transfer to Support EMEA"
    draft.case.conversations = [
        ConversationRef(standin.VOICE_ID, "caller heard silence after the transfer"),
        ConversationRef(standin.CHAT_ID),
        ConversationRef(standin.MISSING_ID),
    ]
    wizard.resume(Step.CONVERSATIONS)
    page = wizard.page_as(ConversationsPage)
    page.platform_checker = ConversationChecker(login_base=f"{base}/login", api_base=f"{base}/api")
    dialog = page.open_platform_check()
    dialog.client_id.setText(standin.CLIENT_ID)
    dialog.secret.setText("screenshot-secret")
    dialog.check_conversations()
    wait_until(lambda: dialog.task is None)
    dialog.resize(700, 520)
    save(dialog, out, "conversation-check-dialog")
    dialog.check_permissions()
    wait_until(lambda: dialog.task is None)
    save(dialog, out, "conversation-check-permissions")
    dialog.accept()
    QApplication.processEvents()
    save(wizard, out, "wizard-5-conversations-checked")
    wizard.accept()
    tracker = TrackerStore(window.context.store)
    tracker.add_case(
        new_case("0004530042", 2, datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Dublin")), draft.case.title)
    )
    tracker.link("0004530042", draft_id=draft.id)
    trackers = window.open_tracker()
    trackers.resize(1100, 680)
    trackers.select_case("0004530042")
    save(trackers, out, "tracker-evidence-clocks")
    trackers.close()
