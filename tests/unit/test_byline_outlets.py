"""A paper named in a credit is nobody: the outlet between a name and its filing place
("A B, Punch, Abuja"), a publication joined by "and" ("A B and Financial Times") and a
credit that is nothing but a publication's name ("The Observer").  Strings written for
these tests."""

import pytest

from congo_digital.api import parse_html
from congo_digital.fields.authors import clean_names
from congo_digital.fields.bylines import parse_byline
from congo_digital.fields.bylines_parts import is_publication, outlet_before_place, reads_as_person


def _read(line: str) -> tuple[list[str], str | None]:
    b = parse_byline(line)
    assert b is not None
    return [a.name for a in b.authors], b.place


@pytest.mark.parametrize(("line", "want", "place"), [
    ("By Ada Okafor, Punch, Abuja", ["Ada Okafor"], "Abuja"),
    ("Par Jean Martin, Libération, Lyon", ["Jean Martin"], "Lyon"),
    ("Par Jean Martin, Ouest-France, Rennes", ["Jean Martin"], "Rennes"),
    ("By Paul Mail, Daily Mail, Nairobi", ["Paul Mail"], "Nairobi"),
    ("By Chidi Nwosu, Vanguard, Lagos", ["Chidi Nwosu"], "Lagos"),
    ("Por Lucía Ferrer, Clarín, Córdoba", ["Lucía Ferrer"], "Córdoba"),
    ("Von Lena Brandt, Tagesspiegel, Hamburg", ["Lena Brandt"], "Hamburg"),
    ("By Grace Achieng | Nation Africa | Kisumu", ["Grace Achieng"], "Kisumu"),
    ("By Ada Okafor and Chidi Nwosu, Punch, Abuja", ["Ada Okafor", "Chidi Nwosu"], "Abuja"),
    ("By Ada, Punch, Abuja", ["Ada"], "Abuja"),
])
def test_the_outlet_between_a_name_and_its_place_is_nobody(line: str, want: list[str], place: str | None) -> None:
    # "Punch" and "Abuja" were co-authors: a piece between a name and a place of the
    # gazetteer is the outlet (or a title), and the place is the reporter's
    assert _read(line) == (want, place)


@pytest.mark.parametrize(("line", "want", "place"), [
    ("By Ada Okafor, John Eze, Abuja", ["Ada Okafor", "John Eze"], "Abuja"),
    ("By Ada Okafor, J. Eze, Abuja", ["Ada Okafor", "J. Eze"], "Abuja"),
    ("By Ada Okafor, Reuters, Abuja", ["Ada Okafor"], "Abuja"),
    ("By Ada Okafor, Nairobi, Kenya", ["Ada Okafor"], "Nairobi, Kenya"),
    ("By Ada Okafor, Senior Correspondent, Abuja", ["Ada Okafor"], "Abuja"),
    # two words in no publication's shape are a co-author, known given name or not
    ("By Ada Okafor, Chidi Nwosu, Lagos", ["Ada Okafor", "Chidi Nwosu"], "Lagos"),
    ("Par Jean Martin, Koffi Agbeko, Lomé", ["Jean Martin", "Koffi Agbeko"], "Lomé"),
])
def test_a_person_an_agency_or_a_place_before_a_place_stays_what_it_was(
        line: str, want: list[str], place: str | None) -> None:
    # a given name and a surname is a second reporter; an agency and a place read as before
    assert _read(line) == (want, place)


def test_what_reads_as_an_outlet_before_a_place() -> None:
    assert outlet_before_place("Punch", "Abuja")
    assert outlet_before_place("Ouest-France", " Rennes")
    assert not outlet_before_place("Punch", None)  # no place after it: maybe a second name
    assert not outlet_before_place("Punch", "Sports Desk")
    assert not outlet_before_place("Ngozi Nwosu", "Lagos")
    assert not outlet_before_place("Reuters", "Lagos")
    assert not outlet_before_place("Chidi Nwosu", "Lagos")  # two words, no publication's shape
    assert outlet_before_place("Daily Mail", "Nairobi")
    assert reads_as_person("Ngozi Eze") and reads_as_person("J.R. Eze")
    assert not reads_as_person("Punch") and not reads_as_person("Jeune Afrique")


@pytest.mark.parametrize(("line", "want"), [
    ("By John Kamau and Financial Times", ["John Kamau"]),
    ("By John Kamau and Sunday Times", ["John Kamau"]),
    ("By John Kamau and Jakarta Post", ["John Kamau"]),
    ("By Aisha Bello and Premium Times", ["Aisha Bello"]),
    ("By Aisha Bello & Morning Post", ["Aisha Bello"]),
    ("By Aisha Bello and The Observer", ["Aisha Bello"]),
])
def test_a_publication_joined_by_and_is_nobody(line: str, want: list[str]) -> None:
    # "and" joined the paper as a co-author: "Financial Times" was credited
    assert _read(line)[0] == want


@pytest.mark.parametrize(("line", "want"), [
    ("By Amina Yusuf and Tunde Gazette", ["Amina Yusuf", "Tunde Gazette"]),
    ("By Amina Yusuf and Peter Times", ["Amina Yusuf", "Peter Times"]),
    ("By Jane Roe and El Hadji Diouf", ["Jane Roe", "El Hadji Diouf"]),
    ("Par Jean Dupont et Le Roux Bernard", ["Jean Dupont", "Le Roux Bernard"]),
])
def test_a_person_joined_by_and_stays_a_person(line: str, want: list[str]) -> None:
    # an unknown given name or an article of another language before a surname is no paper
    assert _read(line)[0] == want


def test_a_whole_credit_names_a_publication_in_its_own_shapes() -> None:
    assert is_publication("The Observer", alone=True)
    assert is_publication("Financial Times", alone=True)
    assert is_publication("Herald", alone=True)
    assert not is_publication("BBC News", alone=True)  # a broadcaster's desk credit, not our shape
    assert not is_publication("De Souza", alone=True)
    assert not is_publication("Tunde Gazette", alone=True)
    assert is_publication("De Standaard")  # after a name and a comma, any article opens a paper
    assert clean_names("Jane Roe and Financial Times", set()) == ["Jane Roe"]
    assert clean_names("Ada Okafor, Punch, Abuja", set()) == ["Ada Okafor"]


def _page(head: str, body: str) -> str:
    return ('<html><head><title>Council approves new water plan</title>' + head
            + '<meta property="og:site_name" content="Example Times"></head><body><article>'
            f'<h1>Council approves new water plan</h1>{body}'
            '<p>The city council approved on Tuesday a plan to bring clean water to the northern districts, '
            'officials said after a long debate.</p><p>Work on the first pipes is to start next year.</p>'
            '</article></body></html>')


@pytest.mark.parametrize(("head", "body"), [
    ('<meta name="author" content="The Observer">', '<span class="author">Jane Roe</span>'),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
     '"name": "The Observer"}}</script>', '<p>By Jane Roe</p>'),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", '
     '"name": "Financial Times"}}</script>', '<p class="byline">By Jane Roe</p>'),
])
def test_a_paper_in_the_markup_gives_way_to_the_printed_reporter(head: str, body: str) -> None:
    # the markup credited the paper, and won over the reporter the page prints
    art = parse_html(_page(head, body), parties=False, topics=False)
    assert [a.name for a in art.authors] == ["Jane Roe"]


def test_a_paper_named_alone_stays_when_nobody_else_is_credited() -> None:
    # an organisation is the credit when no source names a person (the rule of ``authors``)
    art = parse_html(_page('<meta name="author" content="The Observer">', ""), parties=False, topics=False)
    assert [a.name for a in art.authors] == ["The Observer"]


@pytest.mark.parametrize(("byline", "want"), [
    ("By Ada Okafor, Punch, Abuja", ["Ada Okafor"]),
    ("By Paul Mail, Daily Mail, Nairobi", ["Paul Mail"]),
    ("By John Kamau and Financial Times", ["John Kamau"]),
    ("By Mary Friday", ["Mary Friday"]),
])
def test_a_plain_texts_byline_credits_the_reporter_only(byline: str, want: list[str]) -> None:
    from congo_digital.api import parse_text

    text = (f"Council approves new water plan\n\n{byline}\n\nThe city council approved on Tuesday a plan to "
            "bring clean water to the northern districts, officials said after a long debate.\n\n"
            "Work on the first pipes is to start next year.")
    assert [a.name for a in parse_text(text, parties=False, topics=False).authors] == want


@pytest.mark.parametrize(("line", "want", "place"), [
    # a media company's last word ends no person's name, known given name or not
    ("By Ada Okafor, Lagos Newspapers Ltd, Ibadan", ["Ada Okafor"], "Ibadan"),
    ("By Ada Okafor, Eko Newspapers, Ibadan", ["Ada Okafor"], "Ibadan"),
    ("By Chidi Nwosu, Sunrise Media Group, Enugu", ["Chidi Nwosu"], "Enugu"),
    ("By Chidi Nwosu, Grace TV, Enugu", ["Chidi Nwosu"], "Enugu"),
    ("Par Awa Ndiaye, Téranga Radio, Thiès", ["Awa Ndiaye"], "Thiès"),
    ("Von Lena Brandt, Allgäuer Zeitung, Hamburg", ["Lena Brandt"], "Hamburg"),
    ("By Ada Okafor, Acme Holdings Plc., Ibadan", ["Ada Okafor"], "Ibadan"),
    ("By Ada Okafor, Eko Newspapers", ["Ada Okafor"], None),
])
def test_an_outlet_of_two_words_or_more_after_a_name_is_nobody(
        line: str, want: list[str], place: str | None) -> None:
    # "Eko Newspapers", "Grace TV" were credited as co-authors
    assert _read(line) == (want, place)


@pytest.mark.parametrize(("line", "want"), [
    ("By Musa Bello and Sunrise Media Group", ["Musa Bello"]),
    ("By Musa Bello and Joy FM", ["Musa Bello"]),
    ("Par Awa Ndiaye et Téranga Médias", ["Awa Ndiaye"]),
    ("Von Lena Brandt und Allgäuer Zeitung", ["Lena Brandt"]),
    ("By Musa Bello and Acme Holdings Ltd", ["Musa Bello"]),
    ("Par Awa Ndiaye et Nouvelle Afrique", ["Awa Ndiaye"]),
    ("By Musa Bello and New Africa", ["Musa Bello"]),
])
def test_an_outlet_joined_by_and_is_nobody(line: str, want: list[str]) -> None:
    # "and" joined the company as a co-author
    assert _read(line)[0] == want


@pytest.mark.parametrize(("line", "want", "place"), [
    ("By Marco Rossi, Luca di Montezemolo, Roma", ["Marco Rossi", "Luca di Montezemolo"], "Roma"),
    ("By Marco Rossi, Luca di Montezemolo", ["Marco Rossi", "Luca di Montezemolo"], None),
    ("By Jane Roe, J. de Souza, Lagos", ["Jane Roe", "J. de Souza"], "Lagos"),
    ("By Jane Roe and Aldo della Valle", ["Jane Roe", "Aldo della Valle"], None),
    ("By Jane Roe and BBC News", ["Jane Roe"], None),
    # a particle after a given name the lists miss: no title told from it ("Corriere della Sera" is left)
    ("Par Awa Ndiaye, Ousmane da Costa, Dakar", ["Awa Ndiaye", "Ousmane da Costa"], "Dakar"),
])
def test_a_name_with_a_particle_stays_a_person(line: str, want: list[str], place: str | None) -> None:
    # a given name or an initial before the particle: a person, not a linked title
    assert _read(line) == (want, place)


def test_what_names_an_outlet() -> None:
    assert is_publication("Eko Newspapers", alone=True) and is_publication("Grace TV", alone=True)
    assert is_publication("Acme Media Ltd.", alone=True) and is_publication("Jeune Europe", alone=True)
    assert not is_publication("Luca di Montezemolo") and not is_publication("J. de Souza")
    assert not is_publication("Tunde Gazette", alone=True) and not is_publication("Ada Okafor")
    assert outlet_before_place("Eko Newspapers", "Ibadan")
    assert not outlet_before_place("Luca di Montezemolo", "Roma")
