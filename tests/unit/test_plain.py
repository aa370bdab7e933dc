"""The plain value classes (``congo_digital.plain``) behave as the dataclasses they replace."""

from __future__ import annotations

import copy
import pickle

import pytest

from congo_digital.batch.task import Options, Outcome, Task
from congo_digital.cli.inputs import InputSpec
from congo_digital.cli.run import RunConfig
from congo_digital.enrich.doc import _lines
from congo_digital.enrich.people_roles import RoleSpan
from congo_digital.enrich.recogniser import RULES, NameSpan, Recogniser
from congo_digital.enrich.topic_lexicon import Entry, Index
from congo_digital.errors import InputError


def test_frozen_values_refuse_changes_and_hash_by_fields():
    task = Task("a.txt", url="https://example.org/a")
    with pytest.raises(AttributeError):
        task.path = "b.txt"
    with pytest.raises(AttributeError):
        del task.url
    assert task == Task("a.txt", "https://example.org/a") and hash(task) == hash(Task("a.txt", "https://example.org/a"))
    assert task != Task("a.txt") and task != ("a.txt", "https://example.org/a", None, None, None, None)
    assert {Options(), Options()} == {Options()}


def test_replace_changes_only_the_named_fields():
    task = Task("-", data=b"text", failure=InputError("bad", kind="empty"))
    done = task.replace(data=None, failure=None)
    assert (done.path, done.data, done.failure, task.data) == ("-", None, None, b"text")
    assert InputSpec(paths=("x",)).replace(null=True) == InputSpec(paths=("x",), null=True)
    with pytest.raises(TypeError):
        task.replace(size=3)


def test_frozen_values_pickle_and_copy_as_they_were():
    for value in (Task("a.txt", rel="a.txt", charset="utf-8"), Options(timeout=None, input_format="html"),
                  InputSpec(paths=("a", "b"), globs=("*.txt",))):
        assert pickle.loads(pickle.dumps(value)) == value
        assert copy.copy(value) == value


def test_defaults_and_repr_are_the_dataclasses():
    assert repr(Options()) == ("Options(max_bytes=20000000, input_format='auto', language=None, parties=True, "
                               "topics=True, timeout=60.0)")
    assert RunConfig(InputSpec()).options == Options() and RunConfig(InputSpec()).jobs == 1
    outcome = Outcome(Task("a"))
    outcome.seconds = 1.5  # an outcome is not frozen
    assert outcome == Outcome(Task("a"), seconds=1.5) and outcome.code == 0


def test_the_rules_values_behave_as_the_frozen_dataclasses_they_were():
    span = NameSpan(3, 9, "person")
    assert span == NameSpan(3, 9, "person") and hash(span) == hash(NameSpan(3, 9, "person"))
    assert repr(span) == "NameSpan(start=3, end=9, label='person')" and span != NameSpan(3, 9, "org")
    with pytest.raises(AttributeError):
        span.start = 4
    assert RULES == Recogniser("rules") and RULES.pipeline is None and RULES.spans("Jo Bond said.") is None
    role = RoleSpan(1, 3, ["minister"], None, (0, 3))
    assert role == RoleSpan(1, 3, ["minister"], None, (0, 3)) and (role.heads, role.window) == (["minister"], (0, 3))
    assert _lines(["Short line.", ""]) == [(0, 11, False, True), (12, 12, False, True)]  # (a line: a tuple now)
    entry = Entry("tax", ("medtop:20000350",), None)
    assert (entry.money, entry.market, entry.victim) == (False, False, False)
    assert entry == Entry("tax", ("medtop:20000350",), None, False) and entry.codes == ("medtop:20000350",)
    assert Index() == Index() and Index().phrases == {} and Index().phrases is not Index().phrases
