"""Masking of personal data: the service never sends an unmasked value except through a reveal."""

from __future__ import annotations


def _keep(value: str, head: int, tail: int, fill: str = "•") -> str:
    if len(value) <= head + tail:
        return fill * max(len(value), 3)
    return value[:head] + fill * min(6, len(value) - head - tail) + (value[-tail:] if tail else "")


def name(value: str) -> str:
    """Each word keeps its first letter: "Kim Min-jun" -> "K•• M•••••"."""
    words = value.split()
    return " ".join(w[0] + "•" * min(5, max(2, len(w) - 1)) for w in words) or "•••"


def email(value: str) -> str:
    local, _, domain = value.partition("@")
    host, _, tld = domain.rpartition(".")
    return f"{local[:1]}•••@{host[:1]}•••.{tld}" if host else "•••"


def phone(value: str) -> str:
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) < 4:
        return "•••"
    prefix = "+" if value.strip().startswith("+") else ""
    return f"{prefix}{digits[:2]}•••••{digits[-2:]}"


def document(value: str) -> str:
    return _keep(value, 0, 2) if value else ""


def address(value: str) -> str:
    """A postal address: only the last part (the city or country) stays."""
    if not value:
        return ""
    last = value.split(",")[-1].strip()
    return f"••••••, {last}" if last and last != value.strip() else "••••••"


def ip(value: str) -> str:
    if ":" in value:
        return value.split(":")[0] + ":••••:••••"
    parts = value.split(".")
    return f"{parts[0]}.{parts[1]}.•••.•••" if len(parts) == 4 else "•••"


def wallet(value: str) -> str:
    """A wallet address: enough of both ends to compare with what the customer says."""
    return _keep(value, 6, 4)


def tx_hash(value: str) -> str:
    """Transaction hashes are public on chain; shortened for reading, not for privacy."""
    return value if len(value) <= 16 else f"{value[:10]}…{value[-6:]}"
