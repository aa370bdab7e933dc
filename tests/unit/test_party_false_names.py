"""False parties found by a new user on real news (issue #11), by kind: a surname after
an honorific taken for a body, a sentence's opening function word glued to a name, a
region named with a compass word, a place and a grade letter.  Short made-up sentences of
the same kinds; exact parties asserted."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str, language: str = "en") -> set[tuple[str, str]]:
    return {(p.kind, p.name) for p in find_parties(body, title=title, language=language)}


def test_a_word_after_an_honorific_is_a_surname_not_a_body() -> None:
    # "Ms Anholt says" twice: a one-word company that speaks, were it not after "Ms"
    body = ("Shoppers wait longer than ever on the phone, says Lena Anholt of the software "
            "firm Brightline Systems, which ran the survey.\n\n"
            "\"Callers give up after a minute,\" Ms Anholt says. Most of them never call back.\n\n"
            "Firms that train their staff lose fewer customers, Ms Anholt says.")
    assert _parties(body, "Callers lose patience on hold") == {
        ("person", "Lena Anholt"), ("organization", "Brightline Systems")}


def test_a_surname_after_an_honorific_alone_is_no_body() -> None:
    body = ("Dr Verhoeven said the results were clear. The trial ran for two years.\n\n"
            "Dr Verhoeven added that a larger study would follow next spring.")
    assert _parties(body, "Trial results published") == set()




def test_a_sentence_opening_conjunction_is_no_body() -> None:
    # French "Or, ..." (now, yet) before a type noun read as "X, l'entreprise"
    body = ("Le groupe Vantor a été condamné lundi à verser 20 millions d'euros. Or, "
            "l'entreprise affirme avoir respecté les règles.\n\n"
            "Son avocat a annoncé un appel.")
    assert _parties(body, "Le verdict attendu", "fr") == {("organization", "Vantor")}


def test_a_sentence_opening_function_word_is_no_part_of_a_name() -> None:
    # "» Que Vantor ait menti ...": "that Vantor lied", no person "Que Vantor"
    body = ("Les agriculteurs attendent le verdict depuis des mois. « Le dossier est solide, "
            "dit un avocat. » Que Vantor ait menti ne surprend personne.\n\n"
            "Les semences de Vantor sont vendues partout. Selon Vantor, les produits sont sûrs.")
    assert _parties(body, "Le verdict attendu", "fr") == set()


def test_a_region_named_with_a_compass_word_is_no_person() -> None:
    body = ("Heavy snow fell across the Upper Plains on Monday, closing schools and roads. "
            "Crews worked through the night.\n\n"
            "More snow is expected for the Plains later in the week, forecasters said.")
    assert _parties(body, "Snow closes schools", "en") == set()


def test_a_place_and_a_grade_letter_is_no_person() -> None:
    # "the Athens B standard": a qualifying standard, and "Athens" later no short mention
    body = ("Pole vaulter Zoe Marsh had hoped for a place after she achieved the Athens B standard, "
            "but the call never came.\n\n"
            "Several athletes watched the Athens action on television. A virus wrecked Marsh's "
            "Athens ambitions, and Athens itself was a disappointment for the team.")
    assert _parties(body, "A year to forget", "en") == {("person", "Zoe Marsh")}


def test_a_given_name_and_a_letter_is_still_a_name() -> None:
    body = ("Malcolm X spoke to a crowd of thousands in the city in 1964. "
            "Malcolm X said the movement would grow.")
    assert _parties(body, "A speech remembered", "en") == {("person", "Malcolm X")}
