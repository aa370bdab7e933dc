"""Furniture lines of the topics pass: the anchor words stand in for the phrases."""

from __future__ import annotations

from congo_digital.enrich.boiler import _furniture_anchors, _furniture_phrases, furniture_line
from congo_digital.enrich.topic_words import word_table


def test_every_furniture_phrase_holds_an_anchor_word():
    anchors = _furniture_anchors()
    assert all(any(a in p for a in anchors) for p in _furniture_phrases())
    assert len(anchors) < len(_furniture_phrases()) and anchors[0] == "cookie"


def test_furniture_lines_are_found_by_their_phrases_as_whole_words():
    assert furniture_line("This website uses cookies to improve your experience.")
    assert furniture_line("\u2022 Click to share on X (Opens in new window)")
    assert furniture_line("Bitte klicken, um den Inhalt zu laden")
    assert furniture_line("The baker uses cookies as a gift.")  # (the phrase, wherever it stands)
    assert not furniture_line("The bakery refuses cookies to no one.")  # "uses cookies" inside a word: none
    assert not furniture_line("The minister wrote an email to the committee on Tuesday.")


def test_a_word_without_longer_terms_holds_no_tracked_container():
    word = word_table("en")["zzyzx"]
    assert word[5] == () and word[4] == () and word[7] == ()
