"""A streaming ZIP writer: members of unknown size, compressed on several threads, hashed as they are written.

Why not ``zipfile``: a package member is redacted and compressed while it is read, and to keep up with
``zip -6`` the compression runs on two threads at once. ``zipfile`` compresses on the calling thread only.
Here a member's data is cut into blocks that are deflated in parallel, each with the previous block's last
32 KiB as its dictionary and ended with a sync flush, so that the blocks join into one ordinary deflate
stream (the way pigz does it). The CRC-32 and SHA-256 of the member are computed on another thread, in order.
zlib-ng (a faster deflate with the zlib interface) and hashlib release the GIL while they work, so the
caller's thread stays free for redaction.

Members are written with their local header first and the sizes patched in afterwards (the file must be
seekable). ZIP64 extra fields are used when a member or the archive passes 4 GiB (a member whose input is
larger than 1 GiB reserves one up front), or always when ``force_zip64`` is set. Never reads or writes
anything but the file it is given.
"""

from __future__ import annotations

import hashlib
import struct
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO, Final

from zlib_ng import zlib_ng as zlib

BLOCK: Final = 512 * 1024
WINDOW: Final = 32 * 1024
MAX_PENDING: Final = 6
ZIP64_LIMIT: Final = 0xFFFFFFFF
RESERVE_ZIP64_ABOVE: Final = 1 << 30
_LOCAL: Final = struct.Struct("<IHHHHHIIIHH")
_CENTRAL: Final = struct.Struct("<IHHHHHHIIIHHHHHII")
_END: Final = struct.Struct("<IHHHHIIH")
_END64: Final = struct.Struct("<IQHHIIQQQQ")
_LOCATOR64: Final = struct.Struct("<IIQI")
_UNIX_FILE: Final = 0o100644 << 16
_EMPTY_FINAL_BLOCK: Final = b"\x03\x00"


@dataclass(frozen=True)
class MemberInfo:
    """A member as written.

    Attributes:
        name: Its path in the archive.
        size: Uncompressed bytes.
        compressed_size: Bytes stored.
        crc: CRC-32 of the content.
        sha256: Hex SHA-256 of the content.
        deflated: True when deflated, False when stored.
        offset: Where its local header starts.
        zip64: Whether its headers carry ZIP64 sizes.
    """

    name: str
    size: int
    compressed_size: int
    crc: int
    sha256: str
    deflated: bool
    offset: int
    zip64: bool


def _deflate(block: bytes, dictionary: bytes, level: int) -> bytes:
    if dictionary:
        compressor = zlib.compressobj(level, zlib.DEFLATED, -15, 8, zlib.Z_DEFAULT_STRATEGY, dictionary)
    else:
        compressor = zlib.compressobj(level, zlib.DEFLATED, -15)
    return compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)


def _done(data: bytes) -> Future[bytes]:
    future: Future[bytes] = Future()
    future.set_result(data)
    return future


class _Digests:
    """CRC-32 and SHA-256 of a member, updated in order on the hashing thread."""

    def __init__(self) -> None:
        self.crc = 0
        self.sha = hashlib.sha256()

    def update(self, data: bytes) -> None:
        self.crc = zlib.crc32(data, self.crc)
        self.sha.update(data)


class MemberWriter:
    """Writes one member's content; an ``Output`` for the redaction services. Get it from ``ZipWriter.member``."""

    def __init__(self, archive: ZipWriter, name: str, deflated: bool, zip64: bool) -> None:
        self._archive = archive
        self.name = name
        self.deflated = deflated
        self.zip64 = zip64
        self.offset = archive.handle.tell()
        archive.handle.write(self._local_header(0, 0, 0))
        self._data_start = archive.handle.tell()
        self._reset()

    def _reset(self) -> None:
        self._buffer = bytearray()
        self._previous = b""
        self._pending: deque[Future[bytes]] = deque()
        self._hashing: deque[Future[None]] = deque()
        self._digests = _Digests()
        self.size = 0
        self.compressed_size = 0

    def write(self, data: bytes, /) -> int:
        """Append content."""
        self._buffer += data
        while len(self._buffer) >= BLOCK:
            self._submit(bytes(self._buffer[:BLOCK]))
            del self._buffer[:BLOCK]
        return len(data)

    def restart(self) -> None:
        """Drop everything written to this member so far."""
        self._wait_all()
        self._archive.handle.seek(self._data_start)
        self._archive.handle.truncate()
        self._reset()

    def close(self) -> MemberInfo:
        """Finish the member: flush, patch its local header, and return what was written."""
        if self._buffer:
            self._submit(bytes(self._buffer))
            self._buffer.clear()
        self._wait_all()
        handle = self._archive.handle
        if self.deflated:
            handle.write(_EMPTY_FINAL_BLOCK)
            self.compressed_size += len(_EMPTY_FINAL_BLOCK)
        if not self.zip64 and max(self.size, self.compressed_size) >= ZIP64_LIMIT:
            raise OSError(f"{self.name} grew past 4 GiB, more than its input size allowed for")
        end = handle.tell()
        handle.seek(self.offset)
        handle.write(self._local_header(self._digests.crc, self.compressed_size, self.size))
        handle.seek(end)
        info = MemberInfo(
            self.name,
            self.size,
            self.compressed_size,
            self._digests.crc,
            self._digests.sha.hexdigest(),
            self.deflated,
            self.offset,
            self.zip64,
        )
        self._archive.closed_member(info)
        return info

    def _submit(self, block: bytes) -> None:
        archive = self._archive
        self.size += len(block)
        self._hashing.append(archive.hasher.submit(self._digests.update, block))
        if self.deflated:
            self._pending.append(archive.pool.submit(_deflate, block, self._previous, archive.level))
            self._previous = block[-WINDOW:]
        else:
            self._pending.append(_done(block))
        self._drain(MAX_PENDING)

    def _drain(self, keep: int) -> None:
        while self._hashing and (len(self._hashing) > keep or self._hashing[0].done()):
            self._hashing.popleft().result()
        while self._pending and (len(self._pending) > keep or self._pending[0].done()):
            data = self._pending.popleft().result()
            self._archive.handle.write(data)
            self.compressed_size += len(data)

    def _wait_all(self) -> None:
        self._drain(0)

    def _local_header(self, crc: int, compressed: int, size: int) -> bytes:
        name = self.name.encode("utf-8")
        extra = b""
        if self.zip64:
            extra = struct.pack("<HHQQ", 1, 16, size, compressed)
            compressed = size = ZIP64_LIMIT
        version = 45 if self.zip64 else 20
        flags = 0x800 if not self.name.isascii() else 0
        method = 8 if self.deflated else 0
        time, date = self._archive.dos_time
        return (
            _LOCAL.pack(0x04034B50, version, flags, method, time, date, crc, compressed, size, len(name), len(extra))
            + name
            + extra
        )


class ZipWriter:
    """Writes a ZIP archive to a seekable binary file.

    Args:
        handle: The file, positioned at its start.
        modified: The time stamp given to every member (local time).
        level: zlib compression level of deflated members.
        force_zip64: Use ZIP64 fields for every member and the end record (tests exercise the path with it).
        threads: Compression threads.
    """

    def __init__(
        self, handle: BinaryIO, modified: datetime, level: int = 6, force_zip64: bool = False, threads: int = 2
    ) -> None:
        self.handle = handle
        self.level = level
        self.force_zip64 = force_zip64
        year = min(max(modified.year, 1980), 2107)
        self.dos_time = (
            (modified.hour << 11) | (modified.minute << 5) | (modified.second // 2),
            ((year - 1980) << 9) | (modified.month << 5) | modified.day,
        )
        self.pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="deflate")
        self.hasher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hash")
        self.members: list[MemberInfo] = []

    def member(self, name: str, deflated: bool = True, size_hint: int = 0) -> MemberWriter:
        """Start a member; write to it and ``close`` it before starting the next.

        Args:
            name: Its path in the archive (``/`` separated).
            deflated: Compress it (text) or store it (images).
            size_hint: The expected size, to reserve ZIP64 fields for a large member.

        Returns:
            The member's writer.
        """
        return MemberWriter(self, name, deflated, self.force_zip64 or size_hint > RESERVE_ZIP64_ABOVE)

    def write_member(self, name: str, data: bytes, deflated: bool = True) -> MemberInfo:
        """Write a whole member at once."""
        writer = self.member(name, deflated, len(data))
        writer.write(data)
        return writer.close()

    def closed_member(self, info: MemberInfo) -> None:
        """Record a finished member (called by its writer)."""
        self.members.append(info)

    def close(self) -> None:
        """Write the central directory and end records, and stop the threads."""
        self.shutdown()
        handle = self.handle
        start = handle.tell()
        for info in self.members:
            handle.write(self._central(info))
        size = handle.tell() - start
        count = len(self.members)
        if self.force_zip64 or count >= 0xFFFF or start >= ZIP64_LIMIT or size >= ZIP64_LIMIT:
            end64 = handle.tell()
            handle.write(_END64.pack(0x06064B50, 44, (3 << 8) | 45, 45, 0, 0, count, count, size, start))
            handle.write(_LOCATOR64.pack(0x07064B50, 0, end64, 1))
            count, size, start = min(count, 0xFFFF), min(size, ZIP64_LIMIT), min(start, ZIP64_LIMIT)
        handle.write(_END.pack(0x06054B50, 0, 0, count, count, size, start, 0))

    def shutdown(self) -> None:
        """Stop the compression and hashing threads (also after a failure)."""
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.hasher.shutdown(wait=True, cancel_futures=True)

    def _central(self, info: MemberInfo) -> bytes:
        name = info.name.encode("utf-8")
        size, compressed, offset = info.size, info.compressed_size, info.offset
        fields = []
        if info.zip64 or size >= ZIP64_LIMIT or compressed >= ZIP64_LIMIT:
            fields += [size, compressed]
            size = compressed = ZIP64_LIMIT
        if self.force_zip64 or offset >= ZIP64_LIMIT:
            fields.append(offset)
            offset = ZIP64_LIMIT
        extra = struct.pack(f"<HH{len(fields)}Q", 1, 8 * len(fields), *fields) if fields else b""
        version = 45 if extra else 20
        flags = 0x800 if not info.name.isascii() else 0
        time, date = self.dos_time
        return (
            _CENTRAL.pack(
                0x02014B50,
                (3 << 8) | version,
                version,
                flags,
                8 if info.deflated else 0,
                time,
                date,
                info.crc,
                compressed,
                size,
                len(name),
                len(extra),
                0,
                0,
                0,
                _UNIX_FILE,
                offset,
            )
            + name
            + extra
        )
