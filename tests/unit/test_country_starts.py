"""Where a country mention may start in a body: a word that opens only keys of two words or
more ("the", "new", "people") opens one only before one of its keys' second words, and a
body that prints none of those second words has no start there.  Short made-up texts."""

from __future__ import annotations

import pytest

from congo_digital.enrich.countries import find_mentions
from congo_digital.enrich.doc import make_doc


def _mentions(body: str) -> list[tuple[str, str, str]]:
    doc = make_doc(body, "en")
    return [(doc.span_text(m.i, m.j), m.code, m.kind) for m in find_mentions(doc)]


@pytest.mark.parametrize(("body", "expected"), [
    ("Envoys met in The Hague on Monday and then flew to the Congo, where the new talks began.",
     [("The Hague", "NL", "city"), ("Congo", "?", "name")]),
    ("Officials in New Zealand and New Caledonia met the People's Republic of China envoys.",
     [("New Zealand", "NZ", "name"), ("New Caledonia", "NC", "name"),
      ("People's Republic of China", "CN", "name")]),
    ("The new talks began on Monday; the envoys said the new plan would hold for the people.", []),
])
def test_a_first_word_of_longer_keys_opens_one_only_before_a_second_word(body, expected):
    assert _mentions(body) == expected
