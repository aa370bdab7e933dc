"""The known organisations: an index of their names and acronyms as token tuples.

Sources: ``data/organizations.json`` (SupraVerden, CC BY-SA 4.0; EN/FR names and
acronyms) and ``data/organizations_extra.json`` (project data: a few international and
African bodies the source lacks, e.g. CAF, World Athletics, Gavi, AfCFTA Secretariat),
read lazily and indexed once per choice of acronym languages.  Names match
case-insensitively from a capitalised first word; acronyms only as printed (whole
tokens); French acronyms only in French (or undetermined-language) text.
"""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.tokens import Token, TokenMemo, tokenize
from congo_digital.vocab import load_json


@cache
def known_orgs(lang_fr: bool) -> tuple[dict[tuple[str, ...], tuple[int, bool]], list[dict], int]:
    """Map token tuples to ``(record index, exact_case)`` for the known-organisation lists;
    also the records and the longest key.  ``lang_fr`` adds the French acronyms."""
    rows = load_json("organizations.json") + load_json("organizations_extra.json")
    table: dict[tuple[str, ...], tuple[int, bool]] = {}
    for idx, r in enumerate(rows):
        names = [r["name_en"], *r.get("aliases_en", []), *r.get("former_en", [])]
        if r.get("name_fr"):
            names.append(r["name_fr"])
        names += r.get("aliases_fr", [])
        for n in names:
            key = tuple(t.norm for t in tokenize(n))
            if len(key) >= 2 or (len(key) == 1 and n[:1].isupper() and not n.isupper()):
                table.setdefault(key, (idx, False))
        abbrs = list(r.get("abbr_en", []))
        if lang_fr:
            abbrs += r.get("abbr_fr", [])
        for a in abbrs:
            key = tuple(t.norm for t in tokenize(a))
            if key:
                table.setdefault(key, (idx, True))
    return table, rows, max(len(k) for k in table)


@cache
def key_lengths(lang_fr: bool) -> dict[str, tuple[int, ...]]:
    """Key lengths per first token, longest first (to try only plausible spans)."""
    out: dict[str, set[int]] = {}
    for key in known_orgs(lang_fr)[0]:
        out.setdefault(key[0], set()).add(len(key))
    return {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}


def is_acronym(tok: Token) -> bool:
    """A token that looks like an acronym: capital first, two capitals or more, at most
    12 characters, letters and digits (inner hyphens allowed)."""
    t = tok.text
    ups = sum(1 for c in t if c.isupper())
    return t[:1].isupper() and ups >= 2 and len(t) <= 12 and t.replace("-", "").isalnum()


def printed_form(tok: Token, row: dict, names: TokenMemo) -> str:
    """The form of ``tok`` as one of ``row``'s acronyms is printed (for exact matching);
    ``names`` tokenises the acronyms."""
    for a in row.get("abbr_en", []) + row.get("abbr_fr", []):
        for x in names(a):
            if x.norm == tok.norm:
                return x.text
    return tok.text
