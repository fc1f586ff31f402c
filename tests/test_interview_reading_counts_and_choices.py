"""Reading classes two fresh blind job sets (tests/data/jobs_blind18.json and
jobs_blind19.json) missed on their first run: a year named as a time ("L'anno scorso ne
ho chiuse una quindicina" had been 15 years), not knowing that opens with the word for no
("Non so, …" had been a "none"), a count of zero from someone who never did the work (a
"none", not 0), a correction of years said aside after a field was answered, a choice
named by one of its words in the other gender or after a slash ("nativa" for
"fluente/nativo (C2)"), and a French school year that is no place in a list ("en
seconde").

Every wording and job here is new; each class has guards: what must not change."""

from __future__ import annotations

import pytest

from server.interview.spec import FieldSpec, FieldState, JobSpec
from server.interview.turn import start
from tests.helpers.reading import read_fields, reply

AGENCIA = JobSpec(
    title="Comercial de seguros para nuestra oficina de Sevilla",
    description="Buscamos una persona para vender seguros de hogar y de coche en la oficina.",
    fields=(
        FieldSpec(
            key="anos", label="Experiencia en ventas (años)", type="years",
            question="¿Cuántos años de experiencia tienes en ventas?",
        ),
        FieldSpec(
            key="polizas", label="Pólizas vendidas el último año", type="number",
            question="¿Cuántas pólizas vendiste el último año?",
        ),
        FieldSpec(
            key="herramientas", label="Programas que usas", type="short_text",
            question="¿Qué programas de gestión usas?",
        ),
        FieldSpec(
            key="nivel", label="Nivel de inglés", type="single_choice",
            choices=("básico", "intermedio/avanzado", "bilingüe/nativo"),
            question="¿Qué nivel de inglés tienes?",
        ),
    ),
)  # fmt: skip
GARAGE = JobSpec(
    title="Apprenti mécanicien dans notre garage de Nantes",
    description="Nous cherchons un apprenti pour l'entretien des voitures de nos clients.",
    fields=(
        FieldSpec(
            key="diplome", label="Diplôme", type="single_choice",
            choices=("CAP", "Bac pro", "BTS", "aucun diplôme"),
            question="Quel est votre diplôme : CAP, Bac pro, BTS ou aucun diplôme ?",
        ),
    ),
)  # fmt: skip
COURIER = JobSpec(
    title="Bike courier",
    description="Deliveries across the city centre.",
    fields=(
        FieldSpec(key="years", label="Years of courier work", type="years"),
        FieldSpec(key="miles", label="Longest ride you would do (miles)", type="number"),
    ),
)


@pytest.mark.parametrize(
    "text",
    [
        "El año pasado cerré unas cuarenta pólizas",
        "Last year I closed about forty",
    ],
)
def test_a_year_named_as_a_time_counts_no_years(text: str) -> None:
    found = read_fields(AGENCIA, text, "polizas")
    assert found["polizas"] == ("answered", 40)
    assert "anos" not in found


def test_years_still_count_after_their_word() -> None:
    # Guard: "años, unos 6" names the years, with no time after it.
    assert read_fields(AGENCIA, "¿años? unos 6", "anos")["anos"] == ("answered", 6)


@pytest.mark.parametrize(
    "text", ["Non so, dipende dal programma", "No sabría decirte, la verdad", "Não sei bem"]
)
def test_not_knowing_is_no_none(text: str) -> None:
    assert read_fields(AGENCIA, text, "herramientas").get("herramientas", ("",))[0] != "none"


def test_a_bare_no_is_still_a_none() -> None:
    assert read_fields(AGENCIA, "No, ninguno", "herramientas")["herramientas"][0] == "none"


def test_a_count_of_zero_from_someone_who_never_did_it_is_none() -> None:
    found = read_fields(AGENCIA, "Cero, nunca he trabajado vendiendo seguros", "polizas")
    assert found["polizas"] == ("none", None)


def test_a_count_of_zero_alone_stays_zero() -> None:
    # Guard: a zero with no work never done stays the number said.
    assert read_fields(AGENCIA, "Cero.", "polizas")["polizas"] == ("answered", 0)


async def test_years_said_aside_correct_an_answered_field() -> None:
    state, _ = start(COURIER)
    state.fields["years"] = FieldState(status="answered", value=2, evidence="two years")
    text = "About 12 miles. Oh sorry, about the years: I forgot my summer job, so 3 years in total."
    state = await reply(state, COURIER, "miles", text)
    assert (state.fields["years"].status, state.fields["years"].value) == ("answered", 3)
    assert state.fields["miles"].value == 12


async def test_years_said_aside_without_a_correction_leave_an_answer_alone() -> None:
    # Guard: an aside answers only a field talked about before, unless it corrects it.
    state, _ = start(COURIER)
    state.fields["years"] = FieldState(status="answered", value=2, evidence="two years")
    state = await reply(state, COURIER, "miles", "About 12 miles, it's been 5 years here")
    assert state.fields["years"].value == 2


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("Soy nativa, mi madre es de Londres", "bilingüe/nativo"),
        ("bilingüe", "bilingüe/nativo"),
        ("intermedia, diría yo", "intermedio/avanzado"),
    ],
)
def test_a_choice_named_by_a_word_after_a_slash_or_in_the_other_gender(
    text: str, choice: str
) -> None:
    assert read_fields(AGENCIA, text, "nivel")["nivel"] == ("answered", choice)


def test_a_school_year_is_no_place_in_the_list() -> None:
    found = read_fields(GARAGE, "Aucun, j'ai quitté le lycée en seconde", "diplome")
    assert found["diplome"] == ("answered", "aucun diplôme")
    # Guard: a place in the list is still read.
    assert read_fields(GARAGE, "le deuxième", "diplome")["diplome"] == ("answered", "Bac pro")


def test_zero_in_words_is_a_number_in_spanish_and_german() -> None:
    # "Cero." had been vague: the number-word library leaves Spanish and German zero alone.
    werkstatt = JobSpec(
        title="Helfer in der Fahrradwerkstatt",
        description="Wir suchen Unterstützung für Reparaturen in unserer Werkstatt.",
        fields=(
            FieldSpec(
                key="reklamationen", label="Reklamationen im letzten Jahr", type="number",
                question="Wie viele Reklamationen hatten Sie im letzten Jahr?",
            ),
        ),
    )  # fmt: skip
    assert read_fields(AGENCIA, "cero pólizas, estuve de baja", "polizas")["polizas"] == (
        "answered",
        0,
    )
    assert read_fields(werkstatt, "Null.", "reklamationen")["reklamationen"] == ("answered", 0)
    # Guard: "null Problem" is no zero.
    assert (
        read_fields(werkstatt, "Null Problem, frag ruhig", "reklamationen").get(
            "reklamationen", ("",)
        )[0]
        != "answered"
    )


SALON = JobSpec(
    title="Esteticista para centro de belleza en Bilbao",
    description="Tratamientos de uñas y pestañas en nuestro centro.",
    fields=(
        FieldSpec(
            key="tecnica", label="Técnica principal", type="single_choice",
            choices=("manicura clásica", "uñas de gel", "extensión de pestañas"),
            question="¿En qué técnica eres más fuerte?",
        ),
        FieldSpec(
            key="carnet", label="Permiso de conducir", type="single_choice",
            choices=("ninguno", "B", "B+E", "C"),
            question="¿Qué permiso de conducir tienes?",
        ),
        FieldSpec(
            key="centro", label="Centro preferido", type="single_choice",
            choices=("Deusto", "Indautxu", "me da igual"),
            question="¿En qué centro prefieres trabajar?",
        ),
        FieldSpec(key="anos", label="Años de experiencia", type="years"),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "choice"),
    [("Gel, sin duda, es lo que más hago", "uñas de gel"), ("pestañas!", "extensión de pestañas")],
)
def test_a_short_reply_names_a_choice_by_a_short_word_of_its_own(text: str, choice: str) -> None:
    assert read_fields(SALON, text, "tecnica")["tecnica"] == ("answered", choice)


def test_a_long_reply_does_not_name_a_choice_by_a_short_word() -> None:
    # Guard: "gel" deep in a story is no pick.
    text = "Pues hago de todo un poco en el centro donde estoy, a veces con gel y a veces no"
    assert read_fields(SALON, text, "tecnica").get("tecnica", ("",))[0] != "answered"


@pytest.mark.parametrize(
    "text", ["B, y en marzo voy a sacarme el B+E", "B, and I'm booked to do the B+E test"]
)
def test_a_choice_held_wins_over_one_planned(text: str) -> None:
    assert read_fields(SALON, text, "carnet")["carnet"] == ("answered", "B")


def test_a_preference_said_aside_names_its_choice() -> None:
    text = "Hola, llevo 5 años en estética y lo ideal para mí sería Deusto, idealmente"
    found = read_fields(SALON, text, "anos")
    assert found["centro"] == ("answered", "Deusto")
    assert found["anos"] == ("answered", 5)
