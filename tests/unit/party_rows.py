"""The parties of a made-up text, as the unit tests of the parties read them."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def party_rows(body: str, title: str, language: str) -> list[tuple]:
    """Each party ``find_parties`` finds in ``body`` under ``title`` as ``(name, kind,
    country, role, affiliation, mentions)``, in its order."""
    return [(p.name, p.kind, p.country, p.role, p.affiliation, p.mentions)
            for p in find_parties(body, title=title, language=language)]
