"""Fixtures for the hostile-input tests: a canary server, and a service that holds the corpus.

The UI fixtures (`make_desk`, the recording keyring) come from tests/ui/conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers import ServiceProcess, start_service
from tests.hostile.canary import Canary, running_canary
from tests.hostile.corpus import Hostile, corpus, deliver, put_hostile_customer
from tests.ui.conftest import Desk, make_desk  # noqa: F401  (fixtures used by the UI tests here)


@pytest.fixture(scope="session")
def canary() -> Iterator[Canary]:
    with running_canary() as running:
        yield running


@pytest.fixture(scope="session")
def hostile_service(tmp_path_factory: pytest.TempPathFactory, canary: Canary) -> Iterator[ServiceProcess]:
    """A small demo service with the hostile customer; shared by the UI tests of this folder."""
    with start_service(tmp_path_factory.mktemp("hostile-service"), demo_tickets=30, demo_customers=10) as running:
        put_hostile_customer(running.url)
        yield running


@pytest.fixture(scope="session")
def hostile(canary: Canary) -> list[Hostile]:
    return corpus(canary.url)


@pytest.fixture(scope="session")
def delivered(hostile_service: ServiceProcess, hostile: list[Hostile]) -> dict[str, int]:
    """Each corpus entry delivered through the service once: name -> ticket id."""
    return {message.name: deliver(hostile_service.url, message) for message in hostile}


@pytest.fixture
def desk(make_desk, hostile_service: ServiceProcess) -> Desk:  # type: ignore[no-untyped-def]  # noqa: F811
    return make_desk(hostile_service.url)
