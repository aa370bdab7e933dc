"""What stands beside the names of a credit and names nobody: comment links, publications
and an outlet or title between a name and its filing place ("Ada Okafor, Punch, Abuja");
and a byline prefix that is the first word of a surname ("Von der Leyen", "Di Maio").

``bylines_names.split_names`` drops the first three; ``bylines.parse_byline`` refuses the last.
Agencies are ``data/agencies.json``'s.
The words are ``comment_links``, ``publication_words``, ``publication_leads``,
``outlet_words`` and ``name_particles`` of ``data/bylines.json`` (from the conventions of
news bylines and blog templates; written for this project), and the company forms
``legal_forms`` and ``legal_forms_after_comma`` of ``data/cues.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from congo_digital.fields.given_names import first_name
from congo_digital.fields.names import particles
from congo_digital.fields.places import place
from congo_digital.vocab import entry, load_json, phrase_set


@cache
def _comment_link() -> re.Pattern[str]:
    """A comment link printed in a credit line ("… by A | Leave a comment", "A Post a
    Comment", "A • 3 Comments"): ``comment_links`` of ``data/bylines.json``, with a count
    before it, up to the end of the line or the next separator."""
    words = "|".join(re.escape(w) for w in sorted(entry("comment_links"), key=len, reverse=True))
    return re.compile(rf"(?i)(?<![^\W\d_])(?:\d+\s+)?(?:{words})(?![^\W\d_])(?=\s*(?:$|[|•·,;]))")


def drop_comment_links(text: str) -> str:
    """``text`` without its comment links (``_comment_link``): a link is no name, and its
    small words ("a") would split it into a false one ("Leave")."""
    return _comment_link().sub(" ", text).strip() if any(ch.isalpha() for ch in text) else text


@cache
def _cue_words(*keys: str) -> frozenset[str]:
    """The words of the lists ``keys`` of ``data/cues.json`` without their stops: the
    company forms ("ltd", "plc", "gmbh", "s.a": ``legal_forms``,
    ``legal_forms_after_comma``), the continents (``continent_words``: "africa",
    "afrique")."""
    cues = load_json("cues.json")
    return frozenset(w.strip(".") for key in keys for w in cues[key])


def names_outlet(part: str) -> bool:
    """True when ``part``, two words or more, ends with a word that ends a media company's
    name and never a person's: a word of ``outlet_words`` ("Punch Newspapers", "Channels
    TV", "Nation Media Group", "Süddeutsche Zeitung") or a company form (``_cue_words``:
    "Vanguard Media Ltd").  Never raises."""
    words = part.split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    last = words[-1].casefold().strip(".")
    return last in phrase_set("outlet_words") or last in _cue_words("legal_forms", "legal_forms_after_comma")


def is_publication(part: str, *, alone: bool = False) -> bool:
    """True when ``part``, a piece of a credit after a name, names a publication, not a
    person: "The Guardian", "Daily Nation", "Le Monde", "Die Zeit" (a lead word of
    ``publication_leads``, the articles of newspaper names in en, fr, es, it, de, nl,
    before a capitalised word: no person's name starts with "The" or "Die"), "Financial
    Times", "Guardian" (its last word one of ``publication_words``).  A piece of two words
    whose first is a known given name (``fields.given_names``: "Grace Herald", "Paul
    Observer") is a person; so is a piece whose lead word stands before a known given name.
    ``alone``: a piece not printed after a name and a comma (joined by "and", or a whole
    credit), where an article of another language opens a person's name ("El Hadji
    Diouf", "De Souza", "Der Spendenteddy") and so may a given name we do not know
    ("Tunde Gazette"): there only "The" opens a publication, and a piece of two words or
    more that ends with a publication word is one when it opens with a word of
    ``publication_openers`` ("Financial Times"), a weekday (``data/dates.json``: "Sunday
    Times") or a place of the gazetteer ("Jakarta Post").  A media company's name
    (``names_outlet``: "Punch Newspapers", "Nation Media Group") is one anywhere, and so is
    a piece opened by a word of ``publication_openers`` and ended by a continent
    (``continent_words`` of ``data/cues.json``: "Jeune Afrique").  A title linked by a
    lowercase word ("Corriere della Sera") is not told from a name with a particle whose
    given name the lists miss ("Ousmane da Costa"): both stay names.  Never raises."""
    words = part.split()
    if not words:
        return False
    lead = words[0].lower()
    if names_outlet(part):
        return True
    if len(words) >= 2 and lead in phrase_set("publication_openers") \
            and words[-1].casefold() in _cue_words("continent_words"):
        return True  # "Jeune Afrique", "New Africa": a continent ends no person's name
    if len(words) >= 2 and lead in phrase_set("publication_leads") and words[1][:1].isupper() \
            and (not alone or lead == "the"):
        return not first_name(words[1].casefold())
    if len(words) == 2 and first_name(words[0].casefold()):
        return False
    if not words[-1][:1].isupper() or words[-1].lower().strip(".") not in phrase_set("publication_words"):
        return False
    return not alone or len(words) == 1 or lead in phrase_set("publication_openers") \
        or lead in phrase_set("weekdays") or place(words[0])


def reads_as_person(part: str) -> bool:
    """True when ``part`` reads as a person's name: two words or more, the first a known
    given name (``fields.given_names``: "Chinedu Eze") or an initial ("J. Roe", "J.R.
    Roe").  Never raises."""
    words = part.split()
    if len(words) < 2:
        return False
    first = words[0]
    return first_name(first.casefold()) or bool(re.fullmatch(r"(?:[^\W\d_]\.)+", first))


def outlet_before_place(part: str, after: str | None, barred: bool = False) -> bool:
    """True when ``part``, a piece of a credit printed after a name and a comma, is the
    outlet or the title between that name and its filing place ("Ada Okafor, Punch,
    Abuja", "Jean Martin, Ouest-France, Rennes"): ``after``, the next piece (``None``
    after the last), is a place of the gazetteer (``fields.places.place``), and ``part``
    is no place, no agency (``data/agencies.json``: "A B, Reuters, Nairobi" credits the
    agency) and does not read as a person's name (``reads_as_person``: "Ada Okafor, John
    Eze, Abuja" names two people) unless it ends as a media company's does
    (``names_outlet``: "Grace TV").  A piece of two words or more is the outlet only in a
    publication's shape (``is_publication``: "Daily Mail") or when ``barred`` (split off
    by a bar: "A B | Nation Africa | Kisumu", a row of fields, where co-authors are joined
    by commas or "and"); after a comma, an unknown given name and a surname are a
    co-author ("Ada Okafor, Chidi Nwosu, Lagos").  Never raises."""
    if after is None or not place(after.strip(" .;:()")) or place(part):
        return False
    if not barred and len(part.split()) > 1 and not is_publication(part):
        return False
    return part.casefold() not in phrase_set("agencies") and (names_outlet(part) or not reads_as_person(part))


def surname_lead(line: str, rest: str) -> bool:
    """True when the byline prefix that opens ``line`` is the first particle of a surname
    ("Von der Leyen a Roma", "Di de Luca incontra …"): the prefix is itself a name particle
    ("von", "di": ``name_particles``), and ``rest`` (what follows it) opens with a second
    particle, written in lower case as particles are inside a name (or in a line all in
    capitals), and then a capitalised word.  A credit names a person by a given name first
    ("Von Hans von der Heide"); a particle straight after "Von" is the rest of a surname
    ("der Leyen") or an article ("Von der Redaktion", a desk, not a person); a capitalised
    article opens a pen name ("Von Der Spendenteddy").  Such a line is a headline or a
    sentence, not a byline."""
    lead = line.split(None, 1)[0].lower() if line else ""
    words = rest.split(None, 2)
    return lead in particles() and len(words) >= 2 and words[0].lower() in particles() \
        and (words[0].islower() or line.isupper()) and words[1][:1].isupper()


def lone_surname(line: str, rest: str, names: list[str]) -> bool:
    """True when a line opened by a prefix that is a name particle ("Von", "Di") credits
    nothing but surnames of one word and goes on after them ("Von Bülow in Berlin", "Di
    Maio a Roma"): the prefix and the word after it are one surname, and the line is a
    headline.  ``rest`` is what follows the prefix, ``names`` the names read from it.  A
    lone credited word that is a known given name (``fields.given_names``: "Von Jessie in
    Berlin") or an agency ("Von dpa") is a credit, and so is a line of nothing but the
    name and a stamp ("Von Bülow", "Von Müller, 12. Mai 2024")."""
    lead = line.split(None, 1)[0] if line else ""
    if not names or lead.lower() not in particles() or not lead[:1].isupper() \
            or any(" " in n or not n[:1].isupper() for n in names):
        return False
    first = names[0].casefold()
    words = [w for w in re.split(r"\d", rest, maxsplit=1)[0].split() if w[:1].isalpha()]  # a stamp aside
    return len(words) > len(names) and not first_name(first) and first not in phrase_set("agencies")


_ROLE_BRACKET = re.compile(r"^(.*?\S)\s*\(([^()\d]{2,30})\)?$")  # (the last one may have lost its ")")


def bracketed(part: str) -> tuple[str, str | None]:
    """A name and the part in brackets after it ("Jane Roe (reporting)" -> ("Jane Roe",
    "reporting")); ``(part, None)`` when there is none."""
    m = _ROLE_BRACKET.match(part.strip())
    return (m.group(1), m.group(2).strip()) if m else (part, None)


def pieces(splitter: re.Pattern[str], text: str) -> Iterator[tuple[str, str]]:
    """The parts of ``text`` between ``splitter``'s separators, each with the separator
    after it, stripped ("," or "and"; "" after the last)."""
    start = 0
    for m in splitter.finditer(text):
        yield text[start:m.start()], m.group().strip()
        start = m.end()
    yield text[start:], ""
