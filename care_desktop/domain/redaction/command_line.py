"""Secrets on a command line written into a log, a transcript or a script: the rules of one line.

- An option that names a secret, followed by its value after a blank: ``--password s3cret``, ``--client-secret
  X``, PowerShell's ``-Password X`` or ``-ClientSecret 'X'`` (``--password=s3cret`` is a key and a value, found by
  the key/value rule). The option's name decides, through the one vocabulary (``rules.classify_key``).
- ``-p`` with a user on the same line: ``mysql -u root -pS3cret``, ``docker login -u me -p X``,
  ``az login -u app -p 'X'``, and ``sshpass -p X``. A port (``psql -U me -p 5432``), a path or a variable stays.

What is kept: a value that is another option (``--password --verbose``), a variable or placeholder (``$pw``,
``${TOKEN}``, ``%PASSWORD%``, ``<password>``), a sub-expression (``(Get-Credential)``). Each rule has a cue in
``scanner``. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from typing import Final

from care_desktop.domain.redaction import patterns as p
from care_desktop.domain.redaction.report import Span
from care_desktop.domain.redaction.rules import classify_key
from care_desktop.domain.redaction.shapes import is_harmless

_VALUE: Final = r"""(?:"(?P<v1>[^"\r\n]*)"|'(?P<v2>[^'\r\n]*)'|(?P<v3>[^\s"'`]+))"""
_BEFORE: Final = r"(?:^|(?<=[ \t\r\f\v\"'`(]))"
"""Where an option starts: the line's start, a blank, a quote or a parenthesis (the scanner's cue says the same)."""
OPTION: Final = re.compile(rf"{_BEFORE}--?(?P<name>[A-Za-z][\w.\-]*[A-Za-z0-9])[ \t]+{_VALUE}")
"""An option with a name of two characters or more, and the next word (quoted or not)."""
SHORT_P: Final = re.compile(rf"{_BEFORE}-p(?:[ \t]+{_VALUE}|(?P<v4>[^\s\"'`\-][^\s\"'`]*))")
"""``-p`` and its value, after a blank or written against it (``-pS3cret``)."""
WITH_USER: Final = re.compile(r"(?:^|[\s\"'`(])(?:-u|-U|--user|--username)(?:[ \t=]|$)|\bsshpass\b")
"""A user given on the line (or ``sshpass``, whose ``-p`` is always the password): then ``-p`` is a password."""
_KEPT: Final = re.compile(r"[-(\[{]|\$[A-Za-z_{(]|%\w+%$")
"""Values that are no secret: another option, a sub-expression or a list, a variable."""
_PORT_OR_PATH: Final = re.compile(r"\d{1,5}|[/.~].*")


def command_line_spans(body: str) -> list[Span]:
    """Spans of the secrets given as command-line options in one line (see the module's docstring)."""
    spans: list[Span] = []
    if "-" in body:
        for match in OPTION.finditer(body):
            rule = classify_key(match.group("name"))
            if rule is not None:
                spans += _value_span(match, rule, unquoted_port_is_kept=False)
        if "-p" in body and WITH_USER.search(body):
            for match in SHORT_P.finditer(body):
                spans += _value_span(match, "password", unquoted_port_is_kept=True)
    return spans


def _value_span(match: re.Match[str], rule: str, unquoted_port_is_kept: bool) -> list[Span]:
    group = next(g for g in ("v1", "v2", "v3", "v4") if g in match.re.groupindex and match.group(g) is not None)
    value = match.group(group)
    if not value or p.NOT_A_VALUE.fullmatch(value) or is_harmless(value):
        return []
    if group in ("v3", "v4") and (_KEPT.match(value) or (unquoted_port_is_kept and _PORT_OR_PATH.fullmatch(value))):
        return []
    return [Span(match.start(group), match.end(group), rule)]
