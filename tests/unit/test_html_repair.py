"""An ``<a href>`` left open in a paragraph does not take the rest of the article with it
(``html.repair.close_open_links``)."""

from __future__ import annotations

from lxml import etree

from congo_digital.html.page import parse_tree
from congo_digital.html.repair import close_open_links
from congo_digital.pipeline import parse_bytes

_PARAS = [
    "The city council voted on Tuesday to approve a new bridge over the river, ending a debate of three years.",
    "Supporters said the bridge would cut travel times for thousands of commuters who now drive around the bay.",
    "The mayor, who backed the plan, said construction would begin next spring and last about two years.",
    "Opponents argued the cost, estimated at 40 million dollars, would strain the city budget for a decade.",
    "The council will hold a public meeting next month to discuss the design of the bridge and its approaches.",
]


def _body(html: bytes) -> str:
    return parse_bytes(html, input_format="html", parties=False, topics=False).body


def _page(open_link: bool) -> bytes:
    link = '<a href="/related/bridge">Read the history of the plan' + ("" if open_link else "</a>")
    paras = [f"<p>{_PARAS[0]}</p>", f"<p>{_PARAS[1]} {link}"] + [f"<p>{p}</p>" for p in _PARAS[2:]]
    return ("<html><head><title>Council approves new bridge</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
            "<h1>Council approves new bridge</h1>" + "\n".join(paras) + "</article></body></html>").encode()


def test_an_unclosed_link_keeps_the_paragraphs_after_it():
    body = _body(_page(open_link=True))
    assert body.split("\n\n") == [_PARAS[0], _PARAS[1] + " Read the history of the plan"] + _PARAS[2:]
    assert body == _body(_page(open_link=False))


def test_the_link_ends_before_its_first_block_in_order():
    two, three = _PARAS[2], _PARAS[3]
    tree = parse_tree(f"<html><body><p>One <a href='/x'>link <b>bold</b> tail<p>{two}</p>mid<div>{three}</div>"
                      "end</a>after</p></body></html>")
    assert close_open_links(tree) == 1
    assert etree.tostring(tree.find("body"), encoding="unicode") == (
        f'<body><p>One <a href="/x">link <b>bold</b> tail</a><p>{two}</p>mid<div>{three}</div>endafter</p></body>')


def test_an_unclosed_link_inside_an_inline_tag_or_a_heading_keeps_the_article():
    paras = "".join(f"<p>{p}</p>" for p in _PARAS[1:])
    for opened in (f"<p>{_PARAS[0]} <em><a href='/x'>Read more", "<h2><a href='/x'>Subhead",
                   f"<div>{_PARAS[0]} <a href='/x'>Read more"):
        html = ("<html><head><title>Council approves new bridge</title></head><body><article>"
                f"<h1>Council approves new bridge</h1>{opened}{paras}</article></body></html>")
        assert _body(html.encode()).split("\n\n")[-4:] == _PARAS[1:], opened


def test_card_links_are_left_alone():
    """A card link (a heading, a picture, a short teaser), in a div or in a paragraph."""
    for card in ("<div><a href='/x'><h3>Teaser</h3><p>Short text</p></a></div>",
                 "<p><a href='/rail'><img src='r.jpg'><h3>Rail strike to go ahead next week</h3></a></p>",
                 "<p><a href='/x'><div><h3>Old bridge to close</h3><p>Repairs will take a year.</p></div></a></p>",
                 f"<div><a href='/x'><h3>Old bridge</h3><p>{_PARAS[2]}</p><p>{_PARAS[3]}</p></a></div>",
                 f"<ul><li><a href='/x'><img src='b.jpg'><div>{_PARAS[2]}</div><div>{_PARAS[3]}</div></a></li></ul>"):
        tree = parse_tree(f"<html><body>{card}</body></html>")
        before = etree.tostring(tree, encoding="unicode")
        assert close_open_links(tree) == 0
        assert etree.tostring(tree, encoding="unicode") == before
    html = _page(open_link=False).replace(b"</article>", b"<p><a href='/rail'><img src='r.jpg'>"
                                          b"<h3>Rail strike to go ahead next week</h3></a></p></article>")
    assert _body(html).split("\n\n") == _PARAS[:1] + [_PARAS[1] + " Read the history of the plan"] + _PARAS[2:]


def test_the_links_noted_by_the_markup_walk_are_those_asked():
    """``close_open_links`` given the links that ``html.meta.collect``'s walk noted (the
    ``<a>`` holding elements) closes the same links as its query over the page."""
    from congo_digital.html.meta import collect
    from congo_digital.html.sighted import Sighted

    two, three = _PARAS[2], _PARAS[3]
    html = (f"<html><body><p>One <a href='/x'>link <b>bold</b> tail<p>{two}</p>mid<div>{three}</div>end</a>after</p>"
            f"<div><a href='/y'><h3>Teaser</h3><p>{two}</p><p>{three}</p></a><a href='/z'>plain</a></div>"
            "</body></html>")
    tree, again = parse_tree(html), parse_tree(html)
    seen = Sighted()
    collect(tree, html, [], seen)
    assert [a.get("href") for a in seen.links] == ["/x", "/y"]
    assert seen.elements == list(tree.iter())  # (every element held, in document order)
    assert close_open_links(tree, seen.links) == 1
    assert close_open_links(again) == 1
    assert etree.tostring(tree, encoding="unicode") == etree.tostring(again, encoding="unicode")
