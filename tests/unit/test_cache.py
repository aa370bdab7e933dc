"""The per-user cache of derived indexes: written once, read back equal, off or unwritable
means computed in memory, and the cached indexes equal the ones built from the data."""

from __future__ import annotations

import math
import os
import sys
import time

import pytest

from congo_digital import cache
from congo_digital.enrich import countries, org_index, topic_lexicon
from congo_digital.fields import datewords, language


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    cache.cache_base.cache_clear()
    yield tmp_path
    cache.cache_base.cache_clear()


def test_built_once_then_read(folder):
    calls = []

    def build():
        calls.append(1)
        return {("a", "b"): ("CG", "name", "cap"), "n": [1, 2.5, None, True]}

    first = cache.cached_data("probe", build)
    second = cache.cached_data("probe", build)
    assert first == second == {("a", "b"): ("CG", "name", "cap"), "n": [1, 2.5, None, True]}
    assert calls == [1]
    files = list(folder.glob("*/probe.marshal"))
    assert len(files) == 1 and files[0].parent.name == cache.index_key()
    assert not list(folder.glob("*/.tmp-*"))


def test_off_computes_in_memory(monkeypatch, tmp_path):
    monkeypatch.setenv(cache.ENV, "off")
    cache.cache_base.cache_clear()
    try:
        assert cache.cache_base() is None
        assert cache.cached_data("probe", lambda: [3]) == [3]
        assert cache.cached_path("x", lambda p: p.write_text("x")) is None
    finally:
        cache.cache_base.cache_clear()


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root writes anywhere")
def test_unwritable_folder_computes_in_memory(folder):
    folder.chmod(0o500)
    try:
        assert cache.cached_data("probe", lambda: {"k": 1}) == {"k": 1}
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_file_in_the_way_computes_in_memory(folder):
    (folder / cache.index_key()).write_text("not a folder")
    assert cache.cached_data("probe", lambda: {"k": 1}) == {"k": 1}


def test_corrupt_entry_is_rebuilt_in_memory(folder):
    cache.cached_data("probe", lambda: [1])
    (folder / cache.index_key() / "probe.marshal").write_bytes(b"\x00garbage")
    assert cache.cached_data("probe", lambda: [2]) == [2]


def test_new_key_prunes_the_stale_one_only(folder):
    stale, recent, other = folder / "py3langid-00000000", folder / "py3langid-11111111", folder / "0.1.0-00000000"
    for f in (stale, recent, other):
        f.mkdir()
    week_ago = time.time() - (cache.STALE_DAYS + 1) * 86400
    os.utime(stale, (week_ago, week_ago))
    os.utime(other, (week_ago, week_ago))
    cache.cached_path("model", lambda p: p.write_text("m"), cache.stamp_key("py3langid", ["now"]))
    assert (folder / cache.stamp_key("py3langid", ["now"]) / "model").read_text() == "m"
    assert not stale.exists()
    assert recent.exists() and other.exists()  # another environment's; another prefix


def test_cached_indexes_equal_the_built_ones(folder):
    for _ in range(2):  # written, then read back
        assert countries._build_gazetteer() == cache.cached_data("gazetteer", countries._build_gazetteer)
        assert org_index._build("fr") == cache.cached_data("organisations-fr", lambda: org_index._build("fr"))
        assert topic_lexicon._build_index("fr") == cache.cached_data("topics-fr",
                                                                      lambda: topic_lexicon._build_index("fr"))
        assert datewords._month_names(("en", "fr")) == cache.cached_data(
            "months-en-fr", lambda: datewords._month_names(("en", "fr")))
    assert datewords._month_names(("en", "fr"))["janvier"] == 1
    assert datewords._day_month_order("en-GB") == "DMY"


def test_language_model_from_the_cache_scores_as_py3langid(folder):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    language._identifier.cache_clear()
    try:
        ours = language._identifier()
        assert list(folder.glob("py3langid-*/model/weights.bin"))
        plain = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        for text in ("Le ministre a rencontré la délégation à Brazzaville.", "The minister met the delegation.",
                     "", "El ministro se reunió con la delegación.", "中华人民共和国"):
            label, prob = ours.classify(text)
            assert (label, prob) == (plain.classify(text)[0], pytest.approx(plain.classify(text)[1], abs=1e-3))
    finally:
        language._identifier.cache_clear()


def test_word_set_answers_as_the_frozenset(folder):
    words = ["kribi", "metro manila", "bayern", "ba", "b", "são tomé", "zürich"]
    for _ in range(2):  # written, then read back
        ws = cache.cached_words("probe-words", lambda: words)
        for word in [*words, "", "k", "kr", "krib", "kribi ", "paris", "são", "Zürich", None, 3]:
            assert (word in ws) == (word in frozenset(words)), word
    assert "" in cache.WordSet(cache.WordSet.store(["", "a"]))
    with pytest.raises(ValueError):
        cache.WordSet.store(["two\nlines"])


def test_places_and_given_names_from_the_cache_equal_the_data(folder):
    from congo_digital.enrich import lexicon
    from congo_digital.fields import given_names
    from congo_digital.fields import places as gazetteer
    from congo_digital.vocab import load_json

    data = load_json("cities.json")
    places = frozenset(data["cities"]) | frozenset(data["subdivisions"])
    names = frozenset(load_json("first_names.json")["first_names"])
    for _ in range(2):
        gazetteer._places.cache_clear()
        given_names._first_names.cache_clear()
        assert all(p in gazetteer._places() for p in places) and all(n in given_names._first_names() for n in names)
        stored_places = cache.cached_data("places", lambda: None)
        assert {w for blob in stored_places[1].values() for w in blob.decode().split("\n")} == places
    assert lexicon.place("Kribi") and lexicon.first_name("udo") and not lexicon.place("udo")
    gazetteer._places.cache_clear()
    given_names._first_names.cache_clear()


def test_taxonomy_from_the_cache_equals_the_built_one(folder):
    from congo_digital.enrich import topic_taxonomy

    for _ in range(2):
        topic_taxonomy.taxonomy.cache_clear()
        tax = topic_taxonomy.taxonomy()
        assert dict(tax) == {code: topic_taxonomy.Concept(code, *row)
                             for code, row in topic_taxonomy._build_rows().items()}
    assert tax["medtop:20000086"] == topic_taxonomy.Concept(
        "medtop:20000086", "cyber crime", "Piratage informatique",
        "Criminal activities carried out by means of computers or the internet, such as hacking, phishing scams"
        " and identity theft", "medtop:20000082", False, 3, "medtop:02000000")
    assert "medtop:20000086" in tax and "medtop:1" not in tax and len(tax) == 1392
    topic_taxonomy.taxonomy.cache_clear()


def test_sliced_table_answers_as_the_dict(folder):
    table = {"the": 0.05, "thé": 1e-6, "t": 0.001, "": 0.5, "zürich": 2e-7}
    for _ in range(2):  # written, then read back
        sliced = cache.cached_table("probe-table", lambda: table)
        for key in [*table, "th", "them", "x", "Zürich"]:
            assert sliced.get(key, 0.0) == table.get(key, 0.0), key
    assert sliced.get("nothing") is None


def test_sliced_table_quick_path_answers_as_the_slow_one():
    class Word(str):
        pass

    table = {"the": 1, ("the", "end"): 2, ("x",): 3, (): 4, (5,): 6, "": 7}
    sliced = cache.SlicedTable(cache.SlicedTable.store(table))
    for _ in range(2):  # slices unread, then read (the quick path)
        for key in [*table, "th", ("the",), ("th", "e"), Word("the"), (Word("x"),), 5, ("y",), "y"]:
            assert sliced.get(key, 0) == table.get(key, 0) and (key in sliced) == (key in table), key


def test_lexicon_memos_answer_as_the_tables():
    from congo_digital.enrich import lexicon
    from congo_digital.fields import places as gazetteer

    for _ in range(2):  # asked, then answered from the memo
        assert lexicon.zipf("The", None) == lexicon.zipf("the", "en") == 7.73 and lexicon.zipf("qwxzv", "en") == 0.0
        assert lexicon.place("Kribi") and lexicon.place(" BAYERN ") and not lexicon.place("udo")
        assert lexicon.first_name("udo") and not lexicon.first_name("kribi")
    assert lexicon._ZIPFS.get(("The", None)) == 7.73 and gazetteer._PLACES.get("udo") is False


def test_word_frequencies_from_the_cache_equal_wordfreq(folder):
    from congo_digital.enrich import lexicon

    built = lexicon._build_freqs("en")
    for _ in range(2):
        lexicon._zipfs.cache_clear()
        table = lexicon._zipfs("en")
        assert all(table.get(w, 0.0) == round(math.log10(f * 1e9), 2) for w, f in built.items())
    assert lexicon.zipf("the", None) == 7.73 and lexicon.zipf("qwxzv", "en") == 0.0
    lexicon._zipfs.cache_clear()


def test_word_numbers_answer_as_the_dict(folder):
    table = {"the": 7.73, "thé": 1e-6, "t": 0.5, "": 2.0, "zürich": -3.25, "tab\there": 1.0,
             "two\nlines": 2.5, "bad\ud800": 4.0, "inf": float("inf"), "th": 0.1 + 0.2}
    for _ in range(2):  # written, then read back
        numbers = cache.cached_numbers("probe-numbers", lambda: table)
        for key in [*table, "th\t", "them", "x", "Zürich", "tab", "two", "the\t7.73\nt", "\ud800", "bad"]:
            assert numbers.get(key, None) == table.get(key, None), key
    assert numbers.get("th") == 0.30000000000000004 and numbers.get("nothing") is None
    assert cache.WordNumbers(cache.WordNumbers.store({})).get("a", 1.5) == 1.5


def test_sliced_gazetteer_answers_as_the_built_one(folder):
    built, longest, langs = countries._build_gazetteer()
    for _ in range(2):
        for f in (countries.gazetteer, countries._stored, countries.foreign_names):
            f.cache_clear()
        table, size = countries.gazetteer()
        assert size == longest and set(table) == set(built)
        assert countries.foreign_names() == langs and langs[("island",)] == ["de"]
        assert all(table.get(k) == e and k in table for k, e in built.items())
        assert table.get(("nowhere", "land")) is None and ("nowhere",) not in table and () not in table
    for f in (countries.gazetteer, countries._stored, countries.foreign_names):
        f.cache_clear()


def test_the_index_key_follows_every_module_and_data_file(tmp_path, monkeypatch):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    for path in (package / "a.py", package / "sub" / "b.json", package / "__pycache__" / "a.pyc", package / "c.md"):
        path.write_text("x")
    monkeypatch.setattr(cache, "_PACKAGE", str(package))
    first = cache.index_key.__wrapped__()
    (package / "__pycache__" / "a.pyc").write_text("compiled again")
    (package / "c.md").write_text("not a module")
    assert cache.index_key.__wrapped__() == first
    (package / "sub" / "b.json").write_text("edited")
    assert cache.index_key.__wrapped__() != first


def test_a_source_stamp_is_found_on_the_path_as_by_the_import_system():
    import importlib.util
    import os

    origin = importlib.util.find_spec("babel").origin
    want = f"babel={os.path.basename(origin)}:{os.stat(origin).st_size}:{os.stat(origin).st_mtime_ns}:" \
           f"babel:{os.stat(os.path.dirname(origin)).st_size}:{os.stat(os.path.dirname(origin)).st_mtime_ns}"
    assert cache.source_stamp("babel") == want
    assert cache.source_stamp("no_such_package_here") == "no_such_package_here=-"


def test_languages_with_equal_organisation_tables_share_one(folder):
    for _ in range(2):  # written, then read back
        for f in (org_index.known_orgs, org_index._entry, org_index._rows, org_index.key_lengths,
                  org_index.acronym_rivals):
            f.cache_clear()
        org_index._TABLES.clear()
        ar, ru, fr = (org_index.known_orgs(lang) for lang in ("ar", "ru", "fr"))
        assert ar[0] is ru[0] and ar[1] is ru[1] is fr[1] and ar[0] != fr[0]
        assert org_index.key_lengths("ar") is org_index.key_lengths("ru")
        assert (fr[0], fr[1], fr[2]) == org_index._build("fr")
        assert org_index.acronym_rivals("fr") == org_index._rivals("fr", fr[0], fr[1])
    assert len(list(folder.glob("*/organisation-table-*.marshal"))) == 2
