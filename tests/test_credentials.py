"""Tests for desk_app/credentials.py: one keyring entry per agent and server, nothing in insecure stores."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from desk_app.client.tokens import Tokens
from desk_app.credentials import (
    SERVICE_NAME,
    CredentialError,
    CredentialStore,
    insecure_reason,
    key_for,
    tokens_from_json,
    tokens_to_json,
)

SERVER = "https://desk.example.com"
ACCESS = "access-SECRET-1234"
REFRESH = "refresh-SECRET-5678"


class RecordingKeyring(KeyringBackend):
    """An in-memory keyring that records every call."""

    priority: float = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}
        self.calls: list[tuple[str, str, str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get", service, username))
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set", service, username))
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", service, username))
        if (service, username) not in self.items:
            raise keyring.errors.PasswordDeleteError("not found")
        del self.items[(service, username)]


class PlaintextKeyring(RecordingKeyring):
    """Looks like keyrings.alt's file keyring: secure by priority, but from the keyrings.alt package."""

    priority = 5


PlaintextKeyring.__module__ = "keyrings.alt.file"


class LowPriorityKeyring(RecordingKeyring):
    priority = 0.5


class BrokenKeyring(RecordingKeyring):
    """Fails every call the way a locked or vanished Secret Service does."""

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked(f"locked while reading {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"could not store {password}")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.InitError("no D-Bus")


def make_tokens() -> Tokens:
    return Tokens(ACCESS, REFRESH, datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC))


def test_round_trip_uses_one_entry_under_one_service_name() -> None:
    backend = RecordingKeyring()
    store = CredentialStore(backend)
    assert store.is_secure() and store.insecure_reason is None

    store.save(SERVER, "alice", make_tokens())
    assert list(backend.items) == [(SERVICE_NAME, f"{SERVER}|alice")]
    assert store.load(SERVER, "alice") == make_tokens()

    store.delete(SERVER, "alice")
    assert backend.items == {}
    assert store.load(SERVER, "alice") is None
    assert {service for _, service, _ in backend.calls} == {"desk_app"}
    assert [call for call in backend.calls if call[0] == "set"] == [("set", "desk_app", f"{SERVER}|alice")]


def test_entry_is_one_json_string_with_both_tokens() -> None:
    backend = RecordingKeyring()
    CredentialStore(backend).save(SERVER, "alice", make_tokens())
    stored = backend.items[(SERVICE_NAME, key_for(SERVER, "alice"))]
    assert ACCESS in stored and REFRESH in stored
    assert tokens_from_json(stored) == make_tokens()


def test_agents_and_servers_are_kept_apart() -> None:
    store = CredentialStore(RecordingKeyring())
    other = Tokens("a2", "r2", datetime.now(UTC) + timedelta(minutes=5))
    store.save(SERVER, "alice", make_tokens())
    store.save("https://other.example.com", "alice", other)
    assert store.load(SERVER, "bob") is None
    assert store.load("https://other.example.com", "alice") == other
    assert store.load(SERVER, "alice") == make_tokens()


def test_delete_of_nothing_is_fine() -> None:
    CredentialStore(RecordingKeyring()).delete(SERVER, "nobody")


def test_unreadable_entry_loads_as_none() -> None:
    backend = RecordingKeyring()
    backend.items[(SERVICE_NAME, key_for(SERVER, "alice"))] = "not json {"
    assert CredentialStore(backend).load(SERVER, "alice") is None
    assert tokens_from_json('{"v": 99}') is None
    assert tokens_from_json(tokens_to_json(make_tokens()).replace("+00:00", "")) is None  # naive time


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), PlaintextKeyring(), LowPriorityKeyring()],
    ids=["fail", "null", "keyrings.alt", "low-priority"],
)
def test_insecure_backends_keep_tokens_in_memory_only(backend: KeyringBackend) -> None:
    store = CredentialStore(backend)
    assert not store.is_secure()
    assert store.insecure_reason

    store.save(SERVER, "alice", make_tokens())  # fail.Keyring would raise if it were called
    assert store.load(SERVER, "alice") == make_tokens()
    store.delete(SERVER, "alice")
    assert store.load(SERVER, "alice") is None
    if isinstance(backend, RecordingKeyring):
        assert backend.items == {} and backend.calls == []


def test_in_memory_tokens_do_not_outlive_the_store() -> None:
    backend = PlaintextKeyring()
    CredentialStore(backend).save(SERVER, "alice", make_tokens())
    assert CredentialStore(backend).load(SERVER, "alice") is None


def test_chainer_is_judged_by_the_backends_it_chains(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [RecordingKeyring()])
    assert insecure_reason(chainer.ChainerBackend()) is None
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [RecordingKeyring(), PlaintextKeyring()])
    assert insecure_reason(chainer.ChainerBackend()) is not None
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert insecure_reason(chainer.ChainerBackend()) is not None


def test_backend_whose_priority_raises_is_insecure() -> None:
    class Unavailable(RecordingKeyring):
        @property
        def priority(self) -> float:  # type: ignore[override]
            raise RuntimeError("no D-Bus session")

    assert insecure_reason(Unavailable()) is not None


@pytest.mark.parametrize("call", ["save", "load", "delete"])
def test_keyring_errors_are_wrapped_without_secrets(call: str) -> None:
    store = CredentialStore(BrokenKeyring())
    with pytest.raises(CredentialError) as caught:
        if call == "save":
            store.save(SERVER, "alice", make_tokens())
        elif call == "load":
            store.load(SERVER, "alice")
        else:
            store.delete(SERVER, "alice")
    text = f"{caught.value} {caught.value!r} {caught.value.args}"
    assert ACCESS not in text and REFRESH not in text and "alice" not in text
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_tokens_repr_hides_the_tokens() -> None:
    text = repr(make_tokens())
    assert ACCESS not in text and REFRESH not in text and "2030" in text


def _secret_service_or_skip() -> KeyringBackend:
    """The real Secret Service backend, if a session bus with an unlocked default collection exists."""
    try:
        import secretstorage
        from keyring.backends import SecretService
    except ImportError as exc:
        pytest.skip(f"the Secret Service backend needs secretstorage ({exc})")
    try:
        connection = secretstorage.dbus_init()
    except Exception as exc:
        pytest.skip(f"no D-Bus session bus ({type(exc).__name__}); run under dbus-run-session")
    try:
        collection = secretstorage.get_default_collection(connection)
        if collection.is_locked():
            pytest.skip("the Secret Service's default collection is locked")
    except Exception as exc:
        pytest.skip(f"no Secret Service on the session bus ({type(exc).__name__}); start gnome-keyring-daemon")
    finally:
        connection.close()
    backend = SecretService.Keyring()
    try:
        backend.priority  # noqa: B018
    except Exception as exc:
        pytest.skip(f"the Secret Service backend is not usable: {exc}")
    return backend


@pytest.mark.keyring_real
def test_real_secret_service_round_trip() -> None:
    backend = _secret_service_or_skip()
    store = CredentialStore(backend)
    assert store.is_secure(), store.insecure_reason
    server = f"https://desk-test-{uuid.uuid4().hex[:8]}.invalid"
    try:
        store.save(server, "alice", make_tokens())
        assert backend.get_password(SERVICE_NAME, key_for(server, "alice")) is not None
        assert CredentialStore(backend).load(server, "alice") == make_tokens()  # survives a new store
        store.delete(server, "alice")
        assert store.load(server, "alice") is None
        store.delete(server, "alice")  # twice is fine
    finally:
        try:
            backend.delete_password(SERVICE_NAME, key_for(server, "alice"))
        except keyring.errors.PasswordDeleteError:
            pass
