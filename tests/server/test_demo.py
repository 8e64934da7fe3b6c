"""The demo data (server/demo.py): complete, consistent with the SLA and risk rules, and deterministic."""

from __future__ import annotations

import base64
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.orm import Session

from desk_app.contract import Category, Channel, Language, Priority, Role, TicketStatus
from desk_app.server import demo
from desk_app.server.models import (
    AccountEvent,
    AddressBookEntry,
    Agent,
    Base,
    Customer,
    CustomerLogin,
    CustomerSession,
    Message,
    Ticket,
    Transaction,
)

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
LARGE_USD = 10_000  # the service's default for a large withdrawal
# The SLA rules, written out here rather than imported, so the test checks them independently.
FIRST_RESPONSE = {"urgent": timedelta(minutes=15), "high": timedelta(hours=1), "normal": timedelta(hours=4),
                  "low": timedelta(hours=24)}
RESOLUTION = {"urgent": timedelta(hours=4), "high": timedelta(hours=24), "normal": timedelta(hours=72),
              "low": timedelta(days=7)}
OPEN = ("new", "open")
EXPECTED_AGENTS = {
    "agent1": ("Mia Chen", ["agent"]), "agent2": ("Lucas Martin", ["agent"]),
    "secops1": ("Sara Kim", ["security_agent"]), "secops2": ("Omar Haddad", ["security_agent"]),
    "super1": ("Elena Petrova", ["supervisor"]), "super2": ("David Okafor", ["supervisor"]),
    "admin1": ("Noah Fischer", ["admin"]),
}


def _engine() -> Engine:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    return engine


def _fill(tickets: int, customers: int, seed: int = 7) -> tuple[Engine, demo.DemoSummary, float]:
    engine = _engine()
    with Session(engine) as session:
        started = time.perf_counter()
        summary = demo.populate(session, tickets=tickets, customers=customers, now=NOW, seed=seed)
        session.commit()
        elapsed = time.perf_counter() - started
    return engine, summary, elapsed


@pytest.fixture(scope="module", params=["small", "default"])
def filled(request: pytest.FixtureRequest) -> Iterator[tuple[Engine, demo.DemoSummary, dict[str, int]]]:
    """A database filled once per module: small (300 tickets, 50 customers) and at the default size."""
    sizes = {"tickets": 300, "customers": 50} if request.param == "small" else {"tickets": 2000, "customers": 300}
    engine, summary, _ = _fill(**sizes)
    yield engine, summary, sizes
    engine.dispose()


@pytest.fixture
def db(filled: tuple[Engine, demo.DemoSummary, dict[str, int]]) -> Iterator[Session]:
    with Session(filled[0]) as session:
        yield session


def _count(session: Session, model: type[Any]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


# --- counts and vocabularies ----------------------------------------------------------------------


def test_counts_match_the_request_and_the_summary(filled: Any, db: Session) -> None:
    _, summary, sizes = filled
    assert _count(db, Ticket) == summary.tickets == sizes["tickets"]
    assert _count(db, Customer) == summary.customers == sizes["customers"]
    assert _count(db, Agent) == summary.agents == 7
    assert _count(db, Message) == summary.messages
    assert _count(db, CustomerLogin) == summary.logins
    assert _count(db, CustomerSession) == summary.sessions
    assert _count(db, Transaction) == summary.transactions
    assert _count(db, AddressBookEntry) == summary.address_book_entries
    assert _count(db, AccountEvent) == summary.account_events
    assert len({summary.takeover_customer_id, *summary.other_takeover_customer_ids}) == 4


def test_every_customer_has_a_history(db: Session) -> None:
    for model, low, high in ((CustomerLogin, 3, 13), (CustomerSession, 1, 4), (Transaction, 2, 16)):
        per_customer = dict(db.execute(select(model.customer_id, func.count()).group_by(model.customer_id)).all())
        assert len(per_customer) == _count(db, Customer), model.__name__
        assert all(low <= n <= high for n in per_customer.values()), model.__name__  # a story adds one


def test_vocabularies_all_appear(db: Session) -> None:
    def values(column: Any) -> set[str]:
        return set(db.scalars(select(column).distinct()))

    assert {"en", "zh", "ko", "ja", "ru", "es"} <= values(Ticket.language)
    assert values(Ticket.language) <= {lang.value for lang in Language}
    assert values(Ticket.channel) == {c.value for c in Channel}
    assert values(Ticket.category) == {c.value for c in Category}
    assert values(Ticket.priority) == {p.value for p in Priority}
    assert values(Ticket.status) <= {s.value for s in TicketStatus}
    assert {"new", "open", "pending_customer", "resolved", "closed"} <= values(Ticket.status)
    priorities = Counter(db.scalars(select(Ticket.priority)))
    assert priorities.most_common(1)[0][0] == "normal"


def test_tickets_are_in_their_customers_language(db: Session) -> None:
    mismatched = db.scalar(select(func.count()).select_from(Ticket).join(Customer, Customer.id == Ticket.customer_id)
                           .where(Ticket.language != Customer.language))
    assert mismatched == 0
    korean = db.scalars(select(Ticket.subject).where(Ticket.language == "ko").limit(20)).all()
    assert korean and all(any("\uac00" <= ch <= "\ud7a3" for ch in s) for s in korean)


def test_the_demo_agents(db: Session) -> None:
    agents = {a.username: a for a in db.scalars(select(Agent))}
    assert {u: (a.display_name, a.roles) for u, a in agents.items()} == EXPECTED_AGENTS
    assert {a.locale for a in agents.values()} >= {"en", "es", "ko", "ar", "ru"}
    hashes = {a.password_hash for a in agents.values()}
    assert len(hashes) == 1, "the slow hash is computed once and shared"
    assert PasswordHasher().verify(hashes.pop(), "desk-demo")
    assert demo.DEMO_PASSWORD == "desk-demo"
    for agent in agents.values():
        assert agent.totp_secret == demo.DEMO_TOTP_SECRET == "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
        assert len(base64.b32decode(agent.totp_secret)) * 8 == 160
        assert agent.active and {Role(r) for r in agent.roles}


# --- the account-takeover stories -----------------------------------------------------------------


def _story(session: Session, customer_id: int) -> list[tuple[datetime, str]]:
    """The customer's takeover steps in the last 24 hours, in time order."""
    since = NOW - timedelta(hours=24)
    steps = [(at, "new_device") for at in session.scalars(select(CustomerLogin.at).where(
        CustomerLogin.customer_id == customer_id, CustomerLogin.at >= since, CustomerLogin.new_device))]
    steps += [(e.at, e.kind) for e in session.scalars(select(AccountEvent).where(
        AccountEvent.customer_id == customer_id, AccountEvent.at >= since))]
    added = {b.address: b.at for b in session.scalars(select(AddressBookEntry).where(
        AddressBookEntry.customer_id == customer_id, AddressBookEntry.at >= since,
        AddressBookEntry.change == "added"))}
    steps += [(at, "new_withdrawal_address") for at in added.values()]
    for tx in session.scalars(select(Transaction).where(
            Transaction.customer_id == customer_id, Transaction.at >= since, Transaction.direction == "withdrawal",
            Transaction.usd_value >= LARGE_USD)):
        assert tx.address in added, "the large withdrawal goes to the address just added"
        assert tx.status in ("pending", "completed")
        steps.append((tx.at, "large_withdrawal"))
    return sorted(steps)


def _assert_takeover(session: Session, customer_id: int) -> Ticket:
    steps = _story(session, customer_id)
    order = [kind for _, kind in steps if kind != "twofa_change"]
    assert order == ["new_device", "password_reset", "new_withdrawal_address", "large_withdrawal"], steps
    assert steps[-1][0] - steps[0][0] <= timedelta(hours=24)
    assert NOW - steps[0][0] <= timedelta(hours=6, minutes=5)
    home = session.scalar(select(Customer.country).where(Customer.id == customer_id))
    login = session.scalars(select(CustomerLogin).where(CustomerLogin.customer_id == customer_id,
                                                        CustomerLogin.at == steps[0][0])).one()
    assert login.country != home, "the new device signs in from an unusual country"
    tickets = session.scalars(select(Ticket).where(
        Ticket.customer_id == customer_id, Ticket.priority == "urgent", Ticket.category == "security",
        Ticket.status.in_(OPEN))).all()
    assert len(tickets) == 1
    assert tickets[0].created_at > steps[-1][0]
    return tickets[0]


def test_the_main_takeover_story(filled: Any, db: Session) -> None:
    summary = filled[1]
    customer = db.get(Customer, summary.takeover_customer_id)
    assert customer is not None
    assert customer.language == "ko" and customer.twofa_enabled and customer.account_status == "active"
    assert customer.withdrawals_locked_until is None
    ticket = _assert_takeover(db, customer.id)
    assert ticket.id == summary.takeover_ticket_id
    assert ticket.language == "ko" and "BTC" in ticket.subject
    assert customer.password_changed_at is not None and NOW - customer.password_changed_at < timedelta(hours=6)


def test_the_other_takeover_stories(filled: Any, db: Session) -> None:
    for customer_id in filled[1].other_takeover_customer_ids:
        _assert_takeover(db, customer_id)


def _clustered(signals: list[tuple[datetime, str]]) -> bool:
    """Three distinct signal kinds within 24 hours: what risk.py calls the takeover pattern."""
    return any(len({k for t, k in signals[i:] if t - start <= timedelta(hours=24)}) >= 3
               for i, (start, _) in enumerate(signals))


def test_only_the_story_customers_show_the_takeover_pattern(filled: Any, db: Session) -> None:
    summary = filled[1]
    stories = {summary.takeover_customer_id, *summary.other_takeover_customer_ids}
    since = NOW - timedelta(days=30)
    signals: dict[int, list[tuple[datetime, str]]] = {}
    queries = [
        (select(CustomerLogin.customer_id, CustomerLogin.at, CustomerLogin.device)
         .where(CustomerLogin.at >= since, CustomerLogin.new_device), "new_device"),
        (select(AccountEvent.customer_id, AccountEvent.at, AccountEvent.kind).where(AccountEvent.at >= since), ""),
        (select(AddressBookEntry.customer_id, AddressBookEntry.at, AddressBookEntry.asset)
         .where(AddressBookEntry.at >= since, AddressBookEntry.change == "added"), "new_withdrawal_address"),
        (select(Transaction.customer_id, Transaction.at, Transaction.asset).where(
            Transaction.at >= since, Transaction.direction == "withdrawal", Transaction.usd_value >= LARGE_USD),
         "large_withdrawal"),
    ]
    for query, kind in queries:
        for customer_id, at, detail in db.execute(query):
            signals.setdefault(customer_id, []).append((at, kind or detail))
    flagged = {c for c, found in signals.items() if _clustered(sorted(found))}
    assert flagged == stories


# --- tickets and messages -------------------------------------------------------------------------


def test_message_counts_and_order(db: Session) -> None:
    counted = dict(db.execute(select(Message.ticket_id, func.count()).group_by(Message.ticket_id)).all())
    tickets = db.scalars(select(Ticket)).all()
    assert all(1 <= t.message_count <= 8 and counted[t.id] == t.message_count for t in tickets)
    previous: dict[int, Message] = {}
    first_public_agent: dict[int, datetime] = {}
    for m in db.scalars(select(Message).order_by(Message.ticket_id, Message.id)):
        before = previous.get(m.ticket_id)
        if before is None:
            assert m.author_kind == "customer", "every ticket starts with the customer's message"
        else:
            assert m.created_at > before.created_at, "ids follow time within a ticket"
        previous[m.ticket_id] = m
        assert m.created_at <= NOW
        if m.author_kind == "agent":
            assert m.author_agent_id is not None and m.author_name
            if not m.internal:
                first_public_agent.setdefault(m.ticket_id, m.created_at)
        if m.internal:
            assert m.author_kind == "agent" and m.body.isascii(), "internal notes are in English"
    for t in tickets:
        assert t.first_responded_at == first_public_agent.get(t.id)
        assert t.updated_at >= previous[t.id].created_at >= t.created_at
        if t.first_responded_at is not None:
            assert t.assignee_id is not None


def test_agent_replies_are_signed_by_the_assignee(db: Session) -> None:
    names = dict(db.execute(select(Agent.id, Agent.display_name)).all())
    rows = db.execute(select(Message.body, Message.author_agent_id, Ticket.assignee_id)
                      .join(Ticket, Ticket.id == Message.ticket_id)
                      .where(Message.author_kind == "agent", Message.internal.is_(False))).all()
    assert rows
    assert all(agent_id is not None and agent_id == assignee and names[agent_id] in body
               for body, agent_id, assignee in rows)


def test_ticket_ids_follow_creation_time(db: Session) -> None:
    created = db.scalars(select(Ticket.created_at).order_by(Ticket.id)).all()
    assert created == sorted(created)
    assert NOW - created[0] <= timedelta(days=61) and created[-1] <= NOW


def test_statuses_and_their_timestamps(db: Session) -> None:
    for t in db.scalars(select(Ticket)):
        assert (t.resolved_at is not None) == (t.status in ("resolved", "closed"))
        if t.resolved_at is not None:
            assert t.created_at < t.resolved_at <= t.updated_at <= NOW
        if t.status == "new":
            assert t.first_responded_at is None
        if t.status in ("pending_customer", "pending_approval", "resolved", "closed"):
            assert t.first_responded_at is not None and t.assignee_id is not None


def test_sla_due_times_follow_the_rules(db: Session) -> None:
    rows = db.execute(select(Ticket, Customer.vip_tier).join(Customer, Customer.id == Ticket.customer_id)).all()
    for ticket, vip in rows:
        factor = 0.5 if vip >= 3 else 1.0
        assert ticket.first_response_due == ticket.created_at + FIRST_RESPONSE[ticket.priority] * factor
        assert ticket.resolution_due == ticket.created_at + RESOLUTION[ticket.priority] * factor


def test_open_tickets_show_a_mix_of_sla_states(db: Session) -> None:
    breached = near = comfortable = 0
    for t in db.scalars(select(Ticket).where(Ticket.status.in_(OPEN))):
        assert t.first_response_due is not None and t.resolution_due is not None
        due = t.resolution_due if t.first_responded_at else t.first_response_due
        if due <= NOW:
            breached += 1
        elif due - NOW <= timedelta(minutes=30):
            near += 1
        else:
            comfortable += 1
    assert breached and near and comfortable, (breached, near, comfortable)


def test_unassigned_tickets_are_common(db: Session) -> None:
    unassigned = db.scalar(select(func.count()).select_from(Ticket).where(
        Ticket.assignee_id.is_(None), Ticket.status.in_(OPEN)))
    assignees = set(db.scalars(select(Agent.username).join(Ticket, Ticket.assignee_id == Agent.id).distinct()))
    assert unassigned and assignees == {"agent1", "agent2", "secops1", "secops2"}


# --- determinism, size and the module's own tables -------------------------------------------------


def _first_subjects(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return list(session.scalars(select(Ticket.subject).order_by(Ticket.id).limit(25)))


def test_the_same_seed_gives_the_same_data() -> None:
    first, summary_a, _ = _fill(300, 50)
    second, summary_b, _ = _fill(300, 50)
    other, _, _ = _fill(300, 50, seed=8)
    assert summary_a == summary_b
    assert _first_subjects(first) == _first_subjects(second)
    assert _first_subjects(other) != _first_subjects(first)
    for engine in (first, second, other):
        engine.dispose()


def test_populate_refuses_a_database_that_is_not_empty() -> None:
    engine = _engine()
    with Session(engine) as session:
        demo.populate(session, tickets=10, customers=5, now=NOW)
        with pytest.raises(ValueError, match="empty"):
            demo.populate(session, tickets=10, customers=5, now=NOW)


def test_populate_wants_an_aware_now() -> None:
    with Session(_engine()) as session, pytest.raises(ValueError):
        demo.populate(session, tickets=10, customers=5, now=datetime(2025, 1, 1))


def test_default_size_timing(capsys: pytest.CaptureFixture[str]) -> None:
    """Measured and printed, not asserted: timing is not something a test should fail on."""
    engine, summary, elapsed = _fill(2000, 300)
    assert (summary.tickets, summary.customers) == (2000, 300)
    with capsys.disabled():
        print(f"\ndemo.populate(tickets=2000, customers=300) took {elapsed:.2f} s")
    engine.dispose()


def test_every_language_has_every_topic_and_formats() -> None:
    topics = {t.key for t in demo._TOPICS}
    params = {"asset": "BTC", "amount": "0.25", "network": "Bitcoin", "wrong_network": "Base", "order": "1",
              "txid": "ab", "hours": 3, "days": 4, "key4": "AB12", "fiat": "USD", "fiat_amount": "1,000",
              "pair": "BTCUSDT", "leverage": 20, "year": 2024, "device": "Pixel 8", "ra": "", "incident": 1234,
              "agent": "Mia Chen"}
    assert set(demo._TEXT) == set(demo._REPLIES) == {lang.value for lang in Language}
    assert set(demo._NOTES) == topics
    assert all(note.format(**params).isascii() for notes in demo._NOTES.values() for note in notes)
    for language, texts in demo._TEXT.items():
        assert set(texts) == topics, language
        for subject, body in texts.values():
            assert subject.format(**params) and body.format(**params)
        replies = demo._REPLIES[language]
        assert set(replies.first) == set(Category)
        assert replies.wait[0].format(hours=5) != replies.wait[0]


def test_no_invisible_or_direction_characters_in_the_module() -> None:
    source = open(demo.__file__, encoding="utf-8").read()  # noqa: PTH123
    banned = {chr(c) for c in (*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF)}
    assert not banned & set(source)
