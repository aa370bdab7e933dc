"""Each metadata form on a small fictional page (fixtures/html/), with the exact values expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from congo_digital.pipeline import parse_path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "html"

CASES = {
    "jsonld_newsarticle.html": {
        "title": "River ferry service resumes after two-week halt",
        "authors": ["Amani Lukusa", "Grace Ilunga"],
        "date": "2024-03-05T08:15+02:00",
        "date_modified": "2024-03-06T10:00+02:00",
        "language": "en",
        "section": "Transport",
        "sources": {"title": "html:opengraph", "authors": "html:json-ld", "date": "html:json-ld"},
    },
    "jsonld_graph_broken.html": {
        "title": "Un nouveau marché couvert ouvre ses portes",
        "authors": ["Béatrice Nsimba"],
        "date": "2024-11-18T17:40+00:00",
        "date_modified": None,
        "language": "fr",
        "section": None,
        "sources": {"title": "html:json-ld", "authors": "html:json-ld", "date": "html:json-ld"},
    },
    "opengraph_meta.html": {
        "title": "Kinshasa : la saison des pluies commence tôt",
        "authors": ["Jeanne Mbala", "Paul Okito"],
        "date": "2024-09-12T06:30+01:00",
        "date_modified": "2024-09-12T09:05+01:00",
        "language": "fr",
        "section": "Société",
        "sources": {"title": "html:opengraph", "authors": "html:meta", "date": "html:opengraph"},
    },
    "dublin_core.html": {
        "title": "Neue Brücke über den Fluss eröffnet",
        "authors": ["Anna Keller", "Jonas Weber", "Lena Brandt"],
        "date": "2023-06-21",
        "date_modified": None,
        "language": "de",
        "section": None,
        "sources": {"title": "html:dublin-core", "authors": "html:dublin-core", "date": "html:dublin-core"},
    },
    "microdata.html": {
        "title": "La cosecha de café supera las previsiones",
        "authors": ["Lucía Fernández"],
        "date": "2022-10-04T11:20-05:00",
        "date_modified": None,
        "language": "es",
        "section": None,
        "sources": {"authors": "html:microdata", "date": "html:microdata"},
    },
    "time_relauthor.html": {
        "title": "Counting birds at dawn",
        "authors": ["Kofi Mensah"],
        "date": "2021-04-17T06:45",
        "date_modified": None,
        "language": "en",
        "section": None,
        "sources": {"title": "html:h1", "authors": "html:rel-author", "date": "html:time"},
    },
    "text_byline.html": {
        "title": "Stadtbibliothek verlängert Öffnungszeiten",
        "authors": ["Miriam Hofmann"],
        "date": "2024-02-14",
        "date_modified": None,
        "language": "de",
        "section": None,
        "sources": {"title": "html:title", "authors": "html:byline-text"},
    },
    "agency_only.html": {
        "title": "Regional summit ends with trade agreement",
        "authors": ["AFP"],
        "date": "2025-02-03",
        "date_modified": None,
        "language": "en",
        "section": None,
        "sources": {"authors": "html:meta", "date": "html:meta"},
    },
    "not_authors.html": {
        "title": "Solar kiosks light up rural schools",
        "authors": ["Thandiwe Moyo"],
        "date": "2024-07-02T01:30+02:00",
        "date_modified": None,
        "language": "en",
        "section": None,
        "sources": {"authors": "html:byline-class", "date": "html:meta"},
    },
    "blog_widget.html": {
        "title": "Planting cassava in the dry season",
        "authors": ["Esther Wanjiru"],
        "date": "2024-08-03",
        "date_modified": None,
        "language": "en",
        "section": None,
        "sources": {"title": "html:title", "authors": "html:byline-class", "date": "html:date-class"},
    },
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture_values(name):
    want = CASES[name]
    rec = parse_path(str(FIXTURES / name))
    assert rec.source.format == "html"
    assert rec.title == want["title"]
    assert [a.name for a in rec.authors] == want["authors"]
    assert rec.date == want["date"]
    assert rec.date_modified == want["date_modified"]
    assert rec.language == want["language"]
    assert rec.section == want["section"]
    for field, source in want["sources"].items():
        assert rec.evidence[field].source == source, field


def test_structured_offsets_index_the_html_source():
    path = FIXTURES / "jsonld_newsarticle.html"
    html = path.read_text(encoding="utf-8")
    rec = parse_path(str(path))
    ev = rec.evidence["date"]
    assert html[ev.start:ev.end] == "2024-03-05T08:15:42+02:00"
    ev = rec.evidence["authors"]
    assert html[ev.start:ev.end] == "Amani Lukusa"


def test_boilerplate_left_out_of_body():
    rec = parse_path(str(FIXTURES / "jsonld_newsarticle.html"))
    assert rec.body.startswith("The ferry linking the two lakeside towns")
    assert "Faker McTroll" not in rec.body
    assert "Home" not in rec.body
    rec = parse_path(str(FIXTURES / "opengraph_meta.html"))
    assert "cookies" not in rec.body
    assert "Facebook" not in rec.body
    assert rec.body.count("\n\n") == 1


def test_comment_dates_and_archive_times_ignored():
    rec = parse_path(str(FIXTURES / "time_relauthor.html"))
    assert rec.date == "2021-04-17T06:45"
    assert "Archive" not in rec.body


def test_blog_post_in_a_widget_keeps_its_body():
    rec = parse_path(str(FIXTURES / "blog_widget.html"))
    assert rec.body.startswith("Cassava cuttings planted at the end of the rains")
    assert rec.body.count("\n\n") == 1
    assert "goats" not in rec.body and "Archive" not in rec.body


FACTS = {  # url, site_name, description, keywords, image of each fixture page
    "page_facts.html": ("https://lakeside-courier.example/amp/self-driving-buses", "Lakeside Courier",
                        "Two driverless buses will carry passengers along the lake road for six weeks.",
                        ["Public transport", "Autonomous vehicles", "goma", "Transport", "self-driving vehicles",
                         "Lake Kivu"],
                        "https://lakeside-courier.example/media/2025/04/bus-trial.jpg"),
    "jsonld_newsarticle.html": ("https://www.kivuledger.example/2024/03/05/ferry-resumes", "The Kivu Ledger",
                                None, [], None),
    "jsonld_graph_broken.html": ("https://courrier.example/marche/", "Le Courrier de Matadi", None, [], None),
    "opengraph_meta.html": (None, "Journal du Fleuve", None, [], None),
    "not_authors.html": (None, "Example Times", None, [], None),
    "dublin_core.html": (None, None, None, [], None),
}


@pytest.mark.parametrize("name", sorted(FACTS))
def test_page_facts(name):
    rec = parse_path(str(FIXTURES / name), parties=False, topics=False)
    assert (rec.url, rec.site_name, rec.description, rec.keywords, rec.image) == FACTS[name]


def test_page_facts_evidence():
    path = FIXTURES / "page_facts.html"
    html = path.read_text(encoding="utf-8")
    rec = parse_path(str(path), parties=False, topics=False)
    sources = {name: rec.evidence[name].source for name in ("url", "site_name", "description", "keywords", "image")}
    assert sources == {"url": "html:opengraph", "site_name": "html:opengraph", "description": "html:meta",
                       "keywords": "html:json-ld", "image": "html:opengraph"}
    ev = rec.evidence["image"]
    assert html[ev.start:ev.end] == ev.text == "/media/2025/04/bus-trial.jpg"
    ev = rec.evidence["description"]
    assert html[ev.start:ev.end] == "Two driverless buses will carry passengers along the lake road for six weeks."


def test_canonical_link_resolved_against_the_given_url():
    rec = parse_path(str(FIXTURES / "page_facts.html"), url="https://lakeside-courier.example/x?utm=1",
                     parties=False, topics=False)
    assert rec.url == "https://lakeside-courier.example/transport/2025/04/09/self-driving-buses"
    assert rec.evidence["url"].source == "html:link"
    assert rec.image == "https://lakeside-courier.example/media/2025/04/bus-trial.jpg"


def test_given_url_when_the_page_states_none():
    rec = parse_path(str(FIXTURES / "dublin_core.html"), url="https://example.org/brücke", parties=False, topics=False)
    assert rec.url == "https://example.org/brücke"
    assert rec.evidence["url"].source == "given"


def test_site_name_cut_from_the_title_at_every_separator_but_not_inside_a_word():
    rec = parse_path(str(FIXTURES / "page_facts.html"), parties=False, topics=False)
    assert rec.title == "Self-driving buses start trial runs in Goma"


def test_page_facts_in_the_csv_and_json_ld_outputs():
    import csv
    import io
    import json

    from click.testing import CliRunner

    from congo_digital.cli import parse_main

    page = str(FIXTURES / "page_facts.html")
    result = CliRunner().invoke(parse_main, ["-f", "csv", "--no-parties", "--no-topics", page])
    assert result.exit_code == 0
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["url"], row["site_name"], row["keywords"], row["image"]) == (
        "https://lakeside-courier.example/amp/self-driving-buses", "Lakeside Courier",
        "Public transport; Autonomous vehicles; goma; Transport; self-driving vehicles; Lake Kivu",
        "https://lakeside-courier.example/media/2025/04/bus-trial.jpg")
    assert row["description"] == "Two driverless buses will carry passengers along the lake road for six weeks."
    result = CliRunner().invoke(parse_main, ["-f", "jsonld", "--no-parties", "--no-topics", page])
    node = json.loads(result.stdout)
    assert node["publisher"] == {"@type": "Organization", "name": "Lakeside Courier"}
    assert node["keywords"][:2] == ["Public transport", "Autonomous vehicles"]
    assert node["image"] == "https://lakeside-courier.example/media/2025/04/bus-trial.jpg"
    assert node["description"] == "Two driverless buses will carry passengers along the lake road for six weeks."


def test_a_templates_placeholder_is_no_keyword():
    from congo_digital.api import parse_html

    page = ('<html><head><meta name="keywords" content="null, Elections, undefined, [object Object], Kinshasa">'
            '</head><body><h1>Vote count begins</h1><p>Counting began in Kinshasa on Monday.</p></body></html>')
    assert parse_html(page, parties=False, topics=False).keywords == ["Elections", "Kinshasa"]
