"""Phone numbers in domestic formats are masked in the incident record like international ones, and tx ids,
order ids, amounts and dates stay as written (docs/security.md #4)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import requests

from desk_app.contract import API_PREFIX
from desk_app.server.incident import Redactor
from desk_app.server.models import Customer
from tests.helpers import INTEGRATION_KEY, ServiceProcess
from tests.server.desk_api import Desk, desk_fixture, ok


def _customer(country: str, phone: str = "") -> Customer:
    return Customer(name="Test Person", email="t@example.org", phone=phone, document_number="", address="",
                    country=country)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.mark.parametrize(("country", "written"), [
    ("KR", "010-1234-5678"),  # Korean mobile, domestic
    ("US", "(212) 555-0199"),
    ("RU", "8 (912) 345-67-89"),  # the Russian trunk prefix 8
    ("JP", "090 1234 5678"),
    ("CN", "13812345678"),  # Chinese mobiles are written unspaced
    ("TW", "0912 345 678"),
    ("ES", "612 34 56 78"),
    ("TR", "0532 123 45 67"),
    ("GB", "020 7946 0958"),
    ("GB", "+44 20 7946 0958"),  # international, for comparison
    ("DE", "+82 10-2222-3333"),  # a foreign customer writing a Korean number
])
def test_a_phone_number_in_its_countrys_format_is_masked(country: str, written: str) -> None:
    redact = Redactor(_customer(country))
    text = redact(f"Please call me back at {written} today.")
    assert written not in text
    assert _digits(written)[2:-2] not in _digits(text), text
    assert text.startswith("Please call me back at ") and text.endswith(" today.") and "•" in text


def test_numbers_from_the_main_regions_are_found_whatever_the_customers_country() -> None:
    redact = Redactor(_customer("GB"))
    text = redact("Korea 010-1234-5678, Japan 090 1234 5678, Russia 8 (912) 345-67-89, US (212) 555-0199.")
    assert _digits(text) == "".join(_digits(masked) for masked in re.findall(r"\S*•+\d*", text))
    for gone in ("1234-5678", "1234 5678", "345-67", "555-01"):
        assert gone not in text, text


def test_the_customers_own_number_in_domestic_form_shows_as_the_profile_shows_it() -> None:
    redact = Redactor(_customer("KR", "+82 10-1234-5678"))
    assert redact("제 번호는 010-1234-5678 입니다") == "제 번호는 +82•••••78 입니다"
    assert redact("or +82 10 1234 5678") == "or +82•••••78"


@pytest.mark.parametrize("kept", [
    "tx 0x3f5e2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1",
    "txid 5d41402abc4b2a76b9719d911017c592",
    "order #4829301746",  # valid as a Russian number, but marked as an id
    "order 20241125123456",
    "order 1234-5678-9012",
    "withdrawal 1234567890123",
    "amount 1,234,567.89 USDT",
    "sent 0.49484536 BTC",
    "balance 12345678 KRW",
    "on 2024-11-25 at 14:30",
    "2024-11-25 14:30:00",
    "date 25.11.2024",  # a valid Hong Kong number, as digits go
    "from 01.02.2025 to 28.02.2025",
    "11/25/2024",
    "block 18234567",
    "ticket #120, code 123456",
])
@pytest.mark.parametrize("country", ["KR", "RU", "US", "CN", "JP"])
def test_ids_amounts_and_dates_are_left_alone(kept: str, country: str) -> None:
    assert Redactor(_customer(country))(kept) == kept


@pytest.fixture(scope="module")
def desk(service: ServiceProcess) -> Iterator[Desk]:
    yield from desk_fixture(service)


def test_the_incident_record_masks_domestic_numbers(desk: Desk) -> None:
    customer_id = 7_100_001
    inbound = {"X-Integration-Key": INTEGRATION_KEY}
    answer = requests.put(f"{desk.url}{API_PREFIX}/inbound/customers/{customer_id}", headers=inbound, timeout=30,
                          json={"name": "Park Ji-woo", "email": "jiwoo@example.kr", "phone": "+82 10-4444-5555",
                                "document_number": "M7654321", "address": "1 Gangnam-daero, Seoul", "country": "KR",
                                "twofa_enabled": True})
    assert answer.status_code == 200, answer.text
    body = ("Call me on 010-4444-5555 or my brother on 010-9876-5432 (my US line: (212) 555-0199). "
            "Order #4829301746, tx 0x3f5e2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f, 1,234.56 USDT on 2026-11-25.")
    answer = requests.post(f"{desk.url}{API_PREFIX}/inbound/messages", headers=inbound, timeout=30,
                           json={"channel": "email", "customer_id": customer_id, "subject": "Stolen funds",
                                 "body": body, "language": "en"})
    assert answer.status_code == 201, answer.text
    record = ok(desk.agent("secops1").get(f"/customers/{customer_id}/incident"))
    [message] = [e for e in record["entries"] if e["kind"] == "message.customer"]
    excerpt = message["details"]["excerpt"]
    assert excerpt.startswith("Call me on +82•••••55 or my brother on 01•••••32 (my US line: 21•••••99).")
    for kept in ("Order #4829301746", "tx 0x3f5e2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f", "1,234.56 USDT",
                 "2026-11-25"):
        assert kept in excerpt, excerpt
    assert "9876" not in excerpt and "4444" not in excerpt and "555-0199" not in excerpt
