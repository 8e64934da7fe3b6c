"""The GUI side of the bench, one figure per process: `python -m bench.probe FIGURE` with its settings (service
URL, tokens) as JSON in DESK_BENCH_PROBE. Prints one JSON line. Offscreen Qt, the real models and windows."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psutil
import requests

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

CONFIG: dict[str, Any] = json.loads(os.environ.get("DESK_BENCH_PROBE", "{}"))
API = "/api/v1"


class Heartbeat(QObject):
    """A 5 ms timer on the GUI thread; every gap longer than that is time the GUI thread could not answer."""

    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self.gaps: list[float] = []
        # the gaps over 30 ms: (seconds since start, gap ms, ms of it the GUI thread spent on the CPU, ms it spent
        # ready but waiting for a CPU (the kernel's run queue; None where /proc has no schedstat)); the rest of
        # such a gap it was blocked: waiting for the GIL (or idle in the event loop)
        self.long: list[tuple[float, float, float, float | None]] = []
        self.started = time.perf_counter()
        self.cpu = time.thread_time()
        self._schedstat = Path(f"/proc/self/task/{threading.get_native_id()}/schedstat")
        self.queued = self._run_queue_ns()
        self.clock = QElapsedTimer()
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self._beat)

    def _run_queue_ns(self) -> int | None:
        try:
            return int(self._schedstat.read_text().split()[1])
        except (OSError, IndexError, ValueError):
            return None

    def start(self) -> None:
        self.started, self.cpu, self.queued = time.perf_counter(), time.thread_time(), self._run_queue_ns()
        self.clock.start()
        self.timer.start()

    def _beat(self) -> None:
        gap, cpu, queued = self.clock.nsecsElapsed() / 1e6, time.thread_time(), self._run_queue_ns()
        self.gaps.append(gap)
        if gap > 30:
            waited = None if queued is None or self.queued is None else round((queued - self.queued) / 1e6, 1)
            self.long.append((round(time.perf_counter() - self.started, 3), round(gap, 1),
                              round((cpu - self.cpu) * 1000, 1), waited))
        self.cpu, self.queued = cpu, queued
        self.clock.restart()

    def stop(self) -> list[float]:
        self.timer.stop()
        return self.gaps


def wait_until(app: QApplication, condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.001)
    return True


def context(app: QApplication, tokens: dict[str, Any]) -> Any:
    """A signed-in DeskContext as Session._enter builds it: client, task runner, event bus (not yet started)."""
    from desk_app.client import ApiClient, Tokens
    from desk_app.client.events import EventStream
    from desk_app.contract import AgentOut
    from desk_app.ui.common.context import DeskContext
    from desk_app.ui.common.events import EventBus
    from desk_app.ui.common.session import DeskTasks

    client = ApiClient(CONFIG["url"])
    client.set_tokens(Tokens(tokens["access_token"], tokens["refresh_token"],
                             datetime.now(UTC) + timedelta(seconds=tokens["expires_in"])))
    tasks = DeskTasks(parent=app)  # on Qt's global pool, one thread per CPU, as desk_app.app makes it
    events = EventBus(EventStream(client).run_forever, app)
    return DeskContext(client=client, tasks=tasks, events=events, agent=AgentOut.model_validate(tokens["agent"]),
                       server_url=client.base_url)


def freeze_start_up() -> None:
    from desk_app.ui.common.gc_tuning import freeze_start_up as freeze

    freeze()


def main_window(ctx: Any, page_size: int | None = None) -> Any:
    """The real main window, on its "All tickets" view (bench agents have none assigned)."""
    from desk_app.contract import View
    from desk_app.ui.common.settings import DeskSettings
    from desk_app.ui.main_window import MainWindow

    ini = Path(CONFIG["workdir"]) / f"probe-{os.getpid()}.ini"
    window = MainWindow(ctx, DeskSettings(QSettings(str(ini), QSettings.Format.IniFormat)), None, page_size=page_size)
    window.resize(1400, 900)
    window.show()
    window.tabs.setCurrentWidget(window.views[View.all])
    window.last_inbox = window.views[View.all]
    return window


# --- figures ------------------------------------------------------------------------------------------


def bare(app: QApplication) -> dict[str, Any]:
    """A bare PySide6 window: the floor of cold start. Prints the wall time of its first paint."""
    widget = QWidget()
    painted: list[float] = []

    class First(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
            return False

    watcher = First()
    widget.installEventFilter(watcher)
    widget.resize(400, 300)
    widget.show()
    wait_until(app, lambda: bool(painted), 30)
    return {"painted_at": painted[0]}


def scroll(app: QApplication) -> dict[str, Any]:
    """Scroll the real inbox (MainWindow's first view) until `rows` are loaded; RSS growth and the GUI thread's
    longest piece of work per arriving page."""
    from PySide6.QtCore import QModelIndex

    ctx = context(app, CONFIG["tokens"])
    window = main_window(ctx)
    inbox = window.last_inbox
    model, table = inbox.model, inbox.table
    handling: list[float] = []
    painting: list[float] = []
    original = model._page_arrived

    def timed_arrival(generation: int, page: Any) -> None:
        """The GUI thread's share of one fetch (rows in, the view told); then, apart, the repaint it causes."""
        start = time.perf_counter()
        original(generation, page)
        handling.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        app.sendPostedEvents()  # layout and update requests
        table.viewport().repaint()
        painting.append((time.perf_counter() - start) * 1000)

    model._page_arrived = timed_arrival  # type: ignore[method-assign]
    inbox.load()
    wait_until(app, lambda: model.rowCount() > 0, 60)
    freeze_start_up()  # as desk_app.app does once the first page is in
    rss_start = psutil.Process().memory_info().rss
    beat = Heartbeat()
    beat.start()
    rows, started = CONFIG["rows"], time.perf_counter()
    while model.rowCount() < rows and not model.exhausted and not model.error:
        table.scrollToBottom()  # the view asks canFetchMore/fetchMore as an agent's scrolling would
        if model.canFetchMore(QModelIndex()):
            start = time.perf_counter()  # starting a fetch must return at once (the request runs on a worker)
            model.fetchMore(QModelIndex())  # (not wrapped: a Python callable put over a C++ virtual crashed PySide)
            handling.append((time.perf_counter() - start) * 1000)
        before = model.rowCount()
        wait_until(app, lambda b=before: model.rowCount() > b or model.exhausted or bool(model.error), 60)
    elapsed = time.perf_counter() - started
    gaps = beat.stop()
    rss_end = psutil.Process().memory_info().rss
    result = {"rows": model.rowCount(), "seconds": elapsed, "rss_start_mb": rss_start / 2**20,
              "rss_end_mb": rss_end / 2**20, "rss_growth_mb": (rss_end - rss_start) / 2**20,
              "page_handling_ms": handling, "repaint_ms": painting, "heartbeat_gaps_ms": gaps, "error": model.error,
              "page_size": model.page_size}
    close(window, ctx)
    return result


def stalls(app: QApplication) -> dict[str, Any]:
    """The heartbeat while 200 API calls run at once, a reply is sent and 1,000 events arrive."""
    ctx = context(app, CONFIG["tokens"])
    window = main_window(ctx)
    ctx.events.start()
    window.last_inbox.load()
    wait_until(app, lambda: window.last_inbox.model.rowCount() > 0, 60)
    freeze_start_up()  # as desk_app.app does once the first page is in
    wait_until(app, lambda: False, 1.0)  # the stream connects, the first paint settles
    # another desk: its own process, as on another workstation (a thread here would take the GIL from the GUI
    # thread); started before the heartbeat, its first change comes once it has imported (~0.5 s)
    burst = multiprocessing.get_context("spawn").Process(
        target=_burst, args=(CONFIG["url"], CONFIG["burster"], CONFIG["burst_tickets"], 1000))
    burst.start()
    beat = Heartbeat()
    beat.start()
    done: list[int] = []
    client = ctx.client
    for i in range(200):
        ctx.tasks.run(lambda i=i: client.tickets(window.last_inbox.view, limit=50) if i % 2 else client.ticket(
            CONFIG["ticket_id"]), on_done=lambda _r: done.append(1), on_error=lambda _e: done.append(0))
    from desk_app.contract import MessageCreate

    sent: list[Any] = []
    ctx.tasks.run(lambda: client.post_message(CONFIG["ticket_id"], MessageCreate(body="bench: a reply", internal=True),
                                              idempotency_key=os.urandom(8).hex()),
                  on_done=sent.append, on_error=sent.append)
    heard: list[int] = []
    ctx.events.received.connect(lambda _e: heard.append(1))
    wait_until(app, lambda: len(done) == 200, 300)
    phases = {"calls_done_at_s": round(time.perf_counter() - beat.started, 3)}  # where the long gaps fall
    wait_until(app, lambda: bool(sent) and not burst.is_alive(), 300)
    phases["burst_sent_at_s"] = round(time.perf_counter() - beat.started, 3)
    wait_until(app, lambda: len(heard) >= 1000, 60)
    phases["events_heard_at_s"] = round(time.perf_counter() - beat.started, 3)
    wait_until(app, lambda: False, 2.0)  # the feed refetches what the events touched
    gaps = beat.stop()
    result = {"calls_ok": sum(done), "calls": len(done), "reply_ok": bool(sent) and not isinstance(sent[0], Exception),
              "events_heard": len(heard), "heartbeat_gaps_ms": gaps, "long_gaps_at": beat.long, **phases,
              "burst_exit": burst.exitcode}
    close(window, ctx)
    return result


def _burst(url: str, token: str, tickets: list[int], count: int) -> None:
    """Another agent's desk changing tickets fast: every change is an event for everyone (in a process of
    its own, with its own HTTP session)."""
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {token}"
    tags = 0
    while tags < count:
        for ticket in tickets:
            if tags >= count:
                return
            current = http.get(f"{url}{API}/tickets/{ticket}", timeout=30).json()
            answer = http.patch(f"{url}{API}/tickets/{ticket}", timeout=30,
                                json={"tags": [f"burst{tags}"], "version": current["version"]})
            tags += answer.status_code == 200


def push(app: QApplication) -> dict[str, Any]:
    """A security agent requests an action; the time until the supervisor's approvals view announces it."""
    from desk_app.ui.approvals.view import ApprovalsView

    ctx = context(app, CONFIG["tokens"])
    view = ApprovalsView(ctx)
    view.show()
    heard: list[float] = []
    view.notified.connect(lambda *_: heard.append(time.perf_counter()))
    ctx.events.start()
    view.refresh()
    wait_until(app, lambda: ctx.events.state == "live", 10)
    wait_until(app, lambda: False, 1.5)
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {CONFIG['requester']}"
    latencies: list[float] = []
    for i in range(CONFIG["repeat"]):
        before = len(heard)
        sent_at = time.perf_counter()
        answer = http.post(f"{CONFIG['url']}{API}/actions", timeout=30, json={
            "customer_id": CONFIG["customers"][i % len(CONFIG["customers"])], "kind": "lock_withdrawals",
            "params": {"hours": 24 + i}, "reason": "bench: push latency"})
        if answer.status_code != 201:
            raise RuntimeError(f"request refused: {answer.status_code} {answer.text[:200]}")
        if wait_until(app, lambda b=before: len(heard) > b, 10):
            latencies.append((heard[-1] - sent_at) * 1000)
        wait_until(app, lambda: False, 0.3)
    ctx.events.stop()
    ctx.tasks.close(10_000)
    return {"latencies_ms": latencies, "sent": CONFIG["repeat"]}


def close(window: Any, ctx: Any) -> None:
    ctx.events.stop()
    window.ticket_tabs.close_all()
    window.close()
    ctx.tasks.close(30_000)


FIGURES: dict[str, Callable[[QApplication], dict[str, Any]]] = {"bare": bare, "scroll": scroll, "stalls": stalls,
                                                               "push": push}


def main() -> int:
    app = QApplication(sys.argv[:1])
    if os.environ.get("DESK_BENCH_PROFILE"):  # cProfile of the figure, written to that path
        import cProfile

        profiler = cProfile.Profile()
        result = profiler.runcall(FIGURES[sys.argv[1]], app)
        profiler.dump_stats(os.environ["DESK_BENCH_PROFILE"])
    else:
        result = FIGURES[sys.argv[1]](app)
    print("BENCH-RESULT " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
