"""Kinds of one-word organisation names misread in user trials and on the understanding
set's development half: clubs and companies in -s with plural verbs ("Rangers have",
"the Sixers are"), diseases and sports in -s ("Measles is"), a field word opening a
quotation ("\\"Gymnastics is ...\\""). Short made-up texts; each test asserts exact values."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _orgs(body: str, title: str, language: str = "en") -> set[str]:
    return {p.name for p in find_parties(body, title=title, language=language) if p.kind == "organization"}


def test_club_or_company_in_s_with_a_plural_verb_inside_a_sentence_is_a_body() -> None:
    body = ("Shares in Brackloys fell on Monday after Brackloys have warned on profits. Analysts "
            "think Brackloys are likely to cut more jobs.\n\nFans were happy after Strollers have "
            "won again, and Strollers are top of the table.")
    assert _orgs(body, "Bank warns on profits") == {"Brackloys", "Strollers"}


def test_people_group_in_s_with_a_plural_verb_is_no_body() -> None:
    body = ("Many Muslims are worried about the plan, while Kurds are angry and Baptists have "
            "left the talks.\n\nTom Reed said Muslims are right to worry and Kurds have a case.")
    assert _orgs(body, "Plan divides town") == set()


def test_disease_or_sport_in_s_is_no_body() -> None:
    body = ("Measles is spreading in the north, doctors warned on Monday. Measles says little "
            "about the state of care, Tom Reed said. Measles is back.\n\nDarts is booming, and "
            "Darts says a lot about pubs. Darts is cheap. Pilates is popular. Pilates says the "
            "gym is back. Pilates is easy.")
    assert _orgs(body, "Measles on the rise") == set()


def test_field_word_opening_a_quotation_is_no_body() -> None:
    body = ("\"Gymnastics is for everyone,\" the coach said. \"Gymnastics says a lot about a "
            "town,\" she added. Tom Reed said the hall would open in May.")
    assert _orgs(body, "Town hall funds new sports hall") == set()


def test_plural_nickname_named_by_the_headline_of_a_results_report_is_a_club() -> None:
    body = ("The Zorblers beat the Kestrels 101-99 on Friday night. The Zorblers are now 12-3 at "
            "home, and the Kestrels have lost four in a row.\n\nTom Reed scored 30 points for the "
            "Zorblers, who were without two starters. Sam Cole led the Kestrels with 25 points.")
    assert _orgs(body, "Zorblers edge Kestrels in overtime") == {"Zorblers", "Kestrels"}

