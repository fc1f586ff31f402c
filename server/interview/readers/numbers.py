"""The number reader: a plain number for the field, in the unit its wording names.

The units (days, weeks, words per minute, minutes, hours, km, miles, money) are found in
the field's label, question or description, in any of the six languages; a number in a
unit of the same kind is converted ("half an hour" → 30 on a minutes field).
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from server.interview.cues import CORRECTION, I_HAVE
from server.interview.languages import LANGUAGES
from server.interview.numerals import SEASON_WORDS, days_until_date, numbers_to_digits
from server.interview.readers.message import Finding, Message
from server.interview.readers.quantity import (
    A_YEAR,
    NUM,
    YEAR_SAID,
    clean_number,
    excluded,
    follows_recalled,
    noun_after,
    num,
    number_topic,
    pick,
    recalled_at,
    time_of_day_before,
    unit_spans,
)
from server.interview.readers.schedule import days_in_week
from server.interview.readers.subject import (
    about_field,
    asks_age,
    field_wording,
    names_another_field,
    plain,
)
from server.interview.readers.years import seasons_since
from server.interview.readers.yes_no import negated
from server.interview.spec import FieldSpec
from server.interview.text import clauses

# Units a number field can be counted in, found in its label, question or description (in
# any of the six languages), and the units of the same kind that convert into it. The
# message's side is its digit form, where the language's unit words are already glossed.
# fmt: off
_UNITS: dict[str, tuple[str, dict[str, float]]] = {
    # Parts of days count as days: "three evenings a week" is "3 days a week" in digits.
    "days": (r"days?|dias?|tage?n?|jours?|giorni|giornate|evenings?|mornings?|afternoons?"
             r"|nights?|shifts?|serate|sere|soirees?|soirs|matinees|nuits|turnos|turni"
             r"|schichten|abenden?|nachten?|noches|noites|tardes|mananas|manhas|mattine|pomeriggi"
             # German compounds of a shift or a night: "Nachtschichten", "Frühdienste"
             r"|notti|[a-z]+(?:schichten|dienste|nachte)"
             # ...or of days: "Festtage", "Markttagen" (not "Etage", "Montage", "Reportage")
             r"|[a-z]{3,}(?<!mon)(?<!repor)tagen?", {"weeks": 7.0, "months": 30.4}),
    "weeks": (r"weeks?|semanas?|wochen?|semaines?|settimane?", {"days": 1 / 7, "months": 4.345}),
    "months": (r"months?|mes(?:es)?|monate?n?|mois|mesi", {"weeks": 1 / 4.345, "days": 1 / 30.4}),
    "wpm": (r"words?\s+(?:per|a)\s+minute|wpm|ppm|palabras\s+por\s+minuto|palavras\s+por\s+minuto"
            r"|worter\s+pro\s+minute|mots\s+par\s+minute|parole\s+al\s+minuto", {}),
    "seconds": (r"seconds?|secs?|segundos?|sekunden?|secondes?|secondi", {"minutes": 60.0}),
    "minutes": (r"minutes?|mins?|minutos?|minuten|minuti", {"hours": 60.0, "seconds": 1 / 60}),
    "hours": (r"hours?|hrs?|h|horas?|stunden?|heures?|ore", {"minutes": 1 / 60}),
    "km": (r"km|kms|kilomet(?:er|re)s?|kilometros?|quilometros?|chilometri",
           {"miles": 1.609, "m": 0.001}),
    "miles": (r"miles?|mi|meilen?|millas?|milhas?|miglia|miglio", {"km": 1 / 1.609}),
    "kg": (r"kg|kgs|kilos?|kilograms?|kilogrammes?|kilogramm|kilogramos?|quilos?|quilogramas?"
           r"|chili|chilogrammi", {}),
    # sizes of a thing made or handled: "an 8-inch mirror", "un espejo de 20 cm"
    "inches": (r"inch(?:es)?|zoll|pulgadas?|polegadas?|pouces?|pollici|pollice", {"cm": 1 / 2.54}),
    "cm": (r"cm|centimet(?:er|re)s?|centimetros?|zentimetern?|centimetri", {"inches": 2.54}),
    "m2": (r"m2|sqm|sq\s*m|square\s+met(?:er|re)s?|metros?\s+cuadrados|metros?\s+quadrados"
           r"|metres?\s+carres|metri\s+quadr[ai]|quadratmetern?|mq", {}),
    # After square metres, which are written with the same words.
    "m": (r"m|mts?|met(?:er|re)s?|metros?|metri|meter", {"km": 1000.0}),
    "money": (r"euros?|eur|€|dollars?|usd|\$|pounds?|gbp|£|reais|reales|brl|r\$|chf|franken|salary"
              r"|salario|gehalt|salaire|stipendio|brutto|gross", {}),
}
# fmt: on
# The longest clause that can give an unasked field counted in no unit its number.
NAMING_CLAUSE_WORDS = 6
# A reply to an open question longer than this is the story it asked for.
STORY_WORDS = 12
# Words of a reply to a count that tells a story rather than gives the count.
_TOLD_WORDS = 2 * STORY_WORDS
_UNIT_AFTER = {
    # (or joined by a hyphen: "an 8-inch", "a 5-km loop")
    kind: re.compile(rf"^(?:\s*|-)(?:{pattern})(?![\w$€£])")
    for kind, (pattern, _) in _UNITS.items()
}
_UNIT_IN_SPEC = {
    kind: re.compile(rf"(?<![\w$€£])(?:{pattern})(?![\w$€£])")
    for kind, (pattern, _) in _UNITS.items()
}
# The rest of a range after its first number: "25 to 30", "20-25", "5 o 6".
_RANGE_TO = re.compile(r"\s*(?:-|–|to|a|à|bis|al|ao|or|o|ou|oder)\s*\d+(?:\.\d+)?")
# Other units a number may carry that no number field is counted in here.
_OTHER_UNIT_AFTER = re.compile(
    r"^\s*(?:years?|yrs?|months?|weeks?|days?|times?|people|persons?|kids?|children|%|am|pm"
    # "one correction", "una cosa": an article before a word of the conversation itself
    r"|more\s+thing|things?|questions?|corrections?|moment|detail|cosas?|preguntas?"
    r"|correccion|fragen?|sachen?|korrektur|choses?|correction|coisas?|perguntas?|correcao"
    r"|domande?|correzione"
    # "a due passi", "à deux pas": a few steps away, a distance said with no number of it
    r"|steps?|pasos|passi|passos|schritte?|pas(?!\s+(?:plus|moins|mal|trop|de|d'))"
    r")\b"
)


# Seasons or campaigns counted: another field's count unless the field's words name them.
_SEASONS_AFTER = re.compile(rf"\s+(?:{SEASON_WORDS})\b")
# The season a count is made in, not counted: "en una campaña", "per season".
_PER_SEASON = re.compile(
    r"\b(?:en|in|per|por|pro|par|a|na|em|nella|dans|je)\s+(?:(?:una?|a|one|la|le|el|der|einer)\s+)?"
    rf"(?:{SEASON_WORDS})\b"
)
_PEOPLE_AFTER = re.compile(r"^\s*(?:people|persons?|kids?|children)\b")
# A number in years, or years old: an age ("Ho 24 anni", "j'ai 26 ans").
_YEARS_OLD = re.compile(r"^\s*(?:years?|yrs?)(?:\s+(?:old|alt))?\b")
# A field that counts people: a group, guests, children, in the six languages.
_COUNTS_PEOPLE = re.compile(
    r"\b(?:people|persons?|group|kids|children|guests|participants|visitors|personas|grupos?"
    r"|ninos|invitados|personen|gruppen?|kinder|gaste|teilnehmer|personnes|groupes?|enfants"
    r"|invites|pessoas|criancas|convidados|persone|gruppi|gruppo|bambini|ospiti)\b"
)


_PER_UNIT = re.compile(
    r"(?:\b(?:per|an?|each|every|pro|je|por|par|al|ao|a\s+la|al\s+giorno|a\s+l'|im|in\s+a|in\s+the"
    r"|au|nel|no|na|alla"
    # "Num dia de maré boa, quantas cordas…": the day they are counted in
    r"|num|numa|em\s+uma?|en\s+una?|on\s+a|in\s+one|an\s+einem|dans\s+une?|in\s+una?)\s+"
    r"|/\s*|\ball'\s*)(?:day|hour|week"
    r"|month|shift|tag|stunde|woche|monat|schicht|dia|hora|semana|mes|turno|jour|heure|semaine"
    r"|mois|giorno|ora|settimana|mese"
    # "there are two a night": walks counted per night, not nights
    r"|night|noche|nacht|nuit|noite|notte)s?\b"
)
# "6 days a week" is how often, not how long: never 0.857 weeks.
_RATE = re.compile(r"^\s*\S+\s+(?:a|an|per|each|every|in\s+a|/)\s*(?:day|week|month|year)\b")
# An ordinal's ending ("5e année", "3rd", "2º"); a bare "e" only before what it ranks, as
# "15e" may be euros ("15e de l'heure").
_ORDINAL_END = (
    r"(?:(?:eme|er|re|o|a|th|st|nd|rd)\b|[ºª]"
    r"|e(?=\s+(?:years?|times?|seasons?|days?|weeks?|months?|floor|place)\b))"
)
# A school year or a stage named by its number: "Year 6", "year 2 of the apprenticeship".
_YEAR_NAMED = re.compile(r"\byear\s+$")
# Pounds after a number on a field counted in kg are a weight, not money.
_POUNDS = re.compile(r"^\s*(?:lbs?|pounds?|libras?|pfund|livres?|libbre)\b")
KG_PER_POUND = 0.4536
_DISTINCT_UNITS = frozenset({"km", "miles", "wpm", "money", "seconds", "kg"})


# A field that counts the wait before the candidate can start (a notice period)...
_WAIT_TO_START = re.compile(
    r"\b(?:notice|preaviso|kundigungsfrist|preavis|preavviso|aviso\s+previo|before\s+\w+\s+(?:can|could)"
    r"\s+start|antes\s+de\s+(?:empezar|incorporarte|comecar|iniciar)|bevor\s+sie\s+anfangen"
    r"|avant\s+de\s+commencer|prima\s+di\s+(?:iniziare|cominciare)|delai|prise\s+de\s+poste"
    # "Dans combien de jours pourriez-vous commencer ?", "In how many days could you start?"
    r"|(?:how\s+(?:many|long)|cuantos|combien|wie\s+(?:viele|lange)|quantos|quanti)\b[^?]{0,30}"
    r"\b(?:start|begin|empezar|incorporar\w*|commencer|anfangen|comecar|iniziare|cominciare))\b"
)
# ...is 0 for one who can start now.
_STARTS_NOW = re.compile(
    r"\b(?:straight\s+away|right\s+away|immediately|at\s+once|asap|no\s+notice|de\s+inmediato"
    r"|inmediatamente|ya\s+mismo|ahora\s+mismo|sin\s+preaviso|sofort|ab\s+sofort"
    r"|keine\s+kundigungsfrist|ohne\s+kundigungsfrist|tout\s+de\s+suite|immediatement"
    r"|des\s+maintenant|sans\s+preavis|de\s+imediato|imediatamente|sem\s+aviso\s+previo"
    r"|subito|da\s+subito|immediatamente|senza\s+preavviso)\b"
)


# ...and a day for one who can start tomorrow.
_STARTS_TOMORROW = re.compile(
    r"\b(?:(?:start|begin|come\s+in)\s+(?:from\s+)?tomorrow|from\s+tomorrow|as\s+of\s+tomorrow"
    r"|(?:desde|a\s+partir\s+de)\s+manana|manana\s+mismo|ab\s+morgen|morgen\s+schon"
    r"|schon\s+morgen|des\s+demain|demain\s+matin|a\s+partir\s+de\s+demain"
    r"|a\s+partir\s+de\s+amanha|ja\s+amanha|amanha\s+mesmo|da\s+domani|gia\s+domani"
    r"|domani\s+stesso)\b"
)


_CANNOT = re.compile(
    r"(?:n't|\bnot|\bcannot|\bnicht|\bpas|\bno\s+puedo|\bnao\s+posso|\bnon\s+posso)\s+(?:\w+\s+){0,2}?"
    r"(?:start|begin|anfangen|beginnen|commencer|empezar|comecar|iniziare|cominciare)"
)


def _starts_now(spec: FieldSpec, msg: Message) -> Finding | None:
    """0 for a notice period the candidate does not have ("I can start straight away")."""
    if not _WAIT_TO_START.search(field_wording(spec, description=True)):
        return None
    for sentence in msg.sentences:
        flat = plain(sentence)
        if _STARTS_NOW.search(flat) and not _CANNOT.search(flat):
            return Finding("answered", 0, sentence)
        if _STARTS_TOMORROW.search(flat) and not _CANNOT.search(flat):
            unit = field_unit(spec)
            days = 1.0 if unit in (None, "days") else _UNITS[unit][1].get("days")
            if days is not None:
                return Finding("answered", clean_number(days), sentence)
    return None


# A question about when the candidate can start, in the six languages.
_ASKS_START = re.compile(
    r"\b(?:start\w*|begin\w*|join|empez\w*|comenz\w*|incorpor\w*|comec\w*|inici\w*"
    r"|anfang\w*|beginn\w*|antritt|eintritt|commenc\w*|debut\w*|inizi\w*|comincia\w*"
    r"|prise\s+de\s+poste)\b"
)


def _days_to_date(spec: FieldSpec, unit: str | None, msg: Message) -> Finding | None:
    """The days (or weeks) until a start date said, for a field asking how soon the
    candidate can start: "Podría empezar el lunes 14 de diciembre"."""
    asks = field_wording(spec, description=True)
    if unit not in ("days", "weeks") or not (
        _ASKS_START.search(asks) or _WAIT_TO_START.search(asks)
    ):
        return None
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        until = days_until_date(d)
        if until is not None:
            value = until if unit == "days" else round(until / 7, 1)
            return Finding("answered", clean_number(value), sentence)
    return None


# "Höchstens einen", "solo uno": the word for one that a short reply uses as a number
# (number words leave it alone, as it is also an article).
_ONE = re.compile(r"\b(?:ein|eine|einen|einer|eins|uno|una|un|une|um|uma)\b")
_NOT_ONE = re.compile(
    r"\b(?:paar|bisschen|wenig|poco|par(?=\s+de\b)|peu|pouco|po|momento|moment|pochino|rato)\b"
)
SHORT_REPLY_WORDS = 6
_NOUN_FORM = 4  # letters a noun's singular and plural share ("nuit", "nuits")
# How far after a correction's word a bare number is the corrected one ("anzi no, facciamo").
CORRECTED_WITHIN = 25
# Further on, a number said as what it is: "it's 13", "c'est 12", "son 14", "sind es 30".
_RESTATED_WITHIN = 60
_RESTATED_BEFORE = re.compile(
    r"\b(?:it'?s|it\s+is|that'?s|c'est|ce\s+sont|son|sono|sao|sind\s+es|es\s+sind"
    r"|i\s+am\s+a)\s+"
    r"(?:about\s+|around\s+|only\s+|just\s+)?$"
)


def _just_one(spec: FieldSpec, msg: Message) -> Finding | None:
    """1, where the word for one ends the reply or stands before the field's own noun
    ("ein Wochenende im Monat"), never before another ("Prefiro não dizer um valor")."""
    flat = plain(msg.text)
    own = {w[:5] for w in re.findall(r"\w+", field_wording(spec))}
    if any(m.group(1)[:5] in own for m in _ONLY_ONE.finditer(flat)):
        # "une seule saison, l'an dernier, au téléski…": one, however long the reply.
        return Finding("answered", 1, msg.text)
    if _ONLY_ONE_OPENS.match(flat):
        # "Só um, o ônibus passa na porta de casa": one, said first and alone
        return Finding("answered", 1, msg.text)
    if any(float(n) != 1 for d in msg.digits for n in re.findall(r"\d+(?:\.\d+)?", d)):
        return None  # "un'ottantina di metri quadri": a number in another unit, not one
    ones = list(_ONE.finditer(flat))
    if len(flat.split()) > SHORT_REPLY_WORDS or len(ones) != 1 or _NOT_ONE.search(flat):
        return None
    if never_before(flat[: ones[0].start()], msg.lang):
        return None  # "Mai giocato a una escape room": never one, no count of one
    # (the word right after it, not past a comma: "Einen, letzten Sommer auf der Rotwand")
    after = re.compile(r"\s*([\w-]*)").match(flat, ones[0].end())
    word = after.group(1) if after else ""
    rest_at = after.end() if after else ones[0].end()
    # (its own noun in another form, "une nuit" for "Nuits …", or any noun said per the
    # field's own period: "Un week-end par mois" to "Wochenenden pro Monat")
    each = _count_period(spec)
    if (
        word
        and word[:5] not in own
        and word[:4] not in {w[:4] for w in own if len(w) >= _NOUN_FORM}
        and word not in _ONLY
        and (each is None or _period_after(flat[rest_at:]) != each)
    ):
        return None
    return Finding("answered", 1, msg.text)


# The candidate speaking of themself: a count of their own, not one in a story ("two dogs
# started fighting").
_FIRST_PERSON = re.compile(
    r"(?:\b(?:i|i'?ve|i'?m|i'?d|my|me|je|j'|moi|ich|mir|mich|yo|eu|io|ho|tengo|tenho|habe|hab"
    r"|llevo|fiz|hice|hecho|fatto|feito)\b|\bj')"
)


_RECALLED_SPAN = 60  # characters from a number recalled to the one correcting it
# The period a count is per, as a label says it: "per season", "por temporada", "pro Saison".
_PER_PERIOD = re.compile(
    r"\b(?:per|each|every|a|an|pro|je|por|par|al|ao|alla|a\s+la|à\s+la)\s+[^\W\d_]+\s*$",
    re.IGNORECASE,
)
# A count said per working day or shift of so many hours: "180 kilos por jornada de 8 horas".
_PER_SHIFT = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:a|per|por|pro|par|each|in\s+a|en\s+una|in\s+einer|dans\s+une"
    r"|in\s+una|em\s+um[a]?|al|ao|la|le)\s+(?:jornada|dia|day|shift|turno|giornata|journee"
    r"|tag|schicht|jour|giorno|workday|working\s+day)\s+(?:de|of|di|von|da|d'|do)\s*"
    r"(?P<h>\d+(?:\.\d+)?)\s*(?:hours?|h)\b"
    # "umas 280 tapiocas em 7 horas de feira", "300 crêpes en 6 heures", "3000 al giorno,
    # in otto ore di macchina" (glossed "3000 a day, in 8 hours")
    r"|\s*(?:[^\W\d_]+\s+){0,2}?(?:(?:a|per)\s+day,?\s+)?(?:in|em|en|dans|innerhalb\s+von"
    r"|nel(?:le)?)\s+(?P<h3>\d+(?:\.\d+)?)\s*(?:hours?|h)\b"
)
# The same said before the count: "Sur un service de 5 heures j'en sors environ 300".
_SHIFT_BEFORE = re.compile(
    r"(?:\b(?:on|in|at|during|sur|pendant|dans|en|em|durante|in|auf|bei|nel|in)\s+(?:a|one|un|une|una|uno"
    r"|um|uma|einer?|einem)|\bnum|\bnuma)\s+(?:service|shift|turno|jornada|schicht|day|dia|journee|giornata"
    r"|servizio|servicio|servico|event|evento|evenement|veranstaltung|einsatz|soiree|serata"
    r"|festa|fiesta|fete|party)\s+(?:de|of|di|von|da|d'|do)\s*(?P<h>\d+(?:\.\d+)?)\s*"
    r"(?:hours?|h)\b(?!.*\d\s*(?:hours?|h)\b)"
    # as the digits gloss "en un turno de 6 horas": "6 hours a day"
    # ("at a 5 hour event": the event's length before it)
    r"|\b(?P<h2>\d+(?:\.\d+)?)\s*hours?\s+(?:a\s+day|event|party|wedding|service)\b"
    r"(?!.*\d\s*(?:hours?|h)\b)"
)
_RANGE_BEFORE = re.compile(r"\d\s*(?:to|-|–|or|o|ou|oder|bis|a)\s*$")


# A never said before a "one" in its clause: "never played one", "mai giocato a una".
_NEVER_BEFORE = re.compile(
    r"\b(?:never|mai|nunca|jamais|nie|not\s+even|ni\s+siquiera|nem\s+sequer|neanche|nemmeno"
    r"|nicht\s+mal)\b[^,.;!?]*$"
)


def never_before(before: str, lang: str) -> bool:
    """Whether the clause ``before`` a number says never (French "mai" is May)."""
    m = _NEVER_BEFORE.search(before)
    return m is not None and not (lang == "fr" and m.group().startswith("mai"))


# "Only one", "une seule", "una sola", "nur eine", before the word it counts.
_ONLY_ONE = re.compile(
    r"\b(?:only\s+one|just\s+one|a\s+single|one\s+single|une?\s+seule?|un[ao]?\s+sol[oa]"
    r"|um\s+so|uma\s+so|nur\s+eine?[nm]?|eine?[nm]?\s+einzige\w*)\s+(\w+)"
)
_ONLY = frozenset({"only", "solo", "sola", "seul", "seule", "nur", "so", "somente", "soltanto"})
_CHOICE_NOUN = 4  # letters of the shortest word of a choice a number is said before
# "Só um, …", "Just the one.", "Nur einen, …", "Einer, ein Schäferhund": one, opening the
# reply in a clause of its own.
_ONLY_ONE_OPENS = re.compile(
    r"\W*(?:(?:only|just|solo|sola|solamente|so|somente|apenas|nur|seulement|soltanto)\s+"
    r"(?:the\s+)?(?:one|uno|una|un|um|uma|ein|eine|einen|einer|eins|une|1)"
    r"|(?:one|uno|una|um|uma|eine|einen|einer|eins|une))\s*[,.;!:\-–—](?!\d)"
)


# A stopwatch time, "1:20" or "1'10''", on a field counted in seconds.
_STOPWATCH = re.compile(
    r"(?<![\d:.'])([0-9]|[0-5]\d)\s*(?::|'|’|´)\s*([0-5]\d)(?:''|\"|”|″|’’)?(?![\d:])"
)


# A field counting weekends or one day of the week in a month ("Samstage pro Monat")...
_DAY_OF_A_MONTH = re.compile(
    r"\b(?:weekends?|week-ends?|wochenenden?|fines?\s+de\s+semana|fins?\s+de\s+semana"
    r"|fine\s+settimana|saturdays?|sundays?|samstage?n?|sonntage?n?|sabados?|domingos?|samedis?"
    r"|dimanches?|sabati|sabato|domeniche|domenica)\b.*\b(?:month|monat|mes|mois|mese)\b"
)
# ...is four for "all of them" ("alle Samstage", "all weekends", "todos los domingos").
_EVERY_ONE = re.compile(
    r"\b(?:all|every|alle|jede[ns]?|tous|toutes|todos|todas|tutti|tutte|cada|ogni)\b"
)
# ...but not for every other one ("jedes zweite Wochenende").
_EVERY_OTHER = re.compile(r"\b(?:other|zweite|otro|autre|altro|outro)\b")
WEEKS_A_MONTH = 4


def _every_one(spec: FieldSpec, msg: Message) -> Finding | None:
    if not _DAY_OF_A_MONTH.search(field_wording(spec)):
        return None
    flat = plain(msg.text)
    if _EVERY_ONE.search(flat) and not _EVERY_OTHER.search(flat):
        return Finding("answered", WEEKS_A_MONTH, msg.text)
    return None


# A day of the week by name (the digit form has them in English), or the weekdays.
_DAY_NAMED = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bweek\s?days\b|\bweek\s?ends?\b"
)


@cache
def _month_numbers() -> dict[str, int]:
    """Month names in the six interface languages (Babel's locale data), accent-free."""
    names: dict[str, int] = {}
    for code in LANGUAGES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for number, name in locale.months[context]["wide"].items():
                names[plain(name)] = number
    return names


# Where in a month a span starts or ends: its middle, its end, its beginning.
_MID = r"mid|half|meta|mediados|mitad|mitte|mi|meados|middle"
_END = r"end|late|fine|finales|final|fin|ende|fim|finais"
_START = r"beginning|start|early|inizio|principios|comienzos|debut|anfang|inicio|comeco|primi"


@cache
def _month_span() -> re.Pattern[str]:
    months = "|".join(re.escape(n) for n in sorted(_month_numbers(), key=len, reverse=True))
    part = rf"(?:(?P<{{0}}>{_MID}|{_END}|{_START})[\s-]+(?:(?:of|de|di|del|d'|da|des)\s+)?)?"
    return re.compile(
        rf"\b{part.format('p1')}(?P<a>{months})\s+(?:to|till|until|through|a|al|hasta|bis"
        rf"|au|jusqu'?(?:a|en|au)?|ate|fino\s+a(?:l(?:la)?)?|e|-)\s+(?:(?:o|la|le|the|fin)\s+)?"
        rf"{part.format('p2')}(?P<b>{months})\b"
    )


@cache
def _month_list() -> re.Pattern[str]:
    months = "|".join(re.escape(n) for n in sorted(_month_numbers(), key=len, reverse=True))
    joint = r"\s*(?:,|\s(?:y|e|and|und|et|ed|&))\s*(?:(?:o|la|le|the)\s+)?"
    return re.compile(rf"\b(?:{months})(?:{joint}(?:{months}))+\b")


def _months_spanned(unit: str | None, msg: Message) -> Finding | None:
    """The months from one named month to another, for a field counted in months ("da
    aprile a fine agosto" is 5, "from mid-April to the end of September" 5.5)."""
    if unit != "months":
        return None
    numbers = _month_numbers()
    for sentence in msg.sentences:
        m = _month_span().search(plain(sentence))
        if m is None:
            continue
        listed = _month_list().search(plain(sentence))
        if listed is not None and listed.start() < m.start():
            break  # "Aprile, maggio e giugno": a list of three, not a span from May
        count = float((numbers[m.group("b")] - numbers[m.group("a")]) % 12 + 1)
        for part, at_start in ((m.group("p1"), True), (m.group("p2"), False)):
            if part and re.fullmatch(_MID, part):
                count -= 0.5
            elif part and re.fullmatch(_END if at_start else _START, part):
                count -= 1  # "from the end of May", "until early September"
        return Finding("answered", clean_number(count), sentence) if count > 0 else None
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        # "Julio y agosto nada más": the months named, where no number is said.
        m = _month_list().search(plain(sentence))
        if m is not None and not re.search(r"\d", d):
            named = {numbers[w] for w in re.findall(r"[^\W\d_]+", m.group()) if w in numbers}
            return Finding("answered", len(named), sentence)
    return None


_A_WEEK = re.compile(r"\b(?:week|semana|woche|semaine|settimana)\b")


def _days_named(
    spec: FieldSpec, unit: str | None, msg: Message, *, least: int = 1
) -> Finding | None:
    """The days of a week named, for a field counting days a week ("dal lunedì al venerdì"
    is 5, "todos los días menos el domingo" 6); at ``least`` that many."""
    if unit != "days" or not _A_WEEK.search(field_wording(spec)):
        return None
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        if least > 1 and negated(plain(sentence), msg.lang):
            continue  # "il sabato e la domenica no": days left out, not the days worked
        if least > 1 and not _DAY_NAMED.search(d):
            continue  # "pulisco il pesce tutti i giorni": how often, not the days offered
        if least > 1 and not _DAY_NAMED.search(re.sub(r"\bweek\s?ends?\b", " ", d)):
            continue  # "Yes, I can work nights, weekends included": no count of days
        if least > 1 and _EVERY_WEEKEND.search(plain(sentence)):
            continue  # "esco a pescare quasi tutti i weekend": a habit, no days offered
        if (count := days_in_week(d)) is not None and count >= least:
            return Finding("answered", count, sentence)
    return None


# Every weekend, in the six languages: how often something is done.
_EVERY_WEEKEND = re.compile(
    r"\b(?:every|each|all|most|tutti\s+i|ogni|cada|todos\s+los|todos\s+os|jedes|alle|tous\s+les"
    r"|chaque)\s+(?:\w+\s+)?(?:weekends?|week-ends?|fines?\s+de\s+semana|fins?\s+de\s+semana"
    r"|wochenenden?|fine\s+settimana)\b"
)


# The period pay is counted in, in the field's wording (six languages, accent-free)...
_FIELD_PERIODS = (
    (
        "hour",
        r"hours?|hourly|por\s+hora|la\s+hora|hora|stunde\w*|stundenlohn|heure|horaire"
        r"|all'ora|orari[oa]|l'ora",
    ),
    (
        "day",
        r"day\s*rate|tagessatz|a\s+day|per\s+day|daily|por\s+dia|al\s+dia|diari[oa]|pro\s+tag"
        r"|am\s+tag"
        r"|taglich|par\s+jour|journali\w+|al\s+giorno|giornalier\w*",
    ),
    (
        "week",
        r"a\s+week|per\s+week|weekly|semanal|por\s+semana|wochentlich|pro\s+woche"
        r"|hebdomadaire|settimanale",
    ),
    (
        "month",
        r"months?|monthly|mensual\w*|al\s+mes|por\s+mes|mensal\w*|monat\w*"
        r"|mensuel\w*|par\s+mois|mensil\w*|al\s+mese",
    ),
    (
        "year",
        r"years?|yearly|annual\w*|anual\w*|al\s+ano|por\s+ano|jahr\w*|annuel\w*"
        r"|par\s+an|annu[ao]|all'anno|lordo\s+annuo|ral",
    ),
)
# ...and said after an amount, in the digits' glossed English ("16800 al year brutos").
_PERIOD_AFTER = re.compile(
    r"^\s*(?:k\s*)?(?:(?:€|euros?|eur|reais|dollars?|pounds?|£|\$|chf|franken)\s*)?"
    r"(?:(?!(?:a|an|per|al|ao|im|pro|par|por|la|le|the)\b)[^\W\d_]+\s+"  # "35 h per week"
    # and what they are of: "20 jours de mer par mois", "days at sea a month"
    r"(?:(?:de|of|at|on|auf|in|en|di|da|do|du)\s+(?:the\s+)?[^\W\d_]+\s+)?)?"
    r"(?:(?:brut\w*|gross|net\w*|lord\w*|liquid\w*)\s+)?"
    r"(?:(?:a|an|per|al|ao|im|all'|each|every|/|pro|par|por|de\s+l'|la|le|the|de\s+la|a\s+la"
    r"|a\s+l'|por\s+la|pela|alla|l')\s*(?P<p>hour|hr|day|week|month|year|hora|stunde|heure|ora"
    r"|dia|tag|jour|giorno|semana|woche|semaine|settimana|mes|monat|mois|mese|ano|jahr|an|anno)"
    r"s?\b"
    r"|(?P<adj>hourly|daily|weekly|monthly|yearly|annual\w*|anual\w*|jahrlich|monatlich"
    r"|annuel\w*|mensuel\w*|mensual\w*|mensal\w*|mensil\w*|annu[ao])\b)"
)
_ADJ_PERIOD = {
    "hourly": "hour",
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "jahrlich": "year",
    "monatlich": "month",
}
# The period words a message may keep unglossed (a short reply in another language).
_NATIVE_PERIOD = {
    **dict.fromkeys(("hora", "stunde", "heure", "ora", "hr"), "hour"),
    **dict.fromkeys(("dia", "tag", "jour", "giorno", "giorn"), "day"),
    **dict.fromkeys(("semana", "woche", "semaine", "settimana"), "week"),
    **dict.fromkeys(("mes", "monat", "mois", "mese"), "month"),
    **dict.fromkeys(("ano", "jahr", "an", "anno"), "year"),
}
# Pay per week and per year, in months.
_IN_MONTHS = {"week": 12 / 52, "month": 1.0, "year": 12.0}
# A year's pay paid in 12 to 15 parts ("14 pagas", "14 monthly instalments", "14 mensilità").
_PAYMENTS = re.compile(
    r"\b(1[2-5])\s+(?:\w+\s+)?(?:instal+ments?|payments?|pagas|pagamentos|salarios|mensilita"
    r"|monatsgehalter|gehalter|mensualites|payslips?)\b"
)
# A field that asks for gross pay, and pay said net after its amount.
_GROSS = re.compile(r"\b(?:gross|brut\w*|lord[oi]|ral)\b")
_NET_AFTER = re.compile(
    r"^\s*(?:k\s*)?(?:(?:€|euros?|eur|reais|dollars?|pounds?|£|\$|chf|franken)\s*)?"
    r"(?:net|nets|nette|netto|netti|neto|netos|neta|netas|liquid[oa]s?|limp[oa]s?|take[- ]home)\b"
)
# "sur 5 jours", "lavorando 5 giorni": the days a week's or a month's count is spread over.
_DAYS_ANY = re.compile(r"(\d+(?:\.\d+)?)\s*days?\b")
# "22 days a month", "5 days a week": the days a day's pay is paid for.
_DAYS_PER = re.compile(r"(\d+(?:\.\d+)?)\s*days?\s*(?:a|per|/)\s*(week|month)\b")
# "bei 40 Stunden", "for 38 hours a week": the week's hours a month's or a week's pay is for.
_WEEK_HOURS = re.compile(r"(\d+(?:\.\d+)?)\s*hours?\b(?!\s*(?:a|per|/)\s*(?:day|month))")
# "on a 7-hour day", "sur une base de 7 heures": the hours a day's pay is for.
_DAY_HOURS = re.compile(r"(\d+(?:\.\d+)?)\s*hours?\b(?!\s*(?:a|per|/)\s*(?:week|month))")


def _field_period(spec: FieldSpec) -> str | None:
    """The period a pay field is per: its label's word first, then its question's, then its
    description's ("Expected day rate", described as "for one 10-hour call", is per day)."""
    for words in (spec.label, spec.question or "", spec.description):
        flat = plain(words)
        found = [
            (m.start(), name)
            for name, pattern in _FIELD_PERIODS
            if (m := re.search(rf"\b(?:{pattern})\b", flat)) is not None
        ]
        if found:
            return min(found)[1]
    return None


def _rate_period(spec: FieldSpec) -> str | None:
    """The day, week or month a count field is per, where its wording says so."""
    period = _count_period(spec)
    return period if period in ("day", "week", "month") else None


def _count_period(spec: FieldSpec) -> str | None:
    """The period a count field is per, where its wording says so: "Pizzas por hora" is per
    hour, "Tage pro Woche" per week."""
    m = _PER_UNIT.search(field_wording(spec))
    if m is None:
        return None
    word: str = re.findall(r"\w+", m.group())[-1]
    if word not in _NATIVE_PERIOD and word.endswith("s"):
        word = word[:-1]  # "days", "heures"; not the Spanish "mes"
    return _NATIVE_PERIOD.get(word, word)


_AFTER_NUMBER = re.compile(r"^-?\s?[\d.,]+")


def _period_after(after: str) -> str | None:
    m = _PERIOD_AFTER.match(after)
    if m is None:
        return None
    if m.group("p"):
        return _NATIVE_PERIOD.get(m.group("p"), m.group("p"))
    adj = m.group("adj")
    return _ADJ_PERIOD.get(adj) or ("month" if adj.startswith("mens") else "year")


def _per_period(value: float, said: str, wanted: str, d_all: str) -> float | None:
    """``value`` paid per ``said``, paid per ``wanted``; ``None`` where the message does not
    say enough to convert (a day's pay with no hours, for an hourly wage)."""
    if said == wanted:
        return value
    if (said, wanted) == ("year", "month") and (paid := _PAYMENTS.search(d_all)) is not None:
        return round(value / int(paid.group(1)), 2)  # "paid in 14 monthly instalments"
    if (said, wanted) == ("month", "year") and (paid := _PAYMENTS.search(d_all)) is not None:
        return round(value * int(paid.group(1)), 2)  # "2.000 al mese per 14 mensilità"
    if said == "day" and wanted in _IN_MONTHS and (days := _DAYS_PER.search(d_all)) is not None:
        # "60 euros ao dia, trabalhando 22 dias por mês": 1,320 a month.
        per = _IN_MONTHS[days.group(2)]
        return round(value * float(days.group(1)) / per * _IN_MONTHS[wanted], 2)
    if said in ("week", "month") and wanted == "day" and (days := _DAYS_ANY.search(d_all)):
        # "35h par semaine sur 5 jours" is 7 a day; "una trentina a settimana, lavorando 5
        # giorni" is 6.
        worked = float(days.group(1))
        if 0 < worked <= (7 if said == "week" else 31):
            return round(value / worked, 2)
    if said in _IN_MONTHS and wanted in _IN_MONTHS:
        return round(value / _IN_MONTHS[said] * _IN_MONTHS[wanted], 2)
    if said in ("week", "month") and wanted == "hour" and (week := _WEEK_HOURS.search(d_all)):
        # "2.900 brutto im Monat bei 40 Stunden": 16.73 an hour.
        in_period = float(week.group(1)) * (52 / 12 if said == "month" else 1.0)
        return round(value / in_period, 2) if 0 < in_period else None
    if (said, wanted) == ("hour", "day") and (hours := _DAY_HOURS.search(d_all)) is not None:
        day = float(hours.group(1))
        return round(value * day, 2) if 0 < day <= 24 else None  # "£21/hr … a 10 hour call"
    if (said, wanted) == ("day", "hour") and (hours := _DAY_HOURS.search(d_all)) is not None:
        day = float(hours.group(1))
        return round(value / day, 2) if 0 < day <= 24 else None
    return None


_TIME_UNITS = frozenset({"days", "weeks", "months", "hours", "minutes"})
# "I have", "ho", "tengo", "tenho", "j'ai", "ich habe", "I own": things had, counted.
_HAVE_BEFORE = re.compile(rf"\b{I_HAVE}\s*$")
# What follows a number without naming a thing: "tengo 3 libres", "ho 4 al mese".
_NO_THING = re.compile(
    r"^(?:a|al|o|e|y|and|or|of|de|di|du|da|per|por|pro|im|in|nel|en|each|max|libres?|liberi"
    r"|libere|livres?|free|frei|off|available|disponibles?|disponibili|disponiveis)$"
)


_CORRECTION_WORDS = 12  # characters of a correction's own words before where it ends


def _of_another(spec: FieldSpec, msg: Message, text: str) -> bool:
    """Whether ``text`` (digit form) names another field of the job and not ``spec``: by its
    words, or by the hours ("le ore" is glossed "hours") where another field counts them."""
    if names_another_field(spec, msg.others(spec), text):
        return True
    return (
        not about_field(spec, text)
        and number_topic(text, [], len(text)) == "hours"
        and field_unit(spec) != "hours"
        and any(o.type == "hours_per_week" for o in msg.others(spec))
    )


def _owned_things(spec: FieldSpec, d: str, start: int) -> bool:
    """Whether the number at ``d[start:]`` counts things the candidate has ("ho tre
    asine mie", "I have two dogs"): no count of the days or hours a field asks for, unless
    the thing is the field's own ("tengo 3 turnos libres" is in its unit anyway)."""
    if not _HAVE_BEFORE.search(plain(d[:start]).rstrip()):
        return False
    noun = noun_after(d, start)
    return (
        bool(noun) and len(noun) > 2 and not _NO_THING.match(noun) and not about_field(spec, noun)
    )


def _of_other_topic(d: str, at: int) -> bool:
    """Whether a bare number at ``at`` follows a word for hours or years that is no other
    number's unit ("die Stunden: lieber 25"; not "in 8 ore ne faccio 6")."""
    return number_topic(d, unit_spans(d), at) in ("hours", "years")


_IN_BRACKETS = re.compile(r"\s*\)")


_TRANSPORT_BEFORE = re.compile(
    r"\b(?:onibus|bus|autobus|buses|tram|trem|tren|treno|train|taxi|bici|bike|car|coche|carro"
    r"|auto|voiture)\s+(?:ou|or|o|y|e|ed|et|und|oder|\/)\s*$"
)


def field_unit(spec: FieldSpec) -> str | None:
    """The unit a number field is counted in, if its wording names one: the label's
    first, then the question's, then the description's ("Distância (km)" is in km, though
    its description speaks of "turnos")."""
    for text in (spec.label, spec.question or "", spec.description):
        # A unit after "per" is what the count is divided by ("words per day", "loaves an
        # hour"), not the unit it is counted in.
        words = _PER_UNIT.sub(" ", plain(text))
        # "Fins de semana por mês" counts weekends, not weeks.
        words = re.sub(
            r"\bfin(?:e)?s?\s+de\s+semana\b|\bfine\s+settimana\b|\bweek-?ends?\b|\bwochenenden?\b",
            " weekends ",
            words,
        )
        if _UNIT_IN_SPEC["money"].search(words):
            return "money"  # "en euros de l'heure": an amount of money, paid by the hour
        # The unit the label declares in brackets ("Tempo nos 50 m (segundos)"), else the
        # one named first ("Kilos de masa en un día fuerte" counts kilos, in a day); not a
        # unit after a number, which says what is counted ("50 m"). (Square metres before
        # metres, which are written with the same words.)
        found = [
            (not _IN_BRACKETS.match(words, m.end()), m.start(), -len(m.group()), kind)
            for kind, pattern in _UNIT_IN_SPEC.items()
            for m in pattern.finditer(words)
            if not re.search(r"\d\s*$", words[: m.start()])
            # "ônibus ou metrô": the underground, no metres
            and not (kind == "m" and _TRANSPORT_BEFORE.search(words[: m.start()]))
        ]
        if text is not spec.label and (each := _count_period(spec)) is not None:
            # "Tapiocas por hora", described "em uma hora de movimento": the hour is what
            # the count is per, not its unit.
            found = [f for f in found if f[3] != f"{each}s"]
        if found:
            return min(found)[3]
        if (tail := _COMPOUND_UNIT.search(words)) is not None:
            # "Höhenmeter im Aufstieg pro Tag": metres, at the end of a German compound
            return _COMPOUND_UNITS[tail.group(1)]
        example = plain(spec.example or "")
        if (
            text is spec.question
            and _COUNTED_THING.search(example)
            and not any(p.search(example) for p in _UNIT_IN_SPEC.values())
        ):
            # "Shows per month", its example "6 shows": a count of things, whatever its
            # description says of the nights they are on
            return None
    return None


# A unit at the end of a German compound word ("Höhenmeter", "Fahrminuten"), and its kind.
_COMPOUND_UNITS = {
    "meter": "m", "metern": "m", "minuten": "minutes", "kilometer": "km", "kilometern": "km"
}  # fmt: skip
_COMPOUND_UNIT = re.compile(
    r"\b[a-z]*?(kilometern?|minuten"
    # (not a centimetre, a millimetre or a square metre, nor a "Parameter")
    r"|(?<!zenti)(?<!milli)(?<!centi)(?<!quadrat)(?<!kubik)(?<!para)(?<!thermo)(?<!dia)metern?)\b"
)
# A number and the thing it counts, in a field's example ("6 shows", "200 Flaschen").
_COUNTED_THING = re.compile(r"^\W*\d+\s+[^\W\d_]{3,}")


def counts_in_own_unit(spec: FieldSpec, d: str, asked: FieldSpec | None = None) -> bool:
    """Whether the digit-form text ``d`` gives a number in ``spec``'s own unit ("Entre 15 y
    20 días" for the days until a start), where the question ``asked`` names no such unit
    ("8 hours is fine" to "Can you stand for 8 hours?" counts no hours a week). Metres
    ("5 m") and a bare "h" ("à 5h") are too short to tell."""
    unit = field_unit(spec)
    if unit is None or unit == "m":
        return False
    if asked is not None:
        words = plain(f"{asked.label} {asked.question or ''}")
        if _UNIT_IN_SPEC[unit].search(words):
            return False
    after = _UNIT_AFTER[unit]
    return any(
        (said := after.match(d[m.end() :])) is not None
        and said.group().strip() != "h"
        and not _OUT_OF.match(d, m.end() + said.end())
        for m in re.finditer(r"\d(?:[.,]\d+)?", d)
    )


# A share, not a count: "4 jours sur 5", "three days out of five", "4 de cada 5".
_OUT_OF = re.compile(r"\s*(?:sur|out\s+of|de\s+cada|em\s+cada|von|su)\s+\d")


def _converted(value: float, said: str, unit: str) -> float:
    """``value`` in ``said`` units, in the field's ``unit``. One month is spoken of as four
    weeks ("un mois de préavis" is "4 semaines"); more months are counted in full weeks."""
    if value == 1 and (said, unit) == ("months", "weeks"):
        return 4.0
    if (said, unit) == ("months", "weeks"):
        # "Drei Monate": 13 weeks, not 13.035; "zwei Monate": 8.7.
        return round(value * _UNITS[unit][1][said], 1)
    return value * _UNITS[unit][1][said]


_YEARS_IN = re.compile(r"(?<![\d.,])(?:19[5-9]\d|20\d\d)(?![\d.,]?\d)")
# Units no count of which runs to a year of the calendar.
_SPANS = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "km", "miles"})
# Counts of days, weeks or months: none runs to a year of the calendar, said in a sentence.
_DAY_COUNTS = frozenset({"days", "weeks", "months"})
_BARE_WORDS = 3


# Two years of the calendar or more, one after the other: "2023, 2024 y 2025".
_YEARS_LISTED = re.compile(
    r"(?<![\d.,])(?:19[5-9]\d|20\d\d)\s*(?:,|and|y|e|et|und|ed|&)\s*(?:19[5-9]\d|20\d\d)(?![\d.,])"
)


def tells_story(msg: Message) -> bool:
    """Whether ``msg`` is the story an open question asked for (longer than
    :data:`STORY_WORDS`): what it names in passing answers no other field by itself."""
    return (
        msg.asked is not None
        and msg.asked.type == "long_text"
        and len(msg.text.split()) > STORY_WORDS
    )


def _unit_of(after: str) -> str | None:
    kind = next((kind for kind, pattern in _UNIT_AFTER.items() if pattern.match(after)), None)
    if kind is None and (tail := _COMPOUND_UNIT.match(after.lstrip())) is not None:
        return _COMPOUND_UNITS[tail.group(1)]  # "1.300 Höhenmeter": metres
    return kind


# The whole a count is out of, as the question gives it: "How many of the 10 grotto
# days", "Jornadas disponibles (de 5)", "Giornate (su 8)".
_OUT_OF_TOTAL = re.compile(
    r"\b(?:out\s+of|of\s+the|of|de\s+las|de\s+los|de|das|dos|di|delle|dei|su|sur|von|der)\s+"
    r"(\d{1,2})\b"
)
# All of them but one or two: "Todos los días menos el 24", "all but the Sunday".
_ALL_BUT = re.compile(
    r"\b(?:all|every|todos|todas|alle|tous|toutes|tutti|tutte)\b[^.?!;]{0,25}?\b"
    r"(?:except(?:\s+for)?|but|menos|salvo|excepto|ausser|au(?:ss|ß)er|sauf|tranne|eccetto|exceto"
    r"|bis\s+auf)\s+(?P<rest>[^.?!;]*)"
)
_ITEM_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:and|y|e|und|et|ed)\s+")


def _alone_in_unit_and_period(spec: FieldSpec, msg: Message, unit: str | None, each: str) -> bool:
    """Whether no other number field of the job counts in ``unit`` per ``each``."""
    return not any(
        o.type == "number" and field_unit(o) == unit and _count_period(o) == each
        for o in msg.others(spec)
    )


def _all_but(spec: FieldSpec, msg: Message) -> Finding | None:
    """Asked a count out of a whole the question gives, "all but one" is the whole less
    the ones set apart: "Todos los días menos el 24" of 10 grotto days is 9."""
    whole = _OUT_OF_TOTAL.search(numbers_to_digits(f"{spec.label} {spec.question or ''}", "en"))
    said = _ALL_BUT.search(plain(msg.text))
    if whole is None or said is None:
        return None
    # the ones set apart, up to the clause's end: "el 24, ese día lo paso con mi familia"
    rest = re.split(r"[,;:]\s+(?!(?:y|and|e|und|et|ed)\b)(?=\S+\s+\S)", said.group("rest"))[0]
    items = [i for i in _ITEM_SEPARATOR.split(rest) if i.strip()]
    if not 1 <= len(items) <= _ALL_BUT_MOST:
        return None
    value = int(whole.group(1)) - len(items)
    return Finding("answered", value, msg.text) if value > 0 else None


_ALL_BUT_MOST = 3  # days set apart that "all but" may name


# The usual figure among others, just before its number: "but on average 40", "na média
# são uns 40", "im Schnitt 30", "en moyenne 25", "di solito una ventina".
_USUALLY_BEFORE = re.compile(
    r"\b(?:on\s+average|average|usually|normally|typically|na\s+media|em\s+media|en\s+promedio"
    r"|de\s+media|por\s+lo\s+general|normalmente|im\s+schnitt|durchschnittlich|normalerweise"
    r"|en\s+moyenne|d'habitude|normalement|in\s+media|di\s+solito|mediamente)\b(?:\s+\S+){0,3}\s*$"
)
_USUALLY_SPAN = 30  # characters before a number its "usually" is looked for in


def read_number(spec: FieldSpec, msg: Message) -> list[Finding]:
    """A number for the field. A field counted in a unit prefers a number in that unit,
    converts one in a unit of the same kind ("half an hour" → 30 on a minutes field) and
    passes over numbers in other units ("10 km, so 25 minutes"); unasked, it reads only a
    number in its unit beside the field's subject."""
    unit = field_unit(spec)
    asked = msg.is_asked(spec)
    d_all = " ".join(msg.digits)  # the whole message's digit form
    if asked and (all_but := _all_but(spec, msg)) is not None:
        return [all_but]
    if (asked or about_field(spec, msg.text)) and (since := seasons_since(spec, msg)):
        return [since]  # "desde la campaña 2019/20" to "¿Cuántas campañas has trabajado?"
    in_unit, plain_numbers = [], []
    numbers_in: dict[str, int] = {}
    # The period a count is per ("Attivazioni al giorno", "Heures par jour"), and pay's.
    paid_per = _field_period(spec) if unit == "money" else _rate_period(spec)
    gross_only = unit == "money" and _GROSS.search(field_wording(spec))
    other_period: str | None = None  # pay said per a period the field's cannot be had from
    converted_at: set[int] = set()  # where a number in another unit was converted
    per = _rate_period(spec)  # "Tage pro Woche": a count in each week
    each = _count_period(spec)  # "Noches al mes": the period a count is said per
    hourly = each == "hour"  # "kg por hora": a count said per shift is divided
    offset = 0  # where the sentence starts in the digits joined ("pick" reads them whole)
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        at = offset
        offset += len(d) + 1
        if unit == "seconds":
            d = _STOPWATCH.sub(lambda m: f"{int(m.group(1)) * 60 + int(m.group(2))} seconds", d)
        # Not an ordinal ("la 5e année", "the 3rd"): it counts nothing.
        for m in re.finditer(rf"(?<![\w.])(-\s?)?({NUM})(?![\w.]\d)(?!{_ORDINAL_END})", d):
            if excluded(d, m.start()):
                continue
            if unit != "years" and _YEAR_NAMED.search(d, 0, m.start()):
                continue  # "a Year 6 school group": a school year's name, it counts nothing
            numbers_in[sentence] = numbers_in.get(sentence, 0) + 1
            value = num(m.group(2)) * (-1 if m.group(1) else 1)
            if value == 1 and never_before(d[: m.start()], msg.lang):
                continue  # "never played one": none, not a count of one
            divided = False  # a count per shift made one per hour
            if hourly and (shift := _PER_SHIFT.match(d, m.end())) is not None:
                # "180 kilos por jornada de 8 horas", "280 tapiocas em 7 horas"
                value = value / float(shift.group("h") or shift.group("h3"))
                divided = True
            elif hourly and (shift := _SHIFT_BEFORE.search(d, 0, m.start())) is not None:
                # "Sur un service de 5 heures j'en sors environ 300"
                value = value / float(shift.group("h") or shift.group("h2"))
                divided = True
            said = _unit_of(d[m.end() :])
            if said is None and (to := _RANGE_TO.match(d, m.end())) is not None:
                said = _unit_of(d[to.end() :])  # "uns 25, 30 min": the range's unit, said once
            if said is None and A_YEAR.fullmatch(m.group(2)) and YEAR_SAID.search(d[: m.start()]):
                continue  # "valid until 2027", "seit 2019": a year of the calendar, no count
            if (
                said is None
                and (unit in _DAY_COUNTS or (unit is None and per is not None))
                and A_YEAR.fullmatch(m.group(2))
                and len(msg.text.split()) > _BARE_WORDS
                # (a count all the same "about" it, or before what the field counts: "Environ
                # deux mille pieds par jour")
                and not re.search(r"\b(?:about|around|roughly|approximately)\s+$", d[: m.start()])
                and not about_field(spec, noun_after(d, m.start()))
            ):
                continue  # "Boomtown 2025, a storm…" (a bare "2027" is too many, said so)
            if (
                said is None
                and unit in _SPANS
                and A_YEAR.fullmatch(m.group(2))
                and len(_YEARS_IN.findall(d_all)) > 1
            ):
                continue  # "I said 2018 but it was 2020": years, not 2020 weeks of notice
            if (
                said is None
                and unit != "money"
                and A_YEAR.fullmatch(m.group(2))
                and _YEARS_LISTED.search(d)
            ):
                continue  # "Tres temporadas, 2023, 2024 y 2025": the years they were, no count
            if unit == "kg" and _POUNDS.match(d[m.end() :]):
                value, said = value * KG_PER_POUND, "kg"  # "about 40 pounds", a weight
            period = _period_after(d[m.end() :]) if paid_per is not None else None
            if unit == "money" and gross_only and _NET_AFTER.match(d[m.end() :]):
                # "1.800 netti al mese" for a gross salary: asked again for the gross.
                other_period = other_period or sentence
                continue
            if paid_per is not None and period is not None:
                # "16.800 al año" on a monthly salary is 1,400; "100 a day, on a 7-hour
                # day" on an hourly wage is 14.29.
                converted = _per_period(value, period, paid_per, d_all)
                if converted is None:
                    other_period = other_period or sentence
                    continue
                value = converted
            if unit is not None and said == unit:
                in_unit.append((value, at + m.start(), sentence))
            elif unit is not None and said in _UNITS[unit][1] and not _RATE.match(d[m.end() :]):
                if said in _AT_LEAST.get(per or "", ()):
                    continue  # "die ganzen sechs Wochen" is no number of days a week
                short = re.match(r"\s*h\b", d[m.end() :]) is not None
                if said == "hours" and time_of_day_before(d[: m.start()], short):
                    continue  # "a aula das 19h": a time of day, no 1,140 minutes
                in_unit.append((_converted(value, said, unit), at + m.start(), sentence))
                converted_at.add(at + m.start())
            elif (
                said is None
                and (
                    not _OTHER_UNIT_AFTER.match(d[m.end() :])
                    # "About twelve kids" to the largest group supervised: the people it counts
                    or (
                        _PEOPLE_AFTER.match(d[m.end() :])
                        and _COUNTS_PEOPLE.search(field_wording(spec, example=True))
                    )
                    # "Ho 24 anni" to "Età": the years of a life
                    or (_YEARS_OLD.match(d[m.end() :]) and asks_age(spec))
                )
            ):
                run_to = _RANGE_TO.match(d, m.end())
                after = d[run_to.end() :] if run_to else d[m.end() :]
                if _SEASONS_AFTER.match(after) and not _SEASONS_AFTER.search(
                    " " + _PER_SEASON.sub(" ", field_wording(spec, example=True))
                ):
                    continue  # "Dos campañas, la de 2024 y la de 2025": no count of pines
                if unit in _TIME_UNITS and _owned_things(spec, d, m.start()):
                    continue  # "Ho tre asine mie": three donkeys had, no three days
                if (
                    unit not in ("hours", "minutes")
                    and not divided
                    and _of_other_topic(d, m.start())
                    # not one said per the field's own period: "o sea unas doce al mes"
                    and (each is None or _period_after(d[m.end() :]) != each)
                ):
                    continue  # "die Stunden: lieber 25", asked the Saturdays: the hours'
                if (
                    len(noun := noun_after(d, m.start())) >= _CHOICE_NOUN
                    and not about_field(spec, noun)
                    and noun[:_CHOICE_NOUN] not in field_wording(spec)
                    and any(
                        noun in plain(c).split()
                        for o in msg.others(spec)
                        if o.type == "single_choice"
                        for c in o.choices or ()
                    )
                ):
                    # "é o 2 turno" beside "1º turno, 2º turno…", asked the buses taken: the
                    # number of another field's choice
                    continue
                plain_numbers.append((value, at + m.start(), sentence))
    if (
        asked
        and unit is None
        and not in_unit
        and len(msg.text.split()) > _TOLD_WORDS
        and not any(about_field(spec, t[2]) for t in plain_numbers)
    ):
        # A story told in reply ("… je mets la personne en position latérale de sécurité et
        # j'appelle le 15"), to the points on a licence: its numbers are the story's, and
        # it names no count of the field's.
        return []
    if asked and not in_unit and not plain_numbers:
        found = (
            _starts_now(spec, msg)
            or _days_to_date(spec, unit, msg)
            or _days_named(spec, unit, msg)
            or _months_spanned(unit, msg)
            or _every_one(spec, msg)
            or _just_one(spec, msg)
        )
        return [found] if found else []
    if not asked and not in_unit and not tells_story(msg):
        # "40 ore, dal lunedì al venerdì" in a first message: the days a week, unasked. Two
        # days at least: one day named ("I can start on Monday") is a date, not a week.
        if found := _days_named(spec, unit, msg, least=2):
            return [found]
    if not asked:
        # The subject, not the unit: "25 minutes away" alone names no commute.
        if unit is None:
            # Unasked, a field counted in no unit is read only from a short clause that
            # names it and holds one number ("Mathe war eine 1" is the maths mark), and
            # never inside the story an open question asked for ("two dogs started
            # fighting" is no number of dogs walked at once).
            if msg.asked is not None and msg.asked.type == "long_text":
                return []
            # The clause holds that one number, whatever else the sentence counts:
            # "jogo golfe há 5 anos, handicap 12" is a handicap of 12.
            # What is counted, not the period it is counted in: "two seasons at Hampden"
            # names no "Home matches per season".
            spec = spec.model_copy(update={"label": _PER_PERIOD.sub(" ", spec.label)})
            # "antes te he dicho 5 o 6 campañas pero contando bien son 7": the number said
            # after one recalled, in a sentence that names the field, corrects it.
            again = [
                t
                for t in plain_numbers
                if follows_recalled(d_all, t[1], _RECALLED_SPAN)
                and not recalled_at(d_all, t[1])
                and not _RANGE_BEFORE.search(d_all[: t[1]])  # the "6" of "5 o 6" recalled
                and about_field(spec, t[2])
            ]
            if len(again) == 1:
                return [Finding("answered", clean_number(again[0][0]), again[0][2])]
            named = [
                t
                for t in plain_numbers
                if any(
                    # a short clause that names it, or its noun after the number, however
                    # long the clause: "et j'ai fait 6 saisons sur des lacs"
                    (
                        (
                            len(c.split()) <= NAMING_CLAUSE_WORDS
                            and [num(n) for n in re.findall(NUM, numbers_to_digits(c, msg.lang))]
                            == [t[0]]
                        )
                        # its own noun after it, whatever else the clause counts: "I've been
                        # a guide for six years and I could do 3 walks a week"
                        or (
                            (
                                _FIRST_PERSON.search(plain(c)) is not None
                                # or said per the field's own period: "e sangro umas 800
                                # árvores por dia" to "Árvores sangradas por dia"
                                or (
                                    each is not None
                                    and _period_after(re.sub(r"^[\d.,]+", "", d_all[t[1] :]))
                                    == each
                                )
                            )
                            and about_field(spec, noun_after(d_all, t[1]))
                        )
                    )
                    and about_field(spec, c)
                    and f"{t[0]:g}" in numbers_to_digits(c, msg.lang)
                    for c in clauses(t[2])
                )
            ]
            if len(named) != 1:
                return []
            return [Finding("answered", clean_number(named[0][0]), named[0][2])]
        # A unit only a few fields are counted in (miles, words per minute, money, seconds)
        # names its field: "forty miles is my limit" is the travel distance, asked or not.
        # Not inside the story an open question asked for ("boxes of 20 kg"); a short
        # reply to it ("So 3.400 Euro brutto.") may well answer another field.
        story = tells_story(msg)
        # Nor where a field not counted in it speaks of the unit too ("sacchi da 60 kg"
        # beside "Caffè tostato al giorno (kg)"): "scaricavo sacchi da 25 kg" is no day's
        # roasting.
        distinct = unit in _DISTINCT_UNITS and not any(
            _UNIT_IN_SPEC[unit].search(plain(f"{o.label} {o.question or ''}"))
            and field_unit(o) != unit
            for o in msg.others(spec)
        )
        in_unit = [
            t
            for t in in_unit
            # A converted unit ("30 Meter" for km) names no field by itself.
            if (distinct and not story and t[1] not in converted_at)
            or about_field(spec, _UNIT_IN_SPEC[unit].sub(" ", plain(t[2])))
            # "je peux faire les 4 soirs" to "Sur les 4 soirs du festival, combien…": the
            # count and its noun as the question says them, all of them
            or (
                not story
                and bool(noun := noun_after(d_all, t[1]))
                and re.search(
                    rf"(?<![\d.]){re.escape(f'{t[0]:g}')}\s+{re.escape(noun)}\b",
                    numbers_to_digits(plain(spec.question or ""), msg.lang),
                )
                is not None
            )
            # "uns vinte dias por mês": the field's unit and period, which no other field
            # of the job counts in (in a story, only corrected: "Und noch etwas: Es sind
            # doch eher zwölf Tage im Monat")
            or (
                (
                    not story
                    or any(
                        0 <= t[1] - m.end() <= CORRECTED_WITHIN for m in CORRECTION.finditer(d_all)
                    )
                )
                and each is not None
                and t[1] not in converted_at
                and _period_after(_AFTER_NUMBER.sub("", d_all[t[1] :])) == each
                and _alone_in_unit_and_period(spec, msg, unit, each)
            )
        ]
        if not in_unit:
            return []
    corrections = [m.end() for m in CORRECTION.finditer(d_all)]
    if asked and in_unit:
        # "tre serate. Anzi no, facciamo due": a bare number just after a correction counts
        # too, or after a number recalled ("ho detto tre serate, ma sono due"); not a 1, most
        # often an article ("not the late one"), nor one further on, which may be another
        # field's ("scrap what I said about the hours, 20").
        again = [
            t
            for t in plain_numbers
            if t[0] != 1
            and (
                any(
                    0 <= t[1] - c <= CORRECTED_WITHIN
                    # not one put right for another field: "correggo le ore: massimo 35"
                    and not _of_another(spec, msg, d_all[max(0, c - _CORRECTION_WORDS) : t[1]])
                    for c in corrections
                )
                or follows_recalled(d_all, t[1])
                # "Actually scratch that, just checked on maps, it's 13": restated further on
                or (
                    # with no number between: "no son 12 años de experiencia, son 14"
                    # restates the years, not the days asked
                    any(
                        0 <= t[1] - c <= _RESTATED_WITHIN and not re.search(r"\d", d_all[c : t[1]])
                        for c in corrections
                    )
                    and _RESTATED_BEFORE.search(d_all[: t[1]]) is not None
                )
            )
        ]
        in_unit = sorted(in_unit + again, key=lambda t: t[1])
    if len(in_unit + plain_numbers) > 1:
        # "Num dia bom tiro uns 50 quilos, mas na média são uns 40": the usual figure, not
        # the best day's
        usual = [
            t
            for t in in_unit + plain_numbers
            if _USUALLY_BEFORE.search(d_all[max(0, t[1] - _USUALLY_SPAN) : t[1]])
        ]
        if len(usual) == 1:
            in_unit, plain_numbers = usual, []
    if len(in_unit + plain_numbers) > 1 and each is not None:
        # "in un forno da 8 pizze, circa 90 all'ora" for the pizzas an hour, "las tres noches
        # de cada semana, o sea unas doce al mes" for the nights a month: the number said
        # per the field's own period, its unit's word between or not.
        rated = [
            t
            for t in in_unit + plain_numbers
            if _period_after(_AFTER_NUMBER.sub("", d_all[t[1] :])) == each
        ]
        if len(rated) == 1 and any(
            t[1] > rated[0][1]
            and t[0] != 1
            and any(0 <= t[1] - c <= CORRECTED_WITHIN for c in corrections)
            for t in in_unit + plain_numbers
        ):
            # "Tres sábados al mes. No, perdón, mejor dos": put right after it
            rated = []
        if len(rated) == 1:
            # "5 to 6 days per week": the range the number said per the period ends
            before = [t for t in in_unit + plain_numbers if t[1] < rated[0][1]]
            if before:
                latest = max(before, key=lambda t: t[1])
                ranged = _as_range([latest, rated[0]], d_all)
                rated = ranged if len(ranged) == 1 else rated
            in_unit, plain_numbers = rated, []
    if unit == "money":
        # "Hoje ganho 2.600, queria uns 2.800 a 3.000": what one earns now is no
        # expectation, beside one said.
        in_unit = _not_earned_now(in_unit, d_all) or in_unit
        plain_numbers = _not_earned_now(plain_numbers, d_all) or plain_numbers
    candidates = in_unit or plain_numbers
    if len(in_unit) == 1 and len(plain_numbers) == 1:
        # "Entre 30 y 40 kilos": the unit said once, after the range
        ranged = _as_range(in_unit + plain_numbers, d_all)
        candidates = ranged if len(ranged) == 1 else candidates
    if asked and len({t[2] for t in candidates}) > 1:
        # "…, quindi 20 a settimana. Di escape room ne ho fatte sei o sette": of several
        # sentences with numbers, the one that names the field answers it.
        # Not a sentence corrected after it ("Allora quattro serate. Anzi no, facciamo tre").
        own = [t for t in candidates if about_field(spec, t[2])]
        last = max(t[1] for t in candidates)
        if own and len({t[2] for t in own}) == 1 and any(t[1] == last for t in own):
            candidates = own
    chosen = pick(_as_range(candidates, d_all), d_all)
    if chosen is None and other_period is not None and asked:
        wanted = "gross" if gross_only and _NET_AFTER.search(plain(other_period)) else None
        reason = f"I need the {wanted or 'amount per ' + str(paid_per)}"
        return [Finding("vague", None, other_period, reason)]
    if chosen is None:
        return []
    value, evidence = chosen
    limit = _IN_A_PERIOD.get((unit or "", per or ""))
    if limit is not None and value > limit:
        long_reply = len(msg.text.split()) > STORY_WORDS
        if value == int(value) and A_YEAR.fullmatch(str(int(value))) and long_reply:
            # "I'd open with 'Which country won the 2003 Rugby World Cup?'": a year in a
            # story, no count of nights
            return []
        # "8 Tage die Woche 😄", "2027" nights a week: more than the period holds.
        return [Finding("invalid", None, evidence)]
    return [Finding("answered", clean_number(value), evidence)]


# Pay earned now, just before its number: "hoje ganho", "I currently make", "actualmente
# cobro", "je touche", "ich verdiene jetzt", "adesso prendo".
_EARNED_NOW = re.compile(
    r"\b(?:ganho|gano|cobro|recebo|(?<!to )earn|(?<!to )make|made|verdiene|bekomme|gagne"
    r"|touche|guadagno|prendo|percepisco)\b(?:\s+(?:now|currently|right\s+now|jetzt|aktuell|derzeit|ora|adesso"
    r"|actuellement|ahora|agora|hoje))?\s*(?:about|around|unos|uns|cerca\s+de|environ|circa|etwa"
    r"|rund|~)?\s*[€$£]?\s*$"
)


def _not_earned_now(found: list[tuple[float, int, str]], d: str) -> list[tuple[float, int, str]]:
    """The numbers of ``found`` not said as what one earns now ("Hoje ganho 2.600")."""
    return [t for t in found if not _EARNED_NOW.search(d[max(0, t[1] - 40) : t[1]])]


def _as_range(candidates: list[tuple[float, int, str]], d_all: str) -> list[tuple[float, int, str]]:
    """Two numbers said as a range ("entre 2.400 e 2.800", "20 to 25", "10-12") are one
    value, its midpoint, as a range is counted."""
    if len(candidates) != 2:
        return candidates
    (a, p, s), (b, q, t) = sorted(candidates, key=lambda c: c[1])
    joined = re.fullmatch(rf"{NUM}\s*(-|–|to|and)\s*", d_all[p:q])
    if s != t or not a < b or joined is None:
        return candidates
    if joined.group(1) == "and" and not re.search(r"\bbetween\s+$", d_all[max(0, p - 10) : p]):
        return candidates  # "20 and then 30": two numbers, no range
    return [((a + b) / 2, p, s)]


# The units a period is, or is part of: a count per week is not had from weeks or months.
_AT_LEAST = {"day": ("days", "weeks", "months"), "week": ("weeks", "months"), "month": ("months",)}
# How many of a unit a period holds, for a count per period ("Tage pro Woche").
_IN_A_PERIOD = {
    ("days", "week"): 7.0,
    ("days", "month"): 31.0,
    ("hours", "day"): 24.0,
    ("hours", "week"): 168.0,
    ("weeks", "month"): 5.0,
    ("months", "year"): 12.0,
}
