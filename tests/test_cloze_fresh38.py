"""Fresh readings 38 and 39: side-detail cloze gaps (a call for witnesses, a second
measure, a count that is part of a name). Invented text."""

from __future__ import annotations

from quizgen.select import candidates

from .helpers import analysed


def _gaps(text: str, language: str) -> list[tuple[str, str]]:
    return [(q.prompt, q.answer) for q in candidates(analysed(text, language))
            if q.family == "comprehension" and "____" in q.prompt]


def test_no_gap_in_a_call_for_witnesses_nor_in_a_second_measure():
    got = _gaps("Am Ufer der Lahn ist der Weg abgerutscht. Ein Stück der Böschung, das etwa "
                "30 Meter lang und bis zu vier Meter breit ist, rutschte in den Fluss. Zeugen, "
                "die etwas beobachtet haben, sollen sich bei der Polizei in Wetzlar melden.", "de")
    answers = [a for _, a in got]
    assert "Wetzlar" not in answers and "vier" not in answers, got
    assert "30" in answers, got


def test_no_gap_in_a_name_with_a_number_word():
    got = _gaps("Every Thursday the back room of the Seven Hills community centre smells of oil. "
                "About 40 bikes were fixed in the first month. Anyone with information should "
                "call police in Stroud.", "en")
    answers = [a.lower() for _, a in got]
    assert "seven" not in answers and "stroud" not in answers, got
    assert "40" in answers, got


def test_no_gap_on_a_list_item_nor_on_every_since():
    got = _gaps("Käse, Milch vom Vortag, ein Sack Kartoffeln und drei Gurken: Am Morgen ist das "
                "Regal im Dorfladen gut gefüllt. Etwa 30 Menschen kommen jeden Tag.", "de")
    answers = [a for _, a in got]
    assert "drei" not in answers and "30" in answers, got
    got = _gaps("The society's archive, which includes photographs of every vicar of Holmbury "
                "since 1921, will go to the county museum. About 200 people visited the "
                "exhibition in 2019.", "en")
    answers = [a for _, a in got]
    assert "1921" not in answers and "2019" in answers, got


def test_no_gap_on_how_long_someone_has_lived_somewhere():
    got = _gaps("Am Ufer der Lahn ist der Weg abgerutscht. Ein Fischer, der seit über 25 Jahren "
                "am Fluss lebt, behauptet, Nutrias hätten das Ufer untergraben. Die Reparatur "
                "soll etwa 80.000 Euro kosten.", "de")
    answers = [a for _, a in got]
    assert "25" not in answers and "80.000" in answers, got


def test_no_gap_on_a_body_named_after_the_story_village():
    got = _gaps("Volunteers in Aberhafod have restored the village war memorial. The work in "
                "Aberhafod took two years. Pupils from Aberhafod Primary School, who have spent "
                "the term researching the men, will read short biographies aloud. Gwen Price "
                "said the work would go on.", "en")
    answers = [a for _, a in got]
    assert "Aberhafod Primary School" not in answers and "Gwen Price" in answers, got
