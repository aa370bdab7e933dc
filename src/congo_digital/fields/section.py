"""The section: the first structured section of the markup, else the text layout's kicker or label."""

from __future__ import annotations

from congo_digital.fields.common import SOURCE_ORDER
from congo_digital.record import Candidate


def decide_section(cands: list[Candidate], text: Candidate | None = None,
                   title: Candidate | None = None) -> Candidate | None:
    """The first structured section (JSON-LD ``articleSection``, ``article:section``,
    microdata) of at most 80 characters; else ``text``, the layout's kicker, breadcrumb or
    label, unless it repeats the ``title`` (the layout took the headline for a kicker)."""
    pool = sorted((c for c in cands if c.field == "section"), key=lambda c: (SOURCE_ORDER.get(c.source, 9), c.rank))
    for c in pool:
        if len(c.value) <= 80:
            return Candidate("section", c.value, c.source, c.start, c.end, c.value)
    if text is not None and title is not None and text.value == title.value:
        return None
    return text
