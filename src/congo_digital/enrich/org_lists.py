"""Names listed after a plural type noun: "les entreprises Lime et Bird", "the companies
Apple and Google", "die Menschenrechtsorganisationen Al Mezan und Al Haq".

Each capitalised run of the list (joined by commas and a final conjunction, ``cues.json``
``conjunctions``) is an organisation introduced by its type (``org_named.named_org``); the
plural type nouns are ``org_claims.plural_type``'s (``cues.json`` ``org_types``,
``org_type_plurals``).
"""

from __future__ import annotations

from collections.abc import Iterable

from congo_digital.enrich.org_claims import OrgClaims, german_plural_ends, plural_type, type_plurals
from congo_digital.enrich.org_named import named_org
from congo_digital.enrich.tokens import cue_set


def _after_item(c: OrgClaims, j: int) -> int:
    """Past an acronym in brackets after a list item ("Palestinian Center for Human
    Rights (PCHR), ..."), else ``j``."""
    toks, n = c.toks, len(c.toks)
    if j < n and toks[j].text == "(":
        for q in range(j + 1, min(n, j + 5)):
            if toks[q].text == ")":
                return q + 1
    return j


def _list_names(c: OrgClaims, k: int) -> list[tuple[int, int]]:
    """The capitalised runs listed from ``k`` ("Lime et Bird", "Apple, Meta and Google"):
    runs joined by commas and a final "and"; none unless two or more.  An item already
    found (with its acronym in brackets) keeps its place in the list but is not
    returned ("Palestinian Center for Human Rights (PCHR), Al Mezan und Al Haq")."""
    toks, n = c.toks, len(c.toks)
    out: list[tuple[int, int]] = []
    items = 0
    while k < n and toks[k].cap and toks[k].is_word and (k not in c.country_tok or k in c.claimed):
        owner = c.claimed.get(k)
        j = k
        while j < n and toks[j].sent == toks[k].sent and (c.claimed.get(j) is owner if owner else (
                toks[j].cap and toks[j].is_word and j not in c.claimed)):
            j += 1
        if j == k:
            break
        items += 1
        if owner is None:
            out.append((k, j))
        j = _after_item(c, j)
        if j + 1 < n and (toks[j].text == "," or toks[j].norm in cue_set("conjunctions")) and (
                toks[j + 1].sent == toks[j].sent):
            k = j + 1
            continue
        break
    ends_with_and = items >= 2 and bool(out) and c.toks[out[-1][0] - 1].norm in cue_set("conjunctions")
    return out if ends_with_and else []


def find_typed_lists(c: OrgClaims) -> None:
    """Names listed after a plural type noun ("les entreprises Lime et Bird", "the
    companies Apple and Google"): each is an organisation introduced by its type."""
    toks = c.toks
    if (c.doc.lang or "").lower().startswith("de"):  # a capitalised type noun too (``plural_type``)
        ends = german_plural_ends()  # (what ``plural_type`` asks of a word, once per word)
        ks: Iterable[int] = [k for k in c.doc.having(lambda w: w.endswith("s") or w.endswith(ends))
                             if k < len(toks) - 3]
    else:  # only a lower-case plural of a type noun: the tokens written as one
        ks = [k for k in c.doc.starting(type_plurals()) if k < len(toks) - 3]
    for k in ks:
        t = toks[k]
        if not (t.cap or t.norm.endswith("s")) or not plural_type(c, k):  # (a lower-case plural ends in "s")
            continue
        for i, j in _list_names(c, k + 1):
            span = c.toks[i:j]
            org = named_org(c, c.doc.span_text(i, j), span)
            org.typed = True
            org.type_words.add(c.toks[k].norm)
            c.claim(org, i, j)
