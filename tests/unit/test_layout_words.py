"""The layout's word counts and row tests: the quick paths give what the general ones give."""

from __future__ import annotations

from congo_digital.layout.lines import _WORD, at_most_words, cjk_heavy, is_noise, paragraph_like, words_of


def test_words_of_an_ascii_line_are_the_unicode_pattern_ones():
    line = "Jean-Claude's co_op -- won't 2-1 x'y 'quoted' a--b end-"
    assert words_of(line) == _WORD.findall(line) == [
        "Jean-Claude's", "co", "op", "won't", "2-1", "x'y", "quoted", "a", "b", "end"]
    assert words_of("l'État et Jean-Claude") == ["l'État", "et", "Jean-Claude"]


def test_at_most_words_reads_a_long_line_to_its_end_when_its_head_is_short():
    assert at_most_words("Home", 2) and at_most_words("Home News", 2)
    assert not at_most_words("Home News Sport", 2)
    assert at_most_words("x" * 100 + " word", 2)  # a head of one word: the whole line read
    assert not at_most_words("x" * 100 + " two words", 2)
    assert not at_most_words("The council met on Tuesday. " * 20, 2)
    assert at_most_words("", 0) and not at_most_words("a", 0)


def test_an_ascii_line_is_never_cjk_heavy():
    assert not cjk_heavy("A plain line") and not cjk_heavy("")
    assert cjk_heavy("東京で会議が開かれた")
    assert not paragraph_like("Short line.")


def test_a_menu_row_cut_by_white_runs_of_any_kind():
    assert is_noise("Home \t News \u00a0 Sport")  # a tab, a no-break space: white all the same
    assert is_noise("Home   News   Sport")
    assert not is_noise("Home  News  Sport and a longer sentence of the story here")


def test_a_notice_opening_is_read_in_the_line_head_lowered():
    assert is_noise("Subscribe to our newsletter for the daily news of the council and more " * 5)
    assert is_noise("[Image: the council chamber]")
    assert not is_noise("The council said people should subscribe to the plan.")


def test_normalise_keeps_a_plainly_spaced_text_as_it_is():
    from congo_digital.fields.dateparse import _normalise

    assert _normalise("Updated 3 May 2024") == ("Updated 3 May 2024", list(range(19)))
    assert _normalise(" Updated  3\tMay ") == ("Updated 3 May ", [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16])
    assert _normalise("Apr. 28, 2024") == ("Apr 28, 2024", [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13])
