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
