"""Page furniture inside an HTML article's text: teaser lines and calls to the reader
(html.furniture)."""

from __future__ import annotations

from congo_digital.html.furniture import photo_credit, reader_call, teaser_label
from congo_digital.pipeline import parse_bytes

_P1 = ("The council met on Tuesday to discuss the budget for the coming year, and the members "
       "agreed on most of the items after a long debate about the roads.")
_P2 = ("Roads in the north of the district will be repaired first, the mayor said, because the rains "
       "of last winter left deep holes that slowed the buses and the lorries for months.")
_P3 = ("The opposition voted against the plan and asked for more money for the schools, which "
       "they said had waited for new roofs since the floods of the year before last.")


def _body(article: str) -> str:
    html = ("<html><head><title>Council agrees on the budget</title></head><body>"
            f"<h1>Council agrees on the budget</h1><article>{article}</article></body></html>")
    return parse_bytes(html.encode(), input_format="html", parties=False, topics=False).body


def test_a_read_also_line_between_paragraphs_is_not_body():
    """"Lea más: <headline>" between two paragraphs links to another story."""
    body = _body(f"<p>{_P1}</p><p>Lea más: <a href='/x'>El alcalde promete nuevas calles</a></p>"
                 f"<p>{_P2}</p><p>MIRA: <a href='/y'>Vecinos celebran la fiesta del barrio</a></p><p>{_P3}</p>")
    assert body == f"{_P1}\n\n{_P2}\n\n{_P3}"


def test_a_label_alone_goes_with_the_headlines_under_it():
    """"Schon gelesen?" and the linked headlines under it, inside the text."""
    body = _body(f"<p>{_P1}</p><p>Schon gelesen?</p><p><a href='/a'>Neue Brücke über den Fluss eröffnet</a></p>"
                 f"<p>{_P2}</p><p>{_P3}</p>")
    assert body == f"{_P1}\n\n{_P2}\n\n{_P3}"


def test_calls_to_the_reader_inside_the_text_are_not_body():
    """Following the site, its apps, its paywall: short blocks between paragraphs."""
    body = _body(f"<p>{_P1}</p><p>Síguenos en Telegram, Instagram y Facebook.</p><p>{_P2}</p>"
                 "<p>For the latest stories download the Example News apps for iOS and Android.</p>"
                 f"<p>{_P3}</p>")
    assert body == f"{_P1}\n\n{_P2}\n\n{_P3}"


def test_a_sentence_of_the_article_that_names_a_channel_stays():
    """Words of a call inside other words are not one ("unterstützen Sie unsere Forderung"
    is not "unterstützen Sie uns"), and a name that is also a label opens a sentence."""
    own = "Mira Sorvino said the city should unterstützen sie unsere Forderung, in German."
    body = _body(f"<p>{_P1}</p><p>{own}</p><p>{_P2}</p>")
    assert body == f"{_P1}\n\n{own}\n\n{_P2}"


def test_teaser_labels_need_punctuation_or_nothing_after_them():
    assert teaser_label("Lea más: El alcalde promete nuevas calles") == "line"
    assert teaser_label("LE PUEDE INTERESAR: La ficha del alcalde") == "line"
    assert teaser_label("Schon gelesen?") == "alone"
    assert teaser_label("Notas relacionadas") == "alone"
    assert teaser_label("Related-party loans rose") is None
    assert teaser_label("Mira Sorvino arrived") is None


def test_reader_calls_are_whole_phrases_in_short_blocks():
    assert reader_call("Follow us on Twitter and Instagram.")
    assert reader_call("Pour lire la suite, abonnez-vous.")
    assert not reader_call("Unterschreiben und unterstützen Sie unsere Forderung.")
    assert not reader_call("Follow us on Twitter. " + "word " * 60)


def test_a_short_paragraph_of_news_that_reads_like_a_call_stays():
    """Phrases that news itself writes are not calls: a lawmaker may "consider supporting" a
    bill, a bank's customers "download the app", a firm widens "nuestro canal de" sales."""
    assert not reader_call("Lawmakers should consider supporting the bill, the senator said on Tuesday.")
    assert not reader_call("Customers can download the app from Monday, the bank said.")
    assert not reader_call("La empresa amplió nuestro canal de distribución, dijo el director.")


def test_a_photo_credit_alone_between_paragraphs_is_not_body():
    """A credit printed as a block of its own: a label and a name, an agency after a slash."""
    body = _body(f"<p>{_P1}</p><p>Foto: Ana Pérez</p><p>{_P2}</p><p>abc/EFE</p><p>{_P3}</p>")
    assert body == f"{_P1}\n\n{_P2}\n\n{_P3}"


def test_a_caption_ending_with_its_credit_stays():
    """A caption is part of the article (the Readability test pages keep it), its credit too."""
    caption = "The new bridge over the river at dawn. (Jane Roe / Example Times)"
    body = _body(f"<p>{_P1}</p><p>{caption}</p><p>{_P2}</p>")
    assert body == f"{_P1}\n\n{caption}\n\n{_P2}"


def test_photo_credits_are_short_and_labelled_or_agency_slashed():
    assert photo_credit("Imagen: Télam")
    assert photo_credit("Photograph by Ana Pérez, City Archive")
    assert photo_credit("Jane Roe/Example.com")
    assert not photo_credit("Photos of the damage were shared by residents on Monday.")
    assert not photo_credit("and/or")


def test_a_newsletter_consent_line_inside_the_text_is_not_body():
    """The consent line of a newsletter box and a "sign up for our newsletters" plea."""
    body = _body(f"<p>{_P1}</p><p>By signing up you consent to receive the above newsletter from Example "
                 f"Media Inc.</p><p>{_P2}</p><p>Bookmark our homepage and sign up for our newsletters to "
                 f"stay informed.</p><p>{_P3}</p>")
    assert body == f"{_P1}\n\n{_P2}\n\n{_P3}"


def test_a_word_count_given_answers_as_one_counted():
    """``without_furniture`` gives the block's number of words, which it has counted, to
    ``reader_call`` and ``photo_credit``: the same answers as when they count them."""
    for text in ("Follow us on Twitter and Instagram.", "Follow us on Twitter. " + "word " * 60,
                 "Imagen: Télam", "Jane Roe/Example.com", "and/or", "Photos of the damage were shared by residents."):
        words = len(text.split())
        assert reader_call(text, words) == reader_call(text)
        assert photo_credit(text, words) == photo_credit(text)
    assert not reader_call("Follow us on Twitter and Instagram.", 61)
    assert not photo_credit("Imagen: Télam", 13)
