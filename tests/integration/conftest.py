"""Shared parts of the integration tests: the helper scripts as modules.

``congo_golden`` is ``tests/golden/update.py`` (fixture and golden paths), a script loaded
here under that name so the test modules can import it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

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

golden = _load("congo_golden", ROOT / "tests" / "golden" / "update.py")

