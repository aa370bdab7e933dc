"""Subdivisions that look like countries: ISO 3166-2 regions named after another state
("Northern Ireland" of GB, "New Mexico" of the US), read whole as no country, and countries
named like another state's subdivision ("Georgia", a US state), told apart from the article.

Sources: pycountry's ISO 3166-2 subdivisions (Debian iso-codes, LGPL-2.1) and
``data/places.json`` ``homonyms`` (project data: cities and regions that point to either
side).
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from congo_digital.cache import cached_data
from congo_digital.enrich.tokens import Token, tokenize
from congo_digital.vocab import load_json

Entries = dict[tuple[str, ...], tuple[str, str, str]]


class _Mention(Protocol):
    i: int
    code: str
    kind: str


M = TypeVar("M", bound=_Mention)


def add_regions(entries: Entries) -> None:
    """Add to the gazetteer ``entries`` (normalised token tuple -> ``(code, kind, case)``)
    the ISO 3166-2 subdivisions whose name holds another state's name or demonym
    ("Northern Ireland" of GB, "New Mexico" and "Rhode Island" of the US, "British
    Columbia" of CA), as kind ``region``: the longest match reads them whole, and a region
    is no country.  A subdivision named after a state of its own (CN-HK "Hong Kong SAR")
    or after its own country ("Santiago de Cuba") is left out; names already in
    ``entries`` are kept, but a lower-case demonym written like another country's
    subdivision (es/pt "indiana", the US state "Indiana") matches in lower case only."""
    import pycountry

    for s in pycountry.subdivisions:
        toks = tuple(t.norm for t in tokenize(s.name))
        known = entries.get(toks)
        if known and known[1:] == ("demonym", "any") and known[0] != s.country_code:
            entries[toks] = (known[0], "demonym", "lower")  # "Indiana"; es "indiana" (Indian)
        if len(toks) < 2 or toks in entries:
            continue
        inner = {entries[toks[a:b]][0] for a in range(len(toks)) for b in range(a + 1, len(toks) + 1)
                 if (a, b) != (0, len(toks)) and entries.get(toks[a:b], ("", "", ""))[1] in ("name", "demonym")}
        if inner and not inner & {s.country_code, s.code.split("-")[-1]}:
            entries[toks] = (s.country_code, "region", "cap")


def _homonym_table(keys: object) -> dict[str, tuple[str, list[str], list[str]]]:
    """``places.json`` ``homonyms``: a country named like a subdivision of another
    ("Georgia", a US state) -> ``(that other country, the names that point to it, the names
    that point to the country)``.  The names: the data's cities and regions under each
    code (``{"GE": {"US": ["Atlanta", ...], "GE": ["Tbilisi", ...]}}``), then the ISO 3166-2
    subdivisions of either country (pycountry) but the homonym itself and the names in
    ``keys`` (the gazetteer: "Washington" is a capital), normalised token strings.  Kept in
    the per-user cache."""
    return cached_data("country-homonyms", lambda: _build_homonyms(keys))


def _build_homonyms(keys: object) -> dict[str, tuple[str, list[str], list[str]]]:
    import pycountry

    out = {}
    for code, spec in load_json("places.json")["homonyms"].items():
        region_of = next(c for c in spec if c != code)
        sides = []
        for side in (region_of, code):
            extra = spec[side]
            names = set()
            for n in [*extra, *(s.name for s in pycountry.subdivisions.get(country_code=side) or [])]:
                toks = tuple(t.norm for t in tokenize(n))
                if toks and (n in extra or toks not in keys):  # type: ignore[operator]
                    names.add(" ".join(toks))
            sides.append(sorted(names))
        out[code] = (region_of, sides[0], sides[1])
    return out


def drop_homonyms(toks: list[Token], mentions: list[M], keys: object) -> list[M]:
    """``mentions`` (of the article ``toks``) without the names of a country that the text
    shows to be a subdivision of another ("Georgia" with "Atlanta" or "Alabama" and no
    "Tbilisi" or "Abkhazia"; "the state of Georgia"): more names point to the
    subdivision's country than to the state.  ``keys`` is the gazetteer (``in``)."""
    homonyms = load_json("places.json")["homonyms"]
    if not any(m.code in homonyms for m in mentions):
        return mentions
    text = " " + " ".join(t.norm for t in toks if not t.ignored) + " "
    dropped = set()
    for code, (_, region_names, country_names) in _homonym_table(keys).items():
        ms = [m for m in mentions if m.code == code and m.kind == "name"]
        if not ms:
            continue
        region = sum(f" {n} " in text for n in region_names) + sum(
            m.i >= 2 and toks[m.i - 1].norm == "of" and toks[m.i - 2].norm == "state" for m in ms)
        country = sum(f" {n} " in text for n in country_names) + sum(
            m.code == code and m.kind != "name" for m in mentions)
        if region > country:
            dropped.add(code)
    return [m for m in mentions if not (m.code in dropped and m.kind == "name")]
