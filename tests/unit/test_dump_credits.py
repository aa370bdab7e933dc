"""Credits and dates of whole pages dumped as text (issue 12): kinds of bylines written for
these tests, each as a renderer prints it."""

from congo_digital.layout.analyse import analyse

MENU = "\n".join(f"  • Menu item {i}" for i in range(20))

PROSE = (
    "The council approved the plan on Tuesday after a long debate about costs, and officials said "
    "work would start\nnext month in the northern districts where the need is greatest, according to "
    "the statement released.\n"
)


def page(header: str) -> str:
    return "Skip to content\n\n" + MENU + "\n\n" + header + "\n\n" + PROSE + "\n" + PROSE + "\n" + MENU + "\n"


def test_a_name_under_an_avatar_is_the_byline():
    # deck, share buttons, a caption, then the author's picture (no alt text) over the name
    text = page("  • 02/02/2025 KL. 09:00\n\nByrådet vedtager ny plan for vandet i den nordlige bydel\n\n"
                "Planen koster mindre end frygtet, og arbejdet begynder allerede i næste måned i de bydele, "
                "hvor\nbehovet er størst.\n\nDel artiklen Del\nGem på læseliste\n\n"
                "Rådhuset i Aarhus. Foto: Anna Holm\n\n[https]\nMikkel Sand\n\nEt kort mellemrubrik.")
    lay = analyse(text, language="da")
    assert lay.title.value == "Byrådet vedtager ny plan for vandet i den nordlige bydel"
    assert [a.name for a in lay.authors] == ["Mikkel Sand"]
    assert lay.date.value == "2025-02-02T09:00"


def test_names_between_avatars_before_a_stamp_are_the_byline():
    # each name after its avatar, the stamp (no year) at the end of the line
    text = page("Городской совет утвердил новый план водоснабжения северных районов\n\n"
                "[ab12cd3-1petrov] Иван Петров [ef56ab7-sidorova] Анна Сидорова \n"
                "[0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c] Олег Смирнов 8 января, 17:46\n"
                "Городской совет утвердил новый план водоснабжения северных районов\n"
                "коллаж: Мария Белова\n\nСсылка скопирована")
    lay = analyse(text, language="ru")
    assert [a.name for a in lay.authors] == ["Иван Петров", "Анна Сидорова", "Олег Смирнов"]


def test_prose_opening_with_die_is_no_byline_and_a_subheading_is_no_name():
    # "Die ..." starts with the letters of the prefix "di" but is a sentence: the header ends
    # there, and the subheading under it ("Leasing von Firmenfahrzeugen") names nobody
    text = page("Firmenwagen: Leasing oder Finanzierung?\n\n  • 7. Oktober 2019\n\n"
                "Die Finanzierung eines Firmenwagens kann eine große Auswirkung auf die Liquidität und die "
                "Gewinn-\nund Verlustrechnung eines Unternehmens haben. Entscheidend ist, wie ein Unternehmen "
                "finanziert.\n\nLeasing von Firmenfahrzeugen")
    lay = analyse(text, language="de")
    assert lay.title.value == "Firmenwagen: Leasing oder Finanzierung?"
    assert lay.authors == []
    assert lay.date.value == "2019-10-07"


def test_an_author_box_after_the_text_gives_the_byline():
    text = page("Firmenwagen: Leasing oder Finanzierung?\n\n  • 7. Oktober 2019\n\n" + PROSE
                + "\n\nMartin Roe\n\n \n\nMartin Roe\n\nAlles von Martin Roe\n\nEmailKontakt  |  Telefon")
    lay = analyse(text, language="de")
    assert [a.name for a in lay.authors] == ["Martin Roe"]


def test_a_menu_under_a_section_icon_or_a_form_field_is_no_avatar():
    text = page("Council approves new water plan for the north\n\n"
                "The plan costs less than feared, and the work starts next month.\n\n"
                "[backward-9]\nSmall Spaces\nKleine Wohnung\nKleine Küche\n\n"
                "[                    ]\nMynet Anasayfa\n\nShare this")
    lay = analyse(text, language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    assert lay.authors == []


def test_korean_reporter_credits_far_from_the_headline():
    from congo_digital.layout.people import suffix_credits

    assert [p.name for p in suffix_credits(["추천 기사", "김민수 기자", "kms@example.kr", "박지은 기자",
                                            "이 기사를 추천합니다", "최영호 기자"])] == ["김민수", "박지은"]
    assert suffix_credits(["김민수 기자회견", "정치 기자 수첩"]) == []
    text = page("시의회, 북부 지역 새 수도 계획 승인\n\n정치\n\n"
                "시의회는 화요일 긴 논의 끝에 계획을 승인했다. "
                "공사는 다음 달 북부 지역에서 시작된다고 관계자들이 밝혔다.\n\n"
                "TOP\n\n댓글\n\n추천 기사\n\n김민수 기자\n    kms@example.kr\n\n박지은 기자\n    pje@example.kr")
    lay = analyse(text, language="ko")
    assert [a.name for a in lay.authors] == ["김민수", "박지은"]


def test_a_bare_stamp_joined_under_a_wrapped_headline_dates_the_page():
    from congo_digital.layout.lines import split_lines
    from congo_digital.layout.page_blocks import Block
    from congo_digital.layout.page_dates import _tail_stamp

    head = "Городской совет утвердил новый план водоснабжения северных районов после долгого спора о"
    lines = split_lines(head + "\nцене\n08:22, 24.11.2020\nРегион: Север", 100)
    assert _tail_stamp(Block(0, 2, "", 14, False, False), lines).clean == "08:22, 24.11.2020"
    assert _tail_stamp(Block(0, 1, "", 13, False, False), lines) is None  # "цене": words
    assert _tail_stamp(Block(2, 2, "", 2, False, False), lines) is None  # a block of its own is read as one


def test_a_date_joined_under_a_wrapped_deck_is_the_date():
    deck = ("«Вестник». Городской совет утвердил новый план водоснабжения северных районов после спора о цене "
            "и\nсроках работ, и строители начнут работу уже в следующем месяце в тех районах, где нужда особенно "
            "велика\nи где давно ждут воду, сказали в мэрии в своём заявлении для прессы во вторник вечером после "
            "сессии\n08:22, 24.11.2020\nРегион: Север")
    lay = analyse(page("Совет утвердил план водоснабжения северных районов\n\n" + deck), language="ru")
    assert lay.title.value == "Совет утвердил план водоснабжения северных районов"
    assert lay.date.value == "2020-11-24T08:22"


def test_a_dashed_name_signed_under_the_date_after_the_text_is_the_byline():
    text = page("Neue Wasserleitung für den Norden der Stadt\n\n"
                + PROSE + "\nQuelle: Stadtrat, Wasserwerke\n\n28. November 2022\n\n- Jana Roth\n\nTeilen:")
    lay = analyse(text, language="de")
    assert lay.title.value == "Neue Wasserleitung für den Norden der Stadt"
    assert [a.name for a in lay.authors] == ["Jana Roth"]
    assert lay.date.value == "2022-11-28"
    quote = page("Neue Wasserleitung für den Norden der Stadt\n\n" + PROSE + "\n„Wasser ist Leben.“\n\n- Jana Roth")
    assert analyse(quote, language="de").authors == []  # a quotation's author, no date above it


def test_a_name_over_the_labelled_publication_date_far_from_the_scored_headline():
    from congo_digital.layout.page_blocks import split_blocks
    from congo_digital.layout.page_meta import _name_over_label

    text = ("  • Sport\n  • Football\n\nCHILDHOOD SWEETHEART\n\nWho is the striker's girlfriend and how many "
            "children do they have?\n\n  • Jane Roe\n\n  • Published: 22:04, 22 Apr 2024\n"
            "  • Updated: 22:05, 22 Apr 2024\n\n" + PROSE)
    from congo_digital.layout.lines import split_lines

    lines = split_lines(text, 100)
    blocks = split_blocks(lines, len(lines))
    assert [p.name for p in _name_over_label(blocks)] == ["Jane Roe"]
    lines = split_lines(text.replace("  • Jane Roe\n\n", "  • Share this\n\n"), 100)
    assert _name_over_label(split_blocks(lines, len(lines))) == []
