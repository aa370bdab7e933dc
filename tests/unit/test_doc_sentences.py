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
