"""The language the topic lexicon reads an article in, and the record's warning when the
lexicon has none of the article's words (``LANGUAGES``: the languages of the stemmers in
``topic_stems``, those of ``data/topics-lexicon.json``)."""

from __future__ import annotations

from congo_digital.bcp47 import primary_subtag
from congo_digital.enrich.language import guess_language
from congo_digital.enrich.topic_stems import STEMMERS, WORD_RE

LANGUAGES = tuple(STEMMERS)


def lexicon_language(language: str | None, title: str | None, body: str) -> str:
    """The lexicon language (``LANGUAGES``: a primary subtag such as ``"en"``) that reads the
    topics: the primary subtag of the BCP 47 tag ``language`` when the lexicon has it, else
    guessed from the function words of the title and body (English by default).  A soft
    hyphen the record's title keeps is no letter."""
    lang = primary_subtag(language)
    if lang in LANGUAGES:
        return lang
    text = f"{(title or '').replace(chr(0xAD), '')}\n{body}"
    return guess_language(m.group().casefold() for m in WORD_RE.finditer(text)) or "en"


def vocabulary_warning(language: str | None, reading: str) -> str | None:
    """The record's warning when the topic lexicon has no words in the article's language.

    ``language`` is the record's BCP 47 tag (``None``: no warning, the language is unknown),
    ``reading`` the lexicon language that read the topics (``lexicon_language``).
    Returns e.g. ``"topics: no topic words in 'ja'; read with the 'en' ones (topic words:
    de, en, es, fr, pt)"``, or ``None`` when the lexicon has the language.
    """
    primary = primary_subtag(language)
    if not primary or primary in LANGUAGES:
        return None
    return (f"topics: no topic words in '{primary}'; read with the '{reading}' ones "
            f"(topic words: {', '.join(sorted(LANGUAGES))})")
