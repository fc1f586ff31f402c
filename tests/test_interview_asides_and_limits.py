"""Replies that say less, or other, than they seem to: leaving for now, a number taken
back, a language that is no foreign one, an answer put off until later, only something
else and never the thing asked, half a unit, a month to a choice, "a bit of everything".

Each was misread on a blind job set's first run (stop 41): a leaving message picked as a
shift, "non trenta" read as a "no", "Solo italiano" stored as a foreign language.
"""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start
from tests.helpers.reading import judging_engine, read_fields, reply

RUBARBO = JobSpec(
    title="Forced rhubarb picker – Hollins Farm, Wakefield",
    description="Picking rhubarb by candlelight in forcing sheds, January to March.",
    fields=(
        FieldSpec(
            key="shift", label="Preferred picking shift", type="single_choice",
            choices=("morning pick", "afternoon pick", "either"),
            question="Which shift would you rather work: morning pick, afternoon pick or either?",
        ),
        FieldSpec(
            key="miles", label="Distance from the farm (miles)", type="number",
            question="How far from the farm do you live, in miles?",
        ),
        FieldSpec(
            key="areas", label="Areas you know around Wakefield", type="short_text",
            required=False, question="Which areas around Wakefield do you know well?",
        ),
    ),
)  # fmt: skip

BOTTAIO = JobSpec(
    title="Aiuto bottaio – Bottaia Rovere, Canelli",
    description="Costruzione e riparazione di botti.",
    fields=(
        FieldSpec(
            key="ore", label="Ore settimanali", type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
        FieldSpec(
            key="sabato", label="Sabato in vendemmia", type="yes_no",
            question="Sei disponibile il sabato durante la vendemmia?",
        ),
        FieldSpec(
            key="lingue", label="Lingue straniere per i turisti", type="short_text",
            required=False, question="Parli lingue straniere con i turisti? Quali?",
        ),
    ),
)  # fmt: skip

CETAREA = JobSpec(
    title="Operario/a de cetárea – Mariscos Punta Lens, Corme",
    description="Recepción y clasificación de marisco vivo.",
    fields=(
        FieldSpec(
            key="especies", label="Especies de marisco vivo manejadas", type="short_text",
            required=False, question="¿Qué especies de marisco vivo has manejado?",
            example="bogavante, nécora, percebe",
        ),
        FieldSpec(
            key="tallas", label="Talla de ropa y calzado", type="short_text", required=False,
            question="¿Qué talla de ropa y de calzado de seguridad usas?",
        ),
    ),
)  # fmt: skip

MANEGE = JobSpec(
    title="Manegenhelfer/in – Circus Albertini",
    description="Requisite und Umbauten zwischen den Nummern.",
    fields=(
        FieldSpec(
            key="jahre", label="Jahre in Bühnen-, Zelt- oder Veranstaltungsarbeit",
            type="years",
            question="Wie viele Jahre Erfahrung haben Sie in Bühnen-, Zelt- oder "
            "Veranstaltungsarbeit?",
        ),
        FieldSpec(
            key="naehen", label="Nähmaschine", type="single_choice",
            choices=("keine", "ein wenig", "sicher"),
            question="Erfahrung an der Nähmaschine: keine, ein wenig, sicher?",
        ),
    ),
)  # fmt: skip


async def turn(job: JobSpec, asked: str, text: str, label: str = "specific", pick: str = ""):
    state, _ = start(job)
    return (await reply(state, job, asked, text, judging_engine(label, pick))).fields


@pytest.mark.parametrize(
    "text",
    [
        "Actually I have to go now, my bus is here. I'll finish this another time.",
        "Sorry, gotta go!",
    ],
)
async def test_leaving_for_now_answers_nothing_and_picks_nothing(text: str) -> None:
    fields = await turn(RUBARBO, "shift", text, pick="morning pick")
    assert fields["shift"].status == "missing"


def test_leaving_later_in_the_day_is_no_leaving_now() -> None:
    # "I need to leave by 5" says something of the shift; it is not dropped as a goodbye.
    assert read_fields(RUBARBO, "I need to leave by 5 every day", "shift")


@pytest.mark.parametrize(
    ("text", "miles"),
    [("I'm in the city centre, half a mile away.", 0.5), ("a mile and a half", 1.5)],
)
def test_half_a_unit_is_half(text: str, miles: float) -> None:
    assert read_fields(RUBARBO, text, "miles")["miles"] == ("answered", miles)


def test_a_number_taken_back_is_no_no_to_the_question_asked() -> None:
    found = read_fields(BOTTAIO, "Scusate, volevo dire trentacinque ore, non trenta.", "sabato")
    assert found == {"ore": ("answered", 35)}


async def test_the_questions_own_language_is_no_foreign_one() -> None:
    fields = await turn(BOTTAIO, "lingue", "Solo italiano, purtroppo.")
    assert fields["lingue"].status == "none"
    fields = await turn(BOTTAIO, "lingue", "Solo inglese, un po'.")
    assert fields["lingue"].status == "answered"


@pytest.mark.parametrize(
    "text",
    [
        "Prefiero decírselo cuando firme el contrato.",
        "I'd rather tell you once I've started",
        "Je préfère vous le dire plus tard.",
        "Preferisco dirlo più avanti.",
    ],
)
def test_an_answer_put_off_until_later_declines(text: str) -> None:
    assert read_fields(CETAREA, text, "tallas")["tallas"][0] == "declined"


def test_only_something_else_and_never_the_thing_asked_is_none() -> None:
    found = read_fields(
        CETAREA, "Solo he trabajado con pescado, nunca con marisco vivo.", "especies"
    )
    assert found["especies"][0] == "none"


async def test_only_some_of_the_kinds_asked_answers() -> None:
    fields = await turn(CETAREA, "especies", "Solo bogavante y nécora, nunca percebe.")
    assert fields["especies"].status == "answered"


@pytest.mark.parametrize(
    "text",
    [
        "bühne, zelt oder veranstaltungen noch gar nicht, nur 2 jahre lager",
        "holaa, llevo 3 años de camarera en un bar pero en el circo nunca he trabajado.",
    ],
)
def test_years_of_other_work_beside_a_negative_about_the_field_are_none(text: str) -> None:
    assert read_fields(MANEGE, text, "jahre")["jahre"][0] == "none"


async def test_a_month_and_year_picks_no_choice() -> None:
    fields = await turn(MANEGE, "naehen", "From January 2027.", label="vague", pick="keine")
    assert fields["naehen"].status != "answered"


@pytest.mark.parametrize("text", ["Ah, conheço um pouco de tudo.", "I know a bit of everything"])
async def test_a_bit_of_everything_names_nothing(text: str) -> None:
    fields = await turn(RUBARBO, "areas", text)
    assert fields["areas"].status == "vague"


COCO = JobSpec(
    title="Atendente de quiosque de coco – Orla de Pajuçara, Maceió",
    description="Venda de coco gelado na praia.",
    fields=(
        FieldSpec(
            key="abrir", label="Sabe abrir coco", type="single_choice",
            choices=("nunca abri", "só com máquina de abrir coco", "no facão, com prática"),
            question="Você sabe abrir coco verde? Nunca abri, só com máquina de abrir coco, "
            "ou no facão, com prática?",
        ),
        FieldSpec(
            key="cocos", label="Cocos vendidos por dia", type="number",
            question="Quantos cocos você já vendeu num dia bom?",
        ),
    ),
)  # fmt: skip

VELOS = JobSpec(
    title="Aide-restaurateur de vélos anciens – Saint-Étienne",
    description="Restauration de vélos de randonneuse des années 1950.",
    fields=(
        FieldSpec(
            key="filetages", label="Reconnaît les filetages français, anglais et italiens",
            type="yes_no",
            question="Savez-vous reconnaître un filetage français d'un filetage anglais ou "
            "italien ?",
        ),
        FieldSpec(
            key="outillage", label="Outillage personnel", type="short_text", required=False,
            question="Possédez-vous de l'outillage spécifique pour vélos anciens ? Lequel ?",
        ),
        FieldSpec(
            key="cadre", label="Cadre fissuré", type="long_text",
            question="Un client apporte un cadre fissuré près de la douille. Que faites-vous ?",
        ),
    ),
)  # fmt: skip

ARENA = JobSpec(
    title="VR arena game host – Parallax, Norwich",
    description="Briefing players and running sessions.",
    fields=(
        FieldSpec(
            key="group", label="Largest group briefed or supervised at once", type="number",
            required=False,
            question="What is the largest group of people you have briefed or supervised at "
            "one time?",
        ),
        FieldSpec(
            key="rackets", label="Racquets strung per hour", type="number", required=False,
            question="How many racquets can you string in an hour?",
        ),
        FieldSpec(
            key="dizzy", label="Player feeling sick", type="long_text",
            question="A child feels dizzy and sick halfway through a session. What do you do?",
        ),
    ),
)  # fmt: skip


def test_a_word_of_the_label_names_no_choice() -> None:
    # "cocos" is the label's "coco", not the choice "só com máquina de abrir coco"
    assert "abrir" not in read_fields(COCO, "Uns 150 cocos num domingo bom.", "abrir")


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("Sou do Pontal, abro no facão rapidinho", "no facão, com prática"),
        ("oii so com maquina, facao nunca usei", "só com máquina de abrir coco"),
    ],
)
def test_a_portuguese_no_in_a_choice_is_in_the(text: str, choice: str) -> None:
    assert read_fields(COCO, text, "abrir")["abrir"] == ("answered", choice)


def test_not_knowing_names_no_choice_for_none() -> None:
    assert read_fields(MANEGE, "Keine Ahnung, hoch halt.", "naehen").get("naehen", ("",))[0] != (
        "answered"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hello, I'm English but I live in Saint-Étienne, hope that's OK.",
        "Hello, I'm English but I live in Saint-Étienne.",
    ],
)
def test_an_introduction_and_a_hope_say_no_yes(text: str) -> None:
    assert read_fields(VELOS, text, "filetages").get("filetages", ("",))[0] != "answered"


@pytest.mark.parametrize(
    "text", ["jprefere pas detailler dsl", "Je préfère ne pas citer les productions."]
)
def test_not_detailing_or_naming_declines(text: str) -> None:
    assert read_fields(VELOS, text, "outillage")["outillage"][0] == "declined"


@pytest.mark.parametrize(
    "text",
    [
        "preferiría no vendérsela.",
        "I'd tell him the frame is cracked, so I can't say it's safe to ride.",
    ],
)
def test_a_wish_or_a_cannot_say_in_a_scenario_is_no_decline(text: str) -> None:
    assert read_fields(VELOS, text, "cadre").get("cadre", ("",))[0] != "declined"


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [
        ("group", "Birthday parties of about twelve kids at Megazone.", 12),
        ("rackets", "une raquette et demie par heure a peu pres", 1.5),
    ],
)
def test_people_and_one_and_a_half_things_are_counted(key: str, text: str, value: float) -> None:
    assert read_fields(ARENA, text, key)[key] == ("answered", value)


async def test_not_knowing_beside_what_one_would_do_answers_an_open_question() -> None:
    text = "I'm not sure, I'd ask a senior member of staff what to do and keep her warm meanwhile."
    assert (await turn(ARENA, "dizzy", text))["dizzy"].status == "answered"
    short = await turn(ARENA, "dizzy", "Not sure, I've never been in that situation.")
    assert short["dizzy"].status != "answered"


KERZEN = JobSpec(
    title="Saisonkraft Kerzenmanufaktur – Quedlinburg",
    description="Kerzenziehen, Gießen und Verkauf auf dem Weihnachtsmarkt.",
    fields=(
        FieldSpec(
            key="wachsbad", label="Arbeit an beheizten Wachsbädern möglich", type="yes_no",
            question="Können Sie mehrere Stunden an den beheizten Wachsbädern stehen?",
        ),
        FieldSpec(
            key="markt", label="Verkauf am Weihnachtsmarktstand", type="yes_no",
            question="Hätten Sie Lust, zusätzlich an unserem Stand auf dem Weihnachtsmarkt "
            "zu verkaufen?",
        ),
        FieldSpec(
            key="samstag", label="Disponibile il sabato in vendemmia", type="yes_no",
            question="In vendemmia saresti disponibile anche il sabato?",
        ),
    ),
)  # fmt: skip

UHREN = JobSpec(
    title="Repair counter assistant – watch and clock repairs, Norwich",
    description="Taking in repairs, battery changes and straps.",
    fields=(
        FieldSpec(
            key="years", label="Experience with watches or clocks (years)", type="years",
            question="How many years have you worked with watches or clocks?",
        ),
        FieldSpec(
            key="kite", label="Kite experience", type="single_choice",
            choices=("none yet", "stunt kites", "kitesurfing"),
            question="What's your own kite experience: none yet, stunt kites or kitesurfing?",
        ),
        FieldSpec(
            key="brands", label="Watch brands you have handled most", type="short_text",
            required=False, question="Which watch brands have you handled most?",
        ),
    ),
)  # fmt: skip


def test_where_one_comes_from_is_no_yes() -> None:
    text = "Buonasera, vengo dalla vendemmia e dal lavoro in cantina."
    assert "samstag" not in read_fields(KERZEN, text, "wachsbad")


def test_a_negative_about_the_question_asked_is_no_none_of_a_text_field_sharing_its_word() -> None:
    found = read_fields(
        UHREN, "never worked with watches tbh, 2 yrs on the tills at Boots", "years"
    )
    assert found["years"][0] == "none"
    assert "brands" not in found


def test_the_doer_of_a_choice_in_ing_names_it() -> None:
    found = read_fields(UHREN, "I'm a kitesurfer, I ride whenever there's wind.", "kite")
    assert found["kite"] == ("answered", "kitesurfing")


def test_spoken_french_that_does_not_bother_me_is_a_yes() -> None:
    assert read_fields(KERZEN, "la chaleur ça me dérange pas", "wachsbad")["wachsbad"] == (
        "answered",
        True,
    )


async def test_a_place_beside_a_word_of_a_choice_still_picks() -> None:
    job = JobSpec(
        title="Betreuer/in Salzgrotte – Lüneburg",
        fields=(
            FieldSpec(
                key="ausbildung", label="Ausbildung", type="single_choice",
                choices=("Masseur/in", "Kosmetiker/in", "keine Ausbildung"),
                question="Welche Ausbildung hast du?",
            ),
        ),
    )  # fmt: skip
    text = "Trained massage therapist, diploma in Cork."
    fields = await turn(job, "ausbildung", text, pick="Masseur/in")
    assert fields["ausbildung"].value == "Masseur/in"


RUNGIS = JobSpec(
    title="Manutentionnaire de nuit – Rungis",
    description="Préparation de commandes la nuit.",
    fields=(
        FieldSpec(
            key="nuits", label="Nuits par semaine", type="number",
            question="Combien de nuits par semaine pouvez-vous travailler ?",
        ),
        FieldSpec(
            key="transport", label="Moyen de transport pour venir la nuit",
            type="single_choice", choices=("voiture", "deux-roues", "covoiturage", "bus de nuit"),
            question="Comment viendrez-vous la nuit : voiture, deux-roues, covoiturage ou bus ?",
        ),
        FieldSpec(
            key="plateau", label="Plateau de fromages", type="long_text",
            question="Un client vous demande un plateau pour six personnes. Que proposez-vous ?",
        ),
    ),
)  # fmt: skip


def test_a_number_word_names_no_choice_it_begins() -> None:
    text = "Deux nuits. Ah non pardon, je me suis trompé : quatre nuits."
    assert read_fields(RUNGIS, text, "nuits") == {"nuits": ("answered", 4)}


async def test_it_depends_is_vague_however_long() -> None:
    fields = await turn(RUNGIS, "plateau", "Ça dépend du client, de son budget, de ce qu'il aime")
    assert fields["plateau"].status == "vague"


CROSS = JobSpec(
    title="Betreuungskraft Katzenpension – Freiburg",
    description="Füttern, Reinigen, Medikamente geben.",
    fields=(
        FieldSpec(
            key="medikamente", label="Medikamentengabe bei Katzen", type="single_choice",
            choices=("noch nie gemacht", "Tabletten und Tropfen", "auch Insulinspritzen"),
            question="Wie sieht es mit Medikamenten aus: noch nie gemacht, Tabletten und "
            "Tropfen, oder auch Insulinspritzen?",
        ),
        FieldSpec(
            key="arepas", label="Experiencia haciendo arepas", type="single_choice",
            choices=("ninguna", "en casa", "en una arepera", "en un food truck"),
            question="¿Qué experiencia tienes haciendo arepas?",
        ),
        FieldSpec(
            key="pont", label="Expérience du pont roulant", type="single_choice",
            choices=("aucune", "occasionnelle", "CACES R484 en cours de validité"),
            question="Quelle est votre expérience du pont roulant ?",
        ),
        FieldSpec(
            key="hauteur", label="Work on roofs and scaffolding", type="yes_no",
            question="Are you comfortable working on roofs and scaffolding?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("key", "text", "choice"),
    [
        ("medikamente", "Sì, anche le iniezioni di insulina.", "auch Insulinspritzen"),
        ("arepas", "I've only made arepas at home, with my flatmate.", "en casa"),
        ("pont", "Ocasional: usaba el puente grúa de la nave.", "occasionnelle"),
    ],
)
def test_a_choice_said_in_another_language(key: str, text: str, choice: str) -> None:
    assert read_fields(CROSS, text, key)[key] == ("answered", choice)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("hiya, fine with heights, got 3 yrs as a roofer's labourer", True),
        ("I'd be fine on a roof as long as there's proper edge protection.", True),
        ("I'm not fine with heights, sorry.", False),
    ],
)
def test_fine_with_the_thing_asked_is_a_yes(text: str, value: bool) -> None:
    assert read_fields(CROSS, text, "hauteur")["hauteur"] == ("answered", value)


BAIRRO = JobSpec(
    title="Auxiliar de barraca de acarajé – Rio Vermelho, Salvador",
    description="Atendimento e preparo na barraca.",
    fields=(
        FieldSpec(
            key="bairro", label="Bairro onde mora", type="short_text",
            question="Em qual bairro você mora?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("Barra, near the lighthouse.", True),
        ("Lavapiés.", True),
        ("Sim, claro.", False),
        ("Perto daqui.", False),
    ],
)
async def test_a_place_named_first_answers_where_one_lives(text: str, answered: bool) -> None:
    fields = await turn(BAIRRO, "bairro", text, label="vague")
    assert (fields["bairro"].status == "answered") is answered


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("prob 6 hrs on the sunday and maybe 2 evenings of 2 hrs for the phones", 10),
        ("tres tardes de cuatro horas", 12),
    ],
)
def test_so_many_evenings_of_so_many_hours_are_a_week_s_hours(text: str, hours: float) -> None:
    job = JobSpec(
        title="Pitch manager – Sunday flea market",
        fields=(
            FieldSpec(
                key="horas", label="Hours per week", type="hours_per_week",
                question="How many hours a week could you work?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, text, "horas")["horas"] == ("answered", hours)


RESINA = JobSpec(
    title="Resinero/a – Navas de Oro (Segovia)",
    description="Resinación de pinos en campaña.",
    fields=(
        FieldSpec(
            key="desplazamiento", label="Desplazamiento al monte", type="single_choice",
            choices=("todoterreno propio", "turismo propio", "moto propia", "sin vehículo"),
            question="¿Cómo llegarías al monte: todoterreno propio, turismo propio, moto propia "
            "o sin vehículo?",
        ),
        FieldSpec(
            key="modelo", label="Composiciones de confeti", type="single_choice",
            choices=("sì, in autonomia", "sì, seguendo un modello", "mai fatte"),
            question="Sai realizzare composizioni di confetti?",
        ),
        FieldSpec(
            key="wochenende", label="Regelmäßig am Wochenende", type="yes_no",
            question="Kannst du regelmäßig am Wochenende arbeiten?",
        ),
        FieldSpec(
            key="ore", label="Ore settimanali", type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
    ),
)  # fmt: skip


def test_neither_this_nor_that_turns_both_down() -> None:
    found = read_fields(
        RESINA, "Não tenho carro nem moto, precisaria de transporte.", "desplazamiento"
    )
    assert found["desplazamiento"] == ("answered", "sin vehículo")


def test_without_a_choice_s_word_is_not_that_choice() -> None:
    found = read_fields(RESINA, "Sì, fiori e spighe li faccio da sola, senza modello.", "modelo")
    assert found.get("modelo") != ("answered", "sì, seguendo un modello")


def test_a_spoken_german_ne_is_a_no() -> None:
    text = "ne, am wochenende gehts bei mir leider nich, da hab ich die kids"
    assert read_fields(RESINA, text, "wochenende")["wochenende"] == ("answered", False)


def test_hours_times_days_are_a_week() -> None:
    assert read_fields(RESINA, "tipo 8 ore x 3 giorni", "ore")["ore"] == ("answered", 24)


async def test_a_rate_in_german_picks_no_choice() -> None:
    fields = await turn(RESINA, "modelo", "Etwa zehn pro Stunde.", label="vague", pick="mai fatte")
    assert fields["modelo"].status != "answered"


PINAR = JobSpec(
    title="Resinero/a – Montes de Coca",
    description="Resinación de pinos.",
    fields=(
        FieldSpec(
            key="metodo", label="Método de resinación", type="single_choice",
            choices=("pica de corteza", "taladro", "los dos", "ninguno"),
            question="¿Con qué método ha trabajado: pica de corteza, taladro, los dos o ninguno?",
        ),
        FieldSpec(
            key="pinos", label="Pinos que puede llevar en una campaña", type="number",
            question="¿Cuántos pinos se ve capaz de llevar en una campaña?",
        ),
        FieldSpec(
            key="macchine", label="Macchine per il legno", type="single_choice",
            choices=("nessuna", "solo attrezzi manuali", "macchine tradizionali", "anche CNC"),
            question="Quali macchine per il legno sai usare?",
        ),
    ),
)  # fmt: skip


def test_a_choice_not_tried_is_not_picked() -> None:
    text = "Siempre con pica de corteza y pasta, el taladro no lo he probado."
    assert read_fields(PINAR, text, "metodo")["metodo"] == ("answered", "pica de corteza")


@pytest.mark.parametrize(
    "text", ["Dos campañas, la de 2024 y la de 2025.", "hola, tengo 3 o 4 campañas de resinero"]
)
def test_seasons_counted_are_no_count_made_in_a_season(text: str) -> None:
    assert read_fields(PINAR, text, "pinos").get("pinos", ("",))[0] != "answered"
    assert read_fields(PINAR, "unos 4000 pinos por campaña", "pinos")["pinos"] == ("answered", 4000)


def test_a_function_word_of_a_choice_names_it_not() -> None:
    found = read_fields(PINAR, "Sì, anche la domenica se serve.", "macchine")
    assert found.get("macchine", ("",))[0] != "answered"


def test_a_brazilian_six_by_one_rota_is_six_days() -> None:
    job = JobSpec(
        title="Atendente de quiosque de coco – Maceió",
        fields=(
            FieldSpec(
                key="horas", label="Horas por semana", type="hours_per_week",
                question="Quantas horas por semana você pode trabalhar?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Escala 6x1, 7 horas por dia.", "horas")["horas"] == ("answered", 42)
