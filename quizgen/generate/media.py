"""Media-literacy questions: evidence, sources, fact and opinion, headlines, loaded language.

Each part lives in its own module (media_claims, media_sources, media_opinion,
media_headline, media_language, media_discussion) with `generate(analysis)`; this module
collects their scored candidates for quizgen.select. Every question has family
"media_literacy", evidence on the sentences it rests on, and a score that is lower where
the text gives the generator less to stand on.
"""

from __future__ import annotations

from quizgen.model import Analysis, Question


def generate(analysis: Analysis) -> list[Question]:
    from quizgen.generate import (
        media_claims,
        media_discussion,
        media_headline,
        media_language,
        media_opinion,
        media_sources,
    )
    from quizgen.generate.media_text import claims

    if analysis.language not in {"de", "en"}:
        return []
    cs = claims(analysis)  # the quotations as claims, found once for the parts that use them
    out: list[Question] = []
    for part in (media_claims, media_sources, media_opinion, media_headline, media_language,
                 media_discussion):
        takes_claims = part not in (media_headline, media_language)
        out.extend(part.generate(analysis, cs) if takes_claims else part.generate(analysis))
    # two quotations of one sentence can give the same question twice: keep the better one
    best: dict[tuple[str, str], Question] = {}
    for q in sorted(out, key=lambda q: -q.score):
        best.setdefault(_key(q), q)
    return [q for q in out if best[_key(q)] is q]


def _key(q: Question) -> tuple[str, str]:
    return q.prompt, q.answer if isinstance(q.answer, str) else "\n".join(q.answer)
