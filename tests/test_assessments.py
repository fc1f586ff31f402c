"""Rubric questions end to end on the scripted model: the rubric in the job, judging queued
at submission and done in the background, the employer's view, overrides and their
history, who may see and change what, no score for a job without rubrics, the queue
surviving a dead worker, bounded retries."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import AsyncTestClient
from pydantic import ValidationError

from server.engine.base import Generation, GenerationRequest, ModelInfo
from server.engine.fake import ScriptedEngine
from server.errors import GrammarError
from server.interview import rubric
from server.interview.spec import CustomQuestion, JobSpec
from server.store import assessments as store
from server.store.db import Database
from server.store.tables import utcnow
from server.web.judging import Judging
from tests.helpers.engine import schema_responder
from tests.helpers.web import JOB_BODY, complete, login, register, start

POINTS = [
    {"text": "Wants to make AI models more helpful", "weight": 2},
    {"text": "Mentions safety"},
    {"text": "Names a past employer"},
]
HOSTILE = "<script>alert('x')</script>"


def rubric_job(points: list[Any] | None = None) -> dict[str, Any]:
    body = json.loads(json.dumps(JOB_BODY))
    body["custom_questions"][0]["rubric"] = points or POINTS
    body["custom_questions"][0]["required"] = True
    return body


async def employer_job(client: AsyncTestClient, body: dict[str, Any], email: str) -> int:
    await register(client, email, role="employer", name="Boss")
    r = await client.post("/api/jobs", json=body)
    assert r.status_code == 201, r.text
    return int(r.json()["id"])


async def submitted(client: AsyncTestClient, job_id: int, email: str) -> int:
    await register(client, email)
    iid = int((await start(client, job_id))["id"])
    await complete(client, iid)
    r = await client.post(f"/api/interviews/{iid}/proposal", json={"bid_amount": 25})
    assert r.status_code == 200, r.text
    return iid


async def judged(client: AsyncTestClient, iid: int, timeout: float = 30.0) -> dict[str, Any]:
    """The assessments once the background worker is done with every question."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while True:
        r = await client.get(f"/api/interviews/{iid}/assessments")
        assert r.status_code == 200, r.text
        data: dict[str, Any] = r.json()
        if all(q["state"] in ("done", "failed") for q in data["questions"]):
            return data
        assert loop.time() < end, data
        await asyncio.sleep(0.2)


# -- the rubric in the job ----------------------------------------------------------------


def test_a_question_without_a_rubric_is_stored_as_before() -> None:
    old = {"key": "why", "question": "Why us?", "required": False}
    assert CustomQuestion.model_validate(old).model_dump(mode="json") == old
    spec = JobSpec.model_validate({"title": "t", "custom_questions": [old]})
    assert spec.rubric_questions() == ()


@pytest.mark.parametrize(
    "rubric",
    [
        [],
        ["a", "b", "c", "d", "e", "f", "g", "h", "i"],
        [{"text": "x", "weight": 0}],
        [{"text": "x", "weight": -1}],
        [{"text": "x" * 301}],
        ["same point", "Same  point"],
        ["   "],
        [{"text": "x", "extra": 1}],
    ],
)
def test_a_rubric_is_validated(rubric: list[Any]) -> None:
    with pytest.raises(ValidationError):
        CustomQuestion.model_validate({"key": "q", "question": "Why?", "rubric": rubric})


def test_key_points_may_be_plain_text_and_weights_default_to_one() -> None:
    q = CustomQuestion.model_validate({"key": "q", "question": "Why?", "rubric": ["a", "b"]})
    assert [(p.text, p.weight) for p in q.rubric or ()] == [("a", 1.0), ("b", 1.0)]


async def test_the_api_keeps_the_rubric_and_refuses_a_bad_one(web_client: AsyncTestClient) -> None:
    job_id = await employer_job(web_client, rubric_job(), "boss@example.com")
    job = (await web_client.get(f"/api/jobs/{job_id}")).json()
    assert job["custom_questions"][0]["rubric"] == [
        {"text": "Wants to make AI models more helpful", "weight": 2.0},
        {"text": "Mentions safety", "weight": 1.0},
        {"text": "Names a past employer", "weight": 1.0},
    ]
    bad = await web_client.post("/api/jobs", json=rubric_job([{"text": "x", "weight": 0}]))
    assert bad.status_code == 422


# -- judged after submission --------------------------------------------------------------


async def test_submitting_queues_the_rubric_and_the_worker_judges_it(
    web_client: AsyncTestClient, web_settings: Any
) -> None:
    job_id = await employer_job(web_client, rubric_job(), "boss@example.com")
    iid = await submitted(web_client, job_id, "jane@example.com")
    await login(web_client, "boss@example.com")
    data = await judged(web_client, iid)
    [question] = data["questions"]
    assert question["state"] == "done" and question["key"] == "motivation"
    assert [p["point"] for p in question["points"]] == [p["text"] for p in POINTS]
    app = (await web_client.get(f"/api/jobs/{job_id}/applications")).json()[0]
    answer = app["fields"]["motivation"]["value"]
    for point in question["points"]:
        assert point["model_name"] == "scripted"
        assert point["judgement"] == point["model_judgement"]
        if point["judgement"] == "missing":
            assert point["quote"] is None
        else:
            assert point["quote"] and point["quote"] in answer
    credit = {"covered": 1.0, "partial": 0.5, "missing": 0.0}
    weights = [2.0, 1.0, 1.0]
    expected = sum(
        credit[p["judgement"]] * w for p, w in zip(question["points"], weights, strict=True)
    )
    assert question["score"] == pytest.approx(expected / 4)
    assert data["score"] == pytest.approx(question["score"])
    assert [c["kind"] for c in data["history"]] == ["model"] * 3
    assert app["assessment"] == {
        "state": "done",
        "score": pytest.approx(question["score"]),
        "scores": {"motivation": pytest.approx(question["score"])},
    }
    # The exports carry the score too.
    csv_text = (await web_client.get(f"/api/jobs/{job_id}/applications.csv")).text
    [row] = list(csv.DictReader(io.StringIO(csv_text)))
    assert row["assessment_state"] == "done"
    assert float(row["score"]) == pytest.approx(question["score"])
    assert float(row["motivation_score"]) == pytest.approx(question["score"])
    jsonl = (await web_client.get(f"/api/jobs/{job_id}/applications.jsonl")).text
    record = json.loads(jsonl.splitlines()[0])
    assert record["assessment"]["questions"][0]["points"] == question["points"]


async def test_before_submission_nothing_is_judged(web_client: AsyncTestClient) -> None:
    job_id = await employer_job(web_client, rubric_job(), "boss@example.com")
    await register(web_client, "jane@example.com")
    iid = int((await start(web_client, job_id))["id"])
    await complete(web_client, iid)
    await login(web_client, "boss@example.com")
    data = (await web_client.get(f"/api/interviews/{iid}/assessments")).json()
    assert data["questions"][0]["state"] == "not_submitted" and data["score"] is None
    [app] = (await web_client.get(f"/api/jobs/{job_id}/applications")).json()
    assert app["assessment"] == {
        "state": "not_submitted",
        "score": None,
        "scores": {"motivation": None},
    }
    r = await web_client.put(
        f"/api/interviews/{iid}/assessments/motivation/0",
        json={"judgement": "covered", "note": "said so on the phone"},
    )
    assert r.status_code == 409


async def test_a_job_without_rubrics_shows_no_score_anywhere(web_client: AsyncTestClient) -> None:
    job_id = await employer_job(web_client, JOB_BODY, "boss@example.com")
    iid = await submitted(web_client, job_id, "jane@example.com")
    await login(web_client, "boss@example.com")
    [app] = (await web_client.get(f"/api/jobs/{job_id}/applications")).json()
    assert "assessment" not in app and "score" not in json.dumps(app)
    header = (await web_client.get(f"/api/jobs/{job_id}/applications.csv")).text.splitlines()[0]
    assert "score" not in header and "assessment" not in header
    jsonl = (await web_client.get(f"/api/jobs/{job_id}/applications.jsonl")).text
    assert "assessment" not in json.loads(jsonl.splitlines()[0])
    r = await web_client.get(f"/api/interviews/{iid}/assessments")
    assert r.status_code == 404
    page = await web_client.get(f"/employer/jobs/{job_id}")
    assert "score" not in page.text.lower()


# -- overrides --------------------------------------------------------------------------


async def test_an_override_needs_the_jobs_employer_and_a_note_and_keeps_history(
    web_client: AsyncTestClient,
) -> None:
    job_id = await employer_job(web_client, rubric_job(), "boss@example.com")
    iid = await submitted(web_client, job_id, "jane@example.com")
    url = f"/api/interviews/{iid}/assessments/motivation/2"
    body = {"judgement": "covered", "note": f"Named Acme in the call {HOSTILE}"}
    # The candidate and another employer: not found, as for a record that does not exist.
    assert (await web_client.put(url, json=body)).status_code in (403, 404)
    assert (await web_client.get(f"/api/interviews/{iid}/assessments")).status_code in (403, 404)
    await register(web_client, "other@example.com", role="employer", name="Other")
    assert (await web_client.put(url, json=body)).status_code == 404
    assert (await web_client.get(f"/api/interviews/{iid}/assessments")).status_code == 404

    await login(web_client, "boss@example.com")
    me = (await web_client.get("/api/me")).json()
    before = await judged(web_client, iid)
    old = before["questions"][0]["points"][2]["judgement"]
    for bad in (
        {"judgement": "covered", "note": ""},
        {"judgement": "covered", "note": "   "},
        {"judgement": "covered", "note": "x" * 1001},
        {"judgement": "excellent", "note": "fine"},
        {"judgement": "covered"},
    ):
        assert (await web_client.put(url, json=bad)).status_code == 422, bad
    wrong = f"/api/interviews/{iid}/assessments/motivation/3"
    assert (await web_client.put(wrong, json=body)).status_code == 404
    unknown = f"/api/interviews/{iid}/assessments/linkedin_url/0"
    assert (await web_client.put(unknown, json=body)).status_code == 404

    r = await web_client.put(url, json=body)
    assert r.status_code == 200, r.text
    point = r.json()["questions"][0]["points"][2]
    assert point["judgement"] == "covered" and point["model_judgement"] == old
    assert point["note"] == body["note"]  # kept as sent: the page shows it as text
    assert point["author"] == {"id": me["id"], "name": "Boss"}
    assert point["overridden_at"] is not None
    change = r.json()["history"][-1]
    assert change["kind"] == "override" and change["author"]["name"] == "Boss"
    assert (change["old_judgement"], change["new_judgement"]) == (old, "covered")
    assert change["note"] == body["note"]
    # The score follows the judgement that stands.
    levels = [p["judgement"] for p in r.json()["questions"][0]["points"]]
    credit = {"covered": 1.0, "partial": 0.5, "missing": 0.0}
    expected = (2 * credit[levels[0]] + credit[levels[1]] + credit[levels[2]]) / 4
    assert r.json()["questions"][0]["score"] == pytest.approx(expected)
    # A second override is on record too; nothing is lost.
    again = await web_client.put(url, json={"judgement": "partial", "note": "on reflection"})
    kinds = [c["kind"] for c in again.json()["history"]]
    assert kinds == ["model", "model", "model", "override", "override"]


async def test_the_candidates_page_escapes_nothing_into_html(web_client: AsyncTestClient) -> None:
    """The page holds no candidate data: its script fetches the JSON and sets textContent."""
    job_id = await employer_job(web_client, rubric_job(), "boss@example.com")
    iid = await submitted(web_client, job_id, "jane@example.com")
    await login(web_client, "boss@example.com")
    await judged(web_client, iid)
    await web_client.put(
        f"/api/interviews/{iid}/assessments/motivation/0",
        json={"judgement": "missing", "note": HOSTILE},
    )
    page = await web_client.get(f"/employer/interviews/{iid}")
    assert page.status_code == 200
    assert "assessments.js" in page.text and HOSTILE not in page.text
    script = (Path(__file__).parent.parent / "webui" / "assessments.js").read_text()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script


# -- the queue ----------------------------------------------------------------------------


class FailingEngine(ScriptedEngine):
    """Every generation fails as a model's garbled answer would."""

    async def generate(self, request: GenerationRequest) -> Generation:
        self.requests.append(request)
        raise GrammarError("the model's rubric answer was not the JSON asked for")


async def _seed(client: Any) -> int:
    job_id = await employer_job(client, rubric_job(), "boss@example.com")
    return await submitted(client, job_id, "jane@example.com")


async def test_a_task_left_running_by_a_dead_worker_is_taken_again(
    make_client: Any, web_settings: Any
) -> None:
    async with make_client() as client:
        await client.app.state.judging.aclose()  # the app's worker stands aside
        iid = await _seed(client)
    db = Database(web_settings.database_url)
    try:
        # A worker takes the task and dies before finishing (its lease never renewed).
        dead = db.call(store.take, lease_s=60)
        assert dead is not None and dead.state == "running" and dead.attempts == 1
        assert db.call(store.take) is None  # running and leased: nobody else takes it
        later = utcnow() + timedelta(seconds=61)
        again = db.call(store.take, now=later)
        assert again is not None and again.id == dead.id and again.attempts == 2
        # After a restart, a new worker with the lease passed finishes it.
        db.call(store.fail, task_id=again.id or 0, error="restart", count=False)
        db.call(store.enqueue, interview_id=iid, question_keys=["motivation"])
        worker = Judging(db, ScriptedEngine(responder=schema_responder), lease_s=60)
        db.call(_due_now, task_id=again.id or 0)
        assert await worker.step() is True
        task = db.call(store.get_task, interview_id=iid, question_key="motivation")
        assert task is not None and task.state == "done"
        assert len(db.call(store.list_for, interview_ids=[iid])) == 3
    finally:
        db.dispose()


def _due_now(session: Any, *, task_id: int) -> None:
    from server.store.tables import JudgingTask

    task = session.get(JudgingTask, task_id)
    task.not_before = utcnow() - timedelta(seconds=1)
    session.add(task)


async def test_a_failing_judgement_is_retried_then_failed_with_its_error(
    make_client: Any, web_settings: Any
) -> None:
    engine = FailingEngine()
    async with make_client() as client:
        await client.app.state.judging.aclose()
        iid = await _seed(client)
        db = Database(web_settings.database_url)
        try:
            worker = Judging(db, engine)
            for attempt in range(1, store.MAX_ATTEMPTS + 1):
                task = db.call(store.get_task, interview_id=iid, question_key="motivation")
                db.call(_due_now, task_id=task.id)
                assert await worker.step() is True
                task = db.call(store.get_task, interview_id=iid, question_key="motivation")
                assert task.attempts == attempt
            assert task.state == "failed" and "GrammarError" in (task.error or "")
            db.call(_due_now, task_id=task.id)
            assert await worker.step() is False  # a failed task is not taken again
            assert len(engine.requests) == store.MAX_ATTEMPTS
        finally:
            db.dispose()
        await login(client, "boss@example.com")
        data = (await client.get(f"/api/interviews/{iid}/assessments")).json()
        assert data["questions"][0]["state"] == "failed"
        assert "GrammarError" in data["questions"][0]["error"]
        [app] = (await client.get("/api/jobs/1/applications")).json()
        assert app["assessment"]["state"] == "failed" and app["assessment"]["score"] is None


async def test_judging_asks_the_model_as_a_party_of_its_own(
    make_client: Any, web_settings: Any
) -> None:
    async with make_client() as client:
        await client.app.state.judging.aclose()
        iid = await _seed(client)
    db = Database(web_settings.database_url)
    engine = ScriptedEngine(responder=schema_responder)
    try:
        task = db.call(store.get_task, interview_id=iid, question_key="motivation")
        db.call(_due_now, task_id=task.id)
        assert await Judging(db, engine).step() is True
    finally:
        db.dispose()
    assert engine.requests and all(r.fair_key is not None for r in engine.requests)
    assert {r.fair_key.group for r in engine.requests if r.fair_key} == {"judging"}
    # An ordinary rubric question has no work sample's task: its request is as measured.
    for request in engine.requests:
        assert request.messages[-1].content.startswith("Question: ")
        assert rubric.TASK_HEADING not in str(request.messages)


# -- rejudge ------------------------------------------------------------------------------


class NamedEngine(ScriptedEngine):
    def __init__(self, name: str, says: str) -> None:
        super().__init__(name=name)
        self.says = says

    @property
    def info(self) -> ModelInfo:
        return ModelInfo(name=self._info.name, sha256="1" * 64, n_ctx=4096)

    async def generate(self, request: GenerationRequest) -> Generation:
        self.requests.append(request)
        quote = request.schema["properties"]["quote"] if request.schema else {}
        options = quote.get("anyOf", [{}])[0].get("enum", [None])
        text = json.dumps({"says": self.says, "quote": options[0] if self.says != "no" else None})
        return Generation(text=text, prompt_tokens=1, reused_tokens=0, completion_tokens=1)


async def test_rejudge_keeps_overrides_and_the_old_record(
    web_client: AsyncTestClient, web_settings: Any
) -> None:
    from server.commands.rejudge import rejudge

    job_id = await employer_job(web_client, rubric_job(), "boss@example.com")
    iid = await submitted(web_client, job_id, "jane@example.com")
    await login(web_client, "boss@example.com")
    first = await judged(web_client, iid)
    r = await web_client.put(
        f"/api/interviews/{iid}/assessments/motivation/1",
        json={"judgement": "partial", "note": "half of it"},
    )
    assert r.status_code == 200
    db = Database(web_settings.database_url)
    try:
        summary = await rejudge(db, NamedEngine("other-model", "no"), job_id=job_id)
        assert summary["answers"] == 1 and summary["overrides_kept"] == 1
        assert summary["model"] == "other-model"
    finally:
        db.dispose()
    after = (await web_client.get(f"/api/interviews/{iid}/assessments")).json()
    points = after["questions"][0]["points"]
    assert [p["model_name"] for p in points] == ["other-model"] * 3
    # The model said "no" to each (word overlap may still make a point partial).
    assert points[2]["model_judgement"] == "missing"
    assert points[1]["judgement"] == "partial" and points[1]["author"]["name"] == "Boss"
    for n in (0, 2):  # without an override the new model judgement stands
        assert points[n]["judgement"] == points[n]["model_judgement"]
    models = [c["model_name"] for c in after["history"] if c["kind"] == "model"]
    assert models == ["scripted"] * 3 + ["other-model"] * 3
    assert len(after["history"]) == len(first["history"]) + 1 + 3

    db = Database(web_settings.database_url)
    try:
        summary = await rejudge(
            db, NamedEngine("third-model", "no"), job_id=job_id, replace_overrides=True
        )
        assert summary["overrides_kept"] == 0
    finally:
        db.dispose()
    final = (await web_client.get(f"/api/interviews/{iid}/assessments")).json()
    replaced = final["questions"][0]["points"][1]
    assert replaced["judgement"] == replaced["model_judgement"] == "missing"
    assert replaced["author"] is None and replaced["note"] is None
    # The override itself is still in the history.
    assert [c["note"] for c in final["history"] if c["kind"] == "override"] == ["half of it"]


def test_rejudge_names_a_missing_job_before_loading_a_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from server.cli import main

    monkeypatch.setenv("INTERVIEWER_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    monkeypatch.setenv("INTERVIEWER_MODELS_DIR", str(tmp_path / "no-models"))
    assert main(["rejudge", "42", "--model", "no-such-model"]) == 2
    assert "there is no job 42" in capsys.readouterr().err


async def test_the_candidate_exports_then_erases_the_assessments(
    web_client: AsyncTestClient, web_settings: Any
) -> None:
    job_id = await employer_job(web_client, rubric_job(), "boss@example.com")
    iid = await submitted(web_client, job_id, "jane@example.com")
    await login(web_client, "boss@example.com")
    await judged(web_client, iid)
    await web_client.put(
        f"/api/interviews/{iid}/assessments/motivation/0",
        json={"judgement": "missing", "note": "checked"},
    )
    await login(web_client, "jane@example.com")
    # Before erasing: the candidate's own export holds the judgements and the override.
    exported = await web_client.post("/api/me/export", json={"password": "correct horse"})
    record = exported.json()["interviews"][0]
    first = next(p for p in record["rubric_judgements"] if p["index"] == 0)
    assert (first["judgement"], first["note"]) == ("missing", "checked")
    assert first["overridden_by"] is not None and first["model"]
    kinds = [c["kind"] for c in record["rubric_history"]]
    assert kinds.count("model") == 3 and kinds[-1] == "override"
    r = await web_client.request("DELETE", "/api/me", json={"password": "correct horse"})
    assert r.status_code == 200, r.text
    from tests.helpers.database import rows

    for table in ("assessments", "assessment_history", "judging_queue"):
        assert rows(web_settings.database_url, f"SELECT count(*) FROM {table}") == [(0,)]


async def test_the_export_withholds_the_key_points_while_a_retake_is_open(
    web_client: AsyncTestClient,
) -> None:
    body = rubric_job()
    body["retakes"] = 1
    job_id = await employer_job(web_client, body, "boss@example.com")
    iid = await submitted(web_client, job_id, "jane@example.com")
    await login(web_client, "boss@example.com")
    await judged(web_client, iid)
    await login(web_client, "jane@example.com")

    async def exported_points() -> tuple[list[Any], dict[str, Any]]:
        r = await web_client.post("/api/me/export", json={"password": "correct horse"})
        assert r.status_code == 200, r.text
        record = next(i for i in r.json()["interviews"] if i["id"] == iid)
        return [p["point"] for p in record["rubric_judgements"]], record

    points, record = await exported_points()
    # The judgements are the candidate's; the rubric would answer the retake for them.
    assert points == [None, None, None]
    assert "another attempt" in record["rubric_points_withheld"]
    assert all(
        p["judgement"] in ("covered", "partial", "missing") for p in record["rubric_judgements"]
    )

    # The last attempt taken: nothing is left to protect.
    retake = await web_client.post(f"/api/jobs/{job_id}/interview", json={"retake_of": 1})
    assert retake.status_code == 201, retake.text
    points, record = await exported_points()
    assert points == [p["text"] for p in POINTS]
    assert "rubric_points_withheld" not in record


@pytest.mark.parametrize(
    ("field", "judged"),
    [
        ({"status": "answered", "value": "I care.", "evidence": "I care."}, "I care."),
        ({"status": "vague", "value": None, "evidence": "I like AI."}, "I like AI."),
        ({"status": "declined", "value": None, "evidence": "Rather not say."}, ""),
        ({"status": "missing", "value": None, "evidence": None}, ""),
        (None, ""),
    ],
)
def test_the_answer_judged_is_what_the_candidate_said(
    field: dict[str, Any] | None, judged: str
) -> None:
    from server.store.tables import Interview
    from server.web.judging import answer_of

    state = {"fields": {"motivation": field} if field else {}}
    assert answer_of(Interview(state=state), "motivation") == judged  # type: ignore[call-arg]


class StallingEngine(ScriptedEngine):
    """A model that never answers (until cancelled)."""

    async def generate(self, request: GenerationRequest) -> Generation:
        self.requests.append(request)
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")


async def test_a_stopping_worker_hands_its_question_back(
    make_client: Any, web_settings: Any
) -> None:
    async with make_client() as client:
        await client.app.state.judging.aclose()
        iid = await _seed(client)
    db = Database(web_settings.database_url)
    try:
        engine = StallingEngine()
        worker = Judging(db, engine, poll_s=0.05)
        worker.start()
        for _ in range(200):
            if engine.requests:
                break
            await asyncio.sleep(0.05)
        task = db.call(store.get_task, interview_id=iid, question_key="motivation")
        assert task is not None and task.state == "running" and task.attempts == 1
        await worker.aclose()
        task = db.call(store.get_task, interview_id=iid, question_key="motivation")
        assert task is not None and task.state == "queued" and task.attempts == 0
        assert task.lease_until is None
        taken = db.call(store.take)  # due at once: the next start takes it
        assert taken is not None and taken.id == task.id
    finally:
        db.dispose()
