"""Whole pages dumped as text (issue 12): the date is the one by the headline, never the
date of a teaser listed below the article's text.  Kinds of pages written for these tests."""

from congo_digital.layout.analyse import analyse
from congo_digital.layout.lines import split_lines
from congo_digital.layout.page_blocks import teaser_date
from congo_digital.layout.page_headline import make_page

MENU = "\n".join(f"  • Menu item {i}" for i in range(20))

PROSE = (
    "The council approved the plan on Tuesday after a long debate about costs, and officials said "
    "work would start\nnext month in the northern districts where the need is greatest, according to "
    "the statement released.\n"
)

HEAD = "Council approves new water plan for the north"

RELATED = ("Related\n\nBakery in the old town fights to stay open\n13 May 2024\nLocal news\n\n"
           "What a rise in rates could mean for your loan\n2 April 2024\nBusiness\n\n")

CARDS = "".join(f"[photo]\nCity\nMayor of {town} opens another new bridge over the river\n{day}.0{i}.2020 u 10:5{i}\n\n"
                for i, (town, day) in enumerate([("Ashford", 11), ("Bexley", 14), ("Crawley", 21)], 1))


def page(header: str, tail: str) -> str:
    return "Skip to content\n\n" + MENU + "\n\n" + header + "\n\n" + PROSE + "\n" + PROSE + "\n" + tail + MENU + "\n"


def test_a_teasers_date_under_a_related_heading_is_not_the_pages():
    lay = analyse(page(HEAD, RELATED), language="en")
    assert lay.title.value == HEAD
    assert lay.date is None


def test_dated_teaser_cards_under_the_text_give_no_date():
    # no heading over them: the stamps of the other stories show the list
    lay = analyse(page(HEAD, CARDS), language="en")
    assert lay.title.value == HEAD
    assert lay.date is None


def test_the_date_by_the_headline_is_kept_over_the_teasers():
    lay = analyse(page(HEAD + "\n\nJohn Roe\nApril 28, 2023", RELATED + CARDS), language="en")
    assert [a.name for a in lay.authors] == ["John Roe"]
    assert lay.date.value == "2023-04-28"


def test_a_bare_date_right_under_the_text_is_the_articles():
    lay = analyse(page(HEAD, "12 March 2024\n\n" + RELATED), language="en")
    assert lay.date.value == "2024-03-12"


def test_a_labelled_date_among_the_teasers_is_the_articles():
    lay = analyse(page(HEAD, "Share this\n\nPublished 12 March 2024\n\n" + RELATED), language="en")
    assert lay.date.value == "2024-03-12"


def test_teaser_date_needs_the_text_to_have_begun():
    text = page(HEAD + "\n\nRelated\n\nJohn Roe\nApril 28, 2023", RELATED)
    blocks = make_page(split_lines(text)).blocks
    k = next(i for i, b in enumerate(blocks) if b.text == HEAD)
    stamps = [i for i, b in enumerate(blocks) if b.text in ("April 28, 2023", "13 May 2024", "2 April 2024")]
    assert [teaser_date(blocks, k, m) for m in stamps] == [False, True, True]


def test_a_comment_threads_stamps_are_no_teasers():
    # a page that prints no date of its own is dated by its first comment, as before
    thread = "".join(f"{i}. {name} says:\n{day} November 2022 at 1{i}:36\n\nThank you for this text.\n\n"
                     for i, (name, day) in enumerate([("Ann Lee", 20), ("Bob Stone", 21), ("Carl Dunn", 22)], 1))
    lay = analyse(page(HEAD, "3 comments\n\n" + thread), language="en")
    assert lay.date.value == "2022-11-20T11:36"
