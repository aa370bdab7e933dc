"""A byline that credits editors after its authors ("By A; Editing by B", "By A |
Edited by B", "Written by A, edited by B", "Par A, édité par B", "By A. Edited by B", "By A
- Editor: B"): the editors are the record's ``editors``, not lost, and no author, on every
input kind (a plain text, a page dumped as text, an HTML page).  Made-up texts."""

from __future__ import annotations

import pytest
from text_records import plain_record

from congo_digital.fields.bylines import parse_byline
from congo_digital.layout.analyse import analyse
from congo_digital.pipeline import parse_bytes
from congo_digital.record import to_json

TITLE = "Nigeria raises rates again"
LEAD = ("The central bank raised its benchmark interest rate by 50 basis points on Wednesday, citing "
        "persistent inflation and a weaker currency, officials said in Lagos.")
SECOND = "Economists had expected the move after prices rose for a sixth month."


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
    rec = plain_record(f"{TITLE}\n\n{byline}\n\n{LEAD}\n\n{SECOND}")
    assert (rec["title"], rec["body"]) == (TITLE, f"{LEAD}\n\n{SECOND}")
    assert [a["name"] for a in rec["authors"]] == authors
    assert [e["name"] for e in rec["editors"]] == editors


def test_an_editor_s_title_is_no_author_s_role():
    rec = plain_record(f"{TITLE}\n\nBy Ada Okafor; edited by Brian Kelly, Senior Editor\n\n{LEAD}\n\n{SECOND}")
    assert rec["authors"] == [{"name": "Ada Okafor", "role": None}]  # it took the role "Senior Editor"
    assert [e["name"] for e in rec["editors"]] == ["Brian Kelly"]


@pytest.mark.parametrize(("byline", "authors", "editors"), [
    ("By Ada Okafor. Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),  # no authors, no editors
    ("By Ada Okafor - Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),  # the editor was lost
    ("By Ada Okafor / Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Ada Okafor – Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Ada Okafor — Editing by Bola Adeyemi and Tunde Bello", ["Ada Okafor"], ["Bola Adeyemi", "Tunde Bello"]),
    ("By Ada Okafor, Editor: Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),  # the editor was the author's role
    ("By Ada Okafor; Editor: Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Ada Okafor | Editor: Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("Von Anna Keller, Redaktion: Peter Brandt", ["Anna Keller"], ["Peter Brandt"]),
    ("By Ada Okafor; Editing by Bola Adeyemi; Additional reporting by Chidi Nwosu", ["Ada Okafor", "Chidi Nwosu"],
     ["Bola Adeyemi"]),
])
def test_an_editor_credit_after_any_separator_is_the_editors(byline: str, authors: list[str], editors: list[str]):
    rec = plain_record(f"{TITLE}\n\n{byline}\n\n{LEAD}\n\n{SECOND}")
    assert (rec["title"], rec["body"]) == (TITLE, f"{LEAD}\n\n{SECOND}")
    assert [a["name"] for a in rec["authors"]] == authors
    assert [e["name"] for e in rec["editors"]] == editors


@pytest.mark.parametrize(("line", "authors", "editors"), [
    ("By Ada Okafor; Editing by Bola Adeyemi and Tunde Bello", ["Ada Okafor"], ["Bola Adeyemi", "Tunde Bello"]),
    ("By Ada Okafor. Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Ada Okafor - Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Ada Okafor · Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Ada Okafor, Editor: Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("Par Awa Diop | édité par Jean Martin", ["Awa Diop"], ["Jean Martin"]),
    ("By Ada Okafor; edited by Bola Adeyemi, Senior Editor", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Staff Reporter; Edited by Bola Adeyemi", [], ["Bola Adeyemi"]),
    ("By Ada Okafor and Edith Byrne", ["Ada Okafor", "Edith Byrne"], []),  # "Edith" is no label
    ("By Ada Okafor, Editor", ["Ada Okafor"], []),  # a title without a colon is the author's
    ("By Ada Okafor, édition du soir", ["Ada Okafor"], []),  # a label that names nobody is no credit
])
def test_the_byline_reader_splits_the_editor_credit_off(line: str, authors: list[str], editors: list[str]):
    byline = parse_byline(line)
    assert byline is not None
    assert [a.name for a in byline.authors] == authors
    assert [e.name for e in byline.editors] == editors


PARAGRAPHS = ("<p>The central bank raised its benchmark interest rate by 50 basis points on Wednesday, citing "
              "persistent inflation and a weaker currency, officials said in Lagos.</p>"
              "<p>Economists had expected the move after prices rose for a sixth month in a row.</p>")


def _page(byline: str, head: str = "") -> dict:
    page = (f"<html><head><title>{TITLE}</title>{head}</head><body><article><h1>{TITLE}</h1>"
            f'<p class="byline">{byline}</p>{PARAGRAPHS}</article></body></html>')
    return to_json(parse_bytes(page.encode(), plain=True, parties=False, topics=False))


@pytest.mark.parametrize(("byline", "authors", "editors"), [
    ("By Ada Okafor; Editing by Bola Adeyemi and Tunde Bello", ["Ada Okafor"],
     ["Bola Adeyemi", "Tunde Bello"]),  # the authors were the editors, Ada Okafor lost
    ("By Ada Okafor. Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Ada Okafor - Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Ada Okafor / Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Ada Okafor – Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Ada Okafor · Edited by Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Ada Okafor, Editor: Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
    ("By Ada Okafor | Editor: Bola Adeyemi", ["Ada Okafor"], ["Bola Adeyemi"]),
])
def test_an_html_byline_s_editors_are_no_authors(byline: str, authors: list[str], editors: list[str]):
    rec = _page(byline)
    assert [a["name"] for a in rec["authors"]] == authors
    assert [e["name"] for e in rec["editors"]] == editors


DATED = '<meta property="article:published_time" content="2025-03-03T10:00:00Z">'


@pytest.mark.parametrize(("byline", "editors"), [
    ("By Ada Okafor | Editor: Bola Adeyemi", ["Bola Adeyemi"]),
    ("By Ada Okafor; Editing by Bola Adeyemi and Tunde Bello", ["Bola Adeyemi", "Tunde Bello"]),
    ("By Ada Okafor. Edited by Bola Adeyemi", ["Bola Adeyemi"]),
    ('By Ada Okafor</p><p class="editor">Edited by Bola Adeyemi', ["Bola Adeyemi"]),
])
def test_an_html_byline_s_editors_are_kept_when_the_markup_dates_the_page(byline: str, editors: list[str]):
    """A page whose markup gives a credit and a date has its short header lines left out of
    the main text (``html.page.main_text``), and the layout, which reads the record's
    editors, did not see them: the editors were lost."""
    rec = _page(byline, DATED)
    assert ([a["name"] for a in rec["authors"]], [e["name"] for e in rec["editors"]]) == (["Ada Okafor"], editors)
    assert rec["date"] == "2025-03-03T10:00+00:00"


def test_a_json_ld_author_whom_the_byline_prints_as_editor_is_no_author():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
            '{"@type": "Person", "name": "Ada Okafor"}, {"@type": "Person", "name": "Bola Adeyemi"}]}</script>')
    rec = _page("By Ada Okafor; Edited by Bola Adeyemi", head)
    assert [a["name"] for a in rec["authors"]] == ["Ada Okafor"]  # the editor was an author too
    assert [e["name"] for e in rec["editors"]] == ["Bola Adeyemi"]


MENU = "\n".join(f"  • Menu item {i}" for i in range(20))
PROSE = ("The council approved the plan on Tuesday after a long debate about costs, and officials said work "
         "would start\nnext month in the northern districts where the need is greatest, according to the statement.\n")


@pytest.mark.parametrize(("byline", "authors", "editors"), [
    ("By Jane Roe; Editing by John Doe and Mary Poe", ["Jane Roe"], ["John Doe", "Mary Poe"]),  # editors were []
    ("By Jane Roe. Edited by John Doe", ["Jane Roe"], ["John Doe"]),  # no author either
    ("By Jane Roe - Edited by John Doe", ["Jane Roe"], ["John Doe"]),
    ("By Jane Roe | Editor: John Doe", ["Jane Roe"], ["John Doe"]),
    ("By Jane Roe, Editor: John Doe", ["Jane Roe"], ["John Doe"]),
])
def test_a_page_dump_s_byline_gives_its_editors(byline: str, authors: list[str], editors: list[str]):
    text = (f"Skip to content\n\n{MENU}\n\nCouncil approves new water plan for the north\n\n{byline}\n"
            f"April 28, 2023\n\n{PROSE}\n{PROSE}\n{MENU}\n")
    lay = analyse(text, language="en")
    assert lay.title is not None and lay.title.value == "Council approves new water plan for the north"
    assert [a.name for a in lay.authors] == authors
    assert [e.name for e in lay.editors] == editors
