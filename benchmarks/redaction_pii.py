"""Benchmark: what ``--pii`` (e-mail addresses and phone numbers) costs over the default redaction.

Measured in one run, in this process, on files generated into a temporary folder by ``pack.py``'s
generators (a Chrome-style HAR and a Genesys Cloud console log of ``--mb`` MB each, with planted secrets,
e-mail addresses and phone numbers added): the best of ``--repeat`` runs of ``RedactionSession.redact`` with the
default options and with ``pii=True``, and the ratio pii/default (target <= 1.5). Times are CPU seconds of this
process (``time.process_time``: the work is single-threaded, and a machine shared with other work would make
wall-clock ratios noise); wall-clock seconds are printed beside them. No file is written.

Usage: ``python benchmarks/redaction_pii.py [--mb 4.6] [--repeat 5]``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pack  # noqa: E402

from care_desktop.domain.case.model import AttachmentKind  # noqa: E402
from care_desktop.domain.redaction.rules import RedactionOptions  # noqa: E402
from care_desktop.services.redaction.session import RedactionSession, is_phone_number  # noqa: E402

MB = 1024 * 1024
TARGET = 1.5
_PII_LINES = (
    "2026-03-01T10:00:00.000Z [purecloud-web] [INFO] [contact] callback +1 317-222-{n:04} for ann{n}@acme.example\n",
    "2026-03-01T10:00:00.000Z [purecloud-web] [DEBUG] [directory] phone (020) 7946 {n:04}, mail bob{n}@example.com\n",
)


class _Nowhere:
    def write(self, data: bytes, /) -> int:
        return len(data)

    def restart(self) -> None:
        """Nothing to forget."""


def generate_log(path: Path, size: int) -> Path:
    """A console log of about ``size`` bytes: pack.py's lines, one line in 200 with personal data.

    The numbers and e-mail addresses repeat (50 of each, each seen about twice), as the people a log is about do.
    """
    rng = random.Random(7)
    block = pack._log_block(rng, size).decode().splitlines(keepends=True)
    with path.open("w", encoding="utf-8") as handle:
        for index, line in enumerate(block):
            handle.write(line)
            if index % 200 == 0:
                handle.write(_PII_LINES[index % 2].format(n=index % 10_000))
    return path


def best(path: Path, kind: AttachmentKind, options: RedactionOptions, repeat: int) -> tuple[float, float]:
    """The fastest of ``repeat`` redactions of ``path`` into nowhere: (CPU seconds, wall-clock seconds)."""
    times = []
    for _ in range(repeat):
        is_phone_number.cache_clear()  # each run starts as a new process would: nothing remembered
        session = RedactionSession(options)
        cpu, wall = time.process_time(), time.perf_counter()
        session.redact(path, kind, _Nowhere())
        times.append((time.process_time() - cpu, time.perf_counter() - wall))
    return min(times)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.6)
    parser.add_argument("--repeat", type=int, default=5)
    args, _ = parser.parse_known_args(argv)
    size = int(args.mb * MB)
    status = 0
    with tempfile.TemporaryDirectory() as folder:
        files = [
            (pack.generate_har(Path(folder) / "session.har", size), AttachmentKind.HAR),
            (generate_log(Path(folder) / "console.log", size), AttachmentKind.CONSOLE_LOG),
        ]
        for path, kind in files:
            default, default_wall = best(path, kind, RedactionOptions(), args.repeat)
            pii, pii_wall = best(path, kind, RedactionOptions(pii=True), args.repeat)
            ratio = pii / default
            verdict = "ok" if ratio <= TARGET else "over target"
            megabytes = path.stat().st_size / MB
            print(
                f"{path.name:12} {megabytes:5.1f} MB  default {default:6.3f} s CPU ({default_wall:.3f} s wall)  "
                f"--pii {pii:6.3f} s CPU ({pii_wall:.3f} s wall)  ratio {ratio:4.2f} (target <= {TARGET}: {verdict})",
                flush=True,
            )
            status = max(status, 0 if ratio <= TARGET else 1)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
