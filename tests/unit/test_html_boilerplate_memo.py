"""strip_boilerplate's answers on class strings are kept in html.maintext.BOILERPLATE
(memo.Memo): each "{class} {id} {role}" is asked once (made-up class names)."""

from __future__ import annotations

from congo_digital.html.maintext import BOILERPLATE, strip_boilerplate
from congo_digital.html.page import parse_tree


def test_boilerplate_answers_are_kept() -> None:
    BOILERPLATE.clear()
    asked = ["related-posts  ", "story post-9 ", "sidebar-wrapper  ", " comments "]
    assert [BOILERPLATE[a] for a in asked] == [True, False, False, True]
    assert dict(BOILERPLATE) == {"related-posts  ": True, "story post-9 ": False, "sidebar-wrapper  ": False,
                                 " comments ": True}


def test_strip_boilerplate_reads_them() -> None:
    BOILERPLATE.clear()
    tree = parse_tree('<html><body><div class="story"><p>One line of the story.</p></div>'
                      '<div class="related-posts"><p>Another story</p></div>'
                      '<ul id="comments" role="list"><li>A reader</li></ul></body></html>')
    body = tree.find("body")
    strip_boilerplate(body)
    assert [el.get("class") or el.get("id") for el in body] == ["story"]
    assert dict(BOILERPLATE) == {"story  ": False, "related-posts  ": True, " comments list": True}
