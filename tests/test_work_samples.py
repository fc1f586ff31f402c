"""Work samples (issue 11): the task in the job, put to the candidate as fields, the picks
read in six languages, checked against the gold answers after submission, the reason
judged against its rubric; nothing of the gold or the rubric reaches the candidate."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from typing import Any

import pytest
from litestar.testing import AsyncTestClient
from pydantic import ValidationError

from server.engine.fake import ScriptedEngine
from server.interview import rubric, work_samples
from server.interview.readers.choice import read_choice
from server.interview.readers.message import Message
from server.interview.spec import FieldSpec, FieldState, JobSpec, SampleField
from server.interview.understand import read_message
from tests.helpers.web import login, register, say, start

RUBRIC = [{"text": "Says that A invents a detail"}, {"text": "Puts accuracy before style"}]
COMPARE: dict[str, Any] = {
    "kind": "compare",
    "key": "summary",
    "instructions": "Read the prompt and both responses.",
    "prompt": "Summarise: The council voted to repair the bridge in March.",
    "response_a": "In a historic vote in Paris, the council chose to repair the bridge.",
    "response_b": "The council voted in March to repair the bridge.",
    "gold": "B",
    "rubric": RUBRIC,
}
LABEL: dict[str, Any] = {
    "kind": "label",
    "key": "messages",
    "instructions": "Label each customer message. Praise and a complaint together: complaint.",
    "labels": ["question", "complaint", "praise", "other"],
    "items": [
        {"text": "Where is my order?", "gold": "question"},
        {"text": "I love the app but it keeps crashing", "gold": "complaint"},
        {"text": "Great support, thank you!", "gold": "praise"},
    ],
}
SECRET_POINT = RUBRIC[0]["text"]


def job_body(**extra: Any) -> dict[str, Any]:
    return {
        "title": "Response rater",
        "description": "Rate model responses.",
        "fields": [],
        "custom_questions": [],
        "work_samples": [COMPARE, LABEL],
        "bid": False,
        **extra,
    }


def job(**extra: Any) -> JobSpec:
    return JobSpec.model_validate(job_body(**extra))


# -- the samples in the job -------------------------------------------------------------


def test_each_sample_becomes_fields_asked_after_the_questions() -> None:
    spec = job(custom_questions=[{"key": "why_us", "question": "Why this job?"}])
    fields = spec.all_fields()
    assert [f.key for f in fields] == [
        "why_us",
        "summary",
        "summary_why",
        "messages_1",
        "messages_2",
        "messages_3",
    ]
    pick, why, first, second = fields[1], fields[2], fields[3], fields[4]
    assert isinstance(pick, SampleField) and pick.choices == ("A", "B")
    assert pick.question is not None
    for text in (COMPARE["instructions"], COMPARE["prompt"], COMPARE["response_a"]):
        assert text in pick.question
    assert "Response B:\n" + COMPARE["response_b"] in pick.question
    assert why.type == "long_text" and why.required
    assert first.choices == tuple(LABEL["labels"]) and first.question is not None
    assert LABEL["instructions"] in first.question and "Item 1 of 3:" in first.question
    assert second.question is not None and LABEL["instructions"] not in second.question
    # The reason is a rubric question: judged by the queue like any other.
    assert [q.key for q in spec.rubric_questions()] == ["summary_why"]
    assert spec.is_scored()


def test_the_judge_reads_a_compare_samples_task_with_its_reason_only() -> None:
    spec = job(custom_questions=[{"key": "why_us", "question": "Why this job?"}])
    task = work_samples.judge_task(spec, "summary_why")
    assert task == (
        f"Instructions: {COMPARE['instructions']}\nPrompt: {COMPARE['prompt']}\n"
        f"Response A: {COMPARE['response_a']}\nResponse B: {COMPARE['response_b']}"
    )
    assert "gold" not in task.lower() and SECRET_POINT not in task
    for key in ("why_us", "summary", "messages_1", "nowhere"):
        assert work_samples.judge_task(spec, key) is None
    long = job(work_samples=[{**COMPARE, "instructions": "", "response_a": "word " * 300}])
    cut = work_samples.judge_task(long, "summary_why")
    assert cut is not None and cut.startswith("Prompt: ")
    [line_a] = [line for line in cut.splitlines() if line.startswith("Response A: ")]
    assert len(line_a) == len("Response A: ") + work_samples.MAX_TASK_PART_CHARS
    assert line_a.endswith("…")


def test_nothing_a_candidate_reads_holds_a_gold_answer_or_a_rubric() -> None:
    spec = job()
    shown = " ".join(
        f"{f.label} {f.question} {f.description} {f.example}" for f in spec.all_fields()
    )
    assert SECRET_POINT not in shown and "gold" not in shown.lower()


def test_the_scaffolding_speaks_the_jobs_language() -> None:
    spec = job(
        title="Evaluador de respuestas",
        description="Evalúa respuestas de modelos de lenguaje para nuestro equipo.",
        work_samples=[
            {**COMPARE, "instructions": "Lee la petición y las dos respuestas con atención."}
        ],
    )
    pick = spec.field("summary")
    assert pick.question is not None and "Respuesta A:" in pick.question
    assert spec.field("summary_why").label.startswith("Tarea 1")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"gold": "C"}, "gold"),
        ({"response_b": COMPARE["response_a"]}, "must differ"),
        ({"prompt": ""}, "prompt"),
        ({"rubric": []}, "rubric"),
        ({"key": "Bad Key"}, "key"),
        ({"kind": "essay"}, "kind"),
    ],
)
def test_a_bad_compare_sample_is_refused(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        job(work_samples=[{**COMPARE, **change}])


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"labels": ["only one"]}, "labels"),
        ({"labels": ["a", "A", "b"]}, "distinct"),
        ({"items": []}, "items"),
        ({"items": [{"text": "x", "gold": "nonsense"}]}, "one of the labels"),
        ({"items": [{"text": "x", "gold": "other"}] * 6}, "items"),
        ({"labels": [f"l{n}" for n in range(9)]}, "labels"),
    ],
)
def test_a_bad_label_sample_is_refused(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        job(work_samples=[{**LABEL, **change}])


def test_keys_stay_unique_and_samples_are_bounded() -> None:
    with pytest.raises(ValidationError, match="unique"):
        job(custom_questions=[{"key": "summary_why", "question": "Why?"}])
    with pytest.raises(ValidationError, match="at most 5"):
        job(work_samples=[{**LABEL, "key": f"s{n}"} for n in range(6)])


def test_a_job_of_work_samples_alone_may_show_the_best_attempt() -> None:
    assert job(work_samples=[LABEL], attempt_shown="best").is_scored()
    with pytest.raises(ValidationError, match="needs a score"):
        job(work_samples=[], fields=[PICK.model_dump()], attempt_shown="best")


def test_the_gold_letter_may_be_lower_case_and_the_label_any_case() -> None:
    spec = job(work_samples=[{**COMPARE, "gold": "b"}, LABEL])
    assert spec.work_samples[0].gold == "B"  # type: ignore[union-attr]
    fields = {
        "summary": FieldState(status="answered", value="B"),
        "messages_1": FieldState(status="answered", value="Question"),
    }
    compare, label = work_samples.check(spec, fields)
    assert compare.picks[0].correct is True and compare.score == 1.0
    assert [p.correct for p in label.picks] == [True, None, None] and label.score is None


# -- reading the picks ------------------------------------------------------------------

PICK = FieldSpec(key="s", label="Pick", type="single_choice", choices=("A", "B"))


@pytest.mark.parametrize(
    ("reply", "pick"),
    [
        ("A", "A"),
        ("b", "B"),
        ("Response B", "B"),
        ("the second one", "B"),
        ("I'd pick b", "B"),
        ("B is better because A invents a detail not in the article.", "B"),
        ("A is fluent but B is more accurate", "B"),
        ("B. A summary must be accurate, and A adds Paris.", "B"),
        ("Definitely not A", "B"),
        ("A is worse than B", "B"),
        ("B over A", "B"),
        ("B has a made-up detail", "A"),
        ("la B", "B"),
        ("Prefiero la respuesta B porque la A inventa un dato", "B"),
        ("Mejor la A que la B", "A"),
        ("la segunda", "B"),
        ("die zweite", "B"),
        ("Die erste Antwort", "A"),
        ("Ich nehme B, weil A etwas erfindet", "B"),
        ("Antwort B ist besser", "B"),
        ("Je choisis la B", "B"),
        ("la deuxième", "B"),
        ("Réponse A", "A"),
        ("Escolho a B, a A inventa um detalhe", "B"),
        ("a segunda", "B"),
        ("A é melhor", "A"),
        ("Preferisco la B", "B"),
        ("la seconda", "B"),
        ("la B è migliore", "B"),
    ],
)
def test_a_pick_is_read_in_six_languages(reply: str, pick: str) -> None:
    [finding] = read_choice(PICK, Message.of(reply, PICK))
    assert (finding.status, finding.value) == ("answered", pick)


# Written before the reader's first run on them (24 of the first 30 and 14 of the next 17
# read then, one wrong: "A wins, B is too vague"); the reader was fixed on them since.
HELD_OUT = [
    ("Response A, no doubt.", "A"),
    ("I'd say B.", "B"),
    ("B for sure", "B"),
    ("My pick is A", "A"),
    ("Going with response B since it sticks to the source", "B"),
    ("The first one reads nicer but the second is correct", "B"),
    ("A. It answers the question directly.", "A"),
    ("b) because it's accurate", "B"),
    ("Option A is better", "A"),
    ("I prefer the first response", "A"),
    ("Me quedo con la B", "B"),
    ("La respuesta A es más completa", "A"),
    ("Sin duda la segunda", "B"),
    ("Ich würde B wählen", "B"),
    ("Antwort A ist genauer", "A"),
    ("Die zweite, weil die erste etwas erfindet", "B"),
    ("Je préfère la réponse B", "B"),
    ("La A, elle est plus précise", "A"),
    ("La seconde réponse", "B"),
    ("Prefiro a B", "B"),
    ("A resposta A é mais precisa", "A"),
    ("Fico com a segunda", "B"),
    ("Scelgo la A", "A"),
    ("La risposta B è più accurata", "B"),
    ("La seconda, la prima inventa un dettaglio", "B"),
    ("Neither is perfect but B is closer", "B"),
    ("A, although B is shorter", "A"),
    ("Honestly B", "B"),
    ("Response B is the better one; response A adds Paris", "B"),
    ("I choose A.", "A"),
    ("Definitely response A.", "A"),
    ("b is the winner", "B"),
    ("I vote for B", "B"),
    ("A wins, B is too vague", "A"),
    ("The second response, it's more faithful to the text", "B"),
    ("Hmm, A I think", "A"),
    ("B - it does not make anything up", "B"),
    ("Elijo la respuesta A porque es más clara", "A"),
    ("La B, la A se inventa París", "B"),
    ("B ist besser, A erfindet Paris", "B"),
    ("Eindeutig A", "A"),
    ("Je prends la A", "A"),
    ("B, parce que A invente un lieu", "B"),
    ("A B é melhor", "B"),
    ("Escolho a primeira", "A"),
    ("Direi la B", "B"),
    ("La A, perché la B è troppo breve", "A"),
    # Praise denied is no pick of that letter.
    ("B is not right", "A"),
    ("Response A is not accurate", "B"),
    ("A n'est pas correcte", "B"),
    ("La A no es correcta", "B"),
    ("A ist nicht richtig", "B"),
    ("A isn't as good", "B"),
]


@pytest.mark.parametrize(("reply", "pick"), HELD_OUT)
def test_picks_written_apart_from_the_reader(reply: str, pick: str) -> None:
    [finding] = read_choice(PICK, Message.of(reply, PICK))
    assert (finding.status, finding.value) == ("answered", pick)


@pytest.mark.parametrize(
    "reply",
    [
        "both are fine",
        "It depends",
        "Beide sind gleich gut",
        "I'd go with a response that is accurate",
        "I think it's a much better idea to read both",
        "A summary should not invent",  # the article, not a letter
    ],
)
def test_no_single_pick_is_no_pick(reply: str) -> None:
    findings = read_choice(PICK, Message.of(reply, PICK))
    assert all(f.status != "answered" for f in findings)


def test_a_letter_is_read_only_in_reply_to_its_question() -> None:
    # "a" is a word in most of the six languages: unasked, no letter is a pick.
    assert read_choice(PICK, Message.of("I have a car and a bike. B12 vitamins", None)) == []


def test_a_label_is_read_only_for_the_item_asked() -> None:
    spec = job()
    reading = read_message(spec, "complaint", "messages_2")
    assert reading.findings["messages_2"].value == "complaint"
    assert "messages_1" not in reading.findings and "messages_3" not in reading.findings


@pytest.mark.parametrize(
    ("reply", "label"),
    [
        ("complaint", "complaint"),
        ("the second one", "complaint"),
        ("la segunda", "complaint"),
        ("Praise", "praise"),
        ("die letzte", "other"),
        ("other, I think", "other"),
    ],
)
def test_a_label_is_read_by_name_or_place(reply: str, label: str) -> None:
    item = job().field("messages_1")
    [finding] = read_choice(item, Message.of(reply, item))
    assert (finding.status, finding.value) == ("answered", label)


# -- end to end through the API, on the scripted model ----------------------------------


async def _judged(client: AsyncTestClient, iid: int) -> dict[str, Any]:
    for _ in range(150):
        data: dict[str, Any] = (await client.get(f"/api/interviews/{iid}/assessments")).json()
        if all(q["state"] in ("done", "failed") for q in data["questions"]):
            return data
        await asyncio.sleep(0.2)
    raise AssertionError(data)


def _no_secret(body: Any) -> None:
    text = json.dumps(body, ensure_ascii=False)
    assert '"gold"' not in text and '"rubric"' not in text and SECRET_POINT not in text


async def test_an_employer_sees_each_pick_against_the_gold_answer(
    web_client: AsyncTestClient, web_engine: ScriptedEngine
) -> None:
    await register(web_client, "boss@example.com", role="employer", name="Boss")
    r = await web_client.post("/api/jobs", json=job_body())
    assert r.status_code == 201, r.text
    job_id = r.json()["id"]
    assert r.json()["work_samples"][0]["gold"] == "B"  # the employer sees their gold

    await register(web_client, "jane@example.com")
    for listed in (await web_client.get("/api/jobs")).json():
        _no_secret(listed)
    shown = (await web_client.get(f"/api/jobs/{job_id}")).json()
    _no_secret(shown)
    assert shown["work_samples"][0]["response_b"] == COMPARE["response_b"]
    page = await web_client.get(f"/jobs/{job_id}")
    assert SECRET_POINT not in page.text

    interview = await start(web_client, job_id)
    iid = interview["id"]
    _no_secret(interview)
    assert COMPARE["response_a"] in interview["messages"][-1]["text"]
    replies = [
        "Response B",
        "B is accurate: A invents a detail (Paris) that is not in the prompt.",
        "question",
        "the second one",
        "other",
    ]
    turn: dict[str, Any] = {}
    for n, text in enumerate(replies):
        turn = await say(web_client, iid, text, f"m{n}")
        _no_secret(turn)
    assert turn["state"] == "summary", turn
    _no_secret((await web_client.get(f"/api/interviews/{iid}")).json())
    r = await web_client.post(f"/api/interviews/{iid}/proposal", json={})
    assert r.status_code == 200, r.text
    _no_secret(r.json())
    export = await web_client.post("/api/me/export", json={"password": "correct horse"})
    record = export.json()["interviews"][0]
    assert record["fields"]["summary"]["value"] == "B"  # their own pick
    assert '"gold"' not in export.text

    await login(web_client, "boss@example.com")
    data = await _judged(web_client, iid)
    compare, label = data["samples"]
    assert compare["kind"] == "compare" and compare["why_key"] == "summary_why"
    assert compare["picks"] == [
        {"key": "summary", "item": None, "pick": "B", "gold": "B", "correct": True}
    ]
    assert "Paris" in compare["why"]
    assert [(p["pick"], p["gold"], p["correct"]) for p in label["picks"]] == [
        ("question", "question", True),
        ("complaint", "complaint", True),
        ("other", "praise", False),
    ]
    assert label["picks"][2]["item"] == LABEL["items"][2]["text"]
    assert compare["score"] == 1.0 and label["score"] == pytest.approx(2 / 3)
    [why] = data["questions"]
    assert why["key"] == "summary_why" and why["state"] == "done"
    assert [p["point"] for p in why["points"]] == [p["text"] for p in RUBRIC]
    expected = (why["score"] + 1.0 + 2 / 3) / 3
    assert data["score"] == pytest.approx(expected)
    # The judge read the reason with the sample's task before it, and quoted only the reason.
    judged = [r for r in web_engine.requests if r.fair_key and r.fair_key.group == "judging"]
    assert len(judged) == len(RUBRIC)
    for request in judged:
        user = request.messages[-1].content
        assert user.startswith(rubric.TASK_HEADING + "\nInstructions: ")
        assert f"Response A: {COMPARE['response_a']}" in user
        assert f"Response B: {COMPARE['response_b']}" in user
        assert user.index(COMPARE["prompt"]) < user.index("Answer: B is accurate")
        assert SECRET_POINT not in user[: user.index("Key point:")]  # the rubric stays out
        assert request.schema is not None
        for quote in request.schema["properties"]["quote"]["anyOf"][0]["enum"]:
            assert quote in compare["why"]

    [app] = (await web_client.get(f"/api/jobs/{job_id}/applications")).json()
    assert app["assessment"]["state"] == "done"
    assert app["assessment"]["score"] == pytest.approx(expected)
    assert app["assessment"]["scores"]["messages"] == pytest.approx(2 / 3)
    text = (await web_client.get(f"/api/jobs/{job_id}/applications.csv")).text
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert float(row["summary_score"]) == 1.0 and row["messages_2"] == "complaint"
    line = (await web_client.get(f"/api/jobs/{job_id}/applications.jsonl")).text
    assert json.loads(line)["assessment"]["samples"] == data["samples"]


async def test_a_job_of_label_samples_only_is_scored_once_submitted(
    web_client: AsyncTestClient,
) -> None:
    await register(web_client, "boss@example.com", role="employer", name="Boss")
    r = await web_client.post("/api/jobs", json=job_body(work_samples=[LABEL]))
    job_id = r.json()["id"]
    await register(web_client, "jane@example.com")
    iid = (await start(web_client, job_id))["id"]
    for n, text in enumerate(["question", "complaint", "praise"]):
        await say(web_client, iid, text, f"m{n}")
    await login(web_client, "boss@example.com")
    data = (await web_client.get(f"/api/interviews/{iid}/assessments")).json()
    assert data["questions"] == [] and data["score"] is None  # not submitted yet
    assert all(p["correct"] for p in data["samples"][0]["picks"])
    [app] = (await web_client.get(f"/api/jobs/{job_id}/applications")).json()
    assert app["assessment"]["state"] == "not_submitted"
    await login(web_client, "jane@example.com")
    assert (await web_client.post(f"/api/interviews/{iid}/proposal", json={})).status_code == 200
    await login(web_client, "boss@example.com")
    data = (await web_client.get(f"/api/interviews/{iid}/assessments")).json()
    assert data["score"] == 1.0


async def test_a_bad_sample_is_refused_with_what_to_fix(web_client: AsyncTestClient) -> None:
    await register(web_client, "boss@example.com", role="employer", name="Boss")
    bad = {**LABEL, "items": [{"text": "Where is it?", "gold": "shipping"}]}
    r = await web_client.post("/api/jobs", json=job_body(work_samples=[bad]))
    assert r.status_code == 422  # the API's answer to any request that is not valid
    assert "work sample 1" in r.json()["detail"]
    assert "item 1's gold label must be one of the labels" in r.json()["detail"]
