"""Where a party's name starts and ends, and whether a name is a person's or a body's:
a type noun closing one line does not make a company of the name opening the next; an
article that opens a place's name stays in the organisation's name ("El Paso Electric");
a Romance type noun heading a name is its first word; a surname printed after a given
name the lists lack is that person's, not a one-word company.  Short texts written for
these tests; each test asserts the exact parties."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str, language: str = "en") -> list[tuple[str, str, tuple[str, ...]]]:
    return sorted((p.kind, p.name, tuple(p.aliases)) for p in find_parties(body, title=title, language=language))


def test_type_noun_ending_a_line_does_not_type_the_next_line_name() -> None:
    body = ("The court heard from Ruth Keane, a lawyer for the family.\n\nThe accused worked for "
            "years as a software developer\n\nMarlow, an Irish citizen, was jailed in May. Marlow "
            "denies the charges and Marlow said he would appeal.\n\nRuth Keane said Marlow would appeal.")
    assert _parties(body, "Ruling on appeal") == [("person", "Ruth Keane", ())]


def test_article_opening_a_place_stays_in_the_company_name() -> None:
    body = ("The state fined El Paso Electric, a power company, on Monday. Managers of "
            "El Paso Electric met the regulator in March.")
    assert _parties(body, "Utility fined") == [("organization", "El Paso Electric", ())]


def test_romance_type_noun_heading_a_name_is_kept() -> None:
    body = ("El hospital recibió ayer dos órganos enviados por la Organización Nacional de "
            "Trasplantes desde Sevilla. Los médicos operaron durante la noche.")
    assert _parties(body, "Dos trasplantes", "es") == [
        ("organization", "Organización Nacional de Trasplantes", ())]


def test_romance_type_noun_before_an_acronym_is_no_head() -> None:
    body = ("Le rapport publié par l'ONG Verdalis, une association de défense de l'environnement, "
            "accuse le groupe. Verdalis demande une enquête.")
    assert ("organization", "ONG Verdalis", ("Verdalis", "ONG")) not in _parties(body, "Rapport", "fr")


def test_surname_after_an_unlisted_given_name_is_the_person() -> None:
    body = ("The company of casino owner Sheldon Varga hired the security firm in 2015. Varga said "
            "the guards were needed.\n\nVarga told investors the contract was legal. Varga declined "
            "to comment further.")
    assert _parties(body, "Casino owner hires guards") == [("person", "Sheldon Varga", ("Varga",))]


def test_company_after_a_common_word_stays_a_company() -> None:
    body = ("Runners met at Camp Velotra in June. Velotra said it would add maps.\n\nVelotra told "
            "users the feature was free. Velotra said more runners joined this year.")
    assert ("organization", "Velotra", ()) in _parties(body, "Velotra adds maps")


def test_two_names_printed_on_one_line_are_two_people() -> None:
    body = ("Congressman Tom Weller visited the embassy in August, said host Ana Ruiz.\n\nAna Ruiz "
            "Tom Weller\n\nAna Ruiz interviews Tom Weller about the visit. Weller said the trip was "
            "private.")
    assert _parties(body, "Lawmaker visits embassy") == [
        ("person", "Ana Ruiz", ()), ("person", "Tom Weller", ("Weller",))]


def test_name_run_into_its_own_surname_is_cut() -> None:
    body = ("The speech by Tom Weller drew criticism.\n\nTom Weller Weller outlines the plan at a "
            "forum in Geneva\n\nWeller said the plan would save money. Weller told reporters it was final.")
    assert _parties(body, "Minister speaks") == [
        ("country", "Switzerland", ()), ("person", "Tom Weller", ("Weller",))]


def test_name_printed_twice_in_a_row_is_one_mention_each() -> None:
    body = ("The count ended late on Sunday.\n\nNadia Kovacs Nadia Kovacs won the vote, and "
            "Nadia Kovacs said she would form a government.")
    assert _parties(body, "Vote won") == [("person", "Nadia Kovacs", ())]


def test_given_name_typed_by_a_trade_is_a_person() -> None:
    body = ("The police questioned Ana Lopes, a Brazilian software developer, on Friday. Ana "
            "Lopes said she had done nothing wrong.")
    assert ("organization", "Ana Lopes", ()) not in _parties(body, "Developer questioned")


def test_company_typed_by_a_trade_noun_stays_a_company() -> None:
    body = ("Shares of Kestrel Mining, a gold miner, fell on Monday. Kestrel Mining said output "
            "would recover.")
    assert ("organization", "Kestrel Mining", ()) in _parties(body, "Miner falls")
