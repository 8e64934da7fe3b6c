"""`python -m bench [--tickets N | --quick] [--only FIGURE ...] [--out FILE]`: see README and docs/performance.md."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from bench import core, dataset, env, service, stats
from desk_app.contract import Role

# Figure name -> where it is measured. Service figures take a `service.Desk`; the GUI ones a `gui.GuiRun`.
# A new figure (#10's supervisor statistics, say) is one more function and one more name here.
SERVICE_FIGURES: dict[str, Callable[[service.Desk, str], core.FigureResult]] = {
    "ticket-list": service.ticket_list,
    "open-ticket": service.open_ticket,
    "supervisor-stats": stats.supervisor_stats,  # #10: GET /stats for the dashboard's 7 days, beside cold SQL
}
GUI_FIGURES = ("cold-start", "scroll", "stalls", "push")
FIGURES = (*SERVICE_FIGURES, *GUI_FIGURES, "load")
QUICK_TICKETS = 3_000


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description="Measure the desk's figures (#7) against "
                                "their targets and floors; print a table and write JSON to bench/results/.")
    p.add_argument("--tickets", type=int, default=1_000_000, help="tickets in each database (default 1,000,000)")
    p.add_argument("--quick", action="store_true",
                   help=f"a small desk ({QUICK_TICKETS:,} tickets), few repeats, a short load: proves each bench works")
    p.add_argument("--only", action="append", choices=FIGURES, metavar="FIGURE",
                   help=f"measure only this figure (repeatable): {', '.join(FIGURES)}")
    p.add_argument("--databases", default="sqlite,postgres", help="comma-separated: sqlite, postgres")
    p.add_argument("--repeat", type=int, help="requests per measurement (default 200, quick 20)")
    p.add_argument("--load-users", type=int, help="simulated agents in the load figure (default 200, quick 20)")
    p.add_argument("--load-seconds", type=float, help="length of the load run (default 60, quick 10)")
    p.add_argument("--load-workers", type=int, default=os.cpu_count() or 1,
                   help="service processes for the load figure (desk-server --workers; default: one per CPU)")
    p.add_argument("--scroll-rows", type=int, help="rows the scroll figure fetches (default 100,000)")
    p.add_argument("--out", type=Path, help="also write the JSON here")
    args = p.parse_args(argv)
    if args.quick:
        args.tickets = min(args.tickets, QUICK_TICKETS) if "--tickets" in argv else QUICK_TICKETS
    args.repeat = args.repeat or (20 if args.quick else 200)
    args.load_users = args.load_users or (20 if args.quick else 200)
    args.load_seconds = args.load_seconds or (10.0 if args.quick else 60.0)
    args.scroll_rows = args.scroll_rows or (2_000 if args.quick else 100_000)
    args.only = args.only or list(FIGURES)
    args.databases = [d.strip() for d in args.databases.split(",") if d.strip()]
    return args


def _guarded(results: list[core.FigureResult], name: str, fn: Callable[..., core.FigureResult | list[Any]],
             *args: Any) -> None:
    print(f"bench: {name}…", file=sys.stderr, flush=True)
    try:
        produced = fn(*args)
        results.extend(produced if isinstance(produced, list) else [produced])
    except Exception as exc:  # one broken figure must not hide the others' numbers
        traceback.print_exc()
        results.append(core.FigureResult(name, error=f"{type(exc).__name__}: {exc}"))


def run(args: argparse.Namespace, workdir: Path) -> tuple[list[core.FigureResult], str | None]:
    from bench import gui, load

    results: list[core.FigureResult] = []
    pg_version: str | None = None
    wanted = set(args.only)
    with ExitStack() as stack:
        for backend in ("sqlite", "postgres"):
            needs_db = backend in args.databases and (
                wanted & set(SERVICE_FIGURES) or (backend == "sqlite" and wanted & set(GUI_FIGURES))
                or (backend == "postgres" and ("load" in wanted or "push" in wanted)))
            if not needs_db:
                continue
            print(f"bench: {backend}: a desk of {args.tickets:,} tickets…", file=sys.stderr, flush=True)
            if backend == "sqlite":
                data = dataset.sqlite_dataset(args.tickets, workdir / "sqlite")
            else:
                server = stack.enter_context(env.postgres_server())
                pg_version = env.postgres_version(server)
                data = dataset.build(stack.enter_context(env.postgres_database(server)), args.tickets)
            build = core.FigureResult(f"dataset ({backend})")
            build.info = {"tickets": data.tickets, "seconds": round(data.build_seconds, 1), "cached": data.cached}
            results.append(build)
            running = stack.enter_context(env.service(data.url, workdir / f"service-{backend}"))
            token = dataset.login(running.url, data.spare_agent(Role.agent))["access_token"]
            desk = service.Desk(running.url, data, service.signed_in(running.url, token), args.repeat)
            for name, figure in SERVICE_FIGURES.items():
                if name in wanted:
                    _guarded(results, f"{name} ({backend})", figure, desk, backend)
            gui_run = gui.GuiRun(running.url, data, workdir / f"gui-{backend}", args.scroll_rows)
            if backend == "sqlite":
                for name in ("cold-start", "scroll", "stalls"):
                    if name in wanted:
                        _guarded(results, name, gui_run.figure, name)
            if "push" in wanted:
                _guarded(results, f"push ({backend})", gui_run.figure, "push", backend)
            if backend == "postgres" and "load" in wanted:
                target = running if args.load_workers <= 1 else stack.enter_context(env.service(
                    data.url, workdir / "service-load", ["--workers", str(args.load_workers)]))
                _guarded(results, "load", load.run, target, data, args.load_users, args.load_seconds,
                         workdir / "load", args.load_workers)
    return results, pg_version


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse(argv)
    if set(args.only) & {"cold-start"}:
        env.ensure_private_keyring(argv)  # may re-run this command under its own D-Bus session
    with tempfile.TemporaryDirectory(prefix="desk-bench-") as scratch:
        results, pg_version = run(args, Path(scratch))
    options = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}
    path = core.write_json(results, core.machine(pg_version), options, args.out)
    print(core.table(results))
    print(f"\nresults: {path}" + (f" and {args.out}" if args.out else ""))
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
