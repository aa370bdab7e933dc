"""Tables kept in the per-user cache or built on first use, for the command line's start-up,
equal what they replace: the normalised word lists (``enrich.word_lists``)."""

from __future__ import annotations

import pytest

from congo_digital.enrich.boiler import markers
from congo_digital.enrich.tokens import cue_set, norm, role_words
from congo_digital.vocab import load_json


def test_every_word_list_is_the_files_list_normalised():
    cues, roles = load_json("cues.json"), load_json("roles.json")
    for key, words in cues.items():
        if isinstance(words, list):
            assert cue_set(key) == frozenset(norm(w) for w in words), key
    for key, data in roles.items():
        if isinstance(data, list | dict):
            words = [w for ws in data.values() for w in ws] if isinstance(data, dict) else data
            assert role_words(key) == frozenset(norm(w) for w in words), key
    assert {"ministre", "secrétaire"} <= role_words("heads")
    assert "l’" not in cue_set("determiners") and "l'" in cue_set("determiners")  # apostrophes unified
    with pytest.raises(KeyError):
        cue_set("no such list")
    assert {"tags", "topics", "temas"} <= markers("sharing")  # the stored list, folded
