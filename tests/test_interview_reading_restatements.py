"""Reading classes a fresh blind job set (tests/data/jobs_blind15.json) missed on its first
run: a value restated under its field's label ("lo de las horas: mejor pon 38") replacing
an earlier answer, self-repair ("1100 limpos… quer dizer, brutos uns 1250"), "scratch the
30 hours … I can do 35", "no hay problema" and "não tenho problema nenhum" as a yes, a
polite "non merci" as a no, "5h du mat", "de 8 a 14hs", "dalle 9 all'una", an open
question never answered "none" when it was not asked, a choice concluded at the end ("non
saprei… mettete cerimonia", "l'atelier je pense"), a wait said in days or weeks picking
the start choice whose span holds it ("30 dias" is "até 1 mês"), weeks to come that are
no experience ("Em duas semanas posso estar aí"), pounds on a field in kg, and the model
picking no choice for a reply that opens with a yes to another question.

Every wording and job here is new; each class has guards: what must not change."""

from __future__ import annotations

import json

import pytest

from server.engine.fake import ScriptedEngine
from server.interview.consult import understand
from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from server.interview.turn import start
from tests.helpers.reading import read_fields, reply

CAMPSITE = JobSpec(
    title="Recepcionista de camping",
    description="Recepción y tienda de un camping en la costa.",
    fields=(
        FieldSpec(key="horas", label="Horas semanales", type="hours_per_week"),
        FieldSpec(key="distancia", label="Distancia al camping (km)", type="number"),
        FieldSpec(
            key="inicio",
            label="Incorporación",
            type="single_choice",
            choices=("inmediata", "hasta 2 semanas", "hasta 1 mes", "más de 1 mes"),
            question="¿Cuándo podrías empezar: inmediata, hasta 2 semanas, hasta 1 mes o más?",
        ),
        FieldSpec(key="experiencia", label="Experiencia en recepción (años)", type="years"),
        FieldSpec(
            key="noches",
            label="Guardias de noche",
            type="yes_no",
            question="¿Puedes hacer alguna guardia de noche en temporada alta?",
        ),
        FieldSpec(
            key="zona",
            label="Zona preferida",
            type="single_choice",
            choices=("recepción", "tienda", "piscina"),
            question="¿Dónde prefieres trabajar: recepción, tienda o piscina?",
        ),
    ),
    custom_questions=(
        CustomQuestion(
            key="queja", question="Cuéntanos cómo resolviste un problema con un cliente."
        ),
    ),
)


async def test_a_value_under_its_label_replaces_an_earlier_answer() -> None:
    state = await reply(start(CAMPSITE)[0], CAMPSITE, "horas", "Jornada completa, 40 horas.")
    state = await reply(
        state,
        CAMPSITE,
        "distancia",
        "Vivo a unos doce kilómetros. Ah, y lo de las horas: mejor pon 36, que los viernes "
        "salgo antes.",
    )
    assert state.fields["horas"].value == 36
    assert state.fields["distancia"].value == 12


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("30 horas... quiero decir, 35", 35),
        ("Vierzig, besser gesagt achtunddreißig Stunden", 38),
        ("And actually scratch the 30 hours, my plans changed, I can do 35.", 35),
        ("forget the 20, make it 25", 25),
        ("De lunes a viernes de 9 a 13hs", 20),
        ("Dal martedì al venerdì, dalle 9 all'una", 16),
    ],
)
def test_hours_said_again_or_with_clock_shorthand(text: str, hours: float) -> None:
    assert read_fields(CAMPSITE, text, "horas")["horas"] == ("answered", hours)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sí, en noches no hay problema mientras sea en temporada", True),
        ("Não tenho problema nenhum com noites", True),
        ("Je n'ai aucun problème avec la nuit", True),
        ("Franchement, la nuit à 5h du mat, non merci.", False),
        ("No gracias, de noche no", False),
        ("Tengo problemas para dormir de día", None),  # guard: a problem is no yes
    ],
)
def test_no_problem_and_no_thanks(text: str, value: bool | None) -> None:
    found = read_fields(CAMPSITE, text, "noches").get("noches")
    if value is None:
        assert found is None or found[1] is not True
    else:
        assert found == ("answered", value)


def test_five_in_the_morning_shorthand_is_no_weekly_hours() -> None:
    assert "horas" not in read_fields(CAMPSITE, "la nuit à 5h du mat, non merci", "noches")


def test_an_open_question_not_asked_is_never_answered_none() -> None:
    found = read_fields(CAMPSITE, "No tengo ningún problema con las noches.", "noches")
    assert "queja" not in found
    # Guard: asked, a "none" answers it.
    assert read_fields(CAMPSITE, "Nunca he tenido ningún problema con clientes.", "queja")[
        "queja"
    ] == ("none", None)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Entre tienda y piscina no sabría... poned tienda.", "tienda"),
        ("La recepción, o bien la tienda... la recepción creo.", "recepción"),
        ("Piscina, so to say... let's say tienda", "tienda"),
    ],
)
def test_a_choice_concluded_at_the_end(text: str, zone: str) -> None:
    assert read_fields(CAMPSITE, text, "zona")["zona"] == ("answered", zone)


def test_undecided_between_two_stays_vague() -> None:
    assert read_fields(CAMPSITE, "Entre tienda y piscina no sabría", "zona")["zona"][0] == "vague"


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("Tengo que dar 30 días de preaviso", "hasta 1 mes"),
        ("En dos semanas puedo estar ahí", "hasta 2 semanas"),
        ("dentro de dos meses, cuando acabe el curso", "más de 1 mes"),
        ("10 días", "hasta 2 semanas"),
        ("inmediata", "inmediata"),  # guard
    ],
)
def test_a_wait_picks_the_start_choice_that_holds_it(text: str, choice: str) -> None:
    assert read_fields(CAMPSITE, text, "inicio")["inicio"] == ("answered", choice)


@pytest.mark.parametrize(
    "text",
    ["En dos semanas puedo estar ahí", "dentro de dos meses", "Em duas semanas posso começar"],
)
def test_time_to_come_is_no_experience(text: str) -> None:
    assert read_fields(CAMPSITE, text, "experiencia").get("experiencia", ("vague", None))[1] is None


def test_weeks_worked_are_still_experience() -> None:
    assert read_fields(CAMPSITE, "Trabajé 3 semanas en un hotel", "experiencia")["experiencia"] == (
        "answered",
        0.058,
    )


def test_pounds_on_a_field_in_kg_are_a_weight() -> None:
    job = JobSpec(
        title="Print shop",
        description="Paper boxes.",
        fields=(FieldSpec(key="lift", label="Weight you can lift (kg)", type="number"),),
    )
    assert read_fields(job, "I can lift about 40 pounds", "lift")["lift"] == ("answered", 18.144)
    assert read_fields(job, "25 kg", "lift")["lift"] == ("answered", 25)  # guard


def _picks_tienda(request: object) -> str:
    return json.dumps({"answer": "tienda"})


def test_a_reply_that_praises_a_choice_does_not_open_with_a_yes() -> None:
    from server.interview.readers.yes_no import opens_with_yes_or_no

    # "sounds good" names what it is good with: the model may still pick from it.
    assert not opens_with_yes_or_no("Carrying the baskets sounds good to me.")
    assert opens_with_yes_or_no("Oui ça me va, j'ai ma combinaison", "fr")


async def test_the_model_picks_no_choice_for_a_yes_to_another_question() -> None:
    engine = ScriptedEngine(responder=_picks_tienda)
    yes = await understand(engine, CAMPSITE, "Sí, me va bien, tengo coche propio.", "zona")
    assert getattr(yes.findings.get("zona"), "status", None) != "answered"
    # Guard: a reply about the zone with no option's words still goes to the model.
    told = await understand(engine, CAMPSITE, "Donde haya más gente, me gusta vender", "zona")
    assert told.findings["zona"].value == "tienda"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nur wenn ich es eine Woche vorher weiß.", True),
        ("Solo si me avisáis con tiempo", True),
        ("As long as it's not every week", True),
        ("Jo, passt scho", True),
        ("Solo si no hay otra opción... no, la verdad es que no", False),  # guard
    ],
)
def test_a_reply_that_is_only_a_condition_is_a_yes(text: str, value: bool) -> None:
    assert read_fields(CAMPSITE, text, "noches")["noches"] == ("answered", value)


def test_a_days_pay_with_the_days_a_month_is_a_monthly_salary() -> None:
    job = JobSpec(
        title="Camping",
        description="Camping.",
        fields=(FieldSpec(key="sueldo", label="Salario bruto mensual (€)", type="number"),),
    )
    found = read_fields(job, "Unos 60 euros al día, trabajando 22 días al mes.", "sueldo")
    assert found["sueldo"] == ("answered", 1320)


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("Acabo la obra el 11, así que a partir del día 14", "hasta 2 semanas"),
        ("desde el 20 de enero", "más de 1 mes"),
    ],
)
def test_a_start_date_picks_the_start_choice(
    monkeypatch: pytest.MonkeyPatch, text: str, choice: str
) -> None:
    from datetime import date

    from server.interview import numerals

    monkeypatch.setattr(numerals, "today", lambda: date(2026, 12, 4))
    assert read_fields(CAMPSITE, text, "inicio")["inicio"] == ("answered", choice)


@pytest.mark.parametrize(
    ("reply", "chosen", "kept"),
    [
        # A run after a comma and a preposition leaves out what came first: the aunt.
        ("Chez ma tante, à La Teste-de-Buch.", "La Teste-de-Buch", None),
        ("Con mis padres, en Sagunto", "Sagunto", None),
        # Guard: a run that opens the reply is kept.
        ("Sagunto, con mis padres", "Sagunto", "Sagunto"),
    ],
)
def test_an_answering_span_after_a_comma_and_a_preposition_is_not_kept(
    reply: str, chosen: str, kept: str | None
) -> None:
    from server.interview.readers.free_text import answering_span

    spec = FieldSpec(key="stay", label="Where you will stay", type="short_text")
    assert answering_span(spec, reply, chosen) == kept
