"""Organisations on real news that used to split or go missing: a known body met first
under its other-language name and then as an acronym in role compounds, its organs named
with the acronym.  Short real-style texts written for these tests."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _orgs(body: str, title: str, language: str) -> dict[str, list[str]]:
    return {p.name: p.aliases for p in find_parties(body, title=title, language=language)
            if p.kind == "organization"}


def test_known_body_under_two_names_is_one_party_and_its_council_another() -> None:
    body = ("Mehrere Staaten verurteilten am Montag im UN-Sicherheitsrat den Angriff. Vor dem "
            "Gremium der Vereinten Nationen sprachen zahlreiche Botschafter.\n\nDer "
            "norwegische UN-Botschafter Lars Berg sagte, der Angriff sei rechtswidrig. "
            "UN-Generalsekretär António Guterres erklärte, er sei besorgt.\n\nDie Sitzung des "
            "UN-Sicherheitsrats dauerte drei Stunden. Der Sicherheitsrat tagt am Freitag erneut.")
    assert _orgs(body, "UN: Staaten kritisieren Angriff", "de") == {
        "United Nations": ["Vereinten Nationen", "UN-Botschafter", "UN-Generalsekretär"],
        "United Nations Security Council": ["UN-Sicherheitsrat", "UN-Sicherheitsrats",
                                           "Sicherheitsrat"],
    }


def test_body_named_with_a_known_acronym_is_no_mention_of_it() -> None:
    body = ("Die Bundesregierung muss ihre Exporte prüfen, entschied das Verwaltungsgericht "
            "Köln. Das Gericht verwies auf ein Gutachten des UN-Menschenrechtsrats und auf "
            "ein Urteil des UN-Gerichts in Den Haag.\n\nDas Verwaltungsgericht Köln ließ die "
            "Berufung zu. Die Vereinten Nationen äußerten sich nicht.")
    assert "United Nations" not in _orgs(body, "Gericht stoppt Exporte", "de")


def _kinds(body: str, title: str, language: str) -> set[tuple[str, str]]:
    return {(p.kind, p.name) for p in find_parties(body, title=title, language=language)}


def test_parties_named_before_their_people_titles() -> None:
    body = ("Irish voters head to the polls on Friday. Fine Gael candidate Heather Humphreys "
            "trails in the polls, while Sinn Féin chief Mary Lou McDonald backed her rival."
            "\n\nDonald Trump was not mentioned. Trump adviser Stephen Miller declined to "
            "comment.\n\nHumphreys said Fine Gael would fight on. Sinn Féin said it was "
            "confident.")
    orgs = {n for k, n in _kinds(body, "Irish voters head to the polls", "en")
            if k == "organization"}
    assert orgs == {"Fine Gael", "Sinn Féin"}


def test_club_named_before_its_manager_in_a_report_of_results() -> None:
    body = ("Aston Villa beat Brentford 2-1 on Saturday to climb to third in the Premier "
            "League.\n\nOllie Watkins scored twice before Brentford pulled one back late on. "
            "Aston Villa manager Unai Emery said his side had deserved the win.\n\nVilla face "
            "Chelsea next weekend, while Brentford host Arsenal.")
    parties = {p.name: (p.kind, p.affiliation) for p in find_parties(
        body, title="Aston Villa beat Brentford to climb to third", language="en")}
    assert parties["Aston Villa"] == ("organization", None)
    assert parties["Unai Emery"] == ("person", "Aston Villa")


def test_company_named_before_its_spokesperson() -> None:
    body = ("Meta spokesperson Andy Stone said on Tuesday that the company had removed "
            "thousands of fake accounts run from abroad.\n\nThe accounts posed as local news "
            "pages, Meta said in a report.")
    orgs = {n for k, n in _kinds(body, "Meta removes fake accounts", "en") if k == "organization"}
    assert orgs == {"Meta"}


def test_party_named_before_a_lower_case_kind_word() -> None:
    body = ("Heather Humphreys, a former minister of the center-ground Fine Gael party, "
            "trails in the polls. Simon Harris, leader of Fine Gael, said she would win.\n\n"
            "She spoke at a Christmas party in Dublin on Saturday.")
    parties = {p.name: (p.kind, p.affiliation) for p in find_parties(
        body, title="Ireland's presidential race", language="en")}
    assert parties["Fine Gael"] == ("organization", None)
    assert parties["Simon Harris"] == ("person", "Fine Gael")
    assert not any("Christmas" in n for n in parties)


def _people(body: str, title: str, language: str) -> dict[str, str | None]:
    return {p.name: p.role for p in find_parties(body, title=title, language=language)
            if p.kind == "person"}


def test_conjunction_opening_a_clause_is_no_part_of_the_role() -> None:
    body = ("Während Präsident Emmanuel Macron auf eine gemeinsame Linie drängte, blieb "
            "Bundeskanzler Friedrich Merz vorsichtig. Merz sagte, Deutschland werde helfen."
            "\n\nMacron erklärte, Frankreich sei bereit.")
    assert _people(body, "Merz trifft Macron in Paris", "de") == {
        "Emmanuel Macron": "Präsident", "Friedrich Merz": "Bundeskanzler"}


def test_irish_head_of_government_title_leaves_the_name() -> None:
    body = ("Taoiseach Micheál Martin met Donald Trump at the White House on Wednesday. "
            "Martin said Ireland would keep its low tax rate.\n\nTrump said the talks were good.")
    assert _people(body, "Irish leader visits Washington", "en") == {
        "Micheál Martin": "Taoiseach", "Donald Trump": None}


def test_company_named_only_at_sentence_starts_that_speaks_twice() -> None:
    body = ("Flydubai said on Monday it would add daily flights from Dubai to Bangkok and "
            "Colombo from March.\n\nThe airline's chief executive Ghaith Al Ghaith said the "
            "routes would use new jets.\n\nFlydubai said it flies to 120 destinations.")
    parties = {p.name: (p.kind, p.affiliation) for p in find_parties(
        body, title="Airline adds flights to Asia", language="en")}
    assert parties == {"Flydubai": ("organization", None),
                       "Ghaith Al Ghaith": ("person", "Flydubai")}
