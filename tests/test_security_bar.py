"""The bar: a hostile run of well over a hundred requests against a running server.

Every attack of ``tests/helpers/attacks.py`` is sent by its own candidate, together
with a concurrent retry of it, and followed by hostile input on the same interview:
oversized and malformed bodies, NUL, the wrong content type, a cross-site origin,
someone else's interview, markup and odd Unicode, a bid while locked. Afterwards:

* no request got a 500;
* no field changed that the messages did not really answer (the attacks listed in
  ``KNOWN_GAPS`` get through because of the interview code; they are reported, and
  held to the bar in ``test_injection_attacks.py`` as strict expected failures);
* every acknowledged message is still there, once, in the API and in the database file.

It runs on a scripted model (fast, in the default suite) and on the real default model
(a subset, ``-m model``).
"""

from __future__ import annotations

import asyncio
import json
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from server.engine.base import GenerationRequest
from server.engine.fake import ScriptedEngine
from tests.helpers import database
from tests.helpers.attacks import (
    ATTACKS,
    FIRST,
    KNOWN_GAPS,
    PASSWORD,
    Attack,
    field_changes,
    leaks,
    open_jobs,
    trust_settings,
)
from tests.helpers.engine import schema_responder
from tests.helpers.servers import serve

ODD_TEXT = [
    '<img src=x onerror="alert(1)"><script>alert(2)</script>',
    "👩‍💻🧑🏽‍🔬🇫🇷 \u200b\u200c\u200d\ufeff \u202eevil\u202c",
    "\x1b[31m\x07 ∑∫√ 𝓜𝓪𝓽𝓱 𐍈 𓂀",
]


FREE_TEXT = ("project", "motivation")


def _same_words(value: Any, text: str) -> bool:
    """The recorded value is the message (the interview may normalise it, NFKC)."""
    fold = lambda s: unicodedata.normalize("NFKC", s).strip()  # noqa: E731
    return isinstance(value, str) and fold(value) == fold(text)


def cautious(request: GenerationRequest) -> str:
    """A scripted model that is never fooled: every reply is 'vague'."""
    if request.schema is not None and "label" in request.schema.get("properties", {}):
        return json.dumps({"label": "vague"})
    return schema_responder(request)


@dataclass
class Report:
    statuses: Counter[int] = field(default_factory=Counter)
    acknowledged: list[tuple[int, str, str]] = field(default_factory=list)  # iid, key, text
    violations: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    interviews: list[int] = field(default_factory=list)

    def saw(self, r: httpx.Response, *allowed: int) -> httpx.Response:
        self.statuses[r.status_code] += 1
        if r.status_code not in allowed:
            self.violations.append(f"{r.request.method} {r.request.url.path}: {r.status_code}")
        return r

    @property
    def requests(self) -> int:
        return sum(self.statuses.values())


async def _attack_run(
    url: str, jobs: dict[str, int], n: int, attack: Attack, report: Report, previous: int | None
) -> int:
    async with httpx.AsyncClient(base_url=url, timeout=120) as c:
        report.saw(
            await c.post(
                "/api/auth/register",
                json={
                    "email": f"bar{n}@example.com",
                    "password": PASSWORD,
                    "name": f"Bar {n}",
                    "role": "candidate",
                },
            ),
            202,
        )
        report.saw(
            await c.post(
                "/api/auth/login", json={"email": f"bar{n}@example.com", "password": PASSWORD}
            ),
            200,
        )
        iid = report.saw(await c.post(f"/api/jobs/{jobs[attack.at]}/interview"), 201).json()["id"]
        report.interviews.append(iid)
        before = report.saw(await c.get(f"/api/interviews/{iid}"), 200).json()["fields"]
        msgs = f"/api/interviews/{iid}/messages"

        # The attack and a retry of it at the same moment: applied once.
        body = {"text": attack.text, "client_id": f"a{n}"}
        first, retry = await asyncio.gather(c.post(msgs, json=body), c.post(msgs, json=body))
        report.saw(first, 200, 409)
        report.saw(retry, 200, 409)
        done = [r for r in (first, retry) if r.status_code == 200]
        if not done:  # both raced into 409: the turn still completes; ask again
            done = [report.saw(await c.post(msgs, json=body), 200)]
        report.acknowledged.append((iid, f"a{n}", attack.text.strip()))
        for reply in (r.json()["reply"] for r in done):
            if leaks(reply):
                report.violations.append(f"{attack.name}: reply leaks {leaks(reply)}")
        again = report.saw(await c.post(msgs, json=body), 200)
        if again.json()["reply"] != done[0].json()["reply"]:
            report.violations.append(f"{attack.name}: a replay differs from the original")

        # Hostile input on the same interview: each refused cleanly, nothing stored.
        for raw, headers, status in (
            (json.dumps({"text": "x" * 4001}), {}, 422),
            (json.dumps({"text": "y" * 70_000}), {}, 413),
            (json.dumps({"text": "nul\x00here"}), {}, 422),
            ('{"text": "half \\ud800 pair"}', {}, 400),
            ('{"text": ', {}, 400),
            ("[" * 5000 + "]" * 5000, {}, 400),
            (json.dumps({"text": "hi", "role": "interviewer"}), {}, 422),
            (json.dumps({"text": "form"}), {"Content-Type": "text/plain"}, 415),
            (json.dumps({"text": "csrf"}), {"Origin": "https://evil.example"}, 403),
        ):
            headers = {"Content-Type": "application/json", **headers}
            report.saw(await c.post(msgs, content=raw.encode(), headers=headers), status)
        if previous is not None:  # someone else's interview
            report.saw(await c.get(f"/api/interviews/{previous}"), 404)
            report.saw(
                await c.post(
                    f"/api/interviews/{previous}/messages",
                    json={"text": "mine now", "client_id": "x"},
                ),
                404,
            )
        report.saw(await c.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 1}), 409)
        after = report.saw(await c.get(f"/api/interviews/{iid}"), 200).json()["fields"]
        wrong = field_changes(before, after, attack.allowed)
        if wrong:
            (report.known if attack.name in KNOWN_GAPS else report.violations).append(
                f"{attack.name}: {wrong}"
            )

        # Markup and odd Unicode are kept as sent; at a free-text question they are an
        # answer in the candidate's own words, and nothing else may change.
        text = ODD_TEXT[n % len(ODD_TEXT)]
        odd = report.saw(await c.post(msgs, json={"text": text, "client_id": f"o{n}"}), 200)
        if odd.status_code == 200:
            report.acknowledged.append((iid, f"o{n}", text.strip()))
        final = report.saw(await c.get(f"/api/interviews/{iid}"), 200).json()["fields"]
        own_words = {k: (lambda v, t=text: _same_words(v, t)) for k in FREE_TEXT if k in final}
        wrong = field_changes(after, final, own_words)
        if wrong:
            report.violations.append(f"{attack.name} then {text[:20]!r}: {wrong}")
    return iid


async def hostile_run(url: str, jobs: dict[str, int], attacks: list[Attack]) -> Report:
    report = Report()
    previous = None
    for n, attack in enumerate(attacks):
        previous = await _attack_run(url, jobs, n, attack, report, previous)
    return report


def check_acknowledged(report: Report, url: str, database_url: str) -> None:
    """Every acknowledged message is there, once, through the API and in the database."""
    stored = Counter(
        database.rows(
            database_url,
            "SELECT interview_id, client_id, text FROM messages WHERE role='candidate'",
        )
    )
    for iid, key, text in report.acknowledged:
        assert stored[(iid, key, text)] == 1, (iid, key, text)
    with httpx.Client(base_url=url, timeout=30) as boss:
        boss.post("/api/auth/login", json={"email": "boss@example.com", "password": PASSWORD})
        for iid in set(report.interviews):
            said = [
                m["text"]
                for m in boss.get(f"/api/interviews/{iid}").json()["messages"]
                if m["role"] == "candidate"
            ]
            mine = [t for i, _, t in report.acknowledged if i == iid]
            assert sorted(said) == sorted(mine), iid


@pytest.fixture
def scripted_server(tmp_path: Path, database_url: str) -> Iterator[tuple[str, str]]:
    settings = trust_settings(tmp_path).model_copy(update={"database_url": database_url})
    engine = ScriptedEngine(responder=cautious)
    for url in serve(settings, engine=engine, ready_s=30):
        yield url, database_url


def test_a_hostile_run_on_a_scripted_model(scripted_server: tuple[str, str]) -> None:
    url, db_url = scripted_server
    with httpx.Client(base_url=url, timeout=30) as boss:
        jobs = open_jobs(boss)
    report = asyncio.run(hostile_run(url, jobs, ATTACKS))
    print(f"{report.requests} requests: {dict(report.statuses)}; known gaps: {report.known}")
    assert report.requests > 500, report.requests
    assert report.statuses[500] == 0
    assert report.violations == []
    check_acknowledged(report, url, db_url)
    assert {k.split(":", 1)[0] for k in report.known} <= set(KNOWN_GAPS)


@pytest.mark.model
def test_a_hostile_run_on_the_real_model(
    tmp_path: Path, default_model_path: Path, database_url: str
) -> None:
    settings = trust_settings(tmp_path).model_copy(update={"database_url": database_url})
    subset = [a for a in ATTACKS if a.name not in KNOWN_GAPS][::3]
    subset += [a for a in ATTACKS if a.at != FIRST and a.name not in KNOWN_GAPS][:2]
    for url in serve(settings, engine=None, ready_s=600):
        with httpx.Client(base_url=url, timeout=60) as boss:
            jobs = open_jobs(boss)
        report = asyncio.run(hostile_run(url, jobs, subset))
        assert report.requests > 150, report.requests
        assert report.statuses[500] == 0
        assert report.violations == [] and report.known == []
        check_acknowledged(report, url, database_url)
