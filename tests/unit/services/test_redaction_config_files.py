"""Configuration files through the session, the review, the package and the command line; one classifier."""

import json
import subprocess
import sys
import zipfile

import pytest

from care_desktop.domain.case.model import Attachment, AttachmentKind, Case
from care_desktop.domain.redaction.formats.registry import FORMATS
from care_desktop.domain.redaction.formats.slots import ConfigFormat, Slot
from care_desktop.services.evidence.inspection import detect_kind
from care_desktop.services.evidence.sniff import guess_kind, read_head
from care_desktop.services.packaging.builder import build_package
from care_desktop.services.packaging.options import PackOptions
from care_desktop.services.redaction.review import scan_attachments
from care_desktop.services.redaction.session import RedactionSession
from tests.unit.services.test_redaction_text import Sink

FILES = {
    "appsettings.config": '<?xml version="1.0"?>\n<configuration><appSettings>\n'
    '  <add key="Genesys.ClientSecret" value="xmlSecretValue1"/>\n</appSettings></configuration>\n',
    "config.xml": "<cfg><clientSecret>xmlElemSecret2</clientSecret></cfg>\n",
    "deploy.yaml": "env:\n  - name: GC_CLIENT_SECRET\n    value: yamlEnvSecret3\n",
    "settings.jsonc": '{\n  // comment\n  "clientSecret": "jsonSecret4",\n  "list": [1, 2,],\n}\n',
    "app.ini": "[genesys]\nAPI Key = iniKeySecret5\n",
    "app.properties": "db.password = propSecret6\\\n   continued\nnext=1\n",
    ".env": "export GC_CLIENT_SECRET=envSecret7\n",
    "prod.tfvars": 'client_secret = "tfSecret8"\n',
    "app.toml": '[a]\npassword = "tomlSecret9"\n',
    "console.log": "2026-03-01 10:00:00 INFO started\n",
    "shot.tif": None,
}
SECRETS = ["xmlSecretValue1", "xmlElemSecret2", "yamlEnvSecret3", "jsonSecret4", "iniKeySecret5", "propSecret6",
           "envSecret7", "tfSecret8", "tomlSecret9"]  # fmt: skip


@pytest.fixture
def folder(tmp_path):
    for name, text in FILES.items():
        if text is None:
            (tmp_path / name).write_bytes(b"II*\x00" + bytes(60))
        else:
            (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_one_classifier_for_the_attachments_step_cli_review_and_package(folder, tmp_path_factory):
    names = sorted(FILES)
    step: dict[str, AttachmentKind] = {}
    for name in names:
        kind = detect_kind(folder / name)
        assert kind is not None
        step[name] = kind
    assert step["config.xml"] is AttachmentKind.CONFIG
    assert step["shot.tif"] is AttachmentKind.SCREENSHOT
    cli = {name: guess_kind(folder / name, read_head(folder / name)) for name in names}
    assert cli == step
    out = tmp_path_factory.mktemp("out")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "care_desktop",
            "redact",
            *[str(folder / n) for n in names],
            "--out",
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert {
        name: AttachmentKind(doc["kind"]) for name, doc in zip(names, json.loads(run.stdout)["files"], strict=True)
    } == step
    attachments = [Attachment(name, step[name]) for name in names]
    reviews = scan_attachments(attachments, folder)
    assert {r.check.path.name: r.check.kind for r in reviews} == step
    case = Case(severity=3, title="t", attachments=attachments)
    package = build_package(case, folder, tmp_path_factory.mktemp("pkg") / "p.zip")
    kinds = {a["source"]: AttachmentKind(a["kind"]) for a in package.manifest["attachments"]}
    assert kinds == step
    with zipfile.ZipFile(package.path) as archive:
        content = b"".join(archive.read(name) for name in archive.namelist())
    for secret in SECRETS:
        assert secret.encode() not in content
    for name in names:
        if step[name] is AttachmentKind.CONFIG:
            written = (out / name).read_text(encoding="utf-8")
            fmt = json.loads(run.stdout)["files"][names.index(name)]
            assert not fmt["unsafe"]
            assert not any(secret in written for secret in SECRETS)


def _breaking(text: str) -> list[Slot]:
    return [
        Slot(s.start, s.end, s.value, s.key, s.path, lambda new: "{" + new, s.line) for s in FORMATS["json"].slots(text)
    ]


def test_an_unsafe_file_is_not_written_unless_allowed(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"password": "unsafeSecret12"}\n', encoding="utf-8")
    session = RedactionSession(formats={"json": ConfigFormat("json", _breaking, FORMATS["json"].shape)})
    sink = Sink()
    result = session.redact(path, AttachmentKind.CONFIG, sink)
    assert result.unsafe
    assert not result.included
    assert not result.redacted
    assert result.note.startswith("could not be redacted safely")
    assert sink.getvalue() == b""
    sink = Sink()
    result = session.redact(path, AttachmentKind.CONFIG, sink, allow_unsafe=True)
    assert result.unsafe
    assert result.included
    assert b"unsafeSecret12" not in sink.getvalue()
    assert "included on purpose" in result.note


def test_invalid_config_falls_back_to_the_text_rules_and_says_so(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("password: brokenSecret1\nlist: [1, 2\n", encoding="utf-8")
    sink = Sink()
    result = RedactionSession().redact(path, AttachmentKind.CONFIG, sink)
    assert "not valid YAML" in result.note
    assert b"brokenSecret1" not in sink.getvalue()


def test_a_json_config_with_a_number_python_cannot_convert_is_still_redacted_by_structure(tmp_path):
    number = "1" + "0" * 5000  # valid JSON; more digits than Python's int() takes
    path = tmp_path / "settings.json"
    path.write_text(f'{{"limit": {number}, "password": "hunter2secret"}}\n', encoding="utf-8")
    sink = Sink()
    result = RedactionSession().redact(path, AttachmentKind.CONFIG, sink)
    assert result.note == ""
    out = sink.getvalue().decode()
    assert "hunter2secret" not in out
    assert f'"limit": {number},' in out  # kept as written


def test_utf16_and_latin1_configs_keep_their_encoding(tmp_path):
    path = tmp_path / "app.ini"
    path.write_bytes(b"\xff\xfe" + "[a]\npassword = geheimPw1\nname = Müller\n".encode("utf-16-le"))
    sink = Sink()
    RedactionSession().redact(path, AttachmentKind.CONFIG, sink)
    text = sink.getvalue()[2:].decode("utf-16-le")
    assert "geheimPw1" not in text
    assert "Müller" in text
    assert sink.getvalue().startswith(b"\xff\xfe")
    latin = tmp_path / "latin.properties"
    latin.write_bytes("password=geheim2\nname=M\u00fcller\n".encode("latin-1"))
    sink = Sink()
    RedactionSession().redact(latin, AttachmentKind.CONFIG, sink)
    assert sink.getvalue() == "password=[REDACTED:password]\nname=M\u00fcller\n".encode("latin-1")


def _breaking_session() -> RedactionSession:
    return RedactionSession(formats={"json": ConfigFormat("json", _breaking, FORMATS["json"].shape)})


def test_the_review_and_the_package_leave_an_unsafe_file_out_and_say_why(tmp_path):
    (tmp_path / "settings.json").write_text('{"password": "unsafeSecret12"}\n', encoding="utf-8")
    (tmp_path / "app.log").write_text("started\n", encoding="utf-8")
    case = Case(severity=3, title="t", attachments=[Attachment("settings.json", AttachmentKind.CONFIG),
                                                    Attachment("app.log", AttachmentKind.CONSOLE_LOG)])  # fmt: skip
    config, log = scan_attachments(case.attachments, tmp_path, session=_breaking_session())
    assert config.check.unsafe
    assert not config.check.usable
    assert config.check.excluded_reason.startswith("could not be redacted safely")
    assert not log.check.unsafe
    package = build_package(case, tmp_path, tmp_path / "p.zip", session=_breaking_session())
    assert [a["source"] for a in package.manifest["attachments"]] == ["app.log"]
    [excluded] = package.manifest["excluded"]
    assert excluded["source"] == "settings.json"
    assert excluded["reason"].startswith("could not be redacted safely")
    with zipfile.ZipFile(package.path) as archive:
        assert not any("settings" in name for name in archive.namelist())


def test_the_user_may_include_an_unsafe_file_on_purpose(tmp_path):
    (tmp_path / "settings.json").write_text('{"password": "unsafeSecret12"}\n', encoding="utf-8")
    case = Case(severity=3, title="t", attachments=[Attachment("settings.json", AttachmentKind.CONFIG)])
    options = PackOptions(include_unsafe=frozenset({0}))
    package = build_package(case, tmp_path, tmp_path / "p.zip", options, session=_breaking_session())
    [record] = package.manifest["attachments"]
    assert "included on purpose" in record["note"]
    assert package.manifest["excluded"] == []
    with zipfile.ZipFile(package.path) as archive:
        member = next(name for name in archive.namelist() if name.endswith("settings.json"))
        assert b"unsafeSecret12" not in archive.read(member)


def test_a_yaml_value_that_no_longer_fits_its_tag_is_caught():
    from care_desktop.domain.redaction.formats.slots import FormatError

    with pytest.raises(FormatError):
        FORMATS["yaml"].shape("port: !!int '[REDACTED:password]'\n")
