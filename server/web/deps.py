"""The app's parts as Litestar dependencies: a handler asks for ``db``, ``settings``,
``limits`` or ``turns`` by parameter name (and for ``user``, ``candidate`` or ``employer``,
see :mod:`server.web.auth`). The lifespan in :func:`server.app.create_app` puts them on
``app.state``; :func:`db_of` and :func:`settings_of` serve the helpers that only have the
request (session cookies, the user providers).
"""

from __future__ import annotations

from typing import Any, cast

from litestar import Request
from litestar.datastructures import State
from litestar.di import Provide

from server.settings import Settings
from server.store.db import Database
from server.web.limits import Limits
from server.web.turns import Turns


def db_of(request: Request[Any, Any, Any]) -> Database:
    return cast(Database, request.app.state.db)


def settings_of(request: Request[Any, Any, Any]) -> Settings:
    return cast(Settings, request.app.state.settings)


def _db(state: State) -> Database:
    return cast(Database, state.db)


def _settings(state: State) -> Settings:
    return cast(Settings, state.settings)


def _limits(state: State) -> Limits:
    return cast(Limits, state.limits)


def _turns(state: State) -> Turns:
    return cast(Turns, state.turns)


DEPENDENCIES = {
    "db": Provide(_db, sync_to_thread=False),
    "settings": Provide(_settings, sync_to_thread=False),
    "limits": Provide(_limits, sync_to_thread=False),
    "turns": Provide(_turns, sync_to_thread=False),
}
