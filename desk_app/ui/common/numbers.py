"""Amounts in the agent's locale, keeping every decimal the service sent (the asset's precision)."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

from desk_app.ui.common.text import Formatted

_DECIMAL = re.compile(r"^(-?)([0-9]+)(?:\.([0-9]+))?$")


def format_amount(amount: str, locale: QLocale | None = None) -> str:
    """"1234567.12345678" as "1,234,567.12345678" (en), "1 234 567,12345678" (ru), "١٬٢٣٤٬٥٦٧٫١٢٣٤٥٦٧٨" (ar).

    Never through a float: a crypto amount has up to 18 decimals, and each one is kept. Text that is not
    a plain decimal is returned as it is."""
    match = _DECIMAL.match(amount.strip())
    if match is None:
        return amount
    locale = locale or QLocale()
    sign, whole, fraction = match.groups()
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    text = locale.groupSeparator().join([whole, *groups])
    if fraction:
        text += locale.decimalPoint() + fraction
    zero = locale.zeroDigit()
    if zero != "0":
        text = "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in text)
    return Formatted((locale.negativeSign() if sign else "") + text)
