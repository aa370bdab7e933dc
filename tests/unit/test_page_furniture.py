"""Page furniture at the end of a page dumped as text (issue 12): the cookie, sign-up and
copyright notices, menus and forms after the article, with the related headlines among
them, are no part of the body.  Pages written for these tests."""

from congo_digital.layout.analyse import analyse
from congo_digital.layout.body import furniture

MENU = "\n".join(f"  • Section {i}" for i in range(20))

HEAD = ("Skip to content\n\n" + MENU
        + "\n\nCouncil approves new water plan for the north\n\nBy Jane Roe\nApril 28, 2023\n\n")

ARTICLE = (
    "The council approved the plan on Tuesday after a long debate about costs, and officials said work\n"
    "would start next month in the northern districts where the need is greatest.\n\n"
    "The mayor said the first pipes would be laid before the winter, and that residents would be told\n"
    "about road closures a week in advance, according to the statement released on Tuesday.\n\n"
    "Opposition members said the budget was too small for a project of this size and asked for a review\n"
    "of the costs in the autumn, when the first contracts are due to be signed.\n"
)

TAIL = (
    "\nMost read\n\nNew bridge opens over the river\n\nSchool meals to cost less from June\n\n"
    "© 2023 Northern Gazette Ltd. All rights reserved. No part of this site may be reproduced without\n"
    "our written permission.\n\n"
    "This website uses cookies to personalise content and ads and to analyse our traffic. By continuing\n"
    "to use the site you agree to our cookie policy.\n\n"
    "Get the morning briefing delivered to your inbox every weekday. Email address [ ] Sign up\n\n"
    "  □ News ☆ Local ☆ Politics ☆ Business □ Sport ☆ Football ☆ Cricket □ Culture ☆ Music ☆ Film\n\n"
    + MENU + "\n"
)


def test_the_furniture_tail_is_cut_from_a_page_dump():
    lay = analyse(HEAD + ARTICLE + TAIL, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert [p.text[:40] for p in lay.paragraphs] == [
        "The council approved the plan on Tuesday",
        "The mayor said the first pipes would be ",
        "Opposition members said the budget was t",
    ]


def test_furniture_paragraphs():
    assert furniture("Copyright © 2017 Example Tavern. Powered by WordPress.")
    assert furniture("Wir verwenden Cookies, um Inhalte zu personalisieren. Die Website nutzt Cookies für Anzeigen.")
    assert furniture("Suscríbete y te enviaremos un correo diario con lo más nuevo en tecnología.")
    assert furniture("□ Politik ☆ Deutschland ☆ Europa ☆ Amerika")
    assert furniture("E-Mail [ ] Passwort [ ] Anmelden")
    assert not furniture("The company said its newsletter reached more readers than ever, and that it would hire "
                         "two new reporters in the spring.")
    long_story = ("The court heard that the firm had copied the photographs without permission. " * 12
                  + "All rights reserved, said the notice the judge read out.")
    assert not furniture(long_story)  # one phrase in a long paragraph: the article's own words


def test_an_article_ending_with_a_short_line_keeps_it_when_no_furniture_follows():
    tail = "\nMore from the council\n\nNew bridge opens over the river\n\n" + MENU + "\n"
    lay = analyse(HEAD + ARTICLE + tail, language="en")
    assert len(lay.paragraphs) == 3
    assert lay.paragraphs[-1].text.endswith("when the first contracts are due to be signed.")


STEPS = (
    "The council approved the plan on Tuesday after a long debate about costs, and officials said work\n"
    "would start next month in the northern districts where the need is greatest.\n\n"
    "What the plan includes\n\n"
    "  • New pipes for the three northern districts\n"
    "  • A second pumping station by the river\n\n"
    "[pumping-st]\n\n"
    "The pumping station.\n\n"
    "The pumping station. (Jane Roe)\n\n"
    "The mayor said the first pipes would be laid before the winter, and that residents would be told\n"
    "about road closures a week in advance, according to the statement released on Tuesday.\n\n"
    "Related stories\n\n"
    "  • Bridge repairs to start in May\n"
    "  • School meals to cost less\n\n"
    "The council has also voted to repair the old bridge over the river, a project that was first\n"
    "proposed ten years ago and that will close the road for most of the summer months.\n"
)


def test_short_lines_between_the_article_paragraphs_are_kept_teasers_are_not():
    lay = analyse(HEAD + STEPS + TAIL, language="en")
    assert [p.text for p in lay.paragraphs][1:5] == [
        "What the plan includes",
        "• New pipes for the three northern districts",
        "• A second pumping station by the river",
        "The pumping station. (Jane Roe)",
    ]
    texts = [p.text for p in lay.paragraphs]
    assert "Related stories" not in texts and "• Bridge repairs to start in May" not in texts
    assert len(texts) == 7
    assert texts[-1].startswith("The council has also voted to repair the old bridge")


def test_a_liveblog_column_between_two_paragraphs_is_not_kept():
    live = ("  • 12:47 Council approves the budget for next year\n"
            "  • 12:31 Storm warning for the coast tonight\n")
    text = HEAD + ARTICLE.replace("\n\nOpposition", "\n\n" + live + "\nOpposition") + TAIL
    texts = [p.text for p in analyse(text, language="en").paragraphs]
    assert len(texts) == 3 and not any("12:47" in t for t in texts)


COMMENTS = (
    "\nShare this:\n\n  • Click to share on Facebook\n  • Click to share on X\n\n"
    "There are 3 comments\n\n"
    "Ann Lee · April 28, 2023 at 9:12 AM\n\n"
    "I live in the north and we have waited for this plan for years, so it is good news that the\n"
    "council finally found the money for the pipes and the pumping station by the river.\n\n"
    "Leave a Reply\n\n"
)


def test_the_comment_section_under_the_article_is_not_body():
    lay = analyse(HEAD + ARTICLE + COMMENTS + TAIL, language="en")
    assert len(lay.paragraphs) == 3
    assert lay.paragraphs[-1].text.endswith("when the first contracts are due to be signed.")


def test_a_comment_count_in_the_share_bar_under_the_headline_cuts_nothing():
    head = HEAD.replace("April 28, 2023\n\n", "April 28, 2023\n\n12 comments\n\n")
    lay = analyse(head + ARTICLE + TAIL, language="en")
    assert len(lay.paragraphs) == 3


FOURTH = ("\nThe works will be paid for by the council and by a grant from the national water fund, which\n"
          "the council applied for last year after the long drought in the north.\n")

SPONSORED = (
    "\nFrom Around the Web\n\n"
    "  • Ten towns where houses still cost less than a car (Example Money)\n"
    "  • Doctors are stunned by this simple morning habit (Example Health)\n\n"
    "Promoted content by Example Ads\n\n"
    "Local baker wins the regional prize for the third year in a row, and says the secret is patience\n"
    "and a very old oven that her grandmother bought in the spring of 1962.\n"
)


def test_a_sponsored_links_widget_ends_the_body():
    lay = analyse(HEAD + ARTICLE + FOURTH + SPONSORED + "\n" + MENU + "\n", language="en")
    assert [p.text[:40] for p in lay.paragraphs] == [
        "The council approved the plan on Tuesday",
        "The mayor said the first pipes would be ",
        "Opposition members said the budget was t",
        "The works will be paid for by the counci",
    ]


def test_a_paragraph_of_the_article_naming_an_ad_network_stays():
    story = ("\nOutbrain said on Monday that it would buy a smaller rival, and the council said the deal\n"
             "would bring forty new jobs to the northern districts by the end of the year.\n")
    lay = analyse(HEAD + ARTICLE + FOURTH + story + "\n" + MENU + "\n", language="en")
    assert len(lay.paragraphs) == 5
    assert lay.paragraphs[-1].text.startswith("Outbrain said on Monday")


SHARES = "".join(f"  • Click to share on {site} (Opens in new window)\n" for site in ("Facebook", "Twitter", "Reddit"))
RELATED = (
    "\nThe council opened a new library in the east of the city last spring, with a reading room for\n"
    "children and a hall for evening classes that the residents had asked for over many years.\n\n"
    "A new bus line will link the northern districts with the centre from June, the transport office\n"
    "said, and tickets will cost the same as on the other lines of the city's network.\n"
)


def test_a_share_block_after_the_article_ends_the_body():
    lay = analyse(HEAD + ARTICLE + FOURTH + "\n" + SHARES + RELATED + "\n" + MENU + "\n", language="en")
    assert [p.text[:40] for p in lay.paragraphs] == [
        "The council approved the plan on Tuesday",
        "The mayor said the first pipes would be ",
        "Opposition members said the budget was t",
        "The works will be paid for by the counci",
    ]


MORE = (
    "\nEngineers from the water board will visit each district before the works start, the council\n"
    "said, and will answer questions from residents at meetings in the town halls in the evenings.\n\n"
    "The first districts to get new pipes will be those where the old ones break most often, and the\n"
    "works there should end before the summer holidays, according to the plan published on Tuesday.\n"
)


def test_a_share_bar_above_most_of_the_article_cuts_nothing():
    # about 100 words above the share bar and more under it: the article goes on under it
    lay = analyse(HEAD + ARTICLE + "\n" + SHARES + FOURTH + RELATED + MORE + "\n" + MENU + "\n", language="en")
    assert [p.text[:40] for p in lay.paragraphs if not p.text.startswith("•")] == [
        "The council approved the plan on Tuesday",
        "The mayor said the first pipes would be ",
        "Opposition members said the budget was t",
        "The works will be paid for by the counci",
        "The council opened a new library in the ",
        "A new bus line will link the northern di",
        "Engineers from the water board will visi",
        "The first districts to get new pipes wil",
    ]
