"""Topics: IPTC Media Topics for a news article.

``classify(body, title=..., language=...)`` returns ``Topic`` records (see
``congo_digital.model``): the main top-level topic first, then the other topics by
centrality.  ``list_taxonomy(...)`` gives the rows of the ``congo-digital topics``
listing.

Data (both in ``congo_digital/data``, read lazily once, see ``data/README.md``):

- ``iptc-mediatopics.json``: the IPTC Media Topics vocabulary (CC BY 4.0, IPTC).
- ``topics-lexicon.json``: this project's multilingual lexicon (en, fr, es, pt, de and
  language-independent loanwords) mapping words and phrases to Media Topic codes.

Method
------
1. Zones.  The title weighs 3, the lead (first paragraph of the body with at least
   12 words) weighs 2, the rest of the body 1.  Boilerplate lines are skipped
   (``congo_digital.enrich.boiler``): bylines and credits ("By", "Par", "Editing by",
   "Image", ...) and share/subscribe/newsletter lines under 120 characters, menus (lines
   of one to three words in a run of three or more, or a line of capitalised words
   separated by wide gaps, bars or bullets), and "Related" / "Read more" / "Lire aussi" /
   "Mehr zum Thema" blocks (up to the next blank line when the line is short or ends with
   a colon).
2. Matching.  Words are case-folded, accents stripped and reduced by a light
   per-language stemmer (plural, French feminine/mute e, Spanish/Portuguese gender and
   plural endings, German endings); lexicon terms are reduced the same way, so
   "elections" matches "election" and "numériques" matches "numérique".  Phrases are
   matched leftmost-longest ("artificial intelligence" wins over "intelligence").
   Acronym terms (``=AI``) match the exact written form, but not in all-capital lines.
   In German, a (not weak) term of six letters or more also matches at the start or
   end of a compound ("Energiepreise", "Entwicklungszusammenarbeit").  Terms of the
   article's language and language-independent terms are used; without ``language``,
   the language is guessed from function words (en, fr, es, pt, de).
3. Evidence.  Each occurrence adds ``term weight × zone weight`` to its lexicon entry
   (term weights: weak 0.4, normal 1, strong 2; at most 6 per distinct term and entry,
   2.4 for a weak term).
   A top-level topic's evidence is the sum, over the distinct matched forms, of their
   largest contribution to an entry under it.
4. Selection.  The main top-level topic is the one with most evidence.  Another
   top-level topic is kept when its evidence is at least ``TOP_MIN_EVIDENCE`` and at
   least ``TOP_RELATIVE`` × the main one's, or when one finer topic under it alone has
   ``FINE_STRONG_EVIDENCE`` (a well-supported subject of a story that is mainly about
   something else, e.g. cybersecurity in a technology story).  A finer topic is kept
   when its own evidence reaches ``FINE_MIN_EVIDENCE`` and its top-level topic is kept
   (at most ``MAX_FINE``), so a top-level topic is always reported when one of its
   descendants is.

``Topic.score`` is ``e / (e + 4)`` for the topic's evidence ``e`` (rounded to 3
places): 0.5 means support worth four plain body mentions, or two in the lead
(0.43 for one title mention).  ``matched`` lists the distinct text forms that
matched (case-folded, except acronyms), in order of first occurrence.

Labels.  ``label`` is IPTC's English label, except where IPTC has no exact concept for
a label users expect; then the nearest IPTC concept's code is used with the familiar
label:

- "cybersecurity" -> ``medtop:20000086`` (cyber crime; IPTC's "computer security",
  ``medtop:20000229``, is retired).
- "digital transformation" -> ``medtop:20000763`` (information technology and computer
  science) or ``medtop:20000225`` (computing and information technology).
- Information and communication technology is filed under the same two concepts (with
  their IPTC labels).

For these dual-homed entries the concept whose top-level topic (science and
technology, or economy, business and finance) has more evidence in the article is
used, so that a tech-policy story is not also counted as business, nor the reverse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from congo_digital.enrich.boiler import (
    credit_line,
    menu_line,
    notice_line,
    related_line,
    sharing_line,
)
from congo_digital.enrich.language import guess_language
from congo_digital.enrich.tokens import fold
from congo_digital.model import Topic
from congo_digital.vocab import load_json

TAXONOMY_FILE = "iptc-mediatopics.json"
LEXICON_FILE = "topics-lexicon.json"

ZONE_WEIGHTS = {"title": 3.0, "lead": 2.0, "body": 1.0}
TERM_WEIGHTS = {"~": 0.4, "!": 2.0}
TERM_CAP = 6.0
TOP_MIN_EVIDENCE = 4.0
TOP_RELATIVE = 0.25
FINE_MIN_EVIDENCE = 2.0
FINE_STRONG_EVIDENCE = 6.0
MAX_FINE = 10
SCORE_K = 4.0
LEAD_MIN_WORDS = 12
LANGUAGES = ("en", "fr", "es", "pt", "de")
_COMPOUND_MIN = 6
_MAX_TOKEN = 40


# --------------------------------------------------------------------------- taxonomy


@dataclass(frozen=True)
class Concept:
    """One IPTC Media Topic as read from ``iptc-mediatopics.json``.

    ``level`` is 1 for the 17 top-level topics; ``top_code`` is the top-level ancestor
    (the code itself for a top-level topic).
    """

    code: str
    label_en: str
    label_fr: str | None
    definition_en: str
    broader: str | None
    retired: bool
    level: int
    top_code: str


@dataclass(frozen=True)
class TaxonomyRow:
    """One row of the ``congo-digital topics`` listing.

    ``label`` is IPTC's English label, ``label_fr`` its French label (``None`` where IPTC
    has none), ``level`` 1 for a top-level topic, ``broader`` the parent code.
    """

    code: str
    label: str
    level: int
    top_code: str
    broader: str | None
    retired: bool
    label_fr: str | None


@cache
def taxonomy() -> dict[str, Concept]:
    """Return all IPTC Media Topics (active and retired) by code.

    Source: ``congo_digital/data/iptc-mediatopics.json`` (IPTC, CC BY 4.0).  Raises
    ``ValueError`` if a broader link is dangling or cyclic.
    """
    raw = load_json(TAXONOMY_FILE)
    assert isinstance(raw, list)
    items = {t["code"]: t for t in raw}
    out: dict[str, Concept] = {}
    for code, t in items.items():
        level, top, seen = 1, code, {code}
        while items[top]["broader"]:
            top = items[top]["broader"]
            if top not in items or top in seen:
                raise ValueError(f"bad broader chain at {code}")
            seen.add(top)
            level += 1
        out[code] = Concept(code, t["label_en"], t.get("label_fr"), t.get("definition_en") or "",
                            t["broader"], bool(t["retired"]), level, top)
    return out


@lru_cache(maxsize=65536)
def _fold_token(token: str) -> str:
    return fold(token)


def list_taxonomy(query: str | None = None, level: int | None = None,
                  include_retired: bool = False, under: str | None = None) -> list[TaxonomyRow]:
    """List Media Topics for ``congo-digital topics``, in code order.

    ``query``: keep topics whose code, English or French label contains it (case and
    accents ignored; a bare number such as ``13000000`` matches the code).  ``level``:
    keep only that depth (1 = top level).  ``include_retired``: also list retired
    concepts.  ``under``: keep only that code and its descendants (``medtop:`` prefix
    optional).  Raises ``ValueError`` for an ``under`` code that does not exist.
    """
    tax = taxonomy()
    if under is not None:
        under = under if under.startswith("medtop:") else "medtop:" + under
        if under not in tax:
            raise ValueError(f"unknown Media Topic code: {under}")
    q = fold(query).strip() if query else ""
    rows = []
    for code in sorted(tax):
        c = tax[code]
        if c.retired and not include_retired:
            continue
        if level is not None and c.level != level:
            continue
        if under is not None and not _is_under(code, under):
            continue
        if q and not (q in code or q in fold(c.label_en) or q in fold(c.label_fr or "")):
            continue
        rows.append(TaxonomyRow(code, c.label_en, c.level, c.top_code, c.broader, c.retired,
                                c.label_fr))
    return rows


def _is_under(code: str, ancestor: str) -> bool:
    tax = taxonomy()
    cur: str | None = code
    while cur:
        if cur == ancestor:
            return True
        cur = tax[cur].broader
    return False


# --------------------------------------------------------------------------- text


_TOKEN_RE = re.compile(r"[^\W_]+")


def _stem_en(w: str) -> str:
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "xes", "ches", "shes")):
        return w[:-2]
    if w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("s"):
        return w[:-1]
    return w


def _stem_fr(w: str) -> str:
    if len(w) <= 3:
        return w
    if w.endswith("aux") and len(w) > 4:
        w = w[:-3] + "al"
    elif w.endswith(("s", "x")) and not w.endswith("ss"):
        w = w[:-1]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    if w.endswith("nn"):
        w = w[:-1]
    return w


def _stem_es(w: str) -> str:
    if len(w) <= 3:
        return w
    if w.endswith("ciones"):
        w = w[:-2]
    elif w.endswith("es") and len(w) > 4 and w[-3] in "lnrdzj":
        w = w[:-2]
    elif w.endswith("s"):
        w = w[:-1]
    if w.endswith(("a", "o")) and len(w) > 4:
        w = w[:-1]
    return w


def _stem_pt(w: str) -> str:
    if len(w) <= 3:
        return w
    if w.endswith("oes"):
        w = w[:-3] + "ao"
    elif w.endswith("aes"):
        w = w[:-3] + "ao"
    elif w.endswith("ais") and len(w) > 4:
        w = w[:-3] + "al"
    elif w.endswith("eis") and len(w) > 4:
        w = w[:-3] + "el"
    elif w.endswith("ns"):
        w = w[:-2] + "m"
    elif w.endswith("es") and len(w) > 4 and w[-3] in "lnrz":
        w = w[:-2]
    elif w.endswith("s"):
        w = w[:-1]
    if w.endswith(("a", "o")) and len(w) > 4:
        w = w[:-1]
    return w


def _stem_de(w: str) -> str:
    if len(w) <= 4:
        return w
    for suffix in ("ungen", "innen", "ern", "em", "en", "er", "es", "e", "n", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: len(w) - len(suffix)] + ("ung" if suffix == "ungen" else "")
    return w


_STEMMERS = {"en": _stem_en, "fr": _stem_fr, "es": _stem_es, "pt": _stem_pt, "de": _stem_de}

# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Entry:
    key: str
    codes: tuple[str, ...]
    label: str | None


@dataclass
class _Index:
    phrases: dict[str, list[tuple[tuple[str, ...], int, float]]] = field(default_factory=dict)
    acronyms: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    heads: dict[str, list[tuple[int, float]]] = field(default_factory=dict)


def _parse_term(term: str) -> tuple[str, float, bool]:
    weight, exact = 1.0, False
    while term and term[0] in "~!=":
        if term[0] == "=":
            exact = True
        else:
            weight = TERM_WEIGHTS[term[0]]
        term = term[1:]
    return term, weight, exact


@cache
def _lexicon() -> tuple[_Entry, ...]:
    raw = load_json(LEXICON_FILE)
    assert isinstance(raw, dict)
    return tuple(_Entry(e["id"], (e["code"], *e.get("alt_codes", [])), e.get("label"))
                 for e in raw["entries"])


@cache
def _lexicon_terms() -> tuple[dict[str, list[str]], ...]:
    raw = load_json(LEXICON_FILE)
    assert isinstance(raw, dict)
    return tuple(e["terms"] for e in raw["entries"])


@cache
def _index(lang: str) -> _Index:
    stem = _STEMMERS[lang]
    idx = _Index()
    for i, terms in enumerate(_lexicon_terms()):
        for term in [*terms.get(lang, []), *terms.get("*", [])]:
            text, weight, exact = _parse_term(term)
            if exact:
                idx.acronyms.setdefault(text, []).append((i, weight))
                continue
            stems = tuple(stem(fold(t)) for t in _TOKEN_RE.findall(text))
            if not stems:
                continue
            idx.phrases.setdefault(stems[0], []).append((stems, i, weight))
            if lang == "de" and len(stems) == 1 and len(stems[0]) >= _COMPOUND_MIN \
                    and weight >= 1.0:
                idx.heads.setdefault(stems[0], []).append((i, weight))
    for cands in idx.phrases.values():
        cands.sort(key=lambda c: -len(c[0]))
    return idx


# --------------------------------------------------------------------------- zones


def _zones(body: str, title: str | None) -> list[tuple[str, str]]:
    """Split into (zone, text) pieces: the title, the lead, the rest; boilerplate dropped."""
    out: list[tuple[str, str]] = []
    if title and title.strip() and not menu_line(title):
        out.append(("title", title))
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    short_run: list[int] = []
    keep = [True] * len(lines)
    skipping = False
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            skipping = False
            if len(short_run) >= 3:
                for j in short_run:
                    keep[j] = False
            short_run = []
            continue
        if skipping:
            keep[i] = False
            continue
        if related_line(s):
            keep[i] = False
            if len(s) < 40 or s.rstrip().endswith(":"):
                skipping = True
            continue
        if len(s) < 120 and (credit_line(s) or sharing_line(s) or notice_line(s)) or menu_line(s):
            keep[i] = False
            continue
        if len(s.split()) <= 3 and not s.endswith((".", "!", "?")):
            short_run.append(i)
        else:
            if len(short_run) >= 3:
                for j in short_run:
                    keep[j] = False
            short_run = []
    if len(short_run) >= 3:
        for j in short_run:
            keep[j] = False
    paragraphs: list[str] = []
    current: list[str] = []
    for line, k in zip(lines, keep, strict=True):
        if not line.strip():
            if current:
                paragraphs.append("\n".join(current))
                current = []
        elif k:
            current.append(line)
    if current:
        paragraphs.append("\n".join(current))
    lead_done = False
    for p in paragraphs:
        if not lead_done and len(p.split()) >= LEAD_MIN_WORDS:
            out.append(("lead", p))
            lead_done = True
        else:
            out.append(("body", p))
    return out


# --------------------------------------------------------------------------- matching


@dataclass
class _Hit:
    evidence: float = 0.0
    per_term: dict[str, float] = field(default_factory=dict)


def _match(pieces: Iterable[tuple[str, str]], langs: tuple[str, ...]) -> dict[int, _Hit]:
    hits: dict[int, _Hit] = {}
    stem_memo: dict[tuple[str, str], str] = {}
    compound_memo: dict[str, list[tuple[int, float]]] = {}

    def add(entry: int, weight: float, zone_w: float, form: str) -> None:
        hit = hits.setdefault(entry, _Hit())
        before = hit.per_term.get(form, 0.0)
        gain = min(TERM_CAP * min(weight, 1.0), before + weight * zone_w) - before
        if gain > 0 or form not in hit.per_term:
            hit.per_term[form] = before + max(gain, 0.0)
            hit.evidence += max(gain, 0.0)

    for zone, text in pieces:
        zone_w = ZONE_WEIGHTS[zone]
        for line in text.split("\n"):
            caps_line = line.isupper()
            toks = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(line)]
            folded = [_fold_token(t[0][:_MAX_TOKEN]) for t in toks]
            for lang in langs:
                idx = _index(lang)
                stem = _STEMMERS[lang]
                stems = []
                for f in folded:
                    key = (lang, f)
                    if key not in stem_memo:
                        stem_memo[key] = stem(f)
                    stems.append(stem_memo[key])
                i = 0
                while i < len(toks):
                    matched = False
                    if not caps_line:
                        for entry, weight in idx.acronyms.get(toks[i][0], ()):
                            add(entry, weight, zone_w, toks[i][0])
                            matched = True
                    used = 0
                    for pstems, entry, weight in idx.phrases.get(stems[i], ()):
                        n = len(pstems)
                        if n < used:
                            break
                        if tuple(stems[i:i + n]) == pstems:
                            used = n
                            form = " ".join(_shown(t[0], caps_line) for t in toks[i:i + n])
                            add(entry, weight, zone_w, form)
                            matched = True
                    if not matched and lang == "de" and idx.heads:
                        if folded[i] not in compound_memo:
                            compound_memo[folded[i]] = _compound(folded[i], idx, stem)
                        for entry, weight in compound_memo[folded[i]]:
                            add(entry, weight, zone_w, toks[i][0].casefold())
                    i += max(used, 1)
    return hits


def _shown(token: str, caps_line: bool) -> str:
    """A matched word as reported: case-folded, except acronyms in normal lines."""
    if not caps_line and len(token) > 1 and token.isupper():
        return token
    return token.casefold()


def _compound(word: str, idx: _Index, stem: object) -> list[tuple[int, float]]:
    """German compounds: a long lexicon stem at the start or the end of the word."""
    n = len(word)
    if n < _COMPOUND_MIN + 3:
        return []
    assert callable(stem)
    for cut in range(n - 3, _COMPOUND_MIN - 1, -1):
        if word[:cut] in idx.heads:
            return idx.heads[word[:cut]]
    for cut in range(3, n - _COMPOUND_MIN + 1):
        tail = stem(word[cut:])
        if tail in idx.heads:
            return idx.heads[tail]
    return []


# --------------------------------------------------------------------------- classify


def _top_evidence(hits: dict[int, _Hit], codes: dict[int, str]
                  ) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Evidence per top-level topic: per matched form, its largest contribution to an
    entry under that top (a form listed in two entries of one branch counts once)."""
    tax = taxonomy()
    forms: dict[str, dict[str, float]] = {}
    for i, code in codes.items():
        top = forms.setdefault(tax[code].top_code, {})
        for form, ev in hits[i].per_term.items():
            top[form] = max(top.get(form, 0.0), ev)
    return {t: sum(f.values()) for t, f in forms.items()}, forms


def _score(evidence: float) -> float:
    return round(evidence / (evidence + SCORE_K), 3)


def classify(body: str, *, title: str | None = None, language: str | None = None) -> list[Topic]:
    """Return IPTC Media Topics for the article, main top-level topic first.

    ``body`` is the cleaned body (paragraphs separated by blank lines, the first being
    the lead), ``title`` the headline, ``language`` a BCP 47 tag (only its primary
    subtag is used; unknown languages fall back to a guess).  Returns the selected
    top-level topics and finer topics (see the module docstring for the rules and the
    meaning of ``score``); an empty list when nothing matched.  Never raises on text.
    """
    lang = (language or "").split("-")[0].casefold()
    if lang not in LANGUAGES:
        text = f"{title or ''}\n{body}"
        lang = guess_language(m.group().casefold() for m in _TOKEN_RE.finditer(text)) or "en"
    langs = (lang,)
    hits = _match(_zones(body, title), langs)
    if not hits:
        return []
    tax = taxonomy()
    entries = _lexicon()

    single = {i: entries[i].codes[0] for i in hits if len(entries[i].codes) == 1}
    first_ev, _ = _top_evidence(hits, single)
    chosen: dict[int, str] = {}
    for i in hits:
        codes = entries[i].codes
        chosen[i] = codes[0] if len(codes) == 1 else max(
            codes, key=lambda c: (first_ev.get(tax[c].top_code, 0.0), c == codes[0]))
    top_ev, top_terms = _top_evidence(hits, chosen)

    main = max(top_ev, key=lambda t: (top_ev[t], t))
    floor = max(TOP_MIN_EVIDENCE, TOP_RELATIVE * top_ev[main])
    best_fine: dict[str, float] = {}
    for i, hit in hits.items():
        c = tax[chosen[i]]
        if c.level > 1:
            best_fine[c.top_code] = max(best_fine.get(c.top_code, 0.0), hit.evidence)
    tops = [t for t in top_ev if t == main or top_ev[t] >= floor
            or best_fine.get(t, 0.0) >= FINE_STRONG_EVIDENCE]

    fine: dict[tuple[str, str], tuple[float, dict[str, None]]] = {}
    for i, hit in hits.items():
        code = chosen[i]
        if tax[code].level == 1 or tax[code].top_code not in tops:
            continue
        label = entries[i].label or tax[code].label_en
        ev, terms = fine.get((code, label), (0.0, {}))
        fine[(code, label)] = (ev + hit.evidence, {**terms, **dict.fromkeys(hit.per_term)})

    topics: list[tuple[float, Topic]] = []
    for t in tops:
        topics.append((top_ev[t], Topic(code=t, label=tax[t].label_en, score=_score(top_ev[t]),
                                        matched=list(top_terms[t]), level=1, top_code=t)))
    # One topic per code: lexicon labels that share a code (e.g. "digital transformation" and
    # the IPTC label of medtop:20000763) merge, under the label with the most evidence.
    by_code: dict[str, tuple[float, float, str, dict[str, None]]] = {}
    for (code, label), (ev, terms) in fine.items():
        total, best, best_label, all_terms = by_code.get(code, (0.0, -1.0, label, {}))
        if ev > best:
            best, best_label = ev, label
        by_code[code] = (total + ev, best, best_label, {**all_terms, **terms})
    merged = {(code, label): (ev, terms) for code, (ev, _, label, terms) in by_code.items()}
    kept = sorted(((ev, key, terms) for key, (ev, terms) in merged.items()
                   if ev >= FINE_MIN_EVIDENCE), key=lambda x: (-x[0], x[1]))[:MAX_FINE]
    for ev, (code, label), terms in kept:
        c = tax[code]
        topics.append((ev, Topic(code=code, label=label, score=_score(ev), matched=list(terms),
                                 level=c.level, top_code=c.top_code)))
    head = [t for ev, t in topics if t.code == main]
    rest = sorted((x for x in topics if x[1].code != main), key=lambda x: (-x[0], x[1].code))
    return head + [t for _, t in rest]
