"""Two app instances of one agent (docs/security.md #3): real clients, the real service, the real Secret Service.

They share the keyring entry, so each reads the other's rotated tokens instead of presenting a used refresh
token; without the keyring the service's grace period still hands the second one the same pair. A refresh
token replayed after the grace period (a thief) ends the sign-in for every holder.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from desk_app.client import ApiClient, SessionExpired, Tokens
from desk_app.credentials import CredentialStore
from tests.helpers import DEMO_PASSWORD, ServiceProcess, fresh_totp, start_service

GRACE = 1.0
USERS = ("agent1", "agent2", "secops1")  # one per test: a TOTP code is good once per person


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """Access tokens live 4 s; a rotated refresh token is good again for 1 s."""
    env = {"DESK_REFRESH_REUSE_GRACE_SECONDS": str(GRACE)}
    with start_service(Path(tmp_path_factory.mktemp("two-instances")), extra_args=["--access-ttl-seconds", "4"],
                       env=env, demo_tickets=10, demo_customers=5) as running:
        yield running


def _secret_service() -> KeyringBackend:
    try:
        from keyring.backends import SecretService

        backend = SecretService.Keyring()
        backend.priority  # noqa: B018 (raises when no Secret Service answers)
    except Exception as exc:
        pytest.skip(f"no usable Secret Service ({type(exc).__name__})")
    return backend


@pytest.fixture
def store(service: ServiceProcess) -> Iterator[CredentialStore]:
    credentials = CredentialStore(_secret_service())
    assert credentials.is_secure(), credentials.insecure_reason
    yield credentials
    for user in USERS:
        credentials.delete(service.url, user)


def _instance(service: ServiceProcess, store: CredentialStore, user: str) -> ApiClient:
    """One desk-app's client, wired to the keyring as the app's session wires it."""
    return ApiClient(service.url, on_tokens_changed=lambda tokens: store.save(service.url, user, tokens),
                     reload_tokens=lambda: store.load(service.url, user))


def _wait_until_expired(tokens: Tokens | None) -> None:
    assert tokens is not None
    time.sleep(max(0.0, (tokens.expires_at - datetime.now(UTC)).total_seconds()) + 0.3)


@pytest.mark.keyring_real
def test_two_instances_go_on_together_through_the_keyring(service: ServiceProcess, store: CredentialStore) -> None:
    user = USERS[0]
    first = _instance(service, store, user)
    first.login(user, DEMO_PASSWORD, fresh_totp(user))
    second = _instance(service, store, user)
    second.set_tokens(store.load(service.url, user))  # the second start resumes the saved session...
    second.refresh()  # ...and renews it, which rotates the first instance's tokens away
    assert first.me().username == user  # refused, re-read the keyring, went on with the second's tokens
    assert first.tokens == second.tokens

    _wait_until_expired(first.tokens)
    assert first.me().username == user  # expired: the first instance renews (and saves)
    time.sleep(GRACE + 0.5)  # long after that rotation: presenting the old token now would be theft
    assert second.me().username == user  # the second reads the keyring instead of replaying it
    assert first.me().username == user  # and nobody was signed out
    assert first.tokens == second.tokens == store.load(service.url, user)


@pytest.mark.keyring_real
def test_without_the_keyring_the_grace_period_gives_the_same_pair(service: ServiceProcess,
                                                                  store: CredentialStore) -> None:
    user = USERS[1]
    first = _instance(service, store, user)
    first.login(user, DEMO_PASSWORD, fresh_totp(user))
    second = ApiClient(service.url)  # sees only its own copy
    second.set_tokens(first.tokens)
    _wait_until_expired(first.tokens)
    assert first.me().username == user
    assert second.me().username == user  # presented the used refresh token within the grace period
    assert first.tokens is not None and second.tokens is not None
    assert second.tokens.refresh_token == first.tokens.refresh_token  # one session, not two


@pytest.mark.keyring_real
def test_a_refresh_token_replayed_later_signs_every_holder_out(service: ServiceProcess,
                                                               store: CredentialStore) -> None:
    user = USERS[2]
    first = _instance(service, store, user)
    first.login(user, DEMO_PASSWORD, fresh_totp(user))
    stolen = first.tokens
    _wait_until_expired(stolen)
    assert first.me().username == user  # rotated: the stolen copy is now a used token
    time.sleep(GRACE + 0.5)
    thief = ApiClient(service.url)
    thief.set_tokens(stolen)
    with pytest.raises(SessionExpired):
        thief.me()
    with pytest.raises(SessionExpired):  # the sign-in is over for its rightful holder as well
        first.me()
    assert first.tokens is None
