"""Reading classes the first runs of jobs_blind70 to jobs_blind77 (and misses left on
older sets) showed, each on wordings and jobs of its own (none copied from those sets).

An apology told in a story ("I'd say sorry to the guest", "chiederei scusa") is said to
someone else: it corrects nothing, so it neither opens an answered choice to a word of the
story nor lets a story escape the open question it answers. The candidate's own "sorry",
"peço desculpa" or "scusa" still correct.
"""

from __future__ import annotations

from datetime import date

import pytest

from server.interview.cues import CORRECTION
from server.interview.numerals import dates_relative_to
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start, take_turn
from tests.helpers.reading import answering_engine, judging_engine, read_fields, reply

GELATO = JobSpec(
    title="Addetto/a chiosco gelati – Lungomare di Pesaro",
    fields=(
        FieldSpec(
            key="reparto", label="Postazione preferita", type="single_choice",
            choices=("banco gelati", "cassa", "laboratorio"),
            question="Dove preferisci lavorare: banco gelati, cassa o laboratorio?",
        ),
        FieldSpec(
            key="reclamo", label="Cliente scontento", type="long_text",
            question="Un bambino piange perché il gelato gli è caduto: cosa fai?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "I'd say sorry to the guest and pour a fresh one",
        "Eu pedia desculpa e fazia outro na hora",
        "Le pediría perdón y le invitaría a otro",
        "Chiederei scusa alla mamma e gliene rifarei uno",
        "Je lui demanderais pardon et j'en referais un",
        "I felt sorry for the kid",
    ],
)
def test_an_apology_told_in_a_story_is_no_correction(text: str) -> None:
    assert CORRECTION.search(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I meant three days",
        "Peço desculpa, são três anos",
        "Perdón, son cuatro",
        "Scusa, sono cinque",
        "Pardon, c'est deux",
    ],
)
def test_the_speakers_own_apology_still_corrects(text: str) -> None:
    assert CORRECTION.search(text) is not None


async def test_a_story_with_an_apology_and_a_choice_word_keeps_the_choice() -> None:
    state, _ = start(GELATO)
    state = await reply(state, GELATO, "reparto", "Il banco gelati, senza dubbio")
    state = state.model_copy(update={"asked": "reclamo"})
    text = (
        "Chiederei scusa alla mamma, gli rifarei il cono subito e poi passo in cassa a "
        "segnare lo scarto."
    )
    after = await take_turn(answering_engine("gelato"), GELATO, state, text)
    assert after.state.fields["reparto"].value == "banco gelati"
    assert after.state.fields["reclamo"].status == "answered"


DOG_WALKS = JobSpec(
    title="Paseador/a de perros – Guau Paseos, Zaragoza",
    fields=(
        FieldSpec(
            key="certificado", label="Certificado de Adiestrador Canino", type="yes_no",
            question="¿Tienes el certificado de Adiestrador Canino (CAC)?",
        ),
        FieldSpec(
            key="anos_perros", label="Experiencia con perros (años)", type="years",
            question="¿Cuántos años de experiencia tienes con perros?",
        ),
        FieldSpec(
            key="dias_mes", label="Días disponibles al mes", type="number",
            question="¿Cuántos días al mes podrías trabajar?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Tengo dos galgos y un podenco, salgo con ellos cada tarde",
        "I have three whippets of my own",
        "Ho tre cagnolini miei, li porto fuori ogni giorno",
    ],
)
def test_things_the_candidate_has_are_no_count_of_days(text: str) -> None:
    assert read_fields(DOG_WALKS, text, "dias_mes").get("dias_mes", ("",))[0] != "answered"


@pytest.mark.parametrize(
    ("text", "value"),
    [("Tengo doce días libres", 12), ("Tengo 10 libres al mes", 10), ("Unos quince", 15)],
)
def test_days_the_candidate_has_free_still_count(text: str, value: int) -> None:
    assert read_fields(DOG_WALKS, text, "dias_mes")["dias_mes"] == ("answered", value)


@pytest.mark.parametrize(
    "text",
    [
        "Sí, soy CAC desde 2020.",
        "Sí, lo tengo, y estoy colegiada desde 2018.",
        "Yes, registered as a CAC since 2021",
    ],
)
def test_how_long_the_title_asked_is_held_is_no_experience_of_another_field(text: str) -> None:
    from server.interview.understand import read_message

    with dates_relative_to(date(2026, 12, 1)):
        reading = read_message(DOG_WALKS, text, "certificado")
    assert reading.findings["certificado"].value is True
    # at most an aside, which the turn takes only for years talked about before
    years = reading.findings.get("anos_perros")
    assert years is None or years.source == "aside"


def test_years_said_of_the_fields_own_subject_beside_the_title_still_count() -> None:
    text = "Sí, soy CAC desde 2020 y trabajo con perros desde hace seis años."
    with dates_relative_to(date(2026, 12, 1)):
        found = read_fields(DOG_WALKS, text, "certificado")
    assert found["anos_perros"] == ("answered", 6)


GRAPE_SEASON = JobSpec(
    title="Saisonnier / Saisonnière – Domaine des Tilleuls, Beaune",
    fields=(
        FieldSpec(
            key="permis", label="Permis B", type="yes_no",
            question="Avez-vous le permis B ?",
        ),
        FieldSpec(
            key="saison", label="Période", type="single_choice",
            choices=("toute la saison", "seulement mars à mai", "seulement août à octobre"),
            question="Quelle période vous convient ?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Oui j'ai le permis, et je peux seulement d'août à octobre.",
        "Permis B oui. Je suis libre d'août à octobre, avant je suis en stage.",
        "Yes I have it, and I'm only available August to October",
    ],
)
def test_a_span_of_months_offered_unasked_picks_its_choice(text: str) -> None:
    assert read_fields(GRAPE_SEASON, text, "permis")["saison"] == (
        "answered",
        "seulement août à octobre",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Oui, j'ai fait les vendanges d'août à octobre l'an dernier.",
        "Oui, mais je ne peux pas d'août à octobre.",
    ],
)
def test_months_worked_or_refused_unasked_pick_no_choice(text: str) -> None:
    assert "saison" not in read_fields(GRAPE_SEASON, text, "permis")


TOWER_GUIDE = JobSpec(
    title="Castle Walls Guide – Conwy",
    fields=(
        FieldSpec(
            key="hours", label="Hours per week", type="hours_per_week",
            question="How many hours a week could you guide?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Saturdays and Sundays, so two days of seven and a half hours.", 15),
        ("Zwei Tage à siebeneinhalb Stunden", 15),
        ("three days of six and a half hours", 19.5),
    ],
)
def test_days_of_a_number_and_a_half_hours_make_the_week(text: str, value: float) -> None:
    assert read_fields(TOWER_GUIDE, text, "hours")["hours"] == ("answered", value)


def test_days_of_seven_alone_are_days_of_the_week() -> None:
    from server.interview.numerals import numbers_to_digits

    assert numbers_to_digits("two days of seven", "en") == "2 days a week"


ORCHARD = JobSpec(
    title="Ramasseur / Ramasseuse de châtaignes – Ardèche",
    fields=(
        FieldSpec(
            key="annees", label="Expérience en cueillette (années)", type="years",
            question="Combien d'années d'expérience avez-vous en cueillette ?",
        ),
        FieldSpec(
            key="logement", label="Besoin d'hébergement", type="yes_no", required=False,
            question="Avez-vous besoin d'être hébergé(e) sur place ?",
        ),
        FieldSpec(
            key="venue", label="Getting to the orchard", type="single_choice",
            choices=("own car or van", "bus to the village", "need a lift"),
            question="How would you get to the orchard?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Expérience zéro en cueillette, j'ai toujours été serveur.",
        "esperienza zero nella raccolta",
        "Experience: zero, I've only worked in shops",
    ],
)
def test_experience_named_before_a_zero_is_none(text: str) -> None:
    assert read_fields(ORCHARD, text, "annees")["annees"] == ("none", None)


@pytest.mark.parametrize(
    "text",
    [
        "Six ans, et je n'ai pas besoin de logement, j'habite à côté.",
        "Six ans. Pas besoin d'être logé, je suis du coin, pas besoin de logement.",
    ],
)
def test_a_place_to_stay_in_other_words_answers_the_accommodation_unasked(text: str) -> None:
    assert read_fields(ORCHARD, text, "annees")["logement"] == ("answered", False)


@pytest.mark.parametrize(
    "text",
    [
        "Four seasons picking, and I'd drive myself in my pickup.",
        "Four seasons, I'd just drive in.",
    ],
)
def test_driving_oneself_unasked_picks_the_own_car(text: str) -> None:
    assert read_fields(ORCHARD, text, "annees")["venue"] == ("answered", "own car or van")


def test_driving_a_machine_at_work_unasked_picks_no_way_there() -> None:
    assert "venue" not in read_fields(ORCHARD, "Four seasons, I'd drive the tractor too", "annees")


CREPES = JobSpec(
    title="Crepier / Crepière – Stand du marché, Quimper",
    fields=(
        FieldSpec(
            key="par_heure", label="Crêpes par heure", type="number",
            description="Combien de crêpes en une heure de grosse affluence.",
            question="Combien de crêpes pouvez-vous faire par heure ?",
        ),
        FieldSpec(
            key="recette", label="Votre pâte", type="long_text",
            question="Comment préparez-vous votre pâte à crêpes ?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Un samedi je sors environ 300 crêpes en 6 heures.", 50),
        ("Par heure je ne sais pas, mais dans une journée de 5 heures j'en fais 200.", 40),
        ("Umas 280 em 7 horas de feira", 40),
    ],
)
def test_a_count_in_so_many_hours_is_one_per_hour(text: str, value: float) -> None:
    assert read_fields(CREPES, text, "par_heure")["par_heure"] == ("answered", value)


def test_the_hour_a_count_is_per_is_not_its_unit() -> None:
    from server.interview.readers.numbers import field_unit

    assert field_unit(CREPES.field("par_heure")) is None


async def test_whatever_the_customer_asks_for_is_no_way_of_doing_it() -> None:
    state, _ = start(CREPES)
    state = state.model_copy(update={"asked": "recette"})
    after = await take_turn(judging_engine("specific"), CREPES, state, "Ce que veut le client 😄")
    assert after.state.fields["recette"].status == "vague"


BOAT_LICENCE = JobSpec(
    title="Marinaio/a di banchina – Porto di Chiavari",
    fields=(
        FieldSpec(
            key="anni", label="Esperienza in porto (anni)", type="years",
            question="Quanti anni di esperienza hai in porto?",
        ),
        FieldSpec(
            key="patente", label="Patente nautica", type="yes_no",
            question="Hai la patente nautica?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Yes, I have the Greek one... actually no, it ran out in the spring.", False),
        ("Sì, ce l'ho... anzi no, è scaduta a giugno.", False),
        ("Sí, la tengo... bueno, no, se me venció.", False),
        ("No... anzi sì, l'ho rinnovata a maggio.", True),
    ],
)
def test_a_yes_or_no_taken_back_in_a_word_is_the_answer(text: str, value: bool) -> None:
    assert read_fields(BOAT_LICENCE, text, "patente")["patente"] == ("answered", value)


def test_not_knowing_after_a_yes_takes_nothing_back() -> None:
    found = read_fields(BOAT_LICENCE, "Sì, ce l'ho, anzi no so se è ancora valida", "patente")
    assert found["patente"] != ("answered", False)


def test_a_licence_never_renewed_is_no_none_of_years_in_port() -> None:
    text = "Yes I had it, actually no, it expired and I never renewed it."
    assert "anni" not in read_fields(BOAT_LICENCE, text, "patente")


SNOW = JobSpec(
    title="Winterdienst-Helfer/in – Gemeinde Oberstaufen",
    fields=(
        FieldSpec(
            key="minuten", label="Anfahrt zum Bauhof (Minuten)", type="number",
            question="In wie vielen Minuten sind Sie am Bauhof?",
        ),
        FieldSpec(
            key="abzeichen", label="Rettungsschwimmabzeichen Bronze", type="yes_no",
            question="Haben Sie das Rettungsschwimmabzeichen in Bronze?",
        ),
        FieldSpec(
            key="stunden", label="Wochenstunden", type="hours_per_week",
            question="Wie viele Stunden pro Woche möchten Sie arbeiten?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Un cuarto de hora en coche", 15),
        ("Eine Viertelstunde mit dem Rad", 15),
        ("Un quart d'heure à pied", 15),
        ("Un quarto d'ora in macchina", 15),
        ("Um quarto de hora de ônibus", 15),
        ("Media hora más o menos", 30),
        ("Mezz'ora", 30),
        ("Tre quarti d'ora", 45),
    ],
)
def test_parts_of_an_hour_in_any_language_are_minutes(text: str, value: int) -> None:
    assert read_fields(SNOW, text, "minuten")["minuten"] == ("answered", value)


def test_a_word_inside_a_compound_label_names_no_field() -> None:
    found = read_fields(SNOW, "Trainerschein C Schwimmen und Erste Hilfe", "stunden")
    assert "abzeichen" not in found


def test_a_compound_labels_tail_still_names_it() -> None:
    from server.interview.readers.subject import about_field

    assert about_field(SNOW.field("abzeichen"), "das Abzeichen hab ich")


def test_hours_one_would_like_unasked_in_a_long_first_message() -> None:
    text = (
        "Moin! Bronze hab ich, bin seit zwei Jahren im Freibad in Lindau als Aufsicht "
        "und würde gern so 25 Std machen 🙂"
    )
    assert read_fields(SNOW, text, "minuten")["stunden"] == ("answered", 25)


HAZELNUTS = JobSpec(
    title="Raccoglitore/trice di castagne – Monte Amiata",
    fields=(
        FieldSpec(
            key="anni", label="Esperienza agricola (anni)", type="years",
            question="Quanti anni di esperienza hai in agricoltura?",
        ),
        FieldSpec(
            key="stagioni", label="Stagioni di raccolta", type="years",
            question="Quante stagioni di raccolta hai fatto?",
        ),
        FieldSpec(
            key="giorni", label="Giorni a settimana", type="number",
            question="Quanti giorni a settimana puoi lavorare?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Faccio il contadino da sempre, saranno vent'anni.", 20),
        ("Quarant'anni di campagna", 40),
        ("Tres campañas de fresa y dos de naranja, o sea cinco años", 5),
        ("Due vendemmie e tre raccolte di olive, cioè cinque anni", 5),
    ],
)
def test_elided_tens_and_a_total_after_that_is(text: str, value: int) -> None:
    assert read_fields(HAZELNUTS, text, "anni")["anni"] == ("answered", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tre vendemmie in Langa e una stagione di kiwi", 4),
        ("Two grape harvests and a season of apples", 3),
    ],
)
def test_one_season_said_with_an_article_counts(text: str, value: int) -> None:
    assert read_fields(HAZELNUTS, text, "stagioni")["stagioni"] == ("answered", value)


@pytest.mark.parametrize(
    "text",
    [
        "Dal lunedì al venerdì, il sabato no perché sono al forno.",
        "Montag bis Freitag, samstags nicht",
        "De lunes a viernes, el sábado no",
    ],
)
def test_a_day_turned_down_after_a_span_is_not_counted(text: str) -> None:
    assert read_fields(HAZELNUTS, text, "giorni")["giorni"] == ("answered", 5)


def test_never_having_worked_in_it_beside_another_answer_is_still_none() -> None:
    text = "Sì, ce l'ho, ma non ho mai lavorato in un porto."
    assert read_fields(BOAT_LICENCE, text, "patente")["anni"] == ("none", None)


def test_years_of_work_said_beside_the_title_asked_still_count() -> None:
    text = "Sí, lo tengo, y trabajo con perros desde hace tres años."
    assert read_fields(DOG_WALKS, text, "certificado")["anos_perros"] == ("answered", 3)


def test_years_of_the_work_the_title_asked_is_for_count() -> None:
    job = JobSpec(
        title="Operaio/a su fune – Milano",
        fields=(
            FieldSpec(
                key="attestato", label="Attestato lavori su fune", type="yes_no",
                question="Hai l'attestato per lavori su fune?",
            ),
            FieldSpec(
                key="anni", label="Esperienza lavori in quota (anni)", type="years",
                question="Quanti anni di esperienza hai nei lavori in quota?",
            ),
        ),
    )  # fmt: skip
    found = read_fields(job, "Sì, ho il modulo A e lavoro su fune da tre anni.", "attestato")
    assert found["anni"] == ("answered", 3)


WORK_PERMIT = JobSpec(
    title="Peón/a de campaña de la uva – Requena",
    fields=(
        FieldSpec(
            key="permiso", label="Permiso de trabajo", type="yes_no",
            question="¿Tienes permiso para trabajar (DNI, o NIE con autorización)?",
        ),
        FieldSpec(
            key="campanas", label="Campañas agrícolas (años)", type="years",
            question="¿Cuántos años llevas en campañas agrícolas?",
        ),
    ),
)  # fmt: skip


def test_having_the_document_asked_for_is_a_yes_whatever_never_follows() -> None:
    text = "Buenas, estudio en Valencia, tengo DNI, nunca he trabajado en una campaña pero quiero"
    found = read_fields(WORK_PERMIT, text, "permiso")
    assert found["permiso"] == ("answered", True)
    assert found["campanas"] == ("none", None)


@pytest.mark.parametrize(
    "text", ["Tengo NIE, pero sin autorización todavía", "Tengo DNI pero no el permiso"]
)
def test_the_document_had_without_the_permit_is_a_no(text: str) -> None:
    assert read_fields(WORK_PERMIT, text, "permiso")["permiso"] == ("answered", False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("nunca he hecho una campaña", "es"),
        ("je cherche une saison d'été", "fr"),
        ("Sim, a campanha toda.", "pt"),
    ],
)
def test_a_season_never_done_sought_or_the_whole_one_counts_no_one(text: str, lang: str) -> None:
    from server.interview.numerals import numbers_to_digits

    assert "1" not in numbers_to_digits(text, lang)


@pytest.mark.parametrize("text", ["Nop, vivo al lado.", "nopes", "Naa, tengo casa aquí"])
def test_a_no_spelt_loosely_is_a_no(text: str) -> None:
    job = JobSpec(
        title="Vendimiador/a – Haro",
        fields=(
            FieldSpec(
                key="alojamiento", label="Necesitas alojamiento", type="yes_no",
                question="¿Necesitas alojamiento?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "alojamiento")["alojamiento"] == ("answered", False)


def test_the_brazilian_pode_ser_is_a_yes() -> None:
    job = JobSpec(
        title="Frentista – Posto Serra Azul, Petrópolis",
        fields=(
            FieldSpec(
                key="escala", label="Escala 12x36", type="yes_no",
                question="Você topa a escala 12x36?",
            ),
        ),
    )  # fmt: skip
    for text in ("12x36 pode ser, só não curto feriado", "Pode ser."):
        assert read_fields(job, text, "escala")["escala"] == ("answered", True)
    assert read_fields(job, "Não pode ser", "escala")["escala"] == ("answered", False)


def test_days_of_so_many_hours_with_da_make_the_week() -> None:
    text = "Vorrei il tempo pieno, 5 giorni da 7 ore."
    assert read_fields(TOWER_GUIDE, text, "hours")["hours"] == ("answered", 35)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lieber in der Halle, da ist es ruhig", "Kühlhalle"),
        ("Dann wohl die Kasse.", "Ladenkasse"),
    ],
)
def test_the_tail_of_a_compound_choice_names_it(text: str, value: str) -> None:
    job = JobSpec(
        title="Aushilfe Hofladen – Obsthof Brandt, Jork",
        fields=(
            FieldSpec(
                key="bereich", label="Bereich", type="single_choice",
                choices=("Obstwiese", "Kühlhalle", "Ladenkasse"),
                question="Wo möchten Sie arbeiten: Obstwiese, Kühlhalle oder Ladenkasse?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "bereich")["bereich"] == ("answered", value)


LANGUAGES_BESIDES = JobSpec(
    title="Garçom – Churrascaria Fogo Alto, Curitiba",
    fields=(
        FieldSpec(
            key="idiomas", label="Outros idiomas", type="short_text",
            question="Você fala algum outro idioma além do português? Qual?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["Falo inglês fluente, morei dois anos em Dublin", "Espanhol, sou de Rosario 🇦🇷"]
)
async def test_a_language_besides_the_one_asked_answers_whatever_the_judge_says(text: str) -> None:
    state, _ = start(LANGUAGES_BESIDES)
    state = state.model_copy(update={"asked": "idiomas"})
    after = await take_turn(judging_engine("vague"), LANGUAGES_BESIDES, state, text)
    assert after.state.fields["idiomas"].status == "answered"


@pytest.mark.parametrize("text", ["Só português mesmo", "Português, só."])
async def test_only_the_language_the_question_names_is_none_besides(text: str) -> None:
    state, _ = start(LANGUAGES_BESIDES)
    state = state.model_copy(update={"asked": "idiomas"})
    after = await take_turn(judging_engine("specific"), LANGUAGES_BESIDES, state, text)
    assert after.state.fields["idiomas"].status == "none"


POTATOES = JobSpec(
    title="Erntehelfer/in Zwiebelernte – Hof Brandes, Peine",
    fields=(
        FieldSpec(
            key="wochen", label="Verfügbarkeit (Wochen)", type="number",
            question="Wie viele Wochen können Sie bei der Ernte helfen?",
        ),
        FieldSpec(
            key="schicht", label="Schicht 6x1", type="yes_no",
            question="Passt Ihnen der Schichtplan 6x1?",
        ),
        FieldSpec(
            key="melken", label="Erfahrung mit Melkstand", type="yes_no",
            question="Haben Sie schon an einem Melkstand gearbeitet?",
        ),
        FieldSpec(
            key="vorher", label="Vorerfahrung", type="long_text",
            question="Erzählen Sie von Ihrer bisherigen Arbeit in der Landwirtschaft.",
        ),
    ),
)  # fmt: skip


async def test_a_correction_just_before_a_number_in_a_long_sentence_corrects_it() -> None:
    state, _ = start(POTATOES)
    state = await reply(state, POTATOES, "wochen", "Acht Wochen.")
    text = (
        "Letzten Herbst war ich bei der Rübenkampagne an der Verladung. Und eine Korrektur: "
        "ich kann doch nur sechs Wochen, Ende September fängt meine Umschulung an."
    )
    state = await reply(state, POTATOES, "vorher", text)
    assert state.fields["wochen"].value == 6


@pytest.mark.parametrize("text", ["Tampoco.", "Auch nicht.", "Non plus", "Neither, sorry"])
def test_neither_to_a_second_question_is_a_no(text: str) -> None:
    assert read_fields(POTATOES, text, "melken")["melken"] == ("answered", False)


def test_a_code_of_the_label_names_it_unasked() -> None:
    text = "Ich mache das seit drei Jahren, arbeite jetzt schon im 6x1."
    assert read_fields(POTATOES, text, "wochen")["schicht"] == ("answered", True)


@pytest.mark.parametrize(
    "text",
    [
        "Faço crepes há oito anos, mas pastel só há dois anos.",
        "I've made crêpes for eight years, but pastel only for two years.",
    ],
)
def test_of_spells_of_different_things_the_fields_own_is_the_answer(text: str) -> None:
    job = JobSpec(
        title="Pasteleiro(a) de feira – Pastel do Zé, Santos",
        fields=(
            FieldSpec(
                key="anos", label="Experiência fazendo pastel (anos)", type="years",
                question="Há quanto tempo você faz pastel?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "anos")["anos"] == ("answered", 2)


ALPACAS = JobSpec(
    title="Farm Hand – Hillside Alpacas, Brecon",
    fields=(
        FieldSpec(
            key="licence", label="Permis D", type="yes_no",
            question="Avez-vous le permis D ?",
        ),
        FieldSpec(
            key="years", label="Expérience en transport de voyageurs (années)", type="years",
            question="Combien d'années d'expérience en transport de voyageurs ?",
        ),
        FieldSpec(
            key="days", label="Availability", type="single_choice",
            choices=("weekdays", "weekends", "both"),
            question="Are you available on weekdays, weekends, or both?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize("asked", ["days", "licence"])
def test_two_choices_joined_by_and_pick_the_one_meaning_both(asked: str) -> None:
    text = "Oui. I could do weekdays and weekends."
    assert read_fields(ALPACAS, text, asked)["days"] == ("answered", "both")


@pytest.mark.parametrize("text", ["weekdays or weekends", "weekdays and not weekends"])
def test_either_or_one_turned_down_is_not_both(text: str) -> None:
    assert read_fields(ALPACAS, text, "days").get("days") != ("answered", "both")


def test_years_of_replacements_done_count_unasked() -> None:
    text = (
        "Bonjour, j'ai le permis D oui, et j'ai fait des remplacements de chauffeur pendant 3 ans"
    )
    assert read_fields(ALPACAS, text, "licence")["years"] == ("answered", 3)


SNACK_BAR = JobSpec(
    title="Aushilfe im Imbiss – Grillstube Yilmaz, Gelsenkirchen",
    fields=(
        FieldSpec(
            key="belehrung", label="Belehrung nach § 43 IfSG", type="yes_no",
            question="Haben Sie die Belehrung (die frühere Gesundheitsbescheinigung)?",
        ),
        FieldSpec(
            key="jahre", label="Erfahrung im Imbiss (Jahre)", type="years",
            question="Wie viele Jahre Erfahrung haben Sie im Imbiss?",
        ),
        FieldSpec(
            key="bus", label="Brauchen Sie den Shuttlebus", type="yes_no",
            question="Brauchen Sie unseren Shuttlebus vom Bahnhof?",
        ),
        FieldSpec(
            key="ansturm", label="Mittagsansturm", type="long_text",
            question="Mittags steht eine lange Schlange vor der Theke. Wie gehen Sie vor?",
        ),
    ),
)  # fmt: skip


def test_the_fields_name_in_brackets_in_its_question_names_it_unasked() -> None:
    text = "Moin! Gesundheitsbescheinigung hab ich, vier Jahre Imbiss und ich such Teilzeit."
    assert read_fields(SNACK_BAR, text, "jahre")["belehrung"] == ("answered", True)


def test_healthy_names_no_health_certificate() -> None:
    assert "belehrung" not in read_fields(SNACK_BAR, "Ich bin gesund und munter", "jahre")


def test_a_number_taken_back_says_no_no_to_the_question_asked() -> None:
    text = "Kleine Korrektur noch: im Imbiss waren es nicht vier, sondern drei Jahre."
    found = read_fields(SNACK_BAR, text, "belehrung")
    assert found.get("belehrung", ("",))[0] != "answered"
    assert found["jahre"] == ("answered", 3)


async def test_an_earlier_question_taken_up_by_name_changes_its_answer() -> None:
    state, _ = start(SNACK_BAR)
    state = await reply(state, SNACK_BAR, "bus", "Nein, ich komme mit dem Roller.")
    state = state.model_copy(update={"asked": "ansturm"})
    text = "Ach, zum Shuttlebus: mein Roller ist kaputt, ich brauche ihn doch, ja."
    after = await take_turn(judging_engine("specific"), SNACK_BAR, state, text)
    assert after.state.fields["bus"].value is True
    assert after.state.fields["ansturm"].status != "answered"


LOTTERY = JobSpec(
    title="Vendedor/a de cupones – Kiosco La Suerte, Huesca",
    fields=(
        FieldSpec(
            key="anos", label="Experiencia en caja (años)", type="years",
            question="¿Cuántos años de experiencia tienes con caja?",
        ),
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("mañana", "tarde", "indiferente"),
            question="¿Qué turno prefieres?",
        ),
        FieldSpec(
            key="mes", label="Mes de inicio", type="single_choice",
            choices=("julio uniquement", "julio y agosto"),
            question="¿Qué meses puedes?",
        ),
        FieldSpec(
            key="mezzo", label="Mezzo proprio", type="yes_no",
            question="Hai un mezzo proprio?",
        ),
    ),
)  # fmt: skip


def test_a_question_of_the_candidates_gives_no_years() -> None:
    text = "Perdona, antes una pregunta: ¿cuánto se cobra exactamente al mes?"
    assert "anos" not in read_fields(LOTTERY, text, "turno")


async def test_a_part_of_a_sum_taken_back_beside_an_article_read_as_one() -> None:
    state, _ = start(LOTTERY)
    state = await reply(state, LOTTERY, "anos", "Tres años en una frutería y dos en un bar")
    assert state.fields["anos"].value == 5
    text = "En Jaca. Ah, perdona, me he liado: en la frutería fueron dos años, no tres"
    state = await reply(state, LOTTERY, "turno", text)
    assert state.fields["anos"].value == 4


def test_a_month_with_only_after_it_is_that_month_alone() -> None:
    assert read_fields(LOTTERY, "puedo julio nada más", "mes")["mes"] == (
        "answered",
        "julio uniquement",
    )


def test_a_longer_word_a_short_label_word_opens_names_no_field() -> None:
    text = "Sì, purché il sabato io possa staccare entro mezzogiorno."
    assert "mezzo" not in read_fields(LOTTERY, text, "turno")


GROTTO = JobSpec(
    title="Christmas Market Stall Helper – Winchester",
    fields=(
        FieldSpec(
            key="days", label="Market days available (out of 12)", type="number",
            question="How many of the 12 market days can you work?",
        ),
        FieldSpec(
            key="stage", label="Stage experience", type="short_text",
            question="Any acting or stage experience? Tell us briefly.",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Todos los días menos el 24, ese día estoy con mi familia.", 11),
        ("All of them except the 23rd and the 24th", 10),
        ("Alle außer dem ersten Samstag", 11),
        ("I can do 7 or 8 of them", 7.5),
    ],
)
def test_all_but_some_of_a_whole_the_question_gives(text: str, value: float) -> None:
    assert read_fields(GROTTO, text, "days")["days"] == ("answered", value)


def test_a_span_inside_brackets_is_no_answer_alone() -> None:
    from server.interview.readers.free_text import answering_span

    reply = "Yes, I sang in the church choir for years (Messiah and carols)."
    assert answering_span(GROTTO.field("stage"), reply, "Messiah and carols") is None


def test_one_said_before_a_comma_stands_alone() -> None:
    job = JobSpec(
        title="Almhelfer/in – Priesbergalm",
        fields=(
            FieldSpec(
                key="sommer", label="Almsommer", type="number",
                question="Wie viele Almsommer haben Sie schon gemacht?",
            ),
        ),
    )  # fmt: skip
    found = read_fields(job, "Einen, letzten Sommer auf der Kampenwand.", "sommer")
    assert found["sommer"] == ("answered", 1)


def test_a_word_inside_a_romance_choice_after_a_short_head_names_nothing() -> None:
    job = JobSpec(
        title="Guida turistica – Trento",
        fields=(
            FieldSpec(
                key="livello", label="Livello", type="single_choice",
                choices=("base", "intermedio", "bilingue"),
                question="Che livello di tedesco hai?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Parlo tre lingue", "livello").get("livello") != (
        "answered",
        "bilingue",
    )


FAIRGROUND = JobSpec(
    title="Fahrgeschäftshelfer/in – Schausteller Weber, Oktoberfest Augsburg",
    fields=(
        FieldSpec(
            key="lkw", label="Führerschein Klasse C/CE", type="yes_no",
            question="Haben Sie einen Führerschein der Klasse C oder CE?",
        ),
        FieldSpec(
            key="jahre", label="Erfahrung auf Volksfesten (Jahre)", type="years",
            question="Wie viele Jahre Erfahrung haben Sie auf Volksfesten?",
        ),
        FieldSpec(
            key="boot", label="Bootsführerschein", type="yes_no",
            question="Haben Sie einen Bootsführerschein (Sportbootführerschein oder höher)?",
        ),
        FieldSpec(
            key="bahn", label="Lieblingsfahrgeschäft", type="single_choice",
            choices=("Autoscooter", "Riesenrad/Wheel", "Kettenflieger"),
            question="Wo arbeiten Sie am liebsten?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize("text", ["Nur Klasse B leider.", "Non, juste le permis B.", "Only a B"])
def test_only_another_licence_class_is_a_no(text: str) -> None:
    assert read_fields(FAIRGROUND, text, "lkw")["lkw"] == ("answered", False)


def test_the_class_asked_among_others_is_no_no() -> None:
    assert read_fields(FAIRGROUND, "Ja, B und CE", "lkw").get("lkw") != ("answered", False)


def test_how_long_the_class_asked_is_held_is_no_years_at_fairs() -> None:
    from server.interview.understand import read_message

    with dates_relative_to(date(2026, 12, 1)):
        reading = read_message(FAIRGROUND, "Ja, CE seit 2018.", "lkw")
    years = reading.findings.get("jahre")
    assert years is None or years.source == "aside"


def test_the_thing_a_question_names_in_brackets_or_better_is_had() -> None:
    text = "Ich habe den Sportbootführerschein seit 2019 und werde nie seekrank, nie."
    assert read_fields(FAIRGROUND, text, "boot")["boot"] == ("answered", True)


def test_one_part_of_a_slashed_choice_names_it_unasked() -> None:
    text = "Ja, CE. Angefangen am Kettenflieger, aber jetzt lieber am Riesenrad."
    assert read_fields(FAIRGROUND, text, "lkw")["bahn"] == ("answered", "Riesenrad/Wheel")


def test_since_an_age_unasked_beside_the_fields_subject() -> None:
    job = JobSpec(
        title="Monitor/a de vela – Club Náutico, Cádiz",
        fields=(
            FieldSpec(
                key="titulo", label="Titulación náutica", type="yes_no",
                question="¿Tienes alguna titulación náutica?",
            ),
            FieldSpec(
                key="anos", label="Experiencia navegando (años)", type="years",
                question="¿Cuántos años llevas navegando?",
            ),
        ),
    )  # fmt: skip
    text = "No tengo PER, pero navego desde los 10 años (ahora tengo 18)."
    assert read_fields(job, text, "titulo")["anos"] == ("answered", 8)


def test_a_year_in_a_long_story_is_no_invalid_count() -> None:
    job = JobSpec(
        title="Quiz Host – The Crown, York",
        fields=(
            FieldSpec(
                key="nights", label="Nights per week", type="number",
                question="How many nights a week can you host?",
            ),
        ),
    )  # fmt: skip
    text = "I'd open with 'Who won the 1966 World Cup?' and then a picture round on famous bridges"
    assert read_fields(job, text, "nights").get("nights", ("",))[0] != "invalid"


PARTIES = JobSpec(
    title="Animador/a de fiestas infantiles – Pequeñines, Murcia",
    fields=(
        FieldSpec(
            key="fiestas", label="Fiestas por mes", type="number",
            question="¿Cuántas fiestas al mes te gustaría hacer?",
        ),
        FieldSpec(
            key="idiomas", label="Otros idiomas", type="short_text",
            question="¿Hablas algún otro idioma además del español?",
        ),
        FieldSpec(
            key="nino", label="Niño tímido", type="long_text",
            question="¿Cómo incluirías a un niño tímido en los juegos?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("first", "correction", "value"),
    [
        ("unas 6", "Ah, una corrección: en realidad puedo de 8 a 10 fiestas al mes.", 9),
        ("3-4", "Me siento a su lado. Corrijo: fiestas puedo hacer 6, no 3-4.", 6),
    ],
)
async def test_a_range_in_a_correction_is_its_midpoint(
    first: str, correction: str, value: float
) -> None:
    state, _ = start(PARTIES)
    state = await reply(state, PARTIES, "fiestas", first)
    state = await reply(state, PARTIES, "nino", correction)
    assert state.fields["fiestas"].value == value


def test_another_language_spoken_unasked_answers_the_languages_question() -> None:
    text = "Hola. Llevo dos años en fiestas, y también hablo francés porque mi madre es de Lyon."
    found = read_fields(PARTIES, text, "fiestas")
    assert found["idiomas"][0] == "answered"
    assert "francés" in found["idiomas"][1]


def test_the_language_the_question_names_spoken_unasked_answers_nothing() -> None:
    assert "idiomas" not in read_fields(PARTIES, "Hablo español, claro. Unas 6.", "fiestas")


BOAT_TRIPS = JobSpec(
    title="Marinheiro(a) auxiliar – Passeios Ilha Bela",
    fields=(
        FieldSpec(
            key="habilitacao", label="Habilitação náutica", type="yes_no",
            question="Você possui habilitação náutica?",
        ),
        FieldSpec(
            key="saidas", label="Dias de saída por mês", type="number",
            question="Quantos dias por mês você pode sair embarcado?",
        ),
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="Quantas horas por semana?",
        ),
    ),
)  # fmt: skip


def test_a_count_in_the_fields_unit_and_period_names_it_unasked() -> None:
    text = "Tenho, sim, e posso fazer uns vinte dias por mês."
    assert read_fields(BOAT_TRIPS, text, "habilitacao")["saidas"] == ("answered", 20)


def test_days_a_month_name_no_field_two_fields_count_so() -> None:
    job = BOAT_TRIPS.model_copy(
        update={
            "fields": (
                *BOAT_TRIPS.fields,
                FieldSpec(
                    key="folgas", label="Folgas por mês", type="number",
                    question="Quantos dias de folga por mês você quer?",
                ),
            )
        }
    )  # fmt: skip
    found = read_fields(job, "Tenho, sim, e posso fazer uns vinte dias por mês.", "habilitacao")
    assert "saidas" not in found


@pytest.mark.parametrize(
    ("label", "text"),
    [("Costuma enjoar no mar", "Tenho arrais e não enjoo."), ("Sabe bucear", "Sí, buceo bien")],
)
def test_a_verb_of_the_label_conjugated_names_it(label: str, text: str) -> None:
    from server.interview.readers.subject import about_field

    assert about_field(FieldSpec(key="k", label=label, type="yes_no"), text)


def test_a_german_noun_in_er_has_no_verb_root() -> None:
    from server.interview.readers.subject import about_field

    spec = FieldSpec(key="k", label="Fahrer mit Erfahrung", type="yes_no")
    assert not about_field(spec, "Ich komme mit dem Fahrrad")


def test_a_hyphened_word_names_the_field_its_part_does() -> None:
    job = JobSpec(
        title="Guide – Musée de la Mine, Lens",
        fields=(
            FieldSpec(
                key="anglais", label="Visites en anglais", type="yes_no",
                question="Pouvez-vous guider en anglais ?",
            ),
            FieldSpec(
                key="annees", label="Expérience de guide (années)", type="years",
                question="Combien d'années d'expérience comme guide ?",
            ),
        ),
    )  # fmt: skip
    text = "Bonjour, je suis guide-conférencière depuis huit ans, en français et en anglais."
    assert read_fields(job, text, "anglais")["annees"] == ("answered", 8)


def test_a_lower_case_choice_is_no_compound_and_a_half_names_no_intermediate() -> None:
    job = JobSpec(
        title="Taquillero/a – Estación de esquí, Jaca",
        fields=(
            FieldSpec(
                key="caja", label="Experiencia con caja (años)", type="years",
                question="¿Cuántos años de experiencia con caja?",
            ),
            FieldSpec(
                key="nivel", label="Nivel de esquí", type="single_choice",
                choices=("principiante", "intermedio", "avanzado"),
                question="¿Qué nivel de esquí tienes?",
            ),
        ),
    )  # fmt: skip
    text = "Intermedio. Perdona, una corrección: fueron dos años y medio, no año y medio"
    assert read_fields(job, text, "caja")["nivel"] == ("answered", "intermedio")


def test_a_past_participle_of_the_label_is_no_verb_to_conjugate() -> None:
    from server.interview.readers.subject import about_field

    spec = FieldSpec(key="k", label="Créneau préféré", type="yes_no")
    assert not about_field(spec, "Je préfère ne pas répondre à ça")


@pytest.mark.parametrize(
    "text",
    [
        "Hola. Perdona, solo hablo un poco de español. Llevo dos años en fiestas.",
        "Hi, sorry I don't speak Spanish yet. Two years of parties.",
    ],
)
def test_an_apology_for_the_reply_language_answers_no_languages_question(text: str) -> None:
    job = PARTIES.model_copy(
        update={
            "fields": (
                PARTIES.fields[0],
                FieldSpec(
                    key="idiomas", label="Idiomas", type="short_text",
                    question="¿Qué idiomas hablas?",
                ),
            )
        }
    )  # fmt: skip
    assert "idiomas" not in read_fields(job, text, "fiestas")


def test_a_condition_inside_a_story_says_no_yes_or_no() -> None:
    job = JobSpec(
        title="Taquillero/a – Estación de esquí, Formigal",
        fields=(
            FieldSpec(
                key="residencia", label="Necesita alojamiento", type="yes_no",
                question="¿Necesitas alojamiento en la residencia?",
            ),
        ),
    )  # fmt: skip
    text = (
        "Le ofrecería cambiar el forfait por uno de media jornada y, si aun así no está "
        "conforme, le daría la hoja de reclamaciones."
    )
    assert read_fields(job, text, "residencia").get("residencia", ("",))[0] != "answered"


def test_a_span_naming_no_language_leaves_the_reply_that_names_one() -> None:
    from server.interview.consult import apply_verdict
    from server.interview.understand import read_message

    text = "Falo inglês fluente, morei dois anos em Dublin"
    reading = read_message(LANGUAGES_BESIDES, text, "idiomas")
    found = apply_verdict(
        reading, LANGUAGES_BESIDES.field("idiomas"), "specific", "morei dois anos em Dublin"
    )
    assert found.findings["idiomas"].status == "answered"
    assert "inglês" in found.findings["idiomas"].value


def test_a_yes_written_si_after_a_greeting_is_no_condition() -> None:
    job = JobSpec(
        title="Vareador/a – Cortijo El Olivar, Baeza",
        fields=(
            FieldSpec(
                key="permiso", label="Permiso de trabajo", type="yes_no",
                question="¿Tiene permiso de trabajo?",
            ),
        ),
    )  # fmt: skip
    text = "hola buenas, si tengo papeles, soy de aqui de toda la vida"
    assert read_fields(job, text, "permiso")["permiso"] == ("answered", True)
