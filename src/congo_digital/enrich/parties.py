"""Parties: the countries, people and organisations a story is about.

``find_parties`` tokenises the body and the title once each, finds country mentions
(``countries``), organisations (``organizations``) and people (``people``), then keeps the
*actors*:

* a country when its state acts or is the subject: "Kenya's Cabinet Secretary", "the
  Congolese government", "le gouvernement de la RDC", "Zambia has begun", a capital used
  as a metonym ("Moscow said"), its name in the title, or one of its officials among the
  people kept;
* a person with a role tied to a state or an organisation, or mentioned twice or more
  (full name, then surname or given name); bystanders (residents, analysts) are dropped;
* an organisation mentioned twice, or once as a subject ("World Athletics must ratify"),
  as a person's employer, or introduced by type ("the operator X"); ministries and
  governments count for their country, news agencies not at all.

Parties are ordered by a salience score (mentions, cues, title) and ``salience`` is that
score over the best one (0..1).  All data are loaded lazily on the first call.

Modules: ``party_context`` (the article tokenised once; countries, organisations and
people found), ``party_cues`` (the signs that a country or body acts); this module keeps
the actors and ranks them.
"""

from __future__ import annotations

from congo_digital.enrich.countries import CountryMention
from congo_digital.enrich.country_attributes import sports_story
from congo_digital.enrich.country_names import english_name
from congo_digital.enrich.live_digest import story_only
from congo_digital.enrich.organizations import Org
from congo_digital.enrich.party_actors import (
    Decision,
    decide,
    org_features,
    person_features,
    rounded,
    works_for,
)
from congo_digital.enrich.party_context import PartiesContext
from congo_digital.enrich.party_cues import country_cues, org_subject, state_agency, title_codes
from congo_digital.enrich.people import Person
from congo_digital.enrich.recogniser import RULES, Recogniser
from congo_digital.enrich.tokens import Token, cue_set, norm, role_words
from congo_digital.record import Party, Span


class _Countries:
    """The countries in play: their mentions (in order of first evidence) and the weight
    of the signs that their state acts (``cues``)."""

    __slots__ = ("mentions", "cues", "in_title", "why")
    # A plain class: a dataclass's generated methods cost start-up time and none is used.

    def __init__(self) -> None:
        self.mentions: dict[str, list[CountryMention]] = {}
        self.cues: dict[str, float] = {}
        self.in_title: list[str] = []
        self.why: dict[str, dict[str, float]] = {}

    def add(self, code: str, weight: float, reason: str, listed: bool = True) -> None:
        """Add ``weight`` to ``code``'s cues, under ``reason`` in its ``why``; ``listed``
        also puts it in play."""
        self.cues[code] = self.cues.get(code, 0) + weight
        if weight:
            why = self.why.setdefault(code, {})
            why[reason] = why.get(reason, 0) + weight
        if listed:
            self.mentions.setdefault(code, [])


def _countries(ctx: PartiesContext) -> _Countries:
    """The countries mentioned outside organisation names (capitals and cities only
    when they act) and those the title names (2 as subjects, 1 as objects or places); in a
    sports report (``country_attributes.sports_story``) a country acts through state words
    only, its name in the title or as a subject being its national team."""
    found = _Countries()
    team = sports_story(ctx.title_doc.tokens if ctx.title_doc else [], ctx.doc, ctx.lead_para + 2)
    for m in ctx.mentions:
        code = ctx.code(m)
        if code is None or any(k in ctx.org_at for k in range(m.i, m.j)):
            continue
        cues = country_cues(ctx, m, team)
        if m.kind in ("capital", "city", "seat") and not cues:
            continue
        found.mentions.setdefault(code, []).append(m)
        found.add(code, cues, "state_acts")
    titled = {} if team else title_codes(ctx)
    found.in_title = list(titled)
    for code, weight in titled.items():
        found.add(code, weight, "title")
    return found


def _fallback_country(ctx: PartiesContext, countries: _Countries, home: str | None) -> str | None:
    """The state of an official whose country the text implies: the country most
    mentioned by name, capital or city (names of national bodies included; demonyms only
    break ties, as they mostly say where people come from: "turistas británicos") not
    already represented by another official (unless it is named twice as often as any
    other: a story on one state, with many officials of it), else the main country in play
    unless it has its official already (then none: the naming phrase alone could tell),
    else (no country named at all) ``home``, the publication's country.  None either when
    another of those countries, named too, has more mentions than the one chosen once
    demonyms count: a story naming one state more and another by name and demonym more
    ("the US camp ... the UK ... British detainees") cannot tell whose "Home Secretary"
    speaks (a state only called by its demonym is where people come from)."""
    top = max(countries.mentions, key=lambda c: (len(countries.mentions[c]),
                                                 countries.cues.get(c, 0)), default=None)
    taken = {p.country for p in ctx.people if p.state_role and p.country and p.org is None}
    every: dict[str, tuple[int, int]] = {}
    for m in ctx.mentions:
        code = ctx.code(m)
        if code:
            named, demonyms = every.get(code, (0, 0))
            every[code] = (named, demonyms + 1) if m.kind == "demonym" else (named + 1, demonyms)
    ranked = sorted(every, key=lambda c: (-every[c][0], -every[c][1]))
    spare = [c for c in ranked if c not in taken]
    if ranked and (len(ranked) == 1 or every[ranked[0]][0] >= 2 * every[ranked[1]][0]):
        spare = ranked  # the story's one state: its officials are many
    if spare:
        lead = sum(every[spare[0]])
        return None if any(every[c][0] and sum(every[c]) > lead for c in spare[1:]) else spare[0]
    # every country named already has its official: which one this is cannot be told
    if top is None and not every:
        return home  # no country named at all: the publication's
    return top if top not in taken else None


def _home_state(ctx: PartiesContext, countries: _Countries, home: str | None) -> None:
    """The publication's own state acts unnamed: "Le gouvernement a présenté sa réforme" on a
    .fr page gives FR 2 (``home_state``) when a national government word (``cues.json``
    ``home_state_words``) is in the title, or is the subject of a verb in the lead ("Le
    ministre de la Santé a annoncé"), and the text names no other country.  Without a
    publication's country, the one country the title names, else the one country the
    text names, is the state that acts so unnamed (``implied_state``): "Cyclone makes
    landfall in Mozambique" then
    "the national disaster management institute said"; a national body ("national" or
    "federal", ``cues.json`` ``national_words``, before a body's word) also counts."""
    reason = "home_state"
    if home is None:
        named = {c for c in (ctx.code(m) for m in ctx.mentions) if c} | set(countries.in_title)
        if len(countries.in_title) != 1 and len(named) != 1:
            return
        home, reason = (countries.in_title or list(named))[0], "implied_state"
    elif any(ctx.code(m) not in (home, None) for m in ctx.mentions):
        return
    words = cue_set("home_state_words")
    title = ctx.title_doc.tokens if ctx.title_doc else []
    toks = ctx.doc.tokens
    lead = [k for k in ctx.doc.paragraph(ctx.lead_para) if not toks[k].ignored]
    tdoc = ctx.title_doc
    if tdoc is not None and any(
            t.norm in words and org_subject(tdoc, k, k + 1) and not _subnational(title, k)
            for k, t in enumerate(title)) or any(
            toks[k].norm in words and not _subnational(toks, k) for k in lead) or any(
            _national_body(toks, k) for k in lead):
        countries.add(home, 2, reason)


def _national_body(toks: list[Token], k: int) -> bool:
    """A national word at token ``k`` ("national", "federal": ``cues.json``
    ``national_words``) with a body's word within three tokens after it ("the national
    disaster management institute", "federal prosecutors")."""
    if toks[k].norm not in cue_set("national_words"):
        return False
    return any(toks[x].norm in cue_set("national_body_words") or toks[x].norm in cue_set("state_words")
               for x in range(k + 1, min(len(toks), k + 4)) if toks[x].sent == toks[k].sent)


def _subnational(toks: list[Token], k: int) -> bool:
    """The office at token ``k`` is a region's or a city's: a qualifier of ``cues.json``
    ``subnational_words`` right before or after it ("state government", "gobierno autonómico")."""
    sub = cue_set("subnational_words")
    return any(0 <= x < len(toks) and toks[x].norm in sub for x in (k - 1, k + 1))


def _office_of_state(p: Person) -> bool:
    """The role is an office only a state has ("ministra", "ambassador", "governor";
    a portfolio's secretary: "Health secretary", "Foreign Secretary", ``roles.json``
    ``portfolio``), not one that companies, unions and clubs have too ("president",
    "spokesman", "general secretary"; ``shared_offices``): only such an official's state
    may be implied."""
    shared = role_words("shared_offices")
    if not p.state_role:
        return False
    words = norm(p.role or "").split()
    portfolio = any(w == "secretary" and x and words[x - 1] in role_words("portfolio")
                    for x, w in enumerate(words))
    return portfolio or any(h not in shared for h in p.role_heads)


def _kept_people(ctx: PartiesContext, countries: _Countries, home: str | None
                 ) -> list[tuple[Person, Decision]]:
    """The people whose actor decision (``party_actors``) keeps them; their states' cues
    get 2 per official.  A kept official whose role names no state takes the state the
    text implies (``_fallback_country``) only after the decision: an implied state is
    no evidence that the person acts for it."""
    kept: list[tuple[Person, Decision]] = []
    for p in ctx.people:
        d = decide("person", person_features(ctx, p))
        if d.kept:
            kept.append((p, d))
    # the kept officials of no state (few: the implied state is found only for them, and
    # before any state gets an official's cues, which the choice reads)
    unplaced = [p.country is None and p.org is None and _office_of_state(p) for p, _ in kept]
    fallback = _fallback_country(ctx, countries, home) if any(unplaced) else None
    for (p, _), implied in zip(kept, unplaced, strict=True):
        if implied:
            p.country = fallback  # the state the text implies ("o ministro da Agricultura, X")
        if p.state_role and p.country and p.org is None:
            countries.add(p.country, 2, "official")
    return kept


def _kept_orgs(ctx: PartiesContext, countries: _Countries, people: list[Person]
               ) -> list[tuple[Org, Decision]]:
    """The organisations (not media) whose actor decision (``party_actors``) keeps them.
    Ministries and governments are no party: they give their country 2; a kept national
    body ("Bank of Uganda") gives its country 2 and puts it in play, not a body named after
    a city ("Institut Paris Région": sub-national, like a city's own bodies), nor a bank,
    institute or council under a demonym (``cues.json`` ``demonym_firm_heads``: "Deutsche
    Bank", "Indian Institute of Science", "Norwegian Refugee Council" are a company, a
    university and a charity; "Bank of Japan" acts).  A body named after its state and a
    state word acts for it (``_state_agency``)."""
    employers = {id(o) for o in map(works_for, people) if o is not None}
    kept: list[tuple[Org, Decision]] = []
    for o in ctx.orgs:
        if o.media:
            continue
        if o.state:
            for m in ctx.mentions_in(o):
                if ctx.code(m):
                    countries.add(ctx.code(m), 2, "state_body", listed=False)
            continue
        _state_agency(ctx, countries, o)
        d = decide("organization", org_features(ctx, o, id(o) in employers))
        if not d.kept:
            continue
        kept.append((o, d))
        for m in ctx.mentions_in(o):
            code = ctx.code(m)
            if code and not o.known:
                o.country = o.country or code
                words = {norm(w) for w in o.name.split()}
                firm = m.kind == "demonym" and words & cue_set("demonym_firm_heads")
                if m.kind in ("name", "demonym") and not firm and (
                        cue_set("national_body_words") | cue_set("deployed_words")) & words:
                    countries.add(code, 2, "national_body")
    return kept


def _state_agency(ctx: PartiesContext, countries: _Countries, o: Org) -> None:
    """A body named after its state and a state word ("Russian Defence Ministry", "UK
    Department of Health", "Nigerian Army": ``party_cues.state_agency``) is its state
    acting: the country's mention in it counts, with 2 (``state_body``)."""
    for m in ctx.mentions_in(o):
        code = ctx.code(m)
        if code and state_agency(ctx.doc, m, o.name):
            countries.mentions.setdefault(code, []).append(m)
            countries.add(code, 2, "state_body")


def _spans(ctx: PartiesContext, spans: list[tuple[int, int]]) -> list[Span]:
    toks = ctx.doc.tokens
    return [Span(start=toks[i].start, end=toks[j - 1].end) for i, j in spans]


def _position(ctx: PartiesContext, first_token: int) -> float:
    """How early the first mention comes: 1 at the start, 0 at the end."""
    return 1 - first_token / max(len(ctx.doc.tokens), 1)


def _campaign(ctx: PartiesContext) -> bool:
    """A campaign story: a campaign word ("election", "candidat", "Wahlkampf", "polls";
    ``cues.json`` ``campaign_words``) in the title, the lead or the two paragraphs after it."""
    words = cue_set("campaign_words")
    title = ctx.title_doc.tokens if ctx.title_doc else []
    if any(t.norm in words for t in title):
        return True
    at = ctx.doc.starting(words)  # paragraph ids grow with the tokens: the first is the earliest
    return bool(at) and ctx.doc.tokens[at[0]].para <= ctx.lead_para + 2


def _country_parties(ctx: PartiesContext, countries: _Countries, orgs: list[Org]
                     ) -> list[tuple[float, Party]]:
    """Countries with cues of 2 or more (one background subject is not enough).  In a
    campaign story the setting is no party: the country with most cues goes unless a
    state body or a kept organisation of its own acts, and the others need cues of 4."""
    doc = ctx.doc
    out = []
    setting = top = None
    least = 2
    if countries.cues and _campaign(ctx):
        least = 4
        top = max(countries.cues, key=lambda c: countries.cues[c])
        own = {o.country for o in orgs} | {ctx.code(m) for o in orgs for m in ctx.mentions_in(o)}
        if not {"state_body", "national_body"} & set(countries.why.get(top, {})) and top not in own:
            setting = top
    for code, ms in countries.mentions.items():
        cues = countries.cues.get(code, 0)
        if cues < (2 if code == top else least) or code == setting:
            continue
        name = english_name(code)
        named = norm(name)
        aliases: list[str] = []
        for m in ms:
            form = doc.span_text(m.i, m.j)
            if m.kind == "compound":  # "US-Präsident": the name printed is its first part
                form = form.split("-", 1)[0]
            if form not in aliases and norm(form) != named:
                aliases.append(form)
        first = ms[0].i / max(len(doc.tokens), 1) if ms else 1.0
        score = 2 * min(cues, 4) + len(ms) + (code in countries.in_title) * 2 + (1 - first)
        out.append((score, Party(
            name=name, kind="country", country=code, aliases=aliases, mentions=len(ms),
            evidence=_spans(ctx, [(m.i, m.j) for m in ms]),
            why={**countries.why.get(code, {}), "score": rounded(score, 2)})))
    return out


def _person_party(ctx: PartiesContext, p: Person, d: Decision, kept_ids: set[int]
                  ) -> tuple[float, Party]:
    """A person: affiliated with a kept (or known) employer, else with their state; the
    decision's features are its ``why``."""
    org = p.org if p.org is not None and (id(p.org) in kept_ids or p.org.known) else None
    if org is not None:
        affiliation: str | None = org.name
        country = p.country if p.country and not org.known else org.country or (
            p.country if not org.known else None)
    else:
        affiliation = p.country if (p.state_role or p.country_strong) else None
        country = p.country
    score = 1.5 * len(p.mentions) + 2 * bool(p.role) + p.state_role + _position(
        ctx, p.mentions[0][0])
    return score, Party(
        name=p.name, kind="person", country=country, role=p.role, affiliation=affiliation,
        aliases=p.aliases, mentions=len(p.mentions), evidence=_spans(ctx, p.mentions),
        why={**d.why, "score": d.score})


def _org_party(ctx: PartiesContext, o: Org, d: Decision) -> tuple[float, Party]:
    """An organisation, with the other forms printed in the text as aliases and the
    decision's features as its ``why``."""
    doc = ctx.doc
    aliases: list[str] = []
    seen = {" ".join(doc.span_text(i, j).split()) for i, j in o.mentions}
    name = norm(o.name)
    for a in [doc.span_text(i, j) for i, j in o.mentions] + o.acronyms + o.aliases:
        a = " ".join(a.split())
        if a in seen and a not in aliases and norm(a) != name:
            aliases.append(a)  # only forms printed in the text
    return d.score + _position(ctx, o.mentions[0][0]), Party(
        name=o.name, kind="organization", country=o.country, aliases=aliases,
        mentions=len(o.mentions), evidence=_spans(ctx, o.mentions), why={**d.why, "score": d.score})


def _ranked(scored: list[tuple[float, Party]]) -> list[Party]:
    """The parties by score, best first, with ``salience`` = score / best score."""
    if not scored:
        return []
    scored.sort(key=lambda x: -x[0])
    best = scored[0][0] or 1.0
    for s, party in scored:
        party.salience = rounded(max(0.0, min(1.0, s / best)), 3)
    return [party for _, party in scored]


def find_parties(
    body: str, *, title: str | None = None, language: str | None = None,
    recogniser: Recogniser = RULES, home: str | None = None,
) -> list[Party]:
    """Return the actors of the story, most important first.

    ``body`` is ``Article.body`` (paragraphs separated by blank lines); evidence spans are
    character offsets into it.  ``language`` is a BCP 47 tag or ``None`` (then guessed from
    function words); French acronyms such as UIT/CEDEAO are read in French text only.
    ``title`` (the headline) adds weight to the countries and bodies it names.  Countries
    are named in English ("Republic of the Congo"), international organisations by their
    English name; people and other bodies as written.  Each ``Party`` carries its
    ``aliases`` (other printed forms), ``mentions`` and ``evidence`` (one span per mention)
    and ``salience`` (score over the best score, 0..1).  Never raises on ordinary text;
    cost is linear in the body's length (about 10 ms for 5 KB once data are loaded; the
    first call in a process loads the gazetteer and the organisation index from the per-user
    cache, about 20 ms; the first ever builds them from pycountry and CLDR, about 0.3 s).
    ``recogniser`` finds the name candidates (``enrich.recogniser.choose``; default the rules).
    ``home`` is the ISO code of the publication's country (``country_names.home_country`` of the
    page's address) or ``None``: the state of an official when the text names none.
    """
    if not body or not body.strip():
        return []
    if title:  # a soft hyphen the record's title keeps is no letter: names are read without it
        title = title.replace("\xad", "")
    body = story_only(body, title)  # a live page: the headline's item only
    ctx = PartiesContext(body, title, language, recogniser)
    countries = _countries(ctx)
    _home_state(ctx, countries, home)
    decided = _kept_people(ctx, countries, home)
    people = [p for p, _ in decided]
    orgs = _kept_orgs(ctx, countries, people)
    kept_ids = {id(o) for o, _ in orgs}
    scored = _country_parties(ctx, countries, [o for o, _ in orgs])
    scored += [_person_party(ctx, p, d, kept_ids) for p, d in decided]
    scored += [_org_party(ctx, o, s) for o, s in orgs]
    return _ranked(scored)
