"""Rules of the authors and date decisions on small pages written for the tests (issue 12):
each a kind of real page where the record was wrong, with the right value asserted."""

from __future__ import annotations

import pytest

from congo_digital.fields.dates import normalise_date
from congo_digital.pipeline import parse_bytes

PARAGRAPHS = ("<p>The district clinic opened a second ward for malaria patients on Wednesday, doubling the number "
              "of beds available during the rainy season, when cases rise sharply.</p>"
              "<p>Nurses said the new ward would shorten waiting times for children, who make up most of the "
              "patients.</p>")


def _record(head: str, body: str):
    page = f"<html><head><title>Clinic opens a second malaria ward</title>{head}</head><body>{body}</body></html>"
    return parse_bytes(page.encode(), parties=False, topics=False)


def _ld(fields: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", {fields}}}</script>'


def test_json_ld_author_whom_the_page_prints_as_editor_is_not_the_author():
    rec = _record(_ld('"author": {"@type": "Person", "name": "Heru Susanto"}'),
                  '<div class="author-name">Rina Wulandari</div><div class="author-editor">Editor : Heru Susanto</div>'
                  + PARAGRAPHS)
    assert [a.name for a in rec.authors] == ["Rina Wulandari"]
    assert rec.evidence["authors"].source == "html:byline-class"


def test_photographers_credit_in_an_image_item_is_not_the_author():
    body = ('<figure itemscope itemtype="https://schema.org/ImageObject"><img src="a.jpg">'
            '<span itemprop="author">Paul Mbala/Reuters</span></figure>'
            '<p class="byline">By <span itemprop="author">Sarah Kabongo</span></p>' + PARAGRAPHS)
    rec = _record("", f'<article itemscope itemtype="https://schema.org/NewsArticle">{body}</article>')
    assert [a.name for a in rec.authors] == ["Sarah Kabongo"]


@pytest.mark.parametrize("head, body, name", [
    (_ld('"author": {"@type": "Person", "name": "lakeside.example"}, '
         '"publisher": {"@type": "Organization", "name": "lakeside.example"}'), PARAGRAPHS, "lakeside.example"),
    ('<meta property="og:site_name" content="Lakeside Foundation">',
     '<div class="meta"><span>By Lakeside Foundation</span></div>' + PARAGRAPHS, "Lakeside Foundation"),
])
def test_the_site_credited_alone_is_the_author(head: str, body: str, name: str):
    assert [a.name for a in _record(head, body).authors] == [name]


def test_an_agency_goes_before_the_site_crediting_itself():
    head = (_ld('"author": {"@type": "Organization", "name": "lakeside.example"}, '
                '"publisher": {"@type": "Organization", "name": "lakeside.example"}'))
    rec = _record(head, '<p><em>Por Agencia EFE</em></p>' + PARAGRAPHS)
    assert [a.name for a in rec.authors] == ["Agencia EFE"]


def test_printed_byline_goes_before_a_site_wide_meta_author():
    head = '<meta name="author" content="Paul Mbeki - Lena Osei">'
    body = "<p>Erstellt von Fabian am Dienstag 6. Mai 2014</p>" + PARAGRAPHS
    rec = _record(head, body)
    assert [a.name for a in rec.authors] == ["Fabian"]
    assert rec.evidence["authors"].source == "html:byline-text"


def test_meta_author_stays_when_the_printed_byline_names_the_same_person():
    head = '<meta name="author" content="Fabian Roth">'
    rec = _record(head, "<p>Erstellt von Fabian Roth am Dienstag 6. Mai 2014</p>" + PARAGRAPHS)
    assert [a.name for a in rec.authors] == ["Fabian Roth"]
    assert rec.evidence["authors"].source == "html:meta"


def test_lowercase_user_name_of_a_rel_author_link():
    body = ('<span class="by-author">by <span class="author vcard"><a class="url fn n" rel="author" '
            'href="/author/marc/">marc</a></span></span>' + PARAGRAPHS)
    assert [a.name for a in _record("", body).authors] == ["marc"]


def test_collective_is_not_a_name():
    body = '<span class="vcard author"><a class="url fn" href="auteur/collectif">Collectif</a></span>' + PARAGRAPHS
    assert _record("", body).authors == []


def test_numeric_date_with_bars_between_its_parts():
    assert normalise_date("26 | 01 | 2022 Schweiz | Praxis | Video", "de") == "2022-01-26"


def test_stamp_years_after_the_date_in_the_address_is_a_resave():
    head = ('<link rel="canonical" href="https://lakeside.example/home/2017/7/12/montauk">'
            + _ld('"datePublished": "2019-06-17T18:28:00+0200"'))
    rec = _record(head, PARAGRAPHS)
    assert rec.date == "2017-07-12"
    assert rec.evidence["date"].source == "html:url"


def test_stamp_a_day_after_the_date_in_the_address_stays():
    head = ('<link rel="canonical" href="https://lakeside.example/2020/02/18/ciencia.html">'
            + _ld('"datePublished": "2020-02-19T05:30:00+01:00"'))
    assert _record(head, PARAGRAPHS).date == "2020-02-19T05:30+01:00"


def test_labelled_date_in_the_next_element_before_a_generic_meta_date():
    head = '<meta name="date" content="2021-10-15"><meta name="DC.date" content="2021-10-15">'
    body = ('<div class="eventbox"><span class="sub">Erschienen am:</span><h2 class="headline">13.10.2021</h2>'
            "</div>" + PARAGRAPHS)
    rec = _record(head, body)
    assert rec.date == "2021-10-13"
    assert rec.evidence["date"].source == "html:date-text"
