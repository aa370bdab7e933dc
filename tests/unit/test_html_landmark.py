"""The page's one main landmark (``html.container.main_landmark``): its ``<main>``, else the
element of role "main" (found through the ``role`` attributes), each only when unique."""


def _root(html: str):
    from congo_digital.html.page import parse_tree

    return parse_tree(html).find("body")


def test_the_one_element_of_role_main_is_the_landmark_wherever_it_stands():
    from congo_digital.html.container import main_landmark

    root = _root("<body><div class='wrap'><div role='navigation'><a href='/'>Home</a></div>"
                 "<section><div role='main' id='content'><p>Text</p></div></section></div></body>")
    assert [el.get("id") for el in main_landmark(root)] == ["content"]
    root = _root("<body role='main'><div role='mainly'><p>Text</p></div><p role='Main'>x</p></body>")
    assert main_landmark(root) == [root]  # (the root itself; "mainly" and "Main" are other roles)


def test_two_elements_of_role_main_or_none_give_no_landmark():
    from congo_digital.html.container import main_landmark

    assert main_landmark(_root("<body><div role='main'><p>A</p></div><div role='main'><p>B</p></div></body>")) == []
    assert main_landmark(_root("<body><div role='banner'><p>A</p></div><div><p>B</p></div></body>")) == []


def test_a_main_element_comes_before_the_roles():
    from congo_digital.html.container import main_landmark

    root = _root("<body><div role='main' id='a'><main id='b'><p>Text</p></main></div></body>")
    assert [el.get("id") for el in main_landmark(root)] == ["b"]
