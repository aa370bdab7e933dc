"""``party_actors.rounded`` is ``round`` to the digit and the type: the decisions' ``why``
values are printed in the records, where 2 and 2.0 differ."""

from congo_digital.enrich.party_actors import rounded


def test_rounded_keeps_the_type_and_the_value() -> None:
    assert rounded(0.7 * 3.0, 2) == 2.1
    assert rounded(0.7 * 3.0, 2) == 2.1  # (the kept answer)
    assert type(rounded(2, 2)) is int and rounded(2, 2) == 2
    assert type(rounded(0, 2)) is int
    assert str(rounded(-0.0, 2)) == "-0.0"
    assert rounded(1 / 3, 3) == 0.333
    assert rounded(2 / 3, 2) == 0.67
