"""Where a link in a customer's message really goes, and whether it imitates the exchange's own domains.

Qt-free. The host is found as a browser finds it (WHATWG: the authority ends at "/", "\\", "?" or "#", a
user name before "@" is not the host), mapped with UTS 46 by the maintained `idna` package (fullwidth
dots, case, percent-escapes), and shown both as punycode and as Unicode when those differ. Look-alikes
are judged against Unicode's confusables data (`confusables` package, including sequences such as
"rn" for "m" and "1" for "l"), not a table of our own.
"""

from __future__ import annotations

import enum
import ipaddress
import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import idna

DEFAULT_EXCHANGE_DOMAINS = ("example.com",)  # the demo exchange's own domain; the desk's setting overrides it
MAX_LINKS = 20
MIN_NAME_FOR_SUBSTRING = 4  # a shorter brand name ("ok") would match inside too many honest hosts
# A web link, or a dangerous scheme followed at once by its payload ("File: invoice" is not a link).
_LINK = re.compile(r"\b(?:https?://|(?:javascript|data|vbscript|file):)[^\s<>\"'()\[\]{}]+", re.IGNORECASE)
_AUTHORITY_END = re.compile(r"[/\\?#]")
_WEB = ("http", "https")


class Concern(enum.StrEnum):
    """Why a link deserves a second look; the UI words each one."""

    lookalike = "lookalike"  # imitates one of the exchange's domains
    not_web = "not_web"  # javascript:, data:, file: ... never opened by the desk
    credentials = "credentials"  # text before "@" that reads like a host but is not where it goes
    ip_address = "ip_address"  # a bare IP address instead of a name
    unencrypted = "unencrypted"  # http://
    invalid_host = "invalid_host"  # no host, or one no browser would accept


@dataclass(frozen=True)
class LinkCheck:
    """One link as written, where it goes, and what is wrong with it."""

    link: str
    scheme: str
    host: str  # ASCII (punycode) form, lower case; "" when there is none
    host_unicode: str  # the same host decoded; equal to `host` for plain ASCII names
    own: bool  # one of the exchange's domains or a subdomain of one
    imitates: str  # the exchange domain it looks like ("" if none)
    warnings: tuple[Concern, ...]

    @property
    def openable(self) -> bool:
        return self.scheme in _WEB and bool(self.host) and Concern.invalid_host not in self.warnings

    @property
    def differs(self) -> bool:
        """Whether the punycode and Unicode forms differ (an internationalised name)."""
        return self.host != self.host_unicode


def find_links(text: str, limit: int = MAX_LINKS) -> list[str]:
    """The links in a text (web ones and dangerous schemes), in order, without duplicates or trailing punctuation."""
    found: list[str] = []
    for match in _LINK.finditer(text):
        link = match.group(0).rstrip(".,;:!?")
        if link not in found:
            found.append(link)
        if len(found) >= limit:
            break
    return found


def check(link: str, domains: Iterable[str] = DEFAULT_EXCHANGE_DOMAINS) -> LinkCheck:
    """Where `link` goes and why it may mislead, judged against the exchange's `domains`."""
    scheme, _, rest = link.partition(":")
    scheme = scheme.strip().lower()
    if scheme not in _WEB:
        return LinkCheck(link, scheme, "", "", False, "", (Concern.not_web,))
    warnings: list[Concern] = []
    authority = _AUTHORITY_END.split(rest.lstrip("/\\"), maxsplit=1)[0]
    userinfo, at, hostport = authority.rpartition("@")
    if at and userinfo:
        warnings.append(Concern.credentials)
    raw_host = _strip_port(hostport)
    host, host_unicode = ascii_and_unicode(raw_host)
    if not host:
        warnings.append(Concern.invalid_host)
    elif _is_ip(host):
        warnings.append(Concern.ip_address)
    if scheme == "http":
        warnings.append(Concern.unencrypted)
    own_domains = [d for d in (ascii_and_unicode(d)[0] for d in domains) if d]
    own = bool(host) and any(host == d or host.endswith("." + d) for d in own_domains)
    imitates = "" if own or not host else lookalike_of(host_unicode or host, own_domains)
    if imitates:
        warnings.insert(0, Concern.lookalike)
    elif at and userinfo and not own and _mentions_a_domain(userinfo, own_domains):
        imitates = next(d for d in own_domains if _mentions(userinfo, d))
        warnings.insert(0, Concern.lookalike)
    return LinkCheck(link, scheme, host, host_unicode or host, own, imitates, tuple(warnings))


def check_all(text: str, domains: Iterable[str] = DEFAULT_EXCHANGE_DOMAINS) -> list[LinkCheck]:
    domains = tuple(domains)
    return [check(link, domains) for link in find_links(text)]


def ascii_and_unicode(host: str) -> tuple[str, str]:
    """(punycode form, Unicode form) of a host as UTS 46 maps it; ("", "") when it is not a valid name."""
    host = urllib.parse.unquote(host).strip().rstrip(".")
    if not host or len(host) > 1000:
        return "", ""
    if host.startswith("[") and host.endswith("]"):  # an IPv6 literal
        return (host.lower(), host.lower()) if _is_ip(host) else ("", "")
    try:
        ascii_host = idna.encode(host, uts46=True, transitional=False).decode("ascii")
    except (idna.IDNAError, UnicodeError, ValueError):
        try:  # IDNA 2003 (what some browsers still accept for symbols and emoji)
            ascii_host = host.encode("idna").decode("ascii").lower()
        except UnicodeError:
            return "", ""
    if not re.fullmatch(r"[a-z0-9_.-]+", ascii_host):
        return "", ""
    try:
        unicode_host = idna.decode(ascii_host)
    except (idna.IDNAError, UnicodeError, ValueError):
        try:
            unicode_host = ascii_host.encode("ascii").decode("idna")
        except UnicodeError:
            return "", ""  # "xn--" that is not punycode: no browser goes there
    return ascii_host, unicode_host


def lookalike_of(host: str, domains: Iterable[str]) -> str:
    """The exchange domain `host` imitates (not being it): a confusable of the whole domain anywhere in
    the host (exаmple.com, examp1e.com, example.com.evil.io), or of its name (secure-exarnple.net)."""
    host = host.lower()
    for domain in domains:
        if _mentions(host, domain):
            return domain
    return ""


def _mentions(text: str, domain: str) -> bool:
    name = domain.split(".")[0]
    if _confusable(domain).search(text.lower()):
        return True
    if len(name) >= MIN_NAME_FOR_SUBSTRING:
        return _confusable(name).search(text.lower()) is not None
    return any(_confusable(name).fullmatch(label) for label in re.split(r"[.\-]", text.lower()))


def _mentions_a_domain(text: str, domains: list[str]) -> bool:
    return any(_mentions(text, d) for d in domains)


@cache
def _confusable(text: str) -> re.Pattern[str]:
    import confusables  # here, not at the top: loading its data takes ~0.5 s, which cold start cannot afford (#7)

    return re.compile(confusables.confusable_regex(text))


def warm_up() -> None:
    """Loads the confusables data ahead of the first check; for a worker thread after start-up."""
    import confusables  # noqa: F401


def _strip_port(hostport: str) -> str:
    if hostport.startswith("["):
        return hostport.split("]", 1)[0] + "]"
    return hostport.rsplit(":", 1)[0] if hostport.count(":") == 1 else hostport


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return bool(re.fullmatch(r"(0x[0-9a-f]+|\d+)(\.(0x[0-9a-f]+|\d+)){0,3}", host))  # 2130706433, 0x7f.1
    return True
