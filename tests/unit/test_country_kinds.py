"""Kinds of country mentions that decide whether a state acts: a capital as the subject of a
verb of speech anywhere in the story, a country's name before a state body ("the US State
Department"), a subject past a relative clause, subdivisions named after another state
("Northern Ireland", "New Mexico") and the US state of Georgia.  Short real-style texts
written for these tests."""

from __future__ import annotations

import pytest

from congo_digital.enrich.countries import find_mentions
from congo_digital.enrich.doc import make_doc
from congo_digital.enrich.parties import find_parties


def _countries(body: str, title: str, language: str | None = "en") -> list[str]:
    return sorted(p.country or "" for p in find_parties(body, title=title, language=language)
                  if p.kind == "country")


GRAIN = (
    "Talks on resuming grain shipments across the Black Sea stalled on Tuesday after Moscow "
    "rejected a proposal put forward by mediators, officials said.\n\n"
    "The proposal ignored the interests of farmers, a spokesman said after the meeting.\n\n"
    "Washington said it was disappointed. The US State Department urged all sides to return "
    "to the table.\n\n"
    "Turkey, which brokered the original deal, said it would keep talking to both sides.\n\n"
    "Grain prices rose in Egypt, Lebanon, Tunisia and Kenya, which depend on imports from the "
    "region."
)


def test_capitals_names_and_bodies_that_speak_for_their_state():
    assert _countries(GRAIN, "Grain talks stall") == ["RU", "TR", "US"]


@pytest.mark.parametrize(("body", "expected"), [
    ("The pension reform was delayed again on Wednesday after a week of strikes.\n\n"
     "Unions welcomed the delay.\n\nParis had insisted for months that the retirement age must "
     "rise to 64.", ["FR"]),
    ("The pension reform was delayed again on Wednesday after a week of strikes.\n\n"
     "Unions welcomed the delay.\n\nParis has seen many such protests in the past.", []),
])
def test_a_capital_before_a_verb_of_speech_or_act(body, expected):
    assert _countries(body, "Pension vote delayed") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Health services are under strain.\n\nUS officials said on Monday that more funds would "
     "come.", ["US"]),
    ("Health services are under strain.\n\nThe UK Home Office and the British Medical "
     "Association disagree about staff visas.\n\nThe UK Department of Health said it was "
     "reviewing the rules.", ["GB"]),
    ("Voting rights groups in the US state of Ohio welcomed the ruling on Monday.\n\nThe "
     "court said the maps were unfair.", []),
])
def test_a_name_before_a_state_body(body, expected):
    """The name of a state, then a state word, a body's name or an agency head."""
    assert _countries(body, "Update") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Supplies reached the front on Monday.\n\nThe Russian Defence Ministry said its forces had "
     "taken two villages.", ["RU"]),
    ("Supplies reached the front on Monday.\n\nThe Norwegian Refugee Council said aid was "
     "running out.", []),
])
def test_a_body_named_after_its_state_acts_for_it(body, expected):
    assert _countries(body, "War update") == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("Northern Ireland's health minister said on Friday that waiting lists had reached a "
     "record.\n\nDoctors in Scotland face similar pressures.", []),
    ("New Mexico's governor signed the water bill on Tuesday.\n\nFarmers said they were "
     "relieved.", []),
    ("Rhode Island officials closed beaches on Sunday after a storm.", []),
])
def test_a_subdivision_named_after_another_state_is_no_country(body, expected):
    assert _countries(body, "Regional news") == expected


def test_the_us_state_of_georgia_is_no_country():
    body = ("ATLANTA - Georgia lawmakers voted on Tuesday to move the state elections office, "
            "a change that critics said would weaken oversight.\n\nGeorgia's secretary of state "
            "said the move would save money. Similar bills passed in Alabama and Florida.")
    assert _countries(body, "Georgia moves elections office") == []


def test_the_country_georgia_acts():
    body = ("TBILISI - Georgia's government on Thursday accused Russian troops of moving border "
            "markers deeper into its territory near South Ossetia.\n\nThe Kremlin denied the "
            "accusation.")
    assert _countries(body, "Border markers moved") == ["GE", "RU"]


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Apple opens first store in Mumbai as it bets on India growth",
     "Apple opened its first retail store on Tuesday, as the iPhone maker looks to the world's "
     "most populous country for growth.\n\nThe company already sells phones in China, Japan "
     "and Vietnam.", []),
    ("Germany adds Spain and Portugal to list of high-risk areas",
     "Germany on Friday added Spain, Portugal and parts of Greece to its list of high-risk "
     "areas, meaning travellers returning from there must quarantine.\n\nTravellers from "
     "France and Italy are not affected for now, the health ministry said.", ["DE"]),
    ("Kenya and Uganda sign pipeline deal",
     "The two countries signed the agreement in Nairobi on Monday.\n\nConstruction will "
     "start next year.", ["KE", "UG"]),
])
def test_a_title_names_subjects_not_objects(title, body, expected):
    """A country that the title names after a verb or a preposition (a market, a place,
    a country another state acts upon) weighs 1, a subject 2."""
    assert _countries(body, title) == expected


@pytest.mark.parametrize(("title", "body", "expected"), [
    ("Floods force thousands from homes in Ghana",
     "Heavy rain forced more than 20,000 people from their homes on Sunday, the national "
     "disaster management organisation said.\n\nRescue teams were still reaching villages "
     "cut off by the water.", ["GH"]),
    ("Storm season",
     "The government said on Monday that the new rules would apply from June.\n\nMany "
     "shops in Peru and Chile already follow them.", []),
])
def test_an_unnamed_national_body_acts_for_the_one_country_named(title, body, expected):
    """Without a publication's country, a national body or government word in the lead
    stands for the one country the title (else the text) names."""
    assert _countries(body, title) == expected


def test_a_us_state_written_like_a_demonym_is_no_country():
    """"Indiana" is the US state; only the lower-case Spanish adjective "indiana" is Indian."""
    body = ("Indiana state police said on Monday that two men had been arrested after a chase "
            "on the interstate.\n\nThe men were charged with theft.")
    assert _countries(body, "Two arrested after chase") == []
    doc = make_doc("Las exportaciones de la industria indiana crecieron.", "es")
    assert [(m.code, doc.span_text(m.i, m.j)) for m in find_mentions(doc)] == [("IN", "indiana")]


_GROUND = " Officials at the ground said the attendance was a record for a weekday fixture in the city."


@pytest.mark.parametrize(("body", "title", "expected"), [
    ("India head coach Gautam Gambhir praised the bowlers after the win in Chennai on Sunday.",
     "Gambhir hails bowlers", []),
    ("The India captain said on Saturday that his side had been unlucky in the second innings.",
     "Draw at Lord's", []),
    ("Pakistan pacer Naseem Shah took four wickets on the opening day of the second Test.",
     "Shah takes four", []),
    ("Brazil fans were left frustrated after the match was called off because of heavy rain.",
     "Rain stops play", []),
    ("The US team won the relay in record time on Sunday, ahead of Jamaica and Britain.",
     "Relay record", []),
    ("The Indian head coach said on Sunday that the bowlers had been outstanding all week.",
     "Bowlers praised", []),
    ("India's head coach said on Sunday that the bowlers had been outstanding all week.",
     "Bowlers praised", []),
    ("India coach Gautam Gambhir praised the bowlers on Sunday.", "India coach Gambhir hails bowlers", []),
    # the state still acts
    ("Russia accused Volodymyr Zelensky of sabotaging the talks on Tuesday.", "Talks", ["RU"]),
    ("Japan's ambassador Takeshi Matsunaga said on Monday that Tokyo would back the project.",
     "Loans", ["JP"]),
    ("US police officers said on Monday that the suspect had been arrested in Ohio.", "Arrest", ["US"]),
])
def test_a_country_as_attribute_of_a_person_or_team(body, title, expected):
    """"India head coach X", "the England captain", "Brazil fans": no state acts."""
    assert _countries(body + _GROUND, title) == expected


_LATER = " Officials said the measures would stay in place until the end of the year at least."


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The coach praised his striker on Sunday. Maurice said he was happy to be back after a long "
     "injury." + _LATER, "en", []),
    ("Granada said on Monday they had sacked their coach after a run of seven defeats in the "
     "league." + _LATER, "en", []),
    ("Island residents said on Monday the ferry service had been cut again by the operator." + _LATER,
     "en", []),
    ("Brasil said on Monday it would open a new store in Manchester next spring." + _LATER, "en", []),
    # in the name's own language it is the country
    ("Island will die Fangquoten für Kabeljau senken, teilte das Fischereiministerium am Montag mit.",
     "de", ["IS"]),
    ("Maurice a annoncé lundi une hausse du salaire minimum, a indiqué le gouvernement.", "fr", ["MU"]),
    ("Brasil anunció el lunes nuevas medidas contra la deforestación, dijo el gobierno.", "es", ["BR"]),
])
def test_another_languages_name_of_a_country_only_in_that_language(body, language, expected):
    """CLDR's German "Island" (Iceland), Spanish "Granada" (Grenada), French "Maurice"
    (Mauritius) name no country in English text."""
    assert _countries(body, "Update", language) == expected


def test_the_foreign_names_of_the_gazetteer():
    from congo_digital.enrich.countries import foreign_names

    names = foreign_names()
    assert names[("island",)] == ["de"] and names[("maurice",)] == ["fr"]
    assert names[("granada",)] == ["es", "pt"]
    assert ("mexico",) not in names and ("iceland",) not in names  # English names: any text


@pytest.mark.parametrize(("body", "title", "expected"), [
    ("India beat Bangladesh by 280 runs in the first Test in Chennai on Sunday to take a 1-0 lead "
     "in the two-match series.\n\nIndia head coach Gautam Gambhir praised the bowlers after the "
     "win.\n\nBangladesh captain Najmul Hossain Shanto said his side would fight back in Kanpur.",
     "India thrash Bangladesh in first Test", []),
    ("India head coach Gautam Gambhir has praised the team's approach ahead of the home season, "
     "saying the players were ready for the challenge.\n\n\"We want to play fearless cricket,\" "
     "Gambhir told reporters in Mumbai on Monday.", "India ready for home season, says Gambhir", []),
    # a state still acts in a sports story: a verb of speech, a state word
    ("Russia said on Tuesday it would appeal against the ban that keeps its athletes out of the "
     "Olympics and every other major tournament until 2028.\n\nThe sports ministry in Moscow "
     "called the decision political.", "Russia to appeal Olympic ban", ["RU"]),
    ("Qatar's government said on Monday that all eight World Cup stadiums were ready, a week "
     "before the opening match of the tournament.\n\nFans from Argentina and Brazil have already "
     "arrived in Doha.", "Qatar says stadiums ready", ["QA"]),
])
def test_a_country_in_a_sports_report_is_its_team(body, title, expected):
    """"India beat Bangladesh by 280 runs": the national team plays, no state acts."""
    assert _countries(body, title) == expected


def test_german_genitives_and_compounds_name_a_country():
    """"Irans Justiz", "Washingtons Entscheidung", "US-Botschafter": the genitive in -s and
    a compound's first part are read in German text only."""
    doc = make_doc("Irans Justiz und Washingtons Entscheidung: US-Botschafter und Russland-Sanktionen.", "de")
    assert [(m.code, m.kind, doc.span_text(m.i, m.j)) for m in find_mentions(doc)] == [
        ("IR", "name", "Irans"), ("US", "capital", "Washingtons"), ("US", "compound", "US-Botschafter"),
        ("RU", "compound", "Russland-Sanktionen")]
    en = make_doc("Irans and US-based firms.", "en")
    assert find_mentions(en) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Irans Justiz wies den Bericht am Dienstag als Propaganda zurück.\n\nDer Bericht war am "
     "Montag erschienen.", ["IR"]),
    ("Die US-Regierung kündigte am Montag neue Zölle an.\n\nDie Börsen reagierten gelassen.", ["US"]),
    ("Die Russland-Sanktionen treffen die Exporte der Firma hart.\n\nDie Firma meldet für das "
     "Quartal Verluste.", []),
    ("„Grenzen sind nicht verhandelbar“, sagte Lena Holm, dänische Botschafterin bei den Vereinten "
     "Nationen.\n\nDie Sitzung dauerte drei Stunden.", ["DK"]),
])
def test_a_german_state_acts_through_its_genitive_compound_or_envoy(body, expected):
    """"Irans Justiz wies zurück", "Die US-Regierung kündigte an": the state acts; not in
    "Russland-Sanktionen" (sanctions on it); a Danish envoy to the UN acts for Denmark."""
    assert _countries(body, "Sitzung", "de") == expected


@pytest.mark.parametrize(("body", "language", "affiliation"), [
    ("\"Borders are not negotiable,\" said Lena Holm, Denmark's ambassador to the United "
     "Nations.\n\nThe session lasted three hours.", "en", "DK"),
    ("Venezuelas UN-Botschafter Carlos Ruiz rief den Sicherheitsrat am Montag zum Handeln auf.\n\n"
     "Die Sitzung dauerte drei Stunden.", "de", "VE"),
    ("Bobby Kerr, a former Irish ambassador to the European Union, said the vote was close.\n\n"
     "The count ends on Sunday.", "en", "IE"),
])
def test_an_envoy_to_a_body_serves_the_state_that_sends_them(body, language, affiliation):
    """"Denmark's ambassador to the United Nations" is Denmark's official, not the UN's; a
    former envoy to a body never worked for it either: the state that sent them."""
    people = [p for p in find_parties(body, title="Session", language=language) if p.kind == "person"]
    assert [p.affiliation for p in people][:1] == [affiliation]


def test_a_state_word_another_country_qualifies_is_that_countrys():
    """"the Israeli military occupation of the Palestinian territories": the military is
    Israel's; "the government of Kenya" still makes Kenya act."""
    body = ("Soldiers of the Israeli military occupation of Palestinian territories described the "
            "checkpoints on Tuesday.\n\nThe government of Kenya said it would send observers.")
    assert _countries(body, "Checkpoints") == ["IL", "KE"]


def test_a_portfolio_secretary_serves_the_publications_state():
    """"Health secretary X" on a .uk page naming no country: the United Kingdom acts."""
    body = ("People who falsely report a contact will be fined, Health secretary Tom Barker said "
            "on Monday.\n\nMPs complained that the rules were not debated.")
    parties = find_parties(body, title="New fines", language="en", home="GB")
    assert sorted((p.kind, p.country) for p in parties) == [("country", "GB"), ("person", "GB")]
