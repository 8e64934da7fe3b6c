"""How the exchange's channel gateways and account systems feed the desk (integration key)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Header, Request
from sqlalchemy import delete, update

from desk_app import contract as c
from desk_app.server import attachments, audit, events, exposure, idempotency, merge, sla_policies
from desk_app.server.deps import AppSettings, DbSession, Integration
from desk_app.server.errors import ApiError, not_found
from desk_app.server.models import Customer, CustomerLogin, Ticket, Transaction, utcnow
from desk_app.server.routers.tickets import add_message

router = APIRouter(tags=["inbound"], dependencies=[Integration])
EXPOSED_TAG = c.SECRET_EXPOSED_TAG


@router.post("/inbound/messages", response_model=c.InboundMessageResult, status_code=201)
def inbound_message(body: c.InboundMessage, request: Request, session: DbSession, settings: AppSettings,
                    idempotency_key: Annotated[str | None, Header(max_length=100)] = None) -> Any:
    """A customer wrote: append to their ticket, or open a new one with its SLA clock running.

    Attachments are checked from their bytes first (images re-encoded); one refused file refuses the
    message, with the file's index in `field`, so the gateway can tell the customer and send the rest."""
    files = attachments.decode_inbound(body.attachments, settings, request.app.state.attachment_store)

    def produce() -> c.InboundMessageResult:
        customer = session.get(Customer, body.customer_id)
        if customer is None:
            raise not_found("Customer")
        created = body.ticket_id is None
        subject, in_subject = exposure.redact(body.subject)  # a secret in the subject counts too
        if created:
            now = utcnow()
            first_due, resolution_due = sla_policies.due_times(session, now, c.Priority.normal, customer.vip_tier)
            ticket = Ticket(subject=subject, customer_id=customer.id, language=body.language.value,
                            category=c.Category.account.value, status=c.TicketStatus.new.value,
                            priority=c.Priority.normal.value, channel=body.channel.value, tags=[],
                            created_at=now, updated_at=now, first_response_due=first_due,
                            resolution_due=resolution_due, message_count=0, version=1)
            session.add(ticket)
            session.flush()
            events.publish(session, "ticket.created", ticket_id=ticket.id, customer_id=customer.id)
        else:
            ticket = session.get(Ticket, body.ticket_id)
            if ticket is None or ticket.customer_id != customer.id:
                raise ApiError(422, c.ErrorCode.validation_error, "The ticket is not this customer's", "ticket_id")
            ticket = merge.final_target(session, ticket)  # #13: a merged ticket's conversation continues there
        text, in_body = exposure.redact(body.body)
        exposed = sorted({*in_body, *(in_subject if created else [])})
        message = add_message(session, ticket, body=text, internal=False, author_kind=c.AuthorKind.customer,
                              author_name=customer.name, author_agent_id=None)
        stored = [attachments.record(session, file, ticket.id, message_id=message.id) for file in files]
        if exposed:
            _flag_exposed_secret(session, ticket, exposed)
        return c.InboundMessageResult(ticket_id=ticket.id, message_id=message.id, created_ticket=created,
                                      attachment_ids=[a.id for a in stored])

    digest = idempotency.request_hash(request.url.path, body)
    return idempotency.run_once(session, "integration", idempotency_key, digest, produce)


def _flag_exposed_secret(session: DbSession, ticket: Ticket, kinds: list[str]) -> None:
    """Tag the ticket, tell the agent what to advise, and record it (the kinds, never the secret)."""
    tags = list(dict.fromkeys([*(ticket.tags or []), EXPOSED_TAG]))
    priority = c.Priority.high.value if ticket.priority in (c.Priority.low, c.Priority.normal) else ticket.priority
    session.execute(update(Ticket).where(Ticket.id == ticket.id)
                    .values(tags=tags, priority=priority, version=Ticket.version + 1)
                    .execution_options(synchronize_session=False))
    add_message(session, ticket, body=exposure.advice(kinds), internal=True, author_kind=c.AuthorKind.system,
                author_name="Desk", author_agent_id=None, system_code="secret_exposed",
                system_params={"kinds": ",".join(kinds)})
    audit.append(session, "system", "message.secret_redacted", ticket_id=ticket.id, customer_id=ticket.customer_id,
                 details={"kinds": kinds})


@router.put("/inbound/customers/{customer_id}", response_model=c.InboundCustomerResult)
def put_customer(customer_id: int, body: c.InboundCustomer, session: DbSession) -> c.InboundCustomerResult:
    """The exchange's own systems keep a customer's profile, logins and transactions current."""
    if not 1 <= customer_id <= 2**53:
        raise ApiError(422, c.ErrorCode.validation_error, "customer_id out of range", "customer_id")
    customer = session.get(Customer, customer_id)
    created = customer is None
    if customer is None:
        customer = Customer(id=customer_id, version=1)
        session.add(customer)
    fields = body.model_dump(exclude={"logins", "transactions"})
    fields["language"] = body.language.value
    if customer.twofa_enabled != body.twofa_enabled and not created:
        customer.twofa_changed_at = utcnow()
    for name, value in fields.items():
        setattr(customer, name, value)
    customer.version = (customer.version or 0) + (0 if created else 1)
    session.flush()
    if body.logins:
        session.execute(delete(CustomerLogin).where(CustomerLogin.customer_id == customer_id))
        session.add_all(CustomerLogin(customer_id=customer_id, **login.model_dump()) for login in body.logins)
    if body.transactions:
        session.execute(delete(Transaction).where(Transaction.customer_id == customer_id))
        session.add_all(Transaction(customer_id=customer_id, **tx.model_dump()) for tx in body.transactions)
    events.publish(session, "customer.updated", customer_id=customer_id)
    session.commit()
    return c.InboundCustomerResult(customer_id=customer_id, created=created)

