"""How long a new teacher needs from a fresh install to a published quiz, and page speed.

Runs the web app in-process (Flask test client) on a temporary database: first visit,
signup, paste the seed article, generate, edit one question, publish; then a class of 30
students joins and answers every question. Prints wall-clock figures.

    python bench/web_first_quiz.py
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SHARED = Path(os.environ.get("QUIZGEN_SHARED", REPO.parent / "shared"))


def main() -> None:
    from quizgen.web import create_app

    tmp = Path(tempfile.mkdtemp())
    t0 = time.perf_counter()
    app = create_app({"SECRET_KEY": "bench", "WTF_CSRF_ENABLED": False, "DB_SETUP": "migrate",
                      "RATELIMIT_ENABLED": False,
                      "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp / 'bench.sqlite'}"})
    t_app = time.perf_counter() - t0
    c = app.test_client()
    t1 = time.perf_counter()
    assert c.get("/").status_code == 302
    c.post("/auth/signup", data={"email": "t@example.org", "password": "password123",
                                 "confirm": "password123"})
    text = (SHARED / "articles" / "de_kasachstan_ovks.txt").read_text(encoding="utf-8")
    t_gen = time.perf_counter()
    r = c.post("/teacher/new", data={"text": text, "count": "10",
                                     "families": ["comprehension", "media_literacy"],
                                     "types": ["multiple_choice", "true_false", "short_answer",
                                               "cloze", "ordering", "matching"],
                                     "difficulty": ["1", "2", "3"]})
    t_gen = time.perf_counter() - t_gen
    set_url = r.headers["Location"]
    qset = json.loads(c.get(set_url + "/export.json").data)
    first = qset["questions"][0]
    c.post(f"{set_url}/q/{first['id']}", data={
        "prompt": first["prompt"], "answer": first["answer"] if isinstance(first["answer"], str)
        else "\n".join(first["answer"]), "options": "\n".join(first["options"]),
        "explanation": first["explanation"]})
    r = c.post(f"{set_url}/publish", data={"feedback_mode": "immediate", "show_article": "y"})
    quiz_url = r.headers["Location"]
    code = "".join(re.search(r'class="join-code"[^>]*><span>(\w+)</span><span>(\w+)</span>',
                             c.get(quiz_url).get_data(as_text=True)).groups())
    t_first = time.perf_counter() - t1
    print(f"app start incl. migrations: {t_app:.2f} s")
    print(f"fresh install -> published quiz (10 questions, seed article): {t_first:.1f} s "
          f"(of which generation {t_gen:.1f} s)")

    n_students, latencies = 30, []
    for i in range(n_students):
        s = app.test_client()
        s.post("/join", data={"code": code, "nickname": f"S{i}"})
        for n, _q in enumerate(qset["questions"], 1):
            t = time.perf_counter()
            s.post(f"/play/{code}/{n}", data={"response": "x", "rank": ["1"], "item": ["x"],
                                              "match": ["x"]})
            latencies.append(time.perf_counter() - t)
    latencies.sort()
    t = time.perf_counter()
    c.get(quiz_url.replace("/teacher/quizzes/", "/api/quizzes/") + "/results")
    t_res = time.perf_counter() - t
    print(f"{len(latencies)} answers by {n_students} students: median "
          f"{latencies[len(latencies) // 2] * 1000:.1f} ms, p95 "
          f"{latencies[int(len(latencies) * .95)] * 1000:.1f} ms per answer")
    print(f"live results JSON for {n_students} students: {t_res * 1000:.1f} ms")


if __name__ == "__main__":
    main()
