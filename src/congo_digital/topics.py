"""Topics: IPTC Media Topics for an article (stub)."""

from __future__ import annotations

from congo_digital.model import Topic


def classify(body: str, *, title: str | None = None, language: str | None = None) -> list[Topic]:
    """Return IPTC Media Topics for the article, main top-level topic first."""
    return []
