"""Give-aways between media items (blind review 63 de_berufsschule: 'Wer befürchtet, dass viele
junge Leute ihre Ausbildung abbrechen ...? - Karl-Heinz Dörr' beside the source item quoting
the next sentence '„..., der hört einfach auf“, sagte Dörr dem ___.'): the source item names
the speaker by surname, and the attribution item asked for his full name."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import select

FEARS = ("Er befürchtet, dass viele Vereine ihre Jugendteams abmelden, wenn die Halle "
         "im Winter geschlossen bleibt.")
QUOTED = "„Ohne Halle trainiert hier bald niemand mehr“, sagte Albers dem WDR."
NAMES = {"jens albers": ["Jens Albers", "Albers"], "albers": ["Jens Albers", "Albers"]}


def _q(qid: str, skill: str, prompt: str, answer: str, sentence: int, text: str,
       options: list[str], score: float) -> Question:
    q = Question(id=qid, family="media_literacy", type="multiple_choice", skill=skill,
                 prompt=prompt, answer=answer, options=options,
                 evidence=[Evidence(sentence, 0, len(text), text)])
    q.score = score
    return q


def _pair(source_sentence: int) -> list[Question]:
    attribution = _q("at", "attribution", "Wer befürchtet, dass viele Vereine ihre "
                     "Jugendteams abmelden, wenn die Halle im Winter geschlossen bleibt?",
                     "Jens Albers", 4, FEARS,
                     ["Jens Albers", "Sabine Roth", "Uwe Kern", "Lena Voss"], 0.8)
    source = _q("so", "source", "Diese Angabe stützt der Artikel auf ein anderes Medium: "
                "„„Ohne Halle trainiert hier bald niemand mehr“, sagte Albers dem ___.“ "
                "Welches Medium steht an der Stelle der Lücke?", "WDR", source_sentence,
                QUOTED, ["WDR", "NDR", "SWR", "MDR"], 0.7)
    return [attribution, source]


def test_a_source_item_on_the_next_sentence_names_the_speaker_by_surname():
    assert [q.id for q in select(_pair(5), Settings(), None, NAMES)] == ["at"]


def test_a_source_item_far_away_leaves_the_attribution_to_ask():
    assert sorted(q.id for q in select(_pair(12), Settings(), None, NAMES)) == ["at", "so"]


def _article(headline: str, body: str) -> dict:
    text = f"{headline}\n\n{body}"
    return {"text": text, "blocks": [{"kind": "headline", "start": 0, "end": len(headline)},
                                     {"kind": "body", "start": len(headline) + 2,
                                      "end": len(text)}]}


def _gap(skill: str, prompt: str, answer: str) -> Question:
    q = Question(id=f"gap-{answer}", family="comprehension", type="cloze", skill=skill,
                 prompt=f"Fill in the gap: {prompt}", answer=answer,
                 evidence=[Evidence(2, 0, len(prompt), prompt)])
    q.score = 0.6
    return q


def test_a_gap_on_what_the_headline_names_is_not_asked():
    article = _article("Council to close Millbrook swimming pool as repair bill soars",
                       "The council will close the swimming pool in Millbrook next spring.")
    pool = _gap("what", "The council will close the ________ in Millbrook next spring.",
                "swimming pool")
    assert select([pool], Settings(), article, {}) == []
    person = _gap("who", "Council leader ________ said the repair bill had soared.",
                  "Joan Pike")
    assert [q.id for q in select([person], Settings(), article, {})] == ["gap-Joan Pike"]


def test_a_claim_discussion_fills_the_gap_on_its_speaker():
    from quizgen.select import _gives_away
    said = ("The Allotment Society, which speaks for plot holders, has claimed that similar "
            "rent rises elsewhere have emptied half the plots.")
    gap = Question(id="gap", family="comprehension", type="cloze", skill="who",
                   prompt="Fill in the gap: The ________, which speaks for plot holders, has "
                   "claimed that similar rent rises elsewhere have emptied half the plots.",
                   answer="Allotment Society", evidence=[Evidence(6, 0, len(said), said)])
    discussion = Question(
        id="ds", family="media_literacy", type="open", skill="discussion",
        prompt="Allotment Society: Similar rent rises elsewhere have emptied half the plots. "
        "The article notes that no evidence was given for this. Why might the Allotment "
        "Society make this claim?", answer="A good answer ...",
        evidence=[Evidence(6, 0, len(said), said)])
    voices = Question(
        id="vo", family="media_literacy", type="open", skill="discussion",
        prompt="The article lets Joan Pike and the Allotment Society speak. Whose view is "
        "missing?", answer="A good answer ...", evidence=[Evidence(6, 0, len(said), said)])
    assert _gives_away(discussion, gap)
    assert not _gives_away(voices, gap)
