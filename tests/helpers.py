"""Paths shared by the tests: our own data and the public data beside the clone."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUIZGEN_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "articles" / "de_kasachstan_ovks.txt"
SEED_GOLD = SHARED / "gold" / "de_kasachstan_ovks.json"
DATA = ROOT / "tests" / "data"


def needs_shared() -> None:
    if not SEED.exists():
        pytest.skip(f"public data not found at {SHARED} (set QUIZGEN_SHARED)")
