"""Open (long-text) answers: when the model is asked whether a reply really answers.

The check ("answer", "qualities" or "other") runs only where a reply looks like a
self-description, says nothing comes to mind, or is very short, and never for a question
asking why. Everything else the judge called specific is an answer.
"""

from __future__ import annotations

import json

import pytest

from server.engine.base import GenerationRequest
from server.engine.fake import ScriptedEngine
from server.interview.consult import needs_check, understand
from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from server.interview.understand import read_message


def open_question(text: str) -> FieldSpec:
    return FieldSpec(key="q", label=text[:120], type="long_text", question=text)


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        ("Tell us about a time you calmed an upset guest.", "I'm really patient, honestly."),
        ("Describe a repair you are proud of.", "I am a hard-working and careful person."),
        ("Cuéntanos cómo resolviste un problema con un pedido.", "Soy muy responsable."),
        ("Conte como você organizou uma entrega difícil.", "Sou uma pessoa muito dedicada."),
        ("Racontez une panne que vous avez réparée.", "Je suis très minutieux et patient."),
        ("Beschreiben Sie eine schwierige Lieferung.", "Ich bin sehr zuverlässig und pünktlich."),
        ("Racconti un turno difficile che ha gestito.", "Sono molto calma, tutti me lo dicono."),
        ("Describe a conflict in your team.", "Everybody says I'm easy to work with."),
        ("Tell us about a mistake you fixed.", "Nothing really comes to mind right now."),
        ("Erzählen Sie von einem Fehler, den Sie behoben haben.", "Da fällt mir nichts ein."),
        ("Cuéntanos un error que corregiste.", "No se me ocurre ninguno ahora mismo."),
        ("Describe your last shift.", "It was fine."),
    ],
)
def test_self_descriptions_blanks_and_very_short_replies_are_checked(
    asked: str, reply: str
) -> None:
    assert needs_check(open_question(asked), reply)


@pytest.mark.parametrize(
    ("asked", "reply"),
    [
        # What one did or would do, in any language: no check.
        (
            "What would you do if a parcel arrived damaged?",
            "Lo aparto, hago una foto y aviso al encargado.",
        ),
        ("What do you know about food hygiene?", "Keep raw meat apart and wash hands often."),
        (
            "Beschreiben Sie eine schwierige Lieferung.",
            "Im Winter war die Straße gesperrt, ich habe den Kunden angerufen und umgeplant.",
        ),
        (
            "Racontez une panne que vous avez réparée.",
            "La chaudière d'un client fuyait: j'ai changé le joint et purgé le circuit.",
        ),
        # A question asking why: a quality answers it, even a short one.
        ("Why do you want to work with us?", "I'm very motivated and I live nearby."),
        ("¿Por qué te interesa este trabajo?", "Me encanta."),
        ("Warum möchten Sie bei uns arbeiten?", "Ich bin gern draußen."),
        ("Pourquoi ce poste ?", "Je suis passionné de vélo."),
        ("Perché ti interessa?", "Sono curiosa."),
        ("Por que você quer trabalhar aqui?", "Sou apaixonada por logística."),
        ("What attracts you to night work?", "Quiet hours suit me."),
    ],
)
def test_accounts_of_what_one_did_and_reasons_for_why_questions_are_not_checked(
    asked: str, reply: str
) -> None:
    assert not needs_check(open_question(asked), reply)


def counting_engine(kind: str) -> tuple[ScriptedEngine, list[str]]:
    """The judge says specific; the check says ``kind``; ``asked`` lists what was asked."""
    asked: list[str] = []

    def respond(request: GenerationRequest) -> str:
        props = (request.schema or {}).get("properties", {})
        if "kind" in props:
            asked.append("check")
            return json.dumps({"kind": kind})
        asked.append("judge")
        return json.dumps({"label": "specific"})

    return ScriptedEngine(responder=respond), asked


JOB = JobSpec(
    title="Courier",
    custom_questions=(
        CustomQuestion(key="why_us", question="Why do you want to deliver for us?"),
        CustomQuestion(
            key="hard_day", question="Tell us about a hard delivery day and what you did."
        ),
    ),
)


async def test_a_motivation_is_an_answer_without_asking_the_check() -> None:
    engine, asked = counting_engine("qualities")
    reading = await understand(engine, JOB, "I love cycling, the city is mine.", "why_us")
    assert reading.findings["why_us"].status == "answered"
    assert asked == ["judge"]


WHY = JobSpec(
    title="Reponedor",
    custom_questions=(
        CustomQuestion(key="why", question="¿Por qué quieres trabajar con nosotros?"),
        CustomQuestion(key="night", question="What attracts you to night work?"),
        CustomQuestion(key="story", question="Tell us about a hard shift and what you did."),
    ),
)


@pytest.mark.parametrize(
    ("key", "reply"),
    [
        ("why", "Vivo a cinco minutos de la tienda y ya trabajé dos veranos en un súper."),
        ("why", "I study in the mornings, so afternoons in a shop fit my week very well."),
        ("night", "Ich studiere tagsüber, und nachts ist es ruhig, das passt mir sehr gut."),
        ("night", "La nuit c'est calme, je dors le matin et je gagne un peu plus, ça me va."),
        ("night", "Sou enfermeira de formação e estou acostumada a trabalhar à noite há anos."),
        ("night", "Di notte la città è tranquilla e posso stare con mio figlio di giorno."),
    ],
)
async def test_a_long_reason_to_a_question_asking_why_needs_no_model(key: str, reply: str) -> None:
    engine, asked = counting_engine("qualities")
    reading = await understand(engine, WHY, reply, key)
    assert reading.findings[key].status == "answered"
    assert reading.findings[key].value == reply
    assert asked == []


@pytest.mark.parametrize(
    ("key", "reply"),
    [
        # Hedged, however long: not taken without the model.
        ("why", "No sé muy bien, supongo que porque está cerca de casa y eso, la verdad."),
        ("night", "not sure what to say here, I just like it I guess, it is fine"),
        ("night", "Keine Ahnung, ehrlich gesagt, irgendwie passt es halt, mal sehen wie es wird."),
        ("night", "Bof, un peu de tout, c'est un travail comme un autre, on verra bien."),
        # Short: the model judges it.
        ("night", "Pourquoi pas, c'est un travail comme un autre."),
        # Not a question asking why: the model judges it.
        ("story", "It was a Saturday with two people off sick and a delivery that came late."),
    ],
)
async def test_hedged_short_or_other_open_answers_still_go_to_the_model(
    key: str, reply: str
) -> None:
    engine, asked = counting_engine("answer")
    reading = await understand(engine, WHY, reply, key)
    # Never taken as an answer without the model: it judges it, or the reading's own cues
    # ("pourquoi pas", "un peu de tout") left it vague before any model call.
    if asked:
        assert asked[0] == "judge"
    else:
        assert reading.findings[key].status == "vague"


async def test_praise_alone_for_an_account_is_checked_and_left_vague() -> None:
    engine, asked = counting_engine("qualities")
    reading = await understand(engine, JOB, "I'm very reliable and always on time.", "hard_day")
    assert reading.findings["hard_day"].status == "vague"
    assert asked == ["judge", "check"]


async def test_an_account_is_an_answer_without_asking_the_check() -> None:
    engine, asked = counting_engine("qualities")
    text = "A bridge was closed, so I called the customers and re-planned the route."
    reading = await understand(engine, JOB, text, "hard_day")
    assert reading.findings["hard_day"].status == "answered"
    assert asked == ["judge"]


COOK = JobSpec(
    title="Aiuto cuoco",
    fields=(
        FieldSpec(key="ore", label="Ore settimanali", type="hours_per_week"),
        FieldSpec(key="giorni", label="Giorni disponibili", type="number"),
    ),
    custom_questions=(
        CustomQuestion(key="piatto", question="Descrivi un piatto che sai preparare bene."),
    ),
)


@pytest.mark.parametrize(
    "story",
    [
        "Le lasagne: il ragù cuoce almeno tre ore, poi la besciamella e la sfoglia tirata a mano.",
        "Il brodo: bolle piano per quattro ore e lo lascio riposare due giorni in frigo.",
    ],
)
def test_a_story_counting_hours_or_days_answers_the_open_question_only(story: str) -> None:
    reading = read_message(COOK, story, "piatto")
    assert "ore" not in reading.findings and "giorni" not in reading.findings
    assert reading.unsure == "piatto"  # the open question's answer, for the model to judge


def test_a_story_naming_the_other_field_still_answers_it() -> None:
    story = "Posso fare 30 ore settimanali; il mio piatto è la carbonara con guanciale croccante."
    reading = read_message(COOK, story, "piatto")
    assert reading.findings["ore"].value == 30


OPEN = JobSpec(
    title="Cleaner",
    custom_questions=(
        CustomQuestion(key="why", question="Why do you want this job?"),
        CustomQuestion(key="found", question="What would you do if you found a lost wallet?"),
        CustomQuestion(key="stairs", question="Tell us about your work on stair lifts."),
    ),
)


@pytest.mark.parametrize(
    "reply",
    [
        "no real reason tbh",
        "Ningún motivo en especial.",
        "Keine Ahnung, ehrlich gesagt.",
        "Bof, je sais pas trop.",
        "Não sei, nada de especial.",
        "Boh, non so.",
    ],
)
def test_no_reason_is_vague_not_a_none_that_completes_the_question(reply: str) -> None:
    finding = read_message(OPEN, reply, "why").findings["why"]
    assert finding.status == "vague"


def test_a_refusal_stays_a_refusal() -> None:
    finding = read_message(OPEN, "I'd rather not say, no reason to.", "why").findings["why"]
    assert finding.status == "declined"


@pytest.mark.parametrize(
    "reply",
    [
        "No la abro, la llevo a recepción y lo anoto.",
        "Non la apro, la porto in reception e lo segno.",
        "Nein, nicht öffnen, an der Rezeption abgeben und notieren.",
    ],
)
def test_a_no_that_opens_an_action_answers_an_open_question(reply: str) -> None:
    reading = read_message(OPEN, reply, "found")
    assert "found" not in reading.findings or reading.findings["found"].status != "none"
    assert reading.unsure == "found"  # the answer, for the model to judge


@pytest.mark.parametrize(
    "reply", ["No.", "No, never worked on them.", "Nunca he trabajado con eso, no."]
)
def test_a_plain_no_still_says_the_candidate_has_none(reply: str) -> None:
    assert read_message(OPEN, reply, "stairs").findings["stairs"].status == "none"


@pytest.mark.parametrize(
    "reply",
    [
        "I'd say I don't know yet and ask my supervisor.",
        "Le diría que no lo sé todavía y preguntaría a mi jefa.",
    ],
)
def test_not_knowing_inside_an_answer_is_no_blank(reply: str) -> None:
    asked = "What would you do if a customer asked something you cannot answer?"
    job = JobSpec(title="Shop", custom_questions=(CustomQuestion(key="q", question=asked),))
    reading = read_message(job, reply, "q")
    assert "q" not in reading.findings and reading.unsure == "q"


def test_a_short_i_dont_know_is_vague() -> None:
    asked = "What would you do if a customer asked something you cannot answer?"
    job = JobSpec(title="Shop", custom_questions=(CustomQuestion(key="q", question=asked),))
    assert read_message(job, "Honestly, I don't know.", "q").findings["q"].status == "vague"


BUS = JobSpec(
    title="Busfahrer/in im Linienverkehr",
    fields=(
        FieldSpec(key="fuehrerschein", label="Busführerschein (Klasse D)", type="yes_no"),
        FieldSpec(key="jahre", label="Berufserfahrung als Busfahrer/in (Jahre)", type="years"),
        FieldSpec(
            key="fahrzeuge",
            label="Erfahrung mit Fahrzeugen und Einsätzen",
            type="long_text",
            required=False,
            question="Mit welchen Fahrzeugen und Einsätzen haben Sie Erfahrung?",
        ),
    ),
)


@pytest.mark.parametrize(
    "reply",
    [
        "Vor allem Gelenkbusse im Stadtverkehr, außerdem zwei Jahre Reisebus für Klassenfahrten.",
        "Sattelzüge und 7,5-Tonner, zehn Jahre im Fernverkehr quer durch Europa.",
    ],
)
async def test_an_open_answer_is_judged_though_its_words_also_gave_other_fields(
    reply: str,
) -> None:
    # "Bus" names the licence and "zehn Jahre" counts years: neither makes the reply any
    # less the answer to the question asked.
    assert read_message(BUS, reply, "fahrzeuge").unsure == "fahrzeuge"
    engine, _ = counting_engine("answer")
    reading = await understand(engine, BUS, reply, "fahrzeuge")
    assert reading.findings["fahrzeuge"].status == "answered"
    assert reading.findings["fahrzeuge"].value in (reply, reply.rstrip("."))


def test_a_unit_of_time_in_a_label_names_no_subject() -> None:
    job = JobSpec(
        title="Call centre agent",
        fields=(
            FieldSpec(key="hours", label="Hours per week", type="hours_per_week"),
            FieldSpec(key="quiet", label="Quiet space at home for remote days", type="yes_no"),
            FieldSpec(key="days", label="Días por semana", type="number"),
        ),
    )
    reading = read_message(job, "4 hours a day, 5 days a week.", "hours")
    assert reading.findings["hours"].value == 20
    assert "quiet" not in reading.findings
    assert read_message(job, "Seis días.", "days").findings["days"].value == 6
