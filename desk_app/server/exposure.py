"""Secrets customers send by mistake: recovery phrases, private keys, card numbers.

The service redacts them before a message is stored, so the original is never in the database or in
any answer. Recovery phrases are checked against the BIP-39 word lists that the maintained
`mnemonic` package ships (the reference implementation's lists), in every language it has.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from mnemonic import Mnemonic

PHRASE_LENGTHS = range(12, 25)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_BETWEEN_WORDS = re.compile(r"^[\s,.;:\-–—()\[\]\d'\"“”]*$")  # "1. abandon 2. ability", commas, quotes
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_WIF = re.compile(r"(?<![1-9A-HJ-NP-Za-km-z])[5KL][1-9A-HJ-NP-Za-km-z]{50,51}(?![1-9A-HJ-NP-Za-km-z])")
_EXTENDED = re.compile(r"\b[xyzt]prv[1-9A-HJ-NP-Za-km-z]{100,112}\b")
_HEX_KEY = re.compile(r"\b(?:0x)?([0-9a-fA-F]{64})\b")
# A 64-hex string is a transaction hash as often as a key: it is a key only when the customer says so.
_KEY_WORDS = re.compile(
    r"private\s*key|priv\s*key|secret\s*key|seed|私钥|私鑰|密钥|개인\s*키|프라이빗\s*키|秘密鍵|プライベートキー|"
    r"приватн\w*\s*ключ|секретн\w*\s*ключ|clave\s*privada|özel\s*anahtar|المفتاح\s*الخاص",
    re.IGNORECASE,
)
_CARD = re.compile(r"(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)")


@dataclass(frozen=True)
class Finding:
    kind: str  # recovery_phrase | private_key | card_number
    start: int
    end: int


@cache
def _wordlists() -> list[frozenset[str]]:
    # Customers type composed (NFC) text; some lists are stored decomposed.
    return [frozenset(unicodedata.normalize("NFC", w) for w in Mnemonic(language).wordlist)
            for language in Mnemonic.list_languages()]


def _phrases(text: str) -> list[Finding]:
    """Runs of 12 to 24 words all from one BIP-39 list, with only numbering or punctuation between."""
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    found: list[Finding] = []
    for wordlist in _wordlists():
        run: list[tuple[int, int, str]] = []
        for word in [*words, (len(text), len(text), "")]:
            joined = bool(run) and _BETWEEN_WORDS.match(text[run[-1][1]:word[0]]) is not None
            if word[2] in wordlist and (joined or not run):
                run.append(word)
                continue
            if len(run) >= PHRASE_LENGTHS.start:
                found.append(Finding("recovery_phrase", run[0][0], run[-1][1]))
            run = [word] if word[2] in wordlist else []
    return found


def _base58check(candidate: str) -> bool:
    number = 0
    for ch in candidate:
        number = number * 58 + _BASE58.index(ch)
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    payload, checksum = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == checksum


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _keys(text: str) -> list[Finding]:
    found = [Finding("private_key", m.start(), m.end()) for m in _WIF.finditer(text) if _base58check(m.group())]
    found += [Finding("private_key", m.start(), m.end()) for m in _EXTENDED.finditer(text)]
    for m in _HEX_KEY.finditer(text):
        if _KEY_WORDS.search(text[max(0, m.start() - 80):m.start()]):
            found.append(Finding("private_key", m.start(), m.end()))
    return found


def _cards(text: str) -> list[Finding]:
    found = []
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and _luhn(digits) and len(set(digits)) > 1:
            found.append(Finding("card_number", m.start(), m.end()))
    return found


def find(text: str) -> list[Finding]:
    """Every secret in `text`, in order, overlaps merged into the first finding."""
    merged: list[Finding] = []
    for finding in sorted(_phrases(text) + _keys(text) + _cards(text), key=lambda f: (f.start, -f.end)):
        if merged and finding.start < merged[-1].end:
            continue
        merged.append(finding)
    return merged


LABELS = {
    "recovery_phrase": "[recovery phrase removed by the desk]",
    "private_key": "[private key removed by the desk]",
    "card_number": "[card number removed by the desk]",
}


def redact(text: str) -> tuple[str, list[str]]:
    """The text with every secret replaced by a label, and the kinds that were found.

    Words pasted decomposed (NFD, as some wallets and macOS give them: "la\u0301stima") are found in the
    composed form; a text with a secret is stored composed, one without is stored exactly as sent.
    """
    findings = find(text)
    composed = unicodedata.normalize("NFC", text)
    if composed != text and (more := find(composed)):
        text, findings = composed, more
    out, last = [], 0
    for finding in findings:
        out += [text[last:finding.start], LABELS[finding.kind]]
        last = finding.end
    out.append(text[last:])
    return "".join(out), sorted({f.kind for f in findings})


ADVICE = (
    "The customer sent what looks like {what}. The desk removed it before storing the message, so no "
    "one here can see it. Tell the customer that anyone who saw it can take their funds: they must "
    "move their funds to a new wallet with a new recovery phrase now (or cancel the card), and that "
    "support will never ask for it."
)
WHAT = {"recovery_phrase": "a wallet recovery phrase", "private_key": "a private key",
        "card_number": "a payment card number"}


def advice(kinds: list[str]) -> str:
    return ADVICE.format(what=" and ".join(WHAT[k] for k in kinds))
