"""Encryption of draft and outbox bodies at rest: AES-256-GCM with a key kept in the OS keyring.

Two subkeys are derived from the keyring's key with HKDF: one encrypts, one names the owner of a row
(server and agent) by an HMAC, so a copied database file shows neither texts nor who wrote them.
Each ciphertext is bound to its row (owner, ticket, kind) as associated data: rows cannot be swapped.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_BYTES = 12


class UnreadableBody(Exception):
    """A stored body could not be decrypted (another key, or a damaged file); it says nothing more."""


def _derive(key: bytes, label: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"desk_app local store " + label).derive(key)


class BodyCipher:
    """Encrypts and decrypts bodies, and names owners, with subkeys of one 32-byte key."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the local store key must be 32 bytes")
        self._aead = AESGCM(_derive(key, b"bodies"))
        self._names = _derive(key, b"owners")

    def owner(self, server: str, agent: str) -> str:
        """A stable, opaque name for one agent on one server."""
        message = f"{server}\0{agent}".encode()
        return hmac.new(self._names, message, hashlib.sha256).hexdigest()[:32]

    def encrypt(self, text: str, context: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, text.encode("utf-8"), context.encode("utf-8"))

    def decrypt(self, blob: bytes, context: str) -> str:
        failure: UnreadableBody | None = None
        try:
            return self._aead.decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], context.encode("utf-8")).decode("utf-8")
        except (InvalidTag, ValueError, UnicodeDecodeError):
            failure = UnreadableBody("a stored body could not be decrypted")
        raise failure
