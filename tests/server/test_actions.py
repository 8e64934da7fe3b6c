"""The two-person rule (issue #2): who may ask, who may decide, expiry, cancelling, and the race between
two supervisors approving at the same instant, on SQLite and PostgreSQL, against the real service."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import requests

from tests.helpers import ServiceProcess, start_service
from tests.server.desk_api import Desk, created, desk_fixture, error, ok, parse_time, wait_until


@pytest.fixture(scope="module")
def desk(any_service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(any_service)


def _ticket_status(desk: Desk, ticket_id: int) -> str:
    status: str = ok(desk.agent("agent1").get(f"/tickets/{ticket_id}"))["status"]
    return status


# --- who may ask ----------------------------------------------------------------------------------


def test_only_security_agents_and_supervisors_may_ask(desk: Desk) -> None:
    customer = desk.customer()
    for username in ("agent1", "admin1"):
        error(desk.agent(username).ask(customer, "freeze_account"), 403, "forbidden")
    assert desk.audit(customer_id=customer) == []
    by_secops = created(desk.agent("secops1").ask(customer, "freeze_account"))
    assert by_secops["status"] == "pending"
    assert by_secops["requested_by_name"] and by_secops["requested_by"] == desk.agent("secops1").id
    assert by_secops["expires_at"] is not None and by_secops["decided_by"] is None
    by_supervisor = created(desk.agent("super1").ask(customer, "lock_withdrawals", params={"hours": 12}))
    assert by_supervisor["status"] == "pending"
    assert desk.customer_row(customer)["account_status"] == "active"  # nothing happens before approval
    assert desk.customer_row(customer)["withdrawals_locked_until"] is None


def test_agents_cannot_see_the_request_queue(desk: Desk) -> None:
    error(desk.agent("agent1").get("/actions"), 403, "forbidden")
    customer = desk.customer()
    action = created(desk.agent("secops1").ask(customer, "freeze_account"))
    error(desk.agent("agent1").get(f"/actions/{action['id']}"), 403, "forbidden")
    listed = ok(desk.agent("super1").get("/actions", params={"status": "pending", "customer_id": customer}))
    assert [item["id"] for item in listed["items"]] == [action["id"]]


# --- who may decide -------------------------------------------------------------------------------


def test_only_a_supervisor_who_did_not_ask_may_decide(desk: Desk) -> None:
    customer = desk.customer()
    action = created(desk.agent("secops1").ask(customer, "freeze_account"))
    for username in ("secops1", "secops2", "agent1", "admin1"):
        error(desk.agent(username).approve(action["id"]), 403, "forbidden")
        error(desk.agent(username).reject(action["id"]), 403, "forbidden")
    assert desk.customer_row(customer)["account_status"] == "active"
    assert desk.agent("super1").action(action["id"])["status"] == "pending"

    own = created(desk.agent("super1").ask(customer, "lock_withdrawals", params={"hours": 6}))
    error(desk.agent("super1").approve(own["id"]), 403, "self_approval")
    error(desk.agent("super1").reject(own["id"], "changed my mind"), 403, "self_approval")
    assert desk.customer_row(customer)["withdrawals_locked_until"] is None
    approved = ok(desk.agent("super2").approve(own["id"], "Agreed"))
    assert approved["status"] == "executed"
    assert approved["decided_by"] == desk.agent("super2").id and approved["decision_comment"] == "Agreed"
    assert approved["executed_at"] is not None
    assert desk.customer_row(customer)["withdrawals_locked_until"] is not None

    decided = ok(desk.agent("super2").approve(action["id"]))
    assert decided["status"] == "executed"
    assert desk.customer_row(customer)["account_status"] == "frozen"
    assert desk.events_of_action(customer, action["id"]) == ["action.requested", "action.approved",
                                                             "action.executed"]


def test_rejecting_needs_a_comment_and_changes_nothing(desk: Desk) -> None:
    customer = desk.customer()
    action = created(desk.agent("secops1").ask(customer, "freeze_account"))
    for comment in ("", "   "):
        error(desk.agent("super1").reject(action["id"], comment), 422, "validation_error")
    assert desk.agent("super1").action(action["id"])["status"] == "pending"
    rejected = ok(desk.agent("super1").reject(action["id"], "The customer confirmed it was them"))
    assert rejected["status"] == "rejected"
    assert rejected["decision_comment"] == "The customer confirmed it was them"
    assert rejected["executed_at"] is None
    assert desk.customer_row(customer)["account_status"] == "active"
    assert desk.events_of_action(customer, action["id"]) == ["action.requested", "action.rejected"]
    error(desk.agent("super2").approve(action["id"]), 409, "already_decided")


# --- cancelling -----------------------------------------------------------------------------------


def test_only_the_requester_cancels_and_only_while_open(desk: Desk) -> None:
    customer = desk.customer()
    ticket = desk.ticket(customer)
    action = created(desk.agent("secops1").ask(customer, "freeze_account", ticket_id=ticket))
    assert _ticket_status(desk, ticket) == "pending_approval"
    for username in ("secops2", "super1", "agent1"):
        error(desk.agent(username).post(f"/actions/{action['id']}/cancel"), 403, "forbidden")
    cancelled = ok(desk.agent("secops1").post(f"/actions/{action['id']}/cancel"))
    assert cancelled["status"] == "cancelled"
    assert _ticket_status(desk, ticket) == "open"
    error(desk.agent("secops1").post(f"/actions/{action['id']}/cancel"), 409, "already_decided")
    error(desk.agent("super1").approve(action["id"]), 409, "already_decided")
    assert desk.customer_row(customer)["account_status"] == "active"
    assert desk.events_of_action(customer, action["id"]) == ["action.requested", "action.cancelled"]

    decided = created(desk.agent("secops1").ask(customer, "freeze_account"))
    ok(desk.agent("super1").approve(decided["id"]))
    error(desk.agent("secops1").post(f"/actions/{decided['id']}/cancel"), 409, "already_decided")
    assert desk.agent("super1").action(decided["id"])["status"] == "executed"


# --- parameters and no-ops ------------------------------------------------------------------------


@pytest.mark.parametrize("params", [
    {"hours": 0}, {"hours": 24 * 30 + 1}, {"hours": -5}, {"hours": "12"}, {"hours": 1.5}, {"hours": True},
    {"hours": 12, "reason": "x"}, {"days": 2},
])
def test_lock_withdrawals_checks_its_parameters(desk: Desk, params: dict[str, object]) -> None:
    customer = desk.customer()
    error(desk.agent("secops1").ask(customer, "lock_withdrawals", params=params), 422, "validation_error")
    assert desk.audit(customer_id=customer) == []


def test_requests_are_validated(desk: Desk) -> None:
    customer = desk.customer()
    secops = desk.agent("secops1")
    error(secops.ask(customer, "freeze_account", params={"hours": 1}), 422, "validation_error")
    error(secops.ask(customer, "freeze_account", reason="no"), 422, "validation_error")
    error(secops.ask(customer, "delete_account"), 422, "validation_error")
    error(secops.post("/actions", {"customer_id": customer, "kind": "freeze_account", "reason": "Takeover",
                                   "approve_now": True}), 422, "validation_error")
    error(secops.ask(999_999_999, "freeze_account"), 404, "not_found")
    other = desk.ticket(desk.customer())
    error(secops.ask(customer, "freeze_account", ticket_id=other), 422, "validation_error")
    assert desk.audit(customer_id=customer) == []
    max_lock = created(secops.ask(customer, "lock_withdrawals", params={"hours": 24 * 30}))
    assert max_lock["params"] == {"hours": 720}
    default = created(secops.ask(customer, "lock_withdrawals"))
    assert default["params"] == {"hours": 24}


def test_requests_that_would_change_nothing_are_refused(desk: Desk) -> None:
    plain = desk.customer(twofa=False)  # active, 2FA off, no sessions, withdrawals open
    secops = desk.agent("secops1")
    for kind in ("unfreeze_account", "reset_2fa", "revoke_sessions", "unlock_withdrawals"):
        error(secops.ask(plain, kind), 409, "no_effect")
    locked = desk.customer(frozen=True, locked_for=timedelta(hours=48))
    error(secops.ask(locked, "freeze_account"), 409, "no_effect")
    error(secops.ask(locked, "lock_withdrawals", params={"hours": 24}), 409, "no_effect")
    created(secops.ask(locked, "lock_withdrawals", params={"hours": 72}))  # longer than the lock: an effect
    assert ok(secops.get("/actions", params={"customer_id": plain}))["items"] == []


def test_approving_what_became_a_no_op_executes_nothing(desk: Desk) -> None:
    customer = desk.customer()
    first = created(desk.agent("secops1").ask(customer, "freeze_account"))
    second = created(desk.agent("secops2").ask(customer, "freeze_account"))
    ok(desk.agent("super1").approve(first["id"]))
    version = desk.customer_row(customer)["version"]
    error(desk.agent("super2").approve(second["id"]), 409, "no_effect")
    assert desk.agent("super2").action(second["id"])["status"] == "pending"
    assert desk.customer_row(customer)["version"] == version
    assert desk.events_of_action(customer, second["id"]) == ["action.requested"]
    ok(desk.agent("super2").reject(second["id"], "Already frozen by another request"))


def test_a_stale_version_is_refused_and_executes_nothing(desk: Desk) -> None:
    customer = desk.customer()
    action = created(desk.agent("secops1").ask(customer, "freeze_account"))
    assert action["version"] == 1
    supervisor = desk.agent("super1")
    error(supervisor.approve(action["id"], version=2), 409, "version_conflict")
    error(supervisor.approve(action["id"], headers={"If-Match": '"7"'}), 409, "version_conflict")
    error(supervisor.reject(action["id"], "no", headers={"If-Match": "0"}), 409, "version_conflict")
    error(supervisor.approve(action["id"], version=1, headers={"If-Match": '"2"'}), 422, "validation_error")
    error(supervisor.approve(action["id"], headers={"If-Match": "*"}), 422, "validation_error")
    assert desk.customer_row(customer)["account_status"] == "active"
    assert desk.events_of_action(customer, action["id"]) == ["action.requested"]
    approved = ok(supervisor.approve(action["id"], headers={"If-Match": 'W/"1"'}))
    assert approved["status"] == "executed" and approved["version"] == 2
    error(desk.agent("super2").approve(action["id"], version=1), 409, "version_conflict")
    assert desk.events_of_action(customer, action["id"]).count("action.executed") == 1


def test_the_ticket_waits_for_the_decision(desk: Desk) -> None:
    customer = desk.customer()
    ticket = desk.ticket(customer)
    assert _ticket_status(desk, ticket) == "new"
    action = created(desk.agent("secops1").ask(customer, "freeze_account", ticket_id=ticket))
    assert _ticket_status(desk, ticket) == "pending_approval"
    awaiting = ok(desk.agent("super1").get("/tickets", params={"view": "awaiting_approval", "limit": 200}))
    assert ticket in [t["id"] for t in awaiting["items"]]
    ok(desk.agent("super1").approve(action["id"]))
    assert _ticket_status(desk, ticket) == "open"

    again = created(desk.agent("secops1").ask(customer, "lock_withdrawals", ticket_id=ticket))
    assert _ticket_status(desk, ticket) == "pending_approval"
    ok(desk.agent("super1").reject(again["id"], "Frozen is enough"))
    assert _ticket_status(desk, ticket) == "open"


def test_the_ticket_waits_until_its_last_request_is_decided(desk: Desk) -> None:
    customer = desk.customer(sessions=1)
    ticket = desk.ticket(customer)
    freeze = created(desk.agent("secops1").ask(customer, "freeze_account", ticket_id=ticket))
    revoke = created(desk.agent("secops1").ask(customer, "revoke_sessions", ticket_id=ticket))
    lock = created(desk.agent("secops2").ask(customer, "lock_withdrawals", ticket_id=ticket))
    ok(desk.agent("super1").approve(freeze["id"]))
    assert _ticket_status(desk, ticket) == "pending_approval"  # two requests still wait on it
    ok(desk.agent("secops1").post(f"/actions/{revoke['id']}/cancel"))
    assert _ticket_status(desk, ticket) == "pending_approval"
    ok(desk.agent("super1").reject(lock["id"], "Frozen is enough"))
    assert _ticket_status(desk, ticket) == "open"


# --- the effects, through the API and in the database ---------------------------------------------


def _approved(desk: Desk, customer: int, kind: str, **params: int) -> dict[str, object]:
    action = created(desk.agent("secops1").ask(customer, kind, params=params))
    done = ok(desk.agent("super1").approve(action["id"]))
    assert done["status"] == "executed", done
    assert done["execution_result"]
    return done


def test_freeze_and_unfreeze(desk: Desk) -> None:
    customer = desk.customer()
    _approved(desk, customer, "freeze_account")
    assert desk.agent("agent1").profile(customer)["account_status"] == "frozen"
    assert desk.customer_row(customer)["account_status"] == "frozen"
    _approved(desk, customer, "unfreeze_account")
    assert desk.agent("agent1").profile(customer)["account_status"] == "active"
    assert desk.customer_row(customer)["account_status"] == "active"


def test_reset_2fa_clears_it_revokes_sessions_and_locks_withdrawals(desk: Desk) -> None:
    customer = desk.customer(twofa=True, sessions=3)
    assert len(desk.agent("agent1").profile(customer)["sessions"]) == 3
    before = datetime.now(UTC)
    _approved(desk, customer, "reset_2fa")
    after = datetime.now(UTC)
    profile = desk.agent("agent1").profile(customer)
    assert profile["twofa_enabled"] is False and profile["sessions"] == []
    locked = parse_time(profile["withdrawals_locked_until"])
    assert locked is not None and before + timedelta(hours=48) <= locked <= after + timedelta(hours=48)
    assert "twofa_change" in [s["kind"] for s in profile["risk_signals"]]
    row = desk.customer_row(customer)
    assert row["twofa_enabled"] is False and row["withdrawals_locked_until"] == locked
    assert before <= row["twofa_changed_at"] <= after
    assert desk.active_sessions(customer) == []


def test_reset_2fa_keeps_a_longer_lock(desk: Desk) -> None:
    customer = desk.customer(twofa=True, locked_for=timedelta(days=10))
    until = desk.customer_row(customer)["withdrawals_locked_until"]
    _approved(desk, customer, "reset_2fa")
    assert desk.customer_row(customer)["withdrawals_locked_until"] == until


def test_revoke_sessions(desk: Desk) -> None:
    customer = desk.customer(sessions=2)
    done = _approved(desk, customer, "revoke_sessions")
    assert "2 session" in str(done["execution_result"])
    assert desk.agent("agent1").profile(customer)["sessions"] == []
    assert desk.active_sessions(customer) == []
    assert desk.customer_row(customer)["twofa_enabled"] is True  # nothing else changed


def test_lock_and_unlock_withdrawals(desk: Desk) -> None:
    customer = desk.customer()
    before = datetime.now(UTC)
    _approved(desk, customer, "lock_withdrawals", hours=5)
    after = datetime.now(UTC)
    locked = parse_time(desk.agent("agent1").profile(customer)["withdrawals_locked_until"])
    assert locked is not None and before + timedelta(hours=5) <= locked <= after + timedelta(hours=5)
    assert desk.customer_row(customer)["withdrawals_locked_until"] == locked
    _approved(desk, customer, "unlock_withdrawals")
    assert desk.agent("agent1").profile(customer)["withdrawals_locked_until"] is None
    assert desk.customer_row(customer)["withdrawals_locked_until"] is None


# --- two supervisors at the same instant ----------------------------------------------------------

ROUNDS = 20


def test_two_supervisors_approving_at_once_execute_it_exactly_once(desk: Desk) -> None:
    customer = desk.customer()
    supervisors = [desk.agent("super1"), desk.agent("super2")]
    for supervisor in supervisors:  # warm the keep-alive connections of both threads' sessions
        ok(supervisor.get("/auth/me"))
    with ThreadPoolExecutor(2) as pool:
        for round_ in range(ROUNDS):
            # lock, then unlock: each round approves a request that has an effect on the same customer
            kind = "lock_withdrawals" if round_ % 2 == 0 else "unlock_withdrawals"
            action = created(desk.agent("secops1").ask(customer, kind))
            send_version = round_ % 4 < 2  # half the rounds say which version they saw
            barrier = threading.Barrier(2)

            def approve(index: int, action_id: int = action["id"], version: bool = send_version,
                        gate: threading.Barrier = barrier) -> requests.Response:
                # the pool runs each supervisor on its own thread, so each keeps its own connection
                gate.wait(timeout=10)
                return supervisors[index].approve(action_id, version=1 if version else None)

            answers = list(pool.map(approve, (0, 1)))
            codes = sorted(a.status_code for a in answers)
            assert codes == [200, 409], [a.text for a in answers]
            loser = next(a for a in answers if a.status_code == 409).json()["error"]["code"]
            # the loser waited for the winner's transaction, then saw the new version or the decision
            assert loser == ("version_conflict" if send_version else "already_decided")
            winner = next(a for a in answers if a.status_code == 200).json()
            assert winner["status"] == "executed" and winner["version"] == 2
            events = desk.events_of_action(customer, action["id"])
            assert events.count("action.executed") == 1, events
            assert events.count("action.approved") == 1, events
            row = desk.customer_row(customer)
            assert (row["withdrawals_locked_until"] is None) == (kind == "unlock_withdrawals")
    assert ok(desk.agent("super1").get("/audit/verify"))["ok"] is True


def test_approve_reject_and_cancel_at_once_have_one_winner(desk: Desk) -> None:
    secops, approver, rejecter = desk.agent("secops1"), desk.agent("super1"), desk.agent("super2")
    attempts: dict[str, Callable[[int], requests.Response]] = {
        "executed": lambda action_id: approver.approve(action_id),
        "rejected": lambda action_id: rejecter.reject(action_id, "Not convinced"),
        "cancelled": lambda action_id: secops.post(f"/actions/{action_id}/cancel"),
    }
    winners = set()
    with ThreadPoolExecutor(len(attempts)) as pool:
        for _ in range(10):
            customer = desk.customer()
            action = created(secops.ask(customer, "freeze_account"))
            barrier = threading.Barrier(len(attempts))

            def attempt(outcome: str, action_id: int = action["id"], gate: threading.Barrier = barrier
                        ) -> tuple[str, requests.Response]:
                gate.wait(timeout=10)
                return outcome, attempts[outcome](action_id)

            answers = dict(pool.map(attempt, attempts))
            won = [outcome for outcome, answer in answers.items() if answer.status_code == 200]
            assert len(won) == 1, {k: a.text for k, a in answers.items()}
            assert all(a.status_code == 409 and a.json()["error"]["code"] == "already_decided"
                       for outcome, a in answers.items() if outcome != won[0])
            winners.add(won[0])
            assert desk.agent("super1").action(action["id"])["status"] == won[0]
            assert desk.customer_row(customer)["account_status"] == ("frozen" if won[0] == "executed" else "active")
            assert desk.events_of_action(customer, action["id"]).count("action.executed") == (won[0] == "executed")


# --- expiry ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def short_lived(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """A service whose requests expire after about a second (the sweeper runs every 2 s)."""
    with start_service(Path(tmp_path_factory.mktemp("expiry")), extra_args=["--action-ttl-minutes", "0.02"]) as svc:
        yield from desk_fixture(svc)


def test_an_expired_request_cannot_be_approved(short_lived: Desk) -> None:
    desk = short_lived
    customer = desk.customer()
    ticket = desk.ticket(customer)
    action = created(desk.agent("secops1").ask(customer, "freeze_account", ticket_id=ticket))
    expires = parse_time(action["expires_at"])
    assert expires is not None and expires - parse_time(action["requested_at"]) == timedelta(seconds=1)
    wait_until(lambda: datetime.now(UTC) > expires + timedelta(milliseconds=200), 5)
    assert desk.agent("super1").action(action["id"])["status"] == "expired"
    error(desk.agent("super1").approve(action["id"]), 409, "request_expired")
    assert desk.customer_row(customer)["account_status"] == "active"
    error(desk.agent("super2").approve(action["id"]), 409, "request_expired")  # recorded now: the same answer
    assert desk.agent("super1").action(action["id"])["status"] == "expired"
    events = desk.events_of_action(customer, action["id"])
    assert events == ["action.requested", "action.expired"]
    assert _ticket_status(desk, ticket) == "open"


def test_the_sweeper_records_expiry(short_lived: Desk) -> None:
    desk = short_lived
    customer = desk.customer()
    ticket = desk.ticket(customer)
    action = created(desk.agent("secops1").ask(customer, "lock_withdrawals", ticket_id=ticket))
    wait_until(lambda: desk.events_of_action(customer, action["id"]) == ["action.requested", "action.expired"],
               8, interval=0.3, what="the sweeper's action.expired entry")
    expired = [e for e in desk.audit(customer_id=customer) if e["event"] == "action.expired"]
    assert [e["actor"] for e in expired] == ["system"]
    listed = ok(desk.agent("super1").get("/actions", params={"status": "expired", "customer_id": customer}))
    assert [item["id"] for item in listed["items"]] == [action["id"]]
    assert ok(desk.agent("super1").get("/actions", params={"status": "pending", "customer_id": customer}))[
        "items"] == []
    assert _ticket_status(desk, ticket) == "open"
    error(desk.agent("super1").approve(action["id"]), 409, "request_expired")
    error(desk.agent("secops1").post(f"/actions/{action['id']}/cancel"), 409, "request_expired")
    assert desk.customer_row(customer)["withdrawals_locked_until"] is None
