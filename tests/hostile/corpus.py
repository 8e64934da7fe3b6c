"""Hostile customer messages: what an attacker, a broken mail gateway or an unlucky customer sends.

Each entry is delivered through the real service (`POST /inbound/messages` with the integration key).
`canary` is the address of a local HTTP server the tests run: a view that fetched an image, a
stylesheet or a link would show up there as a request.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import requests

from desk_app.contract import API_PREFIX, MAX_MESSAGE_BODY
from tests.helpers import INTEGRATION_KEY

HOSTILE_CUSTOMER = 777_001  # made by `put_hostile_customer`, with a hostile name
RLO, PDF, LRI, PDI, ZWSP, ZWJ, BOM, WJ = "\u202e", "\u202c", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "\u2060"
HIDDEN = (RLO, PDF, LRI, PDI, ZWSP, BOM, WJ, "\u200e", "\u200f", "\u202d")  # must never reach a screen raw
BIG_CHAR = "𠀀😀"  # four bytes each in UTF-8: 100,000 characters of them are 400 kB; three such messages, 1.2 MB


@dataclass(frozen=True)
class Hostile:
    """One message: `shown` must appear in the conversation as literal text; `hidden` never raw."""

    name: str
    subject: str
    body: str
    shown: tuple[str, ...] = ()
    hidden: tuple[str, ...] = HIDDEN
    follow_ups: int = 0  # more messages like the body on the same ticket (a big conversation)
    extra: dict[str, Any] = field(default_factory=dict)


def corpus(canary: str) -> list[Hostile]:
    """Every hostile message, its subject hostile too; `canary` is an http://127.0.0.1:port address."""
    big = (BIG_CHAR * (MAX_MESSAGE_BODY // len(BIG_CHAR)))[:MAX_MESSAGE_BODY]
    return [
        Hostile("html_and_script",
                f"<b>Refund</b> <script>alert(1)</script> <a href='{canary}/subject-link'>me</a>",
                "<html><head><style>body{display:none}</style></head><body>"
                "<script>alert(document.cookie)</script><h1>URGENT</h1><b>bold</b> "
                f"<a href=\"{canary}/anchor\">click here</a> <iframe src=\"{canary}/frame\"></iframe>"
                "<table><tr><td>cell</td></tr></table></body></html>",
                shown=("<script>alert(document.cookie)</script>", "<b>bold</b>", "<h1>URGENT</h1>")),
        Hostile("remote_images",
                f"<img src={canary}/subject.png> invoice",
                f"<img src={canary}/pixel.gif> <img src=\"{canary}/track.png\" width=1 height=1>\n"
                f"<link rel=stylesheet href=\"{canary}/style.css\"> <video poster=\"{canary}/poster.jpg\">\n"
                f"<div style=\"background:url({canary}/bg.png)\">x</div>\n"
                f"![markdown]({canary}/markdown.png)",
                shown=(f"<img src={canary}/pixel.gif>", f"![markdown]({canary}/markdown.png)")),
        Hostile("links",
                "Verify your account at https://exаmple.com/login",  # Cyrillic "а"
                "javascript:alert(document.domain)\n"
                "JaVaScRiPt:fetch('//evil.io')\n"
                "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\n"
                "https://exаmple.com/login\n"  # Cyrillic "а"
                "https://example.com.evil.io/verify\n"
                "https://examp1e.com/support\n"
                "https://exarnple.com/withdraw\n"
                "https://example.com@evil.io/\n"
                "https://xn--exmple-4nf.com/\n"
                "[https://example.com](https://evil.io/phish)\n"
                "<a href=\"https://evil.io/\">https://example.com/</a>\n"
                "https://support.example.com/help",
                shown=("javascript:alert(document.domain)", "https://exаmple.com/login")),
        Hostile("direction_overrides",
                f"Refund for invoice {RLO}fdp.exe{PDF}",
                f"My file: invoice_{RLO}gnp.exe{PDF} and {LRI}isolated{PDI} and \u200f mark \u202d forced",
                shown=("⟨U+202E⟩gnp.exe⟨U+202C⟩", "⟨U+2066⟩isolated⟨U+2069⟩")),
        Hostile("zero_width",
                f"pass{ZWSP}word reset",
                f"My pass{ZWSP}word is hidden{BOM}{WJ} and https://ex{ZWSP}ample.com/x",
                shown=("pass⟨U+200B⟩word", "hidden⟨U+FEFF⟩⟨U+2060⟩")),
        Hostile("stacked_diacritics",
                "Z" + "\u0336\u0301\u0300\u0308" * 70 + "algo",
                ("H" + "\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308" * 250 + "e ") * 40,
                shown=("H\u0301\u0302\u0303\u0304",)),
        Hostile("emoji",
                "🔥💸 Withdrawal 🚨🇰🇷",
                "👨‍👩‍👧‍👦 family, 👍🏽 skin tone, 🇺🇦🇰🇷 flags, 🏳️‍🌈, keycap 1️⃣, ❤️ and text ❤︎, " * 50,
                shown=("👍🏽", "🇺🇦🇰🇷")),
        Hostile("qt_rich_text_markers",
                "&lt;b&gt;not bold&lt;/b&gt; <qt>rich?</qt>",
                "<qt><b>bold?</b></qt> &lt;i&gt;escaped&lt;/i&gt; &amp; &#x202E; <font color=red>red</font> "
                "<!-- comment --> <br/> <p style='font-size:80pt'>huge</p>",
                shown=("<qt><b>bold?</b></qt>", "&lt;i&gt;escaped&lt;/i&gt;", "&#x202E;", "<font color=red>")),
        Hostile("control_characters",
                "Bell\x07 and escape\x1b[31m",
                "ANSI \x1b[31mred\x1b[0m bell\x07 backspace\x08 form\x0c feed \r\r\n line \u0085 next \u2028 sep",
                shown=("ANSI",), hidden=(*HIDDEN, "\x1b", "\x07", "\x08")),
        Hostile("replacement_characters",
                "caf\ufffd broken bytes",
                "Gateway decoded bad bytes: caf\ufffd \ufffd\ufffd and private use \ue000 and noncharacter \ufdd0",
                shown=("caf\ufffd",)),
        Hostile("long_word",
                "A" * 300,
                "0x" + "deadbeef" * 12_000,
                shown=("0xdeadbeef",)),
        Hostile("thousands_of_lines",
                "\n".join(["multi", "line", "subject"]),
                "line\n" * (MAX_MESSAGE_BODY // 5),
                shown=("line\nline\n",)),
        Hostile("one_megabyte_conversation",
                "Big " + BIG_CHAR * 100,
                big, shown=(BIG_CHAR * 10,), follow_ups=2),
    ]


HOSTILE_NAME = f"{RLO}evil <b>Bob</b> &lt;x&gt; Z\u0301\u0301\u0301\u0301\u0301\u0301 {ZWSP}Ghost"


def put_hostile_customer(url: str) -> None:
    """A customer whose name, device and address are hostile too (the profile shows them masked)."""
    body = {"name": HOSTILE_NAME, "email": "<b>x</b>@exаmple.com", "country": "KR", "language": "ko",
            "address": f"<img src=x>, {RLO}Seoul", "phone": "+82 10 1234 5678",
            "logins": [{"at": "2026-01-01T00:00:00Z", "ip": "203.0.113.9", "country": "KR",
                        "device": f"<script>x</script> {RLO}device", "new_device": True}]}
    response = requests.put(f"{url}{API_PREFIX}/inbound/customers/{HOSTILE_CUSTOMER}", json=body,
                            headers={"X-Integration-Key": INTEGRATION_KEY}, timeout=30)
    assert response.status_code == 200, response.text


def deliver(url: str, message: Hostile, customer_id: int = HOSTILE_CUSTOMER) -> int:
    """Posts the message (and its follow-ups) as the customer; returns the ticket id."""
    body = {"channel": "email", "customer_id": customer_id, "subject": message.subject, "body": message.body,
            "language": "en", **message.extra}
    ticket_id = _post(url, body)
    for _ in range(message.follow_ups):
        _post(url, {**body, "ticket_id": ticket_id})
    return ticket_id


def _post(url: str, body: dict[str, Any]) -> int:
    data = json.dumps(body, ensure_ascii=False).encode()  # UTF-8 on the wire, as a gateway sends it
    response = requests.post(f"{url}{API_PREFIX}/inbound/messages", data=data, timeout=60,
                             headers={"X-Integration-Key": INTEGRATION_KEY, "Content-Type": "application/json"})
    assert response.status_code == 201, response.text[:300]
    ticket_id: int = response.json()["ticket_id"]
    return ticket_id
