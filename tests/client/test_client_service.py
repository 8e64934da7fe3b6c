"""The client against the real service on loopback: every call returns what the contract says.

The demo data decides the agents; they are looked up by role in the service's database, so these
tests do not depend on the demo's user names.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, select

from desk_app.client import (
    ApiClient,
    AuthenticationFailed,
    Conflict,
    EventStream,
    Forbidden,
    NotFound,
    SessionExpired,
    StepUpRequired,
    Tokens,
    ValidationFailed,
)
from desk_app.contract import (
    AccountStatus,
    ActionCreate,
    ActionKind,
    ActionStatus,
    ErrorCode,
    MessageCreate,
    Priority,
    RevealField,
    RevealRequest,
    Role,
    TicketPatch,
    TicketStatus,
    View,
)
from desk_app.server.models import Agent
from tests.client.streams import Recorder
from tests.helpers import DEMO_PASSWORD, DEMO_TICKETS, ServiceProcess, fresh_totp, start_service

MASK = "•"


def user_with(service: ServiceProcess, role: Role, *, only: bool = False) -> str:
    """A demo agent with `role` (and no other role, if `only`)."""
    url = service.args[service.args.index("--database-url") + 1]
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(Agent.username, Agent.roles).where(Agent.active).order_by(Agent.id)).all()
    finally:
        engine.dispose()
    for username, roles in rows:
        if role.value in roles and (not only or roles == [role.value]):
            return str(username)
    pytest.skip(f"the demo data has no active agent with role {role.value}")


def signed_in(service: ServiceProcess, username: str, **kwargs: object) -> ApiClient:
    client = ApiClient(service.url, **kwargs)  # type: ignore[arg-type]
    client.login(username, DEMO_PASSWORD, fresh_totp(username))
    return client


@pytest.fixture(scope="module")
def security(service: ServiceProcess) -> Iterator[ApiClient]:
    """A security agent, signed in for the whole module."""
    client = signed_in(service, user_with(service, Role.security_agent))
    yield client
    client.close()


@pytest.fixture(scope="module")
def short_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    """A small service whose access tokens live 2 s, whose step-up is always required, and whose rotated
    refresh tokens have a grace period of 1 s."""
    extra = ["--access-ttl-seconds", "2", "--step-up-minutes", "0"]
    directory = tmp_path_factory.mktemp("short-service")
    env = {"DESK_REFRESH_REUSE_GRACE_SECONDS": "1"}
    with start_service(directory, extra_args=extra, env=env, demo_tickets=10, demo_customers=5) as running:
        yield running


# --- sign-in --------------------------------------------------------------------------------------


def test_login_me_health_and_directory(service: ServiceProcess) -> None:
    username = user_with(service, Role.agent)
    reported: list[Tokens] = []
    client = ApiClient(service.url, on_tokens_changed=reported.append)
    response = client.login(username, DEMO_PASSWORD, fresh_totp(username))
    assert response.agent.username == username and response.expires_in > 0
    assert reported == [client.tokens]
    assert client.me().username == username
    assert client.health().status == "ok"
    assert username in {entry.username for entry in client.agents()}


def test_wrong_password_is_authentication_failed(service: ServiceProcess) -> None:
    client = ApiClient(service.url)
    with pytest.raises(AuthenticationFailed) as caught:
        client.login(user_with(service, Role.agent), "not-the-password", "000000")
    assert caught.value.code == ErrorCode.invalid_credentials
    assert "not-the-password" not in repr(caught.value) and client.tokens is None


def test_session_expired_after_logout(service: ServiceProcess) -> None:
    client = signed_in(service, user_with(service, Role.supervisor))
    old = client.tokens
    client.logout()
    assert client.tokens is None
    with pytest.raises(SessionExpired):
        client.me()
    # The same tokens kept elsewhere (a second window, a stale keyring entry) are dead too:
    # the refresh the client tries on "unauthenticated" is refused as well.
    stale = ApiClient(service.url)
    stale.set_tokens(old)
    with pytest.raises(SessionExpired):
        stale.me()
    assert stale.tokens is None


# --- tickets and messages -------------------------------------------------------------------------


def test_tickets_page_by_cursor(security: ApiClient) -> None:
    ids: list[int] = []
    cursor = None
    for _ in range(DEMO_TICKETS):
        page = security.tickets(View.all, limit=25, cursor=cursor)
        assert len(page.items) <= 25
        ids += [ticket.id for ticket in page.items]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert len(ids) == DEMO_TICKETS
    assert ids == sorted(set(ids), reverse=True)  # newest first, no repeats, none skipped


def test_tickets_filter_by_status(security: ApiClient) -> None:
    page = security.tickets(View.all, status=TicketStatus.open, limit=200)
    assert page.items and {ticket.status for ticket in page.items} == {TicketStatus.open}


def test_ticket_detail_and_messages(security: ApiClient) -> None:
    summary = security.tickets(View.all, limit=1).items[0]
    detail = security.ticket(summary.id)
    assert (detail.id, detail.subject, detail.version) == (summary.id, summary.subject, summary.version)
    messages = security.messages(summary.id)
    assert len(messages) == detail.message_count
    assert all(message.ticket_id == summary.id for message in messages)


def test_stale_version_is_a_conflict(security: ApiClient) -> None:
    ticket = security.tickets(View.all, limit=3).items[2]
    other = Priority.low if ticket.priority != Priority.low else Priority.high
    updated = security.update_ticket(ticket.id, TicketPatch(version=ticket.version, priority=other))
    assert updated.priority == other and updated.version == ticket.version + 1
    with pytest.raises(Conflict) as caught:
        security.update_ticket(ticket.id, TicketPatch(version=ticket.version, priority=ticket.priority))
    assert caught.value.code == ErrorCode.version_conflict and caught.value.status == 409


def test_post_message_is_idempotent(security: ApiClient) -> None:
    ticket_id = security.tickets(View.all, limit=1).items[0].id
    key = str(uuid.uuid4())
    note = MessageCreate(body="Checked the withdrawal queue.", internal=True)
    first = security.post_message(ticket_id, note, idempotency_key=key)
    again = security.post_message(ticket_id, note, idempotency_key=key)
    assert again.id == first.id and again.body == note.body and first.internal
    assert [m.id for m in security.messages(ticket_id)].count(first.id) == 1
    with pytest.raises(ValidationFailed) as caught:
        security.post_message(ticket_id, MessageCreate(body="something else"), idempotency_key=key)
    assert caught.value.code == ErrorCode.idempotency_mismatch
    assert security.post_message(ticket_id, note, idempotency_key=str(uuid.uuid4())).id != first.id


def test_unknown_ticket_is_not_found(security: ApiClient) -> None:
    with pytest.raises(NotFound):
        security.ticket(10**12)


def test_out_of_range_limit_is_a_validation_error(security: ApiClient) -> None:
    with pytest.raises(ValidationFailed) as caught:
        security.tickets(View.all, limit=10_000)
    assert caught.value.field == "limit"


# --- customers ------------------------------------------------------------------------------------


def test_customer_profile_is_masked_and_reveal_is_audited(security: ApiClient) -> None:
    customer_id = security.tickets(View.all, limit=1).items[0].customer_id
    profile = security.customer(customer_id)
    assert MASK in profile.name and MASK in profile.email
    assert profile.can_reveal
    revealed = security.reveal(customer_id, RevealRequest(field=RevealField.email, reason="customer on the phone"))
    assert revealed.field == RevealField.email and "@" in revealed.value and MASK not in revealed.value
    assert revealed.value not in profile.model_dump_json()
    assert any(r.reason == "customer on the phone" for r in security.reveals(customer_id))


def test_plain_agent_may_not_reveal(service: ServiceProcess) -> None:
    client = signed_in(service, user_with(service, Role.agent, only=True))
    customer_id = client.tickets(View.all, limit=1).items[0].customer_id
    assert not client.customer(customer_id).can_reveal
    with pytest.raises(Forbidden):
        client.reveal(customer_id, RevealRequest(field=RevealField.phone, reason="just curious"))


def test_step_up_required_then_step_up(short_service: ServiceProcess) -> None:
    username = user_with(short_service, Role.security_agent)
    client = signed_in(short_service, username)
    customer_id = client.tickets(View.all, limit=1).items[0].customer_id
    with pytest.raises(StepUpRequired) as caught:
        client.reveal(customer_id, RevealRequest(field=RevealField.name, reason="verifying identity"))
    assert caught.value.code == ErrorCode.step_up_required
    assert client.step_up(fresh_totp(username)).step_up_valid_for == 0  # this service always asks again


# --- security actions and audit -------------------------------------------------------------------


def test_action_request_decision_and_audit(service: ServiceProcess, security: ApiClient) -> None:
    supervisor = signed_in(service, user_with(service, Role.supervisor))
    customer_id = next(
        ticket.customer_id
        for ticket in security.tickets(View.all, limit=50).items
        if security.customer(ticket.customer_id).account_status == AccountStatus.active
    )
    request = ActionCreate(customer_id=customer_id, kind=ActionKind.freeze_account, reason="takeover suspected")
    action = security.request_action(request)
    assert action.status == ActionStatus.pending and action.customer_id == customer_id
    assert action.id in [a.id for a in security.actions(status=ActionStatus.pending, customer_id=customer_id)]
    assert security.action(action.id).version == action.version

    with pytest.raises(Conflict) as caught:
        supervisor.approve(action.id, "ok", version=action.version + 5)
    assert caught.value.code == ErrorCode.version_conflict
    rejected = supervisor.reject(action.id, "not enough evidence", version=action.version)
    assert rejected.status == ActionStatus.rejected and rejected.decision_comment == "not enough evidence"
    with pytest.raises(Conflict) as caught:
        security.cancel(action.id)
    assert caught.value.code == ErrorCode.already_decided

    again = security.request_action(request)
    assert security.cancel(again.id).status == ActionStatus.cancelled

    trail = supervisor.audit(customer_id=customer_id, limit=2)
    assert len(trail.items) == 2 and trail.next_cursor is not None
    older = supervisor.audit(customer_id=customer_id, cursor=trail.next_cursor)
    assert all(entry.id < trail.items[-1].id for entry in older.items)
    assert supervisor.verify_audit().ok


# --- silent refresh -------------------------------------------------------------------------------


def test_expired_access_token_is_refreshed_silently(short_service: ServiceProcess) -> None:
    reported: list[Tokens] = []
    client = signed_in(short_service, user_with(short_service, Role.supervisor), on_tokens_changed=reported.append)
    first = client.tokens
    assert first is not None
    time.sleep(max(0.0, (first.expires_at - datetime.now(UTC)).total_seconds()) + 0.5)
    assert client.me().username  # 401 token_expired -> refresh -> retried
    assert len(reported) == 2 and reported[-1] == client.tokens
    assert client.tokens is not None and client.tokens.refresh_token != first.refresh_token
    # The refresh token was rotated: after the grace period the old pair cannot be refreshed again, and
    # trying ends the sign-in it belonged to (a stolen token), the current pair included.
    time.sleep(1.2)
    stale = ApiClient(short_service.url)
    stale.set_tokens(first)
    with pytest.raises(SessionExpired):
        stale.me()
    with pytest.raises(SessionExpired):
        client.me()


def test_threads_share_one_refresh(short_service: ServiceProcess) -> None:
    reported: list[Tokens] = []
    client = signed_in(short_service, user_with(short_service, Role.agent), on_tokens_changed=reported.append)
    assert client.tokens is not None
    time.sleep(max(0.0, (client.tokens.expires_at - datetime.now(UTC)).total_seconds()) + 0.5)
    barrier = threading.Barrier(4, timeout=10)
    failures: list[BaseException] = []

    def work() -> None:
        barrier.wait()
        try:
            client.tickets(View.all, limit=5)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert failures == []
    assert len(reported) == 2  # the sign-in and exactly one refresh


# --- live events ----------------------------------------------------------------------------------


def test_event_stream_delivers_message_created(security: ApiClient) -> None:
    ticket_id = security.tickets(View.all, limit=1).items[0].id
    recorder = Recorder(EventStream(security)).start()
    try:
        recorder.wait_for(lambda: "live" in recorder.states)
        message = security.post_message(ticket_id, MessageCreate(body="Live?", internal=True), str(uuid.uuid4()))
        recorder.wait_for(
            lambda: any(e.kind == "message.created" and e.ticket_id == ticket_id for e in recorder.events)
        )
    finally:
        assert recorder.finish() < 2.0
    assert recorder.error is None
    event = next(e for e in recorder.events if e.kind == "message.created")
    assert event.data.get("message_id") == message.id

    # Resuming from just before that event delivers it again.
    stop = threading.Event()
    resumed = []
    for replayed in EventStream(security).iter(last_event_id=event.id - 1, stop=stop):
        resumed.append(replayed)
        stop.set()
    assert resumed[0].id == event.id
