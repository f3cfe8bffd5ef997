"""Structural redaction of decoded JSON: HAR entries, and configuration files by key.

A HAR entry is handled by what each part is: Authorization and cookie headers by name, cookie lists by
value, query and form parameters by name, the URL's ``user:password@`` and parameters, base64-encoded text
bodies through their decoded text. Everything else in the entry (other headers, bodies, Chrome's initiator
stacks, WebSocket messages...) goes through the text rules, but only when a quick scan of its strings finds a
candidate, so that the common entry costs little. Any other JSON is walked by key: a value under a key that
names a secret is removed whatever its type, ``{"name": ..., "value": ...}`` pairs are judged by the name, and
every string goes through the text rules. Pure: no I/O, no Qt.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any, Final

from care_desktop.domain.case.identifiers import is_uuid
from care_desktop.domain.redaction.http_values import (
    encoded_spans,
    multipart_spans,
    parameter_spans,
    url_spans,
    value_spans,
)
from care_desktop.domain.redaction.patterns import NOT_A_VALUE
from care_desktop.domain.redaction.report import Span
from care_desktop.domain.redaction.rules import KEEP_ID_RULES, classify_key
from care_desktop.domain.redaction.shapes import PERMISSION
from care_desktop.domain.redaction.text import TextRedactor
from care_desktop.domain.redaction.vocabulary import key_words

_TEXT_MIME_HINTS: Final = ("text/", "json", "javascript", "xml", "x-www-form-urlencoded", "html", "csv", "yaml")
_FORM_MIME: Final = "application/x-www-form-urlencoded"
_MAX_BASE64_BODY: Final = 64 * 1024 * 1024
_PAYLOAD_KEYS: Final = frozenset({"value", "data", "raw", "plain", "plaintext", "text", "encoded"})
"""Members of an object under a secret key that hold the secret itself (``"credentials": {"value": …}``)."""
_MAP_KEYS: Final = (["secrets"], ["passwords"], ["tokens"])
"""Last words of keys whose object value maps names to secrets (``"secrets": {"db": …}``): all its leaves go."""


def _payload(key: object, rule: str) -> str | None:
    return rule if str(key).lower() in _PAYLOAD_KEYS else None


_STRUCTURED: Final = frozenset({"url", "redirectURL", "headers", "cookies", "queryString", "postData", "content"})


class JsonRedactor:
    """Redacts decoded JSON values; counts and previews go to the text redactor's report.

    Args:
        text: The text redactor of the file (its options, report and pseudonyms are used).
    """

    def __init__(self, text: TextRedactor) -> None:
        self.text = text

    def value(self, node: Any, path: str, rule: str | None = None, key: str = "") -> Any:
        """Redact any JSON value.

        Args:
            node: The value (dict, list, str, number, bool or None).
            path: Where it is, for the preview.
            rule: The rule its key gave, if any: strings and numbers in it are removed (in a list too). An object
                under a secret key is judged by its own keys (``"authorization": {"roles": …}`` in a users/me
                body keeps its roles, ``"auth": {"username": …, "password": …}`` its user name), except its
                ``value``-like members, and every leaf of a map of secrets (``"secrets": {"db": …}``).
            key: Its key (or its pair's name), which may say that a long random value is an identifier.

        Returns:
            The redacted value (a new container; strings and numbers under a secret key become markers).
        """
        if isinstance(node, str):
            if rule is None:
                return self.text.redact_value(node, path, key)
            return self.secret_string(node, rule, path)
        if isinstance(node, bool) or node is None:
            return node
        if isinstance(node, int | float):
            if rule is None or rule in KEEP_ID_RULES:
                return node
            self.text.report.count(rule)
            return self.text.mark(rule, repr(node))
        if isinstance(node, list):
            return [self.value(item, f"{path}[{index}]", rule, key) for index, item in enumerate(node)]
        if isinstance(node, dict):
            name = node.get("name")
            pair_rule = classify_key(name, query=True) if isinstance(name, str) and "value" in node else None
            result = {}
            binary = node.get("encoding") == "base64"  # a HAR body: its decoded text was redacted on its own
            for child_key, child in node.items():
                if binary and child_key == "text":
                    result[child_key] = child
                    continue
                child_rule = pair_rule if child_key == "value" and pair_rule else classify_key(str(child_key))
                if child_rule is None and rule is not None:
                    child_rule = rule if key_words(key)[-1:] in _MAP_KEYS else _payload(child_key, rule)
                named = name if child_key == "value" and isinstance(name, str) else str(child_key)
                result[child_key] = self.value(child, f"{path}.{child_key}", child_rule, named)
            return result
        return node

    def secret_string(self, value: str, rule: str, path: str) -> str:
        """Remove the secret part of a string whose key or header name gave ``rule``."""
        if NOT_A_VALUE.fullmatch(value.strip()) or (rule in KEEP_ID_RULES and is_uuid(value)):
            return value
        if rule == "authorization" and PERMISSION.fullmatch(value):  # a list of Genesys permissions
            return value
        return self.text.apply(value, value_spans(rule, value), None, path)

    def har_entry(self, entry: Any, path: str) -> Any:
        """Redact one HAR entry (``log.entries[i]``) in place.

        Args:
            entry: The decoded entry.
            path: ``entries[i]``, for the preview.

        Returns:
            The redacted entry.
        """
        if not isinstance(entry, dict):
            return self.value(entry, path)
        strings: list[str] = []
        for key, part in entry.items():
            if key in ("request", "response") and isinstance(part, dict):
                self._message(part, f"{path}.{key}", key == "response", strings)
            elif isinstance(part, str):
                strings.append(part)
            elif isinstance(part, dict | list):
                _collect(part, strings)
        if strings and self.text.has_candidates("\n".join(strings)):
            return self.value(entry, path)
        return entry

    def _message(self, message: dict[str, Any], path: str, response: bool, strings: list[str]) -> None:
        """Redact a request or response by its parts; gather the strings left for the text rules."""
        for key in ("url", "redirectURL"):
            url = message.get(key)
            if isinstance(url, str) and url:
                message[key] = self.text.apply(url, url_spans(url), None, f"{path}.{key}")
        for header in _items(message.get("headers")):
            name, value = header.get("name"), header.get("value")
            if isinstance(name, str) and isinstance(value, str):
                rule = classify_key(name)
                if rule is not None:
                    header["value"] = self.secret_string(value, rule, f"{path}.headers[{name}]")
                else:
                    strings.append(value)
            else:
                _collect(header, strings)
        for key, part in message.items():
            if key in _STRUCTURED:
                continue
            if isinstance(part, str):
                strings.append(part)
            elif isinstance(part, dict | list):
                _collect(part, strings)
        for key in ("cookies", "queryString"):
            for item in _items(message.get(key)):
                strings.extend(f'"{k}": ' for k in item if k not in _HAR_KEYS)
        cookie_rule = "set-cookie" if response else "cookie"
        for cookie in _items(message.get("cookies")):
            value = cookie.get("value")
            if isinstance(value, str) and value and not NOT_A_VALUE.fullmatch(value):
                where = f"{path}.cookies[{cookie.get('name', '')}]"
                cookie["value"] = self.text.apply(value, [Span(0, len(value), cookie_rule)], None, where)
        for pair in (*_items(message.get("queryString")), *_items(_dict(message.get("postData")).get("params"))):
            name, value = pair.get("name"), pair.get("value")
            if isinstance(name, str) and isinstance(value, str):
                rule = classify_key(name, query=True)
                if rule is not None:
                    pair["value"] = self.secret_string(value, rule, f"{path}.params[{name}]")
                elif "%" in value:  # a URL carried in a parameter: its own parameters, decoded
                    pair["value"] = self.text.apply(value, encoded_spans(value), None, f"{path}.params[{name}]")
        post = message.get("postData")
        if isinstance(post, dict):
            mime = str(post.get("mimeType", "")).lower()
            if isinstance(post.get("text"), str) and (_FORM_MIME in mime or "multipart/form-data" in mime):
                text = post["text"]
                found = parameter_spans(text) if _FORM_MIME in mime else multipart_spans(text)
                post["text"] = self.text.apply(text, found, None, f"{path}.postData")
            strings.extend(v for k, v in post.items() if k != "params" and isinstance(v, str))
        content = message.get("content")
        if isinstance(content, dict):
            self._base64_body(content, f"{path}.content.text")
            if content.get("encoding") != "base64":
                _collect(content, strings)

    def _base64_body(self, content: dict[str, Any], path: str) -> None:
        """Redact a base64-encoded text body through its decoded text; binary bodies are left alone."""
        text, mime = content.get("text"), str(content.get("mimeType", "")).lower()
        if content.get("encoding") != "base64" or not isinstance(text, str) or len(text) > _MAX_BASE64_BODY:
            return
        if not any(hint in mime for hint in _TEXT_MIME_HINTS):
            return
        try:
            raw = base64.b64decode(text, validate=False)
        except (binascii.Error, ValueError):
            return
        decoded = raw.decode("utf-8", "surrogateescape")
        redacted = self.text.redact_value(decoded, path)
        if redacted != decoded:
            content["text"] = base64.b64encode(redacted.encode("utf-8", "surrogateescape")).decode("ascii")


def _items(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


_HAR_KEYS: Final = frozenset(
    {"log", "version", "creator", "browser", "pages", "entries", "startedDateTime", "time", "request", "response",
     "cache", "timings", "serverIPAddress", "connection", "comment", "pageref", "method", "url", "httpVersion",
     "cookies", "headers", "queryString", "postData", "headersSize", "bodySize", "status", "statusText",
     "content", "redirectURL", "name", "value", "path", "domain", "expires", "httpOnly", "secure", "mimeType",
     "params", "text", "fileName", "contentType", "size", "compression", "encoding", "beforeRequest",
     "afterRequest", "lastAccess", "eTag", "hitCount", "blocked", "dns", "connect", "send", "wait", "receive",
     "ssl", "id", "title", "pageTimings", "onContentLoad", "onLoad"}
)  # fmt: skip


def _collect(node: Any, strings: list[str]) -> None:
    """Gather every string, and every key that is not a HAR field (as ``"key": ``), for one quick scan."""
    stack = [node]
    while stack:
        current = stack.pop()
        children = current.values() if isinstance(current, dict) else current
        if isinstance(current, dict):
            strings.extend(f'"{key}": ' for key in current if key not in _HAR_KEYS)
        for child in children:
            kind = type(child)
            if kind is str:
                strings.append(child)
            elif kind is dict or kind is list:
                stack.append(child)
