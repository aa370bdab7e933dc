"""Roles, affiliations and countries are not carried across a list of names: a role is
never a person's name ("Ann King, X") nor a list of people ("Governor Ann Lee, former
Senator X"); a title joined by "and" is one role ("Police and Crime Commissioner"), and
none of its words an organisation; an affiliation or a country read from a neighbour's
title stays the neighbour's.  Short texts written for these tests; read with the rules."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str = "News") -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(p.kind, p.name, p.role, p.affiliation, p.country)
            for p in find_parties(body, title=title, language="en")]


def test_a_name_before_a_name_in_a_list_is_no_role() -> None:
    # "King" is a role word, but after a given name it is a surname
    body = ("Mourners gathered in memory of Lena King, Rosa Dot Stone, and Mia Lopez. Lena King, six, "
            "Rosa Dot Stone, seven, and Mia Lopez, nine, died in the fire. Rosa Dot Stone loved to sing.")
    assert _parties(body) == [("person", "Rosa Dot Stone", None, None, None)]


def test_a_title_joined_by_and_is_one_role_and_no_organisation() -> None:
    body = ("Northshire Police and Crime Commissioner thanks volunteers\n\n"
            "Police and Crime Commissioner Dan Fowler said: \"We thank the public.\" Fowler spoke on "
            "Sunday.")
    assert _parties(body) == [("person", "Dan Fowler", "Police and Crime Commissioner", None, None)]
    body = ("Health and Social Care Secretary Paul Hale said the plan was sound. Hale spoke on "
            "Monday.")
    assert [p[2] for p in _parties(body) if p[1] == "Paul Hale"] == ["Health and Social Care Secretary"]


def test_the_titles_of_a_list_of_people_are_theirs() -> None:
    body = ("She named several men: Prince Edward, Ohio Governor Tom Baker, former US Senator Frank "
            "Miller, the French scout Jean Luc Morel, the billionaire Glenn Dobbs and the law professor "
            "Alan Dorsey. Frank Miller denied it. Jean Luc Morel said nothing.")
    people = {p[1]: p[2:] for p in _parties(body) if p[0] == "person"}
    assert people["Frank Miller"] == ("former US Senator", "US", "US")
    assert people["Tom Baker"][0] == "Ohio Governor"
    # "the billionaire Glenn Dobbs and ...": another person's title, no apposition of Morel's
    assert people["Jean Luc Morel"] == (None, None, None)


def test_a_neighbours_party_is_not_the_affiliation_of_a_title_naming_its_own() -> None:
    body = ("Tory leader Tom Baker wrote to the prime minister on Friday. On Monday Lib Dem home "
            "affairs committee chairman Alan Frost warned of harm. Mr Frost said more.")
    assert _parties(body) == [
        ("person", "Alan Frost", "chairman", None, None),
        ("person", "Tom Baker", "Tory leader", "Conservative Party", None),
        ("organization", "Conservative Party", None, None, None),
    ]


def test_a_day_opens_no_role_but_a_club_named_after_one_does() -> None:
    body = ("On Monday Foreign Secretary Tom Baker said the talks had failed. Baker left. "
            "Hillford Wednesday manager Jim Coles said his team was ready.")
    assert _parties(body) == [
        ("person", "Tom Baker", "Foreign Secretary", None, None),
        ("person", "Jim Coles", "Hillford Wednesday manager", None, None),
    ]


def test_an_official_takes_no_state_the_text_cannot_tell() -> None:
    # the US named most, the UK named too and far more by its demonym: whose Home Secretary?
    body = ("Omar Said was held at the US camp for two years. He was freed from the US camp in March. "
            "The US government denied his claims. The British man said British officials knew. He is "
            "one of four Britons released. He returned to the UK last month and lives in Britain. "
            "Home Secretary John Reed said he would not open an inquiry.")
    assert [p for p in _parties(body) if p[1] == "John Reed"] == [
        ("person", "John Reed", "Home Secretary", None, None)]


def test_a_story_on_one_state_has_many_officials_of_it() -> None:
    # the mayor is British already; a country named once in passing is no commissioner's
    body = ("Riots spread across Britain on Sunday. The UK government met. Britain's police were "
            "stretched and the UK braced for more. A fan from Australia watched.\n\n"
            "Manchester mayor Andy Grant said the city would not give in. Britain must stand firm, he "
            "said.\n\n"
            "Police and Crime Commissioner Dan Fowler said: \"We thank the public.\" Fowler spoke on "
            "Sunday.")
    assert _parties(body) == [
        ("country", "United Kingdom", None, None, "GB"),
        ("person", "Dan Fowler", "Police and Crime Commissioner", "GB", "GB"),
        ("person", "Andy Grant", "Manchester mayor", "GB", "GB"),
    ]


def test_referees_and_lawyers_have_their_role() -> None:
    """("referee", "umpire", "attorney", "lawyer", "solicitor", "barrister" are role heads;
    "Prosecuting" is a role modifier, no one-word organisation: the referee had no role, and
    "Prosecuting attorney" made the organisation "Prosecuting")."""
    body = ("The referee Tom Alder sent off two players on Saturday. Alder said the tackles were "
            "reckless, and the club will appeal.")
    assert _parties(body) == [("person", "Tom Alder", "referee", None, None)]
    body = ("Prosecuting attorney Jane Morrow told the court the firm hid its losses. Morrow asked for "
            "a fine, and the firm's lawyer Ben Stiles said it would appeal. Stiles spoke outside.")
    assert [(p[1], p[2]) for p in _parties(body)] == [("Jane Morrow", "Prosecuting attorney"),
                                                       ("Ben Stiles", "lawyer")]
