"""Bylines: who wrote and who edited an article.

Reads a byline ("By A and B", "By : A", "Par A, critique de cinéma", "Por A | Malabo |",
"Von A", "Written by A", "Posted on <date> by A") or a credit line ("Reporting by A in
Nairobi and B; Writing by C; Editing by D", "(Reportage de A ; édité par B)") and returns
contributors.  The words it knows (prefixes, credit labels, generic desk bylines, role
words) live in ``data/layout.json``.

Rules (from wire-service and newspaper byline styles): names are split on commas, ";",
"&" and the word "and" in the article's languages; a comma segment made of role words
("Senior Health Correspondent") is the role of the name before it; "in <Place>" and
"de <Place>" after a name give the filing place; ALL-CAPS names are written in normal
capitalisation; generic desk bylines ("Staff Reporter", "La Rédaction") give nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from congo_digital.datewords import _BASE_LANGUAGES, _fold, month_names
from congo_digital.lexicon import layout, phrase_set
from congo_digital.model import Contributor

_SPLIT_SEMI = re.compile(r"\s*[;|]\s*")
_PARTICLES = frozenset(
    "de da do dos das du del della di van von der den la le el al bin ben ibn y e zu ter ten st st.".split()
)
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_][\w'’.\-]*|[^\W\d_]\.|[A-Z][a-z]?['’][A-Z][\w\-]*)$")
_EMAIL = re.compile(r"\S+@[\w-]+\.\w\S*")
_HANDLE = re.compile(r"@\w+")
_URL = re.compile(r"https?://\S+|www\.\S+")
_NICKNAME = re.compile(r"(?<=\w)\s[\"“][^\W\d_][^\"“”]{0,28}[\"”]\s(?=\w)")


@dataclass
class Byline:
    """Contributors read from one line: ``authors``, ``editors`` and a filing ``place``."""

    authors: list[Contributor] = field(default_factory=list)
    editors: list[Contributor] = field(default_factory=list)
    place: str | None = None


def normal_case(name: str) -> str:
    """Write an ALL-CAPS name in normal capitalisation ("JEAN-PAUL N'DIAYE" -> "Jean-Paul N'Diaye")."""
    if not name.isupper():
        return name

    def cap_part(part: str) -> str:
        # "N'DIAYE" -> "N'Diaye", "O'BRIEN" -> "O'Brien": a one-letter prefix before the apostrophe
        m = re.match(r"^(\w['’])(\w.*)$", part)
        if m:
            return m.group(1).upper() + m.group(2)[:1].upper() + m.group(2)[1:].lower()
        return part[:1].upper() + part[1:].lower()

    def cap(word: str) -> str:
        return "-".join(cap_part(p) for p in word.split("-"))

    return " ".join(cap(w) if w.lower() not in _PARTICLES else w.lower() for w in name.split())


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
    if tokens[0].lower() in _PARTICLES and len(tokens) == 1:
        return False
    return all((_NAME_TOKEN.match(t) and (t[0].isupper() or t[0] in "'’")) or t in _PARTICLES for t in tokens) \
        and any(t[0].isupper() for t in tokens)


def _is_role(text: str) -> bool:
    words = re.findall(r"[\w']+", text.lower())
    roles = phrase_set("author_roles")
    return bool(words) and any(w in roles for w in words)


def is_generic(text: str) -> bool:
    """True for desk bylines that credit nobody ("Staff Reporter", "La Rédaction")."""
    t = re.sub(r"\s+", " ", text.strip().lower()).strip(" .,:")
    t = re.sub(r"^(?:by|par|por|von)\s+", "", t)
    return t in phrase_set("generic_bylines")


@cache
def _first_words(prefixes: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split()[0].rstrip(":") for p in prefixes if p.split())


def _strip_prefix(text: str, prefixes: frozenset[str]) -> str | None:
    """Remove a leading prefix word/phrase (and a following colon); None when absent."""
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
def _name_splitter() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in _connectors() if w != "&")
    return re.compile(rf"\s*,\s*|\s+(?:{words})\s+|\s*&\s*")


@cache
def _lead_noise() -> tuple[str, ...]:
    return tuple(sorted(phrase_set("name_lead_noise"), key=len, reverse=True))


def _connectors() -> list[str]:
    return layout()["connectors"]["and"]


_FINAL_INITIAL = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ]\.$")
_FOOTNOTE = re.compile(r"\^\w{0,3}$")
_GLUED_WORD = re.compile(r"^(.*[a-zà-ÿ])([A-ZÀ-Þ][a-zà-ÿ]+)$")


def _tidy_name(part: str) -> str:
    """Remove what page renderings glue to a credited name: a lead phrase ("Profilbild von",
    "Erstellt von"), an employer after "for" ("A B for Example.com"), a role or interface
    word glued to the surname ("A BKorrespondent", "A BTwitter") or left after it ("A B Image"),
    and a month name left after a name of two or more words by a date that followed it."""
    low = part.lower()
    for lead in _lead_noise():
        if low.startswith(lead + " ") and len(part) > len(lead) + 1:
            part = part[len(lead) + 1:].strip()
            break
    part = re.split(r"\s(?:for|für|pour|para)\s", part, maxsplit=1, flags=re.I)[0]
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
    # "Amanda Tan November" (from "Amanda Tan November 19, 2023"): a month name left by a date
    if len(tokens) >= 3 and _fold(tokens[-1].strip(".,")) in month_names(_BASE_LANGUAGES):
        tokens.pop()
    # "J.R. Stone KGO": a station or outlet acronym after a mixed-case name
    if len(tokens) >= 3 and tokens[-1].isupper() and len(tokens[-1]) >= 2 and tokens[-1].isalpha() \
            and not all(t.isupper() for t in tokens[:-1]):
        tokens.pop()
    return " ".join(tokens)


def _trim(part: str) -> str:
    """Strip separators around a name part, keeping the dot of a final initial ("Koffi A.")."""
    out = part.strip(" ,.;:-–—")
    if _FINAL_INITIAL.search(part.rstrip(" ,;:-–—")):
        out += "."
    return out


def split_names(text: str) -> list[tuple[str, str | None, str | None]]:
    """Split a list of credited names into (name, role, place) triples.

    "A, B and C" gives three names; "A, Senior Correspondent" gives A with that role;
    "A in Nairobi" and "A, de Brasília" give A with a place.
    """
    text = _trim(_HANDLE.sub("", _EMAIL.sub("", _URL.sub("", text))))
    if not text:
        return []
    parts = _name_splitter().split(text)
    out: list[tuple[str, str | None, str | None]] = []
    for part in parts:
        part = _trim(part)
        first, _, rest = part.partition(" ")
        if rest and first in _connectors():  # "A, B, and C": the Oxford comma
            part = rest
        if not part:
            continue
        if out and _is_role(part):
            name, role, pl = out[-1]
            out[-1] = (name, role or part, pl)
            continue
        part = _tidy_name(part)
        if not part:
            continue
        place = None
        m = re.match(r"^(.*?)\s+(?:in|à|en|em|aus)\s+([A-ZÀ-Þ][\w'’\-]*(?:\s[A-ZÀ-Þ][\w'’\-]*){0,3})$", part)
        if m and looks_like_name(m.group(1)):
            part, place = m.group(1), m.group(2)
        m = re.match(r"^(?:de|desde|from)\s+([A-ZÀ-Þ][\w'’\-]*(?:\s[A-ZÀ-Þ][\w'’\-]*){0,3})$", part)
        if m and out:
            name, role, _ = out[-1]
            out[-1] = (name, role, m.group(1))
            continue
        if out and (_is_role(part) or not looks_like_name(part)):
            name, role, pl = out[-1]
            if role is None and _is_role(part):
                out[-1] = (name, part, pl)
            continue
        if looks_like_name(part) and not is_generic(part):
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
    if rest is None:
        m = re.match(r"^(?:posted|published|publié|publicado|veröffentlicht)\b.*?\s(?:by|par|por|von)\s+(.+)$",
                     text, re.I)
        if not m:
            return None
        rest = m.group(1)
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
