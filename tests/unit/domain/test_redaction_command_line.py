"""Secrets given on a command line, incoming-webhook URLs and bracketed form keys (``user[password]=``).

Found by trying the engine on lines an administrator pastes from a shell, a PowerShell transcript or a chat-ops
configuration: ``--password X``, ``-ClientSecret X``, ``mysql -u root -pX``, ``sshpass -p X``, a Slack or Teams
webhook URL under a key that names no secret, and a Rails/PHP form body all came through whole.
"""

import pytest

from care_desktop.domain.redaction.report import RedactionReport
from care_desktop.domain.redaction.rules import RedactionOptions
from care_desktop.domain.redaction.text import TextRedactor

SECRET = "Zq7Tail9x"


def redact(text: str) -> str:
    redactor = TextRedactor(RedactionOptions(), RedactionReport())
    out = redactor.redact_block(text)
    redactor.end()
    return out


@pytest.mark.parametrize(
    "line",
    [
        "run: mysql -u admin --password {s} -h db.acme.lan",
        "gc-cli --client-secret {s} --client-id 8b1c2f3a-1111-2222-3333-444455556666",
        "gc-cli --client-secret '{s}'",
        'PS C:\\> Connect-Genesys -ClientId abc -ClientSecret "{s}" -Region mypurecloud.ie',
        "PS> New-Thing -Password {s}",
        "--api-key {s} --verbose",
        "\t--access-token\t{s}",
        "docker login -u me -p {s} registry.acme.lan",
        "az login --service-principal -u appid -p '{s}' --tenant acme",
        "mysql -u root -p{s} acme",
        "sshpass -p '{s}' ssh admin@host",
        "psexec \\\\host -u ACME\\svc -p {s} cmd",
        "POST /login body: user[password]={s}&user[email]=a",
        "credentials[0][secret]={s}",
        "webhook https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/{s}",
        "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/{s}",
        "Teams https://acme.webhook.office.com/webhookb2/1234abcd@aaaa/IncomingWebhook/{s}/9999",
        "discord: https://discord.com/api/webhooks/123456789/{s}",
        '{{"url":"https:\\/\\/hooks.slack.com\\/services\\/T0\\/B0\\/{s}"}}',
    ],
)
def test_the_secret_of_a_command_line_or_a_webhook_goes(line: str) -> None:
    out = redact(line.format(s=SECRET) + "\n")
    assert SECRET not in out
    assert "[REDACTED:" in out


@pytest.mark.parametrize(
    "line",
    [
        "ssh -p 2222 admin@host",
        "psql -U postgres -p 5432 -h db.acme.lan",
        "mkdir -p /var/log/care",
        "rsync -u -p ./src /dst",
        "gc-cli --password-file /etc/care/pw --verbose",
        "gc-cli --password --verbose",
        "PS> New-Thing -Password $pw -Credential (Get-Credential)",
        "PS> New-Thing -Password ${PASSWORD} -Token %TOKEN%",
        "refresh failed - token expired -- retrying",
        "- token rotation done",
        "POST /oauth/token 200",
        "user[name]=bob&user[email]=a",
        "https://hooks.example.com/services/T01/B02/abc",
    ],
)
def test_what_is_no_secret_stays(line: str) -> None:
    assert redact(line + "\n") == line + "\n"


def test_the_next_bracketed_key_after_a_secret_stays() -> None:
    out = redact("form: user[password]=pw1&user[token]=tk2&user[name]=bob\n")
    assert out == "form: user[password]=[REDACTED:password]&user[token]=[REDACTED:token]&user[name]=bob\n"
