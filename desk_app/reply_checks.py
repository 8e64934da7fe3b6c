"""What a reply to a customer must never carry: checked before sending, without Qt.

Three kinds of finding: a password or one-time code being given out (keywords in the desk's nine
languages, followed by something that looks like a secret), a personal-data value revealed earlier in
this session, and a link to a domain outside the exchange's allow-list. The UI turns findings into a
confirmation; the service stays the authority on everything else.

Revealed values are never kept as text: `RevealedValues` holds keyed hashes of their normalised forms
(the key lives in memory for this run only) and slides a window over the reply to find them.
"""

from __future__ import annotations

import enum
import hashlib
import os
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_ALLOWED_DOMAINS = ("example.com",)  # the demo exchange's own domain (see the README); a setting
MIN_REVEALED = 4  # characters: shorter values (a country code, "Li") are too common to warn about


class FindingKind(enum.StrEnum):
    password = "password"
    code = "code"
    revealed = "revealed"
    link = "link"


@dataclass(frozen=True)
class Finding:
    """One thing found: `detail` is the keyword, the revealed field's name, or the link's host (ASCII)."""

    kind: FindingKind
    detail: str


# --- passwords and one-time codes -----------------------------------------------------------------

PASSWORD_WORDS = (
    "password", "passwd", "pwd", "passcode", "passphrase", "contraseña", "contrasena", "clave", "парол",
    "密码", "密碼", "비밀번호", "암호", "パスワード", "şifre", "sifre", "parola", "كلمة المرور", "كلمة السر",
)
CODE_WORDS = (
    "one-time code", "one time code", "otp", "2fa code", "2fa", "verification code", "security code",
    "authentication code", "sms code", "code", "código", "codigo", "код", "验证码", "驗證碼", "인증번호",
    "인증 코드", "인증코드", "認証コード", "確認コード", "ワンタイムパスワード", "doğrulama kodu", "kod",
    "رمز التحقق", "رمز",
)
NOT_SECRET_CODES = ("error", "promo", "promotion", "referral", "invite", "invitation", "reference", "ticket",
                    "case", "zip", "postal", "country", "area", "discount", "coupon", "status")

_CONNECTORS = re.compile(
    r"^(?:[\s:：=＝\-–—\"'“”«»「」『』]|is\b|was\b|now\b|set\s+to\b|to\b|will\s+be\b|as\b|es\b|era\b|será\b|sera\b|"
    r"это\b|—|是|为|為|は|が|는|은|:|değişti\b|:)*",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"[^\s\"'“”«»()\[\]{}<>,，。、「」『』]+")
_CODE = re.compile(r"^(\d{3,4}[ -]?\d{2,4}|\d{4,8})(?!\d)")
_WINDOW = 40


def _spaced(word: str) -> bool:
    """Whether the keyword needs a word edge before it: a short one in a script that separates words."""
    latin = all(not c.isalpha() or unicodedata.name(c, "").startswith(("LATIN", "CYRILLIC")) for c in word)
    return latin and len(word) < 6  # "code" not in "barcode"; "password" also in "newpassword"


def _keyword_pattern(words: Iterable[str]) -> re.Pattern[str]:
    # Keywords may take endings ("Şifreniz", "пароля"); short Latin and Cyrillic ones must start a word
    # ("code" not in "barcode"); CJK, Korean and Arabic ones stand anywhere, particles attach ("비밀번호는")
    ordered = sorted(set(words), key=len, reverse=True)
    alternatives = [rf"(?<!\w){re.escape(w)}\w*" if _spaced(w) else re.escape(w) for w in ordered]
    return re.compile("|".join(alternatives), re.IGNORECASE)


_PASSWORD_RE = _keyword_pattern(PASSWORD_WORDS)
_CODE_RE = _keyword_pattern(CODE_WORDS)


def _looks_like_password(token: str, explicit: bool) -> bool:
    token = token.rstrip(".!?;。！？")
    if len(token) < (4 if explicit else 6) or token.lower().startswith(("http://", "https://", "www.")):
        return False
    if explicit:
        return True
    kinds = sum((any(c.islower() for c in token), any(c.isupper() for c in token[1:]),
                 any(c.isdigit() for c in token), any(not c.isalnum() for c in token)))
    return kinds >= 2 or any(c.isdigit() for c in token)


def _after(text: str, end: int) -> tuple[str, str, bool]:
    """What follows a keyword once connectors are skipped: its first token, the rest of the window, and
    whether a ":" or "=" introduced it."""
    window = text[end:end + _WINDOW]
    connectors = _CONNECTORS.match(window)
    skipped = connectors.group(0) if connectors else ""
    rest = window[len(skipped):]
    token = _TOKEN.match(rest)
    explicit = any(mark in skipped for mark in ":：=＝")
    return (token.group(0) if token else ""), rest, explicit


def _word_before(text: str, start: int) -> str:
    words = re.findall(r"\w+", text[max(0, start - 20):start])
    return words[-1].lower() if words else ""


def find_secrets(text: str) -> list[Finding]:
    """Passwords and one-time codes given out in `text`, one finding per keyword that introduces one."""
    found: list[Finding] = []
    for match in _PASSWORD_RE.finditer(text):
        token, _, explicit = _after(text, match.end())
        if token and _looks_like_password(token, explicit):
            found.append(Finding(FindingKind.password, match.group(0)))
    for match in _CODE_RE.finditer(text):
        _, rest, _ = _after(text, match.end())
        if _CODE.match(rest) and _word_before(text, match.start()) not in NOT_SECRET_CODES:
            found.append(Finding(FindingKind.code, match.group(0)))
    return _unique(found)


# --- revealed personal data -----------------------------------------------------------------------


def _text_form(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


def _compact_form(value: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", value).casefold() if c.isalnum())


def _mostly_digits(value: str) -> bool:
    compact = _compact_form(value)
    return len(compact) >= 6 and sum(c.isdigit() for c in compact) * 2 >= len(compact)


class RevealedValues:
    """Fingerprints of the values revealed in this session, to spot them in a reply (see the module)."""

    def __init__(self) -> None:
        self._key = os.urandom(32)
        self._lock = threading.Lock()
        # (form, length) -> {fingerprint: field name}
        self._prints: dict[tuple[str, int], dict[bytes, str]] = {}

    def _print(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8"), key=self._key, digest_size=16).digest()

    def remember(self, value: str, field: str) -> None:
        """Records a revealed value by its fingerprints; the value itself is not kept."""
        forms = [("text", _text_form(value))]
        if _mostly_digits(value):
            forms.append(("compact", _compact_form(value)))
        with self._lock:
            for form, normal in forms:
                if len(normal) >= MIN_REVEALED:
                    self._prints.setdefault((form, len(normal)), {})[self._print(normal)] = field

    def __len__(self) -> int:
        return sum(len(prints) for prints in self._prints.values())

    def find(self, text: str) -> list[str]:
        """The fields whose revealed value appears in `text` (spacing, case and, for numbers, punctuation aside)."""
        with self._lock:
            prints = {k: dict(v) for k, v in self._prints.items()}
        forms = {"text": _text_form(text), "compact": _compact_form(text)}
        fields: list[str] = []
        for (form, length), known in prints.items():
            normal = forms[form]
            for start in range(0, len(normal) - length + 1):
                field = known.get(self._print(normal[start:start + length]))
                if field is not None and field not in fields:
                    fields.append(field)
        return fields


# --- links ----------------------------------------------------------------------------------------

_URL = re.compile(r"(?:https?://|(?<![\w.])www\.)[^\s<>\"'()\[\]{}]+", re.IGNORECASE)
_BARE = re.compile(r"(?<![@\w.\-/])(?:[^\W_](?:[\w\-]{0,61}[^\W_])?\.)+[^\W\d_]{2,24}(?![\w@])(?:/[^\s<>\"']*)?")
NOT_DOMAINS = frozenset({"pdf", "png", "jpg", "jpeg", "gif", "txt", "csv", "doc", "docx", "xls", "xlsx", "zip",
                         "exe", "json", "xml", "log", "md", "py", "js", "html", "htm", "eg", "ie", "etc"})


def ascii_host(host: str) -> str:
    """The host in the form a browser would resolve (IDNA/punycode), lower case, without a trailing dot."""
    host = host.strip().rstrip(".").lower()
    labels = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label)
            continue
        try:
            labels.append("xn--" + unicodedata.normalize("NFKC", label).encode("punycode").decode("ascii"))
        except UnicodeError:
            labels.append(label)
    return ".".join(labels)


def _host_of(link: str) -> str:
    rest = re.sub(r"^https?://", "", link, flags=re.IGNORECASE)
    authority = re.split(r"[/?#\\]", rest, maxsplit=1)[0]
    authority = authority.rsplit("@", 1)[-1]  # user:password@host: the host is what is visited
    if authority.startswith("["):
        return authority.split("]", 1)[0] + "]"
    return ascii_host(authority.split(":", 1)[0])


def allowed(host: str, domains: Iterable[str]) -> bool:
    """Whether `host` is one of `domains` or a subdomain of one."""
    host = ascii_host(host)
    for domain in domains:
        domain = ascii_host(domain)
        if domain and (host == domain or host.endswith("." + domain)):
            return True
    return False


def find_foreign_links(text: str, domains: Iterable[str]) -> list[Finding]:
    """Links (with or without http://) to hosts outside `domains`, one finding per host."""
    domains = list(domains)
    hosts: list[str] = []
    for match in _URL.finditer(text):
        hosts.append(_host_of(match.group(0).rstrip(".,;:!?")))
    stripped = _URL.sub(" ", text)
    for match in _BARE.finditer(stripped):
        candidate = match.group(0).rstrip(".,;:!?")
        host = _host_of(candidate)
        if host.rsplit(".", 1)[-1] not in NOT_DOMAINS:
            hosts.append(host)
    return _unique([Finding(FindingKind.link, host) for host in hosts if host and not allowed(host, domains)])


# --- all together ---------------------------------------------------------------------------------


def check_reply(text: str, revealed: RevealedValues | None = None,
                domains: Iterable[str] = DEFAULT_ALLOWED_DOMAINS) -> list[Finding]:
    """Everything in a reply to a customer that an agent should look at twice before sending."""
    findings = find_secrets(text)
    if revealed is not None:
        findings += [Finding(FindingKind.revealed, field) for field in revealed.find(text)]
    findings += find_foreign_links(text, domains)
    return findings


def _unique(findings: list[Finding]) -> list[Finding]:
    seen: list[Finding] = []
    for finding in findings:
        if finding not in seen:
            seen.append(finding)
    return seen
