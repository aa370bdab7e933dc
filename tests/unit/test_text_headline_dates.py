"""Plain texts whose headline names a date, whose CJK lead opens on a dateline, or whose
wrapped headline's first line ends in a colon (the trial of 2026-12-07).  Made-up texts."""

from __future__ import annotations

import pytest

from congo_digital.layout.stamp_line import prose_beside_date
from congo_digital.pipeline import parse_bytes
from congo_digital.record import to_json

LEAD = ("The city council approved a new budget for parks on Monday after a long debate among "
        "members of the council and residents of the city.")
SECOND = ("The budget adds money for trees, benches and playgrounds across the city over the next "
          "three years, the mayor's office said in a statement.")
BODY = LEAD + "\n\n" + SECOND


def _plain(*lines: str) -> dict:
    return to_json(parse_bytes("\n".join(lines), plain=True))


# ---------------------------------------------------------------- a headline that names a date

@pytest.mark.parametrize("headline", [
    "What the new rules mean from 1 July 2026",  # was taken for a date line: the lead became the title
    "Judge drops claim 4-Nov-2026 against miner",
    "Judge drops claim November 4, 2026 against miner",
    "Judge drops claim 04/11/26 against miner",
    "Judge drops claim NOV-04-26 against miner",
    "Tribunal confirms 4 November 2026 ruling",
])
def test_a_headline_that_names_a_date_stays_the_title(headline: str):
    rec = _plain(headline, "", LEAD, "", SECOND)
    # the date of a headline is what the story is about (a ruling, a deadline, a case number),
    # not when it was published: no date is read from it
    assert (rec["title"], rec["date"], rec["body"]) == (headline, None, BODY)


@pytest.mark.parametrize(("line", "date"), [
    ("Nairobi, 4 November 2026", "2026-11-04"),
    ("Wednesday 4 November 2026 at 10:30", "2026-11-04T10:30"),
    ("erstellt: 04. November 2026, 10:30 in: Kultur", "2026-11-04T10:30"),
])
def test_a_date_line_on_top_stays_a_date_line(line: str, date: str):
    rec = _plain(line, "", "Council approves new budget", "", LEAD, "", SECOND)
    assert (rec["title"], rec["date"], rec["body"]) == ("Council approves new budget", date, BODY)


def test_a_date_line_with_words_under_the_headline_stays_a_date_line():
    rec = _plain("Council approves new budget for city parks", "", "24.11.2026 Foto von Jane Roe in Kultur",
                 "", LEAD, "", SECOND)
    assert (rec["title"], rec["date"], rec["body"]) == ("Council approves new budget for city parks",
                                                        "2026-11-24", BODY)


@pytest.mark.parametrize(("words", "prose"), [
    (["What", "the", "new", "rules", "mean", "from"], True),
    (["Judge", "throws", "out", "claim", "against", "port", "operator"], True),
    (["Nairobi"], False),
    (["Wednesday", "at"], False),
    (["Published", "on", "at"], False),
    (["Posted", "in", "Business", "on"], False),
    (["Tribunal", "confirms", "ruling"], True),
])
def test_prose_beside_a_date(words: list[str], prose: bool):
    assert prose_beside_date(words) is prose


# ---------------------------------------------------------------- a CJK lead that opens on a dateline

@pytest.mark.parametrize(("title", "lead", "place"), [
    ("大阪府が観光計画を発表",
     "大阪、2026年11月4日 - 大阪府は4日、新しい観光計画を発表した。知事は記者会見で、準備を急ぐと述べた。", "大阪"),
    ("上海公布交通计划",
     "上海，2026年11月4日 - 上海市政府周三公布了新的交通计划。市长表示，该计划将缓解拥堵。", "上海"),
])
def test_a_cjk_lead_opening_on_a_dateline_stays_in_the_body(title: str, lead: str, place: str):
    second = "市民の反応はおおむね好意的だった。" if "大阪" in lead else "市民对此反应积极。"
    rec = _plain(title, "", lead, "", second)
    assert (rec["title"], rec["date"], rec["body"]) == (title, "2026-11-04", lead + "\n\n" + second)
    assert (rec["dateline"]["place"], rec["dateline"]["agency"]) == (place, None)


def test_a_cjk_date_line_with_a_place_label_stays_a_date_line():
    lead = "大阪府は4日、新しい観光計画を発表した。知事は記者会見で、準備を急ぐと述べた。"
    rec = _plain("大阪府が観光計画を発表", "", "2026年11月4日 10:01　発信地：大阪", "", lead)
    assert (rec["date"], rec["body"]) == ("2026-11-04T10:01", lead)


# ---------------------------------------------------------------- a headline's first line ending in a colon

@pytest.mark.parametrize(("first", "second"), [
    ("Parks, trees and playgrounds:", "what the council's budget buys"),  # its first line was lost
    ("Schools, roads and housing:", "the budget in six charts"),
    ("Parks, trees and playgrounds:", "What the Council's Budget Buys"),
])
def test_a_headline_whose_first_line_ends_in_a_colon_is_the_whole_title(first: str, second: str):
    rec = _plain(first, second, "", "By John Smith", "", LEAD, "", SECOND)
    want = (f"{first} {second}", ["John Smith"], BODY)
    assert (rec["title"], [a["name"] for a in rec["authors"]], rec["body"]) == want
    rec = _plain(first, second, "", LEAD, "", SECOND)
    assert (rec["title"], rec["body"]) == (f"{first} {second}", BODY)


def test_a_one_word_label_with_a_colon_is_no_headline_line():
    rec = _plain("Analysis:", "Council approves new budget for city parks", "", LEAD, "", SECOND)
    assert (rec["title"], rec["body"]) == ("Council approves new budget for city parks", BODY)


# ---------------------------------------------------------------- a kicker over the headline

@pytest.mark.parametrize(("kicker", "section"), [
    ("ELECTION 2026", "ELECTION 2026"),  # a year in a kicker: it was dropped
    ("Election 2026", "Election 2026"),
    ("City Hall:", "City Hall"),  # a colon after a kicker: it was dropped
    ("CITY HALL", "CITY HALL"),
    ("Analysis", None),  # a format label says what kind of story it is, not its section
    ("ANALYSIS", None),
    ("Analysis:", None),
    ("Live", None),
    ("2026", None),
])
def test_a_kicker_over_the_headline_is_the_section(kicker: str, section: str | None):
    rec = _plain(kicker, "Council approves new budget for city parks", "", LEAD, "", SECOND)
    assert (rec["title"], rec["section"], rec["body"]) == ("Council approves new budget for city parks", section, BODY)
