"""One person under several names: a shorter name inside a longer one ("Kalala Ilunga" in
"Roger Kalala Ilunga") is the same person, as is a name whose given name is a short form of
another's ("Mike Waltz", "Michael Waltz"); a later mention by part of the name ("Ibombo",
"Dr Mesfin") counts when it fits one person only.  Works on ``people_names.Names``.
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.lexicon import first_name, zipf
from congo_digital.enrich.people_calendar import given_month
from congo_digital.enrich.people_names import Key, Names
from congo_digital.enrich.people_scope import AFTER_PARTICLE, PeopleScope, Person
from congo_digital.enrich.tokens import Token, cue_set
from congo_digital.vocab import load_json

# word lists read in the functions below, once at import
_DETERMINERS = cue_set("determiners")


def split_joined(s: PeopleScope, names: Names) -> None:
    """Split a run that joins a full name found elsewhere in the text to what follows it:
    another full name found elsewhere ("Ana Ruiz Tom Weller", two captions printed on one
    line, beside "Ana Ruiz" and "Tom Weller"), or its own surname again ("Tom Weller
    Weller", a caption run into the line under it): two people, or the person and a later
    mention by surname (``names.singles``).  The first split that fits is taken; a run
    printed with a nickname in quotes is left whole."""
    people = names.people
    for key in [k for k in names.order if len(k) >= 3]:
        p = people.get(key)
        if p is None or any(j - i != len(key) for i, j in p.mentions):
            continue
        for m in range(2, len(key)):
            left, right = key[:m], key[m:]
            if left in people and (right in people or right == left[-1:]):
                break
        else:
            continue
        for i, j in p.mentions:
            people[left].mentions.append((i, i + m))
            if right in people:
                people[right].mentions.append((i + m, j))
            else:
                names.singles.append((i + m, j))
                s.person_tok.difference_update(range(i + m, j))
        del people[key]
        names.order.remove(key)
    for p in people.values():
        p.mentions.sort()


def merge_contained(names: Names) -> dict[Key, list[Key]]:
    """Merge a name into a longer one that contains it ("Kalala Ilunga" in "Roger Kalala
    Ilunga"), shortest first; return, for each part of a name, the names containing it."""
    subs: dict[Key, list[Key]] = {}
    for other in names.order:
        for a in range(len(other)):
            for b in range(a + 1, len(other) + 1):
                if b - a < len(other):
                    subs.setdefault(other[a:b], []).append(other)
    people = names.people
    for key in sorted(names.order, key=len):
        for other in subs.get(key, ()):
            if key in people and other in people and other != key:
                people[other].mentions += people[key].mentions
                people[other].aliases.append(people[key].name)
                del people[key]
                break
    return subs


def merge_short_forms(names: Names) -> None:
    """Merge a name whose given name is a short form of another's, the rest alike ("Mike
    Waltz" into "Michael Waltz", the first seen keeping the other as an alias;
    ``name_forms.json`` ``short_forms``)."""
    forms = _short_forms()
    people = names.people
    for key in list(names.order):
        full = forms.get(key[0]) if len(key) >= 2 and key in people else None
        for other in names.order if full else ():
            if other != key and other in people and other[1:] == key[1:] and other[0] in full:
                first, second = sorted((key, other), key=names.order.index)
                people[first].mentions = sorted(people[first].mentions + people[second].mentions)
                people[first].aliases.append(people[second].name)
                del people[second]
                break


JOINED_COMMON = 3.0  # wordfreq Zipf: a common word joined before a name ("Defendants")


def unjoin(s: PeopleScope, names: Names) -> None:
    """A word joined before a full name that the text also prints without it ("Landtagu Otto
    Brandt" and "Otto Brandt", "Laker Tom Reyes" and "Tom Reyes") is no
    part of the name when it is no known given name and either a known given name follows
    it or it is a common word (Zipf ``JOINED_COMMON`` or more: "Defendants Zorvan Okoye"):
    a noun, a team member's word, a case form of a body's name.  Its mentions go to the
    name without it."""
    people = names.people
    moved = False
    for key in [k for k in names.order if len(k) >= 3 and k[1:] in people]:
        p = people[key]
        i = p.mentions[0][0]
        if first_name(key[0]) or given_month(s, i) or not (
                first_name(key[1]) or zipf(key[0], s.doc.lang) >= JOINED_COMMON):
            continue
        short = people[key[1:]]
        short.mentions = sorted(short.mentions + [(a + 1, b) for a, b in p.mentions])
        s.person_tok.difference_update(a for a, _ in p.mentions)
        del people[key]
        names.order.remove(key)
        moved = True
    if moved:  # (a short name may now be first printed earlier)
        names.order.sort(key=lambda k: people[k].mentions[0][0])


def merge_inflected(names: Names, lang: str | None, subs: dict[Key, list[Key]]) -> None:
    """In a language that declines names (``name_forms.json`` ``case_endings``), merge two
    names of as many words whose words are each the same word, bare or with a case ending
    ("Davida Moyese", "David Moyes"; "Declanem Ricem", "Declana Rice"; "Karla Svobodu",
    "Karel Svoboda"; "Evy Novákové", "Eva Nováková": ``_declined``): one person, named
    by the form with more words in their base form (``_base_word``: "Karel Svoboda", not
    "Karla Svobody" printed first), else the shortest, the other an alias; in ``subs``
    (``merge_contained``) the parts of the other name point to the one kept ("Trumpa").
    Not two people of one surname whose given names are each a given name of its own
    (``_siblings``: "Ivan Horvat" and his sister "Ivana Horvat")."""
    code = (lang or "").split("-")[0].lower()
    endings = _case_endings().get(code)
    if not endings:
        return
    mobile = _mobile_vowels().get(code, frozenset())
    people = names.people
    for key in list(names.order):
        for other in list(names.order):
            if key not in people:
                break
            if other == key or other not in people or len(other) != len(key) or len(key) < 2:
                continue
            if not _siblings(key, other) and all(
                    _declined(a, b, endings, mobile) for a, b in zip(key, other, strict=True)):
                nominative = _nominative_endings().get(code, frozenset())
                bases = {k: sum(_base_word(a, b, endings, mobile, nominative) for a, b in zip(k, o, strict=True))
                         for k, o in ((key, other), (other, key))}
                keep, drop = sorted((key, other), key=lambda k: (-bases[k], sum(map(len, k)), names.order.index(k)))
                people[keep].mentions = sorted(people[keep].mentions + people[drop].mentions)
                people[keep].aliases.append(people[drop].name)
                del people[drop]
                for holders in subs.values():
                    holders[:] = [keep if k == drop else k for k in holders]


def _siblings(key: Key, other: Key) -> bool:
    """Two names of one surname whose other words differ, each a known given name
    (``fields.given_names``) and one the other with an ending: "Ivan"/"Ivana Horvat",
    "Daniel"/"Daniela Smith" are two people (a woman's surname does not decline in
    Croatian, Serbian or Polish), where "Anny Nowak" is a case of "Anna Nowak" and "Milicu
    Jovanović" of "Milica Jovanović"."""
    if key[-1] != other[-1]:
        return False
    return all((a.startswith(b) or b.startswith(a)) and first_name(a.casefold()) and first_name(b.casefold())
               for a, b in zip(key, other, strict=True) if a != b)


def _declined(a: str, b: str, endings: frozenset[str], mobile: frozenset[str] = frozenset()) -> bool:
    """``a`` and ``b`` are one word, bare or with a case ending of ``endings``, on a stem
    of three letters or more ("declan", "declana", "declanem"), or of two when the bare
    form is a known given name ("eva", "evy"); a bare form whose last syllable has a
    vowel of ``mobile`` (``name_forms.json`` ``mobile_vowels``) drops it before an ending
    ("karel", "karla"; "marek", "marka")."""
    if a == b:
        return True
    for e in endings | {""}:
        stem = a[: len(a) - len(e)] if e and a.endswith(e) else a if not e else None
        if stem and (len(stem) >= 3 or len(stem) == 2 and first_name(a)) and b.startswith(stem) and (
                b[len(stem):] in endings | {""}):
            return True
    return _drops_mobile(a, b, endings, mobile)


def _drops_mobile(a: str, b: str, endings: frozenset[str], mobile: frozenset[str]) -> bool:
    """``b`` is ``a`` with the vowel of ``mobile`` in its last syllable dropped before a case
    ending of ``endings`` ("karel", "karla"; "marek", "marka")."""
    if len(a) >= 4 and a[-2] in mobile and a[-1] not in mobile:
        stem = a[:-2] + a[-1]
        return b.startswith(stem) and b[len(stem):] in endings
    return False


def _base_word(a: str, b: str, endings: frozenset[str], mobile: frozenset[str],
               nominative: frozenset[str]) -> bool:
    """Of two forms of one word (``_declined``), ``a`` is the base (nominative) form: ``b``
    is ``a`` with a case ending ("declan", "declana"), or with its mobile vowel dropped
    before one ("karel", "karla"), or both end in an ending on one stem and only ``a``'s
    ending is a nominative's (``name_forms.json`` ``nominative_endings``: "svoboda",
    "svobody"; "jana", "janou")."""
    if a == b:
        return False
    if b.startswith(a) and b[len(a):] in endings:
        return True
    if _drops_mobile(a, b, endings, mobile):
        return True
    stem = next((a[:-len(e)] for e in sorted(nominative, key=len, reverse=True) if a.endswith(e)), None)
    return stem is not None and b.startswith(stem) and b[len(stem):] in endings - nominative


@cache
def _nominative_endings() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("name_forms.json").get("nominative_endings", {}).items()}


@cache
def _case_endings() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("name_forms.json").get("case_endings", {}).items()}


@cache
def _mobile_vowels() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("name_forms.json").get("mobile_vowels", {}).items()}


@cache
def _short_forms() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load_json("name_forms.json")["short_forms"].items()}


def _add_alias(p: Person, alias: str) -> None:
    if alias not in p.aliases and alias != p.name:
        p.aliases.append(alias)


def _particles_before(toks: list[Token], i: int, j: int, full: Key) -> int:
    """Start of the mention ``[i, j)`` of the person named ``full`` (norms) taken back over
    the name particles printed before it in its sentence that the full name has before the
    same words (``cues.json`` ``name_particles``, ``name_second_particles``): "von der Leyen",
    not "Leyen"; "de la Cruz"."""
    size, words = j - i, tuple(t.norm for t in toks[i:j])
    at = next((x for x in range(len(full) - size, 0, -1) if full[x:x + size] == words), 0)
    while at > 0 and i > 0 and full[at - 1] in AFTER_PARTICLE and toks[i - 1].norm == full[at - 1] and (
            toks[i - 1].sent == toks[i].sent):
        i, at = i - 1, at - 1
    return i


def add_short_mentions(s: PeopleScope, names: Names, keys: list[Key],
                       subs: dict[Key, list[Key]]) -> None:
    """Later mentions by part of one person's name ("Ibombo"): a mention with evidence
    "short", and its printed form (with an honorific: "Dr Mesfin"; with the name's particles
    printed before it: "von der Leyen", ``_particles_before``) an alias."""
    toks, norms = s.toks, s.doc.norms()
    alive = set(keys)
    for i, j in names.singles:
        if (full := subs.get(tuple(norms[i:j]))) is None:
            continue  # (most singles are part of no name)
        cands = [k for k in dict.fromkeys(full) if k in alive]
        if len(cands) != 1:
            continue
        p = names.people[cands[0]]
        i = _particles_before(toks, i, j, p.tokens)
        p.mentions.append((i, j))
        p.evidence.add("short")
        _add_alias(p, " ".join(s.doc.span_text(i, j).split()))
        k = s.before(i)
        if k < i - 1:
            h0 = k + 1
            while h0 < i and toks[h0].norm in _DETERMINERS:
                h0 += 1
            honor = " ".join(s.doc.span_text(h0, j).split())
            if h0 < i and honor not in p.aliases:
                p.aliases.append(honor)
