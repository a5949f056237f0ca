"""The student's side: join, answer every type, resume, feedback modes, closing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from quizgen.store import Answer, Participant, db

RIGHT = {
    1: {"response": "Kassym-Schomart Tokajew"},
    2: {"response": "Falsch"},
    3: {"response": "russland"},
    4: {"response": "160"},
    5: {"item": ["Truppen verlassen das Land", "Unruhen", "Russland schickt Soldaten"],
        "rank": ["3", "1", "2"]},
    6: {"match": ["mehr als 160 Tote", "Abzug bis Ende der Woche"]},
    7: {"response": "Die Terroristen-Behauptung"},
}


@pytest.fixture
def published(teacher):
    """A teacher with a published quiz: returns a function making quizzes with options."""
    teacher.signup()
    set_id = teacher.create_set()

    def make(feedback_mode="immediate", show_article=True):
        return teacher.publish(set_id, feedback_mode=feedback_mode, show_article=show_article)

    return make


def join(app, code, nickname="Anna"):
    student = app.test_client()
    r = student.post("/join", data={"code": code, "nickname": nickname})
    assert r.status_code == 302, r.data
    return student


def answers_in_db(app, nickname="Anna"):
    with app.app_context():
        return db.session.scalars(select(Answer).join(Participant).where(
            Participant.nickname == nickname)).all()


def test_join_page_and_prefilled_code(client):
    page = client.get("/join?code=abc-def").get_data(as_text=True)
    assert 'value="ABCDEF"' in page


def test_join_and_answer_everything(app, published):
    _quiz_id, code = published()
    s = join(app, f" {code[:3].lower()} {code[3:]} ")  # spaces and case do not matter
    r = s.get(f"/play/{code}")
    assert r.headers["Location"].endswith(f"/play/{code}/1")
    for n, data in RIGHT.items():
        r = s.post(f"/play/{code}/{n}", data=data)
        assert r.status_code == 303
        page = s.get(f"/play/{code}/{n}").get_data(as_text=True)
        assert "fb-right" in page or "fb-open" in page, (n, page)
    rows = answers_in_db(app)
    assert len(rows) == 7
    assert [a.correct for a in sorted(rows, key=lambda a: a.question_id)] == [
        True, True, True, True, True, True, None]
    ordering = next(a for a in rows if a.question_id == "q5")
    assert json.loads(ordering.response) == ["Unruhen", "Russland schickt Soldaten",
                                             "Truppen verlassen das Land"]
    done = s.get(f"/play/{code}/done").get_data(as_text=True)
    assert "6" in done and "Anna" in done
    assert s.get(f"/play/{code}").headers["Location"].endswith("/done")


def test_wrong_answer_feedback_shows_evidence(app, published):
    _quiz_id, code = published()
    s = join(app, code)
    s.post(f"/play/{code}/1", data={"response": "Wladimir Putin"})
    page = s.get(f"/play/{code}/1").get_data(as_text=True)
    assert "fb-wrong" in page
    assert "Kassym-Schomart Tokajew" in page
    assert "Der Präsident Tokajew hat die Regierung vereidigt." in page  # explanation
    assert '<mark data-q="1">Der Präsident von Kasachstan' in page  # evidence in the article


def test_reload_continues_where_the_student_was(app, published):
    _quiz_id, code = published()
    s = join(app, code)
    s.post(f"/play/{code}/1", data=RIGHT[1])
    s.post(f"/play/{code}/2", data=RIGHT[2])
    assert s.get(f"/play/{code}").headers["Location"].endswith(f"/play/{code}/3")
    # skipping ahead is not possible: it leads back to the first open question
    assert s.get(f"/play/{code}/6").headers["Location"].endswith(f"/play/{code}/3")
    # rejoining from the same browser keeps the participant
    r = s.post("/join", data={"code": code, "nickname": "Anna"})
    assert r.headers["Location"].endswith(f"/play/{code}")
    with app.app_context():
        assert db.session.scalar(select(func.count(Participant.id))) == 1


def test_resubmitting_is_idempotent(app, published):
    _quiz_id, code = published()
    s = join(app, code)
    for _ in range(3):
        s.post(f"/play/{code}/1", data=RIGHT[1])
    r = s.post(f"/play/{code}/1", data={"response": "Wladimir Putin"}, follow_redirects=True)
    assert "flash-error" in r.get_data(as_text=True)  # the first answer counts
    rows = answers_in_db(app)
    assert len(rows) == 1 and rows[0].correct is True


def test_unique_constraint_in_database(app, published):
    from sqlalchemy.exc import IntegrityError

    _quiz_id, code = published()
    s = join(app, code)
    s.post(f"/play/{code}/1", data=RIGHT[1])
    with app.app_context():
        p = db.session.scalar(select(Participant))
        db.session.add(Answer(participant_id=p.id, question_id="q1", response='"x"'))
        with pytest.raises(IntegrityError):
            db.session.commit()


def test_empty_answer_refused(app, published):
    _quiz_id, code = published()
    s = join(app, code)
    r = s.post(f"/play/{code}/3", data={"response": "   "}, follow_redirects=True)
    assert "flash-error" in r.get_data(as_text=True)
    s.post(f"/play/{code}/5", data={"item": ["a", "b", "c"], "rank": ["1", "1", "2"]})
    s.post(f"/play/{code}/6", data={"match": ["mehr als 160 Tote", ""]})
    assert answers_in_db(app) == []


def test_options_shuffled_per_student_deterministically(app, published):
    _quiz_id, code = published()
    orders = {}
    for i in range(8):
        s = join(app, code, nickname=f"S{i}")
        page = s.get(f"/play/{code}/1").get_data(as_text=True)
        again = s.get(f"/play/{code}/1").get_data(as_text=True)
        order = [o for o in ("Tokajew", "Putin", "Nasarbajew") if o in page]
        order.sort(key=page.index)
        assert sorted(order, key=again.index) == order  # same order on reload
        orders[i] = tuple(order)
    assert len(set(orders.values())) > 1  # but not the same for everybody


def test_nickname_taken_and_wrong_code(app, published):
    _quiz_id, code = published()
    join(app, code, "Anna")
    other = app.test_client()
    r = other.post("/join", data={"code": code, "nickname": "Anna"})
    assert r.status_code == 409
    r = other.post("/join", data={"code": "ZZZZZZ", "nickname": "Ben"})
    assert r.status_code == 404
    r = other.post("/join", data={"code": code, "nickname": "   "})
    assert r.status_code in (200, 422)


def test_play_without_joining_goes_to_join(app, published):
    _quiz_id, code = published()
    r = app.test_client().get(f"/play/{code}/1")
    assert r.status_code == 302 and "/join?code=" in r.headers["Location"]
    assert app.test_client().get("/play/NOPE99/1").status_code == 404


def test_feedback_at_the_end(app, published):
    _quiz_id, code = published(feedback_mode="end")
    s = join(app, code)
    r = s.post(f"/play/{code}/1", data={"response": "Wladimir Putin"})
    assert r.headers["Location"].endswith(f"/play/{code}/2")
    page = s.get(f"/play/{code}/1").get_data(as_text=True)
    assert "fb-wrong" not in page and "Der Präsident Tokajew hat" not in page
    done = s.get(f"/play/{code}/done").get_data(as_text=True)
    assert "Der Präsident Tokajew hat" not in done  # not before the last answer
    for n in range(2, 8):
        r = s.post(f"/play/{code}/{n}", data=RIGHT[n])
    assert r.headers["Location"].endswith("/done")
    done = s.get(f"/play/{code}/done").get_data(as_text=True)
    assert "fb-wrong" in done and "Der Präsident Tokajew hat" in done


def test_article_hidden_when_teacher_chooses(app, published):
    _quiz_id, code = published(show_article=False)
    s = join(app, code)
    page = s.get(f"/play/{code}/1").get_data(as_text=True)
    assert "2000 Soldaten" not in page
    s.post(f"/play/{code}/1", data=RIGHT[1])
    page = s.get(f"/play/{code}/1").get_data(as_text=True)
    assert "2000 Soldaten" not in page  # feedback quotes only the evidence sentence
    assert "Der Präsident von Kasachstan" in page


def test_closing_stops_answers(app, client, published):
    quiz_id, code = published()
    s = join(app, code)
    s.post(f"/play/{code}/1", data=RIGHT[1])
    client.post(f"/teacher/quizzes/{quiz_id}/state", data={"open": "0"})
    r = s.post(f"/play/{code}/2", data=RIGHT[2], follow_redirects=True)
    assert "flash-error" in r.get_data(as_text=True)
    assert len(answers_in_db(app)) == 1
    r = app.test_client().post("/join", data={"code": code, "nickname": "Late"})
    assert r.status_code == 403
    assert s.get(f"/play/{code}/done").status_code == 200  # results stay visible


def test_results_page_and_csv(app, client, published):
    quiz_id, code = published()
    a = join(app, code, "Anna")
    b = join(app, code, "=cmd|' /C calc'!A0")  # CSV injection attempt
    a.post(f"/play/{code}/1", data=RIGHT[1])
    b.post(f"/play/{code}/1", data={"response": "Wladimir Putin"})
    a.post(f"/play/{code}/2", data={"response": "Richtig"})
    page = client.get(f"/teacher/quizzes/{quiz_id}").get_data(as_text=True)
    assert "Anna" in page and "50 %" in page and "Wladimir Putin" in page
    r = client.get(f"/teacher/quizzes/{quiz_id}/results.csv")
    assert r.mimetype == "text/csv" and "attachment" in r.headers["Content-Disposition"]
    text = r.data.decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("nickname,answered,correct,total,Q1 answer,Q1 correct")
    anna = next(line for line in lines if line.startswith("Anna"))
    assert anna.startswith("Anna,2,1,7,Kassym-Schomart Tokajew,1,Richtig,0")
    assert "'=cmd" in text and "\n=cmd" not in text


def test_english_article_keeps_english_questions_in_german_ui(app, client, teacher):
    from quizgen.model import Evidence, Question, QuestionSet, Settings

    text = ("Parliament passed the budget on Tuesday.\n\nThe finance minister said the vote "
            "was a success for the whole country.")
    ev = [Evidence(sentence=0, start=0, end=40, text=text[:40])]
    qset = QuestionSet(language="en", title="Budget", settings=Settings(count=2), questions=[],
                       article={"title": "Budget", "text": text, "sentences": []})
    qset.questions = [
        Question(id="e1", family="comprehension", type="true_false", skill="when",
                 prompt="Parliament passed the budget on Tuesday.", answer="True",
                 options=["True", "False"], explanation="The first sentence says so.",
                 evidence=ev),
        Question(id="e2", family="comprehension", type="short_answer", skill="who",
                 prompt="Who called the vote a success?", answer="the finance minister",
                 evidence=ev),
    ]
    teacher.signup()
    _quiz_id, code = teacher.publish(teacher.create_set(qset))
    s = join(app, code)
    page = s.get(f"/play/{code}/1", headers={"Accept-Language": "de"}).get_data(as_text=True)
    assert 'lang="en"' in page and "Antwort abschicken" in page and ">True<" in page
    s.post(f"/play/{code}/1", data={"response": "True"})
    s.post(f"/play/{code}/2", data={"response": "Finance Minister"})  # article and case
    assert [a.correct for a in sorted(answers_in_db(app), key=lambda a: a.question_id)] == [
        True, True]
