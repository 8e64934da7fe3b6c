"""Reply checks (no Qt): passwords and codes given out, revealed values, links outside the allow-list."""

from __future__ import annotations

import pytest

from desk_app.reply_checks import (
    DEFAULT_ALLOWED_DOMAINS,
    Finding,
    FindingKind,
    RevealedValues,
    allowed,
    ascii_host,
    check_reply,
    find_foreign_links,
    find_secrets,
)


@pytest.mark.parametrize("text", [
    "Your new password is Tr0ub4dor&3, please change it after signing in.",
    "Temporary password: sunshine",
    "password = hunter22",
    "您的新密码是Abc12345",
    "Ваш пароль: qwerty12",
    "Tu contraseña es Clave2024!",
    "新しいパスワードは Xy7#kLm9 です",
    "Şifreniz: Guvenli42",
    "비밀번호는 Seoul2024! 입니다",
])
def test_a_password_given_out_is_found(text: str) -> None:
    assert [f.kind for f in find_secrets(text)] == [FindingKind.password]


@pytest.mark.parametrize("text", [
    "Your verification code is 482913.",
    "SMS code 4821",
    "Your code: 123 456",
    "인증번호는 123456 입니다",
    "您的验证码是 839201",
    "Ваш код: 550123",
    "Tu código es 991822",
])
def test_a_one_time_code_given_out_is_found(text: str) -> None:
    assert FindingKind.code in [f.kind for f in find_secrets(text)]


@pytest.mark.parametrize("text", [
    "Please reset your password in the app.",
    "A password reset link was sent to your email.",
    "Your password is incorrect, so the account was locked for 15 minutes.",
    "Never share your password or 2FA code with anyone, including us.",
    "The error code 5003 means the network is congested.",
    "Use the promo code 2024 at checkout.",
    "Your withdrawal of 0.5 BTC was confirmed in block 840000.",
    "We are looking into it.",
])
def test_ordinary_replies_are_not_flagged(text: str) -> None:
    assert check_reply(text) == []


def test_revealed_values_are_found_by_fingerprint_whatever_the_spacing_and_case() -> None:
    revealed = RevealedValues()
    revealed.remember("+1 (555) 010-2345", "phone")
    revealed.remember("12 Rose Street\nSpringfield", "address")
    revealed.remember("Li", "name")  # too short to look for
    revealed.remember("Mei.Lin@Example.net", "email")
    assert revealed.find("Call us from 1-555-010-2345 please") == ["phone"]
    assert revealed.find("We have 12 ROSE street   springfield on file") == ["address"]
    assert revealed.find("Hi Li, your email is mei.lin@example.net") == ["email"]
    assert revealed.find("Hi Li, we fixed it.") == []
    assert revealed.find("Your number ends in 2345") == []  # a part is not the full value
    kept = repr(vars(revealed))
    assert "555" not in kept and "rose" not in kept.lower() and "mei" not in kept.lower()  # never kept as text
    findings = check_reply("As requested: 12 Rose Street, Springfield", revealed)
    assert findings == []  # the comma makes it a different text; only whole values count
    assert check_reply("Your address: 12 Rose Street Springfield", revealed) == [
        Finding(FindingKind.revealed, "address")]


def test_links_outside_the_allow_list_are_found_with_their_real_host() -> None:
    text = ("See https://support.example.com/faq and www.example.com/help, not https://exаmple.com/login "
            "(Cyrillic a), evil-exchange.net/claim, http://203.0.113.9/x or https://user@evil.com@example.com/. "
            "Mail bob@mail.example, read report.pdf, e.g. like this.")
    hosts = [f.detail for f in find_foreign_links(text, DEFAULT_ALLOWED_DOMAINS)]
    assert hosts == ["xn--exmple-4nf.com", "203.0.113.9", "evil-exchange.net"]


def test_the_allow_list_covers_subdomains_only() -> None:
    assert allowed("desk.example.com", ["example.com"]) and allowed("EXAMPLE.com.", ["example.com"])
    assert not allowed("example.com.evil.net", ["example.com"]) and not allowed("notexample.com", ["example.com"])
    assert allowed("pay.exchange.io", ["example.com", "exchange.io"])
    assert ascii_host("Bücher.example") == "xn--bcher-kva.example"


def test_everything_together() -> None:
    revealed = RevealedValues()
    revealed.remember("AB1234567", "document_number")
    text = "Your password: Winter2025! Document AB 123 4567. Log in at https://examp1e.com now."
    assert check_reply(text, revealed, ["example.com"]) == [
        Finding(FindingKind.password, "password"),
        Finding(FindingKind.revealed, "document_number"),
        Finding(FindingKind.link, "examp1e.com"),
    ]


def test_words_run_together_are_still_read() -> None:
    found = check_reply("Yournewpassword:Winter2025x,signinathttps://examp1e-login.com")
    assert [f.kind for f in found] == [FindingKind.password, FindingKind.link]
    assert check_reply("Scan the barcode 123456 on the parcel.") == []
