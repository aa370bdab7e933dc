"""The text view (``-f text``): the count of paragraphs left out agrees with its noun."""

from __future__ import annotations

import pytest

from congo_digital.cli.textview import render


@pytest.mark.parametrize(("paragraphs", "line"), [(4, "… 1 more paragraph"), (5, "… 2 more paragraphs")])
def test_paragraphs_left_out_are_counted_in_words_that_agree(paragraphs: int, line: str) -> None:
    body = "\n\n".join(f"Paragraph {n} of the story." for n in range(paragraphs))
    assert render({"title": "A title", "body": body}).splitlines()[-1] == line


def test_each_warning_has_its_own_line_since_warnings_hold_commas() -> None:
    warnings = ["not valid as its declared charset (utf-8, iso-8859-1): read as cp1251, charset-normalizer's guess",
                "control characters removed"]
    assert render({"title": "A title", "warnings": warnings}).splitlines()[1:] == [
        "Warning: not valid as its declared charset (utf-8, iso-8859-1): read as cp1251, charset-normalizer's guess",
        "Warning: control characters removed"]
