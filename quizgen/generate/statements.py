"""Declarative statements from sentences, for cloze and true/false: pronouns resolved."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizgen.generate.clauses import INDICATIVE
from quizgen.generate.common import by_sentence
from quizgen.generate.wh import (
    AMOUNT_OF_WHAT,
    SHELL_NOUNS,
    SPECULATION,
    THEN_AGAINST,
    VAGUE,
    VAGUE_PHRASES,
    short_name,
)
from quizgen.model import Analysis, Sentence, Token
from quizgen.nlp.memo import per_analysis
from quizgen.nlp.tokens import is_finite

MAX_WORDS = 32
_DIRECT_SPEECH = re.compile(r"[„“\"»«]")


_PERSONAL = {"er", "sie", "es", "ihm", "ihn", "ihr", "ihnen", "he", "she", "it", "they",
             "him", "her", "them"}
_HE_SHE = {"er", "ihm", "ihn", "he", "she", "him"}  # one person, never a thing or a group


_IT_THEY = {"it", "its", "they", "their", "them", "es", "sie"}
_SAY = {"said", "says", "told", "sagte", "sagten", "sagt", "erklärte", "erklärten",
        "teilte", "teilten", "betonte", "betonten"}


def _after_say(s: Sentence, t) -> bool:
    """'X said it had received ...', 'Die Firma teilte mit, sie habe ...': the pronoun opens
    what the sentence's own speaker says, and stands for that speaker."""
    if any(x.text.lower() in _HE_SHE or x.text == "She" for x in s.tokens if x.end <= t.start):
        return False  # 'She said it weighed ...': a person's 'it' is something else
    before = [x.text.lower() for x in s.tokens if x.end <= t.start][-3:]
    return bool(before) and (before[-1] in _SAY or len(before) >= 2 and before[-1] in {
        "that", "dass", ",", "mit"} and (before[-2] in _SAY or before[-2] == "mit" or
                                          len(before) == 3 and before[-3] in _SAY))


def replacements(analysis: Analysis, s: Sentence) -> list[tuple[int, int, str]] | None:
    """(start, end, text) edits that make `s` stand alone; None if it cannot (a pronoun
    nobody resolved: "Sie stammen aus ..."). Worked out once per sentence: cloze and
    true/false ask for the same sentences (callers must not change the list)."""
    memo = _replacements_made(analysis)
    key = (s.index, s.text)
    if key not in memo:
        memo[key] = _replacements(analysis, s)
    return memo[key]


@per_analysis
def _replacements_made(analysis: Analysis
                       ) -> dict[tuple[int, str], list[tuple[int, int, str]] | None]:
    return {}


def _replacements(analysis: Analysis, s: Sentence) -> list[tuple[int, int, str]] | None:
    index = by_sentence(analysis)
    if s.index in index.unresolved:
        return None
    resolved = index.pronoun_starts
    mentions = index.mentions.get(s.index, [])
    speakers = _pronoun_speakers(analysis, s, resolved)
    if _speaker_elsewhere(analysis, s):
        return None  # '"Für fast fünf Euro erwarte ich mehr ..."': who is 'ich'?
    # 'Goalkeeper Marek Novak ... when he saved ...': a person named before the pronoun in the
    # sentence itself; the sentence is printed as the article has it, so it stands alone
    named = min((m.start for m, e in mentions if e.label == "PER" and m.kind == "name"),
                default=s.end)
    # 'The UK Fireball Network said it had received more than 600 reports': an organisation
    # named before 'it' in the sentence itself
    org = min((m.start for m, e in mentions if e.label == "ORG" and m.kind == "name"),
              default=s.end)
    for t in s.tokens:
        if t.pos == "PRON" and t.text.lower() in _PERSONAL and t.start not in resolved and \
                t.start not in speakers and \
                not (t.text.lower() in _HE_SHE and t.start > named) and \
                not (t.text.lower() in _IT_THEY and (t.start > org or t.start < named and
                                                      _after_say(s, t))) and \
                not (analysis.language == "de" and t.text == "Sie" and t.start != s.start) \
                and not (t.text.lower() == "es" and _expletive(s, t)) and \
                not (t.text.lower() == "them" and _plural_before_relative(s, t)) and \
                not (t.text.lower() == "it" and _its_own_subject(s, t)):
            return None
    edits = [(start, end, name) for start, (end, name) in speakers.items()]
    edits += [(m.start, m.end, short_name(e, analysis)) for m, e in mentions
              if m.kind == "pronoun"]
    source = _whose_words(analysis, s)
    if source is None:
        return None
    return _once(analysis, s, edits + source)


# 'Nach seinen Worten', 'nach ihren Angaben', 'seiner Schätzung nach', 'according to his
# figures': whose? The sentence alone does not say (blind review 94 de_hoerschleife #5:
# 'Nach seinen Worten seien rund ___ Mitglieder ... betroffen').
_POSSESSIVE_SOURCE = re.compile(
    r"\b(?P<nach>[Nn]ach) (?P<poss>seinen|ihren|seiner|ihrer) (?P<noun>Worten|Angaben|"
    r"Schätzungen|Schätzung|Rechnung|Zählung|Ansicht|Einschätzung)\b"
    r"|\b(?P<poss2>[Ss]einer|[Ii]hrer) (?P<noun2>Ansicht|Meinung|Einschätzung|Schätzung|"
    r"Rechnung|Zählung|Erfahrung) nach\b"
    r"|\b(?P<acc>[Aa]ccording) to (?P<poss3>his|her) (?P<noun3>figures|estimate|count|"
    r"account)\b")


def _whose_words(analysis: Analysis, s: Sentence) -> list[tuple[int, int, str]] | None:
    """Edits that name the source of a possessive 'nach seinen Worten' as the quote finder
    knows it ('Nach den Worten von Marquardt'); [] when the sentence has none; None when
    its person is unknown, so the sentence cannot stand alone."""
    found = list(_POSSESSIVE_SOURCE.finditer(s.text))
    if not found:
        return []
    index = by_sentence(analysis)
    speakers = {q.speaker_span[0]: index.entities[q.speaker_entity]
                for q in index.quotes.get(s.index, [])
                if q.speaker_span and q.speaker_entity in index.entities}
    edits = []
    for m in found:
        poss = next(g for g in ("poss", "poss2", "poss3") if m.group(g))
        person = speakers.get(s.start + m.start(poss))
        if person is None or person.label != "PER":
            return None
        name = short_name(person, analysis)
        if m.group("acc"):
            text = f"{m.group('acc')} to {name}'s {m.group('noun3')}"
        else:
            nach = m.group("nach") or ("Nach" if m.start() == 0 else "nach")
            noun = m.group("noun") or m.group("noun2")
            text = f"{nach} {'den ' if noun == 'Worten' else ''}{noun} von {name}"
        edits.append((s.start + m.start(), s.start + m.end(), text))
    return edits


_SUBJECT_WORDS = frozenset({"AT0", "DPS", "AJ0", "AJC", "AJS", "DT0", "NN1", "NP0", "POS",
                            "CRD", "ORD"})
_NEXT_CLAUSE = frozenset({"but", "and", "while", "although", "though", "because", "so"})


def _its_own_subject(s: Sentence, t) -> bool:
    """Is an English 'it' the thing the sentence opens with, taken up in its second clause
    ('The price has not been disclosed, but industry sources put it at around £2 million',
    blind review 93 en_boatyard: the central figure got no question)? The opening noun
    phrase must end in a singular common noun, and a comma and a conjunction stand between
    it and the pronoun."""
    opening = []
    for u in s.tokens:
        if u.tag not in _SUBJECT_WORDS or u.start >= t.start:
            break
        opening.append(u)
    if not opening or opening[-1].tag != "NN1" or any(u.tag in {"NP0", "DPS"} for u in opening):
        return False  # 'His test had been booked ..., and it was cancelled': whose test?
    between = [u.text.lower() for u in s.tokens if opening[-1].end <= u.start < t.start]
    return "," in between and any(w in _NEXT_CLAUSE for w in between) and not any(
        w in {"he", "she", "they", "who", "which"} for w in between)


def _plural_before_relative(s: Sentence, t) -> bool:
    """Does 'them' stand in a relative clause after a plural noun of its own sentence ('The
    force's eight horses and the ten officers who ride and care for them could be stood
    down', blind57 en_police_horses: the lead sentence got no gap)? The sentence then says
    what 'them' is. A plural other than the clause's own antecedent is needed: in 'The
    officers who stopped them' 'them' is someone of the sentence before."""
    before = [u for u in s.tokens if u.start < t.start]
    rel = max((i for i, u in enumerate(before) if u.text.lower() in {"who", "which", "that"}
               and u.pos == "PRON"), default=None)
    return rel is not None and sum(u.tag == "NN2" for u in before[:rel]) >= 2


def _once(analysis: Analysis, s: Sentence, edits: list[tuple[int, int, str]]
          ) -> list[tuple[int, int, str]]:
    """A subject pronoun whose person the sentence already names before it keeps its
    pronoun ('Sie verstehe die Sorgen, ..., sagte sie.' read 'Krüger verstehe ...,
    sagte Krüger.', quick reading 24)."""
    text = analysis.article.text
    out: list[tuple[int, int, str]] = []
    for start, end, name in sorted(edits):
        if text[start:end].lower() in {"er", "sie", "he", "she"} and (
                any(n == name and b <= start for _a, b, n in out) or
                re.search(r"\b" + re.escape(name) + r"\b", text[s.start:start])):
            continue
        out.append((start, end, name))
    return out


def _pronoun_speakers(analysis: Analysis, s: Sentence, resolved: frozenset[int]
                      ) -> dict[int, tuple[int, str]]:
    """'..., erklärte er': the quote finder knows who 'er' is even where the pronoun
    resolver left it alone. start -> (end, name)."""
    index = by_sentence(analysis)
    out = {}
    for q in index.quotes.get(s.index, []):
        if not q.speaker_span or q.speaker_entity not in index.entities:
            continue
        start, end = q.speaker_span
        if not s.start <= start < end <= s.end:
            # a quote that goes on from the sentence before ('..., sagte er. Schon am
            # Dienstag ...') names its speaker there: that 'er' is no word of this sentence
            continue
        word = analysis.article.text[start:end]
        if word.lower() in _PERSONAL and start not in resolved:
            out[start] = (end, short_name(index.entities[q.speaker_entity]))
    return out


_FIRST_PERSON = {"ich", "mir", "mich", "mein", "meine", "meinen", "meinem", "meiner", "wir",
                 "uns", "unser", "unsere", "unseren", "unserem", "unserer", "i", "me", "my",
                 "we", "us", "our"}


def _speaker_elsewhere(analysis: Analysis, s: Sentence) -> bool:
    """Direct speech in the first person whose speaker the sentence does not name: the
    quote finder took the speaker from a sentence around it, so 'ich' is nobody here."""
    if not any(t.text.lower() in _FIRST_PERSON for t in s.tokens):
        return False
    quotes = by_sentence(analysis).quotes.get(s.index, [])
    return bool(quotes) and not any(
        q.speaker_span and s.start <= q.speaker_span[0] < s.end for q in quotes)


def _expletive(s: Sentence, t) -> bool:
    """'Es gab ...', 'es ist ...': no referent needed."""
    i = s.tokens.index(t)
    nxt = s.tokens[i + 1] if i + 1 < len(s.tokens) else None
    prev = s.tokens[i - 1] if i > 0 else None
    verbs = {"geben", "sein", "werden", "gehen", "kommen", "be", "seem"}
    return (nxt is not None and nxt.lemma in verbs) or (prev is not None and prev.lemma in verbs)


def apply(analysis: Analysis, s: Sentence, edits: list[tuple[int, int, str]]) -> str:
    text = analysis.article.text
    out, pos = [], s.start
    for start, end, new in sorted(edits):
        if start < pos or end > s.end:
            continue  # outside the sentence (or overlapping an earlier edit): never printed
        out.append(text[pos:start])
        out.append(new)
        pos = end
    out.append(text[pos:s.end])
    result = "".join(out).strip()
    return result[:1].upper() + result[1:]


def _quotes_balanced(text: str) -> bool:
    return text.count("„") == text.count("“") if "„" in text else (
        text.count('"') % 2 == 0 and text.count("“") == text.count("”"))


# Sentence connectives: they tie the sentence to the one before, but it still states its fact
# on its own ("Die Polizei musste zudem ...", "Novak then became the hero").
_CONNECTIVES = {"doch", "zudem", "außerdem", "ebenfalls", "jedoch", "trotzdem", "dennoch",
                "ebenso", "somit", "folglich", "demnach", "man", "however", "nevertheless",
                "likewise", "then"}
# Pronominal adverbs point back ("Belege dafür nannte er nicht"), but after a comma the
# sentence itself usually holds what they point to ("etwa 60 Prozent davon"), and before
# ", dass" they point forward ("spricht dafür, dass ...").
# ('Viele Kunden würden dadurch getäuscht, behauptete Brenner': by what? quick reading 41
# de_vegane_metzgerei Q6)
_BACK_POINTERS = {"dazu", "dafür", "davon", "darauf", "dabei", "daher", "deshalb",
                  "stattdessen", "daraufhin", "dadurch"}
# Personal pronouns are resolved (or the sentence refused) by replacements().
_PRONOUNS = {"ihm", "ihn", "ihnen", "it", "him"}


def _vague(analysis: Analysis, s: Sentence) -> bool:
    """Does the sentence lean on one before it, so a student cannot judge it alone?
    Direct speech is left out: the sentence names who speaks, 'ich' is that person."""
    text = re.sub(r"„[^“]*“|“[^”]*”|\"[^\"]*\"|»[^«]*«", " ", s.text)
    # not a relative 'deren'/'dessen' after a comma ('Käufer ist die Firma Lenzbau, deren
    # Geschäftsführer ... zwölf Wohnungen ... einrichten will'), nor 'instead of' ('to buy
    # about 60 homes, which would be used ... instead of hotel rooms'): both point inside
    text = _INSTEAD_OF.sub(" ", _RELATIVE_POSSESSIVE.sub(",", text))
    text = _NOT_POINTING_BACK.sub(" ", text)
    if "zwar" in text and _ZWAR_ABER.search(text):
        text = text.replace("zwar", " ")
    first, _, rest = text.partition(",")
    vague = VAGUE[analysis.language] - _CONNECTIVES - _PRONOUNS
    if set(re.findall(r"\w+", first.lower())) & vague - _BACK_POINTERS:
        return True
    for m in re.finditer(r"\w+", first.lower()):
        if m.group(0) in _BACK_POINTERS and not re.match(
                r"\s*,\s*(dass|ob|zu|wie|wenn|that)\b", first[m.end():] + "," + rest):
            return True
    return bool(set(re.findall(r"\w+", rest.lower())) & (vague - _BACK_POINTERS))


_RELATIVE_POSSESSIVE = re.compile(r",\s*(?:(?:in|mit|von|zu|an|auf|aus|bei|nach|für|über|"
                                  r"unter|durch|gegen|ohne|um|trotz|wegen)\s+)?(?:deren|dessen)\b")
_INSTEAD_OF = re.compile(r"(?i)\binstead(?= of\b)")
# Words of VAGUE that point at the reader's now or forward, not at an earlier sentence: a time
# the article's date fixes ('in diesem Jahr', 'this week'), the paper itself ('sagte dieser
# Zeitung'), an existential 'there is', 'those who ...' (the relative clause says who)
_NOT_POINTING_BACK = re.compile(
    r"(?i)\b(?:diese[mnrs]?|this)\s+(?=(?:Jahres|Jahr|Wochen|Woche|Monats|Monat|Frühjahrs?|"
    r"Sommers?|Herbst(?:es)?|Winters?|Wochenendes?|Saison|Schuljahres|Schuljahr|Halbjahres|"
    r"Halbjahr|year|week|month|spring|summer|autumn|winter|weekend|season|term|morning|"
    r"afternoon|evening|Zeitung|Redaktion|newspaper|paper)\b)"
    r"|\bthere(?=\s+(?:is|are|was|were|will|would|has|have|had|may|might|could|should|must|"
    r"seems?|appears?|remains?)\b)"
    r"|\bthose(?=\s+(?:who|whom|whose|which|that|aged|under|over)\b)")
# 'zwar' with its 'aber' half in the sentence: the contrast is there, nothing points back
# ('Ein Faltblatt sei zwar angekündigt, aber nie verteilt worden'), and 'und zwar' (namely)
_ZWAR_ABER = re.compile(r"\bzwar\b.*\b(?:aber|doch|jedoch|allerdings|sondern)\b|\bund zwar\b")


def _says_who(analysis: Analysis, s: Sentence, subjunctive: list) -> bool:
    """Reported speech with its speaker and verb in the sentence ('..., erklärte er'): the
    statement is what that person said, which the text states as a fact. The Konjunktiv
    must be inside what was said: in 'Er habe ausgesagt, ...' the saying is itself reported."""
    spans = [q.content_span for q in analysis.quotes
             if q.sentence == s.index and q.speaker and q.cue and q.content_span]
    return bool(spans) and all(any(a <= t.start < b for a, b in spans) for t in subjunctive)


# a view set against the one before ('Ganz anders sieht das Uwe Kettler', 'Martin Ebner sieht
# das anders', 'Others see it differently'): which view, the sentence does not say (quick
# reading 27 de_blitzer)
SEES_IT_OTHERWISE = re.compile(r"(?i)\b(?:sieht|sehen|sah|sahen)\s+(?:das|es|dies)\b[^.;]*"
                               r"\banders\b|\banders\s+(?:sieht|sehen|sah|sahen)\s+(?:das|es|"
                               r"dies)\b|\bsees? (?:it|this|that|things) differently\b")


# a demonstrative 'das' the tagger may take for an article: 'Für Menschen wie Ingrid Sauer
# ist das zu spät.' (quick reading 28 de_aufzug #4, D: what is too late?)
POINTING_DAS = re.compile(r"\b(?:ist|war|wäre|sei|bleibt|wird) (?:das|dies)\b(?! [A-ZÄÖÜ])|"
                          r"^(?:Das|Dies) (?:ist|war|wäre|sei|bleibt|wird)\b")


def usable(analysis: Analysis, s: Sentence, allow_quotes: bool = False,
           modal_ok: bool = False, max_words: int = MAX_WORDS) -> bool:
    """A body sentence that states something on its own, not a claim or a speculation.
    `modal_ok`: one whose only hedge is 'could'/'might'/'könnte' is printed as it stands (a
    gap in 'The force's ____ horses could be stood down by the end of September under
    proposals ...' asks what the proposals say, blind review 57); a true statement would
    drop the hedge. `max_words`: a gap may stand in a longer sentence than a statement
    to judge (news leads run to 40 words: 'The force's ____ horses and the ten officers who
    ride and care for them could be stood down ...', blind review 57)."""
    if len(s.text.split()) > max_words or not allow_quotes and _DIRECT_SPEECH.search(s.text):
        return False
    memo = _usable_memo(analysis)
    key = (s.index, s.text)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _usable(analysis, s)
    if not found:
        return False
    if not SPECULATION.search(s.text):
        return True
    return modal_ok and all(h.lower() in _MODALS
                            for h in SPECULATION.pattern.findall(s.text))


_MODALS = frozenset({"could", "might", "könnte", "könnten"})


@per_analysis
def _usable_memo(analysis: Analysis) -> dict[tuple[int, str], bool]:
    """usable's verdicts without the direct-speech test: cloze and true/false ask of every
    sentence, one with quotations and one without."""
    return {}


# 'the remaining four', 'die übrigen drei': the rest of a count the sentence before gave
_REST_WORDS = frozenset({"remaining", "other", "restlichen", "übrigen", "anderen"})


def _noun_follows(tokens: Sequence[Token], k: int) -> bool:
    """A noun within three tokens from `k`, before any verb or punctuation."""
    for t in tokens[k:k + 3]:
        if t.pos in {"NOUN", "PROPN"}:
            return True
        if t.pos in {"VERB", "AUX", "PUNCT"} or not t.text[:1].isalnum():
            return False
    return False


_REST_OF_A_COUNT = re.compile(r"(?i)\b(?:" + "|".join(sorted(_REST_WORDS)) + r")\s+\w")


def _usable(analysis: Analysis, s: Sentence) -> bool:
    if s.block != "body" or len(s.text.split()) < 5:
        return False
    if not _quotes_balanced(s.text):
        return False  # a piece of a quotation the splitter cut
    low = s.text.lower()  # 'Anders sieht das Kolbe.' opens with a capital (blind review 97)
    if ("anders" in low or "differently" in low) and SEES_IT_OTHERWISE.search(s.text):
        return False  # 'Ganz anders sieht das Kettler, der ...': sees what otherwise?
    if _vague(analysis, s) or VAGUE_PHRASES.search(s.text) or SHELL_NOUNS.search(s.text) \
            or AMOUNT_OF_WHAT.search(s.text) or THEN_AGAINST.search(s.text):
        # 'Die Nachricht erreichte ...', 'waren es 6 %', 'Marsh offered no evidence for the
        # claim' (which claim?), 'wenige Tage zuvor' (before what? blind review 102)
        return False
    if any(t.tag in {"PDS", "DT0"} and t.text.lower() in {"das", "dies", "this", "that"}
           and not _NOT_POINTING_BACK.match(s.text, t.start - s.start)
           for t in s.tokens) or POINTING_DAS.search(s.text):
        return False  # "wies das zurück": what?
    if s.text.rstrip().endswith("?"):
        return False
    # (closing marks cut instead of a pattern anchored at the end, tried from every position)
    if not s.text.rstrip().rstrip("'\"“”»«‘’)").endswith((".", "!", ":", ";", "…")):
        return False  # "Konzern macht Werk in Kornbach dicht": a headline, not a statement
    subjunctive = [t for t in s.tokens if t.tag in {"VAFIN", "VMFIN"} and t.text in INDICATIVE]
    if subjunctive and not _says_who(analysis, s, subjunctive):
        return False  # Konjunktiv I: somebody's claim, and the sentence does not say whose
    if not any(is_finite(t) for t in s.tokens):
        return False  # a verbless sentence (a slip in the source) is never printed
    if _REST_OF_A_COUNT.search(s.text) and any(
            t.text.lower() in _REST_WORDS and k + 2 < len(s.tokens) and
            s.tokens[k + 1].pos == "NUM" and not _noun_follows(s.tokens, k + 2)
            for k, t in enumerate(s.tokens)):
        return False  # 'Mr Pell said the remaining four would be back ...' (blind review 141
        # en_coach): four of what, the sentence before says ('the remaining 140 or so
        # events' has its noun)
    # 'Allerdings stellten ... nur etwa 20 Prozent ...' (judged17): an opening 'however'
    # answers the sentence before, which a statement on its own does not show
    return not re.match(r"(?i)^(doch|aber|so|dazu|dabei|also|but|so|allerdings|jedoch|dennoch|"
                        r"trotzdem|immerhin|stattdessen|however|nevertheless|instead|yet)\b",
                        s.text)
