"""#10 over REST, on SQLite and PostgreSQL: CSAT ratings and their rules, the SLA policies (read by all,
edited by admins, used for new tickets), the clock paused and moved through real status changes,
GET /stats for supervisors only, and the trend alert reaching supervisors over the event stream."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from sqlalchemy import select

from desk_app.contract import API_PREFIX
from desk_app.server.models import CsatRating
from tests.helpers import INTEGRATION_KEY, ServiceProcess
from tests.server.desk_api import Desk, EventStream, created, desk_fixture, error, kind_is, ok, parse_time, wait_until


@pytest.fixture(scope="module")
def desk(any_service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(any_service)


def rate(desk: Desk, ticket_id: int, rating: Any, comment: str = "", key: str = INTEGRATION_KEY) -> requests.Response:
    return requests.post(f"{desk.url}{API_PREFIX}/inbound/csat", headers={"X-Integration-Key": key}, timeout=30,
                         json={"ticket_id": ticket_id, "rating": rating, "comment": comment})


def set_status(desk: Desk, ticket_id: int, status: str, who: str = "agent1") -> dict[str, Any]:
    agent = desk.agent(who)
    version = ok(agent.get(f"/tickets/{ticket_id}"))["version"]
    return ok(agent.request("PATCH", f"/tickets/{ticket_id}", json={"version": version, "status": status}))


def customer_writes(desk: Desk, customer_id: int, ticket_id: int) -> None:
    answer = requests.post(f"{desk.url}{API_PREFIX}/inbound/messages", headers={"X-Integration-Key": INTEGRATION_KEY},
                           timeout=30, json={"channel": "email", "customer_id": customer_id, "ticket_id": ticket_id,
                                             "subject": "Re", "body": "Here is what you asked for", "language": "en"})
    assert answer.status_code == 201, answer.text


# --- CSAT -----------------------------------------------------------------------------------------


def test_only_a_resolved_ticket_can_be_rated_and_a_later_rating_replaces(desk: Desk) -> None:
    started = datetime.now(UTC) - timedelta(seconds=1)
    ticket_id = desk.ticket(desk.customer())
    error(rate(desk, ticket_id, 5), 409, "not_resolved")
    error(rate(desk, 2**40, 5), 404, "not_found")
    error(rate(desk, ticket_id, 5, key="wrong"), 401, "integration_key_invalid")
    for bad in (0, 6, "five"):
        error(rate(desk, ticket_id, bad), 422, "validation_error")

    set_status(desk, ticket_id, "resolved")
    first = ok(rate(desk, ticket_id, 2, "Slow, but solved"))
    assert (first["rating"], first["replaced"]) == (2, False)
    second = ok(rate(desk, ticket_id, 4, "My seed is " + " ".join(["abandon"] * 11 + ["about"])))
    assert (second["rating"], second["replaced"]) == (4, True)

    ticket = ok(desk.agent("agent1").get(f"/tickets/{ticket_id}"))
    assert ticket["csat_rating"] == 4 and "abandon abandon" not in ticket["csat_comment"]  # secrets are redacted
    assert parse_time(ticket["csat_rated_at"]) == parse_time(second["rated_at"])
    listed = ok(desk.agent("agent1").get(f"/tickets?q=%23{ticket_id}"))["items"]
    assert [t["csat_rating"] for t in listed] == [4]
    with desk.db.session(write=False) as session:
        rows = session.scalars(select(CsatRating).where(CsatRating.ticket_id == ticket_id)).all()
        assert [(r.rating, r.times_rated) for r in rows] == [(4, 2)]

    figures = ok(desk.agent("super1").get("/stats", params={"since": started.isoformat()}))
    assert figures["csat"]["distribution"][3] >= 1 and figures["csat"]["count"] >= 1
    trail = desk.audit(ticket_id=ticket_id)
    assert [e["details"] for e in trail if e["event"] == "ticket.rated"] == [
        {"rating": 2, "replaced": False}, {"rating": 4, "replaced": True}]


# --- SLA policies ---------------------------------------------------------------------------------


def test_everyone_reads_the_policies_and_only_admins_change_them(desk: Desk) -> None:
    policies = ok(desk.agent("agent1").get("/sla-policies"))
    assert len(policies["policies"]) == 8 and policies["updated_by"] == "demo"  # the demo stores the built-in set
    normal = next(p for p in policies["policies"] if p["priority"] == "normal" and p["vip_tier"] == 0)
    assert (normal["first_response_minutes"], normal["resolution_minutes"]) == (240, 4320)
    body = {"policies": [{k: v for k, v in p.items()} for p in policies["policies"]],
            "business_hours": policies["business_hours"]}
    error(desk.agent("super1").request("PUT", "/sla-policies", json=body), 403, "forbidden")

    missing = {**body, "policies": [p for p in body["policies"] if p["priority"] != "low"]}
    assert error(desk.agent("admin1").request("PUT", "/sla-policies", json=missing), 422,
                 "validation_error")["field"] == "policies"
    for bad in ("Mars/Olympus", "Europe", "../../etc/passwd", "/etc/localtime", "UTC/"):
        zone = {**body, "business_hours": {**body["business_hours"], "timezone": bad}}
        assert error(desk.agent("admin1").request("PUT", "/sla-policies", json=zone), 422,
                     "validation_error")["field"] == "business_hours.timezone"

    changed = [dict(p, first_response_minutes=30) if p["priority"] == "normal" and p["vip_tier"] == 0 else p
               for p in body["policies"]]
    try:
        saved = ok(desk.agent("admin1").request("PUT", "/sla-policies", json={**body, "policies": changed}))
        assert saved["updated_by"] == "admin1"
        ticket = ok(desk.agent("agent1").get(f"/tickets/{desk.ticket(desk.customer())}"))  # tier 0, normal
        due = parse_time(ticket["first_response_due"]) - parse_time(ticket["created_at"])  # type: ignore[operator]
        assert due == timedelta(minutes=30)
    finally:
        ok(desk.agent("admin1").request("PUT", "/sla-policies", json=body))


# --- the clock, through real status changes -------------------------------------------------------


def test_waiting_for_the_customer_pauses_the_clock_and_reopening_moves_it(desk: Desk) -> None:
    customer = desk.customer()
    ticket_id = desk.ticket(customer)
    created(desk.agent("agent1").post(f"/tickets/{ticket_id}/messages", {"body": "Could you send a screenshot?"}))
    before = set_status(desk, ticket_id, "pending_customer")
    assert before["sla_paused_at"] is not None and before["sla_state"] == "met"
    time.sleep(1.2)
    customer_writes(desk, customer, ticket_id)  # the customer answers: open again, the clock runs
    after = ok(desk.agent("agent1").get(f"/tickets/{ticket_id}"))
    assert after["status"] == "open" and after["sla_paused_at"] is None
    moved = parse_time(after["resolution_due"]) - parse_time(before["resolution_due"])  # type: ignore[operator]
    assert timedelta(seconds=1.2) <= moved < timedelta(seconds=30)

    resolved = set_status(desk, ticket_id, "resolved")
    assert resolved["sla_paused_at"] is not None and resolved["sla_state"] == "met"
    time.sleep(1.2)
    reopened = set_status(desk, ticket_id, "open")
    again = parse_time(reopened["resolution_due"]) - parse_time(after["resolution_due"])  # type: ignore[operator]
    assert timedelta(seconds=1.2) <= again < timedelta(seconds=30)
    assert reopened["sla_state"] == "ok"


# --- statistics -----------------------------------------------------------------------------------


def test_stats_are_for_supervisors_and_admins(desk: Desk) -> None:
    for who in ("super1", "admin1"):
        figures = ok(desk.agent(who).get("/stats"))
        assert figures["days"] and figures["agents"] and figures["backlog"]
        assert figures["csat"]["count"] > 0  # the demo's ratings of the last seven days
    for who in ("agent1", "secops1"):
        error(desk.agent(who).get("/stats"), 403, "forbidden")
    now = datetime.now(UTC)
    for params, field in (({"since": now.isoformat(), "until": (now - timedelta(days=1)).isoformat()}, "since"),
                          ({"since": "2026-01-01T00:00:00"}, "since"),
                          ({"since": (now - timedelta(days=500)).isoformat()}, "since"),
                          ({"until": "0001-01-01T00:00:00Z"}, "until"),
                          ({"since": "9999-12-31T23:59:59Z"}, "since")):
        assert error(desk.agent("super1").get("/stats", params=params), 422, "validation_error")["field"] == field


def test_the_demo_burst_raises_a_trend_alert_for_supervisors_only(desk: Desk) -> None:
    supervisor, agent = desk.agent("super1"), desk.agent("agent1")
    alerts = wait_until(lambda: ok(supervisor.get("/stats"))["alerts"], timeout=20, what="a trend alert")
    assert alerts[0]["category"] == "deposit_withdrawal" and alerts[0]["count"] >= 8 and alerts[0]["ticket_ids"]
    with EventStream(desk.url, supervisor.token, last_event_id=0) as stream:
        event = stream.next(kind_is("stats.trend_alert"), timeout=10)
        assert event["data"]["data"]["category"] == "deposit_withdrawal"
        assert event["data"]["data"]["ticket_ids"] == alerts[0]["ticket_ids"]
    later = desk.ticket(desk.customer())  # its event comes after the alert's: once it arrives, the replay passed
    with EventStream(desk.url, agent.token, last_event_id=0) as stream:
        seen = []
        stream.next(lambda e: seen.append(e["event"]) or e["event"] == "ticket.created"
                    and e["data"]["ticket_id"] == later, timeout=10)
        assert "stats.trend_alert" not in seen


def test_bulk_changes_and_merges_stop_the_clock_too(desk: Desk) -> None:
    customer = desk.customer()
    first, second = desk.ticket(customer), desk.ticket(customer, subject="The same problem again")
    agent = desk.agent("agent1")
    version = ok(agent.get(f"/tickets/{first}"))["version"]
    bulk = ok(agent.post("/tickets/bulk", {"tickets": [{"id": first, "version": version}],
                                           "changes": {"status": "pending_customer"}}))
    assert bulk["changed"] == 1 and bulk["tickets"][0]["sla_paused_at"] is not None
    merged = ok(agent.post(f"/tickets/{second}/merge", {"into": first}))
    assert merged["merged"]["status"] == "closed" and merged["merged"]["sla_paused_at"] is not None
