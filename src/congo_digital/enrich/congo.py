"""The two Congos: whether an article's bare "Congo" is the Republic of the Congo (CG) or the
Democratic Republic of the Congo (CD), from its unambiguous mentions and from one-word cues
(``data/places.json`` ``congo_cues``: officials, provinces, towns). Project data and rule."""

from __future__ import annotations

from functools import cache

from congo_digital.enrich.countries import CountryMention
from congo_digital.enrich.tokens import Doc
from congo_digital.vocab import load_json


@cache
def _congo_cue_words() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word cues of ``places.json`` ``congo_cues``: those of CG, those of CD."""
    cues = load_json("places.json")["congo_cues"]
    return (frozenset(c for c in cues["CG"] if " " not in c),
            frozenset(c for c in cues["CD"] if " " not in c))


def resolve_congo(mentions: list[CountryMention], doc: Doc | None = None) -> str | None:
    """CG or CD when the article points to one Congo only.

    Evidence: unambiguous mentions (Republic of Congo, Brazzaville versus DRC, Kinshasa,
    Democratic Republic ...) and one-word cues of ``places.json`` ``congo_cues`` such as
    officials' names or provinces (Sassou, Pointe-Noire versus Tshisekedi, Kivu).
    """
    cg = sum(1 for m in mentions if m.code == "CG")
    cd = sum(1 for m in mentions if m.code == "CD")
    if doc is not None:
        cg_words, cd_words = _congo_cue_words()
        toks = doc.tokens  # the words printed outside ignored lines that are cues
        words = {toks[k].norm for k in doc.starting(cg_words | cd_words)
                 if toks[k].is_word and not toks[k].ignored}
        cg += len(words & cg_words)
        cd += len(words & cd_words)
    if cg and not cd:
        return "CG"
    if cd and not cg:
        return "CD"
    return None
