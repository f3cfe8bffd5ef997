"""YAML read with positions (PyYAML's composer, safe: no tags are constructed, aliases are not expanded).

Every scalar that is a value (not a mapping key) becomes a ``Slot``: a value on the line after its key and
block scalars (``|``, ``>``) included. Sequence items are named by the sequence's key; in a mapping with
``name`` and ``value`` (a Kubernetes ``env`` entry) the value is named by the name; every value under a
Kubernetes ``Secret``'s ``data``/``stringData`` and every ``.dockerconfigjson`` is a secret. A changed value is
written back double-quoted (single-quoted when it was), so that a marker's brackets never turn it into a
list. Comments (PyYAML drops them) are found on each line outside the values. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

import yaml

from care_desktop.domain.redaction.formats.slots import (
    ConfigFormat,
    FormatError,
    Shape,
    Slot,
    comment_slot,
    json_string,
    line_of,
    pair_name,
)

_LOADER: Final = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COMMENT: Final = re.compile(r"(?:^|(?<=[ \t]))#[^\n]*", re.MULTILINE)
_PROPERTIES: Final = re.compile(r"(?:[&!][^\s]*\s+)+")
"""A node's anchor (``&pw``) and tag (``!!str``), before its value: PyYAML's node starts at them."""
MAX_DEPTH: Final = 200
CREDENTIAL_DOCUMENTS: Final = frozenset({"dockerconfigjson", "dockercfg"})
"""Keys whose value is a whole credentials document (registry logins), removed whole."""
SECRET_DATA: Final = frozenset({"data", "stringData"})
"""The parts of a Kubernetes ``Secret`` whose every value is secret."""


def _compose(text: str) -> list[yaml.Node]:
    try:
        return [node for node in yaml.compose_all(text, Loader=_LOADER) if node is not None]
    except yaml.YAMLError as error:
        raise FormatError(f"not valid YAML: {str(error).splitlines()[0]}") from None
    except RecursionError:
        raise FormatError("not valid YAML: nested too deeply") from None


def _encoder(raw: str, style: str | None) -> Callable[[str], str]:
    if style == "'" and "\n" not in raw:
        return lambda new: "'" + new.replace("'", "''") + "'" if "\n" not in new else json_string(new)
    trailing = raw[len(raw.rstrip()) :] if style in ("|", ">") else ""
    return lambda new: json_string(new) + trailing


class _Walker:
    def __init__(self, text: str) -> None:
        self.text = text
        self.slots: list[Slot] = []
        self.lines: list[int] = []
        self.seen: set[int] = set()
        self.keys: list[tuple[int, int]] = []
        self.shape: Shape = None
        self.documents: list[yaml.Node] = []

    def node(self, node: yaml.Node, key: str | None, path: str, depth: int) -> Shape:
        if depth > MAX_DEPTH:
            raise FormatError("not valid YAML: nested too deeply")
        if id(node) in self.seen:
            return "alias"  # an alias: its values were seen where the anchor is (never expanded)
        self.seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            keys = {
                k.value: v.value
                for k, v in node.value
                if isinstance(k, yaml.ScalarNode) and isinstance(v, yaml.ScalarNode)
            }
            named = pair_name(keys)
            secret_data = keys.get("kind") == "Secret" and depth == 0  # a Kubernetes Secret: all its data is
            shape = []
            for key_node, value_node in node.value:
                name = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
                self.keys.append((key_node.start_mark.index, key_node.end_mark.index))
                child_key = named if named is not None and name in ("value", "Value", "VALUE") else name
                if name.lstrip(".").lower() in CREDENTIAL_DOCUMENTS or (secret_data and name in SECRET_DATA):
                    child_key = "secret"
                child_path = f"{path}.{name}" if path else name
                shape.append((name, self.node(value_node, child_key, child_path, depth + 1)))
            return ("map", tuple(shape))
        if isinstance(node, yaml.SequenceNode):
            items = [self.node(item, key, f"{path}[{i}]", depth + 1) for i, item in enumerate(node.value)]
            return ("seq", tuple(items))
        start, end = node.start_mark.index, node.end_mark.index
        if self.text[start : start + 1] in ("&", "!"):  # an anchor or a tag: it stays, only the value changes
            properties = _PROPERTIES.match(self.text, start, end)
            start = properties.end() if properties else start
        raw = self.text[start:end]
        encode = _encoder(raw, getattr(node, "style", None))
        style = getattr(node, "style", None)
        line = line_of(self.text, start, self.lines) + (1 if style in ("|", ">") else 0)  # a block: its text
        self.slots.append(Slot(start, end, str(node.value), key, path, encode, line))
        return "scalar"


@lru_cache(maxsize=4)
def _walk(text: str) -> _Walker:
    walker = _Walker(text)
    walker.documents = _compose(text)
    walker.shape = tuple(walker.node(doc, None, "", 0) for doc in walker.documents)
    return walker


def yaml_slots(text: str) -> list[Slot]:
    """The values and comments of a YAML stream."""
    walker = _walk(text)
    values = sorted(walker.slots, key=lambda s: s.start)
    spans = sorted([(s.start, s.end) for s in values] + walker.keys)
    starts = [start for start, _ in spans]
    comments = []
    for match in _COMMENT.finditer(text):
        index = _bisect(starts, match.start())
        if index >= 0 and spans[index][0] <= match.start() < spans[index][1]:
            continue  # a # inside a value or a key
        line = line_of(text, match.start(), walker.lines)
        comments.append(comment_slot(text, match.start(), match.end(), line))
    return values + comments


def _bisect(starts: list[int], position: int) -> int:
    """Index of the last start at or before ``position`` (-1 when none)."""
    low, high = 0, len(starts)
    while low < high:
        middle = (low + high) // 2
        if starts[middle] <= position:
            low = middle + 1
        else:
            high = middle
    return low - 1


def yaml_shape(text: str) -> Shape:
    """The structure of a YAML stream: documents, mapping keys in order, sequence lengths, scalars as one.

    The stream must also load (safely): a value that no longer fits its tag (``!!binary``, ``!!int``) fails.
    """
    walker = _walk(text)
    try:
        constructor = _LOADER("")
        for document in walker.documents:  # constructed from the nodes already read, not parsed again
            constructor.construct_document(document)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as error:
        raise FormatError(f"not valid YAML: {str(error).splitlines()[0]}") from None
    return walker.shape


YAML_FORMAT: Final = ConfigFormat("yaml", yaml_slots, yaml_shape)
