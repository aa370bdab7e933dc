"""The Python API's checks and small pages (findings of a new-user trial)."""

import pytest

from congo_digital.api import parse_file, parse_html, parse_text

ONE_PARAGRAPH = (
    "<html><head><title>Council approves budget</title></head><body><p>The city council approved the "
    "2025 budget on Tuesday after a long debate, with seven votes for and two against.</p></body></html>"
)
SENTENCE = ("The city council approved the 2025 budget on Tuesday after a long debate, with seven votes for "
            "and two against.")


def test_one_paragraph_page_title_from_markup_and_paragraph_as_body() -> None:
    article = parse_html(ONE_PARAGRAPH, parties=False, topics=False)
    assert article.title == "Council approves budget"
    assert article.body == SENTENCE


def test_one_paragraph_page_under_h1() -> None:
    page = f"<html><body><h1>Council approves budget</h1><p>{SENTENCE}</p></body></html>"
    article = parse_html(page, parties=False, topics=False)
    assert article.title == "Council approves budget"
    assert article.body == SENTENCE


@pytest.mark.parametrize("url", ["not a url", "/a/b", "example.org/a", "ftp://example.org/a", "https://"])
def test_api_refuses_a_url_the_cli_refuses(url: str, tmp_path) -> None:
    with pytest.raises(ValueError, match="is not a web address"):
        parse_text("Title\n\nSome text.", url=url)
    with pytest.raises(ValueError, match="is not a web address"):
        parse_html(ONE_PARAGRAPH, url=url)
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nSome text.", encoding="utf-8")
    with pytest.raises(ValueError, match="is not a web address"):
        parse_file(path, url=url)


def test_api_keeps_an_absolute_url() -> None:
    article = parse_text("Title\n\nSome text.", url="https://example.org/a", parties=False, topics=False)
    assert article.url == "https://example.org/a"


def test_terminal_colour_codes_leave_no_residue_in_the_title() -> None:
    article = parse_text("Title\x1b[31m red\x1b[0m\n\nThe city council approved the budget on Tuesday after a "
                         "long debate.", parties=False, topics=False)
    assert article.title == "Title red"
    assert "control characters removed" in article.warnings


def test_bidi_controls_leave_the_title() -> None:
    text = ("\u202eTitle\u202c here \u2066x\u2069\n\nThe city council approved the budget on Tuesday after a "
            "long debate.")
    assert parse_text(text, parties=False, topics=False).title == "Title here x"
    page = ("<title>\u202aCouncil approves budget\u202c</title><p>The city council approved the budget on "
            "Tuesday after a long debate.</p>")
    assert parse_html(page, parties=False, topics=False).title == "Council approves budget"
