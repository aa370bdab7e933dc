"""Where a named organisation comes from: a demonym before its type noun or in its
apposition ("the British company X", "X, a Ghanaian start-up"), a possessive country
("Kenya's Safari Airways") or a "-based" place before it ("London-based X").  Countries from
``countries.gazetteer``."""

from __future__ import annotations

from congo_digital.enrich.countries import gazetteer
from congo_digital.enrich.org_claims import Org, OrgClaims
from congo_digital.enrich.tokens import norm


def demonym_country(c: OrgClaims, s: int, typed: bool, after: bool) -> str | None:
    """The country of a named organisation starting at ``s``: a demonym before it when
    typed ("the British company X"), the apposition's demonym, or a possessive country
    ("Kenya's Safari Airways"); ``None`` when none or an ambiguous Congo."""
    toks = c.toks
    demonym = c.country_tok.get(s - 1) if typed else None
    if after and c.last_country:
        demonym = demonym or c.last_country
    if s >= 2 and toks[s - 1].norm == "'s" and c.country_tok.get(s - 2) not in (None, "?"):
        demonym = demonym or c.country_tok[s - 2]
    return demonym if demonym and demonym != "?" else None


def based_in(c: OrgClaims, org: Org, based: int) -> None:
    """"London-based X": the city is ``org.based``, its country ``org.country``; the
    capitalised words before the suffix's word belong to it ("Mercer Island-based")."""
    toks = c.toks
    k = based
    while k > 0 and toks[k - 1].cap and toks[k - 1].is_word and toks[k - 1].sent == toks[based].sent:
        k -= 1
    city = " ".join([t.text for t in toks[k:based]] + [toks[based].text.split("-")[0]])
    org.based = city
    hit = gazetteer()[0].get((norm(city),))
    if hit and hit[0] != "?":
        org.country = hit[0]
