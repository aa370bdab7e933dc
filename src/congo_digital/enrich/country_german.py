"""German forms of a country's name that the gazetteer's keys do not hold as printed.

* the genitive in -s: "Irans Justiz", "Venezuelas UN-Botschafter", "Washingtons
  Entscheidung" (a name or a capital, one capitalised token, its key without the "s");
* the first part of a hyphenated compound: "US-Präsident", "US-Botschafter",
  "China-Reise" (a name's key, printed as the gazetteer has it: "US" upper-case, a
  name capitalised, a capitalised word after the hyphen).  Such a mention has kind
  ``compound``: its state acts only when the compound's last part is a state word
  ("US-Regierung", "US-Militäreinsatz": ``state_compound``), not in
  "Russland-Sanktionen".

Read in German text only (``countries.find_mentions``); the gazetteer's own keys
("Saudi-Arabien", "Guinea-Bissau") are matched first.  ``state_word`` (a state word or a
German compound ending with one) is here for ``state_compound``; ``party_cues`` uses both.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cache

from congo_digital.enrich.tokens import Doc, Token, cue_set, norm

Entry = tuple[str, str, str]


def stem_key(t: Token) -> str | None:
    """The key a German genitive or compound might be read with ("irans" -> "iran",
    "us-präsident" -> "us"), or ``None``."""
    if not t.cap or not t.is_word:
        return None
    return _norm_stem(t.norm)


def _norm_stem(low: str) -> str | None:
    """``stem_key`` of a capitalised word whose norm is ``low``."""
    if "-" in low:
        return low.split("-", 1)[0] or None
    if len(low) > 3 and low.endswith("s"):
        return low[:-1]
    return None


def german_starts(doc: Doc, lengths: Collection[str]) -> list[int]:
    """The indices of the body's tokens where a key of ``lengths`` may start in German: a
    key itself, or a capitalised word whose ``stem_key`` is one; each distinct word is
    read once (``Doc.where``), in order."""
    toks = doc.tokens
    found: list[int] = []
    for w, ks in doc.where().items():
        if w in lengths:
            found += ks
        elif _norm_stem(w) in lengths:
            found += [k for k in ks if toks[k].cap and toks[k].is_word]
    return sorted(found)


def german_form(t: Token, get: Callable[[tuple[str, ...]], Entry | None]) -> tuple[str, str] | None:
    """``(code, kind)`` of token ``t`` read as a genitive in -s (kind ``name`` or
    ``capital``, as its stem's entry) or as a compound's first part (kind ``compound``),
    or ``None``; ``get`` looks a key up in the gazetteer."""
    key = stem_key(t)
    if key is None:
        return None
    e = get((key,))
    if e is None:
        return None
    code, kind, case = e
    if "-" in t.norm:
        prefix, _, rest = t.text.partition("-")
        printed = prefix.isupper() if case == "exact" else prefix[:1].isupper()
        if kind != "name" or not printed or not rest[:1].isupper():
            return None
        return code, "compound"
    if kind not in ("name", "capital") or case == "exact":
        return None
    return code, kind


def state_compound(t: Token) -> bool:
    """The German compound ``t`` that a country's name opens ("US-Präsident",
    "US-Justizministeriums", "US-Militäreinsatz") ends with a state word (``state_word``;
    a genitive "s" dropped) or opens its last part with a state's stem (``cues.json``
    ``state_prefixes``: "Militär-", "Regierungs-"); not "Russland-Sanktionen",
    "China-Reise"."""
    last = norm(t.text.rsplit("-", 1)[-1])
    if state_word(last) or last.endswith("s") and state_word(last[:-1]):
        return True
    return last.startswith(tuple(cue_set("state_prefixes")))


def state_word(word: str) -> bool:
    """A state word ("government", "ministre", ``cues.json`` ``state_words``), or a compound
    ending with one of ``state_suffixes`` ("Gesundheitsminister", "Bundespolizei",
    "Außenministerium"), three letters or more before it."""
    return word in cue_set("state_words") or word.endswith(_state_suffixes()) and any(
        word.endswith(s) and len(word) >= len(s) + 3 for s in cue_set("state_suffixes"))


@cache
def _state_suffixes() -> tuple[str, ...]:
    """``cues.json`` ``state_suffixes`` as a tuple, for one ``str.endswith`` call (most
    words end with none)."""
    return tuple(cue_set("state_suffixes"))
