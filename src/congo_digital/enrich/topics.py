"""Topics: IPTC Media Topics for a news article.

``classify(body, title=..., language=...)`` returns ``Topic`` records (see
``congo_digital.model``): the main top-level topic first, then the other topics by
centrality.  ``list_taxonomy(...)`` (defined in ``topic_taxonomy``, importable from here)
gives the rows of the ``congo-digital topics`` listing.

Modules: ``topic_taxonomy`` (the IPTC concepts), ``topic_stems`` and ``topic_lexicon``
(words, stemmers and the lexicon index), ``topic_language`` (the language the lexicon
reads an article in), ``topic_zones`` (title, lead, body; boilerplate
dropped), ``topic_words`` (each word read once: folded, stemmed, the terms it may start), ``topic_match``
(evidence per lexicon entry), ``topic_evidence`` (evidence per topic); this module selects the topics.

Data (both in ``congo_digital/data``, read lazily once, see ``data/README.md``):

- ``iptc-mediatopics.json``: the IPTC Media Topics vocabulary (CC BY 4.0, IPTC).
- ``topics-lexicon.json``: this project's multilingual lexicon (en, fr, es, pt, de and
  language-independent loanwords) mapping words and phrases to Media Topic codes.

Method
------
The numbers below are the lexicon file's ``weights`` (``topic_lexicon.weights()``; a few
were set on the development sets, see ``data/README.md``).

1. Zones (``topic_zones``).  The title weighs 3, the lead (first paragraph of the body
   with at least 12 words) weighs 2, the rest of the body 1, the deck (standfirst and page
   description not already in the body) 0.5.  Boilerplate lines are skipped
   (``congo_digital.enrich.boiler``): bylines and credits ("By", "Par", "Editing by",
   "Image", ...) and share/subscribe/newsletter lines under 120 characters, lines of the
   page's furniture under 400 (cookie notices, "Click to share"), menus (lines
   of one to three words in a run of three or more, or a line of capitalised words
   separated by wide gaps, bars or bullets), and "Related" / "Read more" / "Lire aussi" /
   "Mehr zum Thema" blocks (up to the next blank line when short or ending with a colon).
2. Matching (``topic_stems``, ``topic_lexicon``, ``topic_match``).  Words are
   case-folded, accents stripped and reduced by a light per-language stemmer (plural,
   French feminine/mute e, Spanish/Portuguese gender and plural endings, German
   endings); lexicon terms are reduced the same way, so "elections" matches "election"
   and "numériques" matches "numérique".  Phrases are matched leftmost-longest
   ("artificial intelligence" wins over "intelligence").  Acronym and name terms
   (``=AI``, ``=Labour``) match the exact written form, but not in all-capital lines; an
   acronym that is also a word (``^IT``) not at a sentence start, before an apostrophe or
   beside other capitals ("IT's", "HOW IT ALL STARTED"); lower-case-only terms (``_labour``,
   ``_roman``) are not matched where written with a capital (outside title-case lines):
   there they are names.  A name that is also such a noun (the party "Labor", the noun
   "labor") is not the name inside a longer one, before a capitalised word or after "of"
   ("National Labor Relations Board", "Department of Labor"): an institution of the
   noun's field.  Generic terms (``?``: everyday words such as "data", "email", "app")
   count only when the headline names their entry or a kin one (same top-level topics) or
   these have ``min_cues`` distinct cues, a generic one counting ``generic_share``.  In
   German, a (not weak, not generic) term of six letters or more also matches at the start
   or end of a compound ("Energiepreise", "Entwicklungszusammenarbeit").  Terms of the
   article's language and language-independent terms are used; without ``language``,
   the language is guessed from function words (``enrich.language``; English when
   none is found).
3. Evidence.  Each occurrence adds ``term weight × zone weight`` to its lexicon entry
   (term weights: weak 0.5, normal 1, strong 2; at most 6 per lexicon term and entry,
   whatever its inflected forms, 3 for a weak term).  A top-level topic's evidence is
   the sum, over the distinct lexicon terms matched, of their largest contribution to
   an entry under it.  Several distinct cues are required: evidence resting on fewer
   than ``min_cues`` (2) distinct lexicon terms (a weak term counts half) is multiplied
   by ``few_cues_factor`` (0.5), so one stray word ("sprint" in an election story) does
   not make a topic.
4. Technology.  Entries homed both under science and technology and under the economy
   (gadgets, software, games, the internet, telecoms) count for science and technology,
   unless the story is a company's money or a market's rules: the ``money`` entries
   (results, shares, deals, financial services) and the ``market`` entries (taxation,
   regulation: a levy on digital services, a law on online platforms; damped as in 3)
   together reach ``money_ratio`` × the technology evidence, or the economy's own
   evidence reaches ``economy_ratio`` × it (a trade story).
5. Selection.  The main top-level topic is the one with most evidence, the setting
   entries' evidence (states signing agreements, holding talks, working with partners)
   counted at ``setting_factor`` (0.5): what they agree on is the subject; so is the
   evidence of a sector entry (farming, transport, tourism, building) that the text names
   with ``min_cues`` distinct cues and the headline with fewer distinct words: the sector
   is the setting of a story about its workers or the lake it fishes; and when the headline names an act against
   someone's property or systems (theft, robbery, hacking: the ``victim`` entries), the
   economy's evidence is counted at ``setting_factor``: the act is the subject, the bank
   or company robbed its setting.  When others
   are within ``near_tie`` (5%) of it, the one of these with most evidence in the
   headline.  When that one has no cue in the headline, the topic with most evidence
   among those the headline names with at least ``min_cues`` distinct cues (a weak term
   counting half) and ``head_ratio`` (0.6) × its evidence is the main topic: a headline
   naming a disease and a vaccine makes a health story of a text about the regulations
   and the vote that bring a fine in.  When others within ``shared_head_tie`` (25%) of
   that one rest on the very
   same headline cues (terms listed under both, "cyclone" for weather and for a
   disaster), the one with most distinct cues besides these is the main topic.
   Another top-level topic is kept when its evidence is at
   least ``top_min_evidence`` and at least ``top_relative`` × the strongest one's, or when
   one finer topic under it, damped as in 3, has ``fine_strong_evidence`` and
   ``fine_strong_relative`` × the strongest one's evidence (a well-supported subject of a
   story that is mainly about something else, e.g. cybersecurity in a technology
   story).  A finer topic is kept when its own evidence reaches ``fine_min_evidence``
   and its top-level topic is kept (at most ``max_fine``), so a top-level topic is
   always reported when one of its descendants is.

``Topic.score`` is ``e / (e + 4)`` (``score_k``) for the topic's evidence ``e`` (rounded
to 3 places): 0.5 means support worth four plain body mentions of two or more cues, or
two in the lead (0.27 for a single title mention, damped as one cue).  ``matched`` lists
the distinct text forms that matched (case-folded, except acronyms), in order of first
occurrence.

Labels.  ``label`` is IPTC's English label, except where IPTC has no exact concept for
a label users expect; then the nearest IPTC concept's code is used with the familiar
label:

- "cybersecurity" -> ``medtop:20000086`` (cyber crime; IPTC's "computer security",
  ``medtop:20000229``, is retired).
- "digital transformation" -> ``medtop:20000763`` (information technology and computer
  science) or ``medtop:20000225`` (computing and information technology).
- Information and communication technology is filed under the same two concepts (with
  their IPTC labels).

For these dual-homed entries the home is chosen as in 4 (telecommunications too, with
``medtop:20000233`` telecommunication service or ``medtop:20000756`` technology and
engineering), so that a technology story is not also counted as business, nor the
reverse.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from operator import itemgetter

from congo_digital.enrich.topic_evidence import Fine, TopEvidence, few_cues, fine_evidence, top_evidence
from congo_digital.enrich.topic_language import LANGUAGES, lexicon_language, vocabulary_warning
from congo_digital.enrich.topic_lexicon import Entry, lexicon, weights
from congo_digital.enrich.topic_match import Hit, match
from congo_digital.enrich.topic_taxonomy import TaxonomyRow, concept_facts, list_taxonomy, taxonomy, top_codes
from congo_digital.enrich.topic_zones import zones
from congo_digital.record import Topic

__all__ = ["LANGUAGES", "TaxonomyRow", "classify", "lexicon_language", "list_taxonomy", "taxonomy",
           "vocabulary_warning"]

SCIENCE = "medtop:13000000"
ECONOMY = "medtop:04000000"
_TOPIC = itemgetter(2)


def _strongest(evidence: dict[str, float], among: Iterable[str]) -> str:
    """The code of ``among`` with most ``evidence`` (ties: the greatest code): ``(evidence,
    code)`` pairs compared in C, where a key function was a Python call per code."""
    codes = list(among)
    return max(zip(map(evidence.__getitem__, codes), codes, strict=True))[1]


def _main(hits: dict[int, Hit], chosen: dict[int, str], top_ev: dict[str, float],
          cues: dict[str, dict[str, float]]) -> str:
    """The main top-level topic: the one with most evidence (ties by code), unless others
    are within ``near_tie`` of it (as a share of its evidence): then, among these, the
    one with most evidence in the headline (ties: most evidence, then code).  When that
    one has no cue in the headline, the headline names the subject: among the topics with
    at least ``min_cues`` distinct headline cues (a weak term counts half) and
    ``head_ratio`` × its evidence, the one with most evidence (ties by code); a single
    headline word does not name it.  Then, when
    other top-level topics within ``shared_head_tie`` of the chosen one have the very
    same headline cues (terms listed under both, "cyclone" for weather and for a
    disaster), the headline cannot tell them apart: the one with most distinct cues
    outside the headline's is the main topic (a storm that kills and drives people from
    their homes is a disaster; ties: most evidence, then code).  ``cues``: each top's distinct
    cues (``top_evidence``'s); ``top_ev``: the evidence of the tops of ``chosen``."""
    w = weights()
    best = _strongest(top_ev, top_ev)
    top_of = top_codes()
    head: dict[str, dict[str, float]] = {}  # (only the tops with a cue in the headline)
    for i, code in chosen.items():
        headline = hits[i].headline
        if headline:
            in_head = head.setdefault(top_of[code], {})
            for cue, ev in headline.items():
                before = in_head.get(cue, 0.0)
                in_head[cue] = ev if ev > before else before  # (``max``'s comparison)
    low = (1 - w["near_tie"]) * top_ev[best]
    near = [t for t, ev in top_ev.items() if ev >= low]
    if len(near) > 1:
        best = max(near, key=lambda t: (sum(head.get(t, {}).values()), top_ev[t], t))
    if best not in head:
        floor, least = w["head_ratio"] * top_ev[best], w["min_cues"]
        named = [t for t, ev in top_ev.items() if ev >= floor
                 and sum(map(cues[t].__getitem__, head.get(t, ()))) >= least]
        best = _strongest(top_ev, named) if named else best
    shared = set(head.get(best, ()))
    if not shared:
        return best
    floor = (1 - w["shared_head_tie"]) * top_ev[best]
    same = [t for t, ev in top_ev.items() if t == best or ev >= floor and set(head.get(t, ())) == shared]
    return max(same, key=lambda t: (len(set(cues[t]) - shared), top_ev[t], t))


def _subject_evidence(hits: dict[int, Hit], chosen: dict[int, str], entries: tuple[Entry, ...],
                      top_ev: dict[str, float]) -> dict[str, float]:
    """The top-level evidence that chooses the main topic: ``top_ev`` less
    ``setting_factor`` × the evidence of the setting entries (states signing, talking,
    partnering: how they deal with each other, while what they agree on is the subject)
    and less as much of a sector entry's evidence (farming, transport, tourism, building)
    when the text names that sector with ``min_cues`` distinct cues (a weak term counting
    half) and the headline with fewer distinct words: seasonal farm workers' contracts
    are a labour story, weed choking a lake's fishing and ferries an environment one,
    while a headline naming the crop and its growing makes the sector the subject.  When
    the headline names an act against someone's property or systems (a ``victim`` entry's
    cue: theft, robbery, hacking), the economy's evidence left is counted at
    ``setting_factor``: the act is the subject, the bank or company robbed and its money
    the setting."""
    top_of = top_codes()
    ev = dict(top_ev)
    w = weights()
    least, factor = w["min_cues"], w["setting_factor"]
    victim = False  # a victim entry's cue in the headline
    for i, hit in hits.items():
        entry = entries[i]
        if entry.setting or (entry.sector and sum(hit.cues.values()) >= least > len(hit.headline)):
            ev[top_of[chosen[i]]] -= factor * hit.evidence
        if entry.victim and hit.headline:
            victim = True
    if victim and ECONOMY in ev:
        ev[ECONOMY] *= 1 - factor
    return ev


def _money(hits: dict[int, Hit], entries: tuple[Entry, ...]) -> float:
    """The evidence of the money entries (a company's or a market's money) plus that of
    the market entries (the taxes and rules a state lays on a market), damped as in
    ``few_cues`` when these rest on fewer than ``min_cues`` distinct terms (a stray
    "licence" or "returns" in a fraud story makes no tax or rule story)."""
    market = 0.0
    cues: dict[str, float] = {}
    for i, h in hits.items():
        if entries[i].market:
            market += h.evidence
            cues.update(h.cues)
    money = sum(h.evidence for i, h in hits.items() if entries[i].money)
    return money + (few_cues(market, cues) if market else 0.0)


@cache
def _tech_home(codes: tuple[str, ...]) -> tuple[str, str] | None:
    """``(science code, economy code)`` of a technology entry homed in both branches (kept
    per entry's codes: a lexicon entry's homes do not change)."""
    top_of = top_codes()
    tops = {top_of[c]: c for c in codes}
    return (tops[SCIENCE], tops[ECONOMY]) if SCIENCE in tops and ECONOMY in tops else None


@cache
def _only_codes() -> tuple[str | None, ...]:
    """Each lexicon entry's only code, or ``None`` for an entry homed in several branches
    (by entry number; the lexicon does not change)."""
    return tuple(e.codes[0] if len(e.codes) == 1 else None for e in lexicon())


def _choose_codes(hits: dict[int, Hit], entries: tuple[Entry, ...]) -> tuple[dict[int, str], TopEvidence | None]:
    """The code of each matched entry: its only code; for a technology entry (homed under
    science and technology and under the economy) the science home unless the money and
    market entries' evidence reaches ``money_ratio`` × the technology evidence (the story
    is a company's money or a tax or rule on a market), or the economy's own evidence
    ``economy_ratio`` × it; for another dual-homed entry the home whose top-level topic has
    most evidence from single-homed entries (ties: the first).  Also, when every matched
    entry is single-homed (most articles), the ``top_evidence`` of these codes, which was
    worked out on the way; else ``None``."""
    top_of = top_codes()
    only = _only_codes()
    single: dict[int, str] = {}
    for i in hits:
        code = only[i]
        if code is not None:
            single[i] = code
    first = top_evidence(hits, single)
    if len(single) == len(hits):  # (no entry to choose a home for: the codes are ``single``)
        return single, first
    first_ev = first[0]
    tech = {i: home for i in hits if (home := _tech_home(entries[i].codes))}
    money = _money(hits, entries)
    tech_ev = sum(hits[i].evidence for i in tech) + first_ev.get(SCIENCE, 0.0)
    w = weights()
    side = 1 if (money >= w["money_ratio"] * tech_ev
                 or first_ev.get(ECONOMY, 0.0) >= w["economy_ratio"] * tech_ev) else 0
    chosen: dict[int, str] = {}
    for i in hits:
        codes = entries[i].codes
        if i in tech:
            chosen[i] = tech[i][side]
            continue
        chosen[i] = codes[0] if len(codes) == 1 else max(
            codes, key=lambda c: (first_ev.get(top_of[c], 0.0), c == codes[0]))
    return chosen, None


def _kept_tops(fine: Fine, top_ev: dict[str, float], main: str) -> list[str]:
    """The top-level topics kept: the main one, those with ``top_min_evidence`` and
    ``top_relative`` × the strongest one's evidence, and those with one finer topic
    (``fine``, from ``fine_evidence``) of ``fine_strong_evidence`` and
    ``fine_strong_relative`` × the strongest one's evidence, once damped for too few
    distinct cues (``few_cues``).  The strongest, not the main one: when the headline
    makes a weaker topic the main one, the others kept stay the same."""
    top_of = top_codes()
    w = weights()
    strongest = max(top_ev.values())
    floor = max(w["top_min_evidence"], w["top_relative"] * strongest)
    best_fine: dict[str, float] = {}
    for code, (ev, _, _, cues) in fine.items():
        top = top_of[code]
        damped = few_cues(ev, cues)
        before = best_fine.get(top, 0.0)
        best_fine[top] = damped if damped > before else before  # (``max``'s comparison)
    fine_floor = max(w["fine_strong_evidence"], w["fine_strong_relative"] * strongest)
    return [t for t, ev in top_ev.items() if t == main or ev >= floor or best_fine.get(t, 0.0) >= fine_floor]


def _fine_topics(fine: Fine, tops: list[str]) -> list[tuple[float, str, Topic]]:
    """The finer topics under ``tops`` with ``fine_min_evidence``, at most ``max_fine``, most
    evidence first (ties by code), each as ``(-evidence, code, Topic)``."""
    facts = concept_facts()
    w = weights()
    least, k = w["fine_min_evidence"], w["score_k"]
    kept = [(-ev, code, ev, label, terms) for code, (ev, label, terms, _) in fine.items()
            if ev >= least and facts[code][2] in tops]
    kept.sort()  # (a code is listed once: the pairs of evidence and code decide)
    out = []
    for neg, code, ev, label, terms in kept[:int(w["max_fine"])]:
        _, level, top = facts[code]
        out.append((neg, code, Topic(code=code, label=label, score=round(ev / (ev + k), 3), matched=list(terms),
                                     level=level, top_code=top)))
    return out


def classify(body: str, *, title: str | None = None, language: str | None = None,
             deck: str | None = None) -> list[Topic]:
    """Return IPTC Media Topics for the article, main top-level topic first.

    ``body`` is the cleaned body (paragraphs separated by blank lines, the first being
    the lead), ``title`` the headline, ``language`` a BCP 47 tag (only its primary
    subtag is used; unknown languages fall back to a guess), ``deck`` the standfirst and
    description not in the body (``topic_zones.deck_text``) or ``None``.  Returns the selected
    top-level topics and finer topics (see the module docstring for the rules and the
    meaning of ``score``); an empty list when nothing matched.  Never raises on text.
    """
    if title:  # a soft hyphen the record's title keeps is no letter
        title = title.replace("\xad", "")
    hits = match(zones(body, title, deck), lexicon_language(language, title, body))
    if not hits:
        return []
    entries = lexicon()
    chosen, known = _choose_codes(hits, entries)
    top_ev, top_cues, top_forms = known or top_evidence(hits, chosen)
    main = _main(hits, chosen, _subject_evidence(hits, chosen, entries, top_ev), top_cues)
    fine = fine_evidence(hits, chosen, entries)
    tops = _kept_tops(fine, top_ev, main)
    facts, k = concept_facts(), weights()["score_k"]
    first: list[Topic] = []
    rest = _fine_topics(fine, tops)
    for t in tops:
        ev = top_ev[t]
        topic = Topic(code=t, label=facts[t][0], score=round(ev / (ev + k), 3), matched=list(top_forms[t]),
                      level=1, top_code=t)
        if t == main:
            first.append(topic)
        else:
            rest.append((-ev, t, topic))
    rest.sort()  # (most evidence first, ties by code: a code is listed once)
    return first + list(map(_TOPIC, rest))
