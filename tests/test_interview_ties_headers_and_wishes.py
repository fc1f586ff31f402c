"""Choices tied by a shared word, a choice that adds a second thing, a topic header after a
story, a work wished for beside the years asked, spoken refusals, school years named by
number, corrected schedules, a day's work in its own word, and a few readings of other
languages' words.

The classes were seen on the first runs of eight blind job sets (stop 45); the jobs and
wordings here are my own.
"""

from __future__ import annotations

import pytest

from server.interview.consult import _named_then_nothing_else
from server.interview.readers.subject import plain
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start
from server.interview.understand import read_message
from tests.helpers.reading import read_fields, reply

KENNEL = JobSpec(
    title="Kennel Hand – Working Dogs – Fellside Kennels, Kendal",
    description="Feeding, exercising and training gundogs; some shoot days in winter.",
    fields=(
        FieldSpec(
            key="dog", label="Own working dog", type="single_choice",
            choices=("no dog", "trained pointer", "trained retriever"),
            question="Would you bring a dog: no dog, trained pointer or trained retriever?",
        ),
        FieldSpec(
            key="quad", label="Quad bike experience", type="single_choice",
            choices=("never ridden", "solo rider", "solo and servicing"),
            question="Quad bike: never ridden, solo rider, or solo and you service it too?",
        ),
        FieldSpec(
            key="years", label="Years with working dogs", type="years",
            question="How many years have you worked with dogs?",
        ),
        FieldSpec(
            key="group", label="Largest school group led (children)", type="number",
            question="What's the largest school group you've led on a kennel visit?",
        ),
        FieldSpec(
            key="hours", label="Hours per week", type="hours_per_week",
            question="How many hours a week could you work?",
        ),
        FieldSpec(
            key="licence", label="Driving licence", type="yes_no",
            question="Do you hold a driving licence?", required=False,
        ),
    ),
    custom_questions=(
        {"key": "fight", "required": True,
         "question": "Two dogs start fighting in the run. What do you do?"},
    ),
)  # fmt: skip


def test_a_choice_named_by_a_word_all_tied_ones_share_is_vague_among_them() -> None:
    reading = read_message(KENNEL, "A trained Labrador, steady to shot.", "dog")
    found = reading.findings["dog"]
    assert found.status == "vague"
    assert set(found.among) == {"trained pointer", "trained retriever"}
    assert reading.unsure == "dog"  # the model is asked which of the two


def test_a_tie_with_no_other_word_has_nothing_to_tell_them_apart() -> None:
    # guard: "trained" alone leaves nothing for the model to pick by
    found = read_message(KENNEL, "a trained one", "dog").findings["dog"]
    assert found.status == "vague" and not found.among


def test_two_choices_named_each_by_its_own_word_is_no_tie() -> None:
    found = read_message(KENNEL, "a pointer or a retriever, not sure", "dog").findings["dog"]
    assert not found.among


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("solo, for a few years", "solo rider"),
        ("solo, and I do the servicing myself too", "solo and servicing"),
    ],
)
def test_a_choice_that_adds_a_second_thing_needs_it_said(text: str, expected: str) -> None:
    assert read_fields(KENNEL, text, "quad")["quad"] == ("answered", expected)


def test_a_school_year_named_by_its_number_counts_nothing() -> None:
    read = read_fields(KENNEL, "Twelve – a Year 6 school group I ran by myself.", "group")
    assert read["group"] == ("answered", 12)
    assert "years" not in read  # "a Year 6" is no year of anything


def test_a_topic_header_after_a_story_puts_the_hours_right() -> None:
    text = (
        "I'd get between them with a board, never my hands, and call the head keeper. "
        "Oh, and on the hours: let's say 30, my childcare is sorted now."
    )
    assert read_fields(KENNEL, text, "fight")["hours"] == ("answered", 30)


def test_a_story_without_a_header_sets_no_hours() -> None:
    # guard: a number of hours inside the story is not the availability
    text = "I'd separate them, then watch both for 2 hours in case of a second fight."
    assert "hours" not in read_fields(KENNEL, text, "fight")


def test_a_corrected_weekly_figure_beside_a_day_is_not_added_to_the_first() -> None:
    text = "30 hrs, no wait, more like 38 because I can do Fridays too"
    assert read_fields(KENNEL, text, "hours")["hours"] == ("answered", 38)


@pytest.mark.parametrize(
    "text",
    [
        "Seulement le week-end : deux journées de huit heures.",
        "Solo el fin de semana: dos jornadas de ocho horas.",
        "Solo il weekend, due giornate da otto ore.",
    ],
)
def test_days_of_work_in_their_own_word_make_a_week(text: str) -> None:
    assert read_fields(KENNEL, text, "hours")["hours"] == ("answered", 16)


def test_a_day_turned_down_after_a_span_of_days() -> None:
    text = "Consigo 8 horas por dia, de segunda a sexta, sábado não."
    assert read_fields(KENNEL, text, "hours")["hours"] == ("answered", 40)


def test_a_course_of_so_many_hours_far_after_its_word_is_no_week() -> None:
    text = "Sí, tengo el curso de trabajos en altura de 20 horas, lo hice este año."
    assert "hours" not in read_fields(KENNEL, text, "licence")


CRAFT = JobSpec(
    title="Aiuto in bottega – Restauro di mobili, Lucca",
    description="Restauro e lucidatura di mobili antichi.",
    fields=(
        FieldSpec(
            key="anni", label="Esperienza in un lavoro artigiano (anni)", type="years",
            question="Quanti anni di esperienza hai in un lavoro artigiano (falegnameria, "
            "intaglio, restauro)?",
        ),
        FieldSpec(
            key="reparto", label="Reparto che ti interessa di più", type="single_choice",
            choices=("intaglio", "lucidatura a tampone", "restauro"),
            question="Quale lavoro ti interessa di più: intaglio, lucidatura a tampone o restauro?",
        ),
        FieldSpec(
            key="sabato", label="Disponibile il sabato", type="yes_no",
            question="Sei disponibile il sabato mattina?",
        ),
    ),
)  # fmt: skip


def test_a_work_wished_for_beside_the_years_asked_is_picked() -> None:
    text = "Non ho mai fatto lavori artigiani, ma mi piacerebbe il restauro."
    read = read_fields(CRAFT, text, "anni")
    assert read["reparto"] == ("answered", "restauro")
    assert read["anni"][0] == "none"


def test_a_choice_word_said_of_the_years_asked_picks_nothing() -> None:
    # guard: no wish, the restoration is where the years were
    read = read_fields(CRAFT, "Tre anni di restauro in una bottega a Pisa.", "anni")
    assert "reparto" not in read


def test_every_long_word_of_one_choice_wished_for_picks_it_unasked() -> None:
    text = "Due anni in falegnameria; mi piacerebbe la lucidatura, quella a tampone."
    assert read_fields(CRAFT, text, "anni")["reparto"] == ("answered", "lucidatura a tampone")


def test_every_long_word_of_one_choice_said_of_the_past_is_no_wish() -> None:
    # guard: the field asks what one would like; the reply tells what one did
    text = "Due anni in bottega, facevo la lucidatura, sempre a tampone."
    assert "reparto" not in read_fields(CRAFT, text, "anni")


def test_a_preference_verb_names_no_field_that_asks_what_one_prefers() -> None:
    job = JobSpec(
        title="Ayudante de taller de calzado",
        description="Alpargatas cosidas a mano.",
        fields=(
            FieldSpec(
                key="fase", label="Fase en la que prefieres empezar", type="single_choice",
                choices=("corte", "cosido"), question="¿Prefieres empezar en corte o cosido?",
            ),
            FieldSpec(
                key="taller", label="Taller anterior", type="short_text", required=False,
                question="¿En qué taller has trabajado antes?",
            ),
        ),
    )  # fmt: skip
    text = "Prefiero no decir para quién trabajo ahora, todavía no lo saben."
    read = read_fields(job, text, "taller")
    assert read["taller"][0] == "declined"
    assert "fase" not in read


@pytest.mark.parametrize("text", ["je préfère pas répondre", "je préfère pas le dire"])
def test_a_spoken_french_refusal_without_its_ne_is_no_no(text: str) -> None:
    assert read_fields(KENNEL, text, "licence")["licence"][0] == "declined"


def test_a_wish_about_the_work_without_its_ne_is_still_a_no() -> None:
    # guard: "je préfère pas conduire" says nothing about saying
    assert read_fields(KENNEL, "je préfère pas conduire", "licence")["licence"] == (
        "answered",
        False,
    )


def test_a_modal_verb_names_no_field_whose_label_opens_with_it() -> None:
    job = JobSpec(
        title="Helfer/in in der Schmiede",
        description="Schmieden und Schweißen.",
        fields=(
            FieldSpec(
                key="schweissen", label="Schweißverfahren", type="single_choice",
                choices=("keine", "MAG", "WIG"), question="Welche Schweißverfahren können Sie?",
            ),
            FieldSpec(
                key="hammer", label="Kann mit dem Vorschlaghammer zuschlagen", type="yes_no",
                question="Können Sie mit dem Vorschlaghammer zuschlagen?",
            ),
        ),
    )  # fmt: skip
    assert "hammer" not in read_fields(job, "schweißen kann ich gar nicht", "schweissen")


def test_the_portuguese_no_before_a_name_is_in_the_place() -> None:
    job = JobSpec(
        title="Auxiliar de marcenaria – Ubatuba/SP",
        description="Móveis de bambu.",
        fields=(
            FieldSpec(
                key="bairro", label="Bairro onde mora", type="short_text",
                question="Em que bairro você mora?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "No Itaguá.", "bairro").get("bairro", ("missing",))[0] != "none"
    # guard: "No, …" is still a no
    assert read_fields(job, "No, moro longe.", "bairro")["bairro"][0] == "none"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Just the Tweed, I've never fished anywhere else.", True),
        ("Solo el Tajo, en ningún otro río.", True),
        ("No, nothing else.", False),
        ("Nothing else, sorry.", False),
    ],
)
def test_one_named_and_nothing_besides_is_no_none(text: str, expected: bool) -> None:
    assert _named_then_nothing_else(plain(text)) is expected


def test_a_choice_s_hyphened_word_said_spaced_names_it() -> None:
    job = JobSpec(
        title="Ghillie – River Tay",
        description="Salmon beats.",
        fields=(
            FieldSpec(
                key="cast", label="Fly casting", type="single_choice",
                choices=("never cast", "single-handed rod only", "double-handed Spey"),
                question="Your casting: never cast, single-handed rod only, or double-handed Spey?",
            ),
        ),
    )  # fmt: skip
    text = "hi, im single handed only tbh, mostly brownies on the lochs"
    # (not "double-handed" by the tail "handed" that both share)
    assert read_fields(job, text, "cast")["cast"] == ("answered", "single-handed rod only")


def test_a_know_how_question_answered_with_not_knowing_is_a_no() -> None:
    job = JobSpec(
        title="Artesã de fibra de buriti",
        description="Cooperativa em Barreirinhas.",
        fields=(
            FieldSpec(
                key="linho", label="Sabe preparar o linho", type="yes_no",
                question="Você sabe tirar e preparar o linho do buriti?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "não sei não", "linho")["linho"] == ("answered", False)


def test_never_having_tried_is_no_answer_to_whether_one_could() -> None:
    job = JobSpec(
        title="Hill path porter",
        description="Carrying kit to the launch.",
        fields=(
            FieldSpec(
                key="carry", label="Can carry 20 kg uphill", type="yes_no",
                question="Could you carry a 20 kg rucksack up a steep path?",
            ),
        ),
    )  # fmt: skip
    text = "I think so? I've never actually tried 20 kg uphill."
    assert read_fields(job, text, "carry")["carry"][0] == "vague"
    # guard: a plain no stays a no
    assert read_fields(job, "No, never tried and my back is bad.", "carry")["carry"] == (
        "answered",
        False,
    )


def test_no_problem_is_no_choice_for_none_and_other_languages_name_the_days() -> None:
    job = JobSpec(
        title="Assistant groundsman – cricket club",
        description="Match days at weekends.",
        fields=(
            FieldSpec(
                key="cover", label="Match-day cover", type="single_choice",
                choices=("Saturdays only", "Sundays only", "Saturdays and Sundays",
                         "not at weekends"),
                question="Which match days could you cover?",
            ),
        ),
    )  # fmt: skip
    text = "Sabato e domenica, nessun problema."
    assert read_fields(job, text, "cover")["cover"] == ("answered", "Saturdays and Sundays")


def test_what_keeps_one_busy_then_is_not_the_shift_picked() -> None:
    job = JobSpec(
        title="Auxiliar de produção – algodoeira",
        description="Safra de julho a novembro.",
        fields=(
            FieldSpec(
                key="turno", label="Turno preferido", type="single_choice",
                choices=("manhã", "tarde", "noite", "qualquer turno"),
                question="Qual turno você prefere: manhã, tarde, noite ou qualquer turno?",
            ),
            FieldSpec(
                key="horas", label="Horas por semana", type="hours_per_week",
                question="Quantas horas por semana você pode trabalhar?",
            ),
        ),
    )  # fmt: skip
    text = "44 horas. Ah, sobre o turno: pode ser à tarde, a faculdade é só à noite."
    assert read_fields(job, text, "horas")["turno"] == ("answered", "tarde")


def test_spanish_harvests_count_as_years() -> None:
    job = JobSpec(
        title="Auxiliar – algodoeira",
        description="Beneficiamento de algodão.",
        fields=(
            FieldSpec(
                key="safras", label="Safras em algodoeira", type="years",
                question="Quantas safras você trabalhou em algodoeira?",
            ),
        ),
    )  # fmt: skip
    text = "Trabajé cinco zafras en una desmotadora de algodón en Santa Cruz."
    assert read_fields(job, text, "safras")["safras"] == ("answered", 5)


def test_a_cognate_that_differs_only_in_its_ending_names_the_choice() -> None:
    job = JobSpec(
        title="Ouvrier de pêche à pied",
        description="Coques et palourdes.",
        fields=(
            FieldSpec(
                key="poste", label="Poste souhaité", type="single_choice",
                choices=("ratissage", "tri et calibrage", "expédition"),
                question="Quel poste : ratissage, tri et calibrage ou expédition ?",
            ),
            FieldSpec(
                key="formation", label="Formation en vitrail", type="single_choice",
                choices=("aucune", "CAP vitrailliste", "stage court"),
                question="Quelle formation en vitrail avez-vous ?",
            ),
        ),
    )  # fmt: skip
    text = "Clasificación y calibrado, que ya tengo la espalda cansada."
    assert read_fields(job, text, "poste")["poste"] == ("answered", "tri et calibrage")
    # guard: a word the choice only opens with ("vitrail", "vitrailliste") is no cognate
    read = read_fields(job, "un peu d'expérience en vitrail oui", "formation")
    assert read.get("formation", ("missing", None))[1] != "CAP vitrailliste"


def test_liking_one_more_is_a_wish_beside_a_history() -> None:
    job = JobSpec(
        title="Rendeira de bilro – cooperativa",
        description="Encomendas de lojas.",
        fields=(
            FieldSpec(
                key="anos", label="Anos fazendo renda de bilro", type="years",
                question="Há quantos anos você faz renda de bilro?",
            ),
            FieldSpec(
                key="peca", label="Tipo de peça preferido", type="single_choice",
                choices=("bicos e entremeios", "toalhas e caminhos de mesa"),
                question="Com que tipo de peça você prefere trabalhar?",
            ),
        ),
    )  # fmt: skip
    text = (
        "Faço renda desde 1998, aprendi com minha avó. "
        "Gosto mais de fazer toalhas e caminhos de mesa."
    )
    assert read_fields(job, text, "anos")["peca"] == ("answered", "toalhas e caminhos de mesa")


def test_a_chat_spelt_refusal_is_a_refusal() -> None:
    assert read_fields(KENNEL, "preferisco nn rispondere", "licence")["licence"][0] == "declined"


def test_a_course_under_way_is_the_choice_for_being_in_training() -> None:
    job = JobSpec(
        title="Matelot – navire baliseur",
        description="Entretien des bouées.",
        fields=(
            FieldSpec(
                key="titre", label="Titre maritime", type="single_choice",
                choices=("certificat de matelot pont", "capitaine 200", "en cours de formation"),
                question="Quel titre maritime avez-vous ?",
            ),
        ),
    )  # fmt: skip
    text = "I'm currently doing the matelot pont course in Étel, I finish in March."
    assert read_fields(job, text, "titre")["titre"] == ("answered", "en cours de formation")
    # guard: the certificate held is the certificate
    held = "J'ai le certificat de matelot pont depuis 2020."
    assert read_fields(job, held, "titre")["titre"] == ("answered", "certificat de matelot pont")


FORGE = JobSpec(
    title="Helfer/in in der Kunstschmiede",
    description="Schmieden, Feuer, Montage.",
    fields=(
        FieldSpec(
            key="stunden", label="Wochenstunden", type="hours_per_week",
            question="Wie viele Stunden pro Woche möchten Sie arbeiten?",
        ),
    ),
    custom_questions=(
        {"key": "brand", "required": True,
         "question": "Ein Funke fliegt auf die Putzlappen und es qualmt. Was tun Sie?"},
    ),
)  # fmt: skip


async def test_hours_put_right_under_a_header_after_a_story_replace_the_range() -> None:
    # "Stunden" is no word of the label "Wochenstunden": the header names the field
    state, _ = start(FORGE)
    state = await reply(state, FORGE, "stunden", "Zwischen 20 und 30 Stunden, je nach Kita.")
    assert state.fields["stunden"].value == {"min": 20, "max": 30}
    text = (
        "Feuerlöscher nehmen, löschen, dem Meister Bescheid geben. "
        "Ach, und bei den Stunden: sagen wir fest 30, die Kita ist geklärt."
    )
    state = await reply(state, FORGE, "brand", text)
    assert state.fields["stunden"].value == 30
