"""``enrich.doc.make_doc``: the sentence ids a run's marks set and the ignored flags a "©"
sets, on made-up text (runs read as one plain word and runs of several tokens)."""

from __future__ import annotations

from congo_digital.enrich.doc import make_doc


def test_marks_end_sentences_and_a_copyright_sign_ignores_the_rest_of_its_line() -> None:
    doc = make_doc('Prices rose. Sales fell! Why? Photo \u00a9 BBC, 2024\nThe "Dr. Mba" said: Yes.', "en")
    assert [(t.text, t.sent, t.ignored, t.is_word, t.cap) for t in doc.tokens] == [
        ("Prices", 0, False, True, True), ("rose", 0, False, True, False), (".", 0, False, False, False),
        ("Sales", 1, False, True, True), ("fell", 1, False, True, False), ("!", 1, False, False, False),
        ("Why", 2, False, True, True), ("?", 2, False, False, False),
        ("Photo", 3, False, True, True), ("\u00a9", 3, True, False, False), ("BBC", 3, True, True, True),
        (",", 3, True, False, False), ("2024", 3, True, False, False),
        ("The", 4, False, True, True), ('"', 4, False, False, False), ("Dr.", 4, False, True, True),
        ("Mba", 4, False, True, True), ('"', 4, False, False, False), ("said", 4, False, True, False),
        (":", 4, False, False, False), ("Yes", 5, False, True, True), (".", 5, False, False, False)]
    assert doc.lower_words() == frozenset({"rose", "fell", "said"})
    assert doc.capitalised() == [0, 3, 6, 8, 10, 13, 15, 16, 20]


def test_paragraphs_are_the_walks_ranges_of_tokens_and_a_long_line_a_lower_case_line_continues_goes_on() -> None:
    text = ("\n\nFirst para one.\n\nStill the first para goes on here with more than forty-five chars\n"
            "and this line continues its sentence.\n\n\nThird para.\n \nStill third")
    doc = make_doc(text, "en")
    paras = {2: range(0, 4), 3: range(4, 23), 5: range(23, 28)}  # (a line of a space parts none)
    assert doc.paragraphs() == paras
    assert doc.paragraph(0) == range(0) and doc.paragraph(4) == range(0)
    assert [t.para for t in doc.tokens] == [2] * 4 + [3] * 19 + [5] * 5
    sents = [t.sent for t in doc.tokens]  # (the long line ends no sentence: the next goes on)
    assert sents[4:23] == [sents[4]] * 19 and sents[3] < sents[4] and sents[22] < sents[23]
    # the ranges a walk over the tokens' paragraph ids finds (``Doc.paragraphs`` without the cache)
    doc._paras = None
    assert doc.paragraphs() == paras
