"""Tests for congo_digital.enrich.topics (IPTC Media Topics)."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import pytest

from congo_digital.enrich.topic_lexicon import parse_term
from congo_digital.enrich.topic_taxonomy import list_taxonomy, taxonomy
from congo_digital.enrich.topics import classify
from congo_digital.record import Topic, to_json

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


def _read(path: Path, encoding: str = "utf-8") -> tuple[str, str]:
    """First non-empty line as the title, the rest as the body."""
    text = path.read_bytes().decode(encoding).lstrip("\ufeff").replace("\r\n", "\n")
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.strip())
    return lines[start].strip(), "\n".join(lines[start + 1:]).strip("\n")


def _by_label(topics: list[Topic]) -> dict[str, Topic]:
    return {t.label: t for t in topics}


# --------------------------------------------------------------------------- seed


@pytest.fixture(scope="module")
def seed_topics() -> list[Topic]:
    from congo_digital import parse_path

    record = parse_path(str(FIXTURES / "seed.txt"))  # the body and title the pipeline passes
    return classify(record.body, title=record.title, language="en")


def test_seed_main_topic_is_science_and_technology(seed_topics):
    assert seed_topics[0].code == "medtop:13000000"
    assert seed_topics[0].label == "science and technology"
    assert seed_topics[0].level == 1
    assert seed_topics[0].top_code == "medtop:13000000"


def test_seed_expected_topics_and_codes(seed_topics):
    by = _by_label(seed_topics)
    expected = {
        "science and technology": "medtop:13000000",
        "politics and government": "medtop:11000000",
        "crime, law and justice": "medtop:02000000",
        "artificial intelligence": "medtop:20001298",
        "cybersecurity": "medtop:20000086",
        "digital transformation": "medtop:20000763",
        "international relations": "medtop:20000638",
        "diplomacy": "medtop:20000639",
    }
    for label, code in expected.items():
        assert by[label].code == code, label
    # One topic per code: the ICT terms join "digital transformation" (the same IPTC concept).
    codes = [t.code for t in seed_topics]
    assert len(codes) == len(set(codes))
    # The seed is not a business story: no economy top-level topic.
    assert "economy, business and finance" not in by


def test_seed_matched_terms(seed_topics):
    by = _by_label(seed_topics)
    assert by["artificial intelligence"].matched == ["artificial intelligence", "AI"]
    assert by["cybersecurity"].matched == [
        "cybersecurity", "digital security", "information security"]
    assert by["digital transformation"].matched[:4] == [
        "digital growth", "digital transformation", "digitization", "digital skills"]
    assert by["diplomacy"].matched == ["met with", "ambassador"]
    assert "ICT" in by["digital transformation"].matched
    assert "IT training" in by["digital transformation"].matched
    assert "bilateral cooperation" in by["international relations"].matched


def test_seed_levels_and_ancestors(seed_topics):
    by = _by_label(seed_topics)
    assert by["artificial intelligence"].level == 4
    assert by["artificial intelligence"].top_code == "medtop:13000000"
    assert by["cybersecurity"].top_code == "medtop:02000000"
    assert by["diplomacy"].level == 3
    assert by["diplomacy"].top_code == "medtop:11000000"


def test_top_level_reported_for_every_descendant(seed_topics):
    tops = {t.code for t in seed_topics if t.level == 1}
    assert tops == {"medtop:13000000", "medtop:11000000", "medtop:02000000"}
    for t in seed_topics:
        assert t.top_code in tops
        assert taxonomy()[t.code].top_code == t.top_code
        assert 0.0 <= t.score <= 1.0


# --------------------------------------------------------------------------- fixtures


def test_english_election_fixture():
    title, body = _read(FIXTURES / "topics" / "en_election.txt")
    got = classify(body, title=title, language="en")
    assert [(t.code, t.label) for t in got] == [
        ("medtop:11000000", "politics and government"),
        ("medtop:20000574", "election"),
        ("medtop:20001384", "political party"),
    ]
    assert got[1].matched == ["electoral commission", "voter registration", "polls", "voters",
                              "observers", "elections"]
    # The "Related articles" block (football, recipe) is boilerplate.
    assert all(t.top_code not in ("medtop:15000000", "medtop:10000000") for t in got)


def test_french_health_fixture():
    title, body = _read(FIXTURES / "topics" / "fr_sante.txt")
    got = classify(body, title=title, language="fr")
    assert [(t.code, t.label, t.level) for t in got] == [
        ("medtop:07000000", "health", 1),
        ("medtop:20001358", "public health", 2),
    ]
    assert got[1].matched == ["paludisme", "moustiquaires", "moustiquaire"]
    assert "ministère de la santé" in got[0].matched
    # Language guessed from the text gives the same answer.
    assert classify(body, title=title) == got


# --------------------------------------------------------------------------- rules


def test_score_is_evidence_over_evidence_plus_four():
    # Two plain body mentions of two cues: evidence 2 -> score 2 / (2 + 4).
    assert classify("Cholera and malaria.", language="en")[0] == Topic(
        code="medtop:07000000", label="health", score=0.333, matched=["cholera", "malaria"],
        level=1, top_code="medtop:07000000")
    # One cue alone counts half (a topic needs several distinct cues): 0.5 / 4.5.
    assert classify("Cholera.", language="en") == [
        Topic(code="medtop:07000000", label="health", score=0.111, matched=["cholera"],
              level=1, top_code="medtop:07000000")]


def test_title_weighs_more_than_body():
    in_body = classify("Cholera.", language="en")[0].score
    in_title = classify("", title="Cholera", language="en")[0].score
    assert in_title == round(1.5 / 5.5, 3)
    assert in_title > in_body


def test_word_forms_plural_and_french_inflection():
    assert classify("The elections.", language="en")[0].matched == ["elections"]
    assert classify("Les élections.", language="fr")[0].matched == ["élections"]
    got = classify("Vaccins et vaccinations.", language="fr")
    assert got[0].matched == ["vaccins", "vaccinations"]
    assert classify("Les ordinateurs portables.", language="fr")[0].matched == ["ordinateurs portables"]
    # "numériques" meets the generic "~numérique": it counts where the headline names it
    assert classify("Les numériques.", title="Numérique", language="fr")[0].matched == [
        "numérique", "numériques"]


def test_acronym_is_case_sensitive():
    assert classify("The AI fund.", language="en")[0].matched == ["AI"]
    assert [t for t in classify("We ai.", language="en")] == []


def test_german_compounds():
    got = classify("Die Energiepreise steigen.", language="de")
    assert got[0].code == "medtop:04000000"
    assert got[0].matched == ["energiepreise"]


def test_empty_and_hostile_inputs():
    assert classify("") == []
    assert classify("   \n\n  ", title="  ") == []
    line = ("a" * 999 + " ") * 1000  # one 1 MB line
    assert classify(line) == []
    words = "cobalt mining " * 80000
    got = classify(words, language="en")
    assert got[0].code == "medtop:04000000"
    assert got[0].score == round(12 / 16, 3)  # capped at 6 per term: (6 + 6) / (12 + 4)


# --------------------------------------------------------------------------- taxonomy


def test_list_taxonomy_top_level():
    rows = list_taxonomy(level=1)
    assert len(rows) == 17
    assert rows[0].code == "medtop:01000000"
    assert rows[0].label == "arts, culture, entertainment and media"
    assert {r.level for r in rows} == {1}
    assert all(r.top_code == r.code and r.broader is None for r in rows)


def test_list_taxonomy_query_and_retired():
    rows = list_taxonomy("artificial intelligence")
    assert [(r.code, r.label, r.level) for r in rows] == [
        ("medtop:20001298", "artificial intelligence", 4)]
    assert list_taxonomy("computer security") == []
    retired = list_taxonomy("computer security", include_retired=True)
    assert [(r.code, r.retired) for r in retired] == [("medtop:20000229", True)]
    # French labels and accents: "Santé" found by "sante".
    assert "medtop:07000000" in [r.code for r in list_taxonomy("sante", level=1)]
    assert [r.code for r in list_taxonomy("13000000")] == ["medtop:13000000"]


def test_list_taxonomy_under():
    rows = list_taxonomy(under="20000638")
    assert rows[0].code == "medtop:20000638"
    assert "medtop:20000639" in [r.code for r in rows]
    assert all(r.top_code == "medtop:11000000" for r in rows)
    with pytest.raises(ValueError):
        list_taxonomy(under="medtop:99999999")


def test_taxonomy_counts():
    tax = taxonomy()
    assert len(tax) == 1392
    assert sum(not c.retired for c in tax.values()) == 1084


# --------------------------------------------------------------------------- lexicon data


def _lexicon_raw() -> dict:
    path = resources.files("congo_digital.data").joinpath("topics-lexicon.json")
    return json.loads(path.read_text("utf-8"))


def test_lexicon_codes_exist_and_are_active():
    tax = taxonomy()
    for entry in _lexicon_raw()["entries"]:
        for code in [entry["code"], *entry.get("alt_codes", [])]:
            assert code in tax, (entry["id"], code)
            assert not tax[code].retired, (entry["id"], code)


def test_lexicon_shape_and_languages():
    entries = _lexicon_raw()["entries"]
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    for e in entries:
        assert set(e["terms"]) <= {"en", "fr", "es", "pt", "de", "*"}, e["id"]
        assert e["terms"].get("en") and e["terms"].get("fr"), e["id"]
        for terms in e["terms"].values():
            for term in terms:
                text, weight, _ = parse_term(term)
                assert text.strip() == text and text, (e["id"], term)
                assert weight in (0.5, 1.0, 2.0)


def test_lexicon_covers_every_top_level_and_the_finer_topics():
    tax = taxonomy()
    entries = _lexicon_raw()["entries"]
    tops = {tax[e["code"]].top_code for e in entries}
    assert tops == {c.code for c in tax.values() if c.level == 1}
    codes = {e["code"] for e in entries}
    for code in ("medtop:20001298", "medtop:20000086", "medtop:20000233", "medtop:20000763",
                 "medtop:20000627", "medtop:20000639", "medtop:20000638", "medtop:05000000",
                 "medtop:20000373", "medtop:20000183", "medtop:20000256", "medtop:20000316",
                 "medtop:20000210", "medtop:20001358", "medtop:20000574", "medtop:20000418",
                 "medtop:20000274"):
        assert code in codes, code
    labels = {e.get("label") for e in entries}
    assert {"cybersecurity", "digital transformation"} <= labels


# --------------------------------------------------------------------------- corpus


@pytest.mark.skipif(not (SHARED / "corpus" / "authored" / "manifest.jsonl").exists()
                    or not (SHARED / "tools" / "score.py").exists(),
                    reason="shared corpus not available")
def test_authored_corpus_scores():
    sys.path.insert(0, str(SHARED / "tools"))
    from score import score_item

    corpus = SHARED / "corpus" / "authored"
    top, fine = [], []
    for line in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        enc = "cp1252" if item["input"] == "19.txt" else "utf-8"
        title, body = _read(corpus / item["input"], enc)
        lang = item["gold"].get("language") or item.get("language")
        pred = {"topics": to_json(classify(body, title=title, language=lang))}
        scores = score_item(item["gold"], lang, pred)
        top.append(scores["topics_top"])
        if "topics_fine" in scores:
            fine.append(scores["topics_fine"])
    assert sum(top) / len(top) >= 0.75
    assert sum(fine) / len(fine) >= 0.60


def test_menu_title_and_boilerplate_lines_are_ignored():
    body = ("The electoral commission said voters must check the register before the "
            "elections next month.\n\nShare this article\nFacebook | X | WhatsApp | Email\n\n"
            "By Staff Reporter, Sports Desk")
    got = classify(body, title="Home    News    Sport    Business    Opinion", language="en")
    assert [t.code for t in got] == ["medtop:11000000", "medtop:20000574"]
    assert got[1].matched == ["electoral commission", "voters", "elections"]


def test_dual_homed_ict_follows_the_stronger_branch():
    business = ("The company said revenue and profit rose as customers moved to its software "
                "and cloud services; shareholders welcomed the results and the market rallied.")
    got = _by_label(classify(business, language="en"))
    assert got["computing and information technology"].code == "medtop:20000225"
    assert got["computing and information technology"].top_code == "medtop:04000000"
    assert "information technology and computer science" not in got


def test_the_taxonomy_list_finds_a_concept_by_the_label_records_give_it():
    """Records label medtop:20000086 "cybersecurity" (IPTC has no such concept; README),
    and `congo-digital topics cybersecurity` found nothing (exit 1)."""
    from congo_digital.enrich.topic_taxonomy import familiar_labels, list_taxonomy

    assert familiar_labels()["medtop:20000086"] == ("cybersecurity",)
    assert [(r.code, r.label) for r in list_taxonomy("Cybersecurity")] == [("medtop:20000086", "cyber crime")]
    assert [r.code for r in list_taxonomy("cyber crime")] == ["medtop:20000086"]
