"""The topic matcher's words and stems: the quick paths give what the general ones give."""

from __future__ import annotations

from congo_digital.enrich.topic_match import match
from congo_digital.enrich.topic_stems import STEMMERS, WORD_RE, ascii_words


def test_ascii_words_are_the_words_of_an_ascii_line():
    line = "The co_op's 2nd vote: AI-led (beta) apps, x2 and 10,000 users."
    assert ascii_words(line) == WORD_RE.findall(line) == [
        "The", "co", "op", "s", "2nd", "vote", "AI", "led", "beta", "apps", "x2", "and", "10", "000", "users"]


def test_ascii_words_split_at_every_other_ascii_character():
    line = "\x00a\tb\x1fc\x7fd~e_f|g\x0bh  "
    assert ascii_words(line) == WORD_RE.findall(line) == ["a", "b", "c", "d", "e", "f", "g", "h"]
    assert ascii_words("") == ascii_words(" -- ") == []


def test_stems_of_words_without_a_plural_ending_are_the_words():
    assert [STEMMERS["en"](w) for w in ("elections", "parties", "taxes", "business", "vote", "bus")] == [
        "election", "party", "tax", "business", "vote", "bus"]
    assert [STEMMERS["de"](w) for w in ("wahlen", "steuer", "kraft", "regierungen", "bundestag")] == [
        "wahl", "steu", "kraft", "regierung", "bundestag"]


def test_a_line_with_an_accent_reads_its_words_as_unicode_ones():
    hits = match([("body", "Les élections et les Élections.")], "fr")
    assert {form for hit in hits.values() for form in hit.per_term} == {"élections"}
