"""Parties: the countries, people and organisations a story is about (stub)."""

from __future__ import annotations

from congo_digital.model import Party


def find_parties(body: str, *, title: str | None = None, language: str | None = None) -> list[Party]:
    """Return the actors of the story, most important first.

    ``body`` is ``Article.body`` (paragraphs separated by blank lines); evidence spans are
    offsets into it.  ``language`` is a BCP 47 tag or ``None``.
    """
    return []
