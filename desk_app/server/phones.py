"""Phone numbers in free text, in any country's own format, found with Google's libphonenumber.

Customers write their number the way they dial it at home (010-1234-5678, (212) 555-0199, 8 (912) 345-67-89,
090 1234 5678). The matcher reads the text as written in the customer's country and in each of the exchange's
main regions, and keeps only numbers valid there; digits glued to letters (tx ids, wallets), dates, amounts and
ids marked with "#" are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import phonenumbers
from phonenumbers import Leniency, PhoneNumber, PhoneNumberMatcher

# Where the desk's customers mostly are: its languages' countries (en, zh, ko, ja, ru, es, tr, ar).
MAIN_REGIONS = ("US", "GB", "KR", "JP", "CN", "TW", "HK", "RU", "ES", "MX", "TR", "AE", "SA")
# Six digits or more, however spaced (with a leading + or parenthesis): where the matcher has a closer look.
_CANDIDATE = re.compile(r"\+?\(?\d(?:[\s().\-/]*\d){5,}\)?")
_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+")  # 1,234,567.89 or 0.49484536: never a number
_ID_MARK = re.compile(r"(?:#|№|No\.)\s*$", re.IGNORECASE)  # "order #4829301746" is an id, not a number
_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}([./-])\d{1,2}\2\d{1,2}")  # 25.11.2024, 2024-11-25


def regions_for(country: str | None) -> list[str]:
    """The customer's own country first, then the main regions."""
    own = (country or "").strip().upper()
    return ([own] if own else []) + [region for region in MAIN_REGIONS if region != own]


def find(text: str, regions: Iterable[str]) -> list[tuple[int, int, PhoneNumber]]:
    """Spans of valid phone numbers in text, overlaps merged into the longest, in order."""
    found: list[tuple[int, int, PhoneNumber]] = []
    regions = list(regions)
    for candidate in _CANDIDATE.finditer(text):  # the matcher is slow in Python: only where digits cluster
        if _AMOUNT.fullmatch(candidate.group()) or _DATE.fullmatch(candidate.group()):
            continue
        offset = max(0, candidate.start() - 8)  # the matcher looks around a number (letters, ":30" after a time)
        window = text[offset:candidate.end() + 8]
        for region in regions:
            for match in PhoneNumberMatcher(window, region, leniency=Leniency.VALID):
                start, end = offset + match.start, offset + match.end
                if _ID_MARK.search(text[max(0, start - 4):start]) or _DATE.fullmatch(match.raw_string):
                    continue
                found.append((start, end, match.number))
    found.sort(key=lambda span: (span[0], -span[1]))
    merged: list[tuple[int, int, PhoneNumber]] = []
    for start, end, number in found:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            if end > last[1]:
                merged[-1] = (last[0], end, number)
            continue
        merged.append((start, end, number))
    return merged


def same_number(a: PhoneNumber, b: PhoneNumber) -> bool:
    return phonenumbers.is_number_match(a, b) in (phonenumbers.MatchType.EXACT_MATCH,
                                                  phonenumbers.MatchType.NSN_MATCH)


def parse(value: str, country: str | None) -> PhoneNumber | None:
    """A stored number (the customer's own), or None if it does not parse."""
    try:
        return phonenumbers.parse(value, (country or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None


def replace(text: str, regions: Iterable[str], masked: Callable[[str, PhoneNumber], str]) -> str:
    """Text with every phone number found replaced by `masked(as written, number)`."""
    spans = find(text, list(regions))
    for start, end, number in reversed(spans):
        text = text[:start] + masked(text[start:end], number) + text[end:]
    return text
