"""The layering of ``server/``, read from the imports (ARCHITECTURE.md draws it).

Each room may import the rooms below it and its own, never one above: a change to the
web layer can never break the interview, and the path of a candidate's message goes
down from the web layer and comes back up once.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SERVER = Path(__file__).resolve().parent.parent / "server"

# Lowest first. ``server`` itself (its __init__) holds only the version.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("server", "server.errors", "server.settings"),
    ("server.models",),
    ("server.engine",),
    ("server.interview",),
    ("server.store",),
    ("server.web",),
    ("server.app",),
    ("server.commands",),
    ("server.cli",),
)


def layer_of(module: str) -> int:
    best = -1
    for level, rooms in enumerate(LAYERS):
        for room in rooms:
            if module == room or (room != "server" and module.startswith(room + ".")):
                best = level
    if best < 0:
        raise AssertionError(f"{module} is in no layer; add its room to LAYERS")
    return best


def module_name(path: Path) -> str:
    parts = path.relative_to(SERVER.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(source: str, here: str, is_package: bool = False) -> set[str]:
    """Every ``server`` module that module ``here`` imports, at any depth (function-level
    imports too)."""
    found: set[str] = set()
    package = here if is_package else here.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "server"}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            if base.split(".")[0] != "server":
                continue
            found.add(base)
            # ``from server.web import views`` imports server.web.views
            found |= {f"{base}.{a.name}" for a in node.names if _is_module(f"{base}.{a.name}")}
    return found


def upward(source: str, here: str, is_package: bool = False) -> list[str]:
    return sorted(m for m in imports_of(source, here, is_package) if layer_of(m) > layer_of(here))


def _is_module(name: str) -> bool:
    path = SERVER.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


MODULES = sorted(SERVER.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: module_name(p))
def test_no_module_imports_a_higher_layer(path: Path) -> None:
    here = module_name(path)
    found = upward(path.read_text(encoding="utf-8"), here, path.name == "__init__.py")
    assert found == [], f"{here} (layer {layer_of(here)}) imports a higher layer: {found}"


def test_the_check_catches_upward_imports_in_every_form() -> None:
    source = """
from server.web import views
import server.store.jobs
def later():
    from ..app import create_app
from .spec import JobSpec
"""
    assert upward(source, "server.interview.turn") == [
        "server.app",
        "server.store.jobs",
        "server.web",
        "server.web.views",
    ]
    assert upward("from server.app import create_app", "server.commands.serve") == []


def test_every_module_is_in_a_layer() -> None:
    for path in MODULES:
        layer_of(module_name(path))
