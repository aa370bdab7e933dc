"""A company named with its legal form and without it ("JPMorgan Chase & Co", "JP Morgan
Chase") is one party (``enrich.org_parts.without_legal_form``, ``merge_variants``; legal forms
from ``cues.json``).  Short texts written for these tests."""

from __future__ import annotations

import pytest

from congo_digital.enrich.org_parts import without_legal_form
from congo_digital.enrich.parties import find_parties


@pytest.mark.parametrize(("name", "bare"), [
    ("JPMorgan Chase & Co", "JPMorgan Chase"),
    ("JPMorgan Chase & Co.", "JPMorgan Chase"),
    ("Volkswagen AG", "Volkswagen"),
    ("Acme Holdings, Inc.", "Acme Holdings"),
    ("Nile Breweries Ltd", "Nile Breweries"),
    ("Morgan Stanley", "Morgan Stanley"),
    ("Co", "Co"),
    ("Corporate Council on Africa", "Corporate Council on Africa"),
])
def test_the_legal_form_ending_a_name_is_left_out(name: str, bare: str) -> None:
    assert without_legal_form(name) == bare


def test_a_company_with_and_without_its_legal_form_is_one_party() -> None:
    body = ("NEW YORK - JPMorgan Chase & Co said on Friday its quarterly profit rose 12%, helped by higher "
            "interest rates.\n\nChief executive Jamie Dimon said the economy remained resilient. Shares in JP "
            "Morgan Chase rose 2% in early trading.")
    orgs = [(p.name, p.aliases, p.mentions) for p in find_parties(body, title="Banks report higher profits",
                                                                  language="en") if p.kind == "organization"]
    assert orgs == [("JPMorgan Chase & Co", ["JP Morgan Chase"], 2)]
