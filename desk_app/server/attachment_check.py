"""What a file really is, decided from its bytes, and what the desk keeps of it.

The sender's file name and declared type are never trusted. `filetype` names the format from its magic
bytes; programs, scripts and archives (office documents included: they are zip or compound files that
carry macros) are refused; images are decoded and re-encoded by Pillow into a fresh image, so no EXIF,
GPS, ICC, comment or trailing data survives and a malformed or truncated image is refused, never stored;
PDFs and recordings are checked for containers hidden inside. No Qt, no database: pure functions.
"""

from __future__ import annotations

import io
import re
import struct
import unicodedata
from dataclasses import dataclass

import filetype
from PIL import Image, ImageOps

from desk_app.contract import AttachmentKind, ErrorCode

THUMBNAIL_SIZE = (320, 240)
JPEG_QUALITY = 90

# Programs: PE (MZ), ELF, Mach-O (thin and fat, both byte orders), Java classes (CAFEBABE, as fat Mach-O),
# Dalvik, WebAssembly, Windows shortcuts.
_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe",
                     b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe", b"\xbe\xba\xfe\xca", b"dex\n", b"\x00asm",
                     b"L\x00\x00\x00\x01\x14\x02\x00")
_EXECUTABLE_TYPES = {"exe", "elf", "wasm", "swf", "crx", "nes"}
_ARCHIVE_TYPES = {"zip", "tar", "rar", "gz", "bz2", "7z", "xz", "cab", "deb", "ar", "Z", "lzo", "lz", "lz4", "zst",
                  "br", "rpm", "epub", "docx", "xlsx", "pptx", "odt", "ods", "odp", "doc", "xls", "ppt", "dmg"}
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE: legacy Office documents and MSI installers
_IMAGE_TYPES = {"jpg": "JPEG", "png": "PNG", "apng": "PNG", "gif": "GIF", "webp": "WEBP"}
# Containers a reader finds anywhere in a file: zip's end record (looked for in the last 64 KiB), RAR, 7z.
_ZIP_END = b"PK\x05\x06"
_EMBEDDED_ARCHIVES = (b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c")
_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_MP4_BRANDS = {b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"dash", b"M4V ", b"mmp4"}
# type -> (the canonical extension, the extensions a file of that type may keep)
EXTENSIONS = {
    "image/png": ("png", {"png"}),
    "image/jpeg": ("jpg", {"jpg", "jpeg"}),
    "application/pdf": ("pdf", {"pdf"}),
    "text/plain": ("txt", {"txt", "log", "csv"}),
    "video/mp4": ("mp4", {"mp4", "m4v"}),
    "video/webm": ("webm", {"webm"}),
}


@dataclass(frozen=True)
class Limits:
    """What one file may be; the service's settings fill it."""

    max_bytes: int = 10 * 1024 * 1024
    max_pixels: int = 40_000_000  # width x height of an image; a "decompression bomb" is refused before decoding
    max_side: int = 20_000
    max_video_seconds: int = 600


class Refused(Exception):
    """The file is not accepted; `code` is a stable ErrorCode, `message` says why in plain English."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


@dataclass(frozen=True)
class Checked:
    """What the desk stores: the bytes (re-encoded for images), their real type, and a thumbnail for images."""

    data: bytes
    content_type: str
    kind: AttachmentKind
    width: int | None = None
    height: int | None = None
    thumbnail: bytes | None = None  # PNG


def check(data: bytes, limits: Limits) -> Checked:
    """Decides from the bytes what the file is; refuses what the desk does not take (raises `Refused`)."""
    if len(data) > limits.max_bytes:
        raise Refused(ErrorCode.attachment_too_large, f"The file is over {limits.max_bytes} bytes")
    if not data:
        raise Refused(ErrorCode.attachment_type_not_allowed, "The file is empty")
    head = data[:262]
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    if body.startswith(b"#!") or head.startswith(_EXECUTABLE_MAGIC):
        raise Refused(ErrorCode.attachment_executable, "The file is a program or script")
    if head.startswith(_COMPOUND_FILE):
        raise Refused(ErrorCode.attachment_archive, "The file is an Office compound document or installer")
    guess = filetype.guess(data)
    extension = guess.extension if guess is not None else None
    if extension in _EXECUTABLE_TYPES:
        raise Refused(ErrorCode.attachment_executable, "The file is a program")
    if extension in _ARCHIVE_TYPES:
        raise Refused(ErrorCode.attachment_archive, f"The file is an archive ({extension})")
    if extension in _IMAGE_TYPES:
        return _image(data, _IMAGE_TYPES[extension], limits)
    if extension == "pdf":
        _no_hidden_archive(data)
        return Checked(data, "application/pdf", AttachmentKind.pdf)
    if extension in ("mp4", "m4v"):
        _no_hidden_archive(data)
        _check_mp4(data, limits)
        return Checked(data, "video/mp4", AttachmentKind.video)
    if extension == "webm":
        _no_hidden_archive(data)
        _check_webm(data)
        return Checked(data, "video/webm", AttachmentKind.video)
    if extension is not None:
        raise Refused(ErrorCode.attachment_type_not_allowed, f"Files of this type ({extension}) are not accepted")
    return _text(data)


def _no_hidden_archive(data: bytes) -> None:
    """A PDF or video with an archive appended (a polyglot) opens as the archive in an unzip tool."""
    if _ZIP_END in data[-(65_536 + 22):] or any(marker in data for marker in _EMBEDDED_ARCHIVES):
        raise Refused(ErrorCode.attachment_archive, "The file has an archive hidden inside")


def _text(data: bytes) -> Checked:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refused(ErrorCode.attachment_type_not_allowed, "The file is of a type the desk does not accept") from None
    if _TEXT_CONTROLS.search(text):
        raise Refused(ErrorCode.attachment_type_not_allowed, "The file is binary data, not text")
    return Checked(data, "text/plain", AttachmentKind.text)


# --- images ---------------------------------------------------------------------------------------


def _image(data: bytes, expected: str, limits: Limits) -> Checked:
    """Decodes the first frame and draws it into a new image: nothing of the original file is kept."""
    try:
        with Image.open(io.BytesIO(data), formats=[expected]) as original:
            width, height = original.size
            if width * height > limits.max_pixels or max(width, height) > limits.max_side:
                raise Refused(ErrorCode.attachment_unreadable,
                              f"The image is too large to open safely ({width} x {height} pixels)")
            original.seek(0)
            original.load()
            clean = _fresh_copy(_upright(original))
    except Refused:
        raise
    except Exception:  # truncated, malformed, a bomb Pillow caught: whatever the decoder says, it is not kept
        raise Refused(ErrorCode.attachment_unreadable, "The image is damaged or incomplete") from None
    out = io.BytesIO()
    if expected == "JPEG" and clean.mode in ("RGB", "L"):
        clean.save(out, "JPEG", quality=JPEG_QUALITY)
        content_type = "image/jpeg"
    else:
        clean.save(out, "PNG")
        content_type = "image/png"
    return Checked(out.getvalue(), content_type, AttachmentKind.image, clean.width, clean.height, _thumbnail(clean))


def _upright(image: Image.Image) -> Image.Image:
    """Turned as the camera's orientation tag says (the tag itself is dropped with the rest)."""
    try:
        return ImageOps.exif_transpose(image) or image
    except Exception:  # a broken EXIF block: the pixels are still good
        return image


def _fresh_copy(image: Image.Image) -> Image.Image:
    """Only the pixels: a new image has no `info` (EXIF, XMP, ICC, text chunks, comments) to carry over."""
    alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    mode = "RGBA" if alpha else ("L" if image.mode in ("1", "L") else "RGB")
    pixels = image.convert(mode)
    return Image.frombytes(mode, pixels.size, pixels.tobytes())


def _thumbnail(image: Image.Image) -> bytes:
    small = image.copy()
    small.thumbnail(THUMBNAIL_SIZE)
    out = io.BytesIO()
    small.save(out, "PNG")
    return out.getvalue()


# --- recordings -----------------------------------------------------------------------------------


def _check_mp4(data: bytes, limits: Limits) -> None:
    """An MP4 is a chain of boxes from the first byte to the last: ftyp first, a movie header, nothing after."""
    position, seen, duration = 0, [], None
    while position < len(data):
        if position + 8 > len(data):
            raise _bad_video()
        size, kind = struct.unpack(">I4s", data[position:position + 8])
        header = 8
        if size == 1:
            if position + 16 > len(data):
                raise _bad_video()
            size, header = struct.unpack(">Q", data[position + 8:position + 16])[0], 16
        elif size == 0:
            size = len(data) - position
        if size < header or position + size > len(data) or not re.fullmatch(rb"[a-zA-Z0-9 ]{4}", kind):
            raise _bad_video()
        if kind == b"moov":
            duration = _mvhd_seconds(data[position + header:position + size])
        seen.append(kind)
        position += size
    if not seen or seen[0] != b"ftyp" or b"moov" not in seen or data[8:12] not in _MP4_BRANDS:
        raise _bad_video()
    if duration is None or duration > limits.max_video_seconds:
        raise Refused(ErrorCode.attachment_type_not_allowed,
                      f"Recordings may be at most {limits.max_video_seconds} seconds long")


def _mvhd_seconds(moov: bytes) -> float | None:
    position = 0
    while position + 8 <= len(moov):
        size, kind = struct.unpack(">I4s", moov[position:position + 8])
        if size < 8:
            return None
        if kind == b"mvhd":
            box = moov[position + 8:position + size]
            if box[:1] == b"\x01" and len(box) >= 32:
                timescale, duration = struct.unpack(">IQ", box[20:32])
            elif len(box) >= 20:
                timescale, duration = struct.unpack(">II", box[12:20])
            else:
                return None
            return duration / timescale if timescale else None
        position += size
    return None


def _vint(data: bytes, position: int, keep_marker: bool) -> tuple[int, int, bool]:
    """An EBML variable-length integer: (value, length, all value bits set = "unknown size")."""
    if position >= len(data) or data[position] == 0:
        raise _bad_video()
    first = data[position]
    length = 8 - first.bit_length() + 1
    if position + length > len(data):
        raise _bad_video()
    value = int.from_bytes(data[position:position + length], "big")
    if not keep_marker:
        value &= (1 << (7 * length)) - 1
    return value, length, value == (1 << (7 * length)) - 1


def _check_webm(data: bytes) -> None:
    """A WebM is an EBML header with DocType webm, then one Segment that runs to the end of the file."""
    position, ids = 0, []
    while position < len(data):
        element, id_length, _ = _vint(data, position, keep_marker=True)
        size, size_length, unknown = _vint(data, position + id_length, keep_marker=False)
        start = position + id_length + size_length
        end = len(data) if unknown else start + size
        if end > len(data):
            raise _bad_video()
        if element == 0x1A45DFA3 and b"webm" not in data[start:end]:
            raise _bad_video()
        ids.append(element)
        position = end
    if ids != [0x1A45DFA3, 0x18538067]:
        raise _bad_video()


def _bad_video() -> Refused:
    return Refused(ErrorCode.attachment_unreadable, "The recording is damaged, or has something else inside")


# --- names ----------------------------------------------------------------------------------------


def safe_filename(name: str, content_type: str) -> str:
    """The sender's name without folders or control characters, ending in an extension of its real type.

    Direction overrides and look-alike characters are kept (the desk shows them plainly); what would
    change where a file lands or how it runs (folders, a leading dot, a misleading extension) is not.
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch) != "Cc").strip().lstrip(".").strip()
    canonical, allowed = EXTENSIONS[content_type]
    stem, dot, extension = base.rpartition(".")
    if not dot:
        stem, extension = base, ""
    if extension.lower() not in allowed:
        known = {ext for _, exts in EXTENSIONS.values() for ext in exts} | {"gif", "webp", "apng"}
        if extension.lower() not in known:
            stem = base  # keep what they called it ("invoice.exe" becomes "invoice.exe.pdf")
        extension = canonical
    stem = (stem.strip() or "attachment")[:200]
    return f"{stem}.{extension}"
