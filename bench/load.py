"""Load test of the classroom app: many students answering at once, no answer lost or doubled.

    python bench/load.py --db sqlite            # SQLite (WAL) in a temporary folder
    python bench/load.py --db postgres          # quizgen_load from scripts/postgres.sh (emptied!)

It prepares a fresh database with the app's own code (a teacher and a 15-question set), starts
``gunicorn -w 4`` on 127.0.0.1, publishes the quiz over HTTP as the teacher, then lets 300
students join and answer every question with 50 at a time. Per answer: the quiz state (JSON,
which tells the client the options), the question page (HTML, as a phone loads it) and the answer
(JSON API with the CSRF token of the join page). With ``--form`` the answer goes through the
HTML form instead, followed by the feedback page it redirects to: what a phone really sends.
A random 10 % of answers are sent twice (must come back as the same stored answer), and one
gunicorn worker is killed with SIGKILL in the middle; clients retry a failed request once.
Afterwards it counts the rows in the database: every acknowledged answer stored exactly once.

Plain threads and ``requests`` instead of locust: 50 concurrent clients need nothing more, the
test must read the database and kill a worker between requests, and locust would add gevent
and a second process model to CI. The clients share the 2 cores with the server, so figures
are a lower bound on what the server alone would do (the load average is printed).

Loopback only: the server binds 127.0.0.1 and the clients talk to nothing else.
Bounded: ``--timeout`` (hard deadline for the whole run) and 30 s per request.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_setup import (  # noqa: E402
    REPO,
    TEACHER_EMAIL,
    TEACHER_PASSWORD,
    count_answers,
    prepare,
)

# its own database: the test empties it, so it never takes DATABASE_URL from the environment
POSTGRES_URL = "postgresql+psycopg://quizgen:quizgen@127.0.0.1:5432/quizgen_load"
CSRF_INPUT = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')
CSRF_META = re.compile(r'name="csrf-token" content="([^"]+)"')


class Deadline(Exception):
    """The run's hard time limit passed."""


class Stats:
    """Latencies and outcomes of every request, shared by the client threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.status: Counter[str] = Counter()
        self.retries = 0
        self.failed: Counter[str] = Counter()  # still failing after the retry
        self.acked: dict[tuple[str, str], str] = {}  # (nickname, question id) -> sent JSON
        self.resend_ok = 0
        self.resend_bad: list[str] = []
        self.students_done = 0
        self.errors: list[str] = []

    def note(self, kind: str, seconds: float, status: str) -> None:
        with self.lock:
            self.latency[kind].append(seconds)
            self.status[f"{kind} {status}"] += 1


class Client:
    """One student's browser: a cookie session and retry-once on network errors and 5xx."""

    def __init__(self, base: str, stats: Stats, deadline: float) -> None:
        self.base = base
        self.stats = stats
        self.deadline = deadline
        self.s = requests.Session()

    def call(self, kind: str, method: str, path: str, **kw) -> requests.Response | None:
        kw.setdefault("allow_redirects", False)
        for attempt in (1, 2):
            if time.monotonic() > self.deadline:
                raise Deadline
            t0 = time.perf_counter()
            try:
                r = self.s.request(method, self.base + path, timeout=30, **kw)
            except requests.RequestException as exc:
                self.stats.note(kind, time.perf_counter() - t0, type(exc).__name__)
                r = None
            else:
                self.stats.note(kind, time.perf_counter() - t0, str(r.status_code))
                if r.status_code < 500:
                    return r
            if attempt == 1:
                with self.stats.lock:
                    self.stats.retries += 1
        with self.stats.lock:
            self.stats.failed[kind] += 1
        return r


def make_response(view: dict, rng: random.Random) -> str | list[str]:
    """A plausible answer in the shape the API reads (see quizgen.web.api._FormLike)."""
    kind = view["type"]
    if kind in ("multiple_choice", "true_false"):
        return rng.choice(view["options"])
    if kind == "ordering":
        items = list(view["items"])
        rng.shuffle(items)
        return items
    if kind == "matching":
        return [rng.choice(view["right"]) for _ in view["left"]]
    return rng.choice(["Russland", "mehr als 160", "Die Regierung legte keine Beweise vor."])


def form_data(response: str | list[str], view: dict, token: str) -> list[tuple[str, str]]:
    """The same answer as the HTML form posts it (no JavaScript: what most phones send)."""
    data = [("csrf_token", token)]
    if view["type"] == "ordering":
        data += [("item", item) for item in response]
        data += [("rank", str(r)) for r in range(1, len(response) + 1)]
    elif view["type"] == "matching":
        data += [("match", m) for m in response]
    else:
        data.append(("response", response))
    return data


def student(i: int, base: str, code: str, stats: Stats, deadline: float, questions: int,
            resend: float, pages: bool, seed: int, form: bool = False) -> None:
    rng = random.Random(seed * 100_003 + i)
    c = Client(base, stats, deadline)
    nickname = f"S{i:04d}"
    r = c.call("join_page", "GET", f"/join?code={code}")
    m = CSRF_INPUT.search(r.text) if r is not None else None
    if m is None:
        stats.errors.append(f"{nickname}: no join page")
        return
    token = m.group(1)
    r = c.call("join", "POST", "/join", data={"code": code, "nickname": nickname,
                                              "csrf_token": token})
    if r is not None and r.status_code == 409:  # our first try joined, its reply got lost
        nickname += "r"
        r = c.call("join", "POST", "/join", data={"code": code, "nickname": nickname,
                                                  "csrf_token": token})
    if r is None or r.status_code != 302:
        stats.errors.append(f"{nickname}: join {getattr(r, 'status_code', None)}")
        return
    headers = {"X-CSRFToken": token}
    for _step in range(questions * 3):  # bounded even if the server misbehaves
        r = c.call("state", "GET", f"/api/play/{code}")
        if r is None or r.status_code != 200:
            stats.errors.append(f"{nickname}: state {getattr(r, 'status_code', None)}")
            return
        st = r.json()
        n = st["next"]
        if n is None:
            with stats.lock:
                stats.students_done += 1
            return
        if pages or form:
            c.call("page", "GET", f"/play/{code}/{n}")
        view = st["question"]
        response = make_response(view, rng)
        sent = json.dumps(response, ensure_ascii=False)
        if form:  # POST the HTML form, then load the feedback page it redirects to
            r = c.call("answer", "POST", f"/play/{code}/{n}", data=form_data(response, view, token))
            ok = r is not None and r.status_code == 303 and "#feedback" in r.headers["Location"]
            if ok:
                c.call("feedback", "GET", r.headers["Location"].split("#")[0])
        else:
            r = c.call("answer", "POST", f"/api/play/{code}/{n}", json={"response": response},
                       headers=headers)
            ok = r is not None and r.status_code == 200 and r.json().get("saved") is True
        if ok:
            with stats.lock:
                stats.acked.setdefault((nickname, view["id"]), sent)
        if rng.random() < resend:  # the same answer again: a double tap or a flaky network
            if form:  # the form's reply does not say "same"; the database check at the end does
                r2 = c.call("resend", "POST", f"/play/{code}/{n}",
                            data=form_data(response, view, token))
                ok2 = r2 is not None and r2.status_code == 303
            else:
                r2 = c.call("resend", "POST", f"/api/play/{code}/{n}",
                            json={"response": response}, headers=headers)
                ok2 = r2 is not None and r2.status_code == 200 and r2.json().get("same") is True
            with stats.lock:
                if ok2:
                    stats.resend_ok += 1
                else:
                    stats.resend_bad.append(
                        f"{nickname} q{n}: {getattr(r2, 'status_code', None)} "
                        f"{r2.text[:80] if r2 is not None else ''}")
    stats.errors.append(f"{nickname}: did not finish in {questions * 3} steps")


# --------------------------------------------------------------------------- server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(env: dict[str, str], workers: int, port: int, log: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "gunicorn", "-w", str(workers), "-b", f"127.0.0.1:{port}",
           "--timeout", "30", "--graceful-timeout", "5", "quizgen.web:create_app()"]
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log.open("w"),
                            stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        if proc.poll() is not None:
            raise SystemExit(f"gunicorn exited ({proc.returncode}); see {log}")
        try:
            if requests.get(base + "/join", timeout=2).status_code == 200 and \
                    len(worker_pids(proc.pid)) == workers:
                return proc
        except requests.RequestException:
            pass
        time.sleep(0.1)
    stop_server(proc)
    raise SystemExit(f"gunicorn did not answer within 60 s; see {log}")


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def worker_pids(master: int) -> list[int]:
    try:
        kids = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except OSError:
        return []
    return [int(k) for k in kids]


def cpu_seconds(pid: int, children: bool = False) -> float:
    """User+system CPU of a process (plus its reaped children: a killed worker, old backends)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    ticks = sum(int(x) for x in fields[11:15 if children else 13])
    return ticks / os.sysconf("SC_CLK_TCK")


def tree_cpu(root: int) -> float:
    """CPU of a master process and all its children, alive or gone."""
    return cpu_seconds(root, children=True) + sum(cpu_seconds(k) for k in worker_pids(root))


def postmaster_pid() -> int | None:
    """The local PostgreSQL server (Debian cluster) to count its CPU too."""
    for pidfile in sorted(Path("/var/run/postgresql").glob("*.pid")):
        try:
            return int(pidfile.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue
    return None


def worker_rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    m = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(m.group(1)) / 1024 if m else 0.0


def publish(base: str, set_id: int) -> str:
    """Log in as the teacher and publish the set; returns the join code from the quiz page."""
    s = requests.Session()
    token = CSRF_INPUT.search(s.get(base + "/auth/login", timeout=30).text).group(1)
    r = s.post(base + "/auth/login", data={"email": TEACHER_EMAIL, "password": TEACHER_PASSWORD,
                                           "csrf_token": token}, allow_redirects=False,
               timeout=30)
    assert r.status_code == 302, f"login: {r.status_code}"
    page = s.get(f"{base}/teacher/sets/{set_id}", timeout=30).text
    token = (CSRF_META.search(page) or CSRF_INPUT.search(page)).group(1)
    r = s.post(f"{base}/teacher/sets/{set_id}/publish", allow_redirects=False, timeout=30,
               data={"csrf_token": token, "feedback_mode": "immediate", "show_article": "y"})
    assert r.status_code == 302, f"publish: {r.status_code}"
    quiz_page = s.get(base + r.headers["Location"], timeout=30).text
    m = re.search(r"/j/([A-Z0-9]{4,16})", quiz_page)
    assert m, "no join link on the quiz page"
    return m.group(1)


# --------------------------------------------------------------------------- report


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    v = sorted(values)
    return v[min(len(v) - 1, int(round(p / 100 * (len(v) - 1))))]


def ms(x: float) -> str:
    return f"{x * 1000:.0f}"


def run(args: argparse.Namespace) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="quizgen-load-"))
    if args.db == "sqlite":
        url = f"sqlite:///{tmp / 'quizgen.sqlite'}"
    else:
        url = args.url or os.environ.get("QUIZGEN_LOAD_DATABASE_URL") or POSTGRES_URL
    env = dict(os.environ, DATABASE_URL=url, QUIZGEN_SECRET_KEY="load-test-" + os.urandom(8).hex(),
               QUIZGEN_WARM_UP="false")
    if args.no_limits:
        env["QUIZGEN_RATELIMIT_ENABLED"] = "false"
    os.environ.update(env)  # prepare() runs create_app() in this process

    load_before = Path("/proc/loadavg").read_text().split()[:3]
    t0 = time.perf_counter()
    set_id = prepare(url, args.questions)
    port = args.port or free_port()
    log = tmp / "gunicorn.log"
    proc = start_server(env, args.workers, port, log)
    base = f"http://127.0.0.1:{port}"
    print(f"# db={args.db} url={url.split('@')[-1]} workers={args.workers} port={port} "
          f"client={'html form' if args.form else 'json api'} "
          f"setup+start {time.perf_counter() - t0:.1f} s; server log {log}")
    kill_note = "not tried"
    cpu = (0.0, 0.0, 0.0)
    rss: list[float] = []
    try:
        code = publish(base, set_id)
        stats = Stats()
        expected = args.students * args.questions
        deadline = time.monotonic() + args.timeout
        loads: list[float] = []
        done = threading.Event()
        killed: list[int] = []

        def monitor() -> None:
            while not done.wait(0.5):
                loads.append(float(Path("/proc/loadavg").read_text().split()[0]))
                if args.kill_at and not killed and len(stats.acked) >= args.kill_at * expected:
                    pids = worker_pids(proc.pid)
                    if pids:
                        victim = random.Random(args.seed).choice(pids)
                        os.kill(victim, signal.SIGKILL)
                        killed.append(victim)
                        with stats.lock:
                            killed.append(len(stats.acked))

        mon = threading.Thread(target=monitor, daemon=True)
        mon.start()
        pm = postmaster_pid() if args.db == "postgres" else None
        cpu0 = (tree_cpu(proc.pid), tree_cpu(pm) if pm else 0.0, time.process_time())
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            futures = [pool.submit(student, i, base, code, stats, deadline, args.questions,
                                   args.resend, not args.no_pages, args.seed, args.form)
                       for i in range(args.students)]
            finished, pending = wait(futures, timeout=args.timeout + 35)
            for f in finished:
                exc = f.exception()
                if isinstance(exc, Deadline):
                    stats.errors.append("hard timeout")
                elif exc is not None:
                    stats.errors.append(f"client crashed: {exc!r}")
            if pending:
                stats.errors.append(f"{len(pending)} students still running at the deadline")
        wall = time.perf_counter() - start
        cpu = (tree_cpu(proc.pid) - cpu0[0], (tree_cpu(pm) - cpu0[1]) if pm else 0.0,
               time.process_time() - cpu0[2])
        done.set()
        mon.join()
        rss = [worker_rss_mb(pid) for pid in worker_pids(proc.pid)]
        if killed:
            respawned = len(worker_pids(proc.pid))
            kill_note = (f"SIGKILL worker pid {killed[0]} after {killed[1]} answers; "
                         f"{respawned}/{args.workers} workers running at the end")
    finally:
        stop_server(proc)

    stored = count_answers(url, code)
    lost = [k for k, v in stats.acked.items()
            if stored.answers.get(k) is None or json.loads(stored.answers[k]) != json.loads(v)]
    n_req = sum(len(v) for v in stats.latency.values())
    all_lat = [x for v in stats.latency.values() for x in v]
    server_errors = sum(n for k, n in stats.status.items()
                        if k.split()[-1].startswith("5") or not k.split()[-1].isdigit())

    print(f"students {args.students}, joined {stored.participants}, finished "
          f"{stats.students_done}; concurrency {args.concurrency}; wall {wall:.1f} s")
    print(f"answers expected {expected}, acknowledged {len(stats.acked)}, stored {stored.rows}, "
          f"duplicates {stored.duplicates}, lost {len(lost)}"
          + (f", journal_mode {stored.journal_mode}" if stored.journal_mode else ""))
    print(f"resent {stats.resend_ok + len(stats.resend_bad)}: same answer back "
          f"{stats.resend_ok}, wrong {len(stats.resend_bad)}")
    print(f"requests {n_req} in {wall:.1f} s = {n_req / wall:.0f} req/s; "
          f"answers {len(stats.acked) / wall:.1f} /s")
    print(f"latency ms  all p50 {ms(pct(all_lat, 50))} p95 {ms(pct(all_lat, 95))} "
          f"p99 {ms(pct(all_lat, 99))}")
    for kind in ("join_page", "join", "state", "page", "answer", "feedback", "resend"):
        v = stats.latency.get(kind)
        if v:
            print(f"  {kind:9} n={len(v):5}  p50 {ms(pct(v, 50)):>5}  p95 {ms(pct(v, 95)):>5}  "
                  f"p99 {ms(pct(v, 99)):>5}  max {ms(max(v)):>5}")
    print(f"worker kill: {kill_note}; retried {stats.retries}, failed after retry "
          f"{sum(stats.failed.values())} {dict(stats.failed) or ''}; "
          f"5xx/network errors {server_errors}")
    odd = {k: n for k, n in stats.status.items() if not k.endswith((" 200", " 302", " 303"))}
    if odd:
        print(f"other replies: {odd}")
    answers = max(1, len(stats.acked))
    server_cpu = cpu[0] + cpu[1]
    print(f"CPU during the run: gunicorn {cpu[0]:.0f} s, postgres {cpu[1]:.0f} s, "
          f"load clients {cpu[2]:.0f} s; server+db {server_cpu / answers * 1000:.1f} ms CPU "
          f"per answer ({4 if args.form else 3} requests) -> "
          f"{answers / server_cpu * os.cpu_count():.0f} answers/s "
          f"if the server had all {os.cpu_count()} cores")
    if rss:
        print(f"worker memory (RSS) at the end: {', '.join(f'{x:.0f}' for x in rss)} MB")
    if loads:
        print(f"load average (1 min) during the run: max {max(loads):.1f}, "
              f"end {loads[-1]:.1f} on {os.cpu_count()} cores "
              f"(before the run: {' '.join(load_before)})")
    for e in (stats.errors + stats.resend_bad)[:10]:
        print("  error:", e)
    ok = (stored.duplicates == 0 and not lost and stored.rows == expected
          and not stats.resend_bad and not stats.errors)
    print("RESULT", "OK" if ok else "FAILED")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("--students", type=int, default=300)
    ap.add_argument("--questions", type=int, default=15)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--resend", type=float, default=0.10, help="share of answers sent twice")
    ap.add_argument("--kill-at", type=float, default=0.4,
                    help="SIGKILL one worker after this share of answers (0: never)")
    ap.add_argument("--no-pages", action="store_true",
                    help="skip the HTML question page (JSON only)")
    ap.add_argument("--form", action="store_true",
                    help="answer with the HTML form and load the feedback page (4 requests per "
                    "answer) instead of the JSON API")
    ap.add_argument("--no-limits", action="store_true",
                    help="QUIZGEN_RATELIMIT_ENABLED=false (default: the app's own limits)")
    ap.add_argument("--timeout", type=float, default=600, help="hard limit for the run, s")
    ap.add_argument("--url", help="PostgreSQL URL to use (and empty!); default "
                    "QUIZGEN_LOAD_DATABASE_URL or quizgen_load from scripts/postgres.sh")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    return run(ap.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
