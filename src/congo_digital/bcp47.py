"""BCP 47 language tags (RFC 5646): the one reading of a tag that the pipeline shares."""

from __future__ import annotations


def primary_subtag(tag: str | None, default: str = "") -> str:
    """The primary language subtag of ``tag``, lower case: ``"pt-BR"`` -> ``"pt"``,
    ``"EN"`` -> ``"en"``; ``default`` (as given, then lower-cased) when ``tag`` is ``None``
    or empty.  Subtags are case-insensitive (RFC 5646, section 2.1.1); never raises."""
    return (tag or default).split("-")[0].lower()
