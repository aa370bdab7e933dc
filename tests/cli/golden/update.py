"""Rewrite the CLI's golden files (``tests/cli/golden/*``) from the current code.

Run: ``python tests/cli/golden/update.py``, then review ``git diff tests/cli/golden``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[3] / "src")]

from cli.goldens import CASES, GOLDEN, produce  # noqa: E402


def main() -> int:
    for name, args in CASES.items():
        (GOLDEN / name).write_text(produce(args), encoding="utf-8", newline="")
        print(f"wrote {GOLDEN / name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
