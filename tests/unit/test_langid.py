"""py3langid's model scored without numpy (``fields.langid``) against py3langid itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from congo_digital.fields.langid import Identifier, unpack_model
from congo_digital.fields.language import _identifier

py3langid = pytest.importorskip("py3langid.langid")

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    "Rain is expected in Brazzaville on Monday, the weather service said.",
    "Le président a reçu hier les ministres de la région pour parler du budget.",
    "Die Regierung hat am Montag neue Maßnahmen gegen die Inflation angekündigt.",
    "El gobierno anunció el lunes nuevas medidas contra la inflación.",
    "O governo anunciou na segunda-feira novas medidas contra a inflação.",
    "Правительство объявило в понедельник о новых мерах против инфляции.",
    "政府周一宣布了新的反通胀措施。", "政府週一宣佈了新的反通脹措施。",
    "الحكومة أعلنت يوم الاثنين عن إجراءات جديدة لمكافحة التضخم",
    "Serikali ilitangaza Jumatatu hatua mpya dhidi ya mfumuko wa bei.",
    "RAIN EXPECTED IN BRAZZAVILLE", "", "x", "12345 67890", "🙂🙂🙂",
    (ROOT / "fixtures" / "seed.txt").read_text(encoding="utf-8"),
]


@pytest.fixture(scope="module")
def reference():
    return py3langid.LanguageIdentifier.from_model_file(py3langid.MODEL_FILE, norm_probs=True)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_the_label_and_probability_are_py3langids(text, reference):
    label, prob = _identifier().classify(text)
    want_label, want_prob = reference.classify(text)
    assert label == want_label
    assert prob == pytest.approx(want_prob, abs=2e-3)


def test_the_model_read_into_memory_scores_as_the_mapped_one(tmp_path):
    unpack_model(tmp_path / "model", Path(py3langid.MODEL_DIR) / py3langid.MODEL_FILE)
    in_memory, mapped = Identifier(tmp_path / "model", mapped=False), Identifier(tmp_path / "model")
    assert [in_memory.classify(t) for t in TEXTS] == [mapped.classify(t) for t in TEXTS]
    assert mapped.classify("")[1] == pytest.approx(2 / 142)  # no feature: uniform (sr and srl folded into one)


def test_a_written_cache_scores_without_numpy(tmp_path):
    code = ("import sys; from congo_digital.fields.language import detect_language; "
            "print(detect_language('Le président a reçu hier les ministres de la région.'), "
            "'numpy' in sys.modules, 'py3langid' in sys.modules)")
    env = {"CONGO_DIGITAL_CACHE": str(tmp_path), "PYTHONPATH": str(ROOT / "src")}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert (first.stdout.split(), second.stdout.split()) == (["fr", "True", "False"], ["fr", "False", "False"])


def test_a_call_reusing_the_previous_ones_lines_and_sums_scores_as_a_fresh_identifier(tmp_path):
    # The pipeline detects twice per document over mostly the same lines ("Title\n\nBody" then
    # "Title\nBody"): the second call takes the first's lines and count sums, to the last bit.
    unpack_model(tmp_path / "model", Path(py3langid.MODEL_DIR) / py3langid.MODEL_FILE)
    reused = Identifier(tmp_path / "model")
    seed = TEXTS[-1]
    title, _, body = seed.partition("\n")
    variants = [seed, title + "\n" + body.strip(), body, seed.upper(), seed, "", seed + "\n\n" + seed, TEXTS[1],
                TEXTS[1] + "\n" + TEXTS[2], "\n\n\n", seed.replace("\n", "\n\n"), seed, seed, seed + "\n"]
    for text in variants:
        assert reused.classify(text) == Identifier(tmp_path / "model").classify(text), text[:40]


def test_a_call_with_the_previous_ones_counts_takes_its_scores(tmp_path):
    # "Title\n\nBody" then "Title\nBody": the same features (here a newline after a newline
    # emits none), so the second call takes the first's scores; only the length differs
    unpack_model(tmp_path / "model", Path(py3langid.MODEL_DIR) / py3langid.MODEL_FILE)
    reused = Identifier(tmp_path / "model")
    title = "Rain is expected in Brazzaville on Monday, the weather service said on Sunday evening"
    first, second = title + "\n\nIt did.", title + "\nIt did."
    fresh = Identifier(tmp_path / "model")
    assert fresh.features(first.encode()) == fresh.features(second.encode())
    reused.classify(first)
    kept = reused._total
    assert reused.classify(second) == Identifier(tmp_path / "model").classify(second)
    assert reused._total is kept


def test_a_text_of_more_features_than_a_batch_scores_as_one_sum(tmp_path, monkeypatch):
    # A count's rows are summed at most _BATCH at a time; the batches' fields are added as
    # integers, so the scores are those of one sum, to the last bit.
    from congo_digital.fields import langid

    unpack_model(tmp_path / "model", Path(py3langid.MODEL_DIR) / py3langid.MODEL_FILE)
    identifier = Identifier(tmp_path / "model")
    counts = identifier.features(" ".join(TEXTS).encode())
    whole = identifier.scores(counts)
    monkeypatch.setattr(langid, "_BATCH", 16)
    assert len(counts) > 16 and identifier._scores_batched(counts) == whole


def test_a_row_holds_the_features_weights_little_endian_and_an_old_form_is_refused(tmp_path):
    # weights.bin is little-endian: a row's integer has language i's -weight * 512 in bits
    # 24 i to 24 i + 23; a folder written in the former big-endian form is not read.
    import io
    import json
    import lzma

    import numpy as np

    from congo_digital.fields.langid import CHECK, SCALE, WEIGHTS, stamp

    model = Path(py3langid.MODEL_DIR) / py3langid.MODEL_FILE
    with lzma.open(model) as src, np.load(io.BytesIO(src.read())) as data:
        ptc = data["ptc"].astype(np.float64)
    unpack_model(tmp_path / "model", model)
    identifier = Identifier(tmp_path / "model")
    for feature in (0, 1, 4321, len(ptc) - 1):
        row = identifier.rows[feature]
        assert [(row >> (24 * i)) & 0xFFFFFF for i in range(len(identifier.classes))] == \
            [int(-w * SCALE) for w in ptc[feature]]
        assert list(identifier._fields(row)) == [int(-w * SCALE) for w in ptc[feature]]
    assert WEIGHTS == "little-endian-24"
    meta_path = tmp_path / "model" / "model.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["weights"] = "big-endian-24"
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    (tmp_path / "model" / CHECK).write_text(stamp(tmp_path / "model"), encoding="utf-8")
    with pytest.raises(ValueError):
        Identifier(tmp_path / "model")
