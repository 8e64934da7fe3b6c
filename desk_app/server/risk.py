"""Risk signals: the recent security-relevant changes on an account, and the takeover pattern."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.contract import RiskSignal, TransactionStatus
from desk_app.server import masking
from desk_app.server.models import AccountEvent, AddressBookEntry, CustomerLogin, Transaction

WINDOW = timedelta(days=30)
CLUSTER = timedelta(hours=24)
# Three of these kinds within 24 hours is how an account takeover looks from the desk.
TAKEOVER_KINDS = {"new_device", "password_reset", "twofa_change", "new_withdrawal_address", "large_withdrawal"}


def signals(session: Session, customer_id: int, now: datetime, large_usd: int) -> list[RiskSignal]:
    since = now - WINDOW
    found: list[tuple[datetime, str, str, str | None, dict[str, str]]] = []  # at, kind, detail, code, params
    for login in session.scalars(select(CustomerLogin).where(
            CustomerLogin.customer_id == customer_id, CustomerLogin.at >= since, CustomerLogin.new_device)):
        ip = masking.ip(login.ip)
        found.append((login.at, "new_device", f"{login.device} · {login.country} · {ip}", "new_device",
                      {"device": login.device, "country": login.country, "ip": ip}))
    for event in session.scalars(select(AccountEvent).where(
            AccountEvent.customer_id == customer_id, AccountEvent.at >= since)):
        found.append((event.at, event.kind, event.detail, event.detail_code,
                      {str(k): str(v) for k, v in (event.detail_params or {}).items()}))
    for entry in session.scalars(select(AddressBookEntry).where(
            AddressBookEntry.customer_id == customer_id, AddressBookEntry.at >= since,
            AddressBookEntry.change == "added")):
        address = masking.wallet(entry.address)
        found.append((entry.at, "new_withdrawal_address", f"{entry.asset} {address}", "new_withdrawal_address",
                      {"asset": entry.asset, "address": address}))
    for tx in session.scalars(select(Transaction).where(
            Transaction.customer_id == customer_id, Transaction.at >= since,
            Transaction.direction == "withdrawal", Transaction.usd_value >= large_usd)):
        found.append((tx.at, "large_withdrawal", f"{tx.amount} {tx.asset} (≈ ${tx.usd_value:,}) {tx.status}",
                      "large_withdrawal", {"amount": tx.amount, "asset": tx.asset, "usd_value": str(tx.usd_value),
                                           "status": tx.status}))
    found.sort(key=lambda item: (item[0], item[1], item[2]))
    clustered = _clustered([(item[0], item[1]) for item in found])
    return [RiskSignal(at=at, kind=kind, detail=detail, detail_code=code, detail_params=params,
                       clustered=i in clustered)
            for i, (at, kind, detail, code, params) in enumerate(found)]


def transaction_status(status: str) -> TransactionStatus | None:
    """The status as a code a desk can word, if it is one the contract knows."""
    return TransactionStatus(status) if status in TransactionStatus._value2member_map_ else None


def _clustered(items: list[tuple[datetime, str]]) -> set[int]:
    """Indexes of signals that belong to a 24-hour window holding three or more distinct kinds."""
    marked: set[int] = set()
    for start in range(len(items)):
        window = [i for i in range(start, len(items)) if items[i][0] - items[start][0] <= CLUSTER]
        if len({items[i][1] for i in window}) >= 3:
            marked.update(window)
    return marked


def takeover_pattern(found: list[RiskSignal], now: datetime) -> bool:
    """A cluster that is still fresh (its latest signal within the last 72 hours)."""
    return any(s.clustered and now - s.at <= timedelta(hours=72) for s in found)
