"""The network policy shared by the app's few HTTP requests: timeouts, retries, and the kinds of failure.

Kept apart from ``http_client`` so that code which only needs these names (the status client's defaults, its
messages per kind of failure) does not load ``requests`` and its TLS stack at import time: that happens only
when a request is made. Nothing here opens a connection. No Qt.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from care_desktop import __version__

CONNECT_TIMEOUT: Final = 3.0
READ_TIMEOUT: Final = 5.0
DEFAULT_TIMEOUT: Final = (CONNECT_TIMEOUT, READ_TIMEOUT)
DEFAULT_RETRIES: Final = 2
DEFAULT_BACKOFF: Final = 0.3
RETRY_STATUSES: Final = (502, 503, 504)
USER_AGENT: Final = f"care-desktop/{__version__}"

Timeout = tuple[float, float]
"""(connect, read) in seconds."""


class NetFailure(StrEnum):
    """Why a request got no usable answer."""

    TIMEOUT = "timeout"
    DNS = "dns"
    REFUSED = "refused"
    TLS = "tls"
    PROXY = "proxy"
    INCOMPLETE = "incomplete"
    BAD_URL = "bad_url"
