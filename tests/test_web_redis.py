"""Rate limits shared between app processes through Redis (RATELIMIT_STORAGE_URI).

A second process stands for another gunicorn worker or another host: once this process has
used up the join-code limit, the other one refuses the next guess too, because both count in
Redis. Runs when QUIZGEN_TEST_REDIS_URL names a server (.ci/run starts one on loopback).
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

import pytest

REDIS = os.environ.get("QUIZGEN_TEST_REDIS_URL")
pytestmark = pytest.mark.skipif(not REDIS, reason="QUIZGEN_TEST_REDIS_URL not set")

GUESS = """
import sys
from quizgen.web import create_app
app = create_app({
    "TESTING": True, "SECRET_KEY": "redis", "DB_SETUP": "create_all",
    "WTF_CSRF_ENABLED": False, "SQLALCHEMY_DATABASE_URI": "sqlite:///" + sys.argv[1],
    "RATELIMIT_ENABLED": True, "RATELIMIT_STORAGE_URI": sys.argv[2],
    "RATELIMIT_KEY_PREFIX": sys.argv[3], "JOIN_RATE_LIMIT": "3 per minute",
})
codes = [app.test_client().post("/join", data={"code": "ZZZZZZ", "nickname": "x"}).status_code
         for _ in range(int(sys.argv[4]))]
print(" ".join(map(str, codes)))
"""


def _worker(tmp_path, storage: str, prefix: str, guesses: int) -> list[int]:
    run = subprocess.run([sys.executable, "-c", GUESS, str(tmp_path / "r.sqlite"), storage,
                          prefix, str(guesses)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    return [int(x) for x in run.stdout.split()]


def test_join_guessing_is_counted_across_processes(tmp_path):
    prefix = f"quizgen-test-{uuid.uuid4().hex}"
    first = _worker(tmp_path, REDIS, prefix, 3)
    assert 429 not in first
    assert _worker(tmp_path, REDIS, prefix, 1) == [429]  # another process, the same count


def test_without_redis_each_process_counts_alone(tmp_path):
    """Why a district deployment needs Redis: in memory every worker has its own counter."""
    assert 429 not in _worker(tmp_path, "memory://", "a", 3)
    assert _worker(tmp_path, "memory://", "a", 1) != [429]
