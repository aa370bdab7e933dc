"""Weigh the evidence for each field of an HTML page's record.

``decide_title``, ``decide_authors``, ``decide_date``, ``decide_language`` and
``decide_section`` take the metadata candidates of ``htmlmeta.collect`` (and, as a
fallback, what the plain-text layout rules read in the page's main text) and return a
``Decision``: the value and the source it came from, with offsets into the HTML.

Rules, field by field:

* **title**: every title candidate votes for its wording (compared without case and
  punctuation) with its source's weight (``_TITLE_WEIGHT``: og:title 2.8 — it outweighs
  up to two other agreeing sources —, JSON-LD headline and ``<h1>`` 1.0, ``<title>`` 0.9,
  other ``<meta>`` 0.8, microdata 0.7, Dublin Core 0.5, ``<h2>`` 0.1; an ``<h1>`` in a
  comments/related/sidebar container counts half).  Site names are cut from the ends of a
  title (``clean_title``) when the page names the site elsewhere (``og:site_name``,
  JSON-LD publisher, the host name), when the affix is a domain, or when other titles
  have the headline without it; a wording that is another candidate plus affixes or a
  one- or two-word kicker ("Wahl: …") gives its votes to that candidate.  The winning
  wording is written as its most trusted source prints it (og:title first, then JSON-LD,
  ``<meta>``, microdata, Dublin Core, ``<title>``, headings).
* **authors**: the first source, in order JSON-LD, microdata, ``<meta>`` (author,
  ``article:author``, Dublin Core…), ``rel=author``, byline-class elements, the text's
  byline line, that gives at least one person after cleaning (``clean_names``); an
  agency or organisation is kept only when no source names a person.
* **date**: published before modified; structured (JSON-LD, ``article:published_time``,
  microdata, ``<meta name=date…>``, Dublin Core) before ``<time datetime>`` and labelled
  dates ("Datum", "Published") before the visible text's date line, the date classes and
  a date in the page's address; the modification date is only the last resort.  A UTC
  stamp gives way to the local calendar day of the same moment when other candidates
  print it (``_local_day``).
* **language**: the page's ``lang`` unless the main text is long and CLD2 reads another
  language in it; then the detected language.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from congo_digital.fields.bylines import after_inner_by, ends_in_domain, split_names
from congo_digital.fields.dates import find_dates
from congo_digital.html.meta import Candidate
from congo_digital.vocab import load_json

_TITLE_SEP = re.compile(
    r"\s+(?:\||-|--|–|—|·|•|::|:|»|«|/|~|\|\|)\s+|\s*[|•»｜：]\s*"
    r"|(?<=\S)[-－_](?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
)
_WORD = re.compile(r"\w+")


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = load_json("html.json")
    return {k: frozenset(norm_key(w) for w in v) for k, v in data.items() if isinstance(v, list)}


@dataclass
class Decision:
    """A chosen value with its evidence: ``source`` tag and offsets into the HTML source."""

    value: object
    source: str
    start: int | None = None
    end: int | None = None
    text: str | None = None


def norm_key(text: str) -> str:
    """Lowercase, accent-free, punctuation-free form of ``text`` for comparisons."""
    if text.isascii():  # nothing to decompose
        return " ".join(_WORD.findall(text.casefold()))
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_WORD.findall(text))


def _tokens(text: str) -> list[str]:
    return norm_key(text).split()


def _overlap(a: str, b: str) -> float:
    """Token F1 of two strings."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    pool = list(tb)
    common = 0
    for t in ta:
        if t in pool:
            pool.remove(t)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


# ---------------------------------------------------------------- site names

def site_names(cands: list[Candidate]) -> set[str]:
    """Normalised names the page gives itself (og:site_name, publisher, host name parts)."""
    names: set[str] = set()
    for c in cands:
        if c.field == "site":
            key = norm_key(c.value.lstrip("@"))
            if key:
                names.add(key)
                names.add(key.replace(" ", ""))
        elif c.field == "url":
            m = re.match(r"^(?:https?:)?//([^/:?#]+)", c.value)
            if m:
                host = m.group(1).lower()
                parts = [p for p in host.split(".") if p not in ("www", "m", "amp", "edition", "news")]
                if len(parts) >= 2:
                    names.add(norm_key(".".join(parts)))
                    names.add(norm_key(" ".join(parts[:-1])))
                    names.add(parts[-2])
                    names.add(".".join(parts))
    return {n for n in names if n}


def _is_site(text: str, sites: set[str]) -> bool:
    key = norm_key(text)
    if not key:
        return False
    squashed = key.replace(" ", "")
    if key in sites or squashed in sites:
        return True
    for s in sites:
        s2 = s.replace(" ", "")
        short, long_ = sorted((s2, squashed), key=len)
        if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 4:
            return True
    return False


# ---------------------------------------------------------------- title

def _split_title(title: str) -> list[str]:
    return [p for p in _TITLE_SEP.split(title) if p.strip()]


_SITE_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2,3}|info|online|news|media)", re.I)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_KICKER = re.compile(r"(?<=\w):\s+(?=\w)")


def _part_runs(title: str) -> list[tuple[str, bool]]:
    """Leading and trailing runs of a title's separator-delimited parts, longest first, each
    with a flag: True for the runs after a kicker ("Wahl: Headline"), which only a well
    supported candidate may take."""
    out: list[tuple[str, bool]] = []
    cuts = [(m.start(), m.end()) for m in _TITLE_SEP.finditer(title)]
    runs = [title[:a] for a, _ in reversed(cuts)] + [title[b:] for _, b in cuts]
    out.extend((r.strip(), False) for r in runs if r.strip())
    m = _KICKER.search(title)
    if m and len(title[:m.start()].split()) <= 2:  # a one- or two-word kicker
        out.append((title[m.end():].strip(), True))
    return out


def clean_title(title: str, sites: set[str], others: list[str]) -> str:
    """Cut site-name affixes ("Headline | Site", "Site - Headline") from ``title``.

    An affix goes when it is one of ``sites`` or when it is absent from every title in
    ``others`` that has the rest of the headline.  The longest part is never cut.
    """
    title = " ".join(title.split())
    parts = _split_title(title)
    if len(parts) < 2:
        return title
    # Rebuild by positions so the headline keeps its own punctuation.
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _TITLE_SEP.finditer(title):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(title)))
    pieces = [p for p in pieces if title[p[0]:p[1]].strip()]
    if len(pieces) < 2:
        return title
    longest = max(range(len(pieces)), key=lambda i: pieces[i][1] - pieces[i][0])
    lo, hi = 0, len(pieces)

    def affix(i: int) -> bool:
        text = title[pieces[i][0]:pieces[i][1]]
        if i == longest:
            return False
        if _is_site(text, sites) or _SITE_DOMAIN.fullmatch(text.strip()):
            return True
        if i == len(pieces) - 1 and len(text.strip()) <= 6 and _CJK.search(text) and not title[
                pieces[i - 1][1]:pieces[i][0]].strip(" -－_|｜："):
            return True  # "标题-新华网": a short CJK site name after a hyphen or bar
        squashed = norm_key(text).replace(" ", "")
        if any(len(site) >= 8 and " " in site and site.replace(" ", "") in squashed for site in sites):
            return True  # "EFC Site Name Regensburg"
        core = title[pieces[longest][0]:pieces[longest][1]]
        backing = [o for o in others if _overlap(core, o) > 0.5 or norm_key(core) in norm_key(o)]
        return bool(backing) and all(norm_key(text) not in norm_key(o) for o in backing)

    while hi - lo > 1 and affix(hi - 1):
        hi -= 1
    while hi - lo > 1 and affix(lo):
        lo += 1
    seps = {m.group().strip() for m in _TITLE_SEP.finditer(title)}
    if len(pieces) >= 3 and (lo, hi) != (0, len(pieces)) and hi - lo > 1 and len(seps) == 1:
        # "Site » Category » Headline": one separator throughout, the site cut: the longest part.
        return title[pieces[longest][0]:pieces[longest][1]].strip()
    return title[pieces[lo][0]:pieces[hi - 1][1]].strip()


_TITLE_WEIGHT = {"html:json-ld": 1.0, "html:opengraph": 2.8, "html:meta": 0.8, "html:dublin-core": 0.5,
                 "html:microdata": 0.7, "html:title": 0.9, "html:h1": 1.0, "html:heading-class": 0.8,
                 "html:h2": 0.1}
_TITLE_PRIORITY = ["html:opengraph", "html:json-ld", "html:meta", "html:microdata", "html:dublin-core",
                   "html:title", "html:h1", "html:heading-class", "html:h2"]


def decide_title(cands: list[Candidate], text_title: str | None) -> Decision | None:
    """Choose the headline (rules in the module docstring).

    Every title candidate, site affixes cut, votes with its source's weight for its
    wording (compared without case and punctuation); the best supported wording wins,
    written as its most trusted source prints it.
    """
    sites = site_names(cands)
    pool = [c for c in cands if c.field == "title"]
    raw_all = [c.value for c in pool]
    votes: dict[str, float] = {}
    members: dict[str, list[tuple[Candidate, str]]] = {}
    for c in pool:
        weight = _TITLE_WEIGHT.get(c.source, 0.5)
        if c.kind == "weak" or (c.source in ("html:h1", "html:json-ld") and c.rank > 0):
            weight *= 0.3
        if c.kind == "skipped":
            weight *= 0.5
        if c.source in ("html:h1", "html:heading-class", "html:h2"):
            text = c.value
        else:
            text = clean_title(c.value, sites, [o for o in raw_all if o != c.value])
        text = " ".join(text.split()).rstrip(" -|–—:·")
        key = norm_key(text)
        if len(key) < 3 or _is_site(text, sites):
            continue
        votes[key] = votes.get(key, 0.0) + weight
        members.setdefault(key, []).append((c, text))
    # A wording that is another candidate plus affixes ("Headline | Site | Slogan") votes for it.
    for key in sorted(votes, key=len, reverse=True):
        c, text = members[key][0]
        for run, kicker in _part_runs(text):
            run_key = norm_key(run)
            if run_key != key and run_key in votes and len(run_key) >= 8 and (
                    not kicker or votes[run_key] >= 0.5):
                votes[run_key] += votes.pop(key)
                members[run_key].extend((mc, run) for mc, _ in members.pop(key))
                break
    if not votes:
        return Decision(text_title, "text:title") if text_title else None
    best = max(votes, key=lambda k: votes[k])
    c, text = min(members[best], key=lambda m: (_TITLE_PRIORITY.index(m[0].source)
                                                 if m[0].source in _TITLE_PRIORITY else 9, m[0].rank))
    return Decision(text, c.source, c.start, c.end, c.value)


_SOURCE_ORDER = {"html:json-ld": 0, "html:opengraph": 1, "html:microdata": 2, "html:meta": 3,
                 "html:dublin-core": 4, "html:rel-author": 5, "html:byline-class": 6, "html:byline-text": 6.5,
                 "html:time": 7, "html:date-text": 7.5, "text:byline": 8, "html:date-class": 9, "html:url": 10}


# ---------------------------------------------------------------- authors

def is_agency(name: str) -> bool:
    """True for a news agency's name or acronym (``data/html.json`` ``agencies``)."""
    return norm_key(name) in _lists()["agencies"]


def clean_names(raw: str, sites: set[str], person: bool = False, visible: bool = False) -> list[str]:
    """Split one credit into the names of people or agencies (``bylines.split_names``).

    The HTML side adds the site: a credit that is the site's name (``sites``, see
    ``site_names``) is returned whole, for the caller to flag, unless ``person`` (the
    markup says it is a Person); a site word after a name of three words or more ends
    it.  ``visible`` (a byline printed in the page) reads the credit as printed text; a
    markup value (``visible`` false) tolerates a lowercase word ("Mobasir hassan").
    Returns ``[]`` when nothing in ``raw`` can be a name.  Never raises.
    """
    text = " ".join(raw.split()).strip(" '\"“”«»()|-")
    if text and len(text) <= 250 and not person and not ends_in_domain(text) and _is_site(text, sites):
        return [text]
    if visible:  # "Posted on <date> by A", "View all posts by A"
        text = after_inner_by(text)
    return [name for name, _, _ in split_names(text, metadata=not visible, is_site=lambda w: _is_site(w, sites))]


def _dedupe(names: list[str]) -> list[str]:
    keys: list[str] = []
    out: list[str] = []
    for n in names:
        k = norm_key(n)
        if k in keys:
            continue
        keys.append(k)
        out.append(n)
    return out


def _complete(people: list[str], sequence: list[tuple[str, list[tuple[str, bool]], Candidate | None]]) -> list[str]:
    """Replace a one-word name by a fuller one that another source gives ("Todd" -> "Todd Bates")."""
    fuller = [n for _, names, _ in sequence for n, org in names if not org and " " in n]
    out = []
    for p in people:
        if " " not in p:
            p = next((f for f in fuller if norm_key(f).split()[0] == norm_key(p)), p)
        out.append(p)
    return _dedupe(out)


_VISIBLE = frozenset({"html:byline-class", "html:byline-text", "html:rel-author"})
_STRUCTURED = frozenset({"html:json-ld", "html:microdata", "html:meta", "html:dublin-core", "html:opengraph"})


def decide_authors(cands: list[Candidate], text_authors: list[str]) -> Decision | None:
    """Choose the credited people (rules in the module docstring).

    Sources are read in the order of ``_SOURCE_ORDER``; the first that names a person
    wins.  Organisations (the site itself, an agency, a JSON-LD ``Organization``) are
    only kept when no source names a person: then the first structured one, or an agency.
    """
    sites = site_names(cands)
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.field == "authors":
            groups.setdefault(c.source, []).append(c)
    sequence: list[tuple[str, list[tuple[str, bool]], Candidate | None]] = []
    for src, group in groups.items():
        group.sort(key=lambda c: c.rank)
        names: list[tuple[str, bool]] = []
        done = False
        for c in group:
            person = c.kind == "person"
            domain = not person and ends_in_domain(c.value.strip())
            visible = src in _VISIBLE
            found = clean_names(c.value, sites, person=person, visible=visible)
            if done:
                # Later, smaller byline elements only refine a name ("A B Games" -> "A B").
                names = [(next((f for f in found if norm_key(n).startswith(norm_key(f) + " ")), n), o)
                         for n, o in names]
                continue
            for n in found:
                org = c.kind == "organization" or is_agency(n) or domain or _is_site(n, sites)
                names.append((n, org))
            if src in ("html:byline-class", "html:byline-text") and any(not o for _, o in names):
                done = True
        sequence.append((src, names, group[0]))
    if text_authors:
        names = [(n, is_agency(n) or _is_site(n, sites)) for a in text_authors
                 for n in clean_names(a, sites, visible=True)]
        sequence.append(("text:byline", names, None))
    sequence.sort(key=lambda s: _SOURCE_ORDER.get(s[0], 9))
    fallback: Decision | None = None
    for src, names, first in sequence:
        people = _dedupe([n for n, org in names if not org])
        where = (first.start, first.end, first.value) if first else (None, None, None)
        if people:
            return Decision(_complete(people, sequence), src, *where)
        orgs = _dedupe([n for n, _ in names])
        if orgs and fallback is None and (src in _STRUCTURED or any(is_agency(n) for n in orgs)):
            fallback = Decision(orgs[:1], src, *where)
    return fallback


# ---------------------------------------------------------------- dates

_ISO_FULL = re.compile(
    r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ]?(\d{2}):?(\d{2})(?::?\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?"
)


_RFC2822 = re.compile(r"^\s*(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}")


def _rfc2822(value: str) -> str | None:
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    out = when.strftime("%Y-%m-%dT%H:%M")
    if when.tzinfo is not None and re.search(r"[+-]\d{4}|GMT|UTC|UT\b|Z$", value):
        offset = when.strftime("%z")
        out += f"{offset[:3]}:{offset[3:]}"
    return out


@lru_cache(maxsize=4096)
def normalise_date(value: str, language: str | None = None, quick: bool = False) -> str | None:
    """Read a date as the record writes it: YYYY-MM-DD[THH:MM[±HH:MM]] (seconds dropped).

    ISO 8601 (also compact ``20240502``) and RFC 2822 are read directly; other forms
    through ``dates.find_dates`` (dateparser) in ``language``, unless ``quick``.  Years
    outside 1990-2099 give None.
    """
    value = value.strip()
    m = _ISO_FULL.match(value)
    out = None
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out = f"{y:04d}-{mo:02d}-{d:02d}"
            if m.group(4) and int(m.group(4)) < 24 and int(m.group(5)) < 60:
                out += f"T{m.group(4)}:{m.group(5)}"
                zone = m.group(6)
                if zone:
                    if zone == "Z":
                        out += "+00:00"
                    else:
                        digits = zone[1:].replace(":", "")
                        if int(digits[:2]) <= 14 and int(digits[2:4] or 0) <= 59:  # real offsets: -12 to +14 h
                            out += f"{zone[0]}{digits[:2]}:{(digits[2:4] or '00')}"
    if out is None and _RFC2822.match(value):
        out = _rfc2822(value)
    if out is None and quick:
        return None
    if out is None:
        found = find_dates(value[:200], language=language)
        if not found:
            return None
        out = found[0].value
    year = int(out[:4])
    return out if 1990 <= year <= 2099 else None


def _same_moment(utc: str, other: str) -> bool:
    """Can ``other`` (a date, a local clock time, or a time with offset) be the moment ``utc``?"""
    from datetime import datetime, timedelta

    if len(other) == 10:
        return True
    when = datetime.fromisoformat(utc)
    if len(other) == 16:  # local clock time without offset: same minutes, whole-hour shift
        local = datetime.fromisoformat(other)
        return local.minute == when.minute and abs(local - when.replace(tzinfo=None)) <= timedelta(hours=14)
    try:
        return abs(datetime.fromisoformat(other) - when) <= timedelta(minutes=1)
    except ValueError:
        return False


def _local_day(chosen: Decision, pool: list[Candidate], language: str | None) -> Decision:
    """A UTC time stamp gives way to the page's local date of the same moment.

    When the chosen value is in UTC and the other candidates (without UTC offsets) agree on
    the calendar day before or after it, that local day is the page's publication date.
    """
    value = str(chosen.value)
    if not value.endswith("+00:00"):
        return chosen
    day = value[:10]
    votes: dict[str, int] = {}
    best: dict[str, Decision] = {}
    for c in pool:
        if c.source == chosen.source and c.value == chosen.text:
            continue
        other = normalise_date(c.value, language, quick=True)
        if not other or other.endswith("+00:00") or not _same_moment(value, other):
            continue
        votes[other[:10]] = votes.get(other[:10], 0) + 1
        best.setdefault(other[:10], Decision(other, c.source, c.start, c.end, c.value))
    if not votes:
        return chosen
    top = max(votes, key=lambda d: votes[d])
    if top != day and votes[top] > votes.get(day, 0):
        from datetime import date

        gap = abs((date.fromisoformat(top) - date.fromisoformat(day)).days)
        if gap == 1:
            return best[top]
    return chosen


def decide_date(cands: list[Candidate], text_date: str | None, language: str | None,
                field: str = "date") -> Decision | None:
    """Choose the publication (``field="date"``) or modification date."""
    pool = [c for c in cands if c.field == field]

    def order(c: Candidate) -> tuple[int, int]:
        base = _SOURCE_ORDER.get(c.source, 9)
        if c.source == "html:json-ld" and c.kind == "weak":
            base = 5
        if c.source == "html:time" and c.kind == "pubdate":
            base = 4
        return base, c.rank

    pool.sort(key=order)
    for c in pool:
        if order(c)[0] >= 8:
            break
        value = normalise_date(c.value, language)
        if value:
            return _local_day(Decision(value, c.source, c.start, c.end, c.value), pool, language)
    if text_date:
        return Decision(text_date, "text:date")
    for c in pool:
        if order(c)[0] < 8:
            continue
        value = normalise_date(c.value, language)
        if value:
            return Decision(value, c.source, c.start, c.end, c.value)
    return None


# ---------------------------------------------------------------- language

def decide_language(cands: list[Candidate], detected: str | None, text_len: int) -> Decision | None:
    """The page's ``lang`` (or ``content-language``/``og:locale``) unless a long main text reads otherwise."""
    stated = next((c for c in cands if c.field == "language"), None) or next(
        (c for c in cands if c.field == "language_meta"), None)
    lang = None
    if stated is not None:
        lang = re.split(r"[-_]", stated.value.strip())[0].lower() or None
        if lang and not re.fullmatch(r"[a-z]{2,3}", lang):
            lang = None
    if lang and detected and detected.split("-")[0] != lang and text_len >= 600:
        return Decision(detected, "text:cld2")
    if lang:
        return Decision(lang, stated.source, stated.start, stated.end, stated.value)
    if detected:
        return Decision(detected, "text:cld2")
    return None


def decide_section(cands: list[Candidate]) -> Decision | None:
    """The first structured section (JSON-LD ``articleSection``, ``article:section``, microdata)."""
    pool = sorted((c for c in cands if c.field == "section"), key=lambda c: (_SOURCE_ORDER.get(c.source, 9), c.rank))
    for c in pool:
        if len(c.value) <= 80:
            return Decision(c.value, c.source, c.start, c.end, c.value)
    return None
