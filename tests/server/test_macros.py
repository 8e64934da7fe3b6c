"""Macros on the real service: the customer's language version with its fallback, placeholders filled by the
client, ticket changes applied through the normal PATCH, and supervisors' management with its version check."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from desk_app.client import ApiClient, Conflict, Forbidden
from desk_app.client.answers import fill_macro
from desk_app.contract import API_PREFIX, KbLanguage, MacroText, MacroWrite, TicketPatch, TicketStatus
from tests.helpers import ServiceProcess, fresh_totp


def _client(url: str, username: str) -> ApiClient:
    client = ApiClient(url)
    client.login(username, "desk-demo", fresh_totp(username))
    return client


@pytest.fixture(scope="module")
def agent(service: ServiceProcess) -> Iterator[ApiClient]:
    client = _client(service.url, "agent1")
    yield client
    client.close()


@pytest.fixture(scope="module")
def supervisor(service: ServiceProcess) -> Iterator[ApiClient]:
    client = _client(service.url, "super1")
    yield client
    client.close()


def by_name(client: ApiClient, language: KbLanguage) -> dict[str, Any]:
    return {m.name: m for m in client.macros(language)}


def test_the_customers_language_or_english_saying_so(agent: ApiClient) -> None:
    korean = by_name(agent, KbLanguage.ko)
    delayed = korean["Withdrawal delayed: we are checking"]
    assert (delayed.language, delayed.fallback) == (KbLanguage.ko, False)
    assert delayed.body.startswith("{customer_name} 고객님")
    assert delayed.kb_url and "/ko/articles/" in delayed.kb_url  # the article's Korean page
    kyc = korean["KYC documents needed"]
    assert (kyc.language, kyc.fallback) == (KbLanguage.en, True)
    assert "/en/articles/" in (kyc.kb_url or "")

    traditional = by_name(agent, KbLanguage.zh_TW)
    assert traditional["Withdrawal delayed: we are checking"].language is KbLanguage.zh_TW
    txid = traditional["Deposit not credited: ask for TxID"]
    assert (txid.language, txid.fallback) == (KbLanguage.zh_CN, True)  # the other script before English


def test_filling_a_macro(agent: ApiClient) -> None:
    macro = by_name(agent, KbLanguage.ja)["Withdrawal delayed: we are checking"]
    filled = fill_macro(macro, ticket_id=4321, agent_name="Mina Park")
    assert "#4321" in filled.text and filled.text.rstrip().endswith("Mina Park")
    assert macro.kb_url and macro.kb_url in filled.text
    assert "{ticket_id}" not in filled.text and "{agent_name}" not in filled.text and "{kb_link}" not in filled.text
    assert filled.keeps_customer_name and filled.text.startswith("{customer_name} 様")  # never unmasked here
    assert (filled.language, filled.fallback) == (KbLanguage.ja, False)


def test_a_macro_sets_status_and_tags_through_the_normal_patch(agent: ApiClient) -> None:
    macro = by_name(agent, KbLanguage.en)["Withdrawal delayed: we are checking"]
    assert macro.set_status is TicketStatus.pending_customer and macro.add_tags == ["withdrawal-delay"]
    ticket = next(t for t in agent.tickets("all", status=TicketStatus.open).items)  # type: ignore[arg-type]
    updated = agent.update_ticket(ticket.id, TicketPatch(version=ticket.version, status=macro.set_status,
                                                         tags=[*ticket.tags, *macro.add_tags]))
    assert updated.status is TicketStatus.pending_customer and "withdrawal-delay" in updated.tags
    with pytest.raises(Conflict):  # the version it was read at is stale now: nothing is overwritten
        agent.update_ticket(ticket.id, TicketPatch(version=ticket.version, status=TicketStatus.resolved))


def _write(name: str, version: int | None = None, **extra: Any) -> MacroWrite:
    texts = [MacroText(language=KbLanguage.en, title="Hi", body="Hello {customer_name}, ticket #{ticket_id}."),
             MacroText(language=KbLanguage.ko, title="안녕", body="{customer_name} 고객님, 문의 #{ticket_id}.")]
    return MacroWrite(name=name, texts=extra.pop("texts", texts), version=version, **extra)


def test_supervisors_manage_macros_agents_cannot(agent: ApiClient, supervisor: ApiClient,
                                                 service: ServiceProcess) -> None:
    with pytest.raises(Forbidden):
        agent.create_macro(_write("Agent's own"))
    created = supervisor.create_macro(_write("Test macro", set_status=TicketStatus.resolved, add_tags=["t1"]))
    assert [t.language for t in created.texts] == [KbLanguage.en, KbLanguage.ko]
    assert created.version == 1 and created.updated_by_name
    assert "Test macro" in by_name(agent, KbLanguage.ko)

    changed = supervisor.replace_macro(created.id, _write("Test macro, edited", version=1))
    assert changed.version == 2 and changed.name == "Test macro, edited" and changed.set_status is None
    with pytest.raises(Conflict):  # edited from version 1, but it is at 2 now
        supervisor.replace_macro(created.id, _write("Lost update", version=1))
    assert supervisor.macro(created.id).name == "Test macro, edited"

    no_english = requests.post(f"{service.url}{API_PREFIX}/macros", timeout=30,
                               headers={"Authorization": f"Bearer {supervisor.tokens.access_token}"},  # type: ignore
                               json={"name": "x", "texts": [{"language": "ko", "title": "t", "body": "b"}]})
    assert no_english.status_code == 422 and no_english.json()["error"]["field"] == "texts"

    with pytest.raises(Forbidden):
        agent.delete_macro(created.id)
    supervisor.delete_macro(created.id)
    assert "Test macro, edited" not in by_name(agent, KbLanguage.en)


def test_a_macro_with_a_placeholder_no_one_fills_is_refused(supervisor: ApiClient, service: ServiceProcess) -> None:
    body = {"name": "Typo", "texts": [{"language": "en", "title": "t", "body": "Hi {customer_name}, see {kb_link}"},
                                      {"language": "ko", "title": "t", "body": "{customer_nmae} 고객님"}]}
    answer = requests.post(f"{service.url}{API_PREFIX}/macros", timeout=30, json=body,
                           headers={"Authorization": f"Bearer {supervisor.tokens.access_token}"})  # type: ignore
    assert answer.status_code == 422, answer.text
    assert answer.json()["error"]["code"] == "unknown_placeholder"
    assert answer.json()["error"]["field"] == "texts.1.body"
    assert "Typo" not in by_name(supervisor, KbLanguage.en)
