"""Where an organisation's name starts in a capitalised run (``org_named._trim_start``):
an article or a particle opening the run is the name's own when it opens a city's name
("El Paso Electric") or is a name particle ("De Beers"); other articles, and
function words opening a sentence, are not.  Words: ``cues.json`` ``determiners``,
``name_particles``, ``org_keywords``, ``org_types``.
"""

from __future__ import annotations

from congo_digital.enrich.lexicon import place, zipf
from congo_digital.enrich.org_claims import OrgClaims, is_org_keyword
from congo_digital.enrich.tokens import cue_set

# wordfreq Zipf (English) from which a particle opening a sentence is an English word ("Do"
# 6.35), not a name's ("De" 5.23 and "Al" 5.16, from names; "Von" 4.17)
ENGLISH_WORD_ZIPF = 6.0


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
