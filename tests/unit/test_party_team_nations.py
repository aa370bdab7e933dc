"""A nation of a state that fields its own teams ("Wales", "Scotland", "England":
``cues.json`` ``team_nations``) named in a match report is its national team, as a
country's name is, never an organisation: not as a club of a report of results ("Wales
beat Scotland 24-10"), a club's plural nickname ("Wales have"), nor an employer before a
role ("Wales captain X").  Short made-up texts in English, French and Spanish."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str | None = None, language: str = "en") -> list[tuple[str, str, str | None]]:
    return [(p.name, p.kind, p.role) for p in find_parties(body, title=title, language=language)]


def test_two_home_nations_in_a_rugby_report_are_no_organisations() -> None:
    body = ("Wales beat Scotland 24-10 in Cardiff on Saturday. Wales scored three tries and "
            "Scotland never recovered.\n\n\"We were brilliant,\" said Wales captain Dafydd "
            "Jenkins. Scotland coach Gregor Townsend said his side had been poor.")
    assert _parties(body, "Six Nations: Wales beat Scotland 24-10") == [
        ("Gregor Townsend", "person", "Scotland coach")]


def test_a_nation_with_a_plural_verb_is_no_club() -> None:
    """"Wales have" read as a club's plural nickname ("Rangers have")."""
    body = ("England beat Wales 31-19 at Twickenham on Sunday. England led 17-6 at half-time "
            "and Wales never closed the gap in the second half.\n\nWales have now lost four "
            "matches in a row. England captain Maro Itoje said the squad was growing. Wales head "
            "coach Steve Tandy said his team had been beaten by a better side.")
    assert _parties(body, "England beat Wales 31-19 to stay top of the table") == [
        ("Maro Itoje", "person", "England captain"), ("Steve Tandy", "person", "Wales head coach")]


def test_a_football_report_reads_the_nation_as_no_body() -> None:
    body = ("Scotland drew 1-1 with Norway in Glasgow on Tuesday. Scotland took the lead through "
            "a header and Norway equalised late.\n\nScotland manager Steve Clarke said the point "
            "kept his team in the race. Scotland play Greece next month.")
    assert [p for p in _parties(body, "Scotland 1-1 Norway: late goal frustrates hosts")
            if p[1] == "organization"] == []


def test_french_and_spanish_reports() -> None:
    body = ("Le pays de Galles a battu l'Écosse 24-10 samedi à Cardiff. Galles a inscrit trois "
            "essais en seconde période.\n\nL'Écosse n'a jamais réagi. Galles affrontera "
            "l'Angleterre dans quinze jours.")
    assert _parties(body, "Six Nations : le pays de Galles bat l'Écosse 24-10", "fr") == []
    body = ("Gales venció a Escocia por 24-10 el sábado en Cardiff. Gales marcó tres ensayos en "
            "la segunda parte.\n\nEscocia nunca reaccionó. Gales se enfrentará a Inglaterra "
            "dentro de dos semanas.")
    assert _parties(body, "Seis Naciones: Gales vence a Escocia 24-10", "es") == []


def test_a_city_club_in_a_report_of_results_stays_a_club() -> None:
    """The nations only: a city that the headline names is still a club ("Brighton")."""
    body = ("Brighton beat Fulham 3-0 on Saturday. Brighton scored twice before half-time and "
            "Fulham never threatened.\n\nBrighton manager Fabian Hurzeler praised his players. "
            "Brighton are fifth.")
    assert ("Brighton", "organization") in [(n, k) for n, k, _ in _parties(body, "Brighton 3-0 Fulham")]
