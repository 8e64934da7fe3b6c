"""The session's tokens in the system keyring: the only module that touches `keyring`.

All of one agent's tokens on one server are one JSON string under the service name `desk_app` and the
key `"{server_url}|{username}"`. When the keyring is not a secure store (none found, disabled, a
plain-text file from `keyrings.alt`, a low-priority backend), nothing is written anywhere: the tokens
are kept in memory for this run only, and `insecure_reason` says why, for the UI to show plainly.
The keyring also holds the key that encrypts the workstation's drafts and outbox (`local_store_key`).

Creating a `CredentialStore` and every call may block (D-Bus, a keyring unlock prompt): call them off
the GUI thread. Errors never carry the tokens.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import secrets
import sys
from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from desk_app.client.tokens import Tokens

log = logging.getLogger(__name__)

T = TypeVar("T")

SERVICE_NAME = "desk_app"
FORMAT_VERSION = 1
LOCAL_STORE_KEY = "local-store-key"  # the keyring entry holding the local store's encryption key
LOCAL_KEY_BYTES = 32


class CredentialError(Exception):
    """The keyring failed; the message says what was being done, never the secret."""


def key_for(server: str, username: str) -> str:
    """The keyring user name for one agent on one server."""
    return f"{server}|{username}"


class Insecure(StrEnum):
    """Why a keyring backend is not a safe place for tokens; the UI words each one in the agent's language."""

    no_keyring = "no-keyring"  # none found
    keyring_off = "keyring-off"  # the null backend: turned off on purpose
    unprotected_file = "unprotected-file"  # keyrings.alt: secrets in a file without proper protection
    not_usable = "not-usable"  # the backend says it cannot work here
    not_recommended = "not-recommended"  # a backend of low priority


def insecure_reason(backend: KeyringBackend) -> Insecure | None:
    """Why `backend` is not a safe place for tokens, or None when it is."""
    if isinstance(backend, fail.Keyring):
        return Insecure.no_keyring
    if isinstance(backend, null.Keyring):
        return Insecure.keyring_off
    module = type(backend).__module__ or ""
    if module == "keyrings.alt" or module.startswith("keyrings.alt."):
        return Insecure.unprotected_file
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return Insecure.no_keyring
        reasons = [reason for reason in map(insecure_reason, chained) if reason is not None]
        return reasons[0] if reasons else None
    try:
        priority = float(backend.priority)
    except Exception:  # a backend reports it cannot work here by raising from `priority`
        return Insecure.not_usable
    if priority < 1:
        return Insecure.not_recommended
    return None


def tokens_to_json(tokens: Tokens) -> str:
    return json.dumps(
        {
            "v": FORMAT_VERSION,
            "access_token": tokens.access_token,
            "refresh_token": tokens.refresh_token,
            "expires_at": tokens.expires_at.isoformat(),
        }
    )


def tokens_from_json(text: str) -> Tokens | None:
    """The tokens in a stored string, or None if it is not one this version wrote."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("v") != FORMAT_VERSION:
            return None
        access, refresh = data["access_token"], data["refresh_token"]
        expires_at = datetime.fromisoformat(data["expires_at"])
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(access, str) or not isinstance(refresh, str) or expires_at.tzinfo is None:
        return None
    return Tokens(access_token=access, refresh_token=refresh, expires_at=expires_at)


class CredentialStore:
    """Saves, loads and deletes an agent's tokens in the keyring, or in memory when it is not secure."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self.insecure_reason = insecure_reason(self._backend)
        if self.insecure_reason is not None:
            log.warning("keyring backend %s is not a safe store (%s): tokens stay in memory",
                        type(self._backend).__name__, self.insecure_reason)
        self._memory: dict[str, str] = {}  # used instead of the backend when it is not secure

    def is_secure(self) -> bool:
        """Whether tokens go to a secure keyring (and so survive a restart)."""
        return self.insecure_reason is None

    def save(self, server: str, username: str, tokens: Tokens) -> None:
        key = key_for(server, username)
        if not self.is_secure():
            self._memory[key] = tokens_to_json(tokens)
            return
        self._guarded(
            "save the session to", lambda: self._backend.set_password(SERVICE_NAME, key, tokens_to_json(tokens))
        )

    def load(self, server: str, username: str) -> Tokens | None:
        """The saved tokens, or None if there are none (or they are unreadable)."""
        key = key_for(server, username)
        if not self.is_secure():
            stored = self._memory.get(key)
        else:
            stored = self._guarded("read the session from", lambda: self._backend.get_password(SERVICE_NAME, key))
        if stored is None:
            return None
        tokens = tokens_from_json(stored)
        if tokens is None:
            log.warning("ignored an unreadable saved session for %s", server)
        return tokens

    def delete(self, server: str, username: str) -> None:
        """Forgets the tokens; deleting what is not there is not an error."""
        key = key_for(server, username)
        self._memory.pop(key, None)
        if not self.is_secure():
            return

        def delete() -> bool:
            try:
                self._backend.delete_password(SERVICE_NAME, key)
            except keyring.errors.PasswordDeleteError:
                return False
            return True

        deleted = self._guarded("delete the session from", delete)
        if not deleted and self._guarded(
            "read the session from", lambda: self._backend.get_password(SERVICE_NAME, key)
        ):
            raise CredentialError("Could not delete the session from the system keyring")

    def local_store_key(self) -> bytes | None:
        """The key that encrypts this workstation's drafts and outbox, created on first use.

        None when the keyring is not secure: the caller then keeps drafts in memory only. If two apps
        create the key at once, both end up using the one that was stored last.
        """
        if not self.is_secure():
            return None
        stored = self._guarded("read the local store key from",
                               lambda: self._backend.get_password(SERVICE_NAME, LOCAL_STORE_KEY))
        key = _decode_key(stored)
        if key is not None:
            return key
        fresh = base64.b64encode(secrets.token_bytes(LOCAL_KEY_BYTES)).decode("ascii")
        self._guarded("save the local store key to",
                      lambda: self._backend.set_password(SERVICE_NAME, LOCAL_STORE_KEY, fresh))
        stored = self._guarded("read the local store key from",
                               lambda: self._backend.get_password(SERVICE_NAME, LOCAL_STORE_KEY))
        key = _decode_key(stored)
        if key is None:
            raise CredentialError("Could not keep the local store key in the system keyring")
        return key

    @staticmethod
    def _guarded(what: str, call: Callable[[], T]) -> T:
        """`call()`, with any failure turned into a `CredentialError` that names only its kind.

        The error is raised outside the `except` block so the original, which may quote the secret,
        is not kept as its `__context__`.
        """
        failure: CredentialError | None = None
        try:
            return call()
        except Exception as exc:
            failure = _wrapped(what, exc)
        raise failure


def _decode_key(stored: str | None) -> bytes | None:
    """The local store key in a stored string, or None if there is none (or it is not one we wrote)."""
    if not stored:
        return None
    try:
        key = base64.b64decode(stored.encode("ascii"), validate=True)
    except (ValueError, binascii.Error):
        return None
    return key if len(key) == LOCAL_KEY_BYTES else None


def _wrapped(what: str, exc: Exception) -> CredentialError:
    """A `CredentialError` naming the failure's kind; the original (which may hold the secret) is dropped."""
    kind = "the keyring is locked" if isinstance(exc, keyring.errors.KeyringLocked) else type(exc).__name__
    return CredentialError(f"Could not {what} the system keyring ({kind})")


PLATFORM_BACKENDS = {"win32": "keyring.backends.Windows", "darwin": "keyring.backends.macOS"}
DEFAULT_BACKEND = "keyring.backends.SecretService"  # Linux and the BSDs: the freedesktop Secret Service


def backend_status(platform: str | None = None) -> tuple[str, bool, str, Insecure | None]:
    """For `desk-app --self-check`: this platform's backend module (imported: raises if a build lacks it), whether
    keyring found it usable here, the backend in use and why that one is insecure (None when it is secure)."""
    import importlib

    from keyring.backend import get_all_keyring

    name = PLATFORM_BACKENDS.get(platform or sys.platform, DEFAULT_BACKEND)
    wanted = importlib.import_module(name).Keyring
    usable = any(type(backend) is wanted for backend in get_all_keyring())  # found through keyring's entry points
    in_use = keyring.get_keyring()
    return name, usable, f"{type(in_use).__module__}.{type(in_use).__name__}", insecure_reason(in_use)
