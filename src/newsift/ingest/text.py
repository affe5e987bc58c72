"""Bytes -> text: BOMs, UTF-8, legacy encodings, and telling text from binary content.

Every offset downstream refers to the decoded text, so decoding must be deterministic and must
never turn a PDF or an image into a "document"; charset-normalizer alone misreads short cp1252.
"""

from __future__ import annotations

import codecs
import re

from newsift.ingest.common import IngestError

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "zip archive or office document"),
    (b"\x1f\x8b", "gzip data"),
    (b"\xd0\xcf\x11\xe0", "legacy office document"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x7fELF", "executable"),
    (b"ID3\x03", "MP3 audio"),
    (b"ID3\x04", "MP3 audio"),
)

# Control characters that never occur in text (tab, newlines, form feed, escape-free).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
MAX_CONTROL_SHARE = 0.02
_SAMPLE = 1 << 20

# Non-ASCII characters usual in Western European text decoded as cp1252.
_WESTERN = set(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ"
    "ŒœŠšŽžŸ‘’‚“”„–—…«»€•°§©®™·¡¿\u00a0£¥¢ªº²³¹½¼¾"
)


class NotText(IngestError):
    """Binary content, or bytes no text encoding explains."""


def strip_bom(raw: bytes) -> tuple[bytes, str | None]:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :], encoding
    return raw, None


def binary_kind(raw: bytes) -> str | None:
    """Name of a well-known binary format from its magic bytes, else None."""
    for magic, name in MAGIC:
        if raw.startswith(magic):
            return name
    return None


def binary_head(head: bytes) -> str | None:
    """Why the first bytes of a file already show it is not text (so it need not be read)."""
    if strip_bom(head)[1] is not None:
        return None
    kind = binary_kind(head)
    if kind is not None:
        return f"binary content ({kind})"
    if head[257:262] == b"ustar":
        return "binary content (tar archive: unpack it first)"
    if b"\x00" in head and _utf16_without_bom(head) is None:
        return "binary content (NUL bytes)"
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NULs sit on every other byte like ASCII-heavy UTF-16."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.7 and even_nul < 0.1:
        return "utf-16-le"
    if even_nul > 0.7 and odd_nul < 0.1:
        return "utf-16-be"
    return None


def looks_western(text: str) -> bool:
    """True when ``text`` (decoded as cp1252) reads like Western European text.

    Such text is mostly ASCII letters with a few accented ones and typographic punctuation;
    Cyrillic or Greek in their 8-bit code pages decode to a wall of accented letters instead.
    """
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return True
    plausible = sum(1 for c in non_ascii if c in _WESTERN)
    letters = sum(1 for c in text if c.isalpha())
    foreign_letters = sum(1 for c in non_ascii if c.isalpha())
    return plausible >= 0.95 * len(non_ascii) and foreign_letters <= 0.3 * max(letters, 1)


def guess_legacy(raw: bytes) -> str | None:
    """The 8-bit (or BOM-less UTF-16) encoding of bytes that are not UTF-8, or None."""
    try:
        as_cp1252 = raw.decode("cp1252")
    except UnicodeDecodeError:
        as_cp1252 = None
    if as_cp1252 is not None and looks_western(as_cp1252[:_SAMPLE]):
        return "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        return None
    return str(best.encoding).replace("_", "-")


def check_text(text: str, what: str = "binary content") -> None:
    """Raise NotText when control characters show the decoded text is really binary."""
    sample = text if len(text) <= 2 * _SAMPLE else text[:_SAMPLE] + text[-_SAMPLE:]
    if "\x00" in sample:
        raise NotText(f"{what} (NUL characters)")
    if not sample:
        return
    controls = len(_CONTROL.findall(sample))
    share = controls / len(sample)
    if share > MAX_CONTROL_SHARE:
        raise NotText(f"{what} ({share:.0%} control characters)")


def decode_text(raw: bytes, hint: str | None = None) -> tuple[str, str]:
    """Decode a whole text file; return (text, encoding name). Raise NotText for binary.

    Order: BOM, then UTF-8, then the caller's hint (an HTTP or <meta> charset), then a legacy
    guess. The BOM is removed; newlines are left untouched (offsets refer to this text).
    """
    body, bom_encoding = strip_bom(raw)
    if bom_encoding is not None:
        try:
            text = body.decode(bom_encoding)
        except UnicodeDecodeError as exc:
            raise NotText(f"binary content (invalid {bom_encoding} after its BOM: {exc})") from None
        check_text(text)
        return text, bom_encoding + ("-sig" if bom_encoding == "utf-8" else "")
    kind = binary_kind(raw)
    if kind is not None:
        raise NotText(f"binary content ({kind})")
    if b"\x00" in raw[:_SAMPLE]:
        utf16 = _utf16_without_bom(raw)
        if utf16 is None:
            raise NotText("binary content (NUL bytes)")
        try:
            text = raw.decode(utf16)
        except UnicodeDecodeError:
            raise NotText("binary content (NUL bytes)") from None
        check_text(text)
        return text, utf16
    try:
        text = raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = _mostly_utf8(raw) or _decode_legacy(raw, hint)
    check_text(text)
    return text, encoding


def _mostly_utf8(raw: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few bad bytes (a file cut mid-character, one stray byte): keep it UTF-8.

    Legacy 8-bit text has no valid multi-byte sequences, so many valid ones against few
    errors means UTF-8; reading it as cp1252 would turn every accent into mojibake.
    """
    loose = raw.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd") - raw.count("\ufffd".encode())
    multibyte = len(loose.encode("utf-8")) - len(loose) - 2 * bad  # extra bytes of valid ones
    if bad > 0 and multibyte >= 10 * bad:
        return loose, "utf-8 (invalid bytes replaced)"
    return None


def _decode_legacy(raw: bytes, hint: str | None) -> tuple[str, str]:
    if hint:
        name = normalise_charset(hint)
        if name and name not in ("utf-8", "ascii"):
            try:
                return raw.decode(name), name
            except (UnicodeDecodeError, LookupError):
                pass
    encoding = guess_legacy(raw)
    if encoding is None:
        raise NotText("binary content (no text encoding fits)")
    try:
        return raw.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise NotText(f"binary content (no text encoding fits: {exc})") from None


def normalise_charset(name: str) -> str | None:
    """A Python codec name for a declared charset; latin-1/ascii read as cp1252 (as browsers)."""
    label = name.strip().strip("\"'").lower()
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return codec


class LineDecoder:
    """Decodes the lines of a row file (JSONL/CSV) one by one.

    Each line is tried as UTF-8 first (a legacy-encoded line with accents is almost never valid
    UTF-8), then in the legacy encoding guessed from the lines of the first block that are not
    UTF-8; so a UTF-8 file with one stray cp1252 row loses nothing, and a cp1252 file reads too.
    """

    def __init__(self, sample: bytes) -> None:
        body, bom = strip_bom(sample)
        self.encoding = bom or "utf-8"
        self.wide = self.encoding.startswith(("utf-16", "utf-32"))
        self._fallback: str | None = None
        if bom is None:
            lines = body.split(b"\n")
            if len(lines) > 1 and len(body) >= 1 << 12:
                lines.pop()  # may be cut in the middle of a character
            bad = [line for line in lines if not _is_utf8(line)]
            if bad:
                self._fallback = guess_legacy(b"\n".join(bad)) or "cp1252"

    def decode(self, line: bytes) -> tuple[str, str]:
        """(text, encoding used) of one line."""
        try:
            return line.decode(self.encoding), self.encoding
        except UnicodeDecodeError:
            pass
        if self._fallback is None:
            self._fallback = guess_legacy(line) or "cp1252"
        try:
            return line.decode(self._fallback), self._fallback
        except (UnicodeDecodeError, LookupError):
            return line.decode("cp1252", errors="replace"), "cp1252"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
