"""A role is a title phrase: it holds no clause's verb, does not run back over a clause
ended by a comma, nor over another person's apposition ("X, the leader of A, and Foreign
Minister Y"), and no title ends in a possessive or a conjunction ("artists such as A and
Y").  Short texts written for these tests; read with the rules."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _people(body: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {p.name: (p.role, p.affiliation, p.country)
            for p in find_parties(body, title="News", language="en") if p.kind == "person"}


def test_a_role_holds_no_verb() -> None:
    body = ("The senator and governor faced angry questions at the Tuesday meeting of the Harbour "
            "Trust over a report in writer Nora Pell's essay. Nora Pell did not reply. Pell is away.")
    assert _people(body)["Nora Pell"][0] is None


def test_a_role_does_not_run_back_over_a_clause_before_a_comma() -> None:
    body = ("Officials would not rule out closing the Tax Office if it failed to change, Trade and "
            "Industry Secretary Ruth Amber has warned. Ruth Amber spoke on Friday. Amber left.")
    assert _people(body)["Ruth Amber"][0] == "Trade and Industry Secretary"
    body = ("Officials might close the office if it failed to change, Work and Housing Secretary "
            "Ruth Amber has warned. Ruth Amber spoke on Friday. Amber left.")
    assert _people(body)["Ruth Amber"][0] == "Work and Housing Secretary"


def test_no_title_ends_in_a_conjunction_or_a_possessive() -> None:
    body = ("Captain Rex earned more than any other racer in 2010, beating drivers such Vance and "
            "Peter Quill in the annual list. Peter Quill was third. Quill smiled.")
    assert _people(body)["Peter Quill"][0] is None
    body = ("Reigning Open champion Marlow survived an early scare to beat Norway's Ingrid Solberg "
            "6-4 6-3. Ingrid Solberg left quietly. Solberg will return.")
    assert _people(body)["Ingrid Solberg"][0] is None


def test_an_apposition_between_commas_is_the_name_before_it() -> None:
    body = ("Prime Minister Sean Doyle, the leader of the Green Alliance, and Foreign Minister Liam "
            "Roche, leader of the Harbour Party, joined the campaign. Sean Doyle and Liam Roche "
            "spoke in Cork. Roche smiled. Doyle left.")
    roche = _people(body)["Liam Roche"]
    assert roche[0] == "Foreign Minister"
    assert roche[1] != "Green Alliance"


def test_a_first_title_of_the_same_person_stays() -> None:
    body = ("Minister of Posts, Roads, and the Digital Economy, Jean Kolo, met the envoy. Jean Kolo "
            "spoke on Monday. Kolo left.")
    assert _people(body)["Jean Kolo"][0] == "Minister of Posts, Roads, and the Digital Economy"


def test_a_place_before_and_is_no_half_of_a_portfolio() -> None:
    body = ("The talks were led by Home Secretary Ann Vale in Leeds and Transport Minister Tom Reed "
            "in York. Tom Reed spoke on Monday. Reed left.")
    assert _people(body)["Tom Reed"][0] == "Transport Minister"
