"""Affiliations of people: the employer and the country a role ties a person to.

The employer is an organisation named in the role ("chief executive of Nile Breweries",
"the World Bank's director"), the one a possessor refers back to ("the accelerator's
managing partner": the last organisation described as an accelerator; "its": the last
one named), or for a corporate title without possessor the most mentioned organisation
of the paragraph that last named one, unless the title names another body of its own
("Lib Dem committee chairman" after "Tory leader X": X's party is X's).  The country is the role's own (possessor,
demonym, "de Angola"), else the nearest demonym in the clause before the name, else the
state a possessive refers to ("Ghana, which hosts ... Its trade minister").  An envoy
with a country serves it, not the body named in the role ("Denmark's ambassador to the
United Nations").
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.lexicon import place
from congo_digital.enrich.org_german import article_noun
from congo_digital.enrich.organizations import Org
from congo_digital.enrich.people_roles import RoleSpan, role_text
from congo_digital.enrich.people_scope import PeopleScope, Person, honorific, is_state
from congo_digital.enrich.role_titles import is_head
from congo_digital.enrich.tokens import Token, cue_set, cue_union, norm, role_words

# word lists read in the functions below, once at import
_CALENDAR = cue_set("calendar")
_DESTINATION_PREPS = cue_set("destination_preps")
_DETERMINERS = cue_set("determiners")
_FORMER_MARKERS = cue_set("former_markers")
_ORG_KEYWORDS = cue_set("org_keywords")
_PERSON_POSSESSIVES = cue_set("person_possessives")
_POSSESSIVES = cue_set("possessives")
_ROLE_CORPORATE = role_words("corporate")
_ROLE_COUNTERPART = role_words("counterpart")
_ROLE_DIPLOMATS = role_words("diplomats")
_STOP_CAPITALS = cue_set("stop_capitals")

_LOOK_BACK = 300
_EMPLOYER_PREPS = cue_set("employer_prepositions")
_ROLE_VOCAB = cue_union("roles:heads", "roles:modifiers", "roles:portfolio")


def recent_country(s: PeopleScope, before: int) -> tuple[str | None, int]:
    """The country named last before token ``before`` (300 tokens back) and where."""
    for x in range(before - 1, max(-1, before - _LOOK_BACK), -1):
        m = s.country_at.get(x)
        if m is not None and m.i == x and m.kind == "name":
            return s.resolve(m), x
    return None, -1


def recent_org(s: PeopleScope, before: int, noun: str | None = None,
               salient: bool = False) -> Org | None:
    """The organisation a title refers back to: with ``noun`` ("the accelerator's",
    "the bank's") the last one described by that noun; otherwise the last one named
    within the preceding 300 tokens ("its", "son"), or with ``salient`` the most
    mentioned one there ("Managing Director X", no possessor)."""
    best, pos = None, -1
    typed, tpos = None, -1
    for o in s.orgs:
        if o.state or o.media:
            continue
        fits = noun is not None and (noun in o.type_words or noun in norm(o.name).split())
        for a, _b in o.mentions:
            if a >= before:
                continue
            if a >= before - _LOOK_BACK and a > pos:
                best, pos = o, a
            if fits and a > tpos:
                typed, tpos = o, a
    if typed is not None:
        return typed
    if salient and best is not None:
        # the paragraph that last named an organisation; its most mentioned one
        para = s.toks[pos].para
        near = [o for o in s.orgs if not o.state and not o.media and any(
            a < before and s.toks[a].para == para for a, _b in o.mentions)]
        return max(near, key=lambda o: len(o.mentions))
    return best


def named_in_role(s: PeopleScope, start: int, end: int) -> Org | None:
    """"chief executive of Acme Mining": a body named after "of/at/de" in a corporate
    title becomes an organisation (its employer), added to ``s.orgs`` and ``s.org_at``; a
    city is none ("Municipal Director of Lindi": ``lexicon.place``), nor a German common
    noun after its article ("Direktorin der Grundschule": ``org_german.article_noun``)."""
    toks = s.toks
    for x in range(start, end - 1):
        if toks[x].norm not in _EMPLOYER_PREPS:
            continue
        a = x + 1
        while a < end and toks[a].norm in _DETERMINERS:
            a += 1
        b = a
        while b < end and toks[b].cap and b not in s.country_at and toks[b].norm not in (
                s.vocab - _ORG_KEYWORDS):
            b += 1
        if b > a and (b == end or toks[b].text in ",;.") and not place(s.doc.span_text(a, b)) and not (
                article_noun(toks, a, b, s.doc.lang)):
            org = Org(s.doc.span_text(a, b))
            org.mentions.append((a, b))
            org.forms.add(tuple(t.norm for t in toks[a:b]))
            for k in range(a, b):
                s.org_at[k] = org
            s.orgs.append(org)
            return org
    return None


def _org_in_role(s: PeopleScope, lo: int, hi: int) -> Org | None:
    """The first organisation (not a state body or media) named in ``[lo, hi)``."""
    for x in range(lo, hi):
        o = s.org_at.get(x)
        if o is not None and not o.state and not o.media:
            return o
    return None


def _possessor_words(s: PeopleScope, poss: tuple[int, int]) -> list[Token]:
    return [t for t in s.toks[poss[0]: poss[1] + 1] if t.norm != "'s"]


def _possessor_referent(s: PeopleScope, r: RoleSpan, i: int
                        ) -> tuple[Org | None, str | None]:
    """What a possessive or a lower-case possessor ("its", "the agency's") refers to:
    ``(None, country)`` for a state office when a country was named after the last
    organisation, else ``(organisation, None)``; ``(None, None)`` for "his"/"her" or a
    named possessor."""
    assert r.possessor is not None
    poss = r.possessor
    pt = _possessor_words(s, poss)
    lows = {t.norm for t in pt}
    possessive = bool(lows & _POSSESSIVES)
    if not (possessive or len(pt) <= 2 and pt and not pt[-1].cap and pt[-1].norm != "'s"):
        return None, None
    cty, cpos = recent_country(s, poss[0])
    last_org = recent_org(s, poss[0])
    opos = max((a for a, _b in last_org.mentions if a < poss[0]), default=-1) if (
        last_org is not None) else -1
    if possessive and is_state(r.heads) and cpos > opos:
        return None, cty  # "Ghana, which hosts the secretariat ... Its trade minister"
    if not lows & _PERSON_POSSESSIVES:
        return recent_org(s, i, pt[-1].norm if pt else None), None
    return None, None


def _employer(s: PeopleScope, r: RoleSpan, i: int, lo: int) -> tuple[Org | None, str | None]:
    """The employer of the person named at ``i`` with role ``r``, and the country a
    possessive refers to (see the module docstring)."""
    poss = r.possessor
    org = _org_in_role(s, lo, r.end)
    country_ref = None
    if org is None and poss:
        org, country_ref = _possessor_referent(s, r, i)
    corporate = set(r.heads) & _ROLE_CORPORATE and not is_state(r.heads)
    if org is None and corporate:
        org = named_in_role(s, r.start, r.end)
    personal = poss and {t.norm for t in s.toks[poss[0]: poss[1] + 1]} & cue_set(
        "person_possessives")
    if org is None and corporate and not personal:
        org = recent_org(s, i, salient=True)
        own = _own_body_words(s, r)
        if org is not None and own and not any(_names(org, w) for w in own):
            org = None  # "Tory leader X ... Lib Dem committee chairman Y": X's party is X's
    return org, country_ref


def _own_body_words(s: PeopleScope, r: RoleSpan) -> list[str]:
    """The words by which a title names the body it serves, when no organisation pass
    read that body ("Lib Dem committee chairman", "Police and Crime Commissioner",
    "BT's managing director"): the capitalised words before its first head (possessor
    included) that are no role word (``roles.json`` ``heads``, ``modifiers``,
    ``portfolio``), honorific, stop word, country or organisation."""
    toks = s.toks
    lo = min(r.start, r.possessor[0]) if r.possessor else r.start
    words = [toks[x].norm for x in range(_phrase_start(s, lo), lo) if toks[x].cap]
    for x in range(lo, r.end):
        t = toks[x]
        if is_head(t):
            break
        if t.cap and t.is_word and t.norm not in _ROLE_VOCAB and not honorific(t) and (
                x not in s.country_at and x not in s.org_at and t.norm not in _STOP_CAPITALS):
            words.append(t.norm)
    return words


@cache
def _phrase_stops(stops: frozenset[str]) -> frozenset[str]:
    """The clause stops ``stops`` (``PeopleScope.stops``) with ``cues.json``
    ``prepositions`` and ``determiners``: the words no name's phrase reads back over
    (``_phrase_start``), built once per set of stops."""
    return stops | cue_set("prepositions") | cue_set("determiners")


def _phrase_start(s: PeopleScope, lo: int) -> int:
    """The start of a name that opens the noun phrase of a role starting at ``lo``, over
    up to three plain lower-case words ("Lib Dem constitutional affairs committee
    chairman": "Lib"), in English, whose nouns are lower case; ``lo`` when none: a name
    inside its sentence of capitalised words that are no stop word (but after another
    name word: "Dem"), calendar word, country or organisation."""
    toks = s.toks
    if not (s.doc.lang or "").startswith("en"):
        return lo
    x = lo
    stops = _phrase_stops(s.stops)
    while x > lo - 3 and x - 1 >= 0 and toks[x - 1].is_word and not toks[x - 1].cap and (
            toks[x - 1].norm not in stops):
        x -= 1
    if x == lo:
        return lo
    a = x
    while a - 1 >= 0 and toks[a - 1].cap and toks[a - 1].is_word and toks[a - 1].sent == toks[lo].sent and (
            a - 1) not in s.country_at and (a - 1) not in s.org_at and toks[a - 1].norm not in _CALENDAR:
        a -= 1
    while a < x and toks[a].norm in _STOP_CAPITALS:
        a += 1  # "On", "The": no word of the name
    if a == x or a == 0 or toks[a - 1].sent != toks[a].sent:
        return lo  # no name, or the sentence's first words
    return a


def _names(org: Org, word: str) -> bool:
    """``word`` (normalised) names ``org``: a word of its name or of one of its forms, one
    of its acronyms (also as a part of a hyphenated word: "Then-DHS"), or its name's
    initials ("UEI" for "Universal Electronics Inc")."""
    if word in norm(org.name).split() or any(word in form for form in org.forms):
        return True
    if any(part.upper() in org.acronyms for part in word.split("-")):
        return True
    initials = "".join(w[0] for w in norm(org.name).split() if w)
    return len(initials) >= 2 and word.startswith(initials) and len(word) - len(initials) <= 1


def _role_country(s: PeopleScope, r: RoleSpan, i: int, lo: int, own: bool = False) -> str | None:
    """The role's own country (possessor, demonym, "de Angola"; not after a destination
    preposition such as "to"), then (not with ``own``) the nearest demonym in the clause
    before the name ("her Ugandan counterpart, ...")."""
    toks = s.toks
    dest = _DESTINATION_PREPS
    hi = r.end
    w0, w1 = r.window
    spans = [range(lo, max(hi, i)), range(max(hi, w1, i) - 1, min(lo, w0) - 1, -1)]
    for n_pass, span in enumerate(spans[:1] if own else spans):
        for x in span:
            m = s.country_at.get(x)
            if m is None or x != m.i:
                continue
            if n_pass == 1 and m.kind != "demonym":
                continue
            prev = toks[x - 1].norm if x else ""
            if prev in dest:
                continue
            code = s.resolve(m)
            if code is not None:
                return code
    return None


def apply_role(s: PeopleScope, p: Person, r: RoleSpan, i: int) -> None:
    """Give ``p`` (named at token ``i``) the role ``r`` when it has text: its heads, its
    employer (``p.org``) and its country (``p.country``, ``p.country_strong``)."""
    p.role = role_text(s, r)
    if not p.role:
        return
    p.role_span = (r.start, r.end)
    p.role_heads = r.heads
    lo = min(r.start, r.possessor[0]) if r.possessor else r.start
    p.org, country_ref = _employer(s, r, i, lo)
    p.country = _role_country(s, r, i, lo) or country_ref
    p.country_strong = p.country is not None
    first = norm(p.role).split()[0]
    former = first in _FORMER_MARKERS or first.startswith("ex-")
    if p.org is not None and _diplomat(r.heads) and (
            not former and _role_country(s, r, i, lo, own=True) or _sent_to(s, r, p.org)):
        p.org = None  # "Denmark's ambassador to the UN", "Venezuelas UN-Botschafter": the state's


def _sent_to(s: PeopleScope, r: RoleSpan, org: Org) -> bool:
    """``org`` is named in the role ``r`` after a destination preposition (``cues.json``
    ``destination_preps``: "former ambassador to the U.K. and EU"): the body an envoy is
    sent to, never the envoy's employer."""
    toks, dest = s.toks, _DESTINATION_PREPS
    for x in range(r.start, r.end):
        if s.org_at.get(x) is org and (x == 0 or s.org_at.get(x - 1) is not org):
            k = x - 1
            while k > r.start and (toks[k].norm in _DETERMINERS or toks[k].norm in cue_set(
                    "conjunctions") or k in s.country_at or k in s.org_at):
                k -= 1  # "to the U.K. and EU": back over the other destinations
            return toks[k].norm in dest
    return False


def _diplomat(heads: list[str]) -> bool:
    """One of the role's ``heads`` is an envoy's (``roles.json`` ``diplomats``; also as the
    last part of a compound: "UN-Botschafter", "UN-Gesandte"): the holder serves the state
    that sends them (the role's own country), not the body they are sent to, named after
    "to" (``_sent_to``) even when the envoy's term is over ("former ambassador to the EU")."""
    words = _ROLE_DIPLOMATS
    return any(h.rsplit("-", 1)[-1] in words for h in heads)


def counterpart(s: PeopleScope, p: Person, i: int, people: list[Person]) -> None:
    """"X ..., and his Mauritanian counterpart, Y": Y (``p``, named at ``i``) takes the
    role of the last person with a role named before, in this sentence or the one
    before (of ``people``, in order of first mention: ``p`` among them is none, having no
    role when asked); its country is the one named next to "counterpart"."""
    toks = s.toks
    words = _ROLE_COUNTERPART
    k = s.before(i)
    hit = None
    for x in range(k, max(0, k - 6) - 1, -1):
        if toks[x].sent != toks[i].sent or x in s.person_tok:
            break
        if toks[x].norm in words:
            hit = x
            break
    if hit is None:
        return
    prev = None
    for o in people:
        if o.role and o.mentions and o.mentions[0][0] < i and (
                toks[o.mentions[0][0]].sent >= toks[i].sent - 1):
            prev = o
    if prev is None:
        return
    p.role = prev.role
    p.role_heads = list(prev.role_heads)
    p.evidence.add("role")
    for x in range(max(0, hit - 3), min(len(toks), hit + 3)):
        m = s.country_at.get(x)
        if m is not None and m.i == x:
            p.country = s.resolve(m)
            p.country_strong = p.country is not None
            break
