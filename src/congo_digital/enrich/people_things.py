"""Capitalised runs that name no person: interface labels of page dumps, picture
credits and the names of things (issue #11).

* an interface or ad label opening a line ("Advertisement", "Реклама:") is no part of a
  name on the line before (``layout.json`` ``noise_lines``, ``format_labels``);
* a name in a picture credit ("AP Photo/Name", "Foto: Name/dpa") is a photographer's;
* a name followed by the noun of a thing ("the X party", "X pages"), described by an
  apposition ending in one ("X, the company's new service,"), named by a naming phrase
  ("known as X", "dubbed X") or alone in quotation marks ("pages like “X”") is a thing's
  (``cues.json`` ``thing_nouns``, ``naming_phrases``), and so is a name joined to an
  organisation by the link of a match ("Aston Villa - West Ham": ``match_links``);
* a run opened by a compass or region word names a region ("Upper Midwest": ``cues.json``
  ``region_qualifiers``), and a word and a lone capital letter a grade or a standard
  ("the Athens B standard", "Group C"), unless the first word is a given name ("Malcolm X");
* a name ending in a spelled number ("Marine One", "Formula One": ``cues.json``
  ``number_words``), a maker's product or division ("Apple Pay", "Meta Quest Pro":
  ``product_makers``, ``product_words``), followed by a capitalised observance word ("Holocaust Memorial Day":
  ``observance_words``), opened by a place that is no given name and made of common words
  after it (a hotel, a pier: "Tamworth Holiday Express"), or named right after a role and
  "at" (an employer: "analysts at D.A. Davidson": ``employer_slot_links``) is a thing's;
* a name in a roster closed by "and others" is no one's to read (``in_roster``).
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.lexicon import first_name, place, zipf
from congo_digital.enrich.org_claims import ROMANCE
from congo_digital.enrich.people_calendar import given_month
from congo_digital.enrich.people_scope import COMPLEMENT_LINKS, PARTICLES, PeopleScope
from congo_digital.enrich.tokens import Token, cue_set, role_words
from congo_digital.vocab import phrase_set

OPEN_QUOTES = frozenset("“ \" « „ ‘ '".split())
CLOSE_QUOTES = frozenset("” \" » “ ’ '".split())
COMMON_WORD = 4.0  # wordfreq Zipf: a name made only of words this common is a thing
COMMON_TAIL = 3.0  # wordfreq Zipf: a common last word ("a Chicago Hipster")
# the word lists read at every run (``cues.json``, ``roles.json`` ``heads``)
_CREDIT_MARKERS = cue_set("credit_markers")
_DEFINITE_ARTICLES = cue_set("definite_articles")
_DETERMINERS = cue_set("determiners")
_INDEFINITE_ARTICLES = cue_set("indefinite_articles")
_EMPLOYER_SLOT_LINKS = cue_set("employer_slot_links")
_MATCH_LINKS = cue_set("match_links")
_NAMING_PHRASES = cue_set("naming_phrases")
_NO_PERSON_HEADS = cue_set("no_person_heads")
_NUMBER_WORDS = cue_set("number_words")
_OBSERVANCE_WORDS = cue_set("observance_words")
_PLURAL_NUMBERS = cue_set("plural_numbers")
_PRODUCT_MAKERS = cue_set("product_makers")
_PRODUCT_WORDS = cue_set("product_words")
_RANGE_HEADS = cue_set("range_heads")
_REGION_QUALIFIERS = cue_set("region_qualifiers")
_ROSTER_LINKS = cue_set("roster_links")
_ROSTER_OTHERS = cue_set("roster_others")
_THING_NOUNS = cue_set("thing_nouns")
_HEADS = role_words("heads")


@cache
def _line_labels() -> frozenset[str]:
    """One-word interface and ad labels that make up a line of a page dump ("Advertisement",
    "Реклама:", "Video"): ``layout.json`` ``noise_lines`` and ``format_labels``."""
    return frozenset(w for w in phrase_set("noise_lines") | phrase_set("format_labels")
                     if " " not in w)


def maybe_label(t: Token) -> bool:
    """The token's word is one of the interface and ad labels ``interface_label`` reads."""
    return t.norm in _line_labels()


def interface_label(s: PeopleScope, k: int) -> bool:
    """The token at ``k`` opens its line and is an interface or ad label: a name on the
    line before does not run into it ("Павел Вовк" then "Реклама:")."""
    toks = s.toks
    t = toks[k]
    return k > 0 and t.norm in _line_labels() and "\n" in s.doc.text[toks[k - 1].end:t.start]


def _thing_apposition(s: PeopleScope, j: int) -> bool:
    """An apposition after the name at ``j`` that ends with the noun of a thing:
    "X, the company's newly launched verification program," (not "X, a member of the
    party,": no preposition or link word before the noun, ``cues.json`` ``clause_stops``)."""
    toks = s.toks
    if j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].norm not in _DETERMINERS:
        return False
    for k in range(j + 2, min(len(toks) - 1, j + 8)):
        t = toks[k]
        if not t.is_word and t.norm != "'s" or t.norm in COMPLEMENT_LINKS or t.norm in s.stops:
            return False
        if not t.cap and t.norm in _THING_NOUNS and toks[k + 1].text in ",.;)":
            return True
    return False


def _match_side(s: PeopleScope, i: int, j: int) -> bool:
    """The name ``[i, j)`` and an organisation's mention are joined by a link of a match
    (``cues.json`` ``match_links``: "Aston Villa - West Ham", "Lyon contre Nantes"): the
    name is the other side, a club."""
    toks, links = s.toks, _MATCH_LINKS
    return (j + 1 < len(toks) and toks[j].norm in links and j + 1 in s.org_at) or (
        i >= 2 and toks[i - 1].norm in links and i - 2 in s.org_at)


def common_thing(s: PeopleScope, i: int, j: int) -> bool:
    """The run ``[i, j)`` names a thing, not a person: its last word is also written in
    lower case in the text (a common noun: "Citizen App", "Provincial Government", "Daily
    Show") or all its words are common ones (Zipf ``COMMON_WORD`` or more: "Star Wars"),
    or it follows a determiner and a number from two (``cues.json`` ``plural_numbers``:
    "the six Labour Councillors"; not "Number eight Ixaka Elizondo") or an English
    indefinite article (not the preposition "a" of Spanish: "llaman a Ana Merino") and
    ends in a common word (Zipf ``COMMON_TAIL`` or more: "a Chicago Hipster");
    and its first word is no known given name ("Carly Page" stays, and "Mar García": a
    month that is a given name)."""
    toks = s.toks
    last = toks[j - 1]
    if j - i < 2 or first_name(toks[i].norm) or given_month(s, i):
        return False
    before = toks[i - 1] if i and toks[i - 1].sent == toks[i].sent else None
    if before is not None and (before.norm in _PLURAL_NUMBERS and i >= 2 and (
            toks[i - 2].norm in _DETERMINERS) or before.norm in _INDEFINITE_ARTICLES and (
            s.doc.lang or "en").startswith("en") and zipf(
            last.norm, s.doc.lang) >= COMMON_TAIL):
        return True  # "der sechs Sächsischen Landtagsfraktionen", "a Chicago Hipster"
    return last.norm in s.lower_words or all(
        zipf(t.norm, s.doc.lang) >= COMMON_WORD and not first_name(t.norm)
        for t in toks[i:j] if t.is_word)  # "Star Wars": common words, no given name


def employer_role(role: str) -> bool:
    """The role read before a name ends in an employer link, with or without an article
    ("director of sales at", "managing director at the": ``cues.json``
    ``employer_slot_links``, ``determiners``): the name is the employer's, no person's."""
    words = role.lower().split()
    while words and words[-1] in _DETERMINERS:
        words.pop()
    return bool(words) and words[-1] in _EMPLOYER_SLOT_LINKS


def thing_named(s: PeopleScope, i: int, j: int) -> bool:
    """The name ``[i, j)`` is followed by a lower-case noun of what it names (``cues.json``
    ``thing_nouns``: "the Fianna Fáil party", "Sketchy Facebook pages"; or in an
    apposition: ``_thing_apposition``), meets a club (``_match_side``), follows a phrase that names a thing
    (``naming_phrases``: "a system known as “Red Fox”") or stands alone in quotation
    marks ("pages like “Meta Ads”")."""
    toks = s.toks
    if j < len(toks) and not toks[j].cap and toks[j].norm in _THING_NOUNS:
        return True
    if _thing_apposition(s, j) or _match_side(s, i, j) or _named_thing(s, i, j):
        return True
    quoted = i and toks[i - 1].text in OPEN_QUOTES
    if quoted and j < len(toks) and toks[j].text in CLOSE_QUOTES:
        return True  # a name alone in quotation marks: "pages like “Meta Ads”"
    k = i - 1 if quoted else i
    if k < 1 or toks[k - 1].norm not in _naming_ends():  # (most names: no phrase ends before them)
        return False
    before = [t.norm for t in toks[max(0, k - 3):k]]
    return any(" ".join(before[n:]) in _NAMING_PHRASES for n in range(len(before)))


def _named_thing(s: PeopleScope, i: int, j: int) -> bool:
    """The name ``[i, j)`` (two words or more) is a thing's by its form or its slot: its
    last word is a spelled number ("Marine One", "Air Force One"; ``cues.json``
    ``number_words``), a capitalised observance word follows it ("Holocaust Memorial Day";
    ``observance_words``), it is a product named after its maker ("Apple Pay":
    ``maker_product``), its first word is a place that is no given name and every
    other word is common (Zipf ``COMMON_WORD`` or more) and no given name (a hotel,
    "Tamworth Holiday Express"; not "Tamworth Smith", nor "Jin Lee" whose surname the
    given-name list holds, nor "Mar García": a month that is a given name,
    ``people_calendar.given_month``), or a role head and "at" stand before it ("analysts
    at D.A. Davidson", "a director at the Vantor Group": an employer; ``employer_slot_links``)."""
    toks = s.toks
    if j - i < 2:
        return False
    if toks[j - 1].norm in _NUMBER_WORDS or maker_product(s, i):
        return True
    if j < len(toks) and toks[j].cap and toks[j].norm in _OBSERVANCE_WORDS:
        return True
    if place(toks[i].norm) and not first_name(toks[i].norm) and not given_month(s, i) and all(
            zipf(t.norm, s.doc.lang) >= COMMON_WORD and not first_name(t.norm) for t in toks[i + 1:j] if t.is_word):
        return True
    k = i - 1 if i and toks[i - 1].norm in _DEFINITE_ARTICLES else i  # "at the X"
    if k >= 2 and toks[k - 1].norm in _EMPLOYER_SLOT_LINKS:
        w = toks[k - 2].norm
        return w in _HEADS or w.endswith("s") and w[:-1] in _HEADS
    return False


def maker_product(s: PeopleScope, i: int) -> bool:
    """The name opening at ``i`` is a product's or a division's named after its maker: its
    first word is a maker (``cues.json`` ``product_makers``: "Apple", "Meta", "Hyundai"; or
    the first word of an organisation's mention elsewhere in the text, "Zentra Holdings")
    and its second a product's or a division's word (``product_words``: "Pay", "Quest",
    "Motor", "Cloud"): "Apple Pay", "Meta Quest Pro", "Hyundai Motor" name no person."""
    toks = s.toks
    if i + 1 >= len(toks) or toks[i + 1].norm not in _PRODUCT_WORDS:
        return False
    word = toks[i].norm
    return word in _PRODUCT_MAKERS or any(
        k != i and k in s.org_at and any(a == k for a, _ in s.org_at[k].mentions)
        for k in s.doc.starting((word,)))


@cache
def _naming_ends() -> frozenset[str]:
    """The last words of the ``naming_phrases`` (a phrase ends with the word before a name)."""
    return frozenset(p.rsplit(" ", 1)[-1] for p in _NAMING_PHRASES)


def credit(s: PeopleScope, i: int, j: int) -> bool:
    """The run ``[i, j)`` names who took a picture, not a party: it touches a slash ("AP
    Photo/Name", "Name/dpa", "Name/Copyright 2026 The AP") or follows a credit word of
    ``cues.json`` ``credit_markers`` ("(C)" read as one), a colon or "by" between ("Photograph: Name for
    the Guardian", "Foto: Name", "Copyright Name", "Photo by Name")."""
    toks = s.toks
    if j < len(toks) and toks[j].text == "/" or i and toks[i - 1].text == "/":
        return True
    k = i - 1
    while k >= 0 and toks[k].norm in (":", "by") and k > i - 3:
        k -= 1
    if k >= 2 and toks[k].text == ")" and toks[k - 2].text == "(":  # "(C) Name": one marker
        return "".join(t.norm for t in toks[k - 2:k + 1]) in _CREDIT_MARKERS
    return k >= 0 and toks[k].norm in _CREDIT_MARKERS


def region(s: PeopleScope, i: int, j: int) -> bool:
    """The run ``[i, j)`` of two words or more names a region or a grade, not a person: its
    first word is a compass or region word (``cues.json`` ``region_qualifiers``: "Upper
    Midwest", "Southern Highlands", "Haute Vallée"), or it is one word and a lone capital
    letter ("the Athens B standard", "Group C"); not when the first word is a given name
    ("Malcolm X"), unless it heads a mountain range's name after an article (``cues.json``
    ``range_heads``: "la Sierra Nevada", "the Sierra Madre"), or in French, Spanish,
    Portuguese or Italian with or without one, as a road's or a coast's head word does
    (``no_person_heads``: "Via Appia", "Costiera Amalfitana")."""
    toks = s.toks
    if j - i < 2:
        return False
    if toks[i].norm in _RANGE_HEADS and i and toks[i - 1].sent == toks[i].sent and (
            toks[i - 1].norm in _DETERMINERS):
        return True
    if (toks[i].norm in _RANGE_HEADS or toks[i].norm in _NO_PERSON_HEADS) and (
            s.doc.lang or "").lower().startswith(ROMANCE):
        return True  # "Sierra Nevada abre la temporada", "Via Appia", "Costiera Amalfitana"
    if first_name(toks[i].norm):
        return False
    if toks[i].norm in _REGION_QUALIFIERS:
        return True
    last = toks[j - 1].text
    return j - i == 2 and len(last) == 1 and last.isupper()


def in_roster(s: PeopleScope, j: int) -> bool:
    """The name ending at ``j`` is an item of a roster closed by "and others" ("Exclusive
    articles from A, B, C and others", "avec X, Y et d'autres"): only capitalised words,
    commas and "and" follow it up to "others" (``cues.json`` ``roster_links``,
    ``roster_others``)."""
    toks, links, others = s.toks, _ROSTER_LINKS, _ROSTER_OTHERS
    k = j
    while k < len(toks) and k < j + 40 and toks[k].sent == toks[j - 1].sent:
        t = toks[k]
        if t.norm in links:  # (the words after it are read only after a link)
            after = [x.norm for x in toks[k + 1:k + 3]]
            if after and (after[0] in others or after[0] == "d'" and (after[1:] and after[1] in others)):
                return True
        if not (t.cap or t.text == "," or t.norm in links or t.norm in PARTICLES):
            return False
        k += 1
    return False
