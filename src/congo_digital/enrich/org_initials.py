"""Acronyms printed twice or more and defined nowhere ("WBG") that spell the name of
one organisation found ("Weibo Gaming"): ``find_initials``, by ``spells``."""

from __future__ import annotations

from congo_digital.enrich.org_claims import OrgClaims
from congo_digital.enrich.tokens import cue_set


def spells(acronym: str, name: str) -> bool:
    """True when ``acronym`` (its letters, case-free) takes every word's initial of
    ``name`` in order, and any other letters from inside those words ("WBG": Weibo
    Gaming, "UPS": United Parcel Service); small linking words (``org_function_words``)
    may give no letter ("IBT": International Brotherhood of Teamsters)."""
    words = [w.casefold() for w in name.split() if w[:1].isalpha()]
    return bool(words) and _match(words, acronym.casefold(), cue_set("org_function_words"), 0, 0, {})


def _match(words: list[str], letters: str, skippable: frozenset[str], w: int, k: int,
           seen: dict[tuple[int, int], bool]) -> bool:
    """Whether ``words[w:]`` spell ``letters[k:]`` (``spells``), each ``(w, k)`` answered
    once through ``seen``.  A module function and a dict, not a cached closure: a closure
    that calls itself is a reference cycle, left for the garbage collector at every call."""
    key = (w, k)
    done = seen.get(key)
    if done is None:
        done = seen[key] = _spell(words, letters, skippable, w, k, seen)
    return done


def _spell(words: list[str], letters: str, skippable: frozenset[str], w: int, k: int,
           seen: dict[tuple[int, int], bool]) -> bool:
    if w == len(words):
        return k == len(letters)
    word = words[w]
    if word in skippable and _match(words, letters, skippable, w + 1, k, seen):
        return True
    if k >= len(letters) or letters[k] != word[0]:
        return False
    k += 1
    if _match(words, letters, skippable, w + 1, k, seen):
        return True
    for ch in word[1:]:  # more letters from inside the word, in order
        if k < len(letters) and ch == letters[k]:
            k += 1
            if _match(words, letters, skippable, w + 1, k, seen):
                return True
    return False


def find_initials(c: OrgClaims) -> None:
    """An acronym of three to five letters printed twice or more and defined nowhere
    ("WBG") that spells the name of exactly one organisation found ("Weibo Gaming":
    ``spells``) is that organisation; two letters spell too much ("DC" is no "District
    Court")."""
    counts: dict[str, list[int]] = {}
    stop = cue_set("caps_non_names")
    for k in c.uppers():
        t = c.toks[k]
        if t.is_word and t.text.isalpha() and 3 <= len(t.text) <= 5 and not (
                t.ignored or k in c.claimed or k in c.country_tok or t.norm in stop):
            counts.setdefault(t.text, []).append(k)
    for text, ks in counts.items():
        if len(ks) < 2:
            continue
        owners = [o for o in c.orgs if o.mentions and not o.media and len(o.name.split()) >= 2
                  and spells(text, o.name)]
        if len(owners) == 1:
            owners[0].acronyms.append(text)
            for k in ks:
                c.claim(owners[0], k, k + 1)
