"""The package's shape: imports go one way down the pipeline, no cycle, no large module.

Layers, lowest first (a module may import its own layer or a lower one):

0. base: ``errors``, ``settings``, ``model``, ``record``, ``plain``, ``vocab``, ``cache``, ``cachedir``,
   ``regex_cache``, ``atomic``, ``bcp47``, ``memo``
1. ``read``: bytes to a ``Document``
2. ``fields``: each field's readers and its decision among candidates
3. ``layout``, ``html``: extract candidates and the main text from a document
4. ``enrich``: parties and topics from the final title, language and body
5. ``pipeline``: runs the stages in order
6. ``batch``: many inputs, in order, in worker processes, each under a time budget
7. ``api`` (the Python API), ``dask`` (the Dask backend) and ``cli`` (and the package's
   ``__init__``/``__main__``)

``batch`` also holds the optional inputs and outputs (``batch.warc``, ``batch.parquet``) and
one partition's work for Dask (``batch.bag``), so that the CLI and the Dask backend share them.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "congo_digital"
LAYERS = {"errors": 0, "settings": 0, "model": 0, "record": 0, "vocab": 0, "cache": 0, "cachedir": 0,
          "regex_cache": 0, "plain": 0, "atomic": 0, "bcp47": 0, "memo": 0, "read": 1, "fields": 2,
          "layout": 3, "html": 3, "enrich": 4, "pipeline": 5, "batch": 6, "api": 7, "dask": 7, "cli": 7, "__init__": 7,
          "__main__": 7}
MAX_LINES = 450


def _modules() -> dict[str, Path]:
    return {".".join(p.relative_to(PACKAGE).with_suffix("").parts): p for p in PACKAGE.rglob("*.py")}


def _layer(module: str) -> int:
    return LAYERS[module.split(".")[0]]


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The package modules that ``path`` imports (at any depth of the file)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("congo_digital"):
            base = node.module.removeprefix("congo_digital").lstrip(".")
            names = [f"{base}.{a.name}".lstrip(".") for a in node.names] + [base]
        elif isinstance(node, ast.Import):
            names = [a.name.removeprefix("congo_digital").lstrip(".") for a in node.names
                     if a.name.startswith("congo_digital")]
        for name in names:
            if name in modules:
                out.add(name)
            elif f"{name}.__init__" in modules and name:
                out.add(f"{name}.__init__")
    return out


def test_every_module_has_a_layer():
    assert {m.split(".")[0] for m in _modules()} <= set(LAYERS)


def test_imports_go_down_the_pipeline():
    modules = _modules()
    upward = [f"{m} (layer {_layer(m)}) imports {dep} (layer {_layer(dep)})"
              for m, path in modules.items() for dep in _imports(path, modules)
              if _layer(dep) > _layer(m) and not m.startswith("__")]
    assert upward == []


def test_no_import_cycle():
    modules = _modules()
    graph = {m: {d for d in _imports(p, modules) if not d.endswith("__init__")} for m, p in modules.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(m: str, stack: list[str]) -> None:
        state[m] = 1
        for d in sorted(graph[m]):
            if state.get(d) == 1:
                cycles.append(stack[stack.index(d):] + [d] if d in stack else [m, d])
            elif d not in state:
                visit(d, stack + [d])
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m, [m])
    assert cycles == []


def test_no_module_is_large():
    sizes = {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in _modules().items()}
    assert {m: n for m, n in sizes.items() if n > MAX_LINES} == {}


def test_nothing_calls_back_into_the_pipeline():
    """Only the layers above it (the batch runner, the API, the CLI, the package's lazy API)
    import ``pipeline`` (the HTML path once took the text path as a callback and ran it
    before deciding)."""
    modules = _modules()
    importers = {m for m, p in modules.items() if "pipeline" in _imports(p, modules)}
    assert {m for m in importers if _layer(m) <= _layer("pipeline")} == set()


def test_optional_extras_are_imported_only_when_asked():
    """``import congo_digital``, ``congo_digital.dask``, a parse and the help of every command
    import none of the optional extras (dask, distributed, pyarrow, warcio)."""
    code = ("import sys, congo_digital, congo_digital.dask; from click.testing import CliRunner; "
            "from congo_digital.cli import main; "
            "assert CliRunner().invoke(main, ['parse', 'fixtures/seed.txt', '-f', 'jsonl']).exit_code == 0; "
            "assert all(CliRunner().invoke(main, [c, '--help']).exit_code == 0 for c in ('parse', 'warc')); "
            "print(sorted(m for m in ('dask', 'distributed', 'pyarrow', 'warcio') if m in sys.modules))")
    root = PACKAGE.parents[1]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=120,
                          env=dict(os.environ, PYTHONPATH=str(root / "src")))
    assert (done.returncode, done.stdout) == (0, "[]\n"), done.stderr
