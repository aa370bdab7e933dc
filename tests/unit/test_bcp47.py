"""The primary subtag of a BCP 47 tag, read one way across the pipeline (congo_digital.bcp47)."""

from __future__ import annotations

from congo_digital.bcp47 import primary_subtag


def test_the_primary_subtag_is_lower_case_and_drops_region_and_script():
    assert primary_subtag("pt-BR") == "pt"
    assert primary_subtag("EN") == "en"
    assert primary_subtag("zh-Hant-TW") == "zh"


def test_a_missing_tag_gives_the_default():
    assert primary_subtag(None) == ""
    assert primary_subtag("") == ""
    assert primary_subtag(None, "en") == "en"
    assert primary_subtag("de-AT", "en") == "de"
