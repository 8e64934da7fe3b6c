"""The workstation's drafts and outbox for one signed-in agent, as Qt signals on the GUI thread.

Store work (opening the keyring and the file, saving a draft, queueing a message) runs on one
worker thread of its own, one job at a time, in the order asked. The delivery worker posts queued
messages on another thread and reports back here; this object re-emits on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from desk_app.client import ApiClient
from desk_app.client.errors import ApiError
from desk_app.contract import MessageCreate, MessageOut
from desk_app.credentials import CredentialStore
from desk_app.local.delivery import DeliveryState, DeliveryWorker
from desk_app.local.store import Draft, DraftKind, LocalStore, MemoryStore, OutboxItem, Scope, open_store
from desk_app.reply_checks import RevealedValues
from desk_app.ui.common.tasks import TaskRunner

log = logging.getLogger(__name__)
T = TypeVar("T")


def keyring_store_opener(scope: Scope, directory: Path | None = None,
                         credentials: Callable[[], CredentialStore] = CredentialStore
                         ) -> Callable[[], tuple[LocalStore, str | None]]:
    """Opens the encrypted store with the keyring's key; falls back to memory, saying why."""

    def open_() -> tuple[LocalStore, str | None]:
        store = credentials()
        if not store.is_secure():
            return MemoryStore(), str(store.insecure_reason)
        return open_store(scope, store.local_store_key(), directory), None

    return open_


class LocalDesk(QObject):
    """Drafts, the outbox and its delivery for one agent on one server; see the module docstring."""

    opened = Signal()
    outbox_changed = Signal(int)  # ticket id whose queued messages changed
    delivered = Signal(object, object)  # OutboxItem, MessageOut
    failed = Signal(object, object)  # OutboxItem, the ApiError
    state_changed = Signal(str)  # DeliveryState value
    session_expired = Signal()
    flush_requested = Signal()  # before closing: every draft keeper writes what it has pending
    _worker_event = Signal(str, object, object)  # from the delivery thread: kind, item, result

    def __init__(self, client: ApiClient, open_: Callable[[], tuple[LocalStore, str | None]],
                 parent: QObject | None = None, min_wait: float = 0.5, max_wait: float = 30.0,
                 open_later: bool = False) -> None:
        super().__init__(parent)
        self.client = client
        self._open = open_
        self.store: LocalStore | None = None
        self.memory_reason: str | None = None  # why drafts are in memory only: an Insecure code, or store-failed:…
        self.state = DeliveryState.online
        self.queued_count = 0
        self._min_wait, self._max_wait = min_wait, max_wait
        self.worker: DeliveryWorker | None = None
        self._closed = False
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)  # one store job at a time, in order
        self.jobs = TaskRunner(pool, self)
        self._worker_event.connect(self._from_worker)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        self._job_store: LocalStore | None = None  # set and read on the store thread only
        self._open_started = False
        if not open_later:  # else `open()`, or the first job asking for the store, starts it (#7: cold start)
            self.open()

    # --- opening ----------------------------------------------------------------------------------

    def open(self) -> None:
        """Starts opening the store (the keyring, the file, SQLAlchemy) on its thread; once only."""
        if self._open_started or self._closed:
            return
        self._open_started = True
        self.jobs.run(self._open_store, on_done=self._store_opened, owner=self)

    def _open_store(self) -> tuple[LocalStore, str | None]:
        """The first job on the store thread; never fails: without a usable file, memory it is."""
        try:
            store, reason = self._open()
        except Exception as exc:
            log.warning("the local store could not be opened: %s", type(exc).__name__)
            store, reason = MemoryStore(), f"store-failed:{type(exc).__name__}"
        self._job_store = store
        return store, reason

    def _store_opened(self, result: tuple[LocalStore, str | None]) -> None:
        store, reason = result
        self.store, self.memory_reason = store, reason
        if self._closed:
            return
        self.worker = DeliveryWorker(store, self._post, on_delivered=self._worker_delivered,
                                     on_failed=self._worker_failed, on_state=self._worker_state,
                                     min_wait=self._min_wait, max_wait=self._max_wait)
        self.worker.start()
        self.opened.emit()
        self._count()

    @property
    def is_open(self) -> bool:
        return self.store is not None

    def _with_store(self, fn: Callable[[LocalStore], T], on_done: Callable[[T], None] | None = None,
                    on_error: Callable[[Exception], None] | None = None, owner: QObject | None = None) -> None:
        """Runs `fn(store)` on the store thread, after the job that opens the store (jobs run in order)."""
        if self._closed:
            return
        self.open()  # the opening job runs first: jobs run in order

        def job() -> T:
            store = self._job_store
            if store is None:
                raise RuntimeError("the local store is not open")
            return fn(store)

        self.jobs.run(job, on_done=on_done, on_error=on_error or self._job_failed, owner=owner)

    @staticmethod
    def _job_failed(exc: Exception) -> None:
        log.warning("a local store job failed: %s", type(exc).__name__)

    # --- drafts -----------------------------------------------------------------------------------

    def save_draft(self, ticket_id: int, kind: DraftKind, body: str, revealed: RevealedValues | None = None) -> None:
        """Keeps the text; one holding a value in `revealed` is not written to disk (its old draft goes)."""

        def save(store: LocalStore) -> None:
            if store.persistent and revealed is not None and revealed.find(body):
                store.delete_draft(ticket_id, kind)
            else:
                store.save_draft(ticket_id, kind, body)

        self._with_store(save)

    def delete_draft(self, ticket_id: int, kind: DraftKind) -> None:
        self._with_store(lambda store: store.delete_draft(ticket_id, kind))

    def load_drafts(self, ticket_id: int, on_done: Callable[[list[Draft]], None], owner: QObject) -> None:
        self._with_store(lambda store: store.drafts(ticket_id), on_done, owner=owner)

    # --- outbox -----------------------------------------------------------------------------------

    def send(self, ticket_id: int, body: str, internal: bool, on_done: Callable[[OutboxItem], None],
             on_error: Callable[[Exception], None], owner: QObject, seen_up_to: int | None = None) -> None:
        """Queues a message (and deletes its draft); delivery follows as soon as the service answers.

        A reply keeps `seen_up_to`, so the service still refuses it if another agent answered the customer
        after what this agent had read, however late the delivery.
        """

        def queued(item: OutboxItem) -> None:
            if self.worker is not None:
                self.worker.wake()
            self.outbox_changed.emit(ticket_id)
            self._count()
            on_done(item)

        self._with_store(lambda store: store.enqueue(ticket_id, body, internal, seen_up_to=seen_up_to), queued,
                         on_error, owner)

    def load_outbox(self, ticket_id: int, on_done: Callable[[list[OutboxItem]], None], owner: QObject) -> None:
        self._with_store(lambda store: store.outbox(ticket_id), on_done, owner=owner)

    def discard(self, item: OutboxItem) -> None:
        def done(_: object) -> None:
            self.outbox_changed.emit(item.ticket_id)
            self._count()

        self._with_store(lambda store: store.discard(item.id), done)

    def retry_now(self) -> None:
        if self.worker is not None:
            self.worker.wake()

    def _count(self) -> None:
        def counted(count: int) -> None:
            self.queued_count = count
            self.state_changed.emit(self.state.value)

        self._with_store(lambda store: sum(i.state == "queued" for i in store.outbox()), counted, owner=self)

    # --- delivery ---------------------------------------------------------------------------------

    def _post(self, item: OutboxItem) -> MessageOut:
        message = MessageCreate(body=item.body, internal=item.internal, seen_up_to=item.seen_up_to)
        return self.client.post_message(item.ticket_id, message, item.key)

    def _worker_delivered(self, item: OutboxItem, message: Any) -> None:
        self._worker_event.emit("delivered", item, message)

    def _worker_failed(self, item: OutboxItem, exc: ApiError) -> None:
        self._worker_event.emit("failed", item, exc)

    def _worker_state(self, state: DeliveryState) -> None:
        self._worker_event.emit("state", state, None)

    def _from_worker(self, kind: str, item: Any, result: Any) -> None:
        if kind == "state":
            self.state = item
            if item is DeliveryState.signed_out:
                self.session_expired.emit()
            self.state_changed.emit(self.state.value)
            return
        if kind == "delivered":
            self.delivered.emit(item, result)
        else:
            self.failed.emit(item, result)
        self.outbox_changed.emit(item.ticket_id)
        self._count()

    # --- shutdown ---------------------------------------------------------------------------------

    def close(self, msecs: int = 10_000) -> None:
        """Stops delivery and finishes the store jobs already asked for (the last draft save)."""
        if self._closed:
            return
        self.flush_requested.emit()  # direct connections: the saves are queued before the store closes
        self._closed = True
        if self.worker is not None:
            self.worker.stop()
        self.jobs.wait_idle(msecs)
        if self._job_store is not None:  # the pool is idle: no job uses it any more
            self._job_store.close()
