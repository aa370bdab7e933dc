"""Lines of a page's ad slots and section marks printed between an article's paragraphs
("Article content", "Advertisement 3", "Story continues below") are template lines, not
text (kinds written for these tests)."""

from congo_digital.layout.lines import is_noise


def test_ad_slot_and_section_marks_are_noise():
    for line in ("Article content", "Advertisement 3", "Advertisement", "Story continues below",
                 "This advertisement has not loaded yet, but your article continues below.",
                 "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY"):
        assert is_noise(line, line), line


def test_a_sentence_that_opens_like_a_mark_is_text():
    for line in ("Article content moderation is the topic of the new law.", "Advertisement 3 was shown twice",
                 "Advertisement 3 days later"):
        assert not is_noise(line, line), line
