"""Reading classes a fresh blind job set (tests/data/jobs_blind8.json) missed: seasons
counted as years, winters across the new year, "both" that is no 2, words another label
shares, compounds, weights, corrections in other words, "better than", counts never made,
days after hours a day, approximate tens in Italian, trainee choices, licences by any name.

Every wording here is new (none is taken from the blind set), in the job's language or in
another one, and each class has a guard: what must not change."""

from __future__ import annotations

from datetime import date

import pytest

from server.interview import languages, numerals
from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from server.interview.understand import read_message
from tests.helpers.reading import read_fields

GUIDE = JobSpec(
    title="Accompagnateur en montagne – Chamonix",
    description="Randonnées guidées l'été, sorties en raquettes l'hiver.",
    fields=(
        FieldSpec(
            key="saisons",
            label="Saisons d'accompagnement",
            type="years",
            question="Combien de saisons avez-vous déjà accompagné des groupes ?",
        ),
        FieldSpec(
            key="raquettes",
            label="Accompagne aussi en raquettes",
            type="yes_no",
            required=False,
            question="Accompagnez-vous aussi des sorties en raquettes ?",
        ),
        FieldSpec(
            key="groupes",
            label="Groupes préférés",
            type="single_choice",
            choices=("familles", "randonneurs confirmés", "les deux"),
            question="Préférez-vous les familles, les randonneurs confirmés, ou les deux ?",
        ),
        FieldSpec(
            key="semaines",
            label="Semaines disponibles",
            type="number",
            question="Combien de semaines êtes-vous disponible ?",
        ),
    ),
)

LAGER = JobSpec(
    title="Lagerhelfer/in – Kassel",
    description="Wareneingang, Kommissionierung und Verladung im Zweischichtbetrieb.",
    fields=(
        FieldSpec(
            key="jahre",
            label="Erfahrung im Lager (Jahre)",
            type="years",
            question="Wie viele Jahre haben Sie im Lager gearbeitet?",
        ),
        FieldSpec(
            key="hubwagen",
            label="Erfahrung mit Elektrohubwagen",
            type="yes_no",
            question="Sind Sie schon Elektrohubwagen gefahren?",
        ),
        FieldSpec(
            key="schicht",
            label="Schicht",
            type="single_choice",
            choices=("Frühschicht", "Spätschicht"),
            question="Früh- oder Spätschicht?",
        ),
        FieldSpec(
            key="stunden",
            label="Wochenstunden",
            type="hours_per_week",
            question="Wie viele Stunden pro Woche?",
        ),
        FieldSpec(
            key="traglast",
            label="Maximale Traglast (kg)",
            type="number",
            question="Wie viel können Sie regelmäßig tragen?",
        ),
    ),
    custom_questions=(
        CustomQuestion(key="alltag", question="Erzählen Sie von einem stressigen Arbeitstag."),
    ),
)

CAFE = JobSpec(
    title="Camarero/a de barra – Valencia",
    description="Cafetería con mucho movimiento por las mañanas.",
    fields=(
        FieldSpec(
            key="turno",
            label="Turno",
            type="single_choice",
            choices=("mañana", "tarde", "noche"),
            question="¿Qué turno prefieres?",
        ),
        FieldSpec(
            key="horas",
            label="Horas por semana",
            type="hours_per_week",
            question="¿Cuántas horas a la semana?",
        ),
        FieldSpec(
            key="mesas",
            label="Mesas a la vez",
            type="number",
            question="¿Cuántas mesas puedes llevar a la vez?",
        ),
        FieldSpec(
            key="anos",
            label="Experiencia en hostelería (años)",
            type="years",
            question="¿Cuántos años de experiencia tienes en hostelería?",
        ),
        FieldSpec(
            key="cafeteras",
            label="Cafeteras conocidas",
            type="short_text",
            required=False,
            question="¿Con qué cafeteras has trabajado?",
        ),
    ),
)

CANTIERE = JobSpec(
    title="Operaio edile – Bergamo",
    description="Cantieri residenziali in provincia.",
    fields=(
        FieldSpec(
            key="qualifica",
            label="Qualifica",
            type="single_choice",
            choices=("apprendista", "qualificato"),
            question="Sei apprendista o operaio qualificato?",
        ),
        FieldSpec(
            key="patente",
            label="Patente B",
            type="yes_no",
            question="Hai la patente B?",
        ),
        FieldSpec(
            key="anni",
            label="Anni in cantiere",
            type="years",
            question="Quanti anni hai lavorato in cantiere?",
        ),
        FieldSpec(
            key="metri",
            label="Metri di scavo al giorno",
            type="number",
            question="Quanti metri di scavo fai in un giorno?",
        ),
    ),
)


_read = read_fields


# ------------------------------------------------------------------ seasons as years


@pytest.mark.parametrize(
    ("message", "years"),
    [
        ("Sept saisons, dont deux dans les Pyrénées.", 7),
        ("Deux saisons pleines, puis une demi-saison l'an dernier.", 2.5),
        ("Four seasons so far.", 4),
        ("Cuatro temporadas en Sierra Nevada.", 4),
    ],
)
def test_a_field_counting_seasons_reads_seasons_as_years(message: str, years: float) -> None:
    assert _read(GUIDE, message, "saisons")["saisons"] == ("answered", years)


@pytest.mark.parametrize(
    ("message", "years"),
    [
        # One season a year: asked for years, seasons or summers alone are that many years.
        ("Ho fatto tre stagioni estive in cantiere.", 3),
        ("Trabajé cuatro veranos en obras.", 4),
        ("Two summers on building sites, that's it.", 2),
        # Years said beside them are the answer: "deux saisons…, donc un an" is one year.
        ("Due stagioni da sei mesi, quindi un anno in tutto.", 1),
    ],
)
def test_seasons_asked_for_years_count_one_a_year(message: str, years: float) -> None:
    assert _read(CANTIERE, message, "anni")["anni"] == ("answered", years)


def test_seasons_unasked_are_no_years() -> None:
    found = _read(CANTIERE, "Ho fatto tre stagioni estive in cantiere.", None)
    assert found.get("anni", ("",))[0] != "answered"


def test_a_winter_across_the_new_year_starts_in_its_january(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(numerals, "today", lambda: date(2026, 12, 1))
    # Winter 2017-2018: its middle month is January 2018, 8 years and 11 months ago.
    assert "for 8.91667 years" in numerals.numbers_to_digits(
        "J'accompagne depuis l'hiver 2017-2018.", "fr"
    )
    assert "for 8.91667 years" in numerals.numbers_to_digits("since the 2017-18 season", "en")
    # Two years that do not follow each other are a span, as before.
    assert "for 3 years" in numerals.numbers_to_digits("between 2015-2018 i worked", "en")


# ---------------------------------------------------------------- "both" is not 2


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les deux, mais surtout les familles."),
        ("es", "Los dos, aunque prefiero ir rápido."),
        ("it", "Tutti e due."),
        ("pt", "Os dois, sem problema."),
    ],
)
def test_both_in_words_is_no_number(lang: str, text: str) -> None:
    assert "2" not in languages.spelled_to_digits(text, lang)


def test_the_two_of_something_is_still_two() -> None:
    assert "2" in languages.spelled_to_digits("les deux saisons à Tignes", "fr")
    assert (
        _read(GUIDE, "Les deux, même si les familles sont plus drôles.", "saisons").get(
            "saisons", ("",)
        )[0]
        != "answered"
    )


# ------------------------------------------------ a word another label shares names none


def test_a_stem_two_labels_share_names_neither() -> None:
    found = _read(GUIDE, "J'accompagne des groupes depuis 2016.", "saisons")
    assert "raquettes" not in found  # "accompagne" is in both labels


def test_the_label_s_own_word_still_names_it() -> None:
    found = _read(GUIDE, "Six saisons, et je fais aussi des sorties en raquettes.", "saisons")
    assert found["saisons"] == ("answered", 6)
    assert found["raquettes"] == ("answered", True)


def test_the_tail_of_a_compound_names_the_label() -> None:
    found = _read(LAGER, "Drei Jahre im Lager, Hubwagen fahre ich jeden Tag.", "jahre")
    assert found["hubwagen"] == ("answered", True)
    # A word of the same letters inside no compound of the label names nothing.
    assert "hubwagen" not in _read(LAGER, "Drei Jahre bei einem Paketdienst.", "jahre")


# ------------------------------------------------------------------------ weights


def test_a_weight_names_the_field_counted_in_kilos() -> None:
    found = _read(LAGER, "Mit dem Rücken ist es schwierig, höchstens 15 kg.", "schicht")
    assert found["traglast"] == ("answered", 15)
    assert _read(LAGER, "zwölf Kilo", "traglast")["traglast"] == ("answered", 12)


def test_a_weight_inside_the_story_asked_for_answers_nothing_else() -> None:
    story = (
        "Vor Weihnachten kamen drei Lkw gleichzeitig, lauter Kisten zu 20 kg, und wir "
        "waren nur zu zweit am Tor, also haben wir die Reihenfolge neu geplant."
    )
    assert "traglast" not in _read(LAGER, story, "alltag")


# ------------------------------------------------- a correction names a choice anyhow


def test_a_correction_picks_a_choice_in_other_words() -> None:
    found = _read(LAGER, "20 kilos. Sorry, I meant the early shift, not the late one.", "traglast")
    assert found["schicht"] == ("answered", "Frühschicht")
    assert found["traglast"] == ("answered", 20)


def test_without_a_correction_an_unasked_choice_is_named_as_written() -> None:
    assert "schicht" not in _read(LAGER, "20 kilos, and I like the early mornings.", "traglast")


# -------------------------------------------------------------------- better than


@pytest.mark.parametrize(
    ("message", "choice"),
    [
        ("la noche mejor q la mañana, que estudio", "noche"),
        ("Por la mañana mejor que por la tarde.", "mañana"),
        ("Mejor por la tarde.", "tarde"),
    ],
)
def test_better_than_prefers_the_first(message: str, choice: str) -> None:
    assert _read(CAFE, message, "turno")["turno"] == ("answered", choice)


# -------------------------------------------------------------- corrections in Spanish


def test_me_he_equivocado_corrects() -> None:
    found = _read(CAFE, "20 horas. Uy, me he equivocado: 24 horas.", "horas")
    assert found["horas"] == ("answered", 24)


# ------------------------------------------------- a count never made is not zero


@pytest.mark.parametrize(
    ("job", "asked", "message"),
    [
        (CAFE, "mesas", "Nunca las he contado, la verdad."),
        (CAFE, "mesas", "Ni idea, sinceramente."),
        (LAGER, "traglast", "Keine Ahnung, nie gewogen... nie gemessen."),
        (CANTIERE, "metri", "Non ne ho la minima idea."),
        (GUIDE, "semaines", "Je n'en ai aucune idée."),
    ],
)
def test_a_count_not_known_is_vague(job: JobSpec, asked: str, message: str) -> None:
    assert _read(job, message, asked)[asked][0] == "vague"


def test_a_real_none_is_still_none() -> None:
    assert _read(CAFE, "Nunca he trabajado en hostelería.", "anos")["anos"][0] == "none"


# ---------------------------------------------------------- days after hours a day


def test_days_after_hours_a_day_are_days_a_week() -> None:
    assert _read(LAGER, "ca. 7 Std am Tag, 4 Tage", "stunden")["stunden"] == ("answered", 28)
    assert _read(CAFE, "5 horas al día, 6 días", "horas")["horas"] == ("answered", 30)


def test_days_off_are_not_days_worked() -> None:
    found = _read(LAGER, "8 Stunden am Tag, 2 Tage frei", "stunden")
    assert found.get("stunden") != ("answered", 16)


# --------------------------------------------------------------------- about N tens


@pytest.mark.parametrize(
    ("lang", "text", "n"),
    [("it", "Un'ottantina, forse meno.", "80"), ("fr", "une soixantaine", "60")],
)
def test_approximate_tens(lang: str, text: str, n: str) -> None:
    assert f"about {n}" in languages.spelled_to_digits(text, lang)


# ------------------------------------------------------------- trainee and licences


def test_a_trainee_in_any_language_picks_the_trainee_choice() -> None:
    for message in ("I'm still an apprentice.", "Soy aprendiz todavía.", "Bin noch Azubi."):
        assert _read(CANTIERE, message, "qualifica")["qualifica"] == ("answered", "apprendista")


def test_a_licence_by_another_name_names_the_licence_field() -> None:
    found = _read(CANTIERE, "Six years on building sites, and I have a driving licence.", "anni")
    assert found["patente"] == ("answered", True)
    found = _read(CANTIERE, "Sei anni in cantiere, niente patente purtroppo.", "anni")
    assert found["patente"] == ("answered", False)


# ------------------------------------------------ words that look like numbers or yes


def test_a_product_name_with_one_gives_no_years() -> None:
    found = _read(CAFE, "Con una La Marzocco y una Eagle One y un molino Mahlkönig.", "cafeteras")
    assert "anos" not in found


def test_portuguese_ja_is_already_not_yes() -> None:
    job = JobSpec(
        title="Ajudante de cozinha – Braga",
        description="Restaurante no centro.",
        fields=(
            FieldSpec(
                key="higiene",
                label="Curso de higiene alimentar",
                type="yes_no",
                question="Tem o curso de higiene alimentar?",
            ),
        ),
    )
    message = "Ainda não, mas já estou inscrito para janeiro."
    assert _read(job, message, "higiene")["higiene"] == ("answered", False)
    assert _read(job, "Sim, já tenho.", "higiene")["higiene"] == ("answered", True)


def test_needing_names_no_field() -> None:
    job = JobSpec(
        title="Apanhador de fruta – Fundão",
        description="Campanha da cereja, junho e julho.",
        fields=(
            FieldSpec(
                key="transporte",
                label="Precisa de transporte",
                type="yes_no",
                question="Precisa de transporte até ao pomar?",
            ),
            FieldSpec(
                key="tarefa",
                label="Tarefa",
                type="single_choice",
                choices=("apanha", "calibragem"),
                question="Prefere a apanha ou a calibragem?",
            ),
        ),
    )
    assert "transporte" not in _read(job, "O que for preciso, para mim tanto faz.", "tarefa")
    found = _read(job, "Apanha. E sim, preciso de transporte.", "tarefa")
    assert found["transporte"] == ("answered", True)


@pytest.mark.parametrize(
    "reply",
    [
        "Lots, it's hard to pick one.",
        "Tantas que es difícil elegir una.",
        "Oh là là, difficile d'en choisir une.",
        "So viele, schwer, eine auszuwählen.",
    ],
)
def test_too_many_to_tell_one_is_vague_whatever_the_model_says(reply: str) -> None:
    from server.interview.consult import apply_verdict, needs_check

    spec = CustomQuestion(key="repair", question="Tell us about a repair that was hard.")
    job = JobSpec(title="Bike shop", description="Repairs.", custom_questions=(spec,))
    field = job.field("repair")
    assert needs_check(field, reply)
    reading = read_message(job, reply, "repair")
    assert apply_verdict(reading, field, "specific").findings["repair"].status == "vague"
    told = read_message(job, "A cracked carbon frame I had to send back to the maker.", "repair")
    assert apply_verdict(told, field, "specific").findings["repair"].status == "answered"
