"""The judge of the redaction class corpus: did every secret go, every keep stay, every output parse the same way.

``judge_file`` compares one input with its redacted output and returns its failures as ``{case: detail}``, where a
case is a line of ``known_failures.txt``: ``leak FILE SECRET_ID``, ``keep FILE KEEP_ID``, ``parse FILE`` or
``encoding FILE``. A secret leaks when it, or any piece of it of at least 12 characters (half its length when
it is shorter than 24), is found in the output or in what the output decodes to: HTML entities and JSON escapes
undone, URL-decoding repeated, every base64/base64url run decoded (twice, for base64 inside base64). Pieces the
input also holds outside its secrets do not count. A structured output must parse, and parse to the same tree
as the input, leaves differing only where the input leaf held a secret; JSON held in a string leaf (HAR bodies)
must still be JSON of the same shape. A log is its lines: as many, and those without a secret unchanged.

Run ``python -m tests.helpers.redaction_judge`` for the corpus figures (``--realworld`` for the third-party
files, which have no expectations: there only the shapes and the UUIDs are checked).
"""

from __future__ import annotations

import argparse
import base64
import binascii
import configparser
import html
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus, unquote, unquote_plus

import yaml

REPO = Path(__file__).resolve().parents[2]
CLASSES_DIR = REPO / "tests" / "data" / "redaction" / "classes"
FILES_DIR = CLASSES_DIR / "files"
EXPECTATIONS = CLASSES_DIR / "expectations.json"
KNOWN_FAILURES = CLASSES_DIR / "known_failures.txt"
REALWORLD_DIR = REPO / "tests" / "data" / "realworld"

MARKER = re.compile(r"\[REDACTED:[^\]\s]{1,40}\]")
RUN = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
UUID = re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")
HEX = re.compile(r"[0-9a-fA-F]+")
JSON_ESCAPE = re.compile(r'\\(u[0-9a-fA-F]{4}|["\\/bfnrt])')
CODECS = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "cp1252": "cp1252", "utf-16": "utf-16"}
BOMS = {"utf-8-sig": b"\xef\xbb\xbf", "utf-16": b"\xff\xfe"}
BIG = 100_000
KINDS = ("leak", "keep", "parse", "encoding", "pack", "live")
HAR_SIZES = frozenset({"size", "bodySize", "headersSize", "compression"})


# -- decoded views -----------------------------------------------------------------------------------------


def json_unescape(text: str) -> str:
    """Undo JSON string escapes wherever they are (a HAR body inside a HAR string, a JSON log line)."""
    simple = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def replace(match: re.Match[str]) -> str:
        code = match.group(1)
        return chr(int(code[1:], 16)) if code.startswith("u") else simple[code]

    return JSON_ESCAPE.sub(replace, text)


@lru_cache(maxsize=65536)
def b64_text(run: str) -> str:
    """A base64 or base64url run decoded to text, or empty when it is no base64 of mostly printable text."""
    if UUID.fullmatch(run) or HEX.fullmatch(run):
        return ""
    body = run.rstrip("=").replace("-", "+").replace("_", "/")
    if len(body) % 4 == 1:
        body = body[:-1]
    try:
        raw = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        return ""
    text = raw.decode("utf-8", "ignore")
    if not text:
        return ""
    sample = text[:2000]
    printable = sum(1 for char in sample if char.isprintable() or char in "\r\n\t")
    return text if printable >= 0.8 * len(sample) else ""


def views(text: str, *, strip_markers: bool = True) -> list[str]:
    """The text and what it decodes to, each once (markers left by the redaction are blanked first)."""
    if strip_markers:
        text = MARKER.sub("\x00", text)
    found: dict[str, None] = {text: None}
    for candidate in (html.unescape(text), json_unescape(text), unquote_plus(text)):
        found.setdefault(candidate, None)
    decoded = text
    for _ in range(3):
        again = unquote(decoded)
        if again == decoded:
            break
        decoded = again
        found.setdefault(decoded, None)
    for depth in range(2):
        runs: list[str] = []
        for view in list(found):
            runs.extend(RUN.findall(view))
        pieces = [piece for piece in (b64_text(run) for run in dict.fromkeys(runs)) if piece]
        if not pieces:
            break
        decoded_views = ["\x00".join(pieces)]
        if depth == 0:
            decoded_views += [html.unescape(decoded_views[0]), unquote(decoded_views[0])]
        for view in decoded_views:
            found.setdefault(MARKER.sub("\x00", view) if strip_markers else view, None)
    return list(found)


def encoded_forms(secret: str) -> set[str]:
    """The ways a secret may be written in a file (raw, URL-, HTML- or JSON-escaped)."""
    forms = {secret, quote(secret, safe=""), quote(secret), quote_plus(secret), quote(quote(secret, safe=""), safe="")}
    forms |= {html.escape(secret), html.escape(secret, quote=False), json.dumps(secret)[1:-1]}
    forms |= {base64.b64encode(secret.encode()).decode().rstrip("=")}
    return forms


def window(secret: str) -> int:
    """The shortest piece of a secret that counts as a leak."""
    return 12 if len(secret) >= 24 else max(6, (len(secret) + 1) // 2)


def _pieces_found(secret: str, view: str, size: int) -> Iterable[str]:
    """Pieces of ``secret`` of length ``size`` that occur in ``view`` (anchored search for long views)."""
    if len(view) < BIG:
        for start in range(len(secret) - size + 1):
            piece = secret[start : start + size]
            if piece in view:
                yield piece
        return
    anchor = (size + 1) // 2
    stride = size - anchor + 1
    starts = list(range(0, len(secret) - anchor + 1, stride))
    for position in starts:
        if secret[position : position + anchor] not in view:
            continue
        for start in range(max(0, position - size + anchor), min(position, len(secret) - size) + 1):
            piece = secret[start : start + size]
            if piece in view:
                yield piece


def leak(secret: str, out_views: list[str], background: Callable[[], list[str]]) -> str:
    """How ``secret`` leaked into the output (empty when it did not).

    ``background`` gives the input's text without its secrets: a piece found there is no leak.
    """
    for view in out_views:
        if secret in view:
            return "whole"
    size = window(secret)
    for view in out_views:
        for piece in _pieces_found(secret, view, size):
            if not any(piece in ground for ground in background()) and not _encodes_public(piece, background()):
                return f"piece {piece!r}"
    return ""


def _encodes_public(piece: str, background: list[str]) -> bool:
    """Whether a piece of a base64 secret is what text outside the secrets also gives when base64-encoded.

    A SAML response names public hosts; encoded at the same offset, a host elsewhere in the file gives the same
    characters, and those are no leak.
    """
    return any(piece in encoded for encoded in _base64_renderings(tuple(background)))


@lru_cache(maxsize=4)
def _base64_renderings(background: tuple[str, ...]) -> tuple[str, ...]:
    rendered = []
    for view in background:
        data = view.encode("utf-8", "ignore")
        for offset in range(3):
            encoded = base64.b64encode(data[offset:]).decode()
            rendered += [encoded, encoded.replace("+", "-").replace("/", "_")]
    return tuple(rendered)


def background_views(text: str, secrets: list[str]) -> list[str]:
    """The input's views with every secret (in every spelling) taken out."""
    forms = sorted({form for secret in secrets for form in encoded_forms(secret)}, key=len, reverse=True)
    result = []
    for view in views(text, strip_markers=False):
        for form in forms:
            view = view.replace(form, "\x00")
        result.append(view)
    return result


# -- parsing ----------------------------------------------------------------------------------------------


def strip_jsonc(text: str) -> str:
    """JSON with comments and trailing commas made plain JSON."""
    out: list[str] = []
    index, size = 0, len(text)
    while index < size:
        char = text[index]
        if char == '"':
            end = index + 1
            while end < size and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            out.append(text[index : end + 1])
            index = end + 1
        elif text.startswith("//", index):
            end = text.find("\n", index)
            index = size if end < 0 else end
        elif text.startswith("/*", index):
            end = text.find("*/", index + 2)
            index = size if end < 0 else end + 2
        else:
            out.append(char)
            index += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


def parse_properties(text: str) -> dict[str, str]:
    """Java properties: comments, continuation lines, =/:/blank separators, escapes."""
    result: dict[str, str] = {}
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index].lstrip()
        index += 1
        if not line or line[0] in "#!":
            continue
        while (len(line) - len(line.rstrip("\\"))) % 2 == 1 and index < len(lines):
            line = line[:-1] + lines[index].lstrip()
            index += 1
        key_end = 0
        while key_end < len(line) and line[key_end] not in "=: \t\f":
            key_end += 2 if line[key_end] == "\\" else 1
        key, rest = line[:key_end], line[key_end:].lstrip(" \t\f")
        if rest[:1] in ("=", ":"):
            rest = rest[1:].lstrip(" \t\f")
        result[_unescape_properties(key)] = _unescape_properties(rest)
    return result


def _unescape_properties(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}.get(m.group(1), m.group(1)), text)


def parse_env(text: str) -> list[tuple[str, str]]:
    """.env lines as (name, value) pairs (comments and blank lines skipped, quotes removed)."""
    pairs = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = line.removeprefix("export ")
        name, _, value = line.partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        pairs.append((name.strip(), value))
    return pairs


def parse_tfvars(text: str) -> list[tuple[str | None, str]]:
    """Terraform variables line by line: (name, value) for assignments, (None, line) for the rest."""
    rows: list[tuple[str | None, str]] = []
    for line in text.splitlines():
        match = re.match(r"^\s*([A-Za-z_][\w-]*)\s*=\s*(.*)$", line)
        rows.append((match.group(1), match.group(2)) if match else (None, line.strip()))
    return rows


def parse_ini(text: str) -> dict[str, dict[str, str]]:
    parser = configparser.RawConfigParser(strict=False, interpolation=None, delimiters=("=", ":"))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return {section: dict(parser.items(section)) for section in parser.sections()}


def xml_tree(element: ET.Element) -> dict[str, Any]:
    return {
        "tag": element.tag,
        "attrib": dict(element.attrib),
        "text": (element.text or "").strip(),
        "tail": (element.tail or "").strip(),
        "children": [xml_tree(child) for child in element],
    }


PARSERS: dict[str, Callable[[str], Any]] = {
    "json": json.loads,
    "har": json.loads,
    "jsonc": lambda text: json.loads(strip_jsonc(text)),
    "yaml": lambda text: list(yaml.safe_load_all(text)),
    "xml": lambda text: xml_tree(ET.fromstring(text.encode("utf-8"))),
    "ini": parse_ini,
    "properties": parse_properties,
    "toml": tomllib.loads,
    "env": parse_env,
    # netrc comments are whole lines: a "#" inside a token (a password) is part of it, as Python's netrc reads it
    "netrc": lambda text: shlex.split(
        "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    ),
    "tfvars": parse_tfvars,
    "text": str.splitlines,
}


def parse(fmt: str, text: str) -> Any:
    """The tree of a document (its lines for plain text). Raises on a document that does not parse."""
    return PARSERS[fmt](text.removeprefix("\ufeff"))


def _as_json_container(value: Any) -> Any:
    if isinstance(value, str) and value.lstrip()[:1] in ("{", "["):
        try:
            return json.loads(value)
        except ValueError:
            return None
    return None


def compare(before: Any, after: Any, may_differ: Callable[[Any, str], bool], path: str = "$") -> list[str]:
    """Where two trees differ other than in leaves that ``may_differ`` allows (a leaf that held a secret)."""
    if isinstance(before, dict):
        if not isinstance(after, dict):
            return [f"{path}: an object became {type(after).__name__}"]
        if list(before) != list(after) and set(before) != set(after):
            return [f"{path}: keys {sorted(set(before) ^ set(after))[:5]} differ"]
        return [d for key in before for d in compare(before[key], after[key], may_differ, f"{path}.{key}")]
    if isinstance(before, list | tuple):
        if not isinstance(after, list | tuple) or len(before) != len(after):
            return [
                f"{path}: a list of {len(before)} became {after if not isinstance(after, list | tuple) else len(after)}"
            ]
        return [
            d
            for i, (b, a) in enumerate(zip(before, after, strict=True))
            for d in compare(b, a, may_differ, f"{path}[{i}]")
        ]
    if before == after:
        return []
    inner = _as_json_container(before)
    if inner is not None:
        other = _as_json_container(after)
        if other is None:
            return [f"{path}: JSON in a string no longer parses"]
        return compare(inner, other, may_differ, path + "<json>")
    if may_differ(before, path):
        return []
    return [f"{path}: {str(before)[:60]!r} became {str(after)[:60]!r}"]


def shape_only(before: Any, after: Any, path: str = "$") -> list[str]:
    """Where two trees differ in structure (keys, list lengths, kinds of nodes); leaf values are not compared."""
    return compare(before, after, lambda leaf, where: True, path)


# -- judging ----------------------------------------------------------------------------------------------


def decode(data: bytes, encoding: str) -> tuple[str, str]:
    """The text of a file and what is wrong with its encoding (empty when nothing)."""
    problem = ""
    bom = BOMS.get(encoding, b"")
    if bom and not data.startswith(bom):
        problem = f"does not start with the {encoding} byte-order mark"
    if not bom and data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        problem = "gained a byte-order mark"
    try:
        text = data.decode(CODECS[encoding])
    except UnicodeDecodeError as error:
        problem = problem or f"is not {encoding}: {error}"
        text = data.decode(CODECS[encoding], "replace")
    return text.removeprefix("\ufeff"), problem


def keep_count(text: str, keep: str) -> int:
    return max(text.count(keep), json_unescape(text).count(keep), html.unescape(text).count(keep))


def judge_file(name: str, record: dict[str, Any], data: bytes, output: bytes | None) -> dict[str, str]:
    """Every failure of one file of the corpus, as ``{case: detail}``."""
    if output is None:
        return {f"parse {name}": "no output was written"}
    failures: dict[str, str] = {}
    source, _ = decode(data, record["encoding"])
    text, problem = decode(output, record["encoding"])
    if not problem and record["encoding"] == "cp1252" and not source.isascii():
        try:
            output.decode("utf-8")
            problem = "was re-encoded as UTF-8"
        except UnicodeDecodeError:
            pass
    if problem:
        failures[f"encoding {name}"] = problem
    secrets = [s["value"] for s in record["secrets"]]
    may_change = secrets + record.get("neutral", [])
    out_views = views(text)
    background = lru_cache(maxsize=1)(lambda: background_views(source, secrets))
    for secret in record["secrets"]:
        how = leak(secret["value"], out_views, background)
        if how:
            failures[f"leak {name} {secret['id']}"] = f"{secret['class']}: {how}"
    for keep in record["keeps"]:
        wanted, got = keep_count(source, keep["value"]), keep_count(text, keep["value"])
        if got < wanted:
            failures[f"keep {name} {keep['id']}"] = f"{keep['class']}: {keep['value']!r} {got} of {wanted} times"

    def held_secret(leaf: Any, path: str) -> bool:
        if record["format"] == "har" and path.rsplit(".", 1)[-1] in HAR_SIZES:
            return True  # a HAR's byte counts may follow the redacted bodies
        joined = "\x00".join(views(str(leaf), strip_markers=False))
        return any(value in joined for value in may_change)

    try:
        differences = compare(parse(record["format"], source), parse(record["format"], text), held_secret)
    except Exception as error:  # any parser's error: the output does not parse
        differences = [f"does not parse as {record['format']}: {type(error).__name__}: {str(error)[:120]}"]
    if differences:
        failures[f"parse {name}"] = "; ".join(differences[:3])
    return failures


def load_expectations(corpus: Path = CLASSES_DIR) -> dict[str, Any]:
    """The expectations of the corpus in ``corpus`` (``expectations.json`` beside ``files/``)."""
    document: dict[str, Any] = json.loads((corpus / "expectations.json").read_text("utf-8"))
    return document


def generate(out: Path, seed: int) -> None:
    """Write a corpus with another seed (shapes shuffled too) into ``out``."""
    command = [sys.executable, str(CLASSES_DIR / "generate.py"), "--seed", str(seed), "--out", str(out)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def load_known_failures(path: Path = KNOWN_FAILURES) -> set[str]:
    """The cases that fail today (one per line; blank lines and ``#`` comments are skipped)."""
    if not path.exists():
        return set()
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return {" ".join(line.split()) for line in lines if line}


@dataclass
class CliRun:
    """One run of ``care-desktop redact`` over many files."""

    returncode: int
    stdout: str
    stderr: str
    out_dir: Path

    def document(self) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.stdout)
        return result

    def output(self, name: str) -> bytes | None:
        path = self.out_dir / name
        return path.read_bytes() if path.exists() else None


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m care_desktop ARGS`` in a subprocess with its own home."""
    env = os.environ.copy()
    env["CARE_DESKTOP_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    command = [sys.executable, "-m", "care_desktop", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env, cwd=REPO, check=False)


def run_redact(files: list[Path], out_dir: Path, home: Path, *extra: str) -> CliRun:
    """Run the real command line in a subprocess over ``files`` at once."""
    result = run_cli(home, "redact", *map(str, files), "--out", str(out_dir), "--json", *extra)
    return CliRun(result.returncode, result.stdout, result.stderr, out_dir)


def judge_corpus(cli: CliRun, expectations: dict[str, Any], files: Path = FILES_DIR) -> dict[str, str]:
    """Every failure of every file of a corpus."""
    failures: dict[str, str] = {}
    for name, record in expectations["files"].items():
        failures.update(judge_file(name, record, (files / name).read_bytes(), cli.output(name)))
    return failures


def write_corpus_case(folder: Path, files: list[Path]) -> Path:
    """A case file with ``files`` attached, their kinds as the Attachments page gives them."""
    from care_desktop.services.evidence.inspection import inspect_file  # the project's own classifier

    attachments = []
    for path in files:
        kind = inspect_file(path).kind
        assert kind is not None, path
        attachments.append({"path": str(path), "kind": kind.value, "note": ""})
    case = {
        "schema": "care-desktop/case@1",
        "org": {"short_name": "acme", "id": "7f3c2a10-5d4e-4b8a-9c1f-2e6d8a0b4c3e", "region": "mypurecloud.com"},
        "contact": {"name": "Ann Lee", "email": "ann@example.com", "phone": "+1 317 555 0100", "available_24x7": True},
        "severity": 3,
        "severity_rationale": "single sign-on loops for some agents",
        "title": "Agents loop between the identity provider and the login page",
        "description": "Since the certificate renewal, some agents are sent back to the IdP after signing in.",
        "business_impact": "12 agents cannot sign in",
        "occurred_at": "",
        "conversation_ids": [],
        "attachments": attachments,
    }
    path = folder / "CASE.json"
    path.write_text(json.dumps(case), "utf-8")
    return path


def package_members(package: Path) -> dict[str, bytes]:
    """The attachments of a package, by file name."""
    with zipfile.ZipFile(package) as archive:
        return {
            member.rsplit("/", 1)[-1]: archive.read(member)
            for member in archive.namelist()
            if member.startswith("attachments/")
        }


def pack_and_live_failures(cli: CliRun, members: dict[str, bytes], expectations: dict[str, Any]) -> dict[str, str]:
    """``pack FILE`` (the package holds other bytes than ``redact`` wrote) and ``live FILE`` (no warning) cases."""
    failures = {}
    flags = {Path(f["input"]).name: f["live_session"] for f in cli.document()["files"]}
    for name, record in expectations["files"].items():
        if members.get(name.lstrip(".")) != cli.output(name):  # the package names no hidden files
            failures[f"pack {name}"] = "the package holds other bytes than redact wrote"
        if record["live_session"] and not flags.get(name):
            failures[f"live {name}"] = "no live-session warning"
    return failures


REALWORLD_FORMATS = {".har": "har", ".json": "json", ".log": "text", ".yaml": "yaml", ".ini": "ini", ".env": "env"}
EARLIER_CORPUS = REPO / "tests" / "data" / "redaction"


def realworld_files() -> list[Path]:
    """The third-party files, and the project's earlier redaction corpus (neither has expectations)."""
    found = [path for path in REALWORLD_DIR.rglob("*") if path.suffix in REALWORLD_FORMATS]
    found += [path for path in EARLIER_CORPUS.iterdir() if path.is_file() and path.suffix in REALWORLD_FORMATS]
    return sorted(found, key=lambda path: path.name)


def judge_realworld(path: Path, output: bytes | None) -> dict[str, str]:
    """A file without expectations: a structured output parses to the same shape, and every UUID is still there."""
    name = path.name
    if output is None:
        return {f"parse {name}": "no output was written"}
    failures: dict[str, str] = {}
    before = path.read_bytes().decode("utf-8", "replace").removeprefix("\ufeff")
    after = output.decode("utf-8", "replace").removeprefix("\ufeff")
    fmt = REALWORLD_FORMATS[path.suffix]
    try:  # a log may lose lines (a PEM block becomes one marker): only structured files keep their shape
        differences = [] if fmt == "text" else shape_only(parse(fmt, before), parse(fmt, after))
    except Exception as error:  # any parser's error: the output does not parse
        differences = [f"does not parse as {fmt}: {type(error).__name__}: {str(error)[:120]}"]
    if differences:
        failures[f"parse {name}"] = "; ".join(differences[:3])
    for found in dict.fromkeys(match.lower() for match in UUID.findall(before)):
        wanted = len(re.findall(re.escape(found), before, re.IGNORECASE))
        got = len(re.findall(re.escape(found), after, re.IGNORECASE))
        if got < wanted:
            failures[f"keep {name} {found}"] = f"UUID {got} of {wanted} times"
    return failures


def summary(failures: dict[str, str], expectations: dict[str, Any]) -> str:
    files = expectations["files"]
    secrets = sum(len(r["secrets"]) for r in files.values())
    keeps = sum(len(r["keeps"]) for r in files.values())
    structured = sum(1 for r in files.values() if r["format"] != "text")
    kinds = {kind: sum(1 for case in failures if case.startswith(kind + " ")) for kind in KINDS}
    live = sum(1 for record in files.values() if record["live_session"])
    return (
        f"{len(files)} files: {kinds['leak']} of {secrets} secrets leaked, {kinds['keep']} of {keeps} keeps damaged, "
        f"{kinds['parse']} of {len(files)} outputs do not parse the same way ({structured} structured; a log: lines "
        f"without a secret changed), {kinds['encoding']} encodings changed, {kinds['pack']} of {len(files)} packed "
        f"otherwise than redacted, {kinds['live']} of {live} live-session warnings missing"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the judge and print the figures and every failing case."""
    parser = argparse.ArgumentParser(description="Judge `care-desktop redact` on the redaction class corpus.")
    parser.add_argument("--realworld", action="store_true", help="judge the third-party files instead")
    parser.add_argument("--corpus", type=Path, default=CLASSES_DIR, help="a corpus folder (expectations.json, files/)")
    parser.add_argument("--seed", type=int, help="judge a corpus generated with this seed (shapes shuffled)")
    parser.add_argument(
        "--write-known", type=Path, help="write the failing cases to this file (all but the review page's)"
    )
    parser.add_argument("--summary", action="store_true", help="print the figures only, not every failing case")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temp:
        out, home = Path(temp) / "out", Path(temp) / "home"
        if args.realworld:
            files = realworld_files()
            cli = run_redact(files, out, home)
            failures = {k: v for path in files for k, v in judge_realworld(path, cli.output(path.name)).items()}
            print(f"{len(files)} third-party and earlier corpus files: {len(failures)} failures")
        else:
            corpus = args.corpus
            if args.seed is not None:
                corpus = Path(temp) / "corpus"
                generate(corpus, args.seed)
            expectations = load_expectations(corpus)
            files = [corpus / "files" / name for name in expectations["files"]]
            cli = run_redact(files, out, home)
            failures = judge_corpus(cli, expectations, corpus / "files")
            package = Path(temp) / "package.zip"
            packed = run_cli(home, "pack", str(write_corpus_case(Path(temp), files)), "--out", str(package))
            if packed.returncode != 0:
                print(f"pack exited {packed.returncode}: {packed.stderr.strip()}")
            members = package_members(package) if packed.returncode == 0 else {}
            failures.update(pack_and_live_failures(cli, members, expectations))
            print(summary(failures, expectations))
        if cli.returncode != 0:
            print(f"redact exited {cli.returncode}: {cli.stderr.strip()}")
    for case in [] if args.summary else sorted(failures):
        print(f"{case}\t{failures[case]}")
    if args.write_known:
        args.write_known.write_text("".join(f"{case}\n" for case in sorted(failures)), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
