"""Risk-signal details and transaction statuses carry stable codes and values beside their English text, so
a desk words them in its agent's language (API clients keep the text)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desk_app.server import masking
from desk_app.server.models import AccountEvent, CustomerLogin, Transaction
from tests.helpers import ServiceProcess
from tests.server.desk_api import Desk, desk_fixture

ADDRESS = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"


@pytest.fixture(scope="module")
def desk(service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(service)


def test_signals_and_statuses_come_with_codes_and_values(desk: Desk) -> None:
    customer = desk.customer()
    now = datetime.now(UTC)
    with desk.db.session() as session:
        session.add(CustomerLogin(customer_id=customer, at=now - timedelta(hours=3), ip="198.51.100.23",
                                  country="NG", device="Android 10 / Chrome 119", new_device=True))
        session.add(AccountEvent(customer_id=customer, at=now - timedelta(hours=2), kind="twofa_change",
                                 detail="2FA reset by the security desk (request #77)",
                                 detail_code="twofa_reset_by_desk", detail_params={"request_id": "77"}))
        session.add(AccountEvent(customer_id=customer, at=now - timedelta(hours=2, minutes=1), kind="email_change",
                                 detail="Changed by a system that sends no code"))
        for minutes, status, usd in ((60, "completed", 25_000), (30, "stuck_at_bank", 12_000), (10, "pending", 50)):
            session.add(Transaction(customer_id=customer, at=now - timedelta(minutes=minutes), direction="withdrawal",
                                    asset="BTC", amount="0.50000000", usd_value=usd, status=status,
                                    tx_hash="ab" * 32, address=ADDRESS))
    profile = desk.agent("secops1").profile(customer)

    signals = {(s["kind"], s["detail_code"]): s for s in profile["risk_signals"]}
    device = signals[("new_device", "new_device")]
    assert device["detail_params"] == {"device": "Android 10 / Chrome 119", "country": "NG",
                                       "ip": masking.ip("198.51.100.23")}
    assert device["detail"] == f"Android 10 / Chrome 119 · NG · {masking.ip('198.51.100.23')}"  # English kept
    assert "198.51.100.23" not in str(profile)  # values are masked like the text
    reset = signals[("twofa_change", "twofa_reset_by_desk")]
    assert reset["detail_params"] == {"request_id": "77"}
    uncoded = signals[("email_change", None)]
    assert uncoded["detail"] == "Changed by a system that sends no code" and uncoded["detail_params"] == {}
    large = sorted((s for s in profile["risk_signals"] if s["detail_code"] == "large_withdrawal"),
                   key=lambda s: s["at"])
    assert [s["detail_params"] for s in large] == [
        {"amount": "0.50000000", "asset": "BTC", "usd_value": "25000", "status": "completed"},
        {"amount": "0.50000000", "asset": "BTC", "usd_value": "12000", "status": "stuck_at_bank"}]
    assert large[0]["detail"] == "0.50000000 BTC (≈ $25,000) completed"

    statuses = sorted((t["at"], t["status"], t["status_code"]) for t in profile["transactions"])
    assert [(s, code) for _, s, code in statuses] == [("completed", "completed"), ("stuck_at_bank", None),
                                                      ("pending", "pending")]


def test_the_demos_account_events_carry_codes(desk: Desk) -> None:
    with desk.db.session(write=False) as session:
        rows = session.execute(select(AccountEvent.detail, AccountEvent.detail_code)
                               .where(AccountEvent.customer_id < 5_000_000).limit(2000)).all()  # the demo's own
    assert rows and all(code for _, code in rows)
    assert {code for _, code in rows} <= {"password_reset_email", "twofa_enabled_app", "twofa_device_changed",
                                          "twofa_disabled", "authenticator_rebound", "email_changed"}
