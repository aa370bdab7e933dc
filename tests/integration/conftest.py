"""Shared parts of the integration tests: the helper scripts as modules, one parse cache per session.

``congo_golden`` is ``tests/golden/update.py`` (fixture and golden paths); ``congo_floors`` is
``tests/floors.py`` (the eval gate's measure, check and pin logic).  Both are scripts, loaded
here under those names so the test modules can import them.  ``corpus_records`` parses each
``../shared`` corpus file at most once per session (per pytest-xdist worker; ``--dist
loadgroup`` keeps the tests of one input set on one worker, see ``floors.group``).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look modules up by name
    spec.loader.exec_module(module)
    return module


gate = _load("congo_floors", ROOT / "tests" / "floors.py")
golden = _load("congo_golden", ROOT / "tests" / "golden" / "update.py")


def pytest_configure(config: pytest.Config) -> None:
    # pytest-xdist registers it too; this keeps a run without xdist free of warnings
    config.addinivalue_line("markers", "xdist_group(name): run on the worker of this group (pytest-xdist)")


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Give grouped tests their ``@group`` node-id suffix on pytest >= 9.2 (xdist workers only).

    ``--dist loadgroup`` schedules by that suffix, which pytest-xdist <= 3.8 writes to
    ``item._nodeid``; pytest 9.2 keeps node ids in ``item._id`` instead, so the suffix is lost
    and the groups are silently spread over the workers (pytest-dev/pytest-xdist#1386, fix
    proposed in #1388).  This sets it where pytest reads it; it does nothing when xdist did.
    """
    if not getattr(config.option, "loadgroup", False):  # set on the workers of --dist loadgroup
        return
    for item in items:
        names = sorted({str(m.args[0] if m.args else m.kwargs.get("name", "default"))
                        for m in item.iter_markers("xdist_group")})
        ident = getattr(item, "_id", None)
        if not names or ident is None or isinstance(ident, str) or "@" in item.nodeid.rpartition("]")[2]:
            continue
        item._id = type(ident).parse(f"{item.nodeid}@{'_'.join(names)}")


@pytest.fixture(scope="session")
def corpus_records() -> object:
    """The session's ``floors.Records``: in-process parse results keyed by resolved path."""
    if not gate.shared_present():
        pytest.skip(f"{gate.SHARED} not present (../shared is optional)")
    return gate.Records()
