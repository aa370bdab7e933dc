"""People: title-case name spans with their role (apposition or title) and later mentions.

Rules (no statistical model):

* a name is a run of two to five capitalised tokens (particles such as "de", "da", "van"
  allowed inside) that are not role words, honorifics, portfolio words ("Innovation"),
  calendar words, or part of a country or organisation mention;
* it is a person when it has a role ("Minister of X, Name", "Name, the X ambassador",
  "President Name"), an honorific ("Dr", "Mme", "Hon."), a speech verb next to it
  ("said Name", "Name told") or a later mention by part of the name ("Ibombo", "Mesfin",
  "Ndong Obiang"), a known given name first ("Udo Wachtveitl", ``data/first_names.json``)
  or an age in brackets after it ("(62)");
* with a statistical recogniser, a given name alone that its one-word person span holds
  and that is introduced ("raconte Antoine", ``lone_given_names``);
* the role is the phrase from the earliest role head word (``data/roles.json``) before the
  name, back to its modifiers, up to the name; or the apposition after "Name, ...".
  A leading demonym or possessive ("Congolese", "Kenya's", "the agency's") is dropped and
  kept as the role's country or organisation.

Modules: ``people_scope`` (the ``Person`` record and the shared view of the article),
``people_names`` (name candidates), ``people_merge`` (one person under several names and
short mentions), ``people_things`` (runs that name
no person: interface labels, picture credits, things), ``people_roles`` (titles and
appositions), ``people_affiliation`` (employer and country, a counterpart's role); ``PeopleFinder.run`` calls
them in turn and keeps the names with evidence (``accepted``, here).
"""

from __future__ import annotations

from congo_digital.enrich.lexicon import first_name
from congo_digital.enrich.people_affiliation import apply_role, counterpart
from congo_digital.enrich.people_merge import (
    add_short_mentions,
    merge_contained,
    merge_inflected,
    merge_short_forms,
    split_joined,
    unjoin,
)
from congo_digital.enrich.people_names import Key, Names, collect_names, speech_near
from congo_digital.enrich.people_roles import post_role, pre_role
from congo_digital.enrich.people_scope import PeopleScope, Person
from congo_digital.enrich.people_starts import age_after
from congo_digital.enrich.people_things import employer_role
from congo_digital.enrich.tokens import cue_set

__all__ = ["PeopleFinder", "Person"]

_COUNTRY_PREPS = cue_set("country_prepositions")
_PLACE_PREPS = cue_set("place_prepositions")
# the evidence that a name is a person's, not a body's or a thing's (``accepted``)
PERSON_SIGNS = frozenset({"recognised", "given_name", "honorific", "age", "role"})


def _lone_span(s: PeopleScope, i: int) -> bool:
    """A recogniser's person span holds token ``i`` and no other capitalised word."""
    toks = s.toks
    return any(a <= i < b and not any(toks[k].cap and toks[k].is_word for k in range(a, b) if k != i)
               for a, b in s.recognised or ())


def lone_given_names(s: PeopleScope, names: Names) -> None:
    """With a statistical recogniser, people named by a given name alone, as reports name
    the people they meet ("Antoine, 32 ans, chargé de cours", "glisse Zineb"): a
    one-word person span whose word is a known given name (``lexicon.first_name``) and no
    word of a full name of the article (then it is that person's short mention).  Its
    one-word mentions move from ``names.singles`` to a person of their own; ``accepted``
    asks of such a person a sign that it is introduced (a speech verb, a role, an age).
    The rules alone take no one-word name for a person: a given name alone is also a
    street's, a brand's or a saint's, and the recogniser's label tells them apart."""
    if s.recognised is None or not names.singles:
        return
    toks = s.toks
    in_full = {w for key in names.people for w in key}
    lone = {toks[i].norm for i, j in names.singles if j - i == 1 and toks[i].norm not in in_full
            and first_name(toks[i].norm) and _lone_span(s, i)}
    if not lone:
        return
    rest = []
    for i, j in names.singles:
        word = toks[i].norm
        if j - i != 1 or word not in lone:
            rest.append((i, j))
            continue
        if (word,) not in names.people:
            names.people[(word,)] = Person((word,), toks[i].text)
            names.order.append((word,))
        names.people[(word,)].mentions.append((i, j))
        s.person_tok.add(i)
    names.singles = rest
    names.order.sort(key=lambda key: names.people[key].mentions[0][0])


def _place_context(s: PeopleScope, i: int) -> bool:
    """The name follows a place preposition ("in Kigali", "à Brazzaville"), not one after
    a body a person leads (``cues.json`` ``led_bodies``: "l'administration de Name")."""
    toks = s.toks
    return i >= 1 and toks[i - 1].norm in _PLACE_PREPS and not (
        i >= 2 and toks[i - 2].norm in cue_set("led_bodies"))


def accepted(s: PeopleScope, names: Names, keys: list[Key]) -> list[Person]:
    """The people with evidence, in order of first mention, their mentions sorted: not
    names only ever after a place preposition (unless a role or an honorific), and in
    German not names with short mentions only (nouns are capitalised there).  With a
    statistical recogniser, a name needs a sign that it is a person's (``PERSON_SIGNS``: its
    person label, a given name, an honorific, an age or a role): a later short mention or
    a speech verb only says that a name is repeated or speaks, as products, parties and
    companies are and do ("Twitter Lite", "Apruebo Dignidad"), and the recogniser that
    gives no name of them a person label says which; and a name whose only sign is that
    label is no person's when the text also writes its first word in lower case: small
    pipelines label capitalised common nouns as people ("las Normas Transitorias",
    "l'Affaire Benalla"), while a given name opening a person's name is rarely a common
    word of the same text.  A one-word name (``people.lone_given_names``) needs a speech
    verb, a role or an age besides.  A name whose role ends in an employer link ("director
    at") is the employer's (``people_things.employer_role``)."""
    out = []
    german = (s.doc.lang or "").lower().startswith("de")
    for key in keys:
        p = names.people[key]
        if not p.evidence or german and p.evidence == {"short"}:
            continue
        if s.recognised is not None and not p.evidence & PERSON_SIGNS or (
                p.evidence & PERSON_SIGNS == {"recognised"} and p.tokens[0] in s.lower_words):
            continue
        if len(p.tokens) == 1 and not p.evidence & {"speech", "role", "age"}:
            continue  # a given name alone (``people.lone_given_names``) that is not introduced
        if p.role and employer_role(p.role):
            continue  # "director of sales at Vantor Retail": the name is the employer's
        if all(_place_context(s, i) for i, _ in p.mentions) and not (
                p.evidence & {"role", "honorific"}):
            continue
        p.mentions.sort()
        out.append(p)
    return out


class PeopleFinder(PeopleScope):
    """Find people in ``doc`` given the tokens already taken by countries and orgs."""

    def _country_after(self, p: Person, j: int) -> None:
        """"X of Kenya", "X de Angola": a country named right after the name."""
        toks = self.toks
        if p.country is None and j + 1 < len(toks) and toks[j].norm in _COUNTRY_PREPS and (
                j + 1) in self.country_at:
            m = self.country_at[j + 1]
            if m.kind == "name" and m.i == j + 1:
                p.country = self.resolve(m)

    def _read_mention(self, p: Person, i: int, j: int, people: list[Person]) -> None:
        """The evidence of one full mention ``[i, j)`` of ``p``: an honorific, a speech
        verb, a role (title, apposition or counterpart: ``people``, the article's people in
        order of first mention) and a country after the name."""
        k = self.before(i)
        if k < i - 1:
            p.evidence.add("honorific")
        if speech_near(self, i, j, k):
            p.evidence.add("speech")
        if j - i >= 2 and first_name(self.toks[i].norm):
            p.evidence.add("given_name")
        if age_after(self, j):
            p.evidence.add("age")
        if self.recognised_person(i, j):
            p.evidence.add("recognised")
        if p.role is None:
            r = pre_role(self, i) or post_role(self, j)
            if r:
                apply_role(self, p, r, i)
                if p.role:
                    p.evidence.add("role")
        if p.role is None:
            counterpart(self, p, i, people)
        self._country_after(p, j)

    def _read_evidence(self, names: Names, keys: list[Key]) -> None:
        """Read every full mention of every person, in order of first mention."""
        people = [names.people[x] for x in keys]
        for p in people:  # (``counterpart`` passes over ``p`` itself: it has no role when asked)
            for i, j in p.mentions:
                self._read_mention(p, i, j, people)

    def run(self) -> list[Person]:
        """Return people with at least one accepted mention, in order of first mention."""
        names = collect_names(self)
        unjoin(self, names)
        split_joined(self, names)
        lone_given_names(self, names)
        subs = merge_contained(names)
        merge_short_forms(names)
        merge_inflected(names, self.doc.lang, subs)
        keys = [k for k in names.order if k in names.people]
        self._read_evidence(names, keys)
        add_short_mentions(self, names, keys, subs)
        return accepted(self, names, keys)
