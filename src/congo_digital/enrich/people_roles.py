"""Roles of people: the title before a name or the apposition after it.

The role is the phrase from the earliest role head word (``data/roles.json``) before the
name, back to its modifiers, up to the name ("Minister of X, Name", "President Name"); or
the apposition after "Name, ..." ("Name, the X ambassador"); or, for "his Mauritanian
counterpart, Name", the role of the person just named.  A leading demonym or possessive
("Congolese", "Kenya's", "the agency's") is left out of the role text and kept as the
role's ``possessor`` for the affiliation (``people_affiliation``).  A role is never a
name nor a list of people: it stops at a given name before a role word ("Ann King, X":
``surname_head``) and at a titled name before a comma ("Governor Ann Lee, former
Senator X"), nor a clause (no verb, ``clause_verb``; an apposition before ", and" is the
name's before it), and two titles joined by "and" are one ("Police and Crime Commissioner").
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.lexicon import first_name, place, zipf
from congo_digital.enrich.people_scope import COMPLEMENT_LINKS, PeopleScope, honorific
from congo_digital.enrich.role_titles import is_head, joined_title
from congo_digital.enrich.tokens import QUOTES, SENTENCE_END, cue_set, cue_union, role_words
from congo_digital.plain import Frozen

# word lists read in the functions below, once at import
_CALENDAR = cue_set("calendar")
_CLAUSE_STOPS = cue_set("clause_stops")
_CONJUNCTIONS = cue_set("conjunctions")
_DETERMINERS = cue_set("determiners")
_PERSON_POSSESSIVES = cue_set("person_possessives")
_POSSESSIVES = cue_set("possessives")
_ROLE_MODIFIERS = role_words("modifiers")
_STOP_CAPITALS = cue_set("stop_capitals")

_INNER_PREPS = cue_set("role_inner_prepositions")
_RELATIVES = cue_set("relative_pronouns")
_COPULAS = cue_set("copulas")
# "of", "de", "d'": the words that make a name the complement of the role before it
_OF = COMPLEMENT_LINKS - cue_set("conjunctions") - cue_set("determiners")
_ROLE_VOCAB = cue_union("roles:heads", "roles:modifiers", "roles:portfolio")
# auxiliaries, modals and verbs said of a subject ("a" is French "has" and English's article)
_VERBS = (cue_set("auxiliaries") | cue_set("metonym_verbs") | cue_set("past_verbs")) - {"a"}
_STEM_ZIPF = 3.0  # wordfreq Zipf of the stem of an English "-ed" word read as a verb


class RoleSpan(Frozen):
    """A role phrase: tokens ``[start, end)``, the ``heads`` found in it (normalised),
    the ``possessor`` tokens ``(first, last)`` ("Kenya's", "its": ``None`` when none)
    and the ``window`` of tokens searched."""

    __slots__ = FIELDS = ("start", "end", "heads", "possessor", "window")

    def __init__(self, start: int, end: int, heads: list[str], possessor: tuple[int, int] | None,
                 window: tuple[int, int]) -> None:
        for name, value in zip(self.FIELDS, (start, end, heads, possessor, window), strict=True):
            object.__setattr__(self, name, value)


def _title_end(s: PeopleScope, i: int) -> int | None:
    """The last token of a title before the name at ``i`` (before a comma, honorifics
    skipped): a title that is also an honorific ("President X", "Tanzanian President
    X") is the role, unless it follows a comma after another role ("..., Ambassador Dr.
    X"); after a comma with no role before it ("... on subsidies, President X said", "In
    Abuja, Senator X said") it is the role.  ``None`` at the start of the text."""
    toks = s.toks
    k = s.before(i)
    titles = [x for x in range(k + 1, i) if is_head(toks[x])]
    if titles and not (k >= 1 and toks[k].text == "," and _heads_back(s, i, k - 1)[0]):
        k = max(titles)
    if k >= 0 and toks[k].text == ",":
        k -= 1
    return k if k >= 0 else None


def _name_start(s: PeopleScope, m: int) -> int:
    """The first token of the person's name whose tokens run up to ``m``."""
    a = m
    while a - 1 >= 0 and (a - 1) in s.person_tok:
        a -= 1
    return a


def _heads_back(s: PeopleScope, i: int, k: int) -> tuple[list[int], int]:
    """The role heads from ``k`` back (at most 24 tokens, the name's sentence, up to a
    quote, bracket, another person, a clause stop or a verb, ``clause_verb``; none past a
    comma that ends a clause or a list item, ``_clause_comma``: "X, leader of A, and
    Foreign Minister Y"); also the last token looked at."""
    toks = s.toks
    heads: list[int] = []
    closed = False  # past a comma that ends another phrase: the window goes on, no head is taken
    m = k
    lo = max(0, k - 24)
    sent = toks[i].sent
    while m >= lo:
        t = toks[m]
        if t.text == ")" and m >= 2 and toks[m - 2].text == "(":
            m -= 3  # "du Ghana Cocoa Board (Cocobod), X"
            continue
        if t.sent != sent or t.ignored or t.text in QUOTES or t.text in "();:[]":
            break
        if m in s.person_tok and m == k:
            a = _name_start(s, m)
            if a >= 2 and toks[a - 1].norm in _OF:
                m = a - 2  # "le conseiller de X, Name": X is the role's complement
                continue
        if t.text in SENTENCE_END or m in s.person_tok:
            break
        # "Relaciones con las Instituciones": a preposition inside a Title Case
        # complement does not end the role
        if not t.cap and t.norm in s.stops and not (
                t.norm in _INNER_PREPS and m >= 1 and toks[m - 1].cap):
            break
        head = is_head(t)
        if t.text == "," and _titled_name_before(s, m) or head and surname_head(s, m):
            break  # a list of people: "Governor Ann Lee, Senator X", "Ann King, X"
        if not t.cap and t.is_word and clause_verb(s, m):  # (its own first tests, before the call)
            break  # "A earned more than ... Name": a title holds no verb
        if t.text == "," and _clause_comma(s, m, bool(heads)):
            closed = True  # "X, the leader of A, and Foreign Minister Y": A's leader is X
        if head and not closed:
            heads.append(m)
        m -= 1
    return heads, m


def _clause_comma(s: PeopleScope, c: int, titled: bool) -> bool:
    """The comma at ``c`` ends a clause or list item (not a title-case list, "Minister of
    Posts, Roads, and the Digital Economy", nor a first title, "presidente do STF, ministro
    X"): a lower-case word or number before it ("... failed to improve, Secretary X"), or
    after a title (``titled``) a conjunction after it ("X, leader of A, and Minister Y")."""
    toks = s.toks
    if c == 0 or not toks[c - 1].cap and toks[c - 1].text.isalnum():
        return True  # not after a bracket: "presidente do Supremo (STF), ministro X"
    return titled and c + 1 < len(toks) and toks[c + 1].norm in _CONJUNCTIONS


def clause_verb(s: PeopleScope, x: int) -> bool:
    """The lower-case word at ``x`` is a clause's verb, which no title holds: an auxiliary or modal
    (``cues.json`` ``auxiliaries``), a verb said of a subject (``metonym_verbs``), an irregular English
    past form (``past_verbs``: "the director award went to X"), or an English "-ed" form of a common
    word ("earned", "faced": its stem of Zipf 3 or more) that is no role word ("retired")."""
    t = s.toks[x]
    w = t.norm
    if t.cap or not t.is_word or w in _ROLE_VOCAB:
        return False
    if w in _VERBS:
        return True
    if not (s.doc.lang or "en").startswith("en") or len(w) < 5 or not w.endswith("ed"):
        return False
    stems = [w[:-2], w[:-1]] + ([w[:-3]] if w[-3] == w[-4] else [])
    return any(zipf(stem, "en") >= _STEM_ZIPF for stem in stems)


def surname_head(s: PeopleScope, x: int) -> bool:
    """The capitalised role word at ``x`` is a surname ("Ann King", "John Bishop"): a
    capitalised given name (``lexicon.first_name``) before it that is no role or other
    common word of the vocabulary, no country, organisation or place ("Virginia Governor")."""
    toks = s.toks
    if x < 1 or not toks[x].cap:
        return False
    g = toks[x - 1]
    return (g.cap and g.is_word and g.sent == toks[x].sent and g.norm not in s.vocab
            and (x - 1) not in s.country_at and (x - 1) not in s.org_at
            and first_name(g.norm) and not place(g.norm))


def _titled_name_before(s: PeopleScope, c: int) -> bool:
    """The comma at ``c`` ends a titled name ("Governor Ann Lee,", "Prince Edward,"):
    up to four capitalised words that are no role word or country, right after a
    capitalised role head, before it.  A role does not run back over it: the list's
    titles are its people's, not the one named after it."""
    toks = s.toks
    x = c - 1
    while x >= 0 and x > c - 5 and toks[x].cap and toks[x].is_word and not is_head(toks[x]) and (
            toks[x].norm not in _ROLE_VOCAB and x not in s.country_at):
        x -= 1
    return x < c - 1 and x >= 0 and toks[x].cap and is_head(toks[x]) and toks[x].sent == toks[c].sent


def _possessor_before(s: PeopleScope, e: int) -> tuple[int, int]:
    """The possessor ending with the "'s" at ``e``: capitalised words, "of", "the" and
    countries before it ("the World Bank's"), or one lower-case noun ("the agency's")."""
    toks = s.toks
    b = e
    while b - 1 >= 0 and (toks[b - 1].cap or toks[b - 1].norm in ("of", "the")
                          or (b - 1) in s.country_at) and not toks[b - 1].ignored:
        if toks[b - 1].norm == "the" and not (b - 1 > 0 and toks[b - 2].cap):
            b -= 1
            break
        b -= 1
    if b == e and e - 1 >= 0:
        b = e - 1
    return b, e


def _modifier(s: PeopleScope, x: int) -> bool:
    """A word that belongs to the role before its head: a modifier ("deputy"), a country
    or organisation, or a capitalised word that is no stop word, honorific, article,
    word that opens a clause ("Während Präsident X": the conjunction is no part of it)
    or calendar word ("On Monday Foreign Secretary X")."""
    t = s.toks[x]
    return (t.norm in _ROLE_MODIFIERS or x in s.country_at or x in s.org_at
            or (t.cap and t.norm not in _STOP_CAPITALS
                and not honorific(t) and t.norm not in _DETERMINERS
                and t.norm not in _CLAUSE_STOPS and not _opening_calendar(s, x)))


def _opening_calendar(s: PeopleScope, x: int) -> bool:
    """The capitalised calendar word at ``x`` (``cues.json`` ``calendar``) opens its run
    of capitalised words: a date ("on Monday Foreign Secretary X"), not a word of a name
    ("Sheffield Wednesday manager X")."""
    toks = s.toks
    if toks[x].norm not in _CALENDAR:
        return False
    prev = toks[x - 1] if x else None
    return prev is None or not (prev.cap and prev.is_word and prev.sent == toks[x].sent) or (
        prev.norm in _STOP_CAPITALS)


@cache
def _plain_stops(stops: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The clause stops ``stops`` (``PeopleScope.stops``) with ``cues.json``
    ``prepositions``, and those with ``determiners`` too: the words that are no plain word
    of ``_plain_words_to_possessive``, built once per set of stops (not at each call)."""
    inner = stops | cue_set("prepositions")
    return inner, inner | cue_set("determiners")


def _plain_words_to_possessive(s: PeopleScope, start: int) -> int | None:
    """"Eritrea's information minister": up to two plain lower-case words before the
    role, after a possessive; the new start, or ``None``."""
    toks = s.toks
    t = toks[start - 1]
    inner, first = _plain_stops(s.stops)
    if not (t.is_word and not t.cap and t.norm not in first):
        return None
    x = start - 1
    while x > start - 3 and x - 1 >= 0 and toks[x - 1].is_word and not toks[x - 1].cap \
            and toks[x - 1].norm not in inner:
        x -= 1
    if x - 1 >= 0 and (toks[x - 1].norm == "'s" or toks[x - 1].norm in _POSSESSIVES):
        return x
    return None


def _role_start(s: PeopleScope, i: int, start: int) -> tuple[int, tuple[int, int] | None]:
    """Extend a role from its first head back over its modifiers; return the start and
    the possessor found before it."""
    toks = s.toks
    while start - 1 >= 0 and toks[start - 1].sent == toks[i].sent:
        t = toks[start - 1]
        if t.norm == "'s":
            return start, _possessor_before(s, start - 1)
        if t.norm in _POSSESSIVES or t.norm in _PERSON_POSSESSIVES:
            return start, (start - 1, start - 1)
        if _modifier(s, start - 1):
            start -= 1
            continue
        if start >= 2 and (joined_title(toks, start) or _joined_portfolio(s, start, i)):
            start -= 2  # "Police and Crime Commissioner", "Work and Pensions Secretary": one title
            continue
        x = _plain_words_to_possessive(s, start)
        if x is None:
            break
        start = x
    return start, None


def _joined_portfolio(s: PeopleScope, x: int, i: int) -> bool:
    """The capitalised word at ``x``, before the role's head, is the second half of a
    portfolio joined by a conjunction ("Work and Pensions Secretary", "Culture and Sport
    Minister"): a capitalised modifier word right before the conjunction that is no
    person's, country, place ("in Cardiff and Northern Ireland Minister X") or
    organisation, and no head."""
    toks = s.toks
    a, c = toks[x - 2], toks[x - 1]
    return (c.norm in _CONJUNCTIONS and toks[x].cap and not is_head(toks[x]) and x < i
            and a.cap and a.is_word and not is_head(a) and (x - 2) not in s.person_tok
            and (x - 2) not in s.country_at and (x - 2) not in s.org_at and _modifier(s, x - 2)
            and not place(a.text) and a.sent == toks[x].sent)


def pre_role(s: PeopleScope, i: int) -> RoleSpan | None:
    """The title before the name at token ``i`` ("Kenya's ICT Minister X"), or ``None``."""
    k = _title_end(s, i)
    if k is None or s.toks[k].norm in _OF:
        return None  # "the adviser of Name", "le conseiller d'Name": Name is no adviser
    if s.toks[k].norm == "'s" or s.toks[k].norm in _CONJUNCTIONS:
        return None  # "Lagos's Ann Lee", "artists such as A and Name": no title ends so
    heads, m = _heads_back(s, i, k)
    if not heads:
        return None
    start, possessor = _role_start(s, i, min(heads))
    return RoleSpan(start, k + 1, [s.toks[x].norm for x in heads], possessor, (m + 1, k + 1))


def _apposition_start(s: PeopleScope, j: int) -> int | None:
    """The first token after "Name, " (past "(photo, left)", "who is", an age and
    articles), or ``None`` when no comma follows the name ending at ``j``."""
    toks, n = s.toks, len(s.toks)
    k = s.after(j)  # past "MP", "QC"
    if k < n and toks[k].text == "(":  # "(photo, left)"
        while k < n and toks[k].text != ")" and k < j + 8:
            k += 1
        k += 1
    if k >= n or toks[k].text != ",":
        return None
    start = k + 1
    if start + 1 < n and toks[start].norm in _RELATIVES and toks[start + 1].norm in _COPULAS:
        start += 2  # "X, who is the country's trade minister, said"
    if start + 1 < n and toks[start].text.isdigit() and toks[start + 1].text == ",":
        start += 2  # "Mary Wanjiku, 45, a mother of four"
    while start < n and toks[start].norm in _DETERMINERS:
        start += 1
    return start


def _possessive_name(s: PeopleScope, a: int) -> bool:
    """The person's name opening at ``a`` is a possessor ("President Ann Lee's envoy")."""
    y = a
    while y in s.person_tok:
        y += 1
    return y < len(s.toks) and s.toks[y].norm == "'s"


def post_role(s: PeopleScope, j: int) -> RoleSpan | None:
    """The apposition after the name ending at token ``j`` ("X, the agency's director"):
    a role head within its first seven words, or ``None``; none when the phrase names
    another person, its first title right before a name that opens with a given name
    ("X, the banker Ann Lee, ..."; not "an analyst at fund manager Acme Asset") or a
    given name before a head ("X, Ann King, ...", ``surname_head``): a list of people."""
    toks, n = s.toks, len(s.toks)
    start = _apposition_start(s, j)
    if start is None:
        return None
    possessor = None
    if start < n and toks[start].norm in _POSSESSIVES:
        possessor = (start, start)
        start += 1
    e = start
    heads: list[int] = []
    while e < n and e < start + 22:
        t = toks[e]
        if t.text in ",.;:()" or t.text in QUOTES or t.sent != toks[j - 1].sent:
            break
        if not t.cap and t.norm in s.stops and e > start:
            break
        if e in s.person_tok and heads == [e - 1] and first_name(t.norm) and not _possessive_name(s, e):
            return None  # "X, the banker Ann Lee and ...": a list of people, no apposition
        if is_head(t):
            if surname_head(s, e):
                return None  # "X, Ann King, Y": a list of names
            heads.append(e)
        e += 1
    if not heads or heads[0] > start + 6 or start >= n:
        return None
    if not toks[start].cap and toks[start].norm in s.stops:
        return None
    # "the World Bank's regional director": possessor inside the phrase
    for x in range(start, heads[0]):
        if toks[x].norm == "'s":
            possessor = (start, x)
    return RoleSpan(start, e, [toks[x].norm for x in heads], possessor, (start, e))


def _demonym_at(s: PeopleScope, x: int) -> bool:
    return x in s.country_at and s.country_at[x].kind == "demonym"


def role_text(s: PeopleScope, r: RoleSpan) -> str | None:
    """The role as printed, without its possessor, leading articles and demonyms, a
    demonym next to a head inside it, and trailing commas or dashes; ``None`` if empty."""
    toks = s.toks
    start, e = r.start, r.end
    poss = r.possessor
    if poss and poss[1] >= start and poss[1] < e:
        start = poss[1] + 1
    while start < e and (toks[start].norm in _DETERMINERS or _demonym_at(s, start)):
        start += 1
    while e > start and toks[e - 1].text in ",-–—":
        e -= 1
    if start >= e:
        return None
    keep = [x for x in range(start, e) if not (
        _demonym_at(s, x) and x > start
        and (is_head(toks[x - 1]) or x + 1 < e and is_head(toks[x + 1])))]
    if len(keep) == e - start:
        return " ".join(s.doc.span_text(start, e).split())
    parts = []
    for x in keep:
        if x >= 1 and parts and toks[x].start > toks[x - 1].end:
            parts.append(" ")
        parts.append(toks[x].text)
    return " ".join("".join(parts).replace(" ,", ",").split())
