"""Emergencies and step-up (issue #12): protective actions taken at once and reviewed after, exact
reversal, overdue-review alerts, and decisions that need a recent second factor."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pyotp
import pytest
import requests

from desk_app.contract import API_PREFIX
from tests.helpers import DEMO_TOTP_SECRET, ServiceProcess, start_service
from tests.server.desk_api import (
    Agent,
    Desk,
    EventStream,
    created,
    desk_fixture,
    error,
    fresh_code,
    ok,
    parse_time,
    sign_in,
    wait_until,
)

REVIEW_WINDOW = timedelta(minutes=30)  # the service's default


@pytest.fixture(scope="module")
def desk(any_service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(any_service)


# --- taking protective action at once -------------------------------------------------------------

PROTECTIVE = {
    "freeze_account": ({}, lambda p: p["account_status"] == "frozen"),
    "lock_withdrawals": ({"hours": 24}, lambda p: p["withdrawals_locked_until"] is not None),
    "revoke_sessions": ({}, lambda p: p["sessions"] == []),
}


@pytest.mark.parametrize("kind", sorted(PROTECTIVE))
def test_an_emergency_action_takes_effect_in_the_same_request(desk: Desk, kind: str) -> None:
    params, in_effect = PROTECTIVE[kind]
    customer = desk.customer(sessions=2)
    ticket = desk.ticket(customer)
    assert not in_effect(desk.agent("agent1").profile(customer))
    action = created(desk.agent("secops1").ask(customer, kind, params=params, ticket_id=ticket, emergency=True))
    assert in_effect(desk.agent("agent1").profile(customer))  # no second person needed first
    assert action["status"] == "under_review" and action["emergency"] is True
    assert action["executed_at"] is not None and action["expires_at"] is None
    assert parse_time(action["review_due_at"]) - parse_time(action["requested_at"]) == REVIEW_WINDOW
    assert action["decided_by"] is None
    assert desk.events_of_action(customer, action["id"]) == ["action.requested", "action.executed"]
    assert desk.audit(customer_id=customer)[-2]["details"]["emergency"] is True
    queue = ok(desk.agent("super1").get("/actions", params={"status": "under_review", "customer_id": customer}))
    assert [item["id"] for item in queue["items"]] == [action["id"]]
    # taken already: not cancellable, and the ticket does not wait for an approval
    error(desk.agent("secops1").post(f"/actions/{action['id']}/cancel"), 409, "already_decided")
    assert ok(desk.agent("agent1").get(f"/tickets/{ticket}"))["status"] == "new"


def test_the_database_shows_the_emergency_freeze_at_once(desk: Desk) -> None:
    customer = desk.customer()
    created(desk.agent("super1").ask(customer, "freeze_account", emergency=True))
    assert desk.customer_row(customer)["account_status"] == "frozen"


@pytest.mark.parametrize("kind", ["unfreeze_account", "reset_2fa", "unlock_withdrawals"])
def test_permissive_actions_are_never_emergencies(desk: Desk, kind: str) -> None:
    customer = desk.customer(twofa=True, frozen=True, locked_for=timedelta(hours=5), sessions=1)
    before = desk.customer_row(customer)
    for username in ("secops1", "super1"):
        error(desk.agent(username).ask(customer, kind, emergency=True), 422, "emergency_not_allowed")
    assert desk.customer_row(customer) == before
    assert desk.audit(customer_id=customer) == []


def test_agents_and_admins_cannot_take_emergency_actions(desk: Desk) -> None:
    customer = desk.customer()
    for username in ("agent1", "admin1"):
        error(desk.agent(username).ask(customer, "freeze_account", emergency=True), 403, "forbidden")
    assert desk.customer_row(customer)["account_status"] == "active"


# --- the review: confirm or reverse ---------------------------------------------------------------


def test_approving_an_emergency_confirms_it(desk: Desk) -> None:
    customer = desk.customer()
    action = created(desk.agent("super1").ask(customer, "freeze_account", emergency=True))
    error(desk.agent("super1").approve(action["id"]), 403, "self_approval")
    error(desk.agent("secops2").approve(action["id"]), 403, "forbidden")
    confirmed = ok(desk.agent("super2").approve(action["id"], "Right call"))
    assert confirmed["status"] == "confirmed" and confirmed["decided_by"] == desk.agent("super2").id
    assert desk.agent("agent1").profile(customer)["account_status"] == "frozen"
    assert desk.events_of_action(customer, action["id"]) == ["action.requested", "action.executed",
                                                             "action.confirmed"]
    error(desk.agent("super2").reject(action["id"], "too late"), 409, "already_decided")


def _comparable(profile: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in profile.items() if key != "version"}


REVERSIBLE = {
    "freeze_account": {},
    "lock_withdrawals": {"hours": 24 * 7},
    "revoke_sessions": {},
}


@pytest.mark.parametrize("kind", sorted(REVERSIBLE))
def test_rejecting_an_emergency_restores_exactly_the_previous_state(desk: Desk, kind: str) -> None:
    # a lock that was there before the emergency must come back as it was, to the microsecond
    customer = desk.customer(twofa=True, sessions=3, locked_for=timedelta(hours=5, microseconds=123_457))
    ticket = desk.ticket(customer)
    profile_before, row_before = desk.agent("secops1").profile(customer), desk.customer_row(customer)
    sessions_before = desk.active_sessions(customer)
    action = created(desk.agent("secops1").ask(customer, kind, params=REVERSIBLE[kind], emergency=True,
                                               ticket_id=ticket))
    assert desk.customer_row(customer) != row_before

    for comment in ("", "  "):
        error(desk.agent("super1").reject(action["id"], comment), 422, "validation_error")
    reversed_ = ok(desk.agent("super1").reject(action["id"], "False alarm: the customer travelled"))
    assert reversed_["status"] == "reversed" and reversed_["decision_comment"].startswith("False alarm")
    assert reversed_["execution_result"]

    assert _comparable(desk.agent("secops1").profile(customer)) == _comparable(profile_before)
    row_after = desk.customer_row(customer)
    assert row_after.pop("version") > row_before.pop("version")
    assert row_after == row_before
    assert desk.active_sessions(customer) == sessions_before
    events = desk.events_of_action(customer, action["id"])
    assert events == ["action.requested", "action.executed", "action.reversed", "action.restored"]
    restored = [e for e in desk.audit(customer_id=customer) if e["event"] == "action.restored"]
    assert restored[0]["actor"] == "super1" and restored[0]["ticket_id"] == ticket
    error(desk.agent("super2").approve(action["id"]), 409, "already_decided")


def test_reversing_a_lock_on_an_unlocked_account_unlocks_it(desk: Desk) -> None:
    customer = desk.customer()
    action = created(desk.agent("secops1").ask(customer, "lock_withdrawals", params={"hours": 2}, emergency=True))
    ok(desk.agent("super1").reject(action["id"], "Not needed"))
    assert desk.customer_row(customer)["withdrawals_locked_until"] is None
    assert desk.agent("agent1").profile(customer)["withdrawals_locked_until"] is None


def test_reversing_an_emergency_lock_keeps_a_later_change(desk: Desk) -> None:
    """A 2FA reset approved after the emergency lock holds withdrawals for 48 h; undoing the emergency
    lock must not reopen withdrawals the reset closed."""
    customer = desk.customer(twofa=True)
    lock = created(desk.agent("secops1").ask(customer, "lock_withdrawals", params={"hours": 24}, emergency=True))
    reset = created(desk.agent("secops2").ask(customer, "reset_2fa"))
    ok(desk.agent("super2").approve(reset["id"]))
    held = desk.customer_row(customer)["withdrawals_locked_until"]
    assert held is not None
    ok(desk.agent("super1").reject(lock["id"], "The lock itself was not needed"))
    assert desk.customer_row(customer)["withdrawals_locked_until"] == held
    assert desk.customer_row(customer)["twofa_enabled"] is False


def test_reversing_an_emergency_revocation_keeps_sessions_a_2fa_reset_ended(desk: Desk) -> None:
    """Sessions an emergency ended come back on reversal, unless a 2FA reset since then ended them too."""
    customer = desk.customer(twofa=True, sessions=2)
    revoke = created(desk.agent("secops1").ask(customer, "revoke_sessions", emergency=True))
    reset = created(desk.agent("secops2").ask(customer, "reset_2fa"))
    ok(desk.agent("super2").approve(reset["id"]))
    ok(desk.agent("super1").reject(revoke["id"], "The revocation itself was not needed"))
    assert desk.agent("agent1").profile(customer)["sessions"] == []


def test_an_emergency_sent_twice_with_one_idempotency_key_is_taken_once(desk: Desk) -> None:
    customer = desk.customer()
    secops = desk.agent("secops1")
    body = {"customer_id": customer, "kind": "freeze_account", "reason": "Takeover in progress", "emergency": True}
    key = {"Idempotency-Key": f"freeze-{customer}"}
    first = created(secops.post("/actions", body, headers=key))
    again = created(secops.post("/actions", body, headers=key))  # the answer was lost; the desk sends it again
    assert again["id"] == first["id"]
    assert desk.events_of_action(customer, first["id"]) == ["action.requested", "action.executed"]
    error(secops.post("/actions", {**body, "kind": "revoke_sessions"}, headers=key), 422, "idempotency_mismatch")
    assert [a["id"] for a in ok(secops.get("/actions", params={"customer_id": customer}))["items"]] == [first["id"]]


# --- a service with short review and step-up windows ----------------------------------------------

STEP_UP_SECONDS = 3


@pytest.fixture(scope="module")
def hurried(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    """Reviews due about a second after an emergency; a TOTP proof counts for three seconds."""
    extra = ["--review-minutes", "0.02", "--step-up-minutes", str(STEP_UP_SECONDS / 60)]
    with start_service(Path(tmp_path_factory.mktemp("hurried")), extra_args=extra) as service:
        yield from desk_fixture(service)


def test_an_overdue_review_alerts_the_supervisors(hurried: Desk) -> None:
    desk = hurried
    customer = desk.customer()
    with EventStream(desk.url, desk.agent("super1").token) as supervisor, \
            EventStream(desk.url, desk.agent("secops1").token) as security:
        action = created(desk.agent("secops1").ask(customer, "freeze_account", emergency=True))
        assert parse_time(action["review_due_at"]) - parse_time(action["requested_at"]) == timedelta(seconds=1)
        alert = supervisor.next(lambda e: e["event"] == "action.review_overdue" and e["data"]["action_id"]
                                == action["id"], timeout=8)
        assert alert["data"]["customer_id"] == customer
        assert alert["data"]["data"]["kind"] == "freeze_account"
        # the alert is for supervisors: a security agent's stream skips it (a later public event proves it)
        marker = desk.ticket(customer, "Marker after the alert")
        seen = security.next(lambda e: e["event"] == "ticket.created" and e["data"]["ticket_id"] == marker)
        assert seen
        assert [e for e in security.drain() if e["event"] == "action.review_overdue"] == []
    overdue = [e for e in desk.audit(customer_id=customer) if e["event"] == "action.review_overdue"]
    assert [(e["actor"], e["action_id"]) for e in overdue] == [("system", action["id"])]

    supervisor = desk.agent("super1")
    ok(supervisor.step_up())
    assert ok(supervisor.approve(action["id"], "Reviewed late"))["status"] == "confirmed"


def _wait_past_window(agent: Agent) -> None:
    """Until the agent's last proof of the second factor is older than the step-up window."""
    wait_until(lambda: time.monotonic() - agent.proved_at > STEP_UP_SECONDS + 0.5, STEP_UP_SECONDS + 5)


def _reveal(agent: Agent, customer: int) -> requests.Response:
    return agent.post(f"/customers/{customer}/reveal", {"field": "email", "reason": "Verify the caller"})


def test_decisions_and_reveals_need_a_recent_second_factor(hurried: Desk) -> None:
    desk = hurried
    customer = desk.customer()
    to_approve = created(desk.agent("secops1").ask(customer, "freeze_account"))
    to_reject = created(desk.agent("secops1").ask(customer, "lock_withdrawals"))
    supervisor = desk.agent("super2")
    _wait_past_window(supervisor)
    error(supervisor.approve(to_approve["id"]), 401, "step_up_required")
    error(supervisor.reject(to_reject["id"], "Not needed"), 401, "step_up_required")
    error(_reveal(supervisor, customer), 401, "step_up_required")
    assert desk.customer_row(customer)["account_status"] == "active"
    assert [e["event"] for e in desk.audit(customer_id=customer)] == ["action.requested", "action.requested"]

    proof = ok(supervisor.step_up())
    assert proof["step_up_valid_for"] == STEP_UP_SECONDS
    assert ok(supervisor.approve(to_approve["id"]))["status"] == "executed"
    assert ok(supervisor.reject(to_reject["id"], "Frozen is enough"))["status"] == "rejected"
    assert ok(_reveal(supervisor, customer))["value"] == f"c{customer}@example.org"

    _wait_past_window(supervisor)  # a proof does not last
    error(_reveal(supervisor, customer), 401, "step_up_required")


def test_the_sign_in_code_cannot_be_used_again_for_step_up(hurried: Desk) -> None:
    code = fresh_code(hurried.database_url, "secops2")
    agent = Agent(hurried.url, hurried.database_url, "secops2",
                  sign_in(hurried.url, hurried.database_url, "secops2", code))
    error(agent.post("/auth/step-up", {"totp": code}), 401, "totp_reused")
    error(agent.post("/auth/step-up", {"totp": "12345"}), 422, "validation_error")


def _wrong_codes() -> Iterator[str]:
    """Six-digit codes that are not valid now (nor one step either side)."""
    totp = pyotp.TOTP(DEMO_TOTP_SECRET)
    valid = {totp.at(time.time() + drift) for drift in (-60, -30, 0, 30, 60)}
    return (f"{n:06d}" for n in range(1_000_000) if f"{n:06d}" not in valid)


def test_guessing_step_up_codes_is_throttled(hurried: Desk) -> None:
    """Else a stolen token could try codes until one fits: three of a million are valid at any time."""
    guesser = hurried.agent("agent2")
    guesses = _wrong_codes()
    for _ in range(5):
        error(guesser.post("/auth/step-up", {"totp": next(guesses)}), 401, "invalid_credentials")
    error(guesser.post("/auth/step-up", {"totp": next(guesses)}), 429, "too_many_attempts")
    right = guesser.post("/auth/step-up", {"totp": fresh_code(hurried.database_url, "agent2")})
    error(right, 429, "too_many_attempts")  # even the right code, until the window has passed
    assert int(right.headers["Retry-After"]) > 0


def test_a_stolen_token_older_than_the_window_cannot_approve_or_reveal(hurried: Desk) -> None:
    desk = hurried
    customer = desk.customer()
    action = created(desk.agent("secops1").ask(customer, "freeze_account"))
    victim = desk.agent("super1")
    thief = Agent(desk.url, desk.database_url, "super1", {**victim.login})  # the same access token, on another machine
    _wait_past_window(victim)
    error(thief.approve(action["id"]), 401, "step_up_required")
    error(_reveal(thief, customer), 401, "step_up_required")
    # without the authenticator, the thief cannot step up: every code but the current ones is wrong
    error(thief.post("/auth/step-up", {"totp": next(_wrong_codes())}), 401, "invalid_credentials")
    # nor does a refreshed token reset the clock: the second factor's time carries over
    renewed = ok(requests.post(f"{desk.url}{API_PREFIX}/auth/refresh", timeout=30,
                               json={"refresh_token": victim.login["refresh_token"]}))
    desk.adopt(Agent(desk.url, desk.database_url, "super1", renewed))  # the refresh ended the victim's old session
    error(desk.agent("super1").approve(action["id"]), 401, "step_up_required")
    assert desk.customer_row(customer)["account_status"] == "active"
    assert desk.agent("secops1").action(action["id"])["status"] == "pending"
