"""The capitalised runs that the organisation pass (``OrgClaims.cap_run``) and the people
pass (``people_names._cap_runs``) read, each its own way, on one made-up text."""

from __future__ import annotations

from congo_digital.enrich.doc import make_doc
from congo_digital.enrich.org_claims import OrgClaims
from congo_digital.enrich.people import PeopleFinder
from congo_digital.enrich.people_names import _cap_runs

TEXT = (
    "Officials of the Bank of Central African States met Mina Oyelaran Tuesday. "
    "She said Kivu Lakes Ltd would pay, and Lee \u201cFaker\u201d Sang-hyeok van Dijk agreed.\n\n"
    "Read more: Other News Here\n\n"
    "The pictures of the talks were taken by Dara Njoku for the paper \u00a9 Kivu Press"
)


def test_org_cap_run_joins_linkers_and_cuts_dates() -> None:
    doc = make_doc(TEXT, "en")
    c = OrgClaims(doc, {})
    at = {t.text: k for k, t in reversed(list(enumerate(doc.tokens)))}  # each word's first token
    runs = {w: doc.span_text(at[w], c.cap_run(at[w])) for w in ("Bank", "Mina", "Kivu", "Officials")}
    assert runs == {"Bank": "Bank of Central African States", "Mina": "Mina Oyelaran",
                    "Kivu": "Kivu Lakes Ltd", "Officials": "Officials"}


def test_people_runs_exact() -> None:
    doc = make_doc(TEXT, "en")
    s = PeopleFinder(doc, [], [], {}, None)
    # a particle and a nickname in quotes inside a run; the "Read more" paragraph and the
    # line from "©" on are ignored; common and calendar words ("Bank", "Tuesday", "Ltd",
    # "She") are no name's
    assert [doc.span_text(i, j) for i, j in _cap_runs(s)] == [
        "Officials", "States", "Mina Oyelaran", "Kivu Lakes",
        "Lee \u201cFaker\u201d Sang-hyeok van Dijk", "Dara Njoku",
    ]


def test_org_cap_run_one_word_and_empty_runs() -> None:
    # (the quick ending of a one-word run: a next word that neither continues nor links one)
    doc = make_doc(TEXT, "en")
    c = OrgClaims(doc, {})
    at = {t.text: k for k, t in reversed(list(enumerate(doc.tokens)))}
    ends = {w: c.cap_run(at[w]) - at[w] for w in ("She", "The", "said", "Press", "Lakes", "Dara")}
    # "The" opens no run, "said" is lower-case, "Press" stands in an ignored line ("©" on)
    assert ends == {"She": 1, "The": 0, "said": 0, "Press": 0, "Lakes": 2, "Dara": 2}
