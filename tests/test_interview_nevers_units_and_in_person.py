"""A never after a bare no, a choice for never as the choice for none, answers kept for the
interview in person, a yes not turned by a missing experience, "whatever you need" as no
preference, a language apology that names no field, sizes in inches and centimetres, a
day's count asked "on a day of", a sum concluded, a compound's last part, a slash-joined
choice, a short choice word that names only itself, and the Spanish "no se" before a verb.

The classes were seen on the first runs of eight blind job sets (stop 46); the jobs and
wordings here are my own.
"""

from __future__ import annotations

import pytest

from server.interview.cues import DECLINE, LEAVING, NO_REASON, NOT_KNOWING
from server.interview.readers.subject import plain
from server.interview.spec import FieldSpec, JobSpec
from server.interview.understand import read_message

WORKSHOP = JobSpec(
    title="Bench Hand – Hand-made Fishing Rods – Tarnside Rods, Ambleside",
    description="Turning cork handles, whipping guides and varnishing rods; boat trips to test.",
    fields=(
        FieldSpec(
            key="lathe", label="Lathe use", type="single_choice",
            choices=("never used one", "a few tries", "regular use"),
            question="How much have you used a wood lathe: never used one, a few tries, or "
            "regular use?",
        ),
        FieldSpec(
            key="boat", label="Time on a lake boat", type="single_choice",
            choices=("never been on a boat", "passenger", "own boat"),
            question="Have you been out on a boat on the lake: never been on a boat, passenger, "
            "or own boat?",
        ),
        FieldSpec(
            key="blank", label="Longest rod blank worked (inches)", type="number",
            question="What's the longest rod blank you have worked on, in inches?",
            required=False,
        ),
        FieldSpec(
            key="licence", label="Driving licence (van)", type="yes_no",
            question="Do you hold a driving licence for the van?",
        ),
        FieldSpec(
            key="tools", label="Own whipping tools", type="yes_no",
            question="Do you have your own whipping tools?", required=False,
        ),
        FieldSpec(
            key="varnish", label="Varnishing course (basic level)", type="yes_no",
            question="Have you done the basic varnishing safety course?", required=False,
        ),
        FieldSpec(
            key="evenings", label="Helps at Friday casting evenings", type="yes_no",
            question="Could you help at our casting evenings, one Friday a month?",
            required=False,
        ),
        FieldSpec(
            key="hours", label="Hours per week", type="hours_per_week",
            question="How many hours a week could you work?",
        ),
        FieldSpec(
            key="years", label="Years at a workbench", type="years",
            question="How many years have you worked at a bench (wood, metal, tackle)?",
        ),
    ),
    custom_questions=(
        {"key": "crack", "required": True,
         "question": "A customer's rod comes back with a crack by the boat's oarlock: what "
         "do you do?"},
    ),
)  # fmt: skip

SHIFTS = JobSpec(
    title="Operario/a de envasado – Conservas del Cantábrico, Santoña",
    description="Envasado de anchoas en temporada; turnos de mañana y tarde.",
    fields=(
        FieldSpec(
            key="turno", label="Turno", type="single_choice",
            choices=("turno de mañana", "turno de tarde", "alternancia mañana/tarde"),
            question="¿Qué turno prefieres: mañana, tarde o alternancia mañana/tarde?",
        ),
        FieldSpec(
            key="tarea", label="Tarea preferida", type="single_choice",
            choices=("sobado de anchoa", "envasado en lata", "indiferente"),
            question="¿Qué tarea prefieres: sobado, envasado o te es indiferente?",
        ),
        FieldSpec(
            key="llegada", label="Cómo llegas", type="single_choice",
            choices=("moto propia", "coche propio", "autobús"),
            question="¿Cómo llegas a la fábrica: moto propia, coche propio o autobús?",
        ),
        FieldSpec(
            key="latas", label="Latas envasadas por turno", type="number",
            question="En un día de temporada, ¿cuántas latas sueles envasar?",
            required=False,
        ),
    ),
)  # fmt: skip

STACKER = JobSpec(
    title="Erntehelfer/in – Kürbishof Lenz, Rheinhessen",
    description="Kürbisernte im Herbst, Sortieren in der Halle.",
    fields=(
        FieldSpec(
            key="bereich", label="Einsatzbereich", type="single_choice",
            choices=("Ernte mit dem Kürbisroder", "Sortieren in der Halle", "beides"),
            question="Wo möchtest du arbeiten: mit dem Kürbisroder, in der Halle oder beides?",
        ),
        FieldSpec(
            key="stunden", label="Wochenstunden", type="hours_per_week",
            question="Wie viele Stunden pro Woche kannst du arbeiten?",
        ),
    ),
)  # fmt: skip


@pytest.mark.parametrize(
    "text", ["No, never.", "Non, jamais.", "Nope, never."]
)  # fmt: skip
def test_a_never_after_a_bare_no_picks_the_choice_for_never(text: str) -> None:
    found = read_message(WORKSHOP, text, "lathe").findings["lathe"]
    assert (found.status, found.value) == ("answered", "never used one")


def test_a_none_to_choices_with_no_none_picks_the_one_for_never() -> None:
    found = read_message(WORKSHOP, "None, this would be my first time.", "lathe").findings
    assert (found["lathe"].status, found["lathe"].value) == ("answered", "never used one")


def test_never_said_of_what_the_open_question_names_too_is_the_choices() -> None:
    # the scenario speaks of a boat as well; the never is the choice's
    found = read_message(WORKSHOP, "Never set foot on a boat, honestly.", "boat").findings
    assert (found["boat"].status, found["boat"].value) == ("answered", "never been on a boat")


@pytest.mark.parametrize(
    "text",
    [
        "Questo preferirei discuterlo di persona.",
        "Das würde ich lieber persönlich besprechen.",
        "Prefiero tratarlo en persona.",
        "I'd rather discuss that in the interview.",
    ],
)
def test_kept_for_the_interview_in_person_is_a_refusal(text: str) -> None:
    assert DECLINE.search(plain(text))
    found = read_message(WORKSHOP, text, "tools").findings["tools"]
    assert found.status == "declined"


def test_a_yes_stays_a_yes_beside_no_experience_of_something_else() -> None:
    text = "Sí, tengo carnet de conducir, pero no tengo ninguna experiencia en talleres."
    found = read_message(WORKSHOP, text, "licence").findings["licence"]
    assert (found.status, found.value) == ("answered", True)


def test_a_no_that_turns_the_experience_asked_still_turns_it() -> None:
    # guard: where the field asks for experience, "but no experience" is its no
    job = JobSpec(
        title="Helper",
        fields=(
            FieldSpec(
                key="exp", label="Experience with varnish", type="yes_no",
                question="Do you have experience with varnish?",
            ),
        ),
    )  # fmt: skip
    found = read_message(job, "Yes I've seen it done, but no real experience.", "exp")
    assert found.findings["exp"].value is False


def test_whatever_you_need_is_the_choice_for_no_preference() -> None:
    text = "I'm happy with anything, whatever you need."
    found = read_message(SHIFTS, text, "tarea").findings["tarea"]
    assert (found.status, found.value) == ("answered", "indiferente")


def test_an_apology_for_ones_language_says_no_yes_to_a_basic_course() -> None:
    text = "Hi, sorry, my English is basic. I can do 25 hours a week."
    findings = read_message(WORKSHOP, text, "hours").findings
    assert findings["hours"].value == 25
    assert "varnish" not in findings


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Vormittags 6 Stunden, an fünf Tagen.", 30),
        ("6 Stunden an 5 Tagen.", 30),
        ("6 hours a day, five days a week.", 30),
    ],
)
def test_hours_said_on_so_many_days_are_a_week_of_them(text: str, hours: float) -> None:
    found = read_message(WORKSHOP, text, "hours").findings["hours"]
    assert (found.status, found.value) == ("answered", hours)


@pytest.mark.parametrize(
    "text", ["para que no se vuele", "no se puede", "que no se estropee el resto"]
)  # fmt: skip
def test_the_reflexive_no_se_before_a_verb_is_not_not_knowing(text: str) -> None:
    assert NOT_KNOWING.search(text) is None
    assert NO_REASON.search(text) is None


@pytest.mark.parametrize("text", ["no se", "no se, la verdad", "no se si puedo", "no lo se"])
def test_no_se_alone_or_before_a_question_word_is_not_knowing(text: str) -> None:
    assert NOT_KNOWING.search(text) is not None


def test_evenings_that_dont_work_for_one_are_a_no() -> None:
    text = "no, evenings don't work for me, I've got a little one"
    found = read_message(WORKSHOP, text, "evenings").findings["evenings"]
    assert (found.status, found.value) == ("answered", False)


@pytest.mark.parametrize("text", ["Fridays work for me.", "That works for me."])
def test_what_works_for_one_is_still_a_yes(text: str) -> None:
    found = read_message(WORKSHOP, text, "evenings").findings["evenings"]
    assert (found.status, found.value) == ("answered", True)


def test_a_size_in_inches_beside_a_count_of_one_is_the_size() -> None:
    text = "Built one as a hobby: a 96-inch blank, for a friend."
    found = read_message(WORKSHOP, text, "lathe").findings
    assert (found["blank"].status, found["blank"].value) == ("answered", 96)


def test_a_size_in_centimetres_is_converted_to_the_inches_asked() -> None:
    found = read_message(WORKSHOP, "About 254 cm.", "blank").findings["blank"]
    assert found.status == "answered" and found.value == pytest.approx(100, abs=0.01)


def test_a_count_asked_on_a_day_of_work_is_no_count_of_days() -> None:
    # "En un día de temporada" is when the cans are counted, not the unit they are in
    found = read_message(SHIFTS, "unas 900 latas por turno", "turno").findings
    assert (found["latas"].status, found["latas"].value) == ("answered", 900)


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("ok allora 7 anni di falegnameria + 2 di fabbro, quindi 9", 9),
        ("5 years in joinery and 2 in a forge, so 7", 7),
    ],
)
def test_a_sum_concluded_with_a_bare_number_is_the_total(text: str, years: float) -> None:
    found = read_message(WORKSHOP, text, "years").findings["years"]
    assert (found.status, found.value) == ("answered", years)


def test_a_compounds_last_part_names_its_choice() -> None:
    found = read_message(STACKER, "roder", "bereich").findings["bereich"]
    assert (found.status, found.value) == ("answered", "Ernte mit dem Kürbisroder")


def test_one_part_of_a_slash_joined_choice_is_the_choice_of_that_part_alone() -> None:
    found = read_message(SHIFTS, "mañana", "turno").findings["turno"]
    assert (found.status, found.value) == ("answered", "turno de mañana")


def test_a_short_choice_word_names_no_longer_word_it_opens() -> None:
    found = read_message(SHIFTS, "Vengo con una lancha a motor.", "llegada").findings
    assert found["llegada"].value != "moto propia"
    found = read_message(SHIFTS, "En moto.", "llegada").findings
    assert found["llegada"].value == "moto propia"


def test_any_place_said_picks_the_choice_for_anywhere() -> None:
    job = JobSpec(
        title="Ice-cream Kiosk Assistant – Lakeside Kiosks, Bowness",
        fields=(
            FieldSpec(
                key="kiosk", label="Preferred kiosk", type="single_choice",
                choices=("Bowness pier", "Waterhead", "happy to go anywhere"),
                question="Which kiosk would you prefer: Bowness pier, Waterhead, or are you "
                "happy to go anywhere?",
            ),
        ),
    )  # fmt: skip
    for text in ("Dove volete voi, per me va bene qualsiasi posto.", "Anywhere really."):
        found = read_message(job, text, "kiosk").findings["kiosk"]
        assert (found.status, found.value) == ("answered", "happy to go anywhere")
    found = read_message(job, "Waterhead please.", "kiosk").findings["kiosk"]
    assert found.value == "Waterhead"


@pytest.mark.parametrize(
    "text",
    [
        "Vale, pues lo dejo aquí. Gracias por vuestro tiempo.",
        "Scusate, devo interrompere, riprendo più tardi.",
        "I will stop here, thanks.",
        "Ich höre hier auf, mach später weiter.",
    ],
)
def test_stopping_here_answers_nothing_and_is_not_vague(text: str) -> None:
    assert LEAVING.search(plain(text))
    assert read_message(SHIFTS, text, "turno").findings == {}


def test_stopping_a_job_is_not_stopping_the_interview() -> None:
    # guard: a plan about the work itself
    assert LEAVING.search(plain("I will stop working there in May.")) is None


def test_a_short_choice_word_still_names_itself_with_an_ending() -> None:
    job = JobSpec(
        title="Steward",
        fields=(
            FieldSpec(
                key="area", label="Preferred area", type="single_choice",
                choices=("bars", "car parks", "live aboard"),
                question="Which area would you prefer: bars, car parks or live aboard?",
            ),
        ),
    )  # fmt: skip
    found = read_message(job, "Directing traffic in the parking areas.", "area").findings
    assert found["area"].value == "car parks"


def test_the_last_part_of_a_word_is_no_compound_outside_german() -> None:
    # guard: "medio" ends "intermedio", which is no compound
    job = JobSpec(
        title="Azafata/o de congresos",
        fields=(
            FieldSpec(
                key="nivel", label="Nivel de inglés", type="single_choice",
                choices=("básico", "intermedio", "avanzado"),
                question="¿Qué nivel de inglés tienes: básico, intermedio o avanzado?",
            ),
        ),
    )  # fmt: skip
    found = read_message(job, "medio-alto", "nivel").findings["nivel"]
    assert found.value != "intermedio"


def test_more_of_a_past_work_told_names_no_yes_unasked() -> None:
    job = JobSpec(
        title="Hatchery Technician",
        fields=(
            FieldSpec(
                key="years", label="Years in hatchery work", type="years",
                question="How many years have you worked in a hatchery?",
            ),
            FieldSpec(
                key="rota", label="Weekend tank rota", type="yes_no",
                question="Can you work every other weekend on the tank rota?",
            ),
        ),
    )  # fmt: skip
    text = "Two years in a trout hatchery, mostly the rearing tanks."
    findings = read_message(job, text, "years").findings
    assert findings["years"].value == 2
    assert "rota" not in findings
    # asked, the tanks named are still read as the reply says
    found = read_message(job, "Yes, the tank rota is fine.", "rota").findings["rota"]
    assert found.value is True


def test_a_rota_said_by_its_pattern_of_numbers_names_its_choice() -> None:
    job = JobSpec(
        title="Linesman",
        fields=(
            FieldSpec(
                key="rota", label="Shift pattern", type="single_choice",
                choices=("days only", "nights only", "4 on 4 off rota"),
                question="Which pattern could you work: days only, nights only or 4 on 4 off?",
            ),
            FieldSpec(
                key="hours", label="Hours per week", type="hours_per_week",
                question="How many hours a week could you work?",
            ),
        ),
    )  # fmt: skip
    text = "Turnos rotativos, o 4 on 4 off, sem problema."
    found = read_message(job, text, "rota").findings["rota"]
    assert (found.status, found.value) == ("answered", "4 on 4 off rota")
    found = read_message(job, "I could do three days a week, eleven-hour turns.", "hours")
    assert found.findings["hours"].value == 33


def test_a_word_set_apart_at_the_head_of_a_reply_picks_over_words_in_passing() -> None:
    job = JobSpec(
        title="Hatchery Technician",
        fields=(
            FieldSpec(
                key="algae", label="Algae culture experience", type="single_choice",
                choices=("never done it", "assisted in a hatchery", "ran a culture room"),
                question="Algae cultures: never done it, assisted in a hatchery, or ran a "
                "culture room?",
            ),
        ),
    )  # fmt: skip
    text = "Assisted - I did the cell counts, but the culture room was run by the senior tech."
    found = read_message(job, text, "algae").findings["algae"]
    assert (found.status, found.value) == ("answered", "assisted in a hatchery")
    found = read_message(job, "I ran a culture room for two years.", "algae").findings
    assert found["algae"].value == "ran a culture room"


def test_a_choice_named_only_in_the_reason_is_the_one_turned_from() -> None:
    text = "sobadito porfa, q en el envasado en lata me agobio jaja"
    found = read_message(SHIFTS, text, "tarea").findings["tarea"]
    assert found.value != "envasado en lata"
    text = "Prefiero el envasado, porque el sobado me cansa."
    found = read_message(SHIFTS, text, "tarea").findings["tarea"]
    assert found.value == "envasado en lata"


def test_a_que_that_says_what_a_thing_is_called_gives_no_reason() -> None:
    # guard: "que acá es…" names the choice, it does not turn from it
    job = JobSpec(
        title="Ajudante",
        fields=(
            FieldSpec(
                key="escola", label="Escolaridade", type="single_choice",
                choices=("fundamental", "médio completo", "superior"),
                question="Qual a sua escolaridade: fundamental, médio completo ou superior?",
            ),
        ),
    )  # fmt: skip
    text = "Terminé el bachillerato, que acá es el ensino médio."
    found = read_message(job, text, "escola").findings["escola"]
    assert found.value == "médio completo"


def test_a_word_set_apart_then_taken_back_does_not_pick() -> None:
    # guard: the head word is put right in the same reply
    text = "Turno de tarde – no, espera, mejor el turno de mañana."
    found = read_message(SHIFTS, text, "turno").findings["turno"]
    assert found.value == "turno de mañana"
