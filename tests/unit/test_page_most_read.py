"""Whole pages dumped as text: a "most read" list printed inside the article's text, each
story's headline twice with a kicker between, is no headline however long the list; its
heading is read in several languages, accents ignored (kinds written for these tests)."""

from congo_digital.layout.analyse import analyse
from congo_digital.layout.lines import split_lines
from congo_digital.layout.page_blocks import related_heading
from congo_digital.layout.page_headline import make_page
from congo_digital.layout.page_title_score import title_score

MENU = "\n".join(f"  • Menu item {i}" for i in range(20))
SHORT = ("Short sentences follow one another in this kind of story.", "Each one stands on its own line.",
         "The club said on Monday that the striker would miss the next two games.")
HEADLINE = "Who is the new coach of the city club and where did he play before?"
CARDS = [("Club sacks its manager just days before the play-offs", "SHOCK EXIT"),
         ("Owner flies to the south as the transfer is set to be hijacked", "RED ALERT"),
         ("Former striker spends his first month in prison in a tiny cell", "FALL FROM GRACE"),
         ("What does this photo say about the team that lost on Sunday?", "PHOTO FLOPS")]


def _page() -> str:
    cards = "\n\n".join(f"{title}\n{kicker}\n\n{title}" for title, kicker in CARDS)
    parts = ["Skip to content", "MORE FROM THE PAPER", MENU, "SPORT NEWS", HEADLINE, "  • Jane Roe",
             "  • Published: 22:04, 22 Apr 2024", *SHORT, "Most read in Football", cards,
             "Speaking to the club at the time, he said that he had wanted to come back for a long while and\n"
             "that the fans had always been kind to him and to his family, even in the worst years.",
             *SHORT, MENU]
    return "\n\n".join(parts) + "\n"


def test_the_last_card_of_a_long_most_read_list_is_no_headline():
    text = _page()
    pg = make_page(split_lines(text))
    last = max(k for k, b in enumerate(pg.blocks) if b.text == CARDS[-1][0])
    why: list[str] = []
    title_score(pg, last, why)
    assert "under a related heading -3.0" in why
    assert analyse(text, language="en").title.value == HEADLINE


def test_a_related_heading_over_a_menu_does_not_reach_the_headline():
    pg = make_page(split_lines(_page()))
    k = next(k for k, b in enumerate(pg.blocks) if b.text == HEADLINE)
    why: list[str] = []
    title_score(pg, k, why)
    assert not any(r.startswith("under a related heading") for r in why)


def test_most_read_headings_in_spanish_french_and_portuguese_accents_ignored():
    assert related_heading("LO MÁS LEIDO")
    assert related_heading("Lo más visto en...")
    assert related_heading("Les plus lus")
    assert related_heading("Mais lidas")
    assert not related_heading("Lo más leído por los jóvenes de la ciudad este año")
