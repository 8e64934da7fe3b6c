"""Masking: no answer of the service carries a customer's personal value, except a reveal's own answer,
and a reveal is audited with its reason but never with the value."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from desk_app.contract import API_PREFIX, RevealField
from desk_app.server.models import AddressBookEntry, Customer, CustomerLogin, CustomerSession, Transaction
from tests.helpers import INTEGRATION_KEY, login

PROFILES_WALKED = 20
WORKSPACES_WALKED = 150  # the newest tickets: the walk's own activity and the demo's security stories
REVEALED_CUSTOMER = 3


def database_url(service: Any) -> str:
    return str(service.args[service.args.index("--database-url") + 1])


@dataclass(frozen=True)
class Secret:
    """One personal value as the database holds it."""

    customer_id: int
    kind: str
    value: str


def personal_values(url: str) -> list[Secret]:
    """Every customer's unmasked personal values, read straight from the service's database."""
    engine = create_engine(url)
    found: list[Secret] = []
    try:
        with Session(engine) as session:
            for customer in session.scalars(select(Customer)):
                for kind in ("name", "email", "phone", "document_number", "address"):
                    found.append(Secret(customer.id, kind, getattr(customer, kind)))
            for model, kind in ((CustomerLogin, "ip"), (CustomerSession, "ip"),
                                (Transaction, "wallet"), (AddressBookEntry, "wallet")):
                column = model.ip if kind == "ip" else model.address  # type: ignore[attr-defined]
                for customer_id, value in session.execute(select(model.customer_id, column)):
                    found.append(Secret(customer_id, kind, value))
    finally:
        engine.dispose()
    # Names in CJK scripts are two or three characters; everything else is long enough to be unmistakable.
    return [s for s in found if len(s.value.strip()) >= (2 if s.kind == "name" else 6)]


class Walker:
    """Calls the service as one agent and keeps every answer's body."""

    def __init__(self, url: str, token: str) -> None:
        self.url, self.session = url, requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.bodies: list[tuple[str, str]] = []  # (what was asked, the answer's text)

    def get(self, path: str) -> Any:
        response = self.session.get(f"{self.url}{API_PREFIX}{path}", timeout=30)
        assert response.status_code == 200, f"GET {path}: {response.status_code} {response.text[:300]}"
        self.bodies.append((f"GET {path}", response.text))
        return response.json()

    def pages(self, path: str) -> Iterator[dict[str, Any]]:
        """Every item of a cursor-paged list."""
        separator = "&" if "?" in path else "?"
        cursor: str | None = None
        while True:
            page = self.get(f"{path}{separator}limit=200" + (f"&cursor={cursor}" if cursor else ""))
            yield from page["items"]
            cursor = page["next_cursor"]
            if cursor is None:
                return

    def events(self, quiet: float = 2.0) -> None:
        """What the event stream replays from the first event on, until it has been quiet a while."""
        chunks: list[bytes] = []
        with self.session.get(f"{self.url}{API_PREFIX}/events?after=0", stream=True,
                              timeout=(10, quiet)) as response:
            assert response.status_code == 200
            with contextlib.suppress(requests.ConnectionError):  # the read timed out: the replay is over
                for chunk in response.iter_content(chunk_size=None):
                    chunks.append(chunk)
        text = b"".join(chunks).decode()
        for kind in ("customer.revealed", "action.requested", "ticket.created", "message.created", "ticket.updated"):
            assert f"event: {kind}" in text, text[:500]
        self.bodies.append(("GET /events", text))


def leaks(bodies: list[tuple[str, str]], secrets: list[Secret]) -> list[str]:
    found = []
    for asked, text in bodies:
        lowered = text.lower()
        for secret in secrets:
            if secret.value.lower() in lowered:
                found.append(f"{asked} shows customer {secret.customer_id}'s {secret.kind} {secret.value!r}")
    return found


def make_activity(url: str, agent: Walker) -> None:
    """A security action, a customer's message, a reply and an edit: things for the audit and events."""
    secops = login(url, "secops2")["access_token"]
    requests.post(f"{url}{API_PREFIX}/actions", headers={"Authorization": f"Bearer {secops}"}, timeout=30,
                  json={"customer_id": REVEALED_CUSTOMER, "kind": "lock_withdrawals", "reason": "masking walk",
                        "params": {"hours": 3}}).raise_for_status()
    inbound = requests.post(f"{url}{API_PREFIX}/inbound/messages", headers={"X-Integration-Key": INTEGRATION_KEY},
                            timeout=30, json={"channel": "email", "customer_id": REVEALED_CUSTOMER, "language": "en",
                                              "subject": "Masking walk", "body": "Please call me back"})
    ticket_id = inbound.json()["ticket_id"]
    agent.session.post(f"{url}{API_PREFIX}/tickets/{ticket_id}/messages", json={"body": "Calling you now"},
                       timeout=30).raise_for_status()
    version = agent.get(f"/tickets/{ticket_id}")["version"]
    agent.session.patch(f"{url}{API_PREFIX}/tickets/{ticket_id}", json={"version": version, "priority": "high"},
                        timeout=30).raise_for_status()


# --- fixtures -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def secrets(service: Any) -> list[Secret]:
    found = personal_values(database_url(service))
    assert len({s.customer_id for s in found}) >= PROFILES_WALKED
    assert {s.kind for s in found} >= {"name", "email", "phone", "document_number", "address", "ip", "wallet"}
    return found


@pytest.fixture(scope="module")
def reveals(service: Any) -> dict[str, Any]:
    """A security agent reveals every field of one customer (answers kept apart from the walk)."""
    token = login(service.url, "secops1")["access_token"]
    answers = {}
    for field in RevealField:
        response = requests.post(f"{service.url}{API_PREFIX}/customers/{REVEALED_CUSTOMER}/reveal", timeout=30,
                                 headers={"Authorization": f"Bearer {token}"},
                                 json={"field": field.value, "reason": f"customer asked to confirm {field.value}"})
        assert response.status_code == 200, response.text
        answers[field.value] = response.json()
    return answers


@pytest.fixture(scope="module")
def walked(service: Any, reveals: dict[str, Any]) -> list[tuple[str, str]]:
    """Every answer of a broad walk over the desk, by an agent and by a supervisor."""
    agent = Walker(service.url, login(service.url, "agent1")["access_token"])
    supervisor = Walker(service.url, login(service.url, "super1")["access_token"])
    make_activity(service.url, agent)

    for walker in (agent, supervisor):
        walker.get("/auth/me")
        walker.get("/agents")
        for view in ("all", "mine", "unassigned", "awaiting_approval"):
            list(walker.pages(f"/tickets?view={view}"))
    tickets = list(supervisor.pages("/tickets?view=security")) + list(agent.pages("/tickets?view=all"))
    for ticket_id in sorted({t["id"] for t in tickets}):
        agent.get(f"/tickets/{ticket_id}")
        agent.get(f"/tickets/{ticket_id}/messages")
    for ticket_id in sorted({t["id"] for t in tickets})[-WORKSPACES_WALKED:]:  # #7: all three in one answer
        agent.get(f"/tickets/{ticket_id}/workspace")
        supervisor.get(f"/tickets/{ticket_id}/workspace")
    for customer_id in range(1, PROFILES_WALKED + 1):
        agent.get(f"/customers/{customer_id}")
        supervisor.get(f"/customers/{customer_id}")
        supervisor.get(f"/customers/{customer_id}/reveals")
        supervisor.get(f"/audit?customer_id={customer_id}")
    actions = supervisor.get("/actions")
    for action in actions["items"][:20]:
        supervisor.get(f"/actions/{action['id']}")
    list(supervisor.pages("/audit"))
    supervisor.get("/audit/verify")
    supervisor.events()
    return agent.bodies + supervisor.bodies


# --- tests ----------------------------------------------------------------------------------------


def test_the_walk_covers_the_desk(walked: list[tuple[str, str]]) -> None:
    asked = " ".join(a for a, _ in walked)
    for needle in ("/tickets?view=all", "/messages", "/workspace", "/customers/", "/actions", "/audit", "/events"):
        assert needle in asked
    assert len(walked) > 300


def test_no_answer_shows_a_personal_value(walked: list[tuple[str, str]], secrets: list[Secret]) -> None:
    found = leaks(walked, secrets)
    assert found == [], "\n".join(found[:30])


def test_the_leak_check_finds_a_leak(reveals: dict[str, Any], secrets: list[Secret]) -> None:
    """The check itself: the reveal answers, which do carry the values, are found."""
    answers = [(f"POST reveal {field}", str(answer)) for field, answer in reveals.items()]
    assert {finding.split("'s ")[1].split()[0] for finding in leaks(answers, secrets)} >= {
        "name", "email", "phone", "document_number", "address"}


def test_profiles_are_masked_but_recognisable(service: Any, secrets: list[Secret]) -> None:
    token = login(service.url, "agent2")["access_token"]
    profile = requests.get(f"{service.url}{API_PREFIX}/customers/{REVEALED_CUSTOMER}", timeout=30,
                           headers={"Authorization": f"Bearer {token}"}).json()
    real = {s.kind: s.value for s in secrets if s.customer_id == REVEALED_CUSTOMER}
    assert profile["name"][0] == real["name"][0] and "•" in profile["name"]
    assert profile["email"][0] == real["email"][0] and profile["email"].endswith(real["email"].rsplit(".", 1)[1])
    assert "•" in profile["phone"] and profile["phone"][-2:] == real["phone"][-2:]
    assert profile["can_reveal"] is False
    for login_record in profile["logins"]:
        assert "•" in login_record["ip"]
    for tx in profile["transactions"]:
        assert "•" in tx["address"]


def test_reveal_answers_the_real_value(service: Any, reveals: dict[str, Any], secrets: list[Secret]) -> None:
    engine = create_engine(database_url(service))
    try:
        with Session(engine) as session:
            customer = session.get(Customer, REVEALED_CUSTOMER)
            assert customer is not None
            for field, answer in reveals.items():
                assert answer["value"] == getattr(customer, field)
                assert answer["field"] == field and answer["visible_for"] > 0
    finally:
        engine.dispose()


def test_reveal_is_audited_with_the_reason_but_not_the_value(service: Any, reveals: dict[str, Any]) -> None:
    token = login(service.url, "admin1")["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    audit = requests.get(f"{service.url}{API_PREFIX}/audit?customer_id={REVEALED_CUSTOMER}&limit=500",
                         headers=headers, timeout=30)
    entries = [e for e in audit.json()["items"] if e["event"] == "customer.revealed"]
    assert {e["details"]["field"] for e in entries} == set(reveals)
    for entry in entries:
        assert entry["actor"] == "secops1"
        assert entry["details"]["reason"] == f"customer asked to confirm {entry['details']['field']}"
    for answer in reveals.values():
        if len(answer["value"]) >= 4:
            assert answer["value"].lower() not in audit.text.lower()

    viewed = requests.get(f"{service.url}{API_PREFIX}/customers/{REVEALED_CUSTOMER}/reveals", headers=headers,
                          timeout=30)
    assert viewed.status_code == 200
    assert {(r["actor"], r["field"]) for r in viewed.json()} >= {("secops1", f) for f in reveals}
    for answer in reveals.values():
        if len(answer["value"]) >= 4:
            assert answer["value"].lower() not in viewed.text.lower()
