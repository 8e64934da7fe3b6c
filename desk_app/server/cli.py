"""`desk-server`: migrate the database, optionally fill it with demo data, and serve the API."""

from __future__ import annotations

import argparse
import importlib.util
import logging
import os
import socket
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import uvicorn

from desk_app.server import migrations
from desk_app.server.app import create_app
from desk_app.server.config import Settings, default_database_url
from desk_app.server.db import Database

DEMO_INTEGRATION_KEY = "demo-integration-key"
DEMO_ENGINEERING_KEY = "demo-engineering-key"
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="desk-server", description=__doc__)
    p.add_argument("--demo", action="store_true",
                   help="start on a fresh SQLite database filled with demo data (or fill an empty --database-url)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on; give it explicitly to listen beyond loopback")
    p.add_argument("--port", type=int, default=8765, help="port (0 picks a free one)")
    p.add_argument("--database-url", default=os.environ.get("DESK_DATABASE_URL"),
                   help="SQLAlchemy URL, e.g. postgresql+psycopg://desk@db/desk (env DESK_DATABASE_URL)")
    p.add_argument("--demo-tickets", type=int, default=2000)
    p.add_argument("--demo-customers", type=int, default=300)
    p.add_argument("--ready-file", type=Path, help="write the base URL here once accepting connections")
    p.add_argument("--action-ttl-minutes", type=float, default=60, help="a pending request expires after this")
    p.add_argument("--review-minutes", type=float, default=30, help="an emergency action's review deadline")
    p.add_argument("--step-up-minutes", type=float, default=10, help="how recent a TOTP proof approvals need")
    p.add_argument("--access-ttl-seconds", type=int, default=900)
    p.add_argument("--idle-lock-minutes", type=float, default=10, help="desk-wide idle lock for workstations")
    p.add_argument("--kb-stale-days", type=int, default=180,
                   help="knowledge-base articles not reviewed for this many days are marked stale")
    p.add_argument("--attachments-dir", default=None,
                   help="folder for attachment files (default: attachments/ beside a SQLite database; "
                        "env DESK_ATTACHMENTS_DIR)")
    p.add_argument("--attachment-max-mb", type=float, default=10, help="largest attachment, in MiB")
    p.add_argument("--attachment-max-count", type=int, default=5, help="most attachments on one message")
    p.add_argument("--workers", type=int, default=1,
                   help="service processes sharing the port (the service is stateless; POSIX only)")
    p.add_argument("--http", choices=("auto", "httptools", "h11"), default="auto",
                   help="HTTP parser: auto takes httptools (C) when installed, else h11 (pure Python)")
    p.add_argument("--loop", choices=("auto", "uvloop", "asyncio"), default="auto",
                   help="event loop: auto takes uvloop when installed (not on Windows), else asyncio's own")
    p.add_argument("--max-in-flight", type=int, default=None,
                   help="requests each process works on at once; the rest wait their turn "
                        "(default 2; env DESK_MAX_IN_FLIGHT)")
    p.add_argument("--log-level", default="info")
    return p.parse_args(argv)


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def http_and_loop(http: str = "auto", loop: str = "auto") -> tuple[str, str]:
    """The HTTP parser and event loop uvicorn runs: the C ones when installed (#7: ~2x less per request),
    the pure-Python ones otherwise (uvloop has no Windows build), or what was asked for."""
    if http == "auto":
        http = "httptools" if _installed("httptools") else "h11"
    if loop == "auto":
        loop = "uvloop" if sys.platform != "win32" and _installed("uvloop") else "asyncio"
    return http, loop


def settings_from(args: argparse.Namespace) -> Settings:
    url = args.database_url
    if url is None:
        url = default_database_url()
        if args.demo:  # the demo starts fresh every time
            url = url.replace("desk.sqlite3", "demo.sqlite3")
            path = Path(url.removeprefix("sqlite:///"))
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
    settings = Settings(database_url=url)
    return replace(
        settings,
        integration_key=settings.integration_key or (DEMO_INTEGRATION_KEY if args.demo else ""),
        engineering_key=settings.engineering_key or (DEMO_ENGINEERING_KEY if args.demo else ""),
        kb_stale_days=args.kb_stale_days,
        action_ttl_seconds=int(args.action_ttl_minutes * 60),
        review_seconds=int(args.review_minutes * 60),
        step_up_seconds=int(args.step_up_minutes * 60),
        access_ttl_seconds=args.access_ttl_seconds,
        idle_lock_seconds=int(args.idle_lock_minutes * 60),
        attachments_dir=args.attachments_dir if args.attachments_dir is not None else settings.attachments_dir,
        attachment_max_bytes=int(args.attachment_max_mb * 1024 * 1024),
        attachment_max_count=args.attachment_max_count,
        max_in_flight=args.max_in_flight or settings.max_in_flight,
    )


def fill_demo(db: Database, settings: Settings, tickets: int, customers: int) -> None:
    """Demo data, then a real pending request for each ticket the demo shows as awaiting approval,
    made through the two-person code path so the approvals queue and the audit chain are genuine."""
    from sqlalchemy import func, select

    from desk_app.contract import ActionCreate, ActionKind, TicketStatus
    from desk_app.server import actions, demo
    from desk_app.server.auth import Caller
    from desk_app.server.executors import no_effect
    from desk_app.server.models import Agent, AuthSession, Customer, Ticket

    with db.session() as session:
        if session.scalar(select(func.count()).select_from(Agent)):
            return
        summary = demo.populate(session, tickets=tickets, customers=customers)
        from desk_app.server import demo_attachments, storage  # #13: screenshots on a few tickets

        demo_attachments.add(session, settings, storage.folder_store(settings.attachments_dir, settings.database_url))
        requester = session.scalar(select(Agent).where(Agent.username == "secops1"))
        assert requester is not None
        caller = Caller(requester, AuthSession())
        waiting = session.execute(select(Ticket.id, Ticket.customer_id, Ticket.subject).where(
            Ticket.status == TicketStatus.pending_approval).order_by(Ticket.id.desc()).limit(12)).all()
        for ticket_id, customer_id, subject in waiting:
            customer = session.get(Customer, customer_id)
            kind = ActionKind.unfreeze_account if customer and customer.account_status == "frozen" \
                else ActionKind.reset_2fa
            if customer is None or no_effect(session, customer, kind, {}):
                continue
            actions.request(session, caller, ActionCreate(
                customer_id=customer_id, ticket_id=ticket_id, kind=kind,
                reason=f"Identity verified on the ticket (selfie and ID match KYC): {subject[:80]}"),
                settings)
    logging.getLogger("desk_app").info("demo data: %s", summary)


def _announce_when_ready(server: uvicorn.Server, sock: socket.socket, ready_file: Path | None) -> None:
    while not server.started:
        if server.should_exit:
            return
        time.sleep(0.05)
    _announce(sock, ready_file)


def _announce(sock: socket.socket | tuple[str, int], ready_file: Path | None) -> None:
    host, port = (sock.getsockname() if isinstance(sock, socket.socket) else sock)[:2]
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
    print(f"desk-server listening on {url}", flush=True)
    if ready_file:
        tmp = ready_file.with_suffix(".tmp")
        tmp.write_text(url)
        tmp.replace(ready_file)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.host not in LOOPBACK:
        print(f"desk-server: listening on {args.host}, beyond this machine; put TLS in front of it", file=sys.stderr)
    settings = settings_from(args)
    db = Database.connect(settings.database_url)
    migrations.upgrade(db.write_engine)
    if args.demo:
        fill_demo(db, settings, args.demo_tickets, args.demo_customers)
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio turns Nagle off only on sockets that say they are TCP; with it on, each
    # response (headers and body written apart) waited ~40 ms for the client's delayed ACK (#7).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # inherited by accepted connections
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        print(f"desk-server: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return 2
    if args.workers > 1:  # #7: more processes, one port
        from desk_app.server import workers

        db.dispose()  # no pooled connection crosses the fork

        def make_server() -> uvicorn.Server:
            return _server(settings, Database.connect(settings.database_url), args)

        address = sock.getsockname()  # the workers hold the socket; the parent closes its copy
        return workers.serve(args.workers, make_server, sock, lambda: _announce(address, args.ready_file))
    server = _server(settings, db, args)
    threading.Thread(target=_announce_when_ready, args=(server, sock, args.ready_file), daemon=True).start()
    server.run(sockets=[sock])
    return 0


def _server(settings: Settings, db: Database, args: argparse.Namespace) -> uvicorn.Server:
    http, loop = http_and_loop(args.http, args.loop)
    logging.getLogger("desk_app").info("serving with %s on %s", http, loop)
    return uvicorn.Server(uvicorn.Config(create_app(settings, db), http=http, loop=loop, log_level=args.log_level,
                                         access_log=False, timeout_graceful_shutdown=3))


if __name__ == "__main__":
    sys.exit(main())
