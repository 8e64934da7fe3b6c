"""Secrets a customer sends by mistake, in the subject or the body, on SQLite and PostgreSQL: the original is
nowhere in the database (every table read raw, and the SQLite files byte by byte), in any answer, or in the
service's log; the ticket is flagged and carries the advice note."""

from __future__ import annotations

from pathlib import Path

import psycopg
import requests
from mnemonic import Mnemonic
from psycopg import sql

from desk_app.contract import API_PREFIX, SECRET_EXPOSED_TAG
from tests.helpers import INTEGRATION_KEY, ServiceProcess, libpq_url, login
from tests.hostile.corpus import HOSTILE_CUSTOMER, put_hostile_customer

WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"  # the well-known example key
HEX_KEY = "e9873d79c6d87dc0fb6a5778633389f4453213303da61f20bd67fc233aa33262"
CARD = "4111 1111 1111 1111"


def test_a_secret_is_nowhere_but_the_flag_and_the_note_are_there(any_service: ServiceProcess) -> None:
    put_hostile_customer(any_service.url)
    phrase = Mnemonic("english").generate(256)  # 24 words
    subject_phrase = Mnemonic("spanish").generate(128)  # 12 words in the subject, decomposed (NFKD) as generated
    body = (f"Help! My words are {phrase}. Also my private key: {HEX_KEY} and WIF {WIF}. "
            f"Card {CARD}, expiry 12/29. <b>please</b> \u202eurgent")
    posted = requests.post(f"{any_service.url}{API_PREFIX}/inbound/messages",
                           headers={"X-Integration-Key": INTEGRATION_KEY}, timeout=30,
                           json={"channel": "chat", "customer_id": HOSTILE_CUSTOMER, "subject": subject_phrase,
                                 "body": body, "language": "en"})
    assert posted.status_code == 201, posted.text
    ticket_id = posted.json()["ticket_id"]
    http = requests.Session()
    http.headers["Authorization"] = f"Bearer {login(any_service.url, 'secops2')['access_token']}"
    base = f"{any_service.url}{API_PREFIX}"
    answers = [
        http.get(f"{base}/tickets/{ticket_id}", timeout=30),
        http.get(f"{base}/tickets/{ticket_id}/messages", timeout=30),
        http.get(f"{base}/tickets", params={"view": "all"}, timeout=30),
        http.get(f"{base}/customers/{HOSTILE_CUSTOMER}/incident", timeout=30),
        http.get(f"{base}/audit", params={"ticket_id": ticket_id}, timeout=30),
    ]
    ticket, messages = answers[0].json(), answers[1].json()
    assert SECRET_EXPOSED_TAG in ticket["tags"] and ticket["priority"] == "high"
    assert ticket["subject"] == "[recovery phrase removed by the desk]"
    stored = messages[0]["body"]
    for label in ("recovery phrase", "private key", "card number"):
        assert f"[{label} removed by the desk]" in stored
    assert stored.endswith("<b>please</b> \u202eurgent")  # the rest is kept as sent
    note = next(m for m in messages if m["internal"])
    assert note["author_kind"] == "system" and "new wallet" in note["body"]
    secrets = [phrase, " ".join(phrase.split()[4:10]), subject_phrase, " ".join(subject_phrase.split()[2:8]),
               HEX_KEY, WIF, CARD, CARD.replace(" ", "")]
    text = "".join(answer.text for answer in answers)
    log = any_service.log_path.read_bytes()
    dump = _raw_database(any_service)
    for secret in secrets:
        assert secret not in text
        assert secret.encode() not in log
        assert secret.encode() not in dump


def _raw_database(service: ServiceProcess) -> bytes:
    """Everything the database holds: the SQLite files as bytes, or every PostgreSQL table as text."""
    url = str(service.args[service.args.index("--database-url") + 1])
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        return b"".join(p.read_bytes() for p in (path, Path(f"{path}-wal"), Path(f"{path}-journal")) if p.exists())
    chunks: list[bytes] = []
    with psycopg.connect(libpq_url(url)) as conn:
        tables = [row[0] for row in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")]
        assert "messages" in tables and "tickets" in tables, tables
        for table in tables:
            query = sql.SQL("SELECT t::text FROM {} AS t").format(sql.Identifier(table))
            chunks += [row[0].encode() for row in conn.execute(query)]
    return b"\n".join(chunks)
