"""Line breaks other than LF, invisible format characters, and evidence offsets into the
input's own text (``read.characters``, ``read.offsets``).  Made-up texts."""

from __future__ import annotations

import unicodedata

import pytest

from congo_digital.pipeline import parse_bytes
from congo_digital.read.characters import remove_invisible, unify_breaks
from congo_digital.read.document import decode_document
from congo_digital.read.offsets import OffsetMap
from congo_digital.record import to_json

TITLE = "Minister opens new bridge in Brazzaville"
LEAD = ("The minister of public works opened a new bridge over the river on Monday, officials said, "
        "in a ceremony attended by hundreds of residents.")
SECOND = ("The bridge, built over three years, links two districts of the capital and cost 40 billion "
          "CFA francs, according to the ministry of public works.")
LINES = [TITLE, "", "By Jean Mabiala", "", "12 March 2025", "", LEAD, "", SECOND]
BODY = LEAD + "\n\n" + SECOND


def _record(text: str, encoding: str = "utf-8", bom: bytes = b"") -> tuple[dict, str]:
    """The record of ``text`` (as ``bom`` and ``text`` in ``encoding``) and the text a user
    reads from that file (decoded, without the byte-order mark)."""
    data = bom + text.encode(encoding)
    return to_json(parse_bytes(data, plain=True)), text


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\r\n", "\r", "\n"])
def test_every_line_break_reads_as_one(separator: str):
    rec, _ = _record(separator.join(LINES))
    assert rec["title"] == TITLE
    assert [a["name"] for a in rec["authors"]] == ["Jean Mabiala"]
    assert rec["date"] == "2025-03-12"
    assert rec["body"] == BODY


def test_a_paragraph_separator_alone_parts_paragraphs():
    # a word processor's export: one U+2029 between paragraphs, no blank line
    rec, text = _record("\u2029".join(line for line in LINES if line))
    assert rec["title"] == TITLE
    assert [a["name"] for a in rec["authors"]] == ["Jean Mabiala"]
    assert rec["body"] == BODY
    assert (rec["evidence"]["authors"]["start"], rec["evidence"]["authors"]["end"]) == (41, 56)
    assert text[41:56] == "By Jean Mabiala"


def test_unify_breaks_exact_text():
    assert unify_breaks("a\r\nb\rc\x85d\u2028e\u2029f") == "a\nb\nc\nd\ne\n\nf"
    assert unify_breaks("plain\ntext") == "plain\ntext"


def test_invisible_characters_leave_title_authors_and_body():
    zw = "\u200b"
    text = "\n".join([f"Minister{zw} opens new\u2060 bridge in Brazza{zw}ville", "",
                      f"By Jean{zw} Mabi\ufeffala", "", "12 March 2025", "",
                      LEAD.replace("bridge", f"bri{zw}dge"), "", SECOND.replace("capital", "capi\u200cta\u200dl")])
    rec, _ = _record(text)
    assert rec["title"] == TITLE
    assert [a["name"] for a in rec["authors"]] == ["Jean Mabiala"]
    assert rec["body"] == BODY
    start, end = rec["evidence"]["title"]["start"], rec["evidence"]["title"]["end"]
    assert (start, end) == (0, 43)
    assert text[start:end] == f"Minister{zw} opens new\u2060 bridge in Brazza{zw}ville"
    assert rec["evidence"]["title"]["text"] == text[start:end]
    date = rec["evidence"]["date"]
    assert text[date["start"]:date["end"]] == "12 March 2025"


def test_joiners_stay_where_a_script_uses_them():
    persian = "می\u200cخواهم"  # ZWNJ between Arabic letters
    devanagari = "क्\u200dष"  # ZWJ after a virama
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # an emoji ZWJ sequence
    assert remove_invisible(persian) == persian
    assert remove_invisible(devanagari) == devanagari
    assert remove_invisible(family) == family
    assert remove_invisible("Auf\u200clage \u200dword\u200b") == "Auflage word"
    assert remove_invisible("\u200b\u200c\u0645") == "\u200c\u0645"  # the joiner of a run beside Arabic


@pytest.mark.parametrize(("newline", "title_end", "author", "date"), [
    ("\r\n", 40, (44, 59), (63, 76)),
    ("\r", 40, (42, 57), (59, 72)),
])
def test_offsets_index_the_input_with_its_own_newlines(newline: str, title_end: int, author: tuple[int, int],
                                                       date: tuple[int, int]):
    for bom, encoding in ((b"", "utf-8"), (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le")):
        rec, text = _record(newline.join(LINES), encoding, bom)
        ev = rec["evidence"]
        assert (ev["title"]["start"], ev["title"]["end"]) == (0, title_end)
        assert (ev["authors"]["start"], ev["authors"]["end"]) == author
        assert (ev["date"]["start"], ev["date"]["end"]) == date
        assert text[author[0]:author[1]] == "By Jean Mabiala" == ev["authors"]["text"]
        assert text[date[0]:date[1]] == "12 March 2025" == ev["date"]["text"]


def test_offsets_of_mixed_newlines_and_a_decomposed_accent():
    title = "Le ministre de l'E\u0301conomie ouvre un pont"  # NFD: E and a combining acute
    text = title + "\r\n\r\nBy Jean Mabiala\n\r12 March 2025\u2029" + LEAD + "\r\n\r\n" + SECOND
    rec, _ = _record(text)
    assert rec["title"] == unicodedata.normalize("NFC", title)
    ev = rec["evidence"]
    assert (ev["title"]["start"], ev["title"]["end"]) == (0, 40)  # the title's 40 characters, NFD
    assert text[0:40] == title == ev["title"]["text"]
    assert (ev["authors"]["start"], ev["authors"]["end"]) == (44, 59)
    assert text[44:59] == "By Jean Mabiala"
    assert (ev["date"]["start"], ev["date"]["end"]) == (61, 74)
    assert text[61:74] == "12 March 2025"


def test_page_offsets_index_the_page_with_its_crlf_and_invisible_characters():
    para = ("<p>The minister of public works opened a new bridge over the river on Monday, officials said, "
            "in a ceremony attended by hundreds of residents of the capital.</p>\n")
    page = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title>Bridge</title>\n"
            "<meta property=\"og:title\" content=\"Minister opens new\u200b bridge in Brazza&#8203;ville\">\n"
            "<meta name=\"author\" content=\"Jean\u200b Mabiala\">\n</head>\n<body>\n<article>\n"
            "<h1>Minister opens new bridge in Brazzaville</h1>\n" + para * 4 + "</article>\n</body>\n</html>\n"
            ).replace("\n", "\r\n")
    rec = to_json(parse_bytes(page.encode(), plain=True))
    assert rec["title"] == TITLE
    assert [a["name"] for a in rec["authors"]] == ["Jean Mabiala"]
    ev = rec["evidence"]
    assert (ev["title"]["start"], ev["title"]["end"]) == (101, 149)
    assert page[101:149] == "Minister opens new\u200b bridge in Brazza&#8203;ville"
    assert (ev["authors"]["start"], ev["authors"]["end"]) == (182, 195)
    assert page[182:195] == "Jean\u200b Mabiala"


def test_offset_map_boundaries():
    doc = decode_document("ab\r\ncd\u200bef\r\n".encode())
    assert doc.text == "ab\ncdef\n"
    assert doc.raw == "ab\r\ncd\u200bef\r\n"
    assert doc.to_raw(0, 2) == (0, 2)  # an end before a CRLF maps before its CR
    assert doc.to_raw(0, 3) == (0, 4)  # a span over the newline takes the CRLF whole
    assert doc.to_raw(3, 5) == (4, 6)  # an end before a removed character maps before it
    assert doc.to_raw(5, 7) == (7, 9)  # a start after one maps past it
    assert doc.to_raw(3, 8) == (4, 11)
    plain = decode_document(b"plain text\n")
    assert plain.raw is None and plain.offsets is None and plain.to_raw(0, 5) == (0, 5)
    steps = OffsetMap()
    log = steps.step()
    log.replace(1, 2, 0)
    log.replace(2, 3, 0)  # touching: one edit
    assert log.edits == [(1, 1, 1, 3)]
    assert steps.to_raw(0, 1) == (0, 1) and steps.to_raw(1, 2) == (3, 4)


@pytest.mark.parametrize(("title", "byline"), [
    (TITLE + "\u200e", "By \u200eJean Mabiala\u200f"),  # LRM/RLM round a Latin name (a right-to-left site's dump)
    ("\u202b" + TITLE + "\u202c", "By \u2067Jean Mabiala\u2069"),  # an embedding; an isolate
])
def test_bidirectional_marks_leave_the_byline_and_the_title_ends(title: str, byline: str):
    rec, _ = _record("\n".join([title, "", byline, "", "12 March 2025", "", LEAD, "", SECOND]))
    assert rec["title"] == TITLE
    assert [a["name"] for a in rec["authors"]] == ["Jean Mabiala"]
    assert rec["body"] == BODY


def test_a_mark_inside_a_title_stays():
    from congo_digital.fields.title import without_bidi_controls

    assert without_bidi_controls("\u200fשלום World\u200f!") == "שלום World\u200f!"


def test_c1_controls_are_windows_1252_text_decoded_as_latin1():
    text = "\n".join([TITLE, "", "By Jean Mabiala", "", "12 March 2025", "",
                      LEAD.replace("officials said", "officials said\x85 it\x92s a \x93big day\x94"), "", SECOND])
    rec, _ = _record(text)
    assert rec["body"] == BODY.replace("officials said", "officials said… it’s a “big day”")
    assert rec["warnings"] == ["C1 control characters read as Windows-1252 (the text was decoded as Latin-1 before)"]
    assert (rec["evidence"]["date"]["start"], rec["evidence"]["date"]["end"]) == (59, 72)
    nel_lines, _ = _record("\x85".join(LINES))  # NEL ends the lines of a text without LF or CR
    assert nel_lines["title"] == TITLE and nel_lines["body"] == BODY and nel_lines["warnings"] == []


def test_c1_controls_windows_1252_leaves_undefined_become_replacement_characters():
    from congo_digital.read.characters import c1_as_cp1252

    assert c1_as_cp1252("It\x92s\x81 a \x8d\x8f\x90\x9dday\n") == (
        "It’s\ufffd a \ufffd\ufffd\ufffd\ufffdday\n",
        ["C1 control characters read as Windows-1252 (the text was decoded as Latin-1 before)"])


@pytest.mark.parametrize("hyphen", ["\u2011", "\u2010"])
def test_a_non_breaking_hyphen_reads_as_a_hyphen(hyphen: str):
    rec, _ = _record("\n".join([TITLE, "", f"By Jean{hyphen}Claude Mabiala", "", f"2025{hyphen}03{hyphen}12", "",
                                LEAD.replace("residents", f"long{hyphen}time residents"), "", SECOND]))
    assert [a["name"] for a in rec["authors"]] == ["Jean-Claude Mabiala"]
    assert rec["date"] == "2025-03-12"
    assert rec["body"] == BODY.replace("residents", "long-time residents")


def test_invisible_runs_and_their_edits_as_the_pattern_gave_them():
    """``remove_invisible`` finds its runs by ``str.find`` (``_runs``): the same maximal runs
    and the same logged edits as ``re.finditer("[\\u200b-\\u200d\\u2060\\ufeff]+")``."""
    from congo_digital.read.characters import _runs

    text = "a\u200b\ufeffb \u200c\u0645\u200d\u200b x\u2060"
    assert _runs(text, ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")) == [(1, 3), (5, 6), (7, 9), (11, 12)]
    offsets = OffsetMap()
    assert remove_invisible(text, offsets) == "ab \u200c\u0645\u200d x"
    assert [log.edits for log in offsets.steps] == [[(1, 1, 1, 3), (5, 6, 7, 9), (8, 8, 11, 12)]]


def test_c1_controls_found_in_utf8_bytes():
    """``_c1_in_utf8``: a C1 control is 0xC2 and a byte 0x80-0x9F; 0xC2 before a no-break space
    (0xA0) or closing the bytes is none."""
    from congo_digital.read.characters import _c1_in_utf8

    assert _c1_in_utf8("It\x92s".encode()) is True
    assert _c1_in_utf8("a\xa0b \xa9 \x80".encode()) is True
    assert _c1_in_utf8("a\xa0b \xa9 \xa0".encode()) is False
    assert _c1_in_utf8(b"ab\xc2") is False


def test_crlf_lines_and_a_lone_cr():
    """A text of CRLF lines is made LF at once; one lone CR among them is read by the pattern:
    the same text and offsets either way."""
    offsets = OffsetMap()
    assert unify_breaks("a\r\nb\r\nc", offsets) == "a\nb\nc"
    assert offsets.to_raw(4, 5) == (6, 7)
    offsets = OffsetMap()
    assert unify_breaks("a\r\nb\rc", offsets) == "a\nb\nc"
    assert offsets.to_raw(4, 5) == (5, 6)
