"""Authors from HTML: the evidence points where the chosen name stands; a section's label
printed in the byline's box is no author."""

from __future__ import annotations

from congo_digital.pipeline import parse_bytes

_LD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour cranes return to Matadi - Lower Congo Daily</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "Harbour cranes return to Matadi",
"author": [{"@type": "Organization", "name": "Lower Congo Daily"}],
"creator": [{"@type": "Person", "name": "Mireille Tshala"}],
"publisher": {"@type": "Organization", "name": "Lower Congo Daily"},
"datePublished": "2025-01-13T06:00:00+01:00"}</script>
</head><body><header><p>Lower Congo Daily</p></header>
<article><h1>Harbour cranes return to Matadi</h1>
<p>Three cranes that had stood idle since the spring were back at work on Monday, the port said.</p>
<p>Dockers said the queue of ships outside the port had shortened to four from eleven.</p>
</article></body></html>"""


def test_json_ld_author_evidence_is_the_persons_place() -> None:
    page = _LD.encode()
    rec = parse_bytes(page)
    assert [a.name for a in rec.authors] == ["Mireille Tshala"]
    ev = rec.evidence["authors"]
    start = _LD.index("Mireille Tshala")
    assert (ev.source, ev.start, ev.end, ev.text) == ("html:json-ld", start, start + 15, "Mireille Tshala")


_BYLINES = """<!DOCTYPE html><html lang="en"><head><title>Rains cut the road to Kikwit</title></head>
<body><aside><ul><li class="byline-item">Amos Kalala   Ten dishes of Kinshasa   to try this year</li></ul></aside>
<article><h1>Rains cut the road to Kikwit</h1>
<div class="article-byline">JEANNE  MBALA</div>
<p>Heavy rains washed away a bridge on the national road on Sunday, the provincial office said.</p>
<p>Lorries carrying cassava waited on both banks while engineers looked at a temporary crossing.</p>
</article></body></html>"""


def test_byline_evidence_is_the_element_that_gave_the_name() -> None:
    rec = parse_bytes(_BYLINES.encode())
    assert [a.name for a in rec.authors] == ["Jeanne Mbala"]
    ev = rec.evidence["authors"]
    assert (ev.source, ev.start, ev.end, ev.text) == ("html:byline-class", None, None, "JEANNE MBALA")


_SECTION = """<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>مهرجان الربيع في جبيل</title></head>
<body><nav><div class="nav-item"><a href="/news/category/29/lifestyle/ar">منوعات</a></div></nav>
<article><h1>مهرجان الربيع في جبيل</h1>
<div class="article_details_author_container d-flex">
<a class="article_details_category" href="/news/category/29/lifestyle/ar"><span>منوعات</span></a></div>
<p>افتتح مهرجان الربيع في جبيل مساء الجمعة بحضور آلاف الزوار من مختلف المناطق اللبنانية.</p>
<p>وقال المنظمون إن المهرجان يستمر أسبوعاً ويضم عروضاً موسيقية ومعارض للحرف اليدوية.</p>
</article></body></html>"""


def test_category_link_in_the_author_box_is_no_author() -> None:
    rec = parse_bytes(_SECTION.encode())
    assert rec.authors == []
    assert "authors" not in rec.evidence


def test_byline_that_is_the_pages_section_is_no_author() -> None:
    page = _SECTION.replace('<a class="article_details_category" href="/news/category/29/lifestyle/ar">',
                            '<a class="article_details_category" href="/lifestyle">').replace(
        "<head>", '<head><meta property="article:section" content="منوعات">')
    rec = parse_bytes(page.encode())
    assert rec.authors == []
    assert rec.section == "منوعات"
