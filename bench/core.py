"""What every bench shares: samples and their statistics, figures against targets, the table, the JSON."""

from __future__ import annotations

import json
import math
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results"


def percentile(samples: list[float], pct: float) -> float:
    """The pct-th percentile by the nearest-rank method (no interpolation: a value that was measured)."""
    if not samples:
        return math.nan
    ordered = sorted(samples)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Series:
    """Raw samples of one measurement, in milliseconds (or the unit given)."""

    name: str
    samples: list[float] = field(default_factory=list)
    unit: str = "ms"

    @property
    def p50(self) -> float:
        return statistics.median(self.samples) if self.samples else math.nan

    @property
    def p95(self) -> float:
        return percentile(self.samples, 95)

    @property
    def max(self) -> float:
        return max(self.samples) if self.samples else math.nan

    def summary(self) -> dict[str, Any]:
        return {"unit": self.unit, "n": len(self.samples), "p50": self.p50, "p95": self.p95, "max": self.max,
                "samples": [round(s, 3) for s in self.samples]}


def timed(fn: Callable[[], object], repeat: int, warmup: int = 3) -> Series:
    """fn called warmup + repeat times; the wall time of the last repeat calls, in ms."""
    for _ in range(warmup):
        fn()
    series = Series("")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        series.samples.append((time.perf_counter() - start) * 1000)
    return series


@contextmanager
def stopwatch() -> Iterator[list[float]]:
    """Yields a list that holds the elapsed milliseconds once the block ends."""
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append((time.perf_counter() - start) * 1000)


@dataclass
class Check:
    """One line of the table: a measured value beside its target (and its floor, where there is one)."""

    figure: str
    what: str
    value: float
    target: float | None
    unit: str = "ms"
    floor: float | None = None  # the same work without the desk around it, measured in the same run
    higher_is_better: bool = False

    @property
    def met(self) -> bool | None:
        if self.target is None or math.isnan(self.value):
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target


@dataclass
class FigureResult:
    """Everything one figure measured: checks for the table, raw series and notes for the JSON."""

    name: str
    checks: list[Check] = field(default_factory=list)
    series: dict[str, Series] = field(default_factory=dict)
    info: dict[str, Any] = field(default_factory=dict)
    error: str = ""

    def add(self, series: Series, name: str | None = None) -> Series:
        self.series[name or series.name] = series
        series.name = name or series.name
        return series

    def check(self, what: str, value: float, target: float | None, **kwargs: Any) -> Check:
        item = Check(self.name, what, value, target, **kwargs)
        self.checks.append(item)
        return item

    def to_json(self) -> dict[str, Any]:
        return {"checks": [asdict(c) | {"met": c.met} for c in self.checks],
                "series": {k: v.summary() for k, v in self.series.items()}, "info": self.info, "error": self.error}


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if math.isnan(value):
        return "n/a"
    if unit in ("ms", "MB", "req/s"):
        return f"{value:,.1f} {unit}"
    if unit in ("x", "s"):
        return f"{value:.2f} {unit}"
    return f"{value:,.0f} {unit}".rstrip()


def table(results: list[FigureResult]) -> str:
    """The printed table: figure, measurement, value, target, floor, verdict."""
    rows = [("figure", "measurement", "value", "target", "floor", "")]
    for result in results:
        if result.error:
            rows.append((result.name, "FAILED: " + result.error.splitlines()[0][:70], "", "", "", "ERROR"))
        for c in result.checks:
            target = "-" if c.target is None else ("≥ " if c.higher_is_better else "≤ ") + _fmt(c.target, c.unit)
            verdict = {True: "ok", False: "MISSED", None: ""}[c.met]
            rows.append((c.figure, c.what, _fmt(c.value, c.unit), target, _fmt(c.floor, c.unit), verdict))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def write_json(results: list[FigureResult], machine: dict[str, Any], options: dict[str, Any],
               out: Path | None) -> Path:
    """bench/results/<timestamp>.json (gitignored), and a copy at out if given."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    document = {"when": stamp, "command": sys.argv, "options": options, "machine": machine,
                "figures": {r.name: r.to_json() for r in results}}
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{stamp}.json"
    text = json.dumps(document, indent=1, default=str)
    path.write_text(text)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text)
    return path


def machine(postgres_version: str | None) -> dict[str, Any]:
    """CPU model and count, RAM, OS, Python, Qt, SQLite and PostgreSQL versions."""
    import sqlite3

    import psutil

    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        from PySide6 import __version__ as pyside
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()}, PySide6 {pyside}"
    except ImportError:
        qt = "not installed"
    ram = round(psutil.virtual_memory().total / 2**30, 1)
    return {"cpu": cpu, "cpus": psutil.cpu_count(logical=True), "ram_gb": ram,
            "load_average": list(psutil.getloadavg()), "os": platform.platform(), "python": sys.version.split()[0],
            "qt": qt, "sqlite": sqlite3.sqlite_version, "postgresql": postgres_version or "not used",
            "note": "a shared machine: other engineers' builds and tests run beside the bench"}
