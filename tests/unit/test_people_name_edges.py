"""Kinds of person names misread at their edges: a surname that is a month ("Helena May"),
a Czech name first printed in an oblique case ("Karla Brázdy" for "Karel Brázda"), a
month that is a given name before a common surname ("Mar Jiménez") or a particle ("Jan de
Groot"), a word joined before a name ("Landtagu Otto Brandt", "Kupříkladu Slovinsko"),
and capitalised phrases after a number or an indefinite article ("der sechs Sächsischen
Landtagsfraktionen", "a Chicago Hipster").  Short made-up texts; each test asserts the
exact parties."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str, language: str) -> list[tuple[str, str, list[str]]]:
    return [(p.kind, p.name, p.aliases) for p in find_parties(body, title=title, language=language)]


def test_month_after_a_given_name_is_a_surname() -> None:
    body = ("Former minister Helena May said on Tuesday that the harbour plan would fail. May told "
            "reporters in Dunmore that she had written to the council.\n\nThe vote is due in May. "
            "Singer Colin March also spoke. \"We need the harbour,\" Colin March said. March has "
            "campaigned on the port since 2019, and the works start on 3 March.")
    assert _parties(body, "Harbour plan criticised", "en") == [
        ("person", "Helena May", ["May"]), ("person", "Colin March", ["March"])]


def test_czech_name_is_named_by_its_nominative() -> None:
    body = ("Podle Karla Brázdy je rozpočet v pořádku. Karel Brázda řekl novinářům, že město splní "
            "své sliby.\n\nBrázda dodal, že o tom jednal se starostkou.")
    assert _parties(body, "Rozpočet města", "cs") == [
        ("person", "Karel Brázda", ["Karla Brázdy", "Brázda"])]


def test_month_given_name_before_a_common_surname() -> None:
    body = ("La consejera de Cultura, Mar Jiménez, presentó este martes el plan de museos. Jiménez "
            "explicó que el gobierno regional quiere abrir tres salas.\n\n\"Es un plan ambicioso\", "
            "dijo Mar Jiménez.")
    assert _parties(body, "Plan de museos", "es") == [("person", "Mar Jiménez", ["Jiménez"])]


def test_month_given_name_before_a_particle_and_its_surname_no_body() -> None:
    body = ("Jan de Groot, a historian at the city museum, said the bridge would be restored next "
            "year. De Groot told reporters that the council had agreed.\n\n\"It is a fine bridge,\" "
            "said Jan de Groot.")
    assert _parties(body, "Old bridge to be restored", "en") == [("person", "Jan de Groot", ["De Groot"])]


def test_word_joined_before_a_name_printed_without_it() -> None:
    body = ("Předseda Landtagu Otto Brandt přijel do Brna. Otto Brandt řekl, že chce spolupracovat."
            "\n\nBrandt dodal, že se vrátí.")
    assert _parties(body, "Návštěva z Bavorska", "cs") == [("person", "Otto Brandt", ["Brandt"])]


def test_sentence_opening_adverb_joins_no_name() -> None:
    body = ("Kupříkladu Slovinsko zvolilo jinou cestu. Slovinsko podle ministra Tomáše Krejsy "
            "postupuje lépe.\n\nTomáš Krejsa řekl, že se poučí.")
    assert _parties(body, "Energie v Evropě", "cs") == [("person", "Tomáš Krejsa", ["Tomáše Krejsy"])]


def test_capitals_after_a_number_or_an_indefinite_article_name_no_one() -> None:
    body = ("Die Spitzenkandidaten der sechs Sächsischen Landtagsfraktionen trafen sich am Montag. "
            "Anna Keller sagte, man sei sich einig.\n\nSächsischen Medien zufolge war die Stimmung "
            "gut.")
    assert _parties(body, "Runde in Dresden", "de") == [("person", "Anna Keller", [])]
    body = ("In her book, Confessions of a Chicago Hipster, Dana Lowe writes about the city. Chicago "
            "is her home, Lowe said.\n\nLowe said the Chicago of her youth is gone.")
    assert _parties(body, "A writer looks back", "en") == [("person", "Dana Lowe", ["Lowe"])]


def test_age_between_commas_makes_a_person() -> None:
    body = ("Three people were charged on Monday. Defendants Zorvan Okoye, 52, of Leeds and Tesmin "
            "Wrenn, 33, of Hull appeared in court.\n\nZorvan Okoye and Tesmin Wrenn were released on "
            "bail.")
    assert _parties(body, "Three charged", "en") == [
        ("person", "Zorvan Okoye", []), ("person", "Tesmin Wrenn", [])]


def test_name_after_a_role_and_at_is_the_employer() -> None:
    body = ("\"People want to call from their PC,\" said Dana Roe, director of online services at "
            "Vantor Retail. Vantor launched the service in May. Vantor said it had 2,000 users.\n\n"
            "Vantor plans to expand.")
    assert _parties(body, "Vantor calls", "en") == [
        ("person", "Dana Roe", []), ("organization", "Vantor Retail", [])]


def test_number_without_a_determiner_keeps_the_name() -> None:
    body = ("Number eight Ixaka Elizondo has been dropped from the squad. Elizondo said he was "
            "disappointed.\n\nCoach Ana Ruiz said Elizondo would be back.")
    assert _parties(body, "Elizondo dropped", "en") == [
        ("person", "Ixaka Elizondo", ["Elizondo"]), ("person", "Ana Ruiz", [])]


def test_two_particles_inside_a_name() -> None:
    body = ("Ursula von der Leyen said on Monday that the plan was ready. Von der Leyen told "
            "reporters that talks would go on.\n\nShe met Rafael van der Vaart later.")
    assert _parties(body, "EU plan ready", "en") == [("person", "Ursula von der Leyen", ["Von der Leyen"])]


def test_german_article_after_a_name_is_no_particle() -> None:
    body = ("Die Firma ordnet die Leitung neu. Künftig verantwortet Axel Brenner den Geschäftsbereich "
            "Vertrieb. Axel Brenner sagte, er freue sich.\n\nBrenner kam 2010 zur Firma.")
    assert _parties(body, "Neue Leitung", "de") == [("person", "Axel Brenner", ["Brenner"])]


def test_given_name_that_is_a_law_or_calendar_word_opens_a_name() -> None:
    body = ("Board chair Bill Thornbury said the Finance Bill would hurt savers. Thornbury told "
            "reporters the bill was rushed.\n\nThe Finance Bill passed on Tuesday.")
    assert _parties(body, "Savers warned", "en") == [
        ("person", "Bill Thornbury", ["Thornbury"]), ("organization", "Finance Bill", [])]
    body = ("Julio Ferrando Roque, coordinador de programas del ayuntamiento, dijo que las obras "
            "acabarán en julio. Ferrando Roque explicó que el Domingo de Ramos no habrá cortes.")
    assert _parties(body, "Obras en la ciudad", "es") == [
        ("person", "Julio Ferrando Roque", ["Ferrando Roque"])]


def test_article_particle_after_a_capitalised_particle_and_german_nouns() -> None:
    body = ("Der Architekt Pieter Van der Brink sagte am Montag, das Haus sei fertig. Van der Brink "
            "plant nun ein Museum.\n\nDie Stadt lobte den Bau.")
    assert _parties(body, "Haus fertig", "de") == [("person", "Pieter Van der Brink", ["Van der Brink"])]
    body = ("Lena Ostrow und ihr Bruder Hanno, 20, wohnen in Kiel. Lena Ostrow sagte, sie seien froh."
            "\n\nOstrow will bleiben.")
    assert _parties(body, "Familie in Kiel", "de") == [("person", "Lena Ostrow", ["Ostrow"])]


def test_two_word_name_before_an_age_keeps_its_first_word() -> None:
    body = ("Two people were charged on Friday: the alleged ringleader Han Lee, 41, of Hull, and her "
            "driver, Tesmin Wrenn, 33.\n\nLee told the court she was innocent. Wrenn said nothing.")
    assert _parties(body, "Two charged", "en") == [("person", "Han Lee", ["Lee"])]


def test_spanish_preposition_a_is_no_indefinite_article() -> None:
    body = ("Tita Merino dijo que el programa seguirá. Al final del programa llamaron a reunión a Tita "
            "Merino. \"No me retaron\", dijo Tita Merino.\n\nMerino seguirá en el canal.")
    people = [(p.name, p.aliases, p.mentions) for p in find_parties(body, title="El programa sigue", language="es")]
    assert people == [("Tita Merino", ["Merino"], 4)]


def test_member_of_a_body_before_a_name_is_no_part_of_it() -> None:
    body = ("The Lakers said on Sunday they had signed a new coach. Former Laker Tom Reyes will lead "
            "the team. \"We are glad,\" the Lakers said in a statement. Reyes said he was proud.\n\n"
            "The Lakers play again on Tuesday.")
    assert _parties(body, "Lakers sign coach", "en") == [
        ("organization", "Lakers", []), ("person", "Tom Reyes", ["Reyes"])]


def test_modal_may_after_a_name_is_no_surname() -> None:
    body = ("Coach Ana Ruiz said the team would travel on Friday. Asked about the final, Ruiz said "
            "Ana may rest two players.\n\nRuiz said the squad was fit.")
    people = [(p.name, p.aliases, p.mentions) for p in find_parties(body, title="Team travels", language="en")]
    assert people == [("Ana Ruiz", ["Ruiz", "Ana"], 4)]
