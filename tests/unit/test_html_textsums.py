"""``html.textsums.text_sums`` counts each element's text from what its children gave it;
an element without text of its own or below it gives its parent only its tail."""

import lxml.etree


def _expected(el):
    """``para_text``'s figures read the slow way: the element's whole text and its links' texts."""
    text = " ".join(" ".join(el.itertext()).split())
    link = sum(len(" ".join(a.itertext())) for a in el.iter("a"))
    return len(text), link


def test_elements_without_text_give_their_tails_and_count_zero():
    from congo_digital.html.textsums import text_sums

    root = lxml.etree.fromstring(
        "<div><span><img/><i></i></span>  one <b/>two three<a><em/></a> <a><br/>four</a>five"
        "<p><span/>\n</p></div>")
    sums: dict = {}
    got = text_sums(root, sums)
    assert got[root] == (len("one two three four five"), 4)
    for el in root.iter():
        assert got[el] == _expected(el)
    empty = [el.tag for el in root.iter() if sums[el] == (0, 0, 0, 0, 0)]
    assert empty == ["span", "img", "i", "b", "a", "em", "br", "span"]  # (not the second link: it holds "four")
    p = root.find("p")
    assert sums[p] == (0, 0, 1, 1, 0)  # its span's tail "\n": a piece of raw text, no word


def test_a_comment_tail_counts_and_a_link_without_text_counts_no_link_text():
    from congo_digital.html.textsums import text_sums

    root = lxml.etree.fromstring("<div><a><img/></a><!-- c -->after it<a> x </a></div>")
    got = text_sums(root, {})
    assert got[root] == (len("after it x"), 3)  # the second link's raw " x ": 3 characters
    assert got[root.find("a")] == (0, 0)
