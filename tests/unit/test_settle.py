"""The command line's process, once its first article is parsed, moves its loaded data out of
the cyclic garbage collector (batch.task.settle_process); a library caller's is left alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from congo_digital.settings import GC_YOUNG

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import gc, sys
default = gc.get_threshold()[0]  # Python's own: 700 up to 3.12, 2000 on 3.13
from congo_digital.batch.pool import run_batch
from congo_digital.batch.task import Options, Task
settle = sys.argv[1] != "no"
if sys.argv[1] == "collector-off":
    gc.disable()
tasks = [Task(path=sys.argv[2]), Task(path=sys.argv[2])]
outcomes = list(run_batch(tasks, Options(), jobs=1, settle=settle))
print(len(outcomes), outcomes[0].error is None, gc.get_freeze_count() > 10000,
      "default" if gc.get_threshold()[0] == default else gc.get_threshold()[0])
"""


def _probe(settle: str) -> str:
    seed = str(ROOT / "fixtures" / "seed.txt")
    done = subprocess.run([sys.executable, "-c", _PROBE, settle, seed], capture_output=True, text=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""}, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_command_lines_batch_freezes_its_loaded_data_after_the_first_parse() -> None:
    """It also collects its youngest generation less often (settings.GC_YOUNG)."""
    assert _probe("yes") == f"2 True True {GC_YOUNG}"


def test_a_library_callers_batch_freezes_nothing() -> None:
    assert _probe("no") == "2 True False default"


def test_nothing_is_settled_while_the_collector_is_off() -> None:
    """A single input on the command line runs with the collector off (cli.entry): a
    collection to settle it would only cost time."""
    assert _probe("collector-off") == "2 True False default"


_SWEEP = """
import gc, weakref
from congo_digital.batch import task
task.GC_SWEEP = 3
task.settle_process()  # the first parse's settling
class Node:
    pass
a, b = Node(), Node()
a.other, b.other = b, a  # a reference cycle, garbage once the names go
gone = weakref.ref(a)
del a, b
seen = []
for _ in range(3):  # three documents: the cycle is frozen after the first, swept at the third
    task.settle_process()
    seen.append(gone() is None)
print(seen, gc.get_count()[0] < 100, gc.get_freeze_count() > 0)
"""


def test_each_later_document_is_frozen_and_every_gc_sweep_documents_all_is_collected() -> None:
    """What a document leaves alive is moved out of the generations after it (the
    collector's count starts again); a cycle frozen so is freed by the sweep of every
    ``GC_SWEEP`` documents (3 here), not before."""
    done = subprocess.run([sys.executable, "-c", _SWEEP], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[False, False, True] True True"


_CYCLES = """
import gc, sys
from congo_digital.pipeline import parse_bytes
gc.disable()
texts = [open(sys.argv[1], "rb").read(), (
    "Weibo Gaming wins the final\\n\\nShanghai, 12 March 2025 - Weibo Gaming won the final on Sunday. "
    "WBG beat the champions in four games, and WBG fans filled the arena.\\n\\n"
    "The International Brotherhood of Teamsters said the IBT would back the strike, and the IBT "
    "leaders met the United Parcel Service board.\\n").encode()]
for k, data in enumerate(texts):  # the first parses load the data (its own garbage aside)
    parse_bytes(data, path=f"{k}.txt")
gc.collect()  # (frees the garbage of loading; from here on, what a collection finds is kept to count)
gc.set_debug(gc.DEBUG_SAVEALL)
for k, data in enumerate(texts):
    parse_bytes(data, path=f"{k}.txt")
    gc.collect()
print(len(gc.garbage))
"""


def test_a_parse_leaves_no_reference_cycles() -> None:
    """Nothing a parse drops is held by a cycle (``settle_process`` freezes what a document
    leaves alive): an acronym spelt against a name ("WBG", "IBT") made a closure that
    called itself at every try (``org_initials.spells``)."""
    done = subprocess.run([sys.executable, "-c", _CYCLES, str(ROOT / "fixtures" / "seed.txt")],
                          capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"
