"""A choice said aside while another question is open ("Sixteen hours. Either site is
fine with me."; "I'd prefer the Record Office" for "County Record Office") had been read
only where the choice was written out in full, and the question was asked again; and a
model "this answers it" for a languages question is kept only where the reply names a
language ("Antes fui mozo en restaurante" had been stored as the languages spoken).

Every wording and job here is new; each class has guards: what must not change."""

from __future__ import annotations

import pytest

from server.interview.consult import apply_verdict
from server.interview.readers.free_text import asks_languages, names_a_language
from server.interview.spec import FieldSpec, JobSpec
from server.interview.understand import read_message
from tests.helpers.reading import read_fields

FERRY = JobSpec(
    title="Ferry deckhand",
    description="Mooring, boarding and cleaning on the island ferries.",
    fields=(
        FieldSpec(
            key="hours",
            label="Hours per week",
            type="hours_per_week",
            question="How many hours a week can you work?",
        ),
        FieldSpec(
            key="port",
            label="Home port",
            type="single_choice",
            choices=("North Harbour", "Old Town Quay", "no preference"),
            question="Which port would you rather start from: North Harbour, Old Town Quay, "
            "or no preference?",
        ),
        FieldSpec(
            key="langs",
            label="Languages spoken",
            type="short_text",
            question="Which languages do you speak?",
        ),
    ),
)


@pytest.mark.parametrize(
    ("text", "port"),
    [
        ("Twenty hours. Either port is fine with me.", "no preference"),
        ("Twenty hours, and I'd prefer the Old Town.", "Old Town Quay"),
        ("Veinte horas, y prefiero el Old Town.", "Old Town Quay"),
        ("20 hours; whichever port, no preference really.", "no preference"),
    ],
)
def test_a_choice_said_aside_is_read_in_the_words_its_question_takes(text: str, port: str) -> None:
    found = read_fields(FERRY, text, "hours")
    assert found["hours"] == ("answered", 20)
    assert found["port"] == ("answered", port)


@pytest.mark.parametrize(
    "text",
    [
        # Guards: undecided, or about something else, it answers no port.
        "Twenty hours. Not sure about the port yet, it depends on the bus.",
        "Twenty hours, either mornings or evenings.",
        "Twenty hours; I'd prefer a contract over a zero-hours one.",
    ],
)
def test_an_aside_that_picks_no_choice_answers_nothing(text: str) -> None:
    assert "port" not in read_fields(FERRY, text, "hours")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Inglés y un poco de catalán", True),
        ("Englisch, Französisch", True),
        ("albanese e italiano", True),
        ("Occitan et anglais", True),
        ("Antes fui mozo en restaurante", False),
        ("Só à noite mesmo, de dia eu trabalho", False),
        ("uns 2 mil e pouco", False),
    ],
)
def test_language_names_come_from_babel_in_the_six_languages(text: str, names: bool) -> None:
    assert names_a_language(text) is names


@pytest.mark.parametrize(
    ("label", "question", "asks"),
    [
        ("Languages spoken", "Which languages do you speak?", True),
        ("Idiomas", "¿Qué idiomas hablas?", True),
        ("Fremdsprachen", "Welche Fremdsprachen sprechen Sie?", True),
        ("Other languages", "Which languages besides English?", True),
        # A question about one language's level takes "B2": not a languages question.
        ("Sprachkenntnisse Deutsch", "Wie gut sprechen Sie Deutsch?", False),
        ("Software used", "Which software have you used?", False),
    ],
)
def test_which_fields_ask_for_languages(label: str, question: str, asks: bool) -> None:
    spec = FieldSpec(key="x", label=label, type="short_text", question=question)
    assert asks_languages(spec) is asks


def test_a_model_answer_to_the_languages_question_must_name_one() -> None:
    spec = FERRY.field("langs")
    aside = read_message(FERRY, "Before this I was a waiter in a seafood place.", "langs")
    assert apply_verdict(aside, spec, "specific").findings["langs"].status == "vague"
    told = read_message(FERRY, "Greek, English and some Italian.", "langs")
    answered = apply_verdict(told, spec, "specific").findings["langs"]
    assert (answered.status, answered.value) == ("answered", "Greek, English and some Italian.")
