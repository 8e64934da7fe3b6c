"""The hash-chained audit log: what is recorded, that tampering in the database is found (and where),
that concurrent writers from many threads and two processes keep the chain whole, who may read it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, update

from desk_app.server import audit
from desk_app.server.models import ActionRequest, AuditLog
from tests.helpers import ServiceProcess, start_service
from tests.server.desk_api import Desk, created, desk_fixture, error, ok, wait_until

TABLE = AuditLog.__table__


@pytest.fixture(scope="module")
def desk(any_service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(any_service)


def _verify(desk: Desk) -> dict[str, Any]:
    return ok(desk.agent("super1").get("/audit/verify"))


def _entries(desk: Desk, customer: int) -> list[tuple[str, str, int | None]]:
    return [(e["event"], e["actor"], e["action_id"]) for e in desk.audit(customer_id=customer)]


# --- what is recorded -----------------------------------------------------------------------------


def test_requests_decisions_and_executions_are_recorded(desk: Desk) -> None:
    customer = desk.customer(sessions=1)
    ticket = desk.ticket(customer)
    secops, supervisor = desk.agent("secops1"), desk.agent("super1")
    approved = created(secops.ask(customer, "lock_withdrawals", params={"hours": 8}, ticket_id=ticket,
                                  reason="Withdrawal to a new address"))
    ok(supervisor.approve(approved["id"], "Looks right"))
    rejected = created(secops.ask(customer, "freeze_account"))
    ok(supervisor.reject(rejected["id"], "Too much"))
    cancelled = created(secops.ask(customer, "revoke_sessions"))
    ok(secops.post(f"/actions/{cancelled['id']}/cancel"))
    emergency = created(secops.ask(customer, "freeze_account", emergency=True))
    ok(supervisor.reject(emergency["id"], "Customer verified by phone"))
    # refusals leave no trace: they changed nothing
    error(desk.agent("agent1").ask(customer, "freeze_account"), 403, "forbidden")
    error(secops.ask(customer, "unlock_withdrawals", emergency=True), 422, "emergency_not_allowed")

    assert _entries(desk, customer) == [
        ("action.requested", "secops1", approved["id"]),
        ("ticket.updated", "secops1", None),  # the ticket waits for the approval
        ("action.approved", "super1", approved["id"]),
        ("ticket.updated", "super1", None),  # and is open again once decided
        ("action.executed", "super1", approved["id"]),
        ("action.requested", "secops1", rejected["id"]),
        ("action.rejected", "super1", rejected["id"]),
        ("action.requested", "secops1", cancelled["id"]),
        ("action.cancelled", "secops1", cancelled["id"]),
        ("action.requested", "secops1", emergency["id"]),
        ("action.executed", "secops1", emergency["id"]),
        ("action.reversed", "super1", emergency["id"]),
        ("action.restored", "super1", emergency["id"]),
    ]
    entries = desk.audit(customer_id=customer)
    assert entries[0]["ticket_id"] == ticket and entries[0]["customer_id"] == customer
    assert entries[0]["details"] == {"kind": "lock_withdrawals", "reason": "Withdrawal to a new address",
                                     "params": {"hours": 8}, "emergency": False}
    assert entries[1]["details"] == {"changes": {"status": ["new", "pending_approval"]}, "action_id": approved["id"]}
    assert entries[2]["details"]["comment"] == "Looks right"
    assert entries[3]["details"] == {"changes": {"status": ["pending_approval", "open"]}, "action_id": approved["id"]}
    assert "withdrawals locked" in entries[4]["details"]["result"]
    assert entries[6]["details"]["comment"] == "Too much"
    assert entries[9]["details"]["emergency"] is True
    assert entries[12]["details"]["restored"]["account_status"] == "active"
    assert len({e["hash"] for e in entries}) == len(entries)
    assert _verify(desk)["ok"] is True


def test_expiry_is_recorded_by_the_system(desk: Desk) -> None:
    customer = desk.customer()
    action = created(desk.agent("secops1").ask(customer, "freeze_account"))
    with desk.db.session() as session:  # let it run out now rather than in an hour
        session.execute(update(ActionRequest).where(ActionRequest.id == action["id"])
                        .values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    wait_until(lambda: ("action.expired", "system", action["id"]) in _entries(desk, customer), 8, interval=0.3,
               what="the sweeper's action.expired entry")
    assert _entries(desk, customer) == [("action.requested", "secops1", action["id"]),
                                        ("action.expired", "system", action["id"])]


def test_reveals_are_recorded_without_the_value(desk: Desk) -> None:
    customer = desk.customer()
    answer = ok(desk.agent("secops2").post(f"/customers/{customer}/reveal",
                                           {"field": "document_number", "reason": "Match the ID the caller reads"}))
    assert answer["value"] == f"P{customer}"
    entry = desk.audit(customer_id=customer)[-1]
    assert (entry["event"], entry["actor"]) == ("customer.revealed", "secops2")
    assert entry["details"] == {"field": "document_number", "reason": "Match the ID the caller reads"}
    assert f"P{customer}" not in repr(entry)
    error(desk.agent("agent1").post(f"/customers/{customer}/reveal", {"field": "email", "reason": "curious"}),
          403, "forbidden")
    assert len(desk.audit(customer_id=customer)) == 1


# --- tampering in the database --------------------------------------------------------------------


def _rows(desk: Desk) -> list[dict[str, Any]]:
    with desk.db.session(write=False) as session:
        return [dict(row._mapping) for row in session.execute(select(TABLE).order_by(TABLE.c.id))]


def _write(desk: Desk, statement: Any) -> None:
    with desk.db.session() as session:
        session.execute(statement)


def _digest(row: dict[str, Any], prev: str) -> str:
    return audit._digest(prev, row["at"], row["actor"], row["event"], row["customer_id"], row["ticket_id"],
                         row["action_id"], row["details"])


def _assert_broken_at(desk: Desk, bad_id: int) -> None:
    result = _verify(desk)
    assert result["ok"] is False and result["first_bad_id"] == bad_id, result


def _assert_whole(desk: Desk) -> None:
    result = _verify(desk)
    assert result["ok"] is True and result["first_bad_id"] is None, result
    assert result["checked"] == len(_rows(desk))


def test_tampering_in_the_database_is_found_where_it_starts(desk: Desk) -> None:
    customer = desk.customer()
    for _ in range(4):  # enough entries to tamper in the middle of
        ok(desk.agent("secops1").post(f"/customers/{customer}/reveal", {"field": "email", "reason": "Callback"}))
    _assert_whole(desk)
    rows = _rows(desk)
    victim, after = rows[len(rows) // 2], rows[len(rows) // 2 + 1]
    by_id = TABLE.c.id == victim["id"]

    # 1. an edited row: its own hash no longer fits
    _write(desk, update(TABLE).where(by_id).values(details={**victim["details"], "reason": "nothing to see"}))
    _assert_broken_at(desk, victim["id"])
    _write(desk, update(TABLE).where(by_id).values(details=victim["details"]))
    _assert_whole(desk)

    # 2. a deleted row: the next one points at a hash that is gone
    _write(desk, delete(TABLE).where(by_id))
    _assert_broken_at(desk, after["id"])
    _write(desk, insert(TABLE).values(**victim))
    _assert_whole(desk)

    # 3. a forged row appended at the end, with a made-up hash
    last = rows[-1]
    forged = {**last, "id": last["id"] + 1000, "actor": "mallory", "event": "action.approved",
              "prev_hash": last["hash"], "hash": "f" * 64}
    _write(desk, insert(TABLE).values(**forged))
    _assert_broken_at(desk, forged["id"])
    _write(desk, delete(TABLE).where(TABLE.c.id == forged["id"]))
    _assert_whole(desk)

    # 4. an edited row whose hash was recomputed: the next row still remembers the old hash
    edited = {**victim, "actor": "mallory"}
    _write(desk, update(TABLE).where(by_id).values(actor="mallory", hash=_digest(edited, victim["prev_hash"])))
    _assert_broken_at(desk, after["id"])
    _write(desk, update(TABLE).where(by_id).values(actor=victim["actor"], hash=victim["hash"]))
    _assert_whole(desk)

    # 5. a changed hash alone
    _write(desk, update(TABLE).where(by_id).values(hash="0" * 64))
    _assert_broken_at(desk, victim["id"])
    _write(desk, update(TABLE).where(by_id).values(hash=victim["hash"]))
    _assert_whole(desk)


# --- concurrent writers ---------------------------------------------------------------------------

THREADS, EACH = 8, 5


def test_concurrent_appends_from_threads_and_two_processes_keep_the_chain(desk: Desk,
                                                                          tmp_path_factory: pytest.TempPathFactory
                                                                          ) -> None:
    customer = desk.customer()
    before = _verify(desk)
    assert before["ok"] is True
    readers = [desk.agent(name) for name in ("secops1", "secops2", "super1", "super2")]
    with start_service(tmp_path_factory.mktemp("second"), desk.database_url) as second:
        urls = [desk.url, second.url]  # a token works on every process: sessions live in the database
        barrier = threading.Barrier(THREADS)

        def reveal_many(index: int) -> list[int]:
            agent = readers[index % len(readers)]
            url = urls[index % 2]
            barrier.wait(timeout=20)
            codes = []
            for n in range(EACH):
                answer = agent.post(f"/customers/{customer}/reveal", base=url, timeout=60,
                                    json={"field": "phone", "reason": f"thread {index} call {n}"})
                codes.append(answer.status_code)
            return codes

        with ThreadPoolExecutor(THREADS) as pool:
            codes = [code for result in pool.map(reveal_many, range(THREADS)) for code in result]
    assert codes == [200] * THREADS * EACH
    after = _verify(desk)
    assert after["ok"] is True and after["checked"] == before["checked"] + THREADS * EACH
    reasons = {e["details"]["reason"] for e in desk.audit(customer_id=customer)}
    assert reasons == {f"thread {i} call {n}" for i in range(THREADS) for n in range(EACH)}


# --- who may read ---------------------------------------------------------------------------------


def test_reading_the_audit_log_depends_on_the_role(desk: Desk) -> None:
    customer = desk.customer()
    ticket = desk.ticket(customer)
    created(desk.agent("secops1").ask(customer, "freeze_account", ticket_id=ticket))
    other = desk.customer()
    created(desk.agent("secops1").ask(other, "freeze_account"))

    agent = desk.agent("agent1")
    for params in ({}, {"customer_id": customer}, {"ticket_id": ticket}):
        error(agent.get("/audit", params=params), 403, "forbidden")
    error(agent.get("/audit/verify"), 403, "forbidden")

    secops = desk.agent("secops2")
    error(secops.get("/audit"), 403, "forbidden")  # the whole desk is not theirs to read
    error(secops.get("/audit", params={"actor": "secops1"}), 403, "forbidden")
    scoped = ok(secops.get("/audit", params={"customer_id": customer}))["items"]
    assert scoped and {e["customer_id"] for e in scoped} == {customer}
    by_ticket = ok(secops.get("/audit", params={"ticket_id": ticket}))["items"]
    assert by_ticket and {e["ticket_id"] for e in by_ticket} == {ticket}
    assert ok(secops.get("/audit/verify"))["ok"] is True

    for name in ("super2", "admin1"):
        desk_wide = ok(desk.agent(name).get("/audit", params={"limit": 500}))["items"]
        assert {customer, other} <= {e["customer_id"] for e in desk_wide}
        by_actor = ok(desk.agent(name).get("/audit", params={"actor": "secops1"}))["items"]
        assert by_actor and {e["actor"] for e in by_actor} == {"secops1"}


def test_paging_by_cursor_walks_every_entry_once(desk: Desk) -> None:
    supervisor = desk.agent("super2")
    everything = [e["id"] for e in desk.audit(reader="super2")][::-1]  # newest first, as the pages come
    assert len(everything) > 20
    meanwhile = desk.customer()
    seen: list[int] = []
    cursor: str | None = None
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": 7, **({"cursor": cursor} if cursor else {})}
        page = ok(supervisor.get("/audit", params=params))
        assert len(page["items"]) <= 7
        seen += [e["id"] for e in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
        # entries written meanwhile are newer than the cursor: they do not shift the pages being read
        ok(desk.agent("secops1").post(f"/customers/{meanwhile}/reveal", {"field": "name", "reason": "paging"}))
    assert seen[: len(everything)] == everything and len(seen) == len(everything)
    assert pages == -(-len(everything) // 7)
    assert ok(supervisor.get("/audit", params={"cursor": "1"})) == {"items": [], "next_cursor": None}
    for bad in ({"cursor": "abc"}, {"cursor": "-5"}, {"limit": 0}, {"limit": 501}):
        error(supervisor.get("/audit", params=bad), 422, "validation_error")
