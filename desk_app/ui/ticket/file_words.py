"""How the desk words attachments: their real kind, their size, and why the service refused one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desk_app.client import ApiError
from desk_app.contract import AttachmentKind, AttachmentOut, ErrorCode
from desk_app.ui.common.errors import describe
from desk_app.ui.common.text import one_line

# Folders and invisible or direction-changing characters never reach a file name on the agent's disk.
_NOT_IN_FILE_NAMES = set('/\\:*?"<>|')


def kind_label(kind: AttachmentKind) -> str:
    return {
        AttachmentKind.image: QCoreApplication.translate("Attachments", "Image"),
        AttachmentKind.pdf: QCoreApplication.translate("Attachments", "PDF document"),
        AttachmentKind.text: QCoreApplication.translate("Attachments", "Text file"),
        AttachmentKind.video: QCoreApplication.translate("Attachments", "Screen recording"),
    }.get(kind, QCoreApplication.translate("Attachments", "File"))


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


def shown_name(item: AttachmentOut, limit: int = 80) -> str:
    """The sender's file name as untrusted text: one line, direction overrides and invisibles shown as markers."""
    return one_line(item.filename, limit)


def summary(item: AttachmentOut) -> str:
    """"statement.pdf — PDF document, 1.2 MB" (type and size are the service's findings, not the sender's)."""
    return QCoreApplication.translate("Attachments", "%1 — %2, %3").replace("%1", shown_name(item)).replace(
        "%2", kind_label(item.kind)).replace("%3", size_text(item.size))


def save_name(item: AttachmentOut) -> str:
    """A file name safe to offer in a save dialog: no folders, control, format (bidi) or reserved characters."""
    import unicodedata

    name = "".join(ch for ch in item.filename if unicodedata.category(ch)[0] != "C" and ch not in _NOT_IN_FILE_NAMES)
    return name.strip().lstrip(".") or "attachment"


def refusal(exc: Exception) -> str:
    """Why an upload failed, in the agent's language."""
    code = exc.code if isinstance(exc, ApiError) else None
    texts = {
        ErrorCode.attachment_executable: QCoreApplication.translate(
            "Attachments", "This file is a program or script. The desk does not accept programs, whatever their name."),
        ErrorCode.attachment_archive: QCoreApplication.translate(
            "Attachments", "This file is an archive or an Office document. Send a PDF or a screenshot instead."),
        ErrorCode.attachment_type_not_allowed: QCoreApplication.translate(
            "Attachments", "The desk does not accept this type of file. Images, PDFs, text files and short "
                           "screen recordings are accepted."),
        ErrorCode.attachment_unreadable: QCoreApplication.translate(
            "Attachments", "This file is damaged, incomplete or too large to open safely."),
        ErrorCode.attachment_too_large: QCoreApplication.translate("Attachments", "This file is too large."),
        ErrorCode.payload_too_large: QCoreApplication.translate("Attachments", "This file is too large."),
        ErrorCode.too_many_attachments: QCoreApplication.translate(
            "Attachments", "Too many files for one message. Send the rest with another message."),
        ErrorCode.attachment_unusable: QCoreApplication.translate(
            "Attachments", "A file was already sent or is not yours to send. Remove it and attach it again."),
    }
    return texts.get(code, describe(exc)) if code else describe(exc)
