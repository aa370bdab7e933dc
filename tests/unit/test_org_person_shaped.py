"""A company whose name looks like a person's ("Morgan Stanley", "Harland Wolff") is an
organisation when the text uses it as only a body is used ("analysts at X", "shares in X",
"X shares fell", "X's chief executive"), weighed over all its mentions: a person's own
signs ("Ms X", "X said she", a role before the name, the surname alone) keep a person a
person, and "X said it" alone, which a person says too, makes no body
(``enrich/org_contexts.py``).  Short made-up texts."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str | None = None) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in find_parties(body, title=title, language="en")]


def test_banks_named_like_people_are_organisations() -> None:
    """"Morgan Stanley" and "Meta Platforms" were persons (a given name first, a speech
    verb, a second mention); "Goldman Sachs" was dropped as a thing."""
    body = ("Analysts at Goldman Sachs and Morgan Stanley said on Monday that lending would slow. "
            "Lloyds Banking Group cut its forecast, while Meta Platforms said it would spend more "
            "on data centres. Shares in Morgan Stanley fell 3%.\n\n"
            "\"We expect a difficult year,\" said Jane Fraser, chief executive of Citigroup.")
    found = find_parties(body, title="Banks brace for a slower year", language="en")
    assert [(p.name, p.kind, p.mentions) for p in found] == [
        ("Jane Fraser", "person", 1),
        ("Morgan Stanley", "organization", 2),
        ("Lloyds Banking Group", "organization", 1),
        ("Meta Platforms", "organization", 1),
        ("Citigroup", "organization", 1),
    ]
    assert found[1].why == {"mentions": 1.0, "subject": 1.5, "score": 2.5}


def test_shares_in_a_yard_make_it_a_company() -> None:
    body = ("Shares in Harland Wolff fell sharply on Monday after the results were published. "
            "Harland Wolff said the market for new ships was weak.")
    assert _parties(body) == [("Harland Wolff", "organization")]


def test_shares_after_the_name_and_a_possessive() -> None:
    body = ("Harland Wolff said it would cut 300 jobs in the coming year as orders dried up. "
            "Harland Wolff shares fell 4% in London.")
    assert _parties(body) == [("Harland Wolff", "organization")]
    body = ("Harland Wolff's chief executive, Tom Reed, said the yard would close in May. "
            "Harland Wolff's board met on Monday.")
    assert [(p.name, p.kind, p.affiliation) for p in find_parties(body, language="en")] == [
        ("Tom Reed", "person", "Harland Wolff"), ("Harland Wolff", "organization", None)]


def test_staff_at_a_firm_named_once_make_it_no_person() -> None:
    """A company named once, after "staff at", is an organisation (an employer only: no
    party), and its chief's affiliation is that company, not the state of a "president"."""
    body = ("Eric Tveter, president and chief operating officer at Callow Broadband, said the "
            "box would go on sale later this year. Callow Broadband said it had sold 10,000.")
    assert [(p.name, p.kind, p.affiliation) for p in find_parties(body, language="en")] == [
        ("Eric Tveter", "person", "Callow Broadband"), ("Callow Broadband", "organization", None)]


def test_a_partner_firm_is_no_person() -> None:
    """"US partner X": a head that a company holds too says nothing of a person."""
    body = ("Shares in Elden and Morgan Ashby plunged on Monday as the firms suspended sales of "
            "a new drug. On the stock exchange, US partner Morgan Ashby shed 43%. Analysts said "
            "the drug had been a growth opportunity for Morgan Ashby.")
    assert ("Morgan Ashby", "organization") in _parties(body)
    assert ("Morgan Ashby", "person") not in _parties(body)


def test_a_person_with_her_own_signs_stays_a_person() -> None:
    body = ("Jane Fraser said it would be a difficult year for the bank. Ms Fraser spoke in "
            "New York on Monday.")
    assert _parties(body) == [("Jane Fraser", "person")]
    body = ("Mr Tunde Bakare said it would be a difficult year for farmers. Tunde Bakare said "
            "its harvest had failed, and shares in the co-operative fell.")
    assert _parties(body) == [("Tunde Bakare", "person")]
    body = ("Ngozi Adeyemi said it would be a difficult year for farmers. Adeyemi, who runs a "
            "co-operative, said prices were high.")
    assert _parties(body) == [("Ngozi Adeyemi", "person")]


def test_a_role_of_the_bank_in_the_apposition_keeps_a_person() -> None:
    """"X, the bank's chief executive,": the apposition names a role, not the body."""
    body = ("Shares in the lender fell 4%. Harland Wolff, the bank's chief executive, said "
            "profits were weak. Shares in Harland Wolff fell on Monday.")
    assert [(p.name, p.kind, p.role) for p in find_parties(body, language="en")] == [
        ("Harland Wolff", "person", "chief executive")]


def test_said_it_alone_makes_no_company() -> None:
    """A given name the lists lack ("Chidi") and "said it", "said its", "a spokesperson
    for": a person says and has those too."""
    body = ("Chidi Nwosu said it would be a difficult year for farmers in the north. Chidi "
            "Nwosu said its harvest was the worst in a decade.")
    assert _parties(body) == [("Chidi Nwosu", "person")]
    body = ("A spokesperson for Tunde Bakare said it was false. Tunde Bakare said he would "
            "appeal against the ruling.")
    assert _parties(body) == [("Tunde Bakare", "person")]


def test_a_name_that_goes_on_is_not_cut() -> None:
    """"a director at the California-based Institute for the Future", "director at the
    European Policy Centre", "residents at X" (a place): no body cut short, none made."""
    body = ("\"You may be halfway around the world,\" says Paul Saffo, a director at the "
            "California-based Institute for the Future.")
    assert all(kind != "organization" or name.startswith("Institute") for name, kind in _parties(body))
    body = ("\"It's very ambitious,\" said John Palmer, political director at the European "
            "Policy Centre, a Brussels-based think-tank.")
    assert ("European Policy", "organization") not in _parties(body)
    body = ("Residents at the Ashby Towers will vote on Monday. Ashby Towers is the first "
            "estate to vote, and Ashby Towers tenants can cast ballots online.")
    assert ("Ashby Towers", "organization") not in _parties(body)
