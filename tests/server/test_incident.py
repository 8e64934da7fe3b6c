"""The incident record: the takeover customer's signals, messages, actions and decisions, reveals and status
changes in time order, masked, for security roles only, and built without writing anything."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from desk_app.contract import API_PREFIX
from desk_app.server.incident import Redactor
from desk_app.server.models import AddressBookEntry, Customer, Transaction
from tests.helpers import INTEGRATION_KEY, ServiceProcess, login

TAKEOVER_SIGNALS = {"new_device", "password_reset", "twofa_change", "new_withdrawal_address", "large_withdrawal"}


class Api:
    """One person's requests to the service."""

    def __init__(self, url: str, username: str) -> None:
        self.url = f"{url}{API_PREFIX}"
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {login(url, username)['access_token']}"

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        return self.http.request(method, f"{self.url}{path}", timeout=30, **kwargs)

    def ok(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self.call(method, path, **kwargs)
        assert response.status_code in (200, 201), f"{method} {path}: {response.status_code} {response.text[:300]}"
        return response.json()


@dataclass
class Story:
    """What the test did to the demo's main takeover customer, and what the database holds about them."""

    secops: Api
    supervisor: Api
    customer_id: int
    ticket_id: int
    action_id: int
    revealed_phone: str
    personal: dict[str, str]  # field -> the unmasked value in the database
    started: datetime
    finished: datetime
    record: dict[str, Any]
    text: str  # the record's JSON as sent


def database_url(service: ServiceProcess) -> str:
    return str(service.args[service.args.index("--database-url") + 1])


def personal_values(url: str, customer_id: int) -> dict[str, str]:
    """The customer's own unmasked values, read straight from the service's database."""
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            customer = session.get(Customer, customer_id)
            assert customer is not None
            found = {f: getattr(customer, f) for f in ("name", "email", "phone", "document_number", "address")}
            wallets = session.scalars(
                select(AddressBookEntry.address).where(AddressBookEntry.customer_id == customer_id)
            )
            found |= {f"wallet {i}": w for i, w in enumerate(wallets)}
            sent = session.scalars(select(Transaction.address).where(Transaction.customer_id == customer_id))
            found |= {f"tx address {i}": w for i, w in enumerate(sent)}
    finally:
        engine.dispose()
    return {field: value for field, value in found.items() if len(value.strip()) >= 2}


def main_takeover(api: Api) -> tuple[int, int]:
    """(customer id, security ticket id) of the Korean takeover story, the demo's main one."""
    for ticket in api.ok("GET", "/tickets?view=security&limit=200")["items"]:
        profile = api.ok("GET", f"/customers/{ticket['customer_id']}")
        if profile["takeover_pattern"] and profile["language"] == "ko":
            return profile["id"], ticket["id"]
    raise AssertionError("the demo has no Korean takeover customer")


@pytest.fixture(scope="module")
def story(any_service: ServiceProcess) -> Story:
    started = datetime.now(UTC)
    secops, supervisor = Api(any_service.url, "secops1"), Api(any_service.url, "super1")
    customer_id, ticket_id = main_takeover(secops)
    personal = personal_values(database_url(any_service), customer_id)
    name, email, phone = personal["name"], personal["email"], personal["phone"]
    requests.post(
        f"{any_service.url}{API_PREFIX}/inbound/messages",
        headers={"X-Integration-Key": INTEGRATION_KEY},
        timeout=30,
        json={
            "channel": "email",
            "customer_id": customer_id,
            "ticket_id": ticket_id,
            "language": "ko",
            "subject": "follow-up",
            "body": f"This is {name}. Mail me at {email.upper()} or call {phone}.",
        },
    ).raise_for_status()
    action = secops.ok(
        "POST",
        "/actions",
        json={
            "customer_id": customer_id,
            "ticket_id": ticket_id,
            "kind": "lock_withdrawals",
            "params": {"hours": 24},
            "reason": f"Takeover pattern; the caller gave {email} but failed the checks",
        },
    )
    decided = supervisor.ok(
        "POST",
        f"/actions/{action['id']}/approve",
        json={"comment": "Pattern confirmed, lock it", "version": action["version"]},
    )
    assert decided["status"] == "executed"
    revealed = secops.ok(
        "POST", f"/customers/{customer_id}/reveal", json={"field": "phone", "reason": "Call-back to the number on file"}
    )
    ticket = secops.ok("GET", f"/tickets/{ticket_id}")
    assert ticket["status"] == "open", "the approval put the ticket back to open"
    secops.ok("PATCH", f"/tickets/{ticket_id}", json={"version": ticket["version"], "status": "pending_customer"})
    secops.ok(
        "POST",
        f"/tickets/{ticket_id}/messages",
        json={"body": "Locked for 24 h; waiting for a video call.", "internal": True},
    )
    finished = datetime.now(UTC)
    response = secops.call("GET", f"/customers/{customer_id}/incident")
    assert response.status_code == 200, response.text
    return Story(
        secops,
        supervisor,
        customer_id,
        ticket_id,
        action["id"],
        revealed["value"],
        personal,
        started,
        finished,
        response.json(),
        response.text,
    )


def at(entry: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(entry["at"])


def only(entries: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    found = [e for e in entries if e["kind"] == kind]
    assert len(found) == 1, f"{kind}: {found}"
    return found[0]


# --- what the record holds ------------------------------------------------------------------------


def test_entries_are_in_time_order(story: Story) -> None:
    times = [at(e) for e in story.record["entries"]]
    assert times == sorted(times)
    assert len(times) >= 12


def test_the_head_shows_the_customer_masked_and_the_account_now(story: Story) -> None:
    record = story.record
    profile = story.secops.ok("GET", f"/customers/{story.customer_id}")
    assert record["customer_id"] == story.customer_id
    assert record["customer_display"] == profile["name"] and "•" in profile["name"]
    assert record["generated_by"] == "secops1" and record["takeover_pattern"] is True
    assert story.finished <= datetime.fromisoformat(record["generated_at"])
    assert datetime.fromisoformat(record["generated_at"]) - datetime.fromisoformat(record["since"]) == timedelta(
        days=30
    )
    now = record["account_now"]
    assert now["account_status"] == "active" and now["twofa_enabled"] is True
    assert datetime.fromisoformat(now["withdrawals_locked_until"]) > story.finished + timedelta(hours=23)
    assert now["active_sessions"] == len(profile["sessions"]) > 0


def test_the_takeover_signals_come_first_from_the_customer(story: Story) -> None:
    entries = story.record["entries"]
    signals = [e for e in entries if e["kind"].startswith("signal.")]
    assert {e["details"]["signal"] for e in signals} >= TAKEOVER_SIGNALS
    assert all(e["actor"] == "customer" for e in signals)
    assert sum(e["details"]["clustered"] for e in signals) >= 3
    first_message = next(e for e in entries if e["kind"] == "message.customer")
    assert max(at(e) for e in signals if e["details"]["clustered"]) < at(first_message)


def test_signal_entries_carry_the_codes_a_desk_words(story: Story) -> None:
    """Each signal's entry has the detail code and values the profile gives, so the desk words it the same."""
    profile = story.secops.ok("GET", f"/customers/{story.customer_id}")
    shown = {(s["at"], s["kind"]): s for s in profile["risk_signals"]}
    entries = [e for e in story.record["entries"] if e["kind"].startswith("signal.")]
    matched = [(e, shown[(e["at"], e["details"]["signal"])]) for e in entries
               if (e["at"], e["details"]["signal"]) in shown]
    assert len(matched) >= len(TAKEOVER_SIGNALS)
    for entry, signal in matched:
        assert entry["details"]["detail_code"] == signal["detail_code"]
        assert entry["details"]["detail_params"] == signal["detail_params"]
        assert entry["details"]["detail"] == signal["detail"] == entry["summary"]
    codes = {e["details"]["detail_code"] for e in entries}
    assert {"new_device", "new_withdrawal_address", "large_withdrawal"} <= codes
    large = next(e for e in entries if e["details"]["detail_code"] == "large_withdrawal")
    assert set(large["details"]["detail_params"]) == {"amount", "asset", "usd_value", "status"}


def test_the_request_and_the_decision_are_in_order_with_their_actors(story: Story) -> None:
    entries = story.record["entries"]
    mine = [e for e in entries if e["action_id"] == story.action_id]
    assert [e["kind"] for e in mine] == ["action.requested", "action.approved", "action.executed"]
    requested, approved, executed = mine
    assert requested["actor"] == "secops1" and approved["actor"] == "super1" and executed["actor"] == "super1"
    assert requested["details"]["action"] == "lock_withdrawals"
    assert requested["details"]["params"] == {"hours": 24} and requested["details"]["emergency"] is False
    assert "Takeover pattern" in requested["details"]["reason"]
    assert approved["details"]["comment"] == "Pattern confirmed, lock it"
    assert all(e["ticket_id"] == story.ticket_id for e in mine)


def test_a_reveal_shows_who_which_field_and_why_never_the_value(story: Story) -> None:
    reveal = only(story.record["entries"], "customer.revealed")
    assert reveal["actor"] == "secops1"
    assert reveal["details"] == {"field": "phone", "reason": "Call-back to the number on file"}
    digits = "".join(ch for ch in story.revealed_phone if ch.isdigit())
    assert story.revealed_phone not in story.text and digits not in story.text


def test_a_status_change_shows_from_and_to(story: Story) -> None:
    changes = [e for e in story.record["entries"] if e["kind"] == "ticket.status_changed"]
    assert all(change["ticket_id"] == story.ticket_id for change in changes)
    # the two-person flow's own changes are on the record too, by whoever made them (docs/security.md #2)
    assert [(e["actor"], e["details"]["status_from"], e["details"]["status_to"]) for e in changes] == [
        ("secops1", "new", "pending_approval"), ("super1", "pending_approval", "open"),
        ("secops1", "open", "pending_customer")]


def test_messages_are_summarised_by_kind_with_their_authors(story: Story) -> None:
    entries = story.record["entries"]
    customer = [e for e in entries if e["kind"] == "message.customer"]
    assert len(customer) >= 2 and all(e["actor"] == "customer" for e in customer)
    assert all("•" in e["details"]["author"] for e in customer), "the customer's name is masked"
    assert all(len(e["summary"]) <= 200 and "\n" not in e["summary"] for e in customer)
    note = [e for e in entries if e["kind"] == "message.note" and e["actor"] == "secops1"][-1]
    assert note["summary"] == "Locked for 24 h; waiting for a video call."
    order = [e["kind"] for e in entries if not e["kind"].startswith("signal.")]  # a reveal has no ticket
    last_change = len(order) - 1 - order[::-1].index("ticket.status_changed")
    assert order.index("action.requested") < order.index("customer.revealed") < last_change
    assert order[-1] == "message.note"


def test_no_personal_value_is_unmasked(story: Story) -> None:
    lowered = story.text.lower()
    leaks = [f"{field} {value!r}" for field, value in story.personal.items() if value.lower() in lowered]
    assert leaks == []
    phone_digits = "".join(ch for ch in story.personal["phone"] if ch.isdigit())
    assert phone_digits not in story.text
    mine = [e for e in story.record["entries"] if e["kind"] == "message.customer" and "Mail me at" in e["summary"]]
    assert len(mine) == 1 and mine[0]["summary"].count("•") >= 6, mine


# --- who may, and what `since` does ---------------------------------------------------------------


@pytest.mark.parametrize("username", ["super1", "admin1"])
def test_supervisors_and_admins_may_read_it(any_service: ServiceProcess, story: Story, username: str) -> None:
    record = Api(any_service.url, username).ok("GET", f"/customers/{story.customer_id}/incident")
    assert record["generated_by"] == username
    assert [e["kind"] for e in record["entries"]] == [e["kind"] for e in story.record["entries"]]


def test_an_agent_may_not(any_service: ServiceProcess, story: Story) -> None:
    response = Api(any_service.url, "agent1").call("GET", f"/customers/{story.customer_id}/incident")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"


def test_an_unknown_customer_is_not_found(story: Story) -> None:
    response = story.secops.call("GET", "/customers/999999/incident")
    assert response.status_code == 404


def test_since_narrows_and_widens_the_timeline(story: Story) -> None:
    path = f"/customers/{story.customer_id}/incident"
    since = story.started.isoformat()
    recent = story.secops.ok("GET", path, params={"since": since})["entries"]
    assert recent and all(at(e) >= story.started for e in recent)
    assert {"action.requested", "action.approved", "customer.revealed"} <= {e["kind"] for e in recent}
    assert not any(e["kind"].startswith("signal.") for e in recent)
    wide = story.secops.ok("GET", path, params={"since": (story.started - timedelta(days=90)).isoformat()})
    assert len(wide["entries"]) >= len(story.record["entries"])
    assert {e["kind"] for e in wide["entries"] if e["kind"].startswith("signal.")} >= {
        f"signal.{k}" for k in TAKEOVER_SIGNALS
    }
    future = story.secops.ok("GET", path, params={"since": (datetime.now(UTC) + timedelta(days=1)).isoformat()})
    assert future["entries"] == [] and future["takeover_pattern"] is True
    assert story.secops.call("GET", path, params={"since": "yesterday"}).status_code == 422


def test_building_it_writes_nothing(story: Story) -> None:
    path = f"/audit?customer_id={story.customer_id}&limit=1"
    before = story.supervisor.ok("GET", path)["items"][0]["id"]
    story.secops.ok("GET", f"/customers/{story.customer_id}/incident")
    assert story.supervisor.ok("GET", path)["items"][0]["id"] == before


# --- masking what people wrote --------------------------------------------------------------------


def test_the_redactor_masks_the_customers_own_values_however_written() -> None:
    customer = Customer(
        name="Kim Min-jun",
        email="minjun.kim@example.com",
        phone="+82 10-1234-5678",
        document_number="M12345678",
        address="12 Teheran-ro, Gangnam-gu, Seoul",
    )
    wallet = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
    redact = Redactor(customer, wallets=[wallet])
    text = redact(
        f"KIM MIN-JUN here (min-jun). MinJun.Kim@Example.COM, +821012345678 or +82 (10) 1234.5678. "
        f"Passport M12345678, 12 Teheran-ro, Gangnam-gu, Seoul. Sent to {wallet}. Kimchi is fine."
    )
    for value in ("kim", "min-jun", "minjun", "1234", "M12345678", "Teheran", wallet):
        assert value.lower() not in text.lower().replace("kimchi", ""), (value, text)
    assert "Kimchi is fine." in text and text.count("+82•••••78") == 2 and "bc1qxy••••••0wlh" in text
    korean = Customer(name="김민준", email="a@b.kr", phone="", document_number="", address="")
    assert Redactor(korean)("저는 김민준입니다") == "저는 김••입니다"
