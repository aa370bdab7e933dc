"""A kicker (section) line over a headline wrapped over two lines whose first goes on ("Trump
and" / "Xi agree to new trade talks"; the trial of 2026-12-07): the kicker is the section, the
two lines are the title.  Made-up texts."""

from __future__ import annotations

import pytest
from text_records import plain_record

LEAD = ("The two leaders agreed on Tuesday to open a new round of talks on tariffs and export "
        "rules after a phone call that lasted more than an hour.")
SECOND = ("Officials of both governments will meet next month in Geneva to draft a first text, "
          "a spokesman for the foreign ministry said in a statement.")
BODY = LEAD + "\n\n" + SECOND


@pytest.mark.parametrize(("kicker", "first", "second", "section"), [
    ("World news", "Trump and", "Xi agree to new trade talks", "World news"),  # the kicker was the title
    ("World news", "Trump and", "Xi agree", "World news"),
    ("ELECTION 2026", "Ruto and", "Odinga meet for first time since vote", "ELECTION 2026"),
    ("Business", "Rates, jobs and", "growth: what the budget means", "Business"),
    ("Africa", "China and", "US agree", "Africa"),  # three short lines: no menu
    ("Opinion", "Farmers of", "the north count the cost of drought", None),  # a format label: no section
])
def test_a_kicker_over_a_wrapped_headline_is_the_section(kicker: str, first: str, second: str,
                                                        section: str | None):
    want = (f"{first} {second}", section, BODY)
    rec = plain_record(f"{kicker}\n{first}\n{second}\n\n{BODY}")
    assert (rec["title"], rec["section"], rec["body"]) == want
    rec = plain_record(f"{kicker}\n\n{first}\n{second}\n\nBy John Smith\n\n{BODY}")
    assert (rec["title"], rec["section"], rec["body"]) == want
    assert [a["name"] for a in rec["authors"]] == ["John Smith"]


def test_a_headline_wrapped_without_a_kicker_is_the_whole_title():
    rec = plain_record(f"Trump and\nXi agree to new trade talks\n\n{BODY}")
    assert (rec["title"], rec["section"], rec["body"]) == ("Trump and Xi agree to new trade talks", None, BODY)
