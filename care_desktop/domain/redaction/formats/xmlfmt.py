"""XML read with positions by a small tokenizer; checked with defusedxml (no entity expansion, no DTD fetch).

Values are attribute values and the text of elements. An attribute is named by its own name, except the
``value`` of an element that also has a ``key`` or ``name`` attribute (.NET ``<add key="Genesys.ClientSecret"
value="..."/>``), which is named by that key; an element's text is named by the element
(``<clientSecret>...</clientSecret>``), or by the text of a preceding ``<name>``/``<key>`` sibling
(``<property><name>db.password</name><value>...</value></property>``) or by the parent's ``name`` attribute
(``<setting name="ClientSecret"><value>...</value></setting>``). Values are decoded (``&amp;`` is one
``&``, so a connection string's password is found whole) and encoded again when changed. Comments are text
for the text rules; CDATA sections are values written back as CDATA. A document with a DTD that declares
entities cannot be checked safely and is refused (the caller redacts it as text). Pure: no I/O, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from care_desktop.domain.redaction.formats.slots import (
    NAME_KEYS,
    VALUE_KEYS,
    ConfigFormat,
    FormatError,
    Shape,
    Slot,
    comment_slot,
    line_of,
)

_TOKEN: Final = re.compile(
    r"<!--(?P<comment>.*?)-->|<!\[CDATA\[(?P<cdata>.*?)\]\]>|<\?.*?\?>|<!DOCTYPE(?:[^\[>]|\[.*?\])*>"
    r"|</(?P<close>[^\s>]+)\s*>|<(?P<open>[A-Za-z_:][\w:.\-]*)(?P<attrs>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)"
    r"\s*(?P<empty>/?)>",
    re.DOTALL,
)
_ATTRIBUTE: Final = re.compile(r"(?P<name>[^\s=/>]+)\s*=\s*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)')")
_ENTITY: Final = re.compile(r"&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(lt|gt|amp|quot|apos));")
_NAMED: Final = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _decode(raw: str) -> str:
    def one(match: re.Match[str]) -> str:
        if match.group(1):
            return chr(int(match.group(1), 16))
        if match.group(2):
            return chr(int(match.group(2)))
        return _NAMED[match.group(3)]

    return _ENTITY.sub(one, raw)


def _text_encoder(new: str) -> str:
    return new.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attribute_encoder(quote: str) -> Callable[[str], str]:
    return lambda new: _text_encoder(new).replace(quote, "&quot;" if quote == '"' else "&apos;")


def _cdata_encoder(new: str) -> str:
    return new.replace("]]>", "]]]]><![CDATA[>")


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1]


class _Frame:
    """An open element: its name, path, and the last ``<name>``/``<key>`` child's text."""

    def __init__(self, name: str, path: str) -> None:
        self.name = name
        self.path = path
        self.pair: str | None = None
        self.text: str | None = None
        self.children = 0


def xml_slots(text: str) -> list[Slot]:
    """The attribute values, element texts and comments of an XML document."""
    xml_shape(text)  # refuses what the safe parser refuses
    slots: list[Slot] = []
    lines: list[int] = []
    stack: list[_Frame] = []
    position = 0
    for match in _TOKEN.finditer(text):
        if stack and match.start() > position:
            _text(text, position, match.start(), stack, slots, lines)
        position = match.end()
        if match.group("comment") is not None:
            start, end = match.start("comment"), match.end("comment")
            slots.append(comment_slot(text, start, end, line_of(text, start, lines)))
        elif match.group("cdata") is not None and stack:
            start, end = match.start("cdata"), match.end("cdata")
            line = line_of(text, start, lines)
            slots.append(Slot(start, end, text[start:end], _text_key(stack), stack[-1].path, _cdata_encoder, line))
        elif match.group("close") is not None:
            closed = stack.pop() if stack else None
            if closed is not None and stack and _local(closed.name) in NAME_KEYS:
                stack[-1].pair = closed.text
        elif match.group("open") is not None:
            name = match.group("open")
            path = f"{stack[-1].path}/{name}" if stack else name
            if stack:
                stack[-1].children += 1
            named = _attributes(text, match, path, slots, lines)
            if not match.group("empty"):
                stack.append(_Frame(name, path))
                stack[-1].pair = named  # <setting name="ClientSecret"><value>...</value></setting>
    return slots


def _attributes(text: str, match: re.Match[str], path: str, slots: list[Slot], lines: list[int]) -> str | None:
    """Add the attribute values as slots; return the element's ``name``/``key`` attribute, if any."""
    found = list(_ATTRIBUTE.finditer(text, match.start("attrs"), match.end("attrs")))
    names = {m.group("name"): _decode(m.group("dq") if m.group("dq") is not None else m.group("sq")) for m in found}
    pair = next((names[k] for k in names if _local(k) in NAME_KEYS), None)
    for attribute in found:
        group = "dq" if attribute.group("dq") is not None else "sq"
        start, end = attribute.span(group)
        name = attribute.group("name")
        key = pair if pair is not None and _local(name) in VALUE_KEYS else _local(name)
        quote = '"' if group == "dq" else "'"
        encode = _attribute_encoder(quote)
        line = line_of(text, start, lines)
        slots.append(Slot(start, end, _decode(text[start:end]), key, f"{path}@{name}", encode, line))
    return pair


def _text(text: str, start: int, end: int, stack: list[_Frame], slots: list[Slot], lines: list[int]) -> None:
    raw = text[start:end]
    if not raw.strip():
        return
    lead = len(raw) - len(raw.lstrip())
    value_start, value_end = start + lead, start + len(raw.rstrip())
    frame = stack[-1]
    decoded = _decode(text[value_start:value_end])
    frame.text = decoded
    line = line_of(text, value_start, lines)
    slots.append(Slot(value_start, value_end, decoded, _text_key(stack), frame.path, _text_encoder, line))


def _text_key(stack: list[_Frame]) -> str:
    """An element's text is named by the element, or by a ``<name>`` sibling when the element is ``<value>``."""
    frame = stack[-1]
    parent = stack[-2] if len(stack) > 1 else None
    if _local(frame.name) in VALUE_KEYS and parent is not None and parent.pair:
        return parent.pair
    return _local(frame.name)


def _shape(element: Element) -> Shape:
    return (element.tag, tuple(sorted(element.attrib)), tuple(_shape(child) for child in element))


@lru_cache(maxsize=4)
def xml_shape(text: str) -> Shape:
    """The structure of an XML document: element names, attribute names and children, without values."""
    try:
        return _shape(fromstring(text))
    except (ParseError, DefusedXmlException, ValueError) as error:
        raise FormatError(f"not valid XML (or not safe to parse): {error}") from None


XML_FORMAT: Final = ConfigFormat("xml", xml_slots, xml_shape)
