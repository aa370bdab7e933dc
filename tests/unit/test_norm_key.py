"""``fields.common.norm_key``: comparison keys, kept across calls for short texts."""

from congo_digital.fields import common
from congo_digital.fields.common import norm_key
from congo_digital.html.page import parse_tree


def test_keys_drop_case_accents_and_punctuation_the_same_when_asked_again():
    for _ in range(2):
        assert norm_key("Élection à Kinshasa : le vote reporté !") == "election a kinshasa le vote reporte"
        assert norm_key("The Mayor's PLAN, approved") == "the mayor s plan approved"


def test_a_long_text_is_not_kept_and_a_string_of_the_tree_is_kept_as_a_plain_copy():
    long_text = "word " * 100
    assert norm_key(long_text) == " ".join(["word"] * 100)
    assert long_text not in common._KEYS
    tree = parse_tree("<html><body><h1>Le Conseil vote le budget</h1></body></html>")
    text = tree.xpath("//h1/text()")[0]  # (an lxml string: it holds its element)
    assert norm_key(text) == "le conseil vote le budget"
    kept = next(k for k in common._KEYS if k == text)
    assert type(kept) is str
