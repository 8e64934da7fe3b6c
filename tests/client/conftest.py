"""Fixtures for the client tests: the scripted fake server and a client signed in to it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desk_app.client import ApiClient
from tests.client.fakeserver import FakeServer, running, signed_in


@pytest.fixture
def fake() -> Iterator[FakeServer]:
    """A scripted HTTP server on 127.0.0.1, stopped after the test."""
    with running() as server:
        yield server


@pytest.fixture
def fake_client(fake: FakeServer) -> Iterator[ApiClient]:
    """A client of the fake server holding tokens "access-0"/"refresh-0"."""
    client = signed_in(fake.url)
    yield client
    client.close()
