"""The record of a made-up plain text, as the unit tests of the text path read it."""

from __future__ import annotations

from congo_digital.pipeline import parse_bytes
from congo_digital.record import to_json


def plain_record(text: str) -> dict:
    """``text`` parsed as a plain text (``parse_bytes(..., plain=True)``), as its JSON record."""
    return to_json(parse_bytes(text, plain=True))
