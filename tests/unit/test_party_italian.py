"""Parties of Italian text: role heads ("governatore", "sindaco", "amministratore
delegato", "portavoce", "ministro"), the small words of a role's complement ("della",
"di", "dell'", "degli"), elided articles before names and bodies ("dell'Eni",
"dell'Ucraina"), Italian country names and demonyms ("Ucraina", "tedesco"), and "X ha
detto".  Made-up texts."""

from __future__ import annotations

import pytest

from congo_digital.enrich.parties import find_parties


def _people(body: str) -> list[tuple[str, str | None, str | None, str | None, int]]:
    return [(p.name, p.role, p.affiliation, p.country, p.mentions)
            for p in find_parties(body, title=None, language="it") if p.kind == "person"]


@pytest.mark.parametrize(("body", "person"), [
    # role before the name, between commas; the body as employer; a second mention by surname
    ("Il governatore della Banca d'Italia, Fabio Panetta, ha detto martedì che i tassi scenderanno. "
     "Panetta ha aggiunto che l'inflazione è sotto controllo.",
     ("Fabio Panetta", "governatore della Banca d'Italia", "Banca d'Italia", "IT", 2)),
    # role before the name, no comma
    ("Il sindaco di Milano Giuseppe Sala ha detto che la città è pronta. Sala ha chiesto fondi al governo.",
     ("Giuseppe Sala", "sindaco di Milano", None, None, 2)),
    # role after the name
    ("Fabio Panetta, governatore della Banca d'Italia, ha detto martedì che i tassi scenderanno. "
     "Secondo Panetta, l'inflazione è sotto controllo.",
     ("Fabio Panetta", "governatore della Banca d'Italia", "Banca d'Italia", "IT", 2)),
    # a company as employer, after an elided article
    ("L'amministratore delegato dell'Eni, Claudio Descalzi, ha detto che il gas costerà meno. "
     "Descalzi ha parlato a Roma.",
     ("Claudio Descalzi", "amministratore delegato dell'Eni", "Eni", None, 2)),
    # a minister of a named state
    ("Il ministro degli Esteri dell'Ucraina, Andrii Sybiha, ha detto che la guerra continua. "
     "Sybiha ha incontrato i giornalisti a Roma.",
     ("Andrii Sybiha", "ministro degli Esteri dell'Ucraina", "UA", "UA", 2)),
    # a minister of a state named by its demonym
    ("Il ministro della Difesa tedesco, Boris Pistorius, ha detto che l'esercito è pronto. "
     "Pistorius ha parlato a Berlino.",
     ("Boris Pistorius", "ministro della Difesa tedesco", "DE", "DE", 2)),
    # a spokeswoman of an international body, named again by surname after "ha dichiarato"
    ("La portavoce della Commissione europea, Paula Pinho, ha confermato la notizia. "
     "\"Siamo pronti\", ha dichiarato Pinho.",
     ("Paula Pinho", "portavoce della Commissione europea", "European Commission", None, 2)),
])
def test_an_italian_role_gives_the_person_role_and_affiliation(body, person):
    assert person in _people(body)


def test_an_italian_article_gives_each_official():
    body = ("Il governatore della Banca d'Italia, Fabio Panetta, ha detto martedì che la crescita sarà più "
            "forte del previsto.\n\nIl sindaco di Milano, Giuseppe Sala, ha accolto la notizia. "
            "L'amministratore delegato di Eni, Claudio Descalzi, ha parlato di un anno difficile. Il "
            "portavoce del governo, Paolo Chiesa, non ha commentato.\n\nIl segretario generale della Cgil, "
            "Maurizio Landini, ha chiesto salari più alti. Il presidente della Repubblica Sergio Mattarella "
            "ha firmato la legge.")
    assert {
        ("Claudio Descalzi", "amministratore delegato di Eni", "Eni", None, 1),
        ("Fabio Panetta", "governatore della Banca d'Italia", "Banca d'Italia", "IT", 1),
        ("Giuseppe Sala", "sindaco di Milano", "IT", "IT", 1),
        ("Paolo Chiesa", "portavoce del governo", None, None, 1),
        ("Sergio Mattarella", "presidente della Repubblica", None, None, 1),
    } <= set(_people(body))


def test_a_capitalised_italian_demonym_is_a_surname_not_a_country():
    parties = find_parties("Il ministro Marco Tedesco ha detto che la legge passerà. Tedesco ha parlato a Roma.",
                           title=None, language="it")
    assert [(p.kind, p.name, p.role, p.country, p.mentions) for p in parties if p.kind == "person"] == [
        ("person", "Marco Tedesco", "ministro", "IT", 2)]
    assert "DE" not in {p.country for p in parties}


@pytest.mark.parametrize(("text", "tokens"), [
    ("L'amministratore delegato dell'Eni", ["L'", "amministratore", "delegato", "dell'", "Eni"]),
    ("un'altra volta nell'Unione", ["un'", "altra", "volta", "nell'", "Unione"]),
    ("sull'Ucraina, all'Istat, dall'Onu", ["sull'", "Ucraina", ",", "all'", "Istat", ",", "dall'", "Onu"]),
    ("Marcello Dell'Utri e Massimo D'Alema", ["Marcello", "Dell'Utri", "e", "Massimo", "D'Alema"]),
    ("il Dott. Mario Rossi", ["il", "Dott.", "Mario", "Rossi"]),
])
def test_italian_elided_articles_are_tokens_of_their_own(text, tokens):
    from congo_digital.enrich.tokens import tokenize

    assert [t.text for t in tokenize(text)] == tokens
