"""A title that is also an honorific ("President", "Senator", "General") after a comma that
closes a clause or an opening phrase is the role of the name after it ("... on subsidies,
President Bola Tinubu said", "Speaking in Abuja, Senator X said", "On Monday, President X
said"); after a comma that closes another role it is not ("The Permanent Secretary of the
Ministry, Ambassador Dr. X": X is the Permanent Secretary).  Made-up texts."""

from __future__ import annotations

import pytest

from congo_digital.enrich.parties import find_parties

AFTER = " Unions threatened a strike across the country on Tuesday."


def _roles(body: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.role) for p in find_parties(body + AFTER, title=None, language="en") if p.kind == "person"]


@pytest.mark.parametrize(("body", "name", "role"), [
    ("The country will not back down on fuel subsidies, President Bola Tinubu said on Monday in Abuja.",
     "Bola Tinubu", "President"),  # the role was None
    ("The plan was approved in 2024, President Bola Tinubu said.", "Bola Tinubu", "President"),
    ("Speaking in Abuja, Senator Ada Okafor said the law would pass.", "Ada Okafor", "Senator"),
    ("On Monday, President Bola Tinubu said the law would pass.", "Bola Tinubu", "President"),
    ("During his re-election campaign, President Joe Biden promised cheaper broadband.", "Joe Biden", "President"),
    ("The Permanent Secretary of the Ministry, Ambassador Dr. Ada Okafor, opened the meeting in Abuja.",
     "Ada Okafor", "Permanent Secretary of the Ministry"),
    ("The minister of finance, Dr. Ada Okafor, said the law would pass.", "Ada Okafor", "minister of finance"),
])
def test_an_honorific_title_after_a_clause_comma_is_the_role(body: str, name: str, role: str):
    assert (name, role) in _roles(body)
