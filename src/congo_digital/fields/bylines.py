"""Bylines: who wrote and who edited an article.

Reads a byline ("By A and B", "By : A", "Par A, critique de cinéma", "Von A", "Written by
A", "Posted on <date> by A") or a credit line ("Reporting by A in Nairobi and B; Writing by
C; Editing by D", "(Reportage de A ; édité par B)") and returns contributors.
``split_names`` is the one name splitter of the package: the text byline path
(``parse_byline``, ``parse_credits``) and the HTML path (``decide.clean_names`` for
``<meta name=author>``, JSON-LD ``author`` and byline elements) both call it.  The words it
knows (prefixes, labels, "and" and "by" words, roles, particles, generic credits, words
that end a name) live in ``data/layout.json``; no word list is written in this module.

Rules (from wire-service and newspaper byline styles): names are split on commas, ";",
"|", "/", "•", spaced dashes, "&", "+" and the word "and" in many languages; a comma
segment made of role words ("Senior Health Correspondent") is the role of the name before
it; "in <Place>" and "de <Place>" after a name give the filing place; a date, a role or
the site's name after a name ends it; ALL-CAPS names are written in normal
capitalisation; generic credits ("Staff Reporter", "La Rédaction", "Facebook") give
nobody.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from congo_digital.fields.datewords import _BASE_LANGUAGES, _fold, month_names
from congo_digital.model import Contributor
from congo_digital.vocab import layout, phrase_set

_SPLIT_SEMI = re.compile(r"\s*[;|]\s*")
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.\-]*|[^\W\d_]\.|[A-Z][a-z]?['’][A-Z][\w\-]*)$")
_EMAIL = re.compile(r"\S+@[\w-]+\.\w\S*")
_HANDLE = re.compile(r"@\w+")
_URL = re.compile(r"https?://\S+|www\.\S+")
# a host name ("Dailymail.Com", "zaxid.net"): two letters or more before the dot, so that
# an initial glued to a surname ("J.Roe") is not one, and a top-level part of two or three
# letters, so that a user name ("evgenia.karp", "edilson.la.rosa") is not one
_DOMAIN = re.compile(r"(?<![\w.])[\w-]{2,}(?:\.[\w-]+)*\.[^\W\d_]{2,3}(?!\.?[\w-])")
_NICKNAME = re.compile(r"(?<=\w)\s[\"“][^\W\d_][^\"“”]{0,28}[\"”]\s(?=\w)")
_BAD_CHARS = re.compile(r"[<>{}\[\]=#@]")


def _particles() -> frozenset[str]:
    return phrase_set("name_particles")


@dataclass
class Byline:
    """Contributors read from one line: ``authors``, ``editors`` and a filing ``place``."""

    authors: list[Contributor] = field(default_factory=list)
    editors: list[Contributor] = field(default_factory=list)
    place: str | None = None


def normal_case(name: str) -> str:
    """Write an ALL-CAPS name of two words or more in normal capitalisation.

    "JEAN-PAUL N'DIAYE" -> "Jean-Paul N'Diaye"; a name of one word stays as written (an
    acronym: "AFP", "EFE").  Particles (``name_particles`` in ``data/layout.json``) are
    written in lower case ("JOSÉ DE LA CRUZ" -> "José de la Cruz").
    """
    if not name.isupper() or len(name.split()) < 2:
        return name

    def cap_part(part: str) -> str:
        # "N'DIAYE" -> "N'Diaye", "O'BRIEN" -> "O'Brien": a one-letter prefix before the apostrophe
        m = re.match(r"^(\w['’])(\w.*)$", part)
        if m:
            return m.group(1).upper() + m.group(2)[:1].upper() + m.group(2)[1:].lower()
        return part[:1].upper() + part[1:].lower()

    def cap(word: str) -> str:
        return "-".join(cap_part(p) for p in word.split("-"))

    return " ".join(cap(w) if w.lower() not in _particles() else w.lower() for w in name.split())


def looks_like_name(text: str) -> bool:
    """True when ``text`` reads as a person's or agency's name: 1 to 6 capitalised tokens.

    Particles (de, van, bin …), initials and a quoted nickname between two names are
    allowed; digits, e-mails, URLs and sentence punctuation are not.
    """
    text = _NICKNAME.sub(" ", text.strip())  # 'Amanda "Tania Mae" Tan': a nickname between the names
    if not text or len(text) > 60 or _EMAIL.search(text) or _URL.search(text):
        return False
    if any(ch.isdigit() for ch in text) or any(ch in text for ch in "!?:()[]{}\"“”«»/"):
        return False
    tokens = text.split()
    if not 1 <= len(tokens) <= 6:
        return False
    particles = _particles()
    if tokens[0].lower() in particles and len(tokens) == 1:
        return False
    return all((_NAME_TOKEN.match(t) and (t[0].isupper() or t[0] in "'’")) or t in particles for t in tokens) \
        and any(t[0].isupper() for t in tokens)


def ends_in_domain(text: str) -> bool:
    """True when ``text`` ends in a host name ("zaxid.net", "Jo Banda (Example.com)"): two
    characters or more, a dot, and a top-level part of two or three letters (so "J.Roe" and
    "evgenia.karp" are none), then at most a closing bracket.  A shape rule, no word
    list.  Never raises."""
    found = list(_DOMAIN.finditer(text))
    return bool(found) and not text[found[-1].end():].strip(" )")


def _caseless(text: str) -> bool:
    """True for a name written in a script without capitals (Chinese, Japanese, Korean …)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and not any(ch.isupper() or ch.islower() for ch in letters)


def _is_role(text: str) -> bool:
    words = re.findall(r"[\w']+", text.lower())
    roles = phrase_set("author_roles")
    return bool(words) and any(w in roles for w in words)


def is_generic(text: str) -> bool:
    """True for credits that name nobody: desk bylines ("Staff Reporter", "La Rédaction") and
    generic words ("Facebook", "Alle Beiträge"), with or without a "by" word before them.

    ``text`` is compared lowercased, spaces collapsed, end punctuation stripped.  The
    phrases are ``generic_bylines`` in ``data/layout.json`` (desk bylines of news pages,
    social networks and template words, written for this project); the "by" words its
    ``connectors.by``.  Never raises.
    """
    t = re.sub(r"\s+", " ", text.strip().lower()).strip(" .,:")
    first, _, rest = t.partition(" ")
    if rest and first in layout()["connectors"]["by"]:
        t = rest
    return t in phrase_set("generic_bylines")


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
    return phrase_set("byline_prefixes") | phrase_set("byline_labels") | phrase_set("name_lead_noise")


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


def _connectors() -> list[str]:
    return layout()["connectors"]["and"]


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
    words = "|".join(re.escape(w) for w in layout()["connectors"]["by"])
    return re.compile(rf"(?<=\S)\s({words})\s+(?=[^\W\d_])", re.I)


def after_inner_by(text: str) -> str:
    """The part of ``text`` after a "by" word inside it ("Posted on <date> by A", "View all
    posts by A" -> "A"), or ``text`` when it has none.  A particle between two names
    ("Christoph von Ritter") is no "by".  The words are ``connectors.by`` in
    ``data/layout.json`` (the "by" of news bylines in en, de, fr, es, nl).  Never raises."""
    for m in _inner_by().finditer(text):
        word, before = m.group(1), text[:m.start()].split()[-1]
        if word.islower() and word in _particles() and before[:1].isupper():
            continue
        return text[m.end():]
    return text


@cache
def _lead_noise() -> tuple[str, ...]:
    return tuple(sorted(phrase_set("name_lead_noise"), key=len, reverse=True))


@cache
def _employer() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in layout()["connectors"]["employer"])
    return re.compile(rf"\s(?i:{words})(?=$|\s+[A-ZÀ-Þ])")


@cache
def _place_after() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(layout()["connectors"]["place"], key=len, reverse=True))
    return re.compile(rf"^(.*?)\s+(?:{words})\s+([A-ZÀ-Þ][\w'’\-]*(?:\s[A-ZÀ-Þ][\w'’\-]*){{0,3}})$")


@cache
def _place_alone() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in layout()["connectors"]["place_alone"])
    return re.compile(rf"^(?:{words})\s+([A-ZÀ-Þ][\w'’\-]*(?:\s[A-ZÀ-Þ][\w'’\-]*){{0,3}})$")


_FINAL_INITIAL = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ]\.$")
_FOOTNOTE = re.compile(r"\^\w{0,3}$")
_GLUED_WORD = re.compile(r"^(.*[a-zà-ÿ])([A-ZÀ-Þ][a-zà-ÿ]+)$")


def _tidy_name(part: str) -> str:
    """Remove what page renderings glue to a credited name: a lead phrase ("Profilbild von",
    "Erstellt von"), an employer after "for" ("A B for Example.com"), a role or interface
    word glued to the surname ("A BKorrespondent", "A BTwitter") or left after it ("A B Image"),
    and a month name left after a name of two or more words by a date that followed it.
    Interface words alone ("Social Links") give ``""``."""
    low = part.lower()
    for lead in _lead_noise():
        if low.startswith(lead + " ") and len(part) > len(lead) + 1:
            part = part[len(lead) + 1:].strip()
            break
    part = _employer().split(part, maxsplit=1)[0]
    tokens = [_FOOTNOTE.sub("", t) for t in part.split() if not t.startswith("@")]
    stop = phrase_set("name_stopwords")
    roles = phrase_set("author_roles")
    # "Lucy RoeNews Reporter": trailing role words, then a word glued to the surname
    while len(tokens) > 2 and tokens[-1].lower() in roles:
        tokens.pop()
    if tokens:
        m = _GLUED_WORD.match(tokens[-1])
        if m and (m.group(2).lower() in stop or m.group(2).lower() in roles):
            tokens[-1] = m.group(1)
    while len(tokens) > 1 and tokens[-1].lower().strip(".,") in stop:
        tokens.pop()
    if len(tokens) == 1 and tokens[0].lower().strip(".,") in stop and tokens[0].lower() not in phrase_set("agencies"):
        return ""  # "Social Links": interface words only
    # "Amanda Tan November" (from "Amanda Tan November 19, 2023"): a month name left by a date
    if len(tokens) >= 3 and _fold(tokens[-1].strip(".,")) in month_names(_BASE_LANGUAGES):
        tokens.pop()
    # "J.R. Stone KGO": a station or outlet acronym after a mixed-case name
    if len(tokens) >= 3 and tokens[-1].isupper() and len(tokens[-1]) >= 2 and tokens[-1].isalpha() \
            and not all(t.isupper() for t in tokens[:-1]):
        tokens.pop()
    return " ".join(tokens)


def _trim(part: str) -> str:
    """Strip separators, quotes and brackets around a name part, keeping the dot of a final
    initial ("Koffi A.")."""
    out = part.strip(" ,.;:'\"“”«»()[]*-–—")
    if _FINAL_INITIAL.search(part.rstrip(" ,;:'\"“”«»()[]*-–—")):
        out += "."
    return out


def _date_word(words: list[str], i: int) -> bool:
    """True when ``words[i]`` starts a date or a stamp printed after a name: a number, a
    weekday, a publication word ("Updated"), or a month name next to a number."""
    word = words[i].lower().strip(".,:")
    if any(ch.isdigit() for ch in word) or word in phrase_set("weekdays") or word in phrase_set("name_end_words"):
        return True
    near = words[i - 1:i] + words[i + 1:i + 2] if i else words[1:2]
    return _fold(word) in month_names(_BASE_LANGUAGES) and any(ch.isdigit() for w in near for ch in w)


_GLUED_NUMBER = re.compile(r"^([^\W\d_]{2,})[\^\d]")


def _cut_name(part: str, is_site: Callable[[str], bool] | None) -> str:
    """Cut what follows a name in a credit: a date or stamp ("A B Thursday", "A B 30 Aug
    2023", "A Nolan22 Dec" -> "A Nolan"), a role ("A B Senior Reporter" -> "A B"; when the
    role stands after the fourth word, the first two if they are capitalised: "A B Paper
    business reporter"), the site's name after a name of three words or more ("A B
    SiteName"), short lowercase words left at the end ("Cooper am", "A B is"), then the
    rendering noise of ``_tidy_name``."""
    words = part.split()
    end = next((i for i in range(len(words)) if _date_word(words, i)), len(words))
    if 0 < end < len(words):
        glued = _GLUED_NUMBER.match(words[end])
        words = words[:end] + ([glued.group(1)] if glued and not glued.group(1).isupper() else [])
    else:
        words = words[:end]
    roles = phrase_set("author_roles")
    cut = next((i for i, w in enumerate(words) if w.lower().strip(".,") in roles), None)
    if cut is not None:
        words = words[:cut] if cut <= 3 else words[:2] if all(w[:1].isupper() for w in words[:2]) else []
    if is_site is not None and len(words) > 2:
        words = words[:next((i for i in range(1, len(words)) if is_site(words[i])), len(words))]
    while len(words) > 1 and words[-1][:1].islower() and len(words[-1]) <= 3 and words[-1] not in _particles():
        words.pop()
    return _trim(_tidy_name(" ".join(words)))


def _is_name(part: str, metadata: bool) -> bool:
    """True when ``part`` can be a credited person or agency (see ``split_names``)."""
    words = part.split()
    if not 1 <= len(words) <= 5 or len(part) > 60 or not part[0].isalpha() or any(ch.isdigit() for ch in part):
        return False
    if _BAD_CHARS.search(part) or _DOMAIN.search(part) or is_generic(part):
        return False
    if looks_like_name(part) or _caseless(part):
        return True
    lower = sum(1 for w in words if w[:1].islower() and w.lower() not in _particles())
    return metadata and (len(words) == 1 or (lower <= 1 and len(words) <= 3))


def split_names(text: str, *, metadata: bool = False,
                is_site: Callable[[str], bool] | None = None) -> list[tuple[str, str | None, str | None]]:
    """Split one credit into ``(name, role, place)`` triples: the one name splitter of the
    text byline path (``parse_byline``, ``parse_credits``) and of the HTML path
    (``decide.decide_authors``: ``<meta name=author>``, JSON-LD ``author``, byline elements).

    "A and B", "A, B und C", "Par A et B", "By A, B and C" give two or three names;
    "A, Senior Correspondent" gives A with that role; "A in Nairobi" and "A, de Brasília"
    give A with a place.  Cleaned away: byline prefixes and labels, e-mails, addresses and
    handles, a date or stamp after a name, an employer after "for", a role after a name,
    the site's name after a name of three words or more (``is_site`` says which word is
    one), a trailing agency after people's names.  Kept: names whose words are capitalised
    or particles ("Sèna D. B. de Sodji"), names in scripts without capitals ("박준석"); not
    kept: generic credits ("Staff", "La Rédaction"), parts with digits.  ALL-CAPS names of
    two words or more are written in normal capitalisation.

    ``metadata`` is for a markup field that holds nothing but credits (``<meta
    name=author>``, JSON-LD): there a lowercase word is tolerated in a name of one word, or
    once in a name of two or three ("Mobasir hassan"); in printed text a lowercase word
    means prose ("by using humorous bags"), so the text and byline-element paths leave it
    at ``False``.  Returns ``[]`` for a text of more than 250 characters.  Never raises.

    Word lists (``data/layout.json``): ``byline_prefixes``, ``byline_labels`` and
    ``name_lead_noise`` before a name; ``connectors`` ("and", "by", place and employer
    words); ``author_roles``; ``name_stopwords``, ``name_end_words`` and ``weekdays`` after
    a name; ``name_particles``; ``generic_bylines``; ``agencies``.  Month names come from
    CLDR (``datewords.month_names``).  The rules follow wire-service and newspaper byline
    styles.
    """
    text = " ".join(_HANDLE.sub(" ", _EMAIL.sub(" ", _URL.sub(" ", text))).split()).strip(" '\"“”«»()|-")
    if ends_in_domain(text):  # "A B zaxid.net": the site's address after the names
        text = text[:list(_DOMAIN.finditer(text))[-1].start()].strip(" '\"“”«»()|-")
    text = _strip_lead(text)
    if not text or len(text) > 250:
        return []
    out: list[tuple[str, str | None, str | None]] = []
    for part in _name_splitter(text.isupper()).split(text):
        part = _strip_lead(_trim(part))
        if not part or is_generic(part):
            continue
        if out and _is_role(part):  # "A, Senior Correspondent": the role of the name before
            name, role, pl = out[-1]
            out[-1] = (name, role or part, pl)
            continue
        m = _place_alone().match(part)
        if m:  # "A, de Brasília": the place of the name before
            if out:
                name, role, _ = out[-1]
                out[-1] = (name, role, m.group(1))
            continue
        part = _cut_name(part, is_site)
        place = None
        m = _place_after().match(part)
        if m and looks_like_name(m.group(1)):
            part, place = m.group(1), m.group(2)
        if _is_name(part, metadata):
            out.append((normal_case(part), None, place))
    if len(out) > 1 and out[-1][0].lower() in phrase_set("agencies"):
        out.pop()  # "A and B, Reuters": the agency after people's names is not credited
    return out


def _contributors(text: str) -> tuple[list[Contributor], str | None]:
    people: list[Contributor] = []
    place = None
    for name, role, pl in split_names(text):
        people.append(Contributor(name=name, role=role))
        place = place or pl
    return people, place


def parse_byline(line: str) -> Byline | None:
    """Read a top byline ("By A and B", "Par : A", "Written by A").

    Returns ``None`` when ``line`` does not start with a byline prefix or label, or when
    what follows is not a list of names (then it is ordinary text).  A generic desk
    byline returns an empty ``Byline``.
    """
    text = re.sub(r"\s+", " ", line.strip().strip("*_ ")).strip()
    rest = _strip_prefix(text, phrase_set("byline_prefixes") | phrase_set("byline_labels"))
    if rest is None:  # "Posted on <date> by A": a publication label, then a "by" word
        label = text.split(None, 1)[0].lower().rstrip(":") if text else ""
        rest = after_inner_by(text) if label in phrase_set("byline_posted_labels") else text
        if rest == text:
            return None
    rest = rest.strip()
    if is_generic(rest):
        return Byline()
    people, place = _contributors(rest)
    if not people:
        return None
    return Byline(authors=people, place=place)


def parse_credits(line: str) -> Byline | None:
    """Read a credit line: "Reporting by A in X and B; Writing by C; Editing by D".

    Also "(Reportage de A ; édité par B)", "Édité par B", "Additional reporting by A".
    Returns ``None`` when the line holds no credit label.
    """
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
