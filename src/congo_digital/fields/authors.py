"""Authors: one decision among the credits of the markup and the text's byline.

The first source, in order JSON-LD, microdata, ``<meta>`` (author, ``article:author``,
Dublin Core…), ``rel=author``, byline-class elements, the text's byline line, an
author box's link to the author's page (``SOURCE_ORDER``), that gives at least one
person after cleaning (``clean_names``) wins; an agency or organisation (from structured
markup, a byline element or an agency's name) is kept only when no source names a
person, and a name that a byline element prints after an editor's label ("Editor: A", "By B;
Editing by A": ``bylines.editor_credit``, ``bylines.split_editors``) is no author.
A credit that is a publication's name ("The Observer", "Financial Times":
``bylines_parts.is_publication``) is an organisation: the paper, kept only when no source
names a person.  The
text's own byline reading is ``fields.bylines``.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from congo_digital.fields.bylines import editor_credit, split_editors
from congo_digital.fields.bylines_names import after_inner_by, labelled, split_names
from congo_digital.fields.bylines_parts import is_publication
from congo_digital.fields.common import SOURCE_ORDER, is_site, norm_key, site_names
from congo_digital.fields.names import ends_in_domain
from congo_digital.read.characters import AS_READ
from congo_digital.record import Candidate
from congo_digital.vocab import entry


@cache
def _agency_keys() -> frozenset[str]:
    return frozenset(norm_key(w) for w in entry("agencies"))


def is_agency(name: str) -> bool:
    """True for a news agency's name or acronym (``agencies`` in ``data/agencies.json``),
    compared without case, accents and punctuation."""
    return norm_key(name) in _agency_keys()


def clean_names(raw: str, sites: set[str], person: bool = False, visible: bool = False) -> list[str]:
    """Split one credit into the names of people or agencies (``bylines_names.split_names``).

    The HTML side adds the site: a credit that is the site's name (``sites``, see
    ``site_names``) is returned whole, for the caller to flag, unless ``person`` (the
    markup says it is a Person); a site word after a name of three words or more ends
    it.  ``visible`` (a byline printed in the page) reads the credit as printed text; a
    markup value (``visible`` false) tolerates a lowercase word ("Mobasir hassan").  An
    editor credit after the names ("By A; Editing by B", "A | Editor: B":
    ``bylines.split_editors``) names no author.
    Bidirectional marks and non-breaking hyphens in ``raw`` are read as a reader sees
    them (``read.characters.AS_READ``: "\u200eJane\u2011Marie Doe" is "Jane-Marie Doe").
    Returns ``[]`` when nothing in ``raw`` can be a name.  Never raises.
    """
    if not raw.isascii():
        raw = raw.translate(AS_READ)
    text = " ".join(raw.split()).strip(" '\"“”«»()|-")
    if text and len(text) <= 250 and not person and not ends_in_domain(text) and is_site(text, sites):
        return [text]
    text = split_editors(text)[0]  # "By A; Editing by B": B edited the text
    if visible:  # "Posted on <date> by A", "View all posts by A"
        text = after_inner_by(text)
    names = [name for name, _, _ in split_names(text, metadata=not visible, is_site=lambda w: is_site(w, sites))]
    if not names and text and len(text) <= 250 and is_site(text, sites):
        return [text]  # a Person named as the site ("nieuwsblad.be"): the site credits itself
    return names


def _dedupe(names: list[str]) -> list[str]:
    keys: list[str] = []
    out: list[str] = []
    for n in names:
        k = norm_key(n)
        if k in keys:
            continue
        keys.append(k)
        out.append(n)
    return out


def _complete(people: list[str], sequence: list[tuple[str, list[tuple[str, bool]], Candidate | None]]) -> list[str]:
    """Replace a one-word name by a fuller one that another source gives ("Todd" -> "Todd Bates")."""
    fuller = [n for _, names, _ in sequence for n, org in names if not org and " " in n]
    out = []
    for p in people:
        if " " not in p:
            p = next((f for f in fuller if norm_key(f).split()[0] == norm_key(p)), p)
        out.append(p)
    return _dedupe(out)


Sequence = list[tuple[str, list[tuple[str, bool]], Candidate | None]]


_VISIBLE = frozenset({"html:byline-class", "html:byline-text", "html:rel-author", "html:author-box"})


def _printed_editors(cands: list[Candidate]) -> frozenset[str]:
    """The names (``norm_key``) that a byline element of the page prints after an editor's
    label, alone ("Editor: A", "Edited by A": ``bylines.editor_credit``) or after its
    authors ("By B; Editing by A": ``bylines.split_editors``): a JSON-LD or ``<meta>``
    author of that name is the editor, not the writer."""
    out: set[str] = set()
    for c in cands:
        if c.field == "authors" and c.source in _VISIBLE:
            credit = editor_credit(c.value) or split_editors(c.value)[1]
            if credit is not None:
                out.update(norm_key(e.name) for e in credit.editors)
    return frozenset(out)
_STRUCTURED = frozenset({"html:json-ld", "html:microdata", "html:meta", "html:dublin-core", "html:opengraph"})


_SITE_WIDE = frozenset({"html:meta", "html:dublin-core"})


def _printed_first(sequence: Sequence) -> Sequence:
    """A byline printed with its label ("Geschrieben von A am …", ``html:byline-text``)
    goes before a ``<meta name=author>`` or Dublin Core creator that names none of its
    people: a template often fills those with the site's owners for every page."""
    people = {src: {norm_key(n) for n, org in names if not org} for src, names, _ in sequence}
    printed = people.get("html:byline-text")
    if not printed:
        return sequence
    first = next((src for src, names, _ in sequence if any(not org for _, org in names)), None)
    if first in _SITE_WIDE and not printed & people[first]:
        return sorted(sequence, key=lambda s: s[0] != "html:byline-text")
    return sequence


def _where(name: str, origin: dict[str, Candidate] | None, default: Candidate | None,
           ) -> tuple[int | None, int | None, str | None]:
    """The evidence (start, end, raw text) of a chosen ``name``: the candidate of its source
    that gave it (``origin``, by ``norm_key``), else ``default``; the offsets index the
    input where that candidate was read, ``None`` when it could not be located."""
    c = (origin or {}).get(norm_key(name), default)
    if c is None:
        return None, None, None
    return c.start, c.end, c.value if c.text is None else c.text


class Credits(NamedTuple):
    """The markup's credits of one page, read once (``markup_credits``) and weighed by each
    ``decide_authors`` call over the same candidates: the page's own names (``sites``,
    ``common.site_names``), each markup source's names in candidate order (``sequence``:
    source, [(name, is an organisation)], its first candidate) and, per source, the
    candidate that gave each name (``origins``, by ``norm_key``)."""

    sites: set[str]
    sequence: Sequence
    origins: dict[str, dict[str, Candidate]]


def markup_credits(cands: list[Candidate]) -> Credits:
    """The names each markup source of ``cands`` credits (``Credits``; the rules of the
    module docstring, the text's byline aside).  Never raises."""
    sites = site_names(cands)
    editors = _printed_editors(cands)
    sections = {norm_key(c.value) for c in cands if c.field == "section"}
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.source == "html:byline-class" and norm_key(c.value) in sections:
            continue  # the page's section, printed in the byline's box ("Lifestyle"), is no author
        if c.field == "authors" and not (editors and c.source in _VISIBLE and editor_credit(c.value)):
            groups.setdefault(c.source, []).append(c)
    sequence: Sequence = []
    origins: dict[str, dict[str, Candidate]] = {}  # source -> name (norm_key) -> the candidate that gave it
    for src, group in groups.items():
        origin = origins.setdefault(src, {})
        group.sort(key=lambda c: c.rank)
        names: list[tuple[str, bool]] = []
        done = False
        for c in group:
            person = c.kind == "person"
            domain = not person and ends_in_domain(c.value.strip())
            visible = src in _VISIBLE and src != "html:rel-author"  # a rel=author link holds only a name
            found = clean_names(c.value, sites, person=person, visible=visible)
            if done:
                # Later, smaller byline elements only refine a name ("A B Games" -> "A B").
                refined = [(next((f for f in found if norm_key(n).startswith(norm_key(f) + " ")), n), o)
                           for n, o in names]
                for (old, _), (new, _) in zip(names, refined, strict=True):
                    if new != old:
                        origin[norm_key(new)] = c
                names = refined
                continue
            for n in found:
                if norm_key(n) in editors:
                    continue  # the page prints this name as the editor's
                org = c.kind == "organization" or is_agency(n) or domain or is_site(n, sites) \
                    or is_publication(n, alone=True)  # "The Observer": the paper, not a person
                names.append((n, org))
                origin.setdefault(norm_key(n), c)
            if src in ("html:byline-class", "html:byline-text") and (
                    any(not o for _, o in names) or (names and labelled(c.value))):
                done = True  # a person, or an organisation after a label ("par Attac France")
        sequence.append((src, names, group[0]))
    return Credits(sites, sequence, origins)


def decide_authors(cands: list[Candidate], text: Candidate | None = None,
                   credits: Credits | None = None) -> Candidate | None:
    """Choose the credited people (rules in the module docstring).

    Sources are read in the order of ``SOURCE_ORDER``; the first that names a person
    wins.  Organisations (the site itself, an agency, a JSON-LD ``Organization``) are
    only kept when no source names a person: then the first structured one, or an agency.
    A byline element whose text is the page's section (a ``section`` candidate) is skipped.
    ``text`` is the text layout's byline candidate (its value the names read there); an
    input without markup (a plain text) keeps it as read.  ``credits`` is
    ``markup_credits(cands)`` when the caller has it already (the markup is read once for
    a page's two decisions: with and without its text's byline).
    """
    if not cands:
        return text if text is not None and text.value else None
    sites, markup, origins = credits if credits is not None else markup_credits(cands)
    sequence = list(markup)
    if text is not None and text.value:
        names = [(n, is_agency(n) or is_site(n, sites) or is_publication(n, alone=True)) for a in text.value
                 for n in clean_names(a, sites, visible=True)]
        sequence.append((text.source, names, text))
    sequence.sort(key=lambda s: SOURCE_ORDER.get(s[0], 9))
    sequence = _printed_first(sequence)
    fallback: Candidate | None = None
    for src, names, first in sequence:
        people = _dedupe([n for n, org in names if not org])
        if people:
            return Candidate("authors", _complete(people, sequence), src, *_where(people[0], origins.get(src), first))
        orgs = _dedupe([n for n, _ in names])
        where = _where(orgs[0], origins.get(src), first) if orgs else _where("", None, first)
        if orgs and fallback is None and (src in _STRUCTURED or src in ("html:byline-text", "html:byline-class")
                                           or any(is_agency(n) for n in orgs)):
            fallback = Candidate("authors", orgs[:1], src, *where)
        agency = next((n for n in orgs if is_agency(n)), None)
        if agency and fallback is not None and is_site(fallback.value[0], sites):
            # an agency before the site itself
            fallback = Candidate("authors", [agency], src, *_where(agency, origins.get(src), first))
    return fallback
