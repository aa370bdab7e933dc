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
"""

from __future__ import annotations

from congo_digital.enrich.countries import (
    AMBIGUOUS,
    CountryMention,
    english_name,
    find_mentions,
    resolve_congo,
)
from congo_digital.enrich.doc import make_doc
from congo_digital.enrich.organizations import Org, OrgFinder
from congo_digital.enrich.people import PeopleFinder, Person
from congo_digital.enrich.tokens import Doc, TokenMemo, cue_set, norm
from congo_digital.model import Party, Span

NATIONAL_BODY = frozenset(
    "commission authority autorité bank banque banco office institute institut instituto "
    "agency agence agencia council conseil police revenue ministry ministère electoral "
    "électorale board bureau".split()
)


def _is_verbish(doc: Doc, k: int) -> bool:
    """True when token ``k`` looks like the verb after a subject (lower-case, not a
    preposition/determiner), skipping "on Monday"-style adverbials."""
    toks, n = doc.tokens, len(doc.tokens)
    preps = cue_set("prepositions") | cue_set("determiners")
    cal = cue_set("calendar")
    while k < n:
        t = toks[k]
        if t.norm in ("on", "this", "last", "el", "le") and k + 1 < n and toks[k + 1].norm in cal:
            k += 2
            continue
        if t.norm in ("on", "in") and k + 1 < n and toks[k + 1].text.isdigit():
            k += 2
            continue
        break
    if k >= n:
        return False
    t = toks[k]
    if t.norm in ("has", "have", "is", "was", "will", "would", "can", "could", "must", "a",
                  "ha", "tem", "hat", "ont", "est", "é"):
        return True
    return t.is_word and not t.cap and t.norm not in preps and t.sent == toks[k - 1].sent


class _Ctx:
    """One article's shared views: the body and the title are tokenised once each here,
    and organisation names once each through ``names``; the passes below read them."""

    def __init__(self, body: str, title: str | None, language: str | None) -> None:
        self.doc = make_doc(body, language)
        self.title = title or ""
        self.title_doc = make_doc(self.title, self.doc.lang) if self.title else None
        self.names = TokenMemo()
        self.mentions = find_mentions(self.doc)
        self.congo = resolve_congo(self.mentions, self.doc)
        self.mention_at = {m.i: m for m in self.mentions}
        self.congos_in_sentence: dict[int, set[str]] = {}
        for x in self.mentions:
            if x.code in ("CG", "CD"):
                self.congos_in_sentence.setdefault(self.doc.tokens[x.i].sent, set()).add(x.code)
        self.lead_para = _lead_para(self.doc)
        country_tok = {k: m.code for m in self.mentions for k in range(m.i, m.j)}
        demonyms = {k for m in self.mentions if m.kind == "demonym" for k in range(m.i, m.j)}
        finder = OrgFinder(self.doc, country_tok, demonyms, self.names)
        self.orgs = finder.run()
        self.org_at = finder.claimed
        self.people = PeopleFinder(self.doc, self.mentions, self.orgs, self.org_at,
                                   self.congo).run()

    def code(self, m: CountryMention) -> str | None:
        """Resolved code of a mention; a bare "Congo" takes the Congo named in the same
        sentence, else the only Congo named in the article, else ``None``."""
        if m.code != AMBIGUOUS:
            return m.code
        near = self.congos_in_sentence.get(self.doc.tokens[m.i].sent, set())
        if len(near) == 1:
            return next(iter(near))
        return self.congo


def _lead_para(doc: Doc) -> int:
    """Paragraph id of the lead: the first with eight words or more in running text."""
    counts: dict[int, int] = {}
    for t in doc.tokens:
        if t.is_word and not t.ignored:
            counts[t.para] = counts.get(t.para, 0) + 1
            if counts[t.para] >= 8:
                return t.para
    return -1


def _country_cues(ctx: _Ctx, m: CountryMention) -> float:
    """Weight of the signs that the state acts in this mention: 2 for a state word
    ("Kenya's minister", "le gouvernement de la RDC", "Ugandan officials"); for a subject
    ("Zambia has begun") or a capital metonym ("Moscow said"), 2 in the lead paragraph
    and 1 elsewhere (background: "Ethiopia opened its market in 2021")."""
    doc = ctx.doc
    toks, n = doc.tokens, len(doc.tokens)
    state = cue_set("state_words")
    preps = cue_set("prepositions")
    dets = cue_set("determiners")
    cues = 0.0
    lead = 2.0 if toks[m.i].para == ctx.lead_para else 1.0
    j = m.j
    if j < n and toks[j].norm == "'s":
        for x in range(j + 1, min(n, j + 4)):
            if not toks[x].is_word:
                break
            if toks[x].norm in state:
                cues += 2
                break
    if m.kind == "demonym":
        for x in list(range(m.j, min(n, m.j + 2))) + list(range(max(0, m.i - 2), m.i)):
            if toks[x].norm in state and toks[x].sent == toks[m.i].sent:
                cues += 2
                break
        return cues
    # "le gouvernement de la RDC", "Police in Uganda", "El Gobierno de España"
    k = m.i - 1
    extra = 0
    linkers = {"of", "the", "de", "la", "le", "du", "des", "l'", "d'", "do", "da", "dos", "das",
               "del", "in", "en", "von", "der", "el", "los", "las", "em", "no", "na"}
    while k >= 0 and k >= m.i - 6 and toks[k].sent == toks[m.i].sent:
        t = toks[k]
        if t.norm in state:
            cues += 2
            break
        if t.norm in linkers:
            k -= 1
            continue
        if t.is_word and not t.cap and t.norm not in preps and extra == 0:
            extra += 1
            k -= 1
            continue
        break
    if m.kind == "capital":
        prev = toks[m.i - 1].norm if m.i else ""
        if j < n and toks[j].norm in cue_set("metonym_verbs") and prev not in preps:
            cues += lead
        return cues
    if m.kind != "name":
        return cues
    # subject of a verb: "Zambia has begun", "Kenya and Ethiopia agreed"
    first = m
    while True:  # walk back to the head of a coordinated list of countries
        b = first.i - 1
        while b >= 0 and toks[b].norm in dets:
            b -= 1
        if b < 1 or toks[b].norm not in (",", "and", "et", "y", "e", "und"):
            break
        c = b - 1
        prev_m = next((x for x in (ctx.mention_at.get(c - w) for w in range(4)) if x), None)
        if prev_m is None or prev_m.j != c + 1 or prev_m.kind != "name":
            break
        first = prev_m
    s = first.i - 1
    while s >= 0 and toks[s].norm in dets:
        s -= 1
    # after an introductory clause ("Since 1998, Russia has"); list commas were walked over
    at_start = s < 0 or toks[s].sent != toks[m.i].sent or toks[s].text in ",—–-:"
    prev_ok = at_start or (toks[s].norm not in preps and toks[s].norm not in ("'s", "(") and (
        toks[s].is_word or toks[s].text in ("—", "–")))
    if prev_ok:
        k = j
        # skip a coordinated list of countries: "Kenya, Uganda and Tanzania have"
        while k < n and toks[k].norm in (",", "and", "et", "y", "e", "und"):
            k2 = k + 1
            while k2 < n and toks[k2].norm in dets:
                k2 += 1
            nxt = ctx.mention_at.get(k2)
            if nxt is None:
                break
            k = nxt.j
        if k < n and _is_verbish(doc, k):
            cues += lead
    return cues


def _title_codes(ctx: _Ctx) -> list[str]:
    """ISO codes of the countries the title names as subjects (a bare "Congo" takes the
    article's Congo), once each, in title order (the order breaks ties between countries
    the same way in every run); reads every token of ``ctx.title_doc``, clearing its
    ignored flags."""
    tdoc = ctx.title_doc
    if tdoc is None:
        return []
    for t in tdoc.tokens:
        t.ignored = False
    out: list[str] = []
    state = cue_set("state_words")
    for m in find_mentions(tdoc):
        toks = tdoc.tokens
        if m.j < len(toks) and toks[m.j].norm == "'s" and not any(
                t.norm in state for t in toks[m.j + 1 : m.j + 4]):
            continue  # "Kenya's Safaricom buys ...": a qualifier, not the subject
        if m.kind == "name":
            c = ctx.congo if m.code == AMBIGUOUS else m.code
            if c and c not in out:
                out.append(c)
    return out


def _org_subject(doc: Doc, i: int, j: int) -> bool:
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
    return prev_ok and k < n and _is_verbish(doc, k)


def _mentions_in(ctx: _Ctx, o: Org) -> list[CountryMention]:
    """Country mentions inside the organisation's mentions ("Bank of Uganda")."""
    out = []
    for i, j in o.mentions[:50]:
        for k in range(i, j):
            m = ctx.mention_at.get(k)
            if m is not None:
                out.append(m)
    return out


def _attributed(doc: Doc, i: int) -> bool:
    toks = doc.tokens
    attr = cue_set("attribution")
    return any(toks[x].norm in attr for x in range(max(0, i - 4), i))


def find_parties(
    body: str, *, title: str | None = None, language: str | None = None
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
    first call loads pycountry/babel names, about 0.3 s).
    """
    if not body or not body.strip():
        return []
    ctx = _Ctx(body, title, language)
    doc = ctx.doc
    toks = doc.tokens
    title_norm = " ".join(t.norm for t in ctx.title_doc.tokens) if ctx.title_doc else ""

    # --- countries: mentions and cues ---------------------------------------------------
    c_mentions: dict[str, list[CountryMention]] = {}
    c_cues: dict[str, float] = {}
    for m in ctx.mentions:
        code = ctx.code(m)
        if code is None:
            continue
        in_org = any(k in ctx.org_at for k in range(m.i, m.j))
        if in_org:
            continue
        cues = _country_cues(ctx, m)
        if m.kind in ("capital", "city") and not cues:
            continue
        c_mentions.setdefault(code, []).append(m)
        c_cues[code] = c_cues.get(code, 0) + cues
    title_codes = _title_codes(ctx)
    for code in title_codes:
        c_cues[code] = c_cues.get(code, 0) + 2
        c_mentions.setdefault(code, [])
    top_country = max(c_mentions, key=lambda c: (len(c_mentions[c]), c_cues.get(c, 0)),
                      default=None)

    # --- people --------------------------------------------------------------------------
    kept_people: list[Person] = []
    taken = {p.country for p in ctx.people if p.state_role and p.country and p.org is None}
    every: dict[str, int] = {}  # all mentions, names of national bodies included
    for m in ctx.mentions:
        code = ctx.code(m)
        if code:
            every[code] = every.get(code, 0) + 1
    spare = [c for c in sorted(every, key=lambda c: -every[c]) if c not in taken]
    fallback = spare[0] if spare else top_country
    for p in ctx.people:
        if p.bystander:
            continue
        if p.state_role and p.country is None and p.org is None:
            # an official whose state the text implies: the main country not already
            # represented by another official ("o ministro da Agricultura, X")
            p.country = fallback
        affiliated = p.org is not None or (p.state_role and p.country is not None)
        if len(p.mentions) >= 2 or (p.role and affiliated):
            kept_people.append(p)
    for p in kept_people:
        if p.state_role and p.country and p.org is None:
            c_cues[p.country] = c_cues.get(p.country, 0) + 2
            c_mentions.setdefault(p.country, [])

    # --- organisations -------------------------------------------------------------------
    employers = {id(p.org) for p in kept_people if p.org is not None}
    kept_orgs: list[tuple[Org, float]] = []
    for o in ctx.orgs:
        if o.media:
            continue
        # "Full Name (ACR)" is one mention site, not two
        n_m = len(o.mentions) - sum(
            1 for (a, _b), (_c, d) in zip(o.mentions[1:], o.mentions, strict=False)
            if a == d + 1 and toks[d].text == "(")
        subj = any(_org_subject(doc, i, j) for i, j in o.mentions)
        attrib = n_m == 1 and _attributed(doc, o.mentions[0][0])
        in_title = any(
            f and " ".join(f) in title_norm for f in o.forms
        ) if title_norm else False
        score = n_m + 1.5 * subj + 1.5 * (id(o) in employers) + in_title + 1.0 * o.typed
        score += 1.0 * o.defined  # writers define acronyms for the bodies that matter
        score -= 1.5 * attrib
        if o.state:
            # a ministry or government acts for its country
            for m in _mentions_in(ctx, o):
                if ctx.code(m):
                    c_cues[ctx.code(m)] = c_cues.get(ctx.code(m), 0) + 2
            continue
        if score >= 2:
            kept_orgs.append((o, score))
            for m in _mentions_in(ctx, o):
                if ctx.code(m) and not o.known:
                    o.country = o.country or ctx.code(m)
                    if NATIONAL_BODY & {norm(w) for w in o.name.split()}:
                        c_cues[ctx.code(m)] = c_cues.get(ctx.code(m), 0) + 2
                        c_mentions.setdefault(ctx.code(m), [])
    kept_ids = {id(o) for o, _ in kept_orgs}

    # --- assemble ------------------------------------------------------------------------
    scored: list[tuple[float, Party]] = []
    for code, ms in c_mentions.items():
        cues = c_cues.get(code, 0)
        if cues < 2:
            continue  # one background subject is not enough
        name = english_name(code)
        aliases = []
        for m in ms:
            form = doc.span_text(m.i, m.j)
            if norm(form) != norm(name) and form not in aliases:
                aliases.append(form)
        first = ms[0].i / max(len(toks), 1) if ms else 1.0
        score = 2 * min(cues, 4) + len(ms) + (code in title_codes) * 2 + (1 - first)
        scored.append((score, Party(
            name=name, kind="country", country=code, aliases=aliases, mentions=len(ms),
            evidence=[Span(start=toks[m.i].start, end=toks[m.j - 1].end) for m in ms])))
    for p in kept_people:
        org = p.org if p.org is not None and (id(p.org) in kept_ids or p.org.known) else None
        if org is not None:
            affiliation = org.name
            country = p.country if p.country and not org.known else org.country or (
                p.country if not org.known else None)
        else:
            affiliation = p.country if (p.state_role or p.country_strong) else None
            country = p.country
        first = p.mentions[0][0] / max(len(toks), 1)
        score = 1.5 * len(p.mentions) + 2 * bool(p.role) + p.state_role + (1 - first)
        scored.append((score, Party(
            name=p.name, kind="person", country=country, role=p.role, affiliation=affiliation,
            aliases=p.aliases, mentions=len(p.mentions),
            evidence=[Span(start=toks[i].start, end=toks[j - 1].end) for i, j in p.mentions])))
    for o, s in kept_orgs:
        aliases = []
        seen = {" ".join(doc.span_text(i, j).split()) for i, j in o.mentions}
        for a in [doc.span_text(i, j) for i, j in o.mentions] + o.acronyms + o.aliases:
            a = " ".join(a.split())
            if a in seen and norm(a) != norm(o.name) and a not in aliases:
                aliases.append(a)  # only forms printed in the text
        first = o.mentions[0][0] / max(len(toks), 1)
        scored.append((s + (1 - first), Party(
            name=o.name, kind="organization", country=o.country, aliases=aliases,
            mentions=len(o.mentions),
            evidence=[Span(start=toks[i].start, end=toks[j - 1].end) for i, j in o.mentions])))
    if not scored:
        return []
    scored.sort(key=lambda x: -x[0])
    best = scored[0][0] or 1.0
    out = []
    for s, party in scored:
        party.salience = round(max(0.0, min(1.0, s / best)), 3)
        out.append(party)
    return out
