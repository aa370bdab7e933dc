"""More kinds of organisation names on real news: a one-word company that has a
spokesperson ("a Meta spokesperson said"); a party's one-word name that only opens sentences
on a common noun the text also writes in lower case ("Labour market watchers"); a person's
name before their party tag in parentheses ("Arthur Lira (PP-AL)") is no body; nor is
such a word a later mention of a longer name ("Labour" of "Labour Force Survey").  Short
real-style texts written for these tests; each test asserts the exact parties."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str, language: str = "en") -> set[tuple[str, str]]:
    return {(p.kind, p.name) for p in find_parties(body, title=title, language=language)}


def test_one_word_company_with_a_spokesperson_is_an_organisation() -> None:
    # "Meta" is also a given name and a place: its spokesperson says it is a body
    body = ("Hackers took over dozens of pages. The accounts include pages like Meta Ads. "
            "They targeted tech companies, including Meta itself.\n\n\"We invest in "
            "detecting scams,\" a Meta spokesperson told reporters. Meta’s offer of "
            "protection is not yet available.")
    assert _parties(body, "Hacked pages impersonating Meta buy ads from Meta") == {
        ("organization", "Meta")}


def test_a_person_with_a_spokesperson_stays_a_person() -> None:
    body = ("Donald Trump said on Monday that he would appeal. A Trump spokesperson told "
            "reporters the ruling was wrong.\n\nTrump has appealed before.")
    assert _parties(body, "Trump to appeal ruling") == {("person", "Donald Trump")}


def test_party_word_opening_a_sentence_on_a_common_noun_is_no_party() -> None:
    body = ("Jobs rose by 88,000 in May, the data showed. The labour market has been weak "
            "all year.\n\n‘Labour market watchers can breathe a sigh of relief,’ said "
            "economist Jane Doe. The labour force grew.")
    assert _parties(body, "Jobs rebound in May") == set()


def test_party_word_opening_a_sentence_is_the_party_when_named_inside_one_too() -> None:
    body = ("Labour won the vote on Tuesday. Labour leader Keir Starmer said the labour "
            "market needs help.\n\nStarmer told reporters that Labour would cut energy bills.")
    assert _parties(body, "Labour wins vote") == {
        ("organization", "Labour Party"), ("person", "Keir Starmer")}


def test_person_before_a_party_tag_in_parentheses_is_a_person() -> None:
    body = ("Congress and the court agreed to a truce on Tuesday after weeks of tension.\n\n"
            "The president of the Chamber, Arthur Lira (PP-AL), met the judges in the morning. "
            "Lira later told reporters that the talks had gone well.")
    assert _parties(body, "Congress and court agree to truce") == {("person", "Arthur Lira")}


def test_common_word_is_no_short_form_of_a_longer_name() -> None:
    body = ("Jobs rose by 88,000 in May, according to the Labour Force Survey. The labour "
            "market has been weak all year, the Labour Force Survey showed.\n\n‘Labour market "
            "watchers can breathe a sigh of relief,’ said economist Jane Doe. Labour market "
            "data will be out next month.")
    found = [(p.name, p.aliases, p.mentions) for p in find_parties(
        body, title="Jobs rebound in May", language="en")]
    assert found == [("Labour Force Survey", [], 2)]
