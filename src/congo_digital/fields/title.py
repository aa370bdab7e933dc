"""The title: one decision among the headline candidates of the markup and the text layout.

Every title candidate votes for its wording (compared without case and punctuation) with
its source's weight (``_TITLE_WEIGHT``: og:title 2.8 — it outweighs up to two other
agreeing sources —, JSON-LD headline and ``<h1>`` 1.0, ``<title>`` 0.9, other ``<meta>``
0.8, microdata 0.7, Dublin Core 0.5, ``<h2>`` 0.1; an ``<h1>`` in a comments/related/
sidebar container counts half).  A ``<title>`` naming the site ("Headline | Site") that
og:title, twitter:title or the JSON-LD page name repeat verbatim is one statement: the
copies vote nothing (an SEO plugin's template, not the article's headline).  Site names
are cut from the ends of a title (``clean_title``) when the page names the site elsewhere
(``og:site_name``, JSON-LD publisher, the host name), when the affix is a domain, or when
other titles have the headline without it (or a description that has it without it); a
wording that is another candidate plus affixes or a one- or two-word kicker ("Wahl: …")
gives its votes to that candidate, unless og:title and the JSON-LD headline both state it
so ("Headline - Live updates": the publisher's own headline keeps its affix) or the
og:title is the ``<title>`` with its trailing parts up to the site's name cut ("Headline
| Writer" of "Headline | Writer | Section | Site": the publisher's trim keeps its other
affixes); a wording cut short (an ellipsis at its end, or stopping inside a word of a
longer wording that it begins) gives its votes to that longer wording (``_cut_votes``).
The winning wording is written as its most trusted source prints it (og:title first,
then JSON-LD, ``<meta>``, microdata, Dublin Core, ``<title>``, headings).  A page without
title markup, and every plain text, takes the text layout's headline (``text:title``).
The record's title gets back the soft hyphens the page prints in it (``as_printed``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from congo_digital.fields.common import is_site, norm_key, overlap, site_names
from congo_digital.record import Candidate
from congo_digital.vocab import entry

_CJK_LETTER = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"  # kana, CJK ideographs, hangul
_CJK = re.compile(_CJK_LETTER)


@cache
def _title_sep() -> re.Pattern[str]:
    """What joins a headline and a site name (``title_separators`` in ``data/html.json``):
    a ``spaced`` separator between spaces ("Headline | Site", "A :: B"), an ``unspaced``
    one with or without spaces ("Headline｜Site"), and a ``before_cjk`` one glued between a
    word and CJK text ("标题-新华网")."""
    seps = entry("title_separators")
    spaced = "|".join(re.escape(s) for s in seps["spaced"])
    unspaced = "".join(re.escape(s) for s in seps["unspaced"])
    glued = "".join(re.escape(s) for s in seps["before_cjk"])
    return re.compile(rf"\s+(?:{spaced})\s+|\s*[{unspaced}]\s*|(?<=\S)[{glued}](?={_CJK_LETTER})")


def _separators(title: str) -> list[re.Match[str]]:
    """The separators of ``title``, but a "»" that closes a "«" quote ("« Citation » - Site")."""
    masked, depth = [], 0
    for ch in title:
        if ch == "«":
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
            ch = "\ue000"  # a closing quote: no separator (same length, so positions hold)
        masked.append(ch)
    return list(_title_sep().finditer("".join(masked)))


def _split_title(title: str) -> list[str]:
    out, pos = [], 0
    for m in _separators(title):
        out.append(title[pos:m.start()])
        pos = m.end()
    return [p for p in [*out, title[pos:]] if p.strip()]


@cache
def _site_domain() -> re.Pattern[str]:
    """A host name: a top-level part of two or three letters or a longer one of ``host_long_tlds``."""
    tlds = "|".join(re.escape(t) for t in entry("host_long_tlds"))
    return re.compile(rf"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{{2,3}}|{tlds})", re.I)
_KICKER = re.compile(r"(?<=\w):\s+(?=\w)")


def _part_runs(title: str) -> list[tuple[str, bool]]:
    """Leading and trailing runs of a title's separator-delimited parts, longest first, each
    with a flag: True for the runs after a kicker ("Wahl: Headline"), which only a well
    supported candidate may take."""
    out: list[tuple[str, bool]] = []
    cuts = [(m.start(), m.end()) for m in _separators(title)]
    runs = [title[:a] for a, _ in reversed(cuts)] + [title[b:] for _, b in cuts]
    out.extend((r.strip(), False) for r in runs if r.strip())
    m = _KICKER.search(title)
    if m and len(title[:m.start()].split()) <= 2:  # a one- or two-word kicker
        out.append((title[m.end():].strip(), True))
    return out


def _symbols(text: str) -> bool:
    """True when ``text`` is made of symbols only (stars, emoji: Unicode category S)."""
    text = "".join(text.split())
    return bool(text) and all(unicodedata.category(ch).startswith("S") for ch in text)


def clean_title(title: str, sites: set[str], others: list[str]) -> str:
    """Cut site-name affixes ("Headline | Site", "Site - Headline") from ``title``.

    An affix goes when it is one of ``sites`` (also a run of parts: a site name that holds a
    separator, "Verein e.V. - Aktuelles"), a domain, symbols only ("☆☆☆☆☆"), or when it is
    absent from every text in ``others`` (the page's other titles and descriptions) that has
    the rest of the headline.  The longest part left after the site's name is never cut.
    A site's name in the middle goes with what follows it ("Headline | Site | Slogan"), and
    a last part printed twice, once glued to the headline, goes both times ("HeadlineSlogan |
    Slogan": a template's site slogan).
    """
    title = " ".join(title.split())
    parts = _split_title(title)
    if len(parts) < 2:
        return title
    last = parts[-1].strip()
    if len(parts) == 2 and len(last) >= 8 and parts[0].rstrip().endswith(last) \
            and len(parts[0].strip()) > len(last) + 2:
        # "HeadlineSlogan | Slogan": a template that printed the site's slogan twice, once glued.
        return parts[0].rstrip()[:-len(last)].strip()
    # Rebuild by positions so the headline keeps its own punctuation.
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _separators(title):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(title)))
    pieces = [p for p in pieces if title[p[0]:p[1]].strip()]
    if len(pieces) < 2:
        return title
    lo, hi = 0, len(pieces)

    def site_run(a: int, b: int) -> bool:
        """Parts ``a`` to ``b - 1`` together are the site's name ("Headline - Verein e.V. -
        Aktuelles": a name that holds a separator itself)."""
        return b - a > 1 and is_site(title[pieces[a][0]:pieces[b - 1][1]], sites)

    hi = next((j for j in range(lo + 1, hi - 1) if site_run(j, hi)), hi)
    lo = next((j for j in range(hi - 1, lo + 1, -1) if site_run(lo, j)), lo)
    longest = max(range(lo, hi), key=lambda i: pieces[i][1] - pieces[i][0])
    # "Headline | Site | Slogan": the site's name in the middle, what follows it goes too.
    hi = next((j for j in range(longest + 1, hi - 1)
               if is_site(title[pieces[j][0]:pieces[j][1]], sites)), hi)

    def affix(i: int) -> bool:
        text = title[pieces[i][0]:pieces[i][1]]
        if i == longest:
            return False
        if _symbols(text) or is_site(text, sites) or _site_domain().fullmatch(text.strip()):
            return True  # symbols only ("☆☆☆☆☆"), the site's name or a domain
        if i == len(pieces) - 1 and len(text.strip()) <= 6 and _CJK.search(text) and not title[
                pieces[i - 1][1]:pieces[i][0]].strip(" -－_|｜："):
            return True  # "标题-新华网": a short CJK site name after a hyphen or bar
        squashed = norm_key(text).replace(" ", "")
        if any(len(site) >= 8 and " " in site and site.replace(" ", "") in squashed for site in sites):
            return True  # "EFC Site Name Regensburg"
        core = title[pieces[longest][0]:pieces[longest][1]]
        backing = [o for o in others if overlap(core, o) > 0.5 or norm_key(core) in norm_key(o)]
        return bool(backing) and all(norm_key(text) not in norm_key(o) for o in backing)

    while hi - lo > 1 and affix(hi - 1):
        hi -= 1
    while hi - lo > 1 and affix(lo):
        lo += 1
    seps = {m.group().strip() for m in _separators(title)}
    if len(pieces) >= 3 and (lo, hi) != (0, len(pieces)) and hi - lo > 1 and len(seps) == 1:
        # "Site » Category » Headline": one separator throughout, the site cut: the longest part.
        return title[pieces[longest][0]:pieces[longest][1]].strip()
    return title[pieces[lo][0]:pieces[hi - 1][1]].strip()


_TITLE_WEIGHT = {"html:json-ld": 1.0, "html:opengraph": 2.8, "html:meta": 0.8, "html:dublin-core": 0.5,
                 "html:microdata": 0.7, "html:title": 0.9, "html:h1": 1.0, "html:heading-class": 0.8,
                 "html:h2": 0.1}
_TITLE_PRIORITY = ["html:opengraph", "html:json-ld", "html:meta", "html:microdata", "html:dublin-core",
                   "html:title", "html:h1", "html:heading-class", "html:h2"]


def _first(pool: list[Candidate], source: str) -> Candidate | None:
    """The first candidate of ``source`` (rank 0) in ``pool``, or ``None``."""
    return next((c for c in pool if c.source == source and c.rank == 0), None)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _document_title(pool: list[Candidate], sites: set[str]) -> str | None:
    """The page's ``<title>`` (spaces collapsed) when it names the site as an affix
    ("Headline | Site"): a template's title, which an SEO plugin copies into og:title,
    twitter:title and the JSON-LD page name.  Such copies state nothing the ``<title>`` does
    not, so they vote once, as the ``<title>``; else ``None``."""
    title = _first(pool, "html:title")
    if title is None:
        return None
    parts = _split_title(_flat(title.value))
    return _flat(title.value) if len(parts) >= 2 and any(is_site(p, sites) for p in parts) else None


def _trimmed_og(pool: list[Candidate], sites: set[str]) -> Candidate | None:
    """The og:title when it is the ``<title>`` with its trailing parts cut, the last of them
    the site's name ("Headline | Writer" of "Headline | Writer | Section | Site"): the
    publisher trimmed the site off for sharing and kept the rest as its headline, so its own
    affixes stay (only a site name, domain or symbols go) and it votes for no shorter
    candidate; else ``None``."""
    og, title = _first(pool, "html:opengraph"), _first(pool, "html:title")
    if og is None or title is None:
        return None
    og_text, title_text = _flat(og.value), _flat(title.value)
    if not title_text.startswith(og_text) or title_text == og_text or len(_split_title(og_text)) < 2:
        return None
    sep = _title_sep().match(title_text, len(og_text))
    parts = _split_title(title_text[sep.end():]) if sep else []
    return og if parts and is_site(parts[-1], sites) else None


def decide_title(cands: list[Candidate]) -> Candidate | None:
    """Choose the headline (rules in the module docstring).

    Every title candidate, site affixes cut, votes with its source's weight for its
    wording (compared without case and punctuation); the best supported wording wins,
    written as its most trusted source prints it.
    """
    sites = site_names(cands)
    pool = [c for c in cands if c.field == "title" and not c.source.startswith("text:")]
    described = [c.value for c in cands if c.field == "description"]
    votes: dict[str, float] = {}
    members: dict[str, list[tuple[Candidate, str]]] = {}
    copied = _document_title(pool, sites)
    kept = _trimmed_og(pool, sites)
    for c in pool:
        weight = _TITLE_WEIGHT.get(c.source, 0.5)
        if copied and c.source != "html:title" and _flat(c.value) == copied:
            weight = 0.0  # the <title> with the site's name, copied: it votes once, as the <title>
        if c.kind == "weak" or (c.source in ("html:h1", "html:json-ld") and c.rank > 0):
            weight *= 0.3
        if c.kind == "skipped":
            weight *= 0.5
        if c.source in ("html:h1", "html:heading-class", "html:h2"):
            text = c.value
        elif c is kept:
            text = clean_title(c.value, sites, [])
        else:
            text = clean_title(c.value, sites, [o.value for o in pool if o is not c] + described)
        text = " ".join(text.split()).rstrip(" -|–—:·")
        key = norm_key(text)
        if len(key) < 3 or is_site(text, sites):
            continue
        votes[key] = votes.get(key, 0.0) + weight
        members.setdefault(key, []).append((c, text))
    # A wording that is another candidate plus affixes ("Headline | Site | Slogan") votes for it.
    for key in sorted(votes, key=len, reverse=True):
        c, text = members[key][0]
        srcs = {(m.source, m.kind) for m, _ in members[key]}
        if {("html:opengraph", None), ("html:json-ld", "strong")} <= srcs or any(
                m is kept for m, _ in members[key]):
            continue
        for run, kicker in _part_runs(text):
            run_key = norm_key(run)
            if run_key != key and run_key in votes and len(run_key) >= 8 and (
                    not kicker or votes[run_key] >= 0.5):
                votes[run_key] += votes.pop(key)
                members[run_key].extend((mc, run) for mc, _ in members.pop(key))
                break
    _cut_votes(votes, members)
    if not votes:
        return next((c for c in cands if c.field == "title" and c.source.startswith("text:")), None)
    best = max(votes, key=lambda k: votes[k])
    c, text = min(members[best], key=lambda m: (_TITLE_PRIORITY.index(m[0].source)
                                                 if m[0].source in _TITLE_PRIORITY else 9, m[0].rank))
    return Candidate("title", text, c.source, c.start, c.end, c.value)


_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)$")


def _cut_votes(votes: dict[str, float], members: dict[str, list[tuple[Candidate, str]]]) -> None:
    """A wording cut short gives its votes to the longest wording it begins
    (``votes`` and ``members`` as ``decide_title`` keeps them, changed in place): one
    ending with an ellipsis ("Headline for the coming…"), or one that stops inside a word
    of the longer wording ("Headline for the com"), as a JSON-LD ``headline`` or an
    og:title cut at a length limit prints it.  A wording that stops at a word's end and
    has no ellipsis is a headline of its own ("Headline" of "Headline: the details")."""
    for key in sorted(votes, key=len):
        text = members[key][0][1]
        ellipsis = _ELLIPSIS.search(text) is not None
        stem = norm_key(_ELLIPSIS.sub("", text))
        longer = [k for k in votes if len(k) > len(stem) and k.startswith(stem) and k != key
                  and (ellipsis or k[len(stem)].isalnum())]
        if len(stem) >= 8 and longer:
            to = max(longer, key=len)
            votes[to] += votes.pop(key)
            del members[key]  # the longer wording is written as its own sources print it


_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
"""The bidirectional embedding, override and isolate controls (LRE, RLE, PDF, LRO, RLO;
LRI, RLI, FSI, PDI: Unicode UAX #9, section 2): invisible, and an override turns what a
reader sees of the title around; the marks LRM/RLM (U+200E/U+200F) stay inside the title
(between a Latin word and a right-to-left one they order its display), not at its ends."""
_BIDI_MARKS = "\u200e\u200f\u061c"


def without_bidi_controls(title: str) -> str:
    """``title`` without the bidirectional controls U+202A-U+202E and U+2066-U+2069
    ("\\u202eTitle\\u202c" gives "Title") and without the marks LRM, RLM and ALM at its ends,
    where they order nothing ("Title\\u200e" gives "Title"), its spaces tidied; raises nothing."""
    cleaned = title.translate(_BIDI_CONTROLS).strip(_BIDI_MARKS)
    return " ".join(cleaned.split()) if cleaned != title else title


def as_printed(title: Candidate, text: str, soft_hyphens: tuple[int, ...]) -> str:
    """The chosen ``title`` as the page prints it: with the soft hyphens (U+00AD) that the
    reading took out of ``text`` (``read.document.Document.soft_hyphens``, offsets into
    ``text``) put back inside it ("Helikopter\\xadlandeplatz").  They are the publisher's
    and invisible in print, so the record's title keeps them, as the sources' own expected
    titles do; the rules read the title without them.  A candidate read verbatim from
    ``text`` (its ``start``/``end`` span holds its value) gets back those inside its span;
    any other (an attribute with entities) gets, word by word, the one hyphenated form the
    page gives that word (a word hyphenated two ways on the page stays as it is)."""
    value = str(title.value)
    if not soft_hyphens:
        return value
    start, end = title.start, title.end
    if start is not None and end is not None and text[start:end] == value:
        for i in reversed([p - start for p in soft_hyphens if start < p < end]):
            value = value[:i] + "\xad" + value[i:]
        return value
    where: dict[tuple[int, int], list[int]] = {}  # each hyphenated word's span: its hyphens
    for p in soft_hyphens:
        a, b = p, p
        while a > 0 and text[a - 1].isalnum():
            a -= 1
        while b < len(text) and text[b].isalnum():
            b += 1
        if a < p < b:
            where.setdefault((a, b), []).append(p)
    forms: dict[str, set[str]] = {}
    for (a, b), cuts in where.items():
        word = text[a:b]
        for p in reversed(cuts):
            word = word[:p - a] + "\xad" + word[p - a:]
        forms.setdefault(text[a:b], set()).add(word)
    printed = {word: next(iter(hyphenated)) for word, hyphenated in forms.items() if len(hyphenated) == 1}
    return re.sub(r"\w+", lambda m: printed.get(m.group(), m.group()), value)
