"""JSON from outside the app (a user's file, a package, a server): every way it can fail is a ``JSONDecodeError``.

``json.loads`` raises ``JSONDecodeError`` for bad syntax, but a plain ``ValueError`` for an integer of more
digits than Python converts (4,300 by default) and ``RecursionError`` for values nested deeper than the
interpreter's stack allows. Callers that catch ``JSONDecodeError`` to tell the user "not valid JSON" would let
those two through as a traceback; :func:`loads` turns them into the same error, with a readable reason and the
line it is on. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any, Final

TOO_DEEP: Final = "values nested too deeply"


def too_long_number() -> str:
    """The reason given for an integer of more digits than Python converts."""
    return f"a number longer than {sys.get_int_max_str_digits():,} digits"


def loads(text: str) -> Any:
    """Decode ``text`` as ``json.loads`` does.

    Raises:
        json.JSONDecodeError: The text is not JSON this app can read: bad syntax, a number of more digits than
            Python converts, or values nested too deeply. ``msg``, ``lineno`` and ``colno`` say what and where.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except ValueError:  # only an integer too long to convert gets here
        found = re.search(rf"\d{{{sys.get_int_max_str_digits() + 1},}}", text)  # compiled only for this error
        raise json.JSONDecodeError(too_long_number(), text, found.start() if found else 0) from None
    except RecursionError:
        raise json.JSONDecodeError(TOO_DEEP, text, _deepest(text)) from None


def _deepest(text: str) -> int:
    """Where the nesting of ``text`` is deepest (brackets inside strings counted too: a hint, not a parse)."""
    depth = deepest = where = 0
    for match in re.finditer(r"[\[\]{}]", text):
        depth += 1 if match.group() in "[{" else -1
        if depth > deepest:
            deepest, where = depth, match.start()
    return where
