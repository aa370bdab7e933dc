"""Signs that a country or an organisation acts in the story: a state word next to a
country ("Kenya's minister", "le gouvernement de la RDC", "Ugandan officials"), a
subject before a verb ("Zambia has begun", "World Athletics must ratify"), a capital
used as a metonym ("Moscow said"), and the countries a title names as subjects.

Words: ``data/cues.json`` (``state_words``, ``prepositions``, ``determiners``,
``calendar``, ``metonym_verbs``, ``attribution``, ``auxiliaries``, ``before_calendar``,
``state_linkers``, ``locatives``, ``conjunctions``).
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.countries import AMBIGUOUS, CountryMention, find_mentions
from congo_digital.enrich.country_attributes import attribute_phrase
from congo_digital.enrich.country_german import state_compound, state_word
from congo_digital.enrich.party_context import PartiesContext
from congo_digital.enrich.tokens import Doc, Token, cue_set, cue_union, norm


@cache
def _joins() -> frozenset[str]:
    """The words joining a list's countries: ``cues.json`` ``conjunctions`` and ","."""
    return cue_set("conjunctions") | {","}


def _past_adverbials(doc: Doc, k: int) -> int:
    """Token ``k`` or, when "on Monday"/"this week"/"in 2023"-style adverbials start there,
    the token after them."""
    toks, n = doc.tokens, len(doc.tokens)
    cal = cue_set("calendar")
    while k < n:
        t = toks[k]
        if t.norm in cue_set("before_calendar") and k + 1 < n and toks[k + 1].norm in cal:
            k += 2
            continue
        if t.norm in ("on", "in") and k + 1 < n and toks[k + 1].text.isdigit():
            k += 2
            continue
        break
    return k


def is_verbish(doc: Doc, k: int) -> bool:
    """True when token ``k`` looks like the verb after a subject (lower-case, not a
    preposition/determiner), skipping "on Monday"-style adverbials."""
    toks, n = doc.tokens, len(doc.tokens)
    preps = cue_union("prepositions", "determiners")
    k = _past_adverbials(doc, k)
    if k >= n:
        return False
    t = toks[k]
    if t.norm in cue_set("auxiliaries"):
        return True
    return t.is_word and not t.cap and t.norm not in preps and t.sent == toks[k - 1].sent


def _possessive_state(doc: Doc, m: CountryMention) -> float:
    """2 for "Kenya's minister": a state word within three words after "'s"; not for a
    person's or team's noun phrase ("India's head coach": ``attribute_phrase``)."""
    toks = doc.tokens
    n, j = len(toks), m.j
    if j < n and toks[j].norm == "'s" and not attribute_phrase(doc, j + 1):
        for x in range(j + 1, min(n, j + 4)):
            if not toks[x].is_word:
                break
            if state_word(toks[x].norm):
                return 2.0
    return 0.0


def _demonym_state(doc: Doc, m: CountryMention) -> float:
    """2 for "Ugandan officials", "le gouvernement congolais": a state word within two
    tokens of the demonym, in its sentence; not before a person's or team's noun phrase
    ("the Indian head coach": ``attribute_phrase``)."""
    toks = doc.tokens
    n = len(toks)
    if attribute_phrase(doc, m.j):
        return 0.0
    for x in list(range(m.j, min(n, m.j + 2))) + list(range(max(0, m.i - 2), m.i)):
        if state_word(toks[x].norm) and toks[x].sent == toks[m.i].sent:
            return 2.0
    return 0.0


def _name_state(toks: list[Token], m: CountryMention) -> float:
    """2 for "US officials", "the US State Department", "UK Prime Minister": after the
    country's name, over at most two capitalised words of a body's name, a state word or
    an agency head (``cues.json`` ``agency_heads``: "Department"); not "head" ("India head
    coach") nor a "state" that a lower-case word or "of" follows ("the US state of Georgia"),
    nor a title before a person's name ("U.S. President Donald Trump": the official, once
    kept, gives the country its due)."""
    n, k = len(toks), m.j
    heads = cue_set("agency_heads")
    while k < n and k < m.j + 3 and toks[k].is_word and toks[k].sent == toks[m.i].sent:
        t = toks[k]
        if (state_word(t.norm) or t.norm in heads) and t.norm not in cue_set("not_state_after_name"):
            nxt = toks[k + 1] if k + 1 < n else None
            if nxt is not None and nxt.cap and nxt.is_word and nxt.sent == t.sent and (
                    not state_word(nxt.norm) and nxt.norm not in heads):
                return 0.0  # "U.S. President Donald Trump": the official's party says it
            if t.norm in ("state", "état", "estado", "staat") and (
                    nxt is None or not nxt.cap or nxt.norm in cue_set("prepositions")):
                return 0.0
            return 2.0
        if not t.cap:
            return 0.0
        k += 1
    return 0.0


def state_agency(doc: Doc, m: CountryMention, name: str) -> bool:
    """The organisation called ``name`` that holds mention ``m`` is a body of that state:
    its words after the country's name or demonym hold a state word or an agency head
    ("Russian Defence Ministry", "UK Department of Health", "Nigerian Army"), none of
    ``cues.json`` ``not_state_after_name`` ("British Council") nor a firm's head under a
    demonym (``demonym_firm_heads``: "Deutsche Bank")."""
    if m.kind not in ("name", "demonym"):
        return False
    words = [norm(w) for w in name.split()]
    country = [t.norm for t in doc.tokens[m.i : m.j]]
    at = next((x for x in range(len(words)) if words[x : x + len(country)] == country), None)
    if at is None:
        return False
    rest = words[at + len(country):]
    if set(rest) & cue_union("not_state_after_name", "demonym_firm_heads"):
        return False
    return any(state_word(w) or w in cue_set("agency_heads") for w in rest)


def _state_before(toks: list[Token], m: CountryMention,
                  starts: dict[int, CountryMention] | None = None) -> float:
    """2 for "le gouvernement de la RDC", "Police in Uganda", "El Gobierno de España": a
    state word up to six tokens before, over linkers and one lower-case word; not for
    forces placed in the country ("troops in Somalia", ``cues.json`` ``deployed_words``)
    nor for a state word that another country's mention (of ``starts``, by first token)
    qualifies ("the Israeli military occupation of the Palestinian territories": the
    military is Israel's)."""
    state = cue_set("state_words")
    preps = cue_set("prepositions")
    k = m.i - 1
    extra = 0
    located = False
    while k >= 0 and k >= m.i - 6 and toks[k].sent == toks[m.i].sent:
        t = toks[k]
        if t.norm in state:
            owner = next((x for x in (starts.get(k - w) for w in (1, 2)) if x and x.j == k), None) if (
                starts) else None
            if owner is not None and owner.code != m.code:
                return 0.0
            # "troops in Somalia": another state's forces where they are sent
            return 0.0 if located and t.norm in cue_set("deployed_words") else 2.0
        if t.norm in cue_set("state_linkers"):
            located = located or t.norm in cue_set("locatives")
            k -= 1
            continue
        if t.is_word and not t.cap and t.norm not in preps and extra == 0:
            extra += 1
            k -= 1
            continue
        break
    return 0.0


def _capital_metonym(doc: Doc, m: CountryMention, lead: float) -> float:
    """For "Moscow said", "Moscow on Tuesday rejected", "Paris had insisted": a capital
    before a metonym verb, not after a preposition: 2 when the verb (or the one after an
    auxiliary) is a verb of speech or of a state's act ("said", "denied", ``cues.json``
    ``metonym_verbs`` but the auxiliaries), anywhere in the story; ``lead`` for an
    auxiliary alone ("London has seen", "Paris is": the city as often as the state)."""
    toks = doc.tokens
    if m.i and toks[m.i - 1].norm in cue_set("prepositions"):
        return 0.0
    k = _past_adverbials(doc, m.j)
    verbs = cue_set("metonym_verbs")
    aux = cue_union("auxiliaries", "before_participle")
    if k >= len(toks) or toks[k].norm not in verbs and toks[k].norm not in aux:
        return 0.0
    first = toks[k].norm
    if first in aux and k + 1 < len(toks):
        k += 1
    if toks[k].norm not in aux and (toks[k].norm in verbs or toks[k].norm in cue_set("speech_verbs")):
        return 2.0
    return lead if first in verbs else 0.0


def _seat(ctx: PartiesContext, m: CountryMention) -> float:
    """A seat of government stands for its state ("the Kremlin", "l'Élysée", "Downing
    Street"): 2 as the subject of a verb, before a state word ("Kremlin spokesman",
    "Pentagon officials") or quoted as a source ("according to the White House"); 0
    after a preposition of place ("a dinner at the White House": a venue); else 1."""
    toks = ctx.doc.tokens
    b = m.i - 1
    while b >= 0 and toks[b].norm in cue_set("determiners"):
        b -= 1
    if b >= 0 and toks[b].sent == toks[m.i].sent and toks[b].norm in cue_set("venue_prepositions"):
        return 0.0
    nxt = toks[m.j].norm if m.j < len(toks) else ""
    acts = (state_word(nxt) or attributed(ctx.doc, m.i)
            or _subject_of_verb(ctx, m, 2.0) > 0)
    return 2.0 if acts else 1.0


def _list_head(ctx: PartiesContext, m: CountryMention) -> CountryMention:
    """The first country of a coordinated list ending with ``m`` ("Kenya, Uganda and
    Tanzania")."""
    toks = ctx.doc.tokens
    dets = cue_set("determiners")
    joins = _joins()
    first = m
    while True:
        b = first.i - 1
        while b >= 0 and toks[b].norm in dets:
            b -= 1
        if b < 1 or toks[b].norm not in joins:
            return first
        c = b - 1
        prev_m = next((x for x in (ctx.mention_at.get(c - w) for w in range(4)) if x), None)
        if prev_m is None or prev_m.j != c + 1 or prev_m.kind != "name":
            return first
        first = prev_m


def _after_list(ctx: PartiesContext, k: int) -> int:
    """Past a coordinated list of countries starting after token ``k`` ("Kenya, Uganda
    and Tanzania have"): the token after the list."""
    toks, n = ctx.doc.tokens, len(ctx.doc.tokens)
    dets = cue_set("determiners")
    joins = _joins()
    while k < n and toks[k].norm in joins:
        k2 = k + 1
        while k2 < n and toks[k2].norm in dets:
            k2 += 1
        nxt = ctx.mention_at.get(k2)
        if nxt is None:
            break
        k = nxt.j
    return k


def _past_clause(toks: list[Token], k: int) -> int:
    """Past a relative clause or an apposition between commas that starts at token ``k``
    ("Turkey, which brokered the deal, said"; "Qatar, a mediator in the talks, said"):
    the token after its closing comma, or ``k`` (no such clause, or none closed within
    twelve tokens of the sentence)."""
    n = len(toks)
    if not (k + 1 < n and toks[k].text == "," and (
            toks[k + 1].norm in cue_set("clause_pronouns")
            or toks[k + 1].norm in cue_set("apposition_starts"))):
        return k
    for x in range(k + 2, min(n, k + 14)):
        if toks[x].sent != toks[k].sent:
            return k
        if toks[x].text == ",":
            return x + 1
    return k


def _subject_of_verb(ctx: PartiesContext, m: CountryMention, lead: float) -> float:
    """``lead`` for "Zambia has begun", "Kenya and Ethiopia agreed", "Turkey, which
    brokered the deal, said": the country (or the list it ends) starts a clause (or
    follows a word that is no preposition) and a verb follows (past a relative clause or
    an apposition between commas), not a person's or team's noun phrase ("India head coach
    Gautam Gambhir praised", "the England captain said": ``attribute_phrase``); 2 anywhere
    for a verb of speech ("Turkey said": the state speaks in the story, no background)."""
    toks = ctx.doc.tokens
    preps = cue_set("prepositions")
    dets = cue_set("determiners")
    s = _list_head(ctx, m).i - 1
    while s >= 0 and toks[s].norm in dets:
        s -= 1
    # after an introductory clause ("Since 1998, Russia has"); list commas were walked over
    at_start = s < 0 or toks[s].sent != toks[m.i].sent or toks[s].text in ",—–-:"
    prev_ok = at_start or (toks[s].norm not in preps and toks[s].norm not in ("'s", "(") and (
        toks[s].is_word or toks[s].text in ("—", "–")))
    if not prev_ok:
        return 0.0
    k = _past_clause(toks, _after_list(ctx, m.j))
    if k >= len(toks) or not is_verbish(ctx.doc, k) or attribute_phrase(ctx.doc, k):
        return 0.0
    return 2.0 if toks[_past_adverbials(ctx.doc, k)].norm in cue_set("speech_verbs") else lead


def country_cues(ctx: PartiesContext, m: CountryMention, team: bool = False) -> float:
    """Weight of the signs that the state acts in this mention: 2 for a state word
    ("Kenya's minister", "le gouvernement de la RDC", "Ugandan officials"); for a subject
    ("Zambia has begun") or a capital metonym ("Moscow said"), 2 in the lead paragraph
    and 1 elsewhere (background: "Ethiopia opened its market in 2021"); a country further
    in a list takes the state word before the list's first country ("ministers of Kenya,
    Uganda and Tanzania"); for a seat of government, ``_seat``.  In a sports report
    (``team``) a name or a capital acting is the national team ("India beat Bangladesh"):
    state words and verbs of speech only ("Russia said it would appeal the ban").  A
    German compound ("US-Regierung") acts when its last part is a state's
    (``state_compound``)."""
    toks = ctx.doc.tokens
    lead = 2.0 if toks[m.i].para == ctx.lead_para else 1.0
    cues = _possessive_state(ctx.doc, m)
    if m.kind == "demonym":
        return cues + _demonym_state(ctx.doc, m)
    cues += _state_before(toks, m, ctx.mention_at)
    if team and m.kind == "capital":
        return cues + _capital_metonym(ctx.doc, m, 0.0)
    if team and m.kind == "name":  # a verb of speech still gives 2: a team does not speak
        return (cues or _name_state(toks, m)) + _subject_of_verb(ctx, m, 0.0)
    if m.kind == "capital":
        return cues + _capital_metonym(ctx.doc, m, lead)
    if m.kind == "seat":
        return max(cues, _seat(ctx, m))
    if m.kind == "compound":
        return cues + 2.0 * state_compound(toks[m.i])
    if m.kind != "name":
        return cues
    cues = cues or _name_state(toks, m)
    if not cues:
        head = _list_head(ctx, m)
        if head is not m:
            # "leaders of the United States, Japan and Germany": the state word governs the list
            cues = _state_before(toks, head, ctx.mention_at)
    return cues + _subject_of_verb(ctx, m, lead)


def _title_object(toks: list[Token], m: CountryMention, starts: dict[int, CountryMention]) -> bool:
    """The title's mention ``m`` (or the list it ends: "adds Spain and Portugal") comes
    after a lower-case word, or a preposition in a title-case headline: an object or a
    place ("Germany adds Spain to risk list", "Apple bets on India"), not the subject."""
    dets, joins = cue_set("determiners"), _joins()
    b = m.i - 1
    while b >= 0:
        while b >= 0 and toks[b].norm in dets:
            b -= 1
        if b >= 1 and toks[b].norm in joins:
            prev = next((x for x in starts.values() if x.j == b), None)
            if prev is not None:
                b = prev.i - 1
                continue
        break
    if b < 0 or not toks[b].is_word:
        return False
    return not toks[b].cap or toks[b].norm in cue_set("prepositions")


def title_codes(ctx: PartiesContext) -> dict[str, float]:
    """ISO codes of the countries the title names, not as the first word of a name in a
    sentence-case title ("US Open"; a bare "Congo" takes the article's Congo), once
    each, in title order (the order breaks ties between countries the same way in every
    run), with their weight: 2 as a subject ("Kenya signs", "Ireland's presidency", "the
    parliament of Mozambique passes"), 1 as an object or a place ("adds Spain to its list":
    acted upon, a market, a setting); none in a body's or person's name (``title_skipped``);
    reads every token of ``ctx.title_doc``, clearing its ignored flags."""
    tdoc = ctx.title_doc
    if tdoc is None:
        return {}
    for t in tdoc.tokens:
        t.ignored = False
    out: dict[str, float] = {}
    state = cue_set("state_words")
    toks = tdoc.tokens
    words = [t for t in toks if t.is_word and len(t.text) > 3]
    sentence_case = sum(t.cap for t in words) * 2 <= len(words)
    mentions = find_mentions(tdoc)
    starts, skipped = {m.i: m for m in mentions}, ctx.title_skipped(mentions)  # ("Forza Italia trova")
    for m in [m for m in mentions if m.i not in skipped]:
        possessive = m.j < len(toks) and toks[m.j].norm == "'s"
        if possessive and not any(t.norm in state for t in toks[m.j + 1 : m.j + 4]):
            continue  # "Kenya's Safaricom buys ...": a qualifier, not the subject
        if attribute_phrase(tdoc, m.j + possessive):
            continue  # "India coach hails bowlers": a person's or team's attribute
        if sentence_case and m.j < len(toks) and toks[m.j].cap and toks[m.j].is_word and (
                m.j not in starts and toks[m.j].norm not in state):
            continue  # "US Open", "France Télévisions": part of a name
        if m.kind in ("name", "seat"):
            c = ctx.congo if m.code == AMBIGUOUS else m.code
            subject = possessive or bool(_state_before(toks, m, starts)) or not _title_object(toks, m, starts)
            if c and (c not in out or subject):
                out[c] = 2.0 if subject else out.get(c, 1.0)
    return out


def org_subject(doc: Doc, i: int, j: int) -> bool:
    """The organisation mention ``[i, j)`` is the subject of a verb ("World Athletics
    must ratify"; a parenthesised acronym after it is skipped)."""
    toks, n = doc.tokens, len(doc.tokens)
    preps = cue_set("prepositions")
    s = i - 1
    while s >= 0 and toks[s].norm in cue_set("determiners"):
        s -= 1
    prev_ok = s < 0 or toks[s].sent != toks[i].sent or toks[s].norm not in preps and toks[
        s].norm not in ("'s", "(")
    k = j
    if k < n and toks[k].text == "(":
        while k < n and toks[k].text != ")":
            k += 1
        k += 1
    return prev_ok and k < n and is_verbish(doc, k)


def attributed(doc: Doc, i: int) -> bool:
    """An attribution word ("according to", "selon", "citing") in the four tokens before ``i``:
    the body is a source quoted, not an actor."""
    toks = doc.tokens
    attr = cue_set("attribution")
    return any(toks[x].norm in attr for x in range(max(0, i - 4), i))
