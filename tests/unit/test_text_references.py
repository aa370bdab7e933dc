"""HTML character references left in a plain text are decoded (``read.references``), and
the record's offsets still index the text as the user has it."""

from __future__ import annotations

import pytest

from congo_digital.pipeline import parse_bytes
from congo_digital.read.document import decode_document
from congo_digital.read.offsets import OffsetMap
from congo_digital.read.references import decode_references


@pytest.mark.parametrize(("text", "want"), [
    ("the G7 communiqu&#233; said", "the G7 communiqué said"),
    ("Jos&#xE9; and Jos&#xe9;", "José and José"),
    ("AT&amp;T and &lt;b&gt;", "AT&T and <b>"),
    ("10&nbsp;km", "10\xa0km"),
    ("prices rose 5&#150;6%", "prices rose 5\u20136%"),  # (HTML reads 0x80-0x9F as Windows-1252)
])
def test_complete_references_are_decoded(text: str, want: str):
    assert decode_references(text)[0] == want


@pytest.mark.parametrize("text", [
    "R&paragraph; is no entity",  # a name outside the HTML standard's list
    "R&para and &copy 2024",  # no ";": a browser reads them in a page, a plain text keeps them
    "a bell &#7; and &#0; and &#xD800;",  # no printable character
    "?a=1&b=2&c=3",  # a URL's query
    "Marks & Spencer; and B&Q;",
])
def test_other_ampersands_are_kept(text: str):
    assert decode_references(text) == (text, [])


def test_the_warning_counts_the_references_and_names_their_kinds():
    text = "Jos&#233; and Ren&#233; at AT&amp;T &lt; &gt; &quot;"
    assert decode_references(text)[1] == [
        "6 HTML character references decoded in the text (&#233;, &amp;, &lt;, ...)"]
    assert decode_references("caf&#233;")[1] == ["1 HTML character reference decoded in the text (&#233;)"]


def test_offsets_map_back_to_the_references():
    offsets = OffsetMap()
    raw = "Jos&#233; Manuel Barroso, the G7 communiqu&#233; said"
    text, _ = decode_references(raw, offsets)
    assert text == "José Manuel Barroso, the G7 communiqué said"
    start = text.index("José")
    assert offsets.to_raw(start, start + len("José Manuel Barroso")) == (0, len("Jos&#233; Manuel Barroso"))
    start = text.index("communiqué")
    assert raw[slice(*offsets.to_raw(start, start + len("communiqué")))] == "communiqu&#233;"


def test_a_page_is_left_to_the_html_parser():
    assert decode_document(b"<html><body><p>caf&amp;#233;</p></body></html>").text == (
        "<html><body><p>caf&amp;#233;</p></body></html>")


ARTICLE = (
    b"EU keeps its software patent plan, says Barroso&#8217;s office\n\n"
    b"The European Commission will not redraft its plan, Commission President Jos&#233; Manuel Barroso "
    b"told members of the European Parliament on Tuesday.\n\n"
    b"Mr Barroso said the plan would go ahead as written, and that the Commission had heard the "
    b"objections of small firms. Jos&#233; Manuel Barroso added that talks would go on.\n"
)


def test_a_name_with_a_reference_is_read_whole_and_offsets_index_the_input():
    article = parse_bytes(ARTICLE, path="eu.txt")
    assert article.title == "EU keeps its software patent plan, says Barroso\u2019s office"
    raw = ARTICLE.decode("utf-8")
    evidence = article.evidence["title"]
    assert raw[evidence.start:evidence.end] == evidence.text == (
        "EU keeps its software patent plan, says Barroso&#8217;s office")
    person = next(p for p in article.parties if p.kind == "person" and "Barroso" in p.name)
    assert person.name == "José Manuel Barroso"
    assert article.body[person.evidence[0].start:person.evidence[0].end] == "José Manuel Barroso"  # (body offsets)
    assert article.warnings == ["3 HTML character references decoded in the text (&#8217;, &#233;)"]
