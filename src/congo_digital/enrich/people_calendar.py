"""Calendar words that open a person's name: a month that is also a given name ("Jan
Novák", "May Tanner", "June Holloway") and a month or day that a recogniser's person span
takes in ("Julio Martínez Roque", "Domingo José Ramos"); and one that ends it as a
surname after a name's particle ("Luigi Di Maio": "maio" is the Portuguese May), as a
place word does ("Pedro Sánchez del Río").

Words from ``data/cues.json``: ``calendar``, ``calendar_given_names``, ``place_words``,
``place_surname_particles``, and the words that
make a month a date (``prepositions``, ``before_calendar``, ``date_leads``,
``conjunctions``).
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.lexicon import zipf
from congo_digital.enrich.people_scope import PARTICLES, PeopleScope
from congo_digital.enrich.tokens import cue_set, cue_union

# "jan", "may", "june": months that are also given names; and "bill", a word of a law's name
GIVEN_MONTHS = cue_set("calendar_given_names") | cue_set("common_given_names")
SURNAME_MONTHS = cue_set("calendar_surnames")  # "may", "march": also surnames
RARE_AFTER_PARTICLE = 3.5  # Zipf (wordfreq) under which a word after "Jan de" is a surname
_PLACE_WORDS = cue_set("place_words")  # "río", "mont": a surname after a Romance particle
_PLACE_PARTICLES = cue_set("place_surname_particles")


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
    letters only ("Jan." is a date's), before a capitalised word of the same sentence (or a
    name particle and a rare word, Zipf under ``RARE_AFTER_PARTICLE``: "Jan de Vries", not
    "Mar del Norte") that the text never writes in lower case ("May Tanner", not "May Day" when the text
    also says "day"; a surname may be a town's name too: "June Holloway"), and after no
    number or date word ("15 June Johnson", "in May Smith": a date before a sentence's
    subject)."""
    toks, n = s.toks, len(s.toks)
    t = toks[i]
    if t.norm not in GIVEN_MONTHS or not t.text.isalpha() or t.upper or i + 1 >= n:
        return False
    nxt = toks[i + 1]
    if nxt.norm in PARTICLES and i + 2 < n and not nxt.cap:
        nxt = toks[i + 2]  # "Jan de Vries", not "Mar del Norte": a rare word after the particle
        if zipf(nxt.norm, s.doc.lang) >= RARE_AFTER_PARTICLE:
            return False
    if nxt.sent != t.sent or not nxt.cap or not nxt.is_word or nxt.upper or nxt.norm in s.lower_words:
        return False
    return not _dated(s, i - 1, t.sent)


def given_month(s: PeopleScope, i: int) -> bool:
    """The word at ``i`` is a month that opens a person's name as a given name
    (``month_given_name``: "Mar García", "May Tanner")."""
    return s.toks[i].norm in GIVEN_MONTHS and month_given_name(s, i)


def month_surname(s: PeopleScope, k: int, given: bool) -> bool:
    """The capitalised word at ``k`` is a month that is a surname (``cues.json``
    ``calendar_surnames``: "Theresa May", "Fredric March"): capitalised, in letters only, before
    no number ("May 5") and, unless ``given`` (the word before it is a known given name of
    the same sentence), after no number or date word ("in May", "15 May", "since March")
    and before no capitalised word ("May Tanner" is a given name's)."""
    toks, n = s.toks, len(s.toks)
    t = toks[k]
    if t.norm not in SURNAME_MONTHS or not t.cap or not t.text.isalpha() or t.upper:
        return False  # (capitalised: "Villa may have", "John may win" hold the verb)
    if k + 1 < n and toks[k + 1].sent == t.sent and any(ch.isdigit() for ch in toks[k + 1].text):
        return False
    if given:
        return True
    return not (k + 1 < n and toks[k + 1].cap and toks[k + 1].sent == t.sent) and not _dated(s, k - 1, t.sent)


def calendar_given_name(s: PeopleScope, i: int, j: int) -> int:
    """The start of the run ``[i, j)`` with the capitalised calendar word before it that a
    recogniser's person span takes in ("Julio Martínez Roque", "Domingo José Ramos":
    months and days that are given names, ``cues.json`` ``calendar``); else ``i``."""
    toks = s.toks
    k = i - 1
    if k < 0 or not toks[k].cap or toks[k].norm not in cue_set("calendar") or toks[k].sent != toks[i].sent:
        return i
    return k if any(a <= k and j <= b for a, b in s.recognised or ()) else i



def particle_surname(s: PeopleScope, k: int, ok: set[int]) -> int:
    """How many tokens from ``k`` a name run after a name's word (``ok``: the name words'
    token indices) takes as a particle and a surname that is a calendar word (``cues.json``
    ``calendar``: a month or a day in any language): 1 for the calendar word at ``k`` after a
    capitalised particle (``name_particles``) that the run holds ("Luigi Di Maio": "maio" is
    the Portuguese May), 2 for a capitalised particle at ``k`` that is no name word and such
    a word after it ("Luís De Abril"); else 0.  Not a date ("de mayo" is in lower case).
    A place word (``place_words``) after a Romance particle (``place_surname_particles``, in
    either case) after a name word is a surname as well, unless a capitalised word follows
    ("Pedro Sánchez del Río", not "Juan Pérez del Río Grande").
    A particle and surname so read after a name word are kept (``s.particle_surnames``), and
    the same two words later in the text are that surname without the given name ("Di Maio
    said", after "Luigi Di Maio")."""
    toks, n = s.toks, len(s.toks)
    if toks[k].norm in PARTICLES and k not in ok and k + 1 < n:
        return 2 if particle_surname(s, k + 1, ok | {k}) else 0
    t, particle = toks[k], toks[k - 1]
    if not (k >= 1 and t.cap and t.text.isalpha() and not t.upper and not t.ignored and particle.norm in PARTICLES
            and particle.sent == t.sent and k not in s.country_at and k not in s.org_at):
        return 0
    if t.norm in _PLACE_WORDS and particle.norm in _PLACE_PARTICLES:
        # "Pedro Sánchez del Río": after a name word, unless a capitalised word goes on ("del Río Grande")
        return int(k >= 2 and k - 2 in ok and toks[k - 2].sent == t.sent and not (k + 1 < n and toks[k + 1].cap))
    if t.norm not in cue_set("calendar") or not particle.cap:
        return 0
    pair = (particle.norm, t.norm)
    if k >= 2 and k - 2 in ok and toks[k - 2].sent == t.sent:
        s.particle_surnames.add(pair)
        return 1
    return int(pair in s.particle_surnames)
