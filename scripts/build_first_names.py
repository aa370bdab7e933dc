"""Rebuild ``data/first_names.json`` from Faker's person providers (MIT licence).

Run with Faker and wordfreq installed (it is not a dependency of the package)::

    pip install faker wordfreq && python scripts/build_first_names.py

Takes the given names (``first_names``, ``first_names_male``, ``first_names_female``) of
every locale (but the bare ``en``) whose names are written in the Latin script, keeps single words of two
letters or more, leaves out very common words that only one or two locales give as
names, and writes them sorted, lower-cased, with Faker's version.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from pathlib import Path

import faker
import faker.providers.person as person
from wordfreq import zipf_frequency

# Faker's bare "en" list is every given name of US birth records, common words included
# ("General", "Metro", "North", "Star"); the regional English lists are used instead.
SKIPPED = frozenset({"en"})
COMMON_IN = ("en", "de", "fr", "es", "pt")
OUT = Path(__file__).resolve().parents[1] / "src" / "congo_digital" / "data" / "first_names.json"


def _latin(name: str) -> bool:
    return len(name) >= 2 and all(
        c.isalpha() and ord(c) < 0x250 or c in "-'" for c in name) and name[0].isupper()


def main() -> None:
    locales: dict[str, set[str]] = {}
    for mod in pkgutil.iter_modules(person.__path__):
        if mod.name in SKIPPED:
            continue
        provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            value = getattr(provider, attr, ())
            if isinstance(value, dict):
                value = list(value)
            if not isinstance(value, (list, tuple)):
                continue
            for n in value:
                n = str(n).strip()
                if " " not in n and _latin(n):
                    locales.setdefault(n.lower(), set()).add(mod.name)
    # a very common word given as a name by one or two locales ("said", "among", "una") is
    # left out; a real common name ("David", "Mark") is a name in many locales
    names = {n for n, where in locales.items() if len(where) >= 3 or max(
        zipf_frequency(n, lang, wordlist="small") for lang in COMMON_IN) < 5.0}
    OUT.write_text(json.dumps({
        "_about": f"Given names in the Latin script from Faker {faker.VERSION} person providers "
                  "(MIT licence, see README.md); built by scripts/build_first_names.py.",
        "first_names": sorted(names)}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(len(names), "names ->", OUT)


if __name__ == "__main__":
    main()
