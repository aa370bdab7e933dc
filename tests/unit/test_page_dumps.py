"""Whole pages dumped as text (issue 12): kinds of pages written for these tests."""

from congo_digital.layout.analyse import analyse
from congo_digital.layout.page_blocks import RULE, related_heading

MENU = "\n".join(f"  • Menu item {i}" for i in range(20))

PROSE = (
    "The council approved the plan on Tuesday after a long debate about costs, and officials said "
    "work would start\nnext month in the northern districts where the need is greatest, according to "
    "the statement released.\n"
)


def page(header: str, tail: str = "") -> str:
    return "Skip to content\n\n" + MENU + "\n\n" + header + "\n\n" + PROSE + "\n" + PROSE + "\n" + tail + MENU + "\n"


def test_rule_lines_are_separators():
    assert RULE.match("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━") is not None
    assert RULE.match("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\ufffd") is not None  # cut in a multibyte character
    assert RULE.match("* * *") is not None and RULE.match("-----") is not None
    assert RULE.match("...") is None and RULE.match("--") is None and RULE.match("a---") is None


def test_teasers_with_name_date_and_rule_are_not_the_headline():
    rule = "━" * 40
    teasers = "\n\n".join(f"Politics\n\nMayor of {town} opens another new bridge over the river\n\n"
                          f"{name}\nApril 2{i}, 2023\n{rule}" for i, (town, name) in enumerate(
                              [("Ashford", "Ann Lee"), ("Bexley", "Bob Stone"), ("Crawley", "Carl Dunn")], 1))
    text = page("Related posts\n\n" + teasers + "\n\n" + MENU + "\n\nCouncil approves new water plan for the north\n\n"
                "The plan costs less than feared\n\nJohn Roe\nApril 28, 2023")
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert [a.name for a in lay.authors] == ["John Roe"]
    assert lay.date.value == "2023-04-28"


def test_a_headline_right_under_dated_teasers_with_its_photo_between_it_and_the_byline():
    # the last teaser (printed again in a box below) is stamped like the others with no text
    # under it; the headline's deck does not take the byline and date from it
    rule = "━" * 40
    towns = [("Ashford", "Ann Lee"), ("Bexley", "Bob Stone"), ("Crawley", "Carl Dunn and Dora Fey")]
    teasers = "\n\n".join(f"Politics\n\nMayor of {town} opens another new bridge over the river\n\n"
                            f"{name}\nJanuary 1{i}, 2023\n{rule}" for i, (town, name) in enumerate(towns, 1))
    text = page("Top hits\n\n" + teasers.rsplit("\n", 1)[0] + "\n\nCity\n\n"
                "Council approves new water plan for the northern districts\n\n"
                "The plan costs less than anyone had feared last year\n\n[photo-of-the-plan-2023]\n"
                "The mayor, Jane Doe, and the treasurer, John Poe, at the council meeting\n\n"
                "John Roe\nApril 28, 2023",
                tail="Most read\n\nMayor of Crawley opens another new bridge over the river\n\n")
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the northern districts"
    assert [a.name for a in lay.authors] == ["John Roe"]
    assert lay.date.value == "2023-04-28"


def test_related_heading():
    assert related_heading("RELATED ARTICLES")
    assert related_heading("Lire aussi :")
    assert related_heading("Most read this week")
    assert not related_heading("Related parties meet in Geneva to discuss the future of the accord")


def test_headline_opening_with_a_number_is_not_a_date_line():
    text = page("The 21 best movies of 2017\n\nBy Jane Roe\nDecember 15, 2017")
    lay = analyse(text, language="en")
    assert lay.title.value == "The 21 best movies of 2017"
    assert lay.date.value == "2017-12-15"


def test_a_text_dump_with_a_few_stray_tags_is_text():
    from congo_digital.read.document import sniff_format

    dump = ("Council approves new water plan for the north\n\n" + PROSE * 60
            + "Shopping\n" + "<p></p>\nBest buys of the week\n" * 5)
    assert sniff_format(dump) == "text"
    assert sniff_format("<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>\n<p>Four.</p>\n<p>Five.</p>\n") == "html"
    assert sniff_format("Intro line\n<p>" + PROSE + "</p><br>\n<div><span>a</span><a href=x>b</a></div>") == "html"


def test_name_before_a_relative_stamp_is_the_byline():
    from congo_digital.layout.page_names import name_before_stamp

    assert name_before_stamp("Jane Roe5 hours ago") == "Jane Roe"
    assert name_before_stamp("Jane Roe • 8h") == "Jane Roe"
    assert name_before_stamp("Jane Roe @jroe / 6 days") == "Jane Roe"
    assert name_before_stamp("Jane Roe vor 2 Stunden") == "Jane Roe"
    assert name_before_stamp("The 5 days") is None and name_before_stamp("4 minute read") is None
    # the stamp ends the line, its number the line's last (case ignored)
    assert name_before_stamp("Jane Roe 14 mins ago 10") is None
    assert name_before_stamp("Jane Roe HACE 3 HORAS") == "Jane Roe"
    lay = analyse(page("Council approves new water plan for the north\n\nJane Roe • 8h\nShare Tweet Share"),
                  language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert [a.name for a in lay.authors] == ["Jane Roe"]


def test_a_short_chinese_headline_stays_the_title():
    text = ("习近平会见法国总统\n\n新华社北京3月5日电 国家主席习近平5日在人民大会堂会见来华进行国事访问的法国总统。"
            "两国元首就双边关系和共同关心的国际和地区问题深入交换意见。习近平指出，中法关系保持稳定发展势头。\n\n"
            "双方同意加强各领域合作，推动中法全面战略伙伴关系不断向前发展。\n")
    assert analyse(text, language="zh").title.value == "习近平会见法国总统"


def test_a_hundred_trailing_bylines_do_not_make_the_first_sentence_a_title():
    text = ("The council approved the plan on Tuesday after a long debate about costs, and officials said work "
            "would start next month.\n\nMore text here about the plan and its costs for the towns.\n\n")
    alone = analyse(text, language="en").title.value
    assert alone.startswith("The council approved the plan on Tuesday")
    trailing = "".join(f"By Jane Roe{i}\n" for i in range(100))
    assert analyse(text + trailing, language="en").title.value == alone
    headed = analyse("Council approves new water plan\nBy John Doe\n\n" + text + trailing, language="en")
    assert headed.title.value == "Council approves new water plan"
    assert [a.name for a in headed.authors] == ["John Doe"]


def test_day_month_order_is_decided_once_per_page():
    from congo_digital.layout.date_order import numeric_order, page_locale

    assert numeric_order("Posted 04/03/2024 ... comment of 15/04/2024") == "DMY"
    assert numeric_order("04/15/2024 and 04/03/2024") == "MDY"
    assert numeric_order("04/03/2024") is None and numeric_order("15/04/2024 and 04/15/2024") is None
    assert page_locale("04/03/2024\n15/04/2024", "en") == "en-GB"
    assert page_locale("© Example.ie 2023", "en") == "en-IE"
    assert page_locale("© Example.io 2023", "en") == "en"
    assert page_locale("© Example.co.uk 2023", "en-US") == "en-US"  # a stated region stands
    # any case of "copyright" or "(c)" marks the line, and the dots and dashes of other dates do not prove
    assert page_locale("COPYRIGHT Example.ie 2023", "en") == page_locale("(C) Example.ie", "en") == "en-IE"
    assert page_locale("Copyright 2023 Example Ltd, 2019-2020 figures", "en") == "en"
    assert numeric_order("15.04.2024") == "DMY" and numeric_order("04-15-2024") == "MDY"
    assert numeric_order("04/15/1999") == "MDY" and numeric_order("15/04/2124") is None
    # the proof far below (a comment's date) orders the headline's date
    text = page("Council approves new water plan for the north\n\nBy Jane Roe\n04/03/2024",
                tail="Comments\n\nJohn Doe 15/04/2024\n\n")
    assert analyse(text, language="en").date.value == "2024-03-04"
    assert analyse(page("Council approves new water plan for the north\n\nBy Jane Roe\n04/03/2024"),
                   language="en").date.value == "2024-04-03"
    dump = page("Council approves new water plan for the north\n\nBy Jane Roe\n08/11/2023 | 20:26",
                tail="© Example.ie 2023, all rights reserved\n\n")
    assert analyse(dump, language="en").date.value.startswith("2023-11-08")


def test_a_main_text_under_its_given_headline_keeps_its_list_items():
    items = "\n\n".join(f"+ Added item number {i} to the game" for i in range(110))
    lay = analyse("The update brings many changes to the game this week.\n\n" + items,
                  language="en", headline="Game 1.8 - The Big Update")
    assert lay.title.value == "Game 1.8 - The Big Update"
    body = "\n\n".join(p.text for p in lay.paragraphs)
    assert "+ Added item number 0 to the game" in body and "+ Added item number 109 to the game" in body


def test_a_list_of_names_over_the_date_is_the_byline():
    from congo_digital.layout.page_names import name_list

    assert name_list("Jane Roe, John Doe (Special envoy)") == ["Jane Roe", "John Doe"]
    assert name_list("Sevilla, Los Gallardos") == [] and name_list("Jane Roe") == []
    lay = analyse(page("Council approves new water plan for the north\n\nJane Roe, John Doe (Special envoy)\n\n"
                       "Northtown\n\n10/07/2026 00:50"), language="en")
    assert [a.name for a in lay.authors] == ["Jane Roe", "John Doe"]


def test_plain_article_name_before_a_relative_stamp_is_the_byline():
    text = ("Council approves new water plan for the north\n\nJane Roe @jroe / 6 days\n\n" + PROSE)
    assert [a.name for a in analyse(text, language="en").authors] == ["Jane Roe"]


def test_a_one_word_compound_headline_is_the_title():
    lay = analyse(page("Region | Outdoor | Video\n\nBodensee-Winterhechte\n\nText & Fotos: Jane Roe\n\n26.01.2022"),
                  language="de")
    assert lay.title.value == "Bodensee-Winterhechte"
    assert [a.name for a in lay.authors] == ["Jane Roe"]


def test_a_name_over_a_reading_time_is_the_byline():
    from congo_digital.layout.page_blocks import reading_time

    assert reading_time("11 min read") and reading_time("Lesezeit: 4 Minuten")
    assert not reading_time("Read 5 stories") and not reading_time("2023")
    lay = analyse(page("Council approves new water plan for the north\n\nJane Roe\n4 min read"), language="en")
    assert [a.name for a in lay.authors] == ["Jane Roe"]


def test_a_name_over_a_stamp_above_the_headline_when_the_page_is_long():
    teasers = "\n\n".join(f"Another story number {i} about things in the city today. It was long." for i in range(70))
    text = ("Jane Roe\n11 min read\n\n" + MENU + "\n\nCouncil approves new water plan for the north\n\n" + PROSE
            + "\n" + PROSE + "\n" + teasers + "\n" + MENU + "\n")
    assert [a.name for a in analyse(text, language="en").authors] == ["Jane Roe"]


def test_a_byline_right_under_a_wrapped_standfirst_is_its_own_block():
    deck = ("Closed crossings and hard border checks recall a time that seemed long gone, and drivers wait for "
            "hours.\nTravellers on the other side must expect insults, and worse, in the coming weeks of the year.")
    header = "Council approves new water plan for the north\n\n" + deck + "\nJane Roe\n27.04.2020 - 18:50 Uhr"
    lay = analyse(page(header), language="de")
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    assert lay.date.value.startswith("2020-04-27")


def test_interface_lines_are_not_the_headline():
    from congo_digital.layout.lines import interface_only

    assert interface_only("Show More Results") and interface_only("Ver comentarios")
    assert interface_only("Terms of Use Privacy") and interface_only("Instagram-Beiträge immer entsperren")
    assert interface_only("Guardar") and not interface_only("By")  # a lone "By" is a byline's
    assert not interface_only("Council approves new water plan")
    footer = "\n\n".join(f"Kommentare anzeigen\n\nHerbert Frei\n\nEine Geschichte aus {town} über das Wetter und "
                         f"die Menschen, die dort seit vielen Jahren leben und arbeiten, erzählt in langen Sätzen."
                         for town in ("Aachen", "Bonn", "Celle"))
    text = page("Stadtrat beschließt neuen Wasserplan für den Norden\n\nVon Jana Rohr\n\n12.03.2024", footer + "\n\n")
    lay = analyse(text, language="de")
    assert lay.title.value == "Stadtrat beschließt neuen Wasserplan für den Norden"
    assert [a.name for a in lay.authors] == ["Jana Rohr"]


def test_share_and_comment_rows_between_headline_and_byline_are_skipped():
    header = ("¿Aprueba el consejo el nuevo plan de agua para el norte?\n\nCompartir en Facebook Compartir en Twitter\n"
              "Cerrar Compartir en Linkedin\nVer comentarios\nGuardar\nImprimir\n\nJuana Roca\n\n"
              "12 MAR 2024 - 18:37 CET")
    lay = analyse(page(header), language="es")
    assert lay.title.value == "¿Aprueba el consejo el nuevo plan de agua para el norte?"
    assert _why(page(header), "¿Aprueba el consejo")[:2] == ["name after +2.0", "date after +2.0"]
    assert [a.name for a in lay.authors] == ["Juana Roca"]
    assert lay.date.value.startswith("2024-03-12")


def test_a_label_ending_in_by_is_not_the_headline():
    header = ("Local news is sponsored by\n\nCouncil approves new water plan for the north\n\n"
              "  • 24 July 2024\n  • From the section Local")
    lay = analyse(page(header), language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert lay.date.value == "2024-07-24"


def test_a_photo_caption_over_the_headline_is_not_text_before_it():
    caption = ("NORTHTOWN - MARCH 2: Residents gather by the river during a rally for clean water in Northtown, on "
               "Monday,\nMarch 2, 2024, the day the plan was announced. (Photo by Ann Lee via Getty Images)")
    header = ("Section news\n\n" + caption + "\n\nCouncil approves new water plan for the north\n\n"
              "“We have waited for this for twenty years,” said one resident.\n\nJohn Roe\nMarch 3 2024, 9:54 a.m.")
    lay = analyse(page(header), language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert [a.name for a in lay.authors] == ["John Roe"]
    assert "caption before -1.0" in _why(page(header), "Council approves")


def _why(text: str, start: str) -> list[str]:
    """The named points of the headline score of the first block of ``text`` that starts with ``start``."""
    from congo_digital.layout.lines import split_lines
    from congo_digital.layout.page_headline import make_page
    from congo_digital.layout.page_title_score import title_score

    pg = make_page(split_lines(text))
    k = next(k for k, b in enumerate(pg.blocks) if b.text.startswith(start))
    why: list[str] = []
    title_score(pg, k, why)
    return why


def test_a_name_with_initials_in_brackets_is_a_name_not_the_headline():
    from congo_digital.layout.page_names import bare_name

    assert bare_name("Richard (R.J.) Roe") and not bare_name("Council (North) approves plan")
    header = ("Sunday, Feb 1, 2024 11:57 AM UTC\n\nCouncil approves new water plan for the north\n\n"
              "The plan costs less than feared, and work starts soon\n\nRichard (R.J.) Roe")
    assert analyse(page(header), language="en").title.value == "Council approves new water plan for the north"


def test_a_lowercase_agency_after_a_byline_prefix_is_the_author():
    from congo_digital.fields.bylines import parse_byline

    assert [a.name for a in parse_byline("Von dpa").authors] == ["dpa"]
    assert parse_byline("by using humorous bags") is None
    header = "Stadtrat beschließt neuen Wasserplan für den Norden\n\nVon dpa 30.04.2024, 18:58"
    lay = analyse(page(header), language="de")
    assert [a.name for a in lay.authors] == ["dpa"]
    assert lay.date.value.startswith("2024-04-30")


def test_little_text_under_the_headline_takes_the_densest_prose():
    box = "\n\n".join(["Share", "Save", "Key specs", "  • Weight  2 kg\n  • Colour  Grey", "Buy now"] * 3)
    story = "\n\n".join([PROSE.replace("council", f"council of {town}") for town in ("Ashford", "Bexley")] * 3)
    teasers = "\n\n".join(f"Another story {i}\n\nBy Ann Lee" for i in range(30))
    text = ("Skip to content\n\n" + MENU + "\n\n" + box + "\n\n" + story + "\n\n" + teasers + "\n\n"
            + "Council approves new water plan for the north\n\nBy John Roe\n\nShort note.\n\n" + MENU + "\n")
    lay = analyse(text, language="en")
    assert lay.paragraphs and lay.paragraphs[0].text.startswith("The council of Ashford approved the plan")


def test_a_name_before_a_date_label_on_one_line_is_the_byline():
    from congo_digital.layout.page_names import residue

    assert residue("Jana Rohr Zuletzt geändert am") == "Jana Rohr"
    assert residue("Marie Le Pen") == "Marie Le Pen"
    header = ("Stadtrat beschließt neuen Wasserplan für den Norden\n\n[svg][logo]\n"
              "Jana Rohr Zuletzt geändert am 06.11.2023")
    lay = analyse(page(header), language="de")
    assert [a.name for a in lay.authors] == ["Jana Rohr"]
    assert lay.date.value == "2023-11-06"


def test_a_photo_caption_between_standfirst_and_byline_does_not_end_the_header():
    header = ("Bystyret vedtager ny vandplan for den nordlige del af byen\n\n"
              "Borgmesteren siger, at planen er billigere end frygtet, og at arbejdet begynder allerede i næste "
              "måned i de nordlige bydele, hvor behovet er størst, ifølge den udsendte meddelelse.\n\n"
              "Borgmesteren står ved floden, hvor det nye anlæg skal bygges, og taler med naboerne om planen. Hun "
              "siger også, at byen har ventet på denne dag i mange år, og at alle skal kunne se resultatet.\n\n"
              "Foto: Anne Lund\n\nJens Holm og Marie Dahl\nOffentliggjort torsdag 06. feb 2025 17:25")
    lay = analyse(page(header), language="da")
    assert [a.name for a in lay.authors] == ["Jens Holm", "Marie Dahl"]
    assert lay.date.value == "2025-02-06T17:25"
    from congo_digital.layout.lines import split_lines
    from congo_digital.layout.page_headline import make_page
    from congo_digital.layout.page_meta import page_meta

    lines = split_lines(page(header))
    pg = make_page(lines)
    k = next(k for k, b in enumerate(pg.blocks) if b.text.startswith("Bystyret"))
    authors, dates, _, _, _ = page_meta(pg.blocks, k, lines, "da")  # read under the headline, not elsewhere
    assert [a.name for a in authors] == ["Jens Holm", "Marie Dahl"] and dates[0][0].value == "2025-02-06T17:25"


def test_a_teaser_opening_with_its_relative_stamp_is_not_the_headline():
    from congo_digital.layout.page_names import stamp_first

    assert stamp_first("3h agoWhy the council changed its mind") and stamp_first("vor 2 Stunden Der Rat tagt")
    assert not stamp_first("3 hours agony of the council") and not stamp_first("The 3h ago list")
    header = ("Latest\n\n1h agoMayor opens another new bridge over the river in the east\n\nLatest\n\n"
              "3h agoWhy the mayor's gamble on the bridge was a necessary evil after all\n\n"
              "Council 2024 plan: water for the north approved after a long debate\n\n"
              "Work starts next month in the northern districts where the need is greatest\n\n"
              "All six councillors voted on Tuesday at the town hall (Photos: Getty/AP)\n\n"
              "author avatar image\nBy John Roe\nFreelance writer\nAugust 30, 2024 1:55 am(Updated 4:30 am)")
    lay = analyse(page(header), language="en")
    assert lay.title.value == "Council 2024 plan: water for the north approved after a long debate"
    assert [a.name for a in lay.authors] == ["John Roe"]
    assert lay.date.value == "2024-08-30T01:55"


def test_an_updated_line_does_not_give_the_publication_date():
    from congo_digital.fields.dateparse import find_dates

    assert find_dates("Article mis à jour le 7 janvier 2020.", language="fr")[0].kind == "modified"
    assert find_dates("Jeanne Roc 7 janvier 2020", language="fr")[0].kind is None
    header = ("Accueil | Par Jeanne Roc | 30 septembre 2018\n\n"
              "Le conseil adopte le nouveau plan d'eau pour le nord de la ville\n\n"
              "Article mis à jour le 7 janvier 2020.")
    lay = analyse(page(header), language="fr")
    assert lay.date.value == "2018-09-30"
    assert lay.date_modified.value == "2020-01-07"


def test_published_date_beside_an_update_label_of_other_languages():
    head = "Council approves new water plan for the north\n\n"
    for header, language, want, changed in [
            ("Оновлено 5 травня 2023 | Опубліковано 4 травня 2023", "uk", "2023-05-04", "2023-05-05"),
            ("수정 2023.05.05 12:00 입력 2023.05.04 10:30", "ko", "2023-05-04T10:30", "2023-05-05T12:00"),
            ("更新时间：2023-05-05 12:00 发布时间：2023-05-04 10:30", "zh", "2023-05-04T10:30", "2023-05-05T12:00"),
            ("Frissítve: 2023. május 5. | Közzétéve: 2023. május 4.", "hu", "2023-05-04", "2023-05-05"),
            ("Diperbarui 5 Mei 2023 | Diterbitkan 4 Mei 2023", "id", "2023-05-04", "2023-05-05"),
            ("Ενημερώθηκε 5 Μαΐου 2023 | Δημοσιεύθηκε 4 Μαΐου 2023", "el", "2023-05-04", "2023-05-05")]:
        lay = analyse(page(head + "Jane Roe\n" + header), language=language)
        assert (lay.date.value, lay.date_modified.value) == (want, changed), language


def test_page_date_in_other_digits_and_a_dashed_copyright_range():
    text = page("Council approves new water plan for the north\n\nJane Roe\n১৬ ফেব্রুয়ারি ২০২০, ১৬:২০")
    assert analyse(text, language="bn").date.value == "2020-02-16T16:20"
    text = page("Council approves new water plan for the north\n\nJane Roe, 8 January, 17:46") + \
        "\nAll rights reserved. © 2005—2020, Example Media\n"
    assert analyse(text, language="en").date.value == "2020-01-08T17:46"


def test_a_byline_after_a_dated_stamp_opening_with_a_weekday():
    for stamp, language in (("jeudi 13 juin 2019, par Jeanne Rousseau", "fr"),
                            ("Thursday, 13 June 2019 by Jeanne Rousseau", "en")):
        lay = analyse(page("Le conseil approuve le nouveau plan de l'eau\n\n" + stamp), language=language)
        assert lay.title.value == "Le conseil approuve le nouveau plan de l'eau"
        assert [a.name for a in lay.authors] == ["Jeanne Rousseau"]
        assert lay.date.value == "2019-06-13"


def test_a_page_without_a_printed_date_is_dated_by_its_lead_image_file_name():
    text = page("Congresos sobre actividad física se transmitirán desde Puerto Montt\n\n"
                "16:45 Se realizarán de manera online.\n\n[file_20200824164321]\nLa actividad física. (Cedida)")
    lay = analyse(text, language="es")
    assert lay.title.value == "Congresos sobre actividad física se transmitirán desde Puerto Montt"
    assert lay.date.value == "2020-08-24"
    assert lay.date.source == "text:image-name"
    assert analyse(text.replace("20200824", "20201344"), language="es").date is None  # no such day
    dated = text.replace("16:45 Se", "March 3, 2021 Se")
    assert analyse(dated, language="es").date.value == "2021-03-03"  # a printed date comes first


def test_a_credit_with_its_by_inside_a_dated_line():
    # "<date> • words written by A • Art by B": the writer, not the illustrator
    text = page("Council approves new water plan for the north\n\n"
                "March 4, 2021 • words written by Jane Roe • Art by John Doe")
    lay = analyse(text, language="en")
    assert [a.name for a in lay.authors] == ["Jane Roe"]
    assert lay.date.value == "2021-03-04"
    text = page("Council approves new water plan for the north\n\n"
                "March 4, 2021 • Photos by John Doe")
    assert analyse(text, language="en").authors == []


def test_a_blog_stamp_above_the_headline_with_its_author():
    # a blog template prints "<date> by <user> Post a Comment" over the post's headline
    text = page("Okra stir fry\n\nSeptember 15, 2020 byAsha kumari Post a Comment\n\n Okra stir fry made simple")
    lay = analyse(text, language="en")
    assert [a.name for a in lay.authors] == ["Asha kumari"]
    assert lay.date.value == "2020-09-15"


def test_a_recipe_card_label_under_an_author_label_is_no_name():
    card = ("Prep time\n\n15 min\n\nAuthor\n\nIngredients\n\n  • 200 g okra\n  • 1 onion\n\n")
    text = page("Council approves new water plan for the north", tail=card)
    assert analyse(text, language="en").authors == []


def test_a_breadcrumb_glued_to_the_headline_is_cut_by_its_copy():
    text = page("Navigation\n\nNewsBusinessCouncil approves new water plan for the north\n\n"
                "Council approves new water plan for the north\n\nJane Roe\n9:51")
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert [a.name for a in lay.authors] == ["Jane Roe"]


def test_the_fuller_headline_over_the_date_stamp_is_the_title():
    # a blog post's first subheading repeats the start of its headline under the stamp
    text = page("Okra stir fry (bhindi masala)\n\nSeptember 15, 2020 by Asha Kumari\n\nOkra stir fry")
    lay = analyse(text, language="en")
    assert lay.title.value == "Okra stir fry (bhindi masala)"
    assert [a.name for a in lay.authors] == ["Asha Kumari"]
    assert lay.date.value == "2020-09-15"


def test_a_name_under_its_photo_alt_text_and_over_a_credit_is_a_caption():
    # image alt "John Doe", caption "John Doe", then the photo credit: the byline comes after
    text = page("Council approves new water plan for the north\n\n"
                "Updated: 02.02.2025 23:49 Published: 02.02.2025 21:52\n\nJohn Doe\n\nJohn Doe\n\n"
                "Photo: Agency/Ann Lee\n\nJane Roe\n\nAdvertisement")
    lay = analyse(text, language="en")
    assert [a.name for a in lay.authors] == ["Jane Roe"]
