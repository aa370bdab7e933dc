"""Tables kept in the per-user cache or built on first use, for the command line's start-up,
equal what they replace: the normalised word lists (``enrich.word_lists``), the topic
lexicon's entries and weights, and the lexicon's phrases grouped by first stem
(``topic_words``: and each starting word's second stems)."""

from __future__ import annotations

import pytest

from congo_digital.enrich import topic_words
from congo_digital.enrich.boiler import markers
from congo_digital.enrich.tokens import cue_set, norm, role_words
from congo_digital.enrich.topic_lexicon import Entry, _build_entries, index, lexicon, weights
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


def test_lexicon_entries_and_weights_are_the_files():
    stored_weights, rows = _build_entries()
    assert weights() == stored_weights and weights()["term_cap"] == 6.0
    assert lexicon() == tuple(Entry(*row) for row in rows)
    first = load_json("topics-lexicon.json")["entries"][0]
    assert (lexicon()[0].key, lexicon()[0].codes[0]) == (first["id"], first["code"])


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_groups_and_second_stems_made_on_first_use_equal_the_whole_index(lang):
    phrases = index(lang).phrases
    groups, words = topic_words._Groups(phrases), topic_words._Words(lang)
    for first, cands in phrases.items():
        by_n: dict[int, dict[tuple[str, ...], list[tuple[int, float, str]]]] = {}
        for pstems, entry, weight, lower in cands:
            by_n.setdefault(len(pstems), {}).setdefault(pstems, []).append((entry, weight, lower))
        assert groups[first] == tuple(sorted(by_n.items(), key=lambda g: -g[0]))
        seconds = {p[1] for p, _, _, _ in cands if len(p) > 1}
        assert words._starting(first, first, first, ())[5] == (seconds or ())  # (none: the empty tuple)
    assert groups["no such stem"] == () and "no such stem" not in groups
