"""The arrows of the architecture: ui -> client -> contract <- server, and nothing else."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desk_app"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def modules(*parts: str) -> list[Path]:
    root = PACKAGE.joinpath(*parts)
    return sorted(root.rglob("*.py")) if root.is_dir() else [root]


def offenders(paths: list[Path], banned: tuple[str, ...]) -> list[str]:
    return [f"{p.relative_to(PACKAGE.parent)} imports {name}" for p in paths for name in sorted(imports_of(p))
            if name.startswith(banned)]


def test_only_the_ui_imports_qt() -> None:
    desk_side_ui = set(modules("ui")) | {PACKAGE / "app.py"}
    others = [p for p in PACKAGE.rglob("*.py") if p not in desk_side_ui]
    assert offenders(others, ("PySide6", "shiboken6")) == []


def test_the_service_imports_neither_ui_nor_client() -> None:
    assert offenders(modules("server"), ("desk_app.ui", "desk_app.client", "desk_app.app",
                                         "desk_app.credentials", "PySide6")) == []


@pytest.mark.parametrize("part", ["ui", "client", "app.py", "credentials.py"])
def test_the_desk_reaches_the_service_only_over_rest(part: str) -> None:
    assert offenders(modules(part), ("desk_app.server",)) == []


def test_only_credentials_touches_the_keyring() -> None:
    others = [p for p in PACKAGE.rglob("*.py") if p.name != "credentials.py"]
    assert offenders(others, ("keyring",)) == []


def test_the_contract_stands_alone() -> None:
    assert offenders(modules("contract.py"), ("desk_app.", "PySide6", "sqlalchemy", "fastapi", "requests")) == []
