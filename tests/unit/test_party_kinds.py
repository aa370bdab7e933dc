"""Kinds of names on real news that the parties pass reads: company names with a
corporate or industry word, places named by a place word, German courts and unions
named by compounds, party names with a lower-case adjective.  Short real-style texts
written for these tests."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _kinds(body: str, title: str, language: str) -> set[tuple[str, str]]:
    return {(p.kind, p.name) for p in find_parties(body, title=title, language=language)}


def test_company_with_an_industry_word_is_no_person() -> None:
    body = ("RJ Reynolds Tobacco was sued on Monday by the state of Florida. RJ Reynolds "
            "Tobacco said it would appeal.\n\nThe company denied wrongdoing.")
    assert _kinds(body, "Tobacco firm sued", "en") == {
        ("organization", "RJ Reynolds Tobacco")}


def test_company_abbreviation_co_ends_the_name() -> None:
    body = ("Halliburton Co on Tuesday agreed to pay $1 billion to settle claims. "
            "Halliburton said the deal would close soon.\n\nChief executive Jeff Miller "
            "said the company was pleased.")
    kinds = _kinds(body, "Halliburton settles lawsuit", "en")
    assert kinds == {("organization", "Halliburton Co"), ("person", "Jeff Miller")}


def test_place_named_by_a_place_word_is_no_person() -> None:
    body = ("A shark was seen at Ninety Mile Beach on Sunday, lifeguards said. Ninety Mile "
            "Beach was closed.\n\nSurfer John Smith said he saw the fin. Smith said it was "
            "huge.")
    assert _kinds(body, "Shark seen off beach", "en") == {("person", "John Smith")}


def test_german_courts_and_a_union_named_by_compounds() -> None:
    body = ("Das Bundesverfassungsgericht hat am Dienstag eine Klage abgewiesen. Zuvor hatte "
            "der Hessische Verwaltungsgerichtshof entschieden, das Verwaltungsgericht "
            "Frankfurt habe richtig geurteilt. Das Bundesverfassungsgericht erklärte, die "
            "Klage sei unzulässig.\n\nDie Gewerkschaft Verdi kritisierte das Urteil. "
            "Verdi-Sprecher Jan Berg sagte, man prüfe weitere Schritte.")
    orgs = {n for k, n in _kinds(body, "Karlsruhe weist Klage ab", "de") if k == "organization"}
    assert orgs == {"Bundesverfassungsgericht", "Hessische Verwaltungsgerichtshof",
                    "Verwaltungsgericht Frankfurt", "Verdi"}


def test_party_named_by_a_head_and_a_lower_case_adjective() -> None:
    body = ("Le Parti socialiste a perdu les élections. Le Rassemblement national (RN) est "
            "arrivé en tête. Le RN a obtenu 33 %.\n\nJordan Bardella, président du RN, a salué "
            "la victoire. Le Parti socialiste a appelé à voter contre le RN.")
    orgs = {n for k, n in _kinds(body, "Le Parti socialiste", "fr") if k == "organization"}
    assert orgs == {"Parti socialiste", "Rassemblement national"}


def test_surname_that_is_a_city_stays_a_person_outside_results() -> None:
    body = ("Narendra Modi met Emmanuel Macron in Paris on Monday. Modi said the talks were "
            "good.\n\nMacron said France would invest more in India.")
    people = {n for k, n in _kinds(body, "Modi meets Macron", "en") if k == "person"}
    assert people == {"Narendra Modi", "Emmanuel Macron"}


def test_one_word_company_named_by_the_headline() -> None:
    body = ("Zentrova on Thursday announced a new plan for its users. The update reaches "
            "every Zentrova subscriber next week.\n\nAt its annual Camp Zentrova event the "
            "firm showed a dark mode. Zentrova has 100 million users.")
    kinds = _kinds(body, "Zentrova unveils a family plan", "en")
    assert kinds == {("organization", "Zentrova")}


def test_rare_surname_in_the_headline_stays_a_person() -> None:
    body = ("Vivek Ramaswamy joined TikTok on Saturday. Ramaswamy said the app reaches young "
            "voters.\n\nRamaswamy had called the app digital fentanyl. Ramaswamy posted a "
            "video of himself.")
    kinds = _kinds(body, "Ramaswamy joins TikTok", "en")
    assert ("person", "Vivek Ramaswamy") in kinds
    assert ("organization", "Ramaswamy") not in kinds


def test_title_made_of_common_words_is_no_person() -> None:
    body = ("John Knoll worked on Star Wars for years. Knoll said the effects of Star Wars "
            "changed films.\n\nStar Wars was released in 1977. Knoll now leads a team.")
    people = {n for k, n in _kinds(body, "The man behind the effects", "en") if k == "person"}
    assert people == {"John Knoll"}


def test_nickname_in_quotes_inside_a_name_is_an_alias() -> None:
    body = ("T1 won the final 3-0 on Sunday. It is Lee “Faker” Sang-hyeok’s fourth title. "
            "Bae “Bengi” Seong-woong and Faker were tied before.\n\nFaker was on fire. "
            "Faker said he was happy. Faker now has four titles.")
    parties = find_parties(body, title="Faker wins his fourth title", language="en")
    people = [(p.name, p.aliases) for p in parties if p.kind == "person"]
    assert people == [("Lee Sang-hyeok", ["Faker"])]


def test_surname_that_is_a_place_counts_as_a_later_mention() -> None:
    body = ("Katie Boulter and Dan Evans won on Monday. Dan Evans beat a French player.\n\n"
            "Out on Court 12, No 26 seed Evans recorded a 6-4, 6-2 victory. Later Evans said "
            "he was pleased.")
    parties = find_parties(body, title="Boulter and Evans through", language="en")
    evans = next(p for p in parties if p.name == "Dan Evans")
    assert (evans.mentions, evans.aliases) == (4, ["Evans"])


def test_acronym_defined_for_a_name_with_an_ampersand_and_a_rare_acting_word() -> None:
    body = ("After the release in 2011, Industrial Light & Magic (ILM) began remastering the "
            "saga. ILM said the work took years.\n\nLucasfilm is already planning a party. "
            "Lucasfilm spent $15 million in 1997. If Lucasfilm releases the films, fans will "
            "cheer.")
    orgs = [(p.name, p.aliases) for p in find_parties(body, title="Original cuts may return",
                                                      language="en") if p.kind == "organization"]
    assert sorted(orgs) == [("Industrial Light & Magic", ["ILM"]), ("Lucasfilm", [])]


def test_city_in_the_headline_of_a_results_report_is_a_club() -> None:
    body = ("Los Diablos Rojos cayeron 0-4 en su visita al Brighton. Manchester United no "
            "pudo con el ritmo del Brighton.\n\nBrighton 1-0 Manchester United: gol de Marc "
            "Cucurella. El Brighton sigue en la pelea por Europa.")
    orgs = {n for k, n in _kinds(body, "Brighton goleó 4-0 a Manchester United", "es")
            if k == "organization"}
    assert orgs == {"Brighton", "Manchester United"}


def test_names_listed_after_a_plural_type_noun_are_organisations() -> None:
    body = ("La Ville a annoncé que le projet pilote a été un échec et que les entreprises Lime "
            "et Bird n’ont pas été en mesure de respecter les règles.")
    assert _kinds(body, "La fin des trottinettes", "fr") == {
        ("organization", "Lime"), ("organization", "Bird")}


def test_acronym_followed_by_its_expansion_in_parentheses() -> None:
    body = ("Supporters of the PTI (Pakistan Tehreek-e-Insaf) marched on Sunday. The PTI said "
            "police arrested 200 people.\n\nThe PTI leader Imran Khan remains in jail.")
    parties = find_parties(body, title="PTI protests", language="en")
    orgs = [(p.name, p.aliases) for p in parties if p.kind == "organization"]
    assert orgs == [("Pakistan Tehreek-e-Insaf", ["PTI"])]
    khan = next(p for p in parties if p.kind == "person")
    assert (khan.name, khan.affiliation) == ("Imran Khan", "Pakistan Tehreek-e-Insaf")


def test_brothers_ends_a_company_name() -> None:
    body = ("Lehman Brothers filed for bankruptcy on Monday. Lehman Brothers had debts of 600 "
            "billion dollars.")
    assert _kinds(body, "Lehman collapse", "en") == {("organization", "Lehman Brothers")}


def test_acronym_of_a_law_or_a_programme_is_no_organisation() -> None:
    body = ("The Digital Markets Act (DMA) entered into force on Monday. The European "
            "Commission (EC) said the DMA would be enforced.\n\nThe town implements two "
            "Sustainable Development Goals (SDGs). The SDGs were agreed in 2015.")
    orgs = {n for k, n in _kinds(body, "EU law bites", "en") if k == "organization"}
    assert orgs == {"European Commission"}


def test_an_acronym_defined_at_the_very_start_of_the_body() -> None:
    # The definitions are looked for at each "(" only: one whose acronym is the body's first token.
    body = ("PTI (Pakistan Tehreek-e-Insaf) supporters marched on Sunday. The PTI said police "
            "arrested 200 people.")
    parties = find_parties(body, title="Protests", language="en")
    assert [(p.name, p.aliases) for p in parties if p.kind == "organization"] == [
        ("Pakistan Tehreek-e-Insaf", ["PTI"])]
