"""The layout's word counts and row tests: the quick paths give what the general ones give."""

from __future__ import annotations

from congo_digital.layout.lines import at_most_words, cjk_heavy, headline_like, is_noise, paragraph_like, words_of
from congo_digital.layout.words import _WORD, has_words


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


def test_has_words_counts_the_words_words_of_lists():
    line = "Jean-Claude's co_op -- won't 2-1 x'y 'quoted' a--b end-"  # ten words
    assert has_words(line, 10) and not has_words(line, 11)
    assert has_words(line, 0) and has_words("", 0) and not has_words("", 1) and not has_words("-- '' _", 1)
    assert has_words("ab-cd", 1) and not has_words("ab-cd", 2)  # a hyphen inside a word: one word, never split
    assert has_words("ab- cd", 2) and has_words("a'", 1) and not has_words("a'", 2)
    assert has_words("l'État et Jean-Claude", 3) and not has_words("l'État et Jean-Claude", 4)
    assert has_words("l’État", 1) and not has_words("l’État", 2)  # the typographic apostrophe joins a word
    assert has_words("it's it’s", 2) and not has_words("it's it’s", 3)
    assert has_words("one two three", 3, 9) and not has_words("one two three", 3, 8)  # "one two t": three
    assert has_words("one two three", 2, 5) and not has_words("one two three", 2, 4) and not has_words("a b", 1, 0)


def test_paragraph_like_and_headline_like_count_words():
    words = " ".join(f"w{k}" for k in range(25))
    assert paragraph_like(words) and not paragraph_like(" ".join(f"w{k}" for k in range(24)))
    assert paragraph_like(" ".join(f"w{k}" for k in range(10)) + ".")
    assert not paragraph_like(" ".join(f"w{k}" for k in range(9)) + ".")
    long_words = " ".join("x" * 20 for _ in range(25))  # 25 words over 300 characters: the whole line counts
    assert len(long_words) > 300 and paragraph_like(long_words) and not paragraph_like(long_words[:300])
    assert headline_like("Court rejects tobacco case") and not headline_like("Court rejects:")
    assert headline_like(words) and not headline_like(" ".join(f"w{k}" for k in range(41)))
    assert not headline_like("-- !") and not headline_like("a" * 301)


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


def test_spaces_only_and_has_digit_read_ascii_by_substring_search():
    from congo_digital.layout.lines import clean_line, has_digit, spaces_only

    assert spaces_only("a b  c") and spaces_only("") and spaces_only("a\x00b")  # (no white but the space)
    assert not spaces_only("a\tb") and not spaces_only("a\x1fb") and not spaces_only("a\nb")
    assert spaces_only("é b") and not spaces_only("é\u3000b") and not spaces_only("é\u00a0b")
    assert clean_line("a\x0bb") == "a b" and clean_line("a\x00b") == "a\x00b" and clean_line(" é\u00a0b ") == "é b"
    assert has_digit("no 7 here") and not has_digit("none here") and has_digit("x\u0663") and not has_digit("")


def test_a_short_text_is_no_page_and_a_head_without_dash_no_dateline():
    from congo_digital.layout.dateline import _dateline
    from congo_digital.layout.lines import Paragraph
    from congo_digital.layout.page import looks_like_page

    assert not looks_like_page("\n".join(["* Home"] * 39 + [""] * 0))  # 39 lines: under 40, never a page
    assert looks_like_page("\n".join(["* Home item"] * 8 + ["A line of the menu"] * 32))  # 40: eight bullets
    def read(text: str) -> tuple[str, str | None, int] | None:
        found = _dateline(Paragraph(text, 0, len(text)), "en", None)
        return None if found is None else (found[0].text, found[0].agency, found[1])

    assert read("LAGOS, March 12 (Reuters) The bank raised rates.") == ("LAGOS, March 12 (Reuters)", "Reuters", 26)
    assert read("LAGOS (Reuters) \u2014 The bank raised rates.") == ("LAGOS (Reuters)", "Reuters", 18)
    assert read("LAGOS, March 12 The bank raised rates.") is None  # no dash, no bracket: no dateline
