"""The language detector (``fields.language.detect_language``): its tags, its abstentions, its
sample of a long text, and that importing the package does not load it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from congo_digital.fields.language import (
    _classify,
    _head,
    _sample,
    detect_language,
    han_script,
    read_language,
    read_within,
)
from congo_digital.settings import (
    LANGUAGE_DECISIVE,
    LANGUAGE_HEAD,
    LANGUAGE_SAMPLE,
    LANGUAGE_WINDOW,
    LANGUAGE_WINDOWS,
)


@pytest.mark.parametrize("text", ["", "1", "Hello", "12345 67890 !!!", "   \n\n  "])
def test_too_short_or_no_language_is_none(text):
    assert detect_language(text) is None


@pytest.mark.parametrize(("text", "tag"), [
    ("Le président a annoncé mardi une nouvelle loi sur la santé publique.", "fr"),
    ("Die Regierung hat am Dienstag ein neues Gesetz zur Gesundheit beschlossen.", "de"),
    ("El presidente anunció el martes una nueva ley de salud pública.", "es"),
    ("THE PRESIDENT ANNOUNCED A NEW PUBLIC HEALTH LAW ON TUESDAY", "en"),
    ("これは日本語で書かれた新聞記事の文章です。", "ja"),
])
def test_primary_tag(text, tag):
    assert detect_language(text) == tag


def test_chinese_takes_its_script():
    assert detect_language("在美国旧金山举行的中美元首会晤吸引了全世界的目光。") == "zh-Hans"
    assert detect_language("在美國舊金山舉行的中美元首會晤吸引了全世界的目光。") == "zh-Hant"


def test_han_script():
    assert han_script("国这个们") == "Hans"
    assert han_script("國這個們") == "Hant"
    assert han_script("中人大") is None  # in both character sets
    assert han_script("no Han at all") is None


def test_broken_text_never_raises():
    assert detect_language("Le président a annoncé \ud800 une nouvelle loi sur la santé publique.") == "fr"


def test_long_text_is_read_through_spread_windows():
    short = "a" * (LANGUAGE_WINDOWS * LANGUAGE_WINDOW)
    assert _sample(short) == short
    long = "".join(chr(0x41 + i % 26) for i in range(LANGUAGE_SAMPLE + 5000))
    got = _sample(long).split("\n")
    assert len(got) == LANGUAGE_WINDOWS and all(len(w) == LANGUAGE_WINDOW for w in got)
    assert got[0] == long[:LANGUAGE_WINDOW] and got[-1] == long[LANGUAGE_SAMPLE - LANGUAGE_WINDOW:LANGUAGE_SAMPLE]


def test_mostly_french_with_an_english_menu_is_french():
    text = "Home News Sport About Contact\n" + "Le gouvernement a présenté mercredi son projet de budget. " * 200
    assert detect_language(text) == "fr"


def test_the_detector_is_loaded_lazily():
    code = ("import sys, congo_digital.pipeline; "
            "print(any(m in sys.modules for m in ('py3langid', 'numpy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_head_is_the_first_window_cut_after_a_whole_line():
    line = "Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine.\n"
    text = line * 30
    head = _head(text)
    assert head == (line * (LANGUAGE_HEAD // len(line)))[:-1]  # the window's whole lines, less the last newline
    assert _head(line) is None  # a sample of one window is read whole
    words = "budget " * 300
    assert _head(words) == ("budget " * (LANGUAGE_HEAD // 7)).rstrip()  # one long line: cut after a whole word


def test_a_decisive_head_decides_alone_else_the_whole_sample():
    french = "Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine. " * 40
    code, confidence = _classify(french)
    assert code == "fr" and confidence >= LANGUAGE_DECISIVE and detect_language(french) == "fr"
    # a head of digits and names decides nothing: the whole sample is read, and it is English
    mixed = ("2024 1 000 000 Kinshasa Brazzaville 12:30 " * 25
             + "The minister said on Monday the plan would go ahead. " * 40)
    assert _classify(_head(mixed))[1] < LANGUAGE_DECISIVE
    assert detect_language(mixed) == "en"


def test_read_language_gives_the_text_its_answer_was_read_from():
    line = "Le gouvernement a présenté mercredi son projet de budget pour l'année prochaine.\n"
    text = line * 30
    assert read_language(text) == ("fr", _head(text))  # a decisive head decides alone
    short = "Le président a annoncé mardi une nouvelle loi sur la santé publique."
    assert read_language(short) == ("fr", short)  # a sample of one window is read whole
    assert read_language("12345") == (None, "12345")
    mixed = ("2024 1 000 000 Kinshasa Brazzaville 12:30 " * 25
             + "The minister said on Monday the plan would go ahead. " * 40)
    assert read_language(mixed) == ("en", _sample(mixed))  # an undecided head: the whole sample


def test_read_within_asks_whether_each_line_read_begins_a_line_of_the_text():
    body = "Title of the day\nFirst paragraph, of the body.\n\nSecond paragraph of the body."
    assert read_within("Title of the day\n\nFirst paragraph, of the body.", body) is True
    assert read_within("First paragraph", body) is True  # a head cut after a whole word
    assert read_within("Home | Sport | Politics\nFirst paragraph, of the body.", body) is False  # a menu line
    assert read_within("paragraph of the body.", body) is False  # a window cut inside a line
    assert read_within("\n  \n", body) is False


def _detections(monkeypatch, text: str) -> tuple[str | None, list[str]]:
    from congo_digital import pipeline

    seen: list[str] = []

    def counted(headed: str) -> str | None:
        seen.append(headed)
        return detect_language(headed)

    monkeypatch.setattr(pipeline, "detect_language", counted)
    return pipeline.parse_bytes(text, parties=False, topics=False, plain=True).language, seen


def test_a_first_guess_read_from_the_title_and_body_is_not_read_again(monkeypatch):
    title = "Le budget de la ville sera voté en mars"
    paragraphs = ["Le conseil municipal de Pointe-Noire a présenté mardi son projet de budget pour l'année "
                  "prochaine, qui prévoit la réfection de la route du port avant la saison des pluies.",
                  "Le maire a déclaré que les travaux commenceraient dès le mois de janvier si le vote "
                  "avait lieu à la date prévue, et que les entreprises seraient choisies par appel d'offres."]
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    language, seen = _detections(monkeypatch, text)
    assert (language, seen) == ("fr", [])
    assert detect_language(title + "\n" + "\n\n".join(paragraphs)) == "fr"  # what the second reading answers


def test_a_first_guess_that_read_a_line_left_out_of_the_body_is_read_again(monkeypatch):
    # a page rendered to text: its menu line is no line of the body, so the body is read again
    menu = "Home | News | Sport | Business | Culture | Weather | Contact us"
    title = "Le budget de la ville sera voté en mars"
    paragraphs = ["Le conseil municipal de Pointe-Noire a présenté mardi son projet de budget pour l'année "
                  "prochaine, qui prévoit la réfection de la route du port avant la saison des pluies.",
                  "Le maire a déclaré que les travaux commenceraient dès le mois de janvier si le vote "
                  "avait lieu à la date prévue, et que les entreprises seraient choisies par appel d'offres."]
    text = menu + "\n\n" + title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    language, seen = _detections(monkeypatch, text)
    assert language == "fr" and len(seen) == 1 and seen[0].endswith(paragraphs[-1])
