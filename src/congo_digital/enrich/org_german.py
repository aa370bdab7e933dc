"""One-word names in German, which capitalises every noun: a company named alone
("Volkswagen hat ... vorgestellt") against a common noun ("die Gegenoffensive").

A German common noun in the singular stands after a determiner; a company's name does
not ("Volkswagen hat", "von Volkswagen", "für Volkswagen").  A word printed alone three
times or more with no determiner before it, once opening a sentence as the subject of a
singular verb of action (``cues.json`` ``name_subject_verbs``: "hat", "will", "kündigte";
not "ist": "Zink ist in Käse", a mass noun needs no determiner), is a name.  A rare word that is a
compound of two common words ("Gegen|offensive", "Akku|zellen") is a common noun however
often the headline names it.
"""

from __future__ import annotations

from congo_digital.enrich.lexicon import place, zipf
from congo_digital.enrich.org_claims import OrgClaims
from congo_digital.enrich.org_parts import kind_words
from congo_digital.enrich.tokens import Token, cue_set, cue_union

# wordfreq Zipf (German) from which each part of a compound is a common word ("gegen" 6.0,
# "offensive" 4.0, "zellen" 4.2; not "quantum" 3.3 of "Quantumscape")
PART_ZIPF = 3.5
# wordfreq Zipf from which a word is too common to be read as a name by its verb alone
COMMON_NOUN_ZIPF = 4.5
MIN_HEAD, MIN_TAIL = 3, 4  # letters of a compound's parts


def common_compound(word: str) -> bool:
    """True when ``word`` (a German norm) is a common head and a common tail, both of
    ``PART_ZIPF`` or more, the head allowing a linking "s" ("Volks|wagen"); a tail that
    names a kind of body ("Commerz|bank") makes no common noun."""
    for k in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        tail = word[k:]
        if tail in kind_words() or zipf(tail, "de") < PART_ZIPF:
            continue
        head = word[:k]
        if zipf(head, "de") >= PART_ZIPF or head.endswith("s") and len(head) > MIN_HEAD and (
                zipf(head[:-1], "de") >= PART_ZIPF):
            return True
    return False


def bare_subject(c: OrgClaims, word: str, ks: list[int]) -> bool:
    """In German, ``word`` (a norm) printed alone at ``ks`` names a body: three mentions or
    more, none after a determiner or a number, one opening a sentence as the subject of a
    singular verb; not a
    common word (``COMMON_NOUN_ZIPF``).  A compound of common words may be a name here
    ("Volks|wagen"): a common noun would stand after a determiner."""
    toks, n = c.toks, len(c.toks)
    if len(ks) < 3 or zipf(word, "de") >= COMMON_NOUN_ZIPF:
        return False
    before = cue_union("determiners", "possessives")
    if any(k > 0 and (toks[k - 1].norm in before or toks[k - 1].text.isdigit()) for k in ks):
        return False
    verbs = cue_set("name_subject_verbs")
    return any(k + 1 < n and toks[k + 1].norm in verbs and toks[k + 1].sent == toks[k].sent and (
        k == 0 or toks[k - 1].sent != toks[k].sent) for k in ks)


def article_noun(toks: list[Token], a: int, b: int, lang: str | None) -> bool:
    """In German, the run ``[a, b)`` is a common noun, not a body's name: one word (no
    acronym) after a determiner that the text never prints without one ("Direktorin der
    Grundschule", "Geschäftsführer der Stadtwerke": a kind of body, unnamed).  A name
    stands bare somewhere ("Sprecher von Siemens ... Siemens hat")."""
    if not (lang or "").lower().startswith("de") or b - a != 1 or toks[a].upper or a == 0:
        return False
    before = cue_union("determiners", "possessives")
    word = toks[a].norm
    return toks[a - 1].norm in before and all(
        k > 0 and toks[k - 1].norm in before for k, t in enumerate(toks) if t.norm == word)


def german_description(c: OrgClaims, s: int, j: int, span: list[Token]) -> bool:
    """"das Hamburger Konsortium": in German, a determiner, a place adjective in "-er"
    and a noun describe a body without naming it; so do a determiner, a lower-case
    adjective and one word ("dem dortigen Verwaltungsgericht", "das zuständige
    Amtsgericht"), while "das Bundesverfassungsgericht" names its court."""
    toks = c.toks
    if not (c.doc.lang or "").startswith("de"):
        return False
    if j - s == 1 and s >= 2 and not toks[s - 1].cap and toks[s - 1].is_word and toks[s - 1].norm.endswith(
            ("e", "en", "er", "es", "em")) and toks[s - 2].norm in cue_set("determiners"):
        return True  # "dem dortigen Verwaltungsgericht", "das zuständige Amtsgericht"
    return j - s == 2 and span[0].norm.endswith("er") and s > 0 and toks[s - 1].norm in cue_set("determiners")


def descriptor_compound(c: OrgClaims, s: int) -> bool:
    """In German, the word at ``s`` is a compound naming a kind of body (its ending in
    ``cues.json`` ``descriptor_suffixes``, three letters or more before it: "Technologie|konzern",
    "Auto|bauer", "Mobilfunk|anbieter") and the capitalised word after it, in the same sentence,
    is no place: the compound describes the body whose name follows ("Technologiekonzern
    Siemens", "Autobauer Volkswagen"); "Landgericht Berlin" names a court (not such an ending;
    and a place follows)."""
    toks = c.toks
    if not (c.doc.lang or "").lower().startswith("de") or s + 1 >= len(toks):
        return False
    word, nxt = toks[s], toks[s + 1]
    return word.cap and not word.upper and any(
        word.norm.endswith(x) and len(word.norm) >= len(x) + 3 for x in cue_set("descriptor_suffixes")) and (
        nxt.cap and nxt.is_word and nxt.sent == word.sent and not place(nxt.text))
