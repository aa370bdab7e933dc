"""The topic matcher's words and stems: the quick paths give what the general ones give."""

from __future__ import annotations

from congo_digital.enrich.folds import folded
from congo_digital.enrich.tokens import fold
from congo_digital.enrich.topic_lexicon import compound_heads, head_openings, index
from congo_digital.enrich.topic_match import match
from congo_digital.enrich.topic_stems import STEMMERS, WORD_RE, ascii_words


def test_ascii_words_are_the_words_of_an_ascii_line():
    line = "The co_op's 2nd vote: AI-led (beta) apps, x2 and 10,000 users."
    assert ascii_words(line) == WORD_RE.findall(line) == [
        "The", "co", "op", "s", "2nd", "vote", "AI", "led", "beta", "apps", "x2", "and", "10", "000", "users"]


def test_ascii_words_split_at_every_other_ascii_character():
    line = "\x00a\tb\x1fc\x7fd~e_f|g\x0bh  "
    assert ascii_words(line) == WORD_RE.findall(line) == ["a", "b", "c", "d", "e", "f", "g", "h"]
    assert ascii_words("") == ascii_words(" -- ") == []


def test_stems_of_words_without_a_plural_ending_are_the_words():
    assert [STEMMERS["en"](w) for w in ("elections", "parties", "taxes", "business", "vote", "bus")] == [
        "election", "party", "tax", "business", "vote", "bus"]
    assert [STEMMERS["de"](w) for w in ("wahlen", "steuer", "kraft", "regierungen", "bundestag")] == [
        "wahl", "steu", "kraft", "regierung", "bundestag"]


def test_a_line_with_an_accent_reads_its_words_as_unicode_ones():
    hits = match([("body", "Les élections et les Élections.")], "fr")
    assert {form for hit in hits.values() for form in hit.per_term} == {"élections"}


def test_folded_is_fold_a_character_at_a_time():
    # accents, a ligature, a fullwidth letter, the dotted capital I, a decomposed accent, Hangul, a Greek capital
    texts = ["Élu à Genève", "ﬁnance Ｅnergie", "İstanbul", "Cafe\u0301 crème", "한국 경제", "ΣΟΦΊΑ", "plain ascii", ""]
    assert [folded(t) for t in texts] == [fold(t) for t in texts] == [
        "elu a geneve", "finance energie", "istanbul", "cafe creme", "\u1112\u1161\u11ab\u1100\u116e\u11a8 "
        "\u1100\u1167\u11bc\u110c\u1166", "σοφια", "plain ascii", ""]


def test_german_stems_are_beginnings_of_their_words():
    words = ("regierungen", "kanzlerinnen", "bürgern", "wahlen", "steuer", "landes", "kraft", "ganze", "abgeordnetem")
    stems = [STEMMERS["de"](w) for w in words]
    assert stems == ["regierung", "kanzler", "bürg", "wahl", "steu", "land", "kraft", "ganz", "abgeordnet"]
    assert all(w.startswith(s) for w, s in zip(words, stems, strict=True))


def _every_part(word: str, idx, stem) -> list:  # noqa: ANN001 - compound_heads without its openings test
    for cut in range(len(word) - 3, 5, -1):
        if word[:cut] in idx.heads:
            return idx.heads[word[:cut]]
    for cut in range(3, len(word) - 5):
        if stem(word[cut:]) in idx.heads:
            return idx.heads[stem(word[cut:])]
    return []


def test_a_compound_head_is_found_as_when_every_part_is_stemmed():
    idx, stem = index("de"), STEMMERS["de"]
    head = sorted(h for h in idx.heads if len(h) >= 8)[0]
    words = [head + "preise", "welt" + head + "en", "welt" + head + "ungen", "ab" + head, "zzzzzzzzzz"]
    got = [compound_heads(w, idx, stem, head_openings(idx)) for w in words]
    assert got == [_every_part(w, idx, stem) for w in words]
    assert got[0] == got[1] == idx.heads[head] and got[-1] == []


def test_names_are_the_capitals_unless_most_long_words_have_one():
    from congo_digital.enrich.topic_match import _names

    def by_word(words: list[str]) -> list[bool]:  # the rule, a word at a time
        long = [w for w in words if len(w) >= 4]
        if long and sum(w[0].isupper() for w in long) * 2 > len(long):
            return [False] * len(words)
        return [w[0].isupper() for w in words]

    lines = [["Labour", "won", "the", "vote"], ["How", "Labour", "Won", "the", "Vote"], ["Élu", "à", "Genève", "hier"],
             ["ǅemal", "said", "IT", "was", "over"], ["A", "B", "c"], ["the", "Bond", "market", "fell"], []]
    assert [_names(w) for w in lines] == [by_word(w) for w in lines] == [
        [True, False, False, False], [False] * 5, [True, False, True, False],
        [False, False, True, False, False], [True, True, False], [False, True, False, False], []]
