"""Language of an article from its function words, for enrichment when none is given.

The record's language comes from py3langid (``congo_digital.fields.language``); the topic and
parties passes only know word lists for English, French, Spanish, Portuguese and German,
and fall back to this guess when the language is missing or another one.  The words are
in ``data/function_words.json`` (project data, see ``data/README.md``).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from itertools import islice

from congo_digital.vocab import load_json

WORD_LIMIT = 2000


@cache
def _languages_of() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The languages in file order, and for each function word the languages listing it."""
    data = load_json("function_words.json")
    langs = tuple(k for k in data if not k.startswith("_"))
    owners: dict[str, tuple[str, ...]] = {}
    for lang in langs:
        for word in data[lang]:
            owners[word] = (*owners.get(word, ()), lang)
    return langs, owners


def guess_language(words: Iterable[str], min_count: int = 1) -> str | None:
    """Guess the language of a text from its lower-cased (casefolded) ``words``.

    Counts, among the first ``WORD_LIMIT`` (2,000) words, those of each language's list
    in ``data/function_words.json``; returns the language with most (``"en"``, ``"fr"``,
    ``"es"``, ``"pt"`` or ``"de"``; a tie goes to the language listed first in the file,
    English), or ``None`` when the best count is under ``min_count``.  Never raises.
    """
    langs, owners = _languages_of()
    counts = dict.fromkeys(langs, 0)
    for word in islice(words, WORD_LIMIT):
        for lang in owners.get(word, ()):
            counts[lang] += 1
    best = max(langs, key=lambda lang: counts[lang])
    return best if counts[best] >= min_count else None
