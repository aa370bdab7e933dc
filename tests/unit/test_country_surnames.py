"""A country's name or demonym printed right after a given name is that person's surname,
not the country ("Luís Montenegro", "Ana Russo", "John Jordan", "Dawn French"), and a
country named like a given name before a surname is the person's given name ("Israel
Katz", "Chad Smith", "Jordan Henderson"): ``enrich/country_surnames.py``.  Demonyms inside
a body's name stay its country's ("Agencia Española de Meteorología").  Short made-up
texts in English, Spanish, Portuguese, Italian and French."""

from __future__ import annotations

import pytest
from party_rows import party_rows


@pytest.mark.parametrize(("language", "title", "body", "expected"), [
    ("en", "Portugal's prime minister visits Madrid",
     "Portugal's prime minister Luís Montenegro met his Spanish counterpart in Madrid on Tuesday. "
     "Montenegro said the two countries would build a new rail link.",
     [("Portugal", "country", "PT", None, None, 1), ("Spain", "country", "ES", None, None, 2),
      ("Luís Montenegro", "person", "PT", "prime minister", "PT", 2)]),
    ("es", "Montenegro visita Madrid",
     "El primer ministro de Portugal, Luís Montenegro, se reunió el martes en Madrid con el "
     "presidente del Gobierno. Montenegro dijo que ambos países construirán una nueva línea ferroviaria.",
     [("Portugal", "country", "PT", None, None, 1),
      ("Luís Montenegro", "person", "PT", "ministro de Portugal", "PT", 2)]),
    ("pt", "Montenegro em Madrid",
     "O primeiro-ministro português, Luís Montenegro, reuniu-se na terça-feira em Madrid com o "
     "chefe do Governo. Montenegro disse que os dois países vão construir uma nova ligação ferroviária.",
     [("Luís Montenegro", "person", "PT", "primeiro-ministro", "PT", 2),
      ("Portugal", "country", "PT", None, None, 1)]),
    ("fr", "Le Premier ministre portugais à Madrid",
     "Le Premier ministre portugais Luís Montenegro a rencontré mardi à Madrid le chef du "
     "gouvernement espagnol. Montenegro a déclaré que les deux pays construiraient une nouvelle ligne.",
     [("Portugal", "country", "PT", None, None, 1),
      ("Luís Montenegro", "person", "PT", "Premier ministre", "PT", 2),
      ("Spain", "country", "ES", None, None, 1)]),
])
def test_a_country_after_a_given_name_is_a_surname(language: str, title: str, body: str,
                                                   expected: list[tuple]) -> None:
    """Montenegro (ME) was a country party with two mentions, the title's among them; now
    the person is kept, named twice, and the title's "Montenegro" is his too."""
    assert party_rows(body, title, language) == expected


@pytest.mark.parametrize(("language", "body", "role"), [
    ("es", "La portavoz del sindicato, Ana Russo, dijo el lunes que los trabajadores apoyan el plan. "
           "Russo añadió que la fábrica abrirá dos plantas en Valencia.", "portavoz del sindicato"),
    ("pt", "A porta-voz do sindicato, Ana Russo, disse na segunda-feira que os trabalhadores apoiam "
           "o plano. Russo acrescentou que a fábrica vai abrir duas unidades no Porto.", "porta-voz do sindicato"),
    ("it", "La portavoce del sindacato, Ana Russo, ha detto lunedì che i lavoratori sostengono il "
           "piano. Russo ha aggiunto che la fabbrica aprirà due stabilimenti a Torino.", "portavoce del sindacato"),
])
def test_a_demonym_after_a_given_name_is_a_surname(language: str, body: str, role: str) -> None:
    """"Russo" (the Spanish, Portuguese and Italian demonym of Russia) after a given name:
    the spokeswoman was lost (her name cut to "Ana", her surname a Russian mention); her
    surname alone later is hers too."""
    assert party_rows(body, "El sindicato apoya el plan", language) == [
        ("Ana Russo", "person", None, role, None, 2)]


def test_english_surnames_and_demonyms() -> None:
    """"John Jordan" gave Jordan (JO) as a country acting twice; "Dawn French" is a person,
    and the same word as a demonym elsewhere ("the French government") stays France."""
    body = ("The critic John Jordan said the film was the best of the year. Jordan, who writes for a "
            "weekly magazine, praised its director. The comedian Dawn French said the French "
            "government should fund more films.")
    assert party_rows(body, "Critics choose the year's best films", "en") == [
        ("France", "country", "FR", None, None, 1),
        ("John Jordan", "person", None, None, None, 2),
        ("Dawn French", "person", None, None, None, 1),
    ]
    body = ("Ana Russo, a spokeswoman for the union, said workers welcomed the plan, and the "
            "carmaker's founder Marco Russo agreed.")
    assert party_rows(body, "Union backs plan", "en") == [
        ("Ana Russo", "person", None, "spokeswoman for the union", None, 1),
        ("Marco Russo", "person", None, "founder", None, 1)]


def test_a_country_named_like_a_given_name_before_a_surname() -> None:
    """"Israel Katz" was two mentions of Israel, "Jordan Henderson" and "Chad Smith"
    persons cut to their surnames; "Israel Police" and "Israel would respond" stay Israel."""
    body = ("Defence Minister Israel Katz warned on Monday that Israel would respond to any attack. "
            "Katz spoke after meeting troops, while the Israel Police said it had raised its alert. "
            "In football, Jordan Henderson signed a new contract, and drummer Chad Smith said the "
            "band would tour Georgia.")
    assert party_rows(body, "Minister warns of response", "en") == [
        ("Israel", "country", "IL", None, None, 2),
        ("Israel Katz", "person", "IL", "Defence Minister", "IL", 2),
        ("Jordan Henderson", "person", None, None, None, 1),
        ("Chad Smith", "person", None, None, None, 1),
    ]


@pytest.mark.parametrize(("language", "body", "expected"), [
    ("es", "La Agencia Española de Meteorología advirtió el lunes de lluvias intensas en el este del "
           "país. El Gobierno español activó el plan de emergencias.",
     [("Spain", "country", "ES", None, None, 1),
      ("Agencia Española de Meteorología", "organization", "ES", None, None, 1)]),
    ("pt", "A Empresa Brasileira de Pesquisa Agropecuária anunciou na segunda-feira uma nova "
           "variedade de soja. O governo brasileiro vai financiar o plantio.",
     [("Brazil", "country", "BR", None, None, 1),
      ("Empresa Brasileira de Pesquisa Agropecuária", "organization", "BR", None, None, 1)]),
])
def test_a_capitalised_demonym_in_a_body_name_stays(language: str, body: str,
                                                    expected: list[tuple]) -> None:
    """No given name before "Española", "Brasileira": the bodies keep their country (reading
    these demonyms in lower case only had lost them)."""
    assert party_rows(body, "Aviso", language) == expected


@pytest.mark.parametrize(("language", "title", "body", "country", "person"), [
    ("en", "King meets businessman",
     "King Abdullah of Jordan met the American businessman John Jordan on Tuesday. The talks went well, "
     "and Jordan's government said it hoped for investment in tourism. John Jordan said he would visit Petra.",
     ("Jordan", "country", "JO", None, None, 2), ("John Jordan", "person", None, None, None, 2)),
    ("en", "Portugal and Montenegro sign a deal",
     "Prime Minister Luís Montenegro of Portugal met officials from Montenegro on Tuesday. The small "
     "Balkan state hopes to join the European Union by 2028.",
     ("Montenegro", "country", "ME", None, None, 1),
     ("Luís Montenegro", "person", "PT", "Prime Minister", "PT", 1)),
    ("es", "Luís Montenegro viaja a Podgorica",
     "El primer ministro de Portugal, Luís Montenegro, viajó el martes a Podgorica. El Gobierno de "
     "Montenegro quiere entrar en la Unión Europea en 2028.",
     ("Montenegro", "country", "ME", None, None, 1),
     ("Luís Montenegro", "person", "PT", "ministro de Portugal", "PT", 1)),
])
def test_the_country_a_surname_names_stays_where_the_text_names_it_as_a_country(
        language: str, title: str, body: str, country: tuple, person: tuple) -> None:
    """A text that names both the person and the country ("of Jordan", "from Montenegro",
    "Jordan's government"): the bare name there is the country, which was lost (every bare
    "Jordan" went to John Jordan)."""
    found = party_rows(body, title, language)
    assert country in found and person in found


@pytest.mark.parametrize("said", ["According to Montenegro, the budget will cut taxes.",
                                  "In a speech by Montenegro, the budget was defended."])
def test_a_preposition_that_places_nothing_leaves_the_surname_the_persons(said: str) -> None:
    """Only a preposition of places ("of", "from", "in") puts a country where the bare name
    stands: "according to Montenegro" had made a country Montenegro, and the prime minister
    its own ("ME")."""
    body = (f"Portugal's parliament approved the budget after Prime Minister Luís Montenegro secured the "
            f"support of the opposition. {said} Montenegro said the deficit would fall next year.")
    found = party_rows(body, "Portugal passes its budget", "en")
    assert ("Luís Montenegro", "person", "PT", "Prime Minister", "PT", 3) in found
    assert [p for p in found if p[0] == "Montenegro"] == []
