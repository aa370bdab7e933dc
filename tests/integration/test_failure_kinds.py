"""Known failure kinds of article parsers (from the peers' public bug trackers), each on a
small page written for the test (``kinds/`` or built here), with the right value asserted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from congo_digital.cli import parse_main
from congo_digital.fields.dates import normalise_date
from congo_digital.pipeline import parse_bytes, parse_path

KINDS = Path(__file__).resolve().parent / "kinds"

ARTICLE = ("<h1>Clinic opens a second malaria ward</h1>"
           "<p>The district clinic opened a second ward for malaria patients on Wednesday, doubling the number "
           "of beds available during the rainy season, when cases rise sharply.</p>"
           "<p>Nurses said the new ward would shorten waiting times for children, who make up most of the "
           "patients.</p>")
BODY = ("The district clinic opened a second ward for malaria patients on Wednesday, doubling the number of beds "
        "available during the rainy season, when cases rise sharply.\n\n"
        "Nurses said the new ward would shorten waiting times for children, who make up most of the patients.")


def _parse(path: Path):
    return parse_path(str(path), parties=False, topics=False)


def _page(head: str = "", body: str = ARTICLE) -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def test_json_ld_authors_with_suffixes_are_not_split_at_their_commas():
    rec = _parse(KINDS / "authors_suffixes.html")
    assert [a.name for a in rec.authors] == ["Martin Luther King, Jr.", "Grace Mbuyi, MD", "Paul Kasongo Jr."]
    assert rec.evidence["authors"].source == "html:json-ld"


def test_rel_author_link_to_a_topic_page_is_not_an_author():
    rec = _parse(KINDS / "rel_author_topic.html")
    assert [a.name for a in rec.authors] == ["Joseph Ilunga"]


def test_given_name_with_a_null_family_name():
    rec = _parse(KINDS / "given_name_only.html")
    assert [a.name for a in rec.authors] == ["Ana"]


def test_site_name_suffix_goes_from_the_title():
    rec = _parse(KINDS / "title_site_suffix.html")
    assert rec.title == "Well-known e-bike maker opens a plant in Kisumu"
    assert rec.site_name == "East Africa Wire"


@pytest.mark.parametrize("title", [
    "Self-driving buses start trial runs - Lakeside Courier",
    "Self-driving buses start trial runs | Lakeside Courier",
    "Self-driving buses start trial runs — Lakeside Courier",
    "Self-driving buses start trial runs :: Lakeside Courier",
    "Lakeside Courier | Self-driving buses start trial runs",
])
def test_site_name_is_cut_at_every_separator_but_never_at_a_hyphen_inside_a_word(title: str):
    head = f'<title>{title}</title><meta property="og:site_name" content="Lakeside Courier">'
    rec = parse_bytes(_page(head, "<p>" + BODY.replace("\n\n", "</p><p>") + "</p>"), parties=False, topics=False)
    assert rec.title == "Self-driving buses start trial runs"


def test_gbk_text_after_a_long_ascii_head_is_detected_from_its_body():
    head = "<title>x</title><script>" + "var padding = 1; // an ASCII head\n" * 10_000 + "</script>"
    body = ("<h1>武汉的声音：有英勇的你，才有英雄的城</h1>"
            + "<p>即便日常已改变了模样，但生活依然要继续。纵然已有焦虑煎熬，"
            "但内心仍需要坚强。居家一日游、前后楼栋互相问候。</p>" * 3)
    data = f"<html><head>{head}</head><body>".encode("ascii") + body.encode("gbk") + b"</body></html>"
    assert len(data) > 300_000
    rec = parse_bytes(data, parties=False, topics=False)
    assert rec.source.encoding == "gb18030"
    assert rec.body.startswith("即便日常已改变了模样，但生活依然要继续。")


@pytest.mark.parametrize("stray, read", [(b"\x92", "l’économie"), (b"\x81", "l\ufffdéconomie")])
def test_utf8_with_one_stray_cp1252_byte_is_read_as_utf8(stray: bytes, read: str):
    text = ("<html><head><title>Le Président à Kinshasa</title></head><body><h1>Le Président à Kinshasa</h1>"
            "<p>Le président de la République a reçu mercredi les délégués des provinces. Il a parlé de "
            "l@économie, de l’éducation et de la santé à huis clos.</p></body></html>")
    rec = parse_bytes(text.encode("utf-8").replace(b"@", stray), parties=False, topics=False)
    assert rec.source.encoding == "utf-8"
    assert rec.title == "Le Président à Kinshasa"
    assert f"Il a parlé de {read}, de l’éducation" in rec.body
    assert rec.warnings == ["1 byte that is not UTF-8 read as Windows-1252"]


def test_utf8_with_few_accents_and_an_undefined_stray_byte_is_read_as_utf8():
    """Four accented letters and one 0x81 byte (which Windows-1252 leaves undefined): the
    text was refused as matching no encoding (charset-normalizer gave none)."""
    data = ("Café owners meet in Zürich @ today\n\nBy José García\n\nThe owners of the cafés said on "
            "Monday that prices would rise again this year.\n").encode().replace(b"@", b"\x81")
    rec = parse_bytes(data, parties=False, topics=False)
    assert (rec.source.encoding, rec.title) == ("utf-8", "Café owners meet in Zürich \ufffd today")
    assert [a.name for a in rec.authors] == ["José García"]
    assert rec.warnings == ["1 byte that is not UTF-8 read as Windows-1252"]


@pytest.mark.parametrize("text, encoding", [
    ("Caf\u00e9 owners protest @ rents\n\nThe owners said on Monday that rents rose again.\n", "utf-8"),
    ("Caf\u00e9 owners in Z\u00fcrich protest @ rents @\n\nThe owners said on M\u00f6nday that rents rose.\n",
     "utf-8"),
])
def test_as_many_accents_as_stray_bytes_is_utf8(text: str, encoding: str):
    """The trial found one accent and one 0x81 read as cp932, three and two as cp864."""
    rec = parse_bytes(text.encode().replace(b"@", b"\x81"), parties=False, topics=False)
    assert rec.source.encoding == encoding
    assert rec.title == text.split("\n")[0].replace("@", "\ufffd")
    stray = text.count("@")
    assert rec.warnings == [f"{stray} byte{'s that are' if stray > 1 else ' that is'} not UTF-8 read as Windows-1252"]


def test_a_utf8_byte_order_mark_before_a_stray_byte_is_read_as_without_it():
    """The trial found a BOM, CRLF lines and one stray byte refused as "not valid UTF-8"."""
    text = "Caf\u00e9 owners protest\r\n\r\nBy Jos\u00e9 Garc\u00eda\r\n\r\nThe owners said @ on Monday.\r\n"
    data = b"\xef\xbb\xbf" + text.encode().replace(b"@", b"\x92")
    rec = parse_bytes(data, parties=False, topics=False)
    assert (rec.source.encoding, rec.title) == ("utf-8", "Caf\u00e9 owners protest")
    assert rec.body == "The owners said \u2019 on Monday."
    assert [a.name for a in rec.authors] == ["Jos\u00e9 Garc\u00eda"]
    assert rec.warnings == ["1 byte that is not UTF-8 read as Windows-1252"]
    # the re-trial: without an accent to outweigh it, the mark alone says UTF-8
    plain = b"\xef\xbb\xbfRents rise again\r\n\r\nThe owners said @ on Monday.\r\n".replace(b"@", b"\x92")
    rec = parse_bytes(plain, parties=False, topics=False)
    assert (rec.source.encoding, rec.body) == ("utf-8", "The owners said \u2019 on Monday.")
    assert rec.warnings == ["1 byte that is not UTF-8 read as Windows-1252"]
    quoted = b"\xef\xbb\xbfRents rise again\n\nThe owners said it was @fine@ on Monday.\n"  # (the re-trial)
    rec = parse_bytes(quoted.replace(b"@", b"\x93", 1).replace(b"@", b"\x94"), parties=False, topics=False)
    assert (rec.source.encoding, rec.body) == ("utf-8", "The owners said it was \u201cfine\u201d on Monday.")


def test_a_cp1250_text_is_not_read_as_utf8_with_stray_bytes():
    """Uppercase accented letters before a symbol byte make valid UTF-8 pairs by chance
    ("ĘŻ" is CA AF); the lowercase accents stay stray, so the text is no UTF-8.  Nor is
    it Windows-1252 ("CIÊ¯KI"): it is read as Windows-1250, as its language says."""
    data = "CIĘŻKI ROK DLA ŁODZI\n\nMieszkańcy Łodzi mówią, że zima była ciężka i długa.\n".encode("cp1250")
    rec = parse_bytes(data, parties=False, topics=False)
    assert (rec.source.encoding, rec.warnings, rec.title) == ("cp1250", [], "CIĘŻKI ROK DLA ŁODZI")


def test_cp1252_text_with_utf8_quotes_pasted_in_is_read_as_both():
    """A Windows-1252 text holding a UTF-8 “quote” (its closing quote's bytes E2 80 9D hold
    0x9D, which Windows-1252 leaves undefined) was read as charset-normalizer's guess,
    Mac Latin-2, and garbled."""
    head = "Café prices rise in Lyon\n\nThe café owner said the crème brûlée was sold out. ".encode("cp1252")
    data = head + "He called it “déjà vu”.".encode() + " The mayor agreed.\n".encode("cp1252")
    rec = parse_bytes(data, parties=False, topics=False)
    assert (rec.source.encoding, rec.title) == ("cp1252", "Café prices rise in Lyon")
    assert rec.body == "The café owner said the crème brûlée was sold out. He called it “déjà vu”. The mayor agreed."
    assert rec.warnings == ["Windows-1252 with 4 UTF-8 characters pasted in: read as both"]


def test_a_cyrillic_single_byte_text_is_not_read_as_pasted_utf8():
    """Windows-1251 bytes may hold pairs that are UTF-8 sequences ("Д" then "…": C4 85);
    the rest is no Latin text, so charset-normalizer still reads it."""
    text = "Президент Дмитрий… выступил в парламенте с речью о бюджете и налогах на следующий год.\n" * 3
    rec = parse_bytes(("Бюджет\n\n" + text).encode("cp1251"), parties=False, topics=False)
    assert rec.source.encoding == "cp1251"
    assert rec.title == "Бюджет"


@pytest.mark.parametrize("stamp", ["2023-02-29", "2023-13-01", "2023-02-29T10:00:00Z", "2023-04-31", "2023/13/05"])
def test_impossible_dates_in_metadata_are_refused(stamp: str):
    assert normalise_date(stamp) is None
    head = f'<meta property="article:published_time" content="{stamp}"><meta name="date" content="2023-03-01">'
    rec = parse_bytes(_page(head), parties=False, topics=False)
    assert rec.date == "2023-03-01"
    assert rec.evidence["date"].source == "html:meta"


def test_leap_day_is_a_date():
    assert normalise_date("2024-02-29T10:00:00Z") == "2024-02-29T10:00+00:00"


def test_lone_surrogate_in_json_ld_neither_stops_the_batch_nor_closes_stdout(tmp_path: Path):
    script = ('{"@type": "NewsArticle", "headline": "Clinic \\udfff opens a ward", '
              '"author": {"name": "Ana \\udfff Silva"}}')
    bad = tmp_path / "a.html"
    bad.write_bytes(_page(f'<script type="application/ld+json">{script}</script>'))
    good = tmp_path / "b.html"
    good.write_bytes(_page("<title>Clinic opens a second malaria ward</title>"))
    result = CliRunner().invoke(parse_main, ["-f", "jsonl", "--no-parties", "--no-topics", str(bad), str(good)])
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == ["Clinic \ufffd opens a ward", "Clinic opens a second malaria ward"]
    assert records[0]["authors"] == [{"name": "Ana \ufffd Silva", "role": None}]


def test_json_ld_number_of_5000_digits_is_read():
    script = '{"@type": "NewsArticle", "headline": "Clinic opens a ward", "wordCount": ' + "7" * 5000 + "}"
    rec = parse_bytes(_page(f'<script type="application/ld+json">{script}</script>'), parties=False, topics=False)
    assert rec.title == "Clinic opens a ward"
    assert rec.body == BODY


@pytest.mark.parametrize("block", [
    "<script>" + "var s = '<div>';\n" * 400_000 + "</script>",  # 6.4 MB of inline code, 400,000 "<"
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Clinic opens a second malaria '
    'ward", "text": "' + "a" * 10_000_000 + '"}</script>',  # a 10 MB JSON-LD block
])
def test_huge_script_or_json_ld_does_not_push_the_article_past_the_limit(block: str):
    rec = parse_bytes(_page(block), parties=False, topics=False)
    assert rec.title == "Clinic opens a second malaria ward"
    assert rec.body == BODY
    assert rec.warnings == ["1 script or style block over 2,000,000 characters left out"]


def test_scripts_and_styles_do_not_count_toward_the_page_limit():
    scripts = ("<script>" + "var s = '<div>';\n" * 100_000 + "</script>") * 3  # 4.8 MB in three scripts
    rec = parse_bytes(_page(scripts + "<style>" + "p{margin:0}" * 100_000 + "</style>"), parties=False, topics=False)
    assert rec.body == BODY
    assert rec.warnings == []


def test_nesting_deeper_than_256_levels_keeps_the_articles_text():
    deep = "<div>" * 600 + ARTICLE + "</div>" * 600
    rec = parse_bytes(_page("<title>Clinic opens a second malaria ward</title>", deep), parties=False, topics=False)
    assert rec.title == "Clinic opens a second malaria ward"
    assert rec.body == BODY
    assert rec.warnings == ["page nested deeper than 256 elements: the elements past level 200 were unwrapped, "
                            "their text kept"]
