"""A state's armed forces as a body: "Pakistan Armed Forces", then "the army", "its
military", "Pakistan's military".

A news story names a national military once and then calls it by its common noun.  When
the text names exactly one armed force of one state (a name holding that state's country
mention and ending with a military head, ``cues.json`` ``military_heads``: "Pakistan
Armed Forces", "Nigerian Army", "Israeli Defense Force"; after the state only military
words, ``military_modifiers``: not "Syrian Democratic Forces"), each military common
noun (``military_nouns``: "army", "military", "armée") after a definite article, a possessive
("its") or that state's own possessive ("Pakistan's military") is a mention of it.  A
noun after another state's name or demonym ("the Indian army") is not.
"""

from __future__ import annotations

from congo_digital.enrich.org_claims import Org, OrgClaims
from congo_digital.enrich.tokens import cue_set


def _states_with_forces(c: OrgClaims) -> set[str]:
    """The states whose armed force the text names, found or not as an organisation: a
    capitalised military head after a capitalised run holding a country mention ("the
    Nigerian Army", "Cameroon Armed Forces")."""
    toks, heads = c.toks, cue_set("military_heads")
    codes: set[str] = set()
    for k in c.doc.starting(heads):
        if k < 1 or not toks[k].cap:
            continue
        x = k - 1
        while x >= 0 and x >= k - 3 and toks[x].cap and toks[x].sent == toks[k].sent:
            if x in c.country_tok:
                codes.add(c.country_tok[x])
                break
            x -= 1
    return codes


def _armed_force(c: OrgClaims) -> tuple[Org, str] | None:
    """The one national armed force the text names, with its state's code; ``None`` when
    it names none, or forces of several states."""
    found: dict[int, tuple[Org, str]] = {}
    heads = cue_set("military_heads")
    words = heads | cue_set("military_modifiers")
    for o in c.orgs:
        for i, j in o.mentions:
            if j - i < 2 or c.toks[j - 1].norm not in heads:
                continue  # (most mentions: no military head closes them, no country is read)
            codes = {c.country_tok[k] for k in range(i, j) if k in c.country_tok}
            last = max((k for k in range(i, j) if k in c.country_tok), default=j)
            if len(codes) == 1 and all(t.norm in words for t in c.toks[last + 1:j]):
                found[id(o)] = (o, codes.pop())
                break
    if len(found) != 1:
        return None
    force = next(iter(found.values()))
    return force if _states_with_forces(c) <= {force[1]} else None


def find_military_nouns(c: OrgClaims) -> None:
    """Claim the common-noun mentions of the one armed force named (see the module
    docstring)."""
    force = _armed_force(c)
    if force is None:
        return
    org, code = force
    toks = c.toks
    nouns = cue_set("military_nouns")
    lead = cue_set("definite_articles") | cue_set("possessives")
    for k in c.doc.starting(nouns):
        if k < 1 or k in c.claimed or k in c.country_tok:
            continue
        prev = toks[k - 1]
        if prev.sent != toks[k].sent:
            continue
        own = prev.norm in ("'s", "’s") and c.country_tok.get(k - 2) == code
        if (k - 1) in c.country_tok and not own or not (own or prev.norm in lead):
            continue
        c.claim(org, k, k + 1)
