"""Times of day in a date line: "14:30", "10h30", "3 pm", "10.15 BST", and the zone or
offset printed after one ("GMT+3", "+01:00", "EST": ``data/dates.json``'s ``zone_offsets``).

A step of ``fields.dateparse``: ``time_in`` gives the first printed time of a line as
``("HH:MM", offset or None)``; a numeric date's parts (``NUMERIC_DATE``) are never read as a
time, and a time printed with a dot is read only when "am"/"pm" or a zone follows it ("6.6
per cent" is no time).
"""

from __future__ import annotations

import re

from congo_digital.vocab import entry

_TIME = re.compile(
    r"(?<![\d:.])([01]?\d|2[0-3])\s?(?::|h|H)\s?([0-5]\d)(?::[0-5]\d)?(?:\.\d{1,6})?"
    r"(?:\s?([ap])\.?\s?m\b\.?)?"
    r"|(?<![\d:.])(1[0-2]|0?[1-9])\s?([ap])\.?m\b\.?",
    re.I,
)
# A numeric date ("06.12.2026", "2026/12/06"): its parts are no time.
NUMERIC_DATE = re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b")
# "10.15 BST", "3.30pm": a time printed with a dot (British style), read only when a zone or
# "am"/"pm" follows it ("6.6 per cent" is no time)
_DOT_TIME = re.compile(r"(?<![\d:.])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])(?:\s?([ap])\.?m\b\.?)?", re.I)
_OFFSET = re.compile(
    r"^\s*(?:(?:GMT|UTC)\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?|([+-])(\d{2}):?(\d{2})\b|([A-Z]{1,5})\b)"
)


def offset_after(text: str) -> str | None:
    """The zone printed at the start of ``text`` (after a time) as an ISO 8601 offset
    ("+03:00"), from a numeric offset, "GMT+3"/"UTC-5" or a fixed-offset zone name of
    ``data/dates.json``'s ``zone_offsets``; ``None`` when there is none or it is out of range."""
    m = _OFFSET.match(text)
    if not m:
        return None
    if m.group(1):
        hours = int(m.group(2))
        minutes = int(m.group(3) or 0)
        return f"{m.group(1)}{hours:02d}:{minutes:02d}" if hours <= 14 else None
    if m.group(4):  # a numeric offset: real ones run from -12:00 to +14:00
        return f"{m.group(4)}{m.group(5)}:{m.group(6)}" if int(m.group(5)) <= 14 and int(m.group(6)) <= 59 else None
    zone = m.group(7)
    return entry("zone_offsets").get(zone) if zone else None


def time_in(text: str) -> tuple[str, str | None] | None:
    """Return ("HH:MM", offset or None) for the first printed time in ``text``."""
    masked = NUMERIC_DATE.sub(lambda m: "#" * len(m.group()), text)
    m = _TIME.search(masked)
    if not m:
        return _dot_time(masked, text)
    if m.group(1) is not None:
        hour, minute, meridian = int(m.group(1)), int(m.group(2)), m.group(3)
    else:
        hour, minute, meridian = int(m.group(4)), 0, m.group(5)
    if meridian:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if meridian.lower() == "p" else 0)
    return f"{hour:02d}:{minute:02d}", offset_after(text[m.end():])


def _dot_time(masked: str, text: str) -> tuple[str, str | None] | None:
    """``time_in`` for a time printed with a dot ("10.15 BST", "3.30pm"): the first one
    followed by "am"/"pm" or by a zone or offset (``offset_after``), else ``None``."""
    for m in _DOT_TIME.finditer(masked):
        hour, minute, meridian = int(m.group(1)), int(m.group(2)), m.group(3)
        zone = offset_after(text[m.end():])
        if meridian:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if meridian.lower() == "p" else 0)
        elif zone is None:
            continue
        return f"{hour:02d}:{minute:02d}", zone
    return None
