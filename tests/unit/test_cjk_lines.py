"""Chinese and Japanese lines wrapped at a width are joined without a space, and a short
paragraph of theirs between two of the article's counts its words by its characters
(``layout.words.join_lines``, ``layout.page._inner_line``).  Made-up texts."""

from __future__ import annotations

import pytest

from congo_digital.layout.page import _inner_line
from congo_digital.layout.words import join_lines
from congo_digital.pipeline import parse_bytes


@pytest.mark.parametrize(("lines", "joined"), [
    (["カタールの外務省報道官は一四日に外務省", "報道官は14日に語った。"],
     "カタールの外務省報道官は一四日に外務省報道官は14日に語った。"),
    (["航天国际交流合作不断增强中方愿同各国加强", "合作，不断增强。"],
     "航天国际交流合作不断增强中方愿同各国加强合作，不断增强。"),
    (["首相は記者会見で述べた。政府は声明で", "、合意した"],
     "首相は記者会見で述べた。政府は声明で、合意した"),  # (CJK punctuation)
    (["プライバシーポリシー", "利用規約"], "プライバシーポリシー 利用規約"),  # short lines: items of a menu
    (["Tokyo", "外務省"], "Tokyo 外務省"),  # a Latin word on one side: a space
    (["결", "론을 내렸다"], "결 론을 내렸다"),  # Hangul parts its words with spaces: kept
    (["The minister", "said on Monday"], "The minister said on Monday"),
])
def test_lines_are_joined_without_a_space_between_two_spaceless_characters(lines: list[str], joined: str):
    assert join_lines(lines) == joined


def test_a_wrapped_japanese_paragraph_reads_without_spaces():
    text = ("停戦交渉が最終段階に\n\n"
            "カタールの外務省報道官は14日、「これまでで最も合意に近づいている」と語った。対立する双方ともに停戦合意の\n"
            "最終草案に同意しているとみられる。\n").encode()
    body = parse_bytes(text, path="a.txt", parties=False, topics=False).body
    assert body == ("カタールの外務省報道官は14日、「これまでで最も合意に近づいている」と語った。"
                    "対立する双方ともに停戦合意の最終草案に同意しているとみられる。")


@pytest.mark.parametrize(("text", "kept"), [
    ("今回の一件でスポンサー企業が続出。", True),  # one "word" by its spaces, eight by its characters
    ("• 印刷", False),
    ("The first results", True),
    ("Share", False),
])
def test_a_short_paragraph_counts_chinese_and_japanese_words_by_characters(text: str, kept: bool):
    assert _inner_line(text) is kept
