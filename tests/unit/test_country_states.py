"""Countries are parties when their state acts: seats of government ("the Kremlin"),
demonyms with state bodies in Spanish and German, German compound offices, and the state
of an official the text leaves unnamed; places where no state acts are never parties.
Short real-style texts written for these tests."""

from __future__ import annotations

import pytest

from congo_digital.enrich.country_names import home_country
from congo_digital.enrich.parties import find_parties


def _countries(body: str, title: str, language: str | None = None, home: str | None = None) -> list[str]:
    return [p.country or "" for p in find_parties(body, title=title, language=language, home=home)
            if p.kind == "country"]


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Kremlin rejects claims",
     "The Kremlin on Tuesday rejected claims that it had interfered in the vote. The accusations "
     "were baseless, a spokesman told reporters.", ["RU"]),
    ("Review ordered after crashes",
     "The Pentagon on Friday ordered a review of the fighter jet programme after two crashes. "
     "The review would take several months to complete.", ["US"]),
    ("Visite de Scholz",
     "L'Élysée a annoncé mardi que le chancelier recevra ses homologues la semaine prochaine. "
     "Les dirigeants parleront de défense et d'énergie.", ["FR"]),
    ("No plans for a reshuffle",
     "Downing Street said on Monday that the cabinet would stay as it is. A spokesman said the "
     "focus was on the economy and on the health service.", ["GB"]),
])
def test_a_seat_of_government_acts_for_its_state(title, body, expected):
    assert _countries(body, title) == expected


def test_a_seat_named_as_a_venue_is_no_party():
    body = ("The chef cooked for a dinner at the White House last year. She now runs a small "
            "restaurant in Ohio and teaches cooking to children.")
    assert _countries(body, "A chef's new restaurant") == []


@pytest.mark.parametrize(("title", "body", "language", "expected"), [
    ("Tensión en Gaza",
     "El ejército israelí bombardeó este martes varios edificios en Gaza. El Gobierno español pidió "
     "moderación y anunció ayuda humanitaria para la población civil.", "es", ["IL", "ES"]),
    ("Neue Angriffe",
     "Die israelische Armee hat am Dienstag neue Angriffe gestartet. Die Bundesregierung forderte "
     "Zurückhaltung von allen Seiten.", "de", ["IL", "DE"]),
    ("Mehr Geld für Kliniken",
     "Der französische Gesundheitsminister hat am Montag neue Maßnahmen angekündigt. Die Kliniken "
     "sollen mehr Geld bekommen, hieß es.", "de", ["FR"]),
    ("Trade talks",
     "U.S. officials met their Chinese counterparts in Washington on Monday. The two sides "
     "discussed trade and technology export controls.", "en", ["US", "CN"]),
])
def test_demonym_with_a_state_body(title, body, language, expected):
    assert sorted(_countries(body, title, language)) == sorted(expected)


def test_antarctica_is_no_state():
    body = ("A research team travelled to Antarctica last month to study the ice sheet. The "
            "scientists said the ice was melting faster than expected.")
    assert _countries(body, "Antarctica's ice melts faster") == []


def test_union_presidents_give_no_country():
    body = ("Sean Miller, president of the local, said the members would vote on Friday. The "
            "union's general president, Ann Baker, said the strike could be the largest in US "
            "history. Miller said the company had until Monday.")
    assert _countries(body, "Union members ready to strike") == []


def test_an_unnamed_state_is_the_publications_country():
    body = ("La ministra del Interior, Carolina Pérez, anunció este martes un nuevo plan de "
            "seguridad. El plan empieza en mayo, dijo Pérez a la prensa.")
    assert _countries(body, "Nuevo plan de seguridad", "es", home="CL") == ["CL"]
    assert _countries(body, "Nuevo plan de seguridad", "es") == []


@pytest.mark.parametrize(("url", "expected"), [
    ("https://www.publimetro.cl/noticias/2022/05/04/x/", "CL"),
    ("https://inews.co.uk/sport/tennis/x", "GB"),
    ("https://www.lto.de/recht/x", "DE"),
    ("https://www.politico.eu/article/x/", None),
    ("https://techcrunch.com/2024/05/16/x/", None),
    ("https://www.oneesports.gg/x/", None),
    ("https://example.io/x", None),
    (None, None),
    ("not a url", None),
])
def test_home_country_from_the_address(url, expected):
    assert home_country(url) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("New Mexico has sued the federal government over water rights. The state said on Monday it "
     "would seek damages.", []),
    ("Police in Mexico City arrested two men on Monday. The city's mayor said more arrests would "
     "follow.", []),
    ("Papua New Guinea said on Monday it would hold talks with Australia on fishing rights.", ["PG"]),
])
def test_a_place_named_after_a_country_is_not_that_country(body, expected):
    assert _countries(body, "Lawsuit and arrests") == expected


def test_the_setting_of_a_campaign_is_no_party():
    body = ("Independent lawmaker Mary Byrne's coolness to the EU put her at odds with the Irish "
            "government.\n\n"
            "She has criticised NATO for years, and now she is on track to become Ireland's next "
            "president.\n\n"
            "Byrne, a former mayor, has built a commanding polling lead ahead of Friday, her rivals "
            "said.\n\n"
            "Byrne said Ireland's neutrality would guide her.")
    assert _countries(body, "Critic of NATO poised to win Ireland's presidency") == []


def test_a_body_named_after_a_city_does_not_make_its_country_a_party():
    body = ("L'Institut Paris Région a publié mardi une étude sur les trajets domicile-travail. "
            "Selon l'Institut Paris Région, les salariés travaillent désormais deux jours par "
            "semaine depuis chez eux. L'étude repose sur une enquête auprès de 5 000 personnes.")
    assert _countries(body, "Le télétravail s'installe", "fr") == []


def test_a_national_body_still_gives_its_country():
    body = ("The Bank of Japan kept its interest rates unchanged on Tuesday. Inflation stayed "
            "above the target for a third month. The yen fell against the dollar.")
    assert _countries(body, "Rates on hold", "en") == ["JP"]


def test_a_state_word_governs_every_country_of_its_list():
    body = ("Leaders of the United States, Japan, Germany, France, Italy and Canada ended their "
            "summit on Sunday. They pledged more aid to Ukraine and new sanctions. The next "
            "meeting will take place in the spring.")
    assert sorted(_countries(body, "Summit ends", "en")) == ["CA", "DE", "FR", "IT", "JP", "US"]


def test_a_list_of_places_stays_no_party():
    body = ("Tourists from the US, Britain and Germany flocked to Portugal this summer, hotel "
            "data showed. Lisbon and Porto saw record numbers of visitors. Prices rose by 8 "
            "percent.")
    assert _countries(body, "Record tourism", "en") == []


@pytest.mark.parametrize(("title", "body", "language", "home", "expected"), [
    ("Nouvelle réforme des retraites",
     "Le gouvernement a présenté mercredi en Conseil des ministres sa réforme des retraites. "
     "Le texte sera débattu à l'automne. Les syndicats appellent à manifester jeudi.",
     "fr", "FR", ["FR"]),
    ("Le ministre de la Santé veut interdire les puffs",
     "Le ministre de la Santé a annoncé mardi vouloir interdire les cigarettes électroniques "
     "jetables. La mesure sera présentée à l'automne. Les buralistes dénoncent une décision "
     "précipitée.", "fr", "FR", ["FR"]),
    # no address: no home state to give
    ("Nouvelle réforme des retraites",
     "Le gouvernement a présenté mercredi en Conseil des ministres sa réforme des retraites. "
     "Le texte sera débattu à l'automne.", "fr", None, []),
])
def test_the_home_state_acts_unnamed(title, body, language, home, expected):
    assert _countries(body, title, language, home) == expected


@pytest.mark.parametrize(("title", "body", "language", "home"), [
    ("Budget passed",
     "The state government passed its budget on Tuesday after a long debate. The new schools "
     "will open next year, the treasurer said.", "en", "AU"),
    ("Neue Schulen",
     "Die Landesregierung hat am Dienstag den Haushalt beschlossen. Neue Schulen sollen im "
     "kommenden Jahr öffnen.", "de", "DE"),
    ("Le gouvernement critiqué",
     "Le gouvernement malien a annoncé mardi de nouvelles mesures. Les enseignants sont en "
     "grève depuis lundi.", "fr", "FR"),
])
def test_no_home_state_for_a_region_or_a_foreign_government(title, body, language, home):
    assert home not in _countries(body, title, language, home)


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Profits rise at Deutsche Bank",
     "Deutsche Bank said on Thursday that its quarterly profit rose by a fifth. Deutsche Bank's "
     "chief executive said the investment bank had a strong quarter. Shares rose 3 percent.", []),
    ("Study on diabetes",
     "Researchers at the Indian Institute of Science have found a new way to detect diabetes. "
     "The Indian Institute of Science team tested the method on 500 patients.", []),
    ("Rates rise",
     "The Reserve Bank of Australia raised its cash rate on Tuesday. The Reserve Bank of "
     "Australia said inflation was too high.", ["AU"]),
])
def test_a_company_or_university_under_a_demonym_is_no_national_body(title, body, expected):
    assert _countries(body, title, "en") == expected
