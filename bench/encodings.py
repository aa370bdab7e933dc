"""Encoding check: every corpus text re-encoded in 27 codecs, decoded, and compared with a saved run.

Usage (from the repository root)::

    PYTHONPATH=src python3 bench/encodings.py --save before.json     # before a change to read/
    PYTHONPATH=src python3 bench/encodings.py --compare before.json  # after it: what decodes differently

The texts are ``../shared/corpus/authored/*.txt``, ``../shared/corpus/real/text/*.txt``,
the text fixtures and ``../shared/corpus/real/html/*`` (first 60,000 characters of each),
each encoded in every codec of ``CODECS`` (characters a codec lacks become ``?``) and read
by ``read.document.decode_document``.  Per input the run keeps the chosen ``encoding`` and a
SHA-1 of the decoded text (or the ``InputError`` kind).  The table counts, per codec,
the encodings chosen; ``--compare`` lists each input whose result differs from the saved
run, and for the single-byte codecs says whether the new reading is closer to the
original text than the old one (characters that differ).  Takes about a minute.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
from pathlib import Path

from congo_digital.errors import InputError
from congo_digital.read.document import decode_document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
CODECS = ("cp1252", "latin-1", "iso8859-15", "cp1250", "iso8859-2", "cp1251", "koi8-r", "cp850", "cp437",
          "mac_roman", "mac_latin2", "mac_iceland", "mac_cyrillic", "cp1257", "cp1253", "cp1254", "cp1255",
          "cp1256", "iso8859-9", "shift_jis", "euc-jp", "gbk", "big5", "euc-kr", "cp866", "iso8859-5", "cp1258")
MAX_CHARS = 60_000


def _texts() -> list[tuple[str, str]]:
    """(name, text) of every corpus text and page; names are paths relative to the repository's parent."""
    files = (sorted(SHARED.glob("authored/*.txt")) + sorted(SHARED.glob("real/text/*.txt"))
             + sorted((ROOT / "fixtures").glob("**/*.txt")) + sorted(SHARED.glob("real/html/*")))
    return [(str(f.relative_to(ROOT.parent)), f.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS])
            for f in files]


def run() -> dict[str, list]:
    """Decode every (text, codec) input; returns ``{"name|codec": [encoding, sha1 or error kind]}``."""
    results: dict[str, list] = {}
    for name, text in _texts():
        for codec in CODECS:
            data = text.encode(codec, errors="replace")
            try:
                doc = decode_document(data)
                results[f"{name}|{codec}"] = [doc.encoding, hashlib.sha1(doc.text.encode("utf-8")).hexdigest()]
            except InputError as exc:
                results[f"{name}|{codec}"] = ["error", exc.kind]
    return results


def _wrong_chars(name: str, codec: str, encoding: str) -> int | None:
    """Characters of the ``encoding`` reading that differ from the original, or None if not comparable."""
    text = (ROOT.parent / name).read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
    data = text.encode(codec, errors="replace")
    ideal = data.decode(codec)
    try:
        got = data.decode(encoding, errors="replace")
    except LookupError:
        return None
    return sum(a != b for a, b in zip(got, ideal, strict=False)) if len(got) == len(ideal) else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--save", type=Path, help="write this run's results to FILE")
    ap.add_argument("--compare", type=Path, help="list the inputs whose result differs from the run saved in FILE")
    args = ap.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} is not present", file=sys.stderr)
        return 2
    results = run()
    by_codec: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for key, (encoding, _) in results.items():
        by_codec[key.rsplit("|", 1)[1]][encoding] += 1
    print(f"{len(results):,} inputs")
    for codec in CODECS:
        print(f"{codec:13} " + ", ".join(f"{enc} {n}" for enc, n in by_codec[codec].most_common()))
    if args.save:
        args.save.write_text(json.dumps(results), encoding="utf-8")
    if args.compare:
        saved = json.loads(args.compare.read_text(encoding="utf-8"))
        changed = [key for key in results if saved.get(key) != results[key]]
        print(f"\n{len(changed):,} inputs decode differently from {args.compare}")
        verdicts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for key in changed:
            name, codec = key.rsplit("|", 1)
            old, new = saved[key][0], results[key][0]
            before, after = _wrong_chars(name, codec, old), _wrong_chars(name, codec, new)
            verdict = ("not comparable" if before is None or after is None
                       else "better" if after < before else "same" if after == before else "worse")
            verdicts[codec][verdict] += 1
            print(f"  {key}: {old} -> {new} ({verdict}; wrong characters {before} -> {after})")
        for codec, counts in verdicts.items():
            print(f"{codec:13} " + ", ".join(f"{v} {n}" for v, n in counts.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
