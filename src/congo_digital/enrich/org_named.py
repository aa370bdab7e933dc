"""Organisations found by the form of their name or by how they are introduced.

A capitalised run (linkers allowed inside) is an organisation when it holds an
organisation keyword ("Bank", "Group", "GmbH": ``cues.json`` ``org_keywords``) and is not
a title's complement ("Minister of Water and Energy"), or when a type noun introduces it
("the operator Teranga Mobile", "Der Münchner Konzern Voltaris AG") or an apposition
follows it ("Zidi Pay, a Ghanaian start-up"; ``org_types``).  The country comes from a
demonym before the type noun or in the apposition, a possessive ("Kenya's Safari
Airways") or a "London-based" prefix.
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.lexicon import first_name, place
from congo_digital.enrich.org_claims import (
    ROMANCE,
    Org,
    OrgClaims,
    compound_suffixes,
    generic_profession,
    is_org_compound,
    is_org_keyword,
    office_word,
    person_after_complement,
)
from congo_digital.enrich.org_clubs import club_name, european_club, nickname
from congo_digital.enrich.org_german import descriptor_compound, german_description
from congo_digital.enrich.org_origin import based_in, demonym_country
from congo_digital.enrich.org_starts import common_opening, particle_kept, place_article
from congo_digital.enrich.tokens import Token, cue_set, cue_union, norm, role_words

_BASED = ("-based", "-listed", "-owned", "-headquartered")


@cache
def _apposition_types() -> frozenset[str]:
    """An apposition's type nouns (``typed_after``): ``org_types``, "alliance", "producer"."""
    return cue_set("org_types") | {"alliance", "producer"}


def typed_after(c: OrgClaims, j: int) -> bool:
    """True when an apposition naming a type of organisation follows at ``j`` ("X, a
    Lagos-based start-up accelerator", "X, une filiale ..."); sets ``c.last_type`` (the
    type words) and ``c.last_country`` (a demonym in the apposition, else ``None``)."""
    toks, n = c.toks, len(c.toks)
    if j + 1 >= n or toks[j].text != ",":
        return False
    org_types = _apposition_types()
    if toks[j + 1].norm not in cue_set("apposition_starts") and not (
            toks[j + 1].norm in org_types and not toks[j + 1].cap):
        return False
    c.last_country = None
    for k in range(j + 1, min(n, j + 7)):
        t = toks[k]
        if t.text in ",.;" or t.norm == "'s" or t.sent != toks[j].sent:
            return False
        if k in c.demonym_tok and c.country_tok.get(k) not in (None, "?"):
            c.last_country = c.country_tok[k]  # "X, a Ghanaian start-up"
        if t.norm.rstrip(".") in c.role_heads:
            return False
        if t.norm in org_types:
            nxt = toks[k + 1] if k + 1 < n else None
            ok = nxt is None or nxt.norm != "'s" and nxt.norm.rstrip(".") not in c.role_heads
            if ok:
                c.last_type = " ".join(
                    x.norm for x in toks[k:min(n, k + 3)] if x.norm in org_types)
            return ok
    return False


def _after_role(c: OrgClaims, s: int, span: list[Token]) -> bool:
    """True when the run continues a title's complement ("Minister of Posts, X");
    after a corporate title ("chief executive of Nile Breweries") only when the run
    is made of portfolio words ("Commissioner for Infrastructure, Energy")."""
    toks = c.toks
    portfolio = cue_union("roles:portfolio", "org_linkers")
    k = s - 1
    while k >= 0 and k >= s - 10 and toks[k].sent == toks[s].sent:
        t = toks[k]
        if t.norm.rstrip(".") in c.role_heads:
            if t.norm.rstrip(".") in role_words("corporate"):
                return all(x.norm in portfolio for x in span)
            return True
        if t.cap or t.norm in cue_set("org_linkers") or t.text == "," or t.norm == "the" or (
                k in c.country_tok):
            k -= 1
            continue
        return False
    return False


def _trim_start(c: OrgClaims, i: int, j: int) -> tuple[int, int | None]:
    """Skip leading determiners, sentence-initial function words and "London-based"
    words of the run ``[i, j)`` (with the place's words before such a word: "Mercer
    Island-based X"), and common words opening a sentence (``org_starts.common_opening``),
    but an article that opens a place's name or a name's particle (``org_starts``: "El Paso
    Electric", "De Beers");
    return the new start and the last "-based" word's index."""
    toks = c.toks
    s = i
    based: int | None = next((x for x in range(j - 2, i - 1, -1) if toks[x].norm.endswith(_BASED)), None)
    if based is not None:  # "Mercer Island-based X": the place's words go with their suffix
        s = based + 1
    while s < j and (toks[s].norm in cue_set("determiners") or toks[s].norm in (
            cue_set("stop_capitals")) or toks[s].norm.endswith(_BASED)) and not place_article(c, s, j) and (
            not particle_kept(c, s, j)):
        if toks[s].norm.endswith(_BASED):
            based = s
        s += 1
    if s == i and s < j:
        s += common_opening(c, s, j)
        while i < s < j and toks[s].norm in cue_set("determiners") and not place_article(c, s, j):
            s += 1  # the article after the common opening
    return s, based


def _type_noun_cut(c: OrgClaims, s: int, j: int) -> int | None:
    """"Der Münchner Konzern Voltaris AG": the index of a type noun inside the run after
    which the name starts, or ``None``; none for a name's head (``_romance_head``); a German
    compound describing the body opens the run ("Technologiekonzern Siemens":
    ``org_german.descriptor_compound``)."""
    toks = c.toks
    if j - s >= 2 and descriptor_compound(c, s):
        return s  # "Technologiekonzern Siemens"
    org_types = cue_set("org_types")
    return next((x for x in range(s, j - 1) if toks[x].norm in org_types
                 and not is_org_keyword(toks[x]) and toks[x + 1].norm not in cue_set("org_linkers")
                 and not (x == s and _romance_head(c, s))), None)


def _romance_head(c: OrgClaims, s: int) -> bool:
    """A capitalised type noun (no acronym) after a determiner or an article joined to a
    preposition (``cues.json`` ``romance_articles``: "della", "del", "du") inside a
    sentence, in French, Spanish, Portuguese or Italian, which write such nouns in lower
    case unless they head a name: "la Organización Nacional de Trasplantes", "il
    governatore della Banca d'Italia", not "la empresa Voltaris" (the noun before the name)
    nor "l'ONG Greenpeace"."""
    toks = c.toks
    return s > 0 and (c.doc.lang or "").lower().startswith(ROMANCE) and not toks[s].upper and (
        toks[s - 1].norm in cue_union("determiners", "romance_articles")) and toks[s - 1].sent == toks[s].sent


def _lower_named(span: list[Token]) -> bool:
    """A head and its lower-case adjectives ("Parti socialiste"; ``_lower_complement``)."""
    return len(span) >= 2 and span[0].norm in cue_set("lower_name_heads") and not any(
        x.cap for x in span[1:])


def _has_keyword(c: OrgClaims, s: int, span: list[Token]) -> bool:
    """An organisation keyword after the first word (or first in a run of two or more),
    and no role word: "Minister of Water and Energy" is a title."""
    has_kw = any(is_org_keyword(x) for x in span[1:]) or (
        len(span) >= 2 and is_org_keyword(span[0])) or _lower_named(span) or (
        len(span) == 1 and is_org_compound(span[0]))
    if not has_kw or generic_profession(span):  # (most runs: the role words need not be read)
        return False
    return not (any(x.norm.rstrip(".") in c.role_heads for x in span) or _after_role(c, s, span))


def _subnational_government(c: OrgClaims, s: int, span: list[Token]) -> bool:
    """"The Gauteng Provincial Government", "the Lagos State Government": in English, a
    place that is no country (``lexicon.place``: a city or an ISO 3166-2 subdivision), words
    of ``cues.json`` ``subnational_words`` and a word of ``government_heads``: a region's or
    city's government, a body of its own, not its country's state acting."""
    if not (c.doc.lang or "").lower().startswith("en") or len(span) < 2 or (
            span[-1].norm not in cue_set("government_heads")) or s in c.country_tok:
        return False
    k = len(span) - 1
    while k > 1 and span[k - 1].norm in cue_set("subnational_words"):
        k -= 1
    return place(" ".join(t.text for t in span[:k])) and not first_name(span[0].norm)


def _legal_form_end(c: OrgClaims, j: int) -> int:
    """End of the name: past ", S.A." ("GuiCam Submarine Networks, S.A."), else ``j``."""
    toks, n = c.toks, len(c.toks)
    if j + 1 < n and toks[j].text == "," and toks[j + 1].norm in cue_set("legal_forms_after_comma"):
        return j + 2
    return j


def named_org(c: OrgClaims, name: str, span: list[Token]) -> Org:
    """The organisation called ``name`` (made when new: a media outlet when a media word
    is in it, bank and group names aside; a state body when a ministry/government word
    starts it)."""
    org = c.same_name(name)
    if org is None:
        org = Org(name)
        c.by_name[norm(name)] = org
        low = [x.norm for x in span]
        org.media = any(w in cue_set("media_words") for w in low) and not any(
            w in ("bank", "group") for w in low)
        org.state = low[0] in cue_set("org_state_heads") and (
            low[0] != "office" or len(low) > 3 and low[1] == "of")
        c.orgs.append(org)
    return org


def _kind_after(c: OrgClaims, s: int, j: int) -> str | None:
    """"the Fine Gael party", "the Teamsters union": in English, a lower-case word for
    the kind of body (``cues.json`` ``kind_after_name``) right after the run ``[s, j)``
    inside the sentence, the run not opening it; that word, else ``None``."""
    toks = c.toks
    if j >= len(toks) or s == 0 or not (c.doc.lang or "").lower().startswith("en"):
        return None
    t = toks[j]
    if t.cap or t.norm not in cue_set("kind_after_name") or t.sent != toks[s].sent or (
            toks[s - 1].sent != toks[s].sent):
        return None
    return t.norm


def _two_names(c: OrgClaims, s: int, j: int) -> int | None:
    """The conjunction inside the run ``[s, j)`` that joins two names each ending in an
    organisation keyword ("LNG Esports and JD Gaming", "Barclays Bank and Lloyds Bank"),
    or a name ending in one and an acronym ("Whole Foods and QFC"), else ``None``;
    "Department of Health and Human Services" stays one name."""
    toks = c.toks
    if j - s >= 3 and toks[j - 2].norm in cue_set("conjunctions") and toks[j - 1].upper and (
            is_org_keyword(toks[j - 3])):
        return j - 2  # "Whole Foods and QFC": a name, then another body's acronym
    if j - s < 4 or not is_org_keyword(toks[j - 1]):
        return None
    return next((m for m in range(s + 2, j - 1) if toks[m].norm in cue_set("conjunctions")
                 and is_org_keyword(toks[m - 1]) and toks[m + 1].cap), None)


def _trade_of_person(c: OrgClaims, span: list[Token]) -> bool:
    """A two-word name opening with a known given name, typed by an apposition naming a
    person's trade (``cues.json`` ``person_trades``): "Ana Lopes, a software developer"."""
    return len(span) == 2 and first_name(span[0].norm) and bool(c.last_type) and set(
        (c.last_type or "").split()) <= cue_set("person_trades")


def _read_run(c: OrgClaims, i: int, j: int) -> None:
    """Claim the capitalised run ``[i, j)`` (trimmed) when it names an organisation; a run
    of two names joined by a conjunction (``_two_names``) is read as two."""
    toks = c.toks
    org_types = cue_set("org_types")
    s, based = _trim_start(c, i, j)
    if based is not None and based - 1 > i and toks[based - 1].norm in cue_set("conjunctions"):
        _read_run(c, i, based - 1)  # "Atticus Capital and UK-based TCI Fund Management": two names
    if s >= j or not c.claimed.keys().isdisjoint(range(s, j)):
        return
    m = _two_names(c, s, j)
    if m is not None:
        _read_run(c, s, m)
        _read_run(c, m + 1, j)
        return
    cut = _type_noun_cut(c, s, j)
    if cut is not None:
        s = cut + 1
    j = person_after_complement(c, s, j)  # "la Banca d'Italia Fabio Panetta": the name ends at Italy
    if office_word(c, s, j):
        return  # "la presidente del Consiglio Giorgia Meloni": an office and its holder
    # a capitalised type noun heading the name types it ("la Organización Nacional de Trasplantes")
    head = cut is None and j - s >= 2 and toks[s].norm in org_types and _romance_head(c, s)
    span = toks[s:j]
    if span[0].norm.rstrip(".") in c.role_heads and (len(span) == 1 or span[1].norm in cue_set("org_linkers")):
        return  # a title and its body ("CEO of Hotelied"), however it is introduced
    if all(t.norm in cue_set("calendar") for t in span):
        return  # a day or a month ("on Thursday, the group said"), whatever apposition follows
    has_kw = _has_keyword(c, s, span) and " ".join(t.norm for t in span) not in cue_set("keyword_places") or (
        _subnational_government(c, s, span))
    # a type noun types the run in its own sentence only (not one closing a caption line)
    prev = toks[s - 1] if s and toks[s - 1].sent == toks[s].sent else None
    typed = cut is not None or head or bool(prev and prev.norm in org_types) or (
        prev is not None and s >= 2 and toks[s - 2].norm in org_types and (s - 1) in c.country_tok)
    end = _legal_form_end(c, j)
    after = typed_after(c, end)
    kind = _kind_after(c, s, j)
    by_apposition = after and not typed and kind is None
    typed = typed or after or kind is not None
    if german_description(c, s, j, span) and not typed:
        has_kw = False
    if not (has_kw or typed) and club_name(span, c.doc.lang, c.lower_words):
        has_kw = True  # "Boston Celtics"
    if not (has_kw or typed) and len(span) == 2 and c.results and european_club(
            span, c.doc.lang, c.lower_words, c.cap_count(span[1].norm) - c.cap_count(
                span[0].norm)):
        has_kw = True  # "Borussia Dortmund", in a report of results
    if not (has_kw or typed) or all(k in c.country_tok for k in range(s, j)):
        return
    if by_apposition and not has_kw and _trade_of_person(c, span):
        return
    org = named_org(c, c.doc.span_text(s, end), span)
    org.typed = org.typed or typed
    if typed:
        org.type_words.update((prev.norm if prev is not None and prev.norm in org_types
                               else kind or c.last_type or "").split())
    demonym = demonym_country(c, s, typed, after)
    if demonym and org.country is None:
        org.country = demonym
    if based is not None and org.country is None:
        based_in(c, org, based)
    c.claim(org, s, end)



def _lower_complement(c: OrgClaims, i: int, j: int) -> int:
    """End of a name made of a head word and lower-case adjectives, as French, Spanish,
    Portuguese and Italian write party, union and court names ("le Parti socialiste",
    "el Tribunal supremo", "la Confédération générale du travail" up to "du"): the run
    ``[i, j)`` is one capitalised head, after a determiner or inside a sentence
    (``cues.json`` ``lower_name_heads``), followed by one to three adjectives (``adjective_suffixes``);
    else ``j``."""
    toks, n = c.toks, len(c.toks)
    while i < j - 1 and toks[i].norm in cue_set("determiners"):
        i += 1  # "Le Parti" opening a sentence
    if j != i + 1 or not (c.doc.lang or "").lower().startswith(ROMANCE):
        return j
    if toks[i].norm not in cue_set("lower_name_heads"):
        return j
    suffixes = tuple(cue_set("adjective_suffixes"))
    k = j
    while k < n and k < j + 3 and toks[k].is_word and not toks[k].cap and (
            toks[k].sent == toks[i].sent) and toks[k].norm not in cue_set("org_function_words") and (
            len(toks[k].norm) > 3 and toks[k].norm.endswith(suffixes)):
        k += 1
    return k


@cache
def _name_words() -> frozenset[str]:
    """The words one of which a run (or the two words before it) must hold for
    ``_read_run`` to find a name there by its words: an organisation keyword, a type noun
    or a lower-case name's head."""
    return cue_set("org_keywords") | cue_set("org_types") | cue_set("lower_name_heads") | cue_set("government_heads")


@cache
def _after_comma() -> frozenset[str]:
    """The words after a comma that may type the run before it (``typed_after``: an
    apposition's first word or a type noun) or end its name (``_legal_form_end``)."""
    return (cue_set("apposition_starts") | cue_set("org_types") | {"alliance", "producer"}
            | cue_set("legal_forms_after_comma"))


def _may_name(c: OrgClaims, i: int, j: int, english: bool) -> bool:
    """Whether ``_read_run`` can find a name in the run ``[i, j)`` that holds no word of
    ``_name_words`` nor a German compound's ending from ``i - 2`` to ``j`` (``find_named``
    reads those through their tokens): an apposition or a kind word after the run
    (``typed_after``, ``_kind_after``); or a last word that may end a club's name
    (``club_name``: a nickname; ``european_club``: a city, in a report of results).  Most
    runs hold none of them: the name is read only where one is."""
    toks, n = c.toks, len(c.toks)
    if j < n and (toks[j].norm in cue_set("kind_after_name") or toks[j].text == "," and (
            j + 1 < n and toks[j + 1].norm in _after_comma())):
        return True
    if j - i < 2:
        return False
    last = toks[j - 1]
    return c.results and place(last.text) and not first_name(last.norm) or english and (
        nickname(last, c.doc.lang, c.lower_words))


def find_named(c: OrgClaims) -> None:
    """Capitalised runs ending in (or holding) an organisation keyword, or typed by
    an apposition/type noun ("the operator Teranga Mobile", "Zidi Pay, a start-up")."""
    toks, n = c.toks, len(c.toks)
    lang = (c.doc.lang or "").lower()
    romance, english = lang.startswith(ROMANCE), lang.startswith("en")
    words, ends = _name_words(), compound_suffixes()
    # (a compound is capitalised: its ending read once per such word; most texts have none)
    compounds = [w for w in c.cap_words() if w.endswith(ends)]
    # the tokens of a name word or a compound, in order: a run may be read by its words
    # where one of them is, from two tokens before it to its end (most runs: none)
    hits = c.doc.starting(words.union(compounds) if compounds else words)
    h, last = 0, len(hits)
    claimed, countries = c.claimed, c.country_tok
    after = 0  # the first token after the last run read
    for i in c.doc.capitalised():  # where a run may start
        if i < after or i in claimed or toks[i].ignored or i in countries and not (i + 1 < n and toks[i + 1].cap):
            continue
        j = c.cap_run(i)
        if j <= i:
            continue
        after = _lower_complement(c, i, j) if romance else j  # (only a Romance name reads on)
        while h < last and hits[h] < i - 2:  # (the runs grow: the word before them is passed once)
            h += 1
        if h < last and hits[h] < after or _may_name(c, i, after, english):
            _read_run(c, i, after)
