"""Short forms of organisations: a later mention by part of a name is its distinctive head,
never a place (a city, region or country), a dependent after a preposition or a generic
kind word; an acronym matches only as printed.  Real-style texts written for these tests
(a new-user trial found these short forms on real news)."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _orgs(body: str, title: str, language: str) -> dict[str, tuple[list[str], int]]:
    return {p.name: (p.aliases, p.mentions) for p in find_parties(body, title=title, language=language)
            if p.kind == "organization"}


def test_city_after_de_is_no_short_form_of_a_french_police_service() -> None:
    body = ("Le Service de police de la Ville de Montréal (SPVM) a saisi une centaine de "
            "trottinettes électriques au centre-ville mardi. Selon le SPVM, les appareils étaient "
            "mal garés.\n\nMontréal compte plus de 2000 trottinettes en libre-service. La mairesse "
            "de Montréal a demandé aux exploitants de mieux encadrer leurs clients.\n\nÀ Montréal, "
            "les policiers ont remis 40 constats d'infraction, a indiqué le SPVM.")
    assert _orgs(body, "Des trottinettes saisies à Montréal", "fr") == {
        "Service de police de la Ville de Montréal": (["SPVM"], 4)}


def test_kind_word_and_leading_city_are_no_short_forms_in_english() -> None:
    body = ("The Federal Aviation Administration said on Tuesday that it would inspect the plane. "
            "The Administration of President Biden has asked for a review.\n\nThe Lindi Municipal "
            "Council installed 200 solar street lights last year. Lindi residents say the lights "
            "have helped women traders, and the Lindi Municipal Council plans more.\n\n"
            "\"Lindi is safer now,\" said trader Amina Said. The Federal Aviation Administration "
            "did not comment.")
    assert _orgs(body, "Solar lights boost Lindi traders", "en") == {
        "Federal Aviation Administration": ([], 2), "Lindi Municipal Council": ([], 2)}


def test_acronym_matches_in_capitals_only_and_region_is_no_short_form_in_spanish() -> None:
    body = ("Un grupo de pingüinos fue observado en la península, según la Organización de las "
            "Naciones Unidas (ONU). Un informe de la ONU advierte del calentamiento.\n\n"
            "La Agencia de Emergencias de Andalucía atendió a 12 personas. En Andalucía, las "
            "temperaturas superaron los 40 grados, indicó la Agencia de Emergencias de Andalucía.")
    assert _orgs(body, "Pingüinos en la Antártida", "es") == {
        "United Nations": (["Organización de las Naciones Unidas", "ONU"], 3),
        "Agencia de Emergencias de Andalucía": ([], 2)}


def test_leading_word_before_a_kind_word_and_a_clubs_city_stay_short_forms() -> None:
    party = ("The Labour Party won the by-election in Runcorn on Thursday. Labour took 52 per cent "
             "of the vote, ahead of the Conservative Party.\n\nLabour said the result showed "
             "support for its housing plans. The Conservative Party said it would reflect.")
    assert _orgs(party, "Labour wins by-election", "en") == {
        "Labour Party": (["Labour"], 3), "Conservative Party": ([], 2)}
    club = ("West Ham United beat Aston Villa 2-1 at the London Stadium on Sunday. West Ham scored "
            "twice before half-time.\n\nManager David Moyes said West Ham deserved the win.")
    assert _orgs(club, "West Ham beat Villa", "en") == {"West Ham United": (["West Ham"], 3)}


def test_province_before_a_department_acronym_opens_no_persons_name() -> None:
    body = ("Officials in Gauteng said the storm had passed. According to Gauteng Cogta, the "
            "province strengthened its early warning system. Spokesperson Thabo Mokoena said "
            "teams were ready.")
    assert [(p.kind, p.name) for p in find_parties(body, title="Storms hit Gauteng", language="en")] == [
        ("person", "Thabo Mokoena")]


def test_shorter_kind_of_name_inside_a_longer_name_is_a_body_of_its_own() -> None:
    body = ("The Bank of Norland kept its policy rate at 3 per cent on Wednesday. Economists had "
            "expected the Bank of Norland to wait for more data.\n\nTessa Grimsby, chief economist "
            "at Royal Bank of Norland, said the Bank of Norland would likely cut in the autumn. Royal "
            "Bank of Norland expects two cuts this year.")
    assert _orgs(body, "Central bank holds rate", "en") == {
        "Bank of Norland": ([], 3), "Royal Bank of Norland": ([], 2)}


def test_a_country_before_a_department_still_gives_its_short_form() -> None:
    body = ("The U.S. Department of Justice sued the firm on Monday. The Department of Justice "
            "said the firm had misled buyers.\n\nA lawyer for the firm said the Department of "
            "Justice was wrong.")
    assert _orgs(body, "Firm sued", "en") == {
        "U.S. Department of Justice": (["Department of Justice"], 3)}
