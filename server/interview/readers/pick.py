"""Picks by position: choices that are bare letters ("A or B?": "Response B", "la B", "I'd
go with b") and choices named by their place ("the second one", "die zweite", "la
première"), in the six languages. Used by the single-choice reader for the field asked.

A letter is a word in several languages ("a" in English, Spanish, Portuguese, Italian;
"A" starts an English or Portuguese sentence), so a lower-case letter counts only after a
word that names an option ("response", "la", "pick") or as the whole reply, and an
upper-case one only where it cannot be that article. A letter turned down ("not A",
"better than A", "A is worse", "A invents a detail") is no pick; with two options, the
one turned down alone gives the other.
"""

from __future__ import annotations

import re

from server.interview.languages import strip_accents

# Words that name an option before its letter or ordinal.
_NOUN = (
    r"(?:response|answer|option|choice|output|reply|completion|respuesta|opcion|antwort"
    r"|variante|reponse|resposta|opcao|risposta|opzione)"
)
_DET = r"(?:the|la|el|die|der|das|le|il|lo|o|a|l')"
_VERB = (
    r"(?:pick|picked|choose|chose|select|prefer|go\s+(?:with|for)|vote\s+for|elijo|escojo"
    r"|prefiero|me\s+quedo\s+con|voto\s+por|wahle|nehme|bevorzuge|choisis|prefere|prends"
    r"|escolho|prefiro|fico\s+com|scelgo|preferisco|voto\s+per|voto)"
)
_BETTER = (
    r"(?:better|best|superior|preferable|preferible|preferibile|mejor|besser|meilleure?"
    r"|winner|correct|right|accurate|correct[ao]|richtig|korrekt|genauer|correcte|juste"
    r"|cert[ao]|corrett[ao]|giust[ao]|precis[ao]|exacte?"
    r"|melhor|migliore|(?:more|mas|mehr|plus|mais|piu)\s+\w+)"
)
# One word between a letter's verb and its praise, not a negation ("B is clearly better").
_GAP = r"(?:(?!not\b|no\b|nicht\b|pas\b|nao\b|non\b|kein\w*)\w+\s+)?"
_COPULA = r"(?:'s|\s+(?:is|was|seems|es|parece|ist|scheint|est|semble|e|sembra))"
# Words that end a letter's clause: what follows them is about something else.
_LINK = (
    r"(?:because|since|but|and|or|than|while|whereas|porque|pero|y|que|weil|aber|und|als"
    r"|car|mais|et|parce|pois|mas|e|ou|perche|ma|o|di)"
)
# After a letter: it is turned down ("A is worse", "A invents a detail", "A es peor").
_DOWN_AFTER = re.compile(
    r"^(?:" + _COPULA + r")?\s+(?:(?!" + _LINK + r"\b)\w+\s+){0,2}"
    r"(?:worse|wrong|incorrect|inaccurate|vague|incomplete|misleading|unclear|too\s+\w+"
    r"|demasiado|zu\s+\w+|trop|demais|troppo|invents?|made[\s-]up|makes?\s+up|hallucinat\w*"
    r"|peor|incorrect[ao]|erronea|inventa"
    r"|schlechter|falsch|erfindet|pire|fausse|faux|invente|pior|errad[ao]|peggiore|peggio"
    r"|sbagliat[ao])\b"
    # "A is not accurate", "A isn't as good": praise denied.
    r"|^(?:" + _COPULA + r"\s+(?:not|no|nicht|pas|nao|non)|\s+(?:isn'?t|wasn'?t|n'est\s+pas"
    r"|no\s+es|nao\s+e|non\s+e))\s+(?:\w+\s+)?"
    r"(?:" + _BETTER + r"|good|great|helpful|as\s+\w+|bien|bueno|buena|gut|bon|bonne|bom|boa"
    r"|buono|buona)\b"
)
# Before a letter: it is turned down or the one compared against ("better than A").
_DOWN_BEFORE = re.compile(
    r"(?:\bnot|n't|\bno|\bnicht|\bkein\w*|\bpas|\bnao|\bnon|\binstead\s+of|\brather\s+than"
    r"|\bthan|\bover|\bvs\.?|\bversus|\bstatt|\banstatt|\bals|\ben\s+lugar\s+de"
    # "qualquer um menos o terceiro", "anything but the third"
    r"|\bmenos|\bexcept|\bany(?:thing|one)?\s+but|\bsalvo|\btranne|\bausser|\bsauf|\bexceto|\bexcepto"
    r"|\bau\s+lieu\s+d[eu']|\binvece\s+d\w*|\bem\s+vez\s+de"
    r"|\b(?:mejor|peor|mas|meilleure?|pire|plus|melhor|pior|mais)\s+(?:\w+\s+){0,3}que"
    r"|\b(?:migliore|peggiore|meglio|peggio|piu)\s+(?:\w+\s+){0,3}(?:di|della|del|dell')"
    r"|\b(?:although|though|even\s+if|aunque|obwohl|auch\s+wenn|bien\s+que|meme\s+si|embora"
    r"|mesmo\s+que|anche\s+se|sebbene|benche))"
    r"\s*(?:" + _NOUN + r"\s+|" + _DET + r"\s*)?$"
)
# Before a letter: the one a "worse" is compared with ("A is worse than B").
_UP_BEFORE = re.compile(
    r"\b(?:worse|peor|schlechter|pire|pior|peggiore|peggio)\s+(?:than|que|als|di|della|del)"
    r"\s*(?:" + _NOUN + r"\s+|" + _DET + r"\s*)?$"
)
_BUT = re.compile(r"\b(?:but|however|pero|sino|aber|sondern|mais|mas|porem|ma)\b")
_REASON = re.compile(
    r"\b(?:because|since|as|cause|porque|pues|ya\s+que|weil|denn|da|parce\s+qu\w*|car"
    r"|puisque|pois|perche|siccome|poiche)\b"
)
# A letter that opens the reply as a clause of its own ("La B. La A ajoute Paris", "B, A
# adds a city"): the pick, and the other letter is named in its reason.
_OPENING = re.compile(rf"^\W*(?:{_DET}\s+|{_NOUN}\s+){{0,2}}([a-z])\s*[,.:;]")
_NEITHER = re.compile(
    r"\b(?:both|neither|equally|either|ambas|ambos|ninguna|ninguno|beide|keine|gleich\s+gut"
    r"|les\s+deux|aucune|nenhuma|nenhum|entrambe|entrambi|nessuna|nessuno)\b"
)
# An upper-case A that is the article starting a sentence ("A summary must be exact"):
# followed by a lower-case word that is none of these.
_A_AS_LETTER_NEXT = re.compile(
    r"^\s+(?:is|was|has|had|does|did|seems|reads|sounds|looks|gets|makes|and|or|vs|over|I"
    r"|wins|won|gives|answers|covers|explains|follows|keeps|sticks|stays|uses|includes|adds"
    r"|invents|misses|lacks|fails|mentions|contains|gets|isn'?t|wasn'?t|doesn'?t|n'est|no|nao"
    r"|non|nicht"
    r"|es|tiene|y|o|ist|hat|und|oder|est|a|et|ou|e|tem|ha|ed)\b|^\s*(?:[^\w\s]|$)"
)

# fmt: off
_ORDINALS: tuple[tuple[int, str], ...] = (
    (0, r"first|former|1st|primera|primero|primer|erste|ersten|erstere|premiere|premier"
        r"|primeira|primeiro|prima|primo|1[oa]|1er|1re"),
    (1, r"second|2nd|segunda|segundo|zweite|zweiten|deuxieme|seconde|seconda|secondo|2[oa]|2e"),
    (2, r"third|3rd|tercera|tercero|tercer|dritte|dritten|troisieme|terceira|terceiro|terza|terzo"
        r"|3[oa]|3e"),
    (3, r"fourth|4th|cuarta|cuarto|vierte|vierten|quatrieme|quarta|quarto|4[oa]|4e"),
    (-1, r"last|latter|ultima|ultimo|letzte|letzten|letztere|derniere|dernier"),
)
# fmt: on


def ordinal_words(n: int) -> str | None:
    """The words, in the six languages, for the ``n``-th (from 1), as an alternation."""
    return next((words for index, words in _ORDINALS if index == n - 1), None)


_ENGLISH_PLACES = frozenset({"first", "former", "second", "third", "fourth", "last", "latter"})
_NOT_A_PLACE = re.compile(
    r"^\s+(?:time|of\s+all|glance|place|impression|thought|vez|lugar|mal|fois|abord|volta"
    r"|vista|luogo"
    # a day or a month counted, no place in a list: "desde o primeiro dia", "le premier mois"
    r"|days?|weeks?|months?|years?|dias?|semanas?|mes(?:es)?|anos?|jours?|semaines?|mois"
    r"|ans?|annees?|tag\w*|woche\w*|monat\w*|jahr\w*|giorn[oi]|settiman[ae]|mes[ei]|ann[oi])\b"
)


def _flat(text: str) -> str:
    """Accent-free, with its case kept."""
    return strip_accents(text.replace("\u2019", "'"))


def letter_choices(choices: tuple[str, ...]) -> bool:
    return len(choices) >= 2 and all(len(c) == 1 and c.isalpha() for c in choices)


# How strongly a mention names the pick: praised ("B is better", "I pick B", "B" alone),
# named ("Response B", "la B"), or only an upper-case letter standing alone.
PRAISED, NAMED, BARE = 2, 1, 0
Mention = tuple[int, str, int]  # position, choice, strength


def _mentions(text: str, letters: dict[str, str]) -> list[Mention]:
    """Each letter named, with how strongly."""
    low = text.lower()
    found: dict[int, tuple[str, int]] = {}
    patterns = [
        (rf"\b{_NOUN}\s*[:#]?\s*([a-z])\b", NAMED),
        (r"(?:^|[\s(])l'([a-z])\b", NAMED),
        (rf"\b{_DET}\s+([a-z])\b(?!')", NAMED),
        (rf"\b{_VERB}\s+(?:{_DET}\s+|{_NOUN}\s+)?([a-z])\b(?!')", PRAISED),
        (rf"\b([a-z]){_COPULA}\s+{_GAP}{_BETTER}\b", PRAISED),
        (rf"^\W*(?:{_DET}\s+|{_NOUN}\s+)?([a-z])\W*$", PRAISED),
        (r"^\W*([a-z])\s*[).:]", PRAISED),  # "b) because it is accurate"
    ]
    for pattern, level in patterns:
        for m in re.finditer(pattern, low):
            letter = m.group(1)
            if letter in letters and not _a_article(m, text):
                old = found.get(m.start(1), ("", -1))[1]
                found[m.start(1)] = (letters[letter], max(level, old))
    for m in re.finditer(r"(?<![\w'])([A-Z])(?![\w'])", text):
        letter = m.group(1).lower()
        if letter not in letters or m.start(1) in found:
            continue
        if letter == "a" and not _A_AS_LETTER_NEXT.match(text[m.end(1) :]):
            continue  # "A summary must ...": the article
        found[m.start(1)] = (letters[letter], BARE)
    return sorted((p, c, level) for p, (c, level) in found.items())


# Portuguese weekdays are ordinals: "de segunda a sábado" names no second choice.
_PT_DAY = r"(?:segunda|terca|quarta|quinta|sexta|sabado|domingo)(?:[-\s]feira)?s?"
_PT_DAYS = re.compile(
    rf"(?<!\w){_PT_DAY}\s+(?:a|ate|e|ou)\s+(?:a\s+)?{_PT_DAY}(?!\w)|(?<!\w)\w+[-\s]feiras?"
)


# An ordinal names a place in the list after an article ("the first", "la primera", "die
# erste"), before "one" or "option", or as a reply of a few words ("first", "primera").
_BARE_PLACE_WORDS = 3
_PLACE_DET = re.compile(
    r"(?<!\w)(?:the|el|la|lo|los|las|le|les|l'|il|i|o|a|os|as|der|die|das|den|dem|des)\s*$"
)
_PLACE_NOUN = re.compile(
    r"\s+(?:one|option|choice|opcion|opcao|opzione|variante|possibilite|possibilita"
    r"|alternativa|alternative)\b"
)


def _places(choices: tuple[str, ...], low: str) -> list[Mention]:
    """Each choice named by its place ("the second one", "la primera")."""
    found = []
    days = [m.span() for m in _PT_DAYS.finditer(low)]
    for index, words in _ORDINALS:
        for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", low):
            if _NOT_A_PLACE.match(low[m.end() :]) or not -len(choices) <= index < len(choices):
                continue
            if re.search(r"\ben\s+$", low[: m.start()]):
                continue  # "arrêté l'école en seconde", "en premier": no place in a list
            if any(a <= m.start() < b for a, b in days):
                continue
            if not (
                len(low.split()) <= _BARE_PLACE_WORDS
                or _PLACE_DET.search(low[: m.start()])
                or _PLACE_NOUN.match(low[m.end() :])
            ):
                continue  # "check with the missus first", "prima devo sentire": no place
            if (
                m.group() in _ENGLISH_PLACES
                and len(low.split()) > _BARE_PLACE_WORDS
                and not re.search(r"\bthe\s*$", low[: m.start()])
                and not _PLACE_NOUN.match(low[m.end() :])
            ):
                continue  # "unter der Last sperren": the German load, no last choice
            praised = re.match(rf"(?:\s+\w+)?{_COPULA}\s+{_GAP}{_BETTER}\b", low[m.end() :])
            found.append((m.start(), choices[index], PRAISED if praised else NAMED))
    return found


def _a_article(m: re.Match[str], text: str) -> bool:
    # "I'd pick a response that...": a lower-case "a" before a word is the article.
    return text[m.start(1)] == "a" and bool(re.match(r"\s+[a-z]{2,}", m.string[m.end(1) :]))


def read_letters(choices: tuple[str, ...], text: str) -> str | bool | None:
    """The letter picked: a choice; False when the reply names no single one (both,
    neither, two letters with nothing to tell them apart); None when it names none."""
    flat = _flat(text)
    low = flat.lower()
    mentions = _mentions(flat, {c.lower(): c for c in choices})
    if not mentions:
        return False if _NEITHER.search(low) else None
    return _decide(choices, low, mentions)


def read_place(choices: tuple[str, ...], flat: str) -> str | None:
    """The choice named by its place ("the second one", "la primera"), on accent-free lower
    case text; None when no single place is named. Where the choices are themselves named
    by ordinals ("primera quincena", "segunda quincena"), an ordinal names the choice of
    that ordinal, in any of the six languages ("la deuxième quinzaine"), not a place."""
    by_word = {
        index: choice
        for choice in choices
        for index, words in _ORDINALS
        if re.search(rf"(?<!\w)(?:{words})(?!\w)", _flat(choice).lower())
    }
    if by_word:
        # not one turned down: "qualquer um menos o terceiro" names no third shift
        said = {
            i
            for i, words in _ORDINALS
            for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", flat)
            if not _DOWN_BEFORE.search(flat[max(0, m.start() - 40) : m.start()])
        }
        named = {by_word[i] for i in said if i in by_word}
        return named.pop() if len(named) == 1 else None
    mentions = _places(choices, flat)
    picked = _decide(choices, flat, mentions) if mentions else None
    return picked if isinstance(picked, str) else None


def _decide(choices: tuple[str, ...], low: str, mentions: list[Mention]) -> str | bool | None:
    kept, down = [], set()
    for pos, choice, level in mentions:
        before = low[max(0, pos - 40) : pos]
        end = pos + len(low[pos:].split(maxsplit=1)[0].rstrip(".,;:!?)"))  # the word named
        after = low[end : end + 60]
        if _UP_BEFORE.search(before):
            kept.append((pos, choice, PRAISED))
        elif _DOWN_BEFORE.search(before) or _DOWN_AFTER.match(after):
            down.add(choice)
        else:
            kept.append((pos, choice, level))
    named = {c for _, c, _ in kept}
    if len(named) > 1:
        named = _settle(low, kept)
    if len(named) == 1:
        return next(iter(named))
    if not named and len(down) == 1 and len(choices) == 2:
        return next(c for c in choices if c not in down)  # "not A": B
    return False if named or down else None


def _settle(low: str, kept: list[Mention]) -> set[str]:
    """Two choices named: the one named most strongly; the one after a "but"; the one
    before a reason; the one the reply opens with, alone in its clause."""
    top = max(level for _, _, level in kept)
    strongest = {c for _, c, level in kept if level == top}
    if len(strongest) == 1:
        return strongest
    but = _BUT.search(low)
    if but is not None:
        after = {c for p, c, _ in kept if p > but.end()}
        if len(after) == 1:
            return after
    reason = _REASON.search(low)
    if reason is not None:
        before = {c for p, c, _ in kept if p < reason.start()}
        if len(before) == 1:
            return before
    opening = _OPENING.match(low)
    # Not when each letter stands alone ("A: wrong. B: right"): each is judged in turn.
    if opening is not None and not any(
        re.match(r"\s*[,.:;]", low[p + 1 :]) for p, _, _ in kept if p != opening.start(1)
    ):
        first = {c for p, c, _ in kept if p == opening.start(1)}
        if len(first) == 1:
            return first
    return {c for _, c, _ in kept}
