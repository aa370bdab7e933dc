"""Numbered branches of a body: a union's locals ("International Brotherhood of Teamsters
Local 90", later "Local 90").

American and Canadian unions name their branches by a word and a number (``cues.json``
``numbered_branches``: "Local").  The number belongs to the name: a name found before
that ends in the branch word ("... Teamsters Local") takes the number, and each later
"Local 90" is a mention of it; a branch printed only as "Local 90" is an organisation of
its own.
"""

from __future__ import annotations

from congo_digital.enrich.org_claims import Org, OrgClaims
from congo_digital.enrich.tokens import cue_set, norm


def _number_after(c: OrgClaims, k: int) -> bool:
    """A branch word at ``k`` followed by a number (one to five digits) of its sentence."""
    toks = c.toks
    return k + 1 < len(toks) and toks[k + 1].text.isdigit() and len(toks[k + 1].text) <= 5 and (
        toks[k + 1].sent == toks[k].sent) and (k + 1) not in c.claimed


def _extend(c: OrgClaims, org: Org, k: int) -> None:
    """``org``'s mention ending with the branch word at ``k`` takes the number after it."""
    for m, (a, b) in enumerate(org.mentions):
        if b == k + 1:
            org.mentions[m] = (a, k + 2)
            c.claimed[k + 1] = org
            org.forms.add(tuple(t.norm for t in c.toks[a:k + 2]))
            org.name = f"{org.name} {c.toks[k + 1].text}"
            return


def find_branches(c: OrgClaims) -> None:
    """Claim "<branch word> <number>" ("Local 90"): the number of a name that ends in the
    branch word, then every later mention of the same branch, as that body's."""
    toks = c.toks
    words = cue_set("numbered_branches")
    found: dict[str, Org] = {}
    for k in c.doc.starting(words):
        t = toks[k]
        if not t.cap or t.ignored or not _number_after(c, k):
            continue
        label = f"{t.text} {toks[k + 1].text}"
        owner = c.claimed.get(k)
        if owner is not None:
            if norm(owner.name).endswith(norm(t.text)):
                _extend(c, owner, k)
                found.setdefault(norm(label), owner)
            continue
        org = found.get(norm(label))
        if org is None:
            org = Org(label)
            c.orgs.append(org)
            c.by_name.setdefault(norm(label), org)
            found[norm(label)] = org
        if norm(org.name) != norm(label) and label not in org.aliases:
            org.aliases.append(label)
        c.claim(org, k, k + 2)
