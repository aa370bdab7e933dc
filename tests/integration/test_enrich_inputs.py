"""The record's parties and topics are what enrich computes from the record's own final fields.

For each real page of ``../shared/corpus/real`` (the HTML page and its plain-text rendering),
``parties`` must equal ``find_parties(record.body, title=record.title, language=record.language,
home=home_country(record.url))`` and ``topics`` must equal ``classify(...)`` on the same title,
language and body with the deck of the record's subtitle and description (``deck_text``):
enrichment runs on the fields the record reports, not on earlier candidates.  Skipped without
``../shared``.  The pages are parsed once per session (the eval gate's ``corpus_records``).
"""

from __future__ import annotations

import congo_floors as gate  # tests/floors.py, registered by tests/integration/conftest.py
import pytest

from congo_digital.enrich.country_names import home_country
from congo_digital.enrich.parties import find_parties
from congo_digital.enrich.topic_zones import deck_text
from congo_digital.enrich.topics import classify
from congo_digital.model import Article
from congo_digital.record import to_json

REAL = {"manifest": "corpus/real/manifest.jsonl"}
SHOWN = 10  # mismatches listed in the failure message


@pytest.mark.parametrize("use", [pytest.param(use, marks=pytest.mark.xdist_group(gate.group({**REAL, "use": use})))
                                 for use in ("input", "text")])
def test_parties_and_topics_follow_the_final_fields(use, corpus_records):
    manifest = gate.SHARED / REAL["manifest"]
    if not manifest.exists():
        pytest.skip(f"{manifest} not present")
    items = [item for item in gate.manifest_items(REAL) if item.get(use)]
    mismatches = []
    for item in items:
        article = corpus_records.article(manifest.parent / item[use])
        if not isinstance(article, Article):
            continue  # an input error is the floors' business
        kwargs = {"title": article.title, "language": article.language}
        wrong = [name for name, got, want in (
            ("parties", article.parties, find_parties(article.body, home=home_country(article.url), **kwargs)),
            ("topics", article.topics, classify(article.body, deck=deck_text(
                article.title, article.subtitle, article.description, article.body), **kwargs)),
        ) if [x.model_dump(mode="json") for x in got] != to_json(want)]
        if wrong:
            mismatches.append(f"{item['id']} ({', '.join(wrong)})")
    assert not mismatches, (f"{len(mismatches)} of {len(items)} pages ({use}): parties/topics differ from enrich "
                            f"on the record's body, title and language:\n  " + "\n  ".join(mismatches[:SHOWN])
                            + ("\n  ..." if len(mismatches) > SHOWN else ""))
