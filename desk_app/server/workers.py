"""`desk-server --workers N`: N service processes accepting on one listening socket (#7).

The service is stateless (everything lives in the database; events go through it), so more processes are
more CPUs for requests. The parent binds the port, migrates, then forks N workers that each run the app
(their own engines, event hub and sweeper) on the inherited socket; the kernel hands each new connection
to one of them. The parent only supervises: it announces the service once every worker is serving,
passes SIGTERM and SIGINT on, and when one worker dies it stops the others and exits non-zero, so
whatever runs the service (systemd, a container) restarts it whole. A worker whose parent is gone stops.
POSIX only (fork).
"""

from __future__ import annotations

import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable

import uvicorn

PARENT_CHECK_SECONDS = 1.0


def _watch_parent(server: uvicorn.Server, parent: int) -> None:
    while not server.should_exit:
        if os.getppid() != parent:
            server.should_exit = True
            return
        time.sleep(PARENT_CHECK_SECONDS)


def _worker(make_server: Callable[[], uvicorn.Server], sock: socket.socket, ready: int, parent: int) -> int:
    server = make_server()

    def tell_when_serving() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.02)
        if server.started:
            os.write(ready, b"1")
        os.close(ready)

    threading.Thread(target=tell_when_serving, daemon=True).start()
    threading.Thread(target=_watch_parent, args=(server, parent), daemon=True).start()
    server.run(sockets=[sock])
    return 0


def serve(count: int, make_server: Callable[[], uvicorn.Server], sock: socket.socket,
          announce: Callable[[], None]) -> int:
    """Forks `count` workers serving `sock`; returns the exit code once they have all ended.

    `make_server` runs in each worker (after the fork: no engine or thread crosses it)."""
    read_end, write_end = os.pipe()
    parent = os.getpid()
    children: list[int] = []
    for _ in range(count):
        pid = os.fork()
        if pid == 0:  # the worker
            os.close(read_end)
            code = 1
            try:
                signal.signal(signal.SIGTERM, signal.SIG_DFL)
                signal.signal(signal.SIGINT, signal.SIG_DFL)
                code = _worker(make_server, sock, write_end, parent)
            except BaseException:
                import traceback

                traceback.print_exc()
            finally:
                sys.stdout.flush()
                sys.stderr.flush()
                os._exit(code)
        children.append(pid)
    os.close(write_end)
    sock.close()  # the workers hold it

    stopping = threading.Event()

    def stop(signum: int, _frame: object) -> None:
        stopping.set()
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    threading.Thread(target=_announce_when_all_serve, args=(read_end, count, announce), daemon=True).start()
    code = 0
    alive = set(children)
    while alive:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        except InterruptedError:
            continue
        alive.discard(pid)
        if not stopping.is_set():
            print(f"desk-server: worker {pid} ended (exit {os.waitstatus_to_exitcode(status)}); stopping the others",
                  file=sys.stderr)
            code = 1
            stop(signal.SIGTERM, None)
    return code


def _announce_when_all_serve(read_end: int, count: int, announce: Callable[[], None]) -> None:
    seen = 0
    while seen < count:
        chunk = os.read(read_end, count - seen)
        if not chunk:
            return  # a worker died before serving
        seen += len(chunk)
    os.close(read_end)
    announce()
