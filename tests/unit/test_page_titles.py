"""Headlines of whole pages dumped as text (issue 12, titles): kinds written for these tests."""

from congo_digital.layout.analyse import analyse
from congo_digital.layout.lines import split_lines
from congo_digital.layout.page_blocks import split_blocks
from congo_digital.layout.page_headline import headline_candidate

MENU = "\n".join(f"  • Menu item {i}" for i in range(20))

PROSE = (
    "Der Stadtrat hat den Plan am Dienstag nach einer langen Debatte über die Kosten gebilligt, und die "
    "Verwaltung\nteilte mit, dass die Arbeiten im nächsten Monat in den nördlichen Bezirken beginnen sollen, "
    "wo der Bedarf am größten ist.\n"
)


def page(header: str, tail: str = "") -> str:
    return "\n\n".join(["Zum Inhalt springen", MENU, header, PROSE + "\n" + PROSE + "\n" + tail + MENU]) + "\n"


def test_a_genre_label_glued_to_the_headline_is_cut():
    text = page("Meinung Warum der Stadtrat beim Wasser so lange gezögert hat\n\n  • von Jana Roth\n\n"
                "5. November 2024, 10:12 Uhr")
    lay = analyse(text, language="de")
    assert lay.title.value == "Warum der Stadtrat beim Wasser so lange gezögert hat"


def test_a_kicker_printed_elsewhere_with_a_separator_is_cut():
    text = page("Wasserversorgung Stadtrat billigt den neuen Plan für den Norden\n\nJana Roth\n27.04.2020 - 18:50 Uhr",
                tail="Mehr zu: Wasserversorgung - Stadtrat billigt den neuen Plan für den Norden\n\n")
    lay = analyse(text, language="de")
    assert lay.title.value == "Stadtrat billigt den neuen Plan für den Norden"


def test_a_kicker_glued_without_its_colon_gets_it_back_from_the_breadcrumb():
    text = page("Startseite\n\n  • Inland\n"
                "  • Streit um das Wasser: Stadtrat billigt den Plan - und vertagt den Rest\n\n"
                "Streit um das Wasser Stadtrat billigt den Plan - und vertagt den Rest\n\nStand: 27.04.2020 18:50 Uhr")
    lay = analyse(text, language="de")
    assert lay.title.value == "Streit um das Wasser: Stadtrat billigt den Plan - und vertagt den Rest"


def test_a_headline_printed_elsewhere_with_other_words_keeps_its_own_form():
    text = page("  • Wasser: Stadtrat billigt den Plan für den Norden heute\n\n"
                "Streit um das Wasser Stadtrat billigt den Plan für den Norden\n\nStand: 27.04.2020 18:50 Uhr")
    lay = analyse(text, language="de")
    assert lay.title.value == "Streit um das Wasser Stadtrat billigt den Plan für den Norden"


def test_a_capitalised_first_word_without_such_evidence_stays():
    text = page("Stadtrat billigt den neuen Plan für den Norden\n\nJana Roth\n27.04.2020 - 18:50 Uhr")
    assert analyse(text, language="de").title.value == "Stadtrat billigt den neuen Plan für den Norden"


def test_a_headline_beside_a_second_column_keeps_only_its_own_words():
    def row(left: str, right: str) -> str:  # two table cells printed side by side, 100 columns
        return left.ljust(74) + right

    text = "\n".join([
        row("Minecraft News", "Powered by Tumblr Official links:"), "",
        row("Minecraft 1.8 - The Bountiful Update", "Minecraft.net"),
        row("", "Minecraft Realms"),
        *(row(f"+ Added block number {i} with smooth versions", f"Link {i}") for i in range(12)), "",
        MENU, "", PROSE, PROSE, MENU, ""])
    lay = analyse(text, language="en")
    assert lay.title.value == "Minecraft 1.8 - The Bountiful Update"
    assert not any("Minecraft Realms" in p.text for p in lay.paragraphs)  # the column goes with its line


def test_a_two_word_headline_over_its_standfirst_is_no_byline():
    text = page("Unstillbares Heimweh\n\n"
                "In seinem Essay erkundet der Autor ein paradoxes Gefühl zwischen Traurigkeit und Trost.\n\n"
                "12. März 2021")
    assert analyse(text, language="de").title.value == "Unstillbares Heimweh"


def test_a_byline_name_under_the_headline_stays_a_name():
    text = page("Stadtrat billigt den neuen Plan für den Norden\n\nJana Roth\n\n"
                "Die Arbeiten sollen im nächsten Monat in den nördlichen Bezirken beginnen, teilte die Stadt mit.\n\n"
                "12. März 2021")
    lay = analyse(text, language="de")
    assert lay.title.value == "Stadtrat billigt den neuen Plan für den Norden"
    assert [a.name for a in lay.authors] == ["Jana Roth"]


def test_a_headline_over_its_deck_wins_over_the_deck():
    head = "Stadtrat billigt den neuen Plan für den Norden"
    text = page(f"Lokales |\n{head}\n\nDie Arbeiten kosten weniger als befürchtet",
                tail=f"Teilen: {head}\n\nMehr aus Lokales: {head}\n\n")
    assert analyse(text, language="de").title.value == head


def test_a_caption_with_its_photographer_or_illustrator_credit_is_no_headline():
    for caption in ("Fisher Neema Kabila mends a net at dawn. Photograph: Paul Mbala for the Courier",
                    "The old market in Bukavu at night. Illustration: Jana Muster"):
        lines = split_lines(caption + "\n")
        assert headline_candidate(split_blocks(lines, len(lines))[0]) is False


def test_a_media_caption_line_under_the_headline_is_no_headline():
    # a broadcaster's page: the video's caption line opens with its label ("Media caption")
    header = ("Council admits the water plan is its 'biggest frustration'\n\n  • 24 July 2015\n"
              "  • From the section Europe\n\n\n"
              "Media caption The mayor told reporters that the plan was his biggest worry")
    text = page(header, tail="Read the full transcript of the interview\n\n")
    lines = split_lines(text)
    blocks = split_blocks(lines, len(lines))
    caption = next(b for b in blocks if b.text.startswith("Media caption"))
    link = next(b for b in blocks if b.text.startswith("Read the full"))
    assert not headline_candidate(caption) and not headline_candidate(link)
    assert analyse(text, language="en").title.value == "Council admits the water plan is its 'biggest frustration'"


def test_a_name_of_the_day_widget_is_no_headline():
    text = page("söndag 2 augusti 2026\n\nDagens namn: Karin, Kajsa\n\nLogga in\n\n"
                "Stadsfullmäktige godkänner den nya planen för vattnet\n\nDen nya planen gäller från hösten")
    lines = split_lines(text)
    widget = next(b for b in split_blocks(lines, len(lines)) if b.text.startswith("Dagens namn"))
    assert not headline_candidate(widget)
    assert analyse(text, language="sv").title.value == "Stadsfullmäktige godkänner den nya planen för vattnet"
