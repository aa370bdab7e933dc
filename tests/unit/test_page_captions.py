"""Photo captions in a page dumped as text: a paragraph that opens with a caption label or
ends with the picture's credit is no part of the body; a longer paragraph ending with a
credit (article text with a caption glued to it) stays.  Pages written for these tests."""

from congo_digital.layout.analyse import analyse
from congo_digital.layout.body import captioned

MENU = "\n".join(f"  • Section {i}" for i in range(20))

HEAD = ("Skip to content\n\n" + MENU
        + "\n\nCouncil approves new water plan for the north\n\nBy Jane Roe\nApril 28, 2023\n\n")

FIRST = ("The council approved the plan on Tuesday after a long debate about costs, and officials said work\n"
         "would start next month in the northern districts where the need is greatest.\n\n")
SECOND = ("The mayor said the first pipes would be laid before the winter, and that residents would be told\n"
          "about road closures a week in advance, according to the statement released on Tuesday.\n\n")
THIRD = ("Opposition members said the budget was too small for a project of this size and asked for a review\n"
         "of the costs in the autumn, when the first contracts are due to be signed.\n")


def _body(middle: str) -> list[str]:
    lay = analyse(HEAD + FIRST + middle + SECOND + THIRD + "\n" + MENU + "\n", language="en")
    assert lay.title.value == "Council approves new water plan for the north"
    return [p.text for p in lay.paragraphs]


ARTICLE = [
    "The council approved the plan on Tuesday after a long debate about costs, and officials said work "
    "would start next month in the northern districts where the need is greatest.",
    "The mayor said the first pipes would be laid before the winter, and that residents would be told "
    "about road closures a week in advance, according to the statement released on Tuesday.",
    "Opposition members said the budget was too small for a project of this size and asked for a review "
    "of the costs in the autumn, when the first contracts are due to be signed.",
]


def test_a_caption_ending_with_a_bracketed_credit_is_left_out():
    caption = ("Workers lay a new water pipe beside the main road in the northern district on Monday, April 24,\n"
               "2023, as the council prepares for the works. (Photo by John Doe/Example Images)\n\n")
    assert _body(caption) == ARTICLE


def test_a_caption_ending_with_an_agency_credit_is_left_out():
    caption = "Residents queue for water in the north of the city on Monday. REUTERS/John Doe\n\n"
    assert _body(caption) == ARTICLE


def test_a_broadcaster_caption_label_is_left_out():
    caption = "Media caption The mayor explains why the council needs the new pipes before the winter\n\n"
    assert _body(caption) == ARTICLE


def test_a_long_paragraph_ending_with_a_credit_stays():
    glued = ("Engineers checked the old pipes in March. They found leaks in every district. The worst were in "
             "the north. Repairs would have cost more than new pipes. The council chose new pipes. "
             "A worker at the pumping station. Foto: John Doe/Agency\n\n")
    assert _body(glued) == [ARTICLE[0], glued.strip(), ARTICLE[1], ARTICLE[2]]


def test_captioned_paragraphs():
    assert captioned("A man walks past the station in Paris, May 3, 2024. (AP Photo/Jane Roe)")
    assert captioned("Un homme prie à Katmandou, le 30 avril 2015. (Photo Jane Roe. AFP)")
    assert captioned("Der Bahnhof am Morgen (Foto: Jane Roe)")
    assert captioned("Firefighters at the scene. Foto: Jane Roe/Agency")
    assert captioned("Firefighters at the scene. © Jane Roe")
    assert not captioned("Firefighters at the scene. Jane Roe/Getty Images")  # unbracketed, name first
    assert captioned("Image copyright Getty Images Image caption The station was closed for two hours")
    assert not captioned("The minister, who was pictured at the station, said trains would run again (pictured).")
    assert not captioned("Crédit Agricole a annoncé mardi une hausse de ses bénéfices au premier trimestre.")
    assert not captioned("Photo: Jane Roe The council approved the plan on Tuesday after a long debate.")
    assert not captioned("The tax credit (credited to families in May) will rise next year, the minister said.")
    assert not captioned("photos.forEach(function(photo) { console.log(photo.title); });")
