"""Regressions from a new user's tries: -o through a symbolic link, file modes, NUL lists
without -0, an unbounded -j, parse_many in a script with no main guard."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from congo_digital.batch.pool import max_jobs
from congo_digital.cli.commands import parse_command

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "seed.txt"
TITLE = "Congo Seeks Russian Support for Digital Growth"


def _run(*args: str, input: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(parse_command, list(args), input=input)
    return result.exit_code, result.output


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges on Windows")
def test_output_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path: Path):
    target = tmp_path / "real.csv"
    target.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    code, _ = _run(str(SEED), "-f", "csv", "--fields", "title", "-o", str(link))
    assert code == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").splitlines() == ["title,error,kind", f"{TITLE},,"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_written_files_take_the_umask_or_the_replaced_files_mode(tmp_path: Path):
    old = os.umask(0o022)
    try:
        fresh, kept, folder = tmp_path / "new.csv", tmp_path / "kept.csv", tmp_path / "out"
        kept.write_text("x")
        kept.chmod(0o664)
        assert _run(str(SEED), "-f", "csv", "-o", str(fresh))[0] == 0
        assert _run(str(SEED), "-f", "csv", "-o", str(kept))[0] == 0
        assert _run(str(SEED), "--output-dir", str(folder))[0] == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    assert stat.S_IMODE(kept.stat().st_mode) == 0o664
    assert [stat.S_IMODE(p.stat().st_mode) for p in folder.rglob("*.json")] == [0o644]


def test_a_nul_separated_list_without_dash_zero_is_read(tmp_path: Path):
    listing = f"{SEED}\0{SEED}\0".encode()
    code, out = _run("--files-from", "-", "-f", "csv", "--fields", "title", input=listing)
    assert (code, out.splitlines()) == (0, ["title,error,kind", f"{TITLE},,", f"{TITLE},,"])


def test_jobs_are_capped_at_the_cpus():
    cpus = os.cpu_count() or 1
    assert (max_jobs(100_000), max_jobs(0), max_jobs(-3), max_jobs(1)) == (cpus, 1, 1, 1)


def test_parse_many_with_jobs_in_a_script_without_a_main_guard(tmp_path: Path):
    """On Linux the pool forks: a plain script that has parsed before (its numpy runs
    threads) needs no ``if __name__ == "__main__":`` guard (it re-ran in every worker)."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the guard is needed where workers are spawned (README)")
    script = tmp_path / "s.py"
    script.write_text(
        "from congo_digital import parse_many, parse_text\n"
        "parse_text('Council approves budget\\n\\nThe council approved the budget on Tuesday.')\n"
        f"print([a.title for a in parse_many([{str(SEED)!r}] * 3, jobs=2)])\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, str([TITLE] * 3), "")


def test_parse_many_refuses_one_path_instead_of_reading_its_characters():
    from congo_digital import parse_many

    with pytest.raises(TypeError, match="iterable of paths"):
        parse_many(str(SEED))
    with pytest.raises(TypeError, match="iterable of paths"):
        parse_many(SEED)


def test_topics_with_no_match_says_so_and_exits_1():
    from congo_digital.cli.commands import topics_command

    result = CliRunner().invoke(topics_command, ["zzzzqx"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == ("congo-digital: no IPTC Media Topic matches 'zzzzqx'; try a shorter word, "
                             "or --level 1 for the top level\n")
    ok = CliRunner().invoke(topics_command, ["--level", "1"])
    assert ok.exit_code == 0 and len(ok.stdout.splitlines()) == 17


def test_output_dir_names_are_made_one_at_a_time(tmp_path: Path):
    """--output-dir's candidate names for an input come as they are asked for: the first
    free one is taken after one or two tries (a list of all 10,001 was built for every
    input, about 0.1 s each); a name taken by another input or an input file is skipped."""
    from collections.abc import Iterator

    from congo_digital.cli.sinks import DirSink

    asked: list[str] = []

    def is_input(path: str) -> bool:
        asked.append(path)
        return path.endswith("b.txt.json")

    sink = DirSink(str(tmp_path), ".json", is_input)
    assert isinstance(sink._names("a/b.txt"), Iterator)
    assert sink.target("a/b.txt") == tmp_path / "a/b.json"
    assert sink.target("a/b.html") == tmp_path / "a/b.html.json"
    assert sink.target("a/b.txt") == tmp_path / "a/b.txt-2.json"  # b.json taken, b.txt.json an input
    assert len(asked) == 4  # a name this run took is not asked about
