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
