"""Fixtures for the security UI tests: signed-in workstations against the real demo service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers import ServiceProcess
from tests.ui.security.desks import DemoCustomers, Desks, demo_customers, desks_for


@pytest.fixture(scope="module")
def desks(service: ServiceProcess, qapp: object) -> Iterator[Desks]:
    """`desks("secops1")` is secops1's signed-in workstation (one per user for the whole module)."""
    with desks_for(service.url) as signed_in:
        yield signed_in


@pytest.fixture(scope="module")
def customers(desks: Desks) -> DemoCustomers:
    """The takeover customers by language (ko is the main story) and a pool of plain ones."""
    return demo_customers(desks("secops2"))
