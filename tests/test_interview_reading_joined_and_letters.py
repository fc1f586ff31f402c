"""Reading classes the first runs of jobs_blind26 to jobs_blind33 missed, each on wordings
and jobs of its own (none copied from those sets).

Choices: joined by an "and" ("di mattina e di pomeriggio" is "mattina e pomeriggio"),
one-letter choices that are also words, a compound of another choice, "me da igual" in
more words, a choice awaited, opening a reply, inside a reason, or worked in rather than
wished for. Yes and no: an "if" written like a yes, a yes ending its clause or said as a
belief, a document still being got, hard to do, not knowing. Subjects: compound tails,
words for "all", four-letter label words. Numbers, hours and years: corrections, times of
day, spells added up, lower bounds, licences held, place names with number words in them.
Open answers: a list before one item turned down is no "none". Reading ahead: a rate given
to a question on years.
"""

from __future__ import annotations

import pytest

from server.interview.consult import gives_reason, needs_check
from server.interview.readers.free_text import names_a_language
from server.interview.spec import FieldSpec, JobSpec
from server.interview.turn import start
from server.interview.understand import read_message
from tests.helpers.reading import read_fields, reply

LAVANDERIA = JobSpec(
    title="Addetto/a stireria – Lavanderia Bolla, Padova",
    description="Stiro e piegatura di biancheria per hotel.",
    fields=(
        FieldSpec(
            key="fascia", label="Fascia oraria", type="single_choice",
            choices=("mattina", "pomeriggio", "mattina e pomeriggio"),
            question="In quale fascia puoi lavorare: mattina, pomeriggio o mattina e pomeriggio?",
        ),
        FieldSpec(
            key="anni", label="Esperienza in stireria (anni)", type="years",
            question="Quanti anni di esperienza hai in stireria?",
        ),
        FieldSpec(
            key="attestato", label="Attestato HACCP", type="yes_no", required=False,
            question="Hai un attestato HACCP valido?",
        ),
    ),
)  # fmt: skip

REPARTO = JobSpec(
    title="Repartidor/a de paquetería – Rutas Sur, Sevilla",
    description="Reparto de paquetes en furgoneta por Sevilla y su área metropolitana.",
    fields=(
        FieldSpec(
            key="carne", label="Carné de conducir", type="single_choice",
            choices=("A", "B", "C", "sin carné"),
            question="¿Qué carné de conducir tienes?",
        ),
        FieldSpec(
            key="zonas", label="Zonas que conoces", type="short_text",
            question="¿Qué zonas de Sevilla conoces bien?",
        ),
        FieldSpec(
            key="herramientas", label="Herramientas que sabes usar", type="short_text",
            question="¿Qué herramientas o aparatos de reparto sabes usar?",
        ),
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("mañana", "tarde", "indiferente"),
            question="¿Qué turno prefieres: mañana, tarde o indiferente?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Posso di mattina e di pomeriggio, sono in pensione",
        "pomeriggio e anche mattina",
        "Di pomeriggio e di mattina va bene uguale",
    ],
)
def test_two_choices_joined_by_and_are_the_choice_that_joins_them(text: str) -> None:
    assert read_fields(LAVANDERIA, text, "fascia")["fascia"] == ("answered", "mattina e pomeriggio")


@pytest.mark.parametrize(
    ("text", "status", "value"),
    [
        ("di mattina o di pomeriggio, non so", "vague", None),  # "or": not both
        ("di mattina, e di pomeriggio no", "answered", "mattina"),
    ],
)
def test_choices_not_joined_by_and_stay_apart(text: str, status: str, value: str | None) -> None:
    assert read_fields(LAVANDERIA, text, "fascia")["fascia"] == (status, value)


def test_a_word_that_only_looks_like_a_compound_s_tail_names_nothing() -> None:
    found = read_fields(LAVANDERIA, "Ciao, sei mesi in una stireria la scorsa estate.", "anni")
    assert found["anni"] == ("answered", 0.5)
    assert "attestato" not in found  # "estate" (summer) is not the tail of "att-estato"


@pytest.mark.parametrize(
    "text",
    [
        "Conozco bien Triana, a Macarena y Nervión",
        "A Triana la conozco de memoria",
        "Sobre todo el centro, y a veces voy a Dos Hermanas",
    ],
)
def test_a_one_letter_word_names_no_one_letter_choice(text: str) -> None:
    assert "carne" not in read_fields(REPARTO, text, "zonas")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tengo el B", "B"),
        ("a", "A"),  # the whole reply
        ("A, desde hace años", "A"),
        ("el carné A y nada más", "A"),
    ],
)
def test_a_one_letter_choice_is_still_picked(text: str, value: str) -> None:
    assert read_fields(REPARTO, text, "carne")["carne"] == ("answered", value)


def test_a_lower_case_one_letter_word_beside_a_choice_is_not_a_second_choice() -> None:
    assert read_fields(REPARTO, "tengo a B", "carne")["carne"] == ("answered", "B")


@pytest.mark.parametrize(
    "text",
    ["Me da igual", "Me da lo mismo el turno", "me es indiferente", "Tanto me da"],
)
def test_no_matter_in_more_words_is_the_choice_that_means_either(text: str) -> None:
    assert read_fields(REPARTO, text, "turno")["turno"] == ("answered", "indiferente")


def test_items_named_before_one_turned_down_are_no_none() -> None:
    text = "Escáner de mano y la PDA de Seur. La báscula no la he usado nunca"
    assert read_fields(REPARTO, text, "herramientas").get("herramientas", ("?",))[0] != "none"


def test_a_reply_that_opens_with_its_negative_is_still_a_none() -> None:
    text = "Ninguna, nunca he usado aparatos de reparto"
    assert read_fields(REPARTO, text, "herramientas")["herramientas"] == ("none", None)


ONORANZE = JobSpec(
    title="Operatore funebre – Onoranze Rossi, Treviso",
    description="Servizi funebri, trasporto salme e allestimento camere ardenti.",
    fields=(
        FieldSpec(
            key="patente", label="Patente B", type="yes_no", question="Ha la patente B?",
        ),
        FieldSpec(
            key="anni", label="Esperienza nel settore (anni)", type="years",
            question="Quanti anni di esperienza ha nel settore funebre o cimiteriale?",
        ),
        FieldSpec(
            key="profilo", label="Profilo", type="single_choice",
            choices=("meccanico", "elettrico", "elettromeccanico"),
            question="Qual è il suo profilo: meccanico, elettrico o elettromeccanico?",
        ),
        FieldSpec(
            key="attestato", label="Attestato", type="single_choice",
            choices=("base", "avanzato", "nessuno"),
            question="Quale attestato di operatore funebre ha: base, avanzato o nessuno?",
        ),
    ),
)  # fmt: skip


def test_years_beside_the_words_of_the_question_count_unasked() -> None:
    text = "Patente B sì, 12 anni in un'altra impresa funebre a Vicenza."
    assert read_fields(ONORANZE, text, "patente")["anni"] == ("answered", 12)
    # Years beside nothing the question asks about are only an aside, which the turn
    # takes for a field talked about before.
    aside = read_message(ONORANZE, "Patente B sì, da 12 anni.", "patente").findings["anni"]
    assert aside.source == "aside"


@pytest.mark.parametrize("text", ["Elettromeccanico", "elettromeccanico, ho il diploma"])
def test_a_choice_written_as_a_compound_of_another_is_itself(text: str) -> None:
    assert read_fields(ONORANZE, text, "profilo")["profilo"] == ("answered", "elettromeccanico")


@pytest.mark.parametrize(
    "text",
    [
        "Ho il base, sono in attesa dell'avanzato",
        "Base. Aspetto ancora l'avanzato",
    ],
)
def test_a_choice_still_awaited_is_not_the_one_held(text: str) -> None:
    assert read_fields(ONORANZE, text, "attestato")["attestato"] == ("answered", "base")


CUISINE = JobSpec(
    title="Commis de cuisine – Brasserie du Port, Sète",
    description="Préparations froides, plonge et mise en place.",
    fields=(
        FieldSpec(
            key="soir", label="Disponible le soir", type="yes_no",
            question="Pouvez-vous travailler le soir ?",
        ),
        FieldSpec(
            key="heures", label="Heures par semaine", type="hours_per_week",
            question="Combien d'heures par semaine pouvez-vous travailler ?",
        ),
        FieldSpec(
            key="delai", label="Jours avant de commencer", type="number",
            question="Dans combien de jours pourriez-vous commencer ?",
        ),
        FieldSpec(
            key="service", label="Service", type="single_choice",
            choices=("midi", "soir", "coupure"),
            question="Quel service préférez-vous : midi, soir ou coupure ?",
        ),
        FieldSpec(
            key="haccp", label="Formation HACCP", type="yes_no",
            question="Avez-vous suivi la formation HACCP ?",
        ),
        FieldSpec(
            key="autre", label="Autre chose", type="long_text", required=False,
            question="Voulez-vous ajouter quelque chose sur vous ou vos disponibilités ?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Je peux faire 39h. Pardon, je voulais dire 30h, pas 39.",
        "Je peux faire 39h. Pardon, je voulais dire 30h.",
    ],
)
def test_a_correction_outweighs_the_can_before_the_hours_taken_back(text: str) -> None:
    assert read_fields(CUISINE, text, "heures")["heures"] == ("answered", 30)


def test_the_hours_offered_beside_hours_worked_elsewhere_still_win() -> None:
    text = "Je fais 35h à l'usine, pour vous je peux faire 10h"
    assert read_fields(CUISINE, text, "heures")["heures"] == ("answered", 10)


@pytest.mark.parametrize(
    "text",
    ["Non, je n'ai plus de bus après 21h", "Non, pas de bus avant 7h", "Non, je finis à 22h"],
)
def test_a_time_of_day_is_no_hours_a_week(text: str) -> None:
    found = read_fields(CUISINE, text, "soir")
    assert found["soir"] == ("answered", False)
    assert "heures" not in found


def test_hours_after_a_as_an_amount_are_still_hours() -> None:
    found = read_fields(CUISINE, "Puedo llegar a 20 horas", "heures")
    assert found["heures"] == ("answered", 20)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Non, pas encore, mais si c'est obligatoire je la fais", False),
        ("No, pero si hace falta la hago", False),
        ("Sì, l'ho fatta l'anno scorso", True),
    ],
)
def test_an_if_written_like_a_yes_turns_no_no(text: str, value: bool) -> None:
    assert read_fields(CUISINE, text, "haccp")["haccp"] == ("answered", value)


@pytest.mark.parametrize(
    "text",
    [
        "Avec un bon manteau oui, même si je n'ai jamais fait de nuit",
        "Con il bus sì, anche se mai fatto",
    ],
)
def test_a_short_opening_clause_that_ends_on_yes_is_a_yes(text: str) -> None:
    assert read_fields(CUISINE, text, "soir")["soir"] == ("answered", True)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Je pourrais commencer dans une semaine", 7),
        ("Podría empezar en una semana", 7),
        ("tra una settimana", 7),
        ("em uma semana", 7),
    ],
)
def test_in_a_week_counts_seven_days_in_any_language(text: str, days: int) -> None:
    assert read_fields(CUISINE, text, "delai")["delai"] == ("answered", days)


@pytest.mark.parametrize(
    "text",
    [
        "Midi ou soir, les deux me vont. Si je dois choisir, le soir",
        "Lunch or evening both fine. If I have to pick, evening",
    ],
)
def test_a_choice_made_if_one_must_choose_is_the_answer(text: str) -> None:
    assert read_fields(CUISINE, text, "service")["service"] == ("answered", "soir")


def test_a_quality_answers_a_question_open_to_anything_to_add() -> None:
    spec = CUISINE.field("autre")
    text = "Que je suis très travailleuse et que j'apprends vite, et j'ai une voiture."
    assert not needs_check(spec, text)
    assert gives_reason(spec, text)
    assert not gives_reason(spec, "Bof, pas vraiment, je ne sais pas trop quoi dire")


FURGONE = JobSpec(
    title="Autista furgone – Consegne Veloci, Brescia",
    description="Consegne di pacchi con furgone aziendale.",
    fields=(
        FieldSpec(
            key="patente", label="Categoria di patente", type="single_choice",
            choices=("nessuna", "B", "C1", "C o CE"),
            question="Che patente hai: nessuna, B, C1 o C o CE?",
        ),
        FieldSpec(
            key="cqc", label="Carta di qualificazione (CQC)", type="yes_no",
            question="Hai la CQC merci?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "not sure yet, gotta check with the missus first",
        "Prima devo sentire mia moglie",
        "Zuerst muss ich das klären, erste Woche geht nicht",
    ],
)
def test_an_ordinal_that_is_no_place_in_the_list_picks_nothing(text: str) -> None:
    assert read_fields(FURGONE, text, "patente").get("patente", ("?",))[0] != "answered"


@pytest.mark.parametrize(
    ("text", "value"),
    [("the second one", "B"), ("la seconda", "B"), ("ultima", "C o CE"), ("first", "nessuna")],
)
def test_an_ordinal_after_an_article_or_alone_is_a_place(text: str, value: str) -> None:
    assert read_fields(FURGONE, text, "patente")["patente"] == ("answered", value)


@pytest.mark.parametrize(
    "text",
    [
        "La CQC la sto prendendo, esame a gennaio",
        "I'm doing it at the moment, the test is in January",
        "Die mach ich gerade, Prüfung im Januar",
    ],
)
def test_a_document_still_being_got_is_a_no(text: str) -> None:
    assert read_fields(FURGONE, text, "cqc")["cqc"] == ("answered", False)


TRAM = JobSpec(
    title="Conductor/a de tranvía – Tranvía de Zaragoza",
    description="Conducción de tranvías en servicio urbano, con formación pagada.",
    fields=(
        FieldSpec(
            key="anios", label="Experiencia en transporte de viajeros (años)", type="years",
            question="¿Cuántos años has conducido en transporte de viajeros (autobús, taxi)?",
        ),
        FieldSpec(
            key="carnet", label="Carnet B", type="yes_no", question="¿Tienes el carnet B?",
        ),
        FieldSpec(
            key="inicio", label="Fecha de incorporación", type="short_text",
            question="¿Desde cuándo podrías empezar?",
        ),
        FieldSpec(
            key="madrugar", label="Empezar a las 5:30", type="yes_no",
            question="¿Puedes empezar a las 5:30?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["Mañana o tarde, pero sin noches por favor", "Nachts nicht, aber keine Wochenenden"]
)
def test_no_nights_or_weekends_is_no_none_of_years(text: str) -> None:
    assert read_fields(TRAM, text, "anios").get("anios", ("?",))[0] != "none"


def test_no_experience_is_still_a_none_of_years() -> None:
    assert read_fields(TRAM, "Ninguna, nunca he conducido autobuses", "anios")["anios"][0] == "none"


def test_years_a_licence_is_held_are_no_years_of_work() -> None:
    text = "Carnet B desde hace 20 años, y 12 años de conductor de autobús urbano."
    assert read_fields(TRAM, text, "carnet")["anios"] == ("answered", 12)


@pytest.mark.parametrize(
    "text",
    [
        "Todavía no te lo puedo decir, tengo que hablar con mi jefe",
        "Das kann ich noch nicht sagen, erst muss ich mit dem Chef reden",
        "Je ne peux pas encore le dire",
    ],
)
def test_not_able_to_say_yet_is_no_none(text: str) -> None:
    assert read_fields(TRAM, text, "inicio").get("inicio", ("?",))[0] != "none"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A las 5:30 es complicado, el primer bus pasa a las 6", False),
        ("5h30 c'est un peu compliqué pour moi", False),
        ("Das wird schwierig, ich wohne weit weg", False),
        ("Sí, no es complicado", True),
    ],
)
def test_hard_to_do_is_a_no(text: str, value: bool) -> None:
    assert read_fields(TRAM, text, "madrugar")["madrugar"] == ("answered", value)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Más de veinte años seguro, unos 22", 22),
        ("More than ten years, about 12", 12),
        ("Más de 10 años", 10),
    ],
)
def test_a_number_after_a_lower_bound_is_the_one_meant(text: str, years: float) -> None:
    assert read_fields(TRAM, text, "anios")["anios"] == ("answered", years)


GELATERIA = JobSpec(
    title="Gelatiere/a – Gelateria del Corso, Rimini (stagione 2027)",
    description="Banco gelati e preparazione coppe, da aprile a ottobre.",
    fields=(
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("mattina", "sera", "indifferente"),
            question="Che turno preferisci: mattina, sera o indifferente?",
        ),
        FieldSpec(
            key="mesi", label="Mesi disponibili", type="number",
            question="Quanti mesi della stagione (da aprile a ottobre) puoi lavorare?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Sera, che la mattina ho lezione",
        "La sera, que por la mañana tengo clase",
        "Sera, q de manhã levo o meu filho à escola",
    ],
)
def test_a_choice_then_a_spoken_because_naming_another_is_the_first(text: str) -> None:
    assert read_fields(GELATERIA, text, "turno")["turno"] == ("answered", "sera")


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Luglio e agosto e basta, a settembre ricomincia l'università", 2),
        ("junio, julio y agosto", 3),
        ("May and June only", 2),
        ("da aprile a ottobre", 7),
    ],
)
def test_the_months_named_are_counted(text: str, months: int) -> None:
    assert read_fields(GELATERIA, text, "mesi")["mesi"] == ("answered", months)


@pytest.mark.parametrize(
    ("text", "status", "value"),
    [
        ("Sera, la mattina porto i bimbi a scuola", "answered", "sera"),
        ("Evenings. Mornings I take the kids to school", "answered", "sera"),
        ("Sera, de manhã levo o meu filho à escola", "answered", "sera"),  # "o" is "the"
        ("Mattina, o anche sera", "vague", None),  # the rest adds another
    ],
)
def test_a_choice_opening_a_reply_as_its_own_clause_is_the_answer(
    text: str, status: str, value: str | None
) -> None:
    assert read_fields(GELATERIA, text, "turno")["turno"] == (status, value)


VENDIMIA = JobSpec(
    title="Vendimiador/a – Bodegas Altamira, La Rioja (campaña 2027)",
    description="Vendimia manual y en remolque, septiembre y octubre.",
    fields=(
        FieldSpec(
            key="anios", label="Experiencia en vendimia (años)", type="years",
            question="¿Cuántos años has trabajado en la vendimia?",
        ),
        FieldSpec(
            key="carne", label="Carné B", type="yes_no", question="¿Tienes el carné B?",
        ),
        FieldSpec(
            key="campana", label="Disponible toda la campaña", type="yes_no",
            question="¿Puedes estar toda la campaña?",
        ),
        FieldSpec(
            key="zona", label="Zona deseada", type="single_choice",
            choices=("viñedo", "sala de embotellado", "indiferente"),
            question="¿En qué zona te gustaría trabajar: viñedo, embotellado o indiferente?",
        ),
    ),
)  # fmt: skip


def test_a_word_for_all_names_no_field() -> None:
    found = read_fields(VENDIMIA, "No, todavía no tengo carné, me examino en febrero", "carne")
    assert found == {"carne": ("answered", False)}  # "todavía" is not "toda la campaña"


def test_campaigns_counted_are_years_and_say_nothing_of_the_campaign() -> None:
    found = read_fields(VENDIMIA, "Cuatro campañas llevo ya, siempre a mano", "anios")
    assert found["anios"] == ("answered", 4)
    assert "campana" not in found
    found = read_fields(VENDIMIA, "Llevo cuatro años y puedo toda la campaña", "anios")
    assert found["campana"] == ("answered", True)


def test_the_place_worked_in_is_not_the_place_wished_for() -> None:
    found = read_fields(VENDIMIA, "Tres años en Bodegas Olarra, zona embotellado", "anios")
    assert found["anios"] == ("answered", 3)
    assert "zona" not in found
    found = read_fields(VENDIMIA, "Tres años. Me gustaría la zona de embotellado", "anios")
    assert found["zona"] == ("answered", "sala de embotellado")


ESQUILA = JobSpec(
    title="Esquilador/a – Cooperativa Lanera, Teruel",
    description="Campaña de esquila de abril a junio.",
    fields=(
        FieldSpec(
            key="anios", label="Experiencia en esquila (años)", type="years",
            question="¿Cuántos años lleva esquilando?",
        ),
        FieldSpec(
            key="ovejas", label="Ovejas por jornada", type="number",
            question="¿Cuántas ovejas esquila en una jornada?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize("text", ["Unas 120 al día", "about 120 a day"])
async def test_a_rate_given_to_a_question_on_years_answers_the_count_asked_next(text: str) -> None:
    state, _ = start(ESQUILA)
    state = await reply(state, ESQUILA, "anios", text)
    assert state.fields["ovejas"].value == 120
    assert state.fields["anios"].status != "answered"  # the years are asked again


PALESTRA = JobSpec(
    title="Receptionist – Club Sportivo Aurora, Pisa",
    description="Accoglienza, iscrizioni e vendita abbonamenti.",
    fields=(
        FieldSpec(
            key="anni", label="Esperienza in reception (anni)", type="years",
            question="Quanti anni di esperienza hai in reception?",
        ),
        FieldSpec(
            key="porte", label="Port de charges", type="yes_no",
            question="Puoi portare pesi fino a 20 kg?",
        ),
        FieldSpec(
            key="ore", label="Ore a settimana", type="hours_per_week",
            question="Quante ore a settimana vorresti lavorare?",
        ),
        FieldSpec(
            key="fascia", label="Fascia oraria", type="single_choice",
            choices=("mattina", "pomeriggio", "sera"),
            question="Quale fascia preferisci: mattina, pomeriggio o sera?",
        ),
        FieldSpec(
            key="storia", label="Racconto", type="long_text",
            question="Raccontaci un cliente difficile che hai gestito.",
        ),
    ),
)  # fmt: skip


def test_a_four_letter_label_word_names_only_its_own_forms() -> None:
    text = "Scusate, scrivo in português. Tre anni alla reception di un hotel."
    assert "porte" not in read_fields(PALESTRA, text, "anni")


def test_hours_preferred_in_a_long_reply_are_read_with_their_correction() -> None:
    text = (
        "Ho fatto un corso di accoglienza e ho lavorato in un bar per due estati. Ah, e "
        "correggo le ore: preferisco 24 ore, 3 giorni da 8"
    )
    assert read_fields(PALESTRA, text, "storia")["ore"] == ("answered", 24)


def test_a_choice_after_since_a_year_is_no_reason() -> None:
    job = JobSpec(
        title="Delivery driver",
        description="City routes.",
        fields=(
            FieldSpec(key="licence", label="Driving licence", type="yes_no",
                      question="Do you hold a driving licence?"),
            FieldSpec(key="vehicle", label="Vehicle", type="single_choice",
                      choices=("car", "van", "bike"), question="Which vehicle would you use?"),
        ),
    )  # fmt: skip
    text = "I've had my B licence since 2015, and I'd use my own car."
    assert read_fields(job, text, "licence")["vehicle"] == ("answered", "car")


def test_a_choice_inside_a_reason_is_not_the_pick() -> None:
    found = read_fields(PALESTRA, "30 ore, perché la mattina studio all'università", "ore")
    assert found == {"ore": ("answered", 30)}
    found = read_fields(PALESTRA, "30 ore, e preferisco la sera", "ore")
    assert found["fascia"] == ("answered", "sera")


WERKSTATT = JobSpec(
    title="Fahrradmonteur/in – Radhaus Leipzig",
    description="Reparatur und Montage von Fahrrädern und E-Bikes.",
    fields=(
        FieldSpec(
            key="schweissen", label="Alu-Schweißen", type="yes_no",
            question="Können Sie Aluminium schweißen?",
        ),
        FieldSpec(
            key="stunden", label="Wochenstunden", type="hours_per_week",
            question="Wie viele Stunden pro Woche möchten Sie arbeiten?",
        ),
        FieldSpec(
            key="weg", label="Arbeitsweg (Minuten)", type="number",
            question="Wie viele Minuten brauchen Sie zur Werkstatt?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Schweißen ja, Stahl in der Ausbildung, aber Alu-Schweißen noch nie", False),
        ("Ja, Alu-Schweißen kann ich, aber nicht dünnwandig", True),
    ],
)
def test_a_yes_to_something_near_then_a_no_naming_the_field(text: str, value: bool) -> None:
    assert read_fields(WERKSTATT, text, "schweissen")["schweissen"] == ("answered", value)


@pytest.mark.parametrize(
    ("text", "hours"),
    [("Vier Tage die Woche à 8 Stunden", 32), ("cuatro días a la semana de 6 horas", 24)],
)
def test_days_a_week_of_hours_each(text: str, hours: int) -> None:
    assert read_fields(WERKSTATT, text, "stunden")["stunden"] == ("answered", hours)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Eine Stunde und zehn, mit zwei Bussen", 70),
        ("Una hora y diez más o menos", 70),
        ("an hour 15", 75),
        ("1 hora e 2 ônibus", 60),  # two buses, no minutes
    ],
)
def test_an_hour_and_some_minutes(text: str, minutes: int) -> None:
    assert read_fields(WERKSTATT, text, "weg")["weg"] == ("answered", minutes)


@pytest.mark.parametrize(
    ("text", "status", "value"),
    [
        ("Não sei bem, ainda não fiz o caminho de autocarro", "vague", None),
        ("No sé, todavía no he mirado los horarios del bus", "vague", None),
        ("No sé, no creo", "answered", False),
        ("Non so, penso di no", "answered", False),
    ],
)
def test_not_knowing_then_a_not_about_something_else_is_no_no(
    text: str, status: str, value: bool | None
) -> None:
    assert read_fields(WERKSTATT, text, "schweissen")["schweissen"] == (status, value)


def test_a_colloquial_german_no_is_a_none_of_a_text_question() -> None:
    job = JobSpec(
        title="Erntehelfer/in",
        description="Apfelernte im Alten Land.",
        fields=(
            FieldSpec(
                key="gesundheit", label="Gesundheitliche Einschränkungen", type="short_text",
                question="Gibt es gesundheitliche Einschränkungen?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(job, "Nö, alles gut.", "gesundheit")["gesundheit"] == ("none", None)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("No tengo ningún título de esquilador", None),  # no diploma: says nothing of years
        ("Nunca he trabajado esquilando, ni tengo título", "none"),
        ("Ninguno", "none"),
    ],
)
def test_no_diploma_is_no_none_of_years(text: str, status: str | None) -> None:
    found = read_fields(ESQUILA, text, "anios").get("anios", (None,))
    assert (found[0] if found[0] == "none" else None) == status


@pytest.mark.parametrize(
    ("text", "status", "value"),
    [
        ("Vi no Google Maps: 25 minutos de autocarro", "vague", None),  # "in the" Google Maps
        ("Trabalho no Lidl, não posso", "answered", False),
        ("I have no Saturday free", "answered", False),
    ],
)
def test_a_portuguese_in_the_before_a_name_is_no_no(
    text: str, status: str, value: bool | None
) -> None:
    assert read_fields(WERKSTATT, text, "schweissen")["schweissen"] == (status, value)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Seis años en Ovinos Aragón y luego 2 en una cooperativa de Soria", 8),
        ("3 years shearing in Wales, then 2 at a farm in Teruel", 5),
        ("3 years shearing, then 2 kids, so I stopped", 3),  # no second spell
    ],
)
def test_a_second_spell_after_then_adds_up(text: str, years: int) -> None:
    assert read_fields(ESQUILA, text, "anios")["anios"] == ("answered", years)


async def test_a_correction_naming_the_field_with_the_old_number_and_a_new_one() -> None:
    state, _ = start(ESQUILA)
    state = await reply(state, ESQUILA, "ovejas", "Unas 120")
    text = "Oye, lo de las ovejas que me he liado: son unas 200, lo de 120 era al empezar"
    state = await reply(state, ESQUILA, "anios", text)
    assert state.fields["ovejas"].value == 200
    # A new number with a unit of its own is another field's, not the correction.
    text = "Sobre las ovejas me he liado, eran 120 al principio y ahora llevo 3 años"
    state = await reply(state, ESQUILA, "anios", text)
    assert state.fields["ovejas"].value == 200


LABOR = JobSpec(
    title="Helfer/in im Dentallabor",
    description="Gips, Modelle, Einbetten.",
    fields=(
        FieldSpec(
            key="vorbildung", label="Vorbildung", type="single_choice",
            choices=(
                "abgeschlossene Ausbildung Zahntechnik",
                "abgebrochene Ausbildung Zahntechnik",
                "keine Ausbildung im Dentalbereich",
            ),
            question="Welche Vorbildung haben Sie?",
        ),
        FieldSpec(
            key="fuehrerschein", label="Führerschein Klasse B", type="yes_no",
            question="Haben Sie einen Führerschein der Klasse B?",
        ),
        FieldSpec(
            key="sprachen", label="Sprachen", type="short_text",
            question="Welche Sprachen sprechen Sie?",
        ),
    ),
)  # fmt: skip


def test_every_longer_word_of_a_choice_in_other_forms_names_it() -> None:
    text = "Ich habe eine Ausbildung zur Zahntechnikerin angefangen, aber abgebrochen"
    found = read_fields(LABOR, text, "vorbildung")
    assert found["vorbildung"] == ("answered", "abgebrochene Ausbildung Zahntechnik")


def test_a_licence_being_got_said_unasked_is_a_no() -> None:
    text = "Den Führerschein mach ich gerade, Prüfung ist im Januar"
    assert read_fields(LABOR, text, "sprachen")["fuehrerschein"] == ("answered", False)


@pytest.mark.parametrize("text", ["Solo castellano", "La LSB, j'ai vécu à Liège"])
def test_other_names_of_languages_name_a_language(text: str) -> None:
    assert names_a_language(text)


RIMESSA = JobSpec(
    title="Autista scuolabus – Cooperativa Girasole, Lecce",
    description="Trasporto scolastico con scuolabus da 30 posti.",
    fields=(
        FieldSpec(
            key="alba", label="Inizio alle 6h", type="yes_no",
            question="Il servizio comincia alle 6h. Puoi cominciare a quell'ora?",
        ),
        FieldSpec(
            key="ore", label="Ore settimanali", type="hours_per_week",
            question="Quante ore a settimana puoi lavorare?",
        ),
        FieldSpec(
            key="anni", label="Anni di guida di autobus", type="years",
            question="Da quanti anni guidi autobus?",
        ),
        FieldSpec(
            key="punti", label="Punti patente", type="number",
            question="Quanti punti hai sulla patente?",
        ),
        FieldSpec(
            key="mezzo", label="Mezzo più grande guidato", type="single_choice",
            choices=("minibus", "autobus da 12 metri", "autosnodato"),
            question="Qual è il mezzo più grande che hai guidato?",
        ),
        FieldSpec(
            key="patente_d", label="Patente D", type="yes_no", question="Hai la patente D?",
        ),
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("mattina", "pomeriggio"),
            question="Preferisci la mattina o il pomeriggio?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize("text", ["Penso di sì", "ich denke schon", "I think so, never tried"])
def test_a_yes_said_as_a_belief_is_a_yes(text: str) -> None:
    assert read_fields(RIMESSA, text, "patente_d")["patente_d"] == ("answered", True)


def test_one_choice_and_either_is_vague_where_no_choice_means_either() -> None:
    found = read_fields(RIMESSA, "Mattina o pomeriggio, mi è un po' uguale", "turno")
    assert found["turno"][0] == "vague"
    found = read_fields(RIMESSA, "Mattina o pomeriggio, fa lo stesso", "turno")
    assert found["turno"][0] == "vague"


def test_a_choice_concluded_with_i_guess_and_a_word_after_its_name() -> None:
    job = JobSpec(
        title="Groundsman – Riverside Cricket Club",
        description="Pitch and outfield care.",
        fields=(
            FieldSpec(
                key="machine", label="Largest machine used", type="single_choice",
                choices=("walk-behind mower", "ride-on mower", "tractor"),
                question="What is the largest machine you have used?",
            ),
        ),
    )  # fmt: skip
    text = (
        "Walk-behind cylinder mowers for the square and a ride-on for the outfield, "
        "so ride-on I guess"
    )
    assert read_fields(job, text, "machine")["machine"] == ("answered", "ride-on mower")


def test_the_time_the_question_names_is_no_hours_a_week() -> None:
    found = read_fields(RIMESSA, "Sì, 6h va bene, abito a 10 minuti", "alba")
    assert found["alba"] == ("answered", True)
    assert "ore" not in found


def test_a_yes_concluded_mid_sentence() -> None:
    text = "Ho guardato, c'è un bus alle 5h20, quindi sì va bene per le 6h"
    assert read_fields(RIMESSA, text, "alba")["alba"] == ("answered", True)


@pytest.mark.parametrize(
    "text",
    ["Ho il B, faccio l'esame della D a gennaio", "I've got my B, taking my test for the D in May"],
)
def test_a_licence_test_still_to_take_is_a_no(text: str) -> None:
    assert read_fields(RIMESSA, text, "patente_d")["patente_d"] == ("answered", False)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Sei anni con gli autobus di linea, più due di scuolabus", 8),
        ("Seit 2022 Linienbus in Lecce, davor zwei Jahre Reisebus", 6),
    ],
)
def test_spells_joined_by_plus_or_before_that_add_up(text: str, years: int) -> None:
    assert read_fields(RIMESSA, text, "anni")["anni"] == ("answered", years)


def test_the_number_a_reply_concludes_with() -> None:
    text = "Me ne hanno tolti 3 l'anno scorso per un sorpasso, quindi ne ho 17"
    assert read_fields(RIMESSA, text, "punti")["punti"] == ("answered", 17)


REPARTO_GAS = JobSpec(
    title="Repartidor/a de bombonas – Gas Ortega, Burgos",
    description="Reparto de bombonas de butano a domicilio.",
    fields=(
        FieldSpec(
            key="km", label="Distancia al almacén (km)", type="number",
            question="¿A cuántos kilómetros del almacén vives?",
        ),
        FieldSpec(
            key="zona", label="Zona donde vives", type="short_text",
            question="¿En qué zona de Burgos vives?",
        ),
        FieldSpec(
            key="sueldo", label="Pretensión salarial (euros al mes)", type="number",
            question="¿Cuánto quieres cobrar al mes, en euros?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["Vivo cerca, por la zona de Santo António dos Cavaleiros", "Vivo en Dos Hermanas"]
)
def test_a_number_word_inside_a_place_name_counts_nothing(text: str) -> None:
    assert read_fields(REPARTO_GAS, text, "km").get("km", ("?",))[0] != "answered"


def test_a_number_word_outside_a_name_still_counts() -> None:
    assert read_fields(REPARTO_GAS, "Unos dos kilómetros", "km")["km"] == ("answered", 2)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("2 mil e 500 reais", 2500), ("2 mil 500 al mes", 2500), ("dos mil quinientos", 2500)],
)
def test_thousands_and_the_hundreds_after_them(text: str, amount: int) -> None:
    assert read_fields(REPARTO_GAS, text, "sueldo")["sueldo"] == ("answered", amount)


def test_the_portuguese_na_is_no_n_a() -> None:
    found = read_fields(REPARTO_GAS, "Na zona de San Pedro de la Fuente", "zona")
    assert found.get("zona", ("?",))[0] != "none"
    assert read_fields(REPARTO_GAS, "n/a", "zona")["zona"] == ("none", None)


def test_days_named_then_jeweils_hours_make_the_week() -> None:
    found = read_fields(WERKSTATT, "Montag bis Donnerstag, jeweils 8 Stunden.", "stunden")
    assert found["stunden"] == ("answered", 32)


def test_years_of_the_calendar_listed_are_no_count() -> None:
    job = JobSpec(
        title="Guide de rivière",
        description="Rafting et canyoning.",
        fields=(
            FieldSpec(
                key="saisons", label="Saisons encadrées", type="number",
                question="Combien de saisons avez-vous encadrées ?",
            ),
        ),
    )  # fmt: skip
    found = read_fields(job, "Trois saisons, 2023, 2024 et 2025, dans l'Ossau", "saisons")
    assert found["saisons"] == ("answered", 3)
    assert read_fields(job, "2023 et 2024", "saisons").get("saisons", ("?",))[1] != 2023


async def test_a_correction_beside_a_year_of_the_calendar() -> None:
    job = JobSpec(
        title="Guide de rivière",
        description="Rafting et canyoning.",
        fields=(
            FieldSpec(
                key="saisons", label="Saisons encadrées", type="number",
                question="Combien de saisons avez-vous encadrées ?",
            ),
            FieldSpec(
                key="ville", label="Ville", type="short_text", question="Où habitez-vous ?",
            ),
        ),
    )  # fmt: skip
    state, _ = start(job)
    state = await reply(state, job, "saisons", "8 saisons")
    text = "À Pau. Petite correction : c'est 7 saisons, pas 8, celle de 2020 a été annulée."
    state = await reply(state, job, "ville", text)
    assert state.fields["saisons"].value == 7


def test_years_of_a_licence_named_after_the_years_of_work_stay_work() -> None:
    text = "I've been a bus driver for 15 years and I have a D licence."
    assert read_fields(TRAM, text, "anios")["anios"] == ("answered", 15)


def test_a_spell_that_does_not_count_is_not_added() -> None:
    text = "6 años de conductor de autobús, antes de eso 2 en un almacén, que no cuenta"
    assert read_fields(TRAM, text, "anios")["anios"] == ("answered", 6)


@pytest.mark.parametrize("text", ["non so cosa sono", "I don't even know what that is"])
def test_not_knowing_what_it_is_is_a_no(text: str) -> None:
    assert read_fields(WERKSTATT, text, "schweissen")["schweissen"] == ("answered", False)
