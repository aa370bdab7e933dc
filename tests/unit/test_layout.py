"""Layout rules on small texts written for these tests."""

import pytest

from congo_digital.layout.analyse import analyse
from congo_digital.layout.page import looks_like_page

MENU = "\n".join(f"  • Menu item {i}" for i in range(20))

PROSE = (
    "The council approved the plan on Tuesday after a long debate about costs, and officials said "
    "work would start\nnext month in the northern districts where the need is greatest, according to "
    "the statement released.\n"
)


def page(header: str) -> str:
    return "Skip to content\n\n" + MENU + "\n\n" + header + "\n\n" + PROSE + "\n" + PROSE + "\n" + MENU + "\n"


def test_page_detection():
    assert looks_like_page(page("Title here"))
    assert not looks_like_page("Title\n\nBy A B\n\n" + PROSE)


def test_page_title_above_byline_and_date():
    text = page("World\n\nCouncil approves new water plan for the north\n\nBy Jane Roe\nMarch 3, 2025")
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    assert lay.date.value == "2025-03-03"


def test_page_byline_evidence_spans_the_byline_line():
    """The authors' offsets point at the line that prints the byline (they were an empty
    span at the headline's end)."""
    text = page("World\n\nCouncil approves new water plan for the north\n\nBy Jane Roe\nMarch 3, 2025")
    at = analyse(text, language="en").authors_at
    assert (text[at.start:at.end], at.source) == ("By Jane Roe", "text:byline")


def test_page_wrapped_title_is_joined():
    long_title = "A very long headline about the council and its plan for water in the north that is wrapped by"
    assert len(long_title) > 90
    text = page(long_title + "\nthe renderer\n\nVon Max Muster | 07.03.2025, 11:45 Uhr")
    lay = analyse(text, language="de")
    assert lay.title.value == long_title + " the renderer"
    assert [a.name for a in lay.authors] == ["Max Muster"]
    assert lay.date.value == "2025-03-07T11:45"


def test_page_lone_prefix_line_and_name():
    text = page("Council approves new water plan for the north\n\nAuthor of the article:\nJody Robbins\n"
                "Published Jun 05, 2026  •  3 minute read")
    lay = analyse(text, language="en")
    assert [a.name for a in lay.authors] == ["Jody Robbins"]
    assert lay.date.value == "2026-06-05"


def test_page_date_glued_to_words_far_below():
    text = page("Council approves new water plan for the north") + \
        "\nPosted on August 2, 2019August 2, 2019Author Jane Roe\n"
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert lay.date.value == "2019-08-02"


def test_page_name_segment_beside_date_and_stacked_names():
    text = page("Council approves new water plan for the north\n\nJane Roe / EXAMPLE.COM / Sep 2, 2024, 17:07 IST")
    lay = analyse(text, language="en")
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    assert lay.date.value == "2024-09-02T17:07+05:30"
    text = page("Council approves new water plan for the north\n\nJR\nJane Roe\nJD\nJohn Doe\n"
                "posted on 04/05/2022 05:49")
    lay = analyse(text, language="pt")
    assert [a.name for a in lay.authors] == ["Jane Roe", "John Doe"]
    assert lay.date.value == "2022-05-04T05:49"


def test_page_byline_with_date_on_one_line():
    text = page("Council approves new water plan for the north\n\nby Jane Roe Apr. 28, 2023 1:15 pm")
    lay = analyse(text, language="en")
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    assert lay.date.value.startswith("2023-04-28")


def test_page_subheading_inside_text_is_not_the_title():
    text = page("Council approves new water plan for the north\n\nBy Jane Roe\nMarch 3, 2025") + \
        "\nWhat comes next\n\n" + PROSE
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"


def test_page_two_word_title_is_kept():
    text = page("Performant Python\n\nBy Jane Roe\nMarch 3, 2025")
    assert analyse(text, language="en").title.value == "Performant Python"


def test_page_byline_with_handle_and_zone():
    text = page("Council approves new water plan for the north\n\nby Jane Roe @jroe February 1, 2016: 12:41 PM ET")
    lay = analyse(text, language="en")
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    assert lay.date.value == "2016-02-01T12:41"


def test_page_repeated_headline_keeps_the_copy_with_the_byline():
    head = "Council approves new water plan for the north"
    text = page(head + "\n\nJane Roe\njane@example.com\n04.05.2022, 05:45:00\n\nA photo caption\n\n" + head)
    lay = analyse(text, language="pt")
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    assert lay.date.value == "2022-05-04T05:45"


def test_hostile_inputs_give_a_layout():
    # (their time is measured by bench/adversarial.py, not here)
    for text in ("word " * 200_000, " ".join(["Capital"] * 100_000), "By " * 100_000):
        lay = analyse(text, language="en")
        assert (lay.title, lay.authors, lay.date, len(lay.paragraphs)) == (None, [], None, 1)
    assert len(analyse("\n".join(f"Line {i} Here" for i in range(100_000)), language="en").paragraphs) == 1
    lay = analyse("\n".join(["By By By Jane Roe March 3, 2025"] * 5000), language="en")
    assert ([a.name for a in lay.authors], lay.date.value) == (["Jane Roe"], "2025-03-03")


def test_page_name_glued_to_the_day():
    text = page("Council approves new water plan for the north\n\nPor Ana Gómez04 de mayo 2022 a las 09:01 hrs.")
    lay = analyse(text, language="es")
    assert [a.name for a in lay.authors] == ["Ana Gómez"]
    assert lay.date.value == "2022-05-04T09:01"


def test_page_byline_after_the_text():
    text = page("Council approves new water plan for the north\n\nMarch 3, 2025") + "\nText: Erika Beispiel\n"
    lay = analyse(text, language="de")
    assert [a.name for a in lay.authors] == ["Erika Beispiel"]


def test_page_lone_by_then_one_name_a_line():
    text = page("Council approves new water plan for the north\n\nBy\nLucy SampleNews Reporter\nTim Example\n"
                "Comments\n\nUpdated 20:49, 5 Aug 2024")
    lay = analyse(text, language="en")
    assert [a.name for a in lay.authors] == ["Lucy Sample", "Tim Example"]


def test_page_labelled_date_far_from_the_headline():
    text = page("Council approves new water plan for the north") + "\nPublisert 06.01.2026 - 17:29\n"
    lay = analyse(text, language="nb")
    assert lay.date.value == "2026-01-06T17:29"


def test_page_caption_with_credit_is_not_the_title():
    text = page("Council approves new water plan for the north\n\n  • Share\n  • Email\n\n"
                "Workers at the plant on Monday (Photo: Jane Roe/Agency)\n\nBy John Doe\nMarch 3, 2025")
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert [a.name for a in lay.authors] == ["John Doe"]


def test_page_headline_above_a_bare_name_and_time():
    text = page("Related: Another story about the north\n\nCouncil approves new water plan for the north\n\n"
                "Jane Roe\n9:51\n\nListen to this story after you log in")
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"


def test_page_bare_name_before_a_time_stamp():
    text = page("Council approves new water plan for the north\n\nJane Roe\n9:51\n\nListen after you log in")
    lay = analyse(text, language="en")
    assert [a.name for a in lay.authors] == ["Jane Roe"]


def test_page_agency_alone_under_the_headline():
    text = page("Council approves new water plan for the north\n\nJIJI\n\n  • Feb 18, 2020")
    lay = analyse(text, language="en")
    assert [a.name for a in lay.authors] == ["JIJI"]
    assert lay.date.value == "2020-02-18"


def test_page_byline_verbs_and_footnote_marks():
    text = page("Council approves new water plan for the north\n\nErstellt von Max am Dienstag 6. Mai 2014")
    lay = analyse(text, language="de")
    assert [a.name for a in lay.authors] == ["Max"]
    assert lay.date.value == "2014-05-06"
    text = page("Council approves new water plan for the north\n\nBy\n\n  • Jane Roe^0\n\n06 February 2026")
    assert [a.name for a in analyse(text, language="en").authors] == ["Jane Roe"]


def test_page_repeated_name_then_handle_then_date():
    text = page("Council approves new water plan for the north\n\nJane Roe\nJane Roe\njaneroe\n"
                "jane@example.com\n07 de mayo del 2022")
    lay = analyse(text, language="es")
    assert [a.name for a in lay.authors] == ["Jane Roe"]


def test_page_bare_name_with_stamp_below_the_text():
    text = page("Council approves new water plan for the north") + "\nJane Roe\n\n19 février 2020\n"
    lay = analyse(text, language="fr")
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    text = page("Council approves new water plan for the north") + "\nMost Recent Post\n\n19 février 2020\n"
    assert analyse(text, language="fr").authors == []


def test_page_teaser_list_is_not_the_headline():
    teasers = "\n\n".join(f"Another story number {i} about things in the city today" for i in range(5))
    text = page("Council approves new water plan for the north\n\nBy Jane Roe\nMarch 3, 2025") + \
        "\nMost read\n\n" + teasers + "\n"
    assert analyse(text, language="en").title.value == "Council approves new water plan for the north"


def test_page_skip_link_in_other_languages_is_not_the_headline():
    text = "Gå direkt till sidans innehåll\n\n" + page("Eleverna åtalas för misshandel på skolan")
    assert analyse(text, language="sv").title.value == "Eleverna åtalas för misshandel på skolan"


def test_page_headline_over_its_deck_and_dated_byline():
    text = page("The best water plans for a dry north\n\nThe best water plans are a cheaper way to keep towns supplied "
                "through the summer\n\nBy Jane Roe 30 August 2023 • 4:45pm")
    lay = analyse(text, language="en")
    assert lay.title.value == "The best water plans for a dry north"
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    assert lay.date.value == "2023-08-30T16:45"  # the time in the "•" segment after the date is its time


def test_page_date_line_with_views_is_not_the_headline():
    text = page("Council approves new water plan for the north\n\nApril 10, 20233 years Example 142 Views")
    assert analyse(text, language="en").title.value == "Council approves new water plan for the north"


def test_page_explicit_byline_beats_a_name_line():
    text = page("Council approves new water plan for the north\n\nJohn Subject\n\nPor Ana Gómez04 de mayo 2022")
    lay = analyse(text, language="es")
    assert [a.name for a in lay.authors] == ["Ana Gómez"]


def test_page_name_before_date_and_category():
    text = page("Council approves new water plan for the north\n\nJane Roe 11/08/2020 Feelings")
    lay = analyse(text, language="de")
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    assert lay.date.value == "2020-08-11"


def test_page_name_over_a_photo_credit_is_a_caption():
    text = page("Council approves new water plan for the north\n\nUpdated: 02.02.2025 23:49\n\nJohn Subject\n\n"
                "Foto: Jane Agency/Example\n\nJane Roe")
    lay = analyse(text, language="pl")
    assert [a.name for a in lay.authors] != ["John Subject"]


def test_page_lone_comment_prefix_far_below():
    text = page("Council approves new water plan for the north") + "\nKommentar von\n\nErika Beispiel\n"
    assert [a.name for a in analyse(text, language="de").authors] == ["Erika Beispiel"]


def test_page_lone_by_far_below_takes_the_names_stacked_under_it():
    text = page("Council approves new water plan for the north") + (
        "\nBy\nJane RoeNews Reporter\nJohn DoeNews Reporter\nErika Beispiel\n\nUpdated 20:49, 5 Aug 2024\n")
    assert [a.name for a in analyse(text, language="en").authors] == ["Jane Roe", "John Doe", "Erika Beispiel"]
    text = page("Council approves new water plan for the north") + "\nBy\nJane Roe\n\nSign up for our newsletter\n"
    assert [a.name for a in analyse(text, language="en").authors] == ["Jane Roe"]


def test_page_category_after_in_is_not_a_name():
    text = page("Council approves new water plan for the north\n\n6. Dezember 2022 von Fatima in Gefühle, Popkultur")
    assert [a.name for a in analyse(text, language="de").authors] == ["Fatima"]


def test_page_interface_lines_and_numbered_items_are_not_headlines():
    text = page("Toggle search Search\n\n19) A list entry of the article\n\n"
                "Council approves new water plan for the north\n\n"
                "Picture of Jane RoePicture of Jane Roe\n\nMarch 3, 2025")
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert [a.name for a in lay.authors] == ["Jane Roe"]


def test_page_doubled_caption_and_byline_after_standfirst():
    cap = "The broken bridge two days after the flood in the valley"
    text = page(cap + " " + cap + "\n\nInquiry on the flood: two resignations and many open questions\n\n"
                "Stand: 28.04.2023 17:23 Uhr\n\n" + PROSE + "\nJane Roe, SWR\nVon Jane Roe")
    lay = analyse(text, language="de")
    assert lay.title.value == "Inquiry on the flood: two resignations and many open questions"
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    assert lay.date.value == "2023-04-28T17:23"


def test_page_date_glued_before_the_headline_is_cut():
    text = page("Jun 17 Das vielleicht schönste Ende der Welt\n\nBeate Beispiel\nReisen, Amerika")
    assert analyse(text, language="de").title.value == "Das vielleicht schönste Ende der Welt"


def test_page_with_only_a_changed_stamp_dates_by_it():
    text = page("Council approves new water plan for the north\n\nBy Jane Roe\nUpdated: March 3, 2025")
    lay = analyse(text, language="en")
    assert lay.date_modified.value == "2025-03-03"
    assert lay.date.value == "2025-03-03"


def test_page_stamp_above_headline_with_reading_time_glued():
    text = page("World\n\n2 minute readApril 25, 20232:26 PM GMT+2Last Updated 9 min ago\n\n"
                "Council approves new water plan for the north\n\nBy Jane Roe")
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert lay.date.value == "2023-04-25T14:26+02:00"


def test_page_long_labelled_date_line_is_read():
    text = "Skip to content\n\nThursday, November 9th 2023\n\n" + MENU + "\n\n" + \
        "Council approves new water plan for the north\n\n" + PROSE + "\n" + \
        "PUBLISHED: November 8, 2023 at 4:56 p.m. | UPDATED: November 8, 2023 at 6:00 p.m.\n\n" + \
        PROSE + "\n" + MENU + "\n"
    lay = analyse(text, language="en")
    assert lay.date.value == "2023-11-08T16:56"


def test_page_byline_with_nickname_and_date_after_headline():
    text = page("Council approves new water plan for the north\n\nSame tears.\n\n"
                'By Jane "JJ" Roe November 19, 2023 7:18 pm\n\nShare Article')
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert [a.name for a in lay.authors] == ['Jane "JJ" Roe']
    assert lay.date.value == "2023-11-19T19:18"


def test_page_last_resort_date_skips_menu_items_with_a_year():
    years = "\n".join(f"  • Awards {y}\n  • Guide {y}" for y in (2021, 2022, 2023))
    text = "Skip to content\n\n" + years + "\n\n" + MENU + "\n\nJane Roe Zuletzt geändert am 06.11.2023\n\n" + \
        "\n".join(f"  • Menu entry {i}" for i in range(70)) + "\n\n" + \
        "Council approves new water plan for the north\n\n" + PROSE + "\n" + PROSE + "\n" + MENU + "\n"
    lay = analyse(text, language="de")
    assert lay.title.value == "Council approves new water plan for the north"
    assert lay.date.value == "2023-11-06"


def test_page_subheading_after_several_paragraphs_loses():
    text = page(PROSE + "\nNews\n\nCouncil approves new water plan for the north\n\n"
                "April 10, 20233 years Example 142 Views\n\n"
                + PROSE + "\n" + PROSE + "\nWho can apply?\n\nResidents of the north aged between eighteen and "
                "thirty five with papers.\n\nRoles and pay")
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert lay.date.value == "2023-04-10"


def test_page_yearless_stamp_takes_the_copyright_year():
    text = page("Council approves new water plan for the north\n\nJane Roe 8 January, 17:46") + \
        "\n© 2000-2026, Example Media\n"
    lay = analyse(text, language="en")
    assert lay.date.value == "2026-01-08T17:46"
    text = page("Council approves new water plan for the north\n\nJane Roe heute um 12:19") + "\n© 2026 Example\n"
    assert analyse(text, language="de").date is None


def test_page_embedded_post_signature_is_not_the_date():
    text = page("Council approves new water plan for the north\n\nJane Roe\n\n19 FEB 2020 - 18:37 CET") + \
        "\nRecord heat in the south today, officials said.\n\n— Weather Desk (@weatherdesk) February 6, 2020\n\n" + \
        PROSE
    lay = analyse(text, language="es")
    assert lay.date.value.startswith("2020-02-19")
    text = page("Council approves new water plan for the north\n\n— Weather Desk (@weatherdesk) February 6, 2020")
    assert analyse(text, language="en").date is None


def test_page_section_word_and_prefix_over_the_name():
    text = page("Council approves new water plan for the north\n\n"
                "A short standfirst about the plan for water in the north.\nDisko Von\nErnst Muster\n")
    lay = analyse(text, language="de")
    assert [a.name for a in lay.authors] == ["Ernst Muster"]


def test_page_doubled_name_right_under_the_headline():
    text = page("Council approves new water plan for the north\n\nJane Roe Jane Roe\nbefore 2 hours")
    lay = analyse(text, language="cs")
    assert [a.name for a in lay.authors] == ["Jane Roe"]


def test_page_name_beside_a_date_over_the_headline():
    text = page("Jane Roe 11/08/2020 Feelings\n\nCouncil approves new water plan for the north")
    lay = analyse(text, language="de")
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    assert lay.date.value == "2020-08-11"


def test_page_chinese_editor_credit():
    text = page("Council approves new water plan for the north") + "\n(责编：李明、王芳)\n"
    assert [a.name for a in analyse(text, language="zh").authors] == ["李明", "王芳"]
    text = page("Council approves new water plan for the north") + "\n责任编辑：这是一个很长很长的句子不是名字\n"
    assert analyse(text, language="zh").authors == []


def test_page_caption_ending_with_agency_is_not_the_headline():
    text = page("Council approves new water plan for the north\n\nJane Roe\n\n19 FEB 2020 - 18:37 CET\n\n"
                "Water\nA group of penguins on the ice in the south last month. EFE")
    lay = analyse(text, language="es")
    assert lay.title.value == "Council approves new water plan for the north"
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    from congo_digital.layout.page_blocks import Block
    from congo_digital.layout.page_headline import headline_candidate

    caption = "A group of penguins on the ice in the south last month. EFE"
    assert not headline_candidate(Block(0, 0, caption, 12, False, False))
    assert headline_candidate(Block(0, 0, "Penguins return to the southern ice", 6, False, False))


def test_page_japanese_caption_with_fullwidth_equals_is_not_the_headline():
    from congo_digital.layout.page_blocks import Block
    from congo_digital.layout.page_headline import headline_candidate

    assert not headline_candidate(Block(0, 0, "会議の様子＝東京都内で本社記者撮影", 1, False, False))
    assert headline_candidate(Block(0, 0, "会議で新しい水道計画を承認　北部で来月着工", 1, False, False))


def test_page_caption_over_alt_text_and_image_credit_loses():
    text = page("Council approves new water plan for the north\n\nThe plan in short, as the council sees it "
                "for the coming years of work.\n\n"
                "The water tower on display at the council headquarters in the north.\n\nThe Tower.\n"
                "Image: Jane Roe / Example\n\n" + PROSE)
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    from congo_digital.layout.lines import split_lines
    from congo_digital.layout.page_headline import make_page
    from congo_digital.layout.page_title_score import title_score

    pg = make_page(split_lines(text))
    k = next(i for i, b in enumerate(pg.blocks) if b.text.startswith("The water tower"))
    why: list[str] = []
    title_score(pg, k, why)
    assert any(w.startswith("photo credit below") for w in why)


def test_closing_signature_keeps_the_body():
    from congo_digital import parse_bytes

    text = ("Floods Hit The Capital Overnight\n\n"
            "Heavy rain flooded parts of the capital on Monday, forcing hundreds of families from their homes, "
            "officials said.\n\n"
            "The city council said it had opened three shelters and that the water was expected to recede by "
            "Wednesday.\n\nBy John Otieno\n")
    record = parse_bytes(text.encode())
    assert record.subtitle is None
    assert [a.name for a in record.authors] == ["John Otieno"]
    assert record.body.startswith("Heavy rain flooded parts of the capital on Monday")
    assert record.body.endswith("expected to recede by Wednesday.")


def test_short_headline_above_a_paragraph_is_the_title_not_a_section():
    from congo_digital import parse_bytes

    text = ("Ghana raises interest rates\n\n"
            "The Bank of Ghana raised its main lending rate by 100 basis points on Monday, citing persistent "
            "inflation and a weaker currency.\n\n"
            "The central bank said further increases were possible if price pressures did not ease.\n")
    record = parse_bytes(text.encode())
    assert record.title == "Ghana raises interest rates"
    assert record.section is None
    assert record.body.startswith("The Bank of Ghana raised")


def test_a_body_line_over_2000_characters_is_kept_whole():
    from congo_digital import parse_bytes

    long_line = " ".join(f"word{i}" for i in range(600)) + " end."
    record = parse_bytes(f"A long line article headline\n\n{long_line}\n".encode())
    assert record.title == "A long line article headline"
    assert record.body == long_line


def test_a_long_article_keeps_its_paragraphs():
    from congo_digital import parse_bytes

    paragraphs = [f"Paragraph {i} says that the ministers met on Monday to sign the agreement on the new road."
                  for i in range(110)]
    text = "A Long Article About Roads In The North\n\nBy Jane Doe\n\n" + "\n\n".join(paragraphs) + "\n"
    record = parse_bytes(text.encode())
    assert record.title == "A Long Article About Roads In The North"
    assert record.body.split("\n\n") == paragraphs


def test_page_post_footer_sentence_gives_the_date():
    # a blog's post footer: "Von <name> am <date>. Abgelegt unter <category>. ..." (a prose paragraph)
    text = page("Council approves new water plan for the north") + \
        "\nVon Redaktion am 21/02/2021. Abgelegt unter Politik. Sie können alle Antworten zu diesem Eintrag\n" \
        "durch den RSS 2.0 Feed verfolgen. Kommentare und Pings sind derzeit geschlossen.\n"
    assert analyse(text, language="de").date.value == "2021-02-21"


def test_page_version_string_is_not_a_date():
    text = page("Council approves new water plan for the north") + "\nVN:F [1.9.22_1171]\n"
    assert analyse(text, language="de").date is None


def test_page_byline_opening_a_paragraph_marks_the_headline():
    text = page("Home » Desserts » Peanut Butter Truffles\n\nPeanut Butter Truffles\n\n"
                "By Ela on 31. October, 2023 | 18 Comments. This post may contain affiliate links. As an Amazon\n"
                "Associate I earn from qualifying purchases.\n\nWhat Are Buckeye Balls?\n\nJane Roe")
    lay = analyse(text, language="en")
    assert lay.title.value == "Peanut Butter Truffles"
    assert lay.date.value == "2023-10-31"


def test_page_stamped_teasers_lose_to_the_headline():
    teasers = "\n\n".join(f"Another story number {i} about the city\n\nBy John Doe\n\n{i + 1} March 2025"
                          for i in range(4))
    text = "Skip to content\n\n" + MENU + "\n\nCouncil approves new water plan for the north\n\nMarch 9, 2025\n\n" \
        + PROSE + "\n" + PROSE + "\nLatest\n\n" + teasers + "\n\n" + MENU + "\n"
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert lay.date.value == "2025-03-09"


def test_page_quoted_headline_reads_as_prose_but_is_the_headline():
    quote = ("« Les privatisations sont au profit d’intérêts privés, financiers, des multinationales et au\n"
             "détriment des salariés et des usagers »")
    text = page("  • Accueil >\n  • Actus et médias >\n\n" + quote + "\n\njeudi 13 juin 2019, par Attac France")
    lay = analyse(text, language="fr")
    assert lay.title.value == quote.replace("\n", " ")
    assert lay.date.value == "2019-06-13"


def test_page_last_breadcrumb_is_the_headline_even_when_it_looks_like_a_name():
    from congo_digital.layout.lines import split_lines
    from congo_digital.layout.page_headline import make_page
    from congo_digital.layout.page_title_score import title_score

    text = page("Home » Desserts » Peanut Butter Truffles\n\nPeanut Butter Truffles\n\n" + PROSE +
                "\nWhat Are Buckeye Balls?\n\nJane Roe")
    assert analyse(text, language="en").title.value == "Peanut Butter Truffles"
    pg = make_page(split_lines(text))
    k = next(i for i, b in enumerate(pg.blocks) if b.text == "Peanut Butter Truffles")
    why: list[str] = []
    title_score(pg, k, why)
    assert "last breadcrumb +2.0" in why and "a name -4.0" not in why


def test_article_chinese_editor_credit_after_the_text():
    paragraph = "湖北省国防科工办负责人表示，将深入学习领会贺信精神，推动航天产业发展。\n\n"
    text = "国防科工办发布新规划\n\n" + paragraph * 3 + "(责编：牛镛、岳弘彬)\n"
    lay = analyse(text, language="zh")
    assert [a.name for a in lay.authors] == ["牛镛", "岳弘彬"]
    assert lay.authors_at.value == "(责编：牛镛、岳弘彬)"


def test_markdown_single_emphasis_is_removed_but_not_snake_case_or_products():
    from congo_digital.layout.lines import clean_line

    assert clean_line("# Congo _Seeks_ Russian *Support*") == "Congo Seeks Russian Support"
    assert clean_line("snake_case_name and 5 * 3 * 2") == "snake_case_name and 5 * 3 * 2"
    assert analyse("# Congo _Seeks_ Russian *Support*\n\n" + PROSE).title.value == "Congo Seeks Russian Support"


def test_clean_line_collapses_every_white_space_a_word_split_sees():
    """A line of single spaces between words is kept as it is; any other white space (a
    tab, a double space, an em space, an ideographic space, a file separator, a line
    separator, a next-line control) is collapsed to one space, and a zero-width space,
    which is no white space, stays."""
    from congo_digital.layout.lines import clean_line

    assert clean_line("one two three") == "one two three"
    for gap in ("\t", "  ", "\u2000", "\u3000\u3000", "\x1c", "\u2028", "\x85", " \u00a0"):
        assert clean_line(f"a{gap}b") == "a b", repr(gap)
    assert clean_line("a\u200bb") == "a\u200bb"
    assert clean_line("Jean\u2011Claude  Juncker ") == "Jean-Claude Juncker"


def test_short_article_date_line_under_the_title():
    lay = analyse("Council approves water plan\n\nMarch 3, 2025\n\nThe council approved the plan.\n\n"
                  "Work starts next month.\n", language="en")
    assert lay.title.value == "Council approves water plan"
    assert lay.date.value == "2025-03-03"
    assert [p.text for p in lay.paragraphs] == ["The council approved the plan.", "Work starts next month."]


def test_chinese_article_with_author_label_and_date():
    text = ("刚果寻求俄罗斯支持数字发展\n\n作者：王小明\n\n2025年2月19日 10:56\n\n"
            "刚果共和国与俄罗斯周二签署了一项数字合作协议，双方将在人工智能和网络安全领域开展合作。\n\n"
            "该协议旨在推动刚果的数字化转型。\n")
    lay = analyse(text, language="zh")
    assert lay.title.value == "刚果寻求俄罗斯支持数字发展"
    assert [a.name for a in lay.authors] == ["王小明"]
    assert lay.date.value == "2025-02-19T10:56"
    assert lay.paragraphs[0].text.startswith("刚果共和国与俄罗斯周二签署")


def test_article_date_line_with_the_time_after_a_bar():
    lay = analyse("Council approves water plan\n\nMar 1, 2025 | 10:30 AM EAT\n\n" + PROSE, language="en")
    assert lay.date.value == "2025-03-01T10:30+03:00"
    lay = analyse("Conseil : le plan de l'eau est adopté\n\nPar Jean Dupont | 1 mars 2025 | 10h30\n\n" + PROSE,
                  language="fr")
    assert (lay.date.value, [a.name for a in lay.authors]) == ("2025-03-01T10:30", ["Jean Dupont"])


def test_short_title_over_a_one_sentence_body_is_the_title():
    lay = analyse("Title here\n\nSome body text that is long enough.\n", language="en")
    assert (lay.title.value, lay.section) == ("Title here", None)
    assert [p.text for p in lay.paragraphs] == ["Some body text that is long enough."]
    lay = analyse("World\n\nCouncil approves new water plan\n\n" + PROSE, language="en")  # a kicker still
    assert (lay.title.value, lay.section.value) == ("Council approves new water plan", "World")


def test_chinese_credit_evidence_is_the_credit_line_not_an_earlier_mention():
    paragraph = "湖北省国防科工办负责人表示，将深入学习领会贺信精神，推动航天产业发展。\n\n"
    text = "国防科工办发布新规划\n\n" + paragraph * 2 + "牛镛表示将推动航天合作。\n\n(责编：牛镛、岳弘彬)\n"
    lay = analyse(text, language="zh")
    assert [a.name for a in lay.authors] == ["牛镛", "岳弘彬"]
    assert text[lay.authors_at.start:lay.authors_at.end] == "(责编：牛镛、岳弘彬)"


def test_a_pages_own_headline_stays_the_title_and_the_first_sentence_stays_in_the_body():
    # (the line under a short markup headline was read as the title, the headline as a kicker,
    # and the article's first paragraph was lost from the body)
    from congo_digital.api import parse_html

    art = parse_html("<h1>Minister resigns</h1><p>The minister resigned on Tuesday.</p><p>He said nothing.</p>",
                     parties=False, topics=False)
    assert (art.title, art.section, art.body) == (
        "Minister resigns", None, "The minister resigned on Tuesday.\n\nHe said nothing.")


def test_a_sentence_under_a_short_first_line_is_the_body_not_a_headline_under_a_kicker():
    from congo_digital.api import parse_text

    art = parse_text("Minister resigns\n\nThe minister resigned on Tuesday.\n\nHe said nothing.\n",
                     parties=False, topics=False)
    assert (art.title, art.section, art.body) == (
        "Minister resigns", None, "The minister resigned on Tuesday.\n\nHe said nothing.")


def test_a_first_line_of_a_label_word_and_two_capitalised_words_is_the_headline():
    # "Text" is a byline label ("Text: Jane Roe"), but without a colon and with no given name
    # after it the text's first line is its headline, and the body keeps its first sentence
    body = ("The city council approved the plan on Tuesday after a long debate about the costs, and the "
            "administration said that work would begin next month in the northern districts.\n\n"
            "The plan was first put forward last year.\n")
    lay = analyse("Text Story Here\n\n" + body, language="en")
    assert lay.title.value == "Text Story Here" and lay.authors == []
    assert lay.paragraphs[0].text.startswith("The city council approved the plan on Tuesday")
    lay = analyse("Text Jane Roe\n\n" + body, language="en")  # a given name: still a byline
    assert [a.name for a in lay.authors] == ["Jane Roe"]


def test_paragraph_like_counts_the_head_first_and_the_whole_line_when_the_head_is_short():
    from congo_digital.layout.lines import paragraph_like

    many = " ".join(["word"] * 30)  # 25 words in the head settle it
    assert paragraph_like(many + " and " + "x" * 500)
    long_words = " ".join(["Supercalifragilistic"] * 14) + " and so on"  # 16 words over 300 characters
    assert len(long_words) > 300 and paragraph_like(long_words + ".") and not paragraph_like(long_words)
    assert paragraph_like(" ".join(["Supercalifragilistic"] * 26))  # 26 words, most after the head


def test_a_long_line_is_noise_only_when_its_whole_key_is_a_noise_phrase():
    from congo_digital.layout.lines import is_noise

    assert is_noise("." * 120 + " Listen to this article")  # the dots are dropped from its key
    assert not is_noise("Listen to this article " + "and more words " * 10)
    assert not is_noise("The council met on Tuesday. " * 10)
    assert is_noise("Home    News    Sport")  # a menu row cut by runs of spaces
    assert not is_noise("Home | Council approves the budget for the northern districts")


ARTICLE = (
    "Minister unveils new plan for city trains\n\n{byline}\n\n"
    "The transport minister on Tuesday unveiled a plan to add new trains to the city network, saying "
    "the changes would cut waiting times by half.\n\nOfficials said the first trains would run next year.\n"
)


def test_a_byline_of_name_agency_and_place_split_by_bars_is_no_menu():
    # three short segments made it a menu row ("noise"): no author; then the agency was taken for a place
    lay = analyse(ARTICLE.format(byline="By Jane Doe | Reuters | Nairobi"), language="en")
    assert ([a.name for a in lay.authors], lay.dateline.place if lay.dateline else None) == (["Jane Doe"], "Nairobi")


def test_a_publication_in_a_byline_is_no_author():
    lay = analyse(ARTICLE.format(byline="By John Smith, The Guardian, London"), language="en")
    assert ([a.name for a in lay.authors], lay.dateline.place if lay.dateline else None) == (["John Smith"], "London")


@pytest.mark.parametrize(("byline", "place"), [
    ("By Jane Doe | Nation Africa | Mombasa", "Mombasa"),
    ("By Jane Doe | Daily Nation | Nairobi", "Nairobi"),
    ("By Jane Doe | Mail & Guardian | Johannesburg", "Johannesburg"),
    ("By Tuesday Ogbu | Premium Times | Abuja", "Abuja"),
    ("By Jane Doe | Reuters | Kenya", "Kenya"),
    ("By Jane Doe | AFP | Nairobi, Kenya", "Nairobi, Kenya"),
])
def test_a_publication_between_bars_is_no_place(byline: str, place: str) -> None:
    # the first segment beside the byline was the dateline's place: the paper's name, not the city
    lay = analyse(ARTICLE.format(byline=byline), language="en")
    assert ([a.name for a in lay.authors], lay.dateline.place if lay.dateline else None) == (
        [byline.split(" | ")[0][3:]], place)


SURNAME_HEADLINE = (
    "Von der Leyen a Roma\n\n"
    "Roma, 12 giugno 2025 – La presidente della Commissione europea è arrivata a Roma per discutere "
    "il piano sulla difesa con il governo.\n\nPoi ha incontrato i ministri a Palazzo Chigi.\n"
)


def test_a_headline_opening_with_von_der_is_the_title():
    # "Von der Leyen a Roma" was a German byline: author "der Leyen", the first paragraph the title
    lay = analyse(SURNAME_HEADLINE, language="it")
    assert (lay.title.value if lay.title else None, lay.authors, lay.date.value if lay.date else None) == (
        "Von der Leyen a Roma", [], "2025-06-12")


def test_a_menu_row_stays_noise():
    lay = analyse(ARTICLE.format(byline="Home | World | Business | Sport"), language="en")
    assert (lay.authors, [p.text[:18] for p in lay.paragraphs]) == ([], ["The transport mini", "Officials said the"])
