"""Kinds of organisation names on real news that the organisation passes read: political
parties by their common names ("Labour", "Democrats", "GOP"), a union's numbered locals
("Local 90").  Short real-style texts written for these tests; each test asserts the exact
parties."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str, language: str = "en") -> set[tuple[str, str]]:
    return {(p.kind, p.name) for p in find_parties(body, title=title, language=language)}


def _orgs(body: str, title: str, language: str = "en") -> dict[str, list[str]]:
    return {p.name: p.aliases for p in find_parties(body, title=title, language=language)
            if p.kind == "organization"}


def test_party_named_before_its_leader_is_the_party() -> None:
    body = ("Labour leader Keir Starmer said on Tuesday that the government had lost control "
            "of the economy.\n\nStarmer told reporters that Labour would cut energy bills. "
            "The Conservatives rejected the plan.\n\nLabour has led in the polls for a year. "
            "Conservative MP John Redwood said the plan would cost billions.")
    assert _parties(body, "Starmer promises to cut bills") == {
        ("organization", "Labour Party"), ("organization", "Conservative Party"),
        ("person", "Keir Starmer"), ("person", "John Redwood")}
    assert _orgs(body, "Starmer promises to cut bills")["Labour Party"] == ["Labour"]


def test_us_parties_by_their_plural_and_acronym() -> None:
    body = ("Republican presidential candidate Ron DeSantis attacked Democrats on Tuesday "
            "over the border.\n\nDeSantis said the GOP would win back the Senate. Democrats "
            "in Congress rejected his claims.")
    orgs = _orgs(body, "DeSantis attacks Democrats")
    # once the party is named, its adjective stands for it too ("Republican candidate")
    assert orgs == {"Democratic Party": ["Democrats"], "Republican Party": ["Republican", "GOP"]}


def test_party_word_inside_a_longer_name_is_not_the_party() -> None:
    body = ("The Liberal Democrats said on Monday that Labour Day would be moved. The Liberal "
            "Democrats want a new holiday.\n\nThe Department of Labor said jobs grew. The "
            "Department of Labor also cut its forecast.")
    orgs = _orgs(body, "Holiday to move")
    assert "Democratic Party" not in orgs and "Labour Party" not in orgs
    assert "Australian Labor Party" not in orgs


def test_union_local_takes_its_number() -> None:
    body = ("In the early morning, members of International Brotherhood of Teamsters Local 90 "
            "rallied in a parking lot in Des Moines.\n\nThe new leadership of Local 90 hails "
            "from Teamsters for a Democratic Union (TDU). Local 90 has six more contracts to "
            "negotiate, said organiser Chris Fischer.\n\nLocal 90 members are readying "
            "themselves for a fight.")
    orgs = _orgs(body, "Teamsters local gears up for strike")
    assert orgs == {"International Brotherhood of Teamsters Local 90": ["Local 90"],
                    "Teamsters for a Democratic Union": ["TDU"]}


def test_union_local_printed_alone_is_an_organisation() -> None:
    body = ("Workers at the Dearborn plant voted on Sunday to ratify the contract. Local 600 "
            "said the vote was close.\n\nLocal 600 represents 20,000 workers. Its president "
            "said Local 600 would now turn to pensions.")
    assert _orgs(body, "Workers ratify contract") == {"Local 600": []}


def test_common_words_opening_a_sentence_are_no_part_of_the_name() -> None:
    body = ("Members of United Auto Workers Local 600 voted on Sunday to ratify the contract. "
            "Local 600 said the vote was close.\n\nLocal 600 represents 20,000 workers at the "
            "Dearborn plant.")
    assert _orgs(body, "Workers ratify contract") == {"United Auto Workers Local 600": ["Local 600"]}


def test_german_company_named_alone_as_a_subject() -> None:
    body = ("Volkswagen hat den Prototyp eines Akkupacks vorgestellt und dabei fast keine "
            "Daten genannt. Mehr war von Volkswagen nicht zu erfahren.\n\nDie Firma erweckt "
            "den Eindruck, dass es ihr nicht gelang, genug Zellen für Volkswagen zu "
            "produzieren. Die Zellen sollen im Juni geliefert werden.")
    assert _parties(body, "Neuer Akku für ein Motorrad", "de") == {("organization", "Volkswagen")}


def test_german_compound_of_common_words_is_no_organisation() -> None:
    body = ("Die ukrainische Armee hat bei ihrer Gegenoffensive im Süden Fortschritte gemacht. "
            "Kiew hat am Montag die Rückeroberung eines Dorfes gemeldet. Präsident Wolodymyr "
            "Selenskyj sagte, die Gegenoffensive komme voran.\n\nMoskau bestreitet das. "
            "Selenskyj dankte den Soldaten. Die Gegenoffensive war im Juni gestartet.")
    orgs = _orgs(body, "Gegenoffensive: Kiew meldet Fortschritte", "de")
    assert orgs == {}


def test_english_party_names_are_not_read_in_german() -> None:
    body = ("Das Labor in Jena hat am Montag neue Ergebnisse vorgelegt. Im Labor wurden "
            "Proben aus drei Ländern untersucht.\n\nDas Labor will die Daten im Herbst "
            "veröffentlichen.")
    assert "Australian Labor Party" not in _orgs(body, "Labor legt Ergebnisse vor", "de")


def test_collective_named_by_its_type_word() -> None:
    body = ("L'initiative, portée par le collectif RogueESR, se veut une réappropriation de "
            "l'évaluation de la recherche.\n\nSelon RogueESR, plus de 2 000 chercheurs ont "
            "répondu. RogueESR publiera les résultats en juin.")
    assert _orgs(body, "Évaluer la recherche autrement", "fr") == {"RogueESR": []}


def test_german_abbreviation_of_a_concept_is_no_organisation() -> None:
    body = ("Im ÖPNV wird am Montag erneut gestreikt. Die Gewerkschaft Verdi hat die "
            "Beschäftigten zum Warnstreik aufgerufen.\n\nDer ÖPNV in München steht still, "
            "teilte Verdi mit. Verdi fordert mehr Lohn.")
    assert _orgs(body, "Warnstreik im ÖPNV", "de") == {"Verdi": []}


def test_two_spellings_of_one_name_are_one_organisation() -> None:
    body = ("Pakistan Tehreek-e-Insaf (PTI) said on Monday that its rally would go ahead. PTI "
            "said the police had no right to stop it.\n\nThe government accused the Pakistan "
            "Tehreek-e-Insaaf party of spreading false news.")
    orgs = _orgs(body, "PTI rally to go ahead")
    assert list(orgs) == ["Pakistan Tehreek-e-Insaf"]
    assert set(orgs["Pakistan Tehreek-e-Insaf"]) == {"PTI", "Pakistan Tehreek-e-Insaaf"}


def test_a_former_holder_makes_no_organisation_an_actor() -> None:
    body = ("Peace talks between the two sides collapsed on Monday, officials said.\n\nJohn "
            "Whitfield, a former director of the Harbour Trust, said the talks had failed "
            "because neither side would move. Whitfield said a new round was unlikely this "
            "year.\n\nThe next meeting has not been set.")
    assert _parties(body, "Peace talks collapse") == {("person", "John Whitfield")}


def test_esports_teams_listed_and_named_by_initials() -> None:
    body = ("T1 bested the other teams in the playoffs, LNG Esports and JD Gaming, to reach "
            "the final.\n\nDefeating Weibo Gaming 3-0 in front of a full home crowd in Seoul, "
            "the roster redeemed itself. WBG opted for a scaling bot lane.\n\nWBG initiated "
            "the last fight, but Weibo Gaming could not hold Baron.")
    orgs = _orgs(body, "Faker wins fourth world title")
    assert orgs == {"Weibo Gaming": ["WBG"]}
    found = {p.name for p in find_parties(body, title="Faker wins fourth world title", language="en")}
    assert "Defeating Weibo Gaming" not in found and "LNG Esports and JD Gaming" not in found


def test_acronym_spells_a_name_by_its_initials_and_inner_letters() -> None:
    from congo_digital.enrich.org_initials import spells

    assert spells("WBG", "Weibo Gaming") and spells("IBT", "International Brotherhood of Teamsters")
    assert spells("NYPD", "New York Police Department")
    assert not spells("BG", "Weibo Gaming") and not spells("UN", "United Nations Children Fund")


def test_company_that_writes_its_name_in_lower_case() -> None:
    body = ("KATHMANDU, April 25 (Reuters) - Nepal's civil aviation authority disputed on "
            "Tuesday whether a flydubai plane had been hit by a bird strike.\n\nThe plane "
            "continued on its journey, a spokesperson for flydubai said, and landed normally "
            "in Dubai.\n\nThe new iPhone costs more than the old model, and the iPhone said "
            "nothing.")
    orgs = _orgs(body, "Nepal says 'no proof' flydubai plane suffered bird strike")
    assert orgs == {"flydubai": []}


def test_german_list_after_a_plural_type_noun_with_particle_names() -> None:
    body = ("Das ECCHR tritt gemeinsam mit den palästinensischen Menschenrechtsorganisationen "
            "Palestinian Center for Human Rights (PCHR), Al Mezan und Al Haq als Unterstützer "
            "des Verfahrens auf.\n\nDas ECCHR hatte die Klage eingereicht. Das ECCHR sagte, "
            "man prüfe weitere Schritte.")
    orgs = _orgs(body, "Klage gegen Waffenexporte", "de")
    assert orgs == {"ECCHR": [], "Palestinian Center for Human Rights": ["PCHR"],
                    "Al Mezan": [], "Al Haq": []}


def test_english_list_after_a_plural_type_noun_with_particle_names() -> None:
    body = ("The rights groups Al Mezan and Al Haq said on Monday that the strikes had killed "
            "civilians. Al Haq said it would send its report to the court.\n\nAl Mezan said "
            "more than 40 people had died.")
    assert _orgs(body, "Rights groups report deaths") == {"Al Mezan": [], "Al Haq": []}


def test_party_whose_name_ends_in_a_country_before_its_leader() -> None:
    body = ("Reform UK leader Nigel Farage said on Sunday his party would stand in every seat. "
            "Farage told reporters that Reform UK would beat the Tories.\n\nTory leader Kemi "
            "Badenoch dismissed the claim.")
    parties = {p.name: (p.kind, p.affiliation) for p in find_parties(
        body, title="Farage says Reform will stand everywhere", language="en")}
    assert parties == {"Reform UK": ("organization", None),
                       "Conservative Party": ("organization", None),
                       "Nigel Farage": ("person", "Reform UK"),
                       "Kemi Badenoch": ("person", "Conservative Party")}


def test_three_letter_acronym_printed_three_times_is_a_body() -> None:
    body = ("EDF said on Monday that two reactors would restart in May. The VAT on power bills "
            "will not change.\n\nEDF has been fixing corrosion since last year, and EDF "
            "expects output to rise. The VAT cut ends in June, AFP reported. AFP said VAT "
            "would rise.")
    assert _orgs(body, "Two reactors to restart") == {"EDF": []}


def test_three_letter_term_that_never_speaks_is_no_body() -> None:
    body = ("PHP is a language for web pages. Most PHP code runs on servers, and PHP is easy to "
            "learn.\n\nThe new PHP release is faster.")
    assert _orgs(body, "What is PHP?") == {}


def test_two_letter_acronym_spells_no_found_name() -> None:
    body = ("The District Court in Washington DC ruled on Monday that the company must pay. "
            "The District Court said the fine was fair.\n\nLawyers in DC said the ruling "
            "would be appealed. DC is home to many lobbyists.")
    orgs = _orgs(body, "Court rules against company")
    assert orgs == {"District Court": []}


def test_common_words_in_capitals_are_no_names() -> None:
    body = ("BREAKING: The council voted on Monday. SELECT name FROM users ORDER BY name is the "
            "query the clerk ran.\n\nBREAKING: a second vote follows. FROM now on, the ORDER "
            "stands.")
    assert _orgs(body, "Council votes") == {}


def test_german_inflected_forms_of_one_name_are_one_organisation() -> None:
    body = ("Die Deutsche Bank schließt ihre Filiale in Betzdorf. Ein Sprecher der Deutschen "
            "Bank sagte, die Kunden würden informiert.\n\nDie Deutsche Bank betreibt weiter "
            "einen Automaten am Bahnhof.")
    orgs = _orgs(body, "Bank schließt Filiale", "de")
    assert list(orgs) == ["Deutsche Bank"] and orgs["Deutsche Bank"] == ["Deutschen Bank"]


def test_title_and_its_body_is_the_body_not_the_title() -> None:
    body = ("Mark Jones, CEO of Hotelied, a company that books hotel rooms, said prices would "
            "rise. Jones said Hotelied would hire 50 people.\n\nHotelied said demand was "
            "strong.")
    assert _parties(body, "Hotel prices to rise") == {
        ("organization", "Hotelied"), ("person", "Mark Jones")}


def test_german_court_described_by_an_adjective_is_no_name() -> None:
    body = ("Da das Bundesamt seinen Sitz in Frankfurt hat, war der Fall vor dem dortigen "
            "Verwaltungsgericht gelandet. Das Bundesverfassungsgericht hat die Klage "
            "angenommen.\n\nDas Bundesverfassungsgericht will im Herbst entscheiden.")
    assert _orgs(body, "Karlsruhe prüft Exporte", "de") == {"Bundesverfassungsgericht": []}


def test_name_before_a_role_head_is_no_subject() -> None:
    # "former Vimeo executive X": the body qualifies a person's title once; it does not act
    body = ("Zwiftly has named a new chief executive. Co-founder Anna Berg stepped down in "
            "March and was replaced by former Vimeo executive Paul Stone.\n\nZwiftly said "
            "the app now has 90 million users. In June, Zwiftly will raise its prices.")
    assert _orgs(body, "Zwiftly names a new boss") == {"Zwiftly": []}


def test_portfolio_before_minister_is_a_ministry_not_a_body() -> None:
    body = ("Pakistan's government has slowed the internet, activists say.\n\nThe government "
            "said the firewall would stop fake news. Information Technology minister Shiza "
            "Khawaja said the system was being upgraded.\n\nThe government denied the claims.")
    # the minister is the state's: no "Information Technology" body
    assert _parties(body, "Pakistan slows the internet") == {
        ("country", "Pakistan"), ("person", "Shiza Khawaja")}


def test_letter_digit_team_name_that_acts_is_an_organisation() -> None:
    body = ("T1 beat Weibo Gaming 3-0 in Seoul on Sunday to win the world title.\n\nT1 "
            "entered the final as the last team of its league. In game two, T1 picked "
            "Draven and took the lead.\n\nWeibo Gaming never recovered, and T1 closed out "
            "the series in 25 minutes.")
    assert set(_orgs(body, "T1 win the world title")) == {"T1", "Weibo Gaming"}


def test_period_codes_and_roads_are_no_organisations() -> None:
    body = ("Sales rose in the quarter. Q3 showed a rise of 4 percent, and Q3 was the best "
            "quarter of the year. Q3 beat the forecast.\n\nThe M25 was closed after a crash. "
            "The M25 reopened at noon and the M25 stayed busy all day.")
    assert _orgs(body, "Q3 sales up") == {}


def test_armed_forces_named_once_then_called_the_army() -> None:
    body = ("Pakistan's army has launched a new operation against what it calls digital "
            "terrorism. The army condemned social media campaigns against the Pakistan "
            "Armed Forces.\n\nActivists said the military was slowing the internet. The "
            "military denied it.\n\nThe Indian army did not comment.")
    orgs = _orgs(body, "Pakistan's army targets digital terrorism")
    assert orgs == {"Pakistan Armed Forces": ["army", "military"]}


def test_two_states_forces_leave_the_common_noun_to_neither() -> None:
    body = ("The Nigerian Army and the Cameroon Armed Forces began joint patrols on Monday. "
            "The army said the patrols would last a month.\n\nThe military did not say how "
            "many soldiers took part.")
    # "the army" could be either state's: each state acts, no force is a body of its own
    assert _parties(body, "Joint patrols begin") == {("country", "Nigeria"), ("country", "Cameroon")}


def test_body_named_once_as_an_example_is_background() -> None:
    body = ("The army's new operation targets militancy, including attacks attributed to "
            "groups like the Tehrik-e-Taliban Pakistan (TTP).\n\nThe Pakistan Tehreek-e-Insaf "
            "(PTI) said the operation targets its supporters. PTI has called protests for "
            "Friday.")
    assert _orgs(body, "Army widens its operation") == {"Pakistan Tehreek-e-Insaf": ["PTI"]}


def test_platform_introduced_as_a_product_is_no_party() -> None:
    body = ("Nikki Haley attacked Vivek Ramaswamy after he raised her daughter's use of the "
            "social media platform TikTok.\n\nHaley has mocked his use of the app. \u201cTikTok "
            "is one of the most dangerous apps,\u201d Haley said.\n\nRamaswamy said the country "
            "must go further than banning TikTok.")
    assert _orgs(body, "Haley and Ramaswamy clash over TikTok") == {}


def test_platform_that_acts_is_the_company() -> None:
    body = ("The video platform Vidzly said on Monday it would cut 200 jobs.\n\nVidzly "
            "announced the cuts in a memo to staff. Vidzly has 2,000 employees.")
    assert _orgs(body, "Vidzly cuts jobs") == {"Vidzly": []}


def test_german_common_noun_after_its_article_is_no_employer() -> None:
    body = ("Die Polizei ermittelt nach dem Brand. Stefan Bauer, Pressesprecher der Polizei, "
            "sagte, ein Mann sei festgenommen worden.\n\nSabine Vogel, Direktorin der "
            "Grundschule, sagte, der Unterricht falle aus. Vogel sagte, die Eltern seien "
            "informiert.")
    assert _orgs(body, "Brand in der Schule", "de") == {}


def test_german_employer_printed_bare_is_a_body() -> None:
    body = ("Siemens streicht Stellen. Jana Roth, Sprecherin von Siemens, sagte am Montag, "
            "das Werk bleibe offen.\n\nRoth sagte, Siemens werde mit dem Betriebsrat reden.")
    assert _orgs(body, "Siemens streicht Stellen", "de") == {"Siemens": []}


def test_a_militia_named_after_its_country_is_no_state_army() -> None:
    body = ("The Syrian Democratic Forces said on Monday they had taken the town. The army "
            "did not comment.\n\nThe Syrian Democratic Forces said fighting went on.")
    # "the army" is not the militia's: the mentions stay the militia's own name
    assert _orgs(body, "Militia takes town") == {"Syrian Democratic Forces": []}
