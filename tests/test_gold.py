"""Our own gold files (tests/data/gold/) against what `quizgen generate` makes of their
articles, scored by the public tool ../shared/tools/gold_check.py exactly as the issue asks:
every mission item covered and at least 80 % of all items.

Where an article does not pass yet, the test is marked as an expected failure with the
reason (a missing entity, a question shape no generator makes yet); a floor of covered items
per article still fails at once when a change loses items that are covered today.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizgen.model import Settings
from quizgen.pipeline import analyze, generate, load_article

from .helpers import DATA, SHARED, needs_shared

GOLD = sorted((DATA / "gold").glob("*.json"))
TOOL = SHARED / "tools" / "gold_check.py"
FAMILIES = {"comprehension", "media_literacy"}

# Items covered today with default settings (PASS needs every mission item and 80 %).
# Raise a number when an article gains items; a change that lowers one must say why.
FLOOR = {
    "de_gerichtsurteil": 13, "de_strassenbahn": 13, "de_waldbrand": 13,
    "de_werksschliessung": 13, "en_cup_final": 13, "en_mayor_election": 13,
    "en_plastic_microbe": 13, "en_storm_flood": 13,
}
# Why an article does not pass yet: what is missing, and in which stage.
NOT_YET: dict[str, str] = {}


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> dict[str, tuple[int, str]]:
    """Gold file stem -> (gold_check exit code, its output), one generation per article."""
    needs_shared()
    out_dir = tmp_path_factory.mktemp("gold")
    result = {}
    for gold in GOLD:
        article = DATA / "articles" / f"{gold.stem}.txt"
        qs = generate(analyze(load_article(article)), Settings())
        out = out_dir / f"{gold.stem}.json"
        out.write_text(qs.to_json(), encoding="utf-8")
        run = subprocess.run([sys.executable, str(TOOL), str(gold), str(out)],
                             capture_output=True, text=True)
        result[gold.stem] = (run.returncode, run.stdout)
    return result


def test_every_article_has_a_gold_file():
    articles = {p.stem for p in (DATA / "articles").glob("*.txt")}
    assert articles == {g.stem for g in GOLD}
    assert set(FLOOR) == articles


@pytest.mark.parametrize("gold", GOLD, ids=lambda p: p.stem)
def test_gold_file_is_well_formed(gold: Path):
    """What gold_check reads: compilable patterns, known families, unique ids, a mission."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    assert data["language"] == gold.stem[:2]
    assert (DATA / data["article"]).exists()
    ids = [i["id"] for i in data["items"]]
    assert len(ids) == len(set(ids))
    assert any(i.get("mission") for i in data["items"])
    families = {i["family"] for i in data["items"]}
    assert families == FAMILIES
    for item in data["items"]:
        re.compile(item["prompt"])
        re.compile(item["answer"])


@pytest.mark.parametrize("stem", sorted(FLOOR))
def test_gold_items_do_not_get_lost(scored, stem: str):
    code, out = scored[stem]
    covered = int(re.search(r"(\d+)/\d+ gold items covered", out).group(1))
    assert covered >= FLOOR[stem], out


@pytest.mark.parametrize("stem", [
    pytest.param(s, marks=pytest.mark.xfail(reason=NOT_YET[s], strict=False))
    if s in NOT_YET else s for s in sorted(FLOOR)])
def test_gold_check_passes(scored, stem: str):
    code, out = scored[stem]
    assert code == 0, out
