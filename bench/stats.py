"""#10's figure: the supervisor's statistics (`GET /stats`) at desk scale, beside the aggregates computed cold.

The dashboard asks for a standard period (the last 24 hours, 7, 30 or 90 days); the service keeps those
computed in the background (server/stats_cache.py), so the figure that a supervisor feels is the p95 of
`GET /stats` for the last 7 days while the desk is running. Any other period is computed on request from
the rollups (server/rollups.py): measured here for the last 3 days and the last 399 days (the API allows
400), both held to the same 200 ms; beside them, `stats.compute` for 7 days straight on the database
(each background refresh).
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import requests

from bench import dataset
from bench.core import FigureResult, Series, timed
from bench.service import Desk, signed_in
from desk_app.contract import API_PREFIX, Role
from desk_app.server import stats
from desk_app.server.db import Database
from desk_app.server.models import utcnow

STATS_P95_MS = 200.0
WARM_TIMEOUT = 600.0  # seconds for the first (cold) answer of a big desk
COLD_REPEAT = 3  # stats.compute straight on the database, without the service: a few are enough
ON_REQUEST_REPEAT = 20  # periods computed on request (from the rollups)


def _get(http: requests.Session, base_url: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    response = http.get(f"{base_url}{API_PREFIX}/stats", params=params, timeout=WARM_TIMEOUT)
    if response.status_code != 200:
        raise RuntimeError(f"GET /stats {params}: {response.status_code} {response.text[:200]}")
    result: dict[str, Any] = response.json()
    return result


def _cold(url: str, days: int) -> Series:
    """stats.compute for the last `days` days straight on the database: no HTTP, no cache."""
    db = Database.connect(url)
    try:
        def once() -> None:
            with db.session(write=False) as session:
                now = utcnow()
                stats.compute(session, now - timedelta(days=days), now, now)

        return timed(once, COLD_REPEAT, warmup=1)
    finally:
        db.dispose()


def supervisor_stats(desk: Desk, label: str) -> FigureResult:
    """p50/p95 of GET /stats for the last 7 days as the dashboard asks, beside the cold aggregates."""
    result = FigureResult(f"supervisor stats ({label})")
    token = dataset.login(desk.base_url, desk.dataset.spare_agent(Role.supervisor))["access_token"]
    http = signed_in(desk.base_url, token)
    started = time.perf_counter()
    first = _get(http, desk.base_url)  # the first answer fills this process's copy of the 7-day figures
    result.info["first answer ms (cold)"] = round((time.perf_counter() - started) * 1000, 1)
    result.info["tickets opened in the 7 days"] = sum(d["opened"] for d in first["days"])
    result.info["backlog"] = sum(b["count"] for b in first["backlog"])
    warm = result.add(timed(lambda: _get(http, desk.base_url), desk.repeat), "GET /stats (last 7 days)")
    odd = result.add(timed(lambda: _get(http, desk.base_url, {"since": (utcnow() - timedelta(days=3)).isoformat()}),
                           ON_REQUEST_REPEAT, warmup=1), "GET /stats (last 3 days: computed on request)")
    longest = result.add(timed(lambda: _get(http, desk.base_url,
                                            {"since": (utcnow() - timedelta(days=399)).isoformat()}),
                               ON_REQUEST_REPEAT, warmup=1), "GET /stats (last 399 days: computed on request)")
    cold = result.add(_cold(desk.dataset.url, 7), "stats.compute, last 7 days (a background refresh)")
    result.check("GET /stats, last 7 days, p95", warm.p95, STATS_P95_MS, floor=cold.p50)
    result.check("odd period (3 days), computed on request, p50", odd.p50, STATS_P95_MS)
    result.check("longest period (399 days), computed on request, p50", longest.p50, STATS_P95_MS)
    result.check("cold aggregates for 7 days, p50 (each background refresh)", cold.p50, None)
    return result
