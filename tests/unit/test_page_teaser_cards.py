"""Whole pages dumped as text: teaser cards and the headings over lists of other stories are
not the page's headline; a page dated only by an update stamp far under its headline (kinds
written for these tests)."""

from congo_digital.layout.analyse import analyse
from congo_digital.layout.lines import split_lines
from congo_digital.layout.page_blocks import related_heading
from congo_digital.layout.page_headline import headline_candidate, make_page
from congo_digital.layout.page_title_score import title_score

MENU = "\n".join(f"  • Menu item {i}" for i in range(20))
PROSE = ("The council approved the plan on Tuesday after a long debate about its cost, and the city said that the\n"
         "work would begin next month in the northern districts, where the need for new pipes is greatest.\n")


def card(title: str, section: str, name: str) -> str:
    """A teaser card as w3m prints it: the headline as a list item, its section, the headline again, a byline."""
    return f"  • {title}\n    {section}\n    {title}\n\n    By {name}\n"


CARDS = "\n".join([card("Why the winter in the mountains stayed so mild this year", "Travel", "Tom Berger"),
                   card("These coats will be worn all over the city next autumn", "Fashion", "Lea Brandt"),
                   card("A wedding in Lisbon with a dress made from old curtains", "Life", "Ana Costa")])


def page(*parts: str) -> str:
    return "\n\n".join(["Skip to content", MENU, *parts, MENU]) + "\n"


def test_a_teaser_card_printing_its_headline_twice_is_not_the_headline():
    text = page("Note: every product is chosen by our editors on their own, and when you buy one we may earn\n"
                "a small commission from the shop that sells it to you, at no cost to you.",
                "The painter on her new show: \"What I do not want is to stand still\"",
                PROSE, PROSE, CARDS, PROSE, PROSE, PROSE)
    assert analyse(text, language="en").title.value == \
        "The painter on her new show: \"What I do not want is to stand still\""


def _reasons(text: str, headline: str) -> list[str]:
    pg = make_page(split_lines(text))
    k = next(k for k, b in enumerate(pg.blocks) if b.text == headline and not b.listed)
    why: list[str] = []
    title_score(pg, k, why)
    return why


def test_the_card_copy_loses_points_with_its_label_glued_to_the_item():
    text = page(PROSE, "  • These coats will be worn all over the city next autumn Fashion\n"
                "    These coats will be worn all over the city next autumn\n\n    By Lea Brandt", PROSE)
    assert "teaser card -3.0" in _reasons(text, "These coats will be worn all over the city next autumn")


def test_a_headline_under_its_own_breadcrumb_item_is_no_card():
    text = page("  • Home\n  • City\n  • Council approves the new plan for the north\n\n"
                "Council approves the new plan for the north\n\nBy Jana Roth", PROSE, PROSE)
    assert not any(r.startswith("teaser card") for r in _reasons(text, "Council approves the new plan for the north"))
    assert analyse(text, language="en").title.value == "Council approves the new plan for the north"


def test_headings_over_other_stories_in_english_and_german():
    assert related_heading("Recommended")
    assert related_heading("Am beliebtesten")
    assert related_heading("Meistgelesen")
    assert not related_heading("Recommended dose for adults")


def test_a_prompt_to_save_the_article_is_no_headline():
    text = "To revisit this article, visit My Profile, then View saved stories"
    blocks = [b for b in make_page(split_lines(page(text, PROSE))).blocks if b.text == text]
    assert blocks and not headline_candidate(blocks[0])


def test_a_live_page_that_prints_only_an_update_stamp_far_below_is_dated_by_it():
    text = page("Live", "Flood LIVE: river bursts its banks in the north as two bridges close",
                "Water has reached the old town this evening after a night of rain, and the police have asked\n"
                "people to stay at home", "By Jane Roe",
                "Video Loading\nVideo Unavailable\nClick to play\nPlay now", "Key Events",
                "  • Second bridge closed to traffic20:42\n  • Schools shut for the day19:11\n"
                "  • Trains stopped at the station17:56\n  • Mayor calls for calm17:35",
                "  • Updated20:49, 5 Aug 2024", PROSE, PROSE, PROSE)
    lay = analyse(text, language="en")
    assert lay.title.value == "Flood LIVE: river bursts its banks in the north as two bridges close"
    # the stamp's day is the date; its time is the update's, not the publication's (it had
    # given date 2024-08-05T20:49)
    assert (lay.date.value, lay.date_modified.value) == ("2024-08-05", "2024-08-05T20:49")


def test_a_name_alone_under_the_last_paragraph_signs_the_article():
    text = page("Council approves the new plan for the north", PROSE, PROSE, PROSE, "Mai Lan",
                "  Back to News\n  Copy link")
    lay = analyse(text, language="en")
    assert [a.name for a in lay.authors] == ["Mai Lan"]
    assert lay.authors_at is not None and text[lay.authors_at.start:lay.authors_at.end] == "Mai Lan"


def test_a_sign_off_gives_way_to_a_byline_and_needs_a_name():
    signed = page("Council approves the new plan for the north", "By Jana Roth", PROSE, PROSE, PROSE, "Mai Lan")
    assert [a.name for a in analyse(signed, language="en").authors] == ["Jana Roth"]
    unsigned = page("Council approves the new plan for the north", PROSE, PROSE, PROSE, "Back to News")
    assert analyse(unsigned, language="en").authors == []


def test_a_photo_alt_text_over_its_credited_caption_does_not_hide_the_byline():
    headline = "Car sales in Europe rose in the first half of the year"
    alt = "After three years of fast growth, sales of electric cars rose only a little in the first half."
    text = page(headline, "Sales of new cars reached a peak in June, but the share of electric cars fell again.",
                alt, alt + " (Jane Roe/Agency)", "Par Jean Dupont", "Publié le 18 juil. 2024 à 08:01",
                PROSE, PROSE, PROSE)
    why = _reasons(text, headline)
    assert "byline after +3.0" in why and "date after +2.0" in why
    lay = analyse(text, language="fr")
    assert (lay.title.value, [a.name for a in lay.authors]) == (headline, ["Jean Dupont"])


def test_a_page_dated_only_by_its_last_change_takes_that_day_without_its_time():
    """An "Updated" stamp under the headline, or a page's modified_time alone: ``date`` is
    the day (the time is the change's, not the publication's; it had been copied whole)."""
    from congo_digital.pipeline import parse_bytes

    text = ("Council approves new budget for schools\n\nUpdated 20:49, 5 Aug 2024\n\n"
            f"{PROSE}\n\n{PROSE}\n").encode()
    rec = parse_bytes(text, path="u.txt")
    assert (str(rec.date), str(rec.date_modified)) == ("2024-08-05", "2024-08-05T20:49")
    page = ("<html><head><title>Council approves new budget</title><meta property='article:modified_time' "
            "content='2024-08-05T20:49:00+01:00'></head><body><article><h1>Council approves new budget</h1>"
            f"<p>{PROSE}</p><p>{PROSE}</p></article></body></html>").encode()
    rec = parse_bytes(page, path="u.html")
    assert (str(rec.date), str(rec.date_modified)) == ("2024-08-05", "2024-08-05T20:49+01:00")
