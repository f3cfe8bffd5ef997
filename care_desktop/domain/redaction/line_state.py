"""What the text redactor carries from one line to the next: the constructs that span lines.

Everything else in the text rules looks at one line only, so a file can be redacted from any line on as long
as no construct below is open there; ``LineState()`` is "nothing open". Whoever cuts a large file into
segments (to redact them in parallel) must cut where the state of the previous segment is empty, or start the
next segment from the previous one's final state. The constructs:

- ``pem``: inside a PEM private-key block (``-----BEGIN … PRIVATE KEY-----`` until its END line).
- ``pending``: a ``"name": "cookie"`` line whose ``"value"`` comes on one of the next few lines (HAR-like
  JSON seen as text).
- ``block``: (configuration files) a YAML block scalar (``key: |``) or a list/value on the next lines under a
  secret key.
- ``array``: inside a list of quoted values under a secret key that did not close on its line, as Node's
  ``util.inspect`` prints headers (``'set-cookie': [`` then one ``'a=…; Path=/',`` per line, then ``]``).
- ``next_value``: the value is the next non-blank line: a multipart part header (``Content-Disposition:
  form-data; name="clientSecret"``), a console line ending in ``document.cookie`` whose output follows, or a
  secret header name alone in a list (Node's ``rawHeaders``: ``'Set-Cookie',`` then ``'a=…; Path=/',``).
- ``header`` / ``table``: a formatted table (PowerShell ``Format-Table``) whose header names a secret column
  (``access_token``), or a hashtable shown as ``Name  Value``: the header line, then the ``----`` line fixes the
  columns, then every row until a blank line has the secret columns removed (in a hashtable, the value of
  each row whose name names a secret).

Pure: no I/O, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

PENDING_LINES = 3
"""How many lines after ``"name": "cookie"`` its ``"value"`` may come."""
ARRAY_LINES = 64
"""How many lines a list of values under a secret key may go on (a list that never closes stops there)."""
NEXT_VALUE_LINES = 3
"""How many lines after a multipart part header its value may come (the blank line is one)."""


@dataclass
class LineState:
    """The open constructs at a line boundary (see the module docstring); the default is "nothing open".

    Attributes:
        pem: Inside a private-key block.
        pending: Rule of a name/value pair whose value is still to come.
        pending_left: Lines left for it.
        block: (indent of the key, rule, drop every line) of a YAML block or list under a secret key.
        array: Rule of the quoted values of an open list under a secret key.
        array_left: Lines left for it.
        next_value: Rule of the value expected on the next non-blank line.
        next_left: Lines left for it.
        header: A possible table header that names a secret column (its text), waiting for the ``---`` line.
        table: The secret columns of an open table: (start, end or -1 for the rest of the line, rule, or empty
            when the row's first cell names the rule).
    """

    pem: bool = False
    pending: str | None = None
    pending_left: int = 0
    block: tuple[int, str, bool] | None = None
    array: str | None = None
    array_left: int = 0
    next_value: str | None = None
    next_left: int = 0
    header: str | None = None
    table: tuple[tuple[int, int, str], ...] | None = None

    def is_open(self) -> bool:
        """Whether any construct is open (the next line must then be read, whatever the scanners say)."""
        return (
            self.pem
            or self.pending is not None
            or self.block is not None
            or self.array is not None
            or self.next_value is not None
            or self.header is not None
            or self.table is not None
        )
