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
from congo_digital.read.document import decode_document

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
AUTHORED = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "authored"

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
    # Mac Roman: read as Windows-1252 it would give "PrŽsident", "inaugure ˆ".
    ("mac roman", ARTICLE.encode("mac_roman"), "mac-roman", []),
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


MAC_CASES = [
    # id, text, title (the first line); each also holds a letter at a byte Windows-1252 leaves undefined
    ("german", "Der Präsident eröffnet in Brazzaville ein Rechenzentrum für Behörden\n\n"
               "Von Jürgen Müller\n\n"
               "Der Präsident hat am Montag ein neues Rechenzentrum eröffnet, das die Regierung für "
               "souverän hält. Über 40 Millionen Euro wurden ausgegeben, schätzt das Ministerium.\n"),
    ("spanish", "El presidente inaugura en Brazzaville un centro de datos también para África\n\n"
                "Por José Martínez\n\n"
                "El presidente inauguró el lunes un nuevo centro de datos que, según el gobierno, "
                "será más soberano. La inversión está financiada por el Banco Mundial, informó la agencia.\n"),
    ("french with è and ç", "Très forte hausse du prix du cacao reçu par les planteurs\n\n"
                            "Par Hélène Mbemba\n\n"
                            "Le prix payé aux planteurs a été relevé à 1 500 francs, une hausse très "
                            "attendue que le ministère a annoncée mercredi.\n"),
    ("english with curly quotes", "Minister says it’s time to act on the plan — officials agree\n\n"
                                  "By Jane Doe\n\n"
                                  "The minister said it’s “the right moment” and that the plan isn’t "
                                  "negotiable — officials didn’t object.\n"),
]


@pytest.mark.parametrize("text", [c[1] for c in MAC_CASES], ids=[c[0] for c in MAC_CASES])
def test_mac_roman_text_is_read_as_mac_roman(text: str):
    record = parse_bytes(text.encode("mac_roman"))
    assert record.source.encoding == "mac-roman"
    assert record.title == text.split("\n", 1)[0]
    assert record.warnings == []


def test_mac_roman_declared_by_a_whatwg_label_is_used():
    html = (f'<html><head><meta charset="x-mac-roman"><title>x</title></head><body><h1>{TITLE}</h1>'
            f"<p>Par {AUTHOR}</p><p>Le président a inauguré lundi un centre de données.</p></body></html>")
    record = parse_bytes(html.encode("mac_roman"))
    assert record.source.encoding == "mac-roman"
    assert record.title == TITLE


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        # Quoted words with a plural "s" put ” between two lowercase letters in Windows-1252.
        ("no “if”s, “and”s or “but”s — the plan’s final, the minister’s office said", "cp1252"),
        # Windows-1252 with Š, š, Ž, ž in names: these are its letters.
        ("Dušan Šuker and Željko Žagar met in Zagreb; “it’s done”, said Šuker", "cp1252"),
        # DOS (code page 850) Albanian: ë and ç read as lowercase letters in Mac Roman too.
        ("të pastra për të gjithë, kundër çdo dëmi në Pejë", "cp850"),
        ("Präsident eröffnet Rechenzentrum für Behörden in Köln", "cp850"),
        ("Le président a inauguré à Brazzaville un centre de données très attendu", "cp850"),
    ],
    ids=["cp1252 quotes", "cp1252 caron letters", "cp850 albanian", "cp850 german", "cp850 french"],
)
def test_other_single_byte_texts_are_not_taken_for_mac_roman(text: str, encoding: str):
    assert decode_document(text.encode(encoding)).encoding != "mac-roman"


def test_text_in_another_script_is_not_taken_for_mac_roman():
    text = "東京で新しいデータセンターが開所した。政府は主権的なクラウドと呼んでいる。" * 5
    for encoding in ("shift_jis", "euc-jp", "gbk", "big5"):
        data = ("Tokyo data centre opens\n\n" + text).encode(encoding, errors="replace")
        assert decode_document(data).encoding != "mac-roman", encoding


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


@pytest.mark.parametrize(("raw", "fmt", "want", "where"), [
    ("Thier\u00adry Coul\u00adhon said so.\n", "text", "Thierry Coulhon said so.\n", (5, 12)),
    ("<p>Thier&shy;ry Coul&#173;hon and Ma&#xAD;cron said so.</p>", "html",
     "<p>Thierry Coulhon and Macron said so.</p>", (8, 15, 25)),
])
def test_soft_hyphens_leave_the_text(raw: str, fmt: str, want: str, where: tuple[int, ...]) -> None:
    """A soft hyphen (or its entity in a page) splits no name: it is taken out on reading,
    and where it stood is kept (the record's title puts it back)."""
    doc = decode_document(raw.encode("utf-8"), input_format=fmt)  # type: ignore[arg-type]
    assert doc.text == want
    assert doc.soft_hyphens == where


def test_random_bytes_are_binary_not_undecodable():
    import random

    data = random.Random(7).randbytes(3000).replace(b"\0", b"")  # (was: "match no known text encoding")
    with pytest.raises(InputError) as info:
        decode_document(data, path="noise.bin")
    assert info.value.kind == "binary"
    assert str(info.value) == ("noise.bin: binary data, not text (control bytes that no text holds); "
                               "give the article as a text or HTML file")


def test_a_guess_of_charset_normalizer_is_told_in_a_warning():
    text = "Президент Конго открыл центр обработки данных в Браззавиле\n\nПрезидент открыл центр.\n"
    record = parse_bytes(text.encode("cp1251"))
    assert record.source.encoding == "cp1251"
    assert record.warnings[0] == "not UTF-8 and no charset declared: read as cp1251, charset-normalizer's guess"


def test_a_wrong_declaration_is_told_as_such():
    """A page declaring UTF-8 over Windows-1251 bytes: the warning said "no charset declared"."""
    page = ('<html><head><meta charset="utf-8"><title>Правительство выделит деньги на ремонт школ</title></head>'
            "<body><p>Правительство области выделит 157 миллионов рублей на ремонт школ в этом году, сообщили "
            "в министерстве образования.</p></body></html>")
    record = parse_bytes(page.encode("cp1251"))
    assert record.source.encoding == "cp1251"
    assert record.title == "Правительство выделит деньги на ремонт школ"
    assert record.warnings[0] == ("not valid as its declared charset (utf-8): read as cp1251, "
                                  "charset-normalizer's guess")


@pytest.mark.parametrize(("charset", "encoding", "warnings"), [
    # (a page declaring UTF-8 over Windows-1252 or Mac Roman bytes was read without a word)
    ("utf-8", "cp1252", ["not valid as its declared charset (utf-8): read as cp1252"]),
    ("utf-8", "mac-roman", ["not valid as its declared charset (utf-8): read as mac-roman"]),
    ("windows-1252", "cp1252", []),  # the declaration holds: nothing to tell
    ("utf-8", "utf-8", []),
])
def test_a_declared_charset_the_bytes_fail_is_told_when_they_read_as_a_single_byte_one(
        charset: str, encoding: str, warnings: list[str]):
    record = parse_bytes(_page(charset, encoding))
    assert (record.source.encoding, record.title, record.warnings) == (encoding, TITLE, warnings)


def test_a_text_without_a_declaration_read_as_windows_1252_has_no_warning():
    record = parse_bytes(f"{TITLE}\n\nPar {AUTHOR}\n\nLe président a inauguré lundi un centre de données.\n"
                         .encode("cp1252"))
    assert (record.source.encoding, record.title, record.warnings) == ("cp1252", TITLE, [])


def test_a_tiny_invalid_text_is_not_read_as_utf16_without_its_nul_bytes():
    # (charset-normalizer's first answer for these 8 bytes is UTF-16-LE: "扁﻿₁摣")
    record = parse_bytes(b"Ab\xff\xfe\x81 cd")
    assert record.source.encoding not in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
    assert record.title.startswith("Ab ") and record.title.endswith(" cd")
    assert record.warnings[0] == (f"not UTF-8 and no charset declared: read as {record.source.encoding}, "
                                  "charset-normalizer's guess")


def test_remove_controls_drops_whole_ansi_sequences() -> None:
    from congo_digital.read.characters import remove_controls

    assert remove_controls("Title\x1b[31m red\x1b[0m") == ("Title red", ["control characters removed"])
    assert remove_controls("a\x1b[1;32mb\x1b[Kc") == ("abc", ["control characters removed"])
    assert remove_controls("lone \x1b escape") == ("lone  escape", ["control characters removed"])


# Made-up Central European news texts.  Read as Windows-1252 (the Latin test passes them:
# their accented letters sit inside Latin words) they were mojibake: "spotka³", "proraèuna".
CENTRAL = {
    "cs": "Vláda schválila rozpočet\n\nPraha – Ministr financí v úterý řekl, že příští rok bude těžký. "
          "Poslanci o něm budou jednat ve čtvrtek.\n",
    "pl": "Premier spotkał się ze związkowcami\n\nWarszawa – Premier spotkał się w środę z przedstawicielami "
          "związków zawodowych. Rozmowy dotyczyły płac i podwyżek w przyszłym roku.\n",
    "hu": "Elfogadták a költségvetést\n\nBudapest – A kormány szerdán elfogadta a költségvetési törvényjavaslatot. "
          "A miniszter szerint a jövő év nehéz lesz.\n",
    "hr": "Vlada usvojila proračun\n\nZagreb – Vlada je u srijedu usvojila prijedlog proračuna. "
          "Ministar financija rekao je da će sljedeća godina biti teška.\n",
    "sk": "Vláda schválila zákon\n\nBratislava – Vláda v stredu schválila návrh zákona o dani z príjmu. "
          "Minister povedal, že zmeny začnú platné od januára.\n",
}
# Made-up Western European texts, whose bytes charset-normalizer also reads as Windows-1250.
WESTERN = {
    "fr": "Paris – Le président a annoncé mercredi une réforme des retraites. « C’est un jour très important », "
          "a-t-il déclaré à la télévision française.\n",
    "de": "Berlin – Die Bundesregierung hat am Mittwoch den Haushaltsentwurf für das nächste Jahr beschlossen. "
          "Der Minister äußerte sich zufrieden über die Einigung.\n",
    "es": "Madrid – El presidente anunció el miércoles una reforma de las pensiones. «Es un día muy importante», "
          "dijo en la televisión española. ¿Año nuevo, señor?\n",
    # "£" and "³" are Polish "Ł" and "ł" in Windows-1250: in their places (before a digit,
    # after a unit) they are Windows-1252's.
    "en": "The café’s owner paid £5 for 2 m³ of sand – “fine”, he said. He sold it for £9 on Monday.\n",
}


@pytest.mark.parametrize("lang", sorted(CENTRAL))
def test_a_central_european_text_is_read_as_windows_1250(lang: str) -> None:
    doc = decode_document(CENTRAL[lang].encode("cp1250"))
    assert (doc.text, doc.encoding, doc.warnings) == (CENTRAL[lang], "cp1250", [])


@pytest.mark.parametrize("lang", sorted(CENTRAL))
def test_a_central_european_text_is_read_as_iso_8859_2(lang: str) -> None:
    """ISO-8859-2 has š ž ś ź ą ť at 0xA0-0xBF, where Windows-1250 has other letters or symbols
    ("¶rodę"); its letters fit the language's alphabet better."""
    text = CENTRAL[lang].replace("–", "-")
    doc = decode_document(text.encode("iso8859-2"))
    want = "cp1250" if text.encode("iso8859-2") == text.encode("cp1250") else "iso8859-2"  # (Hungarian: same bytes)
    assert (doc.text, doc.encoding, doc.warnings) == (text, want, [])


@pytest.mark.parametrize("lang", sorted(WESTERN))
def test_a_western_european_text_stays_windows_1252(lang: str) -> None:
    doc = decode_document(WESTERN[lang].encode("cp1252"))
    assert (doc.text, doc.encoding, doc.warnings) == (WESTERN[lang], "cp1252", [])


def test_a_central_european_text_with_a_byte_windows_1250_lacks_after_its_sample_stays_windows_1252() -> None:
    # the sample (its first 200,000 bytes from the first non-ASCII one) reads as Windows-1250;
    # 0x98, undefined in Windows-1250, comes after it: the whole text is read as Windows-1252
    data = CENTRAL["pl"].encode("cp1250") + b"x" * 200_000 + b"\x98 end\n"
    doc = decode_document(data)
    assert (doc.encoding, doc.text[:20], doc.text[-6:]) == ("cp1252", "Premier spotka³ siê ", "˜ end\n")
