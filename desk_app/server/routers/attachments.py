"""Attachments over HTTP: agents upload a file to a ticket (raw body), everyone who may read the ticket
downloads it, images have a small PNG thumbnail.

The upload is the file itself as the request body, not multipart: it streams without a form parser
or temporary files, the size limit is enforced while it arrives, and a client can show progress as it
sends. The reply or note that carries it names it in `attachment_ids`.
"""

from __future__ import annotations

import logging
import urllib.parse
from collections.abc import Iterator
from typing import Annotated, Any, BinaryIO

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from desk_app import contract as c
from desk_app.server import attachments, audit, auth, merge
from desk_app.server.attachments import Incoming
from desk_app.server.config import Settings
from desk_app.server.db import Database
from desk_app.server.deps import NO_NUL, CurrentCaller, DbSession, PathId, _bearer
from desk_app.server.errors import ApiError, not_found
from desk_app.server.models import Attachment, AttachmentBlob
from desk_app.server.routers.tickets import load
from desk_app.server.storage import BlobStore

log = logging.getLogger(__name__)
router = APIRouter(tags=["attachments"])
CHUNK = 64 * 1024
FILE_TYPES = ["image/png", "image/jpeg", "application/pdf", "text/plain", "video/mp4", "video/webm"]
UPLOAD_BODY = {"required": True, "description": "The file's bytes, as they are (not multipart, not base64).",
               "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}


def store_of(request: Request) -> BlobStore:
    return request.app.state.attachment_store


def _who(db: Database, authorization: str | None, ticket_id: int) -> int:
    """The caller's agent id, checked before a byte of the file is read; the ticket must exist."""
    with db.session(write=False) as session:
        caller = auth.authenticate(session, _bearer(authorization))
        merge.refuse_if_merged(load(session, ticket_id)[0])  # #13: nothing more goes onto a merged ticket
        return caller.agent.id


def _save(db: Database, incoming: Incoming, ticket_id: int, agent_id: int) -> c.AttachmentOut:
    with db.session() as session:
        merge.refuse_if_merged(load(session, ticket_id)[0])
        return attachments.record(session, incoming, ticket_id, uploaded_by=agent_id)


@router.post("/tickets/{ticket_id}/attachments", response_model=c.AttachmentOut, status_code=201,
             openapi_extra={"requestBody": UPLOAD_BODY})
async def upload(ticket_id: PathId, request: Request,
                 filename: Annotated[str, Query(min_length=1, max_length=c.MAX_FILENAME, pattern=NO_NUL)],
                 authorization: Annotated[str | None, Header()] = None,
                 content_type: Annotated[str | None, Header()] = None) -> c.AttachmentOut:
    """Checks the file from its bytes, keeps it (images re-encoded) and answers its id; until a reply or note
    names it in `attachment_ids`, only its uploader sees it."""
    db: Database = request.app.state.db
    settings: Settings = request.app.state.settings
    agent_id = await run_in_threadpool(_who, db, authorization, ticket_id)
    too_large = ApiError(413, c.ErrorCode.attachment_too_large,
                         f"The file is over {settings.attachment_max_bytes} bytes")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > settings.attachment_max_bytes:
        raise too_large
    chunks, size = [], 0
    async for chunk in request.stream():  # counted as it arrives: a chunked body cannot slip past the limit
        size += len(chunk)
        if size > settings.attachment_max_bytes:
            raise too_large
        chunks.append(chunk)
    incoming = await run_in_threadpool(attachments.prepare, b"".join(chunks), filename, content_type or "",
                                       settings, store_of(request))
    return await run_in_threadpool(_save, db, incoming, ticket_id, agent_id)


def _readable(session: DbSession, caller: CurrentCaller, attachment_id: int) -> tuple[Attachment, AttachmentBlob]:
    """Whoever may read the ticket may read what is on its messages; an unsent upload only its uploader."""
    found = attachments.get(session, attachment_id)
    if found is None:
        raise not_found("Attachment")
    row, blob = found
    load(session, row.ticket_id)
    if row.message_id is None and row.uploaded_by != caller.agent.id:
        raise not_found("Attachment")
    return row, blob


def _chunks(handle: BinaryIO) -> Iterator[bytes]:
    with handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def _stream(store: BlobStore, digest: str, media_type: str, size: int | None, disposition: str) -> Response:
    try:
        handle = store.open(digest)
    except FileNotFoundError:
        log.error("attachment file %s is missing from the store", digest)
        raise not_found("The attachment's file") from None
    headers = {
        "Content-Disposition": disposition,
        "X-Content-Type-Options": "nosniff",  # a browser or proxy never guesses another type
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cache-Control": "private, no-store",
        "ETag": f'"{digest}"',
    }
    if size is not None:
        headers["Content-Length"] = str(size)
    return StreamingResponse(_chunks(handle), media_type=media_type, headers=headers)


def _disposition(filename: str) -> str:
    fallback = "".join(ch if 32 <= ord(ch) < 127 and ch not in '"\\;' else "_" for ch in filename)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{urllib.parse.quote(filename, safe='')}"


def _binary(*types: str) -> dict[int | str, dict[str, Any]]:
    return {200: {"description": "The file", "content": {t: {"schema": {"type": "string", "format": "binary"}}
                                                         for t in types}}}


@router.get("/attachments/{attachment_id}", response_class=Response, responses=_binary(*FILE_TYPES))
def download(attachment_id: PathId, request: Request, session: DbSession, caller: CurrentCaller) -> Response:
    """The stored file (an image as re-encoded, never the original), as a download with its real type; audited."""
    row, blob = _readable(session, caller, attachment_id)
    ticket, _, _ = load(session, row.ticket_id)
    db: Database = request.app.state.db
    with db.session() as writing:  # who took which file of which ticket (a customer's file is personal data)
        audit.append(writing, caller.actor, "attachment.downloaded", ticket_id=row.ticket_id,
                     customer_id=ticket.customer_id,
                     details={"attachment_id": row.id, "filename": row.filename, "sha256": blob.sha256,
                              "size": blob.size, "from": "agent" if row.uploaded_by is not None else "customer"})
    return _stream(store_of(request), blob.sha256, blob.content_type, blob.size, _disposition(row.filename))


@router.get("/attachments/{attachment_id}/thumbnail", response_class=Response, responses=_binary("image/png"))
def thumbnail(attachment_id: PathId, request: Request, session: DbSession, caller: CurrentCaller) -> Response:
    """A small PNG of an image attachment (at most 320 x 240); 404 for other files."""
    _, blob = _readable(session, caller, attachment_id)
    if blob.thumbnail_sha256 is None:
        raise not_found("Thumbnail")
    return _stream(store_of(request), blob.thumbnail_sha256, "image/png", None, "inline")
