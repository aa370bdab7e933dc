"""Country names by ISO 3166-1 alpha-2 code, and the country of a publication's address.

Sources: ISO 3166-1 through ``pycountry`` (common name, else name); the English short names
that the gold conventions use for a few states ("Republic of the Congo", "South Korea") are
the project's; ``data/places.json`` ``generic_tlds`` lists the country domains sold for other
uses (.io, .tv, .co).
"""

from __future__ import annotations

from functools import cache

from congo_digital.cache import cached_data
from congo_digital.vocab import load_json


def home_country(url: str | None) -> str | None:
    """The ISO code of the country whose top-level domain ends ``url``'s host ("https://
    www.publimetro.cl/..." -> "CL"; ".uk" -> "GB"), or ``None`` for a generic domain
    (.com, .eu) or a country domain sold for other uses (.io, .tv, .co: ``places.json``
    ``generic_tlds``).  The source of the mapping is ISO 3166-1 itself (IANA's country
    domains are the alpha-2 codes, but .uk)."""
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return None
    tld = host.rsplit(".", 1)[-1].upper() if "." in host else ""
    tld = "GB" if tld == "UK" else tld
    if len(tld) != 2 or tld.lower() in load_json("places.json")["generic_tlds"]:
        return None
    return tld if tld in _names() else None


@cache
def english_name(code: str) -> str:
    """Standard English short name of a country (gold convention: "Republic of the Congo")."""
    special = {
        "CG": "Republic of the Congo", "CD": "Democratic Republic of the Congo",
        "US": "United States", "GB": "United Kingdom", "RU": "Russia", "KR": "South Korea",
        "KP": "North Korea", "TZ": "Tanzania", "IR": "Iran", "SY": "Syria", "VE": "Venezuela",
        "BO": "Bolivia", "LA": "Laos", "VN": "Vietnam", "MD": "Moldova", "CI": "Côte d'Ivoire",
        "TW": "Taiwan", "PS": "Palestine", "FM": "Micronesia", "CZ": "Czech Republic",
        "TR": "Turkey", "XK": "Kosovo", "GM": "Gambia", "SZ": "Eswatini", "CV": "Cape Verde",
    }
    if code in special:
        return special[code]
    return _names().get(code, code)


@cache
def _names() -> dict[str, str]:
    """``_iso_names``, read from the cache once per process (``home_country`` asks it for
    every page)."""
    return cached_data("country-names", _iso_names)


def _iso_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> pycountry's common name, else its name."""
    import pycountry

    return {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
