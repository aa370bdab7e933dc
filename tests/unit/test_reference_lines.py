"""A line labelled as a reference code ("Ref: MAR-12-25", "Case no. 2025-03-12") is no date
line even when its code reads as a date, nor a headline or standfirst (the trial of
2026-12-07); under the headline or byline it leaves the body's top as it does above the
headline; a date alone ("Mar-12-25") stays a date line.  Made-up texts."""

from __future__ import annotations

import pytest
from text_records import plain_record

from congo_digital.layout.stamp_line import reference_label

TITLE = "Council approves new budget"
LEAD = ("The city council approved a new budget for parks on Monday after a long debate among "
        "members of the council and residents of the city.")
SECOND = ("The budget adds money for trees, benches and playgrounds across the city over the next "
          "three years, the mayor's office said in a statement.")
BODY = LEAD + "\n\n" + SECOND

REFERENCES = ["Ref: MAR-12-25", "Ref. MAR-12-25", "Ref MAR-12-25", "REF: 2025-03-12", "Reference: 12/03/2025",
              "Case no. 2025-03-12", "Case No 12.03.2025", "Case #2025-03-12", "Our ref: 12.03.25",
              "Aktenzeichen: 12.03.2025", "Réf. : 12-03-2025", "Referencia: 12/03/2025",
              "Ref. No. 12/03/2025", "Release No. 2025-03-12", "Doc ID: 12-03-25", "Document no. 2025-03-12",
              "N° de dossier : 12-03-25", "Dossier n° 12/03/2025", "Expediente n.º 12/03/2025",
              "Expediente nº 12-03-2025", "Nº de expediente: 12/03/2025", "N.º de processo: 12/03/2025",
              "Processo n.º 12/03/2025", "Expediente n.° 12-03-2025", "Nº do processo: 12/03/2025"]


@pytest.mark.parametrize("ref", REFERENCES)
def test_a_reference_under_the_headline_gives_no_date(ref: str):
    rec = plain_record(f"{TITLE}\n\n{ref}\n\n{BODY}")  # "Ref: MAR-12-25" gave the date 2025-03-12
    assert (rec["title"], rec["subtitle"], rec["date"], rec["body"]) == (TITLE, None, None, BODY)


@pytest.mark.parametrize("ref", REFERENCES)
@pytest.mark.parametrize("headline", [TITLE, None])
def test_a_reference_under_the_byline_leaves_the_body(ref: str, headline: str | None):
    top = f"{headline}\n\n" if headline else ""
    rec = plain_record(f"{top}By Kwame Mensah\n\n{ref}\n\nACCRA - {BODY}")  # the reference opened the body
    assert (rec["title"], rec["date"], rec["body"]) == (headline, None, f"ACCRA - {BODY}")
    assert ([a["name"] for a in rec["authors"]], rec["dateline"]["place"]) == (["Kwame Mensah"], "Accra")


def test_a_reference_alone_stays_the_body():
    rec = plain_record(f"{TITLE}\n\nBy Kwame Mensah\n\nRef: MAR-12-25\n")
    assert (rec["title"], rec["body"]) == (TITLE, "Ref: MAR-12-25")


@pytest.mark.parametrize("ref", REFERENCES)
def test_a_reference_over_the_headline_is_no_title_and_no_date(ref: str):
    rec = plain_record(f"{ref}\n\n{TITLE}\n\n{BODY}")
    assert (rec["title"], rec["section"], rec["date"], rec["body"]) == (TITLE, None, None, BODY)


@pytest.mark.parametrize("line", ["Mar-12-25", "MAR-12-25", "12 March 2025", "Lagos, 12 March 2025"])
def test_a_date_alone_stays_a_date_line(line: str):
    for text in (f"{TITLE}\n\n{line}\n\n{BODY}", f"{line}\n\n{TITLE}\n\n{BODY}"):
        rec = plain_record(text)
        assert (rec["title"], rec["date"], rec["body"]) == (TITLE, "2025-03-12", BODY)


@pytest.mark.parametrize(("segment", "ref"), [
    ("Ref: MAR-12-25", True),
    ("Reference #2025-03-12", True),
    ("Case no 12-3-25", True),
    ("ID: 2025-03-12-001", True),
    ("Release No. 2025-03-12", True),
    ("Doc ID: 12-03-25", True),
    ("N° de dossier : 12-03-25", True),  # gave the date 2025-03-12
    ("Expediente n.º 12/03/2025", True),  # gave the date 2025-03-12
    ("Dossier n° 12/03/2025", True),
    ("Dossier : les élections du 12 mars 2025", False),  # no label: a kicker, not a reference
    ("Expediente 12 de marzo de 2025", False),  # a label before words, no mark
    ("Release: 12 March 2025", False),  # a date label
    ("Reference 12 March 2025", False),  # a label before words, no mark: not read as one
    ("Idaho: 12 March 2025", False),  # a longer word
    ("Casey, 12 March 2025", False),
    ("Mar-12-25", False),
    ("Published: 12 March 2025", False),
])
def test_reference_label(segment: str, ref: bool):
    assert reference_label(segment) is ref
