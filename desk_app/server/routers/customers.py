"""Customer profiles, masked by the service; reveals of one field at a time, audited."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import APIRouter, Response
from sqlalchemy import Row, bindparam, select
from sqlalchemy.orm import Session

from desk_app import contract as c
from desk_app.server import audit, auth, events, masking, risk
from desk_app.server.deps import AppSettings, CurrentCaller, DbSession, PathId, ReadAccess, require
from desk_app.server.errors import not_found
from desk_app.server.models import (
    AddressBookEntry,
    AuditLog,
    Customer,
    CustomerLogin,
    CustomerSession,
    Transaction,
    utcnow,
)
from desk_app.server.responses import model_json

router = APIRouter(tags=["customers"])

REVEAL_ROLES = (c.Role.security_agent, c.Role.supervisor)
RECENT = 20

# #7: the profile's statements, built once (cache keys memoized); they select plain rows of the columns shown.
_ID = bindparam("customer_id")
CUSTOMER = select(Customer.__table__).where(Customer.id == _ID)
LOGINS = (select(CustomerLogin.at, CustomerLogin.ip, CustomerLogin.country, CustomerLogin.device,
                 CustomerLogin.new_device)
          .where(CustomerLogin.customer_id == _ID).order_by(CustomerLogin.at.desc()).limit(RECENT))
SESSIONS = (select(CustomerSession.id, CustomerSession.started_at, CustomerSession.last_seen_at, CustomerSession.ip,
                   CustomerSession.device)
            .where(CustomerSession.customer_id == _ID, CustomerSession.revoked_at.is_(None))
            .order_by(CustomerSession.last_seen_at.desc()).limit(RECENT))
TRANSACTIONS = (select(Transaction.id, Transaction.at, Transaction.direction, Transaction.asset, Transaction.amount,
                       Transaction.status, Transaction.tx_hash, Transaction.address)
                .where(Transaction.customer_id == _ID).order_by(Transaction.at.desc()).limit(RECENT))
BOOK = (select(AddressBookEntry.at, AddressBookEntry.change, AddressBookEntry.asset, AddressBookEntry.address,
               AddressBookEntry.label)
        .where(AddressBookEntry.customer_id == _ID).order_by(AddressBookEntry.at.desc()).limit(RECENT))


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise not_found("Customer")
    return customer


def customer_row(session: Session, customer_id: int) -> Row[Any]:
    """The customer as a plain row of their columns, for reading (#7: no ORM object)."""
    found = session.connection().execute(CUSTOMER, {"customer_id": customer_id}).first()
    if found is None:
        raise not_found("Customer")
    return found


@router.get("/customers/{customer_id}", response_model=c.CustomerProfile)
def get_customer(customer_id: PathId, reading: ReadAccess, settings: AppSettings) -> Response:
    with reading:  # authenticated in read_access; the queries and the JSON in this one worker-thread hop (#7)
        session = reading.session
        customer = customer_row(session, customer_id)
        now = utcnow()
        return model_json(profile(session, customer, reading.caller,
                                  risk.signals(session, customer_id, now, settings.large_withdrawal_usd), now))


def profile(session: Session, customer: Customer | Row[Any], caller: auth.Caller, found: list[c.RiskSignal],
            now: datetime) -> c.CustomerProfile:
    """The customer as any agent may see them: personal data masked, given their risk signals."""
    run = session.connection().execute
    key = {"customer_id": customer.id}
    logins, sessions, transactions, book = (run(LOGINS, key), run(SESSIONS, key), run(TRANSACTIONS, key),
                                            run(BOOK, key))
    locked = customer.withdrawals_locked_until
    return c.CustomerProfile(
        id=customer.id, name=masking.name(customer.name), email=masking.email(customer.email),
        phone=masking.phone(customer.phone), document_number=masking.document(customer.document_number),
        country=customer.country, language=c.Language(customer.language), kyc_level=customer.kyc_level,
        kyc_status=customer.kyc_status, vip_tier=customer.vip_tier,
        account_status=c.AccountStatus(customer.account_status),
        withdrawals_locked_until=locked if locked and locked > now else None,
        twofa_enabled=customer.twofa_enabled, twofa_changed_at=customer.twofa_changed_at,
        password_changed_at=customer.password_changed_at,
        logins=[c.LoginRecord(at=x.at, ip=masking.ip(x.ip), country=x.country, device=x.device,
                              new_device=x.new_device) for x in logins],
        sessions=[c.SessionRecord(id=x.id, started_at=x.started_at, last_seen_at=x.last_seen_at,
                                  ip=masking.ip(x.ip), device=x.device) for x in sessions],
        transactions=[c.TransactionRecord(id=x.id, at=x.at, direction=x.direction, asset=x.asset, amount=x.amount,
                                          status=x.status, status_code=risk.transaction_status(x.status),
                                          tx_hash=masking.tx_hash(x.tx_hash),
                                          address=masking.wallet(x.address)) for x in transactions],
        address_book=[c.AddressBookChange(at=x.at, change=x.change, asset=x.asset,
                                          address=masking.wallet(x.address), label=x.label) for x in book],
        risk_signals=found, takeover_pattern=risk.takeover_pattern(found, now),
        can_reveal=caller.has(*REVEAL_ROLES), version=customer.version,
    )


@router.post("/customers/{customer_id}/reveal", response_model=c.RevealResponse)
def reveal(customer_id: PathId, body: c.RevealRequest, session: DbSession, caller: CurrentCaller,
           settings: AppSettings) -> c.RevealResponse:
    """One field, with a reason, by someone who proved their second factor recently; always audited."""
    require(caller, *REVEAL_ROLES)
    auth.require_recent_second_factor(caller, settings)
    customer = _customer(session, customer_id)
    value = {
        c.RevealField.name: customer.name, c.RevealField.email: customer.email,
        c.RevealField.phone: customer.phone, c.RevealField.document_number: customer.document_number,
        c.RevealField.address: customer.address,
    }[body.field]
    audit.append(session, caller.actor, "customer.revealed", customer_id=customer_id,
                 details={"field": body.field.value, "reason": body.reason})
    events.publish(session, "customer.revealed", audience=events.SECURITY_ROLES, customer_id=customer_id,
                   data={"field": body.field.value})
    session.commit()
    return c.RevealResponse(field=body.field, value=value, visible_for=settings.reveal_visible_seconds)


@router.get("/customers/{customer_id}/reveals", response_model=list[c.RevealRecord])
def who_viewed(customer_id: PathId, session: DbSession, caller: CurrentCaller) -> list[c.RevealRecord]:
    """Every reveal of this customer's data: who, when, which field, and the reason they typed."""
    require(caller, c.Role.security_agent, c.Role.supervisor, c.Role.admin)
    _customer(session, customer_id)
    rows = session.scalars(select(AuditLog).where(
        AuditLog.customer_id == customer_id, AuditLog.event == "customer.revealed").order_by(AuditLog.id.desc()))
    return [c.RevealRecord(at=r.at, actor=r.actor, field=c.RevealField(r.details["field"]),
                           reason=r.details.get("reason", "")) for r in rows]
