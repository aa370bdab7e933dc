"""The IPTC Media Topics taxonomy: its concepts, and the listing of ``congo-digital topics``.

Source: ``data/iptc-mediatopics.json`` (IPTC Media Topics, CC BY 4.0; see
``data/README.md``), read lazily once; its concepts, with their level and top-level topic
worked out, are kept in the per-user cache (``congo_digital.cache``) and each ``Concept``
is made when first asked for.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from congo_digital.cache import cached_data
from congo_digital.enrich.tokens import fold
from congo_digital.plain import Frozen
from congo_digital.vocab import load_json

TAXONOMY_FILE = "iptc-mediatopics.json"


class Concept(Frozen):
    """One IPTC Media Topic as read from ``iptc-mediatopics.json``.

    ``level`` is 1 for the 17 top-level topics; ``top_code`` is the top-level ancestor
    (the code itself for a top-level topic).
    """

    __slots__ = FIELDS = ("code", "label_en", "label_fr", "definition_en", "broader", "retired", "level", "top_code")

    def __init__(self, code: str, label_en: str, label_fr: str | None, definition_en: str, broader: str | None,
                 retired: bool, level: int, top_code: str) -> None:
        values = (code, label_en, label_fr, definition_en, broader, retired, level, top_code)
        for name, value in zip(self.FIELDS, values, strict=True):
            object.__setattr__(self, name, value)


class TaxonomyRow(Frozen):
    """One row of the ``congo-digital topics`` listing.

    ``label`` is IPTC's English label, ``label_fr`` its French label (``None`` where IPTC
    has none), ``level`` 1 for a top-level topic, ``broader`` the parent code.
    """

    __slots__ = FIELDS = ("code", "label", "level", "top_code", "broader", "retired", "label_fr")

    def __init__(self, code: str, label: str, level: int, top_code: str, broader: str | None, retired: bool,
                 label_fr: str | None) -> None:
        for name, value in zip(self.FIELDS, (code, label, level, top_code, broader, retired, label_fr), strict=True):
            object.__setattr__(self, name, value)


def _build_rows() -> dict[str, tuple[Any, ...]]:
    """``taxonomy``'s concepts as plain rows: code -> the ``Concept`` fields after the code."""
    raw = load_json(TAXONOMY_FILE)
    assert isinstance(raw, list)
    items = {t["code"]: t for t in raw}
    out: dict[str, tuple[Any, ...]] = {}
    for code, t in items.items():
        level, top, seen = 1, code, {code}
        while items[top]["broader"]:
            top = items[top]["broader"]
            if top not in items or top in seen:
                raise ValueError(f"bad broader chain at {code}")
            seen.add(top)
            level += 1
        out[code] = (t["label_en"], t.get("label_fr"), t.get("definition_en") or "", t["broader"],
                     bool(t["retired"]), level, top)
    return out


class _Concepts(Mapping[str, Concept]):
    """The concepts by code, each ``Concept`` made from its row when first asked for."""

    def __init__(self, rows: dict[str, tuple[Any, ...]]) -> None:
        self._rows = rows
        self._made: dict[str, Concept] = {}

    def __getitem__(self, code: str) -> Concept:
        made = self._made.get(code)
        if made is None:
            made = self._made[code] = Concept(code, *self._rows[code])
        return made

    def __contains__(self, code: object) -> bool:
        return code in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


@cache
def taxonomy() -> Mapping[str, Concept]:
    """Return all IPTC Media Topics (active and retired) by code (a read-only mapping, in
    the file's order).

    Source: ``congo_digital/data/iptc-mediatopics.json`` (IPTC, CC BY 4.0).  Raises
    ``ValueError`` if a broader link is dangling or cyclic.
    """
    return _Concepts(cached_data("taxonomy", _build_rows))


@cache
def top_codes() -> dict[str, str]:
    """Each concept's ``top_code`` by code: ``taxonomy()``'s, as one plain dictionary (the
    topic selection asks it of each matched entry several times)."""
    rows = taxonomy()._rows  # type: ignore[attr-defined]
    return {code: row[-1] for code, row in rows.items()}


@cache
def concept_facts() -> dict[str, tuple[str, int, str]]:
    """Each concept's ``(label_en, level, top_code)`` by code: ``taxonomy()``'s, as one plain
    dictionary (the topic selection reads them of each topic it reports)."""
    rows = taxonomy()._rows  # type: ignore[attr-defined]
    return {code: (row[0], row[-2], row[-1]) for code, row in rows.items()}


@cache
def familiar_labels() -> dict[str, tuple[str, ...]]:
    """The labels records give concepts where IPTC has no concept of the label users
    expect (``{"medtop:20000086": ("cybersecurity",)}``): the lexicon entries whose label
    is not the concept's IPTC label (``topic_lexicon.lexicon``: an entry's own code, its
    first)."""
    from congo_digital.enrich.topic_lexicon import lexicon

    tax = taxonomy()
    out: dict[str, tuple[str, ...]] = {}
    for entry in lexicon():
        code, label = entry.codes[0], entry.label
        if label and code in tax and label != tax[code].label_en:
            out[code] = out.get(code, ()) + (label,)
    return out


def list_taxonomy(query: str | None = None, level: int | None = None,
                  include_retired: bool = False, under: str | None = None) -> list[TaxonomyRow]:
    """List Media Topics for ``congo-digital topics``, in code order.

    ``query``: keep topics whose code, English or French label, or the familiar label
    records give the concept (``familiar_labels``: "cybersecurity"), contains it (case and
    accents ignored; a bare number such as ``13000000`` matches the code).  ``level``:
    keep only that depth (1 = top level).  ``include_retired``: also list retired
    concepts.  ``under``: keep only that code and its descendants (``medtop:`` prefix
    optional).  Raises ``ValueError`` for an ``under`` code that does not exist.
    """
    tax = taxonomy()
    if under is not None:
        under = under if under.startswith("medtop:") else "medtop:" + under
        if under not in tax:
            raise ValueError(f"unknown Media Topic code: {under}")
    q = fold(query).strip() if query else ""
    familiar = familiar_labels() if q else {}
    rows = []
    for code in sorted(tax):
        c = tax[code]
        if c.retired and not include_retired:
            continue
        if level is not None and c.level != level:
            continue
        if under is not None and not _is_under(code, under):
            continue
        if q and not (q in code or q in fold(c.label_en) or q in fold(c.label_fr or "") or any(
                q in fold(label) for label in familiar.get(code, ()))):
            continue
        rows.append(TaxonomyRow(code, c.label_en, c.level, c.top_code, c.broader, c.retired,
                                c.label_fr))
    return rows


def _is_under(code: str, ancestor: str) -> bool:
    """True when ``ancestor`` is ``code`` or one of its broader concepts."""
    tax = taxonomy()
    cur: str | None = code
    while cur:
        if cur == ancestor:
            return True
        cur = tax[cur].broader
    return False
