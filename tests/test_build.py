"""The shipped workstation: build.spec builds it, and the built binary passes its own `--self-check`.

Marked `build` (about a minute on 2 CPUs): `-m "not build"` skips it on a fast run; `./dev test` runs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from desk_app import __version__
from desk_app.contract import Role
from desk_app.credentials import backend_status
from desk_app.i18n_languages import LANGUAGES

pytestmark = [pytest.mark.build, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[1]
# Measured: 184 MiB on Linux x86-64 (Qt Core/Gui/Widgets/DBus/Svg/Wayland 76 MiB of which ICU is 38, Python
# 35 MiB, cryptography 14 MiB, SQLAlchemy 9 MiB, pydantic 5 MiB). 200 MiB leaves room for ordinary growth and
# fails on anything big coming in by accident: Pillow (+19 MiB), GTK 3 (+20 MiB), QtWebEngine (+200 MiB).
SIZE_LIMIT_MIB = 200
SERVER_ONLY = ("desk_app.server", "fastapi", "starlette", "uvicorn", "alembic", "argon2", "pyotp", "psycopg",
               "mnemonic", "tests", "pytest", "pytestqt", "schemathesis", "hypothesis", "PIL", "PyInstaller")
UNUSED_QT = ("QtWebEngine", "Qt6WebEngine", "QtQuick", "Qt6Quick", "QtQml", "Qt6Qml", "/qml/", "QtVirtualKeyboard",
             "Qt6VirtualKeyboard", "libqgtk3")


def binary(app: Path) -> Path:
    if sys.platform == "darwin":
        return app / "Contents" / "MacOS" / "desk-app"
    return app / ("desk-app.exe" if sys.platform == "win32" else "desk-app")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app, built with build.spec into a scratch folder (the first test pays for it)."""
    out = tmp_path_factory.mktemp("build")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(out / "dist"),
         "--workpath", str(out / "work"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"the build failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}"
    app = out / "dist" / ("Desk.app" if sys.platform == "darwin" else "desk-app")
    assert binary(app).is_file()
    return app


def self_check(app: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(binary(app)), "--self-check", *args], capture_output=True, text=True, timeout=180,
                          env=env)


def test_the_built_app_passes_its_self_check(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    done = self_check(built)
    lines = done.stdout.splitlines()
    with capsys.disabled():
        shown = [line for line in lines if line.startswith(("ok   keyring", "self-check"))]
        print("\n[build] " + "\n[build] ".join(shown))
    assert done.returncode == 0, done.stdout + done.stderr
    expected = ["version", "keyring", "local store", "app icon", "window sign-in", "window sign-in again",
                *(f"window main ({role.value})" for role in Role), "window ticket tab",
                "window customer panel (agent)", "window customer panel (security_agent)",
                "window security action panel", "dialogs security", "dialogs help and settings", "window lock screen",
                *(f"translation {code}" for code in LANGUAGES), "windows closed", "Qt warnings", "no network"]
    for name in expected:
        assert any(line.startswith(f"ok   {name}: ") for line in lines), f"no passing check {name!r} in:\n{done.stdout}"
    assert not any(line.startswith("FAIL") for line in lines)
    assert f"ok   version: {__version__}" in lines
    assert "ok   Qt warnings: none" in lines
    assert "ok   no network: no request was attempted" in lines
    assert lines[-1].startswith("self-check passed: ")
    # The built app sees the keyring the source tree sees (under ./dev test: the real Secret Service).
    name, usable, _in_use, _insecure = backend_status()
    keyring_line = next(line for line in lines if line.startswith("ok   keyring: "))
    assert keyring_line.startswith(f"ok   keyring: {name} ({'usable here' if usable else 'not usable'}")
    # The drafts store's foundations work inside the build, and the main window has each role's tabs.
    assert any(line.startswith("ok   local store: ") and "AES-GCM round trip" in line for line in lines)
    supervisor = next(line for line in lines if line.startswith("ok   window main (supervisor): "))
    assert "Approvals" in supervisor and "Desk audit" in supervisor
    agent = next(line for line in lines if line.startswith("ok   window main (agent): "))
    assert "Approvals" not in agent and "Security" not in agent


def test_the_built_app_reports_the_version_of_pyproject(built: Path) -> None:
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert __version__ == declared
    done = subprocess.run([str(binary(built)), "--version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"desk-app {declared}"


def test_the_build_is_small_and_holds_only_the_workstation(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = [p for p in built.rglob("*") if p.is_file() and not p.is_symlink()]
    size_mib = sum(p.stat().st_size for p in files) / 2**20
    with capsys.disabled():
        print(f"\n[build] {built}: {size_mib:.0f} MiB in {len(files)} files (limit {SIZE_LIMIT_MIB} MiB)")
    assert size_mib < SIZE_LIMIT_MIB
    names = [p.relative_to(built).as_posix() for p in built.rglob("*")]
    assert [n for n in names if any(part in f"/{n}" for part in UNUSED_QT)] == []
    assert [n for n in names if any(f"/{m.replace('.', '/')}/" in f"/{n}/" for m in SERVER_ONLY)] == []
    assert {f"desk_{code}.qm" for code in LANGUAGES} <= {Path(n).name for n in names}
    assert {f"qtbase_{code}.qm" for code in LANGUAGES} <= {Path(n).name for n in names}
    assert {"desk.png", "desk.svg"} <= {Path(n).name for n in names}
    # The Python modules are inside the executable's archive: none of the service's, the tests' or the tools'.
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(binary(built)))
    modules = list(archive.open_embedded_archive(next(n for n in archive.toc if n.endswith(".pyz"))).toc)
    assert "desk_app.ui.main_window" in modules and "desk_app.local.store" in modules
    assert [m for m in modules if m.split(".")[0] in SERVER_ONLY or m.startswith(SERVER_ONLY[0])] == []


def test_a_missing_translation_fails_the_self_check(built: Path, tmp_path: Path) -> None:
    """The self-check can fail: without Korean, it says so, and exits 1 (its report, here, in a file)."""
    catalogue = next(built.rglob("desk_ko.qm"))
    aside = tmp_path / catalogue.name
    shutil.move(catalogue, aside)
    try:
        report = tmp_path / "report.txt"
        done = self_check(built, str(report))
    finally:
        shutil.move(aside, catalogue)
    lines = report.read_text(encoding="utf-8").splitlines()
    assert done.returncode == 1
    assert any(line.startswith("FAIL translation ko: ") for line in lines), lines
    assert any(line.startswith("ok   translation ja: ") for line in lines)
    assert lines[-1].startswith("self-check FAILED: ")
