"""An open question put off rather than answered stays vague, whatever the model says.

"It depends, every site is different", "ça se règle sur le moment", "the way the foreman
wants it", "I've done it a thousand times", "common sense": on the default model these
were taken as answers to questions asking what one would do (18 of the first-run misses
of jobs_blind174 to 181). Such a reply that sets a condition or steps of its own ("it
depends: if the tile is cracked I'd ...") is an answer all the same."""

from __future__ import annotations

import pytest

from server.interview.consult import understand
from server.interview.spec import CustomQuestion, FieldSpec, JobSpec
from tests.helpers.reading import judging_engine

TILER = JobSpec(
    title="Aide-carreleur / Aide-carreleuse – Carrelages Morvan, Dijon",
    description="Préparation des chapes, pose de faïence et de grès, joints.",
    fields=(
        FieldSpec(
            key="years",
            label="Années en carrelage",
            type="years",
            question="Depuis combien d'années travaillez-vous dans le carrelage ?",
        ),
    ),
    custom_questions=(
        CustomQuestion(
            key="hollow",
            question="Un carreau sonne creux juste après la pose : que faites-vous ?",
        ),
    ),
)


async def _status(text: str) -> str:
    # the scripted judge calls every reply an answer, as the model had these
    engine = judging_engine("specific")
    reading = await understand(engine, TILER, text, "hollow")
    return reading.findings["hollow"].status


@pytest.mark.parametrize(
    "text",
    [
        "Honestly it depends, every site is different.",
        "Ça se règle sur le moment, chaque chantier est différent.",
        "Depende mucho de la obra, cada casa es un mundo.",
        "Kommt auf die Baustelle an, das macht jeder Chef anders.",
        "Depende, cada obra é uma obra.",
        "Mah, dipende dal cantiere.",
        "I'd do it the way the foreman wants it done.",
        "Das zeigt einem eh der Vorarbeiter, da mach ich mir keinen Kopf.",
        "Isso o senhor me ensina e eu faço.",
        "Haría lo que haga falta, como siempre.",
        "J'ai fait ça cent fois, je ferais comme d'habitude.",
        "L'ho fatto mille volte, nessun problema.",
        "Just common sense really, I'd sort it somehow.",
        "Keine Sorge, ich mache das schon ordentlich.",
        "Ich schau mir das dann vor Ort an, irgendwie kriegen wir das hin.",
    ],
)
async def test_a_question_put_off_is_vague(text: str) -> None:
    assert await _status(text) == "vague"


@pytest.mark.parametrize(
    "text",
    [
        # a condition of its own
        "It depends: if the tile is cracked I'd lift it and lay a new one, otherwise I'd "
        "inject adhesive through the joint.",
        "Ça dépend : si le carreau est fissuré je le remplace, sinon je recolle.",
        "Depende, se o azulejo estiver solto eu tiro, limpo a cola e assento de novo.",
        # steps
        "Je le décolle tout de suite, puis je remets de la colle en double encollage.",
        "Dipende dalla colla: prima lo batto col martello di gomma, poi se serve lo rifaccio.",
        # on the spot, and what is done there
        "I'd lift it straight away while the adhesive is wet and back-butter it properly.",
    ],
)
async def test_an_answer_with_a_condition_or_steps_stands(text: str) -> None:
    assert await _status(text) == "answered"


async def test_a_long_account_that_says_it_depends_stands() -> None:
    text = (
        "C'est arrivé souvent sur les chantiers de salle de bain. Je tape tout le rang au "
        "maillet pour repérer les carreaux creux, je retire celui qui sonne creux avant que "
        "la colle prenne, je gratte, je remets de la colle sur le support et au dos du "
        "carreau et je le repose en le battant ; ça dépend de la colle, mais en général on "
        "a une vingtaine de minutes pour le faire."
    )
    assert await _status(text) == "answered"
