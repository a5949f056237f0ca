"""Write quizgen/data/en_plural_nouns.txt.gz: the English plural nouns of HanTa's English model.

Run from the repository root:  python bench/build_en_plurals.py

German entity finding asks whether a capitalised word ending in -s is an English plural
('Shops') rather than a name. Loading HanTa's English model for that one
question cost about 0.2 s of every German `quizgen analyze` start; this list holds exactly
the answers (words ending in -s whose NN2 weight beats NP0 in the model's word cache), about
4,200 words in 14 KB. tests/test_entities.py checks that the file matches the
installed HanTa model, so a HanTa upgrade cannot make it drift unnoticed.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizgen.nlp.entities import EN_PLURALS_FILE, english_plurals_from_model  # noqa: E402


def main() -> None:
    words = english_plurals_from_model()
    data = gzip.compress(("\n".join(sorted(words)) + "\n").encode(), mtime=0)
    EN_PLURALS_FILE.write_bytes(data)
    print(f"{EN_PLURALS_FILE.relative_to(ROOT)}: {len(words)} words, {len(data)} bytes")


if __name__ == "__main__":
    main()
