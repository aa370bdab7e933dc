"""A place alone on the line right under a byline ("By Ada Okafor" / "Lagos") is the place
the byline was filed from, never the title (the trial of 2026-12-07).  Made-up texts."""

from __future__ import annotations

import pytest
from text_records import plain_record

LEAD = "Nigeria's central bank raised its benchmark interest rate on Tuesday, Governor Olayemi Cardoso said."
SECOND = "Analysts said the move would weigh on borrowing."


@pytest.mark.parametrize(("place", "named"), [("Lagos", "Lagos"), ("LAGOS", "Lagos"), ("Mombasa", "Mombasa")])
def test_a_place_under_a_byline_is_its_place(place: str, named: str):
    body = f"{place.upper()} - {LEAD}\n\n{SECOND}"
    rec = plain_record(f"By Ada Okafor\n{place}\n\n{body}\n")  # the place was the title
    assert (rec["title"], rec["body"]) == (None, body)
    assert ([a["name"] for a in rec["authors"]], rec["dateline"]["place"]) == (["Ada Okafor"], named)


def test_a_place_under_a_byline_under_a_headline():
    rec = plain_record(f"Central bank raises rates\n\nBy Ada Okafor\nLagos\n\n{LEAD}\n\n{SECOND}\n")
    assert (rec["title"], rec["body"]) == ("Central bank raises rates", f"{LEAD}\n\n{SECOND}")
    assert ([a["name"] for a in rec["authors"]], rec["dateline"]) == (
        ["Ada Okafor"], {"place": "Lagos", "agency": None, "text": "Lagos"})


def test_a_headline_under_a_byline_stays_the_title():
    rec = plain_record(f"By Ada Okafor\nLagos rates rise again\n\n{LEAD}\n\n{SECOND}\n")
    assert rec["title"] == "Lagos rates rise again"


@pytest.mark.parametrize("byline", ["By Ada Okafor\nLagos", "By Ada Okafor\nLAGOS"])
def test_a_place_under_a_byline_over_a_lead_with_no_dateline_keeps_the_whole_body(byline: str):
    """With no headline and no dateline, marking the place made the title search take the
    lead's first sentence for a headline: the body lost it and its people (the re-trial of
    2026-12-07); the place is left as it was read before (the title, a known miss)."""
    rec = plain_record(f"{byline}\n\n{LEAD}\n\n{SECOND}\n")
    assert rec["body"] == f"{LEAD}\n\n{SECOND}"
    assert [p["name"] for p in rec["parties"] if p["kind"] == "person"] == ["Olayemi Cardoso"]
