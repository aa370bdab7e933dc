"""``enrich.boiler``'s line openers: a marker phrase at the start of a line, as a whole
word or phrase, case and accents ignored (made-up lines)."""

from __future__ import annotations

import pytest

from congo_digital.enrich.boiler import credit_line, notice_line, related_line, sharing_line

LINES = {
    "Read more: Kenya": (True, False, False, False),
    "READ MORE": (True, False, False, False),
    "Reading list": (False, False, False, False),
    "Lire aussi : x": (True, False, False, False),
    "Share this article": (False, True, False, False),
    "Shared values": (False, False, False, False),
    "Tags: x": (False, True, False, False),
    "The share price": (False, False, False, False),
    "Image copyright Reuters": (False, False, False, True),
    "Copyright 2024": (False, False, False, True),
    "\u00a9 Reuters": (False, False, False, False),
}


@pytest.mark.parametrize("line", LINES)
def test_openers(line: str) -> None:
    assert (related_line(line), sharing_line(line), notice_line(line), credit_line(line)) == LINES[line]
