"""The single-choice reader: one of the job's choices, named and not turned down."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from server.interview import languages
from server.interview.cues import (
    CORRECTION,
    I_HAVE,
    LANGUAGE_APOLOGY,
    NOT_HAD_WORDS,
    NOT_KNOWING,
    ONLY,
    ONLY_WORDS,
    SEVERAL,
)
from server.interview.numerals import (
    days_until_start,
    digit_forms,
    months_named,
    numbers_to_digits,
)
from server.interview.readers.message import Finding, Message
from server.interview.readers.numbers import tells_story
from server.interview.readers.pick import letter_choices, ordinal_words, read_letters, read_place
from server.interview.readers.quantity import YEARS, recalled_at
from server.interview.readers.schedule import day_set
from server.interview.readers.subject import (
    ANY_STOPWORDS,
    GENERIC_STEMS,
    about_field,
    field_wording,
    names_another_field,
    plain,
    stems,
)
from server.interview.readers.years import worked_in
from server.interview.readers.yes_no import NO_PROBLEM, UNDECIDED, negated, without_greeting
from server.interview.spec import FieldSpec, SampleField
from server.interview.text import clauses, sentences

_NEGATED_BEFORE = re.compile(
    r"(?:\bnot|n't|\bno|\bnicht|\bkein\w*|\bpas|\bnao|\bnon|\binstead\s+of|\brather\s+than"
    # "nunca fotografei eventos", "never done nights"
    r"|\bnever|\bnunca|\bjamais|\bnie|\bmai"
    # "no course of any kind": "nessun corso", "ningún curso", "nenhum curso", "aucun stage"
    r"|\bnessun|\bningun|\bnenhum|\baucun"
    # neither one nor the other: "ni cannage ni paillage", "neither … nor"
    r"|\bni|\bneither|\bnor"
    # without it: "senza modello", "sin carnet", "sem moto", "sans permis", "ohne Auto"
    r"|\bsenza|\bsin|\bsem|\bsans|\bohne|\bwithout"
    # "El que sea menos el de noche", "anything but nights", "tutto tranne la notte"
    r"|\bmenos|\bexcept|\banything\s+but|\bsalvo|\btranne|\bausser|\bsauf|\bexceto|\bexcepto"
    r"|\bstatt|\banstatt|\ben\s+lugar\s+de|\bau\s+lieu\s+d[eu']|\binvece\s+d\w*|\bem\s+vez\s+de"
    # taken back: "scratch the part-time", "olvida lo de la mañana", "vergiss die Frühschicht"
    r"|\bscratch|\bforget|\bolvida|\bolvidate|\bvergiss|\bvergessen\s+sie|\boublie[zs]?"
    r"|\blascia\s+(?:perdere|stare)|\besquece|\besqueca)"
    # Not knowing is no turning down: "non saprei... mettete cerimonia".
    r"(?!\s+(?:saprei|so|sai|se|sei|sais|sait|saurais?|sabria|saberia|weiss|know|sure|idea"
    r"|lo\s+so|lo\s+se)\b)"
    # Nor is not minding: "don't mind, either is fine".
    r"(?!\s+(?:mind|care|matter|bother|fussed)\b)"
    # within its clause: "no tengo, voy caminando" turns nothing down after the comma
    r"(?:(?:\s+[^\s,;.!?]+){0,2}"
    # or a thing never used, named after its article: "nunca he usado una nodriza
    # automática", "never worked with an automatic feeder"
    r"|\s+(?:(?:he|have|ai|ho|habe|hab)\s+)?(?:usado|used|utilise|usato|benutzt|usei|tried"
    r"|probado|provato|essaye|trabajado|worked|lavorato|travaille|trabalhei|gearbeitet)"
    r"\s+(?:(?:con|with|avec|com|mit|on)\s+)?(?:un|una|a|an|um|uma|une|ein\w*|el|la|the|o|le"
    r"|il|lo)\s+[^\s,;.!?]+)\s*$"
)


_PREFER = (
    r"\b(?:prefer\w*|prefier\w*|rather|ideally|best|lieber|liebsten|bevorzug\w*"
    r"|prefere\w*|plutot"
    r"|prefiro|preferisco|preferirei|meglio|mejor|melhor|me\s+gustaria|i'?d\s+like"
    r"|i\s+(?:choose|pick|go\s+for|want)|finalmente|finalement|pensandolo\s+mejor"
    r"|alla\s+fine|al\s+final|am\s+ende|in\s+the\s+end|no\s+fim|au\s+final|actually"
    r"|en\s+realidad|in\s+realta|eigentlich|en\s+fait|na\s+verdade"
    # "…, mais surtout Lightroom", "but mostly Excel", "vor allem SAP"
    r"|mostly|mainly|above\s+all|surtout|principalement|sobre\s+todo|sobretudo|principalmente"
    r"|hauptsachlich|vor\s+allem|soprattutto|perlopiu"
    r"|if\s+i\s+(?:have|had)\s+to\s+(?:choose|pick)|si\s+tengo\s+que\s+elegir"
    r"|se\s+tiver\s+(?:de|que)\s+escolher|wenn\s+ich\s+(?:mich\s+)?(?:wahlen|entscheiden)"
    r"\s+muss|s'il\s+faut\s+choisir|se\s+devo\s+scegliere)"
)


# A preference said after all, or on second thoughts (not "I want to learn everything").
_PREFER_AFTER_ALL = (
    r"\b(?:actually|en\s+realidad|na\s+verdade|eigentlich|en\s+fait|in\s+realta|prefer\w*"
    r"|prefier\w*|prefir\w*|preferisco|preferirei|lieber|plutot|rather)"
)


# Choices many jobs offer, with the words that name each in the six languages (accent-free,
# lower case). A choice written as one of these words is also named by the others, so
# "Afternoon, please" picks "pomeriggio" and "von zu Hause aus" picks "remote".
# fmt: off
_CONCEPTS: tuple[tuple[str, ...], ...] = (
    ("morning", "mornings", "early", "early shift", "early shifts", "earlies", "manana",
     "mananas", "por la manana", "morgens",
     "vormittag", "vormittags", "fruhschicht", "fruhdienst", "fruh", "matin", "matins",
     "matinee", "manha", "de manha", "manhas", "mattina", "mattine", "mattino", "di mattina"),
    # "late" is both: a late shift runs through the afternoon into the evening ("turno de
    # tarde" names the choice "late"; alone, "late" names neither afternoon nor evening)
    ("afternoon", "afternoons", "late", "tarde", "tardes", "por la tarde", "nachmittag",
     "nachmittags", "apres-midi", "apres midi", "pomeriggio", "pomeriggi", "di pomeriggio"),
    ("evening", "evenings", "late", "soir", "soiree", "soirees", "abend", "abends", "sera",
     "serata", "di sera", "late shift", "late shifts", "lates", "spatschicht", "spatdienst",
     "abendschicht", "abenddienst"),
    ("rotating", "rotating shifts", "rotation", "alternating shifts", "wechselschicht",
     "wechseldienst", "wechselschichten", "turnos rotativos", "rotativo", "turno rotativo",
     "roulement", "en roulement", "turnos alternados", "revezamento", "turni a rotazione",
     "turni alternati", "a rotazione",
     # "Les horaires tournants, ça me va" to "…, Nachtschicht oder wechselnd?"
     "wechselnd", "wechselnde schichten", "tournant", "tournants", "horaires tournants",
     "postes tournants", "horarios rotativos", "horarios rotatorios", "orari a rotazione",
     "horarios rotativos", "horarios alternos"),
    ("night", "nights", "overnight", "nighttime", "night shift", "nights shift", "noche",
     "noches", "nocturno", "nacht", "nachts", "nachtschicht", "nuit", "nuits", "noite",
     "noites", "notte", "notti", "notturno", "noturno", "noturna", "de noite", "nocturne",
     "de nuit", "di notte", "de noche"),
    # A language by its name in the six: "English is my native language" names "inglés".
    ("english", "ingles", "englisch", "anglais", "inglese"),
    ("spanish", "espanol", "castellano", "spanisch", "espagnol", "spagnolo"),
    ("french", "frances", "franzosisch", "francais", "francese"),
    ("german", "aleman", "deutsch", "allemand", "tedesco", "alemao"),
    ("portuguese", "portugues", "portugiesisch", "portugais", "portoghese"),
    ("italian", "italiano", "italienisch", "italien"),
    # The weekend: "Weekends only would be ideal" names "só fins de semana".
    ("weekend", "weekends", "the weekend", "fin de semana", "fines de semana", "finde",
     "fim de semana", "fins de semana", "wochenende", "wochenenden", "week-end", "week-ends",
     "fine settimana"),
    # A meal service: "mejor la cena" picks "jantar", "lunchtime" "almuerzo".
    ("lunch", "lunchtime", "lunch service", "almuerzo", "almuerzos", "almoco", "pranzo",
     "mittag", "mittags", "mittagessen", "mittagsservice", "dejeuner", "service du midi"),
    ("dinner", "dinners", "supper", "dinner service", "cena", "cenas", "jantar", "jantares",
     "diner", "abendessen", "service du soir"),
    # A day in two parts: "Split shift is fine for me" picks "partido".
    ("split shift", "split shifts", "split", "partido", "turno partido", "jornada partida",
     "horario partido", "geteilter dienst", "geteilte schicht", "geteilte dienste",
     "coupure", "en coupure", "horaire coupe", "horario dividido", "turno dividido",
     "turno spezzato", "orario spezzato", "spezzato"),
    ("diurno", "diurna", "day shift", "daytime", "days shift", "de dia", "durante o dia",
     "durante el dia", "turno de dia", "de jour", "tagsuber", "tagschicht", "di giorno"),
    ("remote", "remotely", "from home", "home office", "homeoffice", "work from home", "wfh",
     "teletrabajo", "remoto", "en remoto", "desde casa", "von zu hause", "zu hause",
     "zuhause", "teletravail", "a distance", "de chez moi", "em casa", "de casa",
     "a distancia", "da casa", "smart working", "da remoto"),
    ("on-site", "onsite", "on site", "office", "the office", "in person", "presencial",
     "oficina", "vor ort", "buro", "im buro", "sur site", "sur place", "bureau", "au bureau",
     "presentiel", "escritorio", "no escritorio", "ufficio", "in ufficio", "in sede",
     "in presenza"),
    ("hybrid", "mixed", "a bit of both", "a mix", "hibrido", "hibrida", "mixto", "hybride",
     "misto", "ibrido"),
    ("trainee", "in training", "apprentice", "stagiaire", "en formation", "praktikant",
     "praktikantin", "auszubildender", "auszubildende", "azubi", "in ausbildung",
     "en practicas", "becario", "becaria", "aprendiz", "estagiario", "estagiaria",
     "em formacao", "tirocinante", "apprendista", "in formazione"),
    ("full-time", "full time", "fulltime", "tiempo completo", "jornada completa", "vollzeit",
     "temps plein", "tempo integral", "tempo inteiro", "tempo pieno", "100 %", "100%"),
    ("50 %", "50%", "half-time", "half time", "mi-temps", "mi temps", "a mi-temps",
     "halbtags", "halbe stelle"),
    ("part-time", "part time", "parttime", "media jornada", "tiempo parcial", "teilzeit",
     "temps partiel", "meio periodo", "meio tempo", "tempo parcial", "part-time",
     "tempo parziale"),
    ("local", "in the city", "in town", "city", "ciudad", "la ciudad", "urbano", "urbana",
     "stadt", "nahverkehr", "ville", "en ville", "cidade", "urbana", "citta", "in citta"),
    ("long-distance", "long distance", "long haul", "long-haul", "foranea", "foraneo",
     "carretera", "fernverkehr", "langstrecke", "longue distance", "longa distancia",
     "lunga percorrenza"),
    ("bike", "bicycle", "normal bike", "push bike", "pushbike", "bici", "bicicleta",
     "bicicletta", "fahrrad", "velo", "bicyclette", "cycle", "cycling", "by bike",
     "mit dem rad"),
    ("e-bike", "ebike", "electric bike", "electric bicycle", "bici elettrica",
     "bicicleta electrica", "bicicleta eletrica", "pedelec", "velo electrique", "elektrorad"),
    ("scooter", "moped", "motorbike", "motorcycle", "moto", "motorino", "motocicleta",
     "motorroller", "roller", "mota", "scooter"),
    ("on foot", "walking", "walk", "i walk", "a pie", "andando", "caminando", "zu fuss",
     "a pied", "a pe", "caminhando", "andando", "a piedi"),
    # "I'd drive in": by car, said with the verb
    ("car", "auto", "coche", "carro", "voiture", "macchina", "automovel", "pkw", "drive in",
     "i'd drive", "i would drive", "i'll drive", "i drive in", "i'd drive in"),
    ("van", "furgoneta", "furgone", "transporter", "camionnette", "carrinha", "furgao"),
    # Getting there without a car of one's own: "it'd be buses", "con i mezzi".
    ("public transport", "public transportation", "bus", "buses", "the bus", "train",
     "trains", "tram", "metro", "subway", "underground", "the tube", "transporte publico",
     "transportes publicos", "autobus", "autobuses", "guagua", "tren", "cercanias", "opnv",
     "offentliche verkehrsmittel", "offentlichen verkehrsmitteln", "offis", "bahn", "s-bahn",
     "u-bahn", "strassenbahn", "transports en commun", "transport en commun", "en bus", "rer",
     "onibus", "comboio", "mezzi pubblici", "con i mezzi", "i mezzi", "pullman", "treno",
     "corriera", "colectivo", "en colectivo"),
    # Driven by someone else: "Meu marido me leva", "my mum drops me off".
    ("lift from someone", "a lift", "get a lift", "lift", "drops me", "drops me off",
     "drives me", "gives me a lift", "carona", "de carona", "me leva", "me levam", "boleia",
     "me lleva", "me llevan", "me acerca", "mi porta", "mi accompagna", "un passaggio",
     "passaggio", "nimmt mich mit", "fahrgemeinschaft", "mitfahrgelegenheit", "covoiturage",
     "m'emmene", "me depose", "me traen", "me trae"),
    ("fleet", "fleet car", "company car", "company vehicle", "company van", "frota", "flota",
     "flotte", "firmenfahrzeug", "furgoneta de la empresa",
     "fuhrpark", "firmenwagen", "dienstwagen", "flotta", "auto aziendale",
     "coche de empresa", "vehiculo de empresa", "voiture de societe", "carro da empresa"),
    ("rented", "rental", "rented car", "hired", "alquilado", "alquilada", "de alquiler",
     "mietwagen", "gemietet", "gemieteten", "louee", "en location", "alugada", "alugado",
     "aluguer", "aluguel", "noleggio", "a noleggio", "noleggiata"),
    ("all day", "whole day", "the whole day", "full day", "all-day", "todo el dia",
     "el dia entero", "dia completo", "den ganzen tag", "ganztags", "ganztagig",
     "toute la journee", "la journee entiere", "journee complete", "tutto il giorno",
     "tutta la giornata", "giornata intera", "o dia todo", "o dia inteiro", "dia todo",
     "dia inteiro", "journee entiere", "dia entero", "ganzer tag", "all day long",
     "full days"),
    # Seasons of the year and of the crop: "Only the harvest." picks "raccolta (settembre–
    # ottobre)". Not a bare "ete" (French "été" is also "been") nor "fall".
    ("harvest", "the harvest", "cosecha", "la cosecha", "recogida", "recoleccion", "ernte",
     "die ernte", "recolte", "la recolte", "colheita", "a colheita", "raccolta", "la raccolta"),
    ("summer", "verano", "sommer", "l'ete", "en ete", "cet ete", "verao", "estate"),
    ("spring", "primavera", "fruhling", "fruhjahr", "printemps"),
    ("autumn", "otono", "herbst", "automne", "outono", "autunno"),
    ("winter", "invierno", "hiver", "l'hiver", "en hiver", "inverno"),
    ("year-round", "year round", "all year", "all year round", "all the year", "ganzjahrig",
     "das ganze jahr", "ganzes jahr", "todo el ano", "todo o ano", "o ano todo",
     "el ano entero", "toute l'annee", "l'annee entiere", "tutto l'anno", "l'anno intero"),
    # Done for fun now and then: "just for fun with friends" is a "Casual player".
    ("casual", "for fun", "just for fun", "now and then", "occasionally", "por diversion",
     "de vez en cuando", "ab und zu", "gelegentlich", "zum spass", "pour le plaisir",
     "de temps en temps", "per divertimento", "ogni tanto", "de vez em quando",
     "por diversao"),
    # Levels of a skill or a language: "Advanced" picks "avanzato", "esperto" "expert".
    ("beginner", "beginners", "novice", "principiante", "anfanger", "anfangerin", "debutant",
     "debutante", "iniciante", "novato", "novata"),
    ("basic", "basico", "basica", "base", "di base", "de base", "basique", "grundkenntnisse",
     "elementary", "elemental", "elementare", "elementaire"),
    ("intermediate", "intermedio", "intermedia", "intermediaire", "intermediario",
     "intermediaria", "mittleres niveau"),
    ("advanced", "avanzado", "avanzada", "avance", "avancee", "avancado", "avancada",
     "avanzato", "avanzata", "fortgeschritten", "fortgeschrittene", "fortgeschrittener"),
    ("expert", "experto", "experta", "esperto", "esperta", "experte", "especialista"),
    ("fluent", "fluido", "fluida", "fluente", "fliessend", "courant", "fluently", "couramment",
     "con soltura", "fluidamente", "fluentemente", "com fluencia"),
    ("native", "native speaker", "nativo", "nativa", "muttersprache", "muttersprachler",
     "muttersprachlerin", "langue maternelle", "lingua madre", "madrelingua",
     "lengua materna", "lingua materna", "mother tongue", "first language", "native language",
     "lingua nativa", "lengua nativa", "erstsprache",
     "langue natale", "bilingual", "bilingue", "zweisprachig"),
    # School leaving certificates by their other names: "Realschulabschluss" is "Mittlere
    # Reife", "le bac" "baccalauréat".
    ("mittlere reife", "realschulabschluss", "mittlerer schulabschluss", "mittlerer abschluss",
     "fachoberschulreife", "msa"),
    ("hauptschulabschluss", "hauptschule", "erster schulabschluss", "berufsbildungsreife"),
    ("abitur", "allgemeine hochschulreife", "hochschulreife", "abi"),
    ("baccalaureat", "bac", "le bac", "bachot"),
    ("maturita", "diploma di maturita", "diploma di scuola superiore"),
    # A start: "straight away" picks "sofort", "de inmediato" "immediately".
    ("immediately", "right away", "straight away", "asap", "as soon as possible",
     "inmediata", "inmediato", "inmediatamente", "de inmediato", "cuanto antes",
     "lo antes posible", "sofort", "ab sofort", "so schnell wie moglich", "immediatement",
     "tout de suite", "des que possible", "au plus vite", "imediatamente", "imediato",
     "de imediato", "o quanto antes", "o mais rapido possivel", "subito", "da subito",
     "immediatamente", "il prima possibile", "quanto prima"),
    # How often: "Regularly, I enjoy travelling for work" picks "regelmäßig".
    ("regularly", "regular", "often", "frequently", "regelmassig", "oft", "haufig",
     "regularmente", "a menudo", "con frecuencia", "frecuentemente", "regulierement",
     "souvent", "frequemment", "com frequencia", "frequentemente", "regolarmente", "spesso"),
    ("occasionally", "sometimes", "now and then", "every now and then", "gelegentlich",
     "ab und zu", "manchmal", "hin und wieder", "de vez en cuando", "a veces",
     "ocasionalmente", "parfois", "de temps en temps", "occasionnellement", "as vezes",
     "de vez em quando", "ogni tanto", "a volte", "occasionalmente", "saltuariamente",
     # a few times: "ein paar Mal im Urlaub, mehr nicht"
     "a few times", "a couple of times", "ein paar mal", "ein paarmal", "einige male",
     "unas cuantas veces", "algunas veces", "quelques fois", "algumas vezes", "umas vezes",
     "qualche volta", "un paio di volte",
     # the adjective: "Ocasional: usaba el puente grúa" for "occasionnelle"
     "occasional", "ocasional", "occasionnel", "occasionnelle", "occasionale"),
    # Done at home, not at work: "I've only made arepas at home" for "en casa".
    ("at home", "en casa", "a casa", "in casa", "em casa", "zu hause", "zuhause", "daheim",
     "a la maison", "chez moi"),
    # Held and still valid: "certificate's still valid" picks "current certificate".
    ("current", "valid", "still valid", "in date", "up to date", "vigente", "en vigor",
     "valido", "valida", "em vigor", "em dia", "gultig", "noch gultig", "aktuell", "valable",
     "en cours de validite", "in corso di validita"),
    # Rather not do it: "I'd rather not touch the animals" picks "prefer not to handle
    # animals".
    ("prefer not", "rather not", "prefiero no", "preferiria no", "prefiro nao",
     "preferia nao", "lieber nicht", "prefere ne pas", "prefererais ne pas",
     "preferisco non", "preferirei non"),
    # Started and not finished: "I started the course in October, so it's ongoing".
    ("in progress", "ongoing", "under way", "underway", "en curso", "en proceso", "cursando",
     "en cours", "em curso", "em andamento", "a decorrer", "in corso", "laufend",
     "in arbeit", "en cours de formation", "en curso de formacion",
     # said of the course itself: "I'm currently doing the matelot pont course"
     "currently doing", "i'm doing", "i am doing", "estoy haciendo", "estou fazendo",
     "estou a fazer", "sto facendo", "je suis en train", "mache gerade"),
    # Both, either, no preference: one choice that means any of them.
    ("both", "either", "ambos", "ambas", "los dos", "las dos", "beide", "beides",
     "les deux", "os dois", "as duas", "entrambi", "entrambe", "tutti e due", "tutte e due",
     # the same with a digit: "les 2"
     "les 2", "los 2", "las 2", "os 2", "as 2", "tutti e 2", "tutte e 2",
     "indifferent", "indifferente", "indiferente", "me es indiferente", "no preference",
     "no real preference", "whichever",
     "egal", "ist mir egal", "keine praferenz", "me da igual", "da igual",
     "sin preferencia", "peu importe", "pas de preference", "tanto faz", "sem preferencia",
     "nao tenho preferencia", "e uguale", "per me e uguale", "nessuna preferenza",
     "doesn't matter", "does not matter", "doesnt matter", "no importa", "non importa",
     "nao importa", "spielt keine rolle", "cualquier", "cualquier turno", "any shift",
     "qualquer turno", "qualsiasi turno", "n'importe quel", "jede schicht", "uno u otro",
     "l'un ou l'autre", "um ou outro", "l'uno o l'altro", "any of them", "any of these",
     "any of those", "any of the above",
     "cualquiera", "cualquiera de los dos", "qualquer", "qualquer um", "qualsiasi",
     "n'importe lequel", "beliebig", "me da lo mismo", "da lo mismo", "tanto me da",
     "tanto me faz", "ca m'est egal", "m'est egal", "mir gleich", "ist mir gleich",
     "qualunque", "fa lo stesso", "mi e indifferente", "me da un poco igual", "me es igual",
     "don't mind", "dont mind", "do not mind", "not fussed", "don't care", "dont care",
     "lo que mejor os venga", "lo que os venga mejor", "whatever suits you",
     "whatever works for you", "wie es euch passt", "comme ca vous arrange",
     "o que for melhor para voces", "come vi e piu comodo", "qualquer uma", "c'est pareil",
     "pareil pour moi", "c'est egal", "me da igual", "da igual", "es igual", "e igual",
     "e uguale", "all the same", "same to me", "mir egal", "sans preference",
     "senza preferenza", "senza preferenze", "ohne praferenz",
     # wherever the candidate is needed: "I'm happy with anything, whatever you need"
     "happy with anything", "anything is fine", "anything's fine", "whatever you need",
     "wherever you need me", "lo que necesiteis", "donde haga falta", "donde me necesiteis",
     "wo ich gebraucht werde", "la ou vous avez besoin", "ou vous voulez",
     "onde precisarem", "onde for preciso", "dove serve", "dove c'e bisogno",
     # anywhere, as a choice or said: "happy to go anywhere", "qualsiasi posto"
     "anywhere", "happy to go anywhere", "any location", "wherever needed", "donde sea",
     "cualquier sitio", "en cualquier sitio", "n'importe ou", "partout", "egal wo",
     "qualquer lugar", "em qualquer lugar", "ovunque", "dovunque", "qualsiasi posto",
     "dove volete"),
)
# fmt: on
_BOTH = _CONCEPTS[-1]
# Concepts a word of a several-word choice brings with it ("viatura da frota", "poste de
# soirée" named by "le soir" or "evenings").
_WORD_CONCEPTS = tuple(
    c
    for c in _CONCEPTS
    if c[0]
    in (
        "fleet", "rented", "casual", "regularly", "occasionally", "morning", "afternoon",
        "evening", "night", "weekend", "prefer not", "current",
    )
)  # fmt: skip
_MIXED = next(c for c in _CONCEPTS if c[0] == "hybrid")
_RATHER_NOT = next(c for c in _CONCEPTS if c[0] == "prefer not")
# "I'd rather not say": rather not answer, which picks no "prefer not to…" choice.
_NOT_SAYING = (
    r"(?!\s+(?:to\s+)?(?:say|answer|tell|share|decir\w*|contest\w*|respond\w*|dizer|dire"
    r"|repondre|sagen|antworten|rispond\w*))"
)
# A reason after the answer ("Il pomeriggio, perché la mattina accompagno mio figlio").
_REASON = re.compile(
    r"\b(?:because|since|cause|porque|pues|ya\s+que|weil|denn|parce\s+qu\w*|car"
    r"|puisque|pois|perche|siccome|poiche)\b"
    # the spoken "que" of a reason: "tarde-noche, que por las mañanas tengo clase"
    r"|[,;]\s*(?:que|q|che)\s"
)
# A reason with no word for "because": "Afternoons, I have classes in the morning".
# Having, working or studying, said by the candidate: what keeps them busy.
_BUSY_VERBS = (
    r"i\s+(?:have|work|study)|tengo|trabajo|estudio|j'ai|je\s+(?:travaille|bosse)"
    r"|ho|lavoro|studio|tenho|trabalho|estudo|ich\s+(?:habe|arbeite|studiere)"
)
_OBSTACLE = re.compile(rf"[,.;]\s*(?:{_BUSY_VERBS})\b")
# A choice turned down after it is named ("Presencial não dá", "nights are out").
_NEGATED_AFTER = re.compile(
    r"^[\w'-]+(?:\s+[\w'-]+){0,2}\s+(?:nao\s+(?:da|posso|serve|me\s+da|compensa|vale\s+a\s+pena)"
    r"|no\s+(?:puedo|me\s+va|me\s+sirve|es\s+posible|(?:me\s+)?compensa|vale\s+la\s+pena)"
    r"|non\s+(?:conviene|vale\s+la\s+pena)|lohnt\s+sich\s+nicht|ne\s+vaut\s+pas\s+le\s+coup"
    r"|(?:is\s*n'?t|is\s+not|not)\s+worth\s+it|(?:geht|passt)\s+(?:bei\s+mir\s+|mir\s+)?(?:doch\s+|leider\s+|aber\s+)*nicht|kommt\s+nicht|non\s+(?:posso|va|fa\s+per\s+me"
    r"|e\s+possibile)|ne\s+(?:me\s+)?(?:va|convient)\s+pas|(?:is|are)\s+(?:out|not\s+possible)"
    r"|(?:doesn'?t|won'?t)\s+work|no\s+way|nein|jamais|nunca|mai"
    # "der CE ist abgelaufen": held once, no longer
    r"|(?:ist|is|has|est|e|es|esta|ha)?\s*(?:abgelaufen|expired|caducad[oa]|caduco|vencid[oa]"
    r"|venceu|scadut[oa]|expire|perime))\b"
)
# ...or by a bare "no" after it that ends the clause: "Por la mañana no", "la notte no".
_NO_AFTER = re.compile(
    r"\s+(?:no|non|nao|nicht|nich|not|pas)\s*(?:[,.;!]|$)"
    # the thing said first, then not had: "Carro propio no tengo, voy caminando"
    rf"|(?:\s+[^\W\d_]+)?\s+(?:{NOT_HAD_WORDS}"
    # not tried: "el taladro no lo he probado", "a plaina nunca usei", "il tornio non l'ho
    # mai usato", "the drill I've never tried", "die Drehbank nie benutzt"
    r"|no\s+(?:lo|la|los|las)\s+he\s+(?:probado|usado|hecho|tocado)|nunca\s+(?:lo|la\s+)?he\s+\w+"
    r"|nao\s+(?:o\s+|a\s+)?(?:usei|fiz|experimentei|testei|provei)|nunca\s+(?:usei|fiz|experimentei)"
    r"|non\s+l'?ho\s+mai|(?:i'?ve\s+)?(?:never|not)\s+(?:tried|used|done)|nie\s+(?:probiert|benutzt"
    r"|gemacht)|(?:je\s+)?ne\s+l'?ai\s+jamais)\b"
)
# A choice that means having none ("sin titulación", "none", "keiner", "aucun diplôme").
_NONE_CHOICE = re.compile(
    r"^(?:sin|sem|senza|sans|ohne|none|no|not|nao|non|nicht|je\s+n'ai|i\s+don'?t|without"
    r"|kein\w*|aucune?|nessun[oa]?|nenhum[a]?"
    r"|ningun[oa]?|nada|nothing|nichts|rien|niente|nulla)\b"
)
# A reply saying the candidate has none of it.
_HAVE_NONE = re.compile(
    r"\b(?:no\s+tengo|don'?t\s+have|do\s+not\s+have|have\s+no|haven'?t\s+got|habe\s+(?:ich\s+)?"
    r"kein\w*|je\s+n'ai\s+(?:pas|aucun\w*)|nao\s+tenho|non\s+ho|none|ningun[oa]?|nenhum[a]?"
    r"|aucune?|nessun[oa]?|keine[nm]?"
    # not either: "Tampoco tengo ADR", "nemmeno io ce l'ho"
    r"|tampoco\s+(?:lo\s+|la\s+)?tengo|tampouco\s+(?:o\s+|a\s+)?tenho"
    r"|(?:nemmeno|neanche|neppure)\s+(?:io\s+)?(?:ce\s+)?(?:l'|lo\s+|la\s+)?ho)\b"
)
# Having something, said before a "none": "J'ai un diplôme …, et je n'ai pas peur".
_HAVING_SOME = re.compile(
    rf"\b{I_HAVE}\s+(?:un|une|a|an|um|uma"
    r"|el|la|il|lo|ein|eine|einen|the)\b"
)
_NOTHING_BEFORE = re.compile(
    r"\b(?:nada\s+de|nothing|nichts|kein\w*|rien|pas\s+de|nulla|niente|sin|sem|senza|ohne"
    r"|sans|without)\s*(?:\S+\s+){0,1}$"
)


# A code of one letter names its choice only after a word for a class: "category B",
# "Klasse C", "carta C", "permis B", "minha CNH é B" (alone, "b" or "c" is a word or an
# initial).
_CLASS_WORD = (
    r"(?:category|class|cat|categoria|clase|classe|klasse|kategorie|categorie|licence|license"
    r"|permis|carta|carnet|patente|fuhrerschein|cnh)\s+(?:(?:is|es|e|ist|est|:)\s+)?"
)
_PARTS = re.compile(r"\s*\(([^()]+)\)\s*|\s*/\s*")


def _part_names(own: str, others: frozenset[str] = frozenset()) -> list[str]:
    """Names of a choice written in parts: "car (B)" is named by "car" and by "category B",
    "C (HGV)" by "HGV", "Herbst/Winter" by "Herbst" and by "Winter"; never by a part that
    is another choice ("Mañana" in "Mañana/Tarde (rotativo)" names the choice "Mañana")."""
    parts = [p.strip() for p in _PARTS.split(own) if p and p.strip()]
    if len(parts) < 2:
        return []
    names = []
    for part in parts:
        if part in others:
            continue
        if len(part) == 1 and part.isalpha():
            names += _letter_names(part)
        elif len(part) >= 2 and not _NONE_CHOICE.match(part):
            names.append(rf"{re.escape(part)}(?:e?s)?")
            for concept in _CONCEPTS:
                if part in concept:
                    names += [re.escape(w) for w in concept if w != part]
    return names


def _letter_names(letter: str) -> list[str]:
    """Names of a choice that is one letter: after a word for a class ("Klasse C"), not
    one letter of a pair ("CNH A e B" names the choice "A e B"); or the whole reply, or
    the word it opens with ("B, and I'm booked to do B+E"), "only" before it ("Nur B.")."""
    return [
        rf"{_CLASS_WORD}{re.escape(letter)}(?!\s+(?:e|y|and|und|et|&|\+)\s+\w\b)",
        rf"(?<![\s\S])(?:{_ONLY_WORD}\s+)?{re.escape(letter)}(?=[\s.!]*$|\s*[,;])",
    ]


# "Nur B.", "only C", "só B": the one letter said with a word for only.
_ONLY_WORD = rf"(?:{ONLY_WORDS}|so)"


def _tail_names(own: str, others: frozenset[str]) -> list[str]:
    """Names of a choice whose first word other choices open with too: "Klasse C1" is
    named by "C1" where "Klasse B" is a choice beside it; "Klasse C/CE" by "CE". A tail of
    digits alone ("Nivel 2") is too bare to name anything."""
    words = own.split()
    if len(words) < 2 or not any(o.split()[:1] == words[:1] for o in others):
        return []
    tail = " ".join(words[1:])
    if not re.search(r"[^\W\d_]", tail) or tail in others or _NONE_CHOICE.match(tail):
        return []
    if len(tail) == 1:
        return _letter_names(tail)
    return [rf"{re.escape(tail)}(?:e?s)?", *_part_names(tail, others)]


def _code_names(choice: str, others: frozenset[str] = frozenset()) -> list[str]:
    """Names of a choice written in parts that are codes ("HGV" and "category C" for
    "C (HGV)"): telling enough to name it in a reply to another question."""
    codes = [
        p.strip()
        for p in _PARTS.split(choice)
        if p and re.fullmatch(r"[A-Z0-9][A-Z0-9.+-]*", p.strip()) and re.search("[A-Z]", p)
    ]
    return [n for n in _part_names(plain(choice), others) if any(c.lower() in n for c in codes)]


# A credential held, which one holds several of: a licence, a permit, a certificate.
_CREDENTIAL = re.compile(
    r"\b(?:licen[cs]\w*|permis|permiso|permesso|carnet|patente|fuhrerschein\w*|cnh|carta"
    r"|certif\w*|brevet\w*|schein|klasse|category|categoria|categorie|kategorie)\b"
)


def _held_together(spec: FieldSpec, flat: str, hits: list[str], first: dict[str, int]) -> bool:
    """Whether the choices named are credentials the reply says it holds together ("le
    permis B et le BE", "B and C1"): joined by "and", none turned down or wished for."""
    if asks_preference(spec) or not _CREDENTIAL.search(plain(f"{spec.label} {spec.question}")):
        return False
    spots = sorted(first[c] for c in hits)
    return all(
        _AND.search(flat[a:b]) and not _OR.search(flat[a:b]) for a, b in itertools.pairwise(spots)
    ) and not _NOT_DECIDED.search(flat)


# Alternatives within one choice: "permis C ou CE", "B96 or BE", "Klasse C oder CE".
_OR_WITHIN = re.compile(r"\s+(?:ou|or|o|oder)\s+")
_CODE_LETTERS = 3  # an alternative this short is a code ("CE", "B96"), named only as one
_ARTICLE = r"(?:le|la|l'|el|den|die|das|o|the|mon|mi|meu|il)\s+"


# "Own car", "eigenes Auto", "coche propio": the thing owned is named as the thing.
_OWN = re.compile(
    r"^(?:(?:my\s+)?own|propio|propia|proprio|propria|eigene[snm]?|propre|seu\s+proprio)\s+"
    r"|\s+(?:propio|propia|proprio|propria|propre)$"
)


def _without_own(choice: str) -> str:
    return _OWN.sub("", choice)


def _owned(choice: str, concept: tuple[str, ...]) -> tuple[str, ...]:
    """The words of ``concept`` that name ``choice``: all of them, or for a thing owned
    ("own car") only its phrases ("I'd drive in"), as "me lleva en coche" is a lift in
    someone else's car."""
    if _without_own(choice) == choice:
        return concept
    return tuple(w for w in concept if " " in w)


def _slash_names(own: str, others: frozenset[str]) -> list[str]:
    """The names of a one-word choice written as two with a slash: "Láser/ILCA" is named
    by "Láser" (each part of four letters or more that is no other choice), spaces
    around the slash or not ("Eisenbahn / Museumsbahn")."""
    own = re.sub(r"\s*/\s*", "/", own)
    if " " in own or "/" not in own:
        return []
    if _GENDER_SLASH.fullmatch(own):
        # "Werkstudent/in": the word and its feminine ("als Werkstudentin")
        return [
            re.escape(_GENDER_SLASH.sub(lambda m: m.group(1), own)),
            re.escape(_GENDER_SLASH.sub(_feminine, own)),
        ]
    # (not a part that is a common word of a concept: "Herbst/Winter" is named only whole,
    # as "letzten Herbst und Winter" is when one worked)
    return [
        re.escape(p)
        for p in own.split("/")
        if len(p) >= 4 and p not in others and not any(p in c for c in _CONCEPTS)
    ]


def _alternative_names(own: str, others: frozenset[str], telling: bool = False) -> list[str]:
    """Names of a choice that gives alternatives: "permis C ou CE" is named by "permis CE"
    and, asked, by "le C" or "CE" alone; never by an alternative that is another choice.
    ``telling`` keeps only the names that say the choice's head word too."""
    alts = [a.strip() for a in _OR_WITHIN.split(own) if a.strip()]
    if len(alts) < 2:
        return []
    first = alts[0].split()
    head = first[0] if len(first) > 1 else ""
    names = []
    for alt in alts:
        if alt in others or _NONE_CHOICE.match(alt):
            continue
        for concept in _CONCEPTS:
            if _without_own(alt) in concept and not telling:
                # "a pé ou bicicleta" is named by "caminando", "zu Fuß", as "a pé" is
                names += [
                    re.escape(w) for w in _owned(alt, concept) if w != alt and w not in others
                ]
        code = alt.split()[-1] if alt.startswith(f"{head} ") else alt
        if len(code) <= _CODE_LETTERS:
            if head:
                names.append(rf"{re.escape(head)}\s+{re.escape(code)}")
            if not telling:
                names += [*_letter_names(code), rf"{_ARTICLE}{re.escape(code)}(?!\w)"]
        elif not telling or " " in alt:
            names.append(rf"{re.escape(alt)}(?:e?s)?")
    return names


# A small word said between two words of a choice: "un CDI à temps partiel".
_BETWEEN_WORD = r"(?:a|à|de|en|di|da|do|du|des|of|the|el|la|le|il|em|zu|im|am|in|al|au)"


def _spaced_names(own: str) -> list[str]:
    """A choice of several words named with a small word between two of them, as written
    otherwise: "un CDI à temps partiel" names "CDI temps partiel"."""
    words = own.split()
    if len(words) < 2 or any(not re.fullmatch(r"[^\W\d_]+", w) for w in words):
        return []
    return [rf"\s+(?:{_BETWEEN_WORD}\s+)?".join(re.escape(w) for w in words) + "(?:e?s)?"]


# Two things a choice joins: "diária + comissão", "fixed & tips".
_JOINED = re.compile(r"\s+[+&]\s+")
# A word that joins two things, in the six languages.
_AND_WORD = r"(?:\+|&|and|plus|with|y|e|con|mas|und|mit|et|avec|mais|com|piu|ed)"
# The letters of a joined part's first word that name it in any of the six languages:
# "comision" names "comissao", "diaria" "diária".
_STEM = 5


# A choice that joins two things with a word for "and": "ADR básico y cisternas".
_AND_JOINED = re.compile(r"\s+(?:and|y|und|e|et|ed)\s+")


def _joined_names(own: str) -> list[str]:
    """Names of a choice that joins two things with "+", "&" or "and": the two said together
    with any word for "and", in any of the six languages, each by its first letters
    ("Diaria más comisión" names "diária + comissão"), the first part by its first or its
    last word, a small word or two allowed before the second ("el básico y el de
    cisternas" names "ADR básico y cisternas")."""
    parts = _JOINED.split(own)
    if len(parts) != 2:
        parts = _AND_JOINED.split(own)
    if len(parts) != 2 or not all(p.split() for p in parts):
        return []
    first = "|".join(
        sorted({re.escape(w[:_STEM]) for w in (parts[0].split()[0], parts[0].split()[-1])})
    )
    second = re.escape(parts[1].split()[0][:_STEM])
    # (the whole first part where it is said: "o ADR básico e de cisternas" holds "ADR
    # básico", which names the choice of it alone)
    return [
        rf"(?:{re.escape(parts[0])}|(?:{first})\w*)\s+{_AND_WORD}\s+(?:{_BETWEEN_WORD}\s+){{0,2}}"
        rf"{second}\w*"
    ]


# Two things a choice joins with "and" or a slash: "solo and blade changes", "alternance
# matin/après-midi".
_JOINED_TWO = re.compile(rf"{_AND_JOINED.pattern}|(?<=[^\W\d_])\s*/\s*(?=[^\W\d_])")


def _part_unsaid(choice: str, flat: str) -> bool:
    """Whether ``choice`` joins two things ("solo and blade changes", "alternance
    matin/après-midi") and ``flat`` says no word of the second (by its first letters)."""
    parts = _JOINED_TWO.split(plain(choice))
    if len(parts) != 2:
        return False
    words = [w[:_STEM] for w in re.findall(r"[^\W\d_]{4,}", parts[1])]
    return bool(words) and not any(re.search(rf"(?<!\w){re.escape(w)}", flat) for w in words)


# Words for both of two things (not "either": a choice made of two is both of them).
_BOTH_WORDS = (
    r"(?:both|ambos|ambas|los\s+dos|las\s+dos|beide|beides|les\s+deux|os\s+dois|as\s+duas"
    r"|entrambi|entrambe|tutti\s+e\s+due|tutte\s+e\s+due)"
)
# The words of "only" a choice may open with ("nur Abbau", "só B").
_ONLY_SET = frozenset(re.findall(r"[a-z]+", ONLY_WORDS)) | {"so", "uniquement"}
# A word cut short before an "and" or "or", as German writes two compounds ("Auf- und
# Abbau" is "Aufbau und Abbau"): its tail is the next word's.
_CUT_WORD = re.compile(r"\b(\w+)-\s+(?=(?:und|oder|u)\b\.?\s+(\w+))")


def _whole_words(own: str, others: frozenset[str]) -> str:
    """``own`` with a word cut short made whole, as another choice writes it ("auf- und
    abbau" beside "nur aufbau" is "aufbau und abbau")."""

    def whole(m: re.Match[str]) -> str:
        head, after = m.group(1), m.group(2)
        for cut in range(1, len(after) - 2):
            word = head + after[cut:]
            if any(re.search(rf"\b{re.escape(word)}\b", o) for o in others):
                return word + " "
        return m.group()

    return _CUT_WORD.sub(whole, own)


@functools.lru_cache(maxsize=1024)
def _parts_of(own: str, others: frozenset[str]) -> tuple[str, ...]:
    """The other choices (two at least) that ``own`` is made of, with nothing else but an
    "and" and a code of their letters: "ab (moto e carro)" of "a (moto)" and "b (carro)",
    "auf- und abbau" of "nur aufbau" and "nur abbau"."""
    words = set(re.findall(r"\w+", _whole_words(own, others)))
    codes = {w for w in words if 2 <= len(w) <= 3 and w.isalpha()}
    parts, covered = [], set()
    for other in others:
        named = set(re.findall(r"\w+", other)) - _ONLY_SET
        letters = {w for w in named if len(w) == 1 and w.isalpha()}
        if (
            named
            and named - letters <= words
            and all(any(letter in code for code in codes) for letter in letters)
        ):
            parts.append(other)
            covered |= named - letters
    rest = words - covered - {w for w in words if re.fullmatch(_AND_WORD, w)}
    letters_of_parts = {w for p in parts for w in re.findall(r"\w+", p) if len(w) == 1}
    rest -= {c for c in codes if set(c) <= letters_of_parts}
    return tuple(sorted(parts)) if len(parts) >= 2 and not rest else ()


def _made_of_names(own: str, others: frozenset[str]) -> list[str]:
    """Names of a choice made of two others: a word for both ("beides", "both is fine"),
    and, for a code of their letters, the letters joined ("A y B", "A e B" for "AB")."""
    parts = _parts_of(own, others)
    if not parts:
        return []
    names = [_BOTH_WORDS]
    letters = [w for p in parts for w in re.findall(r"\w+", p) if len(w) == 1]
    if len(letters) == 2:
        a, b = (re.escape(x) for x in letters)
        names.append(rf"(?:{a}\s*(?:{_AND_WORD}|/|,)\s*{b}|{b}\s*(?:{_AND_WORD}|/|,)\s*{a})")
    return names


# A choice that is a span of numbered levels: "Galop 5 à 7", "Level 1-3", "Stufe 4 bis 6".
_LEVEL_SPAN = re.compile(
    r"^(?P<word>[a-z]+\s+)?(?P<lo>\d+)\s*(?:a|to|-|–|bis|al|ao|au)\s*(?P<hi>\d+)$"
)


def _range_choice(choices: tuple[str, ...], d: str) -> str | None:
    """The one choice whose span holds the level the reply names with the choices' own
    word ("Galop 6, je monte surtout en CSO" picks "Galop 5 à 7")."""
    picked = set()
    for choice in choices:
        m = _LEVEL_SPAN.match(plain(choice))
        if m is None:
            continue
        word = (m.group("word") or "").strip()
        said = rf"\b{re.escape(word)}\s*(\d+)\b" if word else r"^\W*(\d+)\W*$"
        for n in re.finditer(said, d):
            if int(m.group("lo")) <= int(n.group(1)) <= int(m.group("hi")):
                picked.add(choice)
    return picked.pop() if len(picked) == 1 else None


# A span of numbers inside a choice ("Minis (3–5 Jahre)", "niños de 6 a 9 años") and in a
# reply ("3 bis 5", "den 6- bis 9-Jährigen", "from 10 to 14").
_SPAN_IN_CHOICE = re.compile(
    r"(?<![\d:.,])(\d+)\s*(?:-|–|to|a|à|bis|al|ao|au)\s*(\d+)(?![\d:.,]\d)"
)
_SPAN_SAID = re.compile(
    r"(?<![\d:.,])(\d+)-?\s*(?:-|–|to|a|à|bis|al|ao|au|and|und|y|e|et)\s*(\d+)(?![\d:.,]\d)"
)


def _span_said_choice(choices: tuple[str, ...], texts: tuple[str, ...]) -> str | None:
    """The one choice whose span of numbers the reply says, end to end: "Am liebsten die
    Kleinen, 3 bis 5" picks "Minis (3–5 Jahre)", "the 10 to 14 year olds" "Teens (10–14)"."""
    spans = {}
    for choice in choices:
        found = _SPAN_IN_CHOICE.findall(plain(choice))
        if len(found) == 1:
            spans[choice] = (int(found[0][0]), int(found[0][1]))
    if len(spans) < 2 or len(set(spans.values())) < len(spans):
        return None
    said = {(int(a), int(b)) for t in texts for a, b in _SPAN_SAID.findall(t)}
    named = [c for c, span in spans.items() if span in said]
    return named[0] if len(named) == 1 else None


# A choice that opens with its rank: "2º turno (14h20 às 22h40)", "1st shift", "2. Schicht".
_RANKED = re.compile(r"([1-9])\s*(?:o|a|°|\.|st|nd|rd|th|e|er|re|eme)?\s+([^\W\d_]{3,})")


def _ranked_names(own: str) -> list[str]:
    """Names of a choice that opens with its rank, telling enough to name it unasked: the
    rank and its noun as written ("2º turno"), or the rank in words ("segundo turno", "the
    second shift" for "2nd shift", "zweite Schicht")."""
    m = _RANKED.match(own)
    if m is None or (words := ordinal_words(int(m.group(1)))) is None:
        return []
    noun = re.escape(m.group(2)[:4]) + r"\w*"
    # the Spanish short forms before a noun: "primer turno", "tercer turno"
    words += {"1": "|primer", "3": "|tercer"}.get(m.group(1), "")
    return [re.escape(m.group()) + r"\w*", rf"(?:{words})\s+{noun}"]


_COMPOUND_CHOICE = 10  # letters of a one-word choice that may be a compound
_COMPOUND_TAIL = 5  # letters of the shortest tail that names a compound choice
_COMPOUND_HEAD = 4  # letters before it
# A word written with both its endings: "Monitor/a", "Técnico/a", "diplomato/a".
_GENDER_SLASH = re.compile(r"\b([a-z]{3,})/(a|as|ora|oras|essa|ice|in|innen)\b")


def _feminine(m: re.Match[str]) -> str:
    """The feminine of a word written with both endings: "monitor/a" is "monitora",
    "tecnico/a" "tecnica", "fahrer/in" "fahrerin"."""
    word, ending = m.group(1), m.group(2)
    if ending == "a" and word.endswith("o"):
        return word[:-1] + "a"
    return word + ending


def _ies_plural(own: str) -> list[str]:
    """An English plural of a choice ending in "y": "off-road buggies" for "off-road buggy"."""
    return [rf"{re.escape(own[:-1])}ies"] if re.search(r"[^aeiou]y$", own) else []


def _names(choice: str, others: frozenset[str] = frozenset()) -> list[str]:
    """The words that name ``choice``: the choice itself, its concept's words, the parts of
    a choice written in parts ("car (B)"), and the stems of a several-word choice's longer
    words ("car parks" is named by "parking")."""
    own = plain(choice)
    # "Monitor/a de natación": the words with both endings, not two parts at the slash
    gendered = _GENDER_SLASH.search(own) is not None
    if gendered:
        own = _GENDER_SLASH.sub(lambda m: m.group(1), own)
    names = [
        rf"{re.escape(own)}(?:e?s)?",
        *_ies_plural(own),
        *_part_names(own, others),
        *_tail_names(own, others),
        *_ranked_names(own),
        *_alternative_names(own, others),
        *_joined_names(own),
        *_spaced_names(own),
        *_made_of_names(own, others),
    ]
    if gendered:
        feminine = _GENDER_SLASH.sub(_feminine, plain(choice))
        names.append(rf"{re.escape(feminine)}s?")
    for concept in _CONCEPTS:
        if _without_own(own) in concept:
            # not a word that is another choice: "tram" names no "bus" beside it
            names += [re.escape(w) for w in _owned(own, concept) if w != own and w not in others]
    words = own.split()
    said = {
        c: {e for e in c if re.search(rf"(?<!\w){re.escape(e)}(?!\w)", own)} for c in _WORD_CONCEPTS
    }
    brought = [c for c in _WORD_CONCEPTS if own not in c and said[c]]
    # (one thing the choice says, in one or more of its forms: "weekend", "weekends")
    if brought and len({own.find(e) for c in brought for e in said[c]}) == 1:
        # A choice of several words is named by its telling word's concepts: "fleet car"
        # names "viatura da frota" (not a choice that joins two: "mattina e pomeriggio")
        names += [
            re.escape(w) + (_NOT_SAYING if c is _RATHER_NOT else "")
            for c in brought
            for w in c
            if w not in words
        ]
    if len(words) == 1 and len(own) >= 5:
        # The last part of a compound word: "televendas" names "vendas".
        names.append(rf"[^\W\d_]{{3,}}{re.escape(own)}(?:e?s)?")
    if len(words) == 1 and len(own) >= _COMPOUND_TAIL + _COMPOUND_HEAD and choice[:1].isupper():
        # (a noun written with a capital, as German compounds are: "intermedio" is no
        # compound of "medio")
        # The last part of a compound choice, as a word of five letters or more that is no
        # other choice's and no word of any work, after a head of four letters or more:
        # "Lieber in der Halle" names "Sortierhalle" (not "lingue" "bilingue").
        tails = {
            own[i:]
            for i in range(_COMPOUND_HEAD, len(own) - _COMPOUND_TAIL + 1)
            if own[i : i + 5] not in GENERIC_STEMS and not any(own[i:] in o for o in others)
        }
        if tails:
            names.append(
                "(?:" + "|".join(re.escape(t) for t in sorted(tails, key=len, reverse=True)) + ")"
            )
    if len(words) == 1 and len(own) >= _COMPOUND_CHOICE:
        # The first part of a compound choice, as a word of six letters or more: "Mittags
        # wäre gut" names "Mittagsschicht", "abends" "Abendschicht".
        heads = {own[:i] for i in range(6, len(own) - 3)} | {own[:5] + "s"}
        names.append(
            "(?:" + "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True)) + ")"
        )
    names += _both_names(choice)
    return names


def _both_names(choice: str, others: frozenset[str] | None = None) -> list[str]:
    """A choice that opens with "both" ("Both 12AB and 12D", "both days") is named by the
    word for both in any of the six languages: "I've got both now", "Los dos días". Unasked
    (``others`` given), only just before a word of the choices: "both Saturdays and
    Sundays", not "both a car and a licence"."""
    if re.match(rf"{_BOTH_WORDS}\s+\S", plain(choice)) is None:
        return []
    if others is None:
        return [_BOTH_WORDS]
    words = {
        w
        for c in (plain(choice), *others)
        for w in re.findall(r"[^\W\d_]{4,}", plain(c))
        if not re.fullmatch(_BOTH_WORDS, w)
    }
    if not words:
        return []
    named = "|".join(re.escape(w[:5]) for w in sorted(words))
    return [rf"{_BOTH_WORDS}(?=\s+(?:[^\W\d_]+\s+)?(?:{named}))"]


def shares_choice_root(choices: tuple[str, ...], text: str, least: int = 4) -> bool:
    """Whether ``text`` has a word of ``least`` letters or more that begins as a word of one
    of ``choices`` does (by its first four letters): "earlies please" for "early
    (7am-3pm)", "massage therapist" for "Masseur/in"."""
    pattern = rf"[^\W\d_]{{{least},}}"
    own = {w[:4] for c in choices for w in re.findall(pattern, plain(c))}
    return any(w[:4] in own for w in re.findall(pattern, plain(text)))


def names_some_choice(choices: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` names any of ``choices`` in any way this reader knows: as written,
    by concept, by near spelling, or by a stem of a several-word choice's words."""
    flat = plain(text)
    for choice in choices:
        names = _names(choice) + _near_names(choice)
        names += [re.escape(w[:5]) + r"\w*" for w in plain(choice).split() if len(w) >= 5]
        if re.search(rf"(?<!\w)(?:{'|'.join(names)})(?!\w)", flat):
            return True
    return False


# A word of a choice longer than this is named by its stem with no ending ("domestic").
_BARE_STEM = 7
# The shortest one-word choice named with one letter changed.
_SWAP_LENGTH = 7


_ING_CHOICE = 7


@functools.cache
def _a_number_word(word: str) -> bool:
    """Whether ``word`` is a number in words, in any of the six languages ("deux", "vier")."""
    return any(re.fullmatch(r"\d+", form.strip()) is not None for form in digit_forms(word))


# The letters of a choice's short word, which names only itself with an ending.
_SHORT_STEM = 4


def _near_names(choice: str) -> list[str]:
    """Weaker names, used only when no choice is named outright: a one-word choice spelt
    with a letter doubled or single ("bicicleta" for "bicicletta"), and the stems of a
    several-word choice's longer words ("parking" for "car parks")."""
    own = plain(choice)
    words = own.split()
    names: list[str] = []
    if _NONE_CHOICE.match(own) or _NEVER_WORD.match(own):
        # "no licence", "never played": its other words are the question's topic, not a
        # choice ("I've played golf for years" is no "never played")
        return names
    if len(words) == 1 and len(own) >= 6 and own[-2:] in ("or", "er"):
        names.append(rf"{re.escape(own)}(?:a|as|in|innen)")  # "tiradora", "Fahrerin"
    if len(words) == 1 and (shop := re.fullmatch(r"([a-z]{3,})(?:erie|eria|erei|aria)", own)):
        # the trade of a place named: "boulanger" for "boulangerie", "panadero" for
        # "panadería", "Bäcker" for "Bäckerei", "macellaio" for "macelleria"
        names.append(rf"{re.escape(shop.group(1))}(?:er|ere|ero|era|eiro|eira|iere|ier|aio|aia"
                     r"|aiolo|aiola)s?")  # fmt: skip
    if len(words) == 1 and len(own) >= _ING_CHOICE and own.endswith("ing"):
        names.append(rf"{re.escape(own[:-3])}(?:ers?)")  # "a kitesurfer" does "kitesurfing"
    if len(words) == 1 and len(own) >= 6:
        for i, letter in enumerate(own):
            if i and own[i - 1] == letter:
                names.append(re.escape(own[:i] + own[i + 1 :]))  # a double letter single
            elif letter.isalpha() and letter not in "aeiou":
                names.append(re.escape(own[:i] + letter + own[i:]))  # a single letter double
            if i and len(own) >= _SWAP_LENGTH and letter.isalpha():
                # one letter for another, as languages spell one word: "ayudante" names
                # "ajudante"
                names.append(re.escape(own[:i]) + r"[^\W\d_]" + re.escape(own[i + 1 :]))
            if i and own[i - 1] not in "aeiou" and letter not in "aeiou" and own[i - 1] != letter:
                # a consonant of a pair dropped, as languages spell one word: "tratorista"
                # names "tractorista", "elétrico" "eléctrico"
                names.append(re.escape(own[: i - 1] + own[i:]))
    words = re.findall(r"[^\W_]+", own)  # "fluente/nativo (C2)": three words
    if len(words) > 1:
        for word in words:
            if _a_number_word(word) or word in ANY_STOPWORDS:
                # the "deux" of "deux-roues" is no name of it ("Deux nuits"), nor the "anche"
                # of "anche CNC" ("Sì, anche la domenica se serve")
                continue
            stem = re.sub(r"(?:es|s)$", "", word) if len(word) > 4 else word
            if len(stem) >= 5 and stem[-1] in "oa":
                # Either gender: "nativa" names "fluente/nativo (C2)"; a long one with no
                # ending, as English writes it: "domestic" names "…domestica".
                ending = "?" if len(stem) > _BARE_STEM else ""
                names.append(rf"{re.escape(stem[:-1])}(?:o|a|os|as){ending}(?!\w)")
            elif len(stem) > _BARE_STEM and stem[-1] == "e":
                # "industrial" names "…industriale", "manual" "…manuale"
                names.append(rf"{re.escape(stem[:-1])}(?:e|i|es)?(?!\w)")
            elif len(stem) > _SHORT_STEM:
                names.append(rf"{re.escape(stem)}\w*")
            elif len(stem) == _SHORT_STEM:
                # a short word with at most an ending ("lived", "parking"): "moto" names
                # no "motor"
                names.append(rf"{re.escape(stem)}(?:s|es|e|a|o|d|ed|ing|n)?(?!\w)")
            if len(word) >= _COMPOUND_CHOICE and word.capitalize() in choice:
                # the head of a compound noun of a German choice, as another language
                # says it: "iniezioni di insulina" names "auch Insulinspritzen"
                names.append(
                    "(?:"
                    + "|".join(re.escape(word[:i]) for i in range(len(word) - 3, 5, -1))
                    + r")\w*"
                )
            if len(word) > _SWAP_LENGTH:
                # one letter for another, as languages spell a long word: "désinfection"
                # names "Reinigung und Desinfektion"
                names += [
                    re.escape(word[:i]) + r"[^\W\d_]" + re.escape(word[i + 1 :])
                    for i in range(1, len(word))
                    if word[i].isalpha()
                ]
    return names


# A greeting that opens a message or a sentence names no shift: "Buenas tardes. Sí, …" is
# not the afternoon shift, nor "Good morning!" (or "Oii boa tarde!") the morning one.
# A question the candidate asks, opened by a question word: "what's the rate for weekends?",
# "¿hay turno de noche?", "gibt es Spätschichten?", "c'est payé comment le dimanche ?".
_ASKED_BACK = re.compile(
    r"(?:^|(?<=[,.;:!?¿])|(?<=[,.;:!?¿]\s))((?:what|how|which|when|where|why|is\s+there|are\s+there|do\s+you|que"
    r"|qual|quanto|cuanto|cual|como|cuando|donde|hay|was|wie|welche\w*|wann|wo|gibt\s+es|quel\w*"
    r"|combien|comment|quand|est-ce|y\s+a-t-il|c'est|quant\w*|come|dove|quando|perche|c'e"
    r"|tem|existe|is\s+(?:it|that|this)|does\s+(?:it|that|this)|are\s+they|ist\s+(?:das|es))\b"
    r"[^.!?¿]*\?)"
)
_GREETINGS = re.compile(
    r"(?:^(?:(?:oi+|ola|hi|hey|hello|hola|hallo|ciao|salut|ok|oh)\s+)?|(?<=[.!?,]\s))\s*"
    r"(?:good\s+(?:morning|afternoon|evening|night)|buen[oa]s\s+"
    r"(?:dias|tardes|noches)|bom\s+dia|boa\s+(?:tarde|noite)|buon\s*giorno|buona\s*sera"
    r"|buona\s+notte|guten\s+(?:morgen|tag|abend)|bonjour|bonsoir)\b"
)
# Unasked, "Morning! Yes, …" opens with a greeting, not a shift; "Na gut: sechs Jahre…"
# with a shrug, not the level "gut".
_BARE_GREETING = re.compile(
    r"^\s*(?:morning|evening|afternoon|morgen)(?=\s*(?:!|,\s*all\b))"
    r"|^\s*(?:na|also|schon|ok|okay)\s+gut\b|^\s*(?:va\s+bene|ta\s+bom|tudo\s+bem|muy\s+bien)\b"
)


_COUNTED = re.compile(
    r"(?<!\w)(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|dos|tres|cuatro|cinco|seis|siete"
    r"|dois|duas|quatro|sete|deux|trois|quatre|cinq|six|sept|zwei|drei|vier|funf|sechs|sieben"
    r"|due|tre|quattro|cinque|sei|sette)\s+$"
)


def _counted(flat: str, at: int) -> bool:
    """Whether a number counts what is named at ``at`` ("three days"; not "class 2 HGV")."""
    before = flat[max(0, at - 24) : at]
    return bool(_COUNTED.search(before[-12:])) and not re.search(rf"\b{_CLASS_WORD}\d+\s+$", before)


# A clause apologising for the candidate's command of a language.
# with the "sorry" before it, which corrects nothing: "Hi, sorry, my German is not so good"
_APOLOGY_CLAUSE = re.compile(
    r"(?:\b(?:sorry|perdon\w*|disculp\w*|lo\s+siento|desculp\w*|scus\w*|desole\w*|pardon"
    r"|entschuldig\w*)\s*[,:]?\s*)?"
    rf"[^,.;!?]*(?:{LANGUAGE_APOLOGY.pattern})[^,.;!?]*"
)


def read_choice(spec: FieldSpec, msg: Message) -> list[Finding]:
    """One of the job's choices, named in the message and not negated ("a van, not a car").

    A work sample's field, and a field whose choices are bare letters ("A or B?"), is read
    only in reply to its own question: a label names every item of its sample alike, and a
    letter is a word ("a") in most of the six languages. A choice that is a word for none
    is not read from a reply about another field's subject ("Mit Bienen habe ich noch keine
    Erfahrung", to the licence asked: the "keine" is the experience's)."""
    in_the = _in_the(spec.choices or (), spec.question or spec.label)
    if in_the is None:
        found = _read_choice(spec, msg)
    else:
        # "no facão, com prática" is "with the machete", no "no": read as "em facão"
        found = _read_choice(spec.model_copy(update={"choices": in_the}), msg)
        back = dict(zip(in_the, spec.choices or (), strict=True))
        found = [replace(f, value=back.get(f.value, f.value)) for f in found]
    if (
        found
        and found[0].status == "answered"
        and _NONE_CHOICE.match(plain(str(found[0].value)))
        # "Hmm, not sure what counts as plant training": not knowing, no "no plant training"
        # (a "no" besides still says it: "No sé, nunca he hecho ninguno")
        and (unsure := NOT_KNOWING.search(plain(msg.text))) is not None
        and not negated(NOT_KNOWING.sub(" ", plain(msg.text)), msg.lang)
        and unsure.start() < _NOT_KNOWING_OPENS
    ):
        found = []
    if msg.is_asked(spec) and not any(f.status == "answered" for f in found):
        # "Suono il clarinetto" to "legni (sax, clarinetto, flauto), ottoni (tromba,
        # trombone, corno) o entrambi": the choice the question gives it as an example of
        if (by_example := _example_choice(spec, msg)) is not None:
            return [Finding("answered", by_example, msg.text)]
    if (
        found
        and found[0].status == "answered"
        and _NONE_WORD.fullmatch(plain(str(found[0].value)))
        # (by a word of none of its own choices: "never handled livestock" names "work with
        # livestock", though "Livestock breeds known" is another field)
        and names_another_field(
            spec,
            # (not an open question, whose scenario's words are many)
            [o for o in msg.others(spec) if o.type != "long_text"],
            _without_words_of(" ".join(spec.choices or ()), plain(found[0].evidence or msg.text)),
        )
    ):
        return []
    return found


# How far into a reply its not knowing opens it ("Hmm, not sure what counts as …").
_NOT_KNOWING_OPENS = 12


@functools.cache
def _examples(choices: tuple[str, ...], question: str) -> dict[str, tuple[str, ...]]:
    """The examples a question gives in brackets after a choice ("legni (sax, clarinetto,
    flauto)"), as the first four letters of each (a word's stem in a neighbouring language:
    "Trompete" for "tromba")."""
    flat = plain(question)
    found = {}
    for c in choices:
        m = re.search(rf"{re.escape(plain(c))}\s*\(([^()]+)\)", flat)
        words = re.findall(r"[^\W\d_]{3,}", m.group(1)) if m is not None else []
        if words := [w for w in words if w not in ANY_STOPWORDS]:
            found[c] = tuple(w[:_EXAMPLE_STEM] for w in words)
    return found


_EXAMPLE_STEM = 4


def _example_choice(spec: FieldSpec, msg: Message) -> str | None:
    """The choice whose examples in the question the reply names, not negated; where it
    names those of two choices, the one for both of them ("suono sia il sax sia la tromba"
    to "… o entrambi")."""
    examples = _examples(spec.choices or (), spec.question or "")
    if not examples:
        return None
    # (each clause with no "not" in it: "La batteria no, …", "Suono la tromba, non il sax")
    words = [
        w
        for c in clauses(plain(msg.text))
        if not negated(c, msg.lang)
        for w in re.findall(r"[^\W\d_]{3,}", c)
    ]
    named = [
        c for c, stems_ in examples.items() if any(w.startswith(t) for w in words for t in stems_)
    ]
    if len(named) == 1:
        return named[0]
    both = [c for c in spec.choices or () if re.fullmatch(_BOTH_WORDS, plain(c).strip())]
    return both[0] if len(named) > 1 and len(both) == 1 else None


@functools.cache
def _in_the(choices: tuple[str, ...], question: str) -> tuple[str, ...] | None:
    """A Portuguese job's choices with an opening "no" ("in the") written "em", as a reply's
    is read: "no facão, com prática" names no none; ``None`` where no choice needs it."""
    if not any(re.match(r"no\s+[^\W\d_]", plain(c)) for c in choices):
        return None
    if languages.guess(f"{question} {' '.join(choices)}", "") != "pt":
        return None
    return tuple(re.sub(r"^(\W*)[Nn]o(?=\s+[^\W\d_])", r"\1em", c) for c in choices)


def _read_choice(spec: FieldSpec, msg: Message) -> list[Finding]:
    choices = spec.choices or ()
    flat = _GREETINGS.sub(lambda m: " " * len(m.group()), plain(msg.text))
    # "Keine Ahnung, hoch halt": not knowing names no "keine" (unless a choice says it:
    # "não sei ler")
    flat = NOT_KNOWING.sub(
        lambda m: (
            m.group() if any(m.group() in plain(c) for c in choices) else " " * len(m.group())
        ),
        flat,
    )
    # "Hi, sorry, my Italian is still basic": of the candidate's Italian, not a level asked
    flat = _APOLOGY_CLAUSE.sub(
        lambda m: m.group() if about_field(spec, m.group()) else " " * len(m.group()), flat
    )
    if msg.lang == "pt":
        # "No convés, mas se precisar ajudo na cozinha": the Portuguese "no" is "in the"
        flat = re.sub(r"\bno(?=\s+[^\W\d_])", "em", flat)
        # "Não tenho carro nem moto": the Portuguese "nem" is "nor" (in German, "nach nem
        # Jahr", it is "a")
        flat = re.sub(r"\bnem\b", "ni ", flat)
    # "single handed only" for "single-handed rod only": a choice's hyphened word, spaced
    for joined in {w for c in choices for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)+", plain(c))}:
        spaced = r"\s".join(re.escape(p) for p in joined.split("-"))
        flat = re.sub(rf"(?<!\w){spaced}(?!\w)", joined, flat)
    asked = msg.is_asked(spec)
    # "Sorry, before I go on, what's the hourly rate for weekends?": a question of the
    # candidate's own names no choice
    flat = _ASKED_BACK.sub(lambda m: " " * len(m.group()), flat)
    if not asks_preference(spec):
        # "Soy ingeniera agrícola, nada que ver, pero me encanta la historia": a liking, to
        # a question of what one has, names none of it
        flat = _LIKING.sub(lambda m: " " * len(m.group()), flat)
    if not asked:
        flat = _BARE_GREETING.sub(lambda m: " " * len(m.group()), flat)
    if not asked and (isinstance(spec, SampleField) or letter_choices(choices)):
        return []
    if not asked and tells_story(msg) and not CORRECTION.search(flat):
        return []  # "…and that same afternoon it went to the garage": no afternoon shift
    if asked and (ranged := _range_choice(choices, numbers_to_digits(flat, msg.lang))) is not None:
        return [Finding("answered", ranged, msg.text)]  # "Galop 6" for "Galop 5 à 7"
    if asked and (pattern := _pattern_choice(choices, flat)) is not None:
        return [Finding("answered", pattern, msg.text)]  # "o 4 on 4 off" for "4 on 4 off rota"
    if (
        asked
        and (head := _HEADWORD.match(flat)) is not None
        # (not one taken back: "Spätschicht – nein, Moment, … Dann lieber Frühschicht")
        and not CORRECTION.search(flat)
        and not _BARE_NO.fullmatch(
            re.split(r"[,.;!?\s]", flat[head.end() :].strip(), maxsplit=1)[0]
        )
        and (headed := _short_word_choice(choices, head.group(1), msg.lang)) is not None
    ):
        # "Assisted - I did the daily cell counts, but the culture room was run by the
        # senior tech": the one word said first, set apart, picks; the story after it
        # names other choices' words in passing
        return [Finding("answered", headed, msg.text)]
    if letter_choices(choices):
        picked = read_letters(choices, msg.text)
        if picked is None:
            picked = read_place(choices, flat)
        if isinstance(picked, str):
            return [Finding("answered", picked, msg.text)]
        if picked is False:
            return [Finding("vague", None, msg.text, "please pick just one of the options")]
        if UNDECIDED.search(flat):
            return [Finding("vague", None, msg.text, "please pick one of the options")]
        return []
    # Unasked, a choice is named as written; correcting one, in any words ("sorry, I
    # wanted to say night shift" for "Nachtschicht").
    hits, first, literal = _hits(choices, flat, asked or _puts_right(flat), near=False)
    if asked and _only_in_reason(flat, hits, first):
        # "arranke en campo porfa, q en el secadero me agobio": the choice named only in
        # the reason is what the candidate turns from; the words before it are the pick
        # (not read again whole, as every word of the choice is said)
        hits, first = [], {}
    if (
        not hits
        and asked
        and not literal  # "never worked on flat roofs": written as it is, and turned down
        and (every_word := _all_words_named(choices, flat)) is not None
    ):
        hits, first, literal = [every_word], {every_word: 0}, 0  # "CDI plein temps"
        loose = True
    else:
        loose = not hits and asked
        if loose:
            hits, first, literal = _hits(choices, flat, asked, near=True)
            if _only_in_reason(flat, hits, first):
                hits = []
            # "No licence, sorry, I never learned to drive": a choice's word ("Never
            # played") named loosely in a clause about another field is that field's
            hits = [c for c in hits if not _of_another_field(spec, msg, flat, first[c])]
            if len(hits) > 1 and any(not _part_unsaid(c, flat) for c in hits):
                # "solo, for 3 years" to "solo operator" or "solo and blade changes": the
                # choice that adds a second thing, said without it, is not named
                hits = [c for c in hits if not _part_unsaid(c, flat)]
    hits = [c for c in hits if not _only_a_word(c, msg.text, asked)]
    if asked and len(hits) == 1 and (put_right := _put_right(spec, msg, flat, hits[0], first)):
        # "Embalagem. Não, pensando melhor, prefiro a estufa": a choice put right after
        # the slip, named there only by a word of it ("estufa e secagem")
        hits, first = [put_right[0]], {put_right[0]: put_right[1]}
    if (
        len(hits) == 1
        and plain(hits[0]) in _BOTH
        and (cut := re.search(r"[.,;!?…]", flat[first[hits[0]] :])) is not None
        and re.search(
            rf"{_PREFER_AFTER_ALL}\W+(?:\w+\W+){{0,2}}[^\W\d_]{{4,}}",
            flat[first[hits[0]] + cut.end() :],
        )
    ):
        # "Tanto faz... na verdade prefiro a abertura": no preference taken back by one
        # said in words the choices do not hold (the model reads which)
        hits = []
    if not asked and hits and _history_not_wish(spec, msg, flat, hits):
        return []
    if not asked and hits and (slips_said := list(CORRECTION.finditer(flat))):
        last_slip = slips_said[-1]
        # "Perdona, me equivoqué antes: en el secadero del vecino fueron cuatro años, no
        # tres": the years put right; the choice's word in their clause only says where
        # (not "Anzi no: meglio Teilzeit, 30 ore", the choice in a clause of its own)
        hits = [
            c
            for c in hits
            if first[c] < last_slip.start()
            or not _IN_A_PLACE.search(flat[: first[c]])
            or not _number_put_right(spec, msg, _clause_at(flat, first[c]))
        ]
    if not asked:
        # "ich habe hier keine Familie": a choice that is a word for none ("keine") names
        # itself unasked only beside the field's own subject.
        hits = [
            c
            for c in hits
            if not (_NONE_WORD.fullmatch(plain(c)) and not about_field(spec, msg.text))
        ]
    if not asked and not _PREFERENCE.search(flat):
        # "Perdón, 30, que por las tardes estudio": the afternoons are why, not the pick.
        hits = [c for c in hits if not _in_reason(flat, first[c])]
    if len(hits) > 1 and any(not _busy_then(flat, first[c]) for c in hits):
        # "doch lieber Spätschicht, sorry, vormittags habe ich Vorlesungen": the mornings
        # are taken, not picked
        hits = [c for c in hits if not _busy_then(flat, first[c])]
    if asked and not literal and names_pay(choices, msg.text):
        hits = []  # pay, sent to a choice question: another question's answer
    if (
        (asked or (_puts_right(flat) and about_field(spec, msg.text)))
        and not literal
        and (waited := _wait_choice(spec, msg)) is not None
    ):
        # (unasked, put right: "uma correção: posso ir a campo quatro dias por semana")
        return [Finding("answered", waited, msg.text)]
    if (asked or _PREFERENCE.search(flat)) and (
        ages := _span_said_choice(choices, (flat, numbers_to_digits(flat, msg.lang)))
    ) is not None:
        return [Finding("answered", ages, msg.text)]  # "die Kleinen, 3 bis 5": "Minis (3–5)"
    opening_months = _month_choice(choices, next(iter(clauses(flat)), ""), msg.lang)
    slips = [m.end() for m in CORRECTION.finditer(flat)]
    if opening_months is not None and slips:
        # "Only July and August... actually no, I can start in June, so June to September":
        # the months said after the correction
        opening_months = _month_choice(choices, flat[slips[-1] :], msg.lang) or opening_months
    if asked and opening_months is not None:
        # "Seulement juillet et août, je reprends la fac en septembre": both ends of one
        # span of months in the opening clause, not a month of another said as a reason
        # (nor a month said apart: "agosto mejor, que en julio tengo la recu")
        return [Finding("answered", opening_months, msg.text)]
    if asked and (span := _clock_span_choice(choices, flat, msg.lang)) is not None:
        return [Finding("answered", span, msg.text)]  # "dalle 5 alle 11" for "5:00-11:00"
    if asked and (clock := _clock_choice(choices, flat, msg.lang)) is not None:
        # "Lieber erst um 5" to "3:00, 4:00 oder 5:00 Uhr?": the hour said, whatever else
        # ("5 am. Earlier is not possible because of the first tram") the reply names
        return [Finding("answered", clock, msg.text)]
    if loose and hits:
        # "midweek only, I coach kids football on saturdays": named only loosely (in near
        # words, or word by word across the reply), the choice the opening clause says two
        # words of; the Saturdays after it are a reason.
        opening = next(iter(clauses(flat)), "")
        picked = _words_of_one_choice(choices, opening)
        if picked is not None and not _NEVER.search(opening):
            hits, first = [picked], {picked: 0}
        elif never := _never_done_choice(choices, flat) or _never_choice(spec, msg, flat):
            # "none, never worked or volunteered on any railway": not "miniature railway
            # crew" for the railway named, the choice for none of it; "never picked up a
            # club in my life" is "never played", not "club golfer"
            hits, first = [never], {never: 0}
    if asked and (none := _none_concluded(spec, flat)) is not None:
        return [Finding("answered", none, msg.text)]  # "… Donc pas de permis fluvial."
    settled = _settle(spec, msg, flat, asked, hits, first, literal)
    if (
        asked
        and (not settled or settled[0].status == "vague")
        and (stemmed := _all_stems_named(choices, flat)) is not None
        and (not hits or stemmed in hits)
    ):
        return [Finding("answered", stemmed, msg.text)]
    if not settled and not asked and (months := _months_offered(choices, flat, msg.lang)):
        return [Finding("answered", months, msg.text)]
    if not settled and not asked and (said := _said_of_field(spec, msg)) is not None:
        return [said]
    if (
        not settled
        and not asked
        and not tells_story(msg)
        # (a choice wished for only where wished: "ein halbes Jahr als Aushilfe, letzten
        # Herbst und Winter" names no "Gewünschte Saison: Herbst/Winter")
        and (not asks_preference(spec) or says_wish(flat))
        and (whole := _all_stems_named(choices, flat, unasked=True)) is not None
    ):
        # "lavoro con il sughero da diciotto mesi, faccio scenografie per presepi", asked
        # the years: every longer word of one choice ("scenografie in sughero"), unasked
        return [Finding("answered", whole, msg.text)]
    if not settled and not asked and (neither := _none_for_denied(choices, flat, 2)) is not None:
        # "je n'ai fait ni cannage ni paillage", asked the years: "aucune", in its clause
        clause = next(
            (c for c in clauses(msg.text) if _none_for_denied(choices, plain(c), 2)), msg.text
        )
        return [Finding("answered", neither, clause)]
    if (
        not settled
        and not asked
        and about_field(spec, msg.text)
        and (never := _never_done_choice(choices, flat)) is not None
    ):
        # "None at all, I've never laid a hedge", asked the years: "not laid a hedge yet"
        return [Finding("answered", never, msg.text)]
    if (
        not settled
        and not asked
        and CORRECTION.search(flat)
        and (two := _words_of_one_choice(choices, flat)) is not None
    ):
        # "Y una cosa de antes: al final solo puedo la primera quincena": two words of one
        # choice together, put right unasked
        return [Finding("answered", two, msg.text)]
    if not settled and asked and (short := _short_word_choice(choices, flat, msg.lang)) is not None:
        return [Finding("answered", short, msg.text)]
    if asked and (not settled or settled[0].status == "vague"):
        # Last, the readers of a choice said in other terms, in this order.
        other_terms: tuple[Callable[[], str | None], ...] = (
            lambda: _own_choice(choices, flat),
            lambda: _month_choice(choices, flat, msg.lang),
            lambda: _share_choice(choices, numbers_to_digits(flat, msg.lang)),
            lambda: _words_of_one_choice(choices, flat),
            lambda: _fluent_as_advanced(choices, flat),
            lambda: _verb_choice(choices, flat),
            lambda: _none_for_denied(choices, flat),
            lambda: _never_done_choice(choices, flat),
            lambda: _never_choice(spec, msg, flat),
            lambda: _never_of_subject(spec, msg, flat),
            lambda: _weekday_choice(choices, flat),
            lambda: _other_choice(spec, msg, flat),
            lambda: _lives_choice(choices, flat),
            lambda: _cognate_choice(choices, flat),
            # "I've volunteered … on the Nene Valley Railway": "heritage railway volunteer",
            # two of whose words are named, not "miniature railway crew", one
            lambda: _most_named(hits, flat) if loose and not UNDECIDED.search(flat) else None,
        )
        for read in other_terms:
            if (picked := read()) is not None:
                return [Finding("answered", picked, msg.text)]
    return settled


# Days added with "also", in the six languages.
_ALSO_DAYS = re.compile(
    r"\b(?:also|too|as\s+well|tambien|tambem|auch|aussi|anche|pure)\b([^.;!?]*)"
)


# A choice for anything else: "Other", "Otra", "autre diplôme", "Sonstiges", "Altro".
_OTHER_CHOICE = re.compile(
    r"^(?:an?\s+)?(?:other|otra|otro|outra|outro|autre|altra|altro|andere\w*|sonstig\w*)\b"
)
_KIND_WORD = 3  # letters of a word the choices share that says what kind of thing they are


def _other_choice(spec: FieldSpec, msg: Message, flat: str) -> str | None:
    """The choice for anything else, for a reply that names a thing of the kind the choices
    are and none of them: "J'ai eu mon bac général l'an dernier" to "CAP/Bac pro
    maintenance nautique, CAP/Bac pro mécanique auto ou moto, autre diplôme ou aucun
    diplôme". The kind is a word two choices share ("bac") or a word of the label; a reply
    that only says that word ("un CAP"), turns something down or is unsure picks none."""
    choices = spec.choices or ()
    other = [c for c in choices if _OTHER_CHOICE.match(plain(c))]
    if (
        len(other) != 1
        or negated(flat, msg.lang)
        or UNDECIDED.search(flat)
        or SEVERAL.search(flat)  # "tengo varios títulos": which, not another
        or "?" in flat
    ):
        return None
    named = [
        set(re.findall(r"[^\W\d_]+", plain(c)))
        for c in choices
        if c not in other and not _NONE_CHOICE.match(plain(c)) and plain(c) not in _BOTH
    ]
    shared = {
        w
        for i, a in enumerate(named)
        for b in named[i + 1 :]
        for w in a & b
        if len(w) >= _KIND_WORD and w not in ANY_STOPWORDS
    }
    said = set(re.findall(r"[^\W\d_]+", flat))
    kind = said & shared
    if not kind and about_field(spec, flat):
        kind = {w for w in said if about_field(spec, w)}
    # and words of its own, no choice's: "general" in "bac général" (not a greeting: "Salve,
    # ho un brevetto" names no other one)
    said_past_greeting = set(re.findall(r"[^\W\d_]+", without_greeting(flat)))
    own = {
        w
        for w in said_past_greeting - set().union(*named) - ANY_STOPWORDS - kind
        if len(w) > _KIND_WORD
    }
    return other[0] if kind and own and len(flat.split()) <= _OTHER_REPLY_WORDS else None


_OTHER_REPLY_WORDS = 12


def _weekday_choice(choices: tuple[str, ...], flat: str) -> str | None:
    """The one choice that is the days of the week the reply names, in any of the six
    languages: "Venerdì e sabato" picks "viernes y sábados", "Saturdays only" "solo
    sábados" beside "sábados y domingos". Read only where two choices or more name days."""
    sets = {c: day_set(languages.days_in_english(plain(c))) for c in choices}
    # (not the days a choice turns down: "not at weekends")
    sets = {c: days for c, days in sets.items() if days and not _NEVER.search(plain(c))}
    if len(sets) < 2:
        return None
    # the days of the opening clause, where it names some: "Saturdays only, on Sundays I
    # take my kids to football"
    first = re.split(r"[,.;:!?]", flat.strip(" ,.;:!?"), maxsplit=1)[0]
    said = day_set(languages.days_in_english(first)) or day_set(languages.days_in_english(flat))
    # and the days added with "also": "sábados y domingos, y también entre semana"
    for also in _ALSO_DAYS.finditer(flat):
        said |= day_set(languages.days_in_english(also.group(1)))
    named = [c for c, days in sets.items() if said and days == said]
    return named[0] if len(named) == 1 else None


_NEVER = re.compile(r"\b(?:no|nunca|never|not|nie|nicht|jamais|pas|nao|non|mai)\b|n't\b")


def _of_another_field(spec: FieldSpec, msg: Message, flat: str, at: int) -> bool:
    """Whether the clause of ``flat`` around ``at``, or the reply's opening clause, is about
    another field of the job and not about ``spec``."""
    start = max((m.end() for m in re.finditer(r"[,.;!?]", flat[:at])), default=0)
    end = next((m.start() + at for m in re.finditer(r"[,.;!?]", flat[at:])), len(flat))
    opening = next(iter(clauses(flat)), "")
    # A closed question's field only: an open question's label is a whole question
    # ("Cuéntanos un trabajo complicado" shares a stem with "completa"), and a count's
    # shares the job's own subject ("ele tinha uma oficina de azulejos", "Experiência com
    # azulejo (anos)").
    others = [o for o in msg.others(spec) if o.type in ("yes_no", "single_choice")]
    # the clause, or the opening one: "No licence, sorry, I never learned to drive"
    return any(names_another_field(spec, others, clause) for clause in (flat[start:end], opening))


# "Never", opening a choice ("Never played", "Nunca he trabajado") or said in a reply.
_NEVER_WORD = re.compile(r"\b(?:never|nunca|jamais|nie(?:mals)?|mai|not\s+once|not\s+ever)\b")
# A bare no, a clause or a word of its own: "Non, jamais.", "Spätschicht – nein, Moment".
_BARE_NO = re.compile(r"no|non|nein|nao|nope|nah")


def _never_choice(spec: FieldSpec, msg: Message, flat: str) -> str | None:
    """The one choice that opens with "never" ("Never played") where the reply's opening
    clause says never in any words ("never picked up a club in my life", "nunca he jugado")
    and is about no other field ("I never learned to drive" is the licence's)."""
    choices = spec.choices or ()
    never = [c for c in choices if _NEVER_WORD.match(plain(c))]
    said = clauses(flat)
    # (after a bare "no": "Non, jamais.")
    if len(said) > 1 and _BARE_NO.fullmatch(said[0].strip(" ,.!")):
        said = said[1:]
    opening = next(iter(said), "")
    if len(never) != 1 or not _NEVER_WORD.search(opening):
        return None
    # (another field's, not an open question's: a scenario names the trade's things too)
    if any(about_field(o, opening) for o in msg.others(spec) if o.type != "long_text"):
        return None
    return never[0]


def _never_done_choice(choices: tuple[str, ...], flat: str) -> str | None:
    """The choice for none of a thing ("no esquío") where the reply says it has never
    done that thing in other words: "No he esquiado nunca, pero aprendo rápido"."""
    stems = {w[:_STEM] for w in re.findall(r"[a-z]+", flat) if len(w) >= _STEM}
    named = [
        c
        for c in choices
        if _NONE_CHOICE.match(plain(c))
        and any(
            w[:_STEM] in stems
            for w in re.findall(r"[a-z]+", plain(c))
            if len(w) >= _STEM and not _NONE_CHOICE.match(w)
        )
    ]
    return named[0] if len(named) == 1 and _NEVER.search(flat) else None


# Where what follows a "never" stops counting: "nunca he venenciado, pero aprendo rápido".
_NEVER_UNTIL = re.compile(r"\b(?:but|however|pero|mas|mais|aber|ma|though|aunque|embora)\b")


def _never_of_subject(spec: FieldSpec, msg: Message, flat: str) -> str | None:
    """The choice for none ("sin experiencia", "ninguno") where the reply says it has never
    done the question's own thing, in words of the question and of no choice: "Nunca he
    cogido una venencia, pero aprendo rápido" to "¿Qué nivel tienes con la venencia?" ("never
    been a professional" names a choice's word, and is not read here)."""
    choices = spec.choices or ()
    nothing = none_choice(choices)
    if nothing is None:
        return None
    own = stems(spec.question or "") | stems(spec.label)
    of_choices = stems(" ".join(choices))
    subject = own - of_choices - GENERIC_STEMS
    for clause in clauses(flat):
        never = _NEVER_WORD.search(clause)
        if never is None:
            continue
        said = _NEVER_UNTIL.split(clause[never.end() :])[0]
        words = stems(said)
        if (
            words & subject
            and not words & of_choices
            # (nor a choice named before it: "tecdoc mai usato" never used that one)
            and not stems(clause[: never.start()]) & of_choices
            and not any(about_field(o, said) for o in msg.others(spec))
        ):
            return nothing
    return None


_FLUENT = next(c for c in _CONCEPTS if c[0] == "fluent")
_ADVANCED = next(c for c in _CONCEPTS if c[0] == "advanced")
_SAYS_FLUENT = re.compile(rf"(?<!\w)(?:{'|'.join(_FLUENT)})(?!\w)")


def _fluent_as_advanced(choices: tuple[str, ...], flat: str) -> str | None:
    """The advanced level, where the reply says fluent and no choice does: "Fluente, morei
    três anos em Miami" to "básico, intermedio, avanzado o nativo"."""
    if not _SAYS_FLUENT.search(flat):
        return None
    words = {w for c in choices for w in re.findall(r"[a-z]+", plain(c))}
    if words & set(_FLUENT):
        return None
    advanced = [c for c in choices if set(re.findall(r"[a-z]+", plain(c))) & set(_ADVANCED)]
    return advanced[0] if len(advanced) == 1 else None


def _words_of_one_choice(choices: tuple[str, ...], flat: str) -> str | None:
    """The one choice two words of which the reply says together, where no other choice
    has both: "Temps plein" picks "CDI temps plein" beside "temps partiel"; not in a reply
    still undecided ("Jornada completa quizás, depende del sueldo")."""
    if _NOT_DECIDED.search(flat) or UNDECIDED.search(flat):
        return None
    said = set()
    for choice in choices:
        words = plain(choice).split()
        others = [plain(c) for c in choices if c != choice]
        # two of its words in their order, side by side in the reply: "midweek only" for
        # "midweek evenings only" beside "Saturdays only" and "both Saturdays and midweek"
        for pair in itertools.combinations(words, 2):
            if any(len(w) < 4 or w in _COMMON_SHORT for w in pair):
                continue  # "a month" in "in a month" is said of pay as often
            phrase = " ".join(pair)
            found = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", flat)
            if (
                found
                and not _negated_at(flat, found.start())  # "No necesito alojamiento"
                and not any(set(pair) <= set(o.split()) for o in others)
            ):
                said.add(choice)
    return said.pop() if len(said) == 1 else None


_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3})\s*%")
_SHARE = re.compile(
    r"(?<![\d.,])(\d{1,2})\s+(?:[^\W\d_]+\s+)?(?:sur|out\s+of|of|de\s+cada|em\s+cada|von|su)"
    r"\s+(\d{1,2})(?![\d.,]\d)"
)


def _share_choice(choices: tuple[str, ...], d: str) -> str | None:
    """The choice that is a percentage the reply gives as a share: "4 jours sur 5" picks
    "80 %", "three days out of five" "60%". ``d`` is the reply in digits."""
    said = [(int(a), int(b)) for a, b in _SHARE.findall(d) if 0 < int(a) <= int(b)]
    if len(said) != 1:
        return None
    share = round(100 * said[0][0] / said[0][1])
    named = [c for c in choices if [int(p) for p in _PERCENT.findall(c)] == [share]]
    return named[0] if len(named) == 1 else None


def _month_choice(choices: tuple[str, ...], flat: str, lang: str) -> str | None:
    """The one choice that is a span of months whose first and last month the reply names,
    in any of the six languages: "Mai bis September" picks "maggio-settembre", "Just July
    and August" "solo julio y agosto". Read only where two choices or more name months."""
    spans = {}
    for choice in choices:
        months = months_named(plain(choice), "")
        if months:
            spans[choice] = (months[0], months[-1])
    if not spans:
        return None
    said = set(months_named(flat, lang))
    named = [
        c
        for c, (first, last) in spans.items()
        if first != last and first in said and last in said and (len(spans) > 1 or len(said) == 2)
    ]
    # "Nur im Oktober, im September bin ich noch bei der Apfelernte": one month, said with
    # "only", is the choice of that month alone ("solo ottobre")
    only = {
        m
        for m in months_named(" ".join(_ONLY_MONTH.findall(flat) + _MONTH_ONLY.findall(flat)), lang)
    }
    named += [c for c, (first, last) in spans.items() if first == last and first in only]
    return named[0] if len(named) == 1 else None


# Being free or able: what a span of months said unasked needs to be the candidate's.
_OFFERED = re.compile(
    rf"\b(?:{_ONLY_WORD}|can|could|available|free|puedo|podria|disponible|posso|potrei"
    r"|disponibile|kann|konnte|verfugbar|frei|peux|pourrais|libre|consigo|poderia|disponivel)\b"
)


def _months_offered(choices: tuple[str, ...], flat: str, lang: str) -> str | None:
    """Unasked, the choice of months a clause offers: "y solo puedo de julio a octubre"
    picks "solo julio a octubre" of three spans; "trabajé de julio a octubre en la fresa"
    offers nothing. Both ends of a span, of a field whose choices are two spans or more."""
    if sum(len(set(months_named(plain(c), ""))) > 1 for c in choices) < 2:
        return None
    offered = [
        c
        for clause in clauses(flat)
        if _OFFERED.search(clause) and not _NEVER.search(clause)
        if (c := _month_choice(choices, clause, lang)) is not None
        and len(set(months_named(plain(c), ""))) > 1
    ]
    return offered[0] if len(set(offered)) == 1 else None


# A month said after "only": "nur im Oktober", "only in July", "solo a ottobre".
_ONLY_MONTH = re.compile(
    rf"\b{_ONLY_WORD}\s+(?:(?:in|im|en|a|in\s+the|no|em|au|mois\s+d')\s+)?([^\W\d_]+)"
)
# The same said after the month: "juillet seulement", "julio nada más", "luglio e basta".
_MONTH_ONLY = re.compile(
    rf"([^\W\d_]+)\s+(?:{_ONLY_WORD}|nada\s+mas|e\s+basta|y\s+ya)\b(?!\s+(?:[^\W\d_]+\s+)?(?:to|a|al|bis|au|ate)\b)"
)


_CLOCK_CHOICE = re.compile(r"\s*(\d{1,2})(?::(\d{2}))?\s*(?:uhr|h|am|pm|hs|horas|ore|heures)?\s*")
_HOUR_SAID = re.compile(
    r"(?<![\d:.,])(\d{1,2})(?:[:h.]00)?(?![\d:.,]\d)(?!\s*(?:km|kg|years?|months?))"
)


def _clock_choice(choices: tuple[str, ...], flat: str, lang: str) -> str | None:
    """The one choice that is a time of day ("3:00 Uhr", "4:00 Uhr", "5:00 Uhr"; "6:00",
    "6:30") the reply says, and no other: "Lieber erst um 5", "Okay, 4 Uhr bekomme ich hin",
    "Half six is no problem", "halb sieben", "Not before 8, the bus gets in at 7:50"."""
    times: dict[tuple[int, int], str] = {}
    for choice in choices:
        m = _CLOCK_CHOICE.fullmatch(plain(choice))
        if m is None:
            return None
        times[(int(m.group(1)), int(m.group(2) or 0))] = choice
    d = numbers_to_digits(flat, lang)
    said: set[tuple[int, int]] = set()
    for m in _HALF_SAID.finditer(d):
        hour = int(m.group("h1") or m.group("h2") or m.group("h3") or 0)
        if m.group("h3"):
            hour -= 1  # "halb sieben" is half past six
        said.add((hour, 30))
    d = _HALF_SAID.sub(" ", d)
    for m in _TIME_SAID.finditer(d):
        said.add((int(m.group(1)), int(m.group(2))))
    d = _TIME_SAID.sub(" ", d)
    said |= {(int(m.group(1)), 0) for m in _HOUR_SAID.finditer(d)}
    said &= set(times)
    return times[said.pop()] if len(said) == 1 else None


# A choice that is a span of the clock: "5:00-11:00", "13h–19h", "7 - 13".
_CLOCK_SPAN = re.compile(
    r"\s*(\d{1,2})(?::\d{2}|h\d{0,2})?\s*(?:-|–|to|a|à|bis|alle)\s*(\d{1,2})(?::\d{2}|h\d{0,2})?\s*"
)
# "from 7", "dalle 7", "ab 7", "desde las 7", "à partir de 7h", "a partir das 7", "de 7h"
_FROM_HOUR = re.compile(
    r"\b(?:from|dalle|dall'|ab|desde\s+las|a\s+partir\s+(?:de|das|de\s+las)|des|de|starting\s+at"
    r"|von)\s+(\d{1,2})(?![\d.,]\d)"
)


def _clock_span_choice(choices: tuple[str, ...], flat: str, lang: str) -> str | None:
    """The one choice that is a span of the clock ("5:00-11:00", "13:00-19:00") whose start
    and end the reply says ("dalle 5 alle 11", "de 13h à 19h"), or whose start alone it
    says as a start ("La mattina, dalle 7"). Read only where two choices or more are spans;
    the others may say any ("indifferente")."""
    spans: dict[str, tuple[int, int]] = {}
    for choice in choices:
        m = _CLOCK_SPAN.fullmatch(plain(choice))
        if m is not None:
            spans[choice] = (int(m.group(1)), int(m.group(2)))
    if len(spans) < 2:
        return None
    # as written: the digits' form turns "dalle 5 alle 11" into a length of the day
    d = flat
    said = {int(m.group(1)) for m in _TIME_SAID.finditer(d)}
    said |= {int(m.group(1)) for m in _HOUR_SAID.finditer(_TIME_SAID.sub(" ", d))}
    whole = [c for c, (a, b) in spans.items() if a in said and b in said]
    if len(whole) == 1:
        return whole[0]
    starts = {int(m.group(1)) for m in _FROM_HOUR.finditer(d)}
    begun = [c for c, (a, _) in spans.items() if a in starts]
    return begun[0] if len(begun) == 1 and not whole else None


# Half past an hour: "half past 6", "half 6", "halb 7" (half past six), "6 and a half", "6 y
# media", "6 e meia", "6 e mezza", "6 et demie", "6.5".
_HALF_SAID = re.compile(
    r"\bhalf\s+(?:past\s+)?(?P<h1>\d{1,2})\b"
    r"|(?<![\d.,])(?P<h2>\d{1,2})(?:\s+(?:and\s+a\s+half|and\s+media|y\s+media|e\s+meia|e\s+mezza"
    r"|et\s+demie|heures?\s+et\s+demie)\b|\.5(?!\d))"
    r"|\bhalb\s+(?P<h3>\d{1,2})\b"
)
_TIME_SAID = re.compile(r"(?<![\d.,])(\d{1,2})[:h.](\d{2})(?!\d)")


# The word of a choice that makes it the candidate's own: "coche propio", "eigenes Auto".
_OWN_WORDS = frozenset(
    "own propio propia proprio propria eigenes eigener eigene eigenen personnel personnelle "
    "personal".split()
)
# Having it, or calling it one's own, just before the thing: "tengo coche", "my van".
_MINE_BEFORE = re.compile(
    r"\b(?:(?:i\s+have|i'?ve\s+got|i\s+got|tengo|tenho|ho|j'ai|ich\s+habe|hab|habe)\s+"
    r"(?:(?:a|an|my|un|una|um|uma|il|la|une|ein|eine|einen)\s+)?"
    r"|(?:my|mi|mis|meu|minha|mon|ma|mein|meinen|meinem|meine|mio|mia|il\s+mio|la\s+mia)\s+)"
    # with a word for its make or size between: "I've got a Transit van", "my little car"
    r"(?:[a-z]+\s+)?$"
)


# ...or after it: "De carro, tenho o meu", "by car, I have my own".
_MINE_AFTER = re.compile(
    r"\W{1,3}(?:(?:i\s+have|i'?ve\s+got|tengo|tenho|ho|j'ai|ich\s+habe|hab)\s+)?"
    r"(?:my\s+own|o\s+meu|a\s+minha|el\s+mio|la\s+mia|il\s+mio|le\s+mien|la\s+mienne"
    r"|meinen\s+eigenen|ein\s+eigenes|mein\s+eigenes|uno\s+propio|um\s+proprio|meu)\b"
)


def _own_choice(choices: tuple[str, ...], flat: str) -> str | None:
    """The one choice that is one's own thing ("coche propio"), where the reply has that
    thing or calls it its own: "Tengo coche, vengo desde Calahorra", "with my van", "I've
    got a Transit van" where "own van" and "own car" are both choices. The thing is named
    by its concept's words too ("tengo furgoneta" for "own van")."""
    said: set[str] = set()
    for choice in choices:
        words = plain(choice).split()
        if not set(words) & _OWN_WORDS:
            continue
        things = {w for w in words if len(w) >= 3 and w not in _OWN_WORDS}
        stems = {w[:4] for w in things}
        kin = {w for c in _CONCEPTS if things & set(c) for w in c if " " not in w}
        for m in re.finditer(r"[a-z]{3,}", flat):
            named = m.group()[:4] in stems or m.group().removesuffix("s") in kin
            if named and (
                _MINE_BEFORE.search(flat[: m.start()]) or _MINE_AFTER.match(flat, m.end())
            ):
                said.add(choice)
    return said.pop() if len(said) == 1 else None


# The most letters between a slip ("desculpe") and the choice said in its place.
_SLIP_GAP = 25


# A choice that is only a word for none.
_NONE_WORD = re.compile(
    r"none|no|nein|keine?|kein\w*|ninguna?|ninguno|nenhum|nenhuma|aucune?|nessun[oa]?|nada"
    r"|nothing|nichts|rien|niente|nulla"
)


# A plan, not what one has: "booked to do my B+E test", "voy a sacarme el C".
_PLANNED = re.compile(
    r"\b(?:booked|going\s+to|gonna|plan(?:ning)?\s+to|hope\s+to|about\s+to|voy\s+a"
    r"|vou|je\s+vais|werde|sto\s+per|faro|estoy\s+sacando|estou\s+tirando|en\s+curso"
    # signed up for it: "je suis inscrit pour passer le C en février"
    r"|inscrit\w*|iscritt[oa]|angemeldet|apuntad[oa]|inscrit[oa]|signed\s+up|registered"
    # under way: "estoy haciendo ahora el curso de monitor", "I'm doing the course now"
    r"|estoy\s+haciendo|estou\s+(?:a\s+)?fa(?:zendo|zer)|sto\s+facendo|i'?m\s+doing"
    r"|i\s+am\s+doing|currently\s+doing|mache\s+gerade|je\s+suis\s+en\s+train\s+de"
    r"|em\s+curso|in\s+corso"
    # Still to come: "waiting for the scaffolder card", "en attente du CACES 3"
    r"|waiting\s+(?:for|on)|still\s+to\s+(?:get|come)|esperando|a\s+la\s+espera\s+de"
    r"|pendiente\s+de|warte\s+(?:noch\s+)?auf|en\s+attente\s+d[eu]|j'attends|a\s+espera\s+d[eoa]"
    r"|aguardando|esperando\s+o|aspetto|in\s+attesa\s+d[ei]\w*)\b"
)
_PLANNED_BEFORE = 45  # letters before a choice where its plan is said
# None held yet: "pas encore de", "not yet", "todavía no", "noch kein", "ainda não".
_NOT_YET_HELD = re.compile(
    r"\b(?:pas\s+encore|not\s+yet|no\s+\w+\s+yet|todavia\s+no|aun\s+no|noch\s+kein\w*"
    r"|noch\s+nicht|ainda\s+nao|ainda\s+nenhum\w*|non\s+ancora|ancora\s+n\w+)\b"
)
# Words too common to name a choice by themselves, however short the reply.
_COMMON_SHORT = frozenset(
    "and the for any all not but con per por par des les une uno una del das der die und mit "
    "sur com sem nao non pas our can yes ben bem oui sim day dia jour tag mes mois hay est sul "
    "nel dal alla ora".split()
)
SHORT_CHOICE_REPLY_WORDS = 4


# A reply that opens with having none: "pas de permis fluvial", "sin carnet de barco".
_NOTHING_OPENS = re.compile(
    r"\W*(?:(?:donc|so|also|quindi|entonces|entao)\s+)?(?:pas\s+de|no\s+tengo|nao\s+tenho|non\s+ho"
    r"|kein\w*|sin|sem|senza|sans|ohne|no|not|aucun\w*|nessun\w*|ningun\w*|nenhum\w*)\b"
)


# Liking a thing, to its clause's end: "me encanta la historia", "I love history".
_LIKING = re.compile(
    r"\b(?:me\s+encanta(?!ria)\w*|me\s+gusta(?!ria)\w*|me\s+apasiona\w*|i\s+love|i\s+really\s+like|i\s+enjoy"
    r"|j'adore|j'aime|ich\s+liebe|ich\s+mag|mi\s+piace|mi\s+appassiona|adoro|amo|gosto\s+muito"
    r"|sou\s+apaixonad[oa])\b[^,.;:!?]*"
)


# Living somewhere, said with the verb in any of the six languages.
_LIVE_VERB = re.compile(
    r"\b(?:i\s+live|we\s+live|live\s+locally|vivo|vivimos|wohne|wohnen|j'habite|habite|moro"
    r"|moramos|abito|abitiamo)\b"
)


def _cognate(word: str) -> str:
    """A word as its cognates in the six languages spell it alike: "physiotherapeut" and
    "fisioterapista" both begin "fisioterap"."""
    word = re.sub(r"ph", "f", word)
    word = re.sub(r"th", "t", word)
    word = word.replace("y", "i").replace("k", "c")
    return re.sub(r"(.)\1", r"\1", word)


_COGNATE_START = 7  # letters two cognates share at their start, spelt alike


def _endings_only(own: str, said: str) -> bool:
    """Whether a choice's word ``own`` goes on past what it shares with the reply's word
    ``said`` by an ending at most ("calibrage" for "calibrado", "regolare" for
    "regolarmente"), not by a word of its own ("vitrailliste" for "vitrail")."""
    shared = next(
        (i for i, (a, b) in enumerate(zip(own, said, strict=False)) if a != b),
        min(len(own), len(said)),
    )
    return len(own) - shared <= _ENDING


_ENDING = 4


def _cognate_choice(choices: tuple[str, ...], flat: str) -> str | None:
    """The one choice a long word of which begins as a word of the reply does once both are
    spelt alike ("Sono fisioterapista" for "Physiotherapeut/in", "calibrado" for "tri et
    calibrage"; the same word is the other readers')."""
    # (not a word turned down: "Tengo una autocaravana … y no necesito la caravana de la
    # granja" names no "caravan on site")
    said = [
        m.group()
        for m in re.finditer(rf"[^\W\d_]{{{_COGNATE_START},}}", flat)
        if not _negated_at(flat, m.start())
    ]
    n = _COGNATE_START
    named = [
        c
        for c in choices
        if any(
            _cognate(w)[:n] == _cognate(s)[:n]
            and (w[:n] != s[:n] or (w != s and _endings_only(w, s)))
            for w in re.findall(rf"[^\W\d_]{{{n},}}", plain(c))
            for s in said
        )
    ]
    return named[0] if len(named) == 1 else None


def _lives_choice(choices: tuple[str, ...], flat: str) -> str | None:
    """The one choice said with a verb of living, where the reply says where the candidate
    lives in any language: "Abito a Perpignan, a 25 minuti" picks "j'habite à proximité"."""
    living = [c for c in choices if _LIVE_VERB.search(plain(c))]
    if (
        len(living) == 1
        and _LIVE_VERB.search(flat)
        and not negated(flat)
        and not _NEEDS.search(flat)  # "I live in Rome, so I'd need a room": far away
    ):
        return living[0]
    return None


_NEEDS = re.compile(
    r"\b(?:need|needs|necesit\w*|brauch\w*|besoin|precis\w*|bisogno|serve|servirebbe)\b"
)


def _none_concluded(spec: FieldSpec, flat: str) -> str | None:
    """The choice for none, where the reply's last sentence says it has none of the field's
    thing: "C'est le permis côtier, pour la mer. Donc pas de permis fluvial." is "aucun"."""
    nothing = [c for c in spec.choices or () if _NONE_CHOICE.match(plain(c))]
    last = next(iter(reversed([t for t in re.split(r"[.;!?]", flat) if t.strip()])), "")
    if len(nothing) == 1 and _NOTHING_OPENS.match(last) and about_field(spec, last):
        return nothing[0]
    return None


# An infinitive ("varear", "ensacar", "potare", "emballer") and a noun's ending ("vareo",
# "ensacado", "carga", "potatura") around the root they share.
_INFINITIVE_END = re.compile(r"^([a-z]{4,}?)(?:ar|er|ir|are|ere|ire)$")
_NOUN_END = re.compile(r"^([a-z]{4,}?)(?:ado|ada|ido|ida|atura|eo|o|a|e)?$")


def _verb_choice(choices: tuple[str, ...], flat: str) -> str | None:
    """The one choice a verb of the reply names by its root: "Yo prefiero varear" for
    "vareo", "ensacar y cargar" for "ensacado y carga"."""
    roots = {m.group(1) for w in re.findall(r"[a-z]+", flat) if (m := _INFINITIVE_END.match(w))}
    if not roots or _EITHER.search(flat) or UNDECIDED.search(flat):
        return None  # "Me da igual, he hecho de todo: varear, el vibrador, los mantos"
    named = [
        c
        for c in choices
        if any(
            (m := _NOUN_END.match(w)) is not None and m.group(1) in roots
            for w in re.findall(r"[a-z]+", plain(c))
        )
    ]
    if len(named) != 1 or any(_loosely_named(c, flat) for c in choices if c != named[0]):
        return None
    return named[0]


# One or two words set apart by a dash or a colon at the head of a reply: "Assisted - I did
# the cell counts…", "Proeiro: dois anos…".
_HEADWORD = re.compile(r"^\W*([^\W\d_]+(?:\s+[^\W\d_]+)?)\s*(?:[-–—:]\s)")


# A pattern of numbers and words a choice is named by: "4 on 4 off", "6x1", "12x36".
_NUMBER_PATTERN = re.compile(r"\d+(?:\s*[^\W\d_]+\s*\d+)+(?:\s+(?:off|libres?|frei|di\s+riposo))?")


def _pattern_choice(choices: tuple[str, ...], flat: str) -> str | None:
    """The one choice whose pattern of numbers and words ("4 on 4 off rota", "escala 6x1")
    the reply says as written."""
    named = []
    for c in choices:
        core = _NUMBER_PATTERN.search(plain(c))
        if core and re.search(rf"(?<![\w.]){re.escape(core.group())}(?![\w.])", flat):
            named.append(c)
    return named[0] if len(named) == 1 else None


# The least letters of a compound's last part said alone for the compound.
_TAIL_LETTERS = 5


def _short_word_choice(choices: tuple[str, ...], flat: str, lang: str) -> str | None:
    """The one choice a short reply, or the short clause it opens with, names by a short
    word of its own ("Gel com certeza, é o que eu mais faço" for "alongamento em gel"): a
    word of three letters or more that no other choice has, or in German the last part of
    a compound word of it ("flieger" for "Gurkenflieger")."""
    first = re.split(r"[,.;:!?]", flat.strip(" ,.;:!?"), maxsplit=1)[0]
    if (
        len(first.split()) > SHORT_CHOICE_REPLY_WORDS
        or _NEGATED_BEFORE.search(first)
        or _NOTHING_OPENS.match(first)
    ):
        return None  # "nunca fotografei eventos", "pas de permis fluvial" turn it down
    said = set(re.findall(r"[^\W\d_]{3,}", first)) - _COMMON_SHORT
    words = {c: set(re.findall(r"[^\W\d_]{3,}", plain(c))) - _COMMON_SHORT for c in choices}
    # a German compound's last part said for it: "flieger" for "Pflücken auf dem
    # Gurkenflieger" (not "medio" for the Spanish "intermedio", no compound)
    if lang == "de":
        for c in choices:
            words[c] |= {
                s
                for s in said
                if len(s) >= _TAIL_LETTERS
                and any(w.endswith(s) and len(w) - len(s) >= _STEM - 1 for w in words[c])
            }
    named = [
        c
        for c in choices
        if words[c] & said
        # ("only" alone names none, though a choice opens with it: "Nur Akkuschrauber und
        # Stichsäge" is no "nur Tagesmontagen"; "Solo mañanas" still tells its choice apart)
        and not all(ONLY.fullmatch(w) for w in words[c] & said)
        and not any(words[c] & said & words[o] for o in choices if o != c)
        # "Esquío desde pequeña" names no "no esquío": a choice for none needs its no
        and not (_NONE_CHOICE.match(plain(c)) and not _NONE_CHOICE.match(first.strip()))
    ]
    return named[0] if len(named) == 1 else None


# Pay: an amount of money, a yearly figure, gross or net ("Sobre 16.800 al año brutos").
_PAY = re.compile(
    r"\d\s*(?:k\s*)?(?:€|euros?|eur|reais|\$|£|pounds?|dollars?|chf|franken)(?!\w)"
    r"|(?:€|r\$|\$|£)\s*\d|\b(?:al\s+ano|per\s+year|a\s+year|par\s+an|pro\s+jahr|im\s+jahr"
    r"|all'anno|por\s+ano|ao\s+ano)\b"
    # gross or net after a figure ("1.900 gross"), not the German "groß" ("groß geworden")
    r"|\d[^.;!?\d]{0,20}\b(?:brut[oae]?s?|brutto|gross|nett[oi]|net[oa]s?)\b"
)


def _puts_right(flat: str) -> bool:
    """Whether a reply puts something right, in a sentence that is no apology for the
    language it is written in ("desculpe, escrevo melhor em português")."""
    return any(CORRECTION.search(s) and not LANGUAGE_APOLOGY.search(s) for s in sentences(flat))


def none_choice(choices: tuple[str, ...]) -> str | None:
    """The one choice that says none of it ("nessuna", "no railway experience"), not one
    that means any ("no preference")."""
    nones = [
        c
        for c in choices
        if _NONE_CHOICE.match(plain(c)) and not means_either(c) and not _PREFERENCE.search(plain(c))
    ]
    # or, where none opens so, the one that says never ("jamais utilisé", "nunca la he usado")
    nones = nones or [c for c in choices if _NEVER_WORD.match(plain(c))]
    return nones[0] if len(nones) == 1 else None


def means_either(choice: str) -> bool:
    """Whether ``choice`` is the one that means any of them ("no preference", "me da igual")."""
    return plain(choice) in _BOTH


_EITHER = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in _BOTH)})(?!\w)")


def says_either(text: str) -> bool:
    """Whether ``text`` says any of the choices will do ("Whichever is easiest by bus",
    "me da igual", "egal welche"): about a choice question, whatever else it says."""
    return _EITHER.search(plain(text)) is not None


def names_pay(choices: tuple[str, ...], text: str) -> bool:
    """Whether a reply to a choice question gives pay where no choice is about pay: "1.900
    euros gross a month" names no start "in a month"."""
    if any(_PAY.search(plain(c)) for c in choices):
        return False
    return _PAY.search(plain(text)) is not None


# Choices that are how soon the candidate can start: "immediately", "within 2 weeks",
# "up to 1 month", "more than a month". A wait said in days, weeks or months ("Tenho de
# dar 30 dias ao patrão", "en un mes o así") picks the choice whose span holds it.
_NOW = re.compile(
    r"\b(?:immediate\w*|right\s+away|straight\s+away|inmediat\w*|de\s+inmediato|ya\s+mismo"
    r"|imediat\w*|sofort\w*|subito|immediat\w*|tout\s+de\s+suite|de\s+suite)\b"
)
# Not a count per period: "roasting five days a week" is no wait of five days.
_WAIT = re.compile(
    r"(\d+(?:\.\d+)?)\s*(days?|weeks?|months?)\b"
    r"(?!\s*(?:a|an|per|each|every|/)\s*(?:days?|weeks?|months?|years?)\b)"
)
# A period named as such, in the six languages: "2 semanas" is a wait; "diária fixa", which
# the digits gloss as "1 day", is pay by the day.
_PERIOD_WORD = re.compile(
    r"\b(?:days?|weeks?|months?|dias?|semanas?|mes|meses|tage?n?|wochen?|monate?n?|jours?"
    r"|semaines?|mois|giorni|giorno|settimane?|mesi|mese)\b"
)
_DAYS_IN = {"d": 1.0, "w": 7.0, "m": 30.0}
_OR_MORE = re.compile(
    r"\b(?:more\s+than|over|mais\s+de|mas\s+de|plus\s+de|piu\s+di|mehr\s+als|uber|later|oltre"
    r"|au-dela|alem\s+de|mas\s+alla"
    r"|or\s+more|o\s+mas|ou\s+mais|ou\s+plus|o\s+piu|oder\s+mehr|or\s+longer)\b|\+"
)


def _wait_in_days(digits: str) -> float | None:
    m = _WAIT.search(digits)
    return float(m.group(1)) * _DAYS_IN[m.group(2)[0]] if m else None


def _waits_in_days(digits: str) -> list[float]:
    """Each wait ``digits`` says, in days; a day more for one said as "more than"."""
    return [
        float(m.group(1)) * _DAYS_IN[m.group(2)[0]]
        + (1.0 if _MORE_THAN_BEFORE.search(digits, 0, m.start()) else 0.0)
        for m in _WAIT.finditer(digits)
    ]


_PER_PERIOD_SAID = re.compile(r"(?:a|an|per|each|every|/)\s*(?:day|week|month|year)\b")
_MORE_THAN_BEFORE = re.compile(
    r"\b(?:more\s+than|over|mais\s+de|mas\s+de|plus\s+de|piu\s+di|mehr\s+als|uber)\s*$"
)


_LATER = re.compile(
    r"\b(?:later|afterwards|spater|mas\s+tarde|plus\s+tard|piu\s+tardi|mais\s+tarde|dopo)\b"
)


def _wait_choice(spec: FieldSpec, msg: Message) -> str | None:
    choices = spec.choices or ()
    spans: list[tuple[str, float, float]] = []  # (choice, shortest, longest wait) in days
    # The choices are in the job's language, which the reply may not be in.
    lang = languages.guess(f"{spec.question or ''} {' '.join(choices)}", msg.lang)
    for choice in choices:
        flat = plain(choice)
        if _NOW.search(flat):
            spans.append((choice, 0.0, 0.0))
        elif (
            _PERIOD_WORD.search(flat)
            and (days := _wait_in_days(numbers_to_digits(choice, lang))) is not None
        ):
            more = _OR_MORE.search(flat) is not None
            spans.append((choice, days if more else 0.0, float("inf") if more else days))
    later = [c for c in choices if _LATER.search(plain(c)) and c not in {x[0] for x in spans}]
    if len(spans) < 2:
        return None
    if len(later) == 1:
        # "später", "later": after the longest wait the other choices name.
        spans.append((later[0], max(x[2] for x in spans), float("inf")))
    # The longest wait said: "un mois de préavis, donc plutôt six semaines". (A count per
    # the period the question itself counts in is a count of days, as the choices are:
    # "cinco dias por semana" to "Quantos dias por semana…: até 2 dias, 3 a 4 dias…")
    asked_per = _PER_PERIOD_SAID.search(numbers_to_digits(plain(spec.question or ""), lang))
    digits = [
        d if asked_per is None else re.sub(rf"\s+{re.escape(asked_per.group())}\b", " ", d)
        for d in msg.digits
    ]
    waits = [w for d in digits for w in _waits_in_days(d)]
    said = max(waits) if waits else None
    if said is None:
        said = days_until_start(plain(msg.text))  # "a partir de dia 14"
    if said is None:
        return None
    fitting = [c for c in spans if c[1] <= said <= c[2]]
    # The tightest span that holds the wait: "30 dias" is "até 1 mês", not "mais de 1 mês".
    return min(fitting, key=lambda c: c[2] - c[1])[0] if fitting else None


# One-letter words of the six languages: "a", "e", "o", "y", "i", "à", "è".
_LETTER_WORDS = frozenset("aeoyi")


def _only_a_word(choice: str, text: str, asked: bool) -> bool:
    """Whether a one-letter choice ("A" of "A, B, AB") is named only by the word its letter
    also is: "conheço a Pampulha" names no category A. A capital names it; unasked, not a
    capital opening a sentence before a word ("A Pampulha eu conheço")."""
    letter = plain(choice)
    if len(letter) != 1 or letter not in _LETTER_WORDS:
        return False
    if asked and plain(text).strip(" .!") == letter:
        return False  # "a", the whole reply
    capital = rf"(?<![\w'’]){re.escape(choice.upper())}(?![\w'’])"
    opening = rf"(?:^|[.!?]\s+){re.escape(choice.upper())}\s+[^\W\d_]"
    return not any(
        asked or not re.match(opening, text[max(0, m.start() - 2) :] if m.start() else text)
        for m in re.finditer(capital, text)
    )


def _only_in_reason(flat: str, hits: list[str], first: dict[str, int]) -> bool:
    """Whether every choice named is named inside a reason given after words of the reply's
    own ("arranke en campo porfa, q en el secadero me agobio"; not a "que" that says what
    the thing is called: "Terminé el bachillerato, que acá es el ensino médio")."""
    because = _BECAUSE.search(flat)
    return (
        bool(hits)
        and because is not None
        and re.search(r"[^\W\d_]{4,}", flat[: because.start()]) is not None
        and not _EQUALS.search(flat, because.end())
        and all(_in_reason(flat, first[c]) for c in hits)
    )


# What says one thing is another: "que acá es el ensino médio", "que en Francia equivale a
# un BTS", "das entspricht", "ce qui correspond à".
_EQUALS = re.compile(
    r"\b(?:es|equivale\w*|correspond\w*|significa|seria|e|eh|equivaut|entspricht|ist|est|sarebbe"
    r"|equivalente|come\s+(?:il|la|un|una))\b"
)


def _in_reason(flat: str, at: int) -> bool:
    """Whether the choice named at ``at`` is inside a reason ("…, que por las tardes
    estudio", "because in the mornings I take the kids"), in the same sentence."""
    start = max((m.end() for m in re.finditer(r"[.!?;]", flat[:at])), default=0)
    if _BECAUSE.search(flat, start, at) is not None:
        return True
    # or what keeps the candidate busy then: "…, I have Spanish classes on Friday
    # afternoons" (named after the obstacle's words: "…, j'ai le PSC1 et je peux faire matin
    # et soir" keeps no one busy, whatever school is named before)
    obstacle = _OBSTACLE.search(flat, start, at)
    return obstacle is not None and _BUSY_WITH.search(flat, obstacle.end(), at) is not None


def _none_for_denied(choices: tuple[str, ...], flat: str, least: int = 1) -> str | None:
    """The one choice that is a word for none, where the reply names other choices' words
    only after a negation: in its opening clause, for a reply to the question ("non ho fatto
    nessun corso" to "nessuna, corso base…", "never really handled livestock tbh, … but I
    love the show"); anywhere, with ``least`` choices named, for one to another question
    ("je n'ai fait ni cannage ni paillage")."""
    nones = [c for c in choices if _NONE_WORD.fullmatch(plain(c))]
    if len(nones) != 1:
        return None
    if least == 1:
        flat = next(iter(clauses(flat)), "")
    # where each other choice's words are named (a choice is turned down by a negation
    # before any of them: "never really done stable work")
    said = {
        c: [
            m.start()
            for word in re.findall(r"[^\W\d_]{4,}", plain(c))
            if word not in ANY_STOPWORDS
            for m in re.finditer(rf"(?<!\w){re.escape(word[:_STEM])}", flat)
        ]
        for c in choices
        if c != nones[0]
    }
    named = [at for at in said.values() if at]
    denied = all(any(_negated_at(flat, i) for i in at) for at in named)
    return nones[0] if len(named) >= least and denied else None


def _most_named(hits: list[str], flat: str) -> str | None:
    """Of several choices named loosely, the one more of whose words the reply names."""
    if len(hits) < 2:
        return None
    counts = {c: _loosely_named(c, flat) for c in hits}
    most = max(counts.values())
    return (
        next(c for c, n in counts.items() if n == most)
        if list(counts.values()).count(most) == 1
        else None
    )


def _loosely_named(choice: str, flat: str) -> int:
    """How many words of ``choice`` the reply names by their stem, a long one also as the
    tail of a compound ("Ausbildung" in "Kochausbildung")."""
    named = 0
    for word in re.findall(r"[^\W\d_]+", plain(choice)):
        if len(word) < _KIND_WORD + 1 or word in ANY_STOPWORDS:
            continue
        head = r"\w*" if len(word) > _SWAP_LENGTH else ""
        named += re.search(rf"(?<!\w){head}{re.escape(word[:_STEM])}", flat) is not None
    return named


def _busy_then(flat: str, at: int) -> bool:
    """Whether the choice named at ``at`` opens a clause saying what keeps the candidate
    busy then: "…, vormittags habe ich Vorlesungen", "…, por la mañana tengo clase"."""
    end = next((m.start() for m in re.finditer(r"[,.;!?]", flat[at:])), len(flat) - at) + at
    busy = _BUSY_VERB.search(flat, at, end)
    if busy is not None and _BUSY_WITH.search(flat, busy.end(), end) is not None:
        return True
    # "…, a faculdade é só à noite", "college is in the mornings": what keeps one busy,
    # said to be then
    start = max((m.end() for m in re.finditer(r"[,.;!?]", flat[:at])), default=0)
    said = _BUSY_WITH.search(flat, start, at)
    return said is not None and _IS.search(flat, said.end(), at) is not None


_IS = re.compile(r"\b(?:is|are|es|son|e|sao|ist|sind|est|sont|sono)\b")


# The same verbs said after the time they keep busy, the German one inverted too
# ("vormittags habe ich").
_BUSY_VERB = re.compile(rf"\b(?:{_BUSY_VERBS}|habe?\s+ich)\b")


# What keeps one busy: classes, school, another job, the children.
_BUSY_WITH = re.compile(
    r"\b(?:class(?:es)?|school|college|uni|course|lessons?|clases?|colegio|escuela|cursos?"
    r"|schule|kurse?|unterricht|vorlesung\w*|cours|ecole|fac|aulas?|escola|faculdade"
    r"|lezion[ei]|scuola|corsi|universit\w*|kids|children|hijos|ninos|kinder|enfants"
    r"|filhos|figli|bambini|another\s+job|otro\s+trabajo|anderen?\s+job|autre\s+(?:job|travail)"
    r"|outro\s+(?:emprego|trabalho)|altro\s+lavoro)\b"
)


# The words of :data:`_REASON` that only ever open a reason: not "since 2015", the English
# "car", nor the "pues" that opens many a Spanish reply.
_BECAUSE = re.compile(
    r"\b(?:because|cause|porque|ya\s+que|weil|parce\s+qu\w*|puisque|perche|siccome|poiche)\b"
    r"|[,;]\s*(?:que|q|che)\s"
)


def _all_words_named(choices: tuple[str, ...], flat: str) -> str | None:
    """The one choice of several words whose every word the reply has, in any order ("CDI
    plein temps" for "CDI temps plein")."""
    said = set(re.findall(r"\w+", flat))
    named = [
        c
        for c in choices
        if len(words := re.findall(r"\w+", plain(c))) > 1
        and set(words) <= said
        and not any(_negated_word(flat, w) for w in words)  # "alojamiento no necesito"
    ]
    return named[0] if len(named) == 1 else None


def _all_stems_named(choices: tuple[str, ...], flat: str, unasked: bool = False) -> str | None:
    """The one choice of several longer words whose every word the reply has in another
    form: "eine Ausbildung zur Zahntechnikerin angefangen, aber abgebrochen" names
    "abgebrochene Ausbildung Zahntechnik" by the stems of all three. Unasked, every word of
    the choice is a whole stem long and the choice turns nothing down ("never repaired one"
    is not named by "never worked in any repair trade")."""
    stems = {w[:_STEM] for w in re.findall(r"\w+", flat) if len(w) >= _STEM}
    named = [
        c
        for c in choices
        # "diplôme du conservatoire" names "diploma di conservatorio": its longer words
        if len(words := [w for w in re.findall(r"\w+", plain(c)) if len(w) > 3]) > 1
        and not (unasked and (any(len(w) < _STEM for w in words) or _NEVER.search(plain(c))))
        and not _NONE_CHOICE.match(plain(c))
        and all(w[:_STEM] in stems for w in words)
        # "No necesito alojamiento", "así que alojamiento no necesito": its words turned down
        and not any(_negated_word(flat, w[:_STEM]) for w in words)
    ]
    return named[0] if len(named) == 1 else None


def _negated_word(flat: str, stem: str) -> bool:
    """Whether a word of ``flat`` that opens with ``stem`` has a negation before it in its
    clause."""
    return any(_negated_at(flat, m.start()) for m in re.finditer(rf"\b{re.escape(stem)}", flat))


def _negated_at(flat: str, at: int) -> bool:
    """Whether the clause of ``flat`` has a negation just before ``at``."""
    before = re.split(r"[,.;:!?]", flat[max(0, at - 30) : at])[-1]
    return _NEGATED_BEFORE.search(before) is not None


def _without_words_of(label: str, flat: str) -> str:
    """``flat`` with the words that share a stem with ``label`` blanked out."""
    own = stems(label)
    return re.sub(
        r"[a-z0-9]+",
        lambda m: (
            " " * len(m.group()) if len(m.group()) > 3 and m.group()[:5] in own else m.group()
        ),
        flat,
    )


# A question of how the candidate would get to work.
_GETTING_THERE = re.compile(
    r"\bget(?:ting)?\s+(?:here|there|to)\b|\btransport\w*|\btravel\w*|\bcommut\w*"
    r"|\bllegar\w*|\bdesplaz\w*|\banreise\b|\bhinkommen\b|\bkommen\s+sie\b|\btrajet\b"
    r"|\bvous\s+rendre\b|\bvenir\b|\bchegar\b|\bdesloca\w*|\barriv\w*|\braggiung\w*"
)
# The candidate's own way there: "I'd drive myself in my pickup", "iría en coche", "ich
# fahre mit dem Rad"; not driving a thing at work ("I'd drive the forklift").
_GOES_BY = re.compile(
    r"\b(?:i'?d|i\s+would|i'?ll|i\s+will|i\s+can|i)\s+(?:just\s+)?drive\b"
    r"(?!\s+(?:the|a|an|forklifts?|trucks?|lorr\w*|tractors?)\b)"
    r"|\b(?:en|in|de|da|mit\s+dem|mit\s+der|with\s+my|by|in\s+my|com\s+o\s+meu|con\s+mi"
    r"|avec\s+ma|avec\s+mon)\s+(?:own\s+|propio\s+|propria\s+|proprio\s+)?(?:car|coche|carro|voiture"
    r"|macchina|auto|pkw|van|furgoneta|furgone|bike|bici|bicicleta|bicicletta|fahrrad|rad|velo"
    r"|moto|scooter|bus|autobus|onibus|tren|train|treno|zug|pickup)\b"
)


def _goes_by(spec: FieldSpec, flat: str) -> bool:
    """Whether ``flat`` (a plain clause) says how the candidate would get to work, for a
    field that asks it ("Getting to site"): "I'd drive myself in my pickup"."""
    asks = _GETTING_THERE.search(field_wording(spec))
    return asks is not None and _GOES_BY.search(flat) is not None


def _history_not_wish(spec: FieldSpec, msg: Message, flat: str, hits: list[str]) -> bool:
    """Whether choices named unasked, to a field that asks what one would like, are only the
    work the candidate did ("en mise en rayon à l'épicerie puis au frais", "je fais du
    bûcheronnage depuis 2016"): a history, with no wish, offer, conclusion or correction."""
    return (
        not any(plain(c) in _BOTH for c in hits)  # "Indifferente, mi adatto"
        and asks_preference(spec)
        and not says_preference(msg.text)
        and not CORRECTION.search(flat)  # "Correction: in the end I'll take the counter"
        and not re.search(_CONCLUSION, flat)  # "… por las mañanas. Así que tarde, claro."
        # (a history: "4 ans d'expérience …", "Five years in a hotel kitchen, …"; not "De
        # mañana mejor, por las tardes cuido de mi madre")
        and (worked_in(flat) or YEARS.search(numbers_to_digits(flat, msg.lang)) is not None)
        and not any(w in _COMPARATIVES for w in flat.split())
        and not _WOULD.search(flat)  # "… since 2015, and I'd use my own car"
    )


_TOPIC_WORDS = 5  # words of a clause that only says which field is spoken of
# A wish, an offer or a search said in the reply: "I'd use my own car", "I can do
# weekends", "puedo de tarde", "me gustaría", "je voudrais", "vorrei", "cerco".
# A wish in other words than a preference's: "I'd like", "me gustaría", "mi piacerebbe".
_WISH_WORDS = (
    r"i'?d\s+(?:like|love)|i\s+would\s+(?:like|love)|me\s+gustaria|me\s+encantaria"
    r"|gostaria|adoraria|mi\s+piacerebbe|j'?aimerais|je\s+voudrais|w[uü]rde\s+gerne?"
    r"|h[aä]tte\s+gerne?|m[oö]chte"
)
_WISHES = re.compile(rf"\b(?:{_WISH_WORDS})\b")
_WOULD = re.compile(
    rf"\b(?:{_WISH_WORDS}"
    r"|i'?d|i\s+would|i\s+want|i\s+can|quisiera|querria|puedo|podria"
    r"|je\s+peux|ich\s+wurde|ich\s+kann|kann\s+ich|vorrei"
    r"|posso|potrei|queria|consigo|poderia|available|free|dispo"
    # looking for: "e cerco il tempo pieno", "busco media jornada", "ich suche Teilzeit"
    r"|looking\s+for|cerco|busco|procuro|je\s+cherche|ich\s+suche"
    r"|disponible|disponibile|disponivel|verfugbar"
    # liking one more: "Gosto mais de fazer toalhas", "me gusta más", "mi piace di più"
    r"|gosto\s+mais|me\s+gusta\s+mas|mi\s+piace\s+(?:di\s+)?piu|j'aime\s+mieux|i\s+like\s+best"
    # gladly, or fine by me: "da würde ich auch gern wieder hin", "per i turni va bene a
    # rotazione"
    r"|wurde\s+ich|gerne?|gladly|happy\s+to|volentieri|con\s+gusto|com\s+gosto|va\s+bene"
    r"|me\s+va|ca\s+me\s+va|passt|suits\s+me|fine\s+(?:by|for|with)\s+me|me\s+viene\s+bien"
    r"|pode\s+ser|tudo\s+bem"
    # wanting: "12 jahre in ner molkerei, will frühschicht", "quiero la tarde"; being drawn
    # to it: "me interesa mucho el puesto del horno"
    r"|will|mochte|want|quiero|je\s+veux|voglio|quero|me\s+interesa|mi\s+interessa"
    r"|me\s+interessa|m'interesse|interessiert\s+mich|i'?m\s+interested)\b"
)


# A choice that is "two" with its article: "les deux", "os dois", "the two", "i due".
_ARTICLE_AND_TWO = re.compile(
    r"(?:les|los|las|os|as|the|die|i|le|gli)\s+(?:deux|dos|dois|duas|two|zwei|due)"
)


def _said_of_field(spec: FieldSpec, msg: Message) -> Finding | None:
    """Unasked, a clause that names the field's own subject names its choice in any words
    the question would take: "Either site is fine with me" is "no preference", "I'd prefer
    the Record Office" is "County Record Office"; one choice, decided."""
    choices = spec.choices or ()
    parts = clauses(msg.text)
    # (a short clause that names the field, with the one after it: "sobre el turno: mejor
    # la cena")
    # (or the two after it: "Je suis disponible dès 5h30, week-ends compris, et ce pour
    # toute la saison")
    topics = [
        " ".join(parts[i : i + span])
        for i, a in enumerate(parts)
        if len(a.split()) <= _TOPIC_WORDS and about_field(spec, a)
        for span in (2, 3)
        if i + span <= len(parts)
        # within its sentence: "… are no problem. I've played golf" says no "never played"
        and not any(re.search(r"[.!?]\s*$", p) for p in parts[i : i + span - 1])
    ]
    for clause in parts + topics:
        flat = _GREETINGS.sub(lambda m: " " * len(m.group()), plain(clause))
        said = about_field(spec, clause) or _PREFERENCE.search(flat) or _goes_by(spec, flat)
        if not said or _NOT_DECIDED.search(flat):
            continue
        if (
            asks_preference(spec)
            and not (_WISHED.search(flat) or _EITHER.search(flat))
            and not any(w in _COMPARATIVES for w in flat.split())
            and not _goes_by(spec, flat)
        ):
            # "4 ans chez Leroy Merlin, au rayon jardin" to "Rayon souhaité": the department
            # worked in, not the one wished for.
            continue
        # The label's own words name the field, not a choice: "Sonntags bin ich sowieso in
        # der Kirche" names "Kirchenzugehörigkeit", not "andere christliche Kirche".
        flat = _without_words_of(spec.label, flat)
        hits, _, _ = _hits(choices, flat, True, near=False)
        if not hits:
            hits, _, _ = _hits(choices, flat, True, near=True)
            # "plutôt deux" (two Sundays, put right) names no "les deux": a number word
            hits = [c for c in hits if not _ARTICLE_AND_TWO.fullmatch(plain(c))]
        if not hits and (verb := _verb_choice(choices, flat)) is not None:
            hits = [verb]  # "Yo prefiero varear": "vareo"
        # "Either is fine" is undecided in general, and decided for a choice meaning either.
        if len(hits) == 1 and (plain(hits[0]) in _BOTH or not UNDECIDED.search(flat)):
            return Finding("answered", hits[0], clause)
    return None


# A lack a choice's words say after its first word: "used at work, no certificate", "con
# experiencia, sin título", "auf Baustellen, ohne Schein" (not a choice for none, which
# opens with it).
_WANTING = re.compile(
    # ("no" only after a comma: the Portuguese "beneficiamento no galpão" is "in the shed")
    r"(?:(?<=\w),\s*(?:no|not|kein|keine|keinen|pas\s+de|nao)|(?<=\w)\s+(?:without|sin|sans|ohne"
    r"|sem|senza))\s+\w"
)


def _slip_of_another(spec: FieldSpec, msg: Message, after: str) -> bool:
    """Whether what comes between a slip and the choice named after it puts another field
    right, not the choice: a number ("corrigindo: são uns dez anos de pesca"), or another
    field named."""
    # (a number of the choices' own: "quise decir turno 2")
    return _number_put_right(spec, msg, after) or any(
        about_field(o, after) for o in msg.others(spec)
    )


# A place said before a word: "en el", "in the", "im", "nel", "na", "dans le", "au".
_IN_A_PLACE = re.compile(
    r"\b(?:en\s+(?:el|la|los|las|le)|in\s+(?:the|a|der|dem|einer|einem)|im|nel|nella|nei"
    r"|na|no|nas|nos|dans\s+(?:le|la|les|un|une)|au|aux|at\s+the)\s+$"
)


def _clause_at(flat: str, at: int) -> str:
    """The clause of ``flat`` around position ``at``, between commas, colons or stops."""
    start = max((m.end() for m in re.finditer(r"[,;:.!?]", flat[:at])), default=0)
    end = re.search(r"[,;:.!?]", flat[at:])
    return flat[start : at + end.start()] if end else flat[start:]


def _number_put_right(spec: FieldSpec, msg: Message, after: str) -> bool:
    """Whether what a slip puts right is a number none of the choices holds ("me equivoqué
    antes: en el secadero fueron cuatro años, no tres")."""
    own = set(re.findall(r"\d+", " ".join(spec.choices or ())))
    return bool(set(re.findall(r"\d+", numbers_to_digits(after, msg.lang))) - own)


def _put_right(
    spec: FieldSpec, msg: Message, flat: str, hit: str, first: dict[str, int]
) -> tuple[str, int] | None:
    """The other choice a correction after ``hit`` names, loosely (by a word of it), and
    where the correction ends; not where what comes between puts another field right."""
    slip = next((m for m in CORRECTION.finditer(flat, first[hit]) if m.start() > first[hit]), None)
    if slip is None:
        return None
    later, at, _ = _hits(spec.choices or (), flat[slip.end() :], True, near=True)
    if len(later) != 1 or later[0] == hit:
        return None
    if _slip_of_another(spec, msg, flat[slip.end() : slip.end() + at[later[0]]]):
        return None
    return later[0], slip.end()


def _bare_ordinal(own: str) -> str | None:
    """A choice whose number has an ordinal ending ("3o turno", plain for "3º turno"),
    named with the number alone; ``None`` for any other choice."""
    parts = re.split(r"(?<=\d)(?:o|a|er|re|e|nd|rd|th|st)\b", own)
    if len(parts) < 2:
        return None
    return "(?:o|a|er|re|e|nd|rd|th|st)?".join(re.escape(p) for p in parts)


def _tail_of_other_hyphened(flat: str, a: int, b: int, own: str) -> bool:
    """Whether ``flat[a:b]`` is the tail of a hyphened word of the reply that ``own`` does
    not hold whole ("handed" in "single-handed", for "double-handed Spey casting")."""
    if a == 0 or flat[a - 1] != "-":
        return False
    start = a - 1
    while start > 0 and (flat[start - 1].isalnum() or flat[start - 1] == "-"):
        start -= 1
    return flat[start:b] not in own


def _hits(
    choices: tuple[str, ...], flat: str, asked: bool, near: bool
) -> tuple[list[str], dict[str, int], int]:
    hits = []
    first: dict[str, int] = {}
    literal = 0
    extents: dict[str, list[tuple[int, int]]] = {}
    owns = frozenset(plain(c) for c in choices)
    for choice in choices:
        others = owns - {plain(choice)}
        # "las noches", "weekends": a plural names the choice too. Asked, a choice is also
        # named by its concept's words (and, failing all, near spellings and stems);
        # unasked, only as written.
        if near:
            names = _near_names(choice)
        elif asked or plain(choice) in _BOTH:
            names = _names(choice, others)
        else:
            names = [
                rf"{re.escape(plain(choice))}(?:e?s)?",
                *_ies_plural(plain(choice)),
                *_spaced_names(plain(choice)),
                *_code_names(choice, others),
                *_ranked_names(plain(choice)),
                *_alternative_names(plain(choice), others, telling=True),
                *_slash_names(plain(choice), others),
                *_both_names(choice, others),
                # "o ADR básico e de cisternas" names "ADR básico y cisternas", unasked too
                *_joined_names(plain(choice)),
            ]
        if not near and (bare := _bare_ordinal(plain(choice))) is not None:
            names = [*names, bare]  # "3 turno" for "3º turno", "le 2 degré" for "2e degré"
        if not names:
            continue
        pattern = "|".join(names)
        found = [m.span() for m in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", flat)]
        # A word that is another choice as written is that choice's: "electromecánico"
        # names no "mecánico" as the tail of a compound.
        found = [
            (a, b)
            for a, b in found
            if not any(re.fullmatch(rf"{re.escape(o)}(?:e?s)?", flat[a:b]) for o in others)
            # "single-handed" names no "double-handed" by the tail they share
            and not _tail_of_other_hyphened(flat, a, b, plain(choice))
        ]
        spans = [a for a, _ in found]
        extents[choice] = found
        if re.search(rf"(?<!\w){re.escape(plain(choice))}(?:e?s)?(?!\w)", flat):
            literal += 1
        if spans and any(_NOTHING_BEFORE.search(flat[max(0, p - 30) : p]) for p in spans):
            continue
        # Unasked, "three days a week" counts days: it names no "days" shift; nor, loosely,
        # does "Uns 150 cocos" name "só com máquina de abrir coco".
        if (not asked or near) and spans and all(_counted(flat, p) for p in spans):
            continue
        # A choice the candidate turns down anywhere ("a van, not a car ... my car is small")
        # is not their choice.
        # (past the choice's own words: "d'avril à mai" ends on no Italian "mai")
        # "no tengo ninguna": a choice for none is said with its negation, and with one
        # after it ("Não sei usar não")
        negation_is_its_own = _NONE_CHOICE.match(plain(choice)) is not None
        if not negation_is_its_own and any(
            (m := _NEGATED_AFTER.match(flat[a:])) is not None and m.end() > b - a for a, b in found
        ):
            continue
        if not negation_is_its_own and any(_NO_AFTER.match(flat, end) for _, end in found):
            continue
        if spans and (
            negation_is_its_own
            or not any(_NEGATED_BEFORE.search(flat[max(0, p - 30) : p]) for p in spans)
        ):
            hits.append(choice)
            first[choice] = min(spans)
    # "bici elettrica" names the e-bike, not also the "bici" inside it.
    inside = [
        c
        for c in hits
        if all(
            any(
                a <= x and y <= b and (a, b) != (x, y)
                for o in hits
                if o != c
                for a, b in extents[o]
            )
            for x, y in extents[c]
        )
    ]
    kept = [c for c in hits if c not in inside]
    # "Le reti le so riparare e le so anche armare" names "le so riparare" as written, and
    # every word of "le so armare e riparare" too: the one that says all of it.
    named: list[str] = []
    for c in kept:
        w = _said_in_full(c, choices, flat)
        if w is not None and w not in kept:
            first[w] = min(first.get(w, first[c]), first[c])
            c = w
        if c not in named:  # "tardes y fines de semana" said for both its parts: once
            named.append(c)
    return named, first, literal


def turned_down(choice: str, text: str) -> bool:
    """Whether ``text`` names ``choice`` as written only to turn it down: "Beruflich nicht,
    aber ich modelliere in meiner Freizeit" does not pick "beruflich"."""
    flat, own = plain(text), plain(choice)
    if _NONE_CHOICE.match(own):
        return False  # "no tengo ninguna" says the choice for none with its negation
    spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(own)}(?!\w)", flat)]
    return bool(spans) and all(
        _NO_AFTER.match(flat, b) is not None
        or _negated_at(flat, a)
        or ((m := _NEGATED_AFTER.match(flat[a:])) is not None and m.end() > b - a)
        for a, b in spans
    )


_CONTENT_WORD = 4  # letters a choice's own word has at least ("armare", not "le", "so")


_BOTH_JOINED = re.compile(
    r"\b(?:and|y|e|und|et|ed|also|too|as\s+well|tambien|tambem|anche|auch|aussi|sowie)\b"
)
_EITHER_JOINED = re.compile(r"\b(?:or|o|oder|ou|oppure|ovvero|either|entweder|ni|nor)\b")


def _said_in_full(choice: str, choices: tuple[str, ...], flat: str) -> str | None:
    """The one other choice whose words are the words of ``choice`` and more, where the
    reply says each of them (by its first five letters) and turns none down."""
    own = set(re.findall(rf"[^\W\d_]{{{_CONTENT_WORD},}}", plain(choice)))
    wider = []
    for other in choices:
        words = set(re.findall(rf"[^\W\d_]{{{_CONTENT_WORD},}}", plain(other)))
        if not own or not own < words:
            continue
        spots = [re.search(rf"\b{re.escape(w[:5])}\w*", flat) for w in words]
        if all(
            m is not None
            and not _negated_at(flat, m.start())
            and not _NO_AFTER.match(flat, m.end())  # "Le so riparare, armare no"
            for m in spots
        ):
            # both said, joined as both: "… e le so anche armare", not "di mattina o di
            # pomeriggio"
            said = [m for m in spots if m is not None]
            between = flat[min(m.start() for m in said) : max(m.end() for m in said)]
            if _BOTH_JOINED.search(between) and not _EITHER_JOINED.search(between):
                wider.append(other)
    return wider[0] if len(wider) == 1 else None


# A preference said after the choice: "afternoons would actually be better", "le matin
# me convient mieux", "die Frühschicht wäre mir lieber".
_PREFER_AFTER = re.compile(
    r"\W+(?:\w+\W+){0,3}?(?:better|best|preferable|ideal|mejor|melhor|meglio|mieux"
    r"|lieber|besser|am\s+besten|preferible|preferivel|preferibile|preferable)\b"
    # "Fanuc, sobretudo. Também … Siemens", "por la mañana porfa, por las tardes estudio"
    r"|\W+(?:mostly|mainly|above\s+all|sobretudo|sobre\s+todo|principalmente|hauptsachlich"
    r"|vor\s+allem|surtout|soprattutto|please|pls|porfa|por\s+favor|bitte|per\s+favore"
    r"|s'il\s+vous\s+plait|svp)\b"
    # "L'atelier, c'est ce que je préfère", "la noche es lo que prefiero"
    r"|\W+(?:(?:c'est|c\s+est|es|e|is|ist)\s+)?(?:ce\s+que\s+je|lo\s+que|o\s+que|quello\s+che"
    r"|what\s+i|das\s+was\s+ich|was\s+ich)\s+(?:\w+\s+)?(?:prefere|prefiero|prefiro|preferisco"
    r"|prefer|like\s+best|bevorzuge|lieber\s+mag|mas\s+me\s+gusta|mais\s+gosto)\b"
    # "À tarde prefiro, de manhã tenho aula", "Late shifts I'd prefer.": the verb ends it.
    r"|\W+(?:(?:i|je|yo|eu|io|ich)\W+)?(?:(?:'?d|would)\W+)?(?:prefer|prefiero|prefiro"
    r"|preferisco|prefere|bevorzuge)\b(?=\s*(?:[,.;!]|$))"
)
# A word of preference that closes its clause looks back: "De tarde prefiero, …".
_PREFER_VERB = re.compile(r"prefer\w*|prefier\w*|prefiro|preferisco|bevorzug\w*")
# A preference in any words: "Prohlis wäre mir am liebsten", "ideally", "de préférence".
_PREFERENCE = re.compile(
    rf"\b(?:{_PREFER_VERB.pattern}|am\s+liebsten|lieber|rather|preferably|ideally|idealmente"
    r"|de\s+preferencia|de\s+preference|plutot|di\s+preferenza|idealement)\b"
)


def says_wish(text: str) -> bool:
    """Whether ``text`` says what the candidate would like, preferred or wished for ("mi
    piacerebbe il restauro", "I'd rather the counter")."""
    flat = plain(text)
    return bool(_PREFERENCE.search(flat) or _WISHES.search(flat))


def says_has_none(text: str) -> bool:
    """Whether ``text`` says the candidate has none of it or never did it ("no tengo",
    "I've never used one", "aucun")."""
    flat = plain(text)
    return bool(_HAVE_NONE.search(flat) or _NEVER_OR_WITHOUT.search(flat))


_NEVER_OR_WITHOUT = re.compile(
    r"\b(?:never|nunca|jamais|nie(?:mals)?|mai|nao\s+\w+\s+nunca)\b"
    # "pas de SSIAP", "sin carnet", "habe ich nicht", "je ne l'ai pas", "non ce l'ho"
    r"|\b(?:pas\s+d[e']|sans|sin|sem|senza|ohne|without)\s*\w"
    r"|\bhab(?:e)?\s+ich\s+(?:noch\s+)?(?:nicht|keine?n?)\b|\bje\s+ne\s+l'ai\s+pas\b"
    r"|\bno\s+lo\s+tengo\b|\bnon\s+ce\s+l'ho\b|\bnao\s+tenho\b|\bi\s+don'?t\b"
)


def says_preference(text: str) -> bool:
    """Whether ``text`` says a preference in any words ("Plutôt le service de concert",
    "Am liebsten die Arbeit draußen")."""
    return bool(_PREFERENCE.search(plain(text)))


# A question asking which one is wished for, not which one is had: "Which shift do you
# prefer?", "Welcher Bereich wäre Ihnen am liebsten?", "¿Qué turno te gustaría?".
_WISHED = re.compile(
    # (not "How would you describe your experience": a level had, not a wish)
    rf"{_PREFERENCE.pattern}|\b(?:like|want|wish|would\s+you(?!\s+(?:describe|rate|say|call))|quier\w*|gustar\w*|quer\w*"
    r"|gostar\w*|vuoi|vorrest\w*|piacer\w*|voudr\w*|aimer\w*|souhait\w*|mocht\w*|gern\w*"
    # "Quale lavoro ti interessa di più?", "What interests you most?"
    r"|wunsch\w*|favorit\w*|preferid\w*|preferit\w*|interess\w*|interes[ae]\w*)\b"
)


def asks_preference(spec: FieldSpec) -> bool:
    """Whether a choice question asks which option is wished for rather than had or done:
    a "no" to it is no answer, where a "no" to "Which card do you hold?" is a none."""
    return bool(_WISHED.search(field_wording(spec)))


# "better than" ("q" is the texting "que"); not the Italian "di", "che": "meglio di
# mattina" is "better in the morning".
_THAN = re.compile(r"\s+(?:than|que|q|do\s+que|als|rispetto\s+a)\b")

# "… is what I prefer", "… c'est ce que je préfère": the preference word looks back.
_REFERS_BACK = re.compile(
    r"\b(?:ce\s+que\s+je|lo\s+que|o\s+que|quello\s+che|what\s+i|das\s+was\s+ich|was\s+ich)"
    r"\s+(?:\w+\s+)?$"
)

_COMPARATIVES = frozenset({"best", "mejor", "melhor", "meglio", "lieber", "liebsten", "plutot"})


def _preferred(flat: str, hits: list[str]) -> list[str]:
    """The choices named first after a word of preference: "prefiro praia, na piscina
    aborreço-me" prefers the beach only, though both are named within four words. Failing
    one, the choice named just before a word of preference ("afternoons would actually be
    better"); "el de tarde... bueno, no, mejor el de mañana" is the morning's."""
    preferred: set[str] = set()
    for m in re.finditer(_PREFER, flat):
        if m.group() in _COMPARATIVES and re.match(r"\s*[,.;:!]", flat[m.end() :]):
            continue  # "la tarde sería mejor, por la mañana…": it ends what came before
        if _PREFER_VERB.fullmatch(m.group()) and re.match(r"\s*(?:[,.;!]|$)", flat[m.end() :]):
            continue  # "à tarde prefiro, de manhã…": likewise
        if _THAN.match(flat, m.end()):
            continue  # "la tarde mejor que la mañana": what follows is the one not preferred
        if _REFERS_BACK.search(flat, 0, m.start()):
            continue  # "l'atelier, c'est ce que je préfère, mais…": it prefers what came before
        ends = {}
        for choice in hits:
            names = "|".join(_names(choice) + _near_names(choice))
            named = re.compile(rf"(?:\W+\w+){{0,4}}?\W+(?:{names})(?!\w)")
            found = named.match(flat, m.end())
            if found is not None:
                ends[choice] = found.end()
        if ends:
            preferred.add(min(ends, key=lambda c: ends[c]))
    if len(preferred) == 1:
        return sorted(preferred)
    after: dict[int, tuple[int, str]] = {}  # preference word → (nearest mention, choice)
    for c in hits:
        for m in re.finditer(rf"(?<!\w)(?:{'|'.join(_names(c) + _near_names(c))})(?!\w)", flat):
            if (said := _PREFER_AFTER.match(flat, m.end())) is not None:
                # "Nights, or rotating. Nights best": the mention nearest the word.
                if said.end() not in after or after[said.end()][0] < m.end():
                    after[said.end()] = (m.end(), c)
    nearest = {c for _, c in after.values()}
    return sorted(nearest) if len(nearest) == 1 else sorted(preferred)


def _in_own_clause(spec: FieldSpec, flat: str, hits: list[str]) -> str | None:
    """The one choice named in a clause that names the field, where the others are named
    in clauses about something else: "Russisch ist meine Muttersprache, Deutsch spreche ich
    fließend" to "Deutschkenntnisse"."""
    every = "|".join(n for c in spec.choices or () for n in _names(c))
    # named by its own words, not by a choice that shares them ("silver service" is no
    # clause about "Service style")
    parts = [
        c for c in clauses(flat) if about_field(spec, re.sub(rf"(?<!\w)(?:{every})(?!\w)", " ", c))
    ]
    if not parts or len(parts) == len(clauses(flat)):
        return None
    named = [c for c in hits if any(_named_in(c, part) for part in parts)]
    return named[0] if len(named) == 1 else None


def _named_in(choice: str, text: str) -> bool:
    """Whether ``text`` names ``choice`` by any of its names."""
    names = "|".join(_names(choice))
    return re.search(rf"(?<!\w)(?:{names})(?!\w)", text) is not None


# A little of something, before it: "un peu Photoshop", "a bit of Excel", "etwas SAP".
_A_LITTLE_BEFORE = re.compile(
    r"\b(?:un\s+peu(?:\s+de)?|a\s+(?:bit|little)(?:\s+of)?|un\s+poco(?:\s+de)?|um\s+pouco(?:\s+de)?"
    r"|ein\s+bisschen|etwas|un\s+po'?(?:\s+di)?|some)\s*$"
)


# A comparative before the first of two choices: "more at ease with X than with Y".
_MORE_BEFORE = re.compile(
    r"\b(?:more|better|rather|plus|mieux|mas|mejor|mais|melhor|piu|meglio|mehr|besser|lieber)"
    r"\b(?:\W+\w+){0,5}?\W*$"
)


def _compared(flat: str, hits: list[str], first: dict[str, int]) -> str | None:
    """The first of two choices, where the reply ranks it above the second: "je suis plus à
    l'aise sur Capture One que sur Lightroom", "more used to Excel than to Sheets"."""
    a, b = sorted(hits, key=lambda c: first[c])
    between = flat[first[a] : first[b]]
    before = flat[max(0, first[a] - _COMPARED_BEFORE) : first[a]]
    if re.search(r"\b(?:than|que|do\s+que|als|rispetto\s+a|di)\b", between) and _MORE_BEFORE.search(
        before
    ):
        return a
    return None


_COMPARED_BEFORE = 40  # letters before the first choice where its comparative is said


# Not decided yet: "mal schauen", "ainda não sei", "depends".
_NOT_DECIDED = re.compile(
    r"\b(?:not\s+sure|don'?t\s+know\s+yet|depends|depend\s+on|it\s+depends|we'?ll\s+see"
    r"|let'?s\s+see|(?:i'?d|i\s+would)\s+have\s+to\s+check"
    r"|no\s+se\s+(?:todavia|aun)|todavia\s+no\s+se|aun\s+no\s+se|depende|ya\s+veremos"
    r"|mal\s+(?:schauen|sehen)|weiss\s+(?:ich\s+)?(?:noch\s+)?nicht|kommt\s+(?:darauf|drauf)\s+an"
    r"|je\s+ne\s+sais\s+pas\s+encore|ca\s+depend|on\s+verra|ainda\s+nao\s+sei|nao\s+sei\s+ainda"
    r"|vamos\s+ver|non\s+so\s+ancora|dipende|vedremo)\b"
)


# A conclusion that ends the message with one choice: "… so Wechselschicht", "… donc le
# matin", "… quindi la sera".
_CONCLUSION = (
    r"\b(?:so|also|donc|alors|entonces|asi\s+que|pues|quindi|allora|entao|dann|therefore"
    r"|thus|put|put\s+down|let'?s\s+say|say|mettete|metti|metta|diciamo|pon|ponme|ponga|poned"
    r"|digamos|mets|mettez|disons|poe|ponha|coloca|coloque|schreib|schreiben\s+sie|nimm"
    r"|sagen\s+wir"
    # "If I must choose, afternoon", "si tengo que elegir, la tarde"
    r"|(?:if\s+i\s+(?:must|have\s+to|had\s+to)|si\s+(?:tengo|tuviera)\s+que|wenn\s+ich"
    r"|si\s+je\s+dois|s'il\s+faut|se\s+devo|se\s+(?:tiver|tivesse)\s+(?:que|de))"
    r"\s+(?:\w+\s+)?(?:choose|pick|elegir|escoger|wahlen|entscheiden|choisir|scegliere"
    r"|escolher)(?:\s+muss)?)\W+"
    # "… então teria que ser à tarde", "so it would have to be mornings", "donc il faudrait
    # le matin": what the reasons leave
    r"(?:(?:(?:it\s+)?(?:would|will|has\s+to|must|'?d)\s+(?:have\s+to\s+)?be|tendria\s+que\s+ser"
    r"|tiene\s+que\s+ser|teria\s+(?:que|de)\s+ser|tem\s+(?:que|de)\s+ser|faudrait|il\s+faut"
    r"|ce\s+serait|dovrebbe\s+essere|deve\s+essere|sarebbe|musste\s+es|muss\s+es)"
    r"\W+(?:(?:a|la|el|o|de|di|le|il|lo|the|en|in|al|em|es)\W+)?|(?:\w+\W+)?)"
)
# A choice said last with "I think", "creo", "je pense" after it.
_THINK_AFTER = (
    r"\W+(?:i\s+think|i\s+guess|creo|supongo|je\s+pense|je\s+crois|penso|credo|acho|eu\s+acho"
    r"|ich\s+glaube|glaube\s+ich|denke\s+ich)\W*$"
)


def _concluded(flat: str, hits: list[str]) -> str | None:
    """The one choice a reply ends on: "Früh oder Spät… so Wechselschicht", "non saprei…
    mettete cerimonia", "l'atelier ou la vente… l'atelier je pense"."""
    ends = []
    for c in hits:
        names = "|".join(_names(c) + _near_names(c))
        if re.search(rf"{_CONCLUSION}(?:{names})\W*$", flat) or re.search(
            # "… so ride-on I guess": a word of the choice's may follow its name
            rf"(?:^|[.!?…]\s*|\W)(?:{names})(?:[\s-]\w+)?{_THINK_AFTER}",
            flat,
        ):
            ends.append(c)
    return ends[0] if len(ends) == 1 else None


def _both_of(
    choices: tuple[str, ...], flat: str, hits: list[str], first: dict[str, int]
) -> str | None:
    """The one choice that means both (or any), for two choices named joined by an "and"
    with nothing turned down between: "weekdays and weekends" picks "both"."""
    both = [c for c in choices if plain(c) in _BOTH]
    if len(both) != 1:
        return None
    a, b = sorted(hits, key=lambda c: first[c])
    between = flat[first[a] + len(plain(a)) : first[b]]
    if not _AND.search(between) or _OR.search(between) or _NEVER.search(between):
        return None
    return both[0]


# "both" standing alone before the choices it sums up: "nos dois, tear manual e tear
# mecânico", "Ambos: …" (not "nos dois últimos anos", the last two years)
_BOTH_SAID = re.compile(rf"(?<!\w)(?:{_BOTH_WORDS}|nos\s+dois|nas\s+duas)\s*[,:;.!–-]")
# A "but" or a liking after "both" keeps it from standing for the reply ("Both, but I
# prefer mornings").
_BUT_AFTER = re.compile(
    r"\b(?:but|however|pero|aber|mais|mas|porem|ma|though|aunque|embora|obwohl|prefer\w*"
    r"|prefier\w*|prefir\w*|lieber|plutot|piuttosto)\b"
)
_OR = re.compile(r"\b(?:or|o|oder|ou|ovvero|oppure)\b")
# (in Portuguese "o" is "the": "o rotativo para mim está bem")
_OR_IN_PORTUGUESE = re.compile(r"\b(?:or|oder|ou|ovvero|oppure)\b")


def _both_then_each(flat: str, first: dict[str, int], both: str) -> bool:
    """Whether the choice for both is said first, set apart, and then each one ("Usei os
    dois: o TecDoc no sistema da loja e o catálogo da Fiat"), nothing taken back after it."""
    at = first[both]
    return (
        _BOTH_SAID.match(flat, at) is not None
        and all(at < p for c, p in first.items() if c != both)
        and not CORRECTION.search(flat, at)
        and not _BUT_AFTER.search(flat, at)
    )


def _or_said(flat: str, lang: str) -> bool:
    """Whether ``flat`` says "or", in the language it is written in."""
    return (_OR_IN_PORTUGUESE if lang == "pt" else _OR).search(flat) is not None


_AND = re.compile(r"(?<!\w)(?:and|y|e|und|et|ed|&|\+)(?!\w)")


_ALSO = re.compile(
    # (not the "o" of Spanish and Italian: it is the Portuguese "the" as often)
    r"\b(?:also|too|as\s+well|either|tambien|tambem|auch|aussi|anche|pure|ou|oder|or|ovvero"
    r"|oppure)\b"
)
_OPENING_WORDS = 3  # "Pomeriggio,", "La sera,", "Nights please,"


def _opening(flat: str, hits: list[str], first: dict[str, int]) -> str | None:
    """The one choice a reply opens with as a clause of its own, the rest saying why:
    "Pomeriggio, la mattina porto i bimbi a scuola". Not where the rest adds another
    ("Mattina, o anche pomeriggio")."""
    head = re.split(r"[,.;:!?]", flat, maxsplit=1)[0]
    if len(head) == len(flat):
        return None
    opening = [c for c in hits if first[c] < len(head)]
    if len(opening) != 1 or _ALSO.search(flat, len(head)):
        return None
    # The choice and a word or two: "Canapés and buffet I think, I'd be nervous doing
    # silver service straight away".
    if len(head.split()) - len(plain(opening[0]).split()) > _OPENING_WORDS - 1:
        return None
    return opening[0]


def _joined(
    choices: tuple[str, ...], flat: str, hits: list[str], first: dict[str, int]
) -> str | None:
    """The choice made of the two named ones and an "and" ("manhã e tarde", "Früh und
    Spät"), where the reply joins them with an "and" too: "de manhã e de tarde"."""
    a, b = sorted(hits, key=lambda c: first[c])
    if not _AND.search(flat, first[a], first[b]):
        return None
    parts = set(re.findall(r"\w+", plain(a))) | set(re.findall(r"\w+", plain(b)))
    for choice in choices:
        words = set(re.findall(r"\w+", plain(choice)))
        if choice not in hits and parts < words and all(_AND.fullmatch(w) for w in words - parts):
            return choice
    return None


def _sentence_at(msg: Message, pos: int | None) -> str:
    """The sentence of ``msg`` at ``pos`` of its plain text (the whole message failing it):
    the evidence of a choice named in other words ("je peux faire toute la saison" in the
    second of two sentences), so the first is left to the question asked."""
    if pos is None or len(msg.sentences) < 2:
        return msg.text
    whole = plain(msg.text)
    at = 0
    for sentence in msg.sentences:
        start = whole.find(plain(sentence).strip(), at)
        if start < 0:
            return msg.text
        at = start + len(plain(sentence).strip())
        if start <= pos < at:
            return sentence
    return msg.text


def _made_of(choices: tuple[str, ...], hits: list[str]) -> str | None:
    """The choice named among the hits that the others are parts of: "AB (moto e carro)"
    beside "A (moto)" and "B (carro)"."""
    owns = frozenset(plain(c) for c in choices)
    for whole in hits:
        parts = _parts_of(plain(whole), owns - {plain(whole)})
        if (
            parts
            and all(plain(c) in parts for c in hits if c != whole)
            # each part named, not one: "Solo fines de semana" is no "weekends and school
            # holidays" beside "weekends only"
            and set(parts) <= {plain(c) for c in hits}
        ):
            return whole
    return None


def _only_one(hits: list[str], flat: str) -> str | None:
    """Of the choices named, the one that says "only", where the reply says it too and
    none of the words the others add: "Solo fines de semana" (not "I can only do weekends
    and school holidays")."""
    only = [c for c in hits if ONLY.search(plain(c))]
    if not ONLY.search(flat) or len(only) != 1:
        return None
    own = set(re.findall(r"[^\W\d_]{4,}", plain(only[0])))
    added = {w for c in hits if c != only[0] for w in re.findall(r"[^\W\d_]{4,}", plain(c))}
    if any(re.search(rf"(?<!\w){re.escape(w[:5])}", flat) for w in added - own):
        return None
    return only[0]


# A number and its ordinal ending, as choices write them: "1er", "2e", "2°", "3rd", "2a".
_ORDINAL_END = re.compile(r"\d+(?:st|nd|rd|th|er|re|e|o|a|°|º|ª)?(?!\w)")
_ORDINAL_WORDS = 4  # the ordinals in words the six languages' readers know


def _by_number(hits: list[str], flat: str) -> str | None:
    """Of choices told apart by their number only ("Istruttore di 1° livello", "… 2°
    livello"), the one whose own number the reply says (beside a choice with no number:
    "qualquer turno")."""
    numbered = [c for c in hits if re.search(r"\d", c)]
    hits = numbered if len(numbered) > 1 else hits
    if len({_ORDINAL_END.sub("#", plain(c)) for c in hits}) > 1:
        return None  # "NVQ Level 2 Food Preparation" is told apart by more than its 2
    # (a number standing alone: the "1" of a code "C1" is no number)
    said = set(re.findall(r"(?<![\w.,])\d+(?![.,]?\d)", flat))
    # or said as an ordinal in words: "le premier degré", "el segundo grado" for "BNPS 2e
    # degré"
    said |= {
        str(n)
        for n in range(1, _ORDINAL_WORDS + 1)
        if (words := ordinal_words(n)) is not None and re.search(rf"(?<!\w)(?:{words})(?!\w)", flat)
    }
    own = {c: set(re.findall(r"(?<!\w)\d+", c)) for c in hits}
    named = [
        c
        for c in hits
        if (mine := own[c] - set().union(*(own[o] for o in hits if o != c))) and mine <= said
    ]
    return named[0] if len(named) == 1 else None


_WHOLE_WORD = 8  # letters of a choice's word that names it said whole, among loose hits


def _word_said_whole(hits: list[str], flat: str) -> str | None:
    """The one choice of ``hits`` that a long word of the reply is a word of, where every
    hit is named by that word's beginning ("Fahrradwerkstatt" names "Fahrradwerkstatt
    beruflich" whole and "Fahrradreparatur privat" by its start only)."""
    words = {c: re.findall(r"[^\W\d_]+", plain(c)) for c in hits}
    for said in sorted(set(re.findall(rf"[^\W\d_]{{{_WHOLE_WORD},}}", flat))):
        owners = [c for c in hits if said in words[c]]
        if len(owners) == 1 and all(any(w[:_STEM] == said[:_STEM] for w in words[c]) for c in hits):
            return owners[0]
    return None


def _each_named_before(choices: tuple[str, ...], flat: str, first: dict[str, int]) -> bool:
    """Whether two choices other than "both" are named by their first words before the
    "both" is: "trabalhei com látex e com coágulo, os dois" for "os dois", unasked."""
    said = [c for c in choices if plain(c) in _BOTH and c in first]
    if not said:
        return False
    before = flat[: first[said[0]]]
    named = [
        c
        for c in choices
        if plain(c) not in _BOTH
        and len(word := plain(c).split()[0]) >= _KIND_WORD + 1
        and re.search(rf"(?<!\w){re.escape(word[:5])}", before)
    ]
    return len(named) >= 2


def _tied_by_shared_words(hits: list[str], flat: str) -> bool:
    """Whether ``flat`` names each of ``hits`` only by words they all share ("A trained
    Labrador" for "trained spaniel" and "trained retriever") and says some other word of
    its own, which may tell them apart: not two choices named each by its own word."""
    words = [set(re.findall(r"[^\W\d_]{4,}", plain(c))) for c in hits]
    shared = set.intersection(*words)
    if not shared:
        return False
    for own in words:
        if any(re.search(rf"(?<!\w){re.escape(w[:_STEM])}", flat) for w in own - shared):
            return False
    stems = {w[:_STEM] for w in set.union(*words)}
    return any(w[:_STEM] not in stems for w in re.findall(r"[^\W\d_]{4,}", flat))


def _settle(
    spec: FieldSpec,
    msg: Message,
    flat: str,
    asked: bool,
    hits: list[str],
    first: dict[str, int],
    literal: int,
) -> list[Finding]:
    choices = spec.choices or ()
    if len(hits) > 1 and (numbered := _by_number(hits, flat)) is not None:
        hits = [numbered]  # "ho il 2° livello" to "Istruttore di 1° / 2° livello"
    if len(hits) > 1 and not literal and (whole := _word_said_whole(hits, flat)) is not None:
        # "in einer Fahrradwerkstatt gearbeitet": "Fahrradwerkstatt beruflich", its word
        # said whole, not "Fahrradreparatur privat", which only begins as it does
        hits = [whole]
    if len(hits) > 2:
        # "12AB. Actually no sorry, I've got both now, my 12D came through": what the
        # correction says, and of that the choice that holds the others ("Both 12AB and 12D")
        slips = [m.end() for m in CORRECTION.finditer(flat) if m.start() > min(first.values())]
        after = [c for c in hits if slips and first[c] > slips[-1]]
        both = [c for c in after if plain(c).split()[0] in _BOTH]
        hits = both if len(both) == 1 else after if after else hits
    either = [c for c in hits if plain(c) in _BOTH]
    if (
        len(hits) > 1
        and len(either) == 1
        and first[either[0]] == max(first[c] for c in hits)
        and re.match(_BOTH_WORDS, flat[first[either[0]] :])
    ):
        # "Entre semana y los fines de semana también, los dos": each one, then both
        hits = either
    elif (
        hits
        and not either
        and len(own_both := [c for c in choices if plain(c) in _BOTH]) == 1
        and (said := _BOTH_SAID.search(flat, 0, min(first.values()))) is not None
        and not CORRECTION.search(flat, said.start())
        and not _BUT_AFTER.search(flat, said.start())
    ):
        # "Trabalho nos dois, tear manual e tear mecânico": both, then each one
        hits = own_both
        first = {**first, own_both[0]: said.start()}
    if len(hits) == 2 and len(qualified := [c for c in hits if _WANTING.search(plain(c))]) == 1:
        # "I use one every day at work, and I did my LANTRA ticket": of "used at work, no
        # certificate" and "NPTC/LANTRA certified", both named, the one without the lack
        # its words say
        hits = [c for c in hits if c not in qualified]
    if len(hits) == 2:
        a, b = sorted(hits, key=lambda c: first[c])
        slips = [m.end() for m in CORRECTION.finditer(flat, first[a], first[b])]
        if (
            slips
            and first[b] - slips[-1] <= _SLIP_GAP
            and not _slip_of_another(spec, msg, flat[slips[-1] : first[b]])
            # not one turned down after an apology: "doch lieber Spätschicht, sorry, zur
            # Frühschicht fährt kein Bus"
            and not negated(re.split(r"[.,;!?]", flat[first[b] :], maxsplit=1)[0], msg.lang)
        ):
            # "No lagar. Ah não, desculpe, queria dizer corte": the one said after the slip
            hits = [b]
        elif recalled_at(flat, first[a]) and not recalled_at(flat, first[b]):
            hits = [b]  # "I said days but evenings would suit me better"
    if (
        asked
        and len(hits) == 1
        and plain(hits[0]) not in _BOTH
        and _or_said(flat, msg.lang)
        and _EITHER.search(flat)
        and not re.search(_CONCLUSION, flat)
    ):
        # "Completa o media, me da un poco igual": either, where no choice means either
        # and only one is named as written.
        return [Finding("vague", None, msg.text, "please pick one of the options")]
    both = [c for c in hits if plain(c) in _BOTH]
    if (
        both
        and len(hits) > 1
        and (
            len(hits) > 2
            or not asked
            or _or_said(flat, msg.lang)
            or _both_then_each(flat, first, both[0])
        )
    ):
        # "fabrico e balcão, não tenho preferência", "evenings or days, not fussed either
        # way": the choice that means either.
        hits = both[:1]
    mixed = [c for c in hits if plain(c) in _MIXED]
    if mixed and len(hits) > 1:
        # "a mix of office and home days": the choice that mixes them.
        hits = mixed[:1]
    if not asked and both and literal < 2 and not _each_named_before(choices, flat, first):
        hits = [c for c in hits if c not in both]
    if len(hits) > 1:
        # (the French "car" only in French: "I bought a car last week! So own car.")
        reason = next(
            (m for m in _REASON.finditer(flat) if m.group() != "car" or msg.lang == "fr"), None
        ) or _OBSTACLE.search(flat)
        if reason is not None:
            before = [c for c in hits if first[c] < reason.start()]
            hits = before if len(before) == 1 else hits
    if len(hits) > 1:
        # "B, and I'm booked to do my B+E test in February": the one held, not the one
        # planned.
        held = [
            c
            for c in hits
            if not _PLANNED.search(flat[max(0, first[c] - _PLANNED_BEFORE) : first[c]])
        ]
        hits = held if len(held) == 1 else hits
    if (
        len(hits) == 1
        and _PLANNED.search(flat[max(0, first[hits[0]] - _PLANNED_BEFORE) : first[hits[0]]])
        and _NOT_YET_HELD.search(flat)
        and len(nothing := [c for c in choices if _NONE_CHOICE.match(plain(c))]) == 1
    ):
        # "Pas encore de permis poids lourd, mais je suis inscrit pour passer le C": none
        # held yet, the one named is to come.
        hits = nothing
    if len(hits) > 1 and (concluded := _concluded(flat, hits)) is not None:
        hits = [concluded]  # "Früh oder Spät, both OK for me... so Wechselschicht."
    unsure = _NOT_DECIDED.search(flat)
    if (
        asked
        and hits
        and unsure is not None
        and (
            unsure.start() < min(first[c] for c in hits)
            or _or_said(flat, msg.lang)
            # "Saturdays depend on my husband's shifts": the choice's word, then undecided
            or any(re.fullmatch(r"[^\W\d_]+\s+", flat[first[c] : unsure.start()]) for c in hits)
        )
    ):
        # "ainda não sei, depende do que a frota oferece": not decided yet.
        return [Finding("vague", None, msg.text, "please pick one of the options")]
    if len(hits) > 1 and (own := _in_own_clause(spec, flat, hits)) is not None:
        hits = [own]  # "Russisch ist meine Muttersprache, Deutsch spreche ich fließend"
    if len(hits) > 1:
        # "Lightroom et un peu Photoshop": the one used only a little is not the answer
        main = [c for c in hits if not _A_LITTLE_BEFORE.search(flat[: first[c]])]
        hits = main if len(main) == 1 else hits
    if len(hits) == 2 and (compared := _compared(flat, hits, first)) is not None:
        hits = [compared]  # "plus à l'aise sur Capture One que sur Lightroom"
    if len(hits) > 1 and unsure is None:
        # "Prefiero la mañana, que por la tarde recojo a mi hija": the preferred one.
        preferred = _preferred(flat, hits)
        hits = preferred if len(preferred) == 1 else hits
    if len(hits) > 1 and unsure is None and (opening := _opening(flat, hits, first)) is not None:
        hits = [opening]  # "Pomeriggio, la mattina porto i bimbi a scuola"
    if len(hits) == 2 and (joined := _joined(choices, flat, hits, first)) is not None:
        hits = [joined]  # "de manhã e de tarde" is the choice "manhã e tarde"
    if len(hits) > 1 and (whole := _made_of(choices, hits)) is not None:
        hits = [whole]  # "CNH AB, tirei a de moto em 2018 e a de carro": "AB (moto e carro)"
    if len(hits) > 1 and (only := _only_one(hits, flat)) is not None:
        hits = [only]  # "Solo fines de semana" for "weekends only", not "weekends and …"
    if len(hits) > 1 and _held_together(spec, flat, hits, first):
        # "J'ai le permis B et le BE": of licences held together, the highest listed
        hits = [max(hits, key=choices.index)]
    if len(hits) == 2 and unsure is None and (both_of := _both_of(choices, flat, hits, first)):
        hits = [both_of]  # "I could do weekdays and weekends" is "both"
    if len(hits) == 1:
        evidence = next((s for s in msg.sentences if plain(hits[0]) in plain(s)), None)
        return [Finding("answered", hits[0], evidence or _sentence_at(msg, first.get(hits[0])))]
    if len(hits) > 1 and msg.is_asked(spec):
        among = tuple(hits) if _tied_by_shared_words(hits, flat) else ()
        return [
            Finding("vague", None, msg.text, "please pick just one of the options", among=among)
        ]
    if asked and not hits and (place := read_place(choices, flat)) is not None:
        return [Finding("answered", place, msg.text)]  # "the second one"
    nothing = [c for c in choices if _NONE_CHOICE.match(plain(c)) and plain(c) not in _BOTH]
    # (not "no problem", "nessun problema": a yes to it)
    none_said = _HAVE_NONE.search(NO_PROBLEM.sub(lambda m: " " * len(m.group()), flat))
    if (
        asked
        and not hits
        and len(nothing) == 1
        and none_said is not None
        # "J'ai un diplôme du conservatoire, et je n'ai pas peur du vide": something had
        and not _HAVING_SOME.search(flat, 0, none_said.start())
    ):
        # "No tengo ningún título" to a question with "sin titulación" among its choices.
        return [Finding("answered", nothing[0], msg.text)]
    if msg.is_asked(spec) and len(msg.text) < 40 and re.fullmatch(r"\s*\d\s*\.?\s*", msg.text):
        index = int(msg.text.strip(" .")) - 1
        if 0 <= index < len(choices):
            return [Finding("answered", choices[index], msg.text)]
    if msg.is_asked(spec) and UNDECIDED.search(plain(msg.text)):
        return [Finding("vague", None, msg.text, "please pick one of the options")]
    return []
