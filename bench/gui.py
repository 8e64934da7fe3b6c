"""GUI figures: each run measures a fresh workstation process (the real `desk-app`, or bench/probe.py over the real
models and windows) against the running service, offscreen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.core import FigureResult, Series
from bench.dataset import Dataset, login
from desk_app.contract import Role

COLD_START_S = 0.8
COLD_START_RATIO = 5.0
SCROLL_RSS_MB = 120.0
FETCH_BLOCK_MS = 16.0
STALL_MS = 50.0
PUSH_P95_MS = 300.0


@dataclass
class GuiRun:
    """What the GUI figures need: the service, its dataset, a scratch directory, the scroll size."""

    base_url: str
    dataset: Dataset
    workdir: Path
    scroll_rows: int
    cold_starts: int = 5

    def figure(self, name: str, label: str = "") -> FigureResult:
        self.workdir.mkdir(parents=True, exist_ok=True)
        return {"cold-start": self.cold_start, "scroll": self.scroll, "stalls": self.stalls,
                "push": lambda: self.push(label)}[name]()

    def _env(self, config: dict[str, Any]) -> dict[str, str]:
        return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_BENCH_PROBE": json.dumps(config)}

    def _probe(self, figure: str, config: dict[str, Any], timeout: float = 900) -> dict[str, Any]:
        config = {"url": self.base_url, "workdir": str(self.workdir), **config}
        done = subprocess.run([sys.executable, "-m", "bench.probe", figure], env=self._env(config),
                              capture_output=True, text=True, timeout=timeout)
        for line in done.stdout.splitlines():
            if line.startswith("BENCH-RESULT "):
                result: dict[str, Any] = json.loads(line.removeprefix("BENCH-RESULT "))
                return result
        raise RuntimeError(f"probe {figure} failed (exit {done.returncode}): {done.stderr[-3000:]}")

    def _tokens(self, role: Role) -> dict[str, Any]:
        return login(self.base_url, self.dataset.spare_agent(role))

    # --- cold start -------------------------------------------------------------------------------------

    def cold_start(self) -> FigureResult:
        """`desk-app --server URL`, signed in from the keyring: process start to the first inbox page painted."""
        from desk_app.client import ApiClient, Tokens
        from desk_app.contract import LoginResponse
        from desk_app.credentials import CredentialStore

        result = FigureResult("cold start")
        response = self._tokens(Role.agent)
        username = response["agent"]["username"]
        server = ApiClient(self.base_url).base_url
        store = CredentialStore()
        if not store.is_secure():
            raise RuntimeError(f"no secure keyring here ({store.insecure_reason}); run under `python -m bench`, "
                               "which starts its own")
        store.save(server, username, Tokens.from_login(LoginResponse.model_validate(response)))
        config_home = self.workdir / "config"
        (config_home / "desk_app").mkdir(parents=True, exist_ok=True)
        (config_home / "desk_app" / "desk-app.conf").write_text(
            f"[signin]\nserver={server}\nusername={username}\n")
        # An installed workstation has its modules compiled (.pyc); where PYTHONDONTWRITEBYTECODE is set (as on
        # the shared machines) every start would compile ~130 modules from source first. The starts keep their
        # bytecode under the bench's scratch directory (PYTHONPYCACHEPREFIX), and one unmeasured start of each
        # writes it.
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config_home),
               "XDG_DATA_HOME": str(self.workdir / "data"), "DESK_REPORT_FIRST_PAINT": "1",
               "PYTHONPYCACHEPREFIX": str(self.workdir / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        desk, bare = Series("desk-app to first inbox page"), Series("bare PySide6 window")
        # CPU time of each whole process (to its exit, just after the paint): steadier than wall time on a
        # shared machine, where the wall time also measures what else runs
        cpu = {id(desk): Series("desk-app CPU time (user + system)"), id(bare): Series("bare window CPU time")}
        for run in range(self.cold_starts + 1):
            for series, command in ((desk, [sys.executable, "-m", "desk_app.app", "--server", server]),
                                    (bare, [sys.executable, "-m", "bench.probe", "bare"])):
                started, used = time.time(), _children_cpu()
                try:
                    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=90)
                except subprocess.TimeoutExpired as exc:
                    raise RuntimeError(f"{command[2]} painted no inbox within 90 s: {exc.stderr!r:.2000}") from None
                painted = _painted_at(done.stdout)
                if painted is None:
                    raise RuntimeError(f"{command[2]} never painted (exit {done.returncode}): {done.stderr[-2000:]}")
                if run:  # the first start of each only wrote the bytecode
                    series.samples.append((painted - started) * 1000)
                    cpu[id(series)].samples.append((_children_cpu() - used) * 1000)
        for series in (desk, bare, *cpu.values()):
            result.add(series)
        result.check("process start to first inbox page (p50)", desk.p50 / 1000, COLD_START_S, unit="s",
                     floor=bare.p50 / 1000)
        result.check("desk-app p50 / bare window p50", desk.p50 / bare.p50, COLD_START_RATIO, unit="x")
        desk_cpu, bare_cpu = cpu[id(desk)], cpu[id(bare)]
        result.check("CPU time, desk-app p50 / bare window p50", desk_cpu.p50 / bare_cpu.p50, None, unit="x")
        return result

    # --- scrolling, stalls, push ------------------------------------------------------------------------

    def scroll(self) -> FigureResult:
        result = FigureResult("scroll a big inbox")
        raw = self._probe("scroll", {"tokens": self._tokens(Role.agent), "rows": self.scroll_rows})
        handling = result.add(Series("GUI-thread work per fetch (fetchMore, page arrival)",
                                     raw.pop("page_handling_ms")))
        gaps = result.add(Series("heartbeat gaps", raw.pop("heartbeat_gaps_ms")))
        paint = result.add(Series("layout and repaint after each page", raw.pop("repaint_ms")))
        result.info = raw
        result.check(f"RSS growth over {raw['rows']:,} rows", raw["rss_growth_mb"], SCROLL_RSS_MB, unit="MB")
        result.check("longest GUI-thread block per fetch", handling.max, FETCH_BLOCK_MS)
        result.check("layout + repaint after a page, p50 (painting, not fetching)", paint.p50, None)
        result.check("longest heartbeat gap while scrolling", gaps.max, None)
        return result

    def stalls(self) -> FigureResult:
        result = FigureResult("GUI never stalls")
        burster = self._tokens(Role.agent)["access_token"]
        config = {"tokens": self._tokens(Role.agent), "ticket_id": self.dataset.long_ticket_id, "burster": burster,
                  "burst_tickets": [self.dataset.long_ticket_id - i for i in range(1, 21)]}
        raw = self._probe("stalls", config)
        gaps = result.add(Series("heartbeat gaps (5 ms timer)", raw.pop("heartbeat_gaps_ms")))
        result.info = raw
        if raw["calls_ok"] != 200 or not raw["reply_ok"] or raw["events_heard"] < 1000:
            result.error = f"the workload did not complete: {raw}"
        result.check("longest stall (200 calls, a reply, 1,000 events)", gaps.max, STALL_MS)
        result.check("heartbeat gap p99", _p99(gaps.samples), None)
        return result

    def push(self, label: str) -> FigureResult:
        result = FigureResult(f"push latency ({label})")
        requester = self._tokens(Role.security_agent)["access_token"]
        repeat = 20
        customers = list(range(1, 1 + repeat))
        raw = self._probe("push", {"tokens": self._tokens(Role.supervisor), "requester": requester,
                                   "repeat": repeat, "customers": customers})
        series = result.add(Series("request to supervisor's notification", raw["latencies_ms"]))
        result.info = {"sent": raw["sent"], "heard": len(raw["latencies_ms"])}
        if len(raw["latencies_ms"]) < raw["sent"]:
            result.error = f"{raw['sent'] - len(raw['latencies_ms'])} of {raw['sent']} requests were never announced"
        result.check("request → notification p95", series.p95, PUSH_P95_MS)
        return result


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _painted_at(stdout: str) -> float | None:
    for line in stdout.splitlines():
        if line.startswith("desk-first-inbox-page-painted "):
            return float(line.split()[1])
        if line.startswith("BENCH-RESULT "):
            return float(json.loads(line.removeprefix("BENCH-RESULT "))["painted_at"])
    return None


def _p99(samples: list[float]) -> float:
    from bench.core import percentile

    return percentile(samples, 99)
