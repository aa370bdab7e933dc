"""The first word of a capitalised run that is no part of the name after it: a letter
alone, a common word opening a sentence, a common word before a given name, a province;
and a name particle ending the run ("Luigi Di" before a word that is no name's).

Zipf frequencies are wordfreq's (``lexicon.zipf``); given names are ``lexicon.first_name``'s
(``data/first_names.json``); months that are given names are ``people_calendar``'s.
"""

from __future__ import annotations

from congo_digital.enrich.lexicon import first_name, subdivision, zipf
from congo_digital.enrich.people_calendar import given_month
from congo_digital.enrich.people_scope import PARTICLES, PeopleScope

# Zipf frequencies (wordfreq) past which a word is common: a sentence's first word, a word
# before a given name ("Frenchman Corentin")
COMMON_OPENER = 4.0
COMMON_BEFORE_NAME = 3.0
_OPENING_MARKS = frozenset("« \" “ ‘ ( [ „ ‚ ¿ ¡ — –".split())
_AGE_MARKS = frozenset({("(", ")"), (",", ",")})  # the marks around an age after a name


def name_bounds(s: PeopleScope, i: int, j: int) -> tuple[int, int]:
    """The run ``[i, j)`` of capitalised name words without the first words that are no part
    of the name (``not_name_start``: "Esteri Luigi Di Maio", "Politica Luigi ...") and
    without the name particles (``cues.json`` ``name_particles``) that end it: no name ends
    on one ("Luigi Di" of "Luigi Di" and a word the run does not take); at least one word."""
    while j - i > 1 and not_name_start(s, i, j):
        i += 1
    while j - i > 1 and s.toks[j - 1].norm in PARTICLES:
        j -= 1
    return i, j


def not_name_start(s: PeopleScope, i: int, j: int) -> bool:
    """The first token of the run ``[i, j)`` is not part of the name: a letter alone
    ("V Evropské"), a common word opening a sentence ("Although Lucasfilm", "Ifølge
    Reuters"; in German, which capitalises its nouns, anywhere: "ihr Bruder Hanno"), or a
    common word before a given name ("Frenchman Corentin Moutet", "Twitter Gary
    Lineker"; not of two words before an age: "Jin Lee, 41,"), a member of a body the
    text names, before a given name ("former Laker Tom Reyes", the Lakers), a province or region that
    is no given name (``lexicon.subdivision``), or a word of the
    language's list (Zipf ``COMMON_BEFORE_NAME`` or more) that the English list lacks and
    that opens every sentence the text prints it in, before a word that is no given name
    ("Kupříkladu Slovinsko": an adverb; the English list holds the names of people written
    in any language, "Royce Adams").  Given names themselves stay."""
    toks = s.toks
    t = toks[i]
    if len(t.text) == 1:
        return True
    if first_name(t.norm) or given_month(s, i):
        return False  # "May Tanner": a month that is a given name (``people_calendar``)
    if subdivision(t.text):
        return True  # a province before a name: "Gauteng Cogta" (the province's department)
    f = zipf(t.norm, s.doc.lang)
    opens = opens_sentence(s, i)
    if f >= COMMON_OPENER and (opens or german(s)):
        return True  # (German capitalises its nouns: "ihr Bruder Hanno")
    if f >= COMMON_BEFORE_NAME and first_name(toks[i + 1].norm) and not (j - i == 2 and age_after(s, j)):
        return True  # (an age after two words names them both: "Jin Lee, 41,")
    if j - i >= 3 and first_name(toks[i + 1].norm) and any((t.norm + "s",) in o.forms for o in s.orgs):
        return True  # a member of a body of the text: "former Laker Tom Reyes" (the Lakers)
    # a word of the language's list that English lacks, only ever opening sentences, before
    # no given name ("Kupříkladu Slovinsko"; not "Royce Adams": English lists names)
    return opens and f >= COMMON_BEFORE_NAME and not first_name(toks[i + 1].norm) and (
        zipf(t.norm, "en") == 0) and all(opens_sentence(s, k) for k in s.doc.where()[t.norm])


def age_after(s: PeopleScope, j: int) -> bool:
    """"Udo Wachtveitl (62)", "Ana Ruiz, 41, of Leeds": an age in brackets or between
    commas right after the name ending before ``j`` (a number of one to three digits)."""
    toks = s.toks
    return j + 2 < len(toks) and (toks[j].text, toks[j + 2].text) in _AGE_MARKS and (
        toks[j + 1].text.isdigit()) and len(toks[j + 1].text) <= 3 and toks[j + 2].sent == toks[j].sent


def german(s: PeopleScope) -> bool:
    """The text is German, which capitalises every noun."""
    return (s.doc.lang or "").lower().startswith("de")


def opens_sentence(s: PeopleScope, i: int) -> bool:
    """The token at ``i`` opens a sentence (or follows an opening mark: a quote, a bracket)."""
    toks = s.toks
    return i == 0 or toks[i - 1].sent != toks[i].sent or toks[i - 1].text in _OPENING_MARKS
