"""The knowledge base on the real service, on SQLite (FTS5) and PostgreSQL (tsvector): ranked search in nine
languages (CJK included), language versions and their fallback, stale marking, and suggestions for a ticket."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from desk_app.contract import API_PREFIX
from tests.helpers import INTEGRATION_KEY, ServiceProcess, login, start_service

# query, the language asked for, the article (by slug) that must be among the first three
QUERIES = [
    ("提现", "zh_CN", "withdrawal-delayed"),
    ("提现手续费", "zh_CN", "withdrawal-fees"),
    ("充值未到账", "zh_CN", "deposit-not-credited"),
    ("谷歌验证器 手机丢失", "zh_CN", "lost-2fa-device"),
    ("出金 處理中", "zh_TW", "withdrawal-delayed"),
    ("출금", "ko", "withdrawal-delayed"),
    ("출금이 지연돼요", "ko", "withdrawal-delayed"),
    ("비밀번호 재설정", "ko", "reset-password"),
    ("입금이 반영되지 않았어요", "ko", "deposit-not-credited"),
    ("강제 청산", "ko", "liquidation"),
    ("出金が遅い", "ja", "withdrawal-delayed"),
    ("本人確認 書類", "ja", "kyc-documents"),
    ("вывод средств задерживается", "ru", "withdrawal-delayed"),
    ("сбросить пароль", "ru", "reset-password"),
    ("аккаунт заморожен", "ru", "account-frozen"),
    ("comisiones de retiro", "es", "withdrawal-fees"),
    ("depósito no acreditado", "es", "deposit-not-credited"),
    ("autenticación de dos factores", "es", "enable-2fa"),
    ("para çekme ücretleri", "tr", "withdrawal-fees"),
    ("كلمة المرور", "ar", "reset-password"),
    ("reset my password", "en", "reset-password"),
    ("my deposit has not been credited", "en", "deposit-not-credited"),
    ("lost phone 2FA", "en", "lost-2fa-device"),
    ("liquidation price futures", "en", "liquidation"),
    ("memo tag XRP deposit", "en", "deposit-missing-memo"),
    ("account hacked", "en", "account-takeover"),
]


@pytest.fixture(scope="module")
def agent(any_service: ServiceProcess) -> dict[str, str]:
    return {"Authorization": f"Bearer {login(any_service.url, 'agent1')['access_token']}"}


def get(service: ServiceProcess, headers: dict[str, str], path: str, **params: Any) -> Any:
    response = requests.get(f"{service.url}{API_PREFIX}{path}", headers=headers, params=params, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def slug(item: dict[str, Any]) -> str:
    return str(item["url"].rsplit("/", 1)[-1].split("-", 1)[1])


@pytest.mark.parametrize(("query", "language", "expected"), QUERIES, ids=[f"{q[1]}-{q[0]}" for q in QUERIES])
def test_search_finds_the_right_article_in_the_top_three(any_service: ServiceProcess, agent: dict[str, str],
                                                         query: str, language: str, expected: str) -> None:
    items = get(any_service, agent, "/kb/articles", q=query, language=language)["items"]
    top = [slug(item) for item in items[:3]]
    assert expected in top, f"{query!r}: {top}"
    first = items[0]
    assert first["language"] == language and not first["fallback"], first  # shown in the asked language
    scores = [item["score"] for item in items]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0


def test_a_search_in_english_shows_the_customers_language(any_service: ServiceProcess,
                                                          agent: dict[str, str]) -> None:
    """The agent types English; the Korean customer's version is what comes back."""
    items = get(any_service, agent, "/kb/articles", q="withdrawal delayed", language="ko")["items"]
    assert slug(items[0]) == "withdrawal-delayed"
    assert items[0]["language"] == "ko" and items[0]["title"].startswith("출금")
    assert "/ko/articles/" in items[0]["url"]


def test_category_narrows_and_nonsense_finds_nothing(any_service: ServiceProcess, agent: dict[str, str]) -> None:
    trading = get(any_service, agent, "/kb/articles", q="fees", category="trading")["items"]
    assert trading and {item["category"] for item in trading} == {"trading"}
    assert get(any_service, agent, "/kb/articles", q="zzqxv qqqzx")["items"] == []
    hostile = get(any_service, agent, "/kb/articles", q='" OR * NEAR( -- \'; DROP TABLE kb_fts;')
    assert isinstance(hostile["items"], list)  # FTS syntax in a query is text, not a command


def test_listing_without_a_query_holds_the_whole_demo(any_service: ServiceProcess, agent: dict[str, str]) -> None:
    items = get(any_service, agent, "/kb/articles", limit=50)["items"]
    assert len(items) >= 40
    assert all(item["score"] is None for item in items)
    nine = [item for item in items if len(item["languages"]) == 9]
    assert len(nine) >= 10  # the most-read articles exist in every article language


def test_article_versions_and_fallback(any_service: ServiceProcess, agent: dict[str, str]) -> None:
    items = get(any_service, agent, "/kb/articles", limit=50)["items"]
    by_slug = {slug(item): item for item in items}
    frozen = by_slug["account-frozen"]["id"]
    traditional = get(any_service, agent, f"/kb/articles/{frozen}", language="zh_TW")
    assert traditional["language"] == "zh_TW" and "帳戶" in traditional["body"] and not traditional["fallback"]
    english_only = by_slug["passkeys"]["id"]
    shown = get(any_service, agent, f"/kb/articles/{english_only}", language="ko")
    assert shown["language"] == "en" and shown["fallback"] and shown["languages"] == ["en"]
    missing = requests.get(f"{any_service.url}{API_PREFIX}/kb/articles/999999", headers=agent, timeout=30)
    assert missing.status_code == 404


def test_articles_past_their_review_are_stale(any_service: ServiceProcess, agent: dict[str, str]) -> None:
    result = get(any_service, agent, "/kb/articles", limit=50)
    assert result["stale_after_days"] == 180
    by_slug = {slug(item): item for item in result["items"]}
    assert by_slug["kyc-rejected"]["stale"] and by_slug["anti-phishing-code"]["stale"]  # 210 and 400 days
    assert not by_slug["withdrawal-delayed"]["stale"] and not by_slug["account-takeover"]["stale"]


def _inbound_ticket(service: ServiceProcess, customer_id: int, country: str, language: str, subject: str,
                    body: str) -> int:
    key = {"X-Integration-Key": INTEGRATION_KEY}
    customer = {"name": "Test Customer", "email": f"kb{customer_id}@example.org", "country": country,
                "language": language}
    assert requests.put(f"{service.url}{API_PREFIX}/inbound/customers/{customer_id}", json=customer, headers=key,
                        timeout=30).status_code == 200
    message = {"channel": "chat", "customer_id": customer_id, "subject": subject, "body": body,
               "language": language}
    response = requests.post(f"{service.url}{API_PREFIX}/inbound/messages", json=message, headers=key, timeout=30)
    assert response.status_code == 201, response.text
    return int(response.json()["ticket_id"])


def test_suggestions_read_the_ticket_in_the_customers_language(any_service: ServiceProcess,
                                                               agent: dict[str, str]) -> None:
    korean = _inbound_ticket(any_service, 910_001, "KR", "ko", "출금 문의",
                             "어제 USDT 출금을 신청했는데 아직도 처리 중이에요. 언제 출금되나요?")
    suggested = get(any_service, agent, "/kb/suggestions", ticket_id=korean)
    assert suggested["language"] == "ko"
    assert "withdrawal-delayed" in [slug(item) for item in suggested["items"][:3]]
    assert suggested["items"][0]["language"] == "ko"

    taiwan = _inbound_ticket(any_service, 910_002, "TW", "zh", "帳戶被凍結",
                             "我的帳戶突然被凍結了，無法登入也無法出金，請問要怎麼解凍？")
    suggested = get(any_service, agent, "/kb/suggestions", ticket_id=taiwan)
    assert suggested["language"] == "zh_TW"  # a Chinese customer in Taiwan reads Traditional Chinese
    assert "account-frozen" in [slug(item) for item in suggested["items"][:3]]
    assert {item["language"] for item in suggested["items"][:3]} == {"zh_TW"}


def test_the_review_period_is_configurable(tmp_path: Any) -> None:
    with start_service(tmp_path, extra_args=["--kb-stale-days", "5000"]) as lenient:
        headers = {"Authorization": f"Bearer {login(lenient.url, 'agent2')['access_token']}"}
        result = get(lenient, headers, "/kb/articles", limit=50)
        assert result["stale_after_days"] == 5000
        assert not any(item["stale"] for item in result["items"])
