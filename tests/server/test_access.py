"""The access matrix: every endpoint of the service, called by every kind of caller, gets the status
this table says. A route the table does not list fails the suite, so no endpoint ships without an
access decision."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import requests

from desk_app.contract import API_PREFIX
from tests.helpers import INTEGRATION_KEY, fresh_totp, login, start_service

ROLES = ("anonymous", "agent", "security_agent", "supervisor", "admin", "integration")
USERS = {"agent": "agent1", "security_agent": "secops1", "supervisor": "super1", "admin": "admin1"}
REQUESTER = "secops2"  # asks for the actions others approve, reject or fail to cancel
# Who each column signs in as on POST /auth/login: spread over users so no one runs out of TOTP codes.
LOGIN_AS = {"anonymous": "agent2", "agent": "super2", "security_agent": "agent2",
            "supervisor": "super2", "admin": "secops2", "integration": "secops2"}
NEW_CUSTOMER_ID = 900_001  # created by PUT /inbound/customers, so demo customers stay as they are


@dataclass(frozen=True)
class Rule:
    """One row of the matrix: a request, and the status each role in ROLES gets for it."""

    method: str
    target: str  # path under API_PREFIX, optionally with a query; {placeholders} are filled per call
    expect: tuple[int, int, int, int, int, int]
    body: str | None = None  # the name of a body maker in Desk.body

    @property
    def route(self) -> str:
        """The path as the OpenAPI schema names it."""
        path = self.target.split("?")[0]
        return (path.replace("{own_action_id}", "{action_id}").replace("{new_customer_id}", "{customer_id}")
                .replace("{fresh_ticket_id}", "{ticket_id}").replace("{escalation_file_id}", "{attachment_id}"))

    def __str__(self) -> str:
        return f"{self.method} {self.target}"


def rule(method: str, target: str, *expect: int, body: str | None = None) -> Rule:
    assert len(expect) == len(ROLES), target
    return Rule(method, target, expect, body)  # type: ignore[arg-type]


# fmt: off
#            method   path                                        anon agent secops super admin integ
MATRIX = [
    rule("GET",   "/healthz",                                     200, 200, 200, 200, 200, 200),
    rule("POST",  "/auth/login",                                  200, 200, 200, 200, 200, 200, body="login"),
    rule("POST",  "/auth/refresh",                                200, 200, 200, 200, 200, 200, body="refresh"),
    rule("POST",  "/auth/step-up",                                401, 200, 200, 200, 200, 401, body="step_up"),
    rule("POST",  "/auth/logout",                                 401, 204, 204, 204, 204, 401),
    rule("GET",   "/auth/me",                                     401, 200, 200, 200, 200, 401),
    rule("GET",   "/tickets",                                     401, 200, 200, 200, 200, 401),
    rule("GET",   "/tickets?view=mine",                           401, 200, 200, 200, 200, 401),
    rule("GET",   "/tickets?view=unassigned",                     401, 200, 200, 200, 200, 401),
    rule("GET",   "/tickets?view=awaiting_approval",              401, 200, 200, 200, 200, 401),
    rule("GET",   "/tickets?view=security",                       401, 403, 200, 200, 200, 401),
    rule("GET",   "/tickets/{ticket_id}",                         401, 200, 200, 200, 200, 401),
    rule("PATCH", "/tickets/{ticket_id}",                         401, 200, 200, 200, 200, 401, body="patch"),
    rule("GET",   "/tickets/{ticket_id}/messages",                401, 200, 200, 200, 200, 401),
    rule("GET",   "/tickets/{ticket_id}/workspace",               401, 200, 200, 200, 200, 401),  # #7
    rule("POST",  "/tickets/{ticket_id}/messages",                401, 201, 201, 201, 201, 401, body="note"),
    rule("POST",  "/tickets/{ticket_id}/attachments?filename=m.txt", 401, 201, 201, 201, 201, 401, body="upload"),
    rule("GET",   "/attachments/{attachment_id}",                 401, 200, 200, 200, 200, 401),
    rule("GET",   "/attachments/{attachment_id}/thumbnail",       401, 200, 200, 200, 200, 401),
    rule("GET",   "/agents",                                      401, 200, 200, 200, 200, 401),
    rule("POST",  "/tickets/{ticket_id}/presence",                401, 200, 200, 200, 200, 401, body="presence"),
    rule("GET",   "/presence",                                    401, 200, 200, 200, 200, 401),
    rule("GET",   "/presence?ticket_id={ticket_id}",              401, 200, 200, 200, 200, 401),
    rule("POST",  "/tickets/bulk",                                401, 200, 200, 200, 200, 401, body="bulk"),
    rule("POST",  "/tickets/{fresh_ticket_id}/merge",             401, 200, 200, 200, 200, 401, body="merge"),
    rule("GET",   "/customers/{customer_id}/tickets",             401, 200, 200, 200, 200, 401),
    rule("GET",   "/customers/{customer_id}",                     401, 200, 200, 200, 200, 401),
    rule("POST",  "/customers/{customer_id}/reveal",              401, 403, 200, 200, 403, 401, body="reveal"),
    rule("GET",   "/customers/{customer_id}/reveals",             401, 403, 200, 200, 200, 401),
    rule("GET",   "/customers/{customer_id}/incident",            401, 403, 200, 200, 200, 401),
    rule("POST",  "/actions",                                     401, 403, 201, 201, 403, 401, body="action"),
    rule("GET",   "/actions",                                     401, 403, 200, 200, 200, 401),
    rule("GET",   "/actions/{action_id}",                         401, 403, 200, 200, 200, 401),
    rule("POST",  "/actions/{action_id}/approve",                 401, 403, 403, 200, 403, 401, body="approve"),
    rule("POST",  "/actions/{action_id}/reject",                  401, 403, 403, 200, 403, 401, body="reject"),
    rule("POST",  "/actions/{own_action_id}/cancel",              401, 403, 200, 200, 403, 401),
    rule("GET",   "/audit",                                       401, 403, 403, 200, 200, 401),
    rule("GET",   "/audit?customer_id={customer_id}",             401, 403, 200, 200, 200, 401),
    rule("GET",   "/audit?ticket_id={ticket_id}",                 401, 403, 200, 200, 200, 401),
    rule("GET",   "/audit/verify",                                401, 403, 200, 200, 200, 401),
    rule("GET",   "/events",                                      401, 200, 200, 200, 200, 401),
    rule("POST",  "/inbound/messages",                            401, 401, 401, 401, 401, 201, body="inbound"),
    rule("PUT",   "/inbound/customers/{new_customer_id}",         401, 401, 401, 401, 401, 200, body="customer"),
    # #9: knowledge base, macros, escalations (engineering's X-Engineering-Key: tests/server/test_escalations.py)
    rule("GET",   "/kb/articles?q=withdrawal",                    401, 200, 200, 200, 200, 401),
    rule("GET",   "/kb/articles/{article_id}",                    401, 200, 200, 200, 200, 401),
    rule("GET",   "/kb/suggestions?ticket_id={ticket_id}",        401, 200, 200, 200, 200, 401),
    rule("GET",   "/macros?language=ko",                          401, 200, 200, 200, 200, 401),
    rule("POST",  "/macros",                                      401, 403, 403, 201, 201, 401, body="macro"),
    rule("GET",   "/macros/{macro_id}",                           401, 200, 200, 200, 200, 401),
    rule("PUT",   "/macros/{macro_id}",                           401, 403, 403, 200, 200, 401, body="macro"),
    rule("DELETE", "/macros/{macro_id}",                          401, 403, 403, 204, 204, 401),
    rule("POST",  "/escalations",                                 401, 201, 201, 201, 201, 401, body="escalation"),
    rule("GET",   "/escalations",                                 401, 200, 200, 200, 200, 401),
    rule("GET",   "/escalations/{escalation_id}",                 401, 200, 200, 200, 200, 401),
    rule("PATCH", "/escalations/{escalation_id}",                 401, 403, 403, 403, 403, 401, body="engineering"),
    rule("POST",  "/escalations/{escalation_id}/tickets",         401, 200, 200, 200, 200, 401, body="link"),
    rule("POST",  "/escalations/{escalation_id}/attachments",     401, 201, 201, 201, 201, 401, body="evidence"),
    rule("GET",   "/escalations/{escalation_id}/attachments/{escalation_file_id}", 401, 200, 200, 200, 200, 401),
    rule("POST",  "/inbound/csat",                                401, 401, 401, 401, 401, 200, body="csat"),
    rule("GET",   "/stats",                                       401, 403, 403, 200, 200, 401),
    rule("GET",   "/sla-policies",                                401, 200, 200, 200, 200, 401),
    rule("PUT",   "/sla-policies",                                401, 403, 403, 403, 200, 401, body="sla_policies"),
]
# fmt: on
CASES = [pytest.param(r, role, id=f"{r}-{role}") for r in MATRIX for role in ROLES]
# 401 and 403 answers carry one of these codes; anything else means the request got further than it should.
DENIAL_CODES = {401: {"unauthenticated", "integration_key_invalid"}, 403: {"forbidden"}}


def api(desk: Desk, method: str, path: str, headers: dict[str, str] | None = None,
        **kwargs: Any) -> requests.Response:
    return requests.request(method, f"{desk.url}{API_PREFIX}{path}", headers=headers, timeout=30, **kwargs)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@dataclass
class Desk:
    """The module's service, a signed-in agent per role, and the things the matrix acts on."""

    url: str
    tokens: dict[str, str]  # role -> access token
    ticket_id: int
    customer_id: int
    refresh_token: str  # a chain: each refresh in the matrix uses the one the previous answered
    hours: Iterator[int] = field(default_factory=lambda: itertools.count(1))
    attachment_id: int | None = None  # an image a customer sent, once the matrix needs one

    def headers(self, role: str) -> dict[str, str]:
        if role == "anonymous":
            return {}
        if role == "integration":
            return {"X-Integration-Key": INTEGRATION_KEY}
        return bearer(self.tokens[role])

    def request_action(self, token: str) -> int:
        """A new pending request on the matrix's customer; every one asks for a longer lock."""
        body = {"customer_id": self.customer_id, "kind": "lock_withdrawals", "reason": "access matrix",
                "params": {"hours": next(self.hours)}}
        response = api(self, "POST", "/actions", bearer(token), json=body)
        assert response.status_code == 201, response.text
        return int(response.json()["id"])

    def fill(self, target: str, role: str) -> str:
        values: dict[str, Any] = {"ticket_id": self.ticket_id, "customer_id": self.customer_id,
                                  "new_customer_id": NEW_CUSTOMER_ID}
        if "{action_id}" in target:
            values["action_id"] = self.request_action(self.tokens[REQUESTER])
        if "{attachment_id}" in target:
            values["attachment_id"] = self.customer_image()
        values.update(self.answer_values(target))  # #9
        if "{fresh_ticket_id}" in target:  # a ticket of its own for each call (a merge closes it)
            values["fresh_ticket_id"] = self.new_ticket()
        if "{own_action_id}" in target:  # the caller's own request where their role may ask for one
            asker = role if role in ("security_agent", "supervisor") else REQUESTER
            values["own_action_id"] = self.request_action(self.tokens[asker])
        return target.format(**values)

    def body(self, name: str | None, role: str) -> Any:
        if name is None:
            return None
        makers: dict[str, Callable[[str], Any]] = {
            "login": lambda r: {"username": LOGIN_AS[r], "password": "desk-demo", "totp": fresh_totp(LOGIN_AS[r])},
            "refresh": lambda r: {"refresh_token": self.refresh_token},
            "step_up": lambda r: {"totp": fresh_totp(USERS[r]) if r in USERS else "123456"},
            "patch": lambda r: self._patch(),
            "note": lambda r: {"body": f"access matrix note by {r}", "internal": True},
            "reveal": lambda r: {"field": "email", "reason": "access matrix check"},
            "action": lambda r: {"customer_id": self.customer_id, "kind": "lock_withdrawals",
                                 "reason": "access matrix", "params": {"hours": next(self.hours)}},
            "approve": lambda r: {"comment": ""},
            "reject": lambda r: {"comment": "access matrix rejects"},
            "inbound": lambda r: {"channel": "email", "customer_id": self.customer_id, "subject": "Access matrix",
                                  "body": "A message from the channel gateway", "language": "en"},
            "customer": lambda r: {"name": "Matrix Customer", "email": "matrix@example.org", "country": "DE"},
            "presence": lambda r: {"state": "viewing"},
            "macro": lambda r: {"name": f"Matrix macro by {r}", "texts": [
                {"language": "en", "title": "Matrix", "body": "Hello {customer_name}, about #{ticket_id}."}]},
            "escalation": lambda r: {"ticket_id": self.ticket_id, "summary": f"Access matrix escalation by {r}",
                                     "severity": "low"},
            "engineering": lambda r: {"status": "investigating", "note": "access matrix"},
            "link": lambda r: {"ticket_id": self.ticket_id},
            "evidence": lambda r: {"filename": "matrix.log", "content_base64": "bWF0cml4IGxvZwo="},
            "upload": lambda r: f"access matrix file from {r}",  # sent as JSON text: a plain text file
            "bulk": lambda r: {"tickets": [{"id": self.ticket_id, "version": self._patch()["version"]}],
                               "changes": {"priority": self._patch()["priority"]}},
            "merge": lambda r: {"into": self.new_ticket()},
            "csat": lambda r: {"ticket_id": self._resolved_ticket(), "rating": 5, "comment": "access matrix"},
            "sla_policies": lambda r: {k: v for k, v in api(self, "GET", "/sla-policies", self.headers("agent")).json()
                                       .items() if k in ("policies", "business_hours")},  # the same set, stored again
        }
        return makers[name](role)

    def answer_values(self, target: str) -> dict[str, int]:
        """#9: a demo article; a fresh macro (DELETE removes it) and escalation for each call, and a file on it."""
        values: dict[str, int] = {}
        if "{article_id}" in target:
            values["article_id"] = 1
        if "{macro_id}" in target:
            made = api(self, "POST", "/macros", self.headers("supervisor"), json=self.body("macro", "supervisor"))
            values["macro_id"] = int(made.json()["id"])
        if "{escalation_id}" in target:
            made = api(self, "POST", "/escalations", self.headers("agent"), json=self.body("escalation", "agent"))
            values["escalation_id"] = int(made.json()["id"])
        if "{escalation_file_id}" in target:
            made = api(self, "POST", f"/escalations/{values['escalation_id']}/attachments", self.headers("agent"),
                       json=self.body("evidence", "agent"))
            values["escalation_file_id"] = int(made.json()["id"])
        return values

    def customer_image(self) -> int:
        """An image attachment on a customer message of the matrix's ticket (made once)."""
        if self.attachment_id is None:
            import base64
            import io

            from PIL import Image

            png = io.BytesIO()
            Image.new("RGB", (40, 30), "teal").save(png, "PNG")
            message = {**self.body("inbound", "integration"), "ticket_id": self.ticket_id, "attachments": [
                {"filename": "screen.png", "data_base64": base64.b64encode(png.getvalue()).decode()}]}
            ticket = api(self, "GET", f"/tickets/{self.ticket_id}", self.headers("agent")).json()
            message["customer_id"] = ticket["customer_id"]
            response = api(self, "POST", "/inbound/messages", {"X-Integration-Key": INTEGRATION_KEY}, json=message)
            assert response.status_code == 201, response.text
            self.attachment_id = int(response.json()["attachment_ids"][0])
        return self.attachment_id

    def _resolved_ticket(self) -> int:
        """#10: a resolved demo ticket, which a customer may rate."""
        page = api(self, "GET", "/tickets?status=resolved&limit=1", self.headers("agent")).json()
        return int(page["items"][0]["id"])

    def new_ticket(self) -> int:
        """A new ticket of the matrix's customer, as the customer writes in."""
        response = api(self, "POST", "/inbound/messages", {"X-Integration-Key": INTEGRATION_KEY},
                       json=self.body("inbound", "integration"))
        assert response.status_code == 201, response.text
        return int(response.json()["ticket_id"])

    def _patch(self) -> dict[str, Any]:
        ticket = api(self, "GET", f"/tickets/{self.ticket_id}", self.headers("agent")).json()
        return {"version": ticket["version"], "priority": "low" if ticket["priority"] != "low" else "high"}


def _pick_customer(url: str, token: str) -> int:
    """A customer whose account is active and whose withdrawals are not locked."""
    for customer_id in range(1, 41):
        response = requests.get(f"{url}{API_PREFIX}/customers/{customer_id}", headers=bearer(token), timeout=30)
        profile = response.json()
        if response.ok and profile["account_status"] == "active" and profile["withdrawals_locked_until"] is None:
            return customer_id
    raise AssertionError("no demo customer is active and unlocked")


@pytest.fixture(scope="module")
def desk(service: Any) -> Desk:
    tokens = {role: login(service.url, user)["access_token"] for role, user in USERS.items()}
    tokens[REQUESTER] = login(service.url, REQUESTER)["access_token"]
    customer_id = _pick_customer(service.url, tokens["agent"])
    page = requests.get(f"{service.url}{API_PREFIX}/tickets?limit=1", headers=bearer(tokens["agent"]), timeout=30)
    return Desk(url=service.url, tokens=tokens, ticket_id=page.json()["items"][0]["id"], customer_id=customer_id,
                refresh_token=login(service.url, "super2")["refresh_token"])


# --- the matrix -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("rule", "role"), CASES)
def test_access_matrix(desk: Desk, rule: Rule, role: str) -> None:
    headers = desk.headers(role)
    if rule.target == "/auth/logout" and role in USERS:
        headers = bearer(login(desk.url, USERS[role])["access_token"])  # not the token the others use
    path = desk.fill(rule.target, role)
    body = desk.body(rule.body, role)
    expected = rule.expect[ROLES.index(role)]

    if rule.target == "/events":
        with api(desk, "GET", path, headers, stream=True) as response:
            status, payload = response.status_code, b"" if response.ok else response.content
    else:
        response = api(desk, rule.method, path, headers, json=body)
        status, payload = response.status_code, response.content

    assert status == expected, f"{rule} as {role}: {status} {payload[:300]!r}"
    if status in DENIAL_CODES:
        assert response.json()["error"]["code"] in DENIAL_CODES[status], payload
    if rule.target == "/auth/refresh" and status == 200:
        desk.refresh_token = response.json()["refresh_token"]


def test_every_route_has_an_access_decision(desk: Desk) -> None:
    schema = requests.get(f"{desk.url}/openapi.json", timeout=30).json()
    routes = {(method.upper(), path.removeprefix(API_PREFIX))
              for path, operations in schema["paths"].items() for method in operations}
    decided = {(r.method, r.route) for r in MATRIX}
    assert routes - decided == set(), "routes without a row in MATRIX"
    assert decided - routes == set(), "rows in MATRIX for routes the service does not have"


# --- the rules the matrix cannot show -------------------------------------------------------------


def test_supervisor_may_not_decide_their_own_request(desk: Desk) -> None:
    own = desk.request_action(desk.tokens["supervisor"])
    for verb, body in (("approve", {"comment": ""}), ("reject", {"comment": "no"})):
        response = api(desk, "POST", f"/actions/{own}/{verb}", desk.headers("supervisor"), json=body)
        assert response.status_code == 403, response.text
        assert response.json()["error"]["code"] == "self_approval"
    assert api(desk, "GET", f"/actions/{own}", desk.headers("supervisor")).json()["status"] == "pending"


def test_only_the_requester_may_cancel(desk: Desk) -> None:
    theirs = desk.request_action(desk.tokens[REQUESTER])
    for role in ("security_agent", "supervisor"):
        response = api(desk, "POST", f"/actions/{theirs}/cancel", desk.headers(role))
        assert response.status_code == 403, response.text
    assert api(desk, "GET", f"/actions/{theirs}", desk.headers("admin")).json()["status"] == "pending"


def test_security_agent_reads_a_scoped_audit_trail_only(desk: Desk) -> None:
    headers = desk.headers("security_agent")
    assert api(desk, "GET", "/audit?actor=secops1", headers).status_code == 403
    scoped = api(desk, "GET", f"/audit?customer_id={desk.customer_id}", headers)
    assert scoped.status_code == 200
    assert all(item["customer_id"] == desk.customer_id for item in scoped.json()["items"])


@pytest.mark.parametrize("headers", [
    pytest.param({}, id="no-key"),
    pytest.param({"X-Integration-Key": "wrong-key"}, id="wrong-key"),
    pytest.param({"X-Integration-Key": ""}, id="empty-key"),
    pytest.param({"X-Integration-Key": INTEGRATION_KEY.upper()}, id="key-in-other-case"),
    pytest.param({"Authorization": f"Bearer {INTEGRATION_KEY}"}, id="key-as-bearer-token"),
])
def test_inbound_refuses_anything_but_the_integration_key(desk: Desk, headers: dict[str, str]) -> None:
    message = desk.body("inbound", "integration")
    customer = desk.body("customer", "integration")
    for method, path, body in (("POST", "/inbound/messages", message),
                               ("PUT", f"/inbound/customers/{NEW_CUSTOMER_ID + 1}", customer)):
        response = api(desk, method, path, headers, json=body)
        assert response.status_code == 401, response.text
        assert response.json()["error"]["code"] == "integration_key_invalid"


def test_service_without_an_integration_key_refuses_every_key(tmp_path: Any) -> None:
    """Outside demo mode with no key configured, inbound is closed rather than open to any key."""
    with start_service(tmp_path, demo=False) as bare:
        for key in ("", "demo-integration-key", "x"):
            response = requests.put(f"{bare.url}{API_PREFIX}/inbound/customers/5", timeout=30,
                                    headers={"X-Integration-Key": key},
                                    json={"name": "A B", "email": "a@b.org", "country": "DE"})
            assert response.status_code == 401, response.text


@pytest.mark.parametrize("token", ["", "Bearer", "Bearer ", "Bearer not-a-token", "Basic YWdlbnQxOmRlc2stZGVtbw=="])
def test_malformed_authorization_is_401(desk: Desk, token: str) -> None:
    response = api(desk, "GET", "/tickets", {"Authorization": token})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthenticated"


def test_reveal_and_approve_need_a_recent_step_up(tmp_path: Any) -> None:
    """Past the step-up window a valid token still reads, but cannot reveal or approve until step-up."""
    with start_service(tmp_path, extra_args=["--step-up-minutes", "0.06"]) as short:  # 3.6 seconds
        secops = login(short.url, "secops1")["access_token"]
        supervisor = login(short.url, "super1")["access_token"]
        customer = _pick_customer(short.url, secops)
        action = requests.post(f"{short.url}{API_PREFIX}/actions", headers=bearer(secops), timeout=30, json={
            "customer_id": customer, "kind": "lock_withdrawals", "reason": "step-up check", "params": {"hours": 2}})
        assert action.status_code == 201, action.text
        time.sleep(4.0)

        reveal = {"field": "phone", "reason": "step-up check"}
        reveal_url = f"{short.url}{API_PREFIX}/customers/{customer}/reveal"
        approve_url = f"{short.url}{API_PREFIX}/actions/{action.json()['id']}/approve"
        stale = requests.post(reveal_url, headers=bearer(secops), json=reveal, timeout=30)
        assert (stale.status_code, stale.json()["error"]["code"]) == (401, "step_up_required")
        stale = requests.post(approve_url, headers=bearer(supervisor), json={"comment": ""}, timeout=30)
        assert (stale.status_code, stale.json()["error"]["code"]) == (401, "step_up_required")
        assert requests.get(f"{short.url}{API_PREFIX}/customers/{customer}", headers=bearer(secops),
                            timeout=30).status_code == 200

        def step_up(token: str, user: str) -> None:
            code = fresh_totp(user)  # may wait for the next time step: the window starts after it
            answer = requests.post(f"{short.url}{API_PREFIX}/auth/step-up", headers=bearer(token), timeout=30,
                                   json={"totp": code})
            assert answer.status_code == 200, answer.text

        step_up(secops, "secops1")
        assert requests.post(reveal_url, headers=bearer(secops), json=reveal, timeout=30).status_code == 200
        step_up(supervisor, "super1")
        approved = requests.post(approve_url, headers=bearer(supervisor), json={"comment": ""}, timeout=30)
        assert approved.status_code == 200, approved.text
