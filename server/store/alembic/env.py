"""Alembic's environment, run by :mod:`server.store.migrations` with its settings.

Online, the caller passes an open connection in ``config.attributes["connection"]``
(it holds the migration lock on it); offline (``--sql``), ``config.attributes["url"]``
names the database whose dialect the SQL is written for. Each revision runs in its
own transaction, as the hand-written migrations did.
"""

from __future__ import annotations

from alembic import context


def _run() -> None:
    config = context.config
    if context.is_offline_mode():
        context.configure(
            url=config.attributes["url"],
            literal_binds=True,
            transaction_per_migration=True,
        )
    else:
        context.configure(
            connection=config.attributes["connection"], transaction_per_migration=True
        )
    with context.begin_transaction():
        context.run_migrations()


_run()
