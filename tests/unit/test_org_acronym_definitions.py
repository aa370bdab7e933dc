"""A definition "Long Name (ACR)" takes the tightest capitals that spell the acronym, not a
sentence that also begins with one of its letters (``enrich.org_acronyms``).  Made-up texts."""

from __future__ import annotations

import pytest

from congo_digital.enrich.parties import find_parties


@pytest.mark.parametrize(("body", "name", "acronym"), [
    ("A proposed European law on fishing quotas will not be changed by the European Commission (EC) despite "
     "requests by farmers. The EC said the law was needed, and critics of the EC said it would hurt small boats.",
     "European Commission", "EC"),
    ("Wildlife groups warned on Friday that the Wildlife Conservation Trust (WCT) had run out of money. The WCT "
     "said it would close, and the WCT asked donors for help.", "Wildlife Conservation Trust", "WCT"),
    ("Union leaders said on Monday that the plan agreed by the United Auto Workers (UAW) would hold. The UAW "
     "said talks would go on, and the UAW called a vote.", "United Auto Workers", "UAW"),
])
def test_a_definition_takes_the_capitals_that_spell_its_acronym(body: str, name: str, acronym: str) -> None:
    """Before: "European law on fishing quotas will not be changed by the European Commission"
    (and "Wildlife groups warned on Friday that the Wildlife Conservation Trust",
    "Union leaders said ... the United Auto Workers") was the organisation named "EC"."""
    orgs = [(p.name, p.aliases) for p in find_parties(body, title="Talks go on", language="en")
            if p.kind == "organization"]
    assert orgs[0] == (name, [acronym])


def test_a_name_whose_words_all_spell_the_acronym_stays_whole() -> None:
    body = ("The Food and Agriculture Organization of the United Nations (FAO) warned of hunger. The FAO said "
            "prices rose, and the FAO asked for aid.")
    orgs = [(p.name, p.aliases) for p in find_parties(body, title="Hunger warning", language="en")
            if p.kind == "organization"]
    assert orgs == [("Food and Agriculture Organization", ["Food and Agriculture Organization of the United Nations",
                                                           "FAO"])]
