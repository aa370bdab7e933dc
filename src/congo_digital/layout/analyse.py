"""The text layout's entry: a plain article or a whole web page rendered to text.

``analyse`` cuts the text into lines (``lines.split_lines``) and reads it as a rendered
page (``page.analyse_page``) when it looks like one and a headline scores, else as a plain
article (``article.analyse_article``).
"""

from __future__ import annotations

import re

from congo_digital.layout.article import analyse_article
from congo_digital.layout.date_order import page_locale
from congo_digital.layout.lines import Layout, split_lines
from congo_digital.layout.page import analyse_page, looks_like_page
from congo_digital.settings import MAX_ARTICLE_LINES

__all__ = ["Layout", "analyse"]

_BLANK_HEAD = re.compile(r"(?:[^\S\n]*\n)*")


def analyse(text: str, *, language: str | None = None, headline: str | None = None) -> Layout:
    """Find the parts of a plain-text article or of a web page rendered to text.

    ``text`` is the decoded text (LF newlines); ``language`` (BCP 47) helps read dates;
    their day/month order is decided once for the text (``date_order.page_locale``).
    ``headline`` is the title when it is known from elsewhere (an HTML page's markup):
    the text is then read as standing under it (the header lines after a headline, the
    body), and offsets index ``headline + "\\n\\n" + text``; such a text is a page's main
    text, never read as a whole page dumped to text (its lists and short rows are body).
    Returns a ``Layout`` whose candidates' offsets index into ``text`` (so joined).  Blank lines before the first line
    of text and after the last do not count (the header window, the page test, the footer
    scan and the line limit start at the text).  At most ``MAX_ARTICLE_LINES`` lines are
    read.  Never raises on malformed text.
    """
    if headline is not None:
        text = headline + "\n\n" + text
    lead = _BLANK_HEAD.match(text).end()  # type: ignore[union-attr]  # (it matches the empty string)
    if lead or text[-1:].isspace():
        return _analyse(text[lead:].rstrip(), language, headline is None).shifted(lead)
    return _analyse(text, language, headline is None)


def _analyse(text: str, language: str | None, dump: bool = True) -> Layout:
    """``dump``: the text may be a whole page rendered to text (``page.looks_like_page``)."""
    language = page_locale(text, language)  # the day/month order, once for the whole text
    lines = split_lines(text, MAX_ARTICLE_LINES)
    if dump and looks_like_page(text):
        page = analyse_page(text, lines, language)
        if page is not None:
            return page
    return analyse_article(text, lines, language, headed=not dump)
