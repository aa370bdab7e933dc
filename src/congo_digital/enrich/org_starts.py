"""Where an organisation's name starts in a capitalised run (``org_named._trim_start``):
an article or a particle opening the run is the name's own when it opens a city's name
("El Paso Electric") or is a name particle ("De Beers"); other articles, function words
and common prose opening a sentence ("Members of ...", "Hier la Banque ...") are not.
Words: ``cues.json`` ``determiners``, ``name_particles``, ``org_keywords``, ``org_types``,
``romance_body_heads``; frequencies: wordfreq.
"""

from __future__ import annotations

from congo_digital.enrich.lexicon import place, zipf
from congo_digital.enrich.org_claims import OrgClaims, is_org_keyword
from congo_digital.enrich.org_parts import kind_words
from congo_digital.enrich.tokens import Token, cue_set

# wordfreq Zipf (English) from which a particle opening a sentence is an English word ("Do"
# 6.35), not a name's ("De" 5.23 and "Al" 5.16, from names; "Von" 4.17)
ENGLISH_WORD_ZIPF = 6.0
# wordfreq Zipf from which a sentence's first word is common prose ("Members" 4.7, "Defeating"
# 3.7), not a name's first word
COMMON_OPENING_ZIPF = 3.5
_CLAUSE_MARKS = frozenset("–—-:")
"""Marks after which a word opens a clause as it opens a sentence ("Paris, 10 juin 2025 – Hier …")."""


def place_article(c: OrgClaims, s: int, j: int) -> bool:
    """The capitalised article at ``s`` and the word after it name a city (``lexicon.place``)
    inside the run ``[s, j)``: "El Paso Electric" keeps its article; not when that word is
    an organisation keyword or a type noun, the body's head ("El Banco de España", though
    El Banco is a town)."""
    toks = c.toks
    return s + 2 < j and toks[s].cap and toks[s].norm in cue_set("determiners") and not (
        is_org_keyword(toks[s + 1]) or toks[s + 1].norm in cue_set("org_types")) and place(
        f"{toks[s].text} {toks[s + 1].text}")


def particle_kept(c: OrgClaims, s: int, j: int) -> bool:
    """The capitalised word at ``s`` is a name's particle before the rest of the run ``[s,
    j)`` ("De Beers", "Van Oord", "Del Monte"; ``cues.json`` ``name_particles`` but the
    articles), not a preposition opening a sentence: inside a sentence, or in English,
    which has no such word but "Do" (wordfreq Zipf ``ENGLISH_WORD_ZIPF`` or more: "Do Banks
    Lend")."""
    toks = c.toks
    t = toks[s]
    if not (s + 1 < j and t.cap and not t.upper and toks[s + 1].cap and t.norm in cue_set("name_particles")) or (
            t.norm in cue_set("determiners")):
        return False
    if s > 0 and toks[s - 1].sent == t.sent:
        return True
    return (c.doc.lang or "").lower().startswith("en") and zipf(t.norm, "en") < ENGLISH_WORD_ZIPF


def heads_body(t: Token) -> bool:
    """A body's head word after an article ("Banque", "Cour", "Ministry": an organisation
    keyword, ``org_types``, ``romance_body_heads``), so the word before the article opens
    the sentence, not the name."""
    return is_org_keyword(t) or t.norm in cue_set("org_types") or t.norm in cue_set("romance_body_heads")


def common_opening(c: OrgClaims, s: int, j: int) -> int:
    """How many words of the run ``[s, j)`` that opens a sentence (or a clause after a dash
    or a colon, as after a dateline) are common prose, not
    the name: a plural common noun and a linker ("Members of United Auto Workers",
    "Thousands of ..."), a word before an article and a body's head word ("Hier la Banque de
    France": ``heads_body``), or in English a common verb in "-ing" ("Defeating Weibo
    Gaming"); 0 when none.  Common: wordfreq Zipf of ``COMMON_OPENING_ZIPF`` or more, no
    kind word ("Friends" is; "Bank of England", "Reading" the city are not)."""
    toks = c.toks
    t = toks[s]
    opens = s == 0 or toks[s - 1].sent != t.sent or toks[s - 1].text in _CLAUSE_MARKS  # "Paris, 10 juin – Hier la …"
    if j - s < 2 or not opens or is_org_keyword(t) or (
            t.norm in kind_words() or t.norm in cue_set("org_state_heads") or place(t.text)):
        return 0
    lang = (c.doc.lang or "").lower()
    if j - s >= 3 and t.norm.endswith("s") and toks[s + 1].norm in cue_set("org_linkers"):
        words = 2
    elif j - s >= 3 and toks[s + 1].norm in cue_set("determiners") and heads_body(toks[s + 2]):
        words = 1  # "Hier la Banque de France", "Ensuite la Cour": an adverb before the article
    elif lang.startswith("en") and t.norm.endswith("ing") and len(t.norm) > 5:
        words = 1
    else:
        return 0
    # the frequency last: a first call loads the word list's slice (a cold start paid it for every opening)
    return words if zipf(t.norm, c.doc.lang) >= COMMON_OPENING_ZIPF else 0
