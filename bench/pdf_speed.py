"""How long a printable worksheet takes: 20 questions with the article, warm, median of 20.

Run from the repository root:  python bench/pdf_speed.py
The article is the German test fixture repeated four times (about 70 printed lines, the
length of a typical news article); the 20 questions cycle through every question type.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizgen.model import Question, QuestionSet  # noqa: E402
from quizgen.questionset import load_question_set  # noqa: E402
from quizgen.render.pdf import answer_key_pdf, article_lines, worksheet_pdf  # noqa: E402

RUNS = 20
TARGET_MS = 300


def question_set(count: int = 20) -> QuestionSet:
    base = load_question_set(ROOT / "tests" / "data" / "questionsets" / "de_streik.json")
    article = dict(base.article)
    article["text"] = "\n\n".join([base.article["text"]] * 4)  # offsets of copy 1 stay valid
    questions = []
    for k in range(count):
        d = base.questions[k % len(base.questions)].to_dict()
        d["id"] = f"{d['id']}-{k}"
        questions.append(Question.from_dict(d))
    return QuestionSet(language="de", article=article, settings=base.settings,
                       questions=questions, title=base.title)


def median_ms(fn, runs: int = RUNS) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times)


def main() -> int:
    qset = question_set()
    t0 = time.perf_counter()
    pdf = worksheet_pdf(qset, with_article=True, join_code="K7X2QA",
                        join_url="http://192.168.1.20:5000/join/K7X2QA")
    cold = (time.perf_counter() - t0) * 1000
    ws, ws_max = median_ms(lambda: worksheet_pdf(qset, with_article=True, join_code="K7X2QA",
                                                 join_url="http://192.168.1.20:5000/join/K7X2QA"))
    key, key_max = median_ms(lambda: answer_key_pdf(qset, with_article=True))
    lines = len(article_lines(qset.article))
    print(f"worksheet, {len(qset.questions)} questions, article of {lines} printed lines, "
          f"{len(pdf) / 1024:.0f} KiB")
    print(f"  first call (fonts loaded): {cold:.0f} ms")
    print(f"  warm median of {RUNS}: {ws:.0f} ms (max {ws_max:.0f} ms; target <= {TARGET_MS} ms)")
    print(f"answer key with article, warm median of {RUNS}: {key:.0f} ms (max {key_max:.0f} ms)")
    return 0 if ws <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
