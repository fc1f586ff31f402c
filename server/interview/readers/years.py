"""The years reader: a number of years of experience ("eighteen months" is 1.5 years).

Years in other work (for a field about AI-training work), an age, a rate per year or a
time still to come are no experience. A bare number ("20") counts when a topic word before
it names years, or for the field just asked.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from typing import Any

from server.interview.cues import CORRECTION, I_HAVE
from server.interview.numerals import SEASON_WORDS, numbers_to_digits, today
from server.interview.readers.message import Finding, Message
from server.interview.readers.quantity import (
    TOTAL as _TOTAL_WORDS,
)
from server.interview.readers.quantity import (
    YEARS,
    bare_numbers,
    bounded_at,
    clean_number,
    course_length,
    excluded,
    follows_recalled,
    noun_after,
    num,
    number_topic,
    pick,
    replaces_recalled,
    time_of_day_before,
    unit_spans,
)
from server.interview.readers.subject import (
    about_field,
    ai_related,
    asks_age,
    field_wording,
    licence_classes,
    mentions_subject,
    names_another_field,
    plain,
    shares_question_word,
    short_names,
)
from server.interview.spec import FieldSpec
from server.interview.text import clauses, fold
from server.interview.vocab import Vocabulary

MAX_YEARS = 60.0


_ROLE = re.compile(
    r"\b(?:as\s+an?|been\s+an?|i'?m\s+an?|i\s+am\s+an?|work(?:ed|ing)?\s+as|job\s+as|career\s+as"
    r"|my\s+job|full[- ]time\s+job|day\s+job)\b"
)
_AGE_OR_PAST = re.compile(
    r"^\s*(?:old\b|alt\b|of\s+age\b|ago\b|from\s+now\b"
    # "a two month notice period", "un mes de preaviso": a wait, not experience.
    r"|(?:of\s+|de\s+|di\s+)?(?:notice|preaviso|kundigungsfrist|preavis|preavviso|aviso\s+previo))"
)
# A singular year or month before a thing it measures that is no work ("a 5 year history",
# "a 2 year gap"); "a 6-month placement" or contract is work.
_SPAN_OF_A_THING = re.compile(
    r"^\s*(?:history|background|check|record|gap|warranty|plan|visa|lease|break)\b"
)
# An age given with "to have" or "to be" ("tengo 22 años", "j'ai 19 ans", "ho 20 anni",
# "ich bin 19 Jahre"), in the digit form the readers see...
_AGE_VERB_BEFORE = re.compile(
    r"(?:^|[^\w'])(?:tengo|tenho|ho|j'ai|j\s+ai|i\s+am|i'm|im|bin|sono|soy|sou)\s+(?:a\s+)?$"
)
# "je me présente : Karim, 42 ans, …", "I'm Tom, 35 years old", "Sou o Marcos, 28 anos"
# (glossed "i am a o marcos"): an age after a name, asked or not...
_AGE_AFTER_NAME = re.compile(
    r"(?:presente|presento|name\s+is|i'?m|i\s+am(?:\s+a)?|je\s+suis|m'appelle|me\s+llamo"
    r"|mi\s+chiamo|chamo-me|ich\s+bin|heisse|soy|sono|sou)\s*:?\s+"
    r"(?:(?:o|a|el|la|il|der|die)\s+)?[a-z]+\s*,\s*$"
)
# ...where the candidate wrote that name with a capital ("I'm Tom, 35", not "soy
# camarero, 6 años").
_NAME_THEN_YEARS = re.compile(
    r"(?<![\w'])[A-ZÀ-Þ][^\W\d_]+\s*,\s*[^,]{1,25}?\b(?:years?|anos|años|ans|anni|jahren?)\b"
)
# ...unless the years go on to say what they were spent on ("tengo 3 años de experiencia",
# "ho 5 anni come magazziniere").
_SPENT_AFTER = re.compile(
    r"^\s*(?:of|de|di|d'|da|do|du|in|en|em|im|as|como|come|comme|als|at|with|con|com|mit|avec"
    r"|trabaj|working|worked|lavor|trabalh|travaill|gearbeitet|arbeit|experien|esperien"
    r"|erfahrung|dando|haciendo|facendo|fazendo|doing|que\b|che\b|qu)"
)
_FUTURE_BEFORE = re.compile(r"\b(?:in|within|next|after|for\s+the\s+next|another)\s+$")
# Time to come, in the other languages: "dans 3 ans", "tra due mesi", "daqui a 1 mês"...
_FUTURE_NATIVE_BEFORE = re.compile(
    r"\b(?:dans|tra|fra|entro|innerhalb(?:\s+von)?|binnen|dentro\s+de|daqui\s+a|d'ici)\s+$"
)
# ...and, for days, weeks and months, "en dos semanas", "em 1 mês" (years after "en" may be
# a span: "j'ai beaucoup appris en 3 ans").
_FUTURE_SHORT_BEFORE = re.compile(r"\b(?:em|en)\s+$")
_SINCE = re.compile(r"\b(?:started|since|began|begun|joined)\b")
# "qualified 2 years ago and have worked as a groomer ever since", "vor 1,5 Jahren …
# seitdem", "4 anni fa e da allora": the years since then.
_EVER_SINCE = re.compile(r"\b(?:since|seitdem|seither|da\s+allora|dopo\s+di\s+che)\b")
# Money before the years ("62000 euros a year"); "per", "pro", "par", "por" only after
# money: Italian "per 4 anni" and Spanish "por 4 años" are "for 4 years".
_MONEY = r"(?:euros?|eur|€|dollars?|usd|\$|pounds?|gbp|£|chf|brl|reais|brutto|netto|gross|net)"
_RATE_BEFORE = re.compile(rf"(?:\d\s*{_MONEY}|{_MONEY}\s+(?:per|pro|par|por|a|an|al|ao))\s*$")
_AGE_BEFORE = re.compile(
    r"\b(?:baby|babies|child|children|kids?|son|daughter|newborn|toddler|bimb[oa]|bambin[oa]"
    r"|figli[oa]|neonat[oa]|beb[eéê]|hij[oa]|nin[oa]|filh[oa]|kind|sohn|tochter|enfant|fils"
    r"|fille)\s+(?:\w+\s+)?(?:of|di|de|von|da|du)?\s*$"
)


# An age the candidate was when something happened, in the digit form ("desde" and "seit"
# are glossed "since"): "aos quinze anos", "a los 16 años", "depuis mes 18 ans", "da quando
# tenevo 18 anni", "seit ich 18 bin", "since I was 17", "at 16".
_SINCE_AGE = (
    r"(?:since\s+(?:mes|los|os|i\s+was|age|ich)|des\s+mes|dai|da\s+quando\s+(?:avevo|tenevo)"
    # "depuis l'âge de quinze ans", "desde la edad de", "since the age of", "dall'età di"
    r"|since\s+(?:l'age|la\s+edad|the\s+age|a\s+idade)\s+(?:de|of)|dall'eta\s+di"
    r"|from\s+age)"
)
_AGE_AT_BEFORE = re.compile(
    rf"(?:\b(?:{_SINCE_AGE}|aos|a\s+los|at(?:\s+the\s+age\s+of)?|when\s+i\s+was|quando\s+"
    r"(?:avevo|tinha)|cuando\s+tenia|quand\s+j'avais|als\s+ich))\s+$"
)
# Italian "a 12 anni" and French "à 16 ans" are ages; English "a 6-month placement" is not.
# ("sono 3 anni" is glossed "i am a 3 years": that "a" is no age.)
_AGE_AT_A = re.compile(r"(?<![\w'])(?<!i\sam\s)(?:a|à)\s+$")
# The age since which, then the age now: "depuis mes 18 ans, j'en ai 31 maintenant" is 13
# years; "da quando tenevo 18 anni, mo ne tengo 27" is 9.
_SINCE_AGE_NOW = re.compile(
    rf"\b{_SINCE_AGE}\s+(?P<since>\d+)\b.{{0,40}}?\b(?:j'?en\s+ai|ne\s+(?:ho|tengo)|tengo|tenho"
    r"|ho|i'?m|i\s+am|ich\s+bin|soy|sou|sono|j'ai)\s+(?:now\s+)?(?P<now>\d+)\b"
)


# The age at which, then the age now: "presa a 18 anni, ora ne ho 24" is 6 years, "got it
# at 17, I'm 29 now" 12, "mit 18 gemacht, jetzt bin ich 30" 12 (an age of 14 or more).
_AT_AGE_NOW = re.compile(
    r"\b(?:at|a|aos|a\s+los|mit|con|with)\s+(?P<since>1[4-9]|[2-6]\d)(?:\s+years(?:\s+old)?)?"
    r"(?=[\s,.;])(?!\s*(?:hours|h|km|minutes|days|weeks|months|euros?|kg|%))"
    r"[^.;]{0,30}?\b(?:j'?en\s+ai|ne\s+(?:ho|tengo)|tengo|tenho|ho|i'?m|i\s+am|ich\s+bin"
    r"|bin\s+ich|soy|sou|sono|j'ai)\s+(?:now\s+)?(?P<now>[2-7]\d)\b(?!\s*(?:hours|h|km|%))"
)


def _age_before(before: str, lang: str) -> bool:
    """Whether a child's age comes before the years; "son" is a son only in English ("son
    dos años y medio" is "it is two and a half years", "son fils" a son already)."""
    age = _AGE_BEFORE.search(before)
    return age is not None and (lang == "en" or not age.group().startswith("son"))


VAGUE_YEARS = re.compile(
    r"\b(?:a\s+few|few|several|many|some|multiple|couple\s+of)\s+(?:years?|months?)\b|"
    r"\bfor\s+(?:years|ages|a\s+while|some\s+time|a\s+long\s+time)\b|\ba\s+(?:long\s+)?while\b|"
    r"\blong\s+time\b|\byears\s+of\s+experience\b|\bsince\s+(?:forever|ages)\b",
)


def _unit_factor(unit: str) -> float:
    if unit.startswith("m"):
        return 1 / 12
    if unit.startswith("w"):
        return 1 / 52
    return 1.0


def _year_mentions(
    spec: FieldSpec, msg: Message, vocab: Vocabulary, gate: bool = True
) -> tuple[list[tuple[Any, int, str]], list[Finding], list[tuple[int, int]]]:
    mentions: list[tuple[Any, int, str]] = []
    bad: list[Finding] = []
    taken_by_sentence: list[tuple[int, int]] = []
    unrelated: list[str] = []
    offset = 0
    several = sum(len(YEARS.findall(d)) for d in msg.digits) > 1
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        if sentence.rstrip().endswith("?") and not msg.is_asked(spec):
            # "Antes una pregunta: ¿cuánto se cobra al mes?": a question, no experience
            offset += len(d) + 1
            continue
        for m in YEARS.finditer(d):
            taken_by_sentence.append((offset + m.start("a"), offset + m.end()))
            after, before = d[m.end() :], d[: m.start()]
            if excluded(d, m.start("a")) or _FUTURE_BEFORE.search(before):
                continue
            if _FUTURE_NATIVE_BEFORE.search(before) or (
                m.group("unit")[0] in "wdm" and _FUTURE_SHORT_BEFORE.search(before)
            ):
                continue  # "Em duas semanas posso estar aí": when, not how long
            if (
                (several or not msg.is_asked(spec))
                and _AGE_VERB_BEFORE.search(before)
                and not _SPENT_AFTER.match(after)
            ) or (
                _AGE_AFTER_NAME.search(before)
                and _NAME_THEN_YEARS.search(sentence)
                and not _SPENT_AFTER.match(after)
            ):
                # (unasked, "Sim, tenho 20 anos" to "Maior de 18 anos?" is an age alone)
                # "Tengo 22 años y llevo dos años con niños": the age, then the experience.
                continue
            if (
                not msg.is_asked(spec)
                and any(asks_age(o) for o in msg.fields)
                and _YEARS_OF_AGE.fullmatch(_spell_clause(d, m.start("a")).strip(" ,.;!"))
            ):
                continue  # "21 anni, lavoro il legno dal 2019" beside "Età": the age, bare
            if m.group("unit") in ("year", "month") and _SPAN_OF_A_THING.match(after):
                continue  # "5 year history no problem", "a 6 month contract": no experience
            if _AGE_OR_PAST.match(after) and not (
                after.lstrip().startswith("ago")
                and (_SINCE.search(before) or _EVER_SINCE.search(after))
            ):
                continue
            window = _clause_around(d, m.start())
            clause = plain(window)
            if _IDLE.search(clause):
                continue  # "sono disoccupato da due mesi": time out of work
            if _LIVING.search(clause) and not _WORK.search(clause):
                # "Inglês fluente, morei 3 anos em Toronto" to another question; asked, "vivo
                # en BH hace dos años" is no time worked either
                continue
            if (
                gate
                and not msg.is_asked(spec)
                and not (
                    _experience_context(spec, sentence, d, vocab)
                    # "drei Jahre in einer Fahrradwerkstatt gearbeitet" is no time a
                    # licence has been held, work though it is
                    and not (
                        _HELD_PAPER.search(field_wording(spec))
                        and not _about_subject(spec, sentence, vocab)
                    )
                )
                and not _CORRECTING.search(fold(msg.text))
                and not _CORRECTING.search(d)
                # "I said six years but it's closer to eight", on a job asking years once
                and not (replaces_recalled(d) and [f.type for f in msg.fields].count("years") == 1)
            ):
                # Unasked, years need words of work or of the field's subject: "yes, for
                # over ten years" to a licence question is no number of years of experience.
                continue
            if (
                gate
                and not msg.is_asked(spec)
                and msg.asked is not None
                and msg.asked.type != "long_text"
                and (
                    about_field(msg.asked, spell := _spell_clause(d, m.start()))
                    or _short_name_in(msg.asked, spell, sentence)
                    # "hab CE, seit 2 Jahren": the class just before, past a comma, of a
                    # spell that says nothing else
                    or (
                        _BARE_SPELL.fullmatch(spell.strip(" ,.;!")) is not None
                        and _short_name_in(msg.asked, d[max(0, m.start() - 20) : m.end()], sentence)
                    )
                )
                and not about_field(spec, spell)
                and not _WORKED.search(plain(spell))  # "lavoro su fune da tre anni": work
            ):
                # "Sì, sono GAE dal 2019" to the guide's title asked: how long the title is
                # held, not years with the mules of another field.
                continue
            if (
                # (in the clause of the spell: "I hold a full licence and I've spent nine
                # years in the funeral trade" holds the licence in another)
                _HELD_DOCUMENT.search(plain(_CLAUSE_CUT.split(before[-_HELD_BEFORE:])[-1]))
                and not _WORK.search(plain(window))
                and not _HELD_DOCUMENT.search(field_wording(spec))
            ):
                continue  # "Führerschein B seit 20 Jahren": a licence held, not work done
            if not msg.is_asked(spec) and m.group("unit").startswith("w"):
                continue  # weeks, unasked, are a stay or a notice period, not experience
            if _RATE_BEFORE.search(before) or _age_before(before, msg.lang):
                continue  # "62000 euros a year", "a baby of 2 months": no experience
            if course_length(before, after):
                continue  # "un corso di 3 mesi", "a 6-week course": training, not work
            age_at = _AGE_AT_BEFORE.search(before) or (
                msg.lang in ("it", "fr") and _AGE_AT_A.search(before)
            )
            if age_at and not _SPENT_AFTER.match(after):
                continue  # "me mudei pra BH aos quinze anos": an age, not years of work
            # Years spent on something else ("9 years in hospitals") are set apart only for a
            # field whose subject the vocabulary knows; elsewhere "3 years in a trattoria" may
            # well be kitchen experience, and a negative about the subject decides instead.
            if (
                ai_related(spec)
                and not _about_subject(spec, window, vocab)
                and (_ROLE.search(window) or _OTHER_WORK_AFTER.match(d[m.end() :]))
            ):
                unrelated.append(sentence)
                continue
            factor = _unit_factor(m.group("unit"))
            if m.group("neg"):
                bad.append(Finding("invalid", None, sentence, "experience cannot be negative"))
                continue
            a = num(m.group("a")) * factor
            b = num(m.group("b")) * factor if m.group("b") else a
            if m.group("extra"):
                a += num(m.group("extra")) / 12
                b = a if not m.group("b") else b
            value = round((min(a, b) + max(a, b)) / 2, 3)
            if value > MAX_YEARS:
                bad.append(
                    Finding(
                        "invalid", None, sentence, f"{value:g} years is more than a working life"
                    )
                )
                continue
            mentions.append((value, offset + m.start(), sentence))
        offset += len(d) + 1
    if unrelated and not mentions and not bad:
        # Years in other work were said: the field stays unanswered, and is not vague either.
        bad.append(Finding("missing", None, unrelated[0], "years in other work do not count"))
    return mentions, bad, taken_by_sentence


_HELD_BEFORE = 40  # letters before the years where the licence held is named
# A licence or permit, in the six languages: years beside one are how long it is held.
_HELD_DOCUMENT = re.compile(
    r"\b(?:licen[cs]e|permit|patente|fuhrerschein|permis|carne\s+(?:de\s+conducir|[a-e]\d?)"
    r"|carnet|carteira|cnh|habilitacao"
    # a membership held: "iscritta ad AIGAE dal 2019", "colegiada desde 2015"
    r"|iscritt[oa]|registered|member|mitglied|inscrit[e]?|colegiad[oa]|afiliad[oa]"
    r"|membro|miembro|associad[oa])\b"
)


# Years followed by what they were spent on, when that is something else ("9 years in
# hospitals", "3 years of data entry"): only AI-training work counts.
_OTHER_WORK_AFTER = re.compile(
    r"^\s*(?:of|in|at|as|with|doing|working\s+(?:in|at|as|for)|for|teaching|in\s+the)\s+"
    r"(?:an?\s+|the\s+|my\s+)?(?!(?:experience|exp|experiance|this|that|it|total|all|the\s+field"
    r"|field|industry|work|remote|online|freelance|freelancing|now|so\s+far|a\s+row|and|or)\b)"
    r"[a-z]"
)
_NOT_AI_DATA = re.compile(
    r"\bdata\s+(?:entry|analy\w+|science|scientist|engineer\w*|processing|center|centre|input)\b"
)


# Words of work and experience, in the six languages (accent-free): unasked, years count
# only beside one of them or the field's own subject.
_WORK = re.compile(
    r"\b(?:experien\w*|exp|work\w*|job|jobs|career|employ\w*|as\s+an?|i\s+am\s+an?|been"
    r"|doing|done|trabaj\w*|trabalh\w*|llevo|levo|empleo|emprego|erfahrung\w*|berufserfahrung"
    r"|arbeit\w*|gearbeitet|tatig|beschaftigt|beruf|stelle|travail\w*|metier|poste|esperienz\w*"
    r"|lavor\w*|mestiere|impiego|experiencia|experiencias|experiences?|stagion\w*|temporad\w*"
    r"|saison\w*|temporada\w*"
    # done, and done in someone's place: "j'ai fait des remplacements de chauffeur"
    r"|j'ai\s+fait|ho\s+fatto|he\s+hecho|hice|fiz|gemacht|remplac\w*|sustituc\w*|substitui\w*"
    r"|sostituz\w*|vertretung\w*)\b"
)


# An explicit correction (not "sorry", "wait" or "actually", which open many a message):
# unasked, it lets years said beside no word of work correct the years given before.
_CORRECTING = re.compile(
    r"\bcorrect(?:ion|ing)\b|\bcorrig\w*|\bcorregg\w*|\bcorrez\w*|\bkorrigier\w*|\bkorrektur\b"
    r"|\bcorre[cç][aã]o\b|\bi\s+meant\b|\bmeinte\b|\bquise\s+decir\b|\bvoulais\s+dire\b"
    r"|\bvolevo\s+dire\b|\bquis\s+dizer\b|\bmake\s+that\b|\bnot\s+\d|\bscratch\s+(?:that|what)\b"
    r"|\bsupposed\s+to\s+be\b|\boops\b|\bi\s+mean\b|\bmistake\b|\bme\s+equivoqu\w*|\bverrechnet\b"
    r"|\bme\s+enganei\b|\bmi\s+sono\s+sbagliat\w*|\bje\s+me\s+suis\s+tromp\w*|\btypo\b"
)


# Working itself, not being something: "lavoro su fune", "I've worked", "Erfahrung".
_WORKED = re.compile(
    r"\b(?:work\w*|trabaj\w*|trabalh\w*|arbeit\w*|gearbeitet|travail\w*|lavor\w*|experien\w*"
    r"|esperienz\w*|erfahrung\w*)\b"
)


def worked_in(clause: str) -> bool:
    """Whether ``clause`` speaks of work or experience, in any of the six languages: "nunca
    trabalhei com cachaça" does; "I never renewed it" does not."""
    return _WORK.search(plain(clause)) is not None


def _experience_context(spec: FieldSpec, sentence: str, d: str, vocab: Vocabulary) -> bool:
    return bool(
        _WORK.search(plain(sentence))
        or _WORK.search(d)
        or _about_subject(spec, d, vocab)
        or _about_subject(spec, sentence, vocab)
        # the question's own words where the label says only "the sector"
        or shares_question_word(spec, sentence)
    )


def _about_subject(spec: FieldSpec, window: str, vocab: Vocabulary) -> bool:
    if _NOT_AI_DATA.search(window):
        window = _NOT_AI_DATA.sub(" ", window)
    return mentions_subject(spec, window, vocab) or about_field(spec, window)


def _clause_around(d: str, pos: int) -> str:
    starts = [m.end() for m in re.finditer(r"[,;:]\s|\b(?:but|and|while|then)\s", d[:pos])]
    start = starts[-1] if starts else 0
    end_m = re.search(r"[,;:]\s|\b(?:but|while|then)\s", d[pos:])
    end = pos + end_m.start() if end_m else len(d)
    return d[start:end]


# Spells of work one after the other ("eighteen months in a care home, then a year of
# live-in care"): they add up.
_THEN = re.compile(
    r"\b(?:then|and\s+then|plus|followed\s+by|after\s+that|afterwards|and\s+another"
    # the spell before: "seit 2020 im Lager, davor zwei Jahre als Hafenhelfer"
    r"|before\s+that|davor|vorher|antes\s+de\s+eso|antes\s+disso|avant\s+(?:ca|cela)"
    r"|prima\s+(?:ancora|di\s+(?:questo|allora))"
    # "prima ho fatto 2 anni sui ponteggi", "antes estuve 2 años", "avant j'ai fait 3 ans"
    # (not after a "but": "…dieciocho meses, pero antes estuve ocho años de camarero")
    r"|(?<!pero\s)(?<!but\s)(?<!mais\s)(?<!ma\s)(?<!mas\s)(?<!aber\s)"
    r"(?:prima|antes|avant|before)\s+(?:ho|avevo|he|estuve|trabaje|fiz|fui|trabalhei|j'ai"
    r"|j\s+ai|i\s+(?:was|did|worked|spent|had))"
    # "dezoito meses numa loja e antes um ano e meio de call center"
    r"|(?:e|y|and|et|ed)\s+(?:antes|before|avant|prima)(?!\s+(?:de|di|que|che|of|that|d')\b)"
    r"|luego|despues|y\s+luego|dann|danach|anschliessend|puis|ensuite|depois|e\s+depois"
    r"|poi|e\s+poi|dopo|y\s+otros?|e\s+outros?|und\s+weitere|et\s+encore|piu|in\s+piu"
    r"|inoltre|ademas|alem\s+disso|au\s+total\s+plus|dazu|zusatzlich)\b"
)


# "four years at one warehouse and one at another": a second spell in the same unit.
_PLACE_WORD = r"(?:here|aqui|aca|hier|ici|qui|there|alli|ali|dort|la|li)"
_AND_ONE_MORE = re.compile(
    # (no spell between: "5 anos de experiência, 3 na Lacta e 2 na Neugebauer" are its parts)
    r"\s*(?:years?|months?)\b(?:(?!\d+(?:\.\d+)?\s+(?:at|in|en|na|no|em|bei|chez|al|da|dans|im"
    r"|con|com|mit|with|for|a)\b)[^.;:]){0,60}?\b(?:and|y|e|und|et)\s+"
    # "y aquí en Brasil uno más": a place said before the number
    rf"(?:{_PLACE_WORD}\s+)?(?:(?:en|in|em|au|na|no|nel|nella|im)\s+[a-z]\w*\s+)?"
    r"(?:another\s+|otros?\s+"
    r"|outros?\s+|altri\s+|weitere\s+|encore\s+)?(?P<n>\d+(?:\.\d+)?|one|uno|una|un|um|uma"
    # "… y acá un año más como autónomo": a unit after the number only with "more" after
    # it ("um ano e oito meses" is one span, read whole by the years pattern).
    r"|eins|einem|einen|ein)\s+(?:(?P<unit>years?|months?)\s+(?:more|mas|a\s+mais|mais|mehr"
    r"|de\s+plus|in\s+piu)\s+|(?:more\s+)?)"
    # "… em Portugal e 2 aqui": a place word alone ends it too; so does "more" ("y aquí
    # en Brasil uno más") and a doing ("y dos haciendo karaoke")
    r"(?:(?:mas|mais|mehr|de\s+plus|in\s+piu)(?!\w)|[a-z]{3,}(?:ando|iendo|endo|ing)\b|"
    rf"{_PLACE_WORD}(?=\s*(?:[.,;!]|$))|(?:{_PLACE_WORD}\s+)?(?:en|in|at|con|com|bei|chez|with"
    r"|for|mit|no|na|al|da|em|dans|a|im|als|as|como|come|comme"
    # "dos años de camarero y uno de taquillero", not "… y uno de ellos"
    r"|de(?!\s+(?:ellos|ellas|los|las|esos|esas|estos|estas|mis|sus|eles|elas|os|as|meus|seus"
    r"|them|those)\b)|di(?!\s+(?:loro|questi|queste|quelli|quelle|cui)\b))\b)"
)
# "3 years labouring then 2 at a builders merchant", "6 anos na Marinha e depois mais 2 na
# pesca": a second spell after "then", its unit left out.
_THEN_N = re.compile(
    r"\s*(?:years?|months?)\b[^.;:]{0,60}?\b(?:then|and\s+then|after\s+that|depois|luego"
    r"|despues|dann|danach|puis|ensuite|poi|dopo|plus|piu|e\s+altri|y\s+otros|und\s+noch"
    # the spell before: "cinco años en la cofradía y antes dos con el barco de mi padre"
    r"|(?:and|y|e|et|und)\s+(?:antes|before(?:\s+that)?|avant|prima|davor|vorher))\s+"
    r"(?:(?:mais|mas|more|another|otros?|outros?|altri|weitere|encore)\s+)?(?P<n>\d+(?:\.\d+)?)"
    r"(?P<unit>)\s+(?:more\s+|mais\s+|mas\s+)?"
    r"(?:at|in|en|na|no|em|bei|chez|a|al|da|dans|im|with|con|com|mit|as|como|come|comme|doing"
    r"|on|for|para|pour|per|fur|di|de|of)\b"
)
# "11 years in hospitals, but only the last 3 in sterile services", "10 anni in fabbrica,
# di cui solo gli ultimi 4 al tornio": the part of a spell that is the work asked.
_ONLY_PART = re.compile(
    r"\s*(?:years?|months?)\b[^.;:]{0,40}?\b(?:only|just|solo|solamente|unicamente|nur|seulement"
    r"|apenas|somente|soltanto)\s+(?:(?:the|los|las|les|die|os|as|gli|le|i)\s+)?"
    r"(?:(?:last|ultimos|ultimas|letzten|derniers|dernieres|ultimi|ultime|past)\s+)?"
    r"(?P<n>\d+(?:\.\d+)?)\s+(?:(?:years?|months?)\s+)?(?P<rest>[^.;:]{0,60})"
)
# "1 year more", "un año más", "um ano a mais", "ein Jahr mehr": more of the same.
_ONE_MORE_AFTER = re.compile(
    r"\d+(?:\.\d+)?\s+(?:years?|months?)\s+(?:more|mas|a\s+mais|mais|mehr|de\s+plus|in\s+piu)\b"
)
# "… for 6 years, then a playworker for 1.5.": a second role for a spell, its unit left out.
_THEN_AS_FOR = re.compile(
    r"\s*(?:years?|months?)\b[^.;:]{0,60}?\b(?:then|and\s+then|after\s+that|luego|despues"
    r"|dann|danach|puis|ensuite|poi|dopo|depois)\s+(?:[a-z]+\s+){1,4}?(?:for|durante|pendant"
    r"|per|fur|por)\s+(?P<n>\d+(?:\.\d+)?)(?P<unit>)\s*(?:[.;,!]|$)"
)
_ONE = frozenset({"one", "uno", "una", "un", "um", "uma", "eins", "einem", "einen", "ein"})


# Two spells named side by side ("2 years in a bakery in Warsaw and 1 year at Rewe", "2
# anni alla Giunti + 1 anno da Mondadori"): they add up too, unless the second is a part
# of the first ("and 3 years of those as a supervisor").
_AND = re.compile(r"(?:\b(?:and|y|e|und|et)|\+)\s|\bed\s+\S*\s*$")
# Where the second spell's words begin: after the last "and" or "then" before it.
_JOINED = re.compile(rf"{_THEN.pattern}|\b(?:and|y|e|und|et|ed)\b|\+")
_PART_OF = re.compile(
    r"\b(?:of\s+(?:them|those|which)|de\s+(?:ellos|ellas|los\s+cuales)|deles|delas|davon"
    r"|dont|dei\s+quali|di\s+cui|among\s+them|including|incluidos?|inklusive"
    # "desde hace dieciocho meses y desde entonces…, año y medio ya": the same time again
    r"|since\s+then|ever\s+since|since\s+entonces|desde\s+entonces|seitdem|seither|depuis"
    r"|da\s+allora|desde\s+entao|already|ya|schon|deja|gia|ja)\b"
)
SPELL_GAP = 80  # characters from one spell's number to the next's


def _and_spell(between: str) -> bool:
    return len(between) <= SPELL_GAP and bool(_AND.search(between)) and not _PART_OF.search(between)


# A spell that runs to now: "for the last two years", "in den letzten 2 Jahren", "ces deux
# dernières années", "negli ultimi 2 anni" (in the digit form).
_LAST_YEARS = re.compile(
    r"\b(?:last|past|ultimos|ultimas|letzten|ultimi)\s+\d+(?:\.\d+)?\s+years"
    r"|\b\d+(?:\.\d+)?\s+derni\w+\s+years"
)


def _added_up(
    mentions: list[tuple[Any, int, str]], msg: Message, spec: FieldSpec, vocab: Vocabulary
) -> list[tuple[Any, int, str]]:
    d_all = " ".join(msg.digits)
    # (not after a total said: "insgesamt viereinhalb Jahre, drei im Sägewerk und davor
    # anderthalb in einer Zimmerei" is its parts after it)
    if (
        len(mentions) == 1
        and not CORRECTION.search(d_all, mentions[0][1])
        and not _TOTAL_WORDS.search(d_all)
    ):
        value, pos, evidence = mentions[0]
        unit = YEARS.match(d_all, pos)
        only = _ONLY_PART.match(d_all, unit.start("unit")) if unit else None
        if (
            unit is not None
            and only is not None
            and float(only.group("n")) < float(value)
            and about_field(spec, only.group("rest"))
            and not about_field(spec, d_all[: unit.start("unit")])
        ):
            return [(float(only.group("n")), pos, evidence)]
        more = (
            (
                _AND_ONE_MORE.match(d_all, unit.start("unit"))
                or _THEN_N.match(d_all, unit.start("unit"))
                or _THEN_AS_FOR.match(d_all, unit.start("unit"))
            )
            if unit
            else None
        )
        if unit is not None and more is not None and not _PART_OF.search(more.group()):
            n = 1.0 if more.group("n") in _ONE else float(more.group("n"))
            factor = 1 / 12 if (more.group("unit") or unit.group("unit")).startswith("m") else 1.0
            return [(round(float(value) + n * factor, 3), pos, evidence)]
    if len(mentions) >= 2:
        # "tengo permex desde hace 10 años y he mariscado toda la vida, unos 20 años": the
        # years of another field's thing (the licence held) are no spell of this work.
        own = [t for t in mentions if not _of_another_field(spec, msg, _spell_clause(d_all, t[1]))]
        if len(own) == 1:
            return own
    if len(mentions) < 2 or CORRECTION.search(d_all, mentions[0][1]):
        # (an apology before them all corrects none: "Desculpa, foram dezoito meses numa
        # loja e antes um ano e meio de call center")
        return mentions
    if _NOT_COUNTED.search(d_all):
        return mentions  # "…, before that 2 yrs in a call centre which doesnt count"
    if (
        len(mentions) == 2
        and float(mentions[0][0]) == float(mentions[1][0])
        and len(_YEAR_SPAN.findall(plain(msg.text))) == 1
        and not _MORE_WORD.search(d_all)
    ):
        # "four years – I worked at a shoe repair bar from 2021 to 2025": the span said
        # again in its dates, not a second one
        return mentions[:1]
    if _TOTAL_WORDS.search(d_all):
        return mentions  # a total is said: it is the answer
    if len(_SINCE_YEAR.findall(plain(msg.text))) >= 2:
        # "Dal 2016 col camion … e dal 2020 col carro attrezzi": the later start falls
        # within the earlier; the years since the first are the experience.
        return [max(mentions, key=lambda t: float(t[0]))]
    if _SINCE_YEAR.search(plain(msg.text)) and _LAST_YEARS.search(d_all):
        # "… since 2021, and I've had my own hawk for the last two years": both run to
        # now, the later within the earlier
        return [max(mentions, key=lambda t: float(t[0]))]
    since = _SINCE_YEAR.search(plain(msg.text))
    if (
        since is not None
        and len(_SINCE_YEAR.findall(plain(msg.text))) == 1
        # the start said first: "for 6 years, then tour buses since 2021" adds up
        and not re.search(r"\d", numbers_to_digits(plain(msg.text)[: since.start()], msg.lang))
        and _LATER_ON.search(d_all[mentions[0][1] : mentions[1][1]])
        and sum(float(t[0]) for t in mentions[1:]) <= float(mentions[0][0])
    ):
        # "seit 2018 an Fahrrädern, erst privat, dann zwei Jahre im Laden": a spell after
        # the start, up to now, is part of the years since it.
        return [mentions[0]]
    for a, b in itertools.pairwise(mentions):
        between = d_all[a[1] : b[1]]
        if not (_THEN.search(between) or _and_spell(between)):
            return mentions
        # "…, et avant ça dix ans comme caissière": a spell in another role is not added.
        joined = max((m.end() for m in _JOINED.finditer(between)), default=0)
        after = d_all[a[1] + joined : b[1] + SPELL_GAP]
        not_of = _NOT_OF_FIELD.search(d_all[b[1] : b[1] + SPELL_GAP])
        if not_of is not None and about_field(spec, not_of.group(1)):
            return mentions  # "…, then here 2 years in a warehouse, not technical"
        if _ONE_MORE_AFTER.match(d_all[b[1] :]):
            continue  # "y acá un año más como autónomo": more of the same, whatever the role
        if _ROLE.search(after) and not (
            about_field(spec, after) or mentions_subject(spec, after, vocab)
        ):
            return mentions
    total = round(sum(float(value) for value, _, _ in mentions), 3)
    return [(total, mentions[0][1], mentions[0][2])]


# Later on, in the six languages: a spell after the one before it.
_LATER_ON = re.compile(
    r"\b(?:then|and\s+then|after\s+that|afterwards|later|luego|despues|dann|danach|spater"
    r"|anschliessend|puis|ensuite|apres|depois|mais\s+tarde|poi|dopo|in\s+seguito)\b"
)


# A spell of time and nothing else: "for 2 years", "since 2 years" (the digit form).
# A number of years and nothing else, or years old: an age where the job asks one.
_YEARS_OF_AGE = re.compile(r"\d+\s+years?(?:\s+(?:old|alt))?")
_BARE_SPELL = re.compile(
    r"(?:(?:since|for|already|about|just|only|now)\s+)*\d+(?:\.\d+)?\s+(?:years?|months?)"
    r"(?:\s+(?:now|already|ago))?"
)


def _short_name_in(spec: FieldSpec, clause: str, sentence: str = "") -> bool:
    """Whether ``clause`` (the plain digit form) says ``spec``'s short name: "gae"; or a
    class of the licence it asks about, as ``sentence`` writes it ("Ja, CE seit 2018")."""
    classes = licence_classes(f"{spec.label} {spec.question or ''}", asked=True)
    said = short_names(spec) | (classes & licence_classes(sentence))
    return any(re.search(rf"\b{a.lower()}\b", clause) for a in said)


def _spell_clause(d: str, pos: int) -> str:
    """The clause of the digit form ``d`` around ``pos``, between commas and "and"s."""
    cut = rf"[,;:.]\s|{_JOINING}"
    start = max((m.end() for m in re.finditer(cut, d[:pos])), default=0)
    end = re.search(cut, d[pos:])
    return d[start : pos + end.start() if end else len(d)]


def _of_another_field(spec: FieldSpec, msg: Message, clause: str) -> bool:
    """Whether ``clause`` says the candidate has had another of the job's closed fields'
    things that long ("tengo permex desde hace 10 años"), and does not name ``spec``. Not
    doing the work ("ça fait 10 ans que je coiffe" names "CAP Coiffure" as well)."""
    closed = [o for o in msg.others(spec) if o.type != "long_text"]
    return _HAD.search(clause) is not None and names_another_field(spec, closed, clause)


# Having or holding, in the digit form's six languages.
_HAD = re.compile(rf"\b{I_HAVE}\b")


# A spell said not to be of the field's kind: "2 years in a warehouse, not technical".
_NOT_OF_FIELD = re.compile(
    r"[,;(]\s*(?:but\s+)?(?:not|non|no|nicht|pas|nao)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)"
)


# A spell the candidate says does not count: "which doesn't count", "eso no cuenta".
_NOT_COUNTED = re.compile(
    r"\b(?:does\s*n[o']?t|doesnt|do\s*n[o']?t|won'?t)\s+count\b|\bno\s+cuenta\b|\bzahlt\s+nicht\b"
    r"|\bne\s+compte\s+pas\b|\bcompte\s+pas\b|\bnon\s+conta\b|\bnao\s+conta\b"
)


# A word that joins one clause to the next, in the six languages.
_JOINING = r"\b(?:and|but|y|e|et|und|pero|mas|mais|ma|aber)\s"
# Where a clause before a spell begins: a stop, a number, or a joining word.
_CLAUSE_CUT = re.compile(rf"[,;:.]|\d|{_JOINING}")
# A span of two years named: "from 2021 to 2025", "2019-2023", "de 2018 a 2022".
_YEAR_SPAN = re.compile(
    r"\b(?:19|20)\d\d\s*(?:-|–|to|until|till|al|au|bis|a|hasta|ate|à)\s*(?:\w+\s+)?(?:19|20)\d\d\b"
)
# More of the same: "and four more", "y otros dos", "e mais dois".
_MORE_WORD = re.compile(r"\b(?:more|another|mas|mais|mehr|weitere|encore|altri|otros|outros)\b")
# A start given as a year: "since 2016", "dal 2020", "desde 2019", "seit 2018", "depuis 2015".
_SINCE_YEAR = re.compile(
    r"\b(?:since|from|dal|dall'|desde|seit|depuis|des|a\s+partir\s+de)\s+(?:\w+\s+)?(?:19|20)\d\d\b"
    # not a span's start ("from 2012 to 2016 and from 2018 to 2020" adds up)
    r"(?!\s*(?:-|–|to|until|till|al|au|bis|a|hasta|ate|à)\s*(?:\w+\s+)?(?:19|20)\d\d)"
)


# A season of seasonal work ("Huit saisons", "tre stagioni", "dos temporadas"), read as
# years only for a field that counts seasons; here also the winters of a winter job and
# the carnival sessions ("drei Sessionen"), one a year each.
_SEASON_WORDS = SEASON_WORDS + r"|winters?|hivers?|inviernos?|invernos?|inverni|sessionen"
# (a word may name the crop between: "two grape harvests")
_SEASONS = re.compile(
    rf"\b(\d+(?:\.\d+)?)\s+(?:(?!(?:years?|months?|weeks?|days?|hours?)\b)[^\W\d_]+\s+)?"
    rf"(?:{_SEASON_WORDS})\b"
)
_HALF_SEASON = re.compile(
    r"\b(?:une?\s+|una\s+|uma\s+|a\s+)?(?:demi|media|meia|mezza|half)[-\s](?:saison|temporada|stagione|season)\b"
)
_COUNTS_SEASONS = re.compile(rf"\b(?:{_SEASON_WORDS})\b")


# Summers of seasonal work: one a year ("3 veranos de socorrista").
_SUMMERS = re.compile(
    r"\b(\d+(?:\.\d+)?)\s+(?:summers?|veranos?|sommern?|etes|verao|veroes|estati)\b"
)


# Spells of the same length, counted: "dos campañas de seis meses cada una", "three
# contracts of 4 months each", "zwei Saisons von jeweils 5 Monaten".
_EACH_SPELL = re.compile(
    rf"\b(?P<n>\d+(?:\.\d+)?)\s+(?:{_SEASON_WORDS}|summers?|veranos?|contracts?|contratos?"
    r"|contratti|contrats?|vertrage|stints?)\b(?P<mid>[^.;\d]{0,40}?)"
    r"(?:\b(?:of|de|di|von|da|do)\s+)?(?P<pre>jeweils\s+)?(?P<m>\d+(?:\.\d+)?)\s+"
    r"(?P<unit>months?|weeks?)\b(?P<each>\s+(?:each|cada\s+un[oa]|cada\s+uma|cada|ciascun[oa]"
    r"|chacune?|l'une?|l'uno|l'una))?"
)


def _each_spell(d: str) -> str:
    def total(m: re.Match[str]) -> str:
        if not (m.group("pre") or m.group("each")):
            return m.group()
        return f"{clean_number(float(m.group('n')) * float(m.group('m')))} {m.group('unit')}"

    return _EACH_SPELL.sub(total, d)


def _in_seasons(spec: FieldSpec, msg: Message) -> Message:
    """``msg`` with seasons counted as years, for a field asking how many seasons; and, on
    any years field asked, with seasons or summers as years where no year is named ("llevo
    3 veranos trabajando de socorrista": one season a year, three years of it). Spells of
    one length counted ("dos campañas de seis meses cada una") are their total."""
    msg = replace(msg, digits=[_each_spell(d) for d in msg.digits])
    if not _COUNTS_SEASONS.search(field_wording(spec)):
        if not msg.is_asked(spec) or any(YEARS.search(d) for d in msg.digits):
            return msg
        digits = [_SUMMERS.sub(r"\1 years", _SEASONS.sub(r"\1 years", d)) for d in msg.digits]
        return replace(msg, digits=digits)
    digits = [
        _SUMMERS.sub(r"\1 years", _SEASONS.sub(r"\1 years", _HALF_SEASON.sub("0.5 years", d)))
        for d in msg.digits
    ]
    # the seasons by the name of what they are of: "4 vendimias" to "¿Cuántas campañas de
    # vendimia has hecho?", "zwei Ernten" to "Wie viele Saisons Ernte?"
    kinds = {w[:5] for w in _SEASON_OF.findall(field_wording(spec)) if len(w) >= _STEM_LETTERS}
    if kinds:
        of_kind = re.compile(rf"\b(\d+(?:\.\d+)?)\s+(?:{'|'.join(sorted(kinds))})\w*")
        digits = [of_kind.sub(r"\1 years", d) for d in digits]
    return replace(msg, digits=digits)


def seasons_since(spec: FieldSpec, msg: Message) -> Finding | None:
    """For a field that counts seasons, the seasons from the one the candidate says they
    started in to today's: "desde la campaña 2019/20" is 7 in 2026 ("since" is the digit
    form's gloss of "desde", "seit", "depuis", "dal")."""
    if not _COUNTS_SEASONS.search(field_wording(spec)):
        return None
    for d in msg.digits:
        m = _SINCE_SEASON.search(d)
        if m is None:
            continue
        # (a winter across two years is written by its second: "stagione 2020/21" is
        # "winter 2021" in the digit form)
        began = int(m.group("year")) - (1 if m.group("winter") else 0)
        if 0 < (count := today().year - began) <= MAX_YEARS:
            return Finding("answered", count, msg.text)
    return None


_SINCE_SEASON = re.compile(
    r"\b(?:since|dalla|dal|dall')\s+(?:(?:la|le|el|the|die|der|o|a|il|lo|l')\s*)?"
    rf"(?:(?P<winter>winter\s+)|(?:{_SEASON_WORDS})\s+)?"
    r"(?:de\s+|of\s+|di\s+|du\s+)?(?P<year>(?:19|20)\d\d)(?:/\d\d(?:\d\d)?)?\b"
    r"(?!\s*(?:-|–|to|until|bis|a|al|au|hasta|ate|à)\s*(?:19|20)\d\d)"
)


# A span of calendar years: "de 2021 a 2023", "dal 2022 al 2024", "from 2021 to 2023".
_YEAR_SPAN = re.compile(
    r"\b((?:19|20)\d\d)\s*(?:-|–|a|al|to|until|bis|à|au|ao|até|hasta|fino\s+al)\s*((?:19|20)\d\d)\b"
)


def _seasons_of_a_span(msg: Message) -> Finding | None:
    """A count of seasons said with the span of years they were in, both ends counted
    ("Tres temporadas con una empresa de globos, de 2021 a 2023" is three, not two)."""
    spans = [m for t in msg.sentences for m in _YEAR_SPAN.finditer(plain(t))]
    seasons = [(float(m.group(1)), d) for d in msg.digits for m in _SEASONS.finditer(d)]
    if len(spans) != 1 or len(seasons) != 1:
        return None
    n, d = seasons[0]
    first, last = int(spans[0].group(1)), int(spans[0].group(2))
    if last - first + 1 != n:
        return None
    sentence = next(t for t, x in zip(msg.sentences, msg.digits, strict=True) if x == d)
    return Finding("answered", clean_number(n), sentence)


# What a season is of, in a question: "campañas de vendimia", "seasons of harvest".
_SEASON_OF = re.compile(
    rf"\b(?:{_SEASON_WORDS})\s+(?:de|of|di|da|do|du|des|der|d')\s*(?:la\s+|le\s+|the\s+)?([a-z]+)"
)
_STEM_LETTERS = 5


_LIVING = re.compile(
    r"\b(?:i\s+live|living|lived|vivo|vivi|vivido|wohne|wohnte|gewohnt|lebe|lebte|gelebt"
    r"|habite|habitais|vecu|moro|morei|morava|morou|abito|abitato|vissuto|resido|resident"
    # settled or moved somewhere: "installée à Châtillon depuis cinq ans"
    r"|installee|suis\s+installe|settled|moved\s+(?:here|to)|me\s+mude|mudei|umgezogen"
    r"|zugezogen|trasferit[oa])\b"
)
# Time out of work, or since leaving it: "sono disoccupato da due mesi", "retired since".
_IDLE = re.compile(
    r"\b(?:unemployed|out\s+of\s+work|jobless|retired|sin\s+trabajo|en\s+paro|parad[oa]"
    r"|desemplead[oa]|jubilad[oa]|arbeitslos|ohne\s+arbeit|in\s+rente|rentner\w*"
    r"|au\s+chomage|chomeur|chomeuse|sans\s+emploi|en\s+retraite|retraitee?"
    r"|desempregad[oa]|sem\s+trabalho|aposentad[oa]|disoccupat[oa]|senza\s+lavoro"
    r"|in\s+pensione|pensionat[oa]"
    # a paper lapsed that long: "la homologación la tengo caducada desde el año pasado"
    r"|caducad[oa]|expired|abgelaufen|scadut[oa]|vencid[oa]|expiree?|perimee?)\b"
)
_ZERO = re.compile(r"\b(?:zero|cero|null|0)\b")


def _of_work(sentence: str) -> bool:
    """Whether years said in ``sentence`` may be work: not a stay somewhere ("vivo en São
    Paulo hace 2 años"), unless the sentence speaks of work too."""
    flat = plain(sentence)
    return not _LIVING.search(flat) or _WORK.search(flat) is not None


def _zero_of_subject(spec: FieldSpec, msg: Message, mentions: list[tuple[Any, int, str]]) -> bool:
    """Whether the candidate gives the field's own subject zero and every number of years
    to something else: "In cucina zero. Ho fatto il magazziniere per dieci anni." """
    zero = any(
        _ZERO.search(plain(c)) and about_field(spec, c) and not YEARS.search(plain(c))
        for s in msg.sentences
        for c in clauses(s)
    )
    if not zero or not mentions:
        return False
    # Each number by its sentence without the zero's clause: "Esperienza in agricoltura
    # zero, lavoro in ufficio da 10 anni" is one sentence, and its ten years are the
    # office's ("in torrefazione zero, ma ho fatto tre anni in un panificio, sempre in
    # produzione" still names the food production the field also asks about).
    return not any(about_field(spec, _past_the_zero(msg, m[1])) for m in mentions)


def _past_the_zero(msg: Message, at: int) -> str:
    """The sentence of the message's digit form around ``at`` (counted as
    :func:`_year_mentions` counts: each sentence and one character after it), without its
    clauses that say zero."""
    offset = 0
    for d in msg.digits:
        if at < offset + len(d):
            return " ".join(c for c in clauses(d) if not _ZERO.search(plain(c)))
        offset += len(d) + 1
    return ""


_ZERO_SAID = re.compile(r"(?<![\d.,])0(?![\d.,])")


# A zero that opens the reply, after a word of candour at most: "Ehrlich gesagt null, …",
# "Honestly zero, …", "Cero, …".
_ZERO_OPENS = re.compile(
    r"^\W*(?:(?:honestly|to\s+be\s+honest|ehrlich\s+gesagt|la\s+verdad|sinceramente|franchement"
    r"|onestamente|na\s+verdade|well|pues|also|bueno)\W+)?"
    # (or a word for none: "ninguna la verdad, he sido marinero 6 años")
    r"(?:0(?!\d|[.,]\d)|none|ninguna|ninguno|nenhuma|nenhum|nessuna|nessuno|aucune|aucun"
    r"|keine|gar\s+keine)(?:\s+(?:la\s+verdad|de\s+verdad|really|honestly|ehrlich))?\s*[,.;!]"
)
# Experience named just before a zero: "esperienza zero nella raccolta", "Erfahrung: null".
_EXPERIENCE_BEFORE = re.compile(r"\b(?:experien\w*|esperienz\w*|erfahrung\w*|exp)\s*[:=]?\s*$")


def _corrects(d_all: str, at: int) -> bool:
    """Whether a correction ("sorry", "non pardon", "I mean") comes just before the number
    at ``at`` of the message's digit form ``d_all`` (its sentences joined by one space)."""
    return CORRECTION.search(d_all[max(0, at - 30) : at]) is not None or follows_recalled(d_all, at)


# A total said after the parts: "so 3 in total", "insgesamt 5", "en total tres", "in tutto 3".
_IN_TOTAL = (
    r"(?:in\s+total|altogether|all\s+together|in\s+all|en\s+total|insgesamt|au\s+total"
    r"|en\s+tout|in\s+tutto|in\s+totale|no\s+total|ao\s+todo)"
)
_TOTAL = re.compile(
    rf"\b{_IN_TOTAL}\W*(?:(?:de|di|of)\s+)?(?P<n>\d+(?:\.\d+)?)(?:\s+(?P<nu>years?|months?))?"
    r"(?![\w.])"
    # (or "total" alone after it: "4 yrs as a guide + 2 doing parties, so 6 total")
    rf"|\b(?P<m>\d+(?:\.\d+)?)(?:\s+(?P<mu>years?|months?))?\s+(?:{_IN_TOTAL}|total)\b"
    # "18 months at …, plus 6 of agency shifts, so two years": the sum a reply concludes
    r"|[,;]\s*(?:so|quindi|dunque|donc|entonces|asi\s+que|entao|portanto|also|o\s+sea|es\s+decir"
    r"|cioe|ou\s+seja|c'est-a-dire|das\s+hei(?:ss|ß)t|that\s+is|i\.e\.)\s+"
    r"(?:that'?s\s+|it'?s\s+|sono\s+|son\s+|sao\s+|c'est\s+|sind\s+(?:es\s+)?)?(?:about\s+)?"
    r"(?P<c>\d+(?:\.\d+)?)(?:\s+years?\b(?!\s+(?:ago|before|back))"
    # (or the bare sum ending the reply: "7 anni di vendemmia + 2 di agrumi, quindi 9")
    r"|\s*[.!]?\s*$)"
)


# A clause that names a notice period, with what it runs for.
_NOTICE = re.compile(
    r"[^,.;]*\b(?:kundigungsfrist|notice(?:\s+period)?|(?:periodo\s+de\s+)?preaviso|preavis"
    r"|aviso\s+previo|preavviso)\b[^,.;]*"
)


# A school year named by its number: "in year 11", "in grade 9".
_SCHOOL_YEAR = re.compile(r"\b(?:in|at|during|from|since|by)\s+(?:year|grade)\s*$")
# A bare number in this span is a year of the calendar.
_CALENDAR_YEAR = (1950, 2035)


# How long a thing takes, said before its length: "it takes at least", "ci vuole almeno",
# "il faut compter", "dauert etwa", "se tarda", "demora uns".
_TAKES_BEFORE = re.compile(
    r"(?<!\w)(?:it\s+takes|takes|took|will\s+take|ci\s+vuole|ci\s+vogliono|ci\s+vorra"
    r"|il\s+faut(?:\s+compter)?|faudra|dauert|dauerte|braucht\s+man|se\s+tarda|tarda|demora"
    r"|leva)(?:\s+(?:at\s+least|about|around|almeno|circa|quasi|au\s+moins|environ|etwa"
    r"|mindestens|ungefahr|al\s+menos|unos|unas|pelo\s+menos|uns|umas))?\s*$"
)
# A years field that counts how long a paper has been held: a driving licence, a permit.
_HELD_PAPER = re.compile(
    r"\b(?:licen[cs]e|permis|permiso|carn[eé]t?|patente|fuhrerschein|cnh|carta\s+de\s+condu"
    r"|habilitacao)\b"
)


# A bare hour said after "at": "the bus at 7", "il vaporetto delle 7", "às 7".
_AT_CLOCK = re.compile(r"(?<!\w)(?:at|delle|das|as|de\s+las|a\s+las)\s+$")


def read_years(spec: FieldSpec, msg: Message, vocab: Vocabulary) -> list[Finding]:
    inclusive = _seasons_of_a_span(msg)
    if inclusive is not None and (msg.is_asked(spec) or about_field(spec, inclusive.evidence)):
        # "Tres temporadas …, de 2021 a 2023": three seasons, both ends counted
        return [inclusive]
    msg = _in_seasons(spec, msg)
    # "Meine Kündigungsfrist ist ein Monat": a notice period is no time worked
    msg = replace(msg, digits=[_NOTICE.sub(lambda m: " " * len(m.group()), d) for d in msg.digits])
    joined = " ".join(msg.digits)
    ages = _SINCE_AGE_NOW.search(joined) or _AT_AGE_NOW.search(joined)
    if (
        ages is not None
        and 0 < int(ages.group("now")) - int(ages.group("since")) <= MAX_YEARS
        # (unasked, beside the field's subject: "navego desde los 12 años (ahora tengo 19)")
        and (
            msg.is_asked(spec)
            or about_field(spec, near := joined[max(0, ages.start() - 40) : ages.end()])
            or shares_question_word(spec, near)
        )
    ):
        years = int(ages.group("now")) - int(ages.group("since"))
        return [Finding("answered", years, msg.text)]
    zeros = [(d, z.start()) for d in msg.digits for z in _ZERO_SAID.finditer(d)]
    zero_named = msg.is_asked(spec) and any(
        about_field(spec, noun_after(d, at)) or _EXPERIENCE_BEFORE.search(d[:at]) for d, at in zeros
    )
    if zero_named and not re.search(r"[1-9]", " ".join(msg.digits)):
        return [Finding("none", None, msg.text)]  # "zéro pratique", "cero experiencia"
    mentions, bad, _taken = _year_mentions(spec, msg, vocab)
    d_joined = " ".join(msg.digits)
    if (
        msg.is_asked(spec)
        and any(about_field(spec, _spell_clause(d, at)) for d, at in zeros)
        and mentions
        and all(not about_field(spec, _spell_clause(d_joined, t[1])) for t in mentions)
        and re.search(r"\b(?:but|pero|mais|aber|mas|ma)\b", d_joined)
    ):
        # "Zero in leisure, but I worked four years in a care home": none of the field's
        # own, and years of other work
        return [Finding("none", None, msg.text)]
    if (
        msg.is_asked(spec)
        and _ZERO_OPENS.match(d_joined)
        and mentions
        and all(not about_field(spec, _spell_clause(d_joined, t[1])) for t in mentions)
    ):
        # "Ehrlich gesagt null, ich fahre seit 2015 LKW": none of the field's, and years of
        # other work
        return [Finding("none", None, msg.text)]
    mentions = _added_up(mentions, msg, spec, vocab)
    findings = list(bad)
    asked = msg.is_asked(spec) and not mentions
    d_all = " ".join(msg.digits)
    # "más de veinte años seguro, unos 22": a bound, then the number it bounds.
    bound = mentions[0] if len(mentions) == 1 and bounded_at(d_all, mentions[0][1]) else None
    offset = 0
    for sentence, d in zip(msg.sentences, msg.digits, strict=True):
        taken = unit_spans(d)
        for lo, hi, pos in bare_numbers(d, taken):
            topic = number_topic(d, taken, pos)
            # "Sept ans. Ah non pardon, huit": a bare number corrects the years just said.
            # (unasked, after a number recalled: "I said six years but it's closer to eight")
            fixed = (
                (msg.is_asked(spec) or replaces_recalled(d_all))
                and bool(mentions)
                and _corrects(d_all, offset + pos)
            )
            fixed = fixed or (
                bound is not None and offset + pos > bound[1] and hi is None and lo >= bound[0]
            )
            if hi is None and _CALENDAR_YEAR[0] <= lo <= _CALENDAR_YEAR[1]:
                continue  # "Lo saqué en 2022": when, no count of years
            if _SCHOOL_YEAR.search(d[:pos]):
                continue  # "I got it at school in year 11": a year of school, no count
            if hi is None and (time_of_day_before(d[:pos], False) or _AT_CLOCK.search(d[:pos])):
                continue  # "prendo il vaporetto delle 7": a time of day, no count
            if topic == "years" or ((asked or fixed) and topic is None):
                value = lo if hi is None else (lo + hi) / 2
                mentions.append((value, offset + pos, sentence))
        offset += len(d) + 1
    mentions.sort(key=lambda t: t[1])
    # "ci vuole almeno un mese", "it takes two years to learn": how long a task takes
    mentions = [t for t in mentions if not _TAKES_BEFORE.search(d_all, 0, t[1])]
    total = _TOTAL.search(d_all) if mentions else None
    if total is not None and any(m.start() > total.end() for m in CORRECTION.finditer(d_all)):
        total = None  # "Twelve years in total… Sorry, I meant nine": put right after it
    if total is not None:
        # "two at a stable and one at a cattery, so three in total": the total said wins.
        value = float(total.group("n") or total.group("m") or total.group("c"))
        if (total.group("nu") or total.group("mu") or "").startswith("month"):
            value = round(value / 12, 3)  # "also insgesamt 15 Monate"
        # (a sum concluded stands even below a spell misread as longer)
        if value >= max(v for v, _, _ in mentions) or total.group("c"):
            said = next(
                s for s, d in zip(msg.sentences, msg.digits, strict=True) if total.group() in d
            )
            mentions = [(value, total.start(), said)]
    # "vivo en São Paulo hace 2 años" is no work; asked, it still answers when nothing
    # else does, and unasked ("Bonjour, j'habite à Pescara depuis un an") it never does.
    worked = [t for t in mentions if _of_work(t[2])]
    mentions = worked or (mentions if msg.is_asked(spec) else [])
    if _zero_of_subject(spec, msg, mentions):
        return [Finding("none", None, msg.text)]
    if msg.is_asked(spec) and len(mentions) > 1 and not CORRECTION.search(d_all):
        # "Faço arepas há oito anos, mas tapioca só há um ano": of spells of different
        # things, the one of the field's own subject.
        own = [t for t in mentions if about_field(spec, _spell_clause(d_all, t[1]))]
        if len(own) == 1:
            mentions = own
    chosen = pick(mentions, " ".join(msg.digits))
    if chosen is not None:
        value, evidence = chosen
        if value < 0:
            findings.append(Finding("invalid", None, evidence, "experience cannot be negative"))
        elif value > MAX_YEARS:
            findings.append(
                Finding("invalid", None, evidence, f"{value:g} years is more than a working life")
            )
        elif value == 0:
            findings.append(Finding("none", None, evidence))
        else:
            findings.append(Finding("answered", clean_number(value), evidence))
    elif not findings and not msg.is_asked(spec):
        # Years said beside no work at all ("ok fine, it's about 2 years"): an aside, which
        # the turn takes only for a field already talked about (refused or vague before).
        # (not a thing of another field had that long: "Tenho carta de condução há dez anos")
        spoken = [
            t
            for t in _year_mentions(spec, msg, vocab, gate=False)[0]
            if _of_work(t[2])
            and not _of_another_field(spec, msg, plain(t[2]))
            and not _TAKES_BEFORE.search(d_all, 0, t[1])
            and not (
                _HELD_PAPER.search(field_wording(spec)) and not _about_subject(spec, t[2], vocab)
            )
        ]
        aside = pick(spoken, " ".join(msg.digits))
        if aside is not None and 0 < aside[0] <= MAX_YEARS:
            findings.append(Finding("answered", clean_number(aside[0]), aside[1], source="aside"))
    if not findings and msg.is_asked(spec) and _HELD_PAPER.search(field_wording(spec)):
        # "I got my licence in 2023", "Lo saqué en 2019", to how long one has held it: since
        # the one year said
        years_said = {
            int(y) for y in re.findall(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]?\d)", msg.text)
        }
        if len(years_said) == 1 and _CALENDAR_YEAR[0] <= (year := years_said.pop()) <= today().year:
            held = today().year - year
            findings.append(
                Finding("answered", held, msg.text) if held else Finding("none", None, msg.text)
            )
    if not findings:
        for sentence, d in zip(msg.sentences, msg.digits, strict=True):
            if VAGUE_YEARS.search(d):
                findings.append(Finding("vague", None, sentence, "I need a number of years"))
                break
    return findings
