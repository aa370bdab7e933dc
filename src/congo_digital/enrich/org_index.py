"""The known organisations: an index of their names and acronyms as token tuples.

Sources: ``data/organizations.json`` (SupraVerden, CC BY-SA 4.0; EN/FR names and
acronyms) and ``data/organizations_extra.json`` (project data: a few international and
African bodies the source lacks, e.g. CAF, World Athletics, Gavi, AfCFTA Secretariat),
read lazily and indexed once per choice of acronym languages.  Names match
case-insensitively from a capitalised first word; acronyms only as printed (whole
tokens); French acronyms in French, other Romance or undetermined-language text; other
languages' names and acronyms from ``data/organizations_names.json``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from congo_digital.cache import cached_data
from congo_digital.enrich.tokens import Token, TokenMemo, cue_union, tokenize
from congo_digital.vocab import load_json

# the French acronyms (ONU, OTAN, UE) are read in these languages too
_ROMANCE = frozenset({"fr", "", "es", "pt", "it", "ca", "ro"})


def acronyms_in(row: dict, lang: str) -> list[str]:
    """The acronyms of a known body read in ``lang`` (ISO 639-1, "" when unknown): the
    English ones, the French ones in French and other Romance languages, and those of
    ``organizations_names.json`` for ``lang``."""
    out = list(row.get("abbr_en", []))
    if lang in _ROMANCE:
        out += row.get("abbr_fr", [])
    out += load_json("organizations_names.json")["acronyms"].get(row["name_en"], {}).get(lang, [])
    return list(dict.fromkeys(out))


@cache
def known_orgs(lang: str) -> tuple[dict[tuple[str, ...], tuple[int, bool]], list[dict], int]:
    """Map token tuples to ``(record index, exact_case)`` for the known-organisation lists;
    also the records and the longest key.  ``lang`` (ISO 639-1, "" when unknown) chooses
    the acronyms read (``acronyms_in``); names in other languages
    (``organizations_names.json``) are read in every language.  Built once per language
    into the per-user cache (``congo_digital.cache``); the languages whose tables are equal
    (most: only the acronyms and the rows with ``languages`` set them apart) share one
    table, read once per process (``_entry``, ``_table``)."""
    entry = _entry(lang)
    if entry is None:  # an odd tag: not a file name
        return _build(lang)
    digest, longest, _ = entry
    return _table(digest, lang), _rows(), longest


@cache
def _rows() -> list[dict]:
    """The records of the known bodies (``organizations.json`` then
    ``organizations_extra.json``), one list for every language, kept in the cache."""
    return cached_data("organisation-rows",
                       lambda: load_json("organizations.json") + load_json("organizations_extra.json"))


_TABLES: dict[str, dict[tuple[str, ...], tuple[int, bool]]] = {}
"""The tables read in this process by their digest (``_digest``): one object for the
languages whose tables are equal."""


def _digest(table: dict[tuple[str, ...], tuple[int, bool]]) -> str:
    """16 hex digits naming ``table``'s content (BLAKE2b of its ``repr``, so keys' order
    counts): equal tables, and only they, share a name."""
    import hashlib

    return hashlib.blake2b(repr(table).encode(), digest_size=8).hexdigest()


@cache
def _entry(lang: str) -> tuple[str, int, dict[tuple[str, ...], tuple[int, ...]]] | None:
    """What the cache keeps for ``lang``: its table's digest (``_digest``: the table is
    the cache entry ``organisation-table-DIGEST``), the longest key and the acronym rivals
    (``acronym_rivals``); ``None`` for a tag that is no file name (then nothing is kept)."""
    if not re.fullmatch(r"[a-z]{0,3}", lang):
        return None

    def build() -> tuple[str, int, dict[tuple[str, ...], tuple[int, ...]]]:
        table, rows, longest = _build(lang)
        digest = _digest(table)
        _TABLES.setdefault(digest, cached_data(f"organisation-table-{digest}", lambda: table))
        return digest, longest, _rivals(lang, table, rows)
    return cached_data(f"organisation-index-{lang or 'und'}", build)


def _table(digest: str, lang: str) -> dict[tuple[str, ...], tuple[int, bool]]:
    """The table named ``digest`` (built for ``lang`` when the cache lacks it), read once
    per process."""
    found = _TABLES.get(digest)
    if found is None:
        found = _TABLES[digest] = cached_data(f"organisation-table-{digest}", lambda: _build(lang)[0])
    return found


def _build(lang: str) -> tuple[dict[tuple[str, ...], tuple[int, bool]], list[dict], int]:
    """The index of ``known_orgs`` built from the data files; a row with ``languages``
    (ISO 639-1 codes) is read only in those languages (and when the language is unknown)."""
    rows = _rows()
    other = load_json("organizations_names.json")["names"]
    table: dict[tuple[str, ...], tuple[int, bool]] = {}
    for idx, r in enumerate(rows):
        if r.get("languages") and lang and lang not in r["languages"]:
            continue  # a party's English names ("Labor") are other words in German ("Labor")
        names = [r["name_en"], *r.get("aliases_en", []), *r.get("former_en", [])]
        if r.get("name_fr"):
            names.append(r["name_fr"])
        names += r.get("aliases_fr", []) + other.get(r["name_en"], [])
        for n in names:
            key = tuple(t.norm for t in tokenize(n))
            if len(key) >= 2 or (len(key) == 1 and n[:1].isupper() and not n.isupper()):
                table.setdefault(key, (idx, False))
        for a in acronyms_in(r, lang):
            key = tuple(t.norm for t in tokenize(a))
            if key:
                table.setdefault(key, (idx, True))
    return table, rows, max(len(k) for k in table)


@cache
def known_acronyms(name_en: str, lang: str) -> tuple[str, ...]:
    """The acronyms of every known record named ``name_en`` (a body's own row and its
    other-language alias rows) read in ``lang`` (``acronyms_in``), plus the English and
    French ones, as they are printed."""
    rows = known_orgs(lang)[1]
    return tuple(dict.fromkeys(
        a for r in rows if r["name_en"] == name_en
        for a in [*r.get("abbr_en", []), *r.get("abbr_fr", []), *acronyms_in(r, lang)]))


_DERIVED: dict[tuple[str, int], object] = {}
"""``key_lengths`` and ``lower_starts`` by (function, ``id`` of the table): computed once
for the languages that share a table (the tables live as long as the process)."""


@cache
def key_lengths(lang: str) -> dict[str, tuple[int, ...]]:
    """Key lengths per first token, longest first (to try only plausible spans)."""
    table = known_orgs(lang)[0]
    found = _DERIVED.get(("lengths", id(table)))
    if found is None:
        out: dict[str, set[int]] = {}
        for key in table:
            out.setdefault(key[0], set()).add(len(key))
        found = _DERIVED["lengths", id(table)] = {k: tuple(sorted(v, reverse=True)) for k, v in out.items()}
    return found  # type: ignore[return-value]


@cache
def lower_starts(lang: str) -> frozenset[str]:
    """The first words of the acronyms of two tokens or more (exact keys of
    ``known_orgs``): the only known keys a word printed in lower case may open (a name
    opens with a capital; an acronym of one token with one too, ``is_acronym``)."""
    table = known_orgs(lang)[0]
    found = _DERIVED.get(("lower", id(table)))
    if found is None:
        found = _DERIVED["lower", id(table)] = frozenset(
            key[0] for key, (_, exact) in table.items() if exact and len(key) >= 2)
    return found  # type: ignore[return-value]


def is_acronym(tok: Token) -> bool:
    """A token that looks like an acronym: capital first, two capitals or more, at most
    12 characters, letters and digits (inner hyphens allowed)."""
    t = tok.text
    return (len(t) <= 12 and t[:1].isupper() and sum(1 for c in t if c.isupper()) >= 2
            and t.replace("-", "").isalnum())


def printed_form(tok: Token, row: dict, names: TokenMemo) -> str:
    """The form of ``tok`` as one of ``row``'s acronyms is printed (for exact matching);
    ``names`` tokenises the acronyms."""
    for a in row.get("abbr_en", []) + row.get("abbr_fr", []) + [
            x for v in load_json("organizations_names.json")["acronyms"].get(row["name_en"], {}).values()
            for x in v]:
        for x in names(a):
            if x.norm == tok.norm:
                return x.text
    return tok.text


# letters from which a name word matches a text word by its stem (all but its last letter:
# "Olympic" -> "olympi", which opens German "olympischen"); shorter words match whole ("Olive")
STEM_MIN_LETTERS = 6


@cache
def acronym_rivals(lang: str) -> dict[tuple[str, ...], tuple[int, ...]]:
    """The acronyms (token-norm keys) that several known bodies with different English
    names share ("IOC": the International Olive Council and the International Olympic
    Committee), each with the indices of those bodies' records, in file order (kept in
    the cache with the language's table: ``_entry``)."""
    entry = _entry(lang)
    if entry is not None:
        return entry[2]
    table, rows, _ = known_orgs(lang)
    return _rivals(lang, table, rows)


def _rivals(lang: str, table: dict[tuple[str, ...], tuple[int, bool]],
            rows: list[dict]) -> dict[tuple[str, ...], tuple[int, ...]]:
    """``acronym_rivals`` of ``lang`` computed from its table and the records."""
    names: dict[tuple[str, ...], dict[str, int]] = {}
    for idx, r in enumerate(rows):
        if r.get("languages") and lang and lang not in r["languages"]:
            continue
        for a in acronyms_in(r, lang):
            key = tuple(t.norm for t in tokenize(a))
            if key and table.get(key, (0, False))[1]:
                names.setdefault(key, {}).setdefault(r["name_en"], idx)
    return {k: tuple(v.values()) for k, v in names.items() if len(v) > 1}


def topic_row(lang: str, key: tuple[str, ...], idx: int, words: Collection[str]) -> int:
    """The record an acronym ``key`` read at record ``idx`` names: when several known
    bodies share it (``acronym_rivals``), the one whose English name has most distinctive
    words (four letters or more, no organisation keyword or generic word of ``cues.json``:
    "Olympic", "Olive") opening a word of the text (``words``, its norms: "Olympics" counts
    for "Olympic"; a word of ``STEM_MIN_LETTERS`` letters or more without its last letter,
    so that another language's ending counts too: German "olympischen"), the first on
    a tie; else ``idx``.  An Olympics story's "IOC" is the Olympic committee."""
    rivals = acronym_rivals(lang).get(key)
    if not rivals:
        return idx
    rows = known_orgs(lang)[1]
    generic = cue_union("org_keywords", "org_generic_words")

    def hits(r: int) -> int:
        own = {t.norm for t in tokenize(rows[r]["name_en"])}
        return sum(1 for w in own if len(w) >= 4 and w not in generic
                   for x in words if x.startswith(w[:-1] if len(w) >= STEM_MIN_LETTERS else w))
    return max(rivals, key=lambda r: (hits(r), -rivals.index(r)))
