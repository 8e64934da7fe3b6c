"""The hostile corpus through the real service, on SQLite and PostgreSQL: what is accepted is stored and
returned exactly as sent (the desk shows it as plain text; nothing is "sanitised" into something else),
and what cannot be stored (NUL, lone surrogates, invalid UTF-8, over the size limit) is refused with a
clear error and nothing stored."""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests

from desk_app.contract import API_PREFIX, MAX_MESSAGE_BODY
from tests.helpers import INTEGRATION_KEY, ServiceProcess, login
from tests.hostile.canary import Canary, running_canary
from tests.hostile.corpus import HOSTILE_CUSTOMER, corpus, deliver, put_hostile_customer

_TOKENS: dict[str, str] = {}


def agent(service: ServiceProcess) -> requests.Session:
    """An agent's session on this service (one sign-in per service: TOTP codes are precious)."""
    if service.url not in _TOKENS:
        _TOKENS[service.url] = login(service.url, "agent2")["access_token"]
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {_TOKENS[service.url]}"
    return http


@pytest.fixture(scope="module")
def canary() -> Any:
    with running_canary() as running:
        yield running


def test_the_corpus_is_stored_and_returned_exactly_as_sent(any_service: ServiceProcess, canary: Canary) -> None:
    put_hostile_customer(any_service.url)
    http = agent(any_service)
    for message in corpus(canary.url):
        ticket_id = deliver(any_service.url, message)
        ticket = http.get(f"{any_service.url}{API_PREFIX}/tickets/{ticket_id}", timeout=30).json()
        assert ticket["subject"] == message.subject, message.name
        stored = http.get(f"{any_service.url}{API_PREFIX}/tickets/{ticket_id}/messages", timeout=60).json()
        from_customer = [m["body"] for m in stored if m["author_kind"] == "customer"]
        assert from_customer == [message.body] * (1 + message.follow_ups), message.name
    assert canary.requests() == []  # the service fetched nothing either


@pytest.mark.parametrize(
    ("name", "raw", "status", "field"),
    [
        ("nul", json.dumps({"body": "nul \x00 char"}).encode(), 422, "body"),
        ("lone surrogate", json.dumps({"body": "lone \ud800 half"}).encode(), 422, "body"),
        ("invalid UTF-8", json.dumps({"body": "X"}).encode().replace(b'"X"', b'"caf\xe9 \xff\xfe"'), 400, None),
        ("over the limit", json.dumps({"body": "a" * (MAX_MESSAGE_BODY + 1)}).encode(), 422, "body"),
        ("one megabyte", json.dumps({"body": "b" * 1_000_000}).encode(), 422, "body"),
        ("truncated JSON", b'{"channel": "email", "customer_id": 1, "subject": "x", "body": "tru', 422, None),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 20 else "",
)
def test_what_cannot_be_stored_is_refused_clearly_and_nothing_is_kept(
    any_service: ServiceProcess, name: str, raw: bytes, status: int, field: str | None
) -> None:
    put_hostile_customer(any_service.url)
    head = json.dumps({"channel": "email", "customer_id": HOSTILE_CUSTOMER, "subject": f"refused {name}",
                       "language": "en"}).encode()
    data = raw if raw.startswith(b'{"channel"') else head[:-1] + b", " + raw[1:]
    response = requests.post(f"{any_service.url}{API_PREFIX}/inbound/messages", data=data, timeout=60,
                             headers={"X-Integration-Key": INTEGRATION_KEY, "Content-Type": "application/json"})
    assert response.status_code == status, response.text[:300]
    error = response.json()["error"]
    assert error["code"] == "validation_error" and error["field"] == field
    assert "Traceback" not in response.text
    http = agent(any_service)
    found = http.get(f"{any_service.url}{API_PREFIX}/tickets", params={"q": f"refused {name}"}, timeout=30).json()
    assert found["items"] == []
