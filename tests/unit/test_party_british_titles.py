"""British titles before a name: "First Minister", "Chief Constable", "Labour MP",
"Green MEP", "former government minister" are whole roles, and a party named in the
title is the holder's affiliation.  Short made-up texts."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _people(body: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.affiliation) for p in find_parties(body, language="en")
            if p.kind == "person"}


def test_first_minister_is_one_title() -> None:
    body = ("First Minister Michelle Kerr said on Tuesday that the deal was fair. Kerr said "
            "she would meet the unions next week.")
    assert _people(body) == {"Michelle Kerr": ("First Minister", None)}


def test_chief_constable_is_one_title() -> None:
    body = ("Chief Constable Alan Grey said officers were called at 10pm. Grey said the "
            "inquiry was continuing.")
    assert _people(body) == {"Alan Grey": ("Chief Constable", None)}


def test_a_party_mp_has_the_party_as_affiliation() -> None:
    body = ("Labour MP Diana Abbot said the decision was wrong. Abbot said she would appeal "
            "to the tribunal.")
    assert _people(body) == {"Diana Abbot": ("Labour MP", "Labour Party")}


def test_former_government_minister_keeps_its_modifiers() -> None:
    body = ("The seat was won by her rival, former government minister Heather Dunne. Dunne "
            "said she accepted the result.")
    assert _people(body) == {"Heather Dunne": ("former government minister", None)}
