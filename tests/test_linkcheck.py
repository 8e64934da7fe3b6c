"""Where links really go, and which ones imitate the exchange's domains (desk_app/linkcheck.py, no Qt)."""

from __future__ import annotations

import pytest

from desk_app.linkcheck import Concern, ascii_and_unicode, check, check_all, find_links

OWN = ("example.com",)


@pytest.mark.parametrize(
    ("link", "host"),
    [
        ("https://exаmple.com/login", "xn--exmple-4nf.com"),  # Cyrillic "а"
        ("https://xn--exmple-4nf.com/", "xn--exmple-4nf.com"),  # the same, already in punycode
        ("https://example.com.evil.io/verify", "example.com.evil.io"),  # an extra subdomain
        ("http://examp1e.com", "examp1e.com"),  # "1" for "l"
        ("https://exarnple.com/withdraw", "exarnple.com"),  # "rn" for "m"
        ("https://exampie.com", "exampie.com"),  # "i" for "l"
        ("https://secure-example.net/", "secure-example.net"),  # the name in someone else's domain
        ("https://example.co/", "example.co"),  # another top-level domain
        ("https://EXAMPLE.com.evil.io", "example.com.evil.io"),
        ("https://ｅｘａｍｐｌｅ.com.evil.io", "example.com.evil.io"),  # fullwidth letters, mapped by UTS 46
    ],
)
def test_look_alikes_of_the_exchange_are_flagged_with_their_real_host(link: str, host: str) -> None:
    found = check(link, OWN)
    assert found.host == host and not found.own
    assert found.warnings[0] is Concern.lookalike and found.imitates == "example.com"


@pytest.mark.parametrize(
    "link",
    ["https://example.com/", "https://support.example.com/help?x=1", "https://EXAMPLE.COM./a",
     "https://example。com/x", "https://%65xample.com/"],  # ideographic full stop; a percent-escaped letter
)
def test_the_exchanges_own_domains_are_not_flagged(link: str) -> None:
    found = check(link, OWN)
    assert found.own and Concern.lookalike not in found.warnings and found.host.endswith("example.com")


def test_honest_foreign_hosts_are_shown_but_not_called_look_alikes() -> None:
    for link in ("https://etherscan.io/tx/0xabc", "https://www.google.com/", "https://exchange.org/"):
        found = check(link, OWN)
        assert not found.own and found.warnings == () and found.imitates == ""


def test_the_text_before_an_at_sign_is_not_the_host() -> None:
    found = check("https://example.com@evil.io/login", OWN)
    assert found.host == "evil.io" and Concern.credentials in found.warnings
    assert Concern.lookalike in found.warnings  # the visible part imitates the exchange
    plain = check("https://user:pw@evil.io/", OWN)
    assert plain.host == "evil.io" and plain.warnings == (Concern.credentials,)


def test_a_backslash_ends_the_host_as_in_a_browser() -> None:
    assert check("https://evil.io\\@example.com/", OWN).host == "evil.io"
    assert check("https://example.com\\.evil.io/", OWN).host == "example.com"


def test_punycode_is_shown_both_ways_when_it_differs() -> None:
    assert ascii_and_unicode("xn--exmple-4nf.com") == ("xn--exmple-4nf.com", "exаmple.com")
    assert ascii_and_unicode("bücher.de") == ("xn--bcher-kva.de", "bücher.de")
    assert ascii_and_unicode("Example.COM") == ("example.com", "example.com")
    found = check("https://bücher.de/", OWN)
    assert found.differs and found.host_unicode == "bücher.de" and found.warnings == ()


@pytest.mark.parametrize("host", ["", "a" * 2000, "xn--", "exa mple.com", "<script>", "xn--zz-9xz.com\udc80"])
def test_hosts_no_browser_would_accept_are_invalid_not_crashes(host: str) -> None:
    found = check(f"https://{host}/", OWN)
    assert not found.openable and Concern.invalid_host in found.warnings


def test_ip_addresses_and_plain_http_are_pointed_out() -> None:
    assert check("http://203.0.113.9/", OWN).warnings == (Concern.ip_address, Concern.unencrypted)
    assert Concern.ip_address in check("https://2130706433/", OWN).warnings  # 127.0.0.1 as one number
    assert Concern.ip_address in check("https://[::1]:8080/", OWN).warnings


def test_dangerous_schemes_are_found_and_never_openable() -> None:
    text = "javascript:alert(1) JaVaScRiPt:x data:text/html;base64,AAAA vbscript:msgbox file:///etc/passwd"
    links = find_links(text)
    assert [check(link).scheme for link in links] == ["javascript", "javascript", "data", "vbscript", "file"]
    assert all(not check(link).openable and check(link).warnings == (Concern.not_web,) for link in links)
    assert find_links("File: invoice.pdf, Data: 5 rows, https: no") == []


def test_finding_is_bounded_and_fast_on_hostile_text() -> None:
    text = "https://example.com.evil.io/ " * 10_000 + "".join(f" https://h{i}.io" for i in range(100))
    found = check_all(text, OWN)
    assert len(found) == 20 and found[0].host == "example.com.evil.io"
    assert check("https://" + "exarnple-" * 6 + "x.com/", OWN).warnings[0] is Concern.lookalike
    assert check("https://" + "exarnple-" * 20 + "x.com/", OWN).warnings == (Concern.invalid_host,)  # label > 63


def test_the_exchanges_domains_are_a_setting() -> None:
    assert check("https://mybank.example/", ("mybank.example",)).own
    assert check("https://rnybank.example/", ("mybank.example",)).imitates == "mybank.example"
    assert not check("https://example.com/", ("mybank.example",)).own
