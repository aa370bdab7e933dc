"""Central European single-byte texts told from Windows-1252 ones where few letters differ.

Made-up cases of three kinds: a Hungarian text whose only letters beyond Latin-1 are "ő" and
"ű" (Windows-1252 reads them "õ" and "û", an Estonian or Portuguese and a French letter); an
English text with a few Czech names ("Dvořák" read "Dvoøák", a Danish "ø"); a page that
declares ISO-8859-1 over Windows-1250 bytes.  And the Windows-1252 texts that must stay so:
the Portuguese and Estonian "õ", Nordic letters, names of several languages in one text.
"""

from __future__ import annotations

import pytest

from congo_digital.pipeline import parse_bytes
from congo_digital.read.document import decode_document

HUNGARIAN = [
    "Budapesten a kormány bejelentette, hogy a jövő héten új adót vezet be.\n",
    "Debrecen – A polgármester hétfőn átadta az új hidat a város lakóinak.\n",
    "Szeged – Az egyetem rektora szerint a hallgatók száma nő, a kollégiumok bővülnek.\n",
    "Budapest – Az Országgyűlés kedden megszavazta a módosítást.\n",
    "A parlament elfogadta a törvényt. Az ellenzék szerint a döntés nem szűnteti meg a gondokat.\n",
    "Pécs – A város vezetése szerint a fejlesztés jövőre folytatódik, a lakók örülnek.\n",
    "Budapest – A bíróság elutasította a keresetet; a tárgyalás ősszel folytatódik.\n",
]
CZECH_NAMES = [
    "The Czech composer Antonín Dvořák was born in 1841. His friend Jiří Šimon said he was a quiet man.\n",
    "Prague – Tomáš Dvořák won the race, ahead of Šimon.\n",
    "Prague – Police said Jiří Dvořák, 45, was arrested on Tuesday.\n",
    "Czech Prime Minister Petr Fiala met President Petr Pavel and Mr Dvořák in Brno.\n",
]
WESTERN = [
    "Lisboa – O governo anunciou ontem novas eleições. As negociações com os sindicatos continuam.\n",
    "O presidente põe em causa as decisões do parlamento.\n",
    "Os limões e as opções do mercado.\n",
    "Tallinn – Valitsus kinnitas teisipäeval riigieelarve. Minister ütles, et järgmine aasta on raske, "
    "kuid võimalik.\n",
    "Ta tõi õhtul raamatu koju ja ütles, et see on väga hea.\n",
    "Kõik on hästi, ütles õpetaja.\n",
    "København – Regeringen fremlagde i går et nyt forslag om skat.\n",
    "Oslo – Statsministeren møtte fagforeningene på tirsdag for å diskutere lønn.\n",
    "Reykjavík – Ríkisstjórnin kynnti í gær nýtt fjárlagafrumvarp, sagði ráðherrann.\n",
    "Paris – Le président a annoncé mercredi une réforme des retraites. « C’est un jour très important ».\n",
    "Ole Gunnar Solskjær praised João Gonçalves and Luís Camões.\n",
    "Søren Kierkegaard and José Martí were read in the seminar.\n",
    "Estonia’s Kaja Kallas met Jüri Ratas and Tõnis Mägi in Tallinn.\n",
    "Portugal’s Rúben Dias and Bernardo Silva beat Sweden’s Victor Lindelöf.\n",
    "Italy’s Niccolò Barella and Estonia’s Tõnis met in Milan.\n",
]


@pytest.mark.parametrize("text", HUNGARIAN)
def test_a_hungarian_text_whose_only_letters_past_latin_1_are_o_and_u_double_acute_is_windows_1250(text: str) -> None:
    doc = decode_document(text.encode("cp1250"))
    assert (doc.text, doc.encoding, doc.warnings) == (text, "cp1250", [])


@pytest.mark.parametrize("text", CZECH_NAMES)
def test_an_english_text_with_a_few_czech_names_is_windows_1250(text: str) -> None:
    doc = decode_document(text.encode("cp1250"))
    assert (doc.text, doc.encoding, doc.warnings) == (text, "cp1250", [])


@pytest.mark.parametrize("text", WESTERN)
def test_a_windows_1252_text_with_o_tilde_or_nordic_letters_stays_windows_1252(text: str) -> None:
    doc = decode_document(text.encode("cp1252"))
    assert (doc.text, doc.encoding, doc.warnings) == (text, "cp1252", [])


DECLARED_WARNING = ("its letters are Central European, not those of its declared charset (ISO-8859-1 or Windows-1252, "
                    "which are read alike): read as cp1250")  # (an ISO-8859-1 page was told it declared cp1252)


def _page(head: str, title: str, body: str) -> str:
    return f"<html><head>{head}<title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"


@pytest.mark.parametrize("head", [
    '<meta charset="iso-8859-1">',
    '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    '<meta charset="windows-1252">',
])
def test_a_czech_page_declared_iso_8859_1_over_windows_1250_bytes_is_windows_1250(head: str) -> None:
    page = _page(head, "Vláda schválila rozpočet",
                 "Praha – Ministr financí v úterý řekl, že příští rok bude těžký. Poslanci o něm budou jednat "
                 "ve čtvrtek.")
    doc = decode_document(page.encode("cp1250"))
    assert (doc.text, doc.encoding, doc.warnings) == (page, "cp1250", [DECLARED_WARNING])


def test_a_page_whose_transport_says_iso_8859_1_over_windows_1250_bytes_is_windows_1250() -> None:
    page = _page("", "Premier spotkał się ze związkowcami",
                 "Warszawa – Premier spotkał się w środę z przedstawicielami związków zawodowych.")
    doc = decode_document(page.encode("cp1250"), charset="ISO-8859-1")
    assert (doc.text, doc.encoding, doc.warnings) == (page, "cp1250", [DECLARED_WARNING])


def test_a_hungarian_page_declared_iso_8859_1_gives_its_title() -> None:
    page = _page('<meta charset="iso-8859-1">', "Jövőre új híd épül Győrben",
                 "Győr – A város vezetése szerint a fejlesztés jövőre kezdődik, a lakók örülnek.")
    record = parse_bytes(page.encode("cp1250"), path="page.html")
    assert (record.title, record.source.encoding) == ("Jövőre új híd épül Győrben", "cp1250")


@pytest.mark.parametrize("text", [
    "Berlin – Die Bundesregierung hat am Mittwoch den Haushaltsentwurf für das nächste Jahr beschlossen.",
    "Lisboa – O governo anunciou ontem novas eleições, disse o ministro da Educação.",
    "Tallinn – Ta tõi õhtul raamatu koju ja ütles, et see on väga hea.",
    "Søren Kierkegaard and José Martí were read in the seminar.",
])
def test_a_western_page_declared_iso_8859_1_stays_windows_1252_without_a_warning(text: str) -> None:
    page = _page('<meta charset="iso-8859-1">', "Title", text)
    doc = decode_document(page.encode("cp1252"))
    assert (doc.text, doc.encoding, doc.warnings) == (page, "cp1252", [])


def test_a_tie_on_a_declared_page_is_left_to_its_declaration() -> None:
    # "Lőw" alone is an Estonian or Portuguese "Lõw" as well: nothing tells the codecs apart
    page = _page('<meta charset="iso-8859-1">', "Title", "Coach Zsolt Lőw agreed.")
    doc = decode_document(page.encode("cp1250"))
    assert (doc.encoding, doc.warnings, "Lõw" in doc.text) == ("cp1252", [], True)
