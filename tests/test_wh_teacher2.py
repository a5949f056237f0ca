"""Faults found reading judged12-14 as a teacher, each on invented text: a who-question
answered by a vague group ('Who has claimed ...? - some residents'), a where-answer with
a sentence-initial capital ('In Magdeburg'), and a what-question too short to say what it
asks about ('What do campaigners blame? - leaking pipes')."""

from __future__ import annotations

from quizgen.generate import wh
from quizgen.pipeline import analyze, load_article


def _wh(text: str) -> list[tuple[str, str, str, float]]:
    return [(q.skill, q.prompt, str(q.answer), q.score)
            for q in wh.generate(analyze(load_article(text)))]


def test_no_who_question_answered_by_some_people() -> None:
    qs = _wh("Canal row\n\nThe canal in Brindle has been closed for a month. Some residents "
             "have claimed that the water is being sold to a brewery. The council denied "
             "this on Friday.")
    assert not [q for q in qs if q[0] == "who" and q[2].lower().startswith("some ")], qs
    de = _wh("Streit um den Kanal\n\nDer Kanal in Brindorf ist seit einem Monat gesperrt. "
             "Einige Anwohner behaupten, das Wasser werde an eine Brauerei verkauft. Die "
             "Gemeinde wies das am Freitag zurück.")
    assert not [q for q in de if q[0] == "who" and q[2].lower().startswith("einige ")], de


def test_german_where_answer_in_lower_case() -> None:
    qs = _wh("Notruf gestört\n\nDer Notruf war am Mittwoch gestört. In Bärstadt wurde ein "
             "Mann erst nach einer Stunde vom Rettungsdienst erreicht. Die "
             "Polizei ermittelt.")
    where = [a for s, p, a, _ in qs if s == "where"]
    assert where, qs
    assert all(a.startswith("in ") for a in where), where
    options = [o for q in wh.generate(analyze(load_article(
        "Notruf gestört\n\nDer Notruf war am Mittwoch gestört. In Bärstadt wurde ein Mann erst "
        "nach einer Stunde vom Rettungsdienst erreicht. Die Leitstellen in "
        "Berlin, Bremen, Kiel und Hamburg meldeten Ausfälle. Die Polizei ermittelt.")))
        if q.skill == "where" for o in q.options]
    assert all(o.startswith("in ") for o in options), options


def test_short_what_question_ranked_down() -> None:
    qs = _wh("Leaks at the reservoir\n\nThe reservoir near Holbeck is only a third full. "
             "Campaigners blame leaking pipes. The company says it has cut leakage by 12 "
             "per cent.")
    short = [q for q in qs if q[0] == "what" and len(q[1].split()) <= 5]
    assert all(q[3] <= wh.VAGUE_ANSWER_SCORE for q in short), short
    de = _wh("Streit um die Mensa\n\nDie Mensa in Holdorf bleibt geschlossen. Eine Klage "
             "hätte nur geringe Aussichten. Die Eltern sind enttäuscht.")
    short = [q for q in de if q[0] == "what" and len(q[1].split()) <= 5]
    assert all(q[3] <= wh.VAGUE_ANSWER_SCORE for q in short), short


def test_who_answered_by_the_team_ranked_down() -> None:
    qs = _wh("Glasses for teenagers\n\nResearchers at the University of Holbeck have studied "
             "eyesight. The team tested the eyesight of about 4,200 pupils at 31 schools "
             "between May and July. Many pupils needed glasses.")
    team = [q for q in qs if q[0] == "who" and q[2] == "the team"]
    assert all(q[3] <= wh.VAGUE_ANSWER_SCORE for q in team), team


def test_no_comma_after_the_verb_of_a_who_question() -> None:
    qs = _wh("Rats on the estate\n\nTenants in Kelby say rats are everywhere. Lucy Harper, "
             "29, first heard scratching in August. By October, she says, rats were running "
             "across the worktops at night. Graham Whitlock said pest controllers had "
             "visited the estate.")
    assert not [p for _, p, _, _ in qs if p.startswith(("Who says,", "Who said,"))], qs


def test_no_german_when_question_without_a_noun() -> None:
    qs = _wh("Wildschweine im Garten\n\nIn Kelburg richten Wildschweine große Schäden an. In "
             "der Nacht zum Sonntag war es wieder so weit. Eine Rotte pflügte den Garten der "
             "Familie Kessler um.")
    assert not [p for s, p, _, _ in qs if s == "when" and "so weit" in p], qs


def test_german_when_prompt_drops_a_comparing_apposition() -> None:
    qs = _wh("Zecken im Winter\n\nIm Landkreis Kelburg gibt es mehr Zecken. Bis Ende Oktober "
             "meldete das Gesundheitsamt 47 Fälle von FSME, so viele wie nie zuvor. Die Ärzte "
             "raten zur Impfung.")
    when = [p for s, p, _, _ in qs if s == "when" and "Gesundheitsamt" in p]
    assert when, qs
    assert not any("so viele wie" in p for p in when), when


def test_no_question_pointing_back_to_the_same_day() -> None:
    qs = _wh("Risse im Altbau\n\nAm Montag entdeckten Arbeiter Risse in der Kelburger Schule. "
             "Die Stadt ließ den Altbau noch am selben Tag sperren. Die Schüler werden in "
             "Containern unterrichtet.")
    assert not [p for _, p, _, _ in qs if "selben Tag" in p], qs
    en = _wh("Cracks at the school\n\nWorkers found cracks at Kelby school on Monday. The "
             "council closed the old building the same day. Pupils are taught in huts.")
    assert not [p for _, p, _, _ in en if "same day" in p], en


def test_english_prompt_drops_a_final_apposition_after_a_name() -> None:
    qs = _wh("Bird flu\n\nBird flu was confirmed on Tuesday at Home Farm, a free-range egg farm "
             "on the edge of the village of Kelby. All birds will be culled. Inspectors "
             "arrived on Wednesday.")
    when = [p for s, p, _, _ in qs if s == "when" and "Home Farm" in p]
    assert when, qs
    assert not any("egg farm" in p for p in when), when
