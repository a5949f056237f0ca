"""Small pieces every question generator uses: evidence, ids, text assembly, option lists."""

from __future__ import annotations

import functools
import hashlib
import random
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from quizgen.model import (
    Analysis,
    DateExpr,
    Entity,
    Evidence,
    Mention,
    Quantity,
    Question,
    Quote,
    Sentence,
    Token,
)
from quizgen.nlp.memo import per_analysis
from quizgen.nlp.quantities import number_word_digits

QUESTION_BLOCKS = {"body"}  # comprehension questions ask about the body only


@dataclass(frozen=True)
class BySentence:
    """The analysis's annotations grouped by sentence index, in the analysis's own order
    (entities, then their mentions), so a generator looking at one sentence does not scan the
    whole article for it: that scan per sentence made generation quadratic in length."""

    mentions: dict[int, list[tuple[Mention, Entity]]]
    dates: dict[int, list[DateExpr]]
    quantities: dict[int, list[Quantity]]
    quotes: dict[int, list[Quote]]
    entities: dict[str, Entity]  # by id
    unresolved: frozenset[int]  # sentences with a pronoun nobody resolved
    pronoun_starts: frozenset[int]  # where a resolved pronoun begins


@per_analysis
def by_sentence(analysis: Analysis) -> BySentence:
    mentions: dict[int, list[tuple[Mention, Entity]]] = defaultdict(list)
    for e in analysis.entities:
        for m in e.mentions:
            mentions[m.sentence].append((m, e))
    dates: dict[int, list[DateExpr]] = defaultdict(list)
    for d in analysis.dates:
        dates[d.sentence].append(d)
    quantities: dict[int, list[Quantity]] = defaultdict(list)
    for q in analysis.quantities:
        quantities[q.sentence].append(q)
    quotes: dict[int, list[Quote]] = defaultdict(list)
    for q in analysis.quotes:
        quotes[q.sentence].append(q)
    return BySentence(
        dict(mentions), dict(dates), dict(quantities), dict(quotes),
        {e.id: e for e in analysis.entities},
        frozenset(m.sentence for m in analysis.unresolved),
        frozenset(m.start for e in analysis.entities for m in e.mentions
                  if m.kind == "pronoun"))


def evidence_of(analysis: Analysis, *sentences: Sentence | int) -> list[Evidence]:
    out = []
    for s in sentences:
        sent = analysis.sentences[s] if isinstance(s, int) else s
        out.append(Evidence(sentence=sent.index, start=sent.start, end=sent.end, text=sent.text))
    return out


def question_id(*parts: object) -> str:
    """Stable id from what the question is about, so the same input gives the same ids."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"),
                          usedforsecurity=False).hexdigest()
    return "q" + digest[:10]


def render(tokens: Sequence[Token]) -> str:
    """Tokens back to text, keeping the article's spacing between neighbours."""
    out: list[str] = []
    prev: Token | None = None
    for tok in tokens:
        glued = prev is None or prev.end == tok.start or prev.text in {"(", "„"} or \
            tok.text in {",", ".", ":", ";", "!", "?", ")", "“"}
        if not glued:
            out.append(" ")
        out.append(tok.text)
        prev = tok
    return _tidy("".join(out))


_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[,.;:!?])")
_DOUBLE_COMMA = re.compile(r",\s*,")


def _tidy(text: str) -> str:
    text = " ".join(text.split())  # runs of whitespace as one space, none at the ends
    text = _SPACE_BEFORE_MARK.sub("", text)
    if "," in text:
        text = _DOUBLE_COMMA.sub(",", text)
    return text.strip()


def sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# English adjectives of a people or country keep their capital wherever they stand
# ('In what year did british engineers finish ...?')
NATIONALITY_EN = re.compile(
    r"^(?:British|Scottish|Irish|English|Danish|Polish|Spanish|Swedish|Turkish|Finnish|"
    r"Kurdish|Chinese|Japanese|Portuguese|Vietnamese|Lebanese|German|American|Russian|Italian|Indian|European|African|"
    r"Asian|Australian|Canadian|Ukrainian|Korean|Mexican|Brazilian|Norwegian|Belgian|"
    r"Austrian|Hungarian|Romanian|Syrian|Iranian|Egyptian|Nigerian|Kenyan|Afghan|French|"
    r"Dutch|Greek|Swiss|Welsh|Thai|Israeli|Iraqi|Pakistani|Czech|Roman|Christian|Muslim|"
    r"Catholic|Protestant|Victorian|Georgian)$")


def lower_first(tokens: Sequence[Token]) -> str:
    """Text of a phrase moved out of first position: 'Der Abzug' -> 'der Abzug'."""
    if not tokens:
        return ""
    text = render(tokens)
    first = tokens[0]
    if first.tag in {"AJ0", "AJC", "AJS", "NN1", "NN2"} and NATIONALITY_EN.match(first.text):
        return text  # 'Scottish chemist James Dewar', 'British engineers' (BNC tags: English)
    if first.pos == "ADJ" and len(tokens) > 1 and tokens[1].tag in {"NN1", "NN2", "NP0"} and \
            tokens[1].text[:1].isupper():
        return text  # English 'Northern Lines', 'British Airways': capitals make it a name
    if first.pos in {"DET", "ADP", "PRON", "ADV", "SCONJ", "CCONJ", "PART", "ADJ", "AUX",
                     "VERB", "NUM"} and not (first.text.isupper() and len(first.text) > 1):
        return text[:1].lower() + text[1:]
    return text


def shuffled(items: Iterable[str], seed: object) -> list[str]:
    items = list(items)
    random.Random(str(seed)).shuffle(items)
    return items


_NOT_WORD = re.compile(r"[^\w]+")


def normalise_answer(text: str) -> str:
    return _NOT_WORD.sub("", text.lower())


_NUMBER_ARTICLES = {"ein", "eine", "einem", "einen", "einer", "a", "an"}


def accepted_spellings(answers: Iterable[str]) -> list[str]:
    """The typed answers a key accepts, each also with its number words in digits: a
    student who types '14' for 'fourteen' or 'mehr als 600' for 'mehr als sechshundert' is
    right (blind review 19: 'fourteen / Fourteen dogs', no '14')."""
    out: list[str] = []
    for answer in answers:
        if not answer:
            continue
        out.append(answer)
        if any(ch.isdigit() for ch in answer):
            continue  # '6,4 Millionen' is written in digits already ('6,4 1000000' was wrong)
        words = answer.split()
        digits = [number_word_digits(w) or w for w in words]
        if digits != words:
            # 'ein Dutzend' is '12', never 'ein 12' (blind review 36)
            digits = [w for k, w in enumerate(digits) if not (
                w.lower() in _NUMBER_ARTICLES and k + 1 < len(digits)
                and digits[k + 1] != words[k + 1] and digits[k + 1].isdigit())]
            out.append(" ".join(digits))
    return list(dict.fromkeys(out))


def distinct(options: Iterable[str]) -> list[str]:
    """Options without duplicates (by normalised text), order kept."""
    seen: set[str] = set()
    out = []
    for o in options:
        key = normalise_answer(o)
        if key and key not in seen:
            seen.add(key)
            out.append(o)
    return out


def as_word(word: str) -> str:
    """A pattern for `word` at a word boundary, matching what rf"\\b{re.escape(word)}" does,
    the \\b checked behind the word: Python's re tries a pattern that opens with \\b at
    every position of the text, one that opens with letters only where they stand (over a
    whole article some 50 times faster)."""
    w = re.escape(word)
    return rf"{w}(?<=\b{w})"


_ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "the", "a", "an"}


@functools.lru_cache(maxsize=4096)
def _option_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+(?:[.,]\w+)*", text.lower())
                     if w not in _ARTICLES)


def nested(a: str, b: str) -> bool:
    """One option inside the other: 'Sprecherin' beside 'Sprecherin des Stadtelternrats',
    'Natarajan' beside 'Priya Natarajan'. The shorter is an alias or a cut of the longer,
    not a fair option of its own (and the same option twice is nested too)."""
    wa, wb = _option_words(a), _option_words(b)
    if not wa or not wb:
        return normalise_answer(a) == normalise_answer(b)
    return wa <= wb or wb <= wa


def choice_question(base: Question, answer: str, distractors: Sequence[str], seed: object,
                    count: int = 3) -> Question | None:
    """A multiple-choice copy of `base` with the answer and `count` distractors, or None."""
    opts: list[str] = []
    for d in distinct(distractors):
        if len(opts) == count:
            break  # only the first `count` fair distractors are offered
        if not any(nested(d, o) for o in [answer, *opts]):
            opts.append(d)
    if len(opts) < count:
        return None
    options = shuffled([answer, *opts[:count]], (seed, base.id))
    return Question(
        id=question_id(base.id, "mc"), family=base.family, type="multiple_choice",
        skill=base.skill, prompt=base.prompt, answer=answer, options=options,
        explanation=base.explanation, evidence=base.evidence, difficulty=base.difficulty,
        score=base.score,
    )


QUOTE_CHARS = 400  # an explanation quotes its sentence, not a 5,000-word run-on


def explanation_quote(analysis: Analysis, sentence: Sentence) -> str:
    text = sentence.text
    if len(text) > QUOTE_CHARS:
        text = text[:QUOTE_CHARS].rsplit(" ", 1)[0] + " …"
    if analysis.language == "de":
        return f"Im Text steht: „{_inner_quotes(text, '‚', '‘')}“"
    return f"The article says: “{_inner_quotes(text, '‘', '’')}”"


def _inner_quotes(text: str, opening: str, closing: str) -> str:
    """Quotation marks inside a quotation become single ones: „… ‚terroristischer Banden‘.“"""
    text = re.sub(r'[„“"]([^„“"]*)[“"]', lambda m: opening + m.group(1) + closing, text)
    return re.sub(r'[»]([^»«]*)[«]', lambda m: opening + m.group(1) + closing, text)


COMPANY_NOUNS = {
    "de": ("firma", "unternehmen", "konzern", "hersteller", "betrieb", "caterer", "anbieter"),
    "en": ("company", "firm", "manufacturer", "maker", "business", "supplier", "operator"),
}
COMPANY_NAME = re.compile(r"\b(GmbH|AG|KG|SE|Ltd|plc|Inc|Corp|Pharma|Group|Holding|LLC)\b")


_COMPANY_NOUN = {lang: re.compile(rf"(?i)\b(?:{'|'.join(nouns)})\w*,?\s+")
                 for lang, nouns in COMPANY_NOUNS.items()}


def company_for_noun(analysis: Analysis, noun: str) -> Entity | None:
    """The article's company for a company noun ("Firma", "Unternehmens", "company")."""
    if not any(noun.startswith(n) for n in COMPANY_NOUNS[analysis.language]):
        return None
    return _the_company(analysis)


@per_analysis
def _the_company(analysis: Analysis) -> Entity | None:
    """The one company the article introduces with a company noun ("The manufacturer, Corvell
    Pharma") or names by its legal form; once per article, as it searches the whole text."""
    text = analysis.article.text
    # where a company noun stands before a name: found once, then each name is looked up
    # there (a pattern per organisation over the whole text cost 5 ms an article)
    after_noun = [text[m.end():m.end() + 120].lower()
                  for m in _COMPANY_NOUN[analysis.language].finditer(text)]
    found = []
    for e in analysis.entities:
        if e.label != "ORG":
            continue
        name = e.name.lower()
        introduced = any(a.startswith(name) for a in after_noun)
        if introduced or COMPANY_NAME.search(e.name) or COMPANY_NAME.search(
                text[text.find(e.name) + len(e.name):][:8]):
            found.append(e)
    names = {e.name for e in found}
    found = [e for e in found if not any(n != e.name and e.name in n for n in names)]
    return found[0] if len(found) == 1 else None


_ISO_DAY = re.compile(r"(?:(\d{4})|-)-(\d\d)-(\d\d)$")


@per_analysis
def page_date(analysis: Analysis) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of the page's own date: the byline's date, else a full date
    before the body or in its first sentence (a dateline). One rule for ordering (which reads
    yearless dates against it) and for date options (which keep a past day in the past);
    they had read it by two different rules."""
    found = None
    for d in analysis.dates:
        m = _ISO_DAY.match(d.value or "")
        s = analysis.sentences[d.sentence]
        if not m or d.kind != "date":
            continue
        date = (int(m.group(1)) if m.group(1) else None, int(m.group(2)), int(m.group(3)))
        if s.block == "byline":
            return date
        if found is None and date[0] is not None and (s.block != "body" or s.index == 0):
            found = date
    return found



# 'hat den Pachtvertrag zum 30. Juni 2027 gekündigt', 'terminated the lease with effect from
# 31 March': the date the act takes effect. The act (the letter, the notice) came earlier,
# so the date neither orders the act (blind review 101 de_reitstall #1, D: the notice was
# ordered last, after the council meeting it had led to) nor answers 'Wann hat ... gekündigt?'
# (#2, F: 'Zu welchem Termin ...?')
_EFFECT_DE = re.compile(r"(?i)zum\s")
_EFFECT_EN = re.compile(r"(?i)\b(?:with effect from|effective(?: from)?|as of|as from)\s*$")
_NOTICE_LEMMAS = {"kündigen", "aufkündigen", "terminate", "cancel", "rescind"}
_PAST_AUX = {"haben", "sein", "have", "be"}


def _past_tense(tokens: Sequence[Token]) -> bool:
    """A perfect ('hat ... gekündigt', 'has terminated') or a past ('kündigte', 'wurde ...
    gekündigt', 'terminated') in the tokens."""
    for t in tokens:
        if t.tag in {"VVD", "VHD", "VBD", "VDD"}:  # English past
            return True
        if t.tag in {"VVN"} and any(a.lemma in _PAST_AUX and a.end <= t.start and a.tag in {
                "VHZ", "VHB", "VHD", "VBD"} for a in tokens):
            return True
        if t.tag == "VVFIN" and re.search(r"(?:te|ten|tet)$", t.text) and t.lemma and \
                not t.lemma.endswith(t.text):
            return True  # 'kündigte'
        if t.tag == "VVPP" and any(a.tag == "VAFIN" and a.end <= t.start and (
                a.lemma in {"haben", "sein"} or a.text.lower() in {"wurde", "wurden"})
                for a in tokens):
            return True
    return False


def takes_effect(analysis: Analysis, d: DateExpr) -> bool:
    """The date is when an act takes effect, not when it was done (see _EFFECT_DE): 'zum'
    (or 'with effect from', 'as of') with a verb of giving notice, or with a past act and a
    date still to come."""
    s = analysis.sentences[d.sentence]
    if analysis.language == "de":
        if not _EFFECT_DE.match(d.text):
            return False
    else:
        # the date's own first word ('from 31 March') may be the marker's last
        first = d.text.split()[0] if d.text.split() and not d.text[:1].isdigit() else ""
        if not _EFFECT_EN.search(analysis.article.text[max(s.start, d.start - 24):
                                                       d.start + len(first)]):
            return False
    if any((t.lemma or "").lower() in _NOTICE_LEMMAS for t in s.tokens):
        return True
    if not _past_tense(s.tokens):
        return False
    date, page = _ISO_DAY.match(d.value or ""), page_date(analysis)
    if not date or page is None:
        return False
    year = int(date.group(1)) if date.group(1) else page[0]
    return year is not None and page[0] is not None and (
        year, int(date.group(2)), int(date.group(3))) > page



# ------------------------------------------------------------------ a day told before
_WEEKDAY_NUMBER = {w: i % 7 for i, w in enumerate(
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "monday tuesday wednesday thursday friday saturday sunday".split())}
_WEEKDAY_IN = re.compile(r"(?i)(?<![\w-])(" + "|".join(_WEEKDAY_NUMBER) + r")"
                         r"(?:morgen|abend|nachmittag|vormittag|mittag|nacht)?(?!\w)")
# another week's day, or a habit: 'nächsten Dienstag', 'every Tuesday'
_ANOTHER_WEEK = re.compile(r"(?i)\b(?:nächste[nmrs]?|kommende[nmrs]?|vergangene[nmrs]?|"
                           r"letzte[nmrs]?|vorige[nmrs]?|jede[nmrs]?|next|last|every|each|"
                           r"following|previous|coming)\b")


def _calendar_day(text: str, value: str | None, page: tuple[int | None, int, int] | None,
                  ahead: bool = False) -> tuple[tuple[int, int], bool] | None:
    """((month, day), dated) of a point in time: a date's own ('am Dienstagmorgen, dem 24.
    November' -> (11, 24), True), or a bare weekday read as the last such day up to the
    page's date ('seit Dienstag' on Friday 27 November 2026 -> (11, 24), False); None for
    no weekday, another week's day ('am kommenden Dienstag') or no page year to count from."""
    import datetime

    m = _WEEKDAY_IN.search(text)
    if m is None or _ANOTHER_WEEK.search(text):
        return None
    iso = _ISO_DAY.match(value or "")
    if iso:
        return (int(iso.group(2)), int(iso.group(3))), True
    if page is None or page[0] is None or ahead or _AHEAD_LEAD.match(text):
        return None  # 'bis Mittwoch', 'ab Montag', 'sollen am Montag beginnen': to come
    try:
        today = datetime.date(page[0], page[1], page[2])
    except ValueError:
        return None
    back = (today.weekday() - _WEEKDAY_NUMBER[m.group(1).lower()]) % 7
    day = today - datetime.timedelta(days=back)
    return (day.month, day.day), False


_AHEAD_LEAD = re.compile(r"(?i)(?:bis|ab|by|until|from|till)\b")
# a sentence about what is to come: its bare weekday may be next week's
_AHEAD_VERB = re.compile(r"(?i)\b(?:soll|sollen|will|wollen|wird|werden|plant|planen|shall|"
                         r"going to|due to|is to|are to|plans? to)\b")


@per_analysis
def _body_days(analysis: Analysis) -> list[tuple[int, str, tuple[tuple[int, int], bool]]]:
    page = page_date(analysis)
    out = []
    for d in analysis.dates:
        day = _calendar_day(d.text, d.value, page, bool(_AHEAD_VERB.search(
            analysis.sentences[d.sentence].text)))
        if day is not None and analysis.sentences[d.sentence].block in QUESTION_BLOCKS:
            out.append((d.sentence, d.text, day))
    return out


def day_told_before(analysis: Analysis, sentence: int, answer: str,
                    asked: set[int] | frozenset[int]) -> bool:
    """Does an earlier body sentence give the day `answer` names, one of the two with its
    date ('Seit Dienstag unterrichten ...' before 'Am Dienstagmorgen, dem 24. November,
    ließen sich ... nicht mehr entsperren', on a page of Friday 27 November)? Two
    when-questions on it ask one day twice, and the key of one gives the other away (blind
    review 15); the later one is better asked on another element of its sentence. Two bare
    weekdays are select's to judge (one answer twice). `asked`: the sentences whose day the
    generator asks (a day told in a phrase nobody asks about gives nothing away)."""
    low = answer.lower()
    own = [day for i, text, day in _body_days(analysis) if i == sentence and (
        text.lower() in low or low in text.lower())]
    return any(i < sentence and i in asked and day[0] == mine[0] and (day[1] or mine[1])
               for mine in own for i, _, day in _body_days(analysis))


REPEATED_DAY_SCORE = 0.3  # below the keep line


def lower_repeated_days(analysis: Analysis, questions: list[Question]) -> list[Question]:
    """A generator's when-questions on a day one of its when-questions on an earlier body
    sentence already asks (see day_told_before) go below the keep line; the other elements
    of their sentences are asked instead ('Am Dienstagmorgen, dem 24. November, ließen sich
    an ____ Schulen ...' - vier)."""
    from quizgen.select import MIN_SCORE

    when = [q for q in questions if q.skill == "when" and q.evidence and
            isinstance(q.answer, str)]
    asked = {q.evidence[0].sentence for q in when if q.score >= MIN_SCORE}
    if len(asked) < 2:
        return questions
    low = {id(q) for q in when if day_told_before(analysis, q.evidence[0].sentence, q.answer,
                                                  asked)}
    return [replace(q, score=min(q.score, REPEATED_DAY_SCORE)) if id(q) in low else q
            for q in questions]
