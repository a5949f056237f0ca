"""Quick reading 19 and blind review 13, round 2, each on invented text: a what-question whose
answer is the thing the article is about (the headline's and first sentence's subject) asks
nothing; an adverb between auxiliary and verb ('was last judged') keeps the clause's date
askable."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.generate.clauses import english_clauses
from quizgen.pipeline import analyze, load_article
from quizgen.select import MIN_SCORE

TOPIC_EN = """Beloved town museum shut after damning safety check

Harlow Vale Heritage Museum in Brockton has been closed to visitors after a fire inspection.

The museum, which has around 3,000 objects, was last renovated in 2019. Inspectors found \
blocked exits on two floors. Curator Jane Mills said the problems would be fixed within a month.
"""


def _questions(text: str) -> list:
    return list(wh.generate(analyze(load_article(text))))


def test_no_what_question_on_the_articles_topic() -> None:
    qs = _questions(TOPIC_EN)
    topic = [q for q in qs if q.skill == "what" and "Museum" in str(q.answer)]
    assert all(q.score < MIN_SCORE for q in topic), [(q.prompt, q.score) for q in topic]


def test_an_adverb_inside_the_verb_group_keeps_the_date_askable() -> None:
    qs = _questions(TOPIC_EN)
    years = [q for q in qs if q.skill == "when" and q.answer == "2019"]
    assert any(q.prompt == "In what year was the museum last renovated?" for q in years), \
        [q.prompt for q in qs]


def test_a_comparative_stays_out_of_the_verb_group() -> None:
    a = analyze(load_article("A close game\n\nThe coach was less impressed by the result.\n"))
    c = english_clauses(a.sentences[-1])[0]
    assert [t.text for t in c.verb] == [], [t.text for t in c.verb]


SITES_EN = """Youth club to make way for offices

Dunmore Council wants to knock down the youth club on Bank Road. A new club would be built at \
a site that has not yet been found.

Residents say an empty warehouse on Carter Street could be used instead. The council said the \
site belonged to a bank. Club leader Sam Reid said the plans were unfair.
"""


def test_the_site_of_an_article_with_several_sites_is_no_clear_referent() -> None:
    qs = _questions(SITES_EN)
    site = [q for q in qs if "the site" in q.prompt]
    assert site, [q.prompt for q in qs]
    assert all(q.score < MIN_SCORE for q in site), [(q.prompt, q.score) for q in site]
    plans = [q for q in qs if q.prompt == "Who said the plans were unfair?"]
    assert plans and plans[0].score >= MIN_SCORE, [(q.prompt, q.score) for q in qs]


FIRM_DE = """Parkhaus gesperrt

Die Stadt Talberg hat ihr Parkhaus am Markt geschlossen. Bei einer Routineprüfung hatte ein \
Ingenieurbüro in der Tiefgarage tiefe Risse entdeckt. Das Planungsbüro Kern hat ein Gutachten \
erstellt.
"""


def test_a_trades_firm_after_a_fronted_phrase_is_asked_who() -> None:
    prompts = {q.prompt: q.answer for q in _questions(FIRM_DE)}
    assert prompts.get("Wer hatte bei einer Routineprüfung in der Tiefgarage tiefe Risse "
                       "entdeckt?") == "ein Ingenieurbüro", prompts
    assert not any(p.startswith("Was ") and "Risse" in p for p in prompts), prompts


NEGATED_DE = """Hund in der Schule

An der Talschule in Kernstadt begleitet der Labrador Max die Lehrerin Eva Brandt in den \
Unterricht. Max hat nicht gebissen, sagte Schulleiter Jan Vogt.
"""


def test_a_capped_score_gets_no_bonus_for_the_sentences_actors() -> None:
    qs = [q for q in _questions(NEGATED_DE) if q.prompt.startswith("Wer hat nicht")]
    assert all(q.score < MIN_SCORE for q in qs), [(q.prompt, q.score) for q in qs]


RESEARCHERS_EN = """Dirty air at school gates

A new study has found that the air outside many schools in Norbury is polluted. The researchers \
found that pollution levels rose by around 30 per cent on mornings with heavy traffic.
"""


def test_bare_researchers_are_no_answer_to_who() -> None:
    qs = [q for q in _questions(RESEARCHERS_EN) if q.answer == "the researchers"]
    assert all(q.score < MIN_SCORE for q in qs), [(q.prompt, q.score) for q in qs]
