"""Italian, Spanish and Portuguese bodies printed once after a dateline and an adverb, read as
the French "Paris, 10 juin 2025 – Hier la Banque de France" is ("Roma, 12 marzo 2025 – Ieri
la Banca d'Italia"): the Italian words that make a run a body's name ("Banca", "Istituto",
"Università": ``cues.json`` ``org_keywords``) and join its complement ("di", "della",
"delle": ``org_linkers``).  Short texts written for these tests; each test asserts exact
organisations."""

from __future__ import annotations

import pytest

from congo_digital.enrich.parties import find_parties


def _orgs(body: str, language: str) -> list[str]:
    return [p.name for p in find_parties(body, title="Notizia", language=language) if p.kind == "organization"]


@pytest.mark.parametrize(("body", "language", "name"), [
    ("Roma, 12 marzo 2025 – Ieri la Banca d'Italia ha alzato le stime di crescita per quest'anno.", "it",
     "Banca d'Italia"),
    ("Milano, 3 aprile 2025 – Oggi l'Università di Bologna ha annunciato un nuovo corso di laurea.", "it",
     "Università di Bologna"),
    ("Roma, 12 marzo 2025 – Ieri l'Agenzia delle Entrate ha pubblicato i dati sui rimborsi.", "it",
     "Agenzia delle Entrate"),
    ("Roma, 12 marzo 2025 – Ieri l'Istituto Superiore di Sanità ha diffuso il bollettino settimanale.", "it",
     "Istituto Superiore di Sanità"),
    ("Roma, 12 marzo 2025 – Ieri il Consiglio di Stato ha respinto il ricorso del comune.", "it",
     "Consiglio di Stato"),
    ("Roma, 12 marzo 2025 – Ieri la Corte dei Conti ha criticato la spesa delle regioni.", "it",
     "Corte dei Conti"),
    ("Milano, 3 aprile 2025 – Ieri il Tribunale di Milano ha condannato i due imputati.", "it",
     "Tribunale di Milano"),
    ("Madrid, 12 de marzo de 2025 – Ayer la Agencia Tributaria publicó los datos de la campaña de la renta.",
     "es", "Agencia Tributaria"),
    ("Lisboa, 12 de março de 2025 – Ontem o Banco de Portugal publicou o relatório de estabilidade.", "pt",
     "Banco de Portugal"),
])
def test_a_body_printed_once_after_a_dateline_and_an_adverb_is_found(body: str, language: str, name: str) -> None:
    assert _orgs(body, language) == [name]


def test_an_italian_body_opening_a_sentence_after_the_adverb_has_no_adverb_in_its_name() -> None:
    body = ("Roma – I conti pubblici restano sotto osservazione. Ieri la Banca d'Italia ha rivisto le "
            "stime, mentre oggi la Fondazione Cariplo ha presentato il suo bilancio annuale.")
    assert _orgs(body, "it") == ["Banca d'Italia", "Fondazione Cariplo"]
