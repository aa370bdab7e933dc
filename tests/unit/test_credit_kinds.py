"""Kinds of wrong credits: a subheading repeating the headline read as a bare name, a name
under a headline whose date the rendering glued before it; a text's last line is no
sign-off.  Texts written for these tests."""

from test_dump_credits import PROSE, page  # (the same made-up page as those tests)

from congo_digital.layout.analyse import analyse


def test_a_subheading_repeating_the_headline_is_no_name():
    # a recipe's date, author and category as list items; the recipe card's heading repeats
    # the start of the headline, after the date stamp
    text = page("Lemon Drizzle Cake without Butter (Easy Loaf)\n\n  • March 3, 2021\n  • Mags\n"
                "  • Cake Recipes\n  • Updated: May 5, 2022\n\nLemon Drizzle Cake\n\n" + PROSE
                + "\nAuthor: Mags\nServings: 8")
    lay = analyse(text, language="en")
    assert lay.title.value == "Lemon Drizzle Cake without Butter (Easy Loaf)"
    assert [a.name for a in lay.authors] == ["Mags"]


def test_a_name_under_a_headline_with_its_date_glued_before_it_is_the_byline():
    text = page("Mar 4 Ein Wochenende am stillen See im Norden\n\nKarla Winter\nReisen, Europa")
    lay = analyse(text, language="de")
    assert lay.title.value == "Ein Wochenende am stillen See im Norden"
    assert [a.name for a in lay.authors] == ["Karla Winter"]


def test_no_sign_off_from_a_sentence_a_link_in_capitals_or_a_cut_phrase():
    for last in ("Poetic. Justice.", "BACK TO THE HOME PAGE", "A Band's Last Tour was a hit in every town we saw"):
        text = "Rain floods the old quarter\n\n" + PROSE + "\n" + PROSE + "\n" + last + "\n"
        lay = analyse(text, language="en")
        assert lay.authors == [], last


def test_a_blogs_tagline_is_no_headline_over_a_question_headline():
    # the blog's name and tagline, then the post's headline (a question) over its stamp; the
    # headline printed again by the post's navigation and reply form
    text = page("Ansichten aus dem Norden\n\nNotizen zur Stadt, zur Politik und zum Netz\n\n"
                "Warum sind die neuen Wohnungen am Hafen so teuer geworden?\n\n"
                "Posted on 3. Mai 2021 by Karl Brand\n\n" + PROSE + "\n" + PROSE
                + "\nBeitragsnavigation\n\nWarum sind die neuen Wohnungen am Hafen so teuer geworden?\n\n"
                "Leave a Reply to Warum sind die neuen Wohnungen am Hafen so teuer geworden?")
    lay = analyse(text, language="de")
    assert lay.title.value == "Warum sind die neuen Wohnungen am Hafen so teuer geworden?"
    assert [a.name for a in lay.authors] == ["Karl Brand"]


def test_a_services_credit_line_is_no_headline():
    # a feed's sign-up box over the post and under it, its credit line printed twice
    box = "[                    ] [Subscribe]\n\nPowered by MailFeed\n\n[signup]"
    text = page(box + "\n\n0\nPublicado el 4 Abril, 2021 por Redacción en Nacionales\n\n"
                "Abren nuevas tiendas en el centro para la venta de pan\n\n" + PROSE + "\n" + box
                + "\n\n  • Abren nuevas tiendas en el centro para la venta de pan")
    lay = analyse(text, language="es")
    assert lay.title.value == "Abren nuevas tiendas en el centro para la venta de pan"


def test_a_blog_category_after_por_or_par_is_no_second_author():
    from congo_digital.fields.bylines import parse_byline

    cases = {"Publicado el 4 Abril, 2021 por Redacción Sur en Deportes": ["Redacción Sur"],
             "Par Jean Dupont en Bretagne": ["Jean Dupont"],
             "Por Ana Gil y Luis Paz": ["Ana Gil", "Luis Paz"],
             "Door Jan Smit en Piet Bos": ["Jan Smit", "Piet Bos"]}
    for line, names in cases.items():
        byline = parse_byline(line)
        assert byline is not None and [a.name for a in byline.authors] == names, line


def test_a_last_line_of_a_name_or_a_place_stays_in_the_body():
    """No sign-off is read from a text's last line: a name there may be a place, a club, a
    phrase or a quote's speaker as well as the author ("San Francisco", "Alice Springs")."""
    for last in ("Hong Kong", "San Francisco", "Alice Springs", "Real Madrid", "Thank You", "Hà Nội",
                 "Maria Gonzalez"):
        text = "Rain floods the old quarter\n\n" + PROSE + "\n\n" + PROSE + "\n\n" + last + "\n"
        lay = analyse(text, language="en")
        assert lay.authors == [], last
        assert lay.paragraphs[-1].text == last
