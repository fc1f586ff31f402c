"""Logs never hold what a candidate wrote, unless debug logging is switched on.

A whole interview is run with the log capturing everything at DEBUG, including the
failures that are most tempting to log verbatim: a model failure, a database error
whose SQL carries the message as a parameter, an unexpected exception whose message
quotes the text, a refused message, a streamed turn that fails.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
import sqlalchemy as sa

from server.errors import GenerationTimeout
from server.interview import turn as turn_module
from server.store import interviews as interview_store
from tests.helpers.web import ANSWERS, employer_with_job, register, start

SECRETS = [
    "my secret phrase zebra-42-quartz",
    "https://www.linkedin.com/in/private-person-7781",
    "I have 7 years of RLHF on Outlier with kumquat-999",
]


def _everything(caplog: pytest.LogCaptureFixture) -> str:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return "\n".join(formatter.format(record) for record in caplog.records)


async def _run_interview(client: Any, monkeypatch: pytest.MonkeyPatch, engine: Any) -> None:
    job_id = await employer_with_job(client)
    await register(client, "jane@example.com")
    iid = (await start(client, job_id))["id"]
    url = f"/api/interviews/{iid}/messages"
    for n, text in enumerate(SECRETS):
        assert (
            await client.post(url, json={"text": text, "client_id": f"s{n}"})
        ).status_code == 200
    # A model failure on a message the model is asked about.
    engine.enqueue(GenerationTimeout("took too long"))
    await client.post(url, json={"text": f"{SECRETS[0]} it depends", "client_id": "m1"})
    # A message refused by validation.
    await client.post(url, json={"text": f"{SECRETS[0]}\x00", "client_id": "v1"})

    # A database error whose statement carries the text as a parameter.
    def broken(session: Any, **kwargs: Any) -> Any:
        session.execute(sa.text("INSERT INTO no_such_table VALUES (:t)"), {"t": kwargs["text"]})

    monkeypatch.setattr(interview_store, "add_candidate_message", broken)
    r = await client.post(url, json={"text": SECRETS[1] + " again", "client_id": "d1"})
    assert r.status_code == 500
    monkeypatch.undo()

    # An unexpected exception that quotes the text, in JSON and in a stream.
    async def quoting(engine: Any, job: Any, state: Any, text: str) -> Any:
        raise ValueError(f"could not read {text!r}")

    monkeypatch.setattr(turn_module, "take_turn", quoting)
    r = await client.post(url, json={"text": SECRETS[2] + " once more", "client_id": "u1"})
    assert r.status_code == 500
    r = await client.post(
        url,
        json={"text": SECRETS[2] + " streamed", "client_id": "u2"},
        headers={"Accept": "text/event-stream"},
    )
    assert "event: error" in r.text
    monkeypatch.undo()


async def test_logs_hold_no_message_text(
    make_client: Any,
    web_engine: Any,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    async with make_client(messages_per_account=1000) as client:
        await _run_interview(client, monkeypatch, web_engine)
    logged = _everything(caplog)
    assert "unexpected error" in logged and "ValueError" in logged  # failures are logged ...
    assert "no_such_table" in logged or "OperationalError" in logged
    for secret in SECRETS:  # ... without what the candidate wrote
        assert secret not in logged
        for piece in (secret[:12], secret[-12:]):
            assert piece not in logged, piece
    assert ANSWERS[0] not in logged  # the employer's job body is fine; answers are not


async def test_debug_logging_shows_message_text(
    make_client: Any, web_engine: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with make_client(debug=True) as client:
        job_id = await employer_with_job(client)
        await register(client, "jane@example.com")
        iid = (await start(client, job_id))["id"]
        r = await client.post(
            f"/api/interviews/{iid}/messages", json={"text": SECRETS[0], "client_id": "d"}
        )
        assert r.status_code == 200
    assert SECRETS[0] in _everything(caplog)


def test_sqlalchemy_errors_hide_parameters_unless_debug(database_url: str) -> None:
    from server.store.db import Database

    for debug, shown in ((False, False), (True, True)):
        db = Database(database_url, debug=debug)
        try:
            with pytest.raises(sa.exc.DBAPIError) as info, db.engine.connect() as conn:
                conn.execute(sa.text("INSERT INTO nowhere VALUES (:t)"), {"t": SECRETS[0]})
            assert (SECRETS[0] in str(info.value)) is shown
        finally:
            db.dispose()
