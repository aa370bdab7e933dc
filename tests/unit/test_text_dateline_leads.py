"""Plain texts with no headline whose first paragraph opens on a dateline, under a credit line
or not, in Latin or CJK script (the trial of 2026-12-07): the paragraph is the body's first,
never the title, and its dateline gives the date.  Made-up texts."""

from __future__ import annotations

import pytest
from text_records import plain_record

from congo_digital.layout.dateline import opens_on_dateline

REST = ("The central bank raised its benchmark interest rate by 50 basis points on Wednesday, "
        "citing persistent inflation and a weaker currency.")
SECOND = ("Economists had expected the move after prices rose for a sixth month in a row, and "
          "markets took the decision calmly on the day.")


@pytest.mark.parametrize(("dateline", "date", "place"), [
    ("LAGOS, March 12, 2025 - ", "2025-03-12", "Lagos"),  # the paragraph was the title, the body empty
    ("Lagos, 12 March 2025 – ", "2025-03-12", "Lagos"),
    ("ACCRA, Ghana, 4 November 2026 — ", "2026-11-04", "Accra"),
    ("NAIROBI (Agency) - ", None, "Nairobi"),
])
@pytest.mark.parametrize("credit", ["By Ada Okafor", "BY ADA OKAFOR", "By Ada Okafor and John Kamau", None])
def test_a_lead_on_a_dateline_under_a_credit_is_the_body(credit: str | None, dateline: str, date: str | None,
                                                        place: str):
    lead = dateline + REST
    rec = plain_record((credit + "\n\n" if credit else "") + lead + "\n\n" + SECOND)
    names = {"By Ada Okafor": ["Ada Okafor"], "BY ADA OKAFOR": ["Ada Okafor"],
             "By Ada Okafor and John Kamau": ["Ada Okafor", "John Kamau"],
             None: ["Agency"] if "(Agency)" in dateline else []}[credit]
    assert (rec["title"], rec["date"], rec["body"]) == (None, date, lead + "\n\n" + SECOND)
    assert ([a["name"] for a in rec["authors"]], rec["dateline"]["place"]) == (names, place)


@pytest.mark.parametrize(("credit", "lead", "second", "names"), [
    ("Par Awa Diop", "Dakar, le 12 mars 2025 – La banque centrale a relevé son taux directeur de 50 points "
     "de base mercredi, en raison d'une inflation persistante.",
     "Les économistes attendaient cette décision après six mois de hausse des prix.", ["Awa Diop"]),
    ("Von Anna Schmidt", "BERLIN, 12. März 2025 - Die Zentralbank hat am Mittwoch ihren Leitzins um 50 "
     "Basispunkte angehoben, wegen der anhaltenden Inflation.",
     "Die Märkte reagierten gelassen auf die Entscheidung.", ["Anna Schmidt"]),
])
def test_a_lead_on_a_dateline_under_a_credit_in_other_languages(credit: str, lead: str, second: str,
                                                                names: list[str]):
    rec = plain_record(f"{credit}\n\n{lead}\n\n{second}")
    assert (rec["title"], rec["date"], rec["body"]) == (None, "2025-03-12", lead + "\n\n" + second)
    assert [a["name"] for a in rec["authors"]] == names


def test_a_headline_over_or_under_the_credit_stays_the_title():
    lead = "LAGOS, March 12, 2025 - " + REST
    for text in (f"Central bank raises rates\n\nBy Ada Okafor\n\n{lead}\n\n{SECOND}",
                 f"By Ada Okafor\n\nCentral bank raises rates\n\n{lead}\n\n{SECOND}"):
        rec = plain_record(text)
        assert (rec["title"], rec["date"], rec["body"]) == ("Central bank raises rates", "2025-03-12",
                                                            lead + "\n\n" + SECOND)


@pytest.mark.parametrize(("lead", "second", "place", "agency"), [
    ("東京、2025年3月12日 - 日本銀行は12日、金融政策決定会合で政策金利を据え置くことを決めた。総裁は記者会見で、"
     "物価の動向を注視すると述べた。", "市場の反応は落ち着いていた。", "東京", None),  # was the title, no date
    ("大阪、2025年3月12日 - 大阪府は新しい観光計画を発表した。", "知事は記者会見で、準備を急ぐと述べた。",
     "大阪", None),
    ("上海，2025年3月12日 - 上海市政府周三公布了新的交通计划。市长表示，该计划将缓解拥堵。", "市民对此反应积极。",
     "上海", None),
    ("北京，2025年3月12日（新华社）— 中国人民银行周三宣布维持贷款市场报价利率不变。分析人士认为，这符合市场预期。",
     "市场反应平稳。", "北京", "新华社"),
])
def test_a_cjk_lead_on_a_dateline_without_a_headline_is_the_body(lead: str, second: str, place: str,
                                                                  agency: str | None):
    rec = plain_record(lead + "\n\n" + second)
    assert (rec["title"], rec["date"], rec["body"]) == (None, "2025-03-12", lead + "\n\n" + second)
    assert (rec["dateline"]["place"], rec["dateline"]["agency"]) == (place, agency)


@pytest.mark.parametrize(("text", "language", "lead"), [
    ("LAGOS, March 12, 2025 - " + REST, "en", True),
    ("東京、2025年3月12日 - 日本銀行は新しい方針を決めた。", "ja", True),
    ("LAGOS - Central bank raises rates", "en", False),  # a headline's dash: no prose after it
    ("Central bank raises rates by half a point", "en", False),
    ("東京、2025年3月12日", "ja", False),
    ("日本銀行が新しい方針を決定", "ja", False),
    ("The bank, March 12, 2025 - " + REST, "en", False),  # "The" opens a sentence, no place
])
def test_opens_on_dateline(text: str, language: str, lead: bool):
    assert opens_on_dateline(text, language) is lead
