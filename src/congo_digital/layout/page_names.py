"""Names and bylines as a rendered page prints them.

A renderer glues, doubles and splits what a page's markup keeps apart: "ByJane Roe", "Jane
Roe Jane Roe" (an avatar's alt text), "August 2, 2019Author", "By" on its own line, one
name a line.  These helpers undo that and tell a bare name, a byline label or a photo
credit line.  Word lists live in ``data/layout.json``, ``bylines.json`` and ``dates.json``.
"""

from __future__ import annotations

import re
from functools import cache

from congo_digital.fields.bylines import Byline, parse_byline
from congo_digital.fields.bylines_names import after_inner_by
from congo_digital.fields.dateparse import FoundDate, find_dates
from congo_digital.fields.given_names import first_name
from congo_digital.fields.names import is_generic, looks_like_name, normal_case, tidy_name
from congo_digital.layout.lines import ends_sentence, has_digit, is_caption, is_noise
from congo_digital.layout.page_blocks import Block
from congo_digital.record import Contributor
from congo_digital.vocab import entry, phrase_set

PHOTO_CREDIT = re.compile(r"^[^\s/]+(?: [^\s/]+){0,4}/[^\s/]+(?:[ /][^\s/]+){0,5}$")
"""A photo credit with a slash: "Jane Roe/Agency", "Foto: Jane Roe / Example"."""

_SEGMENT_BAR = re.compile(r"\s*\|\s*")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?,?\s*$")  # the word before a date ("Thursday, ")
_BRACKETED = re.compile(r"\s\([^()\d]{1,12}\)(?=\s)")  # "Richard (R.J.) Eskow": initials or a nickname
_RESIDUE_CUT = re.compile(r"\s(?:@|:|-\s|–|—|\(|(?:am|on|le|el|em|um|den|in)\s)")
_GLUED_DIGIT = re.compile(r"(?<=[a-zà-ÿ]{3})(?=\d{1,2}\b)")
_GLUED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=[^\W\d_])")
LIST_NUMBER = re.compile(r"^\d{1,2}\.\s")  # "1. Jane Roe": a numbered list's mark
_GLUED_PREFIX = re.compile(r"^(By|by|Von|von|Par|par|Por|por)(?=[A-ZÀ-Þ][a-zà-ÿ.])")


def lone_prefix(text: str) -> bool:
    """A line that is only a byline prefix or label ("By", "Von", "Author of the article:"),
    or a capitalised word and a capitalised prefix ("Disko Von")."""
    low = text.lower().strip(" :")
    words = low.split()
    return low in phrase_set("byline_prefixes") or low in phrase_set("byline_labels") \
        or low in phrase_set("byline_lead_lines") \
        or (len(words) == 2 and words[1] in phrase_set("byline_prefixes") and text.split()[0][:1].isupper()
            and text.split()[1][:1].isupper())  # "Disko Von" (a section label, then "Von" over the name)


def bare_name(text: str) -> bool:
    """A line that is only a person's name: 2-5 capitalised tokens, not a generic byline;
    initials or a nickname in brackets between the names are left out ("Richard (R.J.) Eskow")."""
    text = _BRACKETED.sub("", text)
    tokens = text.split()
    if any(t.lower().strip(".,") in phrase_set("name_stopwords") or t.lower() in phrase_set("author_roles")
           for t in tokens):
        return False
    return 2 <= len(tokens) <= 5 and looks_like_name(text) and not is_generic(text) and not is_noise(text, text) \
        and sum(t[:1].isupper() for t in tokens) >= 2 and text.lower() not in phrase_set("byline_lead_lines")


def name_block(blocks: list[Block], k: int) -> bool:
    """Block ``k`` is a person's name (``bare_name``); not a pair of words that starts with
    no known given name (``fields.given_names``) and has a sentence under it, a standfirst
    ("Unstillbares Heimweh" over "In seinem Essay ...")."""
    if not bare_name(name := undouble(blocks[k].text)):
        return False
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    return not (len(name.split()) == 2 and len(first := name.split()[0].casefold()) > 2 and not first_name(first)
                and nxt is not None and not nxt.listed and nxt.words >= 8 and ends_sentence(nxt.text))


def undouble(text: str) -> str:
    """"Jane Roe Jane Roe" (a name printed twice, as by an avatar's alt text) -> "Jane Roe"."""
    tokens = text.split()
    half = len(tokens) // 2
    if len(tokens) % 2 == 0 and half and tokens[:half] == tokens[half:]:
        return " ".join(tokens[:half])
    mid = len(text) // 2
    if len(text) % 2 == 0 and mid >= 3 and text[:mid] == text[mid:]:  # "Jane RoeJane Roe"
        return text[:mid]
    return text


def unglue(text: str) -> str:
    """"August 2, 2019August 2, 2019Author" -> a space after a year glued to a word;
    "Jane Roe04 de mayo" -> a space between a word and a day glued to it."""
    return _GLUED_DIGIT.sub(" ", _GLUED_YEAR.sub(r"\1 ", text))


def glued_prefix(text: str) -> str:
    """"ByJane Roe" (a byline prefix glued to the name by the renderer) -> "By Jane Roe"."""
    m = _GLUED_PREFIX.match(text)
    return text[: m.end()] + " " + text[m.end():] if m else text


def _label_start(tokens: list[str]) -> int:
    """Where a date label (``dates.json`` ``date_labels_published``/``_modified``, of four
    letters or more) begins among ``tokens``, after a name of two tokens at least; else
    their number."""
    labels = {x for x in phrase_set("date_labels_published") | phrase_set("date_labels_modified") if len(x) >= 4}
    low = [t.lower().strip(":,") for t in tokens]
    for i in range(2, len(tokens)):
        if any(" ".join(low[i:i + n]) in labels for n in (1, 2, 3)):
            return i
    return len(tokens)


def residue(text: str) -> str:
    """What is left of a byline once its date is cut out: cut at a handle, a colon or a
    dash or a date label, and drop trailing time words and zone names ("Jane Roe @jroe : PM ET"
    -> "Jane Roe"; "Jane Roe Zuletzt geändert am" -> "Jane Roe")."""
    text = _RESIDUE_CUT.split(text, maxsplit=1)[0]
    tokens = text.split()
    tokens = tokens[:_label_start(tokens)]
    zones = set(entry("zone_offsets")) | {"ET", "PT", "CT", "MT"}
    while tokens and (tokens[-1] in zones or tokens[-1].lower().strip(".,") in ("am", "pm", "a.m", "p.m", "uhr", "h")
                      or tokens[-1].lower().strip(".,") in phrase_set("weekdays")):
        tokens.pop()
    return " ".join(tokens)


@cache
def _relative_stamp() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A relative stamp ending a line, and its end alone: its number's last digit and what
    follows it (no digit follows a stamp's number, so a line with a stamp holds that end;
    searching for it, which opens on a digit, is quick, where the stamp's optional opening
    is tried at every character)."""
    units = "|".join(re.escape(u) for u in sorted(entry("relative_stamp_units"), key=len, reverse=True))
    lead = "|".join(re.escape(w) for w in entry("relative_date_words"))
    end = rf"\s?(?:{units})(?![^\W\d_])\.?(?:\s+(?:{lead}))?\s*$"
    return (re.compile(rf"(?:\s*[•|·/–—-])?\s*(?:(?:{lead})\s+)?\d{{1,3}}{end}", re.I),
            re.compile(rf"\d{end}", re.I))


@cache
def _stamp_first() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in sorted(entry("relative_stamp_units"), key=len, reverse=True))
    lead = "|".join(re.escape(w) for w in entry("relative_date_words"))
    return re.compile(rf"^(?i:(?:{lead})\s+\d{{1,3}}\s?(?:{units})|\d{{1,3}}\s?(?:{units})\.?\s?(?:{lead}))"
                      r"(?![a-zà-ÿ])")


def stamp_first(text: str) -> bool:
    """``text`` opens with a relative time stamp ("3h agoWhy the ...", "vor 2 Stunden Der
    ..."): a teaser in a list of the latest stories, each with its own stamp."""
    return bool(_stamp_first().match(text))


def name_before_stamp(text: str) -> str | None:
    """The person's name printed before a relative time stamp ("Jane Roe5 hours ago",
    "Jane Roe • 8h", "Jane Roe @jroe / 6 days", "Jane Roe vor 2 Stunden"), else None.
    Units: ``dates.json`` ``relative_stamp_units`` and ``relative_date_words``."""
    head = text[:120]
    if not has_digit(head):  # a stamp has its number (a digit), and most lines have none
        return None
    stamp, stamp_end = _relative_stamp()
    if stamp_end.search(head) is None:
        return None
    m = stamp.search(head)
    if m is None or m.start() == 0:
        return None
    name = tidy_name(residue(undouble(text[: m.start()].strip(" |•·/-–—"))))
    return name if bare_name(name) else None


_ROLE_TAIL = re.compile(r"\s*\([^()]{2,40}\)\s*$")


def name_list(text: str) -> list[str]:
    """The names of a credit line without "By" that lists two or more people ("Jane Roe,
    John Doe (Special envoy)", "Jane Roe and John Doe", "Jane Roe | John Doe" (avatars
    between the names); connectors: ``bylines.json``
    ``connectors``), a role in brackets after them dropped; [] when any part is no name."""
    text = _ROLE_TAIL.sub("", text.strip())
    joins = "|".join(re.escape(w) for w in entry("connectors")["and"])
    parts = [p.strip() for p in re.split(rf",\s*|\s+\|\s+|\s+(?:{joins})\s+", text) if p.strip()]
    if not 2 <= len(parts) <= 4:
        return []
    names = [tidy_name(p) for p in parts]
    return names if all(bare_name(n) for n in names) else []


def credit_by(part: str) -> Byline | None:
    """A credit with its "by" inside, a segment of a dated line ("February 4, 2020 • words
    written by Jane Roe • Art by John Doe"): the names after the "by", unless the words
    before it name a credit that is not the text's (``non_author_roles``: "Photos by")."""
    rest = after_inner_by(part)
    if rest == part or len(part) - len(rest) > 30:
        return None
    lead = {w.casefold().strip(".,:") for w in part[: len(part) - len(rest)].split()}
    if lead & phrase_set("non_author_roles"):
        return None
    return parse_byline("By " + rest)


def _strip_dates(text: str, dates: list[FoundDate]) -> str:
    """``text`` without its ``dates``, each with the weekday printed before it ("jeudi 13
    juin 2019, par Jane Roe" -> "par Jane Roe"; ``dates.json`` ``weekdays``)."""
    for d in sorted(dates, key=lambda d: -d.start):
        start = d.start
        m = _WORD_BEFORE.search(text[:start])
        if m and m.group(1).lower() in phrase_set("weekdays"):
            start = m.start()
        text = text[:start] + " " + text[d.end:]
    return " ".join(text.split()).strip(" |,-–—•·/")


def undated_parts(text: str, language: str | None) -> list[str]:
    """The ``|``/``·``/``•`` segments of a meta line with their dates cut out."""
    out: list[str] = []
    for seg in re.split(r"\s[|·•]\s", text):
        dates = find_dates(seg, language=language) if has_digit(seg) else []
        if dates and dates[0].start > 0:
            out.append(seg[: dates[0].start])  # "Jane Roe 11/08/2020 Feelings": the name before the date
        out.extend(p for p in _SEGMENT_BAR.split(_strip_dates(seg, dates)) if p.strip())
    return out


def is_credit_line(text: str) -> bool:
    """A photo credit line ("Jane Roe/Agency", "Foto: Jane Roe", "Getty Images")."""
    tail = text[-80:]
    low = tail.lower()
    return bool(PHOTO_CREDIT.match(text)) or is_caption(tail) or any(w in low for w in phrase_set("credit_words"))


def captioned_block(blocks: list[Block], m: int) -> bool:
    """Block ``m`` is a caption: a photo credit line in the two blocks after it, within three
    lines; the same text printed again right under it (an image's alt text, then its
    caption: "Jane Roe" / "Jane Roe" / "Foto: Agency") is passed over."""
    b, last, n = blocks[m], blocks[m].last, m + 1
    while n < len(blocks) and blocks[n].text == b.text and blocks[n].first <= last + 3:
        last, n = blocks[n].last, n + 1
    return any(is_credit_line(blocks[i].text) for i in range(n, min(len(blocks), n + 2)) if blocks[i].first <= last + 3)


def names_above(blocks: list[Block], m: int, k: int) -> list[Contributor]:
    """Name lines stacked above block ``m`` (below the headline ``k``), skipping avatar
    initials ("LP"): "LP / Jane Roe / RF / John Doe / <date>" credits both."""
    found: list[Contributor] = []
    for n in range(m - 1, k, -1):
        text = tidy_name(undouble(blocks[n].text))
        if len(text) <= 3 and text.isupper():
            continue
        if not bare_name(text):
            break
        found.insert(0, Contributor(name=normal_case(text)))
    return found


def names_below(blocks: list[Block], m: int) -> list[Contributor]:
    """Name lines stacked below block ``m``, skipping avatar initials, up to a non-name."""
    found: list[Contributor] = []
    for n in range(m + 1, min(len(blocks), m + 7)):
        raw = undouble(blocks[n].text)
        text = tidy_name(raw)
        if len(text) <= 3 and text.isupper():
            continue
        if not bare_name(text) or blocks[n].text == blocks[m].text or glued_prefix(raw) != raw:
            break
        found.append(Contributor(name=normal_case(text)))
    return found


def stacked_names(blocks: list[Block], n: int) -> list[Contributor]:
    """The names printed one a line from block ``n`` on, under a byline that gave the first
    ("By" / "Jane Roe" / "John Doe"; a role glued on is cut: "John DoeNews Reporter"), at most five."""
    names: list[Contributor] = []
    for m in range(n, min(len(blocks), n + 5)):
        name = tidy_name(LIST_NUMBER.sub("", blocks[m].text))
        if blocks[m].words > 6 or not bare_name(name):
            break
        names.append(Contributor(name=normal_case(name)))
    return names
