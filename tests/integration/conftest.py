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


@pytest.fixture(scope="session")
def corpus_records() -> object:
    """The session's ``floors.Records``: in-process parse results keyed by resolved path."""
    if not gate.shared_present():
        pytest.skip(f"{gate.SHARED} not present (../shared is optional)")
    return gate.Records()
