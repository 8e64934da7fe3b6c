"""The ticket workspace (#7): a ticket, its messages and its masked customer in one request.

Opening a ticket took three requests (detail, messages, customer), each paying for HTTP and authentication,
and the detail and the profile each computed the customer's risk signals. This route answers the same three
bodies, built by the same functions, so roles and masking are exactly those of the three routes.
"""

from __future__ import annotations

from fastapi import APIRouter, Response

from desk_app import contract as c
from desk_app.server import risk
from desk_app.server.deps import AppSettings, PathId, ReadAccess
from desk_app.server.models import utcnow
from desk_app.server.responses import model_json
from desk_app.server.routers import customers, tickets

router = APIRouter(tags=["tickets"])


@router.get("/tickets/{ticket_id}/workspace", response_model=c.TicketWorkspace)
def workspace(ticket_id: PathId, reading: ReadAccess, settings: AppSettings) -> Response:
    with reading:  # authenticated in read_access; the queries and the JSON in this one worker-thread hop (#7)
        session = reading.session
        ticket = tickets.peek(session, ticket_id)  # plain rows throughout: nothing here changes them (#7)
        customer = customers.customer_row(session, ticket.customer_id)
        now = utcnow()
        found = risk.signals(session, customer.id, now, settings.large_withdrawal_usd)
        return model_json(c.TicketWorkspace(
            ticket=tickets.detail_of(session, ticket, ticket.name, ticket.display_name, found, now),
            messages=tickets.messages_of(session, ticket_id),
            customer=customers.profile(session, customer, reading.caller, found, now),
        ))
