"""The names of a credit: ``split_names``, the one name splitter of the package.

The text byline path (``bylines.parse_byline``, ``bylines.parse_credits``) and the HTML
path (``authors.clean_names`` for ``<meta name=author>``, JSON-LD ``author`` and byline
elements) both call it; what a name looks like and what is cut from around one is
``fields.names``.  Also here: the byline prefixes and labels before the names
(``strip_prefix``, ``labelled``) and a "by" word inside a credit (``after_inner_by``).
The words it knows (prefixes, labels, "and" and "by" words, roles, particles, generic
credits, words that end a name) live in ``data/bylines.json`` (agencies in
``data/agencies.json``, weekdays in ``data/dates.json``); no word list is written in this
module.

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
    outlet_before_place,
    pieces,
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
from congo_digital.record import Contributor
from congo_digital.vocab import entry, phrase_set


@cache
def first_words(prefixes: frozenset[str]) -> frozenset[str]:
    """The first word of each phrase of ``prefixes``, without a colon ("written by" ->
    "written"): what ``strip_prefix`` asks of a text's first word before trying phrases."""
    return frozenset(p.split()[0].rstrip(":") for p in prefixes if p.split())


def strip_prefix(text: str, prefixes: frozenset[str]) -> str | None:
    """Remove a leading prefix word/phrase (and a following colon, also the full-width
    "：" of CJK text: "作者：王小明"); None when absent."""
    if "：" in text[:12]:
        text = text.replace("：", ": ", 1)
    low = text[:200].lower()
    words = low.split(None, 5)[:5]
    if not words or words[0].rstrip(":") not in first_words(prefixes):
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
    return prefixes_and_labels() | phrase_set("name_lead_noise")


def _strip_lead(text: str) -> str:
    """Remove up to two lead phrases ("Artikel von: Von A") and an "and" word left by an
    Oxford comma ("A, B, and C"); ``""`` when ``text`` is nothing but a lead phrase ("By")."""
    for _ in range(2):
        rest = strip_prefix(text, _lead_phrases())
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
    rest = strip_prefix(text.lstrip(" ,;|-–—·"), prefixes_and_labels())
    return bool(rest)


@cache
def prefixes_and_labels() -> frozenset[str]:
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
    text byline path (``bylines.parse_byline``, ``bylines.parse_credits``) and of the HTML path
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


def contributors(text: str, login: bool = False) -> tuple[list[Contributor], str | None]:
    """The people of a credit (``text``, its label cut) and the first filing place one of
    them gives, else ``None``; ``login`` tolerates a lowercase word as
    ``split_names``'s ``metadata`` does (the user name a blog template prints)."""
    people: list[Contributor] = []
    place = None
    for name, role, pl in split_names(text, metadata=login):
        people.append(Contributor(name=name, role=role))
        place = place or pl
    return people, place
