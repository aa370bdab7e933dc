"""Which parts of an organisation's name can stand for it later (its short forms).

A short form is the name's distinctive head: not a dependent printed after a lower-case
word (a preposition or a genitive: "Service de police de la Ville de Montréal",
"Alternatywy dla Niemiec", "Окружного административного суда Киева"), not a place (a
country or region of the gazetteer, a city: "Lindi Municipal Council"), and a single word
only when it is rare in the language (not a kind word such as "Administration") or leads
a kind word ("Labour Party").  Used by ``org_forms`` for later mentions and merges;
``merge_variants`` folds two spellings of one name into one organisation.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from itertools import groupby
from operator import itemgetter

from congo_digital.enrich.countries import gazetteer
from congo_digital.enrich.lexicon import place, zipf
from congo_digital.enrich.org_claims import Org, OrgClaims
from congo_digital.enrich.tokens import Token, cue_set

# wordfreq Zipf from which one word of a name is a common (kind) word, no short form: set on
# the real corpus's even half ("Administration" 4.9, "Economics" 4.4, "Citibus" 0)
KIND_ZIPF = 4.0


def distinctive(c: OrgClaims, words: list[Token], size: int, trailing: bool) -> bool:
    """Whether the first (or, ``trailing``, last) ``size`` name words can stand for the
    whole name: not a dependent after a lower-case word ("Ville de Montréal", "Alternatywy
    dla Niemiec", "суда Киева") unless that word follows a kind word ("Club de
    Fès-Atlas"); not a place of the gazetteer or a city ("Lindi Municipal Council",
    "Gauteng …"; but "West Ham" of a club); one word only if rare in the language
    (``KIND_ZIPF``; not a kind word: "Federal Aviation Administration"), the leading word
    before a kind word ("Labour Party") or a club's; no one word that the text also writes
    in lower case ("the labour market": "Labour" is no "Labour Force Survey")."""
    part = words[-size:] if trailing else words[:size]
    if trailing and not words[-size - 1].cap and not (
            size + 2 <= len(words) and words[-size - 2].norm in kind_words()):
        return False  # "… de Montréal", but "Racing Club de Fès-Atlas": a kind word, then its name
    if place_part(c, words, part):
        return False
    if trailing and _own_name(c, words, part):
        return False
    if size > 1 or _club(c, words):
        return True
    if part[0].norm in c.lower_words:
        return False  # the text writes the word in lower case: "Labour" of "Labour Force Survey"
    return zipf(part[0].text, c.lang) < KIND_ZIPF or not trailing and words[1].norm in kind_words()


def _own_name(c: OrgClaims, words: list[Token], part: list[Token]) -> bool:
    """The trailing ``part`` of a name is a body's full name of its own: a kind word, a
    linker and a name ("Bank of Canada" in "Royal Bank of Canada", "Institute of Optics"
    in "Hartwell Institute of Optics"), after leading words that are no place or
    nationality ("U.S." of "U.S. Department of Justice" only says whose department it is)."""
    return (len(part) >= 3 and part[0].norm in kind_words() and part[1].norm in cue_set("org_linkers")
            and not place_part(c, words, words[:len(words) - len(part)]))


def part_reading(c: OrgClaims, name: str, words: list[Token], size: int, trailing: bool,
                 place: bool = False) -> bool:
    """``distinctive`` (or, ``place``, ``place_part``) of the first (or, ``trailing``, last)
    ``size`` words of the name ``name`` (its word tokens ``words``), read once per article
    and kept in ``c.part_readings`` (key: ``(name, size, trailing, place)``): ``org_forms``'
    two scans for short forms and its merge ask for the same parts of the same names."""
    key = (name, size, trailing, place)
    got = c.part_readings.get(key)
    if got is None:
        got = c.part_readings[key] = place_part(c, words, words[-size:] if trailing else words[:size]) if (
            place) else distinctive(c, words, size, trailing)
    return got


def _club(c: OrgClaims, words: list[Token]) -> bool:
    """A name with no kind word in a report of results (a score printed): a club, whose
    city and common words stand for it ("West Ham", "Dortmund")."""
    return c.results and not any(w.norm in kind_words() for w in words)


def place_part(c: OrgClaims, words: list[Token], part: list[Token]) -> bool:
    """Whether ``part`` of a name (``words``) is a country or region of the gazetteer or
    a city (``lexicon.place``), except a city in a club's name (``_club``)."""
    if len(part) == 1:  # (most parts: one word, read without building its words)
        w = part[0]
        return (w.norm,) in gazetteer()[0] or not _club(c, words) and place(w.text)
    return tuple(w.norm for w in part) in gazetteer()[0] or not _club(c, words) and place(
        " ".join(w.text for w in part))


@cache
def kind_words() -> frozenset[str]:
    """The words naming a kind of organisation ("Party", "Council", "Bank"; not the
    generic "United" of "West Ham United")."""
    return (cue_set("org_keywords") | cue_set("org_types") | cue_set("kind_after_name")) - cue_set("org_generic_words")


def fold(c: OrgClaims, big: Org, o: Org) -> None:
    """Give ``o``'s mentions, forms and type to ``big``; ``o``'s name becomes an alias."""
    big.mentions += o.mentions
    big.forms |= o.forms
    big.aliases.append(o.name)
    big.typed = big.typed or o.typed
    for a, b in o.mentions:
        for k in range(a, b):
            c.claimed[k] = big
    o.mentions = []


# letters of a name from which two spellings that differ only by accents or a doubled
# letter are one name (a transliteration: "Tehreek-e-Insaf", "Tehreek-e-Insaaf")
VARIANT_MIN_LETTERS = 10


def variant_key(name: str, lang: str = "") -> str:
    """``name`` folded: letters only, case and accents dropped, a doubled letter once; in
    German (``lang`` "de") an adjective's ending too, on every word but the last
    ("Deutschen Bank", "Deutsche Bank"; "Bayerischer", "Bayerischen Rundfunk")."""
    words = name.casefold().split()
    if lang == "de":
        words = [w[:-1] if k < len(words) - 1 and len(w) > 5 and w[-2] == "e" and w[-1] in "nrsm" else w
                 for k, w in enumerate(words)]
    # (the letters and each run of one letter once, in C)
    return "".join(map(itemgetter(0), groupby(filter(str.isalpha, unicodedata.normalize("NFKD", " ".join(words))))))


@cache
def _legal_tails() -> frozenset[str]:
    """The legal forms that may end a company's name, folded as ``without_legal_form``
    reads them (``cues.json``: ``legal_forms``, ``legal_forms_after_comma``,
    ``legal_form_tails``)."""
    words = cue_set("legal_forms") | cue_set("legal_forms_after_comma") | cue_set("legal_form_tails")
    return frozenset(w.replace(".", "") for w in words)


def without_legal_form(name: str) -> str:
    """``name`` without the legal forms, commas and ampersands that end it ("JPMorgan Chase
    & Co" -> "JPMorgan Chase", "Volkswagen AG" -> "Volkswagen"); a name that is nothing
    else is kept whole."""
    words = name.split()
    tails = _legal_tails()
    end = len(words)
    while end > 1 and (words[end - 1] in ("&", ",") or words[end - 1].casefold().strip(",").replace(".", "") in tails):
        end -= 1
    return " ".join(words[:end]).rstrip(",") if end < len(words) else name


def merge_variants(c: OrgClaims) -> None:
    """Fold the found (not known) organisations whose names are spellings of one name
    (``variant_key`` of the name without its legal form, ``without_legal_form``;
    ``VARIANT_MIN_LETTERS`` letters or more) into the most mentioned: "JP Morgan Chase"
    and "JPMorgan Chase & Co"."""
    groups: dict[str, list[Org]] = {}
    for o in c.orgs:
        if o.mentions and not o.known:
            key = variant_key(without_legal_form(o.name), c.lang)
            if len(key) >= VARIANT_MIN_LETTERS:
                groups.setdefault(key, []).append(o)
    for same in groups.values():
        if len(same) > 1:
            big = max(same, key=lambda x: len(x.mentions))
            for o in same:
                if o is not big:
                    fold(c, big, o)


def speaks_for(c: OrgClaims, k: int) -> bool:
    """The one-word name at token ``k`` has a spokesperson, printed between an indefinite
    article and a speaker noun (``cues.json`` ``org_speakers``): "a Meta spokesperson
    said", "an Acme spokeswoman": a body that speaks, not a person (one has no
    spokesperson of their own in that form) nor a product."""
    toks = c.toks
    return (0 < k < len(toks) - 1 and toks[k - 1].norm in cue_set("indefinite_articles")
            and toks[k + 1].norm in cue_set("org_speakers") and toks[k + 1].sent == toks[k].sent)
