"""Kinds of misses found by user trials of plain-text and HTML input: a place after a byline
read as a second author, a byline or a date wrapped over two lines, a date with a month
name between hyphens, bidirectional marks and non-breaking hyphens in names and dates read
from markup.  Made-up texts and pages."""

from __future__ import annotations

import pytest

from congo_digital.fields.bylines import parse_byline
from congo_digital.fields.bylines_names import split_names
from congo_digital.fields.dateparse import find_dates
from congo_digital.fields.dates import normalise_date
from congo_digital.pipeline import parse_bytes
from congo_digital.record import to_json

TITLE = "Council approves new budget for city parks"
LEAD = ("The city council approved a new budget for parks on Monday after a long debate among "
        "members of the council and residents of the city.")
SECOND = ("The budget adds money for trees, benches and playgrounds across the city over the next "
          "three years, the mayor's office said in a statement.")
BODY = LEAD + "\n\n" + SECOND


def _text(*header: str) -> dict:
    """The record of a plain text: the title, the ``header`` lines, then two paragraphs."""
    return to_json(parse_bytes("\n".join([TITLE, "", *header, "", LEAD, "", SECOND]), plain=True))


# ---------------------------------------------------------------- a place after a byline

@pytest.mark.parametrize(("byline", "place"), [
    ("By John Smith, Washington", "Washington"),
    ("By Jane Doe – Nairobi", "Nairobi"),
    ("By JANE DOE, NAIROBI", "NAIROBI"),
    ("By Jane Doe, Cape Town", "Cape Town"),
])
def test_a_place_after_a_byline_is_where_it_was_filed(byline: str, place: str):
    rec = _text(byline, "", "March 3, 2025")
    assert rec["authors"] == [{"name": "Jane Doe" if "Doe" in byline or "DOE" in byline else "John Smith",
                               "role": None}]
    assert rec["dateline"]["place"] == place
    assert rec["date"] == "2025-03-03"
    assert rec["body"] == BODY


def test_split_names_gives_the_place_of_the_name_before():
    assert split_names("John Smith, Washington") == [("John Smith", None, "Washington")]
    assert split_names("Jane Doe – Nairobi and Peter Brown, Kinshasa") == [
        ("Jane Doe", None, "Nairobi"), ("Peter Brown", None, "Kinshasa")]
    assert split_names("Jane Doe, Nairobi, Kenya") == [("Jane Doe", None, "Nairobi, Kenya")]
    assert split_names("Jane Doe in Washington, D.C., and Peter Brown") == [
        ("Jane Doe", None, "Washington, D.C."), ("Peter Brown", None, None)]
    # after an agency (the trial: "Reuters" and "Nairobi" were two more authors)
    assert split_names("John Smith, Reuters, Nairobi") == [("John Smith", None, "Nairobi")]
    assert split_names("Jane Doe and Peter Brown, CNN, Washington") == [
        ("Jane Doe", None, None), ("Peter Brown", None, "Washington")]
    assert split_names("Jane Doe, Reuters") == [("Jane Doe", None, None)]
    byline = parse_byline("By Jane Doe, Senior Correspondent, Nairobi")
    assert byline is not None and byline.place == "Nairobi"
    assert [(a.name, a.role) for a in byline.authors] == [("Jane Doe", "Senior Correspondent")]


@pytest.mark.parametrize(("credit", "names"), [
    ("Jane Doe, Ali Sabih", ["Jane Doe", "Ali Sabih"]),  # a person named as a town ("Ali Sabih"): a given name first
    ("Jane Doe, Peter Brown", ["Jane Doe", "Peter Brown"]),
    ("Smith, Washington", ["Smith", "Washington"]),  # no full name before it: two surnames
])
def test_what_is_no_filing_place(credit: str, names: list[str]):
    assert [name for name, _, _ in split_names(credit)] == names


# ---------------------------------------------------------------- wrapped byline and date lines

def test_a_byline_wrapped_over_two_lines_stays_out_of_the_body():
    rec = _text("By John Smith, Peter Brown", "and Mary Jones", "", "March 3, 2025")
    assert [a["name"] for a in rec["authors"]] == ["John Smith", "Peter Brown", "Mary Jones"]
    assert rec["body"] == BODY
    assert (rec["evidence"]["authors"]["start"], rec["evidence"]["authors"]["end"]) == (44, 85)


def test_a_filing_place_wrapped_under_its_byline_goes_with_it():
    rec = _text("By John Smith,", "Washington", "", "March 3, 2025")
    assert rec["authors"] == [{"name": "John Smith", "role": None}]
    assert rec["dateline"]["place"] == "Washington"
    assert rec["body"] == BODY


@pytest.mark.parametrize("lines", [
    ("Published March 3,", "2025"),
    ("March 3,", "2025"),
    ("Published:", "March 3, 2025"),
])
def test_a_date_wrapped_over_two_lines_stays_out_of_the_body(lines: tuple[str, str]):
    rec = _text("By John Smith", "", *lines)
    assert rec["authors"] == [{"name": "John Smith", "role": None}]
    assert rec["date"] == "2025-03-03"
    assert rec["body"] == BODY


def test_a_time_wrapped_under_its_date_goes_with_it():
    rec = _text("By John Smith", "", "Published March 3, 2025 at", "10:30")
    assert rec["date"] == "2025-03-03T10:30"
    assert rec["body"] == BODY


def test_a_short_line_under_a_byline_that_is_no_wrap_stays():
    rec = _text("By John Smith,", "", "March 3, 2025")
    assert rec["authors"] == [{"name": "John Smith", "role": None}]
    assert rec["body"] == BODY
    headed = _text("By John Smith", "12 things the budget pays for")  # a digit, but no more names or dates
    assert headed["authors"] == [{"name": "John Smith", "role": None}]
    assert headed["body"] == "12 things the budget pays for\n\n" + BODY


def test_a_headline_ending_with_a_dash_over_a_date_stays_the_title():
    rec = to_json(parse_bytes("\n".join(["Weekly council briefing –", "12 March 2025", "", LEAD, "", SECOND]),
                              plain=True))
    assert rec["title"] == "Weekly council briefing –"
    assert rec["date"] == "2025-03-12"
    assert rec["body"] == BODY


# ---------------------------------------------------------------- month names between hyphens

@pytest.mark.parametrize(("printed", "value"), [
    ("12-Mar-2025", "2025-03-12"),
    ("12-mar-2025", "2025-03-12"),
    ("12/Mar/2025", "2025-03-12"),
    ("5-March-2025", "2025-03-05"),
    ("12-Mär-2025", "2025-03-12"),
    ("2025-Mar-12", "2025-03-12"),  # the trial: a year first, or a month first, was not read
    ("Mar-12-2025", "2025-03-12"),
    ("2025/March/5", "2025-03-05"),
    ("12-Mar-25", "2025-03-12"),  # a year of two digits after a month name was not read
    ("12-MAR-25", "2025-03-12"),
    ("Mar-12-25", "2025-03-12"),
    ("3-Feb-99", "1999-02-03"),  # POSIX's century of a two-digit year: 69-99 are the 1900s
])
def test_a_month_name_between_hyphens_is_a_date(printed: str, value: str):
    assert [(d.value, d.start, d.end) for d in find_dates("Published: " + printed, language="en")] == [
        (value, 11, 11 + len(printed))]
    assert _text("By John Smith", "", printed)["date"] == value


@pytest.mark.parametrize("printed", ["31-Feb-2025", "12-Abc-2025", "x-12-Mar-2025", "12-Mar-20256", "12-Mar-2025-01",
                                     "2025-Mar-123", "Mar-12-20256", "2025-Mar-12-3", "12-Mar-2", "12-Mar-253",
                                     "12-Mar-25-3", "v12-Mar-25", "25-Mar-12-1"])
def test_what_is_no_hyphenated_date(printed: str):
    assert find_dates(printed, language="en") == []


# ---------------------------------------------------------------- a headline wrapped over two lines

@pytest.mark.parametrize(("first", "second"), [
    ("Rates, jobs and", "growth: what the budget means"),  # its short first line was taken for a kicker
    ("Rates, Jobs and", "Growth: What the Budget Means"),
    ("Council approves budget,", "Parks and Trees Win Most"),
    ("Le conseil adopte le budget des", "parcs de la ville"),
])
def test_a_headline_wrapped_over_two_lines_is_the_whole_title(first: str, second: str):
    rec = to_json(parse_bytes("\n".join([first, second, "", "By John Smith", "", LEAD, "", SECOND]), plain=True))
    want = (f"{first} {second}", ["John Smith"], BODY)
    assert (rec["title"], [a["name"] for a in rec["authors"]], rec["body"]) == want
    rec = to_json(parse_bytes("\n".join([first, second, "", LEAD, "", SECOND]), plain=True))
    assert (rec["title"], rec["body"]) == (f"{first} {second}", BODY)


def test_a_kicker_over_a_headline_stays_apart():
    rec = to_json(parse_bytes("\n".join(["Parks", TITLE, "", "By John Smith", "", LEAD, "", SECOND]), plain=True))
    assert (rec["title"], rec["section"]) == (TITLE, "Parks")


# ---------------------------------------------------------------- bidi marks and hyphens in markup

PARA = ("<p>The city council approved a new budget for parks on Monday after a long debate among members "
        "of the council and the public.</p>\n") * 3


def _page(head: str, byline: str = "") -> dict:
    page = (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{TITLE}</title>\n{head}\n"
            f"</head><body><article><h1>{TITLE}</h1>\n{byline}\n{PARA}</article></body></html>")
    return to_json(parse_bytes(page.encode(), plain=True))


@pytest.mark.parametrize(("head", "byline"), [
    ('<meta name="author" content="&lrm;Jane&#x2011;Marie Doe&rlm;">', ""),
    ('<meta name="author" content="\u200eJane\u2011Marie Doe\u200f">', ""),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
     '"name": "\\u200fJane\\u2011Marie Doe\\u200f"}}</script>', ""),
    ("", '<div class="author"><a rel="author" href="/people/jmd">&rlm;Jane&#8209;Marie Doe&rlm;</a></div>'),
    ("", '<span class="author-name">Jane&#x2011;Marie Doe</span>'),
])
def test_bidi_marks_and_non_breaking_hyphens_leave_markup_names(head: str, byline: str):
    assert _page(head, byline)["authors"] == [{"name": "Jane-Marie Doe", "role": None}]


def test_a_bidi_mark_in_a_markup_credit_list_stays_out_of_the_name():
    rec = _page('<meta name="author" content="Jane Doe&lrm;, Ahmed Karim&rlm;">')
    assert [a["name"] for a in rec["authors"]] == ["Jane Doe", "Ahmed Karim"]


@pytest.mark.parametrize("head", [
    '<meta property="article:published_time" content="&lrm;2025&#x2011;03&#x2011;12&rlm;">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "\\u200e2025\\u201103\\u201112"}'
    '</script>',
])
def test_bidi_marks_and_non_breaking_hyphens_leave_markup_dates(head: str):
    assert _page(head)["date"] == "2025-03-12"


def test_normalise_date_reads_marks_and_hyphens_as_printed():
    assert normalise_date("\u200e2025\u201103\u201112T10:30:00Z\u200f") == "2025-03-12T10:30+00:00"
    assert normalise_date("\u200f12\u2011Mar\u20112025") == "2025-03-12"
