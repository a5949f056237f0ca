"""A speaking pronoun after the one person its own sentence names (blind review 59: '16-year-old
Amira Hussain was so surprised that she "forgot to breathe", she said afterwards' had no
speaker, so the set's voices left her out), and a photo caption is no antecedent."""

from __future__ import annotations

from quizgen.model import Settings
from quizgen.pipeline import analyze, generate, load_article

from .helpers import analysed


def _speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in analysed(text, language).quotes]


def test_a_pronoun_after_the_one_person_of_its_sentence_is_that_person():
    text = ("When the winners were read out on Friday, 15-year-old Lena Novak was so happy "
            "that she \"could not stop laughing\", she said later. The jury gave her the "
            "first prize.")
    assert _speakers(text, "en") == ["Lena Novak"]
    text = ("Als die Sieger am Freitag verlesen wurden, war die 15-jährige Lena Novak so "
            "überrascht, dass sie „kein Wort mehr herausbrachte“, erzählte sie später. Die "
            "Jury gab ihr den ersten Preis.")
    assert _speakers(text, "de") == ["Lena Novak"]


def test_a_person_of_the_other_sex_is_not_taken():
    text = ("Councillor Mr Tom Rudd opened the new hall on Friday. When the doors opened, "
            "Mr Rudd looked pleased, but it was \"long overdue\", she said.")
    assert _speakers(text, "en") != ["Tom Rudd"]


CAPTION_ARTICLE = "\n\n".join([
    "Young poets of Millbrook reach the national final",
    "Three teenagers from a Millbrook writing group will perform at the national final in May.",
    "Poet Sam Ellery listens to the group in the library. (Photo) Search\n"
    "Poet Sam Ellery listens to the group in the library. Photo: Millbrook Post / Ann Lee",
    "When the results were read out on Saturday, 16-year-old Nadia Khan was so surprised "
    "that she \"forgot to breathe\", she said afterwards. Her poem about her grandmother's "
    "garden took first place, and two other members finished second and fourth out of more "
    "than 40 competitors.",
    "Their teacher, Colin Reed, told BBC Radio Kent that the group had grown from five members "
    "to roughly 30 young people. \"Some of them barely spoke in class when they first came,\" "
    "he said.",
]) + "\n"


def test_the_photo_caption_is_no_antecedent_and_the_voice_is_listed():
    analysis = analyze(load_article(CAPTION_ARTICLE, filename="poets.txt"))
    first = next(q for q in analysis.quotes if "breathe" in q.content)
    assert first.speaker == "Nadia Khan"
    qset = generate(analysis, Settings())
    voices = [q for q in qset.questions if q.skill == "discussion" and "speak" in q.prompt]
    assert voices and "Nadia Khan" in voices[0].prompt


def test_a_source_gap_keeps_the_pronoun_of_a_person_named_before_it():
    text = ("Hundreds of birdwatchers have come to the village. Parish council chairman Robert "
            "Hale told BBC Radio Kent that visitors were welcome, but he asked them to use "
            "the village hall car park.")
    from quizgen.generate.media_sources import _with_speaker
    analysis = analysed(text, "en")
    said = next(s for s in analysis.sentences if "Hale" in s.text)
    assert "but he asked" in _with_speaker(analysis, said)


def test_reported_speech_opening_with_ohne_is_speech_an_infinitive_is_not():
    text = ("Der Vorsitzende des Heimatvereins, Jonas Albrecht, sagte dem WDR, ohne die Halle "
            "würden viele Gruppen ihre Treffen absagen müssen.")
    quotes = analysed(text).quotes
    assert [(q.speaker, q.outlet) for q in quotes] == [("Jonas Albrecht", "WDR")]
    assert quotes[0].content.startswith("ohne die Halle würden")
    text = "Jonas Albrecht sagte, ohne Details zu nennen, die Halle bleibe geschlossen."
    assert not [q for q in analysed(text).quotes if q.content.startswith("ohne")]


def test_a_participle_of_saying_after_a_comma_reports_the_clause_subject():
    text = ("Local councillor Priya Shah praised the volunteers, saying they had done "
            "\"a week's work in a day\". Head teacher Tom Reed wrote to parents on Monday, "
            "adding that the school would stay open.")
    assert [q.speaker for q in analysed(text, "en").quotes] == ["Priya Shah", "Tom Reed"]
    text = ("Residents say the shop quietly stopped its deliveries, adding to the pressure on "
            "the food bank.")
    assert [q.cue for q in analysed(text, "en").quotes] == ["say"]
