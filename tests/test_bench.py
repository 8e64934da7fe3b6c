"""`python -m bench --quick`: every figure of #7 and the load test of #6 run once on a small desk and report.

No timing is asserted (the bench command gives the figures); what is asserted is that each bench measured
what it says, and the load test's correctness: no error, no lost or duplicated write, a verifying audit chain.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench import core
from tests.helpers import postgres_server_url

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.timeout(1500)]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if postgres_server_url() is None:
        pytest.skip("needs DESK_TEST_POSTGRES_URL (`./dev test` starts a PostgreSQL for the run)")
    out = tmp_path_factory.mktemp("bench") / "quick.json"
    env = {**os.environ, "XDG_CACHE_HOME": str(out.parent / "cache")}  # its own dataset cache
    done = subprocess.run([sys.executable, "-m", "bench", "--quick", "--load-users", "20", "--load-seconds", "10",
                           "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200)
    assert out.exists(), f"no report (exit {done.returncode}):\n{done.stderr[-4000:]}"
    document: dict[str, Any] = json.loads(out.read_text())
    document["stdout"] = done.stdout
    return document


def figure(report: dict[str, Any], name: str) -> dict[str, Any]:
    assert name in report["figures"], sorted(report["figures"])
    found: dict[str, Any] = report["figures"][name]
    assert not found["error"], found["error"]
    return found


def values(found: dict[str, Any]) -> dict[str, float]:
    return {c["what"]: c["value"] for c in found["checks"]}


def test_the_table_shows_every_figure_beside_its_target(report: dict[str, Any]) -> None:
    table = report["stdout"]
    for name in ("ticket list (sqlite)", "ticket list (postgres)", "open ticket (sqlite)", "open ticket (postgres)",
                 "cold start", "scroll a big inbox", "GUI never stalls", "push latency (sqlite)",
                 "push latency (postgres)", "load (postgres)"):
        assert name in table
        assert all(math.isfinite(v) for v in values(figure(report, name)).values()), name
    machine = report["machine"]
    assert machine["cpus"] >= 1 and machine["sqlite"] and machine["postgresql"] != "not used" and machine["qt"]


def test_ticket_lists_return_pages_and_have_a_floor(report: dict[str, Any]) -> None:
    for backend in ("sqlite", "postgres"):
        found = figure(report, f"ticket list ({backend})")
        assert found["info"]["first page: rows"] == 50
        assert any(k.endswith("deep: rows") and v == 50 for k, v in found["info"].items())
        assert found["series"]["first page: raw SQL"]["n"] == report["options"]["repeat"]
        assert all(c["floor"] is not None for c in found["checks"] if c["what"].endswith(" p95"))


def test_open_ticket_reads_fifty_messages(report: dict[str, Any]) -> None:
    for backend in ("sqlite", "postgres"):
        assert figure(report, f"open ticket ({backend})")["info"]["messages"] == 50


def test_gui_figures_measured_the_real_workstation(report: dict[str, Any]) -> None:
    cold = figure(report, "cold start")
    assert cold["series"]["desk-app to first inbox page"]["n"] >= 1
    assert cold["series"]["bare PySide6 window"]["n"] >= 1
    scroll = figure(report, "scroll a big inbox")
    assert scroll["info"]["rows"] >= report["options"]["scroll_rows"]
    stalls = figure(report, "GUI never stalls")
    assert stalls["info"]["calls_ok"] == 200 and stalls["info"]["reply_ok"]
    assert stalls["info"]["events_heard"] >= 1000
    for backend in ("sqlite", "postgres"):
        push = figure(report, f"push latency ({backend})")
        assert push["info"]["heard"] == push["info"]["sent"] > 0


def test_load_has_no_errors_and_loses_or_duplicates_no_write(report: dict[str, Any]) -> None:
    load = figure(report, "load (postgres)")
    measured = values(load)
    assert measured["errors (5xx, refused, unanswered)"] == 0, load["info"]["failures"]
    assert measured["5xx"] == 0
    writes = load["info"]["writes"]
    for kind in ("replies", "updates", "action_requests", "approvals"):
        assert writes[kind]["lost"] == 0 and writes[kind]["duplicated"] == 0, (kind, writes[kind])
    assert writes["replies"]["acknowledged"] > 0 and writes["action_requests"]["acknowledged"] > 0
    assert writes["replies"]["stored"] == writes["replies"]["acknowledged"]
    assert writes["audit_chain"]["ok"] and writes["audit_chain"]["checked"] > 0
    assert measured["throughput"] > 0


def test_percentile_and_verdicts() -> None:
    assert core.percentile([5.0, 1.0, 3.0, 2.0, 4.0], 95) == 5.0
    assert core.percentile([5.0, 1.0, 3.0, 2.0, 4.0], 50) == 3.0
    assert core.Check("f", "w", 10.0, 15.0).met is True
    assert core.Check("f", "w", 20.0, 15.0).met is False
    assert core.Check("f", "w", 2.0, 1.0, higher_is_better=True).met is True
    result = core.FigureResult("f")
    result.check("w", 20.0, 15.0, floor=1.0)
    assert "MISSED" in core.table([result])
