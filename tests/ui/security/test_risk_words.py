"""Risk-signal details and transaction statuses are worded by this desk from the service's codes and values
(so they translate), with the service's English text only for what it cannot word."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from desk_app.contract import RiskSignal, TransactionRecord, TransactionStatus
from desk_app.ui.customer.models import RiskSignalsModel, TransactionsModel

NOW = datetime.now(UTC)
EVIL = "Pixel\u202e8exe"


def signal(code: str | None, params: dict[str, str], detail: str = "English text from the service",
           minutes: int = 0) -> RiskSignal:
    return RiskSignal(at=NOW - timedelta(minutes=minutes), kind="new_device", detail=detail, detail_code=code,
                      detail_params=params, clustered=False)


def test_details_are_worded_from_their_codes(qtmodeltester: Any) -> None:
    model = RiskSignalsModel()
    model.set_records([
        signal("new_device", {"device": EVIL, "country": "NG", "ip": "198.51.•••.•••"}, minutes=7),
        signal("large_withdrawal", {"amount": "1234.5", "asset": "BTC", "usd_value": "48000", "status": "completed"},
               minutes=6),
        signal("twofa_reset_by_desk", {"request_id": "77"}, minutes=5),
        signal("password_reset_email", {}, minutes=4),
        signal("new_withdrawal_address", {"asset": "USDT", "address": "TQn9Y2••••Xb7k"}, minutes=3),
        signal("a_code_from_a_newer_service", {}, "Something new happened", minutes=2),
        signal("large_withdrawal", {"amount": "1"}, "1 BTC (≈ $20,000) pending", minutes=1),  # values missing
        signal(None, {}, "Only text"),
    ])  # fmt: skip
    qtmodeltester.check(model)
    details = [model.index(row, 3).data() for row in range(model.rowCount())]
    assert details[0] == "\u2068Pixel⟨U+202E⟩8exe\u2069 · from \u2068NG\u2069 · IP \u2068198.51.•••.•••\u2069"
    assert "\u202e" not in details[0]  # the exchange's device name cannot reorder the sentence
    assert details[1] == "1,234.5 \u2068BTC\u2069 (about 48,000 US dollars), Completed"
    assert details[2] == "2FA reset by the security desk (request #\u206877\u2069)"
    assert details[3] == "Password reset through the email link"
    assert details[4] == "\u2068USDT\u2069 address \u2068TQn9Y2••••Xb7k\u2069"
    assert details[5:] == ["Something new happened", "1 BTC (≈ $20,000) pending", "Only text"]


def test_transaction_statuses_are_worded_from_their_codes(qtmodeltester: Any) -> None:
    model = TransactionsModel()
    rows = [TransactionRecord(id=n, at=NOW - timedelta(minutes=n), direction="deposit", asset="ETH", amount="1",
                              status=status, status_code=code, tx_hash="h", address="a")
            for n, (status, code) in enumerate([("completed", TransactionStatus.completed),
                                                ("pending", TransactionStatus.pending),
                                                ("held\u202eby bank", None)])]
    model.set_records(rows)
    qtmodeltester.check(model)
    assert [model.index(row, 4).data() for row in range(3)] == ["Completed", "Pending", "held⟨U+202E⟩by bank"]
