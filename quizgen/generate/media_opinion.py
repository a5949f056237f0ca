"""Fact or opinion: sentences the classifier is sure about, explained by their cue words.

Uses quizgen.nlp.subjectivity (opinion_scores / opinion_cues) when it is there. A sentence is
asked about only when the classifier is confident *and* the cue words agree: an opinion needs
at least one judging or guessing word to point at, a fact needs none and no reported speech.
Without the classifier the cue words alone decide, and the scores are lowered.
"""

from __future__ import annotations

import re

from quizgen.generate.common import shuffled
from quizgen.generate.media_text import (
    Claim,
    cite,
    make,
    quoted,
    words,
)
from quizgen.model import Analysis, Question, Sentence

OPINION_AT = 0.7  # P(opinion) at or above: an opinion / assessment
LEANING_AT = 0.45  # ... or at or above this with an unmistakable cue word (zweifelsohne)
FACT_AT = 0.25  # P(opinion) at or below: a checkable statement of fact

CUES = {
    "de": set(
        "zweifelsohne zweifellos sicherlich offensichtlich eindeutig natürlich möglicherweise "
        "wahrscheinlich vermutlich vielleicht wohl offenbar anscheinend womöglich eventuell "
        "angeblich mutmaßlich leider hoffentlich unbedingt glücklicherweise bedauerlicherweise "
        "erschreckend skandalös katastrophal großartig hervorragend schrecklich unverantwortlich "
        "unverhältnismäßig".split()),
    "en": set(
        "undoubtedly clearly obviously certainly surely definitely possibly probably likely "
        "perhaps maybe apparently presumably supposedly allegedly unfortunately hopefully "
        "shocking disgraceful outrageous terrible excellent brilliant reckless irresponsible "
        "disastrous".split()),
}
STRONG = {
    "de": {"zweifelsohne", "zweifellos", "möglicherweise", "wahrscheinlich", "vermutlich",
           "vielleicht", "womöglich", "leider", "hoffentlich"},
    "en": {"undoubtedly", "possibly", "probably", "perhaps", "maybe", "presumably",
           "unfortunately", "hopefully"},
}
# hearsay words say where a report comes from, not that it is an opinion: the hedge
# question in media_claims asks about them
HEARSAY = {
    "de": {"angeblich", "mutmaßlich", "offenbar", "anscheinend"},
    "en": {"allegedly", "reportedly", "apparently", "supposedly"},
}
REPORTED = re.compile(
    r"\b(sagte|sagt|erklärte|betonte|behauptete|laut|zufolge|nach angaben|sei|seien|habe|"
    r"wäre|wären|hätte|hätten|würde|würden|bliebe|könnte|könnten|dürfte|dürften|"
    r"said|says|told|claimed|according to|stated|would|could|might|may)\b", re.IGNORECASE)

T = {
    "de": {
        "prompt": "Ist diese Aussage aus dem Artikel eine überprüfbare Tatsache oder eine "
                  "Meinung bzw. Einschätzung? {text}",
        "prompt_speaker": "{speaker} sagt laut Artikel: {text} Ist das, was {speaker} hier "
                          "sagt, eine überprüfbare Tatsache oder eine Meinung bzw. Einschätzung?",
        "prompt_reported": "Im Artikel steht: {text} Ist das, was {speaker} hier sagt, eine "
                           "überprüfbare Tatsache oder eine Meinung bzw. Einschätzung?",
        "fact": "eine überprüfbare Tatsache",
        "opinion": "eine Meinung bzw. Einschätzung",
        "opinion_expl": "Wörter wie {cues} zeigen, dass hier jemand urteilt oder vermutet{who}; "
                        "das lässt sich nicht einfach nachprüfen.",
        "fact_expl": "Die Aussage nennt nachprüfbare Angaben (wer, was, wann, wo, wie viele) "
                     "und enthält keine wertenden oder vermutenden Wörter.",
        "who": " (hier {speaker})",
        "pick": "Welcher dieser Sätze aus dem Artikel enthält eine Meinung oder Einschätzung "
                "und keine überprüfbare Tatsache?",
    },
    "en": {
        "prompt": "Is this statement from the article a checkable fact or an opinion or "
                  "assessment? {text}",
        "prompt_speaker": "According to the article, {speaker} says: {text} Is what {speaker} "
                          "says here a checkable fact or an opinion or assessment?",
        "prompt_reported": "The article says: {text} Is what {speaker} says here a checkable "
                           "fact or an opinion or assessment?",
        "fact": "a checkable fact",
        "opinion": "an opinion or assessment",
        "opinion_expl": "Words like {cues} show that someone judges or guesses here{who}; that "
                        "cannot simply be checked.",
        "fact_expl": "The statement gives checkable details (who, what, when, where, how many) "
                     "and contains no judging or guessing words.",
        "who": " (here {speaker})",
        "pick": "Which of these sentences from the article holds an opinion or assessment "
                "rather than a checkable fact?",
    },
}


def _classifier(analysis: Analysis, texts: list[str]) -> list[float] | None:
    """P(opinion) per text from quizgen.nlp.subjectivity, or None when it is not there."""
    try:
        from quizgen.nlp.subjectivity import opinion_scores
    except ImportError:
        return None
    try:
        return list(opinion_scores(texts, analysis.language))
    except (OSError, ValueError, KeyError):  # model file missing or language unknown
        return None


def _opinion_score(p: float | None, has_speaker: bool) -> float:
    """0.6..0.9 by the classifier's confidence; cue words alone: a little lower."""
    if p is None:
        return 0.7 if has_speaker else 0.62
    return min(0.9, 0.6 + 0.3 * (p - LEANING_AT) / (1 - LEANING_AT))


def _classifier_cues(s: Sentence, language: str) -> list[str]:
    """The classifier's cue words that are adjectives or adverbs (not "Das", "ist")."""
    try:
        from quizgen.nlp.subjectivity import opinion_cues
    except ImportError:
        return []
    try:
        found = opinion_cues(s.text, language)
    except (OSError, ValueError, KeyError):
        return []
    pos = {(t.start - s.start): t.pos for t in s.tokens}
    return [w for start, _, w in found if pos.get(start) in {"ADJ", "ADV"} and len(w) > 3]


def _sentence_cues(s: Sentence, language: str, explain: bool = False) -> list[str]:
    """Cue words of a sentence: our list first, then the classifier's judging words; without
    hedges on a single adjective ("ein vermutlich verwirrter Täter" is a fact with one
    uncertain detail, not an opinion)."""
    narrow = set()
    toks = s.tokens
    for i, tok in enumerate(toks):
        if tok.text.lower() not in CUES[language]:
            continue
        j = i + 1  # "vermutlich geistig verwirrter Täter": hedge on the adjective phrase
        while j < len(toks) and toks[j].pos in {"ADJ", "ADV"} and toks[j].tag not in {
                "ADJA", "AJ0"}:
            j += 1
        if j < len(toks) and toks[j].tag in {"ADJA", "AJ0"}:
            narrow.add(tok.text.lower())
    found = [w for w in words(s.text) if w.lower() in CUES[language]
             and w.lower() not in HEARSAY[language]]
    if not found:
        return []  # the classifier's own cue words are too loose to name without ours
    if explain:  # slow (it scores the sentence once per word): only for questions we ask
        found += _classifier_cues(s, language)
    seen: set[str] = set()
    return [w for w in found if w.lower() not in narrow and w.lower() not in HEARSAY[language]
            and not (w.lower() in seen or seen.add(w.lower()))]


def _judged_text(s: Sentence, c: Claim | None) -> str:
    """What the question asks about: a named speaker's words, else the sentence."""
    if c is not None and c.entity is not None and not c.pronoun_speaker and c.content:
        return c.content
    return s.text


def generate(analysis: Analysis, cs: list[Claim]) -> list[Question]:
    lang = analysis.language
    if lang not in T:
        return []
    t = T[lang]
    by_sentence: dict[int, Claim] = {}
    for c in cs:
        if c.entity is not None and not c.pronoun_speaker:
            by_sentence.setdefault(c.sentence.index, c)
    body = [s for s in analysis.body_sentences() if 6 <= len(words(s.text)) <= 40]
    if not body:
        return []
    texts = [_judged_text(s, by_sentence.get(s.index)) for s in body]
    scores = _classifier(analysis, texts)
    sure = scores is not None
    anchored = {x.sentence for x in [*analysis.quantities, *analysis.dates]}
    anchored |= {m.sentence for e in analysis.entities for m in e.mentions if m.kind == "name"}
    out: list[Question] = []
    opinions: list[tuple[Sentence, list[str], float | None]] = []
    facts: list[tuple[Sentence, float]] = []
    for i, s in enumerate(body):
        cues = _sentence_cues(s, lang)
        p = scores[i] if scores is not None else None
        starts_loose = s.tokens and s.tokens[0].pos == "PRON" and s.tokens[0].text[:1].isupper()
        strong = [w for w in cues if w.lower() in STRONG[lang]]
        if cues and p is not None and (p >= OPINION_AT or (strong and p >= LEANING_AT)):
            # sure, or leaning that way with an unmistakable hedge or booster to point at
            opinions.append((s, strong or cues, p))
        elif strong and p is None and s.index in by_sentence:
            # no classifier: only unmistakable cue words in what a speaker says
            opinions.append((s, strong, None))
        elif (not cues and p is not None and p <= FACT_AT and not REPORTED.search(s.text)
              and not any(w.lower() in HEARSAY[lang] | CUES[lang] for w in words(s.text))
              and '"' not in s.text and "„" not in s.text and s.index not in by_sentence
              and not starts_loose and s.index in anchored):
            facts.append((s, p))
    options = [t["fact"], t["opinion"]]
    for s, cues, p in sorted(opinions, key=lambda x: -(x[2] or 0))[:3]:
        c = by_sentence.get(s.index)
        if c is not None and c.quote.kind == "direct" and c.statement:
            prompt = t["prompt_speaker"].format(speaker=c.speaker, text=c.statement)
        elif c is not None:
            prompt = t["prompt_reported"].format(speaker=c.speaker, text=cite(analysis, s))
        elif s.tokens and s.tokens[0].pos == "PRON":
            continue  # "Er sagte, ..." would leave the reader asking who
        else:
            prompt = t["prompt"].format(text=cite(analysis, s))
        who = t["who"].format(speaker=c.speaker) if c is not None else ""
        cues = list(dict.fromkeys([*cues, *_sentence_cues(s, lang, explain=True)]))
        expl = t["opinion_expl"].format(cues=", ".join(quoted(w, lang) for w in cues[:3]),
                                        who=who)
        out.append(make(analysis, "opinion", "multiple_choice", "fact_opinion", prompt,
                        t["opinion"], [s], expl, options=options, difficulty=2,
                        score=_opinion_score(p, bool(who))))
    for s, p in sorted(facts, key=lambda x: x[1])[:2]:
        prompt = t["prompt"].format(text=cite(analysis, s))
        out.append(make(analysis, "fact", "multiple_choice", "fact_opinion", prompt, t["fact"],
                        [s], t["fact_expl"], options=options, difficulty=1,
                        score=0.5 + 0.15 * (FACT_AT - p) / FACT_AT))
    # one opinion among facts: which sentence judges?
    if opinions and len(facts) >= 2 and sure:
        s, cues, p = max(opinions, key=lambda x: x[2] or 0)
        c = by_sentence.get(s.index)
        answer_text = c.statement if c is not None and c.quote.kind == "direct" and \
            c.statement else cite(analysis, s)
        fact_texts = [cite(analysis, f) for f, _ in facts[:3]]
        if all(0.4 <= len(f) / len(answer_text) <= 2.5 for f in fact_texts):
            opts = shuffled([answer_text, *fact_texts], ("pick", s.index))
            expl = t["opinion_expl"].format(
                cues=", ".join(quoted(w, lang) for w in cues[:3]),
                who=t["who"].format(speaker=c.speaker) if c is not None else "")
            out.append(make(analysis, "pick_opinion", "multiple_choice", "fact_opinion",
                            t["pick"], answer_text, [s] + [f for f, _ in facts[:3]], expl,
                            options=opts, difficulty=2, score=0.6))
    return out
