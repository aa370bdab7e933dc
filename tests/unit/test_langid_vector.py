"""py3langid's model scored with numpy (``fields.langid_vector``) against the standard-library reading."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from congo_digital.fields import langid
from congo_digital.fields.langid import Identifier, unpack_model
from congo_digital.fields.language import _head, _sample

np = pytest.importorskip("numpy")
py3langid = pytest.importorskip("py3langid.langid")
from congo_digital.fields.langid_vector import Vectorised, automaton_depth  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
TEXTS = [
    "Rain is expected in Brazzaville on Monday, the weather service said.",
    "Le président a reçu hier les ministres de la région pour parler du budget.",
    "Die Regierung hat am Montag neue Maßnahmen gegen die Inflation angekündigt.",
    "Правительство объявило в понедельник о новых мерах против инфляции.",
    "政府周一宣布了新的反通胀措施。", "الحكومة أعلنت يوم الاثنين عن إجراءات جديدة لمكافحة التضخم",
    "x", "ab", "12345 67890", "🙂🙂🙂", "\n\n\n", "a\nb\n\nc\n",
    (ROOT / "fixtures" / "seed.txt").read_text(encoding="utf-8"),
]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("langid") / "model"
    unpack_model(path, Path(py3langid.MODEL_DIR) / py3langid.MODEL_FILE)
    return path


def _python_scores(identifier: Identifier, data: bytes) -> list[float] | None:
    counts = Identifier(identifier.folder).features(data)  # a fresh reader: no line kept from another text
    return identifier.scores(counts) if counts else None


def test_the_depth_is_the_longest_walk_from_the_root():
    # Aho-Corasick over "ab", "b" and "bca": root 0, "a" 1, "ab" 2, "b" 3, "bc" 4, "bca" 5;
    # bytes other than a, b, c go back to the root.  The deepest state, "bca", is 3 steps away.
    goto = {(0, "a"): 1, (0, "b"): 3, (1, "a"): 1, (1, "b"): 2, (2, "a"): 1, (2, "b"): 3, (2, "c"): 4,
            (3, "a"): 1, (3, "b"): 3, (3, "c"): 4, (4, "a"): 5, (4, "b"): 3, (5, "a"): 1, (5, "b"): 2}
    nextmove = np.zeros(6 * 256, dtype=np.uint32)
    for (state, char), target in goto.items():
        nextmove[state * 256 + ord(char)] = target
    assert automaton_depth(nextmove, np.arange(6, dtype=np.uint32) * 256) == 3


def test_the_shipped_models_depth_is_written_with_it(folder):
    meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    assert meta["depth"] == 6 and Identifier(folder).depth == 6


def test_the_pair_table_holds_the_row_two_bytes_from_the_root(folder):
    # pair[b * 256 + c] is the row of the state the root reaches by bytes b then c, for all 65,536 pairs;
    # the padding is a byte that leaves the root where it is
    vector = Vectorised(Identifier(folder), langid.SCALE)
    nextmove, rowbase = vector.nextmove, vector.rowbase
    one = nextmove[rowbase[0] + np.arange(256)]
    two = [int(nextmove[rowbase[one[b]] + c]) for b in range(256) for c in range(256)]
    assert vector.pair.tolist() == rowbase[two].tolist() and len(vector.pair) == 65_536
    assert vector.width == 6 and len(vector.pad) == 5 and len(set(vector.pad)) == 1
    assert nextmove[rowbase[0] + vector.pad[0]] == 0


def test_a_model_whose_root_keeps_no_byte_is_not_read_with_numpy():
    # every byte takes the root to state 1: no padding walks from the root in place
    from types import SimpleNamespace

    model = SimpleNamespace(nextmove=memoryview(np.ones(512, dtype=np.uint32).tobytes()).cast("I"),
                            rowbase=memoryview(np.array([0, 256], dtype=np.uint32).tobytes()).cast("I"),
                            output=memoryview(np.array([-1, 0], dtype=np.int32).tobytes()).cast("i"),
                            weights=memoryview(bytes(6)), classes=["a", "b"], prior=[0.0, 0.0], depth=1)
    with pytest.raises(ValueError, match="root"):
        Vectorised(model, langid.SCALE)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_numpy_scores_a_text_as_the_standard_library_does(folder, text):
    identifier = Identifier(folder)
    data = text.encode("utf-8")
    assert Vectorised(identifier, langid.SCALE).scores(data) == _python_scores(identifier, data)


def test_numpy_scores_the_corpus_samples_as_the_standard_library_does(folder):
    # every sample and head the pipeline reads of the real pages' text renderings, the
    # authored texts and every fifth BBC text, to the last bit
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    texts = []
    for name, key, step in (("real", "text", 1), ("authored", "input", 1), ("bbc", "input", 5)):
        manifest = CORPUS / name / "manifest.jsonl"
        for line in manifest.read_text(encoding="utf-8").splitlines()[::step]:
            if line.strip():
                texts.append((manifest.parent / json.loads(line)[key]).read_text(encoding="utf-8", errors="replace"))
    identifier = Identifier(folder)
    vector = Vectorised(identifier, langid.SCALE)
    samples = [part for text in texts for part in (_sample(text), _head(_sample(text))) if part]
    assert len(samples) > 700
    differ = [k for k, sample in enumerate(samples)
              if vector.scores(sample.encode("utf-8", "surrogatepass")) !=
              _python_scores(identifier, sample.encode("utf-8", "surrogatepass"))]
    assert differ == []


def test_a_process_reads_with_numpy_from_its_nth_text_on_with_the_same_answers(folder, monkeypatch):
    monkeypatch.setattr(langid, "LANGID_NUMPY_AFTER", 3)
    identifier, plain = Identifier(folder), Identifier(folder)
    answers = []
    for k, text in enumerate(TEXTS):
        answers.append(identifier.classify(text))
        assert (identifier.vector is not None) == (k >= 2)
    assert answers == [plain.classify(text) for text in TEXTS]


def test_a_folder_without_a_depth_stays_with_the_standard_library(folder, tmp_path, monkeypatch):
    import shutil

    old = tmp_path / "model"
    shutil.copytree(folder, old)
    meta = json.loads((old / "model.json").read_text(encoding="utf-8"))
    del meta["depth"]
    (old / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    (old / langid.CHECK).write_text(langid.stamp(old), encoding="utf-8")
    monkeypatch.setattr(langid, "LANGID_NUMPY_AFTER", 1)
    identifier = Identifier(old)
    assert identifier.classify(TEXTS[1]) == Identifier(folder).classify(TEXTS[1])
    assert identifier.vector is None
    code = ("import sys; from pathlib import Path; from congo_digital.fields import langid\n"
            "identifier = langid.Identifier(Path(sys.argv[1]))\n"
            "for k in range(langid.LANGID_NUMPY_AFTER + 5): identifier.classify('Le président a reçu hier.')\n"
            "print(identifier.vector is None, 'numpy' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code, str(old)], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "src")})
    assert run.stdout.split() == ["True", "False"]  # no numpy imported for nothing


def test_one_parse_imports_no_numpy_and_a_batch_does(tmp_path):
    code = ("import sys; from congo_digital.fields.language import detect_language\n"
            "for k in range(int(sys.argv[1])): detect_language('Le président a reçu hier les ministres.')\n"
            "print('numpy' in sys.modules)")
    env = {"CONGO_DIGITAL_CACHE": str(tmp_path), "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-c", code, "1"], capture_output=True, text=True, env=env, check=True)  # the cache
    runs = [subprocess.run([sys.executable, "-c", code, str(n)], capture_output=True, text=True, env=env, check=True)
            for n in (1, langid.LANGID_NUMPY_AFTER - 1, langid.LANGID_NUMPY_AFTER)]
    assert [run.stdout.strip() for run in runs] == ["False", "False", "True"]
