"""Escalation routes: agents raise, link and attach; engineering reads and updates with its own key (#9).

Engineering's tools (their tracker or on-call bot) authenticate with `X-Engineering-Key`, a key of its
own: the channel gateways' integration key cannot touch escalations, and no desk role can set
engineering's status. Desk users read escalations with their usual bearer token.
"""

from __future__ import annotations

import base64
import binascii
import secrets
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Depends, Header, Request, Response
from sqlalchemy import select

from desk_app import contract as c
from desk_app.server import attachments, escalations
from desk_app.server.auth import Caller
from desk_app.server.deps import AppSettings, CurrentCaller, DbSession, PathId, QueryId, current_caller
from desk_app.server.errors import ApiError, forbidden, not_found
from desk_app.server.models import Escalation, EscalationAttachment, EscalationTicket

router = APIRouter(tags=["escalations"])


@dataclass(frozen=True)
class Reader:
    """Who reads: a desk user (caller) or engineering's tools (caller None)."""

    caller: Caller | None


def _engineering_key_ok(request: Request, key: str) -> bool:
    expected: str = request.app.state.settings.engineering_key
    return bool(expected) and secrets.compare_digest(expected.encode(), key.encode())


def reader(request: Request, session: DbSession, authorization: Annotated[str | None, Header()] = None,
           x_engineering_key: Annotated[str | None, Header(max_length=200)] = None) -> Reader:
    if x_engineering_key is not None:
        if not _engineering_key_ok(request, x_engineering_key):
            raise ApiError(401, c.ErrorCode.integration_key_invalid, "A valid X-Engineering-Key is required")
        return Reader(None)
    return Reader(current_caller(session, authorization))


def engineering(request: Request, session: DbSession, authorization: Annotated[str | None, Header()] = None,
                x_engineering_key: Annotated[str | None, Header(max_length=200)] = None) -> None:
    """Only engineering's key changes an escalation's status; a signed-in desk user is refused (403)."""
    if x_engineering_key is None:
        current_caller(session, authorization)  # 401 without a valid token
        raise forbidden("Only engineering changes an escalation's status (X-Engineering-Key)")
    if not _engineering_key_ok(request, x_engineering_key):
        raise ApiError(401, c.ErrorCode.integration_key_invalid, "A valid X-Engineering-Key is required")


AnyReader = Annotated[Reader, Depends(reader)]


@router.post("/escalations", response_model=c.EscalationOut, status_code=201)
def create_escalation(body: c.EscalationCreate, session: DbSession, caller: CurrentCaller) -> c.EscalationOut:
    """Raised from a ticket (linked at once, with any other tickets about the same problem)."""
    row = escalations.create(session, caller.agent, body)
    session.commit()
    return escalations.out(session, row)


@router.get("/escalations", response_model=c.EscalationList)
def list_escalations(session: DbSession, who: AnyReader, ticket_id: QueryId = None,
                     status: c.EscalationStatus | None = None) -> c.EscalationList:
    """Newest first; `ticket_id` gives the escalations a ticket is linked to."""
    query = select(Escalation).order_by(Escalation.id.desc()).limit(100)
    if ticket_id is not None:
        query = query.where(Escalation.id.in_(select(EscalationTicket.escalation_id)
                                              .where(EscalationTicket.ticket_id == ticket_id)))
    if status is not None:
        query = query.where(Escalation.status == status.value)
    return c.EscalationList(items=[escalations.out(session, row) for row in session.scalars(query)])


@router.get("/escalations/{escalation_id}", response_model=c.EscalationOut)
def get_escalation(escalation_id: PathId, session: DbSession, who: AnyReader) -> c.EscalationOut:
    return escalations.out(session, escalations.load(session, escalation_id))


@router.patch("/escalations/{escalation_id}", response_model=c.EscalationOut,
              dependencies=[Depends(engineering)])
def patch_escalation(escalation_id: PathId, patch: c.EscalationPatch, session: DbSession) -> c.EscalationOut:
    """Engineering's status and note; each change is an internal note in every linked ticket."""
    row = escalations.load(session, escalation_id)
    escalations.apply_patch(session, row, patch)
    session.commit()
    return escalations.out(session, escalations.load(session, escalation_id))


@router.post("/escalations/{escalation_id}/tickets", response_model=c.EscalationOut)
def link_ticket(escalation_id: PathId, body: c.EscalationLink, session: DbSession,
                caller: CurrentCaller) -> c.EscalationOut:
    """Another ticket about the same problem; it hears every later change."""
    row = escalations.load(session, escalation_id)
    escalations.link(session, caller.agent, row, body.ticket_id)
    session.commit()
    return escalations.out(session, row)


@router.post("/escalations/{escalation_id}/attachments", response_model=c.EscalationAttachmentOut, status_code=201)
def add_attachment(escalation_id: PathId, body: c.AttachmentUpload, request: Request, session: DbSession,
                   caller: CurrentCaller, settings: AppSettings) -> c.EscalationAttachmentOut:
    """A screenshot (PNG, JPEG), PDF or text log of at most MAX_ATTACHMENT_BYTES; checked by its bytes (#13's
    attachment_check: programs, archives and broken images are refused, images re-encoded) and kept in the
    attachment store."""
    escalations.load(session, escalation_id)
    if escalations.count_attachments(session, escalation_id) >= escalations.MAX_ATTACHMENTS:
        raise ApiError(422, c.ErrorCode.too_many_attachments,
                       f"At most {escalations.MAX_ATTACHMENTS} attachments per escalation", "content_base64")
    try:
        data = base64.b64decode(body.content_base64, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(422, c.ErrorCode.validation_error, "content_base64 is not valid base64",
                       "content_base64") from None
    if len(data) > c.MAX_ATTACHMENT_BYTES:
        raise ApiError(413, c.ErrorCode.attachment_too_large,
                       f"The file is over {c.MAX_ATTACHMENT_BYTES} bytes", "content_base64")
    incoming = attachments.prepare(data, body.filename, "", settings, request.app.state.attachment_store,
                                   "content_base64")
    row = EscalationAttachment(escalation_id=escalation_id, filename=incoming.filename,
                               content_type=incoming.checked.content_type, size=len(incoming.checked.data),
                               sha256=incoming.digest, uploaded_by=caller.actor)
    session.add(row)
    session.commit()
    return escalations.attachment_out(row)


@router.get("/escalations/{escalation_id}/attachments/{attachment_id}", response_class=Response,
            responses={200: {"content": {"application/octet-stream": {}}, "description": "The file's bytes"}})
def download_attachment(escalation_id: PathId, attachment_id: PathId, request: Request, session: DbSession,
                        who: AnyReader) -> Response:
    row = session.get(EscalationAttachment, attachment_id)
    if row is None or row.escalation_id != escalation_id:
        raise not_found("Attachment")
    try:
        with request.app.state.attachment_store.open(row.sha256) as stored:
            data = stored.read()
    except FileNotFoundError:
        raise not_found("Attachment") from None
    return Response(data, media_type=row.content_type, headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(row.filename, safe='')}",
        "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"})
