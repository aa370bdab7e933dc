"""A weekday or an interface word that is a surname ("Mary Friday", "Paul Mail") stays in
the name; as a stamp or a link after a name it is still cut.  Strings written for these
tests."""

import pytest

from congo_digital.fields.authors import clean_names
from congo_digital.fields.bylines import parse_byline
from congo_digital.fields.names import surname_word


def names(line: str) -> list[str] | None:
    b = parse_byline(line)
    return None if b is None else [a.name for a in b.authors]


@pytest.mark.parametrize(("line", "want"), [
    ("By Mary Friday", ["Mary Friday"]),
    ("By Grace Sunday", ["Grace Sunday"]),
    ("By Emeka Monday and Jane Roe", ["Emeka Monday", "Jane Roe"]),
    ("By MARY FRIDAY", ["Mary Friday"]),
    ("Por Plácido Domingo", ["Plácido Domingo"]),
    ("By Paul Mail", ["Paul Mail"]),
    ("By Mary Friday, Lagos", ["Mary Friday"]),
    ("By Mary Friday Okon", ["Mary Friday Okon"]),
])
def test_a_weekday_after_a_given_name_is_a_surname(line: str, want: list[str]) -> None:
    # "By Mary Friday" gave "Mary": the weekday was read as a stamp after the name
    assert names(line) == want


@pytest.mark.parametrize(("line", "want"), [
    ("By Sunday Adebayo", ["Sunday Adebayo"]),
    ("By Monday Okpara", ["Monday Okpara"]),
    ("By Jane Roe Friday", ["Jane Roe"]),
    ("By Mary Friday 12 March 2025", ["Mary"]),
    ("By Mary Friday March 12", ["Mary"]),
    ("By Mary FRIDAY", ["Mary"]),
    ("By Jane Email", ["Jane"]),
    ("By Jane Roe Mail", ["Jane Roe"]),
])
def test_a_weekday_as_a_given_name_or_a_stamp_reads_as_before(line: str, want: list[str]) -> None:
    assert names(line) == want


def test_surname_word_and_the_markup_path() -> None:
    assert surname_word(["Mary", "Friday"], 1)
    assert not surname_word(["Mary", "Friday"], 0)
    assert not surname_word(["Xq", "Friday"], 1)  # no known given name before it
    assert not surname_word(["Mary", "Friday", "12"], 1)
    assert clean_names("Mary Friday", set()) == ["Mary Friday"]
    assert clean_names("Paul Mail", set(), visible=True) == ["Paul Mail"]
