"""What an element's class, id and data-testid say, told by one gate search
(``html.sighted.names_say``): the same answers as the three questions asked apart."""


def test_names_say_gives_the_answers_of_the_three_questions():
    """``names_say`` answers (``labels.class_kind``, ``names_headline``, ``marks_body``
    without an itemprop) as each would, for strings the gate lets through and for those it
    tells no at once."""
    from congo_digital.html.container import marks_body
    from congo_digital.html.labels import class_kind
    from congo_digital.html.sighted import names_headline, names_say

    names = [("byline", None, None), ("article__headline", None, None), (None, "entry-content", None),
             ("nav-menu x9f", "q1", None), (None, None, None), ("Meta-Date", None, None),
             ("author-bio", None, None), (None, None, "story-credit"), ("ÜBERSCHRIFT Titel", None, None),
             ("shadow-box", "main", "x")]
    for cls, ident, testid in names:
        apart = (class_kind(f"{cls or ''} {ident or ''} {testid or ''}"), names_headline(cls, ident),
                 marks_body(None, cls, ident))
        assert names_say((cls, ident, testid)) == apart
    assert [names_say(n) for n in names[:4]] == [("byline", False, False), ("", True, False),
                                                 ("", False, True), ("", False, False)]
    assert names_say(names[6]) == ("author-box", False, False)
    assert names_say(names[7]) == ("credit", False, False)
