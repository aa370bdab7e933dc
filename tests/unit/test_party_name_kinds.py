"""Kinds of names misread on real news: a given name that is also a month ("Jan Novák",
"May Tanner"), a company in -s read as a plural ("Barclays are"), a group noun read as a
company ("Fintechs say"), a Czech name in two cases read as two people ("Karel Svoboda",
"Karla Svobodu"), a firm whose name ends in an organisation word read as a person
("Desjardins Economics").  Short made-up texts; each test asserts the exact parties."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str, language: str = "en") -> set[tuple[str, str]]:
    return {(p.kind, p.name) for p in find_parties(body, title=title, language=language)}


def test_month_that_is_a_given_name_opens_a_name() -> None:
    body = ("Jan Novák said on Monday that talks on the port would resume. Jan Peters, who runs "
            "a shipping firm, said costs had risen.\n\nMar Garcia told reporters the port was "
            "busy. May Tanner said prices would rise in June. April Ross said the plan would "
            "fail.\n\nNovák said he hoped for a deal by Jan 15. Peters and Garcia left early.")
    assert _parties(body, "Port talks to resume") == {
        ("person", "Jan Novák"), ("person", "Jan Peters"), ("person", "Mar Garcia"),
        ("person", "May Tanner"), ("person", "April Ross")}


def test_month_read_as_a_date_opens_no_name() -> None:
    body = ("On 15 June Johnson said he would quit the board. In May Smith said he would stay."
            "\n\nJohnson and Smith did not reply. Tom Hill said the May Day parade was off and "
            "the holiday would move to another day.")
    assert _parties(body, "Board members to quit") == {("person", "Tom Hill")}


def test_czech_names_in_two_cases_are_one_person() -> None:
    body = ("Karel Svoboda řekl, že kandidovat nebude. Novináři se Karla Svobodu ptali na "
            "důvody.\n\nEva Nováková řekla, že s ním souhlasí. Podle Evy Novákové je to chyba. "
            "Pavel Černý řekl, že o tom neví. Pavla Černého to překvapilo.\n\n"
            "Svoboda odmítl odpovědět.")
    people = {p.name: p.aliases for p in find_parties(body, title="Volby v Praze", language="cs")
              if p.kind == "person"}
    assert people == {"Karel Svoboda": ["Karla Svobodu", "Svoboda"], "Eva Nováková": ["Evy Novákové"],
                      "Pavel Černý": ["Pavla Černého"]}


def test_name_ending_in_an_organisation_word_is_a_body() -> None:
    texts = {
        "Household debt is rising fast, Desjardins Economics said in a note on Monday. "
        "Chartered Professional Accountants said members were worried.":
            {"Desjardins Economics"},
        "Rates will fall next year, Vantor Consultants said on Monday. Orvelle Associates said "
        "so too.": {"Vantor Consultants", "Orvelle Associates"},
        "Rates will stay high, Crane Advisors said on Monday. Lake Advisers said so too.":
            {"Crane Advisors", "Lake Advisers"},
    }
    for body, names in texts.items():
        assert _parties(body, "Rates to fall") == {("organization", name) for name in names}


def _orgs(body: str, title: str) -> set[str]:
    return {name for kind, name in _parties(body, title) if kind == "organization"}


def test_company_in_s_with_a_plural_verb_inside_a_sentence_is_a_body() -> None:
    body = ("Barclays are cutting 500 jobs, the bank told staff on Tuesday. Shares rose after "
            "Barclays said costs would fall.\n\nLloyds are closing 20 branches, a week after "
            "Lloyds said profits had fallen. Christies are selling a painting by Turner, and "
            "Christies said on Monday that bids were strong.")
    assert _orgs(body, "Banks cut jobs") == {"Barclays", "Lloyds", "Christies"}


def test_company_in_s_with_a_singular_verb_opening_sentences_is_a_body() -> None:
    texts = {"Siemens": "building a plant", "Airbus": "delivering more jets", "Philips": "cutting jobs"}
    for name, doing in texts.items():
        body = (f"{name} is {doing} this year, according to a note seen by Tom Reed.\n\n"
                f"{name} said demand had grown. {name} said it would hire more staff.")
        assert _orgs(body, "Industry news") == {name}


def test_field_or_sport_in_ics_with_a_singular_verb_is_no_body() -> None:
    for name in ("Gymnastics", "Athletics", "Robotics"):
        body = (f"{name} is facing a funding crisis, according to a note seen by Tom Reed.\n\n"
                f"{name} says it needs more money. {name} has lost two sponsors this year.")
        assert _orgs(body, "Funding cut") == set(), name


def test_company_in_ics_the_word_list_lacks_is_a_body() -> None:
    for name in ("Synaptics", "Ultralytics", "Nanometrics"):
        body = (f"{name} is buying a small chip designer, according to a note seen by Tom Reed.\n\n"
                f"{name} says the deal will help its business. {name} has made two deals this year.")
        assert _orgs(body, "Chip deal") == {name}, name


def test_group_noun_opening_sentences_is_no_body() -> None:
    for name in ("Eurocrats", "Fintechs", "Quants", "Technocrats"):
        body = (f"{name} are worried about the new rules, according to a note seen by Tom Reed."
                f"\n\n{name} said the rules would favour big banks. {name} said they would "
                "lobby against them.")
        assert _orgs(body, "Brussels rules") == set(), name


def test_plural_name_after_the_article_is_no_company() -> None:
    body = ("Voting is under way for the annual Zonkies which recognise the best web shops - "
            "places where people sell their goods.\n\nTom Reed, who has run the Zonkies for the "
            "past five years, told reporters he was not too surprised by the number of entries. "
            "There were many new finalists this year, he added, and a few that had won Zonkies "
            "before.\n\nThe big Zonkies battle will be for the prize of shop of the year. The "
            "winners of the fifth annual Zonkies are chosen by the public.")
    assert _orgs(body, "Voters flock to shop awards site") == set()


def test_plural_band_name_after_the_article_without_a_plural_verb_stays_a_body() -> None:
    body = ("Zixies, Foo Lighters and Iron Ladle will headline this summer's Leeds festival, "
            "organisers have said.\n\nThey are the Zixies' only UK festival gigs this year. Iron "
            "Ladle will headline the first day, Zixies will follow on Saturday and the Foo "
            "Lighters will close the event on Sunday. The Zixies will headline the first day of "
            "the second festival, the organisers said.")
    assert _orgs(body, "Zixies take on Leeds") == {"Zixies"}
