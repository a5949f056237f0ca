"""JSON endpoints: live results for the teacher, drag-and-drop order, the student's state."""

from __future__ import annotations

from tests.test_web_quiz import RIGHT, join


def test_live_results_json(app, client, teacher):
    teacher.signup()
    quiz_id, code = teacher.publish(teacher.create_set())
    empty = client.get(f"/api/quizzes/{quiz_id}/results").get_json()
    assert empty["students"] == [] and empty["total"] == 7 and empty["quiz"]["open"]
    a, b, c = (join(app, code, n) for n in ("Anna", "Ben", "Cem"))
    a.post(f"/play/{code}/1", data=RIGHT[1])
    b.post(f"/play/{code}/1", data={"response": "Wladimir Putin"})
    c.post(f"/play/{code}/1", data={"response": "Wladimir Putin"})
    a.post(f"/play/{code}/2", data=RIGHT[2])
    data = client.get(f"/api/quizzes/{quiz_id}/results").get_json()
    anna = next(s for s in data["students"] if s["nickname"] == "Anna")
    assert anna["answered"] == 2 and anna["correct"] == 2
    assert anna["cells"][0] == {"response": "Kassym-Schomart Tokajew", "correct": True}
    assert anna["cells"][2] is None
    q1 = data["questions"][0]
    assert q1["answered"] == 3 and abs(q1["share_correct"] - 1 / 3) < 1e-9
    assert q1["common_wrong"] == "Wladimir Putin" and q1["common_wrong_count"] == 2
    assert data["questions"][2]["share_correct"] is None


def test_results_json_needs_login(app, client, teacher):
    teacher.signup()
    quiz_id, _code = teacher.publish(teacher.create_set())
    teacher.logout()
    assert client.get(f"/api/quizzes/{quiz_id}/results").status_code in (302, 401)


def test_order_endpoint(app, client, teacher):
    teacher.signup()
    set_id = teacher.create_set()
    order = ["q7", "q6", "q5", "q4", "q3", "q2", "q1"]
    r = client.post(f"/api/sets/{set_id}/order", json={"order": order})
    assert r.status_code == 200 and r.get_json()["order"] == order
    page = client.get(f"/teacher/sets/{set_id}").get_data(as_text=True)
    assert page.index('id="q-q7"') < page.index('id="q-q1"')
    for bad in ({"order": ["q1"]}, {"order": "q1"}, {}, {"order": order + ["q1"]}):
        assert client.post(f"/api/sets/{set_id}/order", json=bad).status_code == 400
    client.post(f"/teacher/sets/{set_id}/undo")
    page = client.get(f"/teacher/sets/{set_id}").get_data(as_text=True)
    assert page.index('id="q-q1"') < page.index('id="q-q7"')


def test_student_state_and_closed_quiz(app, client, teacher):
    teacher.signup()
    quiz_id, code = teacher.publish(teacher.create_set())
    s = join(app, code)
    state = s.get(f"/api/play/{code}").get_json()
    assert state["nickname"] == "Anna" and state["answered"] == [] and state["total"] == 7
    q = state["question"]
    assert q["type"] == "multiple_choice" and sorted(q["options"]) == sorted(
        ["Kassym-Schomart Tokajew", "Wladimir Putin", "Nursultan Nasarbajew"])
    client.post(f"/teacher/quizzes/{quiz_id}/state", data={"open": "0"})
    assert s.post(f"/api/play/{code}/1", json={"response": "x"}).status_code == 409
    assert app.test_client().get(f"/api/play/{code}").status_code == 302  # not joined
