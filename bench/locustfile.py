"""The load figure's simulated desk (run by `bench.load` in its own Locust process; never imported by the bench).

Agents list, open, reply to and update tickets; security agents list and request withdrawal locks;
supervisors approve pending requests. Every write the service acknowledged is recorded, so the bench can
count afterwards that none was lost or duplicated. Tokens come in the environment, never from a file.
Expected refusals (409: someone else changed the ticket or decided the request first) are not errors.
Users are FastHttpUsers (geventhttpclient): a fraction of HttpUser's CPU per request, which on a small machine
is CPU the service under test gets back.
"""

from __future__ import annotations

import json
import os
import random
import uuid
from collections import defaultdict
from typing import Any
from urllib.parse import urlencode

from locust import FastHttpUser, between, events, task

API = "/api/v1"
RUN = os.environ.get("DESK_BENCH_RUN", "run")
TOKENS: dict[str, dict[str, str]] = json.loads(os.environ.get("DESK_BENCH_TOKENS", "{}"))  # role -> name -> token
HOT_TICKETS = int(os.environ.get("DESK_BENCH_HOT_TICKETS", "300"))
CUSTOMERS = int(os.environ.get("DESK_BENCH_CUSTOMERS", "1000"))
EXPECTED = {409}  # races another agent won: the desk's normal answer, shown to the agent, not a failure

samples: dict[str, list[float]] = defaultdict(list)
statuses: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
acked: dict[str, list[Any]] = defaultdict(list)
failures: list[str] = []
_free = {role: list(names) for role, names in TOKENS.items()}


@events.request.add_listener
def _record(request_type: str, name: str, response_time: float, response_length: int, response: Any = None,
            exception: Exception | None = None, **_: Any) -> None:
    key = f"{request_type} {name}"
    samples[key].append(response_time)
    code = getattr(response, "status_code", 0) if response is not None else 0
    statuses[key][code] += 1
    if (exception is not None or code >= 400) and code not in EXPECTED and len(failures) < 50:
        failures.append(f"{key}: {code} {exception or ''} {getattr(response, 'text', '')[:200]}")


@events.quitting.add_listener
def _write(**_: Any) -> None:
    out = os.environ.get("DESK_BENCH_LOAD_OUT")
    if out:
        with open(out, "w") as f:
            json.dump({"samples": samples, "statuses": {k: dict(v) for k, v in statuses.items()},
                       "acked": acked, "failures": failures}, f)


class DeskUser(FastHttpUser):
    """A signed-in person of the desk; subclasses say which role and what they do."""

    abstract = True
    role = "agent"
    wait_time = between(0.5, 1.5)

    def on_start(self) -> None:
        pool = _free[self.role] or list(TOKENS[self.role])  # more users than agents: they share sessions
        self.name_ = pool.pop(0)
        self.client.auth_header = f"Bearer {TOKENS[self.role][self.name_]}"
        self.seq = 0
        self.seen: list[int] = []

    def list_tickets(self) -> None:
        params = random.choice([{}, {"status": "open"}, {"priority": "urgent"}, {"language": "ja"},
                                {"view": "unassigned"}, {"q": "withdrawal"}])
        query = f"?{urlencode(params)}" if params else ""
        with self.client.get(f"{API}/tickets{query}", name="/tickets", catch_response=True) as r:
            if r.status_code == 200:
                self.seen = [t["id"] for t in r.json()["items"]][:20] or self.seen

    def hot_ticket(self) -> int:
        return random.randint(max(1, self.environment.parsed_options.top_ticket - HOT_TICKETS + 1),
                              self.environment.parsed_options.top_ticket)

    def open_ticket(self) -> None:
        ticket = random.choice(self.seen) if self.seen else self.hot_ticket()
        self.client.get(f"{API}/tickets/{ticket}/workspace", name="/tickets/{id}/workspace")  # as the desk opens one


class Agent(DeskUser):
    weight = 7
    role = "agent"

    @task(4)
    def list_(self) -> None:
        self.list_tickets()

    @task(3)
    def open_(self) -> None:
        self.open_ticket()

    @task(2)
    def reply(self) -> None:
        """A reply with an Idempotency-Key, re-sent with the same key after a lost answer, as the outbox does."""
        self.seq += 1
        mark = f"bench-load {RUN} {self.name_} {self.seq}"
        key, ticket = str(uuid.uuid4()), self.hot_ticket()
        for _ in range(3):
            with self.client.post(f"{API}/tickets/{ticket}/messages", name="/tickets/{id}/messages [reply]",
                                  json={"body": f"{mark}: we are looking into it.", "internal": self.seq % 3 == 0},
                                  headers={"Idempotency-Key": key}, catch_response=True) as r:
                if r.status_code == 201:
                    acked["replies"].append(mark)
                    return
                if r.status_code and r.status_code < 500:
                    return

    @task(1)
    def update(self) -> None:
        ticket = self.hot_ticket()
        r = self.client.get(f"{API}/tickets/{ticket}", name="/tickets/{id}")
        if r.status_code != 200:
            return
        current = r.json()
        if current["status"] == "pending_approval":
            return
        status = "pending_customer" if current["status"] != "pending_customer" else "open"
        priority = random.choice(["low", "normal", "high", "urgent"])
        with self.client.patch(f"{API}/tickets/{ticket}", name="/tickets/{id} [update]", catch_response=True,
                               json={"status": status, "priority": priority, "version": current["version"]}) as p:
            if p.status_code == 200:
                acked["updates"].append([ticket, current["version"]])
            elif p.status_code in EXPECTED:
                p.success()


class Security(DeskUser):
    weight = 2
    role = "security_agent"

    @task(2)
    def list_(self) -> None:
        self.list_tickets()

    @task(1)
    def open_(self) -> None:
        self.open_ticket()

    @task(2)
    def request_lock(self) -> None:
        """Lock a customer's withdrawals a little longer each time (a shorter lock would change nothing)."""
        self.seq += 1
        customer = random.randint(1, CUSTOMERS)
        hours = min(720, 24 + self.seq * 7 + random.randint(0, 6))
        with self.client.post(f"{API}/actions", name="/actions [request]", catch_response=True,
                              json={"customer_id": customer, "kind": "lock_withdrawals", "params": {"hours": hours},
                                    "reason": f"bench-load {RUN}: card-testing pattern"},
                              headers={"Idempotency-Key": str(uuid.uuid4())}) as r:
            if r.status_code == 201:
                acked["requests"].append(r.json()["id"])
            elif r.status_code in EXPECTED:
                r.success()


class Supervisor(DeskUser):
    weight = 1
    role = "supervisor"

    @task(1)
    def list_(self) -> None:
        self.list_tickets()

    @task(3)
    def approve(self) -> None:
        r = self.client.get(f"{API}/actions?status=pending", name="/actions?status=pending")
        if r.status_code != 200:
            return
        candidates = [a for a in r.json()["items"] if a["reason"].startswith(f"bench-load {RUN}")]
        if not candidates:
            return
        action = random.choice(candidates[:20])
        with self.client.post(f"{API}/actions/{action['id']}/approve", name="/actions/{id}/approve",
                              json={"comment": "bench: evidence checked", "version": action["version"]},
                              catch_response=True) as d:
            if d.status_code == 200:
                acked["approvals"].append(action["id"])
            elif d.status_code in EXPECTED:
                d.success()  # decided first by another supervisor


class Floor(FastHttpUser):
    """The empty-endpoint floor (chosen by name on locust's command line): the same users and pace on /healthz."""

    wait_time = between(0.5, 1.5)

    @task
    def health(self) -> None:
        self.client.get(f"{API}/healthz", name="/healthz")


@events.init_command_line_parser.add_listener
def _options(parser: Any) -> None:
    parser.add_argument("--top-ticket", type=int, default=1, help="the newest ticket id (hot tickets are below it)")

