"""A throw-away PostgreSQL cluster for the tests: Debian's server binaries, a temporary
folder, a unix socket and no TCP port, so nothing but this machine can reach it.

PostgreSQL refuses to run as root; under root the server runs as ``nobody`` (the
folder is handed to it). Each test gets a database of its own, copied from a template
migrated once (``CREATE DATABASE … TEMPLATE``, a few milliseconds), dropped after it.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import sqlalchemy as sa

TEMPLATE = "interviewer_template"


def server_bin() -> Path | None:
    """The folder of PostgreSQL's server programs (initdb, pg_ctl), newest version first."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(folder, "initdb").exists():
            return Path(folder)
    return None


class Cluster:
    """One running PostgreSQL server in a temporary folder; ``stop()`` removes it all."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="interviewer-pg-"))
        self.data = self.folder / "data"
        self._as: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "nobody")
            self._as = ["runuser", "-u", "nobody", "--"]
        self._names = itertools.count(1)
        self._template_ready = False
        self._admin: sa.Engine | None = None

    def _run(self, program: str, *args: str) -> None:
        subprocess.run(
            [*self._as, str(self.bin_dir / program), *args],
            check=True,
            capture_output=True,
            cwd=self.folder,
        )

    def start(self) -> Cluster:
        self._run(
            "initdb",
            *("-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8"),
            *("--locale=C", "--no-sync"),
        )
        # Durability is the server's own business; a test cluster skips the syncs.
        options = (
            f"-k {self.folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
            " -c full_page_writes=off -c deadlock_timeout=100ms -c max_connections=200"
        )
        self._run(
            "pg_ctl",
            *("-D", str(self.data), "-l", str(self.folder / "server.log")),
            *("-o", options, "-w", "start"),
        )
        return self

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@/{database}?host={self.folder}"

    def admin(self) -> sa.Engine:
        """Autocommit access to the ``postgres`` database, for CREATE and DROP DATABASE."""
        if self._admin is None:
            self._admin = sa.create_engine(
                self.url("postgres"), isolation_level="AUTOCOMMIT", poolclass=sa.NullPool
            )
        return self._admin

    def create_database(self, *, migrated: bool = True) -> str:
        """A new database (a copy of the migrated template, or blank); returns its URL."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        with self.admin().connect() as conn:
            if migrated:
                self._ensure_template(conn)
                conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE {TEMPLATE}')
            else:
                conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = sa.engine.make_url(url).database
        with self.admin().connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _ensure_template(self, conn: sa.Connection) -> None:
        if self._template_ready:
            return
        from server.store.db import create_db_engine
        from server.store.migrations import migrate

        conn.exec_driver_sql(f"CREATE DATABASE {TEMPLATE}")
        engine = create_db_engine(self.url(TEMPLATE))
        try:
            migrate(engine)
        finally:
            engine.dispose()
        self._template_ready = True

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.dispose()
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
