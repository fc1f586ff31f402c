"""``interviewer rehearse JOBS.json [--out REPORT]``: scripted candidates against any job.

A feature for employers as much as a measurement: before a job goes live, run a few
written-out candidates through it and see what the interviewer understood. Each
conversation goes through :func:`server.interview.turn.start` and
:func:`server.interview.turn.take_turn` exactly as a live interview does: the
greeting asks the first field, each scripted message answers whatever was asked
last. The report gives per-field accuracy (overall and per field type), the
invention rate, the interviews that ended complete as expected, the per-message
latency, and every miss with its transcript. The format is the contract of
``shared/eval/README.md`` ("Any job, end to end").
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from server.engine.base import Engine
from server.errors import ConfigError
from server.interview.evaluate import NOT_GIVEN, number_value
from server.interview.spec import FieldState, JobSpec
from server.interview.turn import InterviewState, start, take_turn


@dataclass(frozen=True)
class Conversation:
    id: str
    messages: tuple[str, ...]
    expect: dict[str, dict[str, Any]]


@dataclass(frozen=True)
class Rehearsal:
    """One job and the scripted candidates to run against it."""

    name: str
    job: JobSpec
    conversations: tuple[Conversation, ...]


@dataclass
class Outcome:
    """One conversation after its last message."""

    job: str
    conversation: str
    state: InterviewState
    transcript: list[dict[str, str]]
    seconds: list[float] = field(default_factory=list)


# ------------------------------------------------------------------ loading


def parse(data: Any, path: str) -> list[Rehearsal]:
    """Validate a rehearsal file's JSON; every problem names where it is in ``path``."""
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise ConfigError(f"{path}: expected an object with a 'jobs' list")
    out = []
    for n, entry in enumerate(data["jobs"]):
        where = f"{path}: jobs[{n}]"
        if not isinstance(entry, dict):
            raise ConfigError(f"{where}: expected an object")
        try:
            job = JobSpec.model_validate(entry.get("job"))
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(p) for p in first["loc"])
            raise ConfigError(f"{where}.job{'.' + loc if loc else ''}: {first['msg']}") from exc
        keys = {s.key for s in job.all_fields()}
        conversations = []
        for m, conv in enumerate(entry.get("conversations") or []):
            cwhere = f"{where}.conversations[{m}]"
            messages = conv.get("messages") if isinstance(conv, dict) else None
            if not isinstance(messages, list) or not all(isinstance(t, str) for t in messages):
                raise ConfigError(f"{cwhere}: 'messages' must be a list of strings")
            expect = conv.get("expect") or {}
            unknown = set(expect) - keys
            if unknown:
                raise ConfigError(
                    f"{cwhere}: expect names fields the job does not have: "
                    + ", ".join(sorted(unknown))
                )
            conversations.append(
                Conversation(str(conv.get("id", f"{n}-{m}")), tuple(messages), expect)
            )
        out.append(Rehearsal(str(entry.get("name", f"job-{n}")), job, tuple(conversations)))
    return out


# ------------------------------------------------------------------ scoring


def field_correct(expect: dict[str, Any], got: FieldState) -> bool:
    """Whether one field's final state matches its label, as the contract scores it."""
    if got.status != expect.get("status"):
        return False
    if got.status != "answered":
        return True
    value = got.value
    if "keywords" in expect:
        text = str(value).casefold()
        return all(str(k).casefold() in text for k in expect["keywords"])
    if "min" in expect:
        number = number_value(value)
        return number is not None and float(expect["min"]) <= number <= float(expect["max"])
    if "value" in expect:
        wanted = expect["value"]
        if isinstance(wanted, bool) or isinstance(value, bool):
            return value is wanted
        return bool(value == wanted)
    return True


def expected_complete(job: JobSpec, expect: dict[str, dict[str, Any]]) -> bool:
    return all(
        expect.get(s.key, {}).get("status") in ("answered", "none")
        for s in job.all_fields()
        if s.required
    )


def report(rehearsals: list[Rehearsal], outcomes: list[Outcome]) -> dict[str, Any]:
    """The rehearsal report: accuracy overall and per type, invention, completion, misses."""
    by_id = {(o.job, o.conversation): o for o in outcomes}
    total = correct = invented = not_given = 0
    per_type: dict[str, list[int]] = {}
    per_job: dict[str, list[int]] = {}
    complete_ok = conversations = 0
    misses = []
    seconds = [s for o in outcomes for s in o.seconds]
    for rehearsal in rehearsals:
        for conv in rehearsal.conversations:
            outcome = by_id[(rehearsal.name, conv.id)]
            conversations += 1
            is_complete = outcome.state.phase != "interview"
            complete_ok += is_complete == expected_complete(rehearsal.job, conv.expect)
            for spec in rehearsal.job.all_fields():
                expect = conv.expect.get(spec.key, {"status": "missing"})
                got = outcome.state.fields.get(spec.key, FieldState())
                ok = field_correct(expect, got)
                total += 1
                correct += ok
                for table, key in ((per_type, spec.type), (per_job, rehearsal.name)):
                    table.setdefault(key, [0, 0])
                    table[key][0] += ok
                    table[key][1] += 1
                if expect["status"] in NOT_GIVEN:
                    not_given += 1
                    invented += got.status == "answered"
                if not ok:
                    misses.append(
                        {
                            "job": rehearsal.name,
                            "conversation": conv.id,
                            "field": spec.key,
                            "type": spec.type,
                            "expected": expect,
                            "got": {
                                "status": got.status,
                                "value": got.value,
                                "evidence": got.evidence,
                            },
                            "transcript": outcome.transcript,
                        }
                    )

    def rate(c: int, n: int) -> float:
        return round(c / n, 4) if n else 0.0

    return {
        "jobs": len(rehearsals),
        "conversations": conversations,
        "fields": total,
        "accuracy": rate(correct, total),
        "per_type": {
            k: {"accuracy": rate(c, n), "correct": f"{c}/{n}"}
            for k, (c, n) in sorted(per_type.items())
        },
        "per_job": {
            k: {"accuracy": rate(c, n), "correct": f"{c}/{n}"} for k, (c, n) in per_job.items()
        },
        "invention_rate": rate(invented, not_given),
        "invented": invented,
        "complete_as_expected": f"{complete_ok}/{conversations}",
        "seconds_per_message": latency(seconds),
        "misses": misses,
    }


def latency(seconds: list[float]) -> dict[str, float | int]:
    """p50 and p95 seconds per message (nearest rank), and how many messages."""
    if not seconds:
        return {"p50": 0.0, "p95": 0.0, "messages": 0}
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
    return {
        "p50": round(statistics.median(ordered), 3),
        "p95": round(p95, 3),
        "messages": len(ordered),
    }


# ------------------------------------------------------------------ running


async def run_conversation(engine: Engine, rehearsal: Rehearsal, conv: Conversation) -> Outcome:
    """One scripted candidate through the live interview code."""
    state, greeting = start(rehearsal.job)
    outcome = Outcome(rehearsal.name, conv.id, state, [{"role": "interviewer", "text": greeting}])
    for message in conv.messages:
        began = time.perf_counter()
        result = await take_turn(engine, rehearsal.job, outcome.state, message)
        outcome.seconds.append(time.perf_counter() - began)
        outcome.state = result.state
        outcome.transcript += [
            {"role": "candidate", "text": message},
            {"role": "interviewer", "text": result.reply},
        ]
    return outcome


async def rehearse(engine: Engine, rehearsals: list[Rehearsal]) -> list[Outcome]:
    return [await run_conversation(engine, r, c) for r in rehearsals for c in r.conversations]
