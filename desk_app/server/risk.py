"""Risk signals: the recent security-relevant changes on an account, and the takeover pattern."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Integer, String, bindparam, cast, literal, null, select, union_all
from sqlalchemy.orm import Session

from desk_app.contract import RiskSignal, TransactionStatus
from desk_app.server import masking
from desk_app.server.models import AccountEvent, AddressBookEntry, CustomerLogin, Transaction

WINDOW = timedelta(days=30)
CLUSTER = timedelta(hours=24)
# Three of these kinds within 24 hours is how an account takeover looks from the desk.
TAKEOVER_KINDS = {"new_device", "password_reset", "twofa_change", "new_withdrawal_address", "large_withdrawal"}


def _recent() -> Any:
    """Every source of signals in one UNION ALL (#7: one round trip, not four):
    rows of (source, at, kind, a, b, c, usd, code, params) for :customer_id since :since, withdrawals from
    :large_usd up."""
    def text(value: str) -> Any:
        return literal(value, String)

    customer_id, since, large_usd = bindparam("customer_id"), bindparam("since"), bindparam("large_usd")
    none, zero = text(""), literal(0, Integer)
    no_code, no_params = cast(null(), String), cast(null(), JSON)  # worded from the row itself
    logins = select(text("login"), CustomerLogin.at, text("new_device"), CustomerLogin.device,
                    CustomerLogin.country, CustomerLogin.ip, zero, no_code, no_params).where(
        CustomerLogin.customer_id == customer_id, CustomerLogin.at >= since, CustomerLogin.new_device)
    account = select(text("event"), AccountEvent.at, AccountEvent.kind, AccountEvent.detail, none, none, zero,
                     AccountEvent.detail_code, AccountEvent.detail_params).where(
        AccountEvent.customer_id == customer_id, AccountEvent.at >= since)
    book = select(text("address"), AddressBookEntry.at, text("new_withdrawal_address"), AddressBookEntry.asset,
                  AddressBookEntry.address, none, zero, no_code, no_params).where(
        AddressBookEntry.customer_id == customer_id, AddressBookEntry.at >= since, AddressBookEntry.change == "added")
    withdrawals = select(text("withdrawal"), Transaction.at, text("large_withdrawal"), Transaction.amount,
                         Transaction.asset, Transaction.status, Transaction.usd_value, no_code, no_params).where(
        Transaction.customer_id == customer_id, Transaction.at >= since, Transaction.direction == "withdrawal",
        Transaction.usd_value >= large_usd)
    return union_all(logins, account, book, withdrawals)


SIGNAL_ROWS = _recent()  # #7: built once, its cache key memoized (the four selects cost more to build than to run)


def _worded(source: str, a: str, b: str, c: str, usd: int, code: str | None,
            params: dict[str, Any] | None) -> tuple[str, str | None, dict[str, str]]:
    """What the agent reads beside a signal (personal data masked), and the same as a code and its values
    for a desk to word in its own language."""
    if source == "login":
        ip = masking.ip(c)
        return f"{a} · {b} · {ip}", "new_device", {"device": a, "country": b, "ip": ip}
    if source == "address":
        address = masking.wallet(b)
        return f"{a} {address}", "new_withdrawal_address", {"asset": a, "address": address}
    if source == "withdrawal":
        return (f"{a} {b} (≈ ${usd:,}) {c}", "large_withdrawal",
                {"amount": a, "asset": b, "usd_value": str(usd), "status": c})
    return a, code, {str(k): str(v) for k, v in (params or {}).items()}


def signals(session: Session, customer_id: int, now: datetime, large_usd: int) -> list[RiskSignal]:
    # Plain rows on the session's connection (#7): no ORM loading; it reads what is stored (no autoflush).
    rows = session.connection().execute(SIGNAL_ROWS, {"customer_id": customer_id, "since": now - WINDOW,
                                                      "large_usd": large_usd})
    found = [(at, kind, *_worded(source, a, b, c, usd, code, params))
             for source, at, kind, a, b, c, usd, code, params in rows]
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
