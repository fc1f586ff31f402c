"""Reading classes the first runs of jobs_blind110 to jobs_blind117 showed, each on wordings
and jobs of its own (none copied from those sets).

A choice said before a colon is the pick, not a label; "still" and "yet" name no field; a
"most of the time" after a yes said in full qualifies something else; a unit of time is no
compound's tail ("Tagen" in "Feiertagen"); the time a candidate is busy is no pick; "I
meant no" answers a yes/no put right; a choice's word is no pick where the question asked
uses it too ("nights" is no "night bus"); "never done it" picks the choice for never having
done it, unasked; a wish ("me gustaría") is no mere liking; a long word of a choice is named
in another language's spelling; the choice with more of its words named wins among loose
ones; "no course at all" picks the choice for none; a "none" of a choice question with a
choice for none is that choice; "não sei" to a question of knowing how is a no; a number
put right after one said per month is the answer; a choice for none said with a trailing
"não" is still picked; a five-letter label word names its plural in another vowel ("turni");
a count with its noun after it, whatever else the clause counts; "two a night" is a count
per night; "não é problema" is a yes; a compound number of another language is read whole;
an evening span into the small hours; "how would you describe" asks no wish; "groß" is no
pay; a choice with its article before a colon; a scenario's words leave a field its own; a
verb names its noun's choice, not beside "me da igual"; "que perdone" corrects nothing; "a
few times" is occasionally; a total put right after it; days joined by "y" with hours "cada
una"; "dsl" is sorry; a "never" choice is not named by its verb alone; one's mother tongue
answers no other short text; "non fare nomi" declines; rotating hours in French; neither
one nor the other picks the choice for none.
"""

from __future__ import annotations

from server.interview.consult import understand
from server.interview.spec import FieldSpec, JobSpec
from tests.helpers.reading import judging_engine, read_fields

KAESE = JobSpec(
    title="Aide-fromager (H/F) – Fromagerie des Alpages, Annecy",
    fields=(
        FieldSpec(
            key="niveau", label="Connaissance des fromages", type="single_choice",
            choices=("débutant", "amateur éclairé", "affineur ou crémier"),
            question="Votre connaissance des fromages : débutant, amateur éclairé, affineur ou "
            "crémier ?",
        ),
        FieldSpec(
            key="heures", label="Heures par semaine", type="hours_per_week",
            question="Combien d'heures par semaine ?",
        ),
        FieldSpec(
            key="samedis", label="Disponibilité le samedi", type="single_choice",
            choices=("tous les samedis", "un samedi sur deux", "pas de samedi"),
            question="Le samedi : tous les samedis, un samedi sur deux ou pas de samedi ?",
        ),
    ),
)  # fmt: skip


def test_a_choice_before_a_colon_is_the_pick_and_its_reason_follows() -> None:
    text = "Crémier : j'ai tenu le rayon coupe d'une épicerie fine pendant deux ans."
    assert read_fields(KAESE, text, "niveau")["niveau"] == ("answered", "affineur ou crémier")


def test_a_label_word_before_a_colon_still_labels_the_field() -> None:
    text = "Pour les heures, c'est bon. Samedis : un sur deux, pardon."
    assert read_fields(KAESE, text, "heures")["samedis"] == ("answered", "un samedi sur deux")


SEILGARTEN = JobSpec(
    title="Aushilfe Hochseilgarten (m/w/d) – Waldabenteuer Harz, Goslar",
    fields=(
        FieldSpec(
            key="hoehe", label="Höhentauglich", type="yes_no",
            question="Macht Ihnen Arbeit in zwölf Metern Höhe nichts aus?",
        ),
        FieldSpec(
            key="kletterei", label="Klettererfahrung", type="single_choice",
            choices=("keine", "ab und zu", "im Verein"),
            question="Wie viel Klettererfahrung haben Sie: keine, ab und zu oder im Verein?",
        ),
        FieldSpec(
            key="feiertage", label="Einsatz an den Osterfeiertagen", type="yes_no",
            question="Können Sie an den Osterfeiertagen arbeiten?",
        ),
        FieldSpec(
            key="stunden", label="Stunden pro Woche", type="hours_per_week",
            question="Wie viele Stunden pro Woche?",
        ),
        FieldSpec(
            key="schicht", label="Bevorzugte Schicht", type="single_choice",
            choices=("Frühdienst", "Spätdienst", "egal"),
            question="Frühdienst, Spätdienst oder egal?",
        ),
    ),
    custom_questions=(),
)  # fmt: skip


def test_still_and_yet_name_no_question() -> None:
    # "noch" is no word of a scenario that says "weder vor noch zurück"
    job = SEILGARTEN.model_copy(
        update={
            "fields": (
                *SEILGARTEN.fields,
                FieldSpec(
                    key="szenario", label="Ein Gast kommt weder vor noch zurück. Was tun Sie?",
                    type="long_text",
                ),
            )
        }
    )  # fmt: skip
    found = read_fields(job, "Keine, ich war noch nie klettern.", "kletterei")
    assert found["kletterei"] == ("answered", "keine")


def test_most_of_the_time_after_a_yes_said_in_full_is_of_something_else() -> None:
    text = "Ja, ich bin höhentauglich und gehe oft wandern, meistens am Wochenende."
    assert read_fields(SEILGARTEN, text, "hoehe")["hoehe"] == ("answered", True)
    assert read_fields(SEILGARTEN, "Ja, meistens schon.", "hoehe")["hoehe"][0] == "vague"


def test_a_unit_of_time_is_no_tail_of_a_compound_in_the_label() -> None:
    found = read_fields(SEILGARTEN, "Sechs Stunden, an vier Tagen in der Woche.", "stunden")
    assert found["stunden"] == ("answered", 24)
    assert "feiertage" not in found


def test_the_time_one_is_busy_is_no_pick() -> None:
    text = "Gut, 30 Stunden. Und doch lieber Spätdienst, vormittags habe ich Berufsschule."
    assert read_fields(SEILGARTEN, text, "stunden")["schicht"] == ("answered", "Spätdienst")


def test_a_unit_of_time_still_counts_in_a_label_of_its_own() -> None:
    # the guard: a compound whose head is no unit still names its field
    found = read_fields(SEILGARTEN, "An den Feiertagen kann ich leider nicht.", "stunden")
    assert found["feiertage"] == ("answered", False)


OLIVAR = JobSpec(
    title="Peón/a de recogida de aceituna – Cooperativa San Isidro, Baeza",
    fields=(
        FieldSpec(
            key="poda", label="Sabe manejar la vareadora", type="yes_no",
            question="¿Sabes manejar una vareadora eléctrica?",
        ),
        FieldSpec(
            key="dias", label="Días por semana", type="number",
            question="¿Cuántos días a la semana puedes venir?",
        ),
        FieldSpec(
            key="llegada", label="Cómo llega al tajo de madrugada", type="single_choice",
            choices=("coche propio", "furgoneta de la cuadrilla", "bus de madrugada"),
            question="¿Cómo llegarías: coche propio, furgoneta de la cuadrilla o bus de "
            "madrugada?",
        ),
        FieldSpec(
            key="tarea", label="Tarea en la que se ve más fuerte", type="single_choice",
            choices=("vareo", "recogida de mantos", "carga de remolques"),
            question="¿En qué tarea te ves más fuerte: vareo, recogida de mantos o carga de "
            "remolques?",
        ),
    ),
)  # fmt: skip


def test_a_yes_or_no_the_candidate_says_they_meant() -> None:
    text = "Oye, lo de la vareadora: quería decir que no, la llevaba mi hermano."
    assert read_fields(OLIVAR, text, "dias")["poda"] == ("answered", False)
    text = "Sorry, about the shaker: I meant yes, I used one for two seasons."
    assert read_fields(OLIVAR, text, "poda")["poda"] == ("answered", True)


def test_a_choice_word_the_question_asked_also_uses_picks_nothing() -> None:
    found = read_fields(OLIVAR, "Cinco madrugadas.", "dias")
    assert "llegada" not in found


def test_a_wish_to_start_with_a_task_is_a_pick() -> None:
    text = "No he trabajado en el campo, pero me gustaría empezar por la carga de remolques."
    assert read_fields(OLIVAR, text, None)["tarea"] == ("answered", "carga de remolques")
    # a liking stays no pick where the question asks what one has
    text = "Me encanta el campo y la recogida de mantos con mi abuelo, de pequeño."
    assert "tarea" not in read_fields(OLIVAR, text, None)


SETOS = JobSpec(
    title="Stone Wall Repair Labourer – Fellside Estates, Keswick",
    fields=(
        FieldSpec(
            key="years", label="Years of walling", type="years",
            question="How many years of dry stone walling have you done?",
        ),
        FieldSpec(
            key="level", label="Walling level", type="single_choice",
            choices=("not walled before", "gapping only", "full rebuilds"),
            question="What have you done: not walled before, gapping only, or full rebuilds?",
        ),
        FieldSpec(
            key="background", label="Outdoor background", type="single_choice",
            choices=("no outdoor work", "estate volunteer", "farm or estate staff"),
            question="Your outdoor background: no outdoor work, estate volunteer, or farm or "
            "estate staff?",
        ),
        FieldSpec(
            key="walks", label="Estate walks per week you can lead", type="number",
            question="How many guided walks a week could you lead? There are two a night in "
            "summer.",
        ),
    ),
)  # fmt: skip


def test_never_having_done_it_picks_its_choice_unasked() -> None:
    found = read_fields(SETOS, "None, I've never walled in my life, I'm a painter.", "years")
    assert found["years"][0] == "none"
    assert found["level"] == ("answered", "not walled before")


def test_the_choice_with_more_of_its_words_named_wins_among_loose_ones() -> None:
    text = "I've volunteered on the Borrowdale estate since last spring."
    assert read_fields(SETOS, text, "background")["background"] == (
        "answered",
        "estate volunteer",
    )


def test_never_worked_on_it_is_the_choice_for_none_not_one_naming_its_word() -> None:
    text = "nope, never done outdoor work of any kind tbh"
    assert read_fields(SETOS, text, "background")["background"] == ("answered", "no outdoor work")


def test_a_count_with_its_noun_after_it_whatever_else_the_clause_counts() -> None:
    text = "I've walked these fells for ten years and could do 4 walks a week in summer."
    assert read_fields(SETOS, text, None)["walks"] == ("answered", 4)


TRUCCO = JobSpec(
    title="Aiuto acconciatore/acconciatrice – Teatro dell'Opera, Bari",
    fields=(
        FieldSpec(
            key="formazione", label="Formazione in acconciatura", type="single_choice",
            choices=("nessuna", "corso base di acconciatura", "corso di acconciatura scenica",
                     "diploma professionale"),
            question="Che formazione hai: nessuna, corso base, corso di acconciatura scenica o "
            "diploma professionale?",
        ),
        FieldSpec(
            key="serate", label="Serate al mese", type="number",
            question="Quante serate al mese puoi garantire?",
        ),
        FieldSpec(
            key="turno", label="Turno preferito", type="single_choice",
            choices=("prove del mattino", "recite serali", "entrambi a rotazione"),
            question="Quale turno preferisci: prove del mattino, recite serali o entrambi a "
            "rotazione?",
        ),
        FieldSpec(
            key="parrucche", label="Sa pettinare parrucche", type="yes_no",
            question="Sai pettinare e fissare le parrucche?",
        ),
    ),
)  # fmt: skip


def test_no_course_of_any_kind_picks_the_choice_for_none() -> None:
    text = "Non ho fatto nessun corso, sono autodidatta da anni."
    assert read_fields(TRUCCO, text, "formazione")["formazione"] == ("answered", "nessuna")


def test_a_none_to_a_choice_question_with_a_choice_for_none_is_that_choice() -> None:
    found = read_fields(TRUCCO, "No, mai fatto niente del genere.", "formazione")
    assert found["formazione"] == ("answered", "nessuna")


def test_not_knowing_how_is_a_no_to_a_question_of_knowing_how() -> None:
    assert read_fields(TRUCCO, "Non lo so fare, ma imparo.", "parrucche")["parrucche"] == (
        "answered",
        False,
    )
    # unsure is not the same: asked again
    assert read_fields(TRUCCO, "Non so bene, forse.", "parrucche")["parrucche"][0] != "answered"


def test_a_number_put_right_after_one_said_per_month() -> None:
    found = read_fields(TRUCCO, "Dieci serate al mese. Anzi no, scusa, otto.", "serate")
    assert found["serate"] == ("answered", 8)


def test_a_five_letter_label_word_names_its_plural_in_another_vowel() -> None:
    text = "Faccio acconciature da sei anni. Posso fare entrambi i turni a rotazione."
    assert read_fields(TRUCCO, text, None)["turno"] == ("answered", "entrambi a rotazione")


FERRO = JobSpec(
    title="Auxiliar de serralheria – Serralheria Ponte Alta, Londrina",
    fields=(
        FieldSpec(
            key="trena", label="Leitura de trena", type="single_choice",
            choices=("não sei ler", "leio em centímetros", "leio em centímetros e polegadas"),
            question="Você sabe ler trena? Responda: não sei ler, leio em centímetros, ou leio "
            "em centímetros e polegadas.",
        ),
        FieldSpec(
            key="solda", label="Solda em ambiente quente", type="yes_no",
            question="Você trabalha perto da solda, em ambiente quente?",
        ),
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="Quantas horas por semana?",
        ),
    ),
)  # fmt: skip


def test_a_choice_for_none_said_with_a_trailing_nao() -> None:
    assert read_fields(FERRO, "Não sei ler não.", "trena")["trena"] == ("answered", "não sei ler")


def test_no_problem_said_with_the_verb_to_be_is_a_yes() -> None:
    text = "Nunca trabalhei em serralheria, mas calor não é problema pra mim."
    assert read_fields(FERRO, text, "solda")["solda"] == ("answered", True)


TALLER = JobSpec(
    title="Ayudante de cerrajería – Cerrajería Ponte, Vigo",
    fields=(
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="¿Cuántas horas por semana puedes trabajar?",
        ),
        FieldSpec(
            key="carne", label="Carné de conducir", type="yes_no",
            question="¿Tienes carné de conducir?",
        ),
    ),
)  # fmt: skip


def test_a_compound_number_of_another_language_is_read_whole() -> None:
    found = read_fields(TALLER, "Quarenta e quatro horas por semana.", "horas")
    assert found["horas"] == ("answered", 44)
    assert read_fields(TALLER, "Cuarenta y cuatro horas.", "horas")["horas"] == ("answered", 44)


WERKSTATT = JobSpec(
    title="Helfer/in Fahrradwerkstatt (m/w/d) – Radhaus Kiel",
    fields=(
        FieldSpec(
            key="bereich", label="Bevorzugter Bereich", type="single_choice",
            choices=("Montage", "Reparatur und Inspektion", "Verkauf"),
            question="Wo möchten Sie am liebsten arbeiten: Montage, Reparatur und Inspektion "
            "oder Verkauf?",
        ),
    ),
)  # fmt: skip


def test_a_long_word_of_a_choice_in_another_languages_spelling() -> None:
    text = "Surtout l'inspection des vélos, je le faisais déjà en atelier."
    assert read_fields(WERKSTATT, text, "bereich")["bereich"] == (
        "answered",
        "Reparatur und Inspektion",
    )


FERIA = JobSpec(
    title="Camarero/a de caseta – Feria de Abril, Sevilla",
    fields=(
        FieldSpec(
            key="horas", label="Horas por semana", type="hours_per_week",
            question="¿Cuántas horas a la semana puedes trabajar?",
        ),
        FieldSpec(
            key="trato", label="Experience with horses", type="single_choice",
            choices=("none", "rode as a child", "stable work", "competition rider"),
            question="How would you describe your experience with horses: none, rode as a "
            "child, stable work, or competition rider?",
        ),
        FieldSpec(
            key="razas", label="Horse breeds known well", type="short_text", required=False,
            question="Which horse breeds do you know well?",
        ),
    ),
)  # fmt: skip


def test_a_span_from_the_evening_to_the_small_hours() -> None:
    text = "De ocho de la tarde a tres de la madrugada, de viernes a domingo."
    assert read_fields(FERIA, text, "horas")["horas"] == ("answered", 21)


def test_how_would_you_describe_asks_no_wish_and_a_liking_picks_nothing() -> None:
    text = "never really done stable work tbh, but I love the competition rider shows on tv"
    assert read_fields(FERIA, text, "trato")["trato"] == ("answered", "none")


HOF = JobSpec(
    title="Aushilfe Hofladen und Stall (m/w/d) – Biohof Lindenau, Uelzen",
    fields=(
        FieldSpec(
            key="tiere", label="Erfahrung mit Tieren", type="single_choice",
            choices=("keine", "eigene Haustiere", "Nutztiere (Weide oder Stall)"),
            question="Welche Erfahrung haben Sie mit Tieren: keine, eigene Haustiere oder "
            "Nutztiere (Weide oder Stall)?",
        ),
    ),
)  # fmt: skip


def test_grown_up_on_a_farm_is_no_pay_and_the_stall_is_named() -> None:
    text = "Ich bin auf einem Bauernhof groß geworden und helfe noch heute im Stall."
    assert read_fields(HOF, text, "tiere")["tiere"] == ("answered", "Nutztiere (Weide oder Stall)")


ATELIER = JobSpec(
    title="Aide-tapissier (H/F) – Atelier Garnier, Nantes",
    fields=(
        FieldSpec(
            key="technique", label="Technique déjà pratiquée", type="single_choice",
            choices=("aucune", "garniture", "couverture", "garniture et couverture"),
            question="Quelle technique avez-vous pratiquée : garniture, couverture, les deux, "
            "ou aucune ?",
        ),
        FieldSpec(
            key="fauteuils", label="Nombre de fauteuils déjà couverts", type="number",
            question="Combien de fauteuils avez-vous déjà couverts ?",
        ),
        FieldSpec(
            key="permis", label="Permis B (livraisons chez les clients)", type="yes_no",
            question="Avez-vous le permis B ?",
        ),
        FieldSpec(
            key="velours", label="Déjà travaillé le velours", type="yes_no",
            question="Avez-vous déjà travaillé le velours ?",
        ),
        FieldSpec(
            key="scenario", type="long_text",
            label="Une cliente rapporte un fauteuil en velours taché. Que faites-vous ?",
        ),
    ),
)  # fmt: skip


def test_a_choice_with_its_article_before_a_colon_is_the_pick() -> None:
    text = "La couverture : j'ai fait un stage de deux mois chez un tapissier à Vannes."
    found = read_fields(ATELIER, text, "technique")
    assert found["technique"] == ("answered", "couverture")
    assert "permis" not in found  # "chez un tapissier" names no "livraisons chez les clients"


def test_a_word_an_open_question_shares_still_names_a_field() -> None:
    text = "Je fais de la tapisserie depuis 2019, et oui, je travaille souvent le velours."
    assert read_fields(ATELIER, text, "technique")["velours"] == ("answered", True)


def test_a_verb_names_the_choice_of_its_noun() -> None:
    assert read_fields(OLIVAR, "Varear, sin duda.", "tarea")["tarea"] == ("answered", "vareo")
    text = "Llevo tres años en la aceituna. Yo prefiero cargar remolques."
    assert read_fields(OLIVAR, text, "dias")["tarea"] == ("answered", "carga de remolques")


def test_an_apology_asked_of_someone_in_a_story_corrects_nothing() -> None:
    job = OLIVAR.model_copy(
        update={
            "fields": (
                *OLIVAR.fields,
                FieldSpec(
                    key="vecino", type="long_text",
                    label="El vecino se queja de que las aceitunas caen en su finca. ¿Qué haces?",
                ),
            )
        }
    )  # fmt: skip
    text = "Le digo que perdone, vareo hacia dentro y le recojo las que han caído en lo suyo."
    assert "tarea" not in read_fields(job, text, "vecino")


def test_a_few_times_is_occasionally() -> None:
    text = "Ich war ein paar Mal mit Freunden in der Halle, mehr nicht."
    assert read_fields(SEILGARTEN, text, "kletterei")["kletterei"] == ("answered", "ab und zu")


def test_a_total_put_right_after_it() -> None:
    text = "Ten years in total, five on walls and five on hedges. Sorry, I meant eight."
    assert read_fields(SETOS, text, "years")["years"] == ("answered", 8)
    text = "Five on walls and five on hedges, so ten years in total."
    assert read_fields(SETOS, text, "years")["years"] == ("answered", 10)


def test_two_days_joined_by_y_and_hours_each() -> None:
    job = TALLER.model_copy(update={"title": "Reponedor/a de noche – Supermercados Sol, Lugo"})
    text = "Solo el finde: sábado y domingo por la noche, 7 horas cada una."
    assert read_fields(job, text, "horas")["horas"] == ("answered", 14)


def test_dsl_is_sorry_and_puts_a_yes_right() -> None:
    from server.interview.cues import CORRECTION

    assert CORRECTION.search("non dsl, je peux pas rester debout")


GOLF = JobSpec(
    title="Driving Range Assistant – Greenway Golf Centre, Derby",
    fields=(
        FieldSpec(
            key="weekends", label="Weekend shifts", type="yes_no",
            question="Can you work weekend shifts?",
        ),
        FieldSpec(
            key="level", label="Own golf level", type="single_choice",
            choices=("never played", "beginner", "club golfer"),
            question="How would you describe your own golf: never played, beginner or club "
            "golfer?",
        ),
    ),
)  # fmt: skip


def test_a_never_choice_is_not_named_by_its_verb_alone() -> None:
    text = "Weekends are no problem. I've played golf for years, just for fun."
    assert read_fields(GOLF, text, "weekends").get("level") != ("answered", "never played")


def test_a_verb_picks_nothing_where_the_reply_names_them_all() -> None:
    text = "Me da igual, he hecho de todo: varear, los mantos, los remolques."
    assert read_fields(OLIVAR, text, "tarea")["tarea"][0] != "answered"


MUSEO = JobSpec(
    title="Guida del castello – Rocca di Vignola",
    fields=(
        FieldSpec(
            key="periodo", label="Periodo storico che conosce meglio", type="short_text",
            question="Quale periodo storico conosce meglio?",
        ),
        FieldSpec(
            key="produzioni", label="Visite guidate già condotte", type="short_text",
            required=False, question="In quali musei o castelli ha già guidato visite?",
        ),
    ),
)  # fmt: skip


async def test_ones_mother_tongue_answers_no_other_short_text() -> None:
    reading = await understand(
        judging_engine("specific"), MUSEO, "Tedesco, è la mia lingua madre.", "periodo"
    )
    assert reading.findings["periodo"].status == "vague"
    reading = await understand(
        judging_engine("specific"), MUSEO, "Il Rinascimento, soprattutto.", "periodo"
    )
    assert reading.findings["periodo"].status == "answered"


def test_no_names_given_declines_and_names_offered_do_not() -> None:
    found = read_fields(MUSEO, "Preferisco non fare nomi, per riservatezza.", "produzioni")
    assert found["produzioni"][0] == "declined"
    found = read_fields(MUSEO, "La Rocca di Bazzano, posso fare nomi se serve.", "produzioni")
    assert found.get("produzioni", ("missing",))[0] != "declined"


def test_rotating_hours_in_another_language_pick_the_rotating_choice() -> None:
    job = SEILGARTEN.model_copy(
        update={
            "fields": (
                FieldSpec(
                    key="schicht", label="Bevorzugte Schicht", type="single_choice",
                    choices=("Frühschicht", "Spätschicht", "wechselnd"),
                    question="Frühschicht, Spätschicht oder wechselnd?",
                ),
            )
        }
    )  # fmt: skip
    text = "Des horaires tournants, ça me convient."
    assert read_fields(job, text, "schicht")["schicht"] == ("answered", "wechselnd")


def test_neither_one_nor_the_other_picks_the_choice_for_none_unasked() -> None:
    text = "Je sors du lycée : je n'ai fait ni garniture ni couverture, mais j'apprends vite."
    assert read_fields(ATELIER, text, "fauteuils")["technique"] == ("answered", "aucune")
