"""What the security-desk tests share: signed-in agents, test customers, the service's database, SSE.

Every test talks HTTP to a real service process; the database is opened directly only to set a
customer's state up quickly and to check that an effect really landed (or to tamper with the audit log).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
from sqlalchemy import select, update

from desk_app.contract import API_PREFIX
from desk_app.server.db import Database
from desk_app.server.models import Customer, CustomerSession
from tests.helpers import (
    DEMO_PASSWORD,
    INTEGRATION_KEY,
    ServiceProcess,
    fresh_totp,
)

TIMEOUT = 30.0
_customer_ids = itertools.count(5_000_000)  # far above the demo's ids, unique in this test process


def database_url(service: ServiceProcess) -> str:
    """The database a service process was started on."""
    return service.args[service.args.index("--database-url") + 1]


def fresh_code(database: str, username: str) -> str:
    """A TOTP code not yet sent for username to the service(s) on this database; may wait a time step."""
    return fresh_totp(username, database=database)


def sign_in(url: str, database: str, username: str, code: str | None = None) -> dict[str, Any]:
    """POST /auth/login with a fresh code (or the one given); returns the LoginResponse JSON."""
    body = {"username": username, "password": DEMO_PASSWORD, "totp": code or fresh_code(database, username)}
    answer = requests.post(f"{url}{API_PREFIX}/auth/login", json=body, timeout=TIMEOUT)
    assert answer.status_code == 200, f"login as {username!r} failed: {answer.status_code} {answer.text}"
    result: dict[str, Any] = answer.json()
    return result


class Agent:
    """One signed-in agent: their token, and one keep-alive HTTP session per thread."""

    def __init__(self, url: str, database: str, username: str, body: dict[str, Any] | None = None) -> None:
        self.url, self.database, self.username = url, database, username
        self.login = body or sign_in(url, database, username)
        self.proved_at = time.monotonic()  # when this session last proved the second factor (roughly)
        self.token: str = self.login["access_token"]
        self.id: int = self.login["agent"]["id"]
        self._local = threading.local()

    def _http(self) -> requests.Session:
        http = getattr(self._local, "http", None)
        if http is None:
            http = self._local.http = requests.Session()
            http.headers["Authorization"] = f"Bearer {self.token}"
        return http

    def request(self, method: str, path: str, *, base: str | None = None, **kwargs: Any) -> requests.Response:
        """Calls the service this agent signed in to, or another process on the same database (base)."""
        kwargs.setdefault("timeout", TIMEOUT)
        return self._http().request(method, f"{base or self.url}{API_PREFIX}{path}", **kwargs)

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, json: Any = None, **kwargs: Any) -> requests.Response:
        return self.request("POST", path, json={} if json is None else json, **kwargs)

    def step_up(self) -> requests.Response:
        answer = self.post("/auth/step-up", {"totp": fresh_code(self.database, self.username)})
        if answer.status_code == 200:
            self.proved_at = time.monotonic()
        return answer

    # --- the actions API ---

    def ask(self, customer_id: int, kind: str, *, params: dict[str, Any] | None = None,
            ticket_id: int | None = None, emergency: bool = False,
            reason: str = "Takeover signals on the account") -> requests.Response:
        return self.post("/actions", {"customer_id": customer_id, "ticket_id": ticket_id, "kind": kind,
                                      "reason": reason, "params": params or {}, "emergency": emergency})

    def approve(self, action_id: int, comment: str = "", version: int | None = None,
                **kwargs: Any) -> requests.Response:
        return self.post(f"/actions/{action_id}/approve", {"comment": comment, "version": version}, **kwargs)

    def reject(self, action_id: int, comment: str = "Not enough evidence", version: int | None = None,
               **kwargs: Any) -> requests.Response:
        return self.post(f"/actions/{action_id}/reject", {"comment": comment, "version": version}, **kwargs)

    def action(self, action_id: int) -> dict[str, Any]:
        answer = self.get(f"/actions/{action_id}")
        assert answer.status_code == 200, answer.text
        return answer.json()

    def profile(self, customer_id: int) -> dict[str, Any]:
        answer = self.get(f"/customers/{customer_id}")
        assert answer.status_code == 200, answer.text
        return answer.json()


def created(answer: requests.Response) -> dict[str, Any]:
    """The body of a 201, or a failure that shows what the service said instead."""
    assert answer.status_code == 201, answer.text
    return answer.json()


def ok(answer: requests.Response) -> dict[str, Any]:
    assert answer.status_code == 200, answer.text
    return answer.json()


def error(answer: requests.Response, status: int, code: str) -> dict[str, Any]:
    """Asserts the service refused with this status and error code; returns the error detail."""
    assert answer.status_code == status, f"expected {status} {code}, got {answer.status_code} {answer.text}"
    detail: dict[str, Any] = answer.json()["error"]
    assert detail["code"] == code, detail
    return detail


def parse_time(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class Desk:
    """A running service seen from the tests: agents (signed in once), customers, tickets, the database."""

    def __init__(self, service: ServiceProcess) -> None:
        self.service = service
        self.url = service.url
        self.database_url = database_url(service)
        self._agents: dict[str, Agent] = {}
        self._db: Database | None = None

    def agent(self, username: str) -> Agent:
        """The agent signed in once per desk: TOTP codes are scarce (each is accepted only once)."""
        if username not in self._agents:
            self._agents[username] = Agent(self.url, self.database_url, username)
        return self._agents[username]

    def adopt(self, agent: Agent) -> None:
        """Use this session for agent.username from now on (after a refresh ended the old one)."""
        self._agents[agent.username] = agent

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = Database.connect(self.database_url)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    # --- setting things up ---

    def customer(self, *, twofa: bool = True, sessions: int = 0, frozen: bool = False,
                 locked_for: timedelta | None = None) -> int:
        """A new customer, as the exchange's systems announce one, then given a security state."""
        customer_id = next(_customer_ids)
        body = {"name": f"Test Customer {customer_id}", "email": f"c{customer_id}@example.org",
                "phone": "+44 20 7946 0000", "document_number": f"P{customer_id}", "address": "1 Test Street, London",
                "country": "GB", "twofa_enabled": twofa}
        answer = requests.put(f"{self.url}{API_PREFIX}/inbound/customers/{customer_id}", json=body,
                              headers={"X-Integration-Key": INTEGRATION_KEY}, timeout=TIMEOUT)
        assert answer.status_code == 200, answer.text
        now = datetime.now(UTC)
        with self.db.session() as session:
            values: dict[str, Any] = {}
            if frozen:
                values["account_status"] = "frozen"
            if locked_for is not None:
                values["withdrawals_locked_until"] = now + locked_for
            if values:
                session.execute(update(Customer).where(Customer.id == customer_id).values(**values))
            session.add_all(CustomerSession(customer_id=customer_id, started_at=now - timedelta(hours=i + 1),
                                            last_seen_at=now - timedelta(minutes=i), ip=f"203.0.113.{i + 1}",
                                            device=f"Device {i}") for i in range(sessions))
        return customer_id

    def ticket(self, customer_id: int, subject: str = "Someone took over my account") -> int:
        """A ticket the customer opened by writing in."""
        answer = requests.post(f"{self.url}{API_PREFIX}/inbound/messages", timeout=TIMEOUT,
                               headers={"X-Integration-Key": INTEGRATION_KEY},
                               json={"channel": "email", "customer_id": customer_id, "subject": subject,
                                     "body": "I did not change my 2FA. Please help.", "language": "en"})
        assert answer.status_code == 201, answer.text
        ticket_id: int = answer.json()["ticket_id"]
        return ticket_id

    # --- looking at the database ---

    def customer_row(self, customer_id: int) -> dict[str, Any]:
        """Every column of the customer's row, straight from the database."""
        with self.db.session(write=False) as session:
            row = session.get(Customer, customer_id)
            assert row is not None
            return {column.key: getattr(row, column.key) for column in Customer.__table__.columns}

    def active_sessions(self, customer_id: int) -> list[int]:
        with self.db.session(write=False) as session:
            return sorted(session.scalars(select(CustomerSession.id).where(
                CustomerSession.customer_id == customer_id, CustomerSession.revoked_at.is_(None))))

    def audit(self, reader: str = "super1", **filters: Any) -> list[dict[str, Any]]:
        """The audit entries matching filters (customer_id, ticket_id, actor), oldest first."""
        entries: list[dict[str, Any]] = []
        cursor: str | None = None
        while True:
            params = {**filters, "limit": 500, **({"cursor": cursor} if cursor else {})}
            page = ok(self.agent(reader).get("/audit", params=params))
            entries += page["items"]
            cursor = page["next_cursor"]
            if cursor is None:
                return entries[::-1]

    def events_of_action(self, customer_id: int, action_id: int) -> list[str]:
        """The audit events recorded for one action request, in order."""
        return [e["event"] for e in self.audit(customer_id=customer_id) if e["action_id"] == action_id]


def wait_until(check: Callable[[], Any], timeout: float, interval: float = 0.1, what: str = "condition") -> Any:
    """Polls check until it returns something truthy; fails after timeout seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} not reached within {timeout} s")
        time.sleep(interval)


# --- server-sent events ---------------------------------------------------------------------------


class EventStream:
    """A client of GET /events reading on a thread; parsed events arrive on a queue with their arrival time."""

    def __init__(self, url: str, token: str, *, last_event_id: int | None = None, read_timeout: float = 60) -> None:
        headers = {"Authorization": f"Bearer {token}", "Accept": "text/event-stream"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = str(last_event_id)
        self.response = requests.get(f"{url}{API_PREFIX}/events", headers=headers, stream=True,
                                     timeout=(5, read_timeout))
        assert self.response.status_code == 200, self.response.text
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.ready = threading.Event()  # the service sent its first bytes: the stream's start is fixed
        self.ended = threading.Event()
        self.ended_at: float | None = None
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()
        assert self.ready.wait(10), "the event stream sent nothing"

    def _read(self) -> None:
        fields: dict[str, str] = {}
        try:
            for line in self.response.iter_lines(chunk_size=None, decode_unicode=True):
                self.ready.set()
                if line == "":
                    if "data" in fields:
                        self.events.put({"id": int(fields["id"]), "event": fields.get("event"),
                                         "data": json.loads(fields["data"]), "received": time.monotonic()})
                    fields = {}
                elif not line.startswith(":"):
                    name, _, value = line.partition(":")
                    fields[name] = value.removeprefix(" ")
        except (requests.RequestException, AttributeError, ValueError):
            pass  # closed by the test, or the read timed out
        finally:
            self.ended_at = time.monotonic()
            self.ready.set()
            self.ended.set()

    def next(self, predicate: Callable[[dict[str, Any]], bool] = lambda e: True,
             timeout: float = 5.0) -> dict[str, Any]:
        """The next event matching predicate (others are dropped); fails after timeout seconds."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                event = self.events.get(timeout=max(left, 0.001))
            except queue.Empty:
                raise AssertionError(f"no matching event within {timeout} s") from None
            if predicate(event):
                return event

    def drain(self) -> list[dict[str, Any]]:
        """Every event received so far and not yet taken."""
        found = []
        while True:
            try:
                found.append(self.events.get_nowait())
            except queue.Empty:
                return found

    def close(self) -> None:
        """Hangs up at once: shutting the socket down wakes the reader thread blocked in recv."""
        connection = getattr(self.response.raw, "_connection", None)
        sock = getattr(connection, "sock", None)
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self.ended.wait(5)
        self.response.close()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def kind_is(kind: str, **fields: Any) -> Callable[[dict[str, Any]], bool]:
    """A predicate for EventStream.next: this kind of event, with these fields in its data."""
    return lambda e: e["event"] == kind and all(e["data"].get(k) == v for k, v in fields.items())


def desk_fixture(service: ServiceProcess) -> Iterator[Desk]:
    desk = Desk(service)
    try:
        yield desk
    finally:
        desk.close()
