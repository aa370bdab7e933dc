"""Layout of a whole web page rendered to text (w3m, lynx, a copy of a browser window).

A whole web page rendered to text (``looks_like_page``: many lines, bulleted menus) is
read differently from an article (``layout``), because its headline sits somewhere below
menus, cookie notices and teasers:

* wrapped lines are joined into blocks (the wrap width is measured from the text);
* every headline-like block (one to three lines, not a list item, menu, caption, credit,
  date or byline line) is scored on what surrounds it: a byline or bare name, a date and
  article prose close below, blank lines around it, the same words printed elsewhere (share
  boxes, breadcrumbs); blocks after prose (subheadings), among a list of teasers (or of
  teasers that each carry a date or byline), over a photo credit, short kickers over a
  longer headline and decks under one lose points;
* the byline and dates are read in the blocks under the headline ("By" on its own line,
  "Section Von" over a name, one name a line, "Name | Site | date", names glued to dates
  or roles, avatars, a name printed twice), and in a stamp just above it ("Jane Roe
  11/08/2020"), then, if missing, elsewhere on the page (a labelled date line even when
  long, the nearest date line, a post footer's credit sentence with its date ("Von Jane
  Roe am 21/02/2021. Abgelegt unter ..."), a byline below the text, a name over a date stamp, a
  Chinese editor credit, a yearless stamp under the headline with the copyright year; a
  page that prints only a "changed" stamp is dated by it).  Signatures of embedded posts
  ("— Jane Roe (@jroe) May 5, 2023") are not date stamps.

Word lists live in ``data/layout.json``.  At most 3,000 lines of a page are read, and
the date reader gets a bounded number of lines, so that long or hostile input stays fast.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from congo_digital.fields.bylines import _tidy_name, is_generic, looks_like_name, normal_case, parse_byline
from congo_digital.fields.dateparse import FoundDate, find_dates, year_of_copyright
from congo_digital.layout.article import (
    _BREADCRUMB,
    _SENTENCE_END,
    Layout,
    Line,
    _dedupe,
    _footer_start,
    _is_caption,
    _is_noise,
    _join_paragraphs,
    _meta,
    _starts_with,
    _words,
    cjk_credit,
    clean_line,
    read_at,
)
from congo_digital.model import Contributor
from congo_digital.settings import FLAT_MAX, MAX_HEADLINE_CANDIDATES, PAGE_SCAN
from congo_digital.vocab import layout, phrase_set

# A whole page dumped to text (w3m, lynx, copy of a browser window) has menus, cookie
# notices, share buttons and related links around the article, list items marked with
# bullets, image placeholders ("[logo]") and paragraphs wrapped at a fixed width.  The
# headline is found by scoring headline-like lines on what surrounds them.

_BULLET = re.compile(r"^\s*(?:[•□☆◦▪▸►*+‣∙]|\d{1,3}\.)(?:\s|$)")
_IMG_TAG = re.compile(r"^(?:\[[^\]\n]{0,40}\]\s?)+")
_DATE_HINT = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?<!\d)(?:19|20)\d{2}(?:(?!\d)|(?=\d{1,2}:\d\d|\d\s[^\W\d_]))"
                        r"|(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")
_PHOTO_CREDIT = re.compile(r"^[^\s/]+(?: [^\s/]+){0,4}/[^\s/]+(?:[ /][^\s/]+){0,5}$")
# the signature line of an embedded social post: "— Jane Roe (@jroe) May 5, 2023"
_EMBED_SIGNATURE = re.compile(r"^\s*[—–-]{1,2}\s?[^\n]{0,80}?\(@\w{1,30}\)")
_DAY_AND_YEAR = re.compile(r"(?<!\d)\d{1,2}(?!\d)\D{1,20}(?:19|20)\d{2}(?!\d)"
                           r"|(?<!\d)(?:19|20)\d{2}\D{1,20}(?<!\d)\d{1,2}(?!\d)")
_DATE_OR_TIME = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")
_INLINE_IMG = re.compile(r"\[[^\]\n]{1,40}\]")
_LIST_NUMBER = re.compile(r"^\d{1,2}\.\s")
_SEGMENT_BAR = re.compile(r"\s*\|\s*")
_RESIDUE_CUT = re.compile(r"\s(?:@|:|-\s|–|—|\(|(?:am|on|le|el|em|um|den|in)\s)")
_CAMEL = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])")
_FIRST_DIGIT = re.compile(r"\s\d")
_DATE_WORDS = re.compile(r"^(?:[^\W\d_]{3,10}\.?,? \d{1,2}\b|\d{1,2}\.? [^\W\d_]{3,10}\.?,? (?:19|20)\d{2})")
_NUMBERED = re.compile(r"^\d{1,3}\)\s")
_SLASH_SEP = re.compile(r"\s/\s")
_CLOSING_QUOTES = "»”\"’'"
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s|(?<=\d{4}\.)\s")  # "... Israel. Sie", "... 21/02/2021. Abgelegt"
_GLUED_DIGIT = re.compile(r"(?<=[a-zà-ÿ]{3})(?=\d{1,2}\b)")
_GLUED_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?=[^\W\d_])")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")
_MIN_TITLE_SCORE = 0.0  # below this the page is read as a plain article
_WRAP_COLS = 96    # a line this long (plus the next word) was wrapped by the renderer
_WRAP_SLACK = 4    # how far below the measured wrap width a wrapped line may end


@dataclass
class _Block:
    """Consecutive lines ``first..last`` joined because the renderer wrapped them."""

    first: int
    last: int
    text: str
    words: int
    listed: bool
    prose: bool


def _page_text(raw: str) -> str:
    """Clean form of a page line: image placeholders and list bullets removed."""
    text = clean_line(raw[:2000])
    text = _IMG_TAG.sub("", text).strip()
    m = _BULLET.match(text)
    if m and not text[:1].isdigit():
        text = text[m.end():].strip()
    return text


def _cjk_heavy(text: str) -> bool:
    return len(_CJK.findall(text[:400])) * 3 > min(len(text), 400)


def _word_count(text: str) -> int:
    if _cjk_heavy(text):
        return max(1, len(text) // 2)
    return len(_words(text))


def _is_prose(text: str) -> bool:
    n = _word_count(text)
    if _cjk_heavy(text):
        return len(text) >= 60 and any(ch in text for ch in "。．！？")
    return n >= 40 or (n >= 18 and bool(_SENTENCE_END.search(text)))


def looks_like_page(text: str) -> bool:
    """True when ``text`` reads as a whole web page rendered to text rather than an article.

    Signs: at least 100 non-blank lines, or 70 with a few bulleted list lines (menus), or
    40 with at least eight bulleted lines.
    """
    nonblank = 0
    bullets = 0
    for raw in text.split("\n", PAGE_SCAN)[:PAGE_SCAN]:
        if raw.strip():
            nonblank += 1
            if _BULLET.match(raw) and not raw.lstrip()[:1].isdigit():
                bullets += 1
    return (nonblank >= 70 and (bullets >= 3 or nonblank >= 100)) or (bullets >= 8 and nonblank >= 40)


def _wrap_width(lines: list[Line], stop: int) -> int:
    """The width the text was wrapped at: the 90th percentile of the lengths of its lines
    of 30 characters or more (w3m: 100; a hard-wrapped e-mail: about 70)."""
    lengths = sorted(len(ln.raw.rstrip()) for ln in lines[:stop] if len(ln.raw.rstrip()) >= 30)
    if len(lengths) < 10:
        return _WRAP_COLS
    return lengths[int(0.9 * (len(lengths) - 1))] - (_WRAP_SLACK - 1)


def _blocks(lines: list[Line], stop: int) -> list[_Block]:
    """Join wrapped lines into blocks; blank lines and list items end a block."""
    out: list[_Block] = []
    width = _wrap_width(lines, stop)
    i = 0
    while i < stop:
        raw = lines[i].raw
        if not raw.strip():
            i += 1
            continue
        listed = bool(_BULLET.match(raw))
        text = _page_text(raw)
        j = i
        while j + 1 < stop and len(lines[j].raw.rstrip()) + 1 + len((lines[j + 1].raw.split() or [""])[0]) \
                >= width and lines[j + 1].raw.strip() and not _BULLET.match(lines[j + 1].raw) \
                and len(text) < 3000 and not _cjk_heavy(text):
            j += 1
            sep = " | " if _IMG_TAG.match(lines[j].raw.strip()) else " "  # an avatar between two names
            text += sep + _page_text(lines[j].raw)
        if _cjk_heavy(text):
            # CJK renderers wrap by width too; join while the line is long.
            while j + 1 < stop and len(lines[j].raw.rstrip()) >= 45 and lines[j + 1].raw.strip() \
                    and not _BULLET.match(lines[j + 1].raw) and len(text) < 3000:
                j += 1
                text += _page_text(lines[j].raw)
        out.append(_Block(i, j, text, _word_count(text), listed, _is_prose(text)))
        i = j + 1
    return out


def _lone_prefix(text: str) -> bool:
    """A line that is only a byline prefix or label ("By", "Von", "Author of the article:"),
    or a capitalised word and a capitalised prefix ("Disko Von")."""
    low = text.lower().strip(" :")
    words = low.split()
    return low in phrase_set("byline_prefixes") or low in phrase_set("byline_labels") \
        or low in phrase_set("byline_lead_lines") \
        or (len(words) == 2 and words[1] in phrase_set("byline_prefixes") and text.split()[0][:1].isupper()
            and text.split()[1][:1].isupper())  # "Disko Von" (a section label, then "Von" over the name)


def _dateish(text: str) -> bool:
    """A short line with a date or time in it (not the signature of an embedded post)."""
    return len(text) <= 120 and bool(_DATE_HINT.search(text)) and not _EMBED_SIGNATURE.match(text)


@dataclass
class _Page:
    """The blocks of a rendered page with the per-block facts the headline score reads
    (computed once, on demand)."""

    blocks: list[_Block]
    n_lines: int
    mass: list[float] = field(default_factory=list)
    flat: str = ""
    _byline: dict[int, bool] = field(default_factory=dict)
    _dateish: dict[int, bool] = field(default_factory=dict)
    _candidate: dict[int, bool] = field(default_factory=dict)

    def byline(self, m: int) -> bool:
        if m not in self._byline:
            b = self.blocks[m]
            text = _glued_prefix(b.text)
            if b.prose:  # "By Jane Roe on 31. October, 2023 | 18 Comments. This post ..."
                text = text.split(" | ", 1)[0]
            undated = _FIRST_DIGIT.split(text, maxsplit=1)[0].rstrip(" ,|•·-–—")  # "By A B 30 August 2023"
            self._byline[m] = len(text.split()) <= 20 and (
                parse_byline(text) is not None or _lone_prefix(text)
                or (undated != text and len(undated.split()) >= 2 and parse_byline(undated) is not None))
        return self._byline[m]

    def dateish(self, m: int) -> bool:
        if m not in self._dateish:
            self._dateish[m] = _dateish(self.blocks[m].text)
        return self._dateish[m]

    def candidate(self, m: int) -> bool:
        if m not in self._candidate:
            self._candidate[m] = _headline_candidate(self.blocks[m])
        return self._candidate[m]

    def stamped(self, m: int, skip: int = -1) -> bool:
        """A date or byline line within the two blocks after block ``m`` or right above it
        (block ``skip`` left out)."""
        return any(not self.blocks[n].prose and (self.dateish(n) or self.byline(n))
                   for n in (m - 1, m + 1, m + 2) if 0 <= n < len(self.blocks) and n != skip)

    def dated_teasers(self, k: int) -> int:
        """How many other headline-like blocks near block ``k`` (up to 8 above and 10 below,
        with no prose between) carry their own date or byline and no text under it: a list
        of teasers, each stamped.  Block ``k`` (a headline with a year in it) stamps none."""
        key = self.blocks[k].text.casefold()
        lo, hi = max(0, k - 8), min(len(self.blocks), k + 11)

        def text(m: int) -> bool:  # the list ends where the article's text begins
            return self.blocks[m].prose and self.blocks[m].words >= 30

        lo = next((m + 1 for m in range(k - 1, lo - 1, -1) if text(m)), lo)
        hi = next((m for m in range(k + 1, hi) if text(m)), hi)
        return sum(1 for m in range(lo, hi)
                   if m != k and self.blocks[m].words >= 3 and self.candidate(m)
                   and (abs(m - k) > 2 or self.blocks[m].text.casefold() != key)
                   and not self.dateish(m) and not self.byline(m)
                   and self.stamped(m, skip=k)
                   and not any(b.prose for b in self.blocks[m + 1: m + 4]))

    def repeated(self, k: int) -> bool:
        """The block's words are printed again elsewhere (not just next to it)."""
        b = self.blocks[k]
        key = " ".join(b.text.casefold().split())
        if len(key) < 12 or b.words < 3:
            return False
        if not self.flat:
            self.flat = " ".join(" ".join(x.text.casefold().split()) for x in self.blocks)[:FLAT_MAX]
        near = sum(key in " ".join(self.blocks[m].text.casefold().split())
                   for m in (k - 1, k + 1) if 0 <= m < len(self.blocks))
        return self.flat.count(key) - near >= 2


def _make_page(lines: list[Line]) -> _Page:
    stop = min(len(lines), PAGE_SCAN)
    blocks = _blocks(lines, stop)
    mass = _body_mass(blocks)
    top = max(mass, default=0) or 1
    return _Page(blocks, stop, [m / top for m in mass])


def _title_score(page: _Page, k: int, why: list[str] | None = None, repeat: bool = True) -> float:
    """Score block ``k`` (a headline-like block: one to three lines, 2-40 words, not a list
    item, menu, byline or date) as the page's headline; the best score wins, the earliest
    on a tie.  Points: +3 when a byline follows closely (1.5 further down), +2 for a bare
    name under it, +2/+1 for a date below, up to +3 for the article prose that follows, +2
    when the same words are printed elsewhere (share boxes, breadcrumbs), +2 when blank
    lines isolate it, small bonuses for a standfirst after it, a date above and a 3-25 word
    length; minus for kickers, decks, captions, subheadings inside the text, teaser lists,
    a name, a sentence, a lowercase start, the bottom 40% of the page and its position.
    ``why`` collects the reasons; ``repeat=False`` leaves out the (costlier) repeated-words
    bonus."""
    blocks = page.blocks
    b = blocks[k]
    text = b.text
    parts: list[tuple[str, float]] = []
    if repeat and page.repeated(k):
        parts.append(("repeated", 2))
    # What follows: a byline, a date (close after the headline, past at most a standfirst), prose.
    steps = prose = 0
    for m in range(k + 1, min(len(blocks), k + 16)):
        if blocks[m].listed:
            continue  # share buttons between the headline and the byline
        steps += 1
        if steps > 8:
            break
        if blocks[m].prose and not (prose == 0 and page.byline(m)):
            prose += 1
            if prose > 1:  # past the standfirst: the text has begun
                break
            continue
        if page.byline(m):
            parts.append(("byline after", 3 if steps <= 3 else 1.5))
            break
        if steps <= 3 and blocks[m].words <= 6 and _bare_name(_tidy_name(_undouble(blocks[m].text))):
            parts.append(("name after", 2))  # a byline without "By"
            break
    for m in range(k + 1, min(len(blocks), k + 7)):
        if blocks[m].prose and m > k + 1:
            break
        if page.dateish(m):
            parts.append(("date after", 2 if m <= k + 3 else 1))
            break
    if page.mass:
        parts.append(("body after", 3 * page.mass[k]))
    nxt = blocks[k + 1] if k + 1 < len(blocks) else None
    if nxt is not None and b.words <= 4 and not nxt.prose and nxt.words <= 25 and not nxt.text.endswith(".") \
            and not nxt.listed and nxt.words > b.words and nxt.first <= b.last + 3 and page.candidate(k + 1) \
            and not page.dateish(k + 1):
        parts.append(("kicker", -3))
    prv = blocks[k - 1] if k > 0 else None
    if prv is not None and prv.last >= b.first - 2 and prv.words >= 5 and b.words > prv.words \
            and page.candidate(k - 1):
        parts.append(("deck under a headline", -1))
    if nxt is not None and (nxt.prose or (not nxt.listed and nxt.words >= 8 and nxt.words > b.words
                                          and bool(_SENTENCE_END.search(nxt.text)))):
        parts.append(("standfirst after", 1))
    crumb = any(_BREADCRUMB.split(blocks[m].text)[-1].strip().casefold() == text.casefold()
                for m in range(max(0, k - 3), k) if len(_BREADCRUMB.split(blocks[m].text)) >= 2)
    if crumb:
        parts.append(("last breadcrumb", 2))  # "Home » Desserts » Peanut Butter Truffles" over it
    elif _bare_name(_undouble(text)):
        parts.append(("a name", -4))
    siblings = sum(1 for m in range(max(0, k - 4), min(len(blocks), k + 5))
                   if m != k and blocks[m].words >= 5 and not blocks[m].prose and page.candidate(m))
    if siblings >= 3:
        parts.append(("among teasers", -2))  # a list of headlines (related, most read)
    elif page.dated_teasers(k) >= 2:
        parts.append(("among dated teasers", -3))  # a list of headlines, each with its date or byline
    if nxt is not None and nxt.first <= b.last + 2 and _is_credit_line(nxt.text):
        parts.append(("photo credit after", -1.5))  # a caption
    elif k + 2 < len(blocks) and blocks[k + 2].first <= b.last + 4 and nxt is not None and nxt.words <= 6 \
            and _is_caption(blocks[k + 2].text):
        parts.append(("photo credit below", -3))  # a caption, its short alt text, "Image: Jane Roe"
    if any(blocks[m].prose for m in range(max(0, k - 2), k)):
        parts.append(("prose before", -2))  # a subheading or caption inside the text
    elif sum(blocks[m].prose for m in range(max(0, k - 6), k)) >= 2:
        parts.append(("text before", -2))  # a subheading after a list or short paragraph in the text
    if any(page.dateish(m) for m in range(max(0, k - 3), k)):
        parts.append(("date before", 1))
    if 3 <= b.words <= 25:
        parts.append(("length", 1))
    if b.first > 0.6 * page.n_lines:
        parts.append(("low on page", -2))
    if text[:1].islower():
        parts.append(("lowercase", -2))
    if re.search(r"(?<!\.\.)\.[\"”»’']?$", text) or (b.words >= 8 and re.search(r"…[\"”»’']?$", text)):
        parts.append(("sentence", -2))
    isolated = (k == 0 or blocks[k - 1].last < b.first - 1) and (
        k + 1 == len(blocks) or blocks[k + 1].first > b.last + 1)
    if isolated:
        parts.append(("isolated", 2))
    parts.append(("position", -2 * b.first / max(page.n_lines, 1)))
    if why is not None:
        why.extend(f"{name} {value:+.1f}" for name, value in parts)
    return sum(value for _, value in parts)


def _best_title(page: _Page) -> tuple[float, int] | None:
    """The best-scoring headline block (earliest on a tie), or None.  The repeated-words
    bonus (+2 at most) is only computed for the (at most 40) blocks within 2 points of the best."""
    cands = [k for k in range(len(page.blocks)) if page.candidate(k)][:MAX_HEADLINE_CANDIDATES]
    base = {k: _title_score(page, k, repeat=False) for k in cands}
    if not base:
        return None
    top = max(base.values())
    close = set(sorted((k for k in cands if base[k] >= top - 2), key=lambda k: -base[k])[:40])
    best: tuple[float, int] | None = None
    for k in cands:
        s = base[k]
        if k in close and page.repeated(k):
            s += 2
        if best is None or s > best[0]:
            best = (s, k)
    return best


def _body_mass(blocks: list[_Block], span: int = 20) -> list[int]:
    """For each block, the words of prose in the ``span`` blocks after it (a running window)."""
    words = [b.words if b.prose else 0 for b in blocks]
    out = [0] * len(blocks)
    total = sum(words[1: span + 1])
    for k in range(len(blocks)):
        out[k] = total
        if k + 1 < len(blocks):
            total -= words[k + 1]
        if k + span + 1 < len(blocks):
            total += words[k + span + 1]
    return out


def _is_credit_line(text: str) -> bool:
    """A photo credit line ("Jane Roe/Agency", "Foto: Jane Roe", "Getty Images")."""
    tail = text[-80:]
    low = tail.lower()
    return bool(_PHOTO_CREDIT.match(text)) or _is_caption(tail) or any(w in low for w in phrase_set("credit_words"))


def _headline_candidate(b: _Block) -> bool:
    text = b.text
    if b.listed or not text or b.last - b.first > 2:
        return False
    if b.prose and not (b.words <= 30 and b.last - b.first <= 1 and text[-1:] in _CLOSING_QUOTES):
        return False  # (a headline that is a quotation reads as prose: "« Les privatisations ... »")
    if _cjk_heavy(text):
        if not 5 <= len(text) <= 120:
            return False
    elif not 2 <= b.words <= 40 or len(text) < 10:
        return False
    if text.endswith((":", ",")) or "©" in text or text.startswith(("[", "(", "http")):
        return False
    if _is_noise(text, text) or _starts_with(text, phrase_set("footer_starts")) or _is_caption(text):
        return False
    low = text.lower()
    if any(marker in low for marker in phrase_set("caption_inline_markers")):
        return False  # a caption with its photo credit
    dated = _DATE_WORDS.match(text)
    rest = text[dated.end():] if dated else ""
    if b.words <= 8 and ((dated and (len(rest.split()) <= 3 or any(ch.isdigit() for ch in rest)))
                         or (_dateish(text) and (_DATE_OR_TIME.search(text) or b.words <= 3))):
        return False  # a date line
    if parse_byline(text) is not None or _lone_prefix(text) or _PHOTO_CREDIT.match(text):
        return False
    if b.words >= 6 and _undouble(text) != text:
        return False  # an image's alt text printed next to its caption
    head, dot, tail = text.rstrip(" .").rpartition(". ")
    if dot and b.words >= 6 and tail.lower().strip(" ()") in phrase_set("agencies"):
        return False  # a caption ending with its agency credit ("Penguins on the ice. EFE")
    head, _, tail = text.partition(",")
    if tail and _bare_name(_undouble(head)) and len(tail.split()) <= 3:
        return False  # a byline name with its employer ("Jane Roe, Agency")
    if len(_BREADCRUMB.split(text)) >= 3 or text.count(" | ") >= 2 or "│" in text or _NUMBERED.match(text):
        return False
    return not _starts_with(text, phrase_set("page_noise_starts"))


def _strip_dates(text: str, dates: list[FoundDate]) -> str:
    for d in sorted(dates, key=lambda d: -d.start):
        text = text[: d.start] + " " + text[d.end:]
    return " ".join(text.split()).strip(" |,-–—•·/")


def _bare_name(text: str) -> bool:
    """A line that is only a person's name: 2-5 capitalised tokens, not a generic byline."""
    tokens = text.split()
    if any(t.lower().strip(".,") in phrase_set("name_stopwords") or t.lower() in phrase_set("author_roles")
           for t in tokens):
        return False
    return 2 <= len(tokens) <= 5 and looks_like_name(text) and not is_generic(text) and not _is_noise(text, text) \
        and sum(t[:1].isupper() for t in tokens) >= 2 and text.lower() not in phrase_set("byline_lead_lines")


def _undouble(text: str) -> str:
    """"Jane Roe Jane Roe" (a name printed twice, as by an avatar's alt text) -> "Jane Roe"."""
    tokens = text.split()
    half = len(tokens) // 2
    if len(tokens) % 2 == 0 and half and tokens[:half] == tokens[half:]:
        return " ".join(tokens[:half])
    mid = len(text) // 2
    if len(text) % 2 == 0 and mid >= 3 and text[:mid] == text[mid:]:  # "Jane RoeJane Roe"
        return text[:mid]
    return text


def _unglue(text: str) -> str:
    """"August 2, 2019August 2, 2019Author" -> a space after a year glued to a word;
    "Jane Roe04 de mayo" -> a space between a word and a day glued to it."""
    return _GLUED_DIGIT.sub(" ", _GLUED_YEAR.sub(r"\1 ", text))


def _glued_prefix(text: str) -> str:
    """"ByJane Roe" (a byline prefix glued to the name by the renderer) -> "By Jane Roe"."""
    m = re.match(r"^(By|by|Von|von|Par|par|Por|por)(?=[A-ZÀ-Þ][a-zà-ÿ.])", text)
    return text[: m.end()] + " " + text[m.end():] if m else text


def _page_meta(blocks: list[_Block], k: int, lines: list[Line], language: str | None
               ) -> tuple[list[Contributor], list[tuple[FoundDate, Line]], int, bool]:
    """Read the byline/date block around the headline block ``k``.

    Returns (authors, dates with their line, index of the first block after the header,
    generic byline seen).  Looks at up to 12 blocks after the headline (stopping at the
    second prose block) and, for dates only, at the three blocks above it.
    """
    authors: list[Contributor] = []
    bare = False  # authors so far come from a name line without "By" (an explicit byline replaces them)
    dates: list[tuple[FoundDate, Line]] = []
    generic = False
    prefix_pending = False
    prose = 0
    end = k + 1
    last_kind = ""
    for m in range(k + 1, min(len(blocks), k + 13)):
        b = blocks[m]
        text = _SLASH_SEP.sub(" | ", _unglue(_glued_prefix(_undouble(_INLINE_IMG.sub(" | ", b.text).strip(" |")))))
        if b.prose and not text.lower().startswith(tuple(phrase_set("byline_prefixes"))):
            prose += 1
            if prose >= 2 or (authors or dates):
                break
            end = m + 1
            continue
        if len(text) > 300 or _EMBED_SIGNATURE.match(text):
            continue
        if _lone_prefix(text):
            prefix_pending = True
            continue
        line = Line(lines[b.first].start, lines[b.last].end, text, text)
        if prefix_pending and (not authors or bare) and b.words <= 12:
            prefix_pending = False
            text = _LIST_NUMBER.sub("", text)
            byline = parse_byline(text) or parse_byline("By " + text)
            if byline is not None:
                authors, bare = list(byline.authors), False
                generic = generic or not byline.authors
                # "By" / "Jane Roe" / "John Doe": one name a line
                for n in range(m + 1, min(len(blocks), m + 6)):
                    name = _tidy_name(_LIST_NUMBER.sub("", blocks[n].text))
                    if blocks[n].words > 6 or not _bare_name(name):
                        break
                    authors.append(Contributor(name=normal_case(name)))
                end = m + 1
                last_kind = "byline"
                continue
        is_meta = _meta(line, language)
        found_here = False
        if line.byline is not None and (not authors or bare) and line.byline.authors:
            authors, bare = list(line.byline.authors), False
            generic = generic or not line.byline.authors
            found_here = True
        if line.dates:
            dates.extend((d, line) for d in line.dates)
            found_here = True
            if (not authors or bare) and line.byline is None:
                # "by Jane Roe Apr. 28, 2023 1:15 pm", "Jane Roe | Example.com | Sep 2, 2024":
                # the name is what is left beside the date
                for part in _undated_parts(text, language):
                    part = _residue(_undouble(part))
                    byline = parse_byline(part)
                    if byline is not None and byline.authors:
                        authors, bare = list(byline.authors), False
                        break
                    if not authors and _bare_name(_tidy_name(part)):
                        authors.append(Contributor(name=normal_case(_tidy_name(part))))
                        break
        if not found_here and not authors and text.lower().strip(" .") in phrase_set("agencies"):
            authors.append(Contributor(name=text.strip(" .")))  # an agency credited alone ("JIJI")
            found_here = True
        captioned = any(_is_credit_line(blocks[n].text) for n in range(m + 1, min(len(blocks), m + 3))
                        if blocks[n].first <= b.last + 3)
        doubled = _undouble(b.text) != b.text and m <= k + 3 and b.first <= blocks[k].last + 4
        if not found_here and not authors and not captioned and doubled and _bare_name(_tidy_name(text)):
            # "Jane Roe Jane Roe" right under the headline: an avatar's alt text and the name
            authors.append(Contributor(name=normal_case(_tidy_name(text))))
            bare = True
            found_here = True
        if not found_here and not is_meta and not authors and not captioned and _bare_name(_tidy_name(text)) and (
                last_kind in ("date", "byline") or _next_is_meta(blocks, m, language)):
            authors.extend(_names_above(blocks, m, k))
            authors.append(Contributor(name=normal_case(_tidy_name(text))))
            authors.extend(_names_below(blocks, m))
            bare = True
            found_here = True
        if found_here:
            end = m + 1
            last_kind = "date" if line.dates else "byline"
    for m in range(max(0, k - 3), k):
        b = blocks[m]
        if not dates and _dateish(b.text) and not b.prose:
            text = _CAMEL.sub(" ", _unglue(b.text))  # "2 minute readApril 25, 2023"
            line = Line(lines[b.first].start, lines[b.last].end, text, text)
            if _meta(line, language) and line.dates:
                dates.extend((d, line) for d in line.dates)
                if not authors and not generic:  # "Jane Roe 11/08/2020 Feelings" over the headline
                    for part in _undated_parts(text, language)[:1]:
                        name = _tidy_name(_residue(_undouble(part)))
                        if _bare_name(name):
                            authors.append(Contributor(name=normal_case(name)))
    return authors, dates, end, generic


def _page_byline_elsewhere(page: _Page, k: int) -> list[Contributor]:
    """A byline line away from the headline: the first of the 400 blocks below it (an
    author line after the text), else the nearest of the 30 blocks above it."""
    blocks = page.blocks
    order = list(range(k + 1, min(len(blocks), k + 400))) + list(range(k - 1, max(-1, k - 31), -1))
    for m in order:
        b = blocks[m]
        if b.prose or b.words > 12 or not page.byline(m):
            continue
        text = _glued_prefix(_undouble(b.text))
        if _lone_prefix(text) and m + 1 < len(blocks):  # "Kommentar von" / "Jane Roe"
            text = "By " + _undouble(blocks[m + 1].text)
        byline = parse_byline(text)
        if byline is not None and byline.authors:
            return byline.authors
    # a bare name with a date or time stamp right after it, in the 60 blocks below the headline
    for m in order[:60]:
        b = blocks[m]
        if b.prose or b.listed or b.words > 6:
            continue
        name = _tidy_name(_undouble(b.text))
        if _bare_name(name) and any(page.dateish(n) and blocks[n].words <= 10 and not blocks[n].prose
                                    for n in range(m + 1, min(len(blocks), m + 3))):
            return [Contributor(name=normal_case(name))]
    return []


def _page_dates(blocks: list[_Block], k: int, lines: list[Line], language: str | None,
                budget: int = 16) -> list[tuple[FoundDate, Line]]:
    """Dates further from the headline: first a labelled ("Published", "Posted on" ...) date
    line anywhere on the page, then the nearest short date line after (or just above) the
    headline, then the first short date lines of the page.  At most ``budget`` lines are
    given to the date reader."""
    labels = tuple(p for p in phrase_set("date_labels_published") if len(p) >= 5)
    order = list(range(k + 1, min(len(blocks), k + 60))) + list(range(k - 1, max(-1, k - 10), -1))
    # (a labelled line is read even when it is long enough to pass for prose:
    # "PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: ...")
    labelled = [m for m in range(len(blocks)) if (not blocks[m].prose or len(blocks[m].text) <= 160)
                and blocks[m].text.lstrip(" ·•-–").lower().startswith(labels)
                and len(blocks[m].text) <= 200 and _DATE_HINT.search(blocks[m].text)]
    near = [m for m in order if (not blocks[m].prose and _dateish(blocks[m].text)
                                 and blocks[m].words <= (6 if blocks[m].listed else 14))
            or (blocks[m].prose and _meta_sentence(blocks[m].text))]
    # last resort: the first short date line of the page (a masthead's date)
    # (a day or a time beside the year: menu items such as "Awards 2023" are not dates)
    anywhere = [m for m in range(len(blocks)) if not blocks[m].prose and blocks[m].words <= 8
                and _dateish(blocks[m].text) and (_DATE_OR_TIME.search(blocks[m].text)
                                                   or _DAY_AND_YEAR.search(blocks[m].text))][:4]
    for group in (labelled, near, anywhere):
        for m in group:
            if budget <= 0:
                return []
            budget -= 1
            b = blocks[m]
            text = _CAMEL.sub(" ", _unglue((b.prose and _meta_sentence(b.text)) or b.text))
            found = find_dates(text[:200], language=language)
            found = [d for d in found if d.kind != "modified"]
            if found:
                return [(found[0], Line(lines[b.first].start, lines[b.last].end, text, text))]
    return []


def _meta_sentence(text: str) -> str:
    """The first sentence of a paragraph when it is a credit line with a date ("Von Jane Roe
    am 21/02/2021. Abgelegt unter Israel. ...", a blog's post footer), else ""."""
    head = _SENTENCE_STOP.split(text, maxsplit=1)[0]
    if len(head.split()) > 12 or not _DATE_HINT.search(head):
        return ""
    low = head.lower()
    return head if any(low.startswith(p + " ") for p in phrase_set("byline_prefixes")) else ""


def _yearless_date(blocks: list[_Block], k: int, lines: list[Line], language: str | None, text: str
                   ) -> list[tuple[FoundDate, Line]]:
    """A date printed without its year ("Jane Roe 8 января, 17:46") in the eight blocks under
    the headline ``k``, given the year of the page's copyright line (read in its last 300
    lines); [] when either is missing."""
    stamps = [m for m in range(k + 1, min(len(blocks), k + 9))
              if not blocks[m].prose and len(blocks[m].text) <= 120 and _DATE_OR_TIME.search(blocks[m].text)]
    if not stamps:
        return []
    year = year_of_copyright(text[lines[max(0, len(lines) - 300)].start:]) if lines else None
    if year is None:
        return []
    for m in stamps:
        b = blocks[m]
        found = [d for d in find_dates(b.text, language=language, default_year=year) if d.kind != "modified"]
        if found:
            return [(found[0], Line(lines[b.first].start, lines[b.last].end, b.text, b.text))]
    return []


def _undated_parts(text: str, language: str | None) -> list[str]:
    """The ``|``/``·``/``•`` segments of a meta line with their dates cut out."""
    out: list[str] = []
    for seg in re.split(r"\s[|·•]\s", text):
        dates = find_dates(seg, language=language) if any(ch.isdigit() for ch in seg) else []
        if dates and dates[0].start > 0:
            out.append(seg[: dates[0].start])  # "Jane Roe 11/08/2020 Feelings": the name before the date
        out.extend(p for p in _SEGMENT_BAR.split(_strip_dates(seg, dates)) if p.strip())
    return out


def _residue(text: str) -> str:
    """What is left of a byline once its date is cut out: cut at a handle, a colon or a
    dash, and drop trailing time words and zone names ("Jane Roe @jroe : PM ET" -> "Jane Roe")."""
    text = _RESIDUE_CUT.split(text, maxsplit=1)[0]
    tokens = text.split()
    zones = set(layout()["zone_offsets"]) | {"ET", "PT", "CT", "MT"}
    while tokens and (tokens[-1] in zones or tokens[-1].lower().strip(".,") in ("am", "pm", "a.m", "p.m", "uhr", "h")
                      or tokens[-1].lower().strip(".,") in phrase_set("weekdays")):
        tokens.pop()
    return " ".join(tokens)


def _names_above(blocks: list[_Block], m: int, k: int) -> list[Contributor]:
    """Name lines stacked above block ``m`` (below the headline ``k``), skipping avatar
    initials ("LP"): "LP / Jane Roe / RF / John Doe / <date>" credits both."""
    found: list[Contributor] = []
    for n in range(m - 1, k, -1):
        text = _tidy_name(_undouble(blocks[n].text))
        if len(text) <= 3 and text.isupper():
            continue
        if not _bare_name(text):
            break
        found.insert(0, Contributor(name=normal_case(text)))
    return found


def _names_below(blocks: list[_Block], m: int) -> list[Contributor]:
    """Name lines stacked below block ``m``, skipping avatar initials, up to a non-name."""
    found: list[Contributor] = []
    for n in range(m + 1, min(len(blocks), m + 7)):
        raw = _undouble(blocks[n].text)
        text = _tidy_name(raw)
        if len(text) <= 3 and text.isupper():
            continue
        if not _bare_name(text) or blocks[n].text == blocks[m].text or _glued_prefix(raw) != raw:
            break
        found.append(Contributor(name=normal_case(text)))
    return found


def _next_is_meta(blocks: list[_Block], m: int, language: str | None) -> bool:
    """A date or time stamp within the four blocks after ``m`` (before any prose)."""
    for n in range(m + 1, min(len(blocks), m + 5)):
        text = _CAMEL.sub(" ", _unglue(blocks[n].text))
        if len(text) <= 40 and _DATE_OR_TIME.search(text):
            return True  # a short stamp: "9:51", "04.05.2022"
        if _dateish(text) and find_dates(text[:200], language=language):
            return True
        if blocks[n].prose:
            return False
    return False


def _analyse_page(text: str, lines: list[Line], language: str | None) -> Layout | None:
    """Layout of a rendered web page: headline by scoring, byline and dates around it."""
    page = _make_page(lines)
    blocks, stop = page.blocks, page.n_lines
    best = _best_title(page)
    if best is None or best[0] < _MIN_TITLE_SCORE:
        return None
    k = best[1]
    authors, dates, end, generic = _page_meta(blocks, k, lines, language)
    # The headline printed again elsewhere (a share box, above the text): keep the copy
    # with the richest byline/date block under it.
    key = blocks[k].text.casefold()
    for j in [j for j, b in enumerate(blocks) if j != k and b.text.casefold() == key][:2]:
        other = _page_meta(blocks, j, lines, language)
        if bool(other[0]) + bool(other[1]) > bool(authors) + bool(dates):
            k, (authors, dates, end, generic) = j, other
    tb = blocks[k]
    title, title_end = tb.text, tb.last
    nb = blocks[k + 1] if k + 1 < len(blocks) else None
    if nb is not None and nb.first == tb.last + 1 and nb.text[:1].islower() and not nb.prose and not nb.listed \
            and not _SENTENCE_END.search(title) and tb.words + nb.words <= 40:
        title, title_end = title + " " + nb.text, nb.last  # a headline wrapped narrower than the text
    m = _DATE_WORDS.match(title)
    if m and len(title[m.end():].split()) >= 3 and title[m.end():].strip()[:1].isupper():
        title = title[m.end():].strip(" ,|-–—")  # "Jun 17 The headline": a date glued before it
    out = Layout()
    out.title = read_at("title", title, lines[tb.first].start, lines[title_end].end, "text:title")
    if not authors and not generic:
        authors = _page_byline_elsewhere(page, k) or next(
            (names for b in blocks if (names := cjk_credit(b.text))), [])
    out.authors = _dedupe(authors)
    out.generic_byline = generic and not out.authors
    if out.authors:
        out.authors_at = read_at("authors", ", ".join(a.name for a in out.authors), lines[tb.last].end,
                                 lines[tb.last].end, "text:byline")
    if not [x for x in dates if x[0].kind != "modified"]:
        dates.extend(_page_dates(blocks, k, lines, language))
    published = [x for x in dates if x[0].kind == "published"]
    plain = [x for x in dates if x[0].kind is None]
    modified = [x for x in dates if x[0].kind == "modified"]
    # a page that prints only a "last changed" stamp: it is the only date it gives, and
    # such stamps mostly repeat the publication day
    pick = (published or plain or modified)[:1]
    if not pick:
        pick = _yearless_date(blocks, k, lines, language, text)
    if pick:
        d, ln = pick[0]
        out.date = read_at("date", d.value, ln.start, ln.end, "text:date-line")
    if modified:
        d, ln = modified[0]
        out.date_modified = read_at("date_modified", d.value, ln.start, ln.end, "text:date-line")
    body_start = blocks[end].first if end < len(blocks) else stop
    page_lines = lines[:stop]
    footer = _footer_start(page_lines, body_start)
    for ln in page_lines[body_start:footer]:
        if ln.kind == "text" and ln.clean and _is_noise(ln.clean, ln.raw[:2000]):
            ln.kind = "noise"
    out.paragraphs = [p for p in _join_paragraphs(page_lines, body_start, footer)
                      if _is_prose(p.text) or (_word_count(p.text) >= 8 and _SENTENCE_END.search(p.text))]
    return out
