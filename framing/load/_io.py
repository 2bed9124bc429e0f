"""Reading bytes safely: decompression, encoding detection (BOM, UTF-8, cp1252, latin-1) and the checks that
turn empty, binary or oversized files into reported skips instead of crashes."""

from __future__ import annotations

import bz2
import codecs
import gzip
import lzma
from pathlib import Path

#: Single-article files (text, HTML) larger than this are skipped with a reason; tables are streamed.
DEFAULT_MAX_BYTES = 20_000_000

_COMPRESSED = {".gz": gzip.decompress, ".bz2": bz2.decompress, ".xz": lzma.decompress}


class SkipFile(Exception):
    """Raised inside a reader when a whole file cannot be used; the message is the reported reason."""


def split_suffix(path: Path) -> tuple[str, str | None]:
    """Return the format suffix (``.csv``) and compression suffix (``.gz`` or ``None``) of a file name."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in _COMPRESSED:
        return (suffixes[-2] if len(suffixes) > 1 else ""), suffixes[-1]
    return (suffixes[-1] if suffixes else ""), None


def read_bytes(path: Path, *, max_bytes: int | None = None) -> bytes:
    """Read (and decompress) a file; raises :class:`SkipFile` for empty, unreadable or oversized files."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise SkipFile(f"cannot read file ({exc.strerror or exc})") from exc
    if size == 0:
        raise SkipFile("empty file (0 bytes)")
    if max_bytes is not None and size > max_bytes:
        raise SkipFile(
            f"file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB for one article; "
            "pass max_bytes= to load it anyway, or split it"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SkipFile(f"cannot read file ({exc.strerror or exc})") from exc
    _fmt, compression = split_suffix(path)
    if compression:
        try:
            data = _COMPRESSED[compression](data)
        except (OSError, EOFError, ValueError, lzma.LZMAError) as exc:
            raise SkipFile(f"cannot decompress {compression} file ({exc})") from exc
        if max_bytes is not None and len(data) > max_bytes:
            raise SkipFile(
                f"file is {len(data) / 1e6:.1f} MB uncompressed, over the limit of "
                f"{max_bytes / 1e6:.1f} MB for one article; pass max_bytes= to load it anyway"
            )
    if not data.strip():
        raise SkipFile("empty file (only whitespace)")
    return data


def decode(data: bytes, *, encoding: str | None = None) -> tuple[str, str]:
    """Decode bytes to text; returns ``(text, encoding used)``.

    Order: the ``encoding`` given; a byte-order mark (UTF-8, UTF-16); strict UTF-8; cp1252; latin-1. Raises
    :class:`SkipFile` for binary content (NUL bytes or many control characters).

    Examples
    --------
    >>> decode("café".encode("cp1252"))
    ('café', 'cp1252')
    >>> decode(codecs.BOM_UTF8 + "naïve".encode("utf-8"))
    ('naïve', 'utf-8-sig')
    """
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise SkipFile(
                f"cannot decode as {encoding!r} ({exc}); leave encoding=None to detect it"
            ) from exc
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    for bom, name in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), "utf-16"
    head = data[:8192]
    if b"\x00" in head:
        raise SkipFile("binary file (contains NUL bytes); not text")
    text, used = data.decode("latin-1"), "latin-1"  # decodes every byte string: the last resort
    for name in ("utf-8", "cp1252"):
        try:
            text, used = data.decode(name), name
            break
        except UnicodeDecodeError:
            continue
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if sample and controls / len(sample) > 0.05:
        raise SkipFile(f"binary file ({controls} control characters in the first {len(sample)}); not text")
    return text, used
