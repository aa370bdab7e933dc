"""Plain texts with no headline whose byline closes the text, under a lead paragraph that
opens on a dateline (the trial of 2026-12-07): the paragraphs are the body, the dateline is
read, the closing byline names the author.  Made-up texts."""

from __future__ import annotations

import pytest
from text_records import plain_record

REST = ("Nigeria's central bank raised its benchmark interest rate on Tuesday, "
        "Governor Olayemi Cardoso said.")
SECOND = "Analysts said the move would weigh on borrowing."


@pytest.mark.parametrize(("dateline", "date", "place", "agency"), [
    ("LAGOS, March 12 (Reuters) - ", None, "Lagos", "Reuters"),  # the body was empty
    ("LAGOS, March 12, 2025 - ", "2025-03-12", "Lagos", None),
    ("ACCRA (Agency) – ", None, "Accra", "Agency"),
])
@pytest.mark.parametrize("paragraphs", [1, 2])
@pytest.mark.parametrize("credit", ["By Ada Okafor", "BY ADA OKAFOR"])
def test_a_dateline_lead_over_a_closing_byline_is_the_body(credit: str, paragraphs: int, dateline: str,
                                                           date: str | None, place: str, agency: str | None):
    body = "\n\n".join([dateline + REST, SECOND][:paragraphs])
    rec = plain_record(body + "\n\n" + credit + "\n")
    assert (rec["title"], rec["date"], rec["body"], rec["warnings"]) == (None, date, body, [])
    assert (rec["dateline"]["place"], rec["dateline"]["agency"]) == (place, agency)
    assert [a["name"] for a in rec["authors"]] == ["Ada Okafor"]


def test_a_byline_over_the_body_still_opens_it():
    rec = plain_record("By Ada Okafor\n\nLAGOS, March 12 (Reuters) - " + REST + "\n\n" + SECOND + "\n")
    assert (rec["title"], rec["body"]) == (None, "LAGOS, March 12 (Reuters) - " + REST + "\n\n" + SECOND)
    assert [a["name"] for a in rec["authors"]] == ["Ada Okafor"]
