"""Declines kept to oneself in any of the six languages, a chat "nah", a want that names a
choice unasked, a choice turned down after an apology, a choice written with a spaced
slash, and a count of some other thing given to a choice question.

The classes were seen on the first runs of eight blind job sets (stop 43); the jobs and
wordings here are my own.
"""

from __future__ import annotations

import pytest

from server.interview.consult import understand
from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import judging_engine, read_fields

ESTUFA = JobSpec(
    title="Helfer/in Gewächshaus – Gärtnerei Lindenhof",
    description="Tomaten und Gurken unter Glas, März bis Oktober.",
    fields=(
        FieldSpec(
            key="jahre", label="Jahre in Gärtnerei oder Landwirtschaft", type="years",
            required=False,
            question="Wie viele Jahre hast du in einer Gärtnerei oder Landwirtschaft gearbeitet?",
        ),
        FieldSpec(
            key="schicht", label="Gewünschte Schicht", type="single_choice",
            choices=("Frühschicht", "Spätschicht", "Wechselschicht"),
            question="Welche Schicht möchtest du: Frühschicht, Spätschicht oder Wechselschicht?",
        ),
        FieldSpec(
            key="vorwissen", label="Vorwissen", type="single_choice",
            choices=("keines", "Hobbygarten", "Gärtnerei / Baumschule"),
            question="Welches Vorwissen hast du: keines, Hobbygarten oder Gärtnerei / Baumschule?",
        ),
        FieldSpec(
            key="samstag", label="Samstagsarbeit", type="yes_no",
            question="Kannst du samstags arbeiten?",
        ),
        FieldSpec(
            key="lieblingsgemuese", label="Lieblingsgemüse", type="short_text",
            required=False, question="Welches Gemüse baust du am liebsten an?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Das behalte ich lieber für mich 😉",
        "Je préfère le garder pour moi.",
        "Questo lo tengo per me.",
        "Isso eu guardo pra mim.",
    ],
)
def test_kept_to_oneself_is_a_decline(text: str) -> None:
    found = read_fields(ESTUFA, text, "lieblingsgemuese")
    assert found["lieblingsgemuese"][0] == "declined"


def test_a_day_kept_for_oneself_is_no_decline() -> None:
    found = read_fields(ESTUFA, "Il sabato lo tengo per me.", "samstag")
    assert found.get("samstag", ("vague",))[0] != "declined"


@pytest.mark.parametrize("text", ["nah never, this would be my first job outside", "nah"])
def test_a_chat_nah_is_a_no(text: str) -> None:
    assert read_fields(ESTUFA, text, "jahre")["jahre"][0] == "none"


def test_a_want_names_a_choice_unasked() -> None:
    found = read_fields(ESTUFA, "hallo, 12 jahre in ner gärtnerei, will frühschicht", "jahre")
    assert found["schicht"] == ("answered", "Frühschicht")
    assert found["jahre"] == ("answered", 12)


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("doch lieber spätschicht, sorry, zur frühschicht fährt kein bus", "Spätschicht"),
        ("Frühschicht. Ah nein, sorry, Spätschicht meinte ich", "Spätschicht"),
    ],
)
def test_a_choice_turned_down_after_an_apology_is_no_slip_put_right(text: str, choice: str) -> None:
    assert read_fields(ESTUFA, text, "schicht")["schicht"] == ("answered", choice)


def test_each_part_of_a_spaced_slash_names_the_choice_unasked() -> None:
    text = "Samstags geht, und ich war fünf Jahre in einer Baumschule bei Celle."
    found = read_fields(ESTUFA, text, "samstag")
    assert found["vorwissen"] == ("answered", "Gärtnerei / Baumschule")


async def test_a_count_of_some_other_thing_picks_no_choice() -> None:
    reading = await understand(
        judging_engine("specific", pick="Gärtnerei / Baumschule"),
        ESTUFA,
        "Circa 1500 piantine.",
        "vorwissen",
    )
    assert reading.findings["vorwissen"].status != "answered"
