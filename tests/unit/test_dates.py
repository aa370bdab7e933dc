"""Date rules on small strings written for these tests."""

import pytest

from congo_digital.fields import dateparse
from congo_digital.fields.dateparse import find_dates
from congo_digital.fields.datewords import date_candidate


@pytest.fixture
def read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts handed to dateparser (``dateparse._search``) during the test, in order."""
    texts: list[str] = []
    search = dateparse._search

    def counted(text: str, *args: object) -> object:
        texts.append(text)
        return search(text, *args)

    monkeypatch.setattr(dateparse, "_search", counted)
    return texts


def values(line, language="en"):
    return [(d.value, d.kind) for d in find_dates(line, language=language)]


def test_label_with_colon():
    assert values("Posted: Nov 8, 2023 / 04:43 PM CST") == [("2023-11-08T16:43-06:00", "published")]
    assert values("Published: 3 March 2025") == [("2025-03-03", "published")]


def test_day_month_order_by_language():
    assert values("04/05/2022", "pt") == [("2022-05-04", None)]
    assert values("04/05/2022", "en") == [("2022-04-05", None)]


def test_german_numeric_with_time():
    assert values("07.03.2025, 11:45 Uhr", "de") == [("2025-03-07T11:45", None)]


def test_modified_label():
    assert values("Updated 12:40 GMT, 18 March 2025") == [("2025-03-18T12:40+00:00", "modified")]


def test_year_colon_and_time_not_read_as_today():
    assert values("by Jane Roe February 1, 2016: 12:41 PM ET") == [("2016-02-01T12:41", None)]
    assert values("Apr. 28, 2023 1:15 pm") == [("2023-04-28T13:15", None)]


def test_meridiem_with_dots_and_abbreviated_month():
    assert values("Published: Sept. 8, 2020 at 9:22 a.m. ET") == [("2020-09-08T09:22", "published")]


def test_fast_reader_common_forms():
    from congo_digital.fields.datewords import quick_dates

    assert [w.strftime("%Y-%m-%d") for _, w in quick_dates("Date : mercredi, 19 février 2025 10:56")] == ["2025-02-19"]
    assert quick_dates("Published 03/04/2025 9:05 a.m. ET", order="MDY")[0][1].month == 3
    assert quick_dates("Madrid, 03/04/2025 - 13:25", order="DMY")[0][1].month == 4
    assert [m for m, _ in quick_dates("Publicado em 5 de março de 2025, às 10:20")] == ["5 de março de 2025"]
    assert [m for m, _ in quick_dates("5. März 2025")] == ["5. März 2025"]
    assert quick_dates("Issue 214 of 2025") == []


def test_time_printed_before_the_date():
    from congo_digital.fields.dateparse import find_dates

    found = find_dates("Updated 12:40 GMT, 18 March 2025", language="en")
    assert [(d.value, d.kind) for d in found] == [("2025-03-18T12:40+00:00", "modified")]


def test_year_glued_to_the_next_number():
    assert values("Jane Roe 20 janvier 202020 janvier 2020", language="fr")[0][0] == "2020-01-20"
    assert values("miércoles, 4 de mayo de 202207:59 hs", language="es")[0][0] == "2022-05-04T07:59"
    from congo_digital.fields.datewords import quick_dates

    assert quick_dates("4 May 2022123") == []


def test_time_glued_to_the_year():
    assert values("April 25, 20232:26 PM GMT+2")[0][0] == "2023-04-25T14:26+02:00"


def test_today_and_yesterday_give_no_date():
    assert values("Publiziert heute um 12:19 Uhr", language="de") == []
    assert values("Yesterday at 9:51") == []
    assert find_dates("heute um 12:19", language="de", default_year=2026) == []


def test_version_and_build_strings_are_not_dates():
    assert find_dates("VN:F [1.9.22_1171]", language="de") == []
    assert find_dates("Plugin v1.9.22", language="de") == []
    assert [d.value for d in find_dates("Stand 1.9.22", language="de")] == ["2022-09-01"]


def test_german_entered_on_label_is_a_publication_date():
    found = find_dates("Eingetragen am 3. Januar 2020, aktualisiert am 3. Januar 2020", language="de")
    assert [(d.value, d.kind) for d in found] == [("2020-01-03", "published"), ("2020-01-03", "modified")]


def test_time_in_the_segment_after_the_date():
    assert values("Mar 1, 2025 | 10:30 AM EAT") == [("2025-03-01T10:30+03:00", None)]
    assert values("Par Jean Dupont | 1 mars 2025 | 10h30 | Politique", "fr") == [("2025-03-01T10:30", None)]
    assert values("Mar 1, 2025 | Updated 11:00") == [("2025-03-01", None)]  # a labelled time is another stamp
    assert values("Mar 1, 2025 | Politics | 10:30") == [("2025-03-01", None)]  # not next to the date


def test_impossible_offsets_are_dropped():
    from congo_digital.fields.dates import normalise_date

    assert values("March 3, 2025 10:30 +25:00") == [("2025-03-03T10:30", None)]
    assert values("2025-03-03T10:30:00+25:00") == [("2025-03-03T10:30", None)]
    assert normalise_date("2025-03-03T10:30:00+25:00") == "2025-03-03T10:30"
    assert normalise_date("2025-03-03T10:30:00-0930") == "2025-03-03T10:30-09:30"


def test_a_line_without_a_year_is_not_read_unless_a_year_is_given(read: list[str]):
    assert find_dates("Posted on March 7 at 10:31") == []  # no year printed: no reader runs
    assert read == []
    found = find_dates("Posted on March 7 at 10:31", default_year=2024)
    assert [(d.value, d.kind, d.has_year) for d in found] == [("2024-03-07T10:31", "published", False)]
    assert [d.value for d in find_dates("Posted on March 7, 2021 at 10:31")] == ["2021-03-07T10:31"]
    assert [d.value for d in find_dates("Posted on 07.03.21 at 10:31", language="de")] == ["2021-03-07T10:31"]
    assert read == ["March 7 at 10:31", "March 7, 2021 at 10:31", "07.03.21 at 10:31"]  # the label taken off


def test_digits_of_other_scripts():
    # Bengali, Arabic-Indic, Persian and Devanagari digits are read as their values, year too
    assert values("১৬ ফেব্রুয়ারি ২০২০", "bn") == [("2020-02-16", None)]
    assert values("١٥ مارس ٢٠٢٣", "ar") == [("2023-03-15", None)]
    assert values("۱۵ مارس ۲۰۲۳", "fa") == [("2023-03-15", None)]
    assert values("१५ मार्च २०२३", "hi") == [("2023-03-15", None)]
    # a yearless stamp takes the year given, not a year printed in other digits
    assert [d.value for d in find_dates("১৬ ফেব্রুয়ারি ২০২০", language="bn", default_year=2021)] == ["2020-02-16"]


def test_ascii_digits_keeps_offsets():
    from congo_digital.fields.dateparse import ascii_digits

    assert ascii_digits("১৬ ফেব্রুয়ারি ২০২০") == "16 ফেব্রুয়ারি 2020"
    assert ascii_digits("m² 12") == "m² 12"  # a superscript is no decimal digit
    found = find_dates("সম্পাদিত ১৬ ফেব্রুয়ারি ২০২০", language="bn")[0]
    assert (found.start, found.end) == (9, 28)


def test_copyright_year_of_a_range():
    from congo_digital.fields.dateparse import year_of_copyright

    assert year_of_copyright("Усі права захищені. © 2005—2020, Example") == 2020
    assert year_of_copyright("Example.cz 1999 – 2021 © Example, a.s.") == 2021
    assert year_of_copyright("Copyright © 2010-2019 Example Ltd") == 2019
    assert year_of_copyright("(c) 2024 Example") == 2024
    assert year_of_copyright("© ২০২০ Example") == 2020
    assert year_of_copyright("All rights reserved") is None


def test_two_iso_dates_on_one_line_keep_their_labels():
    assert values("更新时间：2023-05-05 12:00 发布时间：2023-05-04 10:30", "zh") == [
        ("2023-05-05T12:00", "modified"), ("2023-05-04T10:30", "published")]
    assert values("Updated 2023-05-05 Published 2023-05-04") == [
        ("2023-05-05", "modified"), ("2023-05-04", "published")]
    assert values("2023-05-04 10:30 (2023-05-05)") == [("2023-05-04T10:30", None), ("2023-05-05", None)]


def test_update_and_publication_labels_of_more_languages():
    assert values("Оновлено 5 травня 2023 | Опубліковано 4 травня 2023", "uk") == [
        ("2023-05-05", "modified"), ("2023-05-04", "published")]
    assert values("Обновлено 5 мая 2023 | Опубликовано 4 мая 2023", "ru") == [
        ("2023-05-05", "modified"), ("2023-05-04", "published")]
    assert values("수정 2023.05.05 12:00 입력 2023.05.04 10:30", "ko") == [
        ("2023-05-05T12:00", "modified"), ("2023-05-04T10:30", "published")]
    both = [("2023-05-05", "modified"), ("2023-05-04", "published")]
    assert values("Päivitetty 5.5.2023 | Julkaistu 4.5.2023", "fi") == both
    assert values("Ažurirano 5.5.2023. | Objavljeno 4.5.2023.", "hr") == both


def test_cldr_numeric_form_with_words_between_the_numbers():
    from congo_digital.fields.datewords import quick_dates, written_numeric

    assert values("更新日：2023年5月5日 公開日：2023年5月4日", "ja") == [
        ("2023-05-05", "modified"), ("2023-05-04", "published")]
    assert values("2023 年 5 月 4 日 10:30", "zh") == [("2023-05-04T10:30", None)]
    assert [m for m, _ in quick_dates("2023年5月4日 10:30", ("ja",))] == ["2023年5月4日"]
    assert written_numeric(("en", "fr")) == ()


def test_prose_numbers_are_not_sent_to_dateparser(read: list[str]):
    # dateparser reads "2.1% in 2004" as 1 February 2004: a sentence's numbers are not a date,
    # nor are a headline's ("8.1% in 2004" was 1 August 2004; "in 2005", "1945 GMT" cost it 7-17 ms)
    sentence = "Sales rose 2.1% in 2004 than in the previous year, as solid sales offset a weak showing in Europe."
    assert not date_candidate(sentence)
    assert find_dates(sentence, language="en") == []
    for headline in ("Singapore growth at 8.1% in 2004", "Holmes starts 2005 with GB events", "1945 GMT"):
        assert find_dates(headline, language="en") == []
    assert read == []
    # a short date line, a dateline and a byline with its stamp are still read
    assert [d.value for d in find_dates("Tuesday, 4th March 2025", language="en")] == ["2025-03-04"]
    dateline = "PARIS, 3 mai (AFP) — Le gouvernement a présenté mardi son plan de 2025 pour les routes du pays."
    assert date_candidate(dateline, ("fr", "en"))
    assert [d.value for d in find_dates(dateline, language="fr", default_year=2025)] == ["2025-05-03"]
    byline = "By Jane Doe, political correspondent of the Daily Example, on the 3rd of March 2025 at 10:30."
    assert [d.value for d in find_dates(byline, language="en")] == ["2025-03-03T10:30"]
    assert read == ["Tuesday, 4th March 2025", dateline, byline]


def test_date_candidate():
    assert not date_candidate("growth slowed to 8.1% in 2004 from £51.6m, the bank said.")
    assert date_candidate("28. 4. 2023, 18:41 Uhr")
    assert date_candidate("on the 3rd of March 2025")
    assert date_candidate("le 3 mai")
    assert date_candidate("el sábado 07 de mayo del 2022", ("es",))
    assert date_candidate("Sept. 5 was the day")
    assert not date_candidate("in March, prices were well above 2004's average")


def test_a_story_sentence_in_the_header_is_no_stamp_for_dateparser(read: list[str]):
    # a sentence of the first paragraphs (prose, no byline, no date label) names a month and a
    # year: its dates are the story's, not the article's; dateparser (0.4 s to load) is not asked
    from congo_digital.layout.lines import Line, read_meta

    sentence = "The minister said the new contract would run until May 2031 under the current plan."
    line = Line(0, len(sentence), sentence, sentence)
    assert not read_meta(line, "en") and line.dates == []
    assert read == []
    # a labelled sentence is read in full: its date is the article's
    stamped = "Updated on the 3rd of March 2031 at 10:30, after the minister spoke to the reporters."
    assert dateparse.labelled(stamped) and not dateparse.labelled(sentence)
    line = Line(0, len(stamped), stamped, stamped)
    assert read_meta(line, "en") and [(d.value, d.kind) for d in line.dates] == [("2031-03-03T10:30", "modified")]
    assert read == [stamped[len("Updated on "):]]


def test_a_date_label_is_found_anywhere_in_a_line_as_whole_words():
    # one to four words anywhere, lower-cased: a label of several words after other words, a
    # word that opens a label with the rest of the label missing, a label inside a longer word
    assert dateparse.labelled("The page, Last Updated on 3 March 2031, says")
    assert dateparse.labelled("Story MIS À JOUR LE 3 mars")
    assert not dateparse.labelled("He was first in line and last out of the door")
    assert not dateparse.labelled("Unpublished drafts of 2031")


def test_fast_reader_day_and_month_without_a_year(monkeypatch: pytest.MonkeyPatch):
    import dateparser.search

    from congo_digital.fields.datewords import undated

    asked: list[str] = []
    monkeypatch.setattr(dateparser.search, "search_dates", lambda text, **_: asked.append(text))

    languages = ("ru", "en", "fr", "es", "pt", "de")
    assert [m for m, _ in undated("Иван Петров 8 января, 17:46", languages)] == ["8 января"]
    assert [(m, w.month, w.day) for m, w in undated("LYON, 10 mars (Agence)", languages)] == [("10 mars", 3, 10)]
    assert [m for m, _ in undated("March 3rd and Aug 18", languages)] == ["March 3rd", "Aug 18"]
    assert undated("February 29", languages)[0][1].day == 29
    assert undated("May 2020", languages) == []
    assert undated("7 de mayo del 2022", languages) == []  # a year beside it: not this reader's
    # through find_dates: the year given, the time printed after the date; no dateparser
    found = find_dates("Иван Петров 8 января, 17:46", language="ru", default_year=2024)
    assert [(d.value, d.has_year) for d in found] == [("2024-01-08T17:46", False)]
    assert [d.value for d in find_dates("LYON, 10 mars (Agence)", language="fr", default_year=2024)] == ["2024-03-10"]
    assert find_dates("LYON, 10 mars (Agence)", language="fr") == []
    assert asked == []


def test_fast_reader_spaced_numeric_and_month_names_with_vowel_signs():
    from congo_digital.fields.datewords import quick_dates

    assert [m for m, _ in quick_dates("3. 5. 2023, 18:41 Uhr", ("de",))] == ["3. 5. 2023"]
    assert quick_dates("3. 5. 2023", ("de",))[0][1].month == 5
    found = quick_dates("10:20, 16 ফেব্রুয়ারি 2020 তারিখে", ("bn", "en"))
    assert [(m, w.month) for m, w in found] == [("16 ফেব্রুয়ারি 2020", 2)]


def test_dateparser_is_asked_only_beside_a_day_and_a_month(monkeypatch: pytest.MonkeyPatch):
    import dateparser.search

    from congo_digital.fields.datewords import day_candidate

    asked: list[str] = []
    search = dateparser.search.search_dates
    monkeypatch.setattr(dateparser.search, "search_dates", lambda text, **kw: asked.append(text) or search(text, **kw))
    assert day_candidate("on the 3rd of March 2025") and day_candidate("2023. május 5.", ("hu",))
    assert not day_candidate("Stand Juni 2016", ("de",)) and not day_candidate("in May as 88,000 jobs")
    # a month and a year without a day, a decimal, a version: no date, dateparser not asked
    assert find_dates("Archiv Juli 2019 (4)", language="de") == []
    assert find_dates("Updated: rate at 6.6 per cent in May", language="en", default_year=2024) == []
    assert find_dates("Release 3.6.0 is now out", language="en") == []
    assert asked == []
    # a day and a month with a year in a form the fast reader lacks: dateparser reads it
    assert [d.value for d in find_dates("Updated on the 3rd of March 2031", language="en")] == ["2031-03-03"]
    assert asked == ["the 3rd of March 2031"]  # the label taken off


def test_fast_reader_spanish_del_before_the_year():
    from congo_digital.fields.datewords import quick_dates

    assert [m for m, _ in quick_dates("martes 3 de mayo del 2022", ("es",))] == ["3 de mayo del 2022"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Tuesday 6 June 2023 10.15 BST", [("2023-06-06T10:15+01:00", None)]),  # the time and zone were dropped
    ("Thu 4 Jan 2024 15.00 GMT", [("2024-01-04T15:00+00:00", None)]),
    ("Published 6 June 2023, 3.30pm", [("2023-06-06T15:30", "published")]),
    ("6 June 2023 10.15", [("2023-06-06", None)]),  # a dot alone is no time: no zone, no am/pm
    ("Sales rose 6.6 per cent on 6 June 2023", [("2023-06-06", None)]),
])
def test_a_time_printed_with_a_dot_is_read_before_a_zone_or_am_pm(line: str, expected: list[tuple]):
    assert values(line) == expected
