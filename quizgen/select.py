"""Overgenerate, score, deduplicate and select by the teacher's settings.

Each generator module returns scored candidates; this stage alone decides what a teacher sees.
Same analysis and seed -> the same question set.
"""

from __future__ import annotations

import random
from collections import defaultdict

from quizgen.model import Analysis, Question, QuestionSet, Settings

MIN_SCORE = 0.35


def candidates(analysis: Analysis) -> list[Question]:
    from quizgen.generate import all_generators

    out: list[Question] = []
    for gen in all_generators():
        out.extend(gen(analysis))
    return out


def _fact_key(q: Question) -> tuple:
    """Questions about the same fact share this key: same evidence and same answer."""
    answer = q.answer if isinstance(q.answer, str) else "|".join(q.answer)
    ev = tuple(sorted(e.sentence for e in q.evidence))
    return (q.family, ev, answer.lower())


def deduplicate(questions: list[Question]) -> list[Question]:
    """One question per fact and type; the best-scored one wins."""
    best: dict[tuple, Question] = {}
    seen_prompts: set[str] = set()
    for q in sorted(questions, key=lambda q: -q.score):
        key = (*_fact_key(q), q.type)
        prompt_key = q.prompt.lower()
        if key in best or prompt_key in seen_prompts:
            continue
        best[key] = q
        seen_prompts.add(prompt_key)
    return list(best.values())


def select(questions: list[Question], settings: Settings) -> list[Question]:
    pool = [q for q in questions
            if q.family in settings.families and q.type in settings.types
            and q.difficulty in settings.difficulty and q.score >= MIN_SCORE]
    pool = deduplicate(pool)
    pool.sort(key=lambda q: (-q.score, q.id))
    # Round-robin over (family, skill) so the set covers the article instead of one fact type,
    # and one fact appears at most once unless the types differ deliberately.
    groups: dict[tuple[str, str], list[Question]] = defaultdict(list)
    for q in pool:
        groups[(q.family, q.skill)].append(q)
    order = sorted(groups, key=lambda k: -groups[k][0].score)
    chosen: list[Question] = []
    facts_used: defaultdict[tuple, int] = defaultdict(int)
    while len(chosen) < settings.count and any(groups.values()):
        for key in order:
            if len(chosen) >= settings.count:
                break
            while groups[key]:
                q = groups[key].pop(0)
                fk = _fact_key(q)
                if facts_used[fk] == 0:
                    chosen.append(q)
                    facts_used[fk] += 1
                    break
    if len(chosen) < settings.count:  # second pass: same fact in another type is allowed
        rest = [q for q in pool if q not in chosen]
        for q in rest:
            if len(chosen) >= settings.count:
                break
            if facts_used[_fact_key(q)] < 2:
                chosen.append(q)
                facts_used[_fact_key(q)] += 1
    # Teacher-facing order: comprehension first, then by position in the article.
    rng = random.Random(settings.seed)
    chosen.sort(key=lambda q: (q.family != "comprehension",
                               min((e.sentence for e in q.evidence), default=0), rng.random()))
    return chosen


def build_question_set(analysis: Analysis, settings: Settings) -> QuestionSet:
    art = analysis.article
    questions = select(candidates(analysis), settings)
    return QuestionSet(
        language=analysis.language,
        title=art.title,
        article={
            "title": art.title,
            "source": art.source,
            "origin": art.origin,
            "text": art.text,
            "blocks": [{"kind": b.kind, "start": b.start, "end": b.end} for b in art.blocks],
            "sentences": [{"index": s.index, "start": s.start, "end": s.end, "text": s.text,
                           "block": s.block} for s in analysis.sentences],
        },
        settings=settings,
        questions=questions,
    )
