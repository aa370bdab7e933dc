"""Evidence per topic from the topic matcher's hits (``topic_match.Hit`` by lexicon entry),
once each matched entry has its code (``topics``): per top-level topic (``top_evidence``)
and per finer topic (``fine_evidence``), damped when it rests on too few distinct cues
(``few_cues``).  The rules are those of ``topics`` (its docstring's "3. Evidence").

A hit's evidence per cue is never below 0 (``Hit.add`` adds no negative gain): the most
of it and 0 is the evidence itself, so a topic's first entry gives its cues' evidence
as they are (a copy of the hit's), and only the next ones are compared cue by cue.
"""

from __future__ import annotations

from congo_digital.enrich.topic_lexicon import Entry, weights
from congo_digital.enrich.topic_match import Hit
from congo_digital.enrich.topic_taxonomy import concept_facts, top_codes


def few_cues(evidence: float, cues: dict[str, float]) -> float:
    """``evidence`` damped by ``few_cues_factor`` when it rests on fewer than
    ``min_cues`` distinct lexicon terms (``cues``: each one's count, a weak term counting
    half; one stray word does not make a topic)."""
    w = weights()
    return evidence * w["few_cues_factor"] if sum(cues.values()) < w["min_cues"] else evidence


TopEvidence = tuple[dict[str, float], dict[str, dict[str, float]], dict[str, dict[str, float]]]
"""``top_evidence``'s answer: evidence, distinct cues and matched forms by top-level code."""


def top_evidence(hits: dict[int, Hit], codes: dict[int, str]) -> TopEvidence:
    """Evidence per top-level topic of the entries ``codes`` (entry number to its code):
    per matched lexicon term, its largest contribution to an entry under that top (a term
    listed in two entries of one branch counts once), damped when the top has too few
    distinct cues (``few_cues``); the distinct cues of each top (``Hit.cues``: a cue's
    count, 1 or 0.5); and the matched forms of each top (the keys of ``Hit.per_term``'s,
    in order of first occurrence over the entries; its values are not read).  The tops
    come in the order of their first entry in ``codes``."""
    top_of = top_codes()
    per_cue: dict[str, dict[str, float]] = {}
    cues: dict[str, dict[str, float]] = {}
    forms: dict[str, dict[str, float]] = {}
    for i, code in codes.items():
        top = top_of[code]
        hit = hits[i]
        evs = per_cue.get(top)
        if evs is None:  # (the top's first entry: its cues' evidence as it is, see the module's docstring)
            per_cue[top] = hit.per_cue.copy()
            cues[top] = hit.cues.copy()
            forms[top] = hit.per_term.copy()
            continue
        for cue, ev in hit.per_cue.items():
            before = evs.get(cue, 0.0)
            evs[cue] = ev if ev > before else before  # (``max``'s comparison: the same float)
        cues[top].update(hit.cues)
        forms[top].update(hit.per_term)
    top_ev = {top: few_cues(sum(evs.values()), cues[top]) for top, evs in per_cue.items()}
    return top_ev, cues, forms


Fine = dict[str, tuple[float, str, dict[str, float], dict[str, float]]]
"""Finer topics by code: evidence, label, matched forms (the keys, in order of first
occurrence; ``Hit.per_term``'s) and distinct cues."""


def fine_evidence(hits: dict[int, Hit], chosen: dict[int, str], entries: tuple[Entry, ...]) -> Fine:
    """Evidence, label, matched forms and cues of each finer topic (the codes ``chosen``
    that are not top-level ones).  Lexicon labels that share a code (e.g. "digital
    transformation" and the IPTC label of medtop:20000763) merge, under the label with
    the most evidence (ties: the first one met)."""
    facts = concept_facts()
    evidence: dict[tuple[str, str], float] = {}
    forms: dict[tuple[str, str], dict[str, float]] = {}  # (the keys: the forms, in order)
    cues: dict[str, dict[str, float]] = {}
    for i, hit in hits.items():
        code = chosen[i]
        label, level, _ = facts[code]
        if level == 1:
            continue
        key = (code, entries[i].label or label)
        evidence[key] = evidence.get(key, 0.0) + hit.evidence
        forms.setdefault(key, {}).update(hit.per_term)
        cues.setdefault(code, {}).update(hit.cues)
    fine: Fine = {}
    best: dict[str, float] = {}  # the evidence of each code's label so far
    for key, ev in evidence.items():
        code, label = key
        known = fine.get(code)
        if known is None:
            fine[code] = (ev, label, forms[key], cues[code])
            best[code] = ev
            continue
        total, kept, terms, _ = known
        terms.update(forms[key])
        if ev > best[code]:
            best[code], kept = ev, label
        fine[code] = (total + ev, kept, terms, cues[code])
    return fine
