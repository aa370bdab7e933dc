"""The Python API: parse one article's text, HTML or file, or many files in parallel.

Each ``parse_*`` function returns an ``Article`` (``congo_digital.model``) or raises
``InputError`` (``congo_digital.errors``), whose ``kind`` says what is wrong (``"empty"``,
``"binary"``, ``"undecodable"``, ``"missing"``, ``"too-large"``, ``"not-an-article"`` …).
``parties=False`` and ``topics=False`` skip those two steps (their lists stay empty), which
makes a parse several times faster when only the title, authors, date and body are needed.

Layer: above ``pipeline`` and ``batch``; the CLI does not use it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Literal, overload

from congo_digital import pipeline
from congo_digital.batch.pool import run_batch
from congo_digital.batch.task import Options, Task
from congo_digital.errors import InputError
from congo_digital.fields.facts import url_problem
from congo_digital.model import Article, article_of
from congo_digital.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

__all__ = ["parse_file", "parse_html", "parse_many", "parse_text"]


def _checked_url(url: str | None) -> str | None:
    """``url`` when it is ``None`` or an absolute ``http``/``https`` address with a host
    (``fields.facts.url_problem``, the check of the CLI's ``--url``).  Raises
    ``ValueError`` for anything else (``"not a url"``, ``"/a/b"``, ``"ftp://h/x"``) and
    ``TypeError`` for a non-``str``."""
    if url is None:
        return None
    if not isinstance(url, str):
        raise TypeError(f"url takes a str, not {type(url).__name__}")
    why = url_problem(url)
    if why is not None:
        raise ValueError(f"url: {why}")
    return url


def parse_text(text: str, *, url: str | None = None, language: str | None = None,
               parties: bool = True, topics: bool = True) -> Article:
    """Parse the plain text of one news article.

    ``text`` is read as plain text even when it holds markup (use ``parse_html`` for a
    page).  ``url`` is recorded in ``Article.url``; ``language`` (a BCP 47 tag such as
    ``"fr"``) is taken as the article's language instead of detecting it.  ``parties`` and
    ``topics`` set to ``False`` skip those steps.  ``source.path`` is ``None``.

    Returns the ``Article``.  Raises ``InputError`` (kind ``empty`` for a blank text),
    ``ValueError`` when ``url`` is not an absolute ``http``/``https`` address (as the
    CLI's ``--url`` is refused) and ``TypeError`` when ``text`` is not a ``str``.

    >>> parse_text("Rain Expected in Brazzaville\\n\\nBy Jane Doe\\n\\nRain is expected.").authors[0].name
    'Jane Doe'
    """
    if not isinstance(text, str):
        raise TypeError(f"parse_text takes a str, not {type(text).__name__}; for bytes use parse_html or parse_file")
    return pipeline.parse_bytes(text, url=_checked_url(url), input_format="text", language=language,
                                parties=parties, topics=topics)


def parse_html(html: str | bytes, *, url: str | None = None, parties: bool = True, topics: bool = True) -> Article:
    """Parse the HTML page of one news article.

    ``html`` is the page's source, as a ``str`` or as its raw ``bytes`` (then its encoding is
    detected from the BOM, the ``<meta charset>`` or the bytes).  It is read as HTML even
    when it does not look like a full page.  ``url`` is the page's address: ``Article.url``
    unless the page states its own (canonical link, ``og:url``), and the base of the page's
    relative addresses.  ``parties`` and ``topics`` as in ``parse_text``.

    Returns the ``Article``.  Raises ``InputError`` (``empty``, ``binary``, ``undecodable``,
    ``not-an-article`` for a feed or an SVG image), ``ValueError`` for a ``url`` that is not
    an absolute ``http``/``https`` address and ``TypeError`` for another type.
    """
    if not isinstance(html, str | bytes | bytearray):
        raise TypeError(f"parse_html takes a str or bytes, not {type(html).__name__}")
    return pipeline.parse_bytes(html, url=_checked_url(url), input_format="html", parties=parties, topics=topics)


def parse_file(path: str | os.PathLike[str], *, url: str | None = None,
               input_format: Literal["auto", "text", "html"] = "auto", max_bytes: int = DEFAULT_MAX_BYTES,
               parties: bool = True, topics: bool = True) -> Article:
    """Read and parse one file: an article's text or its saved HTML page.

    ``path`` is a ``str`` or a ``pathlib.Path`` (``"-"`` reads standard input);
    ``input_format`` forces the reading (``"text"``, ``"html"``) or detects it (``"auto"``);
    files larger than ``max_bytes`` bytes are refused.  ``url``, ``parties`` and ``topics``
    as in ``parse_text``.  ``source.path`` is ``str(path)``.

    Returns the ``Article``.  Raises ``InputError`` (``missing``, ``unreadable``,
    ``too-large``, ``empty``, ``binary``, ``undecodable``, ``not-an-article``) and
    ``ValueError`` for a ``url`` that is not an absolute ``http``/``https`` address.
    """
    return pipeline.parse_path(path, max_bytes=max_bytes, url=_checked_url(url), input_format=input_format,
                               parties=parties, topics=topics)


@overload
def parse_many(paths: Iterable[str | os.PathLike[str]], *, jobs: int = ..., errors: Literal["raise"] = ...,
               input_format: Literal["auto", "text", "html"] = ..., max_bytes: int = ...,
               timeout: float | None = ..., parties: bool = ..., topics: bool = ...) -> Iterator[Article]: ...


@overload
def parse_many(paths: Iterable[str | os.PathLike[str]], *, jobs: int = ..., errors: Literal["yield"],
               input_format: Literal["auto", "text", "html"] = ..., max_bytes: int = ...,
               timeout: float | None = ..., parties: bool = ...,
               topics: bool = ...) -> Iterator[Article | InputError]: ...


def parse_many(paths: Iterable[str | os.PathLike[str]], *, jobs: int = 1, errors: Literal["raise", "yield"] = "raise",
               input_format: Literal["auto", "text", "html"] = "auto", max_bytes: int = DEFAULT_MAX_BYTES,
               timeout: float | None = DEFAULT_TIMEOUT, parties: bool = True,
               topics: bool = True) -> Iterator[Article] | Iterator[Article | InputError]:
    """Parse many files, ``jobs`` at a time, and yield one result per path, in the paths' order.

    ``paths`` may be any iterable (a generator, ``Path.rglob(...)``); it is consumed as the
    work goes, and memory stays bounded however many paths there are.  ``jobs`` > 1 runs
    that many worker processes (on Windows and macOS, call it under
    ``if __name__ == "__main__":``, as ``multiprocessing`` requires).  Each file gets
    ``timeout`` seconds (``None`` or 0: no limit); past it, it fails with kind ``timeout``.
    ``input_format``, ``max_bytes``, ``parties`` and ``topics`` as in ``parse_file``.

    With ``errors="raise"`` (the default) the first file that cannot be parsed raises its
    ``InputError`` and ends the iteration; with ``errors="yield"`` the ``InputError`` is
    yielded in the file's place and the batch goes on.  Besides the kinds of ``parse_file``,
    kinds ``timeout``, ``too-deep`` and ``internal`` (a bug in the parser) can occur.
    Raises ``ValueError`` for another ``errors`` and ``TypeError`` when ``paths`` is one path
    (a string would be read character by character).
    """
    if errors not in ("raise", "yield"):
        raise ValueError(f"errors must be 'raise' or 'yield', not {errors!r}")
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError(f"parse_many takes an iterable of paths, not one path ({paths!r}): "
                        "give [path], or call parse_file")
    options = Options(max_bytes=max_bytes, input_format=input_format, parties=parties, topics=topics,
                      timeout=timeout)
    tasks = (Task(os.fspath(p)) for p in paths)
    return _results(run_batch(tasks, options, jobs=jobs), errors == "raise")


def _results(outcomes: Iterator, raise_errors: bool) -> Iterator:
    try:
        for outcome in outcomes:
            if outcome.error is None:
                yield article_of(outcome.article)
            elif raise_errors:
                raise outcome.error
            else:
                yield outcome.error
    finally:
        outcomes.close()
