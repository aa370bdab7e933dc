"""Names in credits: what a credited name looks like and what is cut from around it.

``looks_like_name`` and ``is_generic`` say whether a piece of a credit can be a person's or
an agency's name; ``cut_name`` and ``tidy_name`` remove what page renderings print after
or glued to a name (a date or stamp, a role, the site's name, an employer after "for",
interface words); ``normal_case`` writes an ALL-CAPS name in normal capitalisation.
``bylines_names.split_names`` splits a credit into names with them.  The words these rules know
(roles, particles, generic credits, interface words, weekdays, agencies) are in
``data/bylines.json``, ``data/dates.json`` and ``data/agencies.json``; month names come
from CLDR (``datewords.month_names``).  The rules follow wire-service and newspaper
byline styles.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from congo_digital.fields.datewords import _BASE_LANGUAGES, _fold, month_names
from congo_digital.fields.given_names import first_name
from congo_digital.vocab import entry, phrase_set

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


def particles() -> frozenset[str]:
    """Lowercase words inside names ("de", "van", "bin"): ``name_particles``."""
    return phrase_set("name_particles")


def normal_case(name: str) -> str:
    """Write an ALL-CAPS name of two words or more in normal capitalisation.

    "JEAN-PAUL N'DIAYE" -> "Jean-Paul N'Diaye"; a name of one word stays as written (an
    acronym: "AFP", "EFE").  Particles (``name_particles`` in ``data/bylines.json``) are
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

    return " ".join(cap(w) if w.lower() not in particles() else w.lower() for w in name.split())


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
    lower = particles()
    if tokens[0].lower() in lower and len(tokens) == 1:
        return False
    return all((_NAME_TOKEN.match(t) and (t[0].isupper() or t[0] in "'’")) or t in lower for t in tokens) \
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


def is_role(text: str) -> bool:
    """True when a word of ``text`` is an author role ("Senior Correspondent"): ``author_roles``."""
    words = re.findall(r"[\w']+", text.lower())
    roles = phrase_set("author_roles")
    return bool(words) and any(w in roles for w in words)


def is_generic(text: str) -> bool:
    """True for credits that name nobody: desk bylines ("Staff Reporter", "La Rédaction") and
    generic words ("Facebook", "Alle Beiträge"), with or without a "by" word before them.

    ``text`` is compared lowercased, spaces collapsed, end punctuation stripped.  The
    phrases are ``generic_bylines`` in ``data/bylines.json`` (desk bylines of news pages,
    social networks and template words, written for this project); the "by" words its
    ``connectors.by``.  Never raises.
    """
    t = re.sub(r"\s+", " ", text.strip().lower()).strip(" .,:")
    first, _, rest = t.partition(" ")
    if rest and first in entry("connectors")["by"]:
        t = rest
    return t in phrase_set("generic_bylines")


def drop_addresses(text: str) -> str:
    """``text`` without URLs, e-mail addresses and @handles (white space collapsed, quotes and
    brackets around it stripped), and without a host name at its end ("A B zaxid.net": the
    site's address after the names).  Never raises."""
    text = " ".join(_HANDLE.sub(" ", _EMAIL.sub(" ", _URL.sub(" ", text))).split()).strip(" '\"“”«»()|-")
    if ends_in_domain(text):
        text = text[:list(_DOMAIN.finditer(text))[-1].start()].strip(" '\"“”«»()|-")
    return text


@cache
def _lead_noise() -> tuple[str, ...]:
    return tuple(sorted(phrase_set("name_lead_noise"), key=len, reverse=True))


@cache
def _employer() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in entry("connectors")["employer"])
    return re.compile(rf"\s(?i:{words})(?=$|\s+[A-ZÀ-Þ])")


_FINAL_INITIAL = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ]\.$")
_FOOTNOTE = re.compile(r"\^\w{0,3}$")
_GLUED_WORD = re.compile(r"^(.*[a-zà-ÿ])([A-ZÀ-Þ][a-zà-ÿ]+)$")


def tidy_name(part: str) -> str:
    """Remove what page renderings glue to a credited name: a social handle after it
    ("A B, @ab"), a lead phrase ("Profilbild von",
    "Erstellt von"), an employer after "for" ("A B for Example.com"), a role or interface
    word glued to the surname ("A BKorrespondent", "A BTwitter") or left after it ("A B Image"),
    and a month name left after a name of two or more words by a date that followed it (not
    one after a particle: "Luigi Di Maio").
    Interface words alone ("Social Links") give ``""``."""
    low = part.lower()
    for lead in _lead_noise():
        if low.startswith(lead + " ") and len(part) > len(lead) + 1:
            part = part[len(lead) + 1:].strip()
            break
    part = _employer().split(part, maxsplit=1)[0]
    tokens = [_FOOTNOTE.sub("", t) for t in part.split() if not t.startswith("@")]
    if tokens and "@" in part:  # "Jane Roe, @janeroe": the comma before the handle goes with it
        tokens[-1] = tokens[-1].rstrip(",;|·•")
    stop = phrase_set("name_stopwords")
    roles = phrase_set("author_roles")
    # "Lucy RoeNews Reporter": trailing role words, then a word glued to the surname
    while len(tokens) > 2 and tokens[-1].lower() in roles:
        tokens.pop()
    if tokens:
        m = _GLUED_WORD.match(tokens[-1])
        if m and (m.group(2).lower() in stop or m.group(2).lower() in roles):
            tokens[-1] = m.group(1)
    while len(tokens) > 1 and tokens[-1].lower().strip(".,") in stop and not surname_word(tokens, len(tokens) - 1):
        tokens.pop()
    if len(tokens) == 1 and tokens[0].lower().strip(".,") in stop and tokens[0].lower() not in phrase_set("agencies"):
        return ""  # "Social Links": interface words only
    # "Amanda Tan November" (from "Amanda Tan November 19, 2023"): a month name left by a date,
    # unless a particle comes before it ("Luigi Di Maio": "maio" is the Portuguese May, a surname)
    if len(tokens) >= 3 and _fold(tokens[-1].strip(".,")) in month_names(_BASE_LANGUAGES) and (
            tokens[-2].lower() not in particles()):
        tokens.pop()
    # "J.R. Stone KGO": a station or outlet acronym after a mixed-case name
    if len(tokens) >= 3 and tokens[-1].isupper() and len(tokens[-1]) >= 2 and tokens[-1].isalpha() \
            and not all(t.isupper() for t in tokens[:-1]):
        tokens.pop()
    return " ".join(tokens)


def trim_name(part: str) -> str:
    """Strip separators, quotes and brackets around a name part, keeping the dot of a final
    initial ("Koffi A.") or of a final suffix ("Paul Kasongo Jr.", ``name_suffixes``)."""
    out = part.strip(" ,.;:'\"“”«»()[]*-–—")
    kept = part.rstrip(" ,;:'\"“”«»()[]*-–—")
    if _FINAL_INITIAL.search(kept) or (kept.endswith(".") and is_suffix(out.rsplit(" ", 1)[-1])):
        out += "."
    return out


def is_suffix(word: str) -> bool:
    """True for a name suffix ("Jr.", "MD", "Ph.D."): ``name_suffixes`` of ``data/bylines.json``,
    compared lowercased without the final dot."""
    return word.lower().strip(" .,") in phrase_set("name_suffixes")


def _date_word(words: list[str], i: int) -> bool:
    """True when ``words[i]`` starts a date or a stamp printed after a name: a number, a
    weekday, a publication word ("Updated"), or a month name next to a number."""
    word = words[i].lower().strip(".,:")
    if surname_word(words, i):
        return False  # "Mary Friday": a weekday after a given name is her surname
    if word in phrase_set("weekdays") and i == 0 and len(words) > 1 and _given_weekday(words[1]):
        return False  # "Sunday Adebayo": a weekday opening a name is a given name
    if any(ch.isdigit() for ch in word) or word in phrase_set("weekdays") or word in phrase_set("name_end_words"):
        return True
    near = words[i - 1:i] + words[i + 1:i + 2] if i else words[1:2]
    return _fold(word) in month_names(_BASE_LANGUAGES) and any(ch.isdigit() for w in near for ch in w)


def _given_weekday(following: str) -> bool:
    """True when ``following``, the word after a weekday that opens a credit, makes the
    weekday a given name ("Sunday Adebayo", "Monday Okpara": weekday names are given names in
    West Africa): a capitalised word that is no number, no month name, no weekday and no
    stamp word ("Sunday 12 March", "Monday Updated" stay dates)."""
    bare = following.strip(".,:")
    low = bare.lower()
    return (bare[:1].isupper() and bare.isalpha() and low not in phrase_set("weekdays")
            and low not in phrase_set("name_end_words") and _fold(low) not in month_names(_BASE_LANGUAGES))


def surname_word(words: list[str], i: int) -> bool:
    """True when ``words[i]``, a weekday or interface word that is also a surname
    (``name_stopword_surnames``: "Friday", "Mail", "Domingo"), is the surname of the known
    given name before it (``fields.given_names``): the second word of the credit, written
    with a capital (in capitals only in a name all in capitals), and its last word or one
    before a capitalised word that starts no stamp (``_given_weekday``).  "Mary Friday",
    "Paul Mail", "Plácido Domingo Embil" keep the word; "Jane Roe Friday", "Mary Friday 12
    March", "Mary Friday March 12" and "Jane Email" do not.  Never raises."""
    if i != 1 or len(words) < 2:
        return False
    bare = words[1].strip(".,:")
    if bare.lower() not in phrase_set("name_stopword_surnames") or not bare[:1].isupper() \
            or bare.isupper() and not words[0].isupper():
        return False
    return first_name(words[0].strip(".,").casefold()) and (len(words) == 2 or _given_weekday(words[2]))


_GLUED_NUMBER = re.compile(r"^([^\W\d_]{2,})[\^\d]")


def cut_name(part: str, is_site: Callable[[str], bool] | None) -> str:
    """Cut what follows a name in a credit: a date or stamp ("A B Thursday", "A B 30 Aug
    2023", "A Nolan22 Dec" -> "A Nolan"), a role ("A B Senior Reporter" -> "A B"; when the
    role stands after the fourth word, the first two if they are capitalised: "A B Paper
    business reporter"), the site's name after a name of three words or more ("A B
    SiteName"), short lowercase words left at the end ("Cooper am", "A B is"), then the
    rendering noise of ``tidy_name``; an adjective before the role goes with it ("A B
    Political Correspondent": ``role_adjective_endings``)."""
    words = part.split()
    end = next((i for i in range(len(words)) if _date_word(words, i)), len(words))
    if 0 < end < len(words):
        glued = _GLUED_NUMBER.match(words[end])
        words = words[:end] + ([glued.group(1)] if glued and not glued.group(1).isupper() else [])
    else:
        words = words[:end]
    roles = phrase_set("author_roles")
    cut = next((i for i, w in enumerate(words) if w.lower().strip(".,") in roles), None)
    if cut is not None and cut >= 3 and words[cut - 1].lower().endswith(tuple(entry("role_adjective_endings"))):
        cut -= 1  # "A B Landespolitische Korrespondentin", "A B Political Correspondent": the role's adjective
    if cut is not None:
        words = words[:cut] if cut <= 3 else words[:2] if all(w[:1].isupper() for w in words[:2]) else []
    if is_site is not None and len(words) > 2:
        words = words[:next((i for i in range(1, len(words)) if is_site(words[i])), len(words))]
    while len(words) > 1 and words[-1][:1].islower() and len(words[-1]) <= 3 and words[-1] not in particles():
        words.pop()
    return trim_name(tidy_name(" ".join(words)))


def is_name(part: str, metadata: bool) -> bool:
    """True when ``part`` can be a credited person or agency (see ``bylines_names.split_names``);
    a known agency (``agencies.json``) also in lowercase ("dpa")."""
    words = part.split()
    if not 1 <= len(words) <= 5 or len(part) > 60 or not part[0].isalpha() or any(ch.isdigit() for ch in part):
        return False
    if _BAD_CHARS.search(part) or _DOMAIN.search(part) or is_generic(part):
        return False
    if looks_like_name(part) or _caseless(part):
        return True
    if part.casefold() in phrase_set("agencies"):
        return True  # an agency written as it brands itself, in lowercase ("Von dpa", "par afp")
    lower = sum(1 for w in words if w[:1].islower() and w.lower() not in particles())
    return metadata and (len(words) == 1 or (lower <= 1 and len(words) <= 3))

