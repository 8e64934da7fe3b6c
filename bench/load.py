"""The load figure (#7) and the load test of #6: simulated agents against PostgreSQL through Locust, then a count
in the database that no acknowledged write was lost or duplicated and that the audit chain still verifies."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from bench.core import FigureResult, Series
from bench.dataset import LOAD_AGENTS, Dataset, login_many, role_of
from desk_app.server import audit
from desk_app.server.models import ActionRequest, Agent, AuditLog, Message, Ticket
from tests.helpers import ServiceProcess

LOCUSTFILE = Path(__file__).with_name("locustfile.py")
P95_MS = 100.0
FLOOR_SECONDS = 15.0


def _locust(url: str, users: int, seconds: float, user_classes: list[str], env: dict[str, str],
            out: Path, top_ticket: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless", "--only-summary",
               "--users", str(users), "--spawn-rate", str(max(1, users // 5)), "--run-time", f"{int(seconds)}s",
               "--stop-timeout", "10", "--host", url, "--loglevel", "WARNING", "--exit-code-on-error", "0",
               "--top-ticket", str(top_ticket), *user_classes]
    done = subprocess.run(command, env={**os.environ, **env, "DESK_BENCH_LOAD_OUT": str(out)},
                          capture_output=True, text=True, timeout=seconds + 120)
    if not out.exists():
        raise RuntimeError(f"locust wrote no results (exit {done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(out.read_text())
    return result


def _all_samples(raw: dict[str, Any]) -> list[float]:
    return [s for samples in raw["samples"].values() for s in samples]


def _server_errors(raw: dict[str, Any]) -> int:
    return sum(n for codes in raw["statuses"].values() for code, n in codes.items() if int(code) >= 500)


def _unexpected(raw: dict[str, Any]) -> int:
    return sum(n for codes in raw["statuses"].values() for code, n in codes.items()
               if int(code) == 0 or (int(code) >= 400 and int(code) != 409))


def count_writes(url: str, run: str, raw: dict[str, Any], since: Any) -> dict[str, Any]:
    """What the database holds of this run's writes, beside what the service acknowledged."""
    engine = create_engine(url)
    acked = raw["acked"]
    try:
        with Session(engine) as session:
            bodies = session.scalars(select(Message.body).where(Message.body.like(f"bench-load {run} %"))).all()
            marks = [b.split(":", 1)[0] for b in bodies]
            bench_ids = select(Agent.id).where(Agent.username.like("bench%"))
            requests_ = set(session.scalars(select(ActionRequest.id).where(
                ActionRequest.reason.like(f"bench-load {run}%"), ActionRequest.requested_by.in_(bench_ids))))
            approved = set(session.scalars(select(ActionRequest.id).where(
                ActionRequest.reason.like(f"bench-load {run}%"), ActionRequest.status.in_(["executed", "failed"]))))
            updates = session.scalar(select(func.count()).where(
                AuditLog.event == "ticket.updated", AuditLog.actor.like("bench%"), AuditLog.at >= since)) or 0
            chain = audit.verify(session)
            tickets = session.scalar(select(func.count()).select_from(Ticket)) or 0
    finally:
        engine.dispose()
    replies = set(acked.get("replies", []))
    return {
        "replies": {"acknowledged": len(acked.get("replies", [])), "stored": len(marks),
                    "lost": len(replies - set(marks)), "duplicated": len(marks) - len(set(marks)),
                    "stored_unacknowledged": len(set(marks) - replies)},
        "updates": {"acknowledged": len(acked.get("updates", [])), "audited": updates,
                    "lost": max(0, len(acked.get("updates", [])) - updates),
                    "duplicated": max(0, updates - len(acked.get("updates", [])))},
        "action_requests": {"acknowledged": len(acked.get("requests", [])), "stored": len(requests_),
                            "lost": len(set(acked.get("requests", [])) - requests_),
                            "duplicated": len(acked.get("requests", [])) - len(set(acked.get("requests", [])))},
        "approvals": {"acknowledged": len(acked.get("approvals", [])), "decided": len(approved),
                      "lost": len(set(acked.get("approvals", [])) - approved),
                      "duplicated": len(acked.get("approvals", [])) - len(set(acked.get("approvals", [])))},
        "audit_chain": {"ok": chain.ok, "checked": chain.checked, "first_bad_id": chain.first_bad_id},
        "tickets": tickets,
    }


def run(service: ServiceProcess, data: Dataset, users: int, seconds: float, workdir: Path,
        workers: int = 1) -> FigureResult:
    """Mixed load, then the empty-endpoint floor at the same pace (the same service processes), then the count in
    the database."""
    from desk_app.server.models import utcnow

    result = FigureResult("load (postgres)")
    workdir.mkdir(parents=True, exist_ok=True)
    names = [f"bench{i:03d}" for i in range(min(users, LOAD_AGENTS))]
    tokens: dict[str, dict[str, str]] = {}
    for name, token in login_many(service.url, names).items():
        tokens.setdefault(role_of(int(name[5:])).value, {})[name] = token
    run_id = uuid.uuid4().hex[:8]
    env = {"DESK_BENCH_RUN": run_id, "DESK_BENCH_TOKENS": json.dumps(tokens),
           "DESK_BENCH_CUSTOMERS": str(min(1000, max(10, data.tickets // 4)))}
    since = utcnow()
    started = time.monotonic()
    raw = _locust(service.url, users, seconds, ["Agent", "Security", "Supervisor"], env, workdir / "mixed.json",
                  data.long_ticket_id)
    elapsed = time.monotonic() - started
    floor = _locust(service.url, users, min(seconds, FLOOR_SECONDS), ["Floor"], env, workdir / "floor.json",
                    data.long_ticket_id)
    mixed, empty = Series("all requests", _all_samples(raw)), Series("empty endpoint", _all_samples(floor))
    result.add(mixed)
    result.add(empty)
    for name, samples in raw["samples"].items():
        result.add(Series(name, samples))
    throughput = len(mixed.samples) / seconds
    floor_throughput = len(empty.samples) / min(seconds, FLOOR_SECONDS)
    counts = count_writes(data.url, run_id, raw, since)
    result.info = {"users": users, "seconds": seconds, "service_workers": workers, "wall_seconds": round(elapsed, 1),
                   "statuses": raw["statuses"],
                   "failures": raw["failures"][:20], "writes": counts, "floor_statuses": floor["statuses"]}
    result.check("errors (5xx, refused, unanswered)", _unexpected(raw), 0, unit="")
    result.check("5xx", _server_errors(raw), 0, unit="")
    result.check("all requests p95", mixed.p95, P95_MS, floor=empty.p95)
    result.check("throughput", throughput, None, unit="req/s", floor=floor_throughput)
    lost = sum(v.get("lost", 0) for v in counts.values() if isinstance(v, dict))
    duplicated = sum(v.get("duplicated", 0) for v in counts.values() if isinstance(v, dict))
    result.check("writes lost (counted in the database)", lost, 0, unit="")
    result.check("writes duplicated", duplicated, 0, unit="")
    result.check("audit chain verifies (1 = yes)", 1 if counts["audit_chain"]["ok"] else 0, 1, unit="",
                 higher_is_better=True)
    return result
