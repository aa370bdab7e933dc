"""Every encoding case of the robustness issue: the exact title, ``source.encoding`` and warnings.

The inputs are built here from one French article (accents, « », ’, œ, €, –), encoded in
each way; the authored corpus's real cases (``../shared/corpus/authored`` 18, 19, 20) are
checked against their gold titles when that folder is present.
"""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from congo_digital.errors import InputError
from congo_digital.pipeline import parse_bytes
from congo_digital.reading import decode_document

TITLE = "Le Président congolais inaugure à Brazzaville un centre de données « souverain »"
AUTHOR = "Élodie Mbemba"
ARTICLE = (
    f"{TITLE}\n\n"
    f"Par {AUTHOR}\n\n"
    "Brazzaville, le 3 mars 2025 – Le président a inauguré lundi un centre de données présenté comme "
    "« souverain » par le gouvernement, qui y voit l’œuvre d’une décennie d’efforts.\n\n"
    "Le ministre des Postes a salué un investissement de 40 millions d’euros (€) financé par la Banque mondiale.\n"
)
# Latin-1 has no ’, œ, € or –: the same article with their ASCII stand-ins.
LATIN1_ARTICLE = ARTICLE.replace("’", "'").replace("œ", "oe").replace("€", "EUR").replace("–", "-")
MOJIBAKE_WARNING = "mojibake repaired with ftfy (text was UTF-8 decoded as a single-byte encoding)"
AUTHORED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "authored"

CASES = [
    # id, bytes, expected source.encoding, expected warnings
    ("utf-8", ARTICLE.encode("utf-8"), "utf-8", []),
    ("utf-8 with BOM", codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8", []),
    ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "utf-16-le", []),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16-be", []),
    ("utf-16 LE without BOM", ARTICLE.encode("utf-16-le"), "utf-16-le", []),
    ("utf-16 BE without BOM", ARTICLE.encode("utf-16-be"), "utf-16-be", []),
    ("utf-32 LE with BOM", codecs.BOM_UTF32_LE + ARTICLE.encode("utf-32-le"), "utf-32-le", []),
    ("windows-1252", ARTICLE.encode("cp1252"), "cp1252", []),
    # Latin-1 bytes are read as Windows-1252, its superset for printable text (as browsers do).
    ("latin-1", LATIN1_ARTICLE.encode("latin-1"), "cp1252", []),
    ("CRLF", ARTICLE.replace("\n", "\r\n").encode("utf-8"), "utf-8", []),
    ("CR", ARTICLE.replace("\n", "\r").encode("utf-8"), "utf-8", []),
    ("NUL bytes", ARTICLE.encode("utf-8").replace(b"Par ", b"Par\x00 ").replace(b". ", b".\x00 "), "utf-8",
     ["NUL characters removed"]),
    ("control characters", ARTICLE.replace("Par ", "Par\x1b ").encode("utf-8"), "utf-8",
     ["control characters removed"]),
    # The whole text is UTF-8 that was once decoded as Windows-1252 and saved again as UTF-8.
    ("mojibake, whole text", ARTICLE.encode("utf-8").decode("cp1252").encode("utf-8"), "utf-8", [MOJIBAKE_WARNING]),
    # Mixed: only some words are mis-decoded ("PrÃ©sident" next to a correct "données").
    ("mojibake, mixed", ARTICLE.replace("Président", "PrÃ©sident").replace("Élodie", "Ã‰lodie").encode("utf-8"),
     "utf-8", [MOJIBAKE_WARNING]),
    ("windows-1252 and CRLF", ARTICLE.replace("\n", "\r\n").encode("cp1252"), "cp1252", []),
]


@pytest.mark.parametrize(("data", "encoding", "warnings"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_encoding_case_gives_exact_title_encoding_and_warnings(data: bytes, encoding: str, warnings: list[str]):
    record = parse_bytes(data, path="case.txt")
    expected_title = TITLE
    assert record.title == expected_title
    assert record.source.encoding == encoding
    assert record.warnings == warnings
    assert [a.name for a in record.authors] == [AUTHOR]
    assert record.source.bytes == len(data)
    assert "\r" not in record.body and "\x00" not in record.body and "\ufeff" not in record.body


def test_nul_or_control_character_between_two_words_becomes_a_space():
    data = ARTICLE.replace("inaugure à", "inaugure\x00à").replace("Élodie Mbemba", "Élodie\x1bMbemba").encode("utf-8")
    record = parse_bytes(data)
    assert record.title == TITLE
    assert [a.name for a in record.authors] == [AUTHOR]
    assert record.warnings == ["NUL characters removed", "control characters removed"]


def test_removed_characters_give_exact_text():
    document = decode_document(b"foo\x00bar baz\x00\x01\x02qux end\x00. x\x0cy\n\nbody\n")
    assert document.text == "foo bar baz qux end. x\ny\n\nbody\n"
    assert document.warnings == ["NUL characters removed", "control characters removed"]


def test_utf16_interleaving_inside_other_text_keeps_the_word_whole():
    # A few UTF-16 code units inside a UTF-8 text: the NULs fall every other character.
    document = decode_document(b"Le C\x00o\x00n\x00g\x00o\x00 avance\n\nCorps du texte.\n")
    assert document.text == "Le Congo avance\n\nCorps du texte.\n"
    assert document.encoding == "utf-8"
    assert document.warnings == ["NUL characters removed"]


def test_latin1_text_keeps_its_accents():
    record = parse_bytes(LATIN1_ARTICLE.encode("latin-1"))
    assert "l'oeuvre d'une décennie d'efforts" in record.body


def test_windows_1252_symbols_are_decoded():
    record = parse_bytes(ARTICLE.encode("cp1252"))
    assert "40 millions d’euros (€)" in record.body
    assert "l’œuvre" in record.body


def test_windows_1252_punctuation_without_accented_letters():
    text = ("Minister says “yes” to the plan – it’s done\n\n"
            "The minister said “yes” on Monday – and it’s final, officials said.\n")
    record = parse_bytes(text.encode("cp1252"))
    assert record.source.encoding == "cp1252"
    assert record.title == "Minister says “yes” to the plan – it’s done"


def test_text_in_another_script_is_not_forced_into_windows_1252():
    text = ("Президент Конго открыл центр обработки данных в Браззавиле\n\n"
            "Президент республики открыл в понедельник новый центр обработки данных, "
            "который правительство называет суверенным.\n")
    record = parse_bytes(text.encode("cp1251"))
    assert record.source.encoding == "cp1251"
    assert record.title == "Президент Конго открыл центр обработки данных в Браззавиле"


def _page(charset: str, encoding: str) -> bytes:
    html = (f'<html><head><meta charset="{charset}"><title>x</title></head><body>'
            f"<h1>{TITLE}</h1><p>Par {AUTHOR}</p><p>Le président a inauguré lundi un centre de données.</p>"
            "</body></html>")
    return html.encode(encoding)


@pytest.mark.parametrize(
    ("charset", "encoding", "expected"),
    [
        ("windows-1252", "cp1252", "cp1252"),
        ("ISO-8859-1", "cp1252", "cp1252"),  # the Encoding Standard reads latin-1 labels as windows-1252
        ("iso-8859-15", "iso8859-15", "iso8859-15"),
    ],
)
def test_html_meta_charset_is_used(charset: str, encoding: str, expected: str):
    record = parse_bytes(_page(charset, encoding))
    assert record.source.format == "html"
    assert record.source.encoding == expected
    assert record.title == TITLE


@pytest.mark.parametrize("charset", ["utf-7", "punycode", "unicode_escape", "utf-16", "no-such-charset"])
def test_html_meta_charset_that_a_page_may_not_choose_is_ignored(charset: str):
    record = parse_bytes(_page(charset, "cp1252"))
    assert record.source.encoding == "cp1252"
    assert record.title == TITLE


def test_undecodable_bytes_raise_input_error():
    with pytest.raises(InputError) as info:
        decode_document(codecs.BOM_UTF8 + b"\xff\xfe\xfd" * 50, path="bad.txt")
    assert info.value.kind == "undecodable"
    assert str(info.value) == ("bad.txt: starts with a UTF-8 byte-order mark but is not valid UTF-8; "
                               "convert the file to UTF-8")


def _gold(name: str) -> dict:
    for line in (AUTHORED / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["input"] == name:
            return item["gold"]
    raise AssertionError(f"{name} not in the manifest")


@pytest.mark.skipif(not AUTHORED.is_dir(), reason="../shared/corpus/authored is not present")
@pytest.mark.parametrize(
    ("name", "encoding", "title", "raw_marker"),
    [
        ("19.txt", "cp1252", "Cameroun : le prix bord champ du cacao atteint un record de 5 200 FCFA le kilo",
         b"\xe9"),  # Windows-1252
        ("20.txt", "utf-8", "Ugandan teenager Akello smashes world U20 5,000m record in Nairobi",
         codecs.BOM_UTF8),  # UTF-8 with BOM
        ("18.txt", "utf-8", "East African states agree joint plan to clear water hyacinth from Lake Victoria",
         b"\r\n"),  # CRLF
    ],
)
def test_authored_corpus_encoding_cases(name: str, encoding: str, title: str, raw_marker: bytes):
    data = (AUTHORED / name).read_bytes()
    assert raw_marker in data  # the file still is the case it stands for
    record = parse_bytes(data, path=name)
    assert record.title == title == _gold(name)["title"]
    assert record.source.encoding == encoding
    assert record.warnings == []
    assert "\r" not in record.body and "\ufeff" not in record.body
