"""Role titles among the tokens: a role head word ("minister", "Energieminister") and a
title joined by a conjunction ("Police and Crime Commissioner"), from the word lists of
``data/roles.json`` and ``data/cues.json`` (read through ``enrich.tokens``)."""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.tokens import Token, cue_set, cue_union, role_words
from congo_digital.memo import Memo
from congo_digital.vocab import load_json

# word lists read in the functions below, once at import
_CONJUNCTIONS = cue_set("conjunctions")
_ROLE_VOCAB = cue_union("roles:heads", "roles:modifiers", "roles:portfolio")
_ROLE_HEADS = role_words("heads")


@cache
def _compound_suffixes() -> tuple[str, ...]:
    return tuple(load_json("roles.json")["compound_suffixes"])


def _head_word(norm: str) -> bool:
    """Whether ``norm`` is a role head word, whole, in a hyphenated word's part or at the
    end of a German compound (``roles.json`` ``heads`` and ``compound_suffixes``)."""
    heads = _ROLE_HEADS
    if norm in heads:
        return True
    if "-" in norm and any(part in heads for part in norm.split("-")):
        return True
    return len(norm) > 9 and norm.endswith(_compound_suffixes())


_HEADS = Memo(_head_word, 50_000)
"""``_head_word``'s answers of this process, per norm (``memo.Memo``)."""


def is_head(tok: Token) -> bool:
    """A role head word ("minister", "ministre", "CEO"), also inside a hyphenated word
    or at the end of a German compound ("Energieminister"): ``_head_word`` of the
    token's norm, kept (``_HEADS``)."""
    return _HEADS[tok.norm]


def joined_title(toks: list[Token], k: int) -> bool:
    """The capitalised word at ``k`` is the second half of a title joined by a conjunction
    ("Police and Crime Commissioner", "President and CEO", "Health and Social Care
    Secretary"): a capitalised role word (``roles.json`` ``heads``, ``modifiers`` or
    ``portfolio``) and a conjunction (``cues.json`` ``conjunctions``) before it, and
    capitalised words up to a role head after it, in one sentence.  The title is one role:
    its words are no organisation's name."""
    if k < 2 or not toks[k].cap or toks[k - 1].norm not in _CONJUNCTIONS:
        return False
    first = toks[k - 2]
    if not (first.cap and first.sent == toks[k].sent
            and first.norm in _ROLE_VOCAB):
        return False
    x = k
    while x < len(toks) and x < k + 4 and toks[x].cap and toks[x].sent == toks[k].sent:
        if is_head(toks[x]):
            return True
        x += 1
    return False


def opens_joined_title(toks: list[Token], k: int) -> bool:
    """The word at ``k`` is the first half of a title joined by a conjunction ("Police"
    in "Police and Crime Commissioner": ``joined_title``)."""
    return k + 2 < len(toks) and toks[k + 1].norm in _CONJUNCTIONS and joined_title(toks, k + 2)
