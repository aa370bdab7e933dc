"""Kinds of wrong parties on real news: an acronym that several known bodies share read by
the story's subject ("IOC" in an Olympics story), a plural common noun opening sentences
("Carmakers are starting"), a place whose name ends in an organisation keyword ("the West
Bank").  Short made-up texts; each test asserts the exact parties."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str, language: str = "en") -> set[tuple[str, str]]:
    return {(p.kind, p.name) for p in find_parties(body, title=title, language=language)}


def test_shared_acronym_is_read_by_the_story_subject() -> None:
    body = ("The IOC said on Tuesday that it would add surfing to the next Olympic Games.\n\n"
            "IOC president Jane Moss told reporters the Olympics needed younger fans. "
            "The IOC will vote in June.")
    found = find_parties(body, title="Olympic body weighs new sports", language="en")
    assert {(p.kind, p.name) for p in found} == {
        ("organization", "International Olympic Committee"), ("person", "Jane Moss")}
    assert [p.affiliation for p in found if p.kind == "person"] == ["International Olympic Committee"]


def test_shared_acronym_keeps_the_first_body_without_a_subject_word() -> None:
    body = ("The IOC said on Tuesday that prices would rise this year.\n\n"
            "IOC director Jane Moss told reporters that the harvest was poor. "
            "The IOC will meet in June.")
    assert ("organization", "International Olive Council") in _parties(body, "Prices to rise")


def test_shared_acronym_is_read_by_a_subject_word_with_another_languages_ending() -> None:
    body = ("Das IOC hat am Dienstag entschieden, dass Skateboard bei den Olympischen Spielen "
            "2032 dabei ist.\n\nDas IOC will im Juni über weitere Sportarten beraten. Das IOC "
            "nannte keine Einzelheiten.")
    assert _parties(body, "Skateboard bleibt im Programm", "de") == {
        ("organization", "International Olympic Committee")}


def test_plural_common_noun_opening_sentences_is_no_company() -> None:
    body = ("Carmakers are starting to build cheaper batteries as demand for electric cars "
            "slows.\n\nCarmakers said the cost of lithium had fallen. Carmakers say they need "
            "more help.\n\nBattery makers are also cutting prices, said Tom Reed, head of the "
            "trade group EuroBat.")
    assert _parties(body, "Carmakers are starting to build cheaper batteries") == {
        ("person", "Tom Reed"), ("organization", "EuroBat")}


def test_one_word_company_with_singular_verbs_still_acts() -> None:
    body = ("Zorbex says it will cut 500 jobs this year.\n\nZorbex said demand for its "
            "scooters had fallen. Zorbex is also closing a plant.")
    assert ("organization", "Zorbex") in _parties(body, "Zorbex to cut jobs")


def test_place_named_with_an_organisation_keyword_is_no_body() -> None:
    body = ("Hundreds of people marched in Ramallah on Friday as soldiers raided towns across "
            "the West Bank.\n\nThe West Bank has seen rising violence since January. West Bank "
            "residents said roads were blocked.")
    assert not {name for kind, name in _parties(body, "Protests spread in the West Bank")
                if kind == "organization"}


def _people(body: str, title: str, language: str = "en") -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.affiliation) for p in find_parties(body, title=title, language=language)
            if p.kind == "person"}


def test_declined_name_is_one_person_under_its_base_form() -> None:
    body = ("Trenér Davida Moyese chválí celý tým. David Moyes si nemůže stěžovat.\n\n"
            "Moyes je spokojený a tým vyhrál pět zápasů za sebou.\n\n"
            "Moyes řekl, že sezona ještě není u konce.")
    people = {p.name: p.aliases for p in find_parties(body, title="West Ham vyhrál", language="cs")
              if p.kind == "person"}
    assert people == {"David Moyes": ["Davida Moyese", "Moyes"]}


def test_declined_forms_are_not_merged_in_english() -> None:
    body = ("Paul Smith and Paula Smith said on Monday that they would run the shop together.\n\n"
            "Paul Smith said the rent was too high. Paula Smith said they would stay.")
    assert set(_people(body, "Shop to stay open")) == {"Paul Smith", "Paula Smith"}


def test_role_before_a_name_holds_no_irregular_past_verb() -> None:
    body = ("The best director award went to Jane Doe for her debut film, the jury said on Sunday."
            "\n\nDoe said she was grateful. Doe told reporters her next film would be shot in Lagos.")
    assert _people(body, "Festival honours young film makers") == {"Jane Doe": (None, None)}


def test_envoy_to_a_body_serves_the_state_even_when_former() -> None:
    body = ("Tom Byrne, a former Irish ambassador to the U.K. and EU, says the rules will hurt "
            "exporters.\n\nByrne said the government should act. Byrne added that ministers "
            "had been warned.")
    assert _people(body, "Diplomats warn over new trade rules") == {
        "Tom Byrne": ("former ambassador to the U.K. and EU", "IE")}


def test_a_given_name_declined_over_the_same_surname_is_another_person() -> None:
    """Ivan Horvat and his sister Ivana Horvat (a woman's surname does not decline in Croatian)."""
    body = ("Na prvenstvu je Ivan Horvat osvojio zlato, a njegova sestra Ivana Horvat srebro.\n\n"
            "Ivan Horvat rekao je da je ponosan. Ivana Horvat rekla je da će nastaviti trenirati.")
    people = {p.name: p.mentions for p in find_parties(body, title="Zlato i srebro za obitelj", language="hr")
              if p.kind == "person"}
    assert people == {"Ivan Horvat": 2, "Ivana Horvat": 2}


def test_a_company_in_s_that_takes_are_is_still_a_company() -> None:
    """British agreement with a company ("Novartis are"): not a noun's plural, so a company."""
    body = ("In Basel, Novartis are to buy a US biotech firm for 2 billion dollars, the drugmaker said.\n\n"
            "Analysts think Novartis are paying too much. Novartis are expected to close the deal this year.")
    assert ("organization", "Novartis") in _parties(body, "Novartis to buy biotech firm")


def test_a_womans_given_name_declined_over_her_surname_is_still_one_person() -> None:
    """Polish "Anny Nowak" is a case of "Anna Nowak" (her surname does not decline)."""
    body = ("WARSZAWA — Rada wybrała we wtorek Annę Kowalczyk. Anna Kowalczyk kieruje firmą od lat. "
            "Według Anny Kowalczyk plan jest gotowy. Anna Kowalczyk przedstawi go w maju.")
    people = {p.name: (p.mentions, p.aliases) for p in find_parties(body, title="Nowa szefowa", language="pl")
              if p.kind == "person" and p.name != "Annę Kowalczyk"}
    assert people == {"Anna Kowalczyk": (3, ["Anny Kowalczyk"])}


def test_plural_demonyms_and_group_nouns_opening_sentences_are_no_companies() -> None:
    for group in ("Muscovites", "Glaswegians", "Techies"):
        body = (f"{group} are worried about the new rules, a survey found.\n\n{group} say the city has changed. "
                f"Many {group.lower()} have written to the council.\n\n{group} are planning a march, said Ann Lee.")
        assert ("organization", group) not in _parties(body, f"{group} worried by new rules"), group


def test_portuguese_defence_portfolio_after_a_minister_is_no_body() -> None:
    body = ("O ministro da Defesa, general Carlos Mendes, recebeu ontem os senadores. Durante o "
            "encontro, o Ministro da Defesa afirmou que as Forças Armadas respeitam a "
            "Constituição.\n\nO titular da Defesa respondeu às perguntas dos senadores. As "
            "Forças Armadas não vão comentar.")
    assert {name for kind, name in _parties(body, "Ministro fala ao Senado", "pt")
            if kind == "organization"} == {"Forças Armadas"}
