"""The local store's key: made once in the keyring, the same ever after; never without a secure keyring."""

from __future__ import annotations

import base64

import pytest
from keyring.backend import KeyringBackend

from desk_app.credentials import LOCAL_STORE_KEY, SERVICE_NAME, CredentialError, CredentialStore
from tests.test_credentials import BrokenKeyring, LowPriorityKeyring, RecordingKeyring, _secret_service_or_skip


def test_the_key_is_created_on_first_use_and_then_reused() -> None:
    backend = RecordingKeyring()
    key = CredentialStore(backend).local_store_key()
    assert key is not None and len(key) == 32
    assert base64.b64decode(backend.items[(SERVICE_NAME, LOCAL_STORE_KEY)]) == key
    assert CredentialStore(backend).local_store_key() == key  # another start: the same key
    assert CredentialStore(RecordingKeyring()).local_store_key() != key  # another machine: another key


def test_a_damaged_entry_is_replaced() -> None:
    backend = RecordingKeyring()
    backend.items[(SERVICE_NAME, LOCAL_STORE_KEY)] = "not base64 at all!"
    key = CredentialStore(backend).local_store_key()
    assert key is not None and base64.b64decode(backend.items[(SERVICE_NAME, LOCAL_STORE_KEY)]) == key


def test_no_key_without_a_secure_keyring() -> None:
    backend = LowPriorityKeyring()
    assert CredentialStore(backend).local_store_key() is None
    assert backend.items == {}


def test_a_failing_keyring_says_so_without_the_key() -> None:
    with pytest.raises(CredentialError, match="local store key"):
        CredentialStore(BrokenKeyring()).local_store_key()


@pytest.mark.keyring_real
def test_the_real_secret_service_keeps_the_key() -> None:
    backend: KeyringBackend = _secret_service_or_skip()
    first = CredentialStore(backend).local_store_key()
    assert first is not None and CredentialStore(backend).local_store_key() == first
