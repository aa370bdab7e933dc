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
