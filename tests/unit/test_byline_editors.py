"""A header byline that credits editors after its authors ("By A; Editing by B", "By A |
Edited by B", "Written by A, edited by B", "Par A, édité par B"): the editors are the
record's ``editors``, not lost.  Made-up texts."""

from __future__ import annotations

import pytest

from congo_digital.pipeline import parse_bytes
from congo_digital.record import to_json

TITLE = "Nigeria raises rates again"
LEAD = ("The central bank raised its benchmark interest rate by 50 basis points on Wednesday, citing "
        "persistent inflation and a weaker currency, officials said in Lagos.")
SECOND = "Economists had expected the move after prices rose for a sixth month."


def _plain(text: str) -> dict:
    return to_json(parse_bytes(text, plain=True))


@pytest.mark.parametrize(("byline", "authors", "editors"), [
    ("By Ada Okafor; Editing by John Stonestreet", ["Ada Okafor"], ["John Stonestreet"]),  # editors were []
    ("By Ada Okafor | Editing by Mark Heinrich", ["Ada Okafor"], ["Mark Heinrich"]),
    ("Written by Ada Okafor, edited by John Kamau", ["Ada Okafor"], ["John Kamau"]),
    ("By Ada Okafor and Chidi Nwosu; edited by Mark Heinrich", ["Ada Okafor", "Chidi Nwosu"], ["Mark Heinrich"]),
    ("Par Awa Diop, édité par Jean Martin", ["Awa Diop"], ["Jean Martin"]),
    ("Reporting by Ada Okafor; Editing by John Stonestreet", ["Ada Okafor"], ["John Stonestreet"]),
    ("By Ada Okafor; Editing by John Stonestreet and Alex Richardson", ["Ada Okafor"],
     ["John Stonestreet", "Alex Richardson"]),  # the second editor was an author too (the trial)
    ("By Ada Okafor · Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),  # the editor was lost
    ("BY ADA OKAFOR; EDITING BY JOHN STONESTREET", ["Ada Okafor"], ["John Stonestreet"]),  # the label was an author
    ("By Ada Okafor, Edited By Brian Kelly", ["Ada Okafor"], ["Brian Kelly"]),
    ("By Ada Okafor, Editor", ["Ada Okafor"], []),
    ("By Ada Okafor and Edith Byrne", ["Ada Okafor", "Edith Byrne"], []),
])
def test_a_byline_s_editors_are_kept(byline: str, authors: list[str], editors: list[str]):
    rec = _plain(f"{TITLE}\n\n{byline}\n\n{LEAD}\n\n{SECOND}")
    assert (rec["title"], rec["body"]) == (TITLE, f"{LEAD}\n\n{SECOND}")
    assert [a["name"] for a in rec["authors"]] == authors
    assert [e["name"] for e in rec["editors"]] == editors


def test_an_editor_s_title_is_no_author_s_role():
    rec = _plain(f"{TITLE}\n\nBy Ada Okafor; edited by Brian Kelly, Senior Editor\n\n{LEAD}\n\n{SECOND}")
    assert rec["authors"] == [{"name": "Ada Okafor", "role": None}]  # it took the role "Senior Editor"
    assert [e["name"] for e in rec["editors"]] == ["Brian Kelly"]
