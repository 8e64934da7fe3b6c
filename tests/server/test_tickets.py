"""Tickets over REST, on SQLite and PostgreSQL: keyset paging, filters, optimistic concurrency,
idempotent replies, inbound messages with SLA clocks, internal notes and the first reply."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from desk_app.contract import API_PREFIX, Category, Channel, Language, Priority, TicketStatus
from desk_app.server.models import Customer, Message, Ticket
from desk_app.server.sla import FIRST_RESPONSE, RESOLUTION
from tests.helpers import INTEGRATION_KEY, login

ACTIVE = {"new", "open", "pending_customer", "pending_approval"}


def database_url(service: Any) -> str:
    return str(service.args[service.args.index("--database-url") + 1])


def db_scalars(service: Any, query: Any) -> list[Any]:
    engine = create_engine(database_url(service))
    try:
        with Session(engine) as session:
            return list(session.scalars(query))
    finally:
        engine.dispose()


class Api:
    """One signed-in agent's calls to the service."""

    def __init__(self, url: str, username: str) -> None:
        self.url = url
        answer = login(url, username)
        self.agent_id = answer["agent"]["id"]
        self.headers = {"Authorization": f"Bearer {answer['access_token']}"}

    def call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        headers = {**self.headers, **kwargs.pop("headers", {})}
        return requests.request(method, f"{self.url}{API_PREFIX}{path}", headers=headers, timeout=60, **kwargs)

    def get(self, path: str) -> Any:
        response = self.call("GET", path)
        assert response.status_code == 200, response.text
        return response.json()

    def walk(self, query: str = "", limit: int = 200,
             between: Callable[[], None] | None = None) -> list[dict[str, Any]]:
        """Every ticket of a listing, page by page, following next_cursor."""
        items: list[dict[str, Any]] = []
        cursor: str | None = None
        while True:
            page = self.get(f"/tickets?limit={limit}{'&' + query if query else ''}"
                            + (f"&cursor={cursor}" if cursor else ""))
            assert len(page["items"]) <= limit
            items += page["items"]
            cursor = page["next_cursor"]
            if cursor is None:
                return items
            if between:
                between()


def inbound(url: str, customer_id: int, ticket_id: int | None = None, key: str | None = None,
            subject: str = "Inbound from the gateway", body: str = "Hello desk") -> requests.Response:
    headers = {"X-Integration-Key": INTEGRATION_KEY, **({"Idempotency-Key": key} if key else {})}
    payload = {"channel": "chat", "customer_id": customer_id, "ticket_id": ticket_id, "subject": subject,
               "body": body, "language": "en"}
    return requests.post(f"{url}{API_PREFIX}/inbound/messages", json=payload, headers=headers, timeout=60)


def race(count: int, call: Callable[[int], requests.Response]) -> list[requests.Response]:
    """Make count calls at the same moment from count threads."""
    barrier = threading.Barrier(count)
    answers: list[requests.Response | None] = [None] * count

    def run(i: int) -> None:
        barrier.wait()
        answers[i] = call(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(90)
    assert all(a is not None for a in answers)
    return [a for a in answers if a is not None]


def new_ticket(url: str, customer_id: int = 5) -> int:
    response = inbound(url, customer_id, subject=f"New ticket {uuid.uuid4().hex[:8]}")
    assert response.status_code == 201, response.text
    return int(response.json()["ticket_id"])


@pytest.fixture(scope="module")
def agent(any_service: Any) -> Api:
    return Api(any_service.url, "agent1")


@pytest.fixture(scope="module")
def agent2(any_service: Any) -> Api:
    return Api(any_service.url, "agent2")


@pytest.fixture(scope="module")
def supervisor(any_service: Any) -> Api:
    return Api(any_service.url, "super1")


# --- keyset paging --------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [1, 7, 50, 200])
def test_walking_all_pages_returns_every_ticket_once(any_service: Any, agent: Api, limit: int) -> None:
    expected = db_scalars(any_service, select(Ticket.id))
    walked = [t["id"] for t in agent.walk("view=all", limit=limit)]
    assert len(walked) == len(set(walked)), "a ticket came twice"
    assert set(walked) == set(expected), "the walk has gaps or extra rows"
    assert walked == sorted(walked, reverse=True), "not newest first"


def test_tickets_created_while_paging_do_not_shift_pages(any_service: Any, agent: Api) -> None:
    before = set(db_scalars(any_service, select(Ticket.id)))
    created: list[int] = []

    def insert() -> None:
        created.append(new_ticket(any_service.url))
        inbound(any_service.url, 6, ticket_id=None)  # and one more, not remembered

    walked = [t["id"] for t in agent.walk("view=all", limit=9, between=insert)]
    assert len(created) >= 10
    assert len(walked) == len(set(walked)), "a ticket came twice"
    assert set(walked) == before, "a ticket that existed before the walk is missing"
    fresh = agent.get("/tickets?limit=5")["items"]
    assert max(created) in {t["id"] for t in fresh}, "a new ticket is not at the top of a fresh walk"


def test_cursor_from_the_last_page_is_empty(agent: Api) -> None:
    last = agent.walk("view=all", limit=200)[-1]["id"]
    page = agent.get(f"/tickets?cursor={last}")
    assert page == {"items": [], "next_cursor": None}


# --- filters --------------------------------------------------------------------------------------

ENUM_FILTERS = [(name, v.value) for name, enum in (("status", TicketStatus), ("priority", Priority),
                                                    ("category", Category), ("language", Language),
                                                    ("channel", Channel)) for v in enum]


@pytest.mark.parametrize(("name", "value"), ENUM_FILTERS, ids=[f"{n}={v}" for n, v in ENUM_FILTERS])
def test_enum_filters_return_exactly_the_matching_tickets(any_service: Any, supervisor: Api, name: str,
                                                          value: str) -> None:
    items = supervisor.walk(f"{name}={value}", limit=50)
    assert all(item[name] == value for item in items)
    expected = db_scalars(any_service, select(Ticket.id).where(getattr(Ticket, name) == value))
    assert sorted(t["id"] for t in items) == sorted(expected)


def test_filters_combine(any_service: Any, supervisor: Api) -> None:
    items = supervisor.walk("status=open&priority=high&channel=email")
    assert all((t["status"], t["priority"], t["channel"]) == ("open", "high", "email") for t in items)
    expected = db_scalars(any_service, select(Ticket.id).where(
        Ticket.status == "open", Ticket.priority == "high", Ticket.channel == "email"))
    assert sorted(t["id"] for t in items) == sorted(expected)


def test_sla_breached_filter_agrees_with_the_sla_state(supervisor: Api) -> None:
    everything = {t["id"]: t for t in supervisor.walk()}
    breached = {t["id"] for t in supervisor.walk("sla_breached=true")}
    not_breached = {t["id"] for t in supervisor.walk("sla_breached=false")}
    assert breached, "the demo data has no breached ticket to find"
    assert breached.isdisjoint(not_breached)
    assert breached | not_breached == set(everything), "some tickets are in neither list"
    assert {i for i, t in everything.items() if t["sla_state"] == "breached"} == breached


def test_views(supervisor: Api, agent: Api) -> None:
    assert all(t["assignee_id"] == agent.agent_id for t in agent.walk("view=mine"))
    assert all(t["assignee_id"] is None and t["status"] in ACTIVE for t in agent.walk("view=unassigned"))
    assert all(t["category"] == "security" for t in supervisor.walk("view=security"))
    assert all(t["status"] == "pending_approval" for t in agent.walk("view=awaiting_approval"))


def test_search_by_subject(any_service: Any, agent: Api) -> None:
    subjects = db_scalars(any_service, select(Ticket.subject))
    word = max((w for s in subjects for w in s.split() if w.isascii() and w.isalpha()), key=len)
    items = agent.walk(f"q={word.upper()}")
    assert items and all(word.lower() in t["subject"].lower() for t in items)
    expected = [s for s in subjects if word.lower() in s.lower()]
    assert len(items) == len(expected)


@pytest.mark.parametrize("special", ["%", "_", "\\", "'", '"', "%%_"])
def test_search_treats_like_wildcards_literally(agent: Api, special: str) -> None:
    items = agent.walk(f"q={requests.utils.quote(special)}")
    assert all(special in t["subject"] for t in items)


def test_search_pages_newest_first_like_the_unfiltered_list(any_service: Any, agent: Api) -> None:
    """#7: on SQLite a search of three characters or more walks the FTS5 trigram index; its pages are the
    same tickets, in the same order, as a substring match over every subject."""
    subjects = dict(zip(db_scalars(any_service, select(Ticket.id).order_by(Ticket.id)),
                        db_scalars(any_service, select(Ticket.subject).order_by(Ticket.id)), strict=True))
    words = [w for s in subjects.values() for w in s.split() if len(w) >= 5 and w.isascii() and w.isalpha()]
    common = max(set(words), key=words.count)
    phrase = " ".join(next(s for s in subjects.values() if common in s).split(common)[0].split()[-1:] + [common])
    for text in (common, common.upper(), common[1:4], phrase):
        items = agent.walk(f"q={requests.utils.quote(text)}", limit=7)
        expected = sorted((i for i, s in subjects.items() if text.lower() in s.lower()), reverse=True)
        assert expected, text
        assert [t["id"] for t in items] == expected, text


def test_search_finds_new_tickets_and_quotes_literally(any_service: Any, agent: Api) -> None:
    """A ticket created after the index was built is found at once (kept in step by triggers); quotes,
    wildcards and FTS5 query syntax in the text are matched as they are written."""
    marker = uuid.uuid4().hex[:10]
    subject = f'Re: "{marker}" 50%_off AND NOT -x* (urgent)'
    ticket_id = created_ticket(inbound(any_service.url, 7, subject=subject))
    for text in (marker, marker.upper(), f'"{marker}"', '50%_off AND NOT -x*', f"{marker}\" 50"):
        found = [t["id"] for t in agent.get(f"/tickets?q={requests.utils.quote(text)}")["items"]]
        assert found == ([ticket_id] if text.lower() in subject.lower() else []), text
    assert agent.get(f"/tickets?q={marker[:4]}zz")["items"] == []


def created_ticket(response: requests.Response) -> int:
    assert response.status_code in (200, 201), response.text
    return int(response.json()["ticket_id"])


def test_search_by_id(agent: Api) -> None:
    some = agent.get("/tickets?limit=30")["items"][-1]
    for q in (f"%23{some['id']}", str(some["id"]), f"%20%23{some['id']}%20"):
        assert [t["id"] for t in agent.get(f"/tickets?q={q}")["items"]] == [some["id"]]
    assert agent.get("/tickets?q=%23999999999")["items"] == []


# --- optimistic concurrency -----------------------------------------------------------------------


def test_stale_patch_is_refused_and_changes_nothing(any_service: Any, agent: Api, agent2: Api) -> None:
    ticket_id = new_ticket(any_service.url)
    seen = agent.get(f"/tickets/{ticket_id}")
    first = agent2.call("PATCH", f"/tickets/{ticket_id}", json={"version": seen["version"], "priority": "urgent"})
    assert first.status_code == 200, first.text
    assert first.json()["version"] == seen["version"] + 1

    stale = agent.call("PATCH", f"/tickets/{ticket_id}",
                       json={"version": seen["version"], "priority": "low", "tags": ["stale"]})
    assert stale.status_code == 409
    assert stale.json()["error"]["code"] == "version_conflict"
    now = agent.get(f"/tickets/{ticket_id}")
    assert (now["priority"], now["tags"], now["version"]) == ("urgent", [], seen["version"] + 1)


def test_concurrent_patches_on_one_version_exactly_one_wins(any_service: Any, agent: Api, agent2: Api) -> None:
    callers, priorities = (agent, agent2), ("low", "high")
    for _ in range(5):
        ticket_id = new_ticket(any_service.url)
        version = agent.get(f"/tickets/{ticket_id}")["version"]
        patches = [(f"/tickets/{ticket_id}", {"version": version, "priority": p}) for p in priorities]
        answers = race(2, lambda i, patches=patches: callers[i].call("PATCH", patches[i][0], json=patches[i][1]))
        statuses = sorted(a.status_code for a in answers)
        assert statuses == [200, 409], [a.text for a in answers]
        winner = next(i for i, a in enumerate(answers) if a.status_code == 200)
        now = agent.get(f"/tickets/{ticket_id}")
        assert (now["priority"], now["version"]) == (priorities[winner], version + 1)


def test_patch_changes_what_it_says(any_service: Any, agent: Api) -> None:
    ticket_id = new_ticket(any_service.url)
    version = agent.get(f"/tickets/{ticket_id}")["version"]
    answer = agent.call("PATCH", f"/tickets/{ticket_id}", json={
        "version": version, "status": "pending_customer", "category": "trading", "assignee_id": agent.agent_id,
        "tags": ["vip", "vip", "fees"]})
    assert answer.status_code == 200, answer.text
    ticket = answer.json()
    assert (ticket["status"], ticket["category"], ticket["assignee_id"], ticket["tags"]) == (
        "pending_customer", "trading", agent.agent_id, ["vip", "fees"])
    unassigned = agent.call("PATCH", f"/tickets/{ticket_id}", json={"version": ticket["version"], "unassign": True})
    assert unassigned.json()["assignee_id"] is None
    same = agent.call("PATCH", f"/tickets/{ticket_id}", json={"version": unassigned.json()["version"]})
    assert same.status_code == 200 and same.json()["version"] == unassigned.json()["version"]


# --- idempotent replies ---------------------------------------------------------------------------


def stored_messages(service: Any, body: str) -> int:
    engine = create_engine(database_url(service))
    try:
        with Session(engine) as session:
            return session.scalar(select(func.count()).select_from(Message).where(Message.body == body)) or 0
    finally:
        engine.dispose()


def test_same_idempotency_key_twice_stores_one_message(any_service: Any, agent: Api) -> None:
    ticket_id, key, body = new_ticket(any_service.url), str(uuid.uuid4()), f"reply {uuid.uuid4()}"
    first = agent.call("POST", f"/tickets/{ticket_id}/messages", json={"body": body}, headers={"Idempotency-Key": key})
    again = agent.call("POST", f"/tickets/{ticket_id}/messages", json={"body": body}, headers={"Idempotency-Key": key})
    assert (first.status_code, again.status_code) == (201, 201), again.text
    assert again.json() == first.json()
    assert stored_messages(any_service, body) == 1
    assert agent.get(f"/tickets/{ticket_id}")["message_count"] == 2  # the customer's and ours


def test_same_key_with_another_body_is_refused(any_service: Any, agent: Api) -> None:
    ticket_id, key = new_ticket(any_service.url), str(uuid.uuid4())
    assert agent.call("POST", f"/tickets/{ticket_id}/messages", json={"body": "first"},
                      headers={"Idempotency-Key": key}).status_code == 201
    other = agent.call("POST", f"/tickets/{ticket_id}/messages", json={"body": "second"},
                       headers={"Idempotency-Key": key})
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "idempotency_mismatch"
    assert other.json()["error"]["field"] == "Idempotency-Key"
    assert [m["body"] for m in agent.get(f"/tickets/{ticket_id}/messages")][1:] == ["first"]


def test_ten_threads_with_one_key_store_one_message(any_service: Any, agent: Api) -> None:
    ticket_id, key, body = new_ticket(any_service.url), str(uuid.uuid4()), f"raced {uuid.uuid4()}"
    answers = race(10, lambda i: agent.call("POST", f"/tickets/{ticket_id}/messages", json={"body": body},
                                            headers={"Idempotency-Key": key}))
    assert [a.status_code for a in answers] == [201] * 10, [a.text for a in answers if a.status_code != 201]
    assert len({a.json()["id"] for a in answers}) == 1
    assert stored_messages(any_service, body) == 1
    assert agent.get(f"/tickets/{ticket_id}")["message_count"] == 2


def test_keys_belong_to_one_agent(any_service: Any, agent: Api, agent2: Api) -> None:
    ticket_id, key, body = new_ticket(any_service.url), str(uuid.uuid4()), f"shared key {uuid.uuid4()}"
    mine = agent.call("POST", f"/tickets/{ticket_id}/messages", json={"body": body}, headers={"Idempotency-Key": key})
    theirs = agent2.call("POST", f"/tickets/{ticket_id}/messages", json={"body": body},
                         headers={"Idempotency-Key": key})
    assert (mine.status_code, theirs.status_code) == (201, 201)
    assert mine.json()["id"] != theirs.json()["id"]
    assert theirs.json()["author_name"] != mine.json()["author_name"]


def test_inbound_with_one_key_creates_one_ticket(any_service: Any) -> None:
    key = str(uuid.uuid4())
    answers = race(5, lambda i: inbound(any_service.url, 7, key=key, subject="Raced inbound"))
    assert [a.status_code for a in answers] == [201] * 5
    assert len({(a.json()["ticket_id"], a.json()["message_id"]) for a in answers}) == 1


# --- inbound, notes and the first reply -----------------------------------------------------------


def _minutes(later: str, earlier: str) -> float:
    return (datetime.fromisoformat(later) - datetime.fromisoformat(earlier)) / timedelta(minutes=1)


def test_inbound_opens_a_ticket_with_its_sla_clock(any_service: Any, agent: Api) -> None:
    vip = db_scalars(any_service, select(Customer.id).where(Customer.vip_tier >= 3).limit(1))
    regular = db_scalars(any_service, select(Customer.id).where(Customer.vip_tier < 3).limit(1))
    for customer_id, factor in ((vip[0], 0.5), (regular[0], 1.0)):  # VIP tier 3 and above: half the time
        answer = inbound(any_service.url, customer_id, subject="My deposit has not arrived")
        assert answer.status_code == 201, answer.text
        assert answer.json()["created_ticket"] is True
        ticket = agent.get(f"/tickets/{answer.json()['ticket_id']}")
        assert (ticket["status"], ticket["priority"], ticket["channel"]) == ("new", "normal", "chat")
        assert ticket["first_responded_at"] is None and ticket["message_count"] == 1
        assert _minutes(ticket["first_response_due"], ticket["created_at"]) == FIRST_RESPONSE[Priority.normal] * factor
        assert _minutes(ticket["resolution_due"], ticket["created_at"]) == RESOLUTION[Priority.normal] * factor
        assert ticket["sla_state"] == "ok"


def test_inbound_appends_to_the_customers_ticket(any_service: Any, agent: Api) -> None:
    ticket_id = new_ticket(any_service.url, customer_id=8)
    answer = inbound(any_service.url, 8, ticket_id=ticket_id, body="Any news?")
    assert answer.status_code == 201 and answer.json()["created_ticket"] is False
    assert agent.get(f"/tickets/{ticket_id}")["message_count"] == 2
    other = inbound(any_service.url, 9, ticket_id=ticket_id, body="Not my ticket")
    assert other.status_code == 422 and other.json()["error"]["field"] == "ticket_id"


def test_customer_reply_reopens_a_ticket_waiting_for_them(any_service: Any, agent: Api) -> None:
    ticket_id = new_ticket(any_service.url, customer_id=10)
    version = agent.get(f"/tickets/{ticket_id}")["version"]
    agent.call("PATCH", f"/tickets/{ticket_id}", json={"version": version, "status": "pending_customer"})
    inbound(any_service.url, 10, ticket_id=ticket_id, body="Here is the screenshot")
    assert agent.get(f"/tickets/{ticket_id}")["status"] == "open"


def test_internal_note_is_flagged_and_the_first_public_reply_opens_the_ticket(any_service: Any, agent: Api) -> None:
    ticket_id = new_ticket(any_service.url, customer_id=11)
    before = agent.get(f"/tickets/{ticket_id}")
    assert before["status"] == "new"

    note = agent.call("POST", f"/tickets/{ticket_id}/messages", json={"body": "Checked the chain", "internal": True})
    assert note.status_code == 201 and note.json()["internal"] is True
    after_note = agent.get(f"/tickets/{ticket_id}")
    assert (after_note["status"], after_note["first_responded_at"], after_note["version"]) == (
        "new", None, before["version"])

    reply = agent.call("POST", f"/tickets/{ticket_id}/messages", json={"body": "We are on it"})
    assert reply.status_code == 201 and reply.json()["internal"] is False
    after_reply = agent.get(f"/tickets/{ticket_id}")
    assert after_reply["status"] == "open"
    assert after_reply["first_responded_at"] is not None
    assert after_reply["version"] == before["version"] + 1
    assert after_reply["message_count"] == 3

    messages = agent.get(f"/tickets/{ticket_id}/messages")
    assert [(m["author_kind"], m["internal"]) for m in messages] == [
        ("customer", False), ("agent", True), ("agent", False)]
    assert "•" in messages[0]["author_name"]  # the customer's name, masked


def test_second_reply_keeps_the_first_response_time(any_service: Any, agent: Api) -> None:
    ticket_id = new_ticket(any_service.url, customer_id=12)
    agent.call("POST", f"/tickets/{ticket_id}/messages", json={"body": "First"})
    first = agent.get(f"/tickets/{ticket_id}")
    agent.call("POST", f"/tickets/{ticket_id}/messages", json={"body": "Second"})
    second = agent.get(f"/tickets/{ticket_id}")
    assert second["first_responded_at"] == first["first_responded_at"]
    assert second["version"] == first["version"]

