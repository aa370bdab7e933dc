"""The layout's quick first tests give the answers of the patterns and scans they stand before."""

from __future__ import annotations

from congo_digital.fields.dateparse import find_dates
from congo_digital.layout.date_order import _NUMERIC_TAIL, _copyright_country, _has_tail, numeric_order
from congo_digital.layout.dateline import _DASH_GAP, _may_dash
from congo_digital.layout.lines import _KEY_DROP, _key, is_caption, starts_with
from congo_digital.layout.words import SENTENCE_END, ends_sentence, has_words
from congo_digital.vocab import phrase_set


def test_ends_sentence_is_the_pattern_search():
    cases = ["It rained.", "It rained", "He said \u201cno\u201d", "(see above)", "Wait\u2026", "Why?\n", "Why\n\n",
             "", "\n", ".", "a.\nb", "Tout va bien \u00bb", "x\u2019"]
    assert [ends_sentence(c) for c in cases] == [SENTENCE_END.search(c) is not None for c in cases] == [
        True, False, True, True, True, True, False, False, False, True, False, True, True]


def test_has_words_answers_no_for_a_text_too_short_for_k_words():
    assert has_words("a b c", 3) and not has_words("a b c", 4) and not has_words("abc", 2)
    assert has_words("a-b c", 2) and not has_words("a b c d e", 3, end=4) and has_words("a b c d e", 3, end=5)


def test_a_numeric_date_tail_is_a_century_after_a_separator():
    for text, tail in [("on 12.03.2024", True), ("1-1920", True), ("in 2019 and 1920", False), ("3/19", True),
                       ("20", False), ("x\u201420", False), ("", False)]:
        assert _has_tail(text) is tail
        assert (_NUMERIC_TAIL.search(text) is None) or tail
    assert numeric_order("Posted 15/04/2024, updated 16/04/2024") == "DMY"
    assert numeric_order("Posted 04/15/2024") == "MDY" and numeric_order("In 2024 and 2025") is None


def test_a_copyright_mark_is_found_in_any_case():
    assert _copyright_country("Story.\n\u00a9 BreakingNews.ie 2023") == "IE"
    assert _copyright_country("Story \u00a3 5.\nCOPYRIGHT Example.co.uk 2024") == "GB"
    assert _copyright_country("Story \u2019s.\n(C) Example.de 2024") == "DE"
    assert _copyright_country("Story with \u00a3 5 and no notice.") is None


def test_a_dateline_dash_needs_a_bracket_or_white_space_before_it():
    for head in ["LAGOS, March 12 - The bank", "LAGOS, March 12 -- The bank", "KYIV\u00a0\u2014 Troops",
                 "A well-known anti-war 2-1 win", "La Habana, 12 feb (Prensa Latina) El ministro",
                 "No dash at all", "-Lead", "x\t\u2013 y"]:
        assert _may_dash(head) or _DASH_GAP.search(head) is None
    assert _may_dash("KYIV\u00a0\u2014 Troops") and not _may_dash("A well-known anti-war 2-1 win")


def test_starts_with_tries_the_phrases_of_the_first_character():
    footer = phrase_set("footer_starts")
    assert starts_with("(Reporting by Jane Roe; editing by John Doe)", footer)
    assert not starts_with("Reporters said the talks would go on.", footer)
    assert not starts_with("", footer) and starts_with("anything", frozenset({"", "x"}))


def test_the_key_of_an_ascii_line_drops_what_the_pattern_drops():
    ascii_chars = "".join(map(chr, range(128)))
    assert _key(ascii_chars) == _KEY_DROP.sub("", ascii_chars.lower()).strip(" :")
    assert _key("  Advertisement:  ") == "advertisement" and _key("Caf\u00e9 \u2014 menu!") == "caf\u00e9  menu"


def test_a_long_line_is_a_caption_only_by_its_start():
    long_tail = " and the minister said the photo: was taken in 2019" * 8
    assert is_caption("Photo: AFP" + long_tail) and not is_caption("The minister" + long_tail)
    assert is_caption("The photo: AFP") and not is_caption("The minister spoke")


def test_a_segment_without_a_year_reads_no_date():
    assert find_dates("Updated: March 3") == [] and find_dates("Published 3 March, 10:30") == []
    assert [d.value for d in find_dates("Published 3 March 2024")] == ["2024-03-03"]
    assert [d.value for d in find_dates("12-Mar-24")] == ["2024-03-12"]
