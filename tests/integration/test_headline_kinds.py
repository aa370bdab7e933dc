"""How the headline and the byline are read from real-style pages: each kind of page that
once gave a wrong title or wrong authors, on a small page written for the test
(``kinds/``), with the exact values expected."""

from __future__ import annotations

from pathlib import Path

from congo_digital.fields.title import as_printed, clean_title
from congo_digital.layout.analyse import analyse
from congo_digital.pipeline import parse_path
from congo_digital.record import Candidate

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


def test_site_credited_after_a_label_is_not_beaten_by_a_teasers_byline():
    # "par Collectif Eau Claire" (the site itself) is the article's byline; the bylines of
    # the most-read list further down ("Les Amis du Lac", "Marie Dupont") are teasers'.
    rec = _parse("authors_site_byline_before_teasers.html")
    assert [a.name for a in rec.authors] == ["Collectif Eau Claire"]
    assert rec.evidence["authors"].source == "html:byline-class"
    # A closing guillemet is no title separator: the quote stays whole, the site goes.
    assert rec.title == "« Les barrages doivent rester publics »"


def test_agency_in_a_credit_element_is_the_author_but_not_a_photo_credit():
    rec = _parse("authors_agency_credit.html")
    assert [a.name for a in rec.authors] == ["AFP"]
    assert rec.evidence["authors"].text == "AFP"
    assert rec.title == "Thieves take 4,000 masks from a clinic store room"


def test_guillemets_and_separators():
    assert clean_title("Site » Blog » Headline of the day", set(), ["Headline of the day"]) == "Headline of the day"
    assert clean_title("« Non » : le vote des élus | Le Journal", {"le journal"}, []) == "« Non » : le vote des élus"


def test_chinese_editor_credit_after_the_article_is_read_from_the_markup():
    # "责任编辑：李明华" stands in a span's text after the article, outside the main text:
    # the markup reads it as the text path reads such a credit line.
    rec = _parse("authors_cjk_editor_credit.html")
    assert [a.name for a in rec.authors] == ["李明华"]
    assert rec.evidence["authors"].source == "html:byline-text"
    assert rec.title == "江边新建湿地公园正式开放"


def test_meta_content_with_unescaped_quotes_is_read_whole():
    # content="… und "königlicher Besuch"": the parser ends the value at the inner quote;
    # it is read again from the page's source.
    rec = _parse("title_unescaped_quotes.html")
    assert rec.title == 'Stadtlauf 2025: Neuer Streckenrekord und "königlicher Besuch"'
    assert rec.evidence["title"].source == "html:opengraph"
    assert rec.description == 'Beim Stadtlauf fiel der Rekord über 10 Kilometer. Auch ein "Prinz" lief mit.'


def test_author_box_names_the_author_when_no_byline_does():
    # No byline, no author markup: the author box under the post ("author-bio footer")
    # links to the author's page; its heading gives the name.
    rec = _parse("authors_author_box.html")
    assert [a.name for a in rec.authors] == ["Sabine Hartmann"]
    assert rec.evidence["authors"].source == "html:author-box"


def test_a_dump_with_a_credited_caption_and_a_photographer_in_the_byline():
    # A text dump: kicker, headline, the lead photo's caption with its credit
    # ("... Photograph: Name for the Site"), standfirst, a byline naming the reporter and
    # the photographer in brackets, the caption again and the headline printed again. The
    # caption is no headline, the standfirst under it is a deck, the photographer no author.
    rec = _parse("dump_photo_credit_byline.txt")
    assert rec.title == "'What is the lake telling us?': fishers fearful over the falling catch"
    assert [a.name for a in rec.authors] == ["Amani Lukusa"]
    # "Thu 3 Jan 2019 02.00 EST": the time printed with a dot, before a zone, is read (it was
    # dropped: "2019-01-03")
    assert str(rec.date) == "2019-01-03T02:00-05:00"


def test_a_dump_whose_byline_is_a_name_with_its_handle_under_a_list_of_teasers():
    # Teasers printed twice (and again in "Most read") over the headline; the byline is a
    # name with its social handle and no "By". That name is the author (not the "By" of a
    # teaser at the bottom), and the teasers, past which the byline is far, lose to the headline.
    rec = _parse("dump_handle_byline_after_teasers.txt")
    assert rec.title == "Portable console review: A handheld that keeps up with gaming PCs"
    assert [a.name for a in rec.authors] == ["Amani Lukusa"]
    assert str(rec.date) == "2017-11-03"


def test_a_personal_site_dumped_as_text_is_by_its_owner():
    # A blog whose first line is its owner's name and whose footer prints "© <that name>",
    # with no byline: the owner wrote the post. A site name that is no person's name (no
    # known given name first) is never taken for an author this way.
    rec = _parse("dump_personal_site_owner.txt")
    assert rec.title == "Faster Date Parsing With Plain Regular Expressions"
    assert [a.name for a in rec.authors] == ["Amani Lukusa"]
    assert str(rec.date) == "2021-03-12"
    text = (KINDS / "dump_personal_site_owner.txt").read_text(encoding="utf-8")
    site = text.replace("Amani Lukusa", "The Lake Review")
    assert analyse(site, language="en").authors == []


def test_template_title_copied_into_og_title_votes_once():
    # og:title, twitter:title and the JSON-LD page name repeat the <title> with the site's
    # name ("… – 2024 | Seeblick Magazin"): an SEO plugin's copies, one statement.  The
    # <h1> and the JSON-LD headline agree on the article's own headline, which wins.
    rec = _parse("title_seo_copies.html")
    assert rec.title == "Fünf Wanderwege für einen Tag am Bodensee"
    assert rec.evidence["title"].source == "html:json-ld"


def test_soft_hyphens_of_the_headline_are_printed_back():
    # "Fahrrad&shy;parkplatz": the record's title keeps the publisher's soft hyphen (the
    # og:title holds an entity, so the word's one hyphenated form on the page is used); the
    # names in the text are read without them.
    rec = _parse("title_soft_hyphens.html")
    assert rec.title == "Stadt plant neuen Fahrrad\u00adparkplatz am Bahnhof & Velostation"
    assert "Stadtpräsidentin Anna Keller" in rec.body


def test_soft_hyphens_inside_the_chosen_candidates_span():
    text = "<h1>Heli\u00adkopter</h1>"  # as read: the hyphen taken out, its offset kept
    doc_text, where = "<h1>Helikopter</h1>", (8,)
    assert text.replace("\u00ad", "") == doc_text
    cand = Candidate("title", "Helikopter", "html:h1", 4, 14)
    assert as_printed(cand, doc_text, where) == "Heli\u00adkopter"
    # A word the page hyphenates two ways is left as it is outside the span.
    doc_text = "Helikopter. Helikopter. Helikopter"
    other = Candidate("title", "Ein Helikopter", "html:opengraph")
    assert as_printed(other, doc_text, (4, 18)) == "Ein Helikopter"
    assert as_printed(other, doc_text, (4, 16)) == "Ein Heli\u00adkopter"


def test_og_title_trimmed_from_the_document_title_keeps_its_own_affix():
    # og:title is the <title> with "| Environment | The Daily Ledger" cut: the publisher kept
    # "| Amina Diallo" in its shared headline, so it stays (the <h1> leaves it out).
    rec = _parse("title_og_trimmed_writer.html")
    assert rec.title == "'We have never seen it so dry': farmers count the cost of the drought | Amina Diallo"
    assert rec.evidence["title"].source == "html:opengraph"
