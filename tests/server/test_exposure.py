"""Secrets a customer sends by mistake are redacted before they are stored, anywhere."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import requests
from mnemonic import Mnemonic

from desk_app.server import exposure
from tests.helpers import INTEGRATION_KEY, ServiceProcess, login

API = "/api/v1"


@pytest.mark.parametrize("language", Mnemonic.list_languages())
def test_a_recovery_phrase_in_any_bip39_language_is_found(language: str) -> None:
    phrase = unicodedata.normalize("NFC", Mnemonic(language).generate(128))
    text, kinds = exposure.redact(f"Here are my words: {phrase} — please check")
    assert kinds == ["recovery_phrase"]
    assert phrase.split()[5] not in text


def test_numbered_phrases_are_found_and_ordinary_sentences_are_not() -> None:
    words = Mnemonic("english").generate(256).split()
    numbered = " ".join(f"{i}. {w}" for i, w in enumerate(words, 1))
    assert exposure.redact(numbered)[1] == ["recovery_phrase"]
    sentence = "I was able to access my account but the deposit address about my order is absent today"
    assert exposure.redact(sentence) == (sentence, [])


def test_cards_keys_and_what_only_looks_like_them() -> None:
    assert exposure.redact("card 4111 1111 1111 1111 ok")[1] == ["card_number"]
    assert exposure.redact("order 4111 1111 1111 1112")[1] == []  # fails the Luhn check
    txid = "0x" + "ab" * 32
    assert exposure.redact(f"my withdrawal txid is {txid}") == (f"my withdrawal txid is {txid}", [])
    assert exposure.redact(f"my private key: {'ab' * 32}")[1] == ["private_key"]
    wif = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"  # the well-known example key
    assert exposure.redact(f"wif {wif}")[1] == ["private_key"]
    assert exposure.redact("xprv" + "9s21ZrQH143K" * 9)[1] == ["private_key"]


def test_the_original_is_nowhere_in_the_database_or_the_answers(service: ServiceProcess) -> None:
    phrase = Mnemonic("english").generate(128)
    card = "4111 1111 1111 1111"
    posted = requests.post(f"{service.url}{API}/inbound/messages", headers={"X-Integration-Key": INTEGRATION_KEY},
                           json={"channel": "chat", "customer_id": 1, "subject": "Help with my wallet",
                                 "body": f"My recovery words: {phrase}. Card {card}.", "language": "en"},
                           timeout=10)
    assert posted.status_code == 201, posted.text
    ticket_id = posted.json()["ticket_id"]
    token = login(service.url, "secops1")["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    ticket = requests.get(f"{service.url}{API}/tickets/{ticket_id}", headers=headers, timeout=10).json()
    messages = requests.get(f"{service.url}{API}/tickets/{ticket_id}/messages", headers=headers, timeout=10)
    answers = ticket.__repr__() + messages.text
    assert "secret-exposed" in ticket["tags"] and ticket["priority"] == "high"
    bodies = [m["body"] for m in messages.json()]
    assert "[recovery phrase removed by the desk]" in bodies[0] and "[card number removed by the desk]" in bodies[0]
    assert any(m["internal"] and "new wallet" in m["body"] for m in messages.json())
    for secret in (phrase, " ".join(phrase.split()[3:9]), card, card.replace(" ", "")):
        assert secret not in answers
        for stored in _database_files(service):
            assert secret.encode() not in stored.read_bytes()


def _database_files(service: ServiceProcess) -> list[Path]:
    url = next(arg for arg in service.process.args if str(arg).startswith("sqlite:///"))
    path = Path(str(url).removeprefix("sqlite:///"))
    return [p for p in (path, Path(f"{path}-wal")) if p.exists()]
