"""The body of HTML pages: what the main text keeps and what it leaves out (html.maintext,
html.page.main_text, the layout's body)."""

from __future__ import annotations

from congo_digital.pipeline import parse_bytes

_PROSE = ("The council met on Tuesday to discuss the budget for the coming year, and the members "
          "agreed on most of the items after a long debate about the roads.")


def _page(article: str, extra: str = "", title: str = "Council agrees on the budget") -> bytes:
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<h1>{title}</h1>{article}{extra}</body></html>").encode()


def _body(html: bytes) -> str:
    return parse_bytes(html, input_format="html", parties=False, topics=False).body


def test_a_long_main_text_is_not_read_as_a_whole_page_dump():
    """Over 100 blocks under the headline: the lists and short rows stay (a text dump's
    prose-only rule is not applied to the main text of a page)."""
    items = "".join(f"<li>Item number {i} of the list</li>" for i in range(120))
    body = _body(_page(f"<article><p>{_PROSE}</p><ul>{items}</ul><p>{_PROSE}</p></article>"))
    assert "Item number 0 of the list" in body
    assert "Item number 119 of the list" in body
    assert body.count(_PROSE) == 2


_P2 = ("Roads in the north of the district will be repaired first, the mayor said, because the rains "
       "of last winter left deep holes that slowed the buses and the lorries for months.")
_P3 = ("The opposition voted against the plan and asked for more money for the schools, which "
       "they said had waited for new roofs since the floods of the year before last.")


def test_the_article_wrapper_is_kept_though_a_class_says_modal():
    """An article container whose classes also hold a boilerplate word ("modal-enabled")
    is not removed when it holds the article's marked body (``entry-content``)."""
    html = _page(f"<div class='box article modal-enabled'><div class='entry-content'>"
                 f"<p>{_PROSE}</p><p>{_P2}</p></div></div>",
                 extra="<div class='cookie-notice'><p>We use cookies to give you the best experience on "
                       "our site. By continuing to browse the site you agree to our use of cookies.</p></div>")
    assert _body(html) == f"{_PROSE}\n\n{_P2}"


def test_a_teaser_list_does_not_beat_the_marked_article_body():
    """Teaser summaries are text too, but the page's ``itemprop=articleBody`` holds the
    article and a list of links with summaries is mostly links."""
    teasers = "".join(f"<li><a href='/s{i}'>Another story number {i} about the region and its people</a>"
                      f"<p>Summary {i} of a story that readers may also like to read today.</p></li>"
                      for i in range(12))
    html = _page(f"<div itemprop='articleBody'><p>{_PROSE}</p><p>{_P2}</p></div>"
                 f"<ul class='stories'>{teasers}</ul>")
    assert _body(html) == f"{_PROSE}\n\n{_P2}"


def test_an_article_in_several_marked_blocks_is_read_whole():
    """The article printed in several ``article-text`` blocks between pictures and quotes:
    every block is kept, in order, and a promo box between them is not the end."""
    block = "<div class='o-block'><div class='grid'><div class='article-text'><p>{}</p></div></div></div>"
    html = _page("<article><div class='wrap'>" + block.format(_PROSE)
                 + "<div class='promo'><p>Subscribe to our newsletter for the best stories of the week.</p></div>"
                 + block.format(_P2) + block.format(_P3) + "</div></article>")
    assert _body(html) == f"{_PROSE}\n\n{_P2}\n\n{_P3}"


def test_a_cookie_banner_is_never_the_body():
    """A consent notice in a container whose classes also say ``article`` and ``modal``,
    before a short article: the body is the article, not the notice."""
    banner = ("<div class='article modal cookie-consent'><p>We use cookies and similar technologies to "
              "improve your experience, to show you personalised content and to analyse our traffic. "
              "By clicking Accept all you agree to the storing of cookies on your device. You can change "
              "your choice at any time in the privacy settings at the bottom of every page of this site, "
              "where you will also find our full privacy and cookie policy.</p></div>")
    html = _page(f"<main><article><p>{_PROSE}</p></article></main>", extra=banner)
    assert _body(html) == _PROSE


def test_a_slideshow_inside_the_article_is_not_body():
    """A gallery of captioned slides embedded mid-article is furniture; the text after it
    is still the article's (the body is not cut there)."""
    slides = "".join(f"<li><p>{i}/3 Another picture of the week</p><p>A caption of picture {i} that "
                     f"tells what the picture shows.</p></li>" for i in range(1, 4))
    html = _page(f"<article><p>{_PROSE}</p><div class='gallery'><ul>{slides}</ul></div><p>{_P2}</p>"
                 f"<p>{_P3}</p></article>")
    assert _body(html) == f"{_PROSE}\n\n{_P2}\n\n{_P3}"


def test_a_related_run_at_the_end_is_cut_in_the_page_language():
    """A "Lesen Sie auch" run of headlines closing the article is not body."""
    html = _page(f"<article><p>{_PROSE}</p><p>{_P2}</p><h3>Lesen Sie auch</h3>"
                 "<p>Neue Brücke für die Stadt</p><p>Der Bürgermeister im Gespräch</p></article>")
    assert _body(html) == f"{_PROSE}\n\n{_P2}"


def test_a_first_paragraph_above_a_dated_line_stays_in_the_body():
    """The article's own first paragraph, in the container above a date line (an embedded
    post's stamp), is body, not a standfirst to drop."""
    html = _page(f"<div class='entry-content'><p>{_PROSE}</p><p>— The Council (@council) June 1, 2017</p>"
                 f"<p>{_P2}</p><p>{_P3}</p></div>")
    body = _body(html)
    assert body.startswith(_PROSE)
    assert body.endswith(_P3)


def test_a_drop_cap_stays_with_its_word():
    """A drop cap set apart (hidden from screen readers, or a block of its own) is not lost:
    "T" + "urkey" gives "Turkey"."""
    rest = ("urkey, Poland and Hungary agreed on Tuesday to open the border crossings again after a "
            "long debate about the roads and the trade between them.")
    for cap in ("<p><span class='drop-cap' aria-hidden='true'>T</span>{}</p>",
                "<div class='dropcap'>T</div><p>{}</p>"):
        body = _body(_page("<article>" + cap.format(rest) + f"<p>{_P2}</p></article>", title="Border opens"))
        assert body == f"T{rest}\n\n{_P2}"


def test_the_wrapper_holding_most_of_the_prose_is_kept_though_a_class_says_share():
    """No marked body, and the article's own wrapper's classes hold a boilerplate word
    ("entry themeform share", "panel-display zen-one-sidebar-second"): it holds most of
    the page's prose (a run of paragraphs), so it is not removed."""
    for cls in ("entry themeform share", "panel-display zen-one-sidebar-second"):
        html = _page(f"<div class='{cls}'><p>{_PROSE}</p><p>{_P2}</p><p>{_P3}</p></div>",
                     extra="<div class='related'><p><a href='/a'>Another story about the council</a></p></div>")
        assert _body(html) == f"{_PROSE}\n\n{_P2}\n\n{_P3}", cls


def test_a_gallery_of_long_captions_is_not_kept_as_prose():
    """Captions stand one to a slide: a gallery's paragraphs are no run of prose, and the
    gallery stays out even when its captions are long."""
    slides = "".join(f"<li><img src='{i}.jpg'><p>Slide {i}: {_P3}</p></li>" for i in range(6))
    html = _page(f"<article><p>{_PROSE}</p><p>{_P2}</p></article>",
                 extra=f"<div class='full-gallery'><ul>{slides}</ul></div>")
    assert _body(html) == f"{_PROSE}\n\n{_P2}"


def test_the_stated_article_body_stands_in_when_the_markup_gives_little():
    """The page draws its article with scripts: the markup holds one short line, and its
    JSON-LD states the ``articleBody`` (with ``<p>`` markup and an entity): the stated
    paragraphs are the body."""
    import json

    stated = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                         "headline": "Council agrees on the budget",
                         "articleBody": f"<p>{_PROSE}</p><p>{_P2.replace('and', '&amp;', 1)}</p>"})
    html = _page("<div id='app'><p>Loading the article…</p></div>",
                 extra=f"<script type='application/ld+json'>{stated}</script>")
    assert _body(html) == f"{_PROSE}\n\n{_P2.replace('and', '&', 1)}"


def test_a_stated_teaser_does_not_replace_the_article():
    """A paywall's JSON-LD states only the first lines: the markup's longer text stays."""
    import json

    stated = json.dumps({"@type": "NewsArticle", "articleBody": _PROSE})
    html = _page(f"<article><p>{_PROSE}</p><p>{_P2}</p><p>{_P3}</p></article>",
                 extra=f"<script type='application/ld+json'>{stated}</script>")
    assert _body(html) == f"{_PROSE}\n\n{_P2}\n\n{_P3}"


def test_a_table_of_results_without_prose_keeps_its_rows():
    """A results page has no paragraph of prose: its short rows are the body (the footer
    scan, finding no prose to stop at, cut everything below a photo credit in the middle)."""
    rows = "".join(f"<p>{i}.</p><p>Runner number {i}, Club {i}</p><p>5{i},0{i} sec.</p>"
                   + ("<p>Foto: Club</p>" if i == 2 else "") for i in range(1, 9))
    html = _page(f"<article>{rows}<p>© 2007 Club</p></article>",
                 title="Ergebnisse: Regionalmeisterschaften 2007")
    body = _body(html)
    assert body.startswith("1.\n\nRunner number 1, Club 1\n\n51,01 sec.")
    assert body.endswith("Runner number 8, Club 8\n\n58,08 sec.")


def test_jetpack_related_posts_and_sharing_are_not_body():
    """WordPress's related-posts and sharing blocks (``jp-relatedposts``, ``sharedaddy``)
    are boilerplate by their class names."""
    extra = ("<div class='sharedaddy sd-sharing-enabled'><h3>Share this:</h3></div>"
             "<div id='jp-relatedposts' class='jp-relatedposts'><h3>Related</h3>"
             f"<p class='jp-relatedposts-post-excerpt'>{_P3}</p></div>")
    html = _page(f"<article><div class='entry-content'><p>{_PROSE}</p><p>{_P2}</p>{extra}</div></article>")
    assert _body(html) == f"{_PROSE}\n\n{_P2}"


def test_an_article_in_step_boxes_is_read_whole():
    """Each step's text stands alone in its step box (``div.step > div.stepContent``): the
    chosen box's siblings of the same class are the other steps, all kept in order."""
    steps = "".join(f"<div class='mod step'><div class='stepContent'><h3>Step {i}</h3>"
                    f"<p>{text}</p></div></div>" for i, text in enumerate((_PROSE + " " + _P2, _P2, _P3), 1))
    html = _page(f"<section class='main'><div class='col-main'>{steps}"
                 "<div class='community'><p><a href='/x'>Join us</a></p></div></div></section>")
    assert _body(html) == f"Step 1\n\n{_PROSE} {_P2}\n\nStep 2\n\n{_P2}\n\nStep 3\n\n{_P3}"


def test_a_run_of_links_ending_the_container_is_not_body():
    """Related headlines printed inside the article's container, under a label: the run of
    links that ends the text goes, and so does its short label; a link inside a sentence
    stays."""
    related = "".join(f"<p><a href='/n{i}'>Another council story number {i}</a></p>" for i in range(4))
    html = _page(f"<article><p>{_PROSE}</p><p>{_P2} See <a href='/plan'>the plan</a>.</p>"
                 f"<h3>Mehr zum Thema</h3>{related}</article>")
    assert _body(html) == f"{_PROSE}\n\n{_P2} See the plan."


def test_a_dated_update_line_above_the_text_is_not_kept_as_prose():
    """On a page whose markup gives a credit and a date, a short sentence stating a date
    ("Article mis à jour le 7 janvier 2020.") above the first long paragraph is a date
    line: it stays out of the body and does not become the publication date."""
    head = ("<meta name='author' content='Jeanne Roe'>"
            "<meta property='article:published_time' content='2018-09-30T10:00:00+02:00'>")
    html = (f"<html lang='fr'><head><title>Le conseil vote le budget</title>{head}</head><body>"
            "<h1>Le conseil vote le budget</h1><article><p>Article mis à jour le 7 janvier 2020.</p>"
            "<p>Le conseil municipal a voté mardi le budget de l'année prochaine après un long débat "
            "sur les routes, les écoles et les transports de la commune.</p></article></body></html>").encode()
    record = parse_bytes(html, input_format="html", parties=False, topics=False)
    assert record.date == "2018-09-30T10:00+02:00"
    assert record.body.startswith("Le conseil municipal a voté mardi")


def test_a_video_timer_is_not_body():
    """A video player drawn with divs prints its timer ("00:00 / 03:15") as a block."""
    html = _page(f"<article><p>{_PROSE}</p><div class='player'><span>00:00 / 03:15</span></div><p>{_P2}</p></article>")
    assert _body(html) == f"{_PROSE}\n\n{_P2}"



def test_the_wrapper_with_half_of_the_prose_and_most_of_the_text_is_kept():
    """The article's wrapper says "banner" in a class name; it holds just over half of the
    page's prose (a box of teaser summaries holds the rest): it stays, and the article
    with it."""
    teaser = ("Readers also followed the vote in the neighbouring town, where the council met "
              "on Monday and argued about parking fees for hours.")
    html = _page(f"<div class='main_container follow_banner_align'><div class='text'><p>{_PROSE}</p>"
                 f"<p>{_P2}</p></div><div class='para'><p>{_P3}</p></div></div>",
                 extra=f"<div class='teasers'><p>{teaser}</p><p>{teaser}</p></div>")
    assert _body(html).startswith(f"{_PROSE}\n\n{_P2}\n\n{_P3}")


def test_the_main_landmark_is_kept_though_its_wrapper_says_ad():
    """The page's one ``<main>`` (its main content, by the HTML standard) and its ancestors
    are not removed for a wrapper's class word ("l-wrapper gate-ad"): a short news item of
    one paragraph and lists, inside a wrapper that also holds the site's long menus, lost
    everything but the menus."""
    menu = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(60))
    html = (f"<html><head><title>Earthquake off the coast</title></head><body>"
            f"<div class='l-wrapper gate-ad'><ul class='menu-list'>{menu}</ul>"
            f"<div class='l-main'><main><h1>Earthquake off the coast</h1><div class='story'>"
            f"<p>{_PROSE}</p><p>Intensities were:</p><ul><li>Town A, Town B</li><li>Town C</li></ul>"
            f"</div></main></div></div></body></html>").encode()
    assert _body(html) == f"{_PROSE}\n\nIntensities were:\n\nTown A, Town B\n\nTown C"


def test_a_page_with_only_a_cookie_banner_says_it_found_no_article():
    """An empty body is said in the record's warnings (it came out silently, exit 0)."""
    html = (b"<html><body><div class='cookie-banner'><p>We use cookies to improve your experience. By "
            b"continuing you accept our use of cookies and our privacy policy.</p><button>Accept</button>"
            b"</div></body></html>")
    record = parse_bytes(html, input_format="html", parties=False, topics=False)
    assert (record.body, record.warnings) == ("", ["no article text found: the body is empty"])


def test_paragraph_boxes_of_a_gallery_article_are_body():
    """A list article drawn as a gallery keeps its text in 'gallery--paragraph' boxes: a
    class token naming a paragraph is the article's text, not a gallery to remove (the
    body came out empty)."""
    boxes = "".join(f"<div class='gallery--paragraph'><p>{text}</p></div>" for text in (_PROSE, _P2, _P3))
    html = _page(f"<div class='gallery--wrapper'>{boxes}<div class='gallery--ad'><p>Advertisement</p></div></div>")
    assert _body(html) == f"{_PROSE}\n\n{_P2}\n\n{_P3}"


def test_an_author_box_under_the_article_is_not_body():
    """The writer's bio in an ``author-bio``/``author_card`` box after the text is not the
    article (html.json ``boilerplate_classes``)."""
    bio = ("<div class='author-bio'><p>Jane Roe is a professor of public law at the University of "
           "Example and writes on courts and elections.</p></div>")
    card = "<div class='author_card'><p>Jane Roe has written for the paper since 2007 on science.</p></div>"
    html = _page(f"<article><p>{_PROSE}</p><p>{_P2}</p>{bio}{card}</article>")
    assert _body(html) == f"{_PROSE}\n\n{_P2}"


def test_a_rendering_stopped_after_the_container_gives_the_same_blocks_up_to_it():
    """``render(..., until=...)`` stops at the first block after that element ends: the blocks
    up to there are those of the whole rendering, a drop cap that ends the container glued to
    the block after it as the whole rendering glues it."""
    from congo_digital.html.maintext import render
    from congo_digital.html.page import parse_tree

    for tail in ("<p>urkey and its neighbours met again.</p>", "<p>Another story.</p><p>And one more.</p>", ""):
        body = parse_tree(f"<html><body><p>Before it.</p><div id='a'><p>{_PROSE}</p><div>T</div></div>{tail}"
                          "<aside><p>Related links</p></aside></body></html>").find("body")
        part = body.find("div")
        whole, where = render(body, (part,))
        cut, cut_where = render(body, (part,), until=part)
        assert cut_where == where
        assert [(b.tag, b.text) for b in cut] == [(b.tag, b.text) for b in whole[:len(cut)]]
        assert len(cut) > where[-id(part)] or len(cut) == len(whole)
    assert [b.text for b in whole] == ["Before it.", _PROSE, "T", "Related links"]
