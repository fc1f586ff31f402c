"""Reading classes from the first runs of jobs_blind20 and jobs_blind21: a yes or a no
that concludes a reply ("…, so yes"), not being afraid as a yes, a question about what a
choice means that picks nothing, a refusal in German colloquial words, a choice turned down
with "never", years of living somewhere said unasked, two start years that overlap rather
than add up, "one more year" added whatever the role, and open answers that name no
example ("muchos, no sabría decirle uno") or nothing at all ("can't remember what they're
called") left vague whatever the model says.

Every wording and job here is new; each class has guards: what must not change."""

from __future__ import annotations

import json

import pytest

from server.engine.base import GenerationRequest
from server.engine.fake import ScriptedEngine
from server.interview.consult import understand
from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from tests.helpers.reading import judging_engine, read_fields

ROOFER = JobSpec(
    title="Roofer's labourer",
    description="Carrying tiles and cleaning up on domestic roofs.",
    fields=(
        FieldSpec(
            key="heights", label="Comfortable working at heights", type="yes_no",
            question="Are you comfortable working at heights?",
        ),
        FieldSpec(
            key="roof_type", label="Roofs worked on", type="single_choice",
            choices=("pitched roofs", "flat roofs", "both"),
            question="Which roofs have you worked on: pitched, flat or both?",
        ),
        FieldSpec(key="years", label="Years on roofs", type="years"),
        FieldSpec(
            key="cards", label="Site cards held", type="short_text",
            question="Which site cards or tickets do you hold?",
        ),
    ),
    custom_questions=(
        CustomQuestion(key="leak", question="Tell us about a leak you tracked down."),
    ),
)  # fmt: skip
MALER = JobSpec(
    title="Malerhelfer (m/w/d) für Innenausbau",
    description="Wir suchen Helfer für Maler- und Lackierarbeiten in Neubauten.",
    fields=(
        FieldSpec(
            key="bereich", label="Einsatzbereich", type="single_choice",
            choices=("Neubau", "Altbausanierung", "Gewerbeobjekte"),
            question="In welchem Bereich möchten Sie arbeiten?",
        ),
        FieldSpec(
            key="werkzeuge", label="Werkzeuge", type="short_text",
            question="Mit welchen Werkzeugen arbeiten Sie?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I haven't done much scaffolding but heights never bothered me, so yes", True),
        ("I did it once on a garage and didn't like it, so no", False),
        ("Honestly I'm not scared of heights", True),
    ],
)
def test_a_concluding_yes_or_no_and_not_being_afraid(text: str, value: bool) -> None:
    assert read_fields(ROOFER, text, "heights")["heights"] == ("answered", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Sorry, about the heights: I said fine, but I froze on a ladder once, so actually no",
            False,
        ),
        (
            "Correction on working at heights: I was unsure, but I did a roof last week, so yes",
            True,
        ),
    ],
)
def test_a_correction_naming_its_field_concludes_it_while_another_is_asked(
    text: str, value: bool
) -> None:
    assert read_fields(ROOFER, text, "cards")["heights"] == ("answered", value)


def test_a_question_about_what_a_choice_means_picks_nothing() -> None:
    found = read_fields(MALER, "Was genau ist mit Altbausanierung gemeint?", "bereich")
    assert "bereich" not in found
    # Guard: a choice with a question after it is still picked.
    assert read_fields(MALER, "Neubau, passt das?", "bereich")["bereich"] == ("answered", "Neubau")


def test_a_colloquial_german_refusal() -> None:
    assert read_fields(MALER, "Dazu sag ich lieber nix", "werkzeuge")["werkzeuge"][0] == (
        "declined"
    )


def test_a_choice_turned_down_with_never_is_not_picked() -> None:
    found = read_fields(ROOFER, "Honestly I've never worked on flat roofs", "roof_type")
    assert found.get("roof_type", ("",))[1:] != ("flat roofs",)


def test_years_of_living_somewhere_said_unasked_are_no_experience() -> None:
    found = read_fields(ROOFER, "Hi, I'm Polish, I've lived in Derby for 4 years", "heights")
    assert "years" not in found


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Since 2016, first on extensions and since 2021 mostly slate", 10),
        ("from 2012 to 2015 and from 2019 to 2021", 5),
        ("Two years with my uncle and here one year more as a sole trader", 3),
        # Guard: a year and some months is one span, not a year "and eight more".
        ("One year and eight months with a roofing firm in Leeds", 1.667),
    ],
)
def test_starts_that_overlap_and_one_more_year(text: str, years: float) -> None:
    assert read_fields(ROOFER, text, "years")["years"] == ("answered", years)


def _engine(label: str) -> ScriptedEngine:
    return judging_engine(label)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("leak", "Uf, muchos, no sabría decirle uno en concreto"),
        ("leak", "Oh j'en ai trouvé plein, c'est dur d'en choisir une"),
        ("leak", "I've had loads of tricky ones, like everyone really"),
        ("cards", "a couple from my last firm, can't remember what they're called"),
        ("cards", "Depende muito do dia"),
        ("leak", "Bueno, depende de lo que paguen"),
    ],
)
async def test_an_answer_naming_no_example_or_nothing_stays_vague(key: str, text: str) -> None:
    reading = await understand(_engine("specific"), ROOFER, text, key)
    assert reading.findings[key].status == "vague"


async def test_it_depends_naming_something_is_an_answer() -> None:
    text = "Depends on the site: CSCS and IPAF mostly"
    reading = await understand(_engine("specific"), ROOFER, text, "cards")
    assert reading.findings["cards"].status == "answered"


async def test_an_answer_naming_something_is_kept_though_it_forgets_the_rest() -> None:
    # Guard: "CSCS and IPAF, can't remember the rest" names its cards.
    reading = await understand(
        _engine("specific"), ROOFER, "CSCS and IPAF, can't remember the rest", "cards"
    )
    assert reading.findings["cards"].status == "answered"


async def test_a_model_refusal_needs_words_of_refusal_in_a_long_reply() -> None:
    text = "I'd apologise and redo the ridge without charging them anything extra"
    reading = await understand(_engine("refuses"), ROOFER, text, "leak")
    assert reading.findings.get("leak") is None or reading.findings["leak"].status != "declined"


FOTO = JobSpec(
    title="Fotógrafo de casamentos e eventos em Porto Alegre",
    description="Procuramos fotógrafos para casamentos e eventos corporativos.",
    fields=(
        FieldSpec(
            key="anos", label="Experiência fotografando eventos (anos)", type="years",
            question="Há quantos anos você fotografa eventos?",
        ),
        FieldSpec(
            key="tipo", label="Tipo de evento preferido", type="single_choice",
            choices=("casamentos", "eventos corporativos", "festas infantis"),
            question="Que tipo de evento você prefere?",
        ),
        FieldSpec(
            key="por_mes", label="Eventos por mês", type="number",
            question="Quantos eventos por mês você consegue cobrir?",
        ),
    ),
)  # fmt: skip


def test_never_having_done_it_gives_no_count_asked_later_a_none() -> None:
    found = read_fields(FOTO, "Profissionalmente nunca fotografei eventos", "anos")
    assert found["anos"] == ("none", None)
    assert "por_mes" not in found
    # Guard: asked, the count takes it.
    assert read_fields(FOTO, "nenhum, nunca fiz eventos", "por_mes")["por_mes"][0] == "none"


async def test_a_count_per_period_to_a_choice_question_is_no_pick() -> None:
    # The model, asked to pick, picks one whatever it is given; a count a week is no pick.
    def respond(request: GenerationRequest) -> str:
        return json.dumps({"answer": "casamentos"})

    reading = await understand(ScriptedEngine(responder=respond), FOTO, "two per week", "tipo")
    assert reading.findings.get("tipo") is None or reading.findings["tipo"].status != "answered"
