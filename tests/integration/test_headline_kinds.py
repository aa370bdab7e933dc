"""How the headline and the byline are read from real-style pages: each kind of page that
once gave a wrong title or wrong authors, on a small page written for the test
(``kinds/``), with the exact values expected."""

from __future__ import annotations

from pathlib import Path

from congo_digital.fields.title import clean_title
from congo_digital.pipeline import parse_path

KINDS = Path(__file__).resolve().parent / "kinds"


def _parse(name: str):
    return parse_path(str(KINDS / name), parties=False, topics=False)


def test_affix_stated_by_the_structured_headline_and_og_title_stays():
    # og:title, the JSON-LD headline and <title> print "- Latest updates"; only the <h1>
    # and twitter:title leave it out: the publisher's stated headline keeps it.
    rec = _parse("title_structured_affix.html")
    assert rec.title == "Flood waters reach the old market in Bukavu - Latest updates"
    assert rec.evidence["title"].source == "html:opengraph"
    assert [a.name for a in rec.authors] == ["Rachel Bahati"]


def test_site_name_holding_a_separator_and_rating_stars_are_cut():
    rec = _parse("title_site_name_with_separator.html")
    assert rec.title == "Mieten steigen weiter"
    sites = {"stadtblick e v nachrichten aus der region"}
    assert clean_title("Kurz » ☆☆☆ - Stadtblick e.V. - Nachrichten aus der Region", sites, []) == "Kurz"
    assert clean_title("Stadtblick e.V. - Nachrichten aus der Region | Kurz", sites, []) == "Kurz"


def test_title_part_that_is_the_description_is_the_headline():
    # Only a <title> of four parts, no site name stated: the part the description repeats
    # is the headline; the club's name, the section and "News" go.
    rec = _parse("title_only_description.html")
    assert rec.title == "Neuer Trainer für die zweite Mannschaft"
    assert rec.evidence["title"].source == "html:title"
