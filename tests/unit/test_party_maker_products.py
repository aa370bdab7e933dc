"""A product or a division named after its maker ("Apple Pay", "Meta Quest Pro", "Hyundai
Motor") is no person: the maker is one of ``cues.json`` ``product_makers`` or an
organisation of the text, the next word one of ``product_words``.  Short made-up texts
in English, French and Spanish."""

from __future__ import annotations

from congo_digital.enrich.parties import find_parties


def _parties(body: str, title: str | None = None, language: str = "en") -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in find_parties(body, title=title, language=language)]


def test_a_carmaker_and_motor_is_a_company() -> None:
    """"Hyundai Motor said" made a person Hyundai Motor; "Motor" ends a company's name as
    "Motors" does."""
    body = ("Hyundai Motor said on Monday it would invest $5 billion in a new battery plant, as "
            "the carmaker races to meet demand. Hyundai Motor shares rose 3% in Seoul trading.")
    assert _parties(body, "Hyundai Motor to build battery plant") == [("Hyundai Motor", "organization")]
    body = ("Toyota Motor said on Friday it would recall 300,000 vehicles over a faulty airbag "
            "sensor. Toyota Motor shares fell 2% in early trading.")
    assert _parties(body) == [("Toyota Motor", "organization")]


def test_a_headset_named_after_its_maker_is_no_person() -> None:
    """"Meta Quest Pro" was a person (Meta is a given name), Meta its short mention."""
    body = ("Meta has cut the price of its Meta Quest Pro headset by a third, five months after "
            "launch. The Meta Quest Pro will now cost $999, the company said. Analysts said "
            "demand for high-end headsets was weak.")
    assert _parties(body, "Meta cuts price of its Quest headset") == []


def test_the_maker_that_acts_is_the_company() -> None:
    """Its mentions before its product's name are neither the maker alone nor a surname: the
    maker that speaks is the organisation."""
    body = ("On Thursday, Meta said it would cut the price of the Meta Quest Pro headset by a "
            "third. In a statement, Meta said the Meta Quest Pro would now cost $999. Analysts "
            "said demand for high-end headsets had been weak.")
    assert _parties(body, "Meta to cut price of VR headset") == [("Meta", "organization")]


def test_a_payment_service_named_once_is_no_person() -> None:
    body = ("Customers of three banks can now pay in shops with Apple Pay, said Dina Farouk, "
            "a spokeswoman for the central bank. Cash is still used for most purchases.")
    assert ("Apple Pay", "person") not in _parties(body)
    assert _parties(body) == [("Dina Farouk", "person")]


def test_a_cloud_division_that_speaks_is_no_person() -> None:
    body = ("The bank will move its core systems to Google Cloud under a five-year deal. "
            "Google Cloud said the deal was its largest in the region.")
    assert ("Google Cloud", "person") not in _parties(body)


def test_a_division_of_a_group_found_in_the_text_is_no_person() -> None:
    """The maker is the first word of an organisation the text names ("Zentra Holdings"),
    not a listed maker."""
    body = ("Zentra Holdings said on Tuesday that its streaming arm would raise prices. Zentra "
            "Music said subscribers would pay more from May. Zentra Music told users by email.")
    assert _parties(body) == [("Zentra Holdings", "organization")]


def test_french_and_spanish_texts() -> None:
    body = ("Apple Pay est disponible depuis mardi pour les clients de trois banques, a annoncé "
            "la banque centrale. Selon Apple Pay, le service sera étendu à d'autres pays.")
    assert _parties(body, language="fr") == [("Apple Pay", "organization")]
    body = ("Hyundai Motor anunció el lunes que invertirá 1.000 millones de dólares en una nueva "
            "planta. Hyundai Motor dijo que la planta producirá vehículos eléctricos.")
    assert _parties(body, language="es") == [("Hyundai Motor", "organization")]


def test_a_person_named_like_a_product_word_stays() -> None:
    """Only a maker before the product word: "Pro" after a given name is a surname."""
    body = ("Anna Pro said the club would appeal. Pro, who joined in 2019, told reporters the "
            "decision was unfair.")
    assert _parties(body) == [("Anna Pro", "person")]
