"""One article as the parties pass sees it: the body and the title tokenised once each,
the country mentions, the organisations and the people found in them."""

from __future__ import annotations

from bisect import bisect_left

from congo_digital.enrich.congo import resolve_congo
from congo_digital.enrich.countries import AMBIGUOUS, CountryMention, find_mentions
from congo_digital.enrich.country_attributes import document_place
from congo_digital.enrich.doc import make_doc
from congo_digital.enrich.lexicon import first_name, place
from congo_digital.enrich.organizations import Org, OrgFinder
from congo_digital.enrich.people import PeopleFinder
from congo_digital.enrich.people_scope import honorific
from congo_digital.enrich.recogniser import RULES, NameSpan, Recogniser
from congo_digital.enrich.tokens import Doc, TokenMemo, cue_set


def token_spans(doc: Doc, spans: list[NameSpan], label: str) -> list[tuple[int, int]]:
    """The token ranges ``[i, j)`` of the ``label`` spans: the tokens that start and end
    inside each span (spans with no whole token are dropped)."""
    toks = doc.tokens
    starts = [t.start for t in toks]
    out = []
    for sp in spans:
        if sp.label != label:
            continue
        i = bisect_left(starts, sp.start)
        j = i
        while j < len(toks) and toks[j].end <= sp.end:
            j += 1
        if j > i:
            out.append((i, j))
    return out


def _misread(doc: Doc, i: int, j: int, names: set[str]) -> bool:
    """The organisation or place span ``[i, j)`` of a statistical recogniser is no name
    the rules should give way to.  Small pipelines label one name differently from mention
    to mention and cut names at odd places, so the span is set aside when it

    * opens with a lower-case word ("ministre des Sports Laura Flessel");
    * opens with an honorific ("Dre Hélène Rakotondrabe-Sy");
    * is two words or more opening with a given name and is no known place ("Aimée
      Kayembe Ngoy");
    * is the tail of a longer capitalised run ("M'Jid [El Guerrab]");
    * is a name the recogniser labels a person elsewhere in the article, or one word of
      such a name (a later mention by surname or given name: "Caicedo" after "Moisés
      Caicedo");
    * joins two names: a conjunction then a determiner ("l'Assemblée et le Sénat").

    Given names, honorifics, conjunctions and determiners are the rules' data
    (``lexicon``, ``data/roles.json``, ``data/cues.json``)."""
    toks = doc.tokens
    first = toks[i]
    if not first.cap or honorific(first):
        return True
    if " ".join(t.norm for t in toks[i:j]) in names:
        return True
    if i > 0 and toks[i - 1].cap and toks[i - 1].is_word and toks[i - 1].sent == first.sent:
        return True
    if j - i >= 2 and first_name(first.norm) and not place(doc.span_text(i, j)):
        return True
    links, determiners = cue_set("roster_links"), cue_set("determiners")
    return any(toks[k].norm in links and toks[k + 1].norm in determiners for k in range(i, j - 1))


def recognised(doc: Doc, found: list[NameSpan]
               ) -> tuple[list[tuple[int, int]], list[tuple[int, int]], set[int]]:
    """A statistical recogniser's spans as token ranges: its person spans, its organisation
    spans, and the tokens of its organisation and place spans (no person's name is read
    there), leaving out the organisation and place spans the rules need not give way to
    (``_misread``)."""
    persons = token_spans(doc, found, "person")
    # the recogniser's person names, and each word of those of two words or more
    names = {" ".join(t.norm for t in doc.tokens[i:j]) for i, j in persons}
    names |= {t.norm for i, j in persons if j - i >= 2 for t in doc.tokens[i:j] if t.cap}
    orgs: list[tuple[int, int]] = []
    not_person: set[int] = set()
    for label in ("org", "place"):
        for i, j in token_spans(doc, found, label):
            if _misread(doc, i, j, names):
                continue
            if label == "org":
                orgs.append((i, j))
            not_person.update(range(i, j))
    return persons, orgs, not_person


def lead_para(doc: Doc, title_norm: str = "") -> int:
    """Paragraph id of the lead: the first with eight words or more in running text
    (-1 when none), not one that repeats a headline of three tokens or more and is at most
    twice as long (``title_norm``: its tokens' norms joined by spaces; "Montréal La fin des
    trottinettes…" over the story is no lead)."""
    counts: dict[int, int] = {}
    repeats: set[int] = set()
    size = title_norm.count(" ") + 1 if title_norm else 0
    if size >= 3:  # only a paragraph of at most twice the headline's tokens is joined and searched
        norms = doc.norms()
        repeats = {p for p, r in doc.paragraphs().items()
                   if len(r) <= 2 * size and title_norm in " ".join(norms[r.start:r.stop])}
    for t in doc.tokens:
        if t.is_word and not t.ignored and t.para not in repeats:
            counts[t.para] = counts.get(t.para, 0) + 1
            if counts[t.para] >= 8:
                return t.para
    return -1


class PartiesContext:
    """One article's shared views: the body and the title are tokenised once each here,
    and organisation names once each through ``names``; the parties passes read them."""

    def __init__(self, body: str, title: str | None, language: str | None,
                 recogniser: Recogniser = RULES) -> None:
        """Tokenise ``body`` and ``title`` (``language`` a BCP 47 tag or ``None``), then
        find the country mentions, the organisations and the people, with the name
        candidates of ``recogniser`` when it gives any (``enrich.recogniser``)."""
        self.doc = make_doc(body, language)
        found = recogniser.spans(body)
        persons, org_spans, not_person = (None, [], set()) if found is None else recognised(self.doc, found)
        self.title = title or ""
        self.title_doc = make_doc(self.title, self.doc.lang) if self.title else None
        # (from the caches make_doc's walk filled: ``Doc.norms``, ``Doc.capitalised``)
        title_norms = self.title_doc.norms() if self.title_doc else []
        self.title_norm = " ".join(title_norms)
        # the headline's capitalised words, read by the organisation and the people passes
        self.title_caps = frozenset(map(title_norms.__getitem__, self.title_doc.capitalised())) \
            if self.title_doc else frozenset()
        self._edges: tuple[frozenset[int], frozenset[int]] | None = None
        self.names = TokenMemo()
        # a city naming a treaty is no state ("el Tratado de Lisboa": ``document_place``)
        self.mentions = [m for m in find_mentions(self.doc) if m.kind not in ("capital", "city") or (
            not document_place(self.doc.tokens, m.i, m.j))]
        self.congo = resolve_congo(self.mentions, self.doc)
        self.mention_at = {m.i: m for m in self.mentions}
        self.congos_in_sentence: dict[int, set[str]] = {}
        for x in self.mentions:
            if x.code in ("CG", "CD"):
                self.congos_in_sentence.setdefault(self.doc.tokens[x.i].sent, set()).add(x.code)
        self.lead_para = lead_para(self.doc, self.title_norm)
        country_tok = {k: m.code for m in self.mentions for k in range(m.i, m.j)}
        demonyms = {k for m in self.mentions if m.kind == "demonym" for k in range(m.i, m.j)}
        finder = OrgFinder(self.doc, country_tok, demonyms, self.names)
        finder.recognised = org_spans
        if self.title_doc is not None:
            finder.title_words = self.title_caps
            finder.title_norms = frozenset(title_norms)
        self.orgs = finder.run()
        self.org_at = finder.claimed
        people = PeopleFinder(self.doc, self.mentions, self.orgs, self.org_at, self.congo)
        people.recognised = persons
        people.not_person = not_person
        self.people = people.run()

    def code(self, m: CountryMention) -> str | None:
        """Resolved code of a mention; a bare "Congo" takes the Congo named in the same
        sentence, else the only Congo named in the article, else ``None``."""
        if m.code != AMBIGUOUS:
            return m.code
        near = self.congos_in_sentence.get(self.doc.tokens[m.i].sent, set())
        if len(near) == 1:
            return next(iter(near))
        return self.congo

    def person_edges(self) -> tuple[frozenset[int], frozenset[int]]:
        """The token indices where people's mentions start (and where a role that runs up to
        a person's first mention starts: "Premier X"), and those where they end (one past
        the last token), found on first use and kept: the actor features of every person
        read them (``party_actors``), and the people's mentions are settled by then."""
        if self._edges is None:
            people = self.people
            starts = {a for q in people for a, _ in q.mentions} | {
                q.role_span[0] for q in people
                if q.role_span and q.mentions and q.role_span[1] == q.mentions[0][0]}
            self._edges = frozenset(starts), frozenset(b for q in people for _, b in q.mentions)
        return self._edges

    def title_skipped(self, mentions: list[CountryMention]) -> set[int]:
        """The starts of the title's country ``mentions`` that name no country: inside a
        name of one of the text's organisations printed whole ("Forza Italia trova
        l'accordo" over a text on Forza Italia: its name or another form, ``Org.forms``),
        or a word of the name of one of the text's people whose country the text never
        names ("Montenegro visita Madrid" over a text on Luís Montenegro)."""
        if self.title_doc is None or not mentions:
            return set()
        norms = [t.norm for t in self.title_doc.tokens]
        at: dict[str, list[int]] = {}
        for k, w in enumerate(norms):
            at.setdefault(w, []).append(k)
        inside: set[int] = set()
        for o in self.orgs:
            for form in o.forms:
                for i in at.get(form[0], ()):
                    if tuple(norms[i : i + len(form)]) == form:
                        inside.update(range(i, i + len(form)))
        named = {self.code(m) for m in self.mentions}
        body = self.doc.norms()
        people = {w for p in self.people for i, j in p.mentions for w in body[i:j]}
        return {m.i for m in mentions if m.i in inside or m.j - m.i == 1 and norms[m.i] in people and (
            m.code not in named)}

    def mentions_in(self, o: Org) -> list[CountryMention]:
        """Country mentions inside the organisation's mentions ("Bank of Uganda"; its
        first 50 mentions)."""
        out = []
        for i, j in o.mentions[:50]:
            for k in range(i, j):
                m = self.mention_at.get(k)
                if m is not None:
                    out.append(m)
        return out
