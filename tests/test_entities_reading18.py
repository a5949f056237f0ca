"""Quick reading 18 (en_panto): 'Cinderella' (the play) was offered as a person among the
options of who-questions, 'Millbrook Town Hall' was a person, and 'The mayor of Millbrook,
Councillor Jean Whitaker,' got the role 'councillor'. Invented text."""

from __future__ import annotations

from quizgen.pipeline import analyze, load_article

EN = """Panto cancelled

The Kelby Players have cancelled their Christmas show after Kelby Town Hall failed a fire \
safety inspection. Its production of Aladdin was due to open on Friday. Cast members had \
been rehearsing Aladdin since September. The mayor of Kelby, Councillor Jean Whitaker, said \
safety had to come first. Director Lorraine Bexley said the cast was heartbroken.
"""


def test_a_play_and_a_town_hall_are_no_persons_and_the_mayor_is_the_mayor() -> None:
    ents = {e.name: e for e in analyze(load_article(EN)).entities}
    assert "Aladdin" not in ents or ents["Aladdin"].label != "PER", ents.keys()
    assert ents["Kelby Town Hall"].label == "LOC", ents["Kelby Town Hall"]
    assert ents["Jean Whitaker"].role == "mayor of Kelby", ents["Jean Whitaker"].role


def test_a_role_keeps_whose_it_is() -> None:
    text = ("Field sale\n\nAn academy trust wants to sell the playing field. The trust's chief "
            "executive, Martin Cole, said the money would repair roofs. Parents are angry.")
    ents = {e.name: e for e in analyze(load_article(text)).entities}
    assert ents["Martin Cole"].role == "the trust's chief executive", ents["Martin Cole"].role
