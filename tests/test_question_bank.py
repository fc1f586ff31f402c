"""The question bank: 50 rubric templates from seed 004, every one a valid custom question
whose key points say nothing the seed's hint does not; the employers' API that offers
them; a template taken into a job as it is."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import AsyncTestClient

from server.errors import ConfigError
from server.interview.question_bank import (
    BANK_PATH,
    LEVELS,
    BankEntry,
    content_words,
    find,
    load_bank,
    ungrounded,
)
from server.interview.spec import MAX_KEY_POINT_CHARS, CustomQuestion, JobSpec
from server.settings import PROJECT_ROOT
from tests.helpers.web import JOB_BODY, register

BANK = load_bank()
# Seed 004 has these levels, in this order, with this many questions each.
SEED_LEVELS = {
    "Beginner": 5,
    "Intermediate": 10,
    "Advanced": 10,
    "Scenario-Based": 10,
    "AI Workflow & Tools": 10,
    "Behavioral": 5,
}


# -- the data ------------------------------------------------------------------------------


def test_all_fifty_entries_load_with_stable_unique_ids() -> None:
    assert len(BANK) == 50
    assert [e.id for e in BANK] == [f"wfm_{n:02d}" for n in range(1, 51)]
    assert len({e.question for e in BANK}) == 50
    assert len({e.hint for e in BANK}) == 50
    assert Counter(e.level for e in BANK) == SEED_LEVELS
    assert list(dict.fromkeys(e.level for e in BANK)) == list(LEVELS) == list(SEED_LEVELS)


@pytest.mark.parametrize("entry", BANK, ids=[e.id for e in BANK])
def test_each_entry_is_a_custom_question_with_a_rubric_grounded_in_its_hint(
    entry: BankEntry,
) -> None:
    assert 2 <= len(entry.rubric) <= 8
    texts = [p.text for p in entry.rubric]
    assert all(0 < len(t) <= MAX_KEY_POINT_CHARS and t == t.strip() for t in texts)
    assert len({t.casefold() for t in texts}) == len(texts)
    # One plain sentence, asked as a question.
    assert entry.question.endswith("?") and entry.question.count("?") == 1
    assert ". " not in entry.question
    # The hint is the seed's line, without the "N questions" count glued before it.
    assert not entry.hint[0].isdigit() and entry.hint == entry.hint.strip()
    for text in texts:
        words = content_words(text)
        assert words, text
        assert ungrounded(text, entry.hint) == [], text
    question = entry.custom_question()
    assert isinstance(question, CustomQuestion)
    assert question.key == entry.id and question.question == entry.question
    assert [p.text for p in question.rubric or ()] == texts
    assert all(p.weight == 1.0 for p in question.rubric or ())


def test_every_custom_question_of_the_bank_fits_one_job() -> None:
    # Twenty at most per job; each slice of the bank validates as a job's questions.
    for start in range(0, 50, 20):
        questions = [e.custom_question() for e in BANK[start : start + 20]]
        spec = JobSpec.model_validate({"title": "WFM specialist", "custom_questions": questions})
        assert len(spec.rubric_questions()) == len(questions)


@pytest.mark.parametrize(
    ("point", "hint", "missing"),
    [
        ("Worker quality controls", "differences in worker quality control", []),
        ("Cohen's kappa for two annotators", "name Cohen's kappa (two annotators)", []),
        ("A/B testing of the UI", "A/B testing AI-assisted vs. traditional QA", ["ui"]),
        ("Salary negotiation", "fair and transparent pay", ["salary", "negotiation"]),
        ("Increases over time", "increasing task complexity over time", ["increases"]),
    ],
)
def test_a_point_is_grounded_only_when_its_words_are_in_the_hint(
    point: str, hint: str, missing: list[str]
) -> None:
    assert ungrounded(point, hint) == missing


def _write(tmp_path: Path, entries: list[dict[str, Any]]) -> Path:
    path = tmp_path / "bank.json"
    path.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    return path


def _raw() -> list[dict[str, Any]]:
    data = json.loads(BANK_PATH.read_text(encoding="utf-8"))
    return [dict(e) for e in data["entries"][:3]]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda es: es[0].update(rubric=[*es[0]["rubric"], "Salary negotiation"]), "salary"),
        (lambda es: es[1].update(id=es[0]["id"]), "each id must be unique"),
        (lambda es: es[0].update(rubric=es[0]["rubric"][:1]), "wfm_01"),
        (lambda es: es[0].update(rubric=[*es[0]["rubric"], es[0]["rubric"][0]]), "distinct"),
        (lambda es: es[0].update(question="Tell me about data"), "wfm_01"),
        (lambda es: es[0].update(id="wfm-01"), "pattern"),
        (lambda es: es[0].update(level="Expert"), "level"),
    ],
)
def test_a_bad_bank_file_is_refused_at_load_naming_the_problem(
    tmp_path: Path, change: Any, message: str
) -> None:
    entries = _raw()
    change(entries)
    with pytest.raises(ConfigError, match=message):
        load_bank(_write(tmp_path, entries))


def test_the_file_is_read_once_and_not_at_import(tmp_path: Path) -> None:
    path = _write(tmp_path, _raw())
    first = load_bank(path)
    path.write_text("not json", encoding="utf-8")
    assert load_bank(path) is first
    code = (
        "import server.interview.question_bank as m, server.app;"
        "print(m.load_bank.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0"


def test_find_filters_by_level_and_by_every_word() -> None:
    assert [e.id for e in find(BANK, level="Beginner")] == [f"wfm_0{n}" for n in range(1, 6)]
    kappa = find(BANK, text="KAPPA")
    assert {e.id for e in kappa} == {"wfm_02", "wfm_38"}
    assert [e.id for e in find(BANK, level="Beginner", text="kappa")] == ["wfm_02"]
    assert find(BANK, text="kappa hipaa") == []
    assert len(find(BANK, text="  ")) == 50


# -- the API -------------------------------------------------------------------------------


async def test_an_employer_gets_every_template(web_client: AsyncTestClient) -> None:
    await register(web_client, "boss@example.com", role="employer", name="Boss")
    r = await web_client.get("/api/question-bank")
    assert r.status_code == 200, r.text
    data = r.json()
    assert data["levels"] == list(LEVELS)
    assert data["count"] == 50 and len(data["entries"]) == 50
    first = data["entries"][0]
    assert set(first) == {"id", "level", "topic", "question", "rubric", "hint"}
    assert first["id"] == "wfm_01" and first["level"] == "Beginner"
    assert first["rubric"][0] == {"text": BANK[0].rubric[0].text, "weight": 1.0}
    assert first["hint"] == BANK[0].hint


async def test_the_filters_narrow_the_templates(web_client: AsyncTestClient) -> None:
    await register(web_client, "boss@example.com", role="employer", name="Boss")
    r = await web_client.get("/api/question-bank", params={"level": "AI Workflow & Tools"})
    assert r.status_code == 200, r.text
    assert r.json()["count"] == 10
    assert {e["level"] for e in r.json()["entries"]} == {"AI Workflow & Tools"}
    r = await web_client.get("/api/question-bank", params={"q": "gdpr"})
    assert [e["id"] for e in r.json()["entries"]] == ["wfm_11"]
    r = await web_client.get("/api/question-bank", params={"level": "Behavioral", "q": "gdpr"})
    assert r.status_code == 200 and r.json() == {"levels": list(LEVELS), "count": 0, "entries": []}
    r = await web_client.get("/api/question-bank", params={"level": "Expert"})
    assert r.status_code == 422 and "Beginner" in r.text
    r = await web_client.get("/api/question-bank", params={"q": "x" * 101})
    assert r.status_code == 422
    r = await web_client.get("/api/question-bank", params={"q": "x" * 100})
    assert r.status_code == 200 and r.json()["count"] == 0


async def test_only_employers_see_the_bank(web_client: AsyncTestClient) -> None:
    assert (await web_client.get("/api/question-bank")).status_code == 401
    await register(web_client, "jane@example.com")
    r = await web_client.get("/api/question-bank")
    assert r.status_code == 403
    assert "entries" not in r.text


async def test_a_template_becomes_a_rubric_question_of_a_job(web_client: AsyncTestClient) -> None:
    await register(web_client, "boss@example.com", role="employer", name="Boss")
    entry = (await web_client.get("/api/question-bank", params={"q": "gold questions"})).json()[
        "entries"
    ][0]
    assert entry["id"] == "wfm_03"
    body = json.loads(json.dumps(JOB_BODY))
    template = {"key": entry["id"], "question": entry["question"], "rubric": entry["rubric"]}
    edited = {**template, "key": "gold", "rubric": [*entry["rubric"][:2], "Mentions IAA"]}
    body["custom_questions"] += [template, edited]
    r = await web_client.post("/api/jobs", json=body)
    assert r.status_code == 201, r.text
    job = (await web_client.get(f"/api/jobs/{r.json()['id']}")).json()
    stored = {q["key"]: q for q in job["custom_questions"]}
    assert stored["wfm_03"]["question"] == entry["question"]
    assert stored["wfm_03"]["rubric"] == entry["rubric"]
    assert [p["text"] for p in stored["gold"]["rubric"]] == [
        *(p["text"] for p in entry["rubric"][:2]),
        "Mentions IAA",
    ]


# -- a template judged on the real default model --------------------------------------------

STRONG_GOLD_ANSWER = (
    "Gold questions are items whose correct answer we already know. We mix them into the"
    " normal tasks without telling anyone, so we can measure each worker's accuracy. When"
    " someone fails too many of them the platform automatically stops giving them work,"
    " and every worker's score on the gold items is tracked over time."
)


@pytest.mark.model
async def test_a_bank_rubric_is_judged_on_the_real_model(default_model_path: Path) -> None:
    from server.engine.runtime import open_engine
    from server.interview import rubric
    from server.settings import Settings

    entry = next(e for e in BANK if e.id == "wfm_03")
    points = [p.text for p in entry.rubric]
    async with open_engine(Settings(models_dir=default_model_path.parent)) as engine:
        strong = await rubric.judge(engine, entry.question, points, STRONG_GOLD_ANSWER)
        off_topic = await rubric.judge(
            engine, entry.question, points, "I go hiking on weekends and cook pasta at home."
        )
    for point in strong.points:
        assert point.quote is None or point.quote in STRONG_GOLD_ANSWER
    assert strong.score >= 0.5, strong.labels
    assert off_topic.labels == ["missing"] * len(points)
