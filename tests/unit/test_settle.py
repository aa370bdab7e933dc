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
