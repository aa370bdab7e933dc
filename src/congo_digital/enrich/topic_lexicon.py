"""The topic lexicon: terms that point to IPTC Media Topics, indexed per language.

Source: ``data/topics-lexicon.json`` (this project's multilingual lexicon; format and
prefixes in ``data/README.md``), read lazily once.  A term's prefixes give its weight
(``~`` weak 0.5, ``!`` strong 2, otherwise 1; see ``weights()``); ``=`` makes it an
acronym or name matched as written, ``^`` an acronym that is also a word written in
capitals ("IT", the pronoun "It" in a heading), matched as written but not where a
sentence starts nor beside other capitals; ``?`` makes it a generic term, an everyday word
("data", "email", "app") that counts only beside the entry's specific terms (see
``topic_match``); ``_`` makes it a common noun that is not matched
when written with a capital (outside title-case lines: there it is a name, "Labor" the
party, "Roman" the first name), and neither is a form of the entry with the same stems
where the word is written as the lower-case-only term ("~prices" beside "_~price":
"Alan Price" is no price).
Other terms are indexed by the stems of their words (``topic_stems``), phrases under
their first stem, longest first; German single-word terms of six letters or more (not
weak, not generic) are also compound heads ("Energie" in "Energiepreise").  The file's ``weights``
object holds the numbers of the matcher and of the selection (``weights()``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from congo_digital.cache import cached_data
from congo_digital.enrich.tokens import fold
from congo_digital.enrich.topic_stems import STEMMERS, WORD_RE
from congo_digital.plain import Frozen, Plain
from congo_digital.vocab import load_json

LEXICON_FILE = "topics-lexicon.json"
TERM_PREFIX_WEIGHTS = {"~": "weak_term", "!": "strong_term"}
COMPOUND_MIN = 6
PREFIXES = "~!=_^?"


class Entry(Frozen):
    """One lexicon entry: its ``key`` (id), its Media Topic ``codes`` (the main code, then
    the alternative homes in other branches), the ``label`` to report (``None``: IPTC's),
    ``money``: its words speak of a company's or a market's money (results, shares,
    deals), and ``market``: of the taxes and rules a state lays on a market (taxation,
    regulation); both file a technology story under the economy; ``setting``: its words
    tell how states deal with each other (agreements, talks, partners), the setting of a
    story rather than its subject (see ``topics``); ``sector``: its words name a branch of
    the economy (farming, transport, tourism, building), the setting of a story about its
    workers or its land and water unless the headline names it; ``victim``: its words name
    an act against someone's property or systems (theft, robbery, hacking), whose victim's
    business is the setting when the headline names the act (see ``topics``)."""

    __slots__ = FIELDS = ("key", "codes", "label", "money", "market", "setting", "sector", "victim")

    def __init__(self, key: str, codes: tuple[str, ...], label: str | None, money: bool = False,
                 market: bool = False, setting: bool = False, sector: bool = False, victim: bool = False) -> None:
        values = (key, codes, label, money, market, setting, sector, victim)
        for name, value in zip(self.FIELDS, values, strict=True):
            object.__setattr__(self, name, value)


class Index(Plain):
    """The lexicon of one language: ``phrases`` maps a first stem to ``(stems, entry,
    weight, guard)`` candidates, longest first (``guard``: ``"*"`` for a lower-case-only
    term, whatever its form; for another form of such a term (same stems and entry: "bonds"
    beside "_~bond") the lower-case-only term's first word ("bond"), not matched as a
    capitalised word written so ("Jo Bond"), while "Bonds" may be; else ``""``);
    ``acronyms`` a written form to ``(entry, weight)``; ``heads`` a German compound head's
    stem to ``(entry, weight)``; ``words``: the written forms of the acronyms that are also
    words (``^``); ``generic``: ``(entry, cue)`` of the generic terms (``?``; the cue is the
    term's stems joined by spaces, an acronym's written form).  Entries are indices into ``lexicon()``."""

    __slots__ = FIELDS = ("phrases", "acronyms", "heads", "words", "generic")

    def __init__(self, phrases: dict[str, list[tuple[tuple[str, ...], int, float, str]]] | None = None,
                 acronyms: dict[str, list[tuple[int, float]]] | None = None,
                 heads: dict[str, list[tuple[int, float]]] | None = None,
                 words: frozenset[str] = frozenset(), generic: frozenset[tuple[int, str]] = frozenset()) -> None:
        self.phrases = {} if phrases is None else phrases
        self.acronyms = {} if acronyms is None else acronyms
        self.heads = {} if heads is None else heads
        self.words = words
        self.generic = generic


def parse_term(term: str) -> tuple[str, float, bool]:
    """Split a lexicon term into ``(text, weight, exact)``: ``~`` gives the ``weak_term``
    weight (0.5), ``!`` the ``strong_term`` weight (2), else 1; ``=`` (or ``^``) an exact
    (acronym) match; the prefixes may be combined (the ``_``, ``^`` and ``?`` of a term are
    dropped here; see ``has_prefix``)."""
    weight, exact = 1.0, False
    while term and term[0] in PREFIXES:
        if term[0] in "=^":
            exact = True
        elif term[0] in TERM_PREFIX_WEIGHTS:
            weight = weights()[TERM_PREFIX_WEIGHTS[term[0]]]
        term = term[1:]
    return term, weight, exact


def has_prefix(term: str, prefix: str) -> bool:
    """True when the raw lexicon ``term`` carries ``prefix`` among its prefixes."""
    return prefix in term[: len(term) - len(term.lstrip(PREFIXES))]


def lower_only(term: str) -> bool:
    """True when the raw lexicon ``term`` carries the ``_`` prefix (a common noun not
    matched when written with a capital, outside title-case lines)."""
    return has_prefix(term, "_")


def _build_entries() -> tuple[dict[str, float], list[tuple]]:
    """The lexicon file's weights, and each entry's fields (``Entry``'s, in order)."""
    raw = load_json(LEXICON_FILE)
    assert isinstance(raw, dict)
    return ({k: float(v) for k, v in raw["weights"].items() if not k.startswith("_")},
            [(e["id"], (e["code"], *e.get("alt_codes", [])), e.get("label"), bool(e.get("money")),
              bool(e.get("market")), bool(e.get("setting")), bool(e.get("sector")), bool(e.get("victim")))
             for e in raw["entries"]])


@cache
def _entries() -> tuple[dict[str, float], list[tuple]]:
    """``_build_entries()``, kept in the per-user cache (``congo_digital.cache``): a run reads
    the lexicon file itself only to build a language's index."""
    return cached_data("topics-entries", _build_entries)


@cache
def weights() -> dict[str, float]:
    """The numbers of the matcher and the selection, from the lexicon file's ``weights``
    object (names and meanings in ``data/README.md`` and the ``topics`` module)."""
    return _entries()[0]


@cache
def lexicon() -> tuple[Entry, ...]:
    """The lexicon's entries, in file order (their index is the entry number)."""
    return tuple(Entry(*row) for row in _entries()[1])


@cache
def _lexicon_terms() -> tuple[dict[str, list[str]], ...]:
    """Each entry's terms by language (``"*"``: every language)."""
    raw = load_json(LEXICON_FILE)
    assert isinstance(raw, dict)
    return tuple(e["terms"] for e in raw["entries"])


@cache
def index(lang: str) -> Index:
    """The index of the terms of ``lang`` (one of ``STEMMERS``) and of every language.
    Raises ``KeyError`` for another language.  Built once into the per-user cache
    (``congo_digital.cache``)."""
    STEMMERS[lang]  # noqa: B018 - the KeyError of an unknown language
    phrases, acronyms, heads, words, generic = cached_data(f"topics-{lang}", lambda: _build_index(lang))
    return Index(phrases, acronyms, heads, frozenset(words), frozenset((i, c) for i, c in generic))


def _build_index(lang: str) -> tuple[dict, dict, dict, list, list]:
    """The index of ``index``, built from the lexicon: ``(phrases, acronyms, heads, words,
    generic)`` (the last two as lists)."""
    stem = STEMMERS[lang]
    idx = Index()
    terms_of: list[tuple[tuple[str, ...], int, float, bool, bool]] = []
    lower: dict[tuple[tuple[str, ...], int], str] = {}  # a lower-case-only term's written word
    words: set[str] = set()
    generic: set[tuple[int, str]] = set()
    for i, terms in enumerate(_lexicon_terms()):
        for term in [*terms.get(lang, []), *terms.get("*", [])]:
            text, weight, exact = parse_term(term)
            if exact:
                idx.acronyms.setdefault(text, []).append((i, weight))
                if has_prefix(term, "^"):
                    words.add(text)
                if has_prefix(term, "?"):
                    generic.add((i, text))
                continue
            stems = tuple(stem(fold(t)) for t in WORD_RE.findall(text))
            if stems:
                terms_of.append((stems, i, weight, lower_only(term), has_prefix(term, "?")))
                if lower_only(term):
                    lower[(stems, i)] = fold(WORD_RE.findall(text)[0])
                if has_prefix(term, "?"):
                    generic.add((i, " ".join(stems)))
    for stems, i, weight, own, vague in terms_of:
        guard = "*" if own else lower.get((stems, i), "")
        idx.phrases.setdefault(stems[0], []).append((stems, i, weight, guard))
        if (lang == "de" and len(stems) == 1 and len(stems[0]) >= COMPOUND_MIN and weight >= 1.0
                and not vague):
            idx.heads.setdefault(stems[0], []).append((i, weight))
    for cands in idx.phrases.values():
        cands.sort(key=lambda c: -len(c[0]))
    return idx.phrases, idx.acronyms, idx.heads, sorted(words), sorted(generic)


def head_openings(idx: Index) -> frozenset[str]:
    """The first ``COMPOUND_MIN`` letters of each compound head of ``idx`` (``compound_heads``)."""
    return frozenset(head[:COMPOUND_MIN] for head in idx.heads)


def compound_heads(word: str, idx: Index, stem: Callable[[str], str],
                   openings: frozenset[str] | None = None) -> list[tuple[int, float]]:
    """German compounds: the ``(entry, weight)`` pairs of the longest lexicon head that
    starts ``word`` (folded), else of the first one that ends it (its stem, a head);
    ``[]`` for none.  ``openings`` (``head_openings(idx)``, made when not given): a head
    of ``COMPOUND_MIN`` letters or more starts with one, and so does any part of ``word``
    whose stem is a head, the stem being the part or a beginning of it (German's, the
    only language with heads), so a part that starts with none is not stemmed."""
    n = len(word)
    if n < COMPOUND_MIN + 3:
        return []
    if openings is None:
        openings = head_openings(idx)
    if word[:COMPOUND_MIN] in openings:
        for cut in range(n - 3, COMPOUND_MIN - 1, -1):
            if word[:cut] in idx.heads:
                return idx.heads[word[:cut]]
    for cut in range(3, n - COMPOUND_MIN + 1):
        if word[cut:cut + COMPOUND_MIN] in openings:
            tail = stem(word[cut:])
            if tail in idx.heads:
                return idx.heads[tail]
    return []
