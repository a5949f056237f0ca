"""Where the time goes: the tagger alone vs the whole analysis vs text -> question set.

Run from the repository root:  python bench/speed.py [--quick] [--no-startup]
                               python bench/speed.py --only "de 50k"   (one row)
                               python bench/speed.py --profile ["en 1k"]  (cProfile; de 10k)
                               python bench/speed.py --gc ["en 1k" ...]  (the cycle collector)

For the seed article and for texts of about 1k, 10k and 50k words (body paragraphs of the
seed and the test articles, repeated), warm (one run first, then the median of a few), it
times side by side, interleaved (each round runs tagger, analysis and e2e once, so a burst
of load from other jobs hits all three alike; ratios are medians of the per-round ratios):
  tagger    HanTa's tag_sent on exactly the words the pipeline tags, sentence by sentence
  analysis  pipeline.analyze(pipeline.load_article(text))
  e2e       pipeline.question_set_from(text)
The tag_words cache is cleared before every timed pipeline run. Long texts made by repeating
paragraphs repeat sentences, which that cache then answers, so the rows marked "nocache"
also run the pipeline as on a text without repeated sentences: every sentence is tagged, and
only later look-ups of a sentence already tagged in the same run are answered (as the cache
answers subjectivity's part-of-speech features): the fair comparison with the tagger.
Each time is wall clock and, in brackets, this process's CPU time: the machine's cores are
shared, so CPU time is the steadier figure; the load average is printed with the figures.
Targets (quizgen issues 2 and 3): analysis <= 1.3 x tagger, e2e <= 2.0 x tagger, time per
1k words flat from 1k to 50k words, `quizgen analyze`/`generate` start-up <= 1.5 s.
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizgen import pipeline  # noqa: E402
from quizgen.nlp import subjectivity as nlp_subjectivity  # noqa: E402
from quizgen.nlp import tokens as nlp_tokens  # noqa: E402
from quizgen.nlp.sentences import split_sentences  # noqa: E402

SHARED = Path(os.environ.get("QUIZGEN_SHARED", ROOT / ".." / "shared"))
SEED = SHARED / "articles" / "de_kasachstan_ovks.txt"
TEST_ARTICLES = ROOT / "tests" / "data" / "articles"
SIZES = (1_000, 10_000, 50_000)
ANALYSIS_TARGET, E2E_TARGET, STARTUP_TARGET = 1.3, 2.0, 1.5


# --------------------------------------------------------------------------- texts

def body_paragraphs(path: Path) -> list[str]:
    """Paragraphs of an article's running text, as ingest labels it."""
    article = pipeline.load_article(path)
    return [p.strip() for b in article.blocks_of("body") for p in b.text.split("\n\n")
            if p.strip()]


def build_text(paragraphs: list[str], words: int) -> str:
    """Paragraphs in turn, repeated, until the text has at least `words` words."""
    out: list[str] = []
    count = 0
    while count < words:
        p = paragraphs[len(out) % len(paragraphs)]
        out.append(p)
        count += len(p.split())
    return "\n\n".join(out)


def texts() -> list[tuple[str, str, str]]:
    """(name, language, text) for every row of the table."""
    de = body_paragraphs(SEED)
    for path in sorted(TEST_ARTICLES.glob("de_*.txt")):
        de += body_paragraphs(path)
    en = [p for path in sorted(TEST_ARTICLES.glob("en_*.txt")) for p in body_paragraphs(path)]
    rows = [("seed", "de", SEED.read_text(encoding="utf-8"))]
    rows += [(f"de {n // 1000}k", "de", build_text(de, n)) for n in SIZES]
    rows += [(f"en {n // 1000}k", "en", build_text(en, n)) for n in SIZES[:2]]
    return rows


# --------------------------------------------------------------------------- timing

def sentence_words(text: str) -> tuple[str, list[list[str]]]:
    """The words of every sentence, split exactly as quizgen.nlp.pipeline.sentences_of does."""
    article = pipeline.load_article(text)
    lang = article.language
    out = []
    for block in article.blocks:
        for line in block.text.split("\n"):
            if not line.strip():
                continue
            for s, e in split_sentences(line, lang):
                sent = line[s:e]
                out.append([sent[a:b] for a, b in nlp_tokens.token_spans(sent, lang)])
    return lang, out


def once(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of one call."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w0, time.process_time() - c0


def interleaved(fns: list[Callable[[], object]], runs: int, warm_up: bool = True
                ) -> tuple[list[tuple[float, float]], list[list[float]]]:
    """Per function: median wall and CPU seconds of `runs` calls, after one warm-up call
    each; the functions take turns within each round. Also, per function, its CPU time
    divided by the first function's, round by round."""
    if warm_up:
        for fn in fns:
            fn()
    times: list[list[tuple[float, float]]] = [[] for _ in fns]
    for _ in range(runs):
        for i, fn in enumerate(fns):
            times[i].append(once(fn))
    medians = [(statistics.median(w for w, _ in t), statistics.median(c for _, c in t))
               for t in times]
    ratios = [[c / max(base[1], 1e-9) for (_, c), base in zip(t, times[0], strict=True)]
              for t in times]
    return medians, ratios


def tagger_only(lang: str, sentences: list[list[str]]) -> Callable[[], object]:
    hanta = nlp_tokens._hanta(lang)

    def run() -> None:
        for words in sentences:
            if words:
                hanta.tag_sent(words, taglevel=1)
    return run


def cleared(fn: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        nlp_tokens.tag_words.cache_clear()  # NoCache: forgets the previous run
        return fn()
    return run


class NoCache:
    """The pipeline as on a text without repeated sentences: tokenize tags every sentence
    (it looks tag_words up in its module), and later look-ups of a sentence tagged in the
    same run (subjectivity's part-of-speech features) are answered from that run only."""

    def __enter__(self) -> None:
        self.cached = nlp_tokens.tag_words
        self.looked_up = nlp_subjectivity.tag_words
        plain = self.cached.__wrapped__
        run: dict[tuple, tuple] = {}

        def tag(words: tuple[str, ...], language: str) -> tuple:
            run[(words, language)] = out = plain(words, language)
            return out

        def look_up(words: tuple[str, ...], language: str) -> tuple:
            found = run.get((words, language))
            return plain(words, language) if found is None else found

        tag.cache_clear = run.clear  # what cleared() calls before each run
        nlp_tokens.tag_words = tag
        nlp_subjectivity.tag_words = look_up

    def __exit__(self, *exc: object) -> None:
        nlp_tokens.tag_words = self.cached
        nlp_subjectivity.tag_words = self.looked_up


def startup(args: list[str], runs: int = 5) -> tuple[float, float]:
    """Median wall and CPU seconds of a fresh `python -m quizgen.cli ...` (output thrown
    away); CPU is the child's user + system time."""
    walls, cpus = [], []
    for _ in range(runs):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "quizgen.cli", *args], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode:
            print(f"  quizgen {args[0]} failed: {done.stderr.strip().splitlines()[-1]}")
            return float("nan"), float("nan")
        walls.append(time.perf_counter() - t0)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def load() -> str:
    return "load avg {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


# --------------------------------------------------------------------------- report

def fmt(t: tuple[float, float]) -> str:
    return f"{t[0]:6.2f} ({t[1]:5.2f})"


def profile(row: str = "de 10k", top: int = 15) -> None:
    """cProfile (CPU time) of analysis and of end to end on one row's text, cache cleared,
    warm."""
    import cProfile
    import pstats

    text = next(t for name, _lang, t in texts() if name == row)
    pipeline.question_set_from(text)  # warm: imports, HanTa models
    print(f"profile, {row} text ({len(text.split())} words), {load()}")
    for label, fn in (("analysis", lambda: pipeline.analyze(pipeline.load_article(text))),
                      ("end to end", lambda: pipeline.question_set_from(text))):
        nlp_tokens.tag_words.cache_clear()
        prof = cProfile.Profile(time.process_time)  # CPU time: the cores are shared
        prof.runcall(fn)
        print(f"--- {label}: top {top} by cumulative time")
        pstats.Stats(prof).sort_stats("cumulative").print_stats(top)


def collector(rows: list[str]) -> None:
    """What the cycle collector costs and finds: end to end with pipeline.collector_paused
    as shipped, and with the collector left on (the stages called under their own names),
    counting collections, their seconds and the objects they freed; and the tagger alone
    with the collector on and off, to show the comparison with it stays fair."""
    import gc

    from quizgen.model import Settings
    from quizgen.nlp.pipeline import analyze
    from quizgen.select import build_question_set

    seen: dict[str, float] = {"n": 0, "s": 0.0, "freed": 0, "t0": 0.0}

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            seen["t0"] = time.perf_counter()
        else:
            seen["n"] += 1
            seen["s"] += time.perf_counter() - seen["t0"]
            seen["freed"] += info["collected"]

    def collector_on(t: str) -> None:
        build_question_set(analyze(pipeline.load_article(t)), Settings())

    print(f"{'text':8} {'e2e paused s':>12} {'e2e on s':>9} {'collections':>11} "
          f"{'in them s':>9} {'freed':>5} {'tagger on s':>11} {'tagger off s':>12}  {load()}")
    for name, lang, text in texts():
        if name not in rows:
            continue
        _, sentences = sentence_words(text)
        tagger = tagger_only(lang, sentences)

        def tagger_off(tagger: Callable[[], object] = tagger) -> None:
            gc.disable()
            try:
                tagger()
            finally:
                gc.enable()

        runs = 1 if len(text.split()) > 20_000 else 5
        gc.callbacks.append(count)
        try:
            (paused, on, tag_on, tag_off), _ = interleaved(
                [cleared(lambda t=text: pipeline.question_set_from(t)),
                 cleared(lambda t=text: collector_on(t)), tagger, tagger_off], runs)
            seen.update(n=0, s=0.0, freed=0)
            cleared(lambda t=text: collector_on(t))()
        finally:
            gc.callbacks.remove(count)
        print(f"{name:8} {paused[1]:12.3f} {on[1]:9.3f} {seen['n']:11d} {seen['s']:9.3f} "
              f"{seen['freed']:5d} {tag_on[1]:11.3f} {tag_off[1]:12.3f}", flush=True)


def mixed(only: list[str] | None = None, quick: bool = False) -> None:
    """The rows "mixed de", "mixed en" and "mixed": stored articles one after another (the
    seed and the German test articles; the English ones; all of them, English and German in
    turn), as a class's articles reach the app. Each text differs from the one before, so
    what a process keeps between articles (Python's cache of compiled regular expressions,
    the tagger's word memos) counts here, while the rows above repeat one text."""
    de, en = (sorted(TEST_ARTICLES.glob(f"{lang}_*.txt")) for lang in ("de", "en"))
    both = [p for pair in itertools.zip_longest(en, de) for p in pair if p is not None]
    for name, paths in (("mixed de", [SEED, *de]), ("mixed en", en), ("mixed", [SEED, *both])):
        if only and name not in only:
            continue
        arts = [p.read_text(encoding="utf-8") for p in paths]
        tagged = [sentence_words(t) for t in arts]
        words = sum(len(t.split()) for t in arts)

        def tag_all(tagged: list = tagged) -> None:
            for lang, sentences in tagged:
                tagger_only(lang, sentences)()

        def e2e_all(arts: list[str] = arts) -> None:
            for t in arts:
                nlp_tokens.tag_words.cache_clear()
                pipeline.question_set_from(t)

        (tagger, e2e), ratios = interleaved([tag_all, e2e_all], 3 if quick else 5)
        k = words / 1000
        print(f"{name:8} {'cleared':7} {words:6d} {fmt(tagger)} {'':14} {'':5} {fmt(e2e)} "
              f"{statistics.median(ratios[1]):5.2f} {tagger[1] / k:6.3f} {'':6} "
              f"{e2e[1] / k:6.3f}  {len(arts)} articles in turn", flush=True)
    print(f"         {load()}", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="skip the 50k-word text")
    ap.add_argument("--no-startup", action="store_true", help="skip the CLI start-up runs")
    ap.add_argument("--only", nargs="+", metavar="ROW",
                    help='only these rows, e.g. --only "de 50k" or "mixed en" (to run rows '
                    'in parallel)')
    ap.add_argument("--startup-only", action="store_true", help="only the CLI start-up runs")
    ap.add_argument("--profile", nargs="?", const="de 10k", metavar="ROW",
                    help='only profile analysis and end to end on one row (default "de 10k")')
    ap.add_argument("--gc", nargs="*", metavar="ROW",
                    help='only the cycle collector\'s cost on these rows (default "en 1k" '
                    '"de 1k"): CPU seconds, medians')
    opts = ap.parse_args()
    if opts.gc is not None:
        collector(opts.gc or ["en 1k", "de 1k"])
        return
    if opts.profile:
        profile(opts.profile)
        return
    if opts.startup_only:
        opts.only = ["none"]

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {load()}")
    print("seconds: wall (cpu), medians; a/t and e/t: medians of per-round CPU ratios; "
          "per-1k from CPU time; targets "
          f"analysis/tagger <= {ANALYSIS_TARGET}, e2e/tagger <= {E2E_TARGET}")
    head = (f"{'text':8} {'cache':7} {'words':>6} {'tagger s':>14} {'analysis s':>14} "
            f"{'a/t':>5} {'e2e s':>14} {'e/t':>5} {'tag/1k':>6} {'ana/1k':>6} {'e2e/1k':>6}"
            f"  hits/misses")
    print(head)
    per_1k: dict[tuple[str, str], float] = {}
    for name, lang, text in texts():
        if (opts.quick and name.endswith("50k")) or (opts.only and name not in opts.only):
            continue
        words = len(text.split())
        runs = 1 if words > 20_000 else 3 if words > 5_000 else 7
        warm = words <= 20_000  # the 50k row: one warm-up on the seed instead of on itself
        if not warm:
            pipeline.question_set_from(SEED.read_text(encoding="utf-8"))
        tag_lang, sentences = sentence_words(text)
        assert tag_lang == lang, (name, tag_lang)
        modes = [("cleared", None), ("nocache", NoCache)] if words > 1_500 else [
            ("cleared", None)]
        for mode, ctx in modes:
            infos: list = []

            def analysis_run(t: str = text, infos: list = infos) -> None:
                pipeline.analyze(pipeline.load_article(t))
                if hasattr(nlp_tokens.tag_words, "cache_info"):
                    infos.append(nlp_tokens.tag_words.cache_info())

            if ctx:
                ctx_obj = ctx()
                ctx_obj.__enter__()
            try:
                (tagger, analysis, e2e), ratios = interleaved(
                    [tagger_only(lang, sentences), cleared(analysis_run),
                     cleared(lambda t=text: pipeline.question_set_from(t))], runs, warm)
            finally:
                if ctx:
                    ctx_obj.__exit__(None, None, None)
            k = words / 1000
            hits = f"{infos[-1].hits}/{infos[-1].misses}" if infos else "-"
            a_t, e_t = statistics.median(ratios[1]), statistics.median(ratios[2])
            print(f"{name:8} {mode:7} {words:6d} {fmt(tagger)} {fmt(analysis)} "
                  f"{a_t:5.2f} {fmt(e2e)} {e_t:5.2f} "
                  f"{tagger[1] / k:6.3f} {analysis[1] / k:6.3f} {e2e[1] / k:6.3f}  {hits}",
                  flush=True)
            per_1k[(name, mode)] = e2e[1] / k
        print(f"         {load()}", flush=True)

    if not opts.only or any(row.startswith("mixed") for row in opts.only):
        mixed(opts.only, opts.quick)

    for lang in ("de", "en"):
        for mode in ("cleared", "nocache"):
            small, big = per_1k.get((f"{lang} 1k", mode)), None
            for n in ("50k", "10k"):
                if (f"{lang} {n}", mode) in per_1k:
                    big = (n, per_1k[(f"{lang} {n}", mode)])
                    break
            if small and big:
                print(f"linear growth {lang} {mode}: e2e cpu per 1k words {small:.3f} s at 1k, "
                      f"{big[1]:.3f} s at {big[0]} (x{big[1] / small:.2f}; 1.0 = linear)")

    if not opts.no_startup:
        print(f"start-up, fresh process, median of 5, wall (cpu) ({load()}):")
        for cmd in (["analyze", str(SEED)], ["generate", str(SEED)], ["--help"]):
            wall, cpu = startup(cmd)
            ok = "ok" if wall <= STARTUP_TARGET else "over"
            what = "<seed> > /dev/null" if len(cmd) > 1 else "(imports only)"
            print(f"  python -m quizgen.cli {cmd[0]} {what}: {wall:.2f} s ({cpu:.2f} s) "
                  f"(target <= {STARTUP_TARGET} s wall: {ok})")

if __name__ == "__main__":
    main()
