"""The numpy walk of py3langid's automaton (``fields.langid_walk``) gives py3langid's own counts and scores."""

from __future__ import annotations

import random

import numpy as np
import pytest
from py3langid.langid import LanguageIdentifier
from py3langid.langid import visit_counts as loop_counts

from congo_digital.fields.langid_walk import FastIdentifier, visit_counts
from congo_digital.fields.language import _identifier, detect_language

TEXTS = [
    "",
    "a",
    "The central bank held its main rate at 4.75% on Thursday, citing slower growth.",
    "Le gouvernement congolais a présenté jeudi à Kinshasa son plan numérique pour 2030.",
    "Der Bundestag hat am Donnerstag das Gesetz zur Energiewende verabschiedet.",
    "国务院总理在北京主持召开常务会议，研究部署数字经济发展。",
    "!!! ??? ... 12345 ---",
    "ab" * 3000,
]


@pytest.fixture(scope="module")
def identifier() -> FastIdentifier:
    found = _identifier()
    assert isinstance(found, FastIdentifier)
    return found


def test_counts_are_py3langids_in_the_same_order(identifier):
    rng = random.Random(7)
    noise = [bytes(rng.randrange(256) for _ in range(n)) for n in (1, 2, 50, 700, 3000)]
    for data in [identifier._encode(t) for t in TEXTS] + noise:
        slow = loop_counts(identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data)
        fast = visit_counts(*identifier._walk, data)
        assert (slow is None and fast is None) or list(slow.items()) == list(fast.items())


def test_scores_are_py3langids_bit_for_bit(identifier):
    for text in TEXTS:
        data = identifier._encode(text)
        assert np.array_equal(identifier._raw_score(data), LanguageIdentifier._raw_score(identifier, data))


def test_detections_stand():
    assert detect_language(TEXTS[2]) == "en"
    assert detect_language(TEXTS[3]) == "fr"
    assert detect_language(TEXTS[4]) == "de"
    assert detect_language(TEXTS[5]) == "zh-Hans"
    assert detect_language("") is None
