"""Subject pronouns and role descriptions resolved to a person, only where it is unambiguous.

A question may use a pronoun's sentence only when we know who the pronoun is; everything we
cannot tell is recorded in ``Analysis.unresolved`` so the generators can drop it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quizgen.model import Analysis, Entity, Mention, Sentence, Token
from quizgen.nlp.memo import per_analysis
from quizgen.nlp.tokens import is_finite

SUBJECT_PRONOUNS = {"de": {"er", "sie"}, "en": {"he", "she"}}
# "der Experte", "the expert": a description that stands for someone named just before.
DESCRIPTIONS = {
    "de": {"experte", "expertin", "politiker", "politikerin", "präsident", "präsidentin",
           "minister", "ministerin", "sprecher", "sprecherin", "forscher", "forscherin",
           "wissenschaftler", "wissenschaftlerin", "staatschef", "kremlchef", "kreml-chef",
           "kreml-boss", "dozent", "dozentin", "kanzler", "kanzlerin"},
    "en": {"expert", "politician", "president", "minister", "spokesman", "spokeswoman",
           "researcher", "scientist", "lecturer", "chancellor", "official", "leader"},
}
# "the 27-year-old", "der 27-Jährige": a description of someone named just before
_AGE = re.compile(r"\d{1,3}-(?:year-old|jährige[rn]?)")
_SINGULAR_VERB_DE = re.compile(r"(t|te|st|ß|e|r)$")


# A direct quotation inside a sentence: "...", „...“, »...«, “...”
_QUOTED = re.compile(r'"[^"]*"|„[^“”"]*[“”"]|»[^«]*«|“[^”]*”')


def _persons_in(analysis: Analysis, sentence: Sentence) -> list[tuple[Mention, Entity]]:
    """Persons named in the sentence outside its direct quotations and not as a possessive:
    a name inside someone's words ("I will be a mayor for everyone", Lindqvist said) or before
    "'s" ("Pell's lawyer, Jonathan Reeves, said") is not who a next 'she' or 'he' is."""
    quoted = [(sentence.start + m.start(), sentence.start + m.end())
              for m in _QUOTED.finditer(sentence.text)]
    found = []
    for e in analysis.entities:
        if e.label != "PER":
            continue
        for m in e.mentions:
            if m.sentence == sentence.index and m.kind != "pronoun" and not any(
                    a <= m.start and m.end <= b for a, b in quoted) and \
                    analysis.article.text[m.end:m.end + 2] not in ("'s", "’s"):  # "Pell's lawyer"
                found.append((m, e))
    return sorted(found, key=lambda x: x[0].start)


_FEMALE = {"she", "her", "sie"}
_MALE = {"he", "him", "er"}


def gender(analysis: Analysis, ent: Entity) -> str | None:
    """'f' or 'm' where the article shows it: pronouns already resolved to the person, a
    feminine title (Bürgermeisterin, Mrs), a masculine one (Herr, Mr)."""
    for m in ent.mentions:
        if m.kind == "pronoun":
            low = m.text.lower()
            return "f" if low in _FEMALE else "m" if low in _MALE else None
    text = analysis.article.text
    for m in ent.mentions:
        before = text[max(0, m.start - 30):m.start].split()
        if before:
            word = before[-1].lower().strip(",")
            if word in {"mrs", "mrs.", "ms", "ms.", "frau", "miss"} or (
                    word.endswith("in") and word[:-2].endswith(_TITLE_ENDS)):
                # 'Schulleiterin', 'Zahnärztin': a compound of a title stem too
                return "f"
            if word in {"mr", "mr.", "herr", "sir"}:
                return "m"
            if word in _KIN_SEX and m.kind == "name":
                return _KIN_SEX[word]  # 'her brother Peter', 'his wife, Susan Ferris'
            if analysis.language == "de" and before[-1][:1].isupper() and \
                    text[m.start - 1:m.start] == " ":
                if word.endswith(("erin", "orin", "istin", "antin", "entin")):
                    return "f"  # 'die Schülerin Mia Lechner' (blind review 17: a woman
                    # among the options of 'Wer sagte, ihm liege ...?')
                if word.endswith(_TITLE_ENDS) and word.isalpha():
                    return "m"  # 'Bürgermeister Anton Huber': the masculine form of a title
    if analysis.language == "de":
        for m in ent.mentions:
            rel = _RELATIVE_DE.match(text, m.end)
            if rel and not _PAIRED_DE.search(text, max(0, m.start - 30), m.start) and any(
                    t.start == rel.start(1) and t.tag in ("PRELS", "PRELAT")
                    for t in analysis.sentences[m.sentence].tokens):
                return "f" if rel.group(1) in ("die", "deren") else "m"
    return role_sex(analysis, ent)


# A kin noun right before a name says the person's sex: 'she and her brother Peter had
# spent ...' - then 'she told BBC Radio Cornwall' is not his (blind review 93 en_boatyard).
_KIN_SEX = {**dict.fromkeys(("brother", "son", "husband", "father", "grandson", "nephew",
                             "uncle", "grandfather", "stepson", "stepfather", "bruder", "sohn",
                             "ehemann", "vater", "enkel", "neffe", "onkel", "großvater"), "m"),
            **dict.fromkeys(("sister", "daughter", "wife", "mother", "granddaughter", "niece",
                             "aunt", "grandmother", "stepdaughter", "stepmother", "schwester",
                             "tochter", "ehefrau", "mutter", "enkelin", "nichte", "tante",
                             "großmutter"), "f")}


# 'Gisela Hornung, die sich ...', 'Bernd Kolbe, dessen Firma ...': a relative pronoun right
# after a name agrees with it (round-1 leftover of blind review 54). Not 'der' (also a
# feminine dative: 'Anna Roth, der das Haus gehört'), only where the tagger reads a relative
# pronoun ('Jonas Pfeiffer, die Stadträtin Ute Brenner und ...' is a list), not after 'und'
# (a pair: plural 'die') nor after a genitive or 'von' ('Die Scheune des Landwirts Heinrich
# Vosskamp, die ...': the relative clause may be the barn's).
_RELATIVE_DE = re.compile(r"(?:\s*\(\d{1,3}\))?,\s+(die|deren|dessen|dem|den)\s")
_PAIRED_DE = re.compile(r"(?:\b(?:und|sowie|oder|des|der|eines|einer|von|vom)|,)\s+(?:\S+\s+)?$",
                        re.IGNORECASE)


# German role nouns that name either sex ('Vorsitzende', 'Mitglied'): no masculine role
_EITHER_ROLE = re.compile(r"(?:e|en|in|innen|frau|mitglied|kind|opfer|elternteil|person|"
                          r"mutter|tochter|schwester|kraft|hilfe|waise|geisel|wache)$",
                          re.IGNORECASE)


def role_sex(analysis: Analysis, e: Entity) -> str | None:
    """'f' or 'm' as the role noun says ('Kreisrätin' a woman; 'Kreisrat', 'Sprecher' a man:
    a German role whose feminine ends in -in; 'spokeswoman'/'spokesman'), else None. A 'Sie'
    went to 'Kreisrat Oliver Brand' though a Kreisrätin was named before (coord, round 2)."""
    role = (e.role or "").split()
    if not role:
        return None
    first = role[0].strip(",.")
    if analysis.language == "de":
        if not first[:1].isupper() or not first.isalpha():
            return None
        if re.search(r"(?<!\b)in$", first):
            return "f"
        return None if _EITHER_ROLE.search(first) else "m"
    low = first.lower()
    return "f" if low.endswith("woman") else "m" if low.endswith("man") else None


_TITLE_STEMS = {"bürgermeister", "minister", "präsident", "kanzler", "sprecher", "expert",
                "direktor", "leiter", "vorsitzend", "richter", "professor", "dozent", "chef",
                "landrät", "geschäftsführer", "forscher", "politiker", "ärzt", "trainer"}
_TITLE_ENDS = tuple(sorted(_TITLE_STEMS))


_SPEECH = {"sagen", "behaupten", "erklären", "berichten", "kritisieren", "fordern", "warnen",
           "say", "claim", "tell", "add", "report", "warn", "accuse", "allege", "insist"}


def _unnamed_speaker(s: Sentence) -> bool:
    """The sentence's subject is someone without a name who speaks ('Ein Vater sagte',
    'A parent claimed'): a following 'he' is that person, not someone named earlier."""
    toks = s.tokens
    if len(toks) < 3 or toks[0].pos != "DET" or toks[0].text.lower() not in {
            "ein", "eine", "a", "an", "one", "der", "die", "the"}:
        return False
    i = 1
    while i < len(toks) and toks[i].pos == "ADJ":
        i += 1
    if i >= len(toks) or toks[i].pos != "NOUN":
        return False
    return any(t.lemma in _SPEECH for t in toks[i + 1:i + 6])


def _reported_de(sentence: Sentence, i: int) -> bool:
    """'Er sei an jenem Abend allein unterwegs gewesen': the pronoun's finite verb is in the
    Konjunktiv I, so the sentence goes on with someone's account, whose 'er' is the
    speaker's side (the defendant), not whoever was named last (the victim, fresh batch 13)."""
    finite = next((t for t in sentence.tokens[i + 1:] if t.tag.endswith("FIN")), None)
    if i > 0 and sentence.tokens[i - 1].tag.endswith("FIN"):
        finite = sentence.tokens[i - 1]  # 'Zudem sei er höchstens 80 gefahren'
    if finite is None:
        return False
    low = finite.text.lower()
    return low in {"sei", "seien"} or low.endswith("e") and not low.endswith("te")


def _speaker_at_end(analysis: Analysis, s: Sentence, wanted: str | None) -> Entity | None:
    """The person named as the speaker at the end of `s` ('..., sagte Wedekind.', '...,
    berichtete Bürgermeisterin Anna Wedekind.', '..., Wedekind said.'), if the article
    shows that person's sex and it is `wanted`."""
    if wanted is None or len(s.tokens) < 5:
        return None
    toks = s.tokens
    end = len(toks) - 1 if toks[-1].pos == "PUNCT" else len(toks)
    for ent in analysis.entities:
        if ent.label != "PER" or gender(analysis, ent) != wanted:
            continue
        for m in ent.mentions:
            if m.sentence != s.index or m.kind == "pronoun":
                continue
            first = next((k for k, t in enumerate(toks) if t.start >= m.start), None)
            last = next((k for k, t in enumerate(toks) if t.end >= m.end), None)
            if first is None or last is None or first < 2:
                continue
            k = first - 1
            while k > 0 and toks[k].pos == "NOUN" and toks[k].text[:1].isupper():
                k -= 1  # 'sagte Bürgermeisterin Wedekind'
            if last == end - 1 and is_finite(toks[k]) and toks[k].lemma.lower() in _SPEAKING \
                    and toks[k - 1].text == ",":
                return ent  # '..., sagte Wedekind.'
            if last + 1 == end - 1 and first >= 1 and toks[first - 1].text == "," and \
                    is_finite(toks[last + 1]) and toks[last + 1].lemma.lower() in _SPEAKING:
                return ent  # '..., Wedekind said.'
    return None


def _antecedent(analysis: Analysis, sentence: Sentence, pronoun: str = "",
                strict: bool = False) -> Entity | None:
    """The person a subject pronoun at the start of `sentence` refers to, if clear. Strict
    (reported speech): only the subject named before the previous sentence's verb."""
    body = [s for s in analysis.sentences if s.block == "body" and s.index < sentence.index]
    low = pronoun.lower()
    wanted = "f" if low in {"she", "sie"} else "m" if low in _MALE else None
    speaker = _speaker_at_end(analysis, sentence, wanted)
    if speaker is not None:
        if body and any(e is not speaker and gender(analysis, e) in (None, wanted)
                        for _, e in _persons_in(analysis, body[-1])):
            return None  # '... traf Petra Lang. Sie habe ..., sagte Lang.': either woman
        return speaker  # 'Sie habe keine andere Wahl gehabt, sagte Wedekind.' after a
        # sentence about Wedekind alone: her account (blind review 72: no question)
    person_nearer = False
    for prev in reversed(body[-2:]):
        if low == "sie" and not _speaks(sentence) and _feminine_thing(analysis, prev):
            return None  # '..., die Vier-Tage-Woche sei "keine Dauerlösung". Sie müsse ...'
        if low == "er" and not person_nearer and not _speaks(sentence, _SPEAKING | _PERSONAL):
            thing = _masculine_thing_end(analysis, prev)
            last = _last_person_end(analysis, prev)
            if thing is not None and (last is None or thing > last):
                return None  # '... hat einen neuen Antrag vorgelegt. Er sieht vor, ...'
            person_nearer = last is not None
        persons = _persons_in(analysis, prev)
        if wanted:  # "She" never refers to a man the article called "he"
            persons = [(m, e) for m, e in persons if gender(analysis, e) in (None, wanted)]
        if not persons:
            if _unnamed_speaker(prev):
                return None  # "A father claimed ... He offered no evidence": not a named person
            continue
        distinct = {e.id for _, e in persons}
        first_mention, first_entity = persons[0]
        if _other_pronoun(prev, first_entity, pronoun) and _in_phrase(prev, first_mention):
            return None  # '... des Besuchs von Barack Obama wurde er überwacht. Er ...':
            #              'er' is the one the sentence before called 'er', not Obama
        if len(persons) > 1 and persons[1][1] is not first_entity and re.fullmatch(
                r"\s*(und|and|sowie|oder|or|,)\s*",
                analysis.article.text[first_mention.end:persons[1][0].start]):
            return None  # "Anna Berg und Tom Krüger ... Er": either of them
        # The subject: the first person, standing before the finite verb of the sentence.
        first_verb = next((t for t in prev.tokens if is_finite(t)), None)
        is_subject = first_verb is None or first_mention.start < first_verb.start or (
            # V2 with a fronted adverbial: "Dazu äußert sich Dr. Nilsson"
            prev.tokens.index(first_verb) <= 3)
        if strict:
            named_first = first_verb is None or first_mention.start < first_verb.start
            if named_first and not _in_phrase(prev, first_mention):
                return first_entity
            if wanted and prev is body[-1] and len(
                    {e.id for _, e in _persons_in(analysis, prev)}) == 1 and \
                    gender(analysis, first_entity) == wanted:
                return first_entity  # 'Zu den Betroffenen gehört die Rentnerin Gisela
                # Harms, ... Sie habe das Haus ... abbezahlt': the one person of the
                # sentence before, of the pronoun's sex (blind reviews 61, 82, 85: such
                # accounts had no question)
            return None
        if len(distinct) == 1 or is_subject:
            return first_entity
        return None
    return None


_THING_ARTICLES = {"die", "eine", "diese", "jene", "keine"}


def _article_nouns(s: Sentence) -> Iterator[tuple[int, Token, int]]:
    """(index of the article, the article, index of its noun) for each article or pronoun
    followed by adjectives and a noun outside quotations ('einen neuen Antrag', 'die Stadt'):
    where a thing an 'er' or 'sie' may stand for is named."""
    quoted = [(s.start + m.start(), s.start + m.end()) for m in _QUOTED.finditer(s.text)]
    toks = s.tokens
    for i, t in enumerate(toks):
        if t.pos not in {"DET", "PRON"}:
            continue
        j = i + 1
        while j < len(toks) and toks[j].pos in {"ADJ", "ADV"}:
            j += 1
        if j < len(toks) and toks[j].pos == "NOUN" and not any(
                a <= toks[j].start < b for a, b in quoted):
            yield i, t, j


def _feminine_thing(analysis: Analysis, s: Sentence) -> bool:
    """`s` names something with 'die/eine' that is not a person ('die Vier-Tage-Woche', 'die
    Stadt'): a singular 'sie' after it may be that thing, so it names no one for sure (blind
    review 12: 'Sie müsse zunächst vom Landesschulamt genehmigt werden' was the spokesman)."""
    toks = s.tokens
    for _i, t, j in _article_nouns(s):
        if t.text.lower() not in _THING_ARTICLES:
            continue
        noun = toks[j].text.lower()
        if noun.endswith(("in", "innen", "frau", "vorsitzende")) or noun in DESCRIPTIONS["de"] \
                or any(_person_at(analysis, x.start, x.end) for x in toks[j:j + 4]):
            continue  # 'die Sprecherin', 'Die Vorsitzende Richterin Dr. Anna Berg': a woman
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if t.text.lower() == "die" and (noun.endswith(("en", "ern")) or nxt is not None and
                                        is_finite(nxt) and nxt.text.endswith("en")):
            continue  # 'die Eltern', 'die Bewohner seien': plural, not a singular 'sie'
        if t.text.lower() == "die" and toks[j].lemma.lower() != noun:
            continue  # 'Köster weist die Vorwürfe zurück. Sie beginne ...' (lemma 'Vorwurf'):
            # a plural; a feminine noun keeps its form in the singular (blind55: her
            # account had no question)
        return True
    return False


# Masculine articles that mark one case and number only: accusative singular ('den Antrag',
# 'einen Bericht'); 'der' only where it opens the sentence's subject ('Der Plan sieht ...').
_MASC_ACCUSATIVE = {"den", "einen", "keinen", "diesen", "jenen"}
_FEMININE_END = ("ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ei", "ie", "enz",
                 "anz", "ur", "in", "innen")
# Nouns that may well be a person or none an 'er' stands for: -er/-e (der Sprecher, der
# Experte), -ist, -ling, -ant, -ent, -eur, -mann, -arzt, -wirt, -chef, -rat (Landrat);
# times ('den ganzen Tag') are no antecedent either.
_PERSONISH_END = re.compile(r"(?i)(er|e|ist|ling|ant|ent|eur|mann|arzt|wirt|chef|rat|walt|"
                            r"tag|abend|morgen|monat|mittag|montag|dienstag|mittwoch|"
                            r"donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|"
                            r"mai|juni|juli|august|september|oktober|november|dezember)$")


def _masculine_thing_end(analysis: Analysis, s: Sentence) -> int | None:
    """Where the last masculine thing in `s` ends ('einen neuen Antrag', 'Der Bericht der
    Stadtwerke liegt ...'), or None: an 'er' after it may be that thing. Only articles that
    show the masculine for sure count, and a noun that may be a person ('den Sprecher',
    'den Experten') or names one ('den Landrat Max Berg') does not."""
    toks = s.tokens
    found = None
    for i, t, j in _article_nouns(s):
        low = t.text.lower()
        if not (low in _MASC_ACCUSATIVE or low == "der" and i == 0):
            continue
        noun = toks[j].text.lower()
        if noun.endswith(_FEMININE_END) or _PERSONISH_END.search(noun) or \
                noun in DESCRIPTIONS["de"] or (low != "der" and noun.endswith("n")) or any(
                    _person_at(analysis, x.start, x.end) for x in toks[j:j + 4]):
            continue  # 'die Stadt' is no 'er'; 'den Kindern': a plural
        found = toks[j].end
    return found


def _last_person_end(analysis: Analysis, s: Sentence) -> int | None:
    """Where the last mention of a person in `s` ends, a pronoun coref gave one included,
    or the last 'er' ('"...", sagte er am Mittwoch': the chain goes on through it)."""
    ends = [m.end for e in analysis.entities if e.label == "PER" for m in e.mentions
            if m.sentence == s.index]
    ends += [t.end for t in s.tokens if t.text.lower() == "er" and t.pos == "PRON"]
    return max(ends, default=None)


# Verbs whose subject is someone who speaks, judges or hopes: a thing never does
_SPEAKING = _SPEECH | {"behaupten", "betonen", "loben", "ergänzen", "räumen",
                       "verweisen", "kündigen", "hoffen", "glauben", "meinen", "rechnen",
                       "fürchten", "befürchten", "verteidigen", "widersprechen"}


# Verbs only a person does: 'Er wies am Samstag den Sicherheitsrat an' is not 'der Rückzug'
_PERSONAL = {"weisen", "versprechen", "besuchen", "entschuldigen", "reisen", "besichtigen",
             "empfangen"}


def _speaks(sentence: Sentence, verbs: set[str] = _SPEAKING) -> bool:
    """The sentence's first finite verb is one of speaking ('Zudem behauptete sie, ...')."""
    verb = next((t for t in sentence.tokens[:5] if is_finite(t)), None)
    return verb is not None and verb.lemma.lower() in verbs


def _person_at(analysis: Analysis, start: int, end: int) -> bool:
    ent = analysis.entity_at(start, end)
    return ent is not None and ent.label == "PER"


def _other_pronoun(s: Sentence, ent: Entity, pronoun: str) -> bool:
    """`s` has a subject pronoun like `pronoun` that is not a known mention of `ent`."""
    own = {m.start for m in ent.mentions}
    low = pronoun.lower()
    forms = {"he", "er"} if low in _MALE else {"she", "sie"} if low in _FEMALE else {low}
    return any(t.text.lower() in forms and t.pos == "PRON" and t.start not in own
               for t in s.tokens)


def _in_phrase(s: Sentence, m: Mention) -> bool:
    """The name stands in a prepositional phrase ('von US-Präsident Barack Obama'): a
    title, adjectives or an article may come between."""
    before = [t for t in s.tokens if t.end <= m.start]
    while before and (before[-1].pos in {"ADJ", "DET"} or before[-1].pos == "NOUN"
                      and before[-1].text[:1].isupper()):
        before.pop()
    return bool(before) and before[-1].pos == "ADP"


def resolve_pronouns(analysis: Analysis) -> None:
    language = analysis.language
    for s in analysis.sentences:
        if s.block != "body" or not s.tokens:
            continue
        for i, tok in enumerate(s.tokens[:4]):
            low = tok.text.lower()
            if low in SUBJECT_PRONOUNS[language] and tok.pos == "PRON" and (
                    i == 0 or tok.text.islower()):  # "Folgen Sie ...": the polite form
                if language == "de" and low == "sie":
                    # its finite verb: next in a main clause ('sie haben'), last in a
                    # subordinate one ('Wenn sie drei Monate nicht aufs Eis können' are
                    # the children, not the trainer named before; fresh batch 14)
                    nxt = next((t for t in s.tokens[i + 1:] if t.tag.endswith("FIN")), None)
                    if nxt is None or nxt.text.endswith("en"):  # plural "sie haben"
                        continue
                _attach(analysis, s, tok.start, tok.end, tok.text, "pronoun",
                        strict=language == "de" and _reported_de(s, i))
                _other_sex_after_saying(analysis, s, i)
                break
            nxt = s.tokens[i + 1] if i + 1 < len(s.tokens) else None
            if (low in DESCRIPTIONS[language] or _AGE.fullmatch(low)) and i > 0 and \
                    s.tokens[i - 1].text.lower() in {"der", "die", "the"} and (
                    nxt is None or nxt.pos not in {"NOUN", "PROPN", "DET", "ADP"}):
                # not "the official result", nor "die Sprecherin der Bürgerinitiative, X,":
                # someone new whom the words after the description introduce
                if analysis.entity_at(tok.start, tok.end) is None:
                    _attach(analysis, s, s.tokens[i - 1].start, tok.end,
                            f"{s.tokens[i - 1].text} {tok.text}", "alias")
                break
            after = s.tokens[i + 2] if i + 2 < len(s.tokens) else None
            if _AGE.fullmatch(low) and i > 0 and s.tokens[i - 1].text.lower() in {
                    "der", "die", "the"} and nxt is not None and nxt.pos in {"NOUN", "PROPN"} and (
                    after is None or after.pos not in {"NOUN", "PROPN", "DET", "ADP"}):
                # "Der 54-jährige Schäfer fand ...": the person just named, described
                if analysis.entity_at(nxt.start, nxt.end) is None:
                    _attach(analysis, s, s.tokens[i - 1].start, nxt.end,
                            f"{s.tokens[i - 1].text} {tok.text} {nxt.text}", "alias")
                break


_SAYS = {"said", "says", "told", "added", "claimed", "believes", "thinks", "sagte", "sagt",
         "erklärte", "betonte", "glaubt", "meint", "that", "dass"}


def _other_sex_after_saying(analysis: Analysis, s: Sentence, i: int) -> None:
    """'He said she studies chess for four hours a day': after the sentence's first
    pronoun, a subject pronoun of the other sex right after the verb of saying ('said
    she', 'sagte, sie') is someone else, the person of that sex named before (blind6: the
    question kept 'she', 'Who said she studies chess ...? - Martin Sykes')."""
    toks = s.tokens
    first = toks[i].text.lower()
    other = {"he": "she", "she": "he", "er": "sie", "sie": "er"}.get(first)
    if other is None:
        return
    for j in range(i + 2, min(len(toks), i + 6)):
        t = toks[j]
        if t.text.lower() != other or t.pos != "PRON":
            continue
        before = toks[j - 1] if toks[j - 1].text != "," else toks[j - 2]
        if before.text.lower() not in _SAYS:
            return
        if other == "sie":  # 'sagte, sie trainiere' (one woman), not 'sie trainieren'
            nxt = next((x for x in toks[j + 1:] if x.tag.endswith("FIN")), None)
            if nxt is None or nxt.text.endswith("en"):
                return
        wanted = "f" if other in {"she", "sie"} else "m"
        near = [(m, e) for e in analysis.entities if e.label == "PER" for m in e.mentions
                if s.index - 3 <= m.sentence <= s.index and m.start < t.start and
                gender(analysis, e) == wanted]
        mention = Mention(t.start, t.end, t.text, s.index, "pronoun")
        if near:  # the last person of that sex named or resolved in the three sentences
            ent = max(near, key=lambda x: x[0].start)[1]
            ent.mentions.append(mention)
            ent.mentions.sort(key=lambda m: m.start)
        else:
            analysis.unresolved.append(mention)
        return


def _attach(analysis: Analysis, s: Sentence, start: int, end: int, text: str,
            kind: str, strict: bool = False) -> None:
    mention = Mention(start, end, text, s.index, kind)
    ent = _antecedent(analysis, s, text if kind == "pronoun" else "", strict)
    if ent is None:
        analysis.unresolved.append(mention)
    else:
        ent.mentions.append(mention)
        ent.mentions.sort(key=lambda m: m.start)


# Nouns after a possessive that name someone's statement: 'nach seinen Angaben', 'in her
# view'. Their owner is the source, usually named in an earlier sentence, not the subject
# ('Rund 40 Tiere werden nach seinen Angaben vermisst').
SOURCE_NOUNS = {
    "de": {"angaben", "angabe", "worten", "aussage", "aussagen", "ansicht", "meinung",
           "einschätzung", "schätzung", "schätzungen", "auffassung", "darstellung",
           "informationen", "erkenntnissen", "beobachtungen", "berechnungen", "zählung",
           "sicht", "überzeugung"},
    "en": {"account", "words", "estimate", "estimates", "view", "opinion", "figures",
           "count", "calculation", "calculations", "assessment", "knowledge", "recollection",
           "understanding"},
}
LOCAL = "local"


def _possessive(tok, language: str, first: bool = False) -> str | None:
    """'m', 'f' or 'pl' for a possessive determiner ('seinen', 'her', 'their'), else None.
    `first`: the sentence's first word, where 'Ihre' is capitalised anyway."""
    low = tok.text.lower()
    if language == "de":
        if tok.tag != "PPOSAT" or tok.text.startswith("Ihr") and not first:
            return None  # 'Ihr' in capitals mid-sentence: the polite form, the reader's;
            # a sentence's first 'Ihre Schule sei ...' is hers (blind review 15)
        return "m" if low.startswith("sein") else "f" if low.startswith("ihr") else None
    if tok.tag != "DPS":
        return None
    return {"his": "m", "her": "f", "their": "pl"}.get(low)


def _plural_finite(tok) -> bool:
    low = tok.text.lower()
    return low.endswith(("en", "ern", "eln")) or low in {"sind", "are", "were", "have"}


def possessive_owners(analysis: Analysis) -> dict[int, Entity | str | None]:
    """Start offset of each possessive determiner in the body -> LOCAL when its owner stands
    before it in the same sentence (the subject: 'Der Schäfer fand ... auf seiner Weide', a
    person named there, the 'wer' a question asks for), the person named in an earlier
    sentence it refers to, or None when that cannot be told. A question keeps a local
    possessive, names the person for a resolved one ('nach Kühnels Angaben') and is not
    asked with an unresolved one ('Wie viele Tiere werden nach seinen Angaben vermisst?' -
    whose?)."""
    language = analysis.language
    persons: dict[int, list[int]] = {}
    for e in analysis.entities:
        if e.label == "PER":
            for m in e.mentions:
                persons.setdefault(m.sentence, []).append(m.start)
    out: dict[int, Entity | str | None] = {}
    for s in analysis.sentences:
        if s.block != "body":
            continue
        toks = s.tokens
        for i, tok in enumerate(toks):
            first = i == 0 or i == 1 and toks[0].pos == "PUNCT"
            kind = _possessive(tok, language, first)
            if kind is None:
                continue
            noun = next((t for t in toks[i + 1:i + 4] if t.pos in {"NOUN", "PROPN"}), None)
            source = noun is not None and noun.text.lower() in SOURCE_NOUNS[language] and \
                i > 0 and toks[i - 1].pos == "ADP"  # 'nach seinen Angaben', not 'ihre Meinung'
            person_before = any(start < tok.start for start in persons.get(s.index, ())) or any(
                t.pos == "PRON" and t.text.lower() in {"er", "sie", "he", "she", "they"}
                for t in toks[:i])
            if person_before:
                out[tok.start] = LOCAL
                continue
            if not source:
                finite = next((t for t in reversed(toks[:i]) if is_finite(t)), None) or next(
                    (t for t in toks[i + 1:] if is_finite(t)), None)
                subject_before = any(t.pos in {"NOUN", "PROPN", "PRON"} for t in toks[:i])
                if language == "en" and subject_before:
                    out[tok.start] = LOCAL  # 'the man ... walking his dog'
                    continue
                if language == "de" and subject_before and (
                        kind == "f" or finite is None or not _plural_finite(finite)):
                    out[tok.start] = LOCAL  # 'Die Molkerei darf ihre Joghurts ...'
                    continue
            if kind == "pl":
                out[tok.start] = None  # 'their': a group or an organisation, not told here
                continue
            owner = _antecedent(analysis, s, "he" if kind == "m" else "she")
            if first and tok.text.startswith("Ihr") and owner is not None and \
                    gender(analysis, owner) != "f":
                owner = None  # 'Ihre' may be 'their' too: only a woman for sure is 'her'
            out[tok.start] = owner
    return out


# ---------------------------------------------------------------- umbrella nouns ('das Gremium')

# 'Mit 19 zu 7 Stimmen beschloss das Gremium ...', 'Die Behörde hält die Lösung für
# vertretbar': a noun that only points back at a body the article named before (fresh34
# kreisverkehr, fresh35 windmuehle). A question names the body or is not asked.
_UMBRELLA_DE = {"gremium": ("body", "n"), "behörde": ("authority", "f")}
# the bodies each umbrella noun stands for, by the end of their name, with their gender
_BODY_DE = re.compile(r"(?i)(?:(rat|ausschuss|vorstand|beirat|kreistag|landtag|bundestag|"
                      r"bezirkstag)|(parlament|gremium|kuratorium)|(kommission|jury))(?:e?s)?$")
_AUTHORITY_DE = re.compile(r"(?i)(?:((?<!ehren)amt|ministerium|präsidium)|(behörde|polizei|"
                           r"verwaltung|direktion|agentur|aufsicht))(?:e?s)?$")
# not a body: 'Vorrat', 'Heirat', 'Apparat', 'Referat', 'Zierrat', 'Hausrat'
_NOT_BODY = {"vorrat", "heirat", "apparat", "referat", "zierrat", "hausrat", "unrat",
             "verrat", "rat", "rats", "rates"}
_ARTICLE_DE = {("m", "nom"): "der", ("m", "acc"): "den", ("m", "dat"): "dem",
               ("n", "nom"): "das", ("n", "acc"): "das", ("n", "dat"): "dem",
               ("f", "nom"): "die", ("f", "acc"): "die", ("f", "dat"): "der"}


def _body_name(s: Sentence, k: int, kind: str) -> tuple[str, str] | None:
    """The body a noun at s.tokens[k] names, as its nominative name and gender
    ('des Landesamts für Denkmalpflege' -> 'Landesamt für Denkmalpflege', n); None if the
    noun is no body of that kind or a person's title ('Gemeinderat Klaus Engelhardt')."""
    t = s.tokens[k]
    if t.pos not in {"NOUN", "PROPN"} or t.text.lower() in _NOT_BODY or len(t.text) < 4:
        return None
    nxt = s.tokens[k + 1] if k + 1 < len(s.tokens) else None
    if nxt is not None and nxt.pos == "PROPN" and kind == "body":
        return None  # 'Gemeinderat Klaus Engelhardt': a councillor
    m = (_BODY_DE if kind == "body" else _AUTHORITY_DE).search(t.text)
    if m is None:
        return None
    if kind == "body":
        gender = "m" if m.group(1) else "n" if m.group(2) else "f"
    else:
        gender = "n" if m.group(1) else "f"
    stem = t.text[:m.end(m.lastindex)]
    name = stem
    # 'Landesamt für Denkmalpflege', 'Regierungspräsidium Tübingen': part of the name
    if nxt is not None and nxt.text == "für" and \
            k + 2 < len(s.tokens) and s.tokens[k + 2].pos in {"NOUN", "PROPN"}:
        name += " für " + s.tokens[k + 2].text
    else:  # 'Straßenbaubehörde Hessen Mobil'
        j = k + 1
        while j < len(s.tokens) and s.tokens[j].pos == "PROPN" and j - k <= 3:
            name += " " + s.tokens[j].text
            j += 1
    return name, gender


def _genitive(name: str, gender: str) -> str:
    """'Regierungspräsidium Tübingen' -> 'des Regierungspräsidiums Tübingen', 'Behörde' ->
    'der Behörde': the head word takes the genitive ending."""
    if gender == "f":
        return "der " + name
    head, _, rest = name.partition(" ")
    head += "es" if head.endswith(("s", "ß", "x", "z")) else "s"
    return "des " + head + (" " + rest if rest else "")


def _case_de(s: Sentence, k: int, det: str, gender: str) -> str | None:
    """The case of the umbrella phrase whose article is s.tokens[k]: 'dem' dative; 'das'/
    'die' nominative at the start of the sentence or right after the finite verb when the
    Vorfeld is no noun phrase ('Mit 19 zu 7 Stimmen beschloss das Gremium'); 'des', or 'der
    Behörde' after a noun, genitive ('Ein Sprecher der Behörde'); None where it cannot tell
    (an object)."""
    if det == "dem" or det == "der" and gender == "f" and k and s.tokens[k - 1].pos == "ADP":
        return "dat"
    if det == "des" or det == "der" and gender == "f" and k and \
            s.tokens[k - 1].pos in {"NOUN", "PROPN"}:
        return "gen"  # 'Ein Sprecher der Behörde', 'nach Angaben der Behörde'
    if det not in {"das", "die"}:
        return None
    if k == 0:
        return "nom"
    if not is_finite(s.tokens[k - 1]):
        return None
    first = s.tokens[0]
    if first.pos in {"ADP", "ADV"} or first.tag in {"VVPP", "VAPP", "ADJD", "KOUS"} or \
            first.pos == "NUM":
        return "nom"
    return None


@per_analysis
def umbrella_nouns(analysis: Analysis) -> dict[int, tuple[int, str | None]]:
    """Start of an umbrella phrase ('das Gremium', 'die Behörde') -> (its end, the phrase
    that names the body in the same case: 'der Gemeinderat', 'das Landesamt für
    Denkmalpflege'; None where the article does not tell which body, or the case is not
    clear). The body is the one the text named before; of several, the one the headline
    names when it was also named most often (Jugendparlament, not the Gemeinderat the
    youth parliament sends its motions to)."""
    memo = analysis.__dict__.setdefault("_per_analysis", {})
    key = "coref.umbrella_nouns"
    if key in memo:
        return memo[key]
    out: dict[int, tuple[int, str | None]] = {}
    memo[key] = out
    if analysis.language != "de":
        return out
    for s in analysis.sentences:
        for k, t in enumerate(s.tokens[:-1]):
            noun = s.tokens[k + 1]
            if t.pos != "DET" or noun.text.lower() not in _UMBRELLA_DE:
                continue
            after = s.tokens[k + 2] if k + 2 < len(s.tokens) else None
            if after is not None and (after.text.lower() in {"des", "der", "von", "vom",
                                                             "für"} or after.pos == "PROPN"):
                continue  # 'das Gremium des Kreistags' says which
            kind, own = _UMBRELLA_DE[noun.text.lower()]
            counts: dict[str, int] = {}
            genders: dict[str, str] = {}
            in_headline: set[str] = set()
            for p in analysis.sentences:
                if p.index > s.index:
                    break
                for j, x in enumerate(p.tokens):
                    if x.start >= t.start:
                        break
                    found = _body_name(p, j, kind)
                    if found is None:
                        continue
                    counts[found[0]] = counts.get(found[0], 0) + 1
                    genders[found[0]] = found[1]
                    if p.block == "headline":
                        in_headline.add(found[0])
            ranked = sorted(counts, key=lambda n: -counts[n])
            name = None
            if len(ranked) == 1 or ranked and ranked[0] in in_headline and \
                    counts[ranked[0]] > counts[ranked[1]]:
                name = ranked[0]
            case = _case_de(s, k, t.text.lower(), own)
            if name is None or case is None:
                out[t.start] = (noun.end, None)
                continue
            named = _genitive(name, genders[name]) if case == "gen" else \
                _ARTICLE_DE[(genders[name], case)] + " " + name
            out[t.start] = (noun.end, named if t.text.islower() else named[:1].upper() +
                            named[1:])
    return out
