"""Organisations named by the title of one of their people: "Sinn Féin chief Mary Lou
McDonald", "Meta spokesperson Andy Stone", "Aston Villa manager Unai Emery".

In English a body's name stands before a role head (``roles.json`` ``heads``, not an
office only a state has: "foreign minister") that is followed by a person's name: the
capitalised words before the head, up to four, name the body the person works for.
Such a run is no organisation when it is a country, a nation of a state ("Wales
captain X") or a demonym, holds a role,
portfolio or common capitalised word ("Finance secretary", "Opposition leader"), or is
a person's name: a run whose last word the text also prints after a given name ("Donald
Trump ... Trump adviser Stephen Miller"), or two words opening with a given name
outside a report of results ("Aston Villa" is a club there, a person elsewhere).
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.lexicon import first_name, zipf
from congo_digital.enrich.org_claims import OrgClaims
from congo_digital.enrich.tokens import cue_set, role_words

MAX_WORDS = 4
COMMON_ZIPF = 4.5  # wordfreq Zipf from which a sentence's first word is a common word


@cache
def _heads() -> frozenset[str]:
    """Role heads that a body's people hold (not offices only a state has)."""
    return role_words("heads") - (role_words("state") - role_words("shared_offices"))


@cache
def _head_tokens() -> frozenset[str]:
    """The norms of the tokens that print a role head of ``_heads``: the head, or the head
    and a full stop (a token's norm ends in at most one: "Dr.", "U.S.")."""
    return _heads() | {h + "." for h in _heads()}


@cache
def _not_name() -> frozenset[str]:
    """Words that are no part of a body's name before a role (a nation of a state is its
    team, as a country's name is: "Wales captain X", ``cues.json`` ``team_nations``)."""
    return (role_words("heads") | role_words("modifiers") | role_words("portfolio")
            | role_words("honorifics") | cue_set("stop_capitals") | cue_set("determiners")
            | cue_set("calendar") | cue_set("non_name") | cue_set("place_words")
            | cue_set("org_keywords") | cue_set("org_generic_words") | cue_set("team_nations"))


def _person_after(c: OrgClaims, k: int) -> bool:
    """A person's name opens at ``k``: a capitalised word that is no role word, a given
    name or followed by another capitalised word, in the same sentence."""
    toks, n = c.toks, len(c.toks)
    if k >= n or not (toks[k].cap and toks[k].is_word) or toks[k].sent != toks[k - 1].sent:
        return False
    if toks[k].norm in _not_name() or k in c.country_tok or k in c.claimed:
        return False
    return first_name(toks[k].norm) or k + 1 < n and toks[k + 1].cap and toks[
        k + 1].is_word and toks[k + 1].sent == toks[k].sent


def _run_before(c: OrgClaims, k: int) -> int:
    """Start of the capitalised name words right before the head at ``k``; a country's
    name may end them after another name word ("Reform UK leader X"), not open them ("US
    Treasury Secretary X": "Treasury")."""
    toks = c.toks
    s = k
    while s > 0 and k - s < MAX_WORDS:
        t = toks[s - 1]
        country = (s - 1) in c.country_tok and not (
            s == k and s >= 2 and _country_tail(c, s - 1))
        if not (t.cap and t.is_word) or t.sent != toks[k].sent or t.ignored or country or (
                s - 1) in c.claimed or t.norm in _not_name() or ("-" in t.text):
            break
        s -= 1
    return s


def _country_tail(c: OrgClaims, x: int) -> bool:
    """The one-word country name at ``x`` ends a party's or a firm's name: a capitalised
    name word of the sentence before it, itself no country, demonym or role word ("Reform
    UK")."""
    toks = c.toks
    m, prev = toks[x], toks[x - 1]
    return m.upper and (x + 1) not in c.country_tok and prev.cap and prev.is_word and (
        prev.sent == m.sent) and (x - 1) not in c.country_tok and prev.norm not in _not_name()


def _surnames(c: OrgClaims) -> frozenset[tuple[str, str]]:
    """The (given name, word) pairs the text prints: people's names."""
    toks = c.toks
    return frozenset((toks[k - 1].norm, toks[k].norm) for k in range(1, len(toks))
                     if toks[k].cap and toks[k - 1].cap and first_name(toks[k - 1].norm)
                     and toks[k - 1].sent == toks[k].sent)


def _is_name(c: OrgClaims, s: int, k: int, surnames: frozenset[tuple[str, str]]) -> bool:
    """The run ``[s, k)`` is no body's name (see the module docstring)."""
    toks = c.toks
    words = toks[s:k]
    before = words[-2].norm if len(words) >= 2 else None
    if any(w == words[-1].norm and g != before for g, w in surnames):
        return True  # its last word is a surname elsewhere ("Donald Trump")
    if len(words) == 2 and first_name(words[0].norm) and not c.results:
        return True
    if len(words) == 1:
        w = words[0]
        initial = s == 0 or toks[s - 1].sent != w.sent
        if w.norm in c.lower_words or initial and zipf(w.norm, c.doc.lang) >= COMMON_ZIPF:
            return True
    return any(x in c.demonym_tok for x in range(s, k))


def _initials(name: str) -> str:
    """The initials of a name's capitalised words ("Metropolitan Transportation
    Authority": "MTA")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def find_employers(c: OrgClaims) -> None:
    """Claim the bodies named before a role head and a person's name, in English text;
    a name or acronym of a body found before, or the initials of its name, is that body
    ("NOAA administrator X", "MTA chairman X" after "Metropolitan Transportation
    Authority")."""
    if not (c.doc.lang or "").lower().startswith("en"):
        return
    toks = c.toks
    heads = _heads()
    surnames: frozenset[tuple[str, str]] | None = None
    last = len(toks) - 1
    for k in c.doc.starting(_head_tokens()):  # (the tokens whose norm less its full stop is a head)
        if k < 1 or k >= last:
            continue
        t = toks[k]
        if t.norm.rstrip(".") not in heads or t.cap and not t.upper or k in c.claimed:
            continue
        if not _person_after(c, k + 1):
            continue
        s = _run_before(c, k)
        if s == k:
            continue
        surnames = _surnames(c) if surnames is None else surnames
        if _is_name(c, s, k, surnames):
            continue
        name = c.doc.span_text(s, k)
        form = tuple(x.norm for x in toks[s:k])
        org = c.same_name(name) or next(
            (o for o in c.orgs if name in o.acronyms or form in o.forms
             or name.isupper() and not o.media and _initials(o.name) == name), None)
        if org is None:
            org = c.add_org(name)
        c.claim(org, s, k)
