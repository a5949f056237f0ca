"""A comprehension question that names the outlet ("Who told the Echo ...?") and the
media-literacy item asking which outlet the same words went to ("Karen Lowe told the ___")
answer each other, although the worksheet prints them in separate sections (quick reading 20:
en_taxi_fares asked both)."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import _gives_away, select

TEXT = ("Night-shift nurse Karen Lowe, 52, told the Ashbury Echo that she already spent more "
        "than £50 a week on taxis.")


def _q(qid: str, family: str, skill: str, prompt: str, answer: str, options: list[str],
       sentence: int = 7, score: float = 0.7) -> Question:
    return Question(id=qid, family=family, type="multiple_choice", skill=skill, prompt=prompt,
                    options=options, answer=answer,
                    evidence=[Evidence(sentence, 0, len(TEXT), TEXT)], score=score)


WHO = _q("who", "comprehension", "who", "Who told the Ashbury Echo that she already spent more "
         "than £50 a week on taxis?", "Karen Lowe",
         ["Karen Lowe", "Beth Morgan", "Imran Qureshi", "Mark Hensley"])
OUTLET = _q("outlet", "media_literacy", "source", "The article takes this information from "
            "another news outlet: “Night-shift nurse Karen Lowe, 52, told the ___ that she "
            "already spent more than £50 a week on taxis.” Which outlet fills the gap?",
            "Ashbury Echo", ["Ashbury Echo", "Yorkshire Post", "Times", "Guardian"])
OTHER = _q("other", "comprehension", "how_many", "How much does Karen Lowe already spend a "
           "week on taxis?", "more than £50", ["more than £50", "more than £40"])


def test_the_outlet_in_a_who_question_gives_the_outlet_item_away_and_back():
    assert _gives_away(WHO, OUTLET)
    assert _gives_away(OUTLET, WHO)


def test_a_set_keeps_only_one_of_the_two():
    chosen = select([WHO, OUTLET], Settings(families=["comprehension", "media_literacy"]))
    assert len(chosen) == 1


ROLE = _q("role", "comprehension", "role", "What is Karen Lowe's job according to the "
          "article?", "night-shift nurse", ["night-shift nurse", "taxi driver"])


def test_other_families_clash_only_on_a_figure_the_quotation_prints():
    assert not _gives_away(OUTLET, ROLE)
    # the outlet item prints the whole sentence, '... more than £50 a week ...' (blind
    # review 20)
    assert _gives_away(OUTLET, OTHER)


# quick reading 23: the cloze prints the outlet of another sentence's quotation
SAID = "Der Umbau dauere mindestens acht Wochen, sagte Kowalczyk dem Hellbacher Anzeiger."
MORE = "In dieser Zeit müssten die 23 Mannschaften auf andere Plätze ausweichen."
CLOZE = Question(id="cloze", family="comprehension", type="cloze", skill="how_many",
                 prompt="Ergänze die Lücke: Der Umbau dauere mindestens ____ Wochen, sagte "
                        "Kowalczyk dem Hellbacher Anzeiger.", answer="acht",
                 evidence=[Evidence(3, 0, len(SAID), SAID)], score=0.8)
SOURCE = Question(id="source", family="media_literacy", type="multiple_choice", skill="source",
                  prompt="Welches Medium nennt der Artikel als Quelle für Kowalczyk?",
                  answer="Hellbacher Anzeiger",
                  options=["Hellbacher Anzeiger", "Kölner Stadt-Anzeiger", "Weser-Kurier",
                           "Rheinische Post"],
                  evidence=[Evidence(4, 0, len(MORE), MORE)], score=0.8)
BOTH = Settings(families=["comprehension", "media_literacy"])
NAMES = {"bernd kowalczyk": ["Bernd Kowalczyk", "Kowalczyk"],
         "kowalczyk": ["Bernd Kowalczyk", "Kowalczyk"],
         "hellbacher anzeiger": ["Hellbacher Anzeiger"]}


def test_a_printed_outlet_answers_a_source_item_on_the_speakers_next_sentence():
    assert [q.id for q in select([CLOZE, SOURCE], BOTH, names=NAMES)] == ["cloze"]


def test_the_outlet_printed_with_another_speaker_does_not():
    other = Question(id="other", family="comprehension", type="cloze", skill="how_many",
                     prompt="Ergänze die Lücke: Es gebe ____ Plätze, sagte Sabine Lenz dem "
                            "Hellbacher Anzeiger.", answer="zwei",
                     evidence=[Evidence(9, 0, 40, "Es gebe zwei Plätze, sagte Sabine Lenz.")],
                     score=0.8)
    names = {**NAMES, "sabine lenz": ["Sabine Lenz", "Lenz"], "lenz": ["Sabine Lenz", "Lenz"]}
    assert {q.id for q in select([other, SOURCE], BOTH, names=names)} == {"other", "source"}


def test_a_cloze_without_the_outlet_does_not():
    plain = Question(id="plain", family="comprehension", type="cloze", skill="how_many",
                     prompt="Ergänze die Lücke: In dieser Zeit müssten die ____ Mannschaften "
                            "auf andere Plätze ausweichen.", answer="23",
                     evidence=[Evidence(4, 0, len(MORE), MORE)], score=0.8)
    assert {q.id for q in select([plain, SOURCE], BOTH, names=NAMES)} == {"plain", "source"}


SKANDAL = "Dass Kinder hier jeden Morgen ihr Leben riskieren, ist ein Skandal."


def _media(qid: str, skill: str, sentence: int) -> Question:
    return Question(id=qid, family="media_literacy", type="multiple_choice", skill=skill,
                    prompt=f"{qid}: „{SKANDAL}“", answer="a" if skill == "fact_opinion" else
                    "Skandal", options=["a", "b"] if skill == "fact_opinion" else
                    ["Skandal", "Kinder", "Morgen"],
                    evidence=[Evidence(sentence, 0, len(SKANDAL), SKANDAL)], score=0.8)


def test_loaded_word_and_fact_or_opinion_not_on_one_sentence():
    media = Settings(families=["media_literacy"])
    assert len(select([_media("loaded", "loaded_language", 5),
                       _media("opinion", "fact_opinion", 5)], media)) == 1
    assert len(select([_media("loaded", "loaded_language", 5),
                       _media("opinion", "fact_opinion", 6)], media)) == 2


def test_a_cloze_on_the_outlet_and_the_source_item_on_its_speaker_are_one_exercise():
    """'..., sagte Claudia Brandt dem ____, ...' - WDR and 'Welches Medium nennt der Artikel
    als Quelle für die Aussagen von Claudia Brandt?' - WDR, whose evidence is another
    sentence of hers (quick reading 24)."""
    said = "Man sei nicht gegen den Anbau, sagte Claudia Brandt dem WDR."
    gap = Question(id="gap", family="comprehension", type="cloze", skill="who",
                   prompt="Ergänze die Lücke: Man sei nicht gegen den Anbau, sagte Claudia "
                          "Brandt dem ____.", answer="WDR",
                   evidence=[Evidence(6, 0, len(said), said)], score=0.8)
    source = Question(id="source", family="media_literacy", type="multiple_choice",
                      skill="source", prompt="Welches Medium nennt der Artikel als Quelle für "
                      "die Aussagen von Claudia Brandt?", answer="WDR",
                      options=["WDR", "NDR", "SWR", "BR"],
                      evidence=[Evidence(7, 0, len(MORE), MORE)], score=0.8)
    names = {"claudia brandt": ["Claudia Brandt", "Brandt"],
             "brandt": ["Claudia Brandt", "Brandt"]}
    assert len(select([gap, source], BOTH, names=names)) == 1
