"""Ingest timings: language detector first/warm call, seed article ingest, large inputs.

Run: python bench/bench_ingest.py
Cold figures come from fresh interpreters, best of 3. Each figure is given as wall time and
CPU time of the process (``time.process_time``): on a busy machine the wall time grows with the
other jobs, the CPU time hardly, and on an idle machine the two agree.
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
HTML = ROOT / "tests" / "data" / "ingest" / "de_hochwasser.html"

# prints pairs "wall cpu" for: import, first call, warm call
PROBE = """
import time
def now():
    return time.perf_counter(), time.process_time()
def since(t):
    w, c = now()
    return f"{{w - t[0]:.4f}} {{c - t[1]:.4f}}"
t = now()
{imports}
out = [since(t)]
t = now()
{call}
out.append(since(t))
t = now()
{call}
out.append(since(t))
print(" ".join(out))
"""


def fresh(imports: str, call: str, runs: int = 3) -> list[float]:
    """Figures of the fastest of ``runs`` fresh interpreters (the least disturbed one)."""
    code = PROBE.format(imports=imports, call=call)
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             cwd=ROOT, check=True)
        results.append([float(x) for x in out.stdout.split()])
    return min(results, key=lambda r: r[2])


def show(name: str, r: list[float]) -> None:
    print(f"  {name:34} import {r[0]:.3f}/{r[1]:.3f}  first {r[2]:.3f}/{r[3]:.3f}  "
          f"warm {r[4]:.4f}/{r[5]:.4f}")


def main() -> None:
    print("seconds, wall/CPU, fresh process, best of 3")
    lang = "from quizgen.lang import detect_language"
    samples = {
        "detect_language, German paragraph": "Die Polizei nahm am Dienstag zwei Männer in Berlin "
                                             "fest, die in ein Geschäft eingebrochen sein sollen.",
        "detect_language, English paragraph": "Police arrested two men in Berlin on Tuesday who "
                                              "are said to have broken into a shop.",
        "detect_language, seed article": SEED.read_text(encoding="utf-8"),
    }
    for name, text in samples.items():
        show(name, fresh(lang, f"detect_language({text!r})"))
    imports = "from pathlib import Path; from quizgen.ingest import read_file"
    show("ingest seed (read_file)", fresh(imports, f"read_file(Path({str(SEED)!r}))"))
    show("ingest HTML test page", fresh(imports, f"read_file(Path({str(HTML)!r}))"))

    from quizgen import ingest
    from quizgen.errors import QuizgenError

    seed = SEED.read_text(encoding="utf-8")
    big = "\n\n".join([seed] * (ingest.LIMIT // (len(seed) + 2)))
    wall, cpu = time.perf_counter(), time.process_time()
    article = ingest.from_text(big)
    print(f"ingest {len(big):,} chars (just under the limit, warm): "
          f"{time.perf_counter() - wall:.2f}/{time.process_time() - cpu:.2f} s, "
          f"{len(article.blocks):,} blocks")
    wall = time.perf_counter()
    try:
        ingest.from_bytes(("x " * 2_500_000).encode(), "big.txt")
    except QuizgenError as err:
        print(f"5 MB upload refused as {err.code!r} in {time.perf_counter() - wall:.3f} s")

    times = []
    for _ in range(3):
        wall = time.perf_counter()
        subprocess.run([sys.executable, "-m", "quizgen.cli", "analyze", str(SEED)],
                       capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - wall)
    print(f"`quizgen analyze` seed, whole process, all stages, wall: {min(times):.2f} s")


if __name__ == "__main__":
    main()
