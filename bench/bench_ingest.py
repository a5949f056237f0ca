"""Ingest timings: language detector first/warm call, seed article ingest, large inputs.

Run: python bench/bench_ingest.py
Cold figures come from fresh interpreters (best of 3, since other work on the machine
disturbs single runs).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("QUIZGEN_SHARED", ROOT / ".." / "shared"))
SEED = SHARED / "articles" / "de_kasachstan_ovks.txt"

COLD = """
import time
t0 = time.perf_counter()
from quizgen.lang import detect_language
t1 = time.perf_counter()
detect_language({text!r})
t2 = time.perf_counter()
detect_language({text!r})
t3 = time.perf_counter()
print(f"{{t1 - t0:.3f}} {{t2 - t1:.3f}} {{t3 - t2:.4f}}")
"""


def fresh(code: str, runs: int = 3) -> str:
    """Run ``code`` in new interpreters; the figures of the fastest run (least disturbed)."""
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             cwd=ROOT, check=True)
        results.append(out.stdout.split())
    best = min(results, key=lambda r: float(r[1]))
    return " ".join(best)


def main() -> None:
    samples = {
        "German paragraph": "Die Polizei nahm am Dienstag zwei Männer in Berlin fest, "
                            "die in ein Geschäft eingebrochen sein sollen.",
        "English paragraph": "Police arrested two men in Berlin on Tuesday who are said to "
                             "have broken into a shop.",
        "seed article": SEED.read_text(encoding="utf-8"),
    }
    print("detect_language (fresh process): import / first call / warm call, seconds")
    for name, text in samples.items():
        imp, first, warm = fresh(COLD.format(text=text)).split()
        print(f"  {name:18} import {imp}  first {first}  warm {warm}")

    code = (
        "import time; from pathlib import Path; t0 = time.perf_counter();"
        "from quizgen.ingest import read_file; t1 = time.perf_counter();"
        f"a = read_file(Path({str(SEED)!r})); t2 = time.perf_counter();"
        f"read_file(Path({str(SEED)!r})); t3 = time.perf_counter();"
        "print(f'{t1-t0:.3f} {t2-t1:.3f} {t3-t2:.4f} {len(a.blocks)}')"
    )
    imp, first, warm, blocks = fresh(code).split()
    print(f"ingest seed (fresh process): import {imp} s, first {first} s, warm {warm} s, "
          f"{blocks} blocks")

    html = ROOT / "tests" / "data" / "ingest" / "de_hochwasser.html"
    code = code.replace(repr(str(SEED)), repr(str(html)))
    imp, first, warm, blocks = fresh(code).split()
    print(f"ingest HTML page (fresh process): first {first} s (incl. trafilatura import), "
          f"warm {warm} s")

    from quizgen import ingest
    from quizgen.errors import QuizgenError

    seed = SEED.read_text(encoding="utf-8")
    big = "\n\n".join([seed] * (ingest.LIMIT // (len(seed) + 2)))
    t = time.perf_counter()
    article = ingest.from_text(big)
    print(f"ingest {len(big):,} chars (just under the limit): {time.perf_counter() - t:.2f} s, "
          f"{len(article.blocks):,} blocks")
    t = time.perf_counter()
    try:
        ingest.from_bytes(("x " * 2_500_000).encode(), "big.txt")
    except QuizgenError as err:
        print(f"5 MB upload refused as {err.code!r} in {time.perf_counter() - t:.3f} s")

    times = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "quizgen.cli", "analyze", str(SEED)],
                       capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - t)
    print(f"`quizgen analyze` seed, whole process (all stages, best of 3): {min(times):.2f} s")


if __name__ == "__main__":
    main()
