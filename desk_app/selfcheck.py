"""`desk-app --self-check`: proves a build is complete, offscreen and without a network.

It builds every window (the sign-in dialog, the main window for each role with all its tabs, a ticket
tab, the customer and security panels, the lock screen and the dialogs) against a session whose calls
are never made: its task runner keeps the jobs instead of running them and its HTTP session refuses to
send. It loads every translation (the desk's and Qt's) and retranslates the windows in each language,
and imports the keyring backend of this platform. One line per check; exit code 0 only if all pass.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pkgutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

import requests

from desk_app import __version__

SERVER = "https://desk.invalid"  # never contacted: no request leaves the offline session


class _OfflineHttp(requests.Session):
    """An HTTP session that sends nothing; any attempt is counted and fails."""

    attempts = 0

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        type(self).attempts += 1
        raise requests.ConnectionError("self-check: no network")


class Report:
    """Runs the checks and prints one line for each: `ok   name: detail` or `FAIL name: why`."""

    def __init__(self, out: TextIO) -> None:
        self.out, self.failed, self.passed = out, 0, 0

    def check(self, name: str, fn: Callable[[], str]) -> None:
        try:
            detail = fn()
        except Exception as exc:  # a check that raises has failed; say why and go on with the others
            self.failed += 1
            print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=self.out, flush=True)
        else:
            self.passed += 1
            print(f"ok   {name}: {detail}", file=self.out, flush=True)


def keyring_backend() -> str:
    """This platform's backend must import (a build without it could never keep a session); names the one in use."""
    from desk_app.credentials import backend_status

    name, usable, in_use, insecure = backend_status()
    where = "usable here" if usable else "not usable on this machine now: no keyring service"
    return f"{name} ({where}); in use: {in_use}" + (f" (insecure: {insecure})" if insecure else "")


def local_store(scratch: Path) -> str:
    """The drafts store (desk_app.local) imports, and what it stands on works: SQLite through SQLAlchemy, AES-GCM."""
    import sqlite3

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from sqlalchemy import create_engine, text

    package = importlib.import_module("desk_app.local")
    names = [m.name for m in pkgutil.walk_packages(package.__path__, "desk_app.local.")]
    for name in names:
        importlib.import_module(name)
    cipher, nonce = AESGCM(AESGCM.generate_key(bit_length=256)), os.urandom(12)
    engine = create_engine(f"sqlite:///{scratch / 'probe.sqlite3'}")
    try:
        with engine.begin() as db:
            db.execute(text("CREATE TABLE probe (body BLOB)"))
            db.execute(text("INSERT INTO probe VALUES (:body)"), {"body": cipher.encrypt(nonce, b"draft", None)})
            stored = db.execute(text("SELECT body FROM probe")).scalar_one()
    finally:
        engine.dispose()
    if cipher.decrypt(nonce, stored, None) != b"draft":
        raise RuntimeError("an encrypted row did not read back")
    return f"{len(names)} module(s) import; SQLite {sqlite3.sqlite_version} through SQLAlchemy, AES-GCM round trip"


@contextlib.contextmanager
def offscreen() -> Iterator[None]:
    """The Qt platform is offscreen unless the caller chose one (e.g. xcb to look at it)."""
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    yield


def run(out: TextIO | None = None) -> int:
    """Runs every check; 0 when all pass, 1 otherwise."""
    out = out or sys.stdout
    report = Report(out)
    report.check("version", lambda: _version())
    report.check("keyring", keyring_backend)
    with offscreen(), tempfile.TemporaryDirectory(prefix="desk-self-check-") as scratch:
        report.check("local store", lambda: local_store(Path(scratch)))
        from desk_app.ui.selfcheck_windows import WindowChecks

        WindowChecks(report, Path(scratch), SERVER, _OfflineHttp).run()
    report.check("no network", _no_requests)
    verdict = "passed" if not report.failed else "FAILED"
    print(f"self-check {verdict}: {report.passed} passed, {report.failed} failed (desk-app {__version__})",
          file=out, flush=True)
    return 0 if not report.failed else 1


def run_to(target: str) -> int:
    """`--self-check [FILE]`: the report on stdout ("-"), or in FILE (a Windows GUI build has no console)."""
    if target == "-" and sys.stdout is not None:
        return run(sys.stdout)
    with open(os.devnull if target == "-" else target, "w", encoding="utf-8") as out:
        return run(out)


def _version() -> str:
    if __version__ == "0.0.0":
        raise RuntimeError("no package metadata for desk-app: the version is unknown")
    return __version__


def _no_requests() -> str:
    if _OfflineHttp.attempts:
        raise RuntimeError(f"{_OfflineHttp.attempts} request(s) were attempted while loading the windows")
    return "no request was attempted"
