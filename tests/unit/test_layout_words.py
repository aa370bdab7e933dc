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
