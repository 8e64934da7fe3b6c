"""The ticket workspace (#7): one call answering exactly what the detail, messages and customer routes answer
to the same caller, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from sqlalchemy import select

from desk_app.contract import API_PREFIX, TicketWorkspace
from desk_app.server.models import Ticket
from tests.helpers import login
from tests.server.test_tickets import db_scalars


class Caller:
    def __init__(self, url: str, username: str) -> None:
        self.url, self.http = url, requests.Session()
        self.http.headers["Authorization"] = f"Bearer {login(url, username)['access_token']}"

    def get(self, path: str) -> requests.Response:
        return self.http.get(f"{self.url}{API_PREFIX}{path}", timeout=60)

    def ok(self, path: str) -> Any:
        answer = self.get(path)
        assert answer.status_code == 200, answer.text
        return answer.json()


@pytest.fixture(scope="module")
def callers(any_service: Any) -> dict[str, Caller]:
    return {name: Caller(any_service.url, name) for name in ("agent1", "secops1")}


def _security_ticket(service: Any) -> int:
    """A ticket of a demo customer with a takeover story: risk signals, logins, withdrawals."""
    ids = db_scalars(service, select(Ticket.id).where(Ticket.category == "security").order_by(Ticket.id.desc()))
    assert ids
    return int(ids[0])


def test_the_workspace_is_the_three_answers_in_one(any_service: Any, callers: dict[str, Caller]) -> None:
    ticket_id = _security_ticket(any_service)
    for name, caller in callers.items():
        workspace = caller.ok(f"/tickets/{ticket_id}/workspace")
        TicketWorkspace.model_validate(workspace)
        ticket = caller.ok(f"/tickets/{ticket_id}")
        assert workspace["ticket"] == ticket, name
        assert workspace["messages"] == caller.ok(f"/tickets/{ticket_id}/messages"), name
        assert workspace["customer"] == caller.ok(f"/customers/{ticket['customer_id']}"), name
        assert workspace["messages"] and workspace["customer"]["risk_signals"], name
    assert callers["secops1"].ok(f"/tickets/{ticket_id}/workspace")["customer"]["can_reveal"] is True
    agent_view = callers["agent1"].ok(f"/tickets/{ticket_id}/workspace")
    assert agent_view["customer"]["can_reveal"] is False
    assert "•" in agent_view["customer"]["email"]  # masked


def test_the_workspace_of_a_missing_ticket_is_404(callers: dict[str, Caller]) -> None:
    answer = callers["agent1"].get("/tickets/999999999/workspace")
    assert answer.status_code == 404 and answer.json()["error"]["code"] == "not_found"
    assert callers["agent1"].get("/tickets/0/workspace").status_code == 422


def test_the_workspace_needs_a_sign_in(any_service: Any) -> None:
    answer = requests.get(f"{any_service.url}{API_PREFIX}/tickets/1/workspace", timeout=30)
    assert answer.status_code == 401
