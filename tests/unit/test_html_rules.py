"""The HTML rules one by one: names, dates, titles, JSON-LD repair, bounds."""

from __future__ import annotations

import pytest

from congo_digital.fields.authors import clean_names
from congo_digital.fields.dates import normalise_date
from congo_digital.fields.title import clean_title
from congo_digital.html.jsonld import json_ld_items
from congo_digital.html.page import parse_tree
from congo_digital.pipeline import parse_bytes


@pytest.mark.parametrize(("raw", "names"), [
    ("By Amani Lukusa and Grace Ilunga", ["Amani Lukusa", "Grace Ilunga"]),
    ("Anna Keller, Jonas Weber und Lena Brandt", ["Anna Keller", "Jonas Weber", "Lena Brandt"]),
    ("Par Jeanne Mbala et Paul Okito", ["Jeanne Mbala", "Paul Okito"]),
    ("Por Lucía Fernández y Ana Gómez", ["Lucía Fernández", "Ana Gómez"]),
    ("Thandiwe Moyo, Senior Correspondent", ["Thandiwe Moyo"]),
    ("Text: Miriam Hofmann", ["Miriam Hofmann"]),
    ("Kofi Mensah Thursday", ["Kofi Mensah"]),
    ("Facebook", []),
    ("news@example.org", []),
    ("Staff", []),
    ("12 March 2024", []),
    ("https://www.example.org/author/kofi", []),
    ("Editor", []),
    ("Alex Doe Thursday, November 9, 2023", ["Alex Doe"]),
    ("Jo Banda 05. November 2024 15:36 Uhr", ["Jo Banda"]),
    ("Alle Beiträge", []),
    ("La Rédaction", []),
    ("박준석 기자", ["박준석"]),
])
def test_clean_names(raw, names):
    assert clean_names(raw, set()) == names


def test_visible_bylines_are_stricter_than_metadata():
    assert clean_names("Mobasir hassan", set()) == ["Mobasir hassan"]
    assert clean_names("Mobasir hassan", set(), visible=True) == []
    assert clean_names("capital", set(), visible=True) == []
    assert clean_names("Posted on September 21, 2020 by Adi Tzlil", set(), visible=True) == ["Adi Tzlil"]
    assert clean_names("by using humorous bags to turn laundry day into a blast", set(), visible=True) == []


def test_site_name_is_not_a_person_unless_marked_up_as_one():
    sites = {"example times", "exampletimes"}
    assert clean_names("Example Times", sites) == ["Example Times"]  # kept, flagged as the site by the caller
    assert clean_names("Jo Banda, Example Times", sites) == ["Jo Banda", "Example Times"]
    assert clean_names("Example Times", sites, person=True) == ["Example Times"]


def test_a_publication_that_is_not_the_site_is_nobody():
    # only printed text bylines dropped a paper: markup gave "The Guardian" as a co-author
    sites = {"example times", "exampletimes"}
    assert clean_names("John Smith, The Guardian, London", sites) == ["John Smith"]
    assert clean_names("By John Smith, Le Monde", sites, visible=True) == ["John Smith"]
    assert clean_names("Jo Banda, Example Times", sites) == ["Jo Banda", "Example Times"]  # the site's own: flagged


def test_a_page_byline_and_meta_author_drop_another_paper():
    from congo_digital.api import parse_html

    page = (
        '<html><head><title>Council approves new water plan</title>'
        '<meta name="author" content="John Smith, The Guardian, London">'
        '<meta property="og:site_name" content="Example Times"></head><body><article>'
        '<h1>Council approves new water plan</h1><p class="byline">By John Smith, The Guardian, London</p>'
        '<p>The city council approved on Tuesday a plan to bring clean water to the northern districts, '
        'officials said after a long debate.</p><p>Work on the first pipes is to start next year.</p>'
        '</article></body></html>'
    )
    art = parse_html(page, parties=False, topics=False)
    assert [a.name for a in art.authors] == ["John Smith"]


@pytest.mark.parametrize(("raw", "iso"), [
    ("2024-03-05T08:15:42+02:00", "2024-03-05T08:15+02:00"),
    ("2024-03-05T08:15:42Z", "2024-03-05T08:15+00:00"),
    ("2024-03-05T08:15:42.123+0530", "2024-03-05T08:15+05:30"),
    ("2024-03-05", "2024-03-05"),
    ("20240305", "2024-03-05"),
    ("2024-03-05 22:28:35", "2024-03-05T22:28"),
    ("Sat, 19 Oct 2019 00:04:00 +0200", "2019-10-19T00:04+02:00"),
    ("12 septembre 2024", "2024-09-12"),
    ("14.02.2024", "2024-02-14"),
    ("1850-01-01", None),
    ("no date here", None),
])
def test_normalise_date(raw, iso):
    assert normalise_date(raw, "fr" if "septembre" in raw else "de" if "." in raw[:3] else "en") == iso


@pytest.mark.parametrize(("title", "sites", "others", "clean"), [
    ("Headline of the day | Example Times", {"example times"}, [], "Headline of the day"),
    ("Example Times - Headline of the day", {"example times"}, [], "Headline of the day"),
    ("Headline of the day | Section | Example", set(), ["Headline of the day"], "Headline of the day"),
    ("Why A - and B - matter", set(), [], "Why A - and B - matter"),
    # the site's name in the middle, a slogan after it
    ("Winter gift guide | Example Mag | Jetzt entdecken!", {"example mag"}, [], "Winter gift guide"),
    # a template that printed the site's slogan twice, once glued to the headline
    ("Truck wash on the A7The other directory for small firms | The other directory for small firms", set(), [],
     "Truck wash on the A7"),
])
def test_clean_title(title, sites, others, clean):
    assert clean_title(title, sites, others) == clean


def test_json_ld_repairs_and_flattens():
    html = """<html><head>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "A",}</script>
    <script type="application/ld+json">[{"@type": "WebSite", "name": "S"}, {"@graph": [{"@type": "Person",
     "name": "P"}]}]</script>
    <script type="application/ld+json">{"@type": "Thing", "name": "x"} {"@type": "Event", "name": "y"}</script>
    <script type="application/ld+json">{not json at all</script>
    </head><body></body></html>"""
    items = json_ld_items(parse_tree(html))
    assert [i.get("@type") for i in items] == ["NewsArticle", "WebSite", None, "Person", "Thing", "Event"]


def test_deep_nesting_does_not_crash():
    html = "<html><body>" + "<div>" * 50000 + "<p>Deep text in the middle of nowhere, long enough.</p>" + \
        "</div>" * 50000 + "</body></html>"
    rec = parse_bytes(html.encode())  # (time: bench/adversarial.py)
    assert rec.source.format == "html"


def test_many_nodes_bounded():
    rows = "".join(f"<li><a href='/x{i}'>Link {i}</a></li>" for i in range(100000))
    html = f"<html><head><title>Big page</title></head><body><ul class='menu'>{rows}</ul><h1>Big page</h1>" \
        "<p>One paragraph of actual text that is long enough to count as the main text here.</p></body></html>"
    rec = parse_bytes(html.encode())  # (time: bench/adversarial.py)
    assert rec.title == "Big page"
    assert "Link 5" not in rec.body


def test_empty_and_tag_soup_pages():
    rec = parse_bytes(b"<html><body><p>Short.</p></body></html>")
    assert rec.evidence["title"].source == "text:title"
    assert rec.authors == []
    assert rec.date is None
    rec = parse_bytes(b"<html><head><title>Only a title</title></head><body><div><p>unclosed <b>bold")
    assert rec.title == "Only a title"


@pytest.mark.parametrize(("title", "clean"), [
    ("武汉的声音：有英勇的你-新华网", "武汉的声音：有英勇的你"),
    ("Example.org » Blog Archiv » Podcasts in Plex einbinden", "Podcasts in Plex einbinden"),
    ("Zwei Rücktritte - und viele offene Fragen | nachrichten.de", "Zwei Rücktritte - und viele offene Fragen"),
    ("Tony Blair: Why there has to be compromise", "Tony Blair: Why there has to be compromise"),
])
def test_clean_title_site_forms(title, clean):
    assert clean_title(title, set(), []) == clean


def _cand(field, value, source, rank=0, kind=None):
    from congo_digital.model import Candidate

    return Candidate(field, value, source, rank=rank, kind=kind)


def test_title_vote_prefers_opengraph_and_bare_headline():
    from congo_digital.fields.title import decide_title

    cands = [
        _cand("title", "Social headline", "html:opengraph"),
        _cand("title", "SEO headline", "html:json-ld", kind="strong"),
        _cand("title", "SEO headline", "html:h1"),
    ]
    assert decide_title(cands).value == "Social headline"
    # Three agreeing sources (the <title> with its site affix cut) outweigh og:title.
    cands.append(_cand("title", "SEO headline | Example", "html:title"))
    decision = decide_title(cands)
    assert (decision.value, decision.source) == ("SEO headline", "html:json-ld")
    # A one-word kicker gives way to the bare headline that other sources print.
    cands = [
        _cand("title", "Wahl: Anna Beispiel wird Präsidentin", "html:opengraph"),
        _cand("title", "Anna Beispiel wird Präsidentin", "html:h1"),
    ]
    assert decide_title(cands).value == "Anna Beispiel wird Präsidentin"
    # "Headline | Site | Slogan" votes for the h1 it starts with.
    cands = [
        _cand("title", "Bielersee-Hechte | fisch.example | Dein Magazin", "html:opengraph"),
        _cand("title", "Bielersee-Hechte", "html:h1"),
    ]
    decision = decide_title(cands)
    assert (decision.value, decision.source, decision.text) == (
        "Bielersee-Hechte", "html:opengraph", "Bielersee-Hechte | fisch.example | Dein Magazin")


def test_utc_stamp_gives_way_to_local_day():
    from congo_digital.fields.dates import decide_date

    cands = [
        _cand("date", "2023-11-09T03:28:35Z", "html:json-ld", kind="strong"),
        _cand("date", "2023-11-08 22:28:35", "html:meta"),
        _cand("date", "2023-11-08", "html:url"),
    ]
    assert decide_date(cands, None, "en").value == "2023-11-08T22:28"
    cands = [
        _cand("date", "2023-11-09T03:28:35Z", "html:json-ld", kind="strong"),
        _cand("date", "2023-11-08 21:00:00", "html:meta"),  # another moment: not a local copy
    ]
    assert decide_date(cands, None, "en").value == "2023-11-09T03:28+00:00"


def test_people_before_organisations():
    from congo_digital.fields.authors import decide_authors

    cands = [
        _cand("site", "Example Times", "html:opengraph"),
        _cand("authors", "Example Times", "html:json-ld", kind="organization"),
        _cand("authors", "By Jo Banda", "html:byline-class"),
    ]
    decision = decide_authors(cands)
    assert (decision.value, decision.source) == (["Jo Banda"], "html:byline-class")
    decision = decide_authors(cands[:2])
    assert (decision.value, decision.source) == (["Example Times"], "html:json-ld")
    decision = decide_authors([_cand("authors", "AP", "html:meta"),
                               _cand("authors", "Staff", "html:byline-class")])
    assert decision.value == ["AP"]


def test_markup_credits_read_once_decide_as_before():
    from congo_digital.fields.authors import decide_authors, markup_credits
    from congo_digital.record import Candidate

    cands = [
        _cand("site", "Example Times", "html:opengraph"),
        _cand("authors", "Example Times", "html:json-ld", kind="organization"),
        _cand("authors", "Reuters", "html:byline-class"),
    ]
    credits = markup_credits(cands)
    byline = Candidate("authors", ["Jo Banda"], "text:byline")
    for text in (None, byline):
        fresh, reused = decide_authors(cands, text), decide_authors(cands, text, credits)
        assert (reused.value, reused.source) == (fresh.value, fresh.source)
    assert decide_authors(cands, None, credits).value == ["Reuters"]  # an agency before the site itself
    assert (decide_authors(cands, byline, credits).value, decide_authors(cands, byline, credits).source) \
        == (["Jo Banda"], "text:byline")
    assert [src for src, _, _ in credits.sequence] == ["html:json-ld", "html:byline-class"]  # not changed by a call


def test_pathological_json_ld_and_attributes():
    html = ("<html><head><script type='application/ld+json'>" + "[" * 100000 + "]" * 100000 + "</script>"
            "<title>" + "a - " * 5000 + "Real headline</title></head>"
            "<body><p class='" + "x " * 100000 + "'>Some text.</p></body></html>")
    rec = parse_bytes(html.encode())  # (time: bench/adversarial.py)
    assert rec.title.startswith("a - a - a") and len(rec.title) <= 600  # a title is read up to 600 characters


def test_markup_swallowed_by_an_unclosed_title_is_not_a_title():
    from congo_digital import parse_bytes

    page = b"<html><head><title>Broken page</head><body><h1>Headline here</h1><p>Text.</p></body></html>"
    assert parse_bytes(page).title is None


def test_detected_language_evidence_names_the_detector():
    from congo_digital.fields.language import decide_language

    got = decide_language([], "fr", 1000)
    assert (got.value, got.source) == ("fr", "text:py3langid")


@pytest.mark.parametrize(("lang", "date"), [("en-GB", "2025-04-03"), ("en_GB", "2025-04-03"), ("en-KE", "2025-04-03"),
                                            ("en-US", "2025-03-04"), ("en", "2025-03-04"), ("fr-FR", "2025-04-03")])
def test_numeric_date_order_follows_the_page_locale(lang, date):
    """The page's stated locale gives the day/month order of a printed numeric date (CLDR)."""
    page = (f'<html lang="{lang}"><head><title>Council approves new budget for schools</title></head><body>'
            '<article><h1>Council approves new budget for schools</h1><p class="date">Published 03/04/2025</p>'
            "<p>The council approved a new budget for the schools of the district on Tuesday, after a long debate"
            " in which several members asked for more money for repairs and teachers.</p></article></body></html>")
    record = parse_bytes(page.encode())
    assert (record.date, record.evidence["date"].source) == (date, "html:date-text")


def test_word_patterns_answer_as_ignorecase_regexes_do():
    """``html.words.WordPattern``: ASCII texts are lowercased and matched without
    ``re.IGNORECASE``; the answers are those of the flagged pattern."""
    import re

    from congo_digital.html.words import WordPattern, class_matches, class_words

    words = ["by-line", "Author", "ad"]
    template = r"(?:^|[\s_-])(?:WORDS)(?:$|[\s_-])"
    fast = WordPattern(words, template)
    slow = re.compile(template.replace("WORDS", "|".join(map(re.escape, words))), re.I)
    for text in ["post-AUTHOR", "BY-LINE x", "authors", "Autor", "head_AD", "shadow", "ÄD ad", "Ünd Author", ""]:
        assert fast.search(text) == (slow.search(text) is not None), text
    labels = WordPattern(["By", "Von", "Autorin/Autor"], r"^(?:WORDS)\s+(?=\S)", slash=r"\s?/\s?")
    assert [labels.match(t) for t in ("BY Jo", "von Jo", "autorin / autor Jo", "Bye", "Jo by Jo")] == \
        [True, True, True, False, False]
    kelvin = WordPattern(["\u212aey"])  # the Kelvin sign matches "k" case aside: it stands for it
    assert kelvin.search("key") and kelvin.search("KEY")
    # the Turkish dotless "ı" matches "I" and "i" case aside (a date label: "yayınlandı")
    dated = WordPattern(["yayınlandı", "posted", "é/x"], r"^(?:WORDS)\s*:?\s*(?=\S)", slash=r"\s?/\s?")
    flagged = re.compile(r"^(?:yayınlandı|posted|é\s?/\s?x)\s*:?\s*(?=\S)", re.I)
    for text in ["YAYINLANDI: 3 Mayıs", "yayinlandi 3", "Yayınlandı 3", "POSTED 3", "posting 3", "po", "p",
                 "É / X 1", "é/x 1", "ya", "Posted", ""]:
        assert dated.match(text) == (flagged.match(text) is not None), text
    assert class_words("boilerplate_classes").search("Related-Posts")
    assert not class_matches(class_words("boilerplate_classes"), "sidebar-wrapper main")


def test_a_headline_cut_short_votes_for_the_whole_one():
    """og:title and the JSON-LD headline cut at a length limit (an ellipsis at the end, or a
    cut inside a word) give their votes to the whole headline the <h1> and <title> print;
    a shorter headline that ends at a word without an ellipsis stays a wording of its own."""
    from congo_digital.fields.title import decide_title

    whole = "Council agrees on the budget for the coming year after a long debate"
    cands = [
        _cand("title", "Council agrees on the budget for the coming year…", "html:opengraph"),
        _cand("title", "Council agrees on the budget for the coming year after a lo", "html:json-ld",
              kind="strong"),
        _cand("title", whole, "html:h1"),
        _cand("title", whole, "html:title"),
    ]
    assert decide_title(cands).value == whole
    cands = [
        _cand("title", "Council agrees on the budget", "html:opengraph"),
        _cand("title", "Council agrees on the budget: the details", "html:h1"),
    ]
    assert decide_title(cands).value == "Council agrees on the budget"


def test_word_patterns_written_as_a_tree_match_the_same_words():
    """The words of a ``WordPattern`` are written as a tree of their common beginnings
    ("ad(?:s|vert)"); it matches the words the plain alternation matches, a word that is
    the beginning of another ("ad", "ads") too."""
    import re

    from congo_digital.html.words import WordPattern, _alternation

    assert _alternation([("a", "d"), ("a", "d", "s"), ("a", "d", "v", "e", "r", "t"), ("b", "y")]) == \
        "(?:ad(?:s|vert|)|by)"
    assert _alternation([("x",)]) == "x" and _alternation([]) == ""
    words = ["ad", "ads", "advert", "adverts", "by", "by-line", "bylines"]
    template = r"(?:^|[\s_-])(?:WORDS)(?:$|[\s_-])"
    tree = WordPattern(words, template)
    plain = re.compile(template.replace("WORDS", "|".join(map(re.escape, words))), re.I)
    for text in ["ad", "ADS", "advert-box", "adverts", "adv", "advertss", "by", "BY-LINE", "by-lines", "bylines x",
                 "x_by", "a", "", "Ads ÄD"]:
        assert tree.search(text) == (plain.search(text) is not None), text
