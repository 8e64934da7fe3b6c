"""Refresh-token rotation's grace period: the pair a refresh token was traded for, sealed under that token.

The database keeps only hashes of tokens, so it cannot hand out a successor pair again by itself. At each
rotation the new pair is encrypted (AES-256-GCM) under a key derived with HKDF from the *old* refresh token,
which only its holder has; a second app instance presenting the same old token within the grace period
unseals the very pair the first instance got, so both go on with one session. A copied database alone
opens nothing: the key is not derivable from the stored SHA-256 hash of the token.
"""

from __future__ import annotations

import json
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_BYTES = 12
_INFO = b"desk_app refresh successor v1"


def _key(old_refresh_token: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(old_refresh_token.encode())


def seal(old_refresh_token: str, access_token: str, refresh_token: str) -> bytes:
    """The successor pair, readable only with the old refresh token."""
    nonce = os.urandom(NONCE_BYTES)
    plain = json.dumps({"access": access_token, "refresh": refresh_token}).encode()
    return nonce + AESGCM(_key(old_refresh_token)).encrypt(nonce, plain, _INFO)


def unseal(old_refresh_token: str, sealed: bytes) -> tuple[str, str] | None:
    """(access token, refresh token) of the successor, or None if this token does not open it."""
    try:
        plain = AESGCM(_key(old_refresh_token)).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], _INFO)
    except (InvalidTag, ValueError):
        return None
    pair = json.loads(plain)
    return str(pair["access"]), str(pair["refresh"])
