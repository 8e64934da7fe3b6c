"""Schemathesis against the live service's OpenAPI schema: generated requests, valid and invalid, as a
signed-in agent and with the integration key, never get a 5xx or an answer the schema does not describe.

Each operation is a test of its own, driven by Hypothesis from the operation's strategy, with the checks
run on every answer. (schemathesis.pytest.from_fixture would do the same, but schemathesis 4.32 reads
`request.node._nodeid`, which pytest 9 no longer has.)
"""

from __future__ import annotations

from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error, response_schema_conformance

from desk_app.contract import API_PREFIX
from desk_app.server.app import openapi
from tests.helpers import INTEGRATION_KEY, ServiceProcess, login

MAX_EXAMPLES = 20
CHECKS = [not_a_server_error, response_schema_conformance]
# The stream never ends; logout would end the very session the fuzzer signs in with.
NOT_FUZZED = {("GET", f"{API_PREFIX}/events"), ("POST", f"{API_PREFIX}/auth/logout")}
OPERATIONS = [f"{method.upper()} {path}" for path, operations in openapi()["paths"].items() for method in operations
              if (method.upper(), path) not in NOT_FUZZED]
INBOUND = [label for label in OPERATIONS if label.split()[1].startswith(f"{API_PREFIX}/inbound/")]
# What only security agents and supervisors get past the role check for.
SECURITY = [label for label in OPERATIONS if label.split()[1].startswith(
    tuple(f"{API_PREFIX}/{area}" for area in ("actions", "customers", "audit")))]
MODES = [pytest.param(mode, id=mode.value) for mode in schemathesis.GenerationMode]


@pytest.fixture(scope="module")
def live_schema(service: ServiceProcess) -> Any:
    return schemathesis.openapi.from_url(f"{service.url}/openapi.json")


@pytest.fixture(scope="module")
def agent_headers(service: ServiceProcess) -> dict[str, str]:
    return {"Authorization": f"Bearer {login(service.url, 'agent1')['access_token']}"}


@pytest.fixture(scope="module")
def supervisor_headers(service: ServiceProcess) -> dict[str, str]:
    return {"Authorization": f"Bearer {login(service.url, 'super1')['access_token']}"}


def fuzz(schema: Any, base_url: str, label: str, mode: schemathesis.GenerationMode, headers: dict[str, str]) -> None:
    """Send MAX_EXAMPLES generated requests for one operation; fail on the first check that fails."""
    operation = schema.find_operation_by_label(label)
    session = requests.Session()

    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy(generation_mode=mode))
    def run(case: Any) -> None:
        case.call_and_validate(base_url=base_url, headers=headers, session=session, checks=CHECKS, timeout=30)

    try:
        run()
    except Unsatisfiable:
        if mode is schemathesis.GenerationMode.POSITIVE:
            raise
        pytest.skip("the operation has nothing a request could get wrong")


def test_the_live_schema_is_the_contract(service: ServiceProcess) -> None:
    assert requests.get(f"{service.url}/openapi.json", timeout=30).json() == openapi()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("label", OPERATIONS)
def test_as_an_agent(service: ServiceProcess, live_schema: Any, agent_headers: dict[str, str], label: str,
                     mode: schemathesis.GenerationMode) -> None:
    fuzz(live_schema, service.url, label, mode, agent_headers)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("label", SECURITY)
def test_as_a_supervisor(service: ServiceProcess, live_schema: Any, supervisor_headers: dict[str, str], label: str,
                         mode: schemathesis.GenerationMode) -> None:
    fuzz(live_schema, service.url, label, mode, supervisor_headers)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("label", INBOUND)
def test_as_the_integration(service: ServiceProcess, live_schema: Any, label: str,
                            mode: schemathesis.GenerationMode) -> None:
    fuzz(live_schema, service.url, label, mode, {"X-Integration-Key": INTEGRATION_KEY})


def test_the_service_is_still_healthy(service: ServiceProcess, agent_headers: dict[str, str],
                                      supervisor_headers: dict[str, str]) -> None:
    assert requests.get(f"{service.url}{API_PREFIX}/healthz", timeout=30).status_code == 200
    for headers in (agent_headers, supervisor_headers):
        me = requests.get(f"{service.url}{API_PREFIX}/auth/me", headers=headers, timeout=30)
        assert me.status_code == 200, "the fuzzer's session was ended"
    log = service.log_path.read_text(errors="replace")
    assert "Traceback" not in log, log[-5000:]
