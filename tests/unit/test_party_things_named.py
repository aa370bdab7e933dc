"""Names of things that look like people's (a numbered craft, an observance, a hotel, a
firm named after its founder as an employer) are no person; two people joined by "and"
before a speech verb both speak.  Short made-up texts."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _people(body: str) -> dict[str, str | None]:
    return {p.name: p.role for p in find_parties(body, language="en") if p.kind == "person"}


def test_a_name_ending_in_a_spelled_number_is_a_craft() -> None:
    body = ("The president flew on Marine One to the base. Marine One landed at 4pm, and "
            "the president waved to reporters.")
    assert _people(body) == {}


def test_a_name_before_a_capitalised_day_is_an_observance() -> None:
    body = ("Pupils spoke at Holocaust Memorial Day events. Holocaust Memorial Day marks "
            "the end of the war, the head teacher said.")
    assert _people(body) == {}


def test_a_place_then_common_words_is_a_building() -> None:
    body = ("Guests were moved from the Tamworth Holiday Express after the fire. Staff at "
            "Tamworth Holiday Express said no one was hurt, and Tamworth Holiday Express "
            "reopened on Friday.")
    assert _people(body) == {}


def test_a_name_after_a_role_and_at_is_an_employer() -> None:
    body = ("Analysts at D.A. Davidson raised their target for the chipmaker. D.A. Davidson "
            "said the shares were cheap.")
    assert _people(body) == {}


def test_two_people_joined_before_a_speech_verb_both_speak() -> None:
    body = ("Defence lawyer Sam Reed and barrister Joan Pike said the case against the "
            "builder should be dropped. The judge will rule next week.")
    assert _people(body) == {"Sam Reed": "Defence lawyer", "Joan Pike": "barrister"}
    body = "Sam Reed and Joan Pike said the case should be dropped. The judge will rule soon."
    assert _people(body) == {"Sam Reed": None, "Joan Pike": None}


def test_two_people_joined_as_a_pair_in_the_background_are_no_party() -> None:
    body = ("The band was formed by Sam Reed and Joan Pike in 1990. Its new album is out "
            "on Friday, said the label.")
    assert _people(body) == {}


def test_a_day_or_a_month_before_an_apposition_is_no_organisation() -> None:
    """"on Thursday, the group said" made the organisation Thursday (typed by "the group");
    in the BBC texts also Sunday, July and March."""
    body = ("Delta Mining said its shares rose on Thursday after a strong update. However, on "
            "Thursday, the group said its view of the field had proved correct. In March, the "
            "company said output would rise. Analysts said the news was good for Delta Mining.")
    assert [(p.name, p.kind) for p in find_parties(body, language="en")] == [("Delta Mining", "organization")]
