"""Calendar words that open a person's name: a month that is also a given name ("Jan
Novák", "May Tanner", "June Holloway") and a month or day that a recogniser's person span
takes in ("Julio Martínez Roque", "Domingo José Ramos").

Words from ``data/cues.json``: ``calendar``, ``calendar_given_names``, and the words that
make a month a date (``prepositions``, ``before_calendar``, ``date_leads``,
``conjunctions``).
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.people_scope import PeopleScope
from congo_digital.enrich.tokens import cue_set, cue_union

GIVEN_MONTHS = cue_set("calendar_given_names")  # "jan", "may", "june": also given names


@cache
def _date_words() -> frozenset[str]:
    """The words after which a month is a date ("in May", "since June", "last April")."""
    return cue_union("prepositions", "before_calendar", "date_leads", "determiners", "calendar") - (
        cue_set("conjunctions") | {","})


def _dated(s: PeopleScope, k: int, sent: int) -> bool:
    """The token at ``k`` makes a month after it a date: a number ("15 June"), a date word
    (``_date_words``), or a conjunction or comma after one ("in April and May")."""
    toks = s.toks
    if k < 0 or toks[k].sent != sent:
        return False
    t = toks[k]
    if any(ch.isdigit() for ch in t.text) or t.norm in _date_words():
        return True
    if t.norm in cue_set("conjunctions") or t.text in ",–-/":
        return _dated(s, k - 1, sent) if k >= 1 and toks[k - 1].sent == sent and not toks[k - 1].cap else (
            k >= 1 and toks[k - 1].norm in cue_set("calendar"))
    return False


def month_given_name(s: PeopleScope, i: int) -> bool:
    """The capitalised word at ``i`` is a month that is a given name (``cues.json``
    ``calendar_given_names``: "Jan", "May", "June") opening a person's name: written in
    letters only ("Jan." is a date's), before a capitalised word of the same sentence
    that the text never writes in lower case ("May Tanner", not "May Day" when the text
    also says "day"; a surname may be a town's name too: "June Holloway"), and after no
    number or date word ("15 June Johnson", "in May Smith": a date before a sentence's
    subject)."""
    toks, n = s.toks, len(s.toks)
    t = toks[i]
    if t.norm not in GIVEN_MONTHS or not t.text.isalpha() or t.upper or i + 1 >= n:
        return False
    nxt = toks[i + 1]
    if nxt.sent != t.sent or not nxt.cap or not nxt.is_word or nxt.upper or nxt.norm in s.lower_words:
        return False
    return not _dated(s, i - 1, t.sent)


def calendar_given_name(s: PeopleScope, i: int, j: int) -> int:
    """The start of the run ``[i, j)`` with the capitalised calendar word before it that a
    recogniser's person span takes in ("Julio Martínez Roque", "Domingo José Ramos":
    months and days that are given names, ``cues.json`` ``calendar``); else ``i``."""
    toks = s.toks
    k = i - 1
    if k < 0 or not toks[k].cap or toks[k].norm not in cue_set("calendar") or toks[k].sent != toks[i].sent:
        return i
    return k if any(a <= k and j <= b for a, b in s.recognised or ()) else i
