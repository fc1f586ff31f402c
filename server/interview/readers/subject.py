"""What a field is about: its subject words and stems, and whether a text names it.

Word lists are compared in :func:`plain` form (accent-free, case-folded), so they serve the
six languages. A field about AI-training work also names its subject through the
vocabulary's platforms and task types.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from server.interview.languages import strip_accents
from server.interview.spec import FieldSpec
from server.interview.text import content_words, fold
from server.interview.vocab import Vocabulary


def plain(text: str) -> str:
    """Accent-free, case-folded: the form the six-language word lists are written in."""
    return strip_accents(fold(text))


def field_wording(spec: FieldSpec, *, example: bool = False, description: bool = False) -> str:
    """A field's label and question, with its example or its description when asked for,
    in the plain form the word lists are written in."""
    parts = [spec.label, spec.question or ""]
    if example:
        parts.append(spec.example or "")
    if description:
        parts.append(spec.description)
    return plain(" ".join(parts))


# A question of the candidate's age, in the six languages (accent-free).
_ASKS_AGE = re.compile(
    r"\b(?:age|how\s+old|edad|alter|wie\s+alt|idade|eta"
    r"|(?:cuantos|quantos|quanti)\s+(?:anos|anni)\s+(?:tienes|tiene|tens|tem|voce\s+tem|hai|ha))\b"
)


def asks_age(spec: FieldSpec) -> bool:
    """Whether a number field asks the candidate's age ("Età", "How old are you?"): its
    number is said in years, which count no experience there."""
    return spec.type == "number" and _ASKS_AGE.search(field_wording(spec)) is not None


def stems(text: str) -> set[str]:
    """Five-letter stems of a text's content words, in any of the six languages."""
    words = re.findall(r"[a-z0-9]+", _unified(plain(text)).replace("-", ""))
    return {w[:5] for w in words if len(w) > 3 and w not in ANY_STOPWORDS}


def _unified(flat: str) -> str:
    """Accent-free ``flat`` with chat shorthand written out and the weekend named by one
    word in the six languages ("fds", "fim de semana", "Wochenende" are all "weekend"), and
    the Portuguese driving licence by that word ("carta de condução", not a "carta" alone,
    which is also a menu)."""
    flat = _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group()], flat)
    flat = _DRIVING_CARD.sub("licence", flat)
    return _WEEKEND.sub("weekend", flat)


_DRIVING_CARD = re.compile(r"\bcarta\s+de\s+conduc(?:ao|cion)\b")


def names_another_field(
    spec: FieldSpec, others: Iterable[FieldSpec], text: str, fields: tuple[FieldSpec, ...] = ()
) -> bool:
    """Whether ``text`` names one of ``others`` (the job's other fields, as the caller
    picks them) and not ``spec`` itself. With the job's ``fields`` given, each is named only
    by a word of its own (see :func:`about_field`): "never worked in any repair trade" names
    "Years in a repair trade", not "Comfortable with fiddly hand-tool repairs"."""

    def rest(of: FieldSpec) -> tuple[FieldSpec, ...]:
        return tuple(f for f in fields if f.key != of.key)

    return not about_field(spec, text, rest(spec)) and any(
        about_field(o, text, rest(o)) for o in others
    )


# A compound opened by a letter or a code of up to three: "L-Schein", "CE-Führerschein".
_LETTER_COMPOUND = re.compile(r"\b([A-Za-z]{1,3})-(?=[^\W\d_]{4,})")


@cache
def _acronyms(label: str) -> frozenset[str]:
    """The initials of two or three words in a row of ``label``, past its function words and
    units of time: "traffic management" is "tm", "formación profesional" "fp"."""
    words = [
        w
        for w in re.findall(r"[a-z]+", plain(label))
        if len(w) > 2
        and w not in ANY_STOPWORDS
        and w[:5] not in _TIME_STEMS
        and w not in _TIME_STEMS
    ]
    return frozenset(
        "".join(w[0] for w in words[i : i + n]) for n in (2, 3) for i in range(len(words) - n + 1)
    )


def about_field(spec: FieldSpec, text: str, others: tuple[FieldSpec, ...] = ()) -> bool:
    """Whether ``text`` names the field's own subject (a stem of a word of its label).

    With the job's ``others`` fields given, a stem their labels share names none of them
    ("J'enseigne depuis 2016" names "Saisons d'enseignement", not also "Enseigne aussi le
    snowboard"), unless the label has no other."""
    if (acronyms := _acronyms(spec.label)) and any(
        w.lower() in acronyms for w in re.findall(r"\b[A-Z]{2,3}\b", text)
    ):
        return True  # "6 yrs in TM" names "Years in traffic management"
    if _LETTER_COMPOUND.search(text):
        # "den L-Schein", "un C-Führerschein": a letter or a short code, then the word
        spaced = _LETTER_COMPOUND.sub(r"\1 ", text)
        if about_field(spec, spaced, others):
            return True
    own = (stems(spec.label) | _alias_stems(spec.question or "")) - GENERIC_STEMS
    # (an open question's label is a whole scenario, whose words name no field: "tênis
    # branco de camurça" leaves "camurça" to "Já limpou tênis de camurça ou nobuck")
    shared = {
        stem
        for o in others
        if o.key != spec.key and o.type != "long_text"
        for stem in stems(o.label)
    }
    own = (own - shared) or own
    for same in _SAME_THING:
        if own & same:
            own |= same  # "I have a B licence" names "Patente B"
    for general, specific in _NAMED_BY:
        if own & general:
            own |= specific
    # "Quiet space at home for remote days" is about the space, not about days: a unit of
    # time names the subject only of a label that has nothing else ("Días por semana").
    own = (own - _TIME_STEMS) or own
    flat = _unified(_IDIOMS.sub(" ", plain(text)))
    words = re.findall(r"[a-z0-9]+", flat.replace("-", ""))
    # the parts of a hyphened word, for a label word of five letters: "guide-conférencière"
    # says "guide" as the joined word cannot
    parts = re.findall(r"[a-z0-9]+(?=-)|(?<=-)[a-z0-9]+", flat)
    # A label word of five letters is its whole stem: it names its own forms ("mezzi"),
    # not a longer word it opens ("mezzogiorno" for "Mezzo proprio").
    label_words = re.findall(r"[a-z0-9]+", plain(spec.label))
    whole = {w for w in label_words if len(w) == _STEM}
    if any(w.startswith(stem) and len(w) <= len(stem) + _WHOLE_STEM_ENDING
           for w in parts for stem in own & whole):  # fmt: skip
        return True
    # its plural in another vowel: "turni" names "Turno preferito", "mezzi" "Mezzo proprio"
    if any(
        re.fullmatch(rf"{re.escape(stem[:-1])}[aeio](?:s|es)?", w)
        for w in words
        for stem in own & whole
        if stem[-1] in "aeio"
    ):
        return True
    if any(
        w.startswith(stem)
        and (len(stem) >= _STEM or len(w) <= len(stem) + _SHORT_STEM_ENDING)
        and (stem not in whole or len(w) <= len(stem) + _WHOLE_STEM_ENDING)
        and not _other_compound(w, stem, label_words)
        and not w.startswith(_FALSE_FRIENDS.get(stem, ()))
        for w in words
        if len(w) > 3
        for stem in own
    ):
        # A word of four letters names only its own forms: "port" ("Port de charges") is
        # not in "português", nor "toda" in "todavía".
        return True
    # A verb of the label, conjugated: "não enjoo" names "Costuma enjoar no mar" (its root
    # of four letters or more, in a word not much longer).
    roots = {r for r in _verb_roots(spec.label) if r[:5] not in GENERIC_STEMS}
    if any(w.startswith(r) and len(w) <= len(r) + _WHOLE_STEM_ENDING for w in words for r in roots):
        return True
    # A compound of the reply whose tail is a word of the label: "healthcare" names
    # "Years in catering, hospitality or care".
    # (a word of four letters, which no stem of five covers: a longer one names a kind of
    # it, "Forschungslabor" no "Labor" of a medical kind)
    tails = {w for w in re.findall(r"[a-z]+", plain(spec.label)) if len(w) == _HEAD} - {
        w for w in re.findall(r"[a-z]+", plain(spec.label)) if w[:_STEM] in GENERIC_STEMS
    }
    if any(
        len(w) >= len(t) + _HEAD and w.endswith(t) for w in words for t in tails - ANY_STOPWORDS
    ):
        return True
    # An English verb of the label in its "-ing" form, said in another: "I don't drive"
    # names "Full driving licence", "I can lift 25 kg" "Lifting".
    if any(w in _english_verb_forms(spec.label) for w in words):
        return True
    # A word that is the tail of a compound of the label ("scanners" for "Handscanner",
    # "Kasse" for "Erfahrung an der Supermarktkasse").
    if _in_compound(words, spec.label):
        return True
    # A code of letters and digits in the label: "trabalho na 6x1" names "escala 6x1",
    # "tengo el C1" "Nivel C1".
    if any(
        re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", plain(text))
        for c in _CODE.findall(plain(spec.label))
    ):
        return True
    # An acronym of the label, as written ("BP obtenu en 2024" for "Diplôme (BP ou DEUST)").
    return any(re.search(rf"\b{a}\b", text) for a in _ACRONYM.findall(spec.label))


# Words a stem opens that mean something else: "autom" (the Italian "automunito", a car of
# one's own) opens the French autumn, "chaque automne", and "automatic".
_FALSE_FRIENDS: dict[str, tuple[str, ...]] = {"autom": ("automn", "automat")}


# Words written short in chat: "fds posso sim" is about the weekends.
_ABBREVIATIONS = {
    "fds": "fim de semana",
    "finde": "fin de semana",
    "findes": "fines de semana",
    "wknd": "weekend",
    "wkend": "weekend",
    "wkends": "weekends",
}
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(_ABBREVIATIONS) + r")\b")
_WEEKEND = re.compile(
    r"\bfi(?:m|ns|n|nes)\s+de\s+semana\b|\bfine\s+settimana\b|\bwochenenden?\b"
    r"|\bweek-?\s?ends?\b"
)
_STEM = 5  # letters of a stem
_SHORT_STEM_ENDING = 2  # letters a four-letter word may grow by: "Auto", "Autos"
_WHOLE_STEM_ENDING = 4  # letters a five-letter label word may grow by: "turno", "turnos"


# Phrases whose words name nothing: "I'm not working right now" is no reply to "Right to
# work in the UK".
_IDIOMS = re.compile(
    r"\bright\s+(?:now|away|here|there|after|before|then)\b"
    r"|\b(?:all|that'?s|thats|you'?re|is|quite)\s+right\b"
    # the Italian school certificates, no licence to drive
    r"|\blicenza\s+(?:media|elementare|di\s+scuola\s+\w+)\b"
    # "my first proper job" names no "First aid certificate": the ordinal only before aid
    r"|\b(?:first|primer[oa]?s?|erste[nrs]?|premi[eè]re?s?|primeir[oa]s?|prim[oaie])\b"
    r"(?![\s-]+(?:aid|auxilios|hilfe|secours|socorros|soccorso|soins))"
)


# (-ar, -er, -ir: not the "-ere" of "préféré" or the "-aire" of "horaire")
_INFINITIVE = re.compile(r"^([a-z]{4,}?)(?:ar|er|ir)$")


def _verb_roots(label: str) -> set[str]:
    """The roots of the label's words that read as infinitives ("enjoar" → "enjo",
    "nadar" → "nad" is too short): six letters or more, in -ar, -er or -ir."""
    infinitives = {
        m.group(1)
        for word in re.findall(r"[^\W\d_]+", label)
        if len(w := plain(word)) >= _INFINITIVE_LETTERS
        and w not in ANY_STOPWORDS
        # not a German noun in "-er" ("Fahrer", "Helfer"), written with a capital
        and not (word[0].isupper() and w.endswith("er"))
        and (m := _INFINITIVE.match(w)) is not None
    }
    # ...and of a gerund or a reflexive verb ("Años montando a caballo" → "mont", "Se
    # marea en barco" → "mare"): "monto desde hace quince años", "no me mareo"
    flat = plain(label)
    return infinitives | _gerund_roots(flat) | {m.group(1) for m in _REFLEXIVE.finditer(flat)}


def _gerund_roots(flat: str) -> set[str]:
    """The roots of the gerunds in accent-free ``flat``: "montando" → "mont"."""
    return {m.group(1) for m in _GERUND.finditer(flat)}


# A gerund in Spanish, Portuguese or Italian, and its root: "montando", "lavorando".
_GERUND = re.compile(r"\b([a-z]{4,}?)(?:ando|endo|iendo)\b")
# A verb in its third person after a reflexive pronoun, and its root: "se marea".
_REFLEXIVE = re.compile(r"\b(?:se|si)\s+([a-z]{4,})[ae]\b")


_INFINITIVE_LETTERS = 6
# An "-ing" word of the label whose root is four letters (longer roots are their own
# stems already), not a noun ("evening", "morning").
_ING_ROOT = re.compile(
    r"^(?!(?:even|morn|wedd|ceil)ing$)([a-z]{4}|([a-z]{3})([b-df-hj-np-tv-z])\3)ing$"
)
_VERB_ENDINGS = ("", "e", "s", "es", "ed", "er", "ers")


def _english_verb_forms(label: str) -> set[str]:
    """The forms of the label's English verbs of four letters written in "-ing":
    "driving" → "drive", "drives", "driver"; "swimming" → "swim", "swims"."""
    forms = set()
    for word in re.findall(r"[a-z]+", plain(label)):
        if (m := _ING_ROOT.match(word)) is not None:
            root = m.group(2) + m.group(3) if m.group(2) else m.group(1)
            forms |= {root + ending for ending in _VERB_ENDINGS}
    return forms


def _other_compound(word: str, stem: str, label_words: list[str]) -> bool:
    """Whether ``word`` and the label's words that open with ``stem`` are compounds that
    share only their head: "Fischräucherei" names no "Fischereischein", nor "Fischzucht"."""
    heads = [w for w in label_words if w.startswith(stem)]
    return (
        len(word) >= _COMPOUND
        and bool(heads)
        # (its tail a word of the label: "Pflegehelferausbildung" names "Pflegebasiskurs
        # oder Ausbildung")
        and not any(word.endswith(w) for w in label_words if len(w) >= _STEM)
        and all(
            len(w) >= _COMPOUND
            and (shared := _shared_letters(w, word)) < _SHARED_HEAD
            # two tails of a word each, not two endings ("animateur", "animation")
            and min(len(w), len(word)) - shared >= _STEM
            for w in heads
        )
    )


_SHARED_HEAD = 7  # letters two compounds share where one names the other


def _shared_letters(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` open with alike."""
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def _in_compound(words: list[str], label: str) -> bool:
    # "comfortable", "disponible": an adjective's ending, no compound ("tables")
    compounds = [
        w
        for w in re.findall(r"[a-z]+", plain(label))
        if len(w) >= _COMPOUND and not w.endswith(("able", "ible"))
    ]
    for word in words:
        stem = word[:5]
        if len(word) < 5 or word in ANY_STOPWORDS or stem in GENERIC_STEMS:
            continue
        if stem in _TIME_STEMS or word in _TIME_STEMS:
            continue  # a unit of time: "an drei Tagen" names no "Weihnachtsfeiertagen"
        # its tail, not a part inside it: "Schwimmen" names no "Rettungsschwimmabzeichen";
        # nor the rest of a word after its prefix ("Richtung" names no "Unterrichtung")
        if any(
            (at := c.find(stem, _HEAD)) >= _HEAD
            and len(c) - at <= len(word) + _TAIL_ENDING
            and c[:at] not in _PREFIXES
            for c in compounds
        ):
            return True
    return False


_COMPOUND = 9  # letters of a label word that may be a compound
# Prefixes of German words, which make no compound: "Unter|richtung", "Über|nachtung".
_PREFIXES = frozenset(
    {"unter", "uber", "durch", "hinter", "wider", "wieder", "zuruck", "voraus", "heraus"}
)
_TAIL_ENDING = 3  # letters a compound's tail may run past the word ("Kasse", "kassen")
# Letters before a compound's tail: "Hand|scanner", not "att|estato" ("estate" is summer).
_HEAD = 4


# The field's name said another way in brackets in its question: "(das frühere
# Gesundheitszeugnis)"; not a list of examples ("(bus, car or bike)").
_ALIAS = re.compile(r"\(([^(),;/]{3,60})\)")
_ALIAS_WORD = 8  # letters of a word in such brackets that names the field


# "(Arrais-Amador ou superior)", "(PSC1 or equivalent)": the thing, and its betters.
_OR_BETTER = re.compile(
    r"\s+(?:or|o|ou|oder)\s+(?:superior|superiore|higher|above|better|equivalent|equivalente"
    r"|equivalenti|similar|similare|simile|hoher|plus|mieux|aquivalent|gleichwertig)\w*\s*$"
)


def _alias_stems(question: str) -> set[str]:
    found: set[str] = set()
    for alias in _ALIAS.findall(plain(question)):
        alias = _OR_BETTER.sub("", alias)
        words = alias.replace("-", "").split()
        if len(words) > 3 or re.search(r"\b(?:or|o|ou|oder|e|y|and|und|et|ed)\b", alias):
            continue
        # (the whole word but its ending: "gesundheitszeugn", not "gesun" of "gesund")
        found |= {w[:-2] for w in words if len(w) >= _ALIAS_WORD and w.isalpha()}
    return found


def says_alias(spec: FieldSpec, text: str) -> bool:
    """Whether ``text`` says the field's name as its question gives it in brackets:
    "tenho Arrais-Amador" to "… habilitação náutica (Arrais-Amador ou superior)?"."""
    aliases = _alias_stems(spec.question or "")
    words = re.findall(r"[a-z0-9]+", plain(text).replace("-", ""))
    return any(w.startswith(a) for w in words for a in aliases)


# A driving licence and its classes, in the six languages.
_LICENCE_WORD = re.compile(
    r"\b(?:licen[cs]e|permis|permiso|carn[eé]t?|patente|f[uü]hrerschein|klasse|class|clase"
    r"|classe|categor[ií]a|cat[eé]gorie|cnh|carta|habilita[cç][aã]o)\b",
    re.IGNORECASE,
)
_CLASS = re.compile(r"(?<![\w/-])([A-E](?:1E|1|E)?)(?![\w-])")


def licence_classes(text: str, *, asked: bool = False) -> set[str]:
    """The driving licence classes ``text`` names, as written ("Nur Klasse B" → {"B"};
    "Führerschein Klasse C/CE" → {"C", "CE"}): in a field's wording only beside a word
    for a licence; in a reply (``asked`` false) any but a bare "A" or "E", which open
    sentences ("E sim, tenho carta" says "and yes")."""
    if asked:
        return set(_CLASS.findall(text)) if _LICENCE_WORD.search(text) else set()
    return {
        m.group(1)
        for m in _CLASS.finditer(text)
        if m.group(1) not in ("A", "E")
        or _LICENCE_WORD.search(text[max(0, m.start() - 15) : m.start()])
    }


# A field's short name: an acronym of three letters or more ("DNI", "HACCP", "GAE").
_SHORT_NAME = re.compile(r"\b[A-Z]{3,6}\b(?!-)")


def short_names(spec: FieldSpec) -> set[str]:
    """The acronyms that name what the field asks about: in its label or question, or in
    brackets in its description ("Guida Ambientale Escursionistica (GAE)")."""
    return set(_SHORT_NAME.findall(f"{spec.label} {spec.question or ''}")) | set(
        re.findall(r"\(([A-Z]{3,6})\)", spec.description)
    )


# A code of a letter and a digit at least: "6x1", "12x36", "c1", "nr-20".
_CODE = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)?(?![\w-])")


# Not the first part of a compound: "IT-Support" is about support.
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b(?!-)")


# One thing, named in the six languages (five-letter stems): a licence or permit is a
# "licence", "patente", "Führerschein", "permis", "carnet"/"carné" or "habilitação".
_SAME_THING = (
    frozenset({"licen", "paten", "fuhre", "permi", "carne", "habil"}),
    # days of the week in the six languages: "Sundays are fine" names "Domenica"
    frozenset({"satur", "sabad", "sabat", "samst", "samed", "sonna"}),
    frozenset({"sunda", "domin", "domen", "sonnt", "diman"}),
    # a language by its name in the six: "il mio inglese è fluente" names "Niveau d'anglais"
    frozenset({"engli", "ingle", "angla"}),
    frozenset({"spani", "espan", "spagn", "caste", "espag"}),
    frozenset({"germa", "alema", "deuts", "allem", "tedes"}),
    frozenset({"frenc", "franc", "franz"}),
    # a place to stay: "je n'ai pas besoin de logement" names "Besoin d'hébergement"
    frozenset({"accom", "lodgi", "aloja", "logem", "heber", "allog", "unter"}),
)
# A vehicle is named by a car ("y tengo coche" answers "Vehículo propio"); not the other
# way round: a "cochera" (a depot) is no vehicle.
_NAMED_BY = (
    # the weekend names Saturdays and Sundays: "los fines de semana los tengo ocupados" is
    # about "Disponibilidad sábados, domingos y festivos"
    (
        frozenset(
            {
                "satur",
                "sabad",
                "sabat",
                "samst",
                "samed",
                "sonna",
                "sunda",
                "domin",
                "domen",
                "sonnt",
                "diman",
            }
        ),
        frozenset({"weeke"}),
    ),
    (
        # (and the Italian "automunito", having a car of one's own: "ho la macchina")
        # ("Auto propria": a car, in the word most languages share)
        frozenset({"vehic", "viatu", "fahrz", "autom", "auto"}),
        frozenset({"coche", "carro", "voitu", "macch", "autom"}),
    ),
    # hospitality is named by waiting at tables: "Ich kellnere seit 2021" is about
    # "Erfahrung in Service/Gastronomie"
    (
        frozenset({"gastr", "hospi", "hoste", "resta", "risto"}),
        frozenset(
            {"kelln", "camar", "garco", "waite", "waitr", "camer", "barke", "barte", "baris"}
        ),
    ),
)


# Units of a calendar, in the six languages (five-letter stems).
_TIME_STEMS = frozenset(
    "days week weeks weekl month dias jours jour tage tagen giorn seman semai woche mois "
    "monat mese mesi meses "
    # years too: "tre anni come promoter" names no "Esperienza come rilevatore (anni)"
    "years year anni anno anos jahre jahr annee annees".split()
)

# Function words of the six languages, left out of a field's subject.
ANY_STOPWORDS = frozenset(
    "the and for with your you have this that what which how many much from about will would "
    "does can could their there they them when where who whom into over than then very "
    "para por con los las del una unos unas que como cual cuantos cuantas usted esta este "
    "tiene puede trabajar "
    "der die das und mit fur von eine einen einem haben sind sie ihre ihr wie viele welche "
    "welcher bereits schon auch oder nach "
    "les des une avec pour dans vous votre quel quelle quels quelles combien etes avez sont "
    "chez vers sous "
    "travailler "
    "com para uma umas voce seus suas qual quais quantos quantas esta pode trabalhar "
    "della delle degli nella nelle sono lei suoi quale quali quanti quante puoi lavorare come "
    "comme "
    "also aussi tambien tambem anche "
    # already: "j'ai déjà fait une saison" names no "A déjà aidé au passage d'écluses"
    "already deja gia "
    # All, every, whole: "todavía" is no reply to "Disponible toda la campaña".
    "todo toda todos todas tout toute tous toutes tutto tutta tutti tutte alle jede jeder "
    "jedes every whole entire entera entero inteiro inteira intero intera "
    # "Jours par semaine": "par écrit" is no reply about days.
    "par per pro sur "
    # Negations and "is": "je préfère ne pas le partager" names no question that says "n'est
    # pas uniforme".
    "pas not non nao nicht kein keine est ist sin sem sans ohne senza "
    # Still and yet: "ich bin noch nie geklettert" names no question that says "weder vor
    # noch zurück".
    "still yet noch encore ainda ancora todavia aun "
    # Needing names no subject: "O que for preciso" is no reply to "Precisa de alojamento".
    "need needs necesita necesitas necesito precisa precisas preciso besoin brauchen braucht "
    "benotigen bisogno "
    # Asking why and wanting name no subject: "Dazu möchte ich nichts sagen" is no reply
    # to "Warum möchten Sie ... werden?", nor "Rather not answer that one" to "... a dog
    # (one that pulled)". Telling is kept: "je préfère ne pas raconter ça" declines a story.
    "one ones why want porque quiere quieres warum mochten mochte werden pourquoi voulez "
    "souhaitez quer gostaria perche vorrebbe vuole "
    # Being able names no subject: "schweißen kann ich gar nicht" is no reply to "Kann mit
    # dem Vorschlaghammer zuschlagen".
    "kann konnen konnte konnten darf durfen muss mussen soll sollen peux peut pouvez puis "
    "puedo puedes podria posso puoi potrebbe podes consegue "
    # Preferring names no subject: "Prefiero no decir para quién trabajo" is no reply to
    # "Fase del taller en la que prefieres empezar".
    "prefer prefers preferred preference prefiero prefieres prefiere preferirias preferiria "
    "preferisco preferisci preferisce preferiresti prefiro preferes prefere preferez "
    "preferiez preferirais preferencia preferenza bevorzugen bevorzugst bevorzugt lieber".split()
)
# Words every screening question uses, which name no subject of their own.
GENERIC_STEMS = frozenset(
    {
        "valid",
        # "full": how much of it ("Full driving licence"), named by "full time" as well
        "full",
        "avail",
        "exper",
        "years",
        "hours",
        "numbe",
        "work",
        # Working, in the other five languages: "si llueve no se trabaja" names no
        # "Permiso de trabajo".
        "traba",
        "arbei",
        "trava",
        "lavor",
        "would",
        "prefe",
        "anos",
        "annee",
        "jahre",
        "anni",
        "horas",
        "heure",
        "stund",
        "time",
        "tiempo",
        "tempo",
        "temps",
        "zeit",
        # "at least", "minimum": how much, not of what ("Mindestens 18 Jahre alt" is not
        # named by "die Mindestgröße")
        "minde",
        "minim",
        "least",
        "almen",
        "moins",
        # wanting, which every question and decline says: "Das möchte ich lieber nicht
        # angeben" names no question where a customer "möchte vorher probieren"
        "mocht",
        # the employer itself: "per l'azienda di mio zio" names no "alloggio aziendale"
        "azien",
        "empre",
        "firma",
    }
)


def subject_words(spec: FieldSpec, vocab: Vocabulary) -> set[str]:
    """Words that say a sentence is about this field's subject."""
    words = {
        w
        for w in content_words(spec.label) - _GENERIC - ANY_STOPWORDS
        if len(w) > 2 and plain(w)[:5] not in GENERIC_STEMS
    }
    if ai_related(spec):
        words |= _AI_WORDS
    return words


def echoes_question(spec: FieldSpec, text: str, others: tuple[FieldSpec, ...] = ()) -> bool:
    """Whether ``text`` says three words of the field's question in a row, one of them a
    word of its own ("consigo trabalhar em pé" to "Você consegue trabalhar em pé …?"): the
    candidate answering it in its words, asked or not. With the job's ``others`` given, a
    word of another field's label is not the field's own ("tengo el título de entrenador"
    echoes no "el título de socorrista" beside a field "Titulación")."""
    asked = re.findall(r"[a-z0-9]+", plain(spec.question or ""))
    said = re.findall(r"[a-z0-9]+", plain(text))
    theirs = {stem for o in others if o.key != spec.key for stem in stems(o.label)}

    def own_word(w: str) -> bool:
        return _own_word(w) and w[:_STEM] not in theirs

    # (a word of its own of four letters or more, or of two ("em pé"), or one with a
    # number: "auf dem Hof" is too little, "o 12.º ano" is enough)
    own = {
        tuple(asked[i : i + 3])
        for i in range(len(asked) - 2)
        if any(own_word(w) and len(w) != _SHORT_ECHO for w in asked[i : i + 3])
        or (
            any(w.isdigit() for w in asked[i : i + 3])
            and any(own_word(w) for w in asked[i : i + 3])
        )
    }
    return any(tuple(said[i : i + 3]) in own for i in range(len(said) - 2))


_SHORT_ECHO = 3  # letters of a word of its own too common to echo a question alone


def _own_word(word: str) -> bool:
    """Whether a word is more than a function word or a word every question uses."""
    if len(word) <= 2:
        return word not in _SHORT_FUNCTION_WORDS and not word.isdigit()
    return word not in ANY_STOPWORDS and word[:5] not in GENERIC_STEMS


# The words of two letters the six languages build sentences with; any other ("pé", "km")
# is a word of its own.
_SHORT_FUNCTION_WORDS = frozenset(
    "a o e y u i em de en el la le lo li di da do du in on at to of an as is it im am um zu "
    "un il se si no ne ce je tu me te ma mi ti ci vi ha he ho eu yo io ja et ou or by so up "
    "us we my na no ao os ab al es er".split()
)


def question_stems(spec: FieldSpec) -> set[str]:
    """The first five letters of the words of five letters or more in ``spec``'s label and
    question, leaving out function words and the words every screening question uses."""
    words = set(re.findall(r"[^\W\d_]{5,}", field_wording(spec)))
    return {w[:5] for w in words - ANY_STOPWORDS} - GENERIC_STEMS - _TIME_STEMS


def shares_question_word(spec: FieldSpec, text: str) -> bool:
    """Whether ``text`` has a word of ``spec``'s label or question (by its first five
    letters), other than those every question uses: "Cerquita, al lado del polígono" to a
    question on the distance "al polígono", "12 anni in un'altra impresa funebre" to one on
    years "nel settore funebre"."""
    own = question_stems(spec)
    said = re.findall(r"[^\W\d_]{4,}", plain(text))
    if any(w[:5] in own for w in said if len(w) >= _STEM):
        return True
    # A verb the question says in its gerund, said in another form: "monto desde hace
    # quince años" to "¿Cuántos años llevas montando a caballo?"
    roots = {r for r in _gerund_roots(field_wording(spec)) if r[:5] not in GENERIC_STEMS}
    return any(
        w.startswith(root) and len(w) <= len(root) + _VERB_ENDING and w[:5] not in _TIME_STEMS
        for w in said
        for root in roots
    )


_VERB_ENDING = 3  # letters a verb's root takes in its forms: "monto", "montas", "montamos"


def ai_related(spec: FieldSpec) -> bool:
    """Whether a field is about AI-training work (its vocabulary then names its subject)."""
    text = f"{spec.label} {spec.description}"
    # "AI" as written: the lower-case "ai" is Italian and Portuguese for "to the" ("cameriera
    # ai piani").
    return (
        spec.type == "ai_training_experience"
        or bool(content_words(text) & (_AI_WORDS - {"ai"}))
        or bool(re.search(r"\bA\.?I\b", text))
    )


def mentions_subject(spec: FieldSpec, text: str, vocab: Vocabulary) -> bool:
    """Whether ``text`` is about this field's subject: its words, or the vocabulary's terms."""
    words = subject_words(spec, vocab)
    if content_words(text) & (words - {"ai"}):
        return True
    if "ai" in words and _AI_TOKEN.search(text):
        return True
    return ai_related(spec) and bool(
        vocab.find("platforms", text) or vocab.find("task_types", text)
    )


# "AI" in a message: as written, or lower case before a word of the trade; not the French
# "j'ai", "n'ai" nor the Italian "ai" ("to the").
_AI_TOKEN = re.compile(
    r"(?<!['’])\b(?:AI|A\.I\.?|IA|KI)\b|(?<!['’])\bai\s+(?:training|trainer|annotation|data"
    r"|models?|tasks?|labell?ing|work|experience|rater|tutor|companies|company|platforms?|jobs?)\b"
)
_GENERIC = frozenset(
    "years year long experience number many much how what which your you candidate "
    "time work worked kinds kind type types done have has such as".split()
)
_AI_WORDS = frozenset(
    "ai training annotation annotating labeling labelling labeler annotator rlhf data "
    "rater rating tasker evaluator".split()
)
