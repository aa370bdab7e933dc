"""Bylines: who wrote and who edited an article.

Reads a byline ("By A and B", "By : A", "Par A, critique de cinéma", "Von A", "Written by
A", "Posted on <date> by A") or a credit line ("Reporting by A in Nairobi and B; Writing by
C; Editing by D", "(Reportage de A ; édité par B)") and returns contributors.
``split_names`` is the one name splitter of the package: the text byline path
(``parse_byline``, ``parse_credits``) and the HTML path (``authors.clean_names`` for
``<meta name=author>``, JSON-LD ``author`` and byline elements) both call it; what a name
looks like and what is cut from around one is ``fields.names``.  The words it knows
(prefixes, labels, "and" and "by" words, roles, particles, generic credits, words that end
a name) live in ``data/bylines.json`` (agencies in ``data/agencies.json``, weekdays in
``data/dates.json``); no word list is written in this module.

Rules (from wire-service and newspaper byline styles): names are split on commas, ";",
"|", "/", "•", spaced dashes, "&", "+" and the word "and" in many languages; a comma
segment made of role words ("Senior Health Correspondent") is the role of the name before
it; a publication after a name ("A B, The Guardian") is nobody; "in <Place>" and "de
<Place>" after a name give the filing place, and so does a
known city or region printed as a piece of its own after a name ("A B, Washington",
"A B – Nairobi"); a piece between a name and such a place is an outlet or a title, not a
person, unless it reads as a person's name ("A B, Punch, Abuja"); a date, a role or
the site's name after a name ends it; ALL-CAPS names are written in normal
capitalisation; generic credits ("Staff Reporter", "La Rédaction", "Facebook") give
nobody.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from congo_digital.fields.bylines_parts import (
    bracketed,
    drop_comment_links,
    is_publication,
    lone_surname,
    outlet_before_place,
    pieces,
    surname_lead,
)
from congo_digital.fields.names import (
    cut_name,
    drop_addresses,
    is_generic,
    is_name,
    is_role,
    is_suffix,
    looks_like_name,
    normal_case,
    particles,
    trim_name,
)
from congo_digital.fields.places import filed_from, more_of_place, place_after, place_alone
from congo_digital.fields.places import place as known_place
from congo_digital.plain import Plain
from congo_digital.read.characters import BIDI_FORMATTING
from congo_digital.record import Contributor
from congo_digital.vocab import entry, phrase_set

_SPLIT_SEMI = re.compile(r"\s*[;|]\s*")


class Byline(Plain):
    """Contributors read from one line: ``authors``, ``editors`` and a filing ``place``."""

    FIELDS = ("authors", "editors", "place")

    def __init__(self, authors: list[Contributor] | None = None, editors: list[Contributor] | None = None,
                 place: str | None = None) -> None:
        self.authors = [] if authors is None else authors
        self.editors = [] if editors is None else editors
        self.place = place


@cache
def _first_words(prefixes: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split()[0].rstrip(":") for p in prefixes if p.split())


def _strip_prefix(text: str, prefixes: frozenset[str]) -> str | None:
    """Remove a leading prefix word/phrase (and a following colon, also the full-width
    "：" of CJK text: "作者：王小明"); None when absent."""
    if "：" in text[:12]:
        text = text.replace("：", ": ", 1)
    low = text[:200].lower()
    words = low.split(None, 5)[:5]
    if not words or words[0].rstrip(":") not in _first_words(prefixes):
        return None
    for n in (4, 3, 2, 1):
        if len(words) < n:
            continue
        head = " ".join(words[:n])
        bare = head.rstrip(" :")
        if bare in prefixes:
            rest = text.split(None, n)[n] if len(text.split(None, n)) > n else ""
            return rest.lstrip(" :").strip()
        if bare.endswith(":") or bare.endswith(" :"):
            continue
    m = re.match(r"^([^\W\d_]+(?:\s[^\W\d_]+){0,3})\s*:\s*(.*)$", text)
    if m and m.group(1).lower() in prefixes:
        return m.group(2).strip()
    return None


@cache
def _lead_phrases() -> frozenset[str]:
    """What may stand before a credited name and is not part of it: byline prefixes and
    labels ("By", "Texte :") and lead noise ("Profilbild von", "Foto")."""
    return _prefixes_and_labels() | phrase_set("name_lead_noise")


def _strip_lead(text: str) -> str:
    """Remove up to two lead phrases ("Artikel von: Von A") and an "and" word left by an
    Oxford comma ("A, B, and C"); ``""`` when ``text`` is nothing but a lead phrase ("By")."""
    for _ in range(2):
        rest = _strip_prefix(text, _lead_phrases())
        if rest is None:
            break
        text = rest
    first, _, rest = text.partition(" ")
    if rest and first in _connectors():
        text = rest
    return text


def labelled(text: str) -> bool:
    """True when ``text`` starts with a byline prefix or label ("By A", ", par A", "Text: A"),
    after leading punctuation, and names something after it.  Never raises."""
    rest = _strip_prefix(text.lstrip(" ,;|-–—·"), _prefixes_and_labels())
    return bool(rest)


@cache
def _prefixes_and_labels() -> frozenset[str]:
    """The byline prefixes and labels (``bylines.json``), in one set."""
    return phrase_set("byline_prefixes") | phrase_set("byline_labels")


def _connectors() -> list[str]:
    return entry("connectors")["and"]


@cache
def _name_splitter(caps: bool) -> re.Pattern[str]:
    """Split on punctuation, spaced dashes and the "and" words; in an ALL-CAPS text the
    words of two letters or more also in capitals (a one-letter one would be an initial)."""
    words = [w for w in _connectors() if w[:1].isalpha()]
    symbols = "".join(re.escape(w) for w in _connectors() if not w[:1].isalpha())
    plain = "|".join(re.escape(w) for w in words)
    upper = "|".join(re.escape(w.upper()) for w in words if len(w) >= 2)
    joined = f"{plain}|{upper}" if caps and upper else plain
    return re.compile(rf"\s*[,;|/•·、，；{symbols}]\s*|\s+[-–—]\s+|\s+(?:{joined})\s+")


@cache
def _inner_by() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in entry("connectors")["by"])
    return re.compile(rf"(?<=\S)\s({words})\s+(?=[^\W\d_])", re.I)


def after_inner_by(text: str) -> str:
    """The part of ``text`` after a "by" word inside it ("Posted on <date> by A", "View all
    posts by A" -> "A"), or ``text`` when it has none.  A particle between two names
    ("Christoph von Ritter") is no "by".  The words are ``connectors.by`` in
    ``data/bylines.json`` (the "by" of news bylines in en, de, fr, es, nl).  Never raises."""
    for m in _inner_by().finditer(text):
        word, before = m.group(1), text[:m.start()].split()[-1]
        if word.islower() and word in particles() and before[:1].isupper():
            continue
        return text[m.end():]
    return text


def split_names(text: str, *, metadata: bool = False,
                is_site: Callable[[str], bool] | None = None) -> list[tuple[str, str | None, str | None]]:
    """Split one credit into ``(name, role, place)`` triples: the one name splitter of the
    text byline path (``parse_byline``, ``parse_credits``) and of the HTML path
    (``authors.decide_authors``: ``<meta name=author>``, JSON-LD ``author``, byline elements).

    "A and B", "A, B und C", "Par A et B", "By A, B and C" give two or three names;
    "A, Jr." and "A, MD" one (a ``name_suffixes`` word after a comma ends the name before);
    "A, Senior Correspondent" gives A with that role, "A (reporting) and B (photography)"
    gives A (a name whose bracket holds a ``non_author_roles`` word is left out); "A in
    Nairobi", "A, de Brasília" and "A B, Washington" give A or A B with a place
    (``places.filed_from``; "A B, Nairobi, Kenya" with "Nairobi, Kenya").  Cleaned away:
    byline prefixes and labels, e-mails, addresses and handles, a date or stamp after a
    name, an employer after "for", a role after a name, the site's name after a name of
    three words or more (``is_site`` says which word is one), a publication after a name
    (``bylines_parts.is_publication``; "A B, The Guardian, London" gives A B, filed from
    London; after "and" in its stricter shapes: "A and Financial Times" gives A) unless it
    is the page's own name (``is_site``: its caller flags that one), an outlet or title
    between a name and a place of the gazetteer (``bylines_parts.outlet_before_place``:
    "A B, Punch, Abuja" gives A B, filed from Abuja), a trailing agency after people's
    names.  Kept: names whose words are capitalised or particles ("Sèna D. B. de Sodji"),
    names in scripts without capitals ("박준석"); not kept: generic credits ("Staff", "La
    Rédaction"), parts with digits.  ALL-CAPS names of two words or more are written in
    normal capitalisation.

    ``metadata`` is for a markup field that holds nothing but credits (``<meta
    name=author>``, JSON-LD): there a lowercase word is tolerated in a name of one word, or
    once in a name of two or three ("Mobasir hassan"); in printed text a lowercase word
    means prose ("by using humorous bags"), so the text and byline-element paths leave it
    at ``False``.  Returns ``[]`` for a text of more than 250 characters.  Never raises.

    Word lists (``data/bylines.json``): ``byline_prefixes``, ``byline_labels`` and
    ``name_lead_noise`` before a name; ``connectors`` ("and", "by", place and employer
    words); ``author_roles``; ``name_stopwords`` and ``name_end_words`` after a name (and
    ``weekdays``, ``data/dates.json``); ``name_particles``; ``generic_bylines``; ``agencies``
    (``data/agencies.json``).  Month names come from
    CLDR (``datewords.month_names``).  The rules follow wire-service and newspaper byline
    styles.
    """
    text = _strip_lead(drop_comment_links(drop_addresses(text)))
    if not text or len(text) > 250:
        return []
    out: list[tuple[str, str | None, str | None]] = []
    splitter, before, paper = _name_splitter(text.isupper()), "", False
    parts = list(pieces(splitter, text))
    for k, (part, sep) in enumerate(parts):
        joined, before = before, sep  # (the separator before this part: "and" joins a co-author)
        dropped, paper = paper, False  # (a paper or an outlet was the part before this one)
        part, bracket = bracketed(part)
        if bracket is not None and bracket.lower() in phrase_set("non_author_roles"):
            continue  # "B (photography)": who took the pictures did not write the text
        part = _strip_lead(trim_name(part))
        if not part or is_generic(part):
            continue
        if out and is_suffix(part):  # "King, Jr.", "Mbuyi, MD": the end of the name before
            name, role, pl = out[-1]
            out[-1] = (f"{name}, {part}", role, pl)
            continue
        if out and is_role(part):  # "A, Senior Correspondent": the role of the name before
            name, role, pl = out[-1]
            out[-1] = (name, role or part, pl)
            continue
        m = place_alone().match(part)
        if m:  # "A, de Brasília": the place of the name before
            if out:
                name, role, _ = out[-1]
                out[-1] = (name, role, m.group(1))
            continue
        if out and (filed_from(out[-1], part) or dropped and out[-1][2] is None and known_place(part)):
            # "A B, Washington", "A B – Nairobi", "A, Punch, Abuja": where A B (or A) filed from
            out[-1] = (*out[-1][:2], part)
            continue
        if out and more_of_place(out[-1], part):  # "A B, Nairobi, Kenya", "A B, Washington, D.C."
            out[-1] = (*out[-1][:2], f"{out[-1][2]}, {part}")
            continue
        if out and out[-1][2] is None and not joined[:1].isalpha() and not sep[:1].isalpha() \
                and outlet_before_place(part, parts[k + 1][0] if k + 1 < len(parts) else None, "|" in joined) \
                and not (is_site and is_site(part)):
            paper = True  # "Ada Okafor, Punch, Abuja": the outlet between a name and its place
            continue
        part = cut_name(part, is_site)
        if out and is_publication(part, alone=joined[:1].isalpha()) and not (is_site and is_site(part)):
            # "A B, The Guardian, London", "A and The Standard", "A and Financial Times"; not
            # "A B and El Hadji Diouf": "and" joins people, whose names never open with "The"
            paper = True
            continue  # the paper; the page's own name is kept for the caller to flag
        place = None
        m = place_after().match(part)
        if m and looks_like_name(m.group(1)):
            part, place = m.group(1), m.group(2)
        if is_name(part, metadata):
            out.append((normal_case(part), bracket if bracket and is_role(bracket) else None, place))
    if len(out) > 1 and out[-1][0].lower() in phrase_set("agencies"):
        filed = out.pop()[2]  # "A and B, Reuters": the agency after names is not credited; its
        out[-1] = (*out[-1][:2], out[-1][2] or filed)  # place is theirs ("A, Reuters, Nairobi")
    return out


def _contributors(text: str, login: bool = False) -> tuple[list[Contributor], str | None]:
    """The people of a credit and its filing place; ``login`` tolerates a lowercase word as
    ``split_names``'s ``metadata`` does (the user name a blog template prints)."""
    people: list[Contributor] = []
    place = None
    for name, role, pl in split_names(text, metadata=login):
        people.append(Contributor(name=name, role=role))
        place = place or pl
    return people, place


def parse_byline(line: str, *, login: bool = False) -> Byline | None:
    """Read a top byline ("By A and B", "Par : A", "Written by A").

    ``login`` (a credit beside a date, as a blog template prints it) and a "Posted on
    <date> by A" line tolerate a lowercase word in a name, the user name of such templates
    ("by marc", "by Mobasir hassan"), as ``split_names``'s ``metadata`` does.

    Returns ``None`` when ``line`` does not start with a byline prefix or label, or when
    what follows is not a list of names (then it is ordinary text).  A generic desk
    byline returns an empty ``Byline``.
    """
    if not line.isascii():  # a bidirectional mark round a name ("By \u200eA B") is no part of it
        line = line.translate(BIDI_FORMATTING)
    text = re.sub(r"\s+", " ", line.strip().strip("*_ ")).strip()
    rest = _strip_prefix(text, _prefixes_and_labels())
    posted = False
    if rest is None:  # "Posted on <date> by A": a publication label, then a "by" word
        label = text.split(None, 1)[0].lower().rstrip(":") if text else ""
        rest = after_inner_by(text) if label in phrase_set("byline_posted_labels") else text
        if rest == text:
            return None
        posted = True
    posted = posted or login
    rest = _in_after_by(text, rest.strip())
    if is_generic(rest):
        return Byline()
    if surname_lead(text, rest):
        return None
    # a blog template's "Posted on <date> by marc" prints the user name, often a lowercase login
    people, place = _contributors(rest, login=posted)
    if not people or lone_surname(text, rest, [p.name for p in people]):
        return None
    return Byline(authors=people, place=place)


def _in_after_by(line: str, rest: str) -> str:
    """``rest`` (the credit after a byline's "by" word) without an "in <Place or Section>"
    after its names when that "by" word reads its "in" as a word that joins two names
    elsewhere ("Publicado el 4 abril por A en Nacionales": ``connectors.in_after_by``).
    What follows is a place or a blog's category: neither is kept."""
    low = line.lower()
    for pair in entry("connectors")["in_after_by"]:
        by, word = pair.split()
        if low.startswith(by + " ") or f" {by} " in low:
            m = re.match(rf"^(.*?\S)\s+{re.escape(word)}\s+[A-ZÀ-Þ][\w'’\-]*(?:\s[A-ZÀ-Þ][\w'’\-]*){{0,3}}$", rest)
            if m:
                return m.group(1)
    return rest


@cache
def _credit_words() -> tuple[str, ...] | None:
    """The first words of the credit labels (``credit_authors``, ``credit_editors``): what
    ``_strip_prefix`` asks of a chunk first.  A word that starts with another is left out
    (where "mitarbeit" starts a chunk, "mit" does).  ``None`` (no pre-filter) if one holds
    a sigma, the one letter whose lowercase depends on the letters around it."""
    words = _first_words(phrase_set("credit_editors")) | _first_words(phrase_set("credit_authors"))
    if not words or any("σ" in w or "ς" in w for w in words):
        return None
    return tuple(sorted(w for w in words if not any(o != w and w.startswith(o) for o in words)))


@cache
def _longest(words: tuple[str, ...]) -> int:
    return max(map(len, words))


_CHUNK_LEAD = re.compile(r"[\s().]*")  # what ``parse_credits`` strips before its first chunk
_NEXT_CHUNK = re.compile(r"[;|][\s.]*")  # a chunk separator and what is stripped after it


def _may_credit(line: str) -> bool:
    """False when ``line`` cannot be a credit line: no chunk of it (as ``parse_credits``
    cuts it: after the leading white space, brackets and stops, and after each ";" or "|")
    starts, lowercased, with a label's first word (``_credit_words``).  The first word of a
    chunk is cut at white space, a colon or the 200th character and then lowercased; a
    chunk's head lowercased starts with it as well (a letter's lowercase is the same
    wherever the text is cut, a sigma's aside), and a head as long as the longest word
    holds it (a letter lowercases to one character or more).  Most lines of a text are
    refused here, at a slice and one ``startswith``."""
    words = _credit_words()
    if words is None:
        return True
    size = _longest(words)
    at = _CHUNK_LEAD.match(line).end()  # type: ignore[union-attr]  # (it matches the empty string)
    if line[at:at + size].lower().startswith(words):
        return True
    if ";" not in line and "|" not in line:
        return False
    return any(line[m.end():m.end() + size].lower().startswith(words) for m in _NEXT_CHUNK.finditer(line))


def parse_credits(line: str) -> Byline | None:
    """Read a credit line: "Reporting by A in X and B; Writing by C; Editing by D".

    Also "(Reportage de A ; édité par B)", "Édité par B", "Additional reporting by A".
    Returns ``None`` when the line holds no credit label.
    """
    if not _may_credit(line):
        return None
    text = re.sub(r"\s+", " ", line.strip()).strip("() .")
    found = Byline()
    any_label = False
    for chunk in _SPLIT_SEMI.split(text):
        chunk = chunk.strip(" .")
        editors = _strip_prefix(chunk, phrase_set("credit_editors"))
        if editors is not None:
            any_label = True
            found.editors.extend(_contributors(editors)[0])
            continue
        authors = _strip_prefix(chunk, phrase_set("credit_authors"))
        if authors is not None:
            any_label = True
            people, place = _contributors(authors)
            found.authors.extend(people)
            found.place = found.place or place
    return found if any_label else None
