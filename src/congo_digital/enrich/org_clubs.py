"""Clubs named by a city and a plural nickname: "Boston Celtics", "Seattle Mariners".

In English, sports clubs are named in the North American way by their city and a plural
nickname that is no organisation keyword.  The city is one of GeoNames' cities or an ISO
3166-2 subdivision (``lexicon.place``) and no given name ("David", "Sydney" are cities
too).  The nickname must look like a name, not a common noun: no given name, rare in
the language (wordfreq Zipf below ``RARE``), never written in lower case in the same
text ("Boston marathons") and no place word (``cues.json`` ``non_name``).  The European
way ("Borussia Dortmund": a word, then the city) is not read in general: too many surnames are
cities ("Clinton", "Moreno"), unless the text reports results
(``results``: a score such as "3:1" or "2-0" is printed) and the city also stands alone
for the club ("Dortmund bleibt ..."): then a word that is no given name, place or common
word, followed by a city, is a club ("Borussia Dortmund", "Eintracht Frankfurt").
"""

from __future__ import annotations

import re

from congo_digital.enrich.lexicon import first_name, place, zipf
from congo_digital.enrich.tokens import Token, cue_set

RARE = 4.5  # Zipf frequency under which a word reads as a name (wordfreq)
MAX_CITY = 3  # tokens of a city's name ("Los Angeles", "Kansas City")
_GOALS = re.compile(r"\d{1,2}$")
_JOINS = (":", "-", "–")  # what joins the two numbers of a score


def _name_word(t: Token, lang: str | None, lower: frozenset[str]) -> bool:
    return (t.is_word and t.cap and not t.upper and not first_name(t.norm)
            and t.norm not in lower and t.norm not in cue_set("non_name")
            and zipf(t.norm, lang) < RARE and not place(t.text))


def club_name(span: list[Token], lang: str | None, lower: frozenset[str]) -> bool:
    """True when ``span`` (two to ``MAX_CITY`` + 1 capitalised tokens) of an English text
    (``lang``) is a city, then a plural nickname ending in "s" ("Boston Celtics");
    ``lower`` holds the words the text writes in lower case."""
    if not 2 <= len(span) <= MAX_CITY + 1 or not (lang or "").lower().startswith("en"):
        return False
    city, last = span[:-1], span[-1]
    return (last.norm.endswith("s") and place(" ".join(t.text for t in city))
            and not any(first_name(t.norm) for t in city) and _name_word(last, lang, lower))


def nickname(t: Token, lang: str | None, lower: frozenset[str]) -> bool:
    """True when ``t`` may be the plural nickname that ends a club's name (``club_name``):
    a name word ending in "s"."""
    return t.norm.endswith("s") and _name_word(t, lang, lower)


def results(toks: list[Token], where: dict[str, list[int]] | None = None) -> bool:
    """True when the text prints a score: two numbers of one or two digits joined by a
    colon or a dash ("3:1", "2-0", "1–1"), no clock time ("at 4:56 p.m.": ``_clock``).
    ``where``: the tokens of each norm (``Doc.where``), when ``toks`` are a ``Doc``'s: then
    only the joins are read."""
    if where is None:
        joins = [k for k in range(1, len(toks) - 1) if toks[k].text in _JOINS]
    else:  # (a join's norm is itself, or "-" for the other hyphens, which are no join)
        joins = [k for w in _JOINS for k in where.get(w, ()) if 0 < k < len(toks) - 1 and toks[k].text in _JOINS]
    return any(_GOALS.match(toks[k - 1].text) and _GOALS.match(toks[k + 1].text) and not (
        toks[k].text == ":" and _clock(toks, k)) for k in joins)


def _clock(toks: list[Token], k: int) -> bool:
    """The colon at ``k`` joins the hours and minutes of a time, not a score: a word for the
    time before it or a marker after it (``cues.json`` ``time_leads``: "at 4:56", "um 18:30";
    ``time_markers``: "18:30 Uhr", "6:00pm", and "4:56 p.m.")."""
    n = len(toks)
    if k >= 2 and toks[k - 2].norm in cue_set("time_leads"):
        return True
    if k + 2 >= n:
        return False
    after = toks[k + 2].norm
    return after in cue_set("time_markers") or after in ("a", "p") and k + 3 < n and toks[k + 3].text == "."


def european_club(span: list[Token], lang: str | None, lower: frozenset[str],
                  alone: int) -> bool:
    """True when ``span`` is a word, then a city ("Borussia Dortmund"), in a text that
    prints results (the caller checks ``results``); ``alone`` counts the city's mentions
    outside the run (one or more needed)."""
    if len(span) != 2 or alone < 1:
        return False
    word, city = span
    return place(city.text) and not first_name(city.norm) and _name_word(word, lang, lower)
