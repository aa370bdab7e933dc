"""``html.meta.collect`` tells the rules of some tags by the tag alone (``_UNNAMED_TAGS``:
``meta``, ``link``, ``script``, ``style``, ``body``, ``html``, ``h1``): their class and id,
whatever they say, give no byline, date nor credit candidate, and an ``<h1>`` is a
headline element whatever its class."""


def test_class_words_on_tags_read_by_their_tag_give_no_candidates():
    from congo_digital.html.meta import collect
    from congo_digital.html.page import parse_tree
    from congo_digital.html.sighted import Sighted

    html = ("<html class='byline'><head><title>The vote</title>"
            "<meta class='byline' name='author' content='Jo Roe'><link class='date' rel='canonical' href='https://x.test/a'>"
            "<style class='byline'>p{}</style></head><body class='byline entry-content'>"
            "<h1 class='byline'>The vote</h1><script class='date'>var a = 'By Jan Doe';</script>"
            "<div class='byline'>By Ann Lee</div><span class='date'>7 May 2024</span></body></html>")
    seen = Sighted()
    found = [(c.field, c.value, c.source) for c in collect(parse_tree(html), html, [], seen)]
    assert found == [("title", "The vote", "html:title"), ("authors", "Jo Roe", "html:meta"),
                     ("url", "https://x.test/a", "html:link"), ("title", "The vote", "html:h1"),
                     ("authors", "By Ann Lee", "html:byline-text"),
                     ("date", "The vote By Ann Lee 7 May 2024", "html:date-class"),  # (the byline's parent)
                     ("authors", "By Ann Lee", "html:byline-class"), ("date", "7 May 2024", "html:date-class")]
    assert [el.tag for el in seen.headings] == ["h1"] and seen.marked == []
