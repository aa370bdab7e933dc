"""``html.meta.collect`` reads a label ("By", "Published:") at the head of an element's
text, or of its first child's when it has no text of its own; a first child that is not
an element (a comment) gives no head.  The first child's text, read for its parent, is
the child's own text at the next step of the walk."""

import lxml.etree


def test_labels_in_a_first_child_are_read_for_the_parent_and_the_child():
    from congo_digital.html.meta import collect
    from congo_digital.html.page import parse_tree

    html = ("<html><body><div><span>By Ann Lee</span> and more</div>"
            "<p><span>Published: 7 May 2024</span></p><section><b>By Jan Doe</b></section>"
            "<div><i>By Ed Moe</i><i>x</i></div></body></html>")
    tree = parse_tree(html)
    tree.findall(".//div")[1].insert(0, lxml.etree.Comment("c"))  # (the parser keeps none)
    found = [(c.field, c.value, c.source, c.kind) for c in collect(tree, html)]
    assert found == [
        ("authors", "By Ann Lee and more", "html:byline-text", "div"),
        ("date", "By Ann Lee and more Published: 7 May 2024 By Jan Doe By Ed Moe x", "html:date-class", None),
        ("authors", "By Ann Lee", "html:byline-text", "span"),
        ("date", "Published: 7 May 2024", "html:date-text", None),
        ("authors", "By Jan Doe", "html:byline-text", "b"),  # (a section's head is not read)
        ("authors", "By Ed Moe", "html:byline-text", "i")]  # (its div's first child is the comment)
