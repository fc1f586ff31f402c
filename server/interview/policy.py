"""The dialogue policy: given where the interview stands, what happens next. Pure functions.

Deterministic code decides, never the model: one question at a time for the first
incomplete required field; a follow-up when the answer was vague or invalid; a
concrete example after two misses; after ``MAX_MISSES`` misses (or ``MAX_ASKS``
questions about one field, clarifications included) the field is set aside so the
conversation never loops; a refusal is explained once and the interview moves on;
fields are asked in the job's order, an optional one once, in its place, and it never
blocks; a required field the candidate has moved past (asked twice, then another field
answered instead) waits until every other field has had its turn; when
every required field is complete, the summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from server.interview.spec import FieldSpec, FieldState, JobSpec

MAX_MISSES = 3
MAX_ASKS = 5
EXAMPLE_AFTER_MISSES = 2

Mode = Literal["first", "again", "vague", "invalid", "example", "clarify"]
Kind = Literal["ask", "summary", "waiting"]


@dataclass(frozen=True)
class Action:
    """What the interviewer does next.

    ``ask``: ask ``key`` in ``mode``. ``summary``: every required field is complete.
    ``waiting``: required fields remain but each was set aside (refused or capped).
    ``set_aside`` names a required field the interview moves past on this turn because
    it hit the cap (``set_aside_why="capped"``), so the reply can say so; refusals are
    explained by the turn itself.
    """

    kind: Kind
    key: str | None = None
    mode: Mode = "first"
    set_aside: str | None = None
    set_aside_why: Literal["declined", "capped"] | None = None


def is_set_aside(state: FieldState, asks: int, spec: FieldSpec) -> bool:
    """A field the interviewer will not ask again on its own initiative."""
    if state.complete:
        return False
    if state.status == "declined":
        return True
    if not spec.required:
        return asks >= 1
    return state.misses >= MAX_MISSES or asks >= MAX_ASKS


def _askable(spec: FieldSpec, state: FieldState, asks: int) -> bool:
    """Whether the job-order pass would ask this field."""
    if state.complete or is_set_aside(state, asks, spec):
        return False
    # an optional field answered loosely is not pressed
    return spec.required or state.status not in {"vague", "invalid"}


def moved_past(
    job: JobSpec,
    fields: dict[str, FieldState],
    asks: dict[str, int],
    asked: str | None,
    addressed: bool,
    changed: list[str],
) -> bool:
    """Whether the candidate has moved past the required field just asked, so that it waits
    until the other fields have had their turn: it was asked twice and the reply answered
    another field instead, saying nothing of it ("Quatro dias por semana" to a second
    "which shift?"). Pressing a third time reads each next answer against a question the
    candidate has left behind; asking it once more at the end costs nothing. (A reply that
    addresses it, however vaguely, is followed up as before.)"""
    if asked is None or asked not in fields or addressed:
        return False
    spec, state = job.field(asked), fields[asked]
    if not spec.required or state.complete or asks.get(asked, 0) < 2:
        return False
    if is_set_aside(state, asks.get(asked, 0), spec):
        return False
    return any(key != asked for key in changed)


def next_action(
    job: JobSpec,
    fields: dict[str, FieldState],
    asks: dict[str, int],
    asked: str | None,
    clarify: str | None = None,
    addressed: bool = True,
    deferred: tuple[str, ...] | list[str] = (),
) -> Action:
    """Decide the next step after a message has been read and merged into ``fields``.

    ``asked`` is the field the previous question was about, ``clarify`` the field the
    candidate just asked to have explained, ``addressed`` whether the message said
    anything about ``asked`` (a follow-up only makes sense if it did), ``deferred`` the
    required fields the candidate moved past (see ``moved_past``), asked again only once
    no other field is left to ask.
    """
    specs = {s.key: s for s in job.all_fields()}
    waiting = [
        s
        for s in job.all_fields()
        if s.key not in deferred and _askable(s, fields[s.key], asks.get(s.key, 0))
    ]
    if clarify is not None and clarify in specs:
        spec = specs[clarify]
        state = fields[clarify]
        if not state.complete and asks.get(clarify, 0) < MAX_ASKS:
            return Action("ask", clarify, "clarify")

    set_aside = None
    why: Literal["declined", "capped"] | None = None
    if asked is not None and asked in specs:
        spec, state = specs[asked], fields[asked]
        n = asks.get(asked, 0)
        if not state.complete:
            if is_set_aside(state, n, spec):
                if spec.required and state.status != "declined":
                    set_aside, why = asked, "capped"
            elif addressed and state.status in {"vague", "invalid"} and state.misses > 0:
                if state.misses >= EXAMPLE_AFTER_MISSES:
                    return Action("ask", asked, "example")
                return Action("ask", asked, "vague" if state.status == "vague" else "invalid")

    # The job's order, optional fields in their place: an optional one is asked once; a
    # field moved past comes back when nothing else is left.
    for spec in waiting or job.all_fields():
        state = fields[spec.key]
        if not _askable(spec, state, asks.get(spec.key, 0)):
            continue
        mode: Mode = "first" if asks.get(spec.key, 0) == 0 else "again"
        if state.status == "invalid":
            mode = "invalid"
        return Action("ask", spec.key, mode, set_aside, why)
    if all(fields[s.key].complete for s in job.all_fields() if s.required):
        return Action("summary", None, "first", set_aside, why)
    return Action("waiting", None, "first", set_aside, why)


def missing_required(job: JobSpec, fields: dict[str, FieldState]) -> list[FieldSpec]:
    return [s for s in job.all_fields() if s.required and not fields[s.key].complete]
