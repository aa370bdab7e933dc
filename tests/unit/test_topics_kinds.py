"""Topics on short real-style stories (written for these tests): the kinds of error seen on
real news (a technology story filed as business, one stray word making a topic, a name
read as a common noun) and their fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from congo_digital.enrich.boiler import furniture_line
from congo_digital.enrich.topic_evidence import top_evidence
from congo_digital.enrich.topic_lexicon import lexicon
from congo_digital.enrich.topic_match import Hit, match
from congo_digital.enrich.topic_zones import zones
from congo_digital.enrich.topics import _main, classify

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "topics"

SCIENCE, ECONOMY, POLITICS = "medtop:13000000", "medtop:04000000", "medtop:11000000"


def _topics(name: str, language: str) -> list[tuple[str, str]]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    title, _, body = text.partition("\n")
    return [(t.code, t.label) for t in classify(body.strip("\n"), title=title, language=language)]


def test_gadget_story_is_science_and_technology():
    # A games console: gadgets, games, the internet; the company is not the story.
    assert _topics("en_games_console.txt", "en") == [
        (SCIENCE, "science and technology"),
        ("medtop:20000763", "information technology and computer science")]


def test_tech_company_results_are_the_economy():
    # A technology firm's profits, revenues, shares and dividend: a company's money.
    assert _topics("en_tech_earnings.txt", "en") == [
        (ECONOMY, "economy, business and finance"),
        ("medtop:20001365", "business reporting and performance"),
        ("medtop:20000225", "computing and information technology")]


def test_tax_on_digital_services_is_the_economy():
    # A levy on streaming services and app stores: a tax laid on a market files the
    # technology words under the economy (before: science and technology first).
    assert _topics("en_streaming_levy.txt", "en") == [
        (ECONOMY, "economy, business and finance"),
        ("medtop:20000225", "computing and information technology"),
        (POLITICS, "politics and government"), ("medtop:20000620", "taxation policy"),
        ("medtop:20001365", "business reporting and performance"),
        ("medtop:20000636", "regulation of industry"), ("medtop:20000355", "currency")]


def test_storm_that_kills_is_a_disaster():
    # "Cyclone" and "landfall" in the headline count for weather and for a disaster
    # alike; the deaths, the homeless and the rescue make it a disaster (before: weather).
    assert _topics("en_cyclone_toll.txt", "en") == [
        ("medtop:03000000", "disaster, accident and emergency incident"),
        ("medtop:17000000", "weather"), ("medtop:20000157", "meteorological disaster"),
        ("medtop:20000151", "natural disaster"), ("medtop:20000168", "emergency response")]


def test_storm_forecast_stays_weather():
    assert _topics("en_cyclone_forecast.txt", "en") == [
        ("medtop:17000000", "weather"),
        ("medtop:03000000", "disaster, accident and emergency incident"),
        ("medtop:20000157", "meteorological disaster"), ("medtop:20001128", "weather forecast")]


def test_trade_pact_between_states_is_about_trade():
    # Two states sign an agreement: the signing, the talks and the partnership are the
    # setting; the tariffs, exports and customs they agree on are the subject (before:
    # politics and government first).
    assert _topics("en_trade_pact.txt", "en") == [
        (ECONOMY, "economy, business and finance"), (POLITICS, "politics and government"),
        ("medtop:20000638", "international relations"),
        ("medtop:20000373", "international trade")]


def test_sprint_in_an_election_story_is_no_sport():
    assert _topics("en_election_sprint.txt", "en") == [
        (POLITICS, "politics and government"), ("medtop:20000574", "election"),
        ("medtop:20000620", "taxation policy")]


def test_air_strike_is_no_labour_story():
    assert _topics("en_air_strike.txt", "en") == [
        ("medtop:16000000", "conflict, war and peace"), ("medtop:20000056", "armed conflict")]


def test_growth_forecasts_are_no_weather():
    got = _topics("en_growth_forecasts.txt", "en")
    assert got[0] == (ECONOMY, "economy, business and finance")
    assert {code for code, _ in got} == {
        ECONOMY, "medtop:20000274", "medtop:20000372", "medtop:20000183", "medtop:20000373",
        "medtop:20000346"}


def test_newspaper_subscribers_are_no_telecommunication_service():
    assert _topics("fr_abonnes_journal.txt", "fr") == [
        ("medtop:01000000", "arts, culture, entertainment and media"),
        ("medtop:20000045", "mass media")]


def test_labor_the_party_is_no_labour_story():
    assert _topics("en_labor_party.txt", "en") == [
        (POLITICS, "politics and government"), ("medtop:20000574", "election"),
        ("medtop:20001384", "political party")]


def test_roman_the_first_name_is_no_literature():
    assert _topics("fr_maire_roman.txt", "fr") == [
        (POLITICS, "politics and government"), ("medtop:20001265", "local government policy"),
        ("medtop:20000620", "taxation policy")]


@pytest.mark.parametrize(("text", "language", "top"), [
    ("The union called a strike. Workers walked out over pay and the employer's pension plans.",
     "en", "medtop:09000000"),
    ("Le roman de l'écrivaine a reçu le prix littéraire ; la romancière publie un recueil de poésie.",
     "fr", "medtop:01000000"),
])
def test_the_common_nouns_still_count(text: str, language: str, top: str):
    assert classify(text, language=language)[0].code == top


def test_one_stray_word_does_not_make_a_topic():
    # "sprint" alone (one cue) weighs half: the election's cues win and sport is not kept.
    got = classify("Voters head to the polls in a final sprint of the election campaign; "
                   "the electoral commission expects a high turnout.", language="en")
    assert [t.code for t in got if t.level == 1] == [POLITICS]


def _hit(cues: dict[str, float], headline: tuple[str, ...] = ()) -> Hit:
    hit = Hit()
    for cue, zone_w in cues.items():
        hit.add(1.0, zone_w, cue, cue, 6.0, headline=cue in headline)
    return hit


def test_a_near_tie_is_decided_by_the_headline():
    sport, health = "medtop:15000000", "medtop:07000000"
    hits = {0: _hit({"match": 3.0, "team": 2.0, "coach": 1.0}, headline=("match",)),
            1: _hit({"hospital": 3.0, "patients": 3.0, "doctors": 0.5})}
    chosen = {0: sport, 1: health}
    # 6.3 against 6.5: within 5%, and only sport is in the headline.
    assert _main(hits, chosen, {sport: 6.3, health: 6.5}, top_evidence(hits, chosen)[1]) == sport
    # 6 against 8: health has clearly more evidence.
    assert _main(hits, chosen, {sport: 6.0, health: 8.0}, top_evidence(hits, chosen)[1]) == health


def test_headline_names_the_subject_of_a_rules_story():
    # The body is about the regulations, the MPs' vote and the ministers; the headline
    # names a disease and a vaccine and no politics: a health story (before: politics and
    # government first).  The topics kept besides the main one are the same as before.
    assert _topics("en_measles_penalty.txt", "en") == [
        ("medtop:07000000", "health"), (POLITICS, "politics and government"),
        ("medtop:20001358", "public health"), ("medtop:20000636", "regulation of industry")]


def test_a_headline_without_the_leading_topic():
    sport, health = "medtop:15000000", "medtop:07000000"
    hits = {0: _hit({"match": 3.0, "team": 3.0, "coach": 1.0}, headline=("match", "team")),
            1: _hit({"hospital": 3.0, "patients": 3.0, "doctors": 1.0})}
    chosen = {0: sport, 1: health}
    # Health leads but is not in the headline; sport has two headline cues and 0.6 of it.
    assert _main(hits, chosen, {sport: 6.0, health: 10.0}, top_evidence(hits, chosen)[1]) == sport
    # Below 0.6 of the leader's evidence, the headline does not overturn it.
    assert _main(hits, chosen, {sport: 5.0, health: 10.0}, top_evidence(hits, chosen)[1]) == health
    # One headline cue does not name the subject.
    one = {0: _hit({"match": 3.0, "team": 3.0}, headline=("match",)), 1: hits[1]}
    assert _main(one, chosen, {sport: 9.0, health: 10.0}, top_evidence(one, chosen)[1]) == health


def test_labor_in_the_name_of_a_labour_institution_is_no_party():
    # "National Labor Relations Board", "Unfair Labor Practice", "Department of Labor",
    # "Labor Notes": names of the labour field, not the Labor party (before: politics and
    # government, political party and election were kept).
    assert _topics("en_labor_board.txt", "en") == [("medtop:09000000", "labour")]


@pytest.mark.parametrize("text", [
    "Labor won the election and the Labor leader promised a majority government.",
    "Scottish Labour and the Labour Party said MPs would vote on the budget in parliament.",
])
def test_the_party_alone_still_counts(text: str):
    got = classify(text, language="en")
    assert got[0].code == POLITICS
    assert "medtop:20001384" in [t.code for t in got]


def test_farm_workers_contracts_are_labour():
    # Seasonal workers' contracts, wages and hours on farms: the farms are the setting
    # (before: economy, agriculture first for the crops and harvests named in the body).
    assert _topics("en_farm_workers.txt", "en") == [
        ("medtop:09000000", "labour"),
        (ECONOMY, "economy, business and finance"),
        ("medtop:20000210", "agriculture"),
        ("medtop:20000509", "employment")]


def test_a_weed_choking_a_lake_is_the_environment():
    # An invasive plant on a lake hurting its fishing and ferries: the fisheries and the
    # ports are the setting (before: economy first).
    assert _topics("en_lake_weed.txt", "en") == [
        ("medtop:06000000", "environment"),
        (ECONOMY, "economy, business and finance"),
        ("medtop:20000337", "transport"),
        ("medtop:20000210", "agriculture")]


def test_a_sector_the_headline_names_stays_the_subject():
    text = ("Cassava farmers plant more as harvest prices rise\n\nFarmers planted more cassava "
            "this season as the harvest price rose, and workers were hired for the fields, "
            "the growers' union said; wages on the farms rose too.")
    title, _, body = text.partition("\n")
    assert classify(body.strip(), title=title, language="en")[0].code == ECONOMY


def test_hackers_robbing_a_bank_is_crime():
    # The act (hackers stealing, police arresting) is the subject, the bank's payments and
    # deposits its setting (before: economy first).
    got = _topics("en_bank_robbed.txt", "en")
    assert got[:2] == [("medtop:02000000", "crime, law and justice"),
                       (ECONOMY, "economy, business and finance")]
    assert ("medtop:20000086", "cybersecurity") in got


def test_a_company_accused_of_fraud_stays_the_economy():
    # Fraud by a company is no act against it: its money stays the subject.
    text = ("Firm's profits inflated by fraud, court told\n\nThe company's former chief "
            "financial officer told the court that revenues and profits were inflated for "
            "three years to lift the firm's shares before its bankruptcy; investors lost "
            "their savings when the shares collapsed and the company's debt was revealed.")
    title, _, body = text.partition("\n")
    assert classify(body.strip(), title=title, language="en")[0].code == ECONOMY


def test_a_language_without_topic_words_is_said_in_the_warning() -> None:
    # the trial: a Japanese page got no topics and a Russian one stray English-word topics, unsaid
    from congo_digital.enrich.topics import lexicon_language, vocabulary_warning

    assert vocabulary_warning("ja", lexicon_language("ja", "東京の天気", "東京は晴れ。")) == (
        "topics: no topic words in 'ja'; read with the 'en' ones (topic words: de, en, es, fr, pt)")
    assert vocabulary_warning("pt-BR", lexicon_language("pt-BR", "Eleição", "O presidente disse.")) is None
    assert vocabulary_warning(None, lexicon_language(None, "Title", "Body.")) is None


def _cues(text: str, key: str) -> dict[str, float]:
    from congo_digital.enrich.topic_lexicon import lexicon
    from congo_digital.enrich.topic_match import match

    entry = [e.key for e in lexicon()].index(key)
    hit = match([("body", text)], "en").get(entry)
    return hit.per_cue if hit is not None else {}


@pytest.mark.parametrize(("name", "key"), [("Alan Price", "economy"), ("Jo Bond", "investment")])
def test_a_lower_case_only_noun_is_no_name_in_any_of_its_forms(name: str, key: str):
    # "_~price" and "_~bond" are listed with their plurals "~prices" and "bonds", which
    # stem alike; the plural's term used to match the capitalised name the lower-case-only
    # term skips (before: "Alan Price" gave the economy 0.5, "Jo Bond" investment 1).
    assert _cues(f"The report was written by {name} last week.", key) == {}


def test_the_lower_case_noun_and_the_plural_written_as_a_name_still_count():
    assert set(_cues("The company said prices and costs rose.", "economy")) == {"price", "cost"}
    # "mines" has no "_": the Mines Minister speaks for mining.
    assert set(_cues("Mines Minister Paul Kabuswe opened the copper smelter.", "mining")) == {
        "mine", "copper", "smelter"}


@pytest.mark.parametrize(("language", "title", "body", "expected"), [
    ("fr", "La sole du golfe sauvée de l'extinction ?",
     "La sole du golfe, menacée d'extinction il y a dix ans, voit ses stocks remonter après des "
     "quotas stricts, selon un rapport publié mardi par un institut de recherche marine.\n\n"
     "La pêche de la sole reste un secteur économique important pour les ports de la côte, et les "
     "quotas ont pesé sur l'économie locale. Les chercheurs parlent d'un succès pour la "
     "conservation de l'espèce.",
     [("medtop:06000000", "environment"), ("medtop:20000420", "conservation"),
      (ECONOMY, "economy, business and finance")]),
    ("en", "Overfishing pushes the river sturgeon towards extinction",
     "Catches of the river sturgeon have fallen by half in ten years, and the fishing industry says "
     "its boats now land a fraction of what they did.\n\nFishermen blame the weather; scientists "
     "blame overfishing and say the fish could be extinct within a decade.",
     [("medtop:06000000", "environment"), ("medtop:20000420", "conservation")]),
])
def test_a_species_saved_from_or_pushed_to_extinction_is_conservation(
        language: str, title: str, body: str, expected: list[tuple[str, str]]):
    # Extinction and overfishing are conservation words: a fish's survival is the story, the
    # fishing and its quotas the setting (before: the economy, or the weather, alone).
    assert [(t.code, t.label) for t in classify(body, title=title, language=language)] == expected


def _ict_forms(pieces: list[tuple[str, str]], language: str = "en") -> dict[str, float]:
    """The forms matched for the information-technology entry, with their evidence."""
    ict = next(i for i, e in enumerate(lexicon()) if e.key == "ict")
    hit = match(pieces, language).get(ict)
    return dict(hit.per_term) if hit else {}


def test_generic_technology_words_make_no_technology_topic():
    # A jobs report: its data, a spokesperson's email; no computing topic under the economy.
    got = classify("The unemployment rate fell to 5.2 per cent in May, according to labour force "
                   "survey data released on Friday. Economists said the data showed the economy "
                   "adding jobs as wages rose.\n\nIn an email, a spokesperson for the ministry said "
                   "hiring would continue.", title="Jobs report shows unemployment falling as wages rise",
                   language="en")
    assert [t.code for t in got] == ["medtop:09000000", ECONOMY, "medtop:20000509", "medtop:20000346"]


def test_the_pronoun_in_capitals_and_a_website_make_no_technology_topic():
    got = classify("LINDI: IT's around 8pm but the market traders are still selling fish and "
                   "vegetables under the new street lights.\n\nThe traders said their incomes had "
                   "risen since the lights were installed, according to a report on the council website.",
                   title="Street lights keep market traders selling after dark", language="en")
    assert [t.code for t in got] == [ECONOMY, "medtop:20000373", "medtop:20000210"]


def test_a_software_story_keeps_its_generic_words():
    # Specific cues (software, computers, smartphones, operating system): its users and
    # data count too.
    got = classify("The company released new software for its computers and smartphones on Tuesday. "
                   "Developers said the update fixes a bug that exposed users' data, and the operating "
                   "system now downloads patches automatically.",
                   title="Software update fixes bug that exposed users' data", language="en")
    assert [t.code for t in got] == [SCIENCE, "medtop:20000763"]
    assert got[1].matched == ["software", "users", "data", "computers", "smartphones", "developers",
                              "operating system", "downloads"]


def test_a_headline_naming_a_generic_word_makes_it_the_subject():
    got = classify("Unsolicited email now makes up most of the messages people receive, a study "
                   "found. Users receive dozens of junk emails a day.",
                   title="Junk emails on relentless rise", language="en")
    assert [(t.code, t.matched) for t in got[:2]] == [
        (SCIENCE, ["emails", "email", "users", "study"]), ("medtop:20000763", ["emails", "email", "users"])]


def test_the_acronym_it_is_the_pronoun_at_a_sentence_start_or_among_capitals():
    assert _ict_forms([("body", "HOW IT ALL STARTED\nIT's late. \u201cIT was never easy,\u201d "
                                "she said. The IT department stayed.")]) == {"IT": 1.0}
    assert _ict_forms([("body", "Officials said IT staff and IT systems were moved.")]) == {
        "IT": 2.0, "IT systems": 1.0}


def test_a_generic_german_word_is_no_compound_head():
    # "Entwickler" (developers) is generic: "Entwicklung" (development) is not read as it.
    assert _ict_forms([("body", "Die Entwicklung des Wohngebiets beginnt; die Entwicklungskosten "
                                "trägt die Stadt.")], "de") == {}


def test_the_pages_furniture_makes_no_technology_topic():
    # An e-paper offer, share buttons and a cookie notice name computers and phones: the
    # lines are dropped, the story stays a football one.
    body = ("The striker scored twice as the home team won the league title on Saturday, and the "
            "coach praised the players.\n\n"
            "\u2022 Our ePaper, an electronic replica of the print edition to view on any computer or laptop.\n"
            "\u2022 Click to share on Facebook (Opens in new window)\n"
            "This website uses cookies to personalise content; manage them in your iPhone or Android "
            "browser settings.\n\n"
            "The club will parade the trophy through the city on Sunday.")
    got = classify(body, title="Home side clinch the league title", language="en")
    assert [t.code for t in got] == ["medtop:15000000", "medtop:20001065"]


def test_a_furniture_phrase_drops_a_short_line_not_a_paragraph():
    assert furniture_line("Deine E-Mail-Adresse wird nicht veröffentlicht.")
    assert furniture_line("\u2022 Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)")
    assert not furniture_line("The council said the new software would be installed on every computer.")
    notice = "Try refreshing your browser on the computer."
    prose = "The ministry bought 400 computers for the schools. " * 9  # a paragraph of 450 characters
    assert [z for z, _ in zones(f"{notice}\n\n{prose + notice}", None)] == ["lead"]


def test_furniture_line_wants_the_phrase_as_whole_words():
    assert furniture_line("Please accept cookies to read on")
    assert not furniture_line("Please accept cookiesandcream to read on")  # the phrase, not a whole word
    assert not furniture_line("We preaccept cookies")
    assert furniture_line("We preaccept cookies, then accept cookies.")  # a later whole-word one
    assert not furniture_line("")
