"""The real generator behind the web app: paste the seed article, get a set, publish it."""

from __future__ import annotations

import importlib.util

import pytest

from tests.conftest import SHARED

SEED = SHARED / "articles" / "de_kasachstan_ovks.txt"

pytestmark = [
    pytest.mark.skipif(importlib.util.find_spec("quizgen.select") is None,
                       reason="quizgen.select (the question generator) is not written yet"),
    pytest.mark.skipif(not SEED.exists(), reason=f"seed article missing: {SEED}"),
]


def test_paste_seed_article_generate_edit_publish(app, client, teacher):
    teacher.signup()
    text = SEED.read_text(encoding="utf-8")
    r = client.post("/teacher/new", data={
        "text": text, "count": "8", "families": ["comprehension", "media_literacy"],
        "types": ["multiple_choice", "true_false", "short_answer", "cloze"],
        "difficulty": ["1", "2", "3"]})
    assert r.status_code == 302, r.get_data(as_text=True)[:2000]
    editor = client.get(r.headers["Location"]).get_data(as_text=True)
    assert editor.count('class="card question"') >= 3
    assert "<mark" in editor  # evidence highlighted in the article
    set_id = int(r.headers["Location"].split("/")[-1])
    quiz_id, code = teacher.publish(set_id)
    student = app.test_client()
    student.post("/join", data={"code": code, "nickname": "Anna"})
    state = student.get(f"/api/play/{code}").get_json()
    assert state["next"] == 1 and "answer" not in state["question"]


def test_regenerate_with_the_real_generator(app, client, teacher):
    from quizgen.store import QuestionSetRecord, db

    teacher.signup()
    r = client.post("/teacher/new", data={
        "text": SEED.read_text(encoding="utf-8"), "count": "6",
        "families": ["comprehension"], "types": ["multiple_choice", "short_answer"],
        "difficulty": ["1", "2", "3"]})
    set_id = int(r.headers["Location"].split("/")[-1])
    with app.app_context():
        before = db.session.get(QuestionSetRecord, set_id).qset()
    old = before.questions[0]
    r = client.post(f"/teacher/sets/{set_id}/q/{old.id}/regenerate", follow_redirects=True)
    assert r.status_code == 200
    with app.app_context():
        after = db.session.get(QuestionSetRecord, set_id).qset()
    new = after.questions[0]
    assert new.type == old.type and new.prompt != old.prompt
    assert {q.prompt for q in before.questions[1:]} == {q.prompt for q in after.questions[1:]}
    text = after.article["text"]
    for ev in new.evidence:
        assert text[ev.start:ev.end] == ev.text


def test_warm_up_runs_the_pipeline_once(monkeypatch):
    from quizgen.web import warmup

    assert warmup.warm_up() is True
    calls = []
    monkeypatch.setattr(warmup, "warm_up", lambda: calls.append(1))
    monkeypatch.setattr(warmup, "_started", False)

    class FakeApp:
        testing = False
        config = {"WARM_UP": True}

    warmup.warm_up_in_background(FakeApp())
    warmup.warm_up_in_background(FakeApp())
    import time

    for _ in range(50):
        if calls:
            break
        time.sleep(0.02)
    assert calls == [1]
