"""Attachments in the database: a blob row per stored file (by SHA-256), an attachment row per file on a ticket.

`accept` turns checked bytes into stored files and rows; `link` sends an agent's uploads with their
message; `for_messages` lists what messages carry. Who may read what is decided in the router.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Row, bindparam, delete, exists, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server.attachment_check import Checked, Limits, Refused, check, safe_filename
from desk_app.server.config import Settings
from desk_app.server.errors import ApiError
from desk_app.server.models import Attachment, AttachmentBlob, EscalationAttachment, utcnow
from desk_app.server.storage import BlobStore, sha256

log = logging.getLogger(__name__)
SWEEP_BATCH = 500

# The status each refusal is answered with.
STATUS = {
    c.ErrorCode.attachment_executable: 415,
    c.ErrorCode.attachment_archive: 415,
    c.ErrorCode.attachment_type_not_allowed: 415,
    c.ErrorCode.attachment_unreadable: 422,
    c.ErrorCode.attachment_too_large: 413,
    c.ErrorCode.too_many_attachments: 422,
    c.ErrorCode.attachment_unusable: 422,
}


def limits(settings: Settings) -> Limits:
    return Limits(max_bytes=settings.attachment_max_bytes, max_pixels=settings.attachment_max_pixels)


def refusal(exc: Refused, field: str | None = None) -> ApiError:
    return ApiError(STATUS[exc.code], exc.code, exc.message, field)


@dataclass(frozen=True)
class Incoming:
    """A file that passed the checks and is in the store, waiting for its database rows."""

    checked: Checked
    digest: str
    filename: str
    declared_type: str
    thumbnail_digest: str | None


def prepare(data: bytes, filename: str, declared_type: str, settings: Settings, store: BlobStore,
            field: str | None = None) -> Incoming:
    """Checks the bytes and stores what is kept (CPU and disk work: call it outside a write transaction)."""
    try:
        checked = check(data, limits(settings))
    except Refused as exc:
        raise refusal(exc, field) from None
    digest = sha256(checked.data)
    store.put(digest, checked.data)
    thumbnail_digest = None
    if checked.thumbnail is not None:
        thumbnail_digest = sha256(checked.thumbnail)
        store.put(thumbnail_digest, checked.thumbnail)
    return Incoming(checked, digest, safe_filename(filename, checked.content_type), declared_type[:200],
                    thumbnail_digest)


def decode_inbound(files: Sequence[c.InboundAttachment], settings: Settings, store: BlobStore) -> list[Incoming]:
    """The files of an inbound message, checked and stored; the first refused one refuses the message."""
    if len(files) > settings.attachment_max_count:
        raise ApiError(422, c.ErrorCode.too_many_attachments,
                       f"At most {settings.attachment_max_count} attachments per message", "attachments")
    prepared = []
    for number, item in enumerate(files):
        field = f"attachments.{number}"
        if len(item.data_base64) > (settings.attachment_max_bytes + 2) // 3 * 4 + 4:
            raise ApiError(413, c.ErrorCode.attachment_too_large,
                           f"The file is over {settings.attachment_max_bytes} bytes", field)
        try:
            data = base64.b64decode(item.data_base64, validate=True)
        except (binascii.Error, ValueError):
            raise ApiError(422, c.ErrorCode.validation_error, "data_base64 is not valid base64",
                           f"{field}.data_base64") from None
        prepared.append(prepare(data, item.filename, item.content_type, settings, store, field))
    return prepared


def _ensure_blob(session: Session, incoming: Incoming) -> AttachmentBlob:
    # key-share locked on PostgreSQL: the sweep cannot delete the row while this upload refers to it
    blob = session.get(AttachmentBlob, incoming.digest, with_for_update={"key_share": True})
    if blob is not None:
        return blob
    checked = incoming.checked
    blob = AttachmentBlob(sha256=incoming.digest, size=len(checked.data), content_type=checked.content_type,
                          kind=checked.kind.value, width=checked.width, height=checked.height,
                          thumbnail_sha256=incoming.thumbnail_digest, created_at=utcnow())
    try:
        with session.begin_nested():  # the same file arriving twice at once: one row wins, both use it
            session.add(blob)
    except IntegrityError:
        found = session.get(AttachmentBlob, incoming.digest)
        assert found is not None
        return found
    return blob


def record(session: Session, incoming: Incoming, ticket_id: int, *, message_id: int | None = None,
           uploaded_by: int | None = None) -> c.AttachmentOut:
    blob = _ensure_blob(session, incoming)
    row = Attachment(ticket_id=ticket_id, message_id=message_id, sha256=blob.sha256, filename=incoming.filename,
                     declared_type=incoming.declared_type, uploaded_by=uploaded_by, created_at=utcnow())
    session.add(row)
    session.flush()
    return out(row, blob)


def out(row: Attachment | Row[Any], blob: AttachmentBlob | Row[Any]) -> c.AttachmentOut:
    return c.AttachmentOut(id=row.id, ticket_id=row.ticket_id, message_id=row.message_id, filename=row.filename,
                           content_type=blob.content_type, kind=c.AttachmentKind(blob.kind), size=blob.size,
                           sha256=blob.sha256, has_thumbnail=blob.thumbnail_sha256 is not None, width=blob.width,
                           height=blob.height, created_at=row.created_at)


def get(session: Session, attachment_id: int) -> tuple[Attachment, AttachmentBlob] | None:
    row = session.execute(select(Attachment, AttachmentBlob).join(AttachmentBlob, AttachmentBlob.sha256 ==
                                                                  Attachment.sha256)
                          .where(Attachment.id == attachment_id)).first()
    return None if row is None else (row[0], row[1])


# #7: built once (cache key memoized); plain rows of what out() reads, not two ORM objects per file.
_OF_MESSAGES = (select(Attachment.id, Attachment.ticket_id, Attachment.message_id, Attachment.filename,
                       Attachment.created_at, AttachmentBlob.content_type, AttachmentBlob.kind, AttachmentBlob.size,
                       AttachmentBlob.sha256, AttachmentBlob.thumbnail_sha256, AttachmentBlob.width,
                       AttachmentBlob.height)
                .join(AttachmentBlob, AttachmentBlob.sha256 == Attachment.sha256)
                .where(Attachment.message_id.in_(bindparam("ids", expanding=True))).order_by(Attachment.id))


def for_messages(session: Session, message_ids: Iterable[int]) -> dict[int, list[c.AttachmentOut]]:
    ids = list(message_ids)
    found: dict[int, list[c.AttachmentOut]] = {}
    for start in range(0, len(ids), 500):
        for row in session.connection().execute(_OF_MESSAGES, {"ids": ids[start:start + 500]}):
            found.setdefault(row.message_id or 0, []).append(out(row, row))  # the row has both sides' columns
    return found


def link(session: Session, ticket_id: int, agent_id: int, ids: Sequence[int], message_id: int,
         max_count: int) -> list[c.AttachmentOut]:
    """Puts the agent's own uploads on this ticket on the message; anything else is refused, nothing moves."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    if len(wanted) > max_count:
        raise ApiError(422, c.ErrorCode.too_many_attachments, f"At most {max_count} attachments per message",
                       "attachment_ids")
    rows = session.execute(select(Attachment.id).where(
        Attachment.id.in_(wanted), Attachment.ticket_id == ticket_id, Attachment.uploaded_by == agent_id,
        Attachment.message_id.is_(None))).scalars().all()
    if len(rows) != len(wanted):
        raise ApiError(422, c.ErrorCode.attachment_unusable,
                       "An attachment is not one you uploaded to this ticket, or it was sent already",
                       "attachment_ids")
    result = session.execute(update(Attachment).where(Attachment.id.in_(wanted), Attachment.message_id.is_(None))
                             .values(message_id=message_id).execution_options(synchronize_session=False))
    if result.rowcount != len(wanted):  # another message took one meanwhile
        raise ApiError(422, c.ErrorCode.attachment_unusable, "An attachment was sent with another message already",
                       "attachment_ids")
    return for_messages(session, [message_id]).get(message_id, [])


def _used(session: Session, digest: str) -> bool:
    """Whether any attachment, escalation file or other blob's thumbnail still needs these bytes."""
    return bool(session.scalar(select(
        exists().where(Attachment.sha256 == digest)
        | exists().where(EscalationAttachment.sha256 == digest)
        | exists().where(or_(AttachmentBlob.sha256 == digest, AttachmentBlob.thumbnail_sha256 == digest)))))


def sweep_unsent(session: Session, store: BlobStore, ttl_seconds: float) -> int:
    """Deletes uploads that no message carried within `ttl_seconds`, and their bytes if nothing else uses them.

    Commits; answers how many uploads went. A file stored again meanwhile (an upload of the same bytes) is kept."""
    cutoff = utcnow() - timedelta(seconds=ttl_seconds)
    stale = session.execute(select(Attachment.id, Attachment.sha256).where(
        Attachment.message_id.is_(None), Attachment.created_at < cutoff).order_by(Attachment.id)
        .limit(SWEEP_BATCH)).all()
    if not stale:
        return 0
    gone = session.execute(delete(Attachment).where(Attachment.id.in_([row.id for row in stale]),
                                                    Attachment.message_id.is_(None))  # not sent meanwhile
                           .execution_options(synchronize_session=False)).rowcount
    files: list[str] = []
    for digest in sorted({row.sha256 for row in stale}):
        blob = session.get(AttachmentBlob, digest)
        if blob is None or session.scalar(select(exists().where(Attachment.sha256 == digest))) or \
                session.scalar(select(exists().where(EscalationAttachment.sha256 == digest))):
            continue
        try:
            with session.begin_nested():  # an upload that took the row meanwhile keeps it (foreign key)
                session.execute(delete(AttachmentBlob).where(AttachmentBlob.sha256 == digest))
        except IntegrityError:
            continue
        files += [d for d in (digest, blob.thumbnail_sha256) if d is not None and not _used(session, d)]
    session.commit()
    remove = getattr(store, "delete", None)
    if remove is not None:
        for digest in files:
            try:
                remove(digest, ttl_seconds)
            except OSError:
                log.warning("could not delete the stale upload's file %s", digest, exc_info=True)
    log.info("swept %d stale unsent upload(s)", gone)
    return gone
