"""Give-aways quick reading 34 found: a person asked for by full name is named by surname in
another question on the same quotation ('Von wem stammt „Die jungen Kolleginnen ...“? - Ursula
Feldmann' beside '„...“, sagte Feldmann dem ___'); a full name in a question on another
sentence ('What is Karen Ashdown's role?') gives no attribution away."""

from __future__ import annotations

from quizgen.model import Evidence, Question, Settings
from quizgen.select import _gives_away, select

QUOTE = "„Wir schließen die Mühle nicht“, sagte Pfeiffer dem SWR."


def _q(skill: str, prompt: str, answer: str, sentence: int, family: str = "media_literacy",
       qtype: str = "multiple_choice", options: list[str] | None = None,
       text: str = "x") -> Question:
    return Question(id=f"{skill}{sentence}", family=family, type=qtype, skill=skill,
                    prompt=prompt, answer=answer, options=options or [],
                    evidence=[Evidence(sentence, 0, len(text), text)], score=0.8)


ATTRIBUTION = _q("attribution", "Von wem stammt laut Artikel diese Aussage: „Wir schließen die "
                 "Mühle nicht.“", "Greta Pfeiffer", 7,
                 options=["Greta Pfeiffer", "Jonas Albrecht", "Heike Sommer"], text=QUOTE)
SOURCE = _q("source", "Diese Angabe stützt der Artikel auf ein anderes Medium: „‚Wir schließen "
            "die Mühle nicht‘, sagte Pfeiffer dem ___.“ Welches Medium steht an der Stelle der "
            "Lücke?", "SWR", 7, options=["SWR", "NDR", "WDR", "ZDF"], text=QUOTE)


def test_the_surname_on_the_same_quotation_gives_the_full_name_away():
    assert _gives_away(SOURCE, ATTRIBUTION)


def test_a_set_does_not_ask_who_said_what_another_item_prints_with_the_surname():
    picked = select([ATTRIBUTION, SOURCE], Settings(count=10))
    assert len(picked) == 1, [q.prompt for q in picked]


def test_a_full_name_in_a_question_on_another_sentence_gives_no_attribution_away():
    role = _q("role", "What is Karen Ashdown's role according to the article?", "head teacher",
              3, family="comprehension", qtype="short_answer")
    said = _q("attribution", "According to the article, who said this: “Thirty years of "
              "friendships have grown out of this exchange.”", "Karen Ashdown", 9,
              options=["Karen Ashdown", "Mark Tapley", "Pierre Lemaire"])
    assert not _gives_away(role, said)
    same = _q("source", "The article takes this information from another news outlet: “‘Thirty "
              "years of friendships have grown out of this exchange,’ Mrs Ashdown told ___.” "
              "Which outlet fills the gap?", "BBC Radio Kent", 9)
    assert _gives_away(same, said)


def test_an_organisation_is_not_asked_by_its_last_word():
    body = _q("who", "Wer verpflichtete sich, jeden Antrag zu beraten?", "der Gemeinderat", 4,
              family="comprehension", qtype="short_answer")
    other = _q("what", "Was beschloss der Rat am Dienstag?", "einen Kreisverkehr", 4,
               family="comprehension", qtype="short_answer")
    assert not _gives_away(other, body)


def test_a_short_number_word_printed_by_a_media_item_is_given_away():
    text = "The trail, which is about 4 miles long, crosses two bridges before the summit."
    cloze = _q("how_many", "Fill in the gap: The trail, which is about 4 miles long, crosses "
               "________ bridges before the summit.", "two", 5, family="comprehension",
               qtype="cloze", text=text)
    verdict = _q("fact_opinion", "Is this statement from the article a checkable fact or an "
                 "opinion or assessment? “" + text + "”", "a checkable fact", 5,
                 options=["a checkable fact", "an opinion or assessment"], text=text)
    picked = select([cloze, verdict], Settings(count=10))
    assert len(picked) == 1, [q.prompt for q in picked]


def test_a_claim_discussion_printing_speaker_and_claim_gives_the_who_question_away():
    text = ("He also claimed that the old ferry had been sold abroad after a year, although he "
            "did not say to whom and the claim could not be verified.")
    who = _q("who", "Who claimed that the old ferry had been sold abroad after a year?",
             "Colin Reeve", 12, family="comprehension", qtype="short_answer", text=text)
    discussion = _q("discussion", "Colin Reeve: The old ferry had been sold abroad after a "
                    "year. The article notes that no evidence was given for this. Why might "
                    "Colin Reeve make this claim?", "A good answer names who is speaking.", 12,
                    qtype="open", text=text)
    assert _gives_away(discussion, who)
    voices = _q("discussion", "The article lets Colin Reeve and Ann Shaw speak. Whose view is "
                "missing?", "Quoted are: Colin Reeve; Ann Shaw.", 12, qtype="open", text=text)
    assert not _gives_away(voices, who)


def test_an_interested_party_item_goes_when_the_set_prints_all_its_wrong_options():
    party = _q("interested_party", "Welche Darstellung gibt der Artikel als Aussage von Anna "
               "Kessler wieder? Ergänze: Anna Kessler …", "erklärte, die Reparatur koste mehr "
               "als geplant", 9, options=["erklärte, die Reparatur koste mehr als geplant",
                                          "sagte, der Sturm habe das Dach der Scheune beschädigt",
                                          "betonte, die Zimmerleute arbeiteten seit August"])
    storm = _q("attribution", "Wer sagte, der Sturm habe das Dach der Scheune beschädigt?",
               "Peter Wolf", 4, options=["Peter Wolf", "Anna Kessler", "Jana Roth"])
    carpenters = _q("who", "Wer betonte, die Zimmerleute arbeiteten seit August?", "Jana Roth", 6,
                    family="comprehension", qtype="short_answer")
    assert party.id not in {q.id for q in select([party, storm, carpenters], Settings(count=10))}
    # one wrong option printed leaves a question to answer
    assert party.id in {q.id for q in select([party, storm], Settings(count=10))}
