"""Matching the topic lexicon in an article's zones: evidence per lexicon entry.

Each occurrence of a term adds ``term weight × zone weight`` to its entry (zone weights
``zone_title``, ``zone_deck``, ``zone_lead``, ``zone_body`` of the lexicon's ``weights``: 3,
0.5, 2, 1), at most ``term_cap`` (6) per lexicon term (all its inflected forms) and entry,
3 for a weak term.  Phrases match leftmost-longest on stems; acronym terms match the
written form, but not in ALL-CAPS lines, and an acronym that is also a word (``^IT``:
"It") not where a sentence starts, before an apostrophe ("IT's") nor beside another word
in capitals ("HOW IT ALL STARTED"): there it is the word.  A generic term (``?``: "data",
"email", "app") counts only when the headline names its entry or a kin one (homed under the
same top-level topics), or these have ``min_cues`` distinct cues, a weak term counting half
and a generic one ``generic_share`` of that (``_Matcher.drop_generic``): everyday words and
page furniture ("said in an email", "download our app") make no technology story.  A
lower-case-only term (``_``) is skipped where its first word is capitalised in a line that
is not in title case ("Labour", "Roman": a name), and so is another form of its entry with
the same stems where the word is written as that term ("bonds" beside "_~bond": "Jo Bond"
is no bond, "Bonds" may be one), and a name term that is also such a noun is skipped inside
a longer name ("National Labor Relations Board", "Department of Labor":
``_Matcher._in_longer_name``); in German a word that matches nothing else may hold a
compound head at its start or end ("Energiepreise").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import compress
from operator import itemgetter

from congo_digital.enrich.topic_lexicon import index, lexicon, weights
from congo_digital.enrich.topic_stems import STEMMERS, WORD_RE, ascii_words
from congo_digital.enrich.topic_taxonomy import top_codes
from congo_digital.enrich.topic_words import Word, groups, shown_form, word_table


@cache
def _kin() -> tuple[tuple[str, ...], ...]:
    """Each lexicon entry's top-level topics (sorted codes): entries with the same ones are
    kin (``_Matcher.drop_generic``)."""
    top_of = top_codes()
    return tuple(tuple(sorted({top_of[c] for c in e.codes})) for e in lexicon())


class Hit:
    """The evidence for one lexicon entry: ``evidence`` in all, ``per_cue`` the evidence
    of each matched lexicon term (its inflected forms are one cue), ``cues`` each cue's
    count (1, a weak term 0.5) and ``per_term`` the evidence brought by each matched
    form (in order of first occurrence)."""

    __slots__ = ("evidence", "per_term", "per_cue", "cues", "headline", "generic")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self) -> None:
        self.evidence = 0.0
        self.per_term: dict[str, float] = {}
        self.per_cue: dict[str, float] = {}
        self.cues: dict[str, float] = {}
        self.headline: dict[str, float] = {}
        self.generic: dict[str, set[str]] = {}  # a generic cue's matched forms

    def drop(self, cue: str) -> None:
        """Take the evidence of ``cue`` (a generic cue, its forms in ``generic``) away."""
        self.evidence -= self.per_cue.pop(cue, 0.0)
        self.cues.pop(cue, None)
        self.headline.pop(cue, None)
        for form in self.generic.pop(cue, ()):
            self.per_term.pop(form, None)

    def add(self, weight: float, zone_w: float, form: str, cue: str, cap: float,
            headline: bool = False, generic: bool = False) -> None:
        """Add one occurrence of ``form`` (term weight ``weight``, zone weight ``zone_w``)
        of the lexicon term ``cue``, capped at ``cap`` × the weight (at most 1) per cue;
        ``headline``: the occurrence is in the headline (its gain is also kept in
        ``headline``, by cue); ``generic``: ``cue`` is a generic term of the entry (the
        form is kept in ``generic``, by cue)."""
        # (the comparisons below are those of ``max`` and ``min``, written out: the same floats;
        # a cue's count is the most of its strengths, 1 or 0.5, so a strength of 1 is its count
        # and one of 0.5 only when it has none; the limit is ``cap`` × 1 = ``cap`` or ``cap`` × the weight)
        if weight >= 1.0:
            self.cues[cue] = 1.0
            limit = cap
        else:
            self.cues.setdefault(cue, 0.5)
            limit = cap * weight
        per_cue = self.per_cue
        before = per_cue.get(cue, 0.0)
        reach = before + weight * zone_w
        gain = (reach if reach < limit else limit) - before
        if gain < 0.0:
            gain = 0.0
        per_cue[cue] = before + gain
        per_term = self.per_term
        per_term[form] = per_term.get(form, 0.0) + gain
        self.evidence += gain
        if headline:
            self.headline[cue] = self.headline.get(cue, 0.0) + gain
        if generic:
            self.generic.setdefault(cue, set()).add(form)


_STEM = itemgetter(1)
_STARTS_CAPS, _STARTS = itemgetter(2), itemgetter(3)  # (``Word``: may start a term in an ALL-CAPS line, in another)
_FIRST = itemgetter(0)
_OVER_THREE = (3).__lt__  # (a length of four or more)


def _names(words: list[str]) -> list[bool]:
    """For each of a line's ``words``: written with a capital, so perhaps a name rather than
    a common noun (at the start of a sentence it may be either: not taken as the noun).
    A line in title case (most words of four letters or more capitalised) gives no such
    word: there a capital says nothing.  (Each word is read by ``map`` in C: whether its
    first character is a capital, and of the words of four letters or more, these answers.)"""
    capital = list(map(str.isupper, map(_FIRST, words)))
    long = list(compress(capital, map(_OVER_THREE, map(len, words))))
    if long and sum(long) * 2 > len(long):
        return [False] * len(words)
    return capital


class _Matcher:
    """The lexicon of one language matched line by line; ``hits`` by entry number."""

    def __init__(self, lang: str) -> None:
        self.german = lang == "de"
        self.idx = index(lang)
        self.groups = groups(lang)
        self.stem = STEMMERS[lang]
        self.hits: defaultdict[int, Hit] = defaultdict(Hit)  # (a new Hit only for a new entry)
        self.table = word_table(lang)
        self._look = self.table.__getitem__  # (bound once: one call per word occurrence)
        self.compounds = bool(self.idx.heads)  # a word may hold a compound head (German only: ``Word``)
        self._named: list[bool] | None = None
        self._spans: list[re.Match[str]] | None = None
        self._line = ""
        self._words: list[str] = []  # the current line's words (``WORD_RE``'s)
        self.cap = weights()["term_cap"]
        self.in_headline = False
        self.generic = self.idx.generic

    def _add(self, entry: int, weight: float, zone_w: float, form: str, cue: str) -> None:
        self.hits[entry].add(weight, zone_w, form, cue, self.cap, self.in_headline, (entry, cue) in self.generic)

    def drop_generic(self) -> None:
        """Take away the generic cues of the entries whose kin (``_kin``: the entries
        homed under the same top-level topics, the technology entries for the words of
        gadgets and the internet) have no cue in the headline and fewer than ``min_cues``
        distinct cues, a weak term counting half and a generic one ``generic_share`` of
        that; then the entries left with none.  Only the kin of entries with a generic cue
        are counted (most articles have none: nothing to count)."""
        hits = self.hits
        vague = [entry for entry, hit in hits.items() if hit.generic]
        if not vague:
            return
        least, share = weights()["min_cues"], weights()["generic_share"]
        kin = _kin()
        asked = {kin[entry] for entry in vague}
        count: dict[tuple[str, ...], dict[str, float]] = {}
        named: set[tuple[str, ...]] = set()
        for entry, hit in hits.items():
            if kin[entry] not in asked:
                continue
            cues = count.setdefault(kin[entry], {})
            for c, v in hit.cues.items():
                v = v * share if c in hit.generic else v
                if cues.get(c, 0.0) < v:
                    cues[c] = v
            if hit.headline:
                named.add(kin[entry])
        for entry in vague:
            hit = hits[entry]
            if kin[entry] not in named and sum(count[kin[entry]].values()) < least:
                for cue in list(hit.generic):
                    hit.drop(cue)
                if not hit.cues:
                    del hits[entry]

    def _as_word(self, i: int) -> bool:
        """Whether word ``i`` of the current line, an acronym that is also a word (``^``),
        is here the word: the first of its line or of a sentence (after ". ! ? : ;", an
        opening quote or bracket), before an apostrophe ("IT's"), or beside another word
        of two letters or more in capitals (a heading: "HOW IT ALL STARTED")."""
        spans = self._word_spans()
        here = spans[i]
        if i == 0 or any(c in ".!?:;\"\u201c\u2018'\u00ab([" for c in self._line[spans[i - 1].end():here.start()]):
            return True
        if self._line[here.end():here.end() + 1] in ("'", "\u2019"):
            return True
        return any(len(w) > 1 and w.isupper() for w in
                   (spans[i - 1].group(), spans[i + 1].group() if i + 1 < len(spans) else ""))

    def _is_name(self, i: int) -> bool:
        """Whether word ``i`` of the current line is written as a name (``_names``,
        computed once per line when first asked; never in German)."""
        if self.german:
            return False
        if self._named is None:
            self._named = _names(self._words)
        return self._named[i]

    def _word_spans(self) -> list[re.Match[str]]:
        """The word matches of the current line (``WORD_RE``), found once per line when first
        asked (``_as_word``: where a word stands in the line)."""
        if self._spans is None:
            self._spans = list(WORD_RE.finditer(self._line))
        return self._spans

    def _in_longer_name(self, i: int, words: list[str], stem: str) -> bool:
        """Whether word ``i``, a name that is also a lower-case common noun of the lexicon
        (the party "Labor", the noun "labor"), is here a word of a longer name: followed by
        a capitalised word ("National Labor Relations Board", "Labour Court") or after "of"
        ("Department of Labor"), in a line not in title case.  Such a name is an
        institution of the noun's field, not the party."""
        if not any(lower == "*" and p == (stem,) for p, _, _, lower in self.idx.phrases.get(stem, ())):
            return False
        if not self._is_name(i):
            return False
        nxt = words[i + 1] if i + 1 < len(words) else ""
        return (len(nxt) > 1 and nxt[0].isupper() and nxt[1:].islower()) or (
            i > 0 and words[i - 1] == "of")

    def line(self, line: str, zone_w: float) -> None:
        """Match one line of a zone of weight ``zone_w``: a word of plain one-word terms
        (``Word``) here, the others by ``_at``."""
        caps = line.isupper()
        words = ascii_words(line) if line.isascii() else WORD_RE.findall(line)
        if not words:
            return
        info = list(map(self._look, words))
        starts = list(compress(range(len(words)), map(_STARTS_CAPS if caps else _STARTS, info)))
        if not starts:
            return
        self._line, self._words, self._named, self._spans = line, words, None, None
        last, compounds = len(words) - 1, self.compounds
        hits, cap, head = self.hits, self.cap, self.in_headline
        after = 0  # the first word not used by a term matched before
        for i in starts:
            if i < after:
                continue
            x = info[i]
            plain = x[4]
            if plain is None or compounds or x[5] and i < last and info[i + 1][1] in x[5]:
                after = i + self._at(i, words, info, caps, zone_w)
                continue
            if plain:  # one-word terms only, none guarded against this word: nothing else to ask
                shown = shown_form(words[i], True) if caps else x[6]
                for entry, weight, generic in plain:
                    hits[entry].add(weight, zone_w, shown, x[1], cap, head, generic)
            # (nothing to mark used: the next word to try is after this one anyway, ``after`` or not)

    def _at(self, i: int, words: list[str], info: list[Word], caps: bool, zone_w: float) -> int:
        """Match the terms that start at word ``i`` (``info``: the line's ``Word``s); return
        how many words they use (1 at least)."""
        matched = False
        idx = self.idx
        word = words[i]
        folded, stem = info[i][0], info[i][1]
        if (not caps and word in idx.acronyms and not self._in_longer_name(i, words, stem)
                and not (word in idx.words and self._as_word(i))):
            for entry, weight in idx.acronyms[word]:
                self._add(entry, weight, zone_w, word, word)
                matched = True
        used = 0
        for n, table in self.groups[stem]:
            if n < used:
                break
            stems = tuple(map(_STEM, info[i:i + n]))
            cands = table.get(stems)
            if cands is None:
                continue
            shown = ""
            for entry, weight, lower in cands:
                if lower in ("*", folded) and not caps and self._is_name(i):
                    continue
                used = n
                if not shown:
                    shown = shown_form(word, caps) if n == 1 else " ".join(shown_form(w, caps) for w in words[i:i + n])
                self._add(entry, weight, zone_w, shown, stem if n == 1 else " ".join(stems))
        if not matched and not used:
            for entry, weight in info[i][7]:  # (a German compound head: ``Word``)
                self._add(entry, weight, zone_w, word.casefold(), folded)
        return max(used, 1)


def match(pieces: Iterable[tuple[str, str]], lang: str) -> dict[int, Hit]:
    """Evidence per lexicon entry (``topic_lexicon.lexicon()`` index) for the ``(zone,
    text)`` pieces of an article (``topic_zones.zones``), with the terms of ``lang`` (one
    of en, fr, es, pt, de) and of every language."""
    matcher = _Matcher(lang)
    for zone, text in pieces:
        zone_w = weights()["zone_" + zone]
        matcher.in_headline = zone == "title"
        for line in text.split("\n"):
            matcher.line(line, zone_w)
    matcher.drop_generic()
    return dict(matcher.hits)
