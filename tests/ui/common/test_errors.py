"""Every failure becomes one plain sentence; the agent never sees a traceback or a raw code alone."""

from __future__ import annotations

import logging

import pytest
from pytestqt.qtbot import QtBot

from desk_app.client import (
    AuthenticationFailed,
    BadResponse,
    Conflict,
    InsecureServerError,
    RateLimited,
    ServiceUnavailable,
    SessionExpired,
    ValidationFailed,
)
from desk_app.contract import ErrorCode
from desk_app.credentials import CredentialError
from desk_app.ui.common.errors import describe, is_conflict


@pytest.mark.parametrize(("error", "words"), [
    (AuthenticationFailed(401, ErrorCode.invalid_credentials, "x"), "wrong"),
    (AuthenticationFailed(401, ErrorCode.totp_reused, "x"), "already been used"),
    (RateLimited(429, ErrorCode.too_many_attempts, "x", retry_after=90), "Too many failed sign-in attempts"),
    (ServiceUnavailable(None, "network_error", "x"), "could not be reached"),
    (ServiceUnavailable(None, "tls_error", "x"), "certificate"),
    (SessionExpired(401, ErrorCode.token_expired, "x"), "Sign in again"),
    (Conflict(409, ErrorCode.version_conflict, "x"), "Someone else changed this ticket"),
    (ValidationFailed(422, ErrorCode.validation_error, "x", "tags"), "Check: tags."),
    (BadResponse(200, "bad_response", "x"), "does not understand"),
    (AuthenticationFailed(401, "a_code_from_a_newer_service", "x"), "a_code_from_a_newer_service"),
    (InsecureServerError("refusing plain http:// to example.com"), "not safe"),
    (CredentialError("Could not save the session (the keyring is locked)"), "keyring"),
])
def test_sentences(error: Exception, words: str, qtbot: QtBot) -> None:
    assert words in describe(error)


def test_rate_limits_say_how_long(qtbot: QtBot) -> None:
    assert "90 second" in describe(RateLimited(429, ErrorCode.too_many_attempts, "x", retry_after=90))


def test_the_unexpected_is_logged_not_shown(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        text = describe(KeyError("secret-internal-detail"))
    assert text == "Something went wrong (KeyError). The details are in the log."
    assert "secret-internal-detail" not in text and caplog.records


def test_conflicts_are_recognised(qtbot: QtBot) -> None:
    assert is_conflict(Conflict(409, ErrorCode.version_conflict, "x"))
    assert not is_conflict(Conflict(409, ErrorCode.already_decided, "x"))
