"""Persons, organisations and places, without a trained NER model (none exists offline here).

Candidates are runs of proper nouns and acronyms from the tagger; the label comes from the
words around them (titles, place nouns, organisation words, speech verbs) and a country list
(pycountry, which ships names and their German translations). Aliases merge into one entity:
surname = full name, acronym = long form, role title = person ("Kremlchef", "Staatschef").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from quizgen.model import Analysis, Entity, Mention, Sentence, Token

# Nouns that introduce a person's name or stand for a person ("Präsident Tokajew").
PERSON_TITLES = {
    "de": """präsident präsidentin staatschef staatschefin regierungschef regierungschefin
        kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin ministerpräsident
        ministerpräsidentin premier premierminister premierministerin kremlchef kreml-chef
        kreml-boss chef chefin boss sprecher sprecherin experte expertin dozent dozentin
        professor professorin dr. prof. herr frau politiker politikerin oppositionsführer
        oppositionsführerin bürgermeister bürgermeisterin botschafter botschafterin general
        generalsekretär generalsekretärin abgeordneter abgeordnete senator senatorin könig
        königin papst trainer trainerin autor autorin sänger sängerin schauspieler
        schauspielerin staatsanwalt staatsanwältin richter richterin vorsitzende vorsitzender
        parteichef parteichefin außenminister außenministerin innenminister innenministerin
        verteidigungsminister verteidigungsministerin gesundheitsminister
        gesundheitsministerin finanzminister finanzministerin wirtschaftsminister
        wirtschaftsministerin forscher forscherin wissenschaftler wissenschaftlerin
        analyst analystin direktor direktorin leiter leiterin gründer gründerin""".split(),
    "en": """president minister secretary chancellor premier prime governor senator
        representative spokesman spokeswoman spokesperson expert professor prof. dr. mr. mrs.
        ms. mayor ambassador general gen. king queen pope coach author singer actor judge
        chairman chairwoman chair director leader founder analyst researcher scientist
        lecturer ceo chief head officer commissioner captain manager coach striker
        goalkeeper midfielder defender inspector detective sergeant constable officer
        councillor councilman councilwoman executive""".split(),
}
_TITLE_SUFFIX = re.compile(r"(?i)(sprecher|sprecherin|leiter|leiterin|chef|chefin|kommandant|"
                           r"kommandantin|direktor|direktorin|präsident|präsidentin|minister|"
                           r"ministerin|meister|meisterin|führer|führerin|vorsitzender?|"
                           r"rat|rätin|beauftragter?|officer|director|manager|spokesman|"
                           r"spokeswoman|commissioner|inspector|librarian|secretary)$")


def is_title(word: str, language: str) -> bool:
    """'Kommandant', 'Polizeisprecherin', 'head librarian': a word that names a role."""
    low = word.lower()
    return low in PERSON_TITLES[language] or bool(_TITLE_SUFFIX.search(low))


# Nouns that make the following name a place ("die Stadt Iwanowo").
PLACE_NOUNS = {
    "de": """stadt millionenstadt hauptstadt großstadt kleinstadt metropole hafenstadt
        region provinz bezirk gemeinde dorf land bundesland staat republik insel fluss
        luftwaffenstützpunkt stützpunkt flughafen hafen kreis landkreis ort grenzstadt
        kurort""".split(),
    "en": """city town capital village region province district county state island river
        base airport port""".split(),
}
# Words that mark a name as an organisation.
ORG_WORDS = re.compile(
    r"(?i)(organisation|organization|bündnis|alliance|ministerium|ministry|regierung|"
    r"government|universit|college|institut|agentur|agency|partei|party|bank|konzern|"
    r"gmbh|\bag\b|inc\.?$|corp|ltd|verein|verband|union|rat\b|council|kommission|"
    r"commission|gericht|court|polizei|police|armee|army|nachrichtenagentur|zeitung|"
    r"news|times|post\b|kreml|kremlin|nato|uno|vereinte nationen|united nations|"
    r"facebook|youtube|twitter|google|reuters|dpa|afp|\bap\b|bbc|cnn|\bcity$|united|"
    r"\bfc\b|\bsc\b|rovers|\bclub\b|verein|\bteam\b|\bag$|\bse$)")
# Words that make a name a place ("Harle Valley", "Schwarzwald", "River Harle").
LOC_WORDS = re.compile(
    r"(?i)(\b(valley|river|lake|mountains?|mount|street|road|square|park|bay|island|county|"
    r"forest|coast|beach|hill|hills|bridge|harbou?r|port)\b|\w{3}(tal|see|wald|berg|gebirge|straße|"
    r"platz|insel|küste|hafen|bucht)$)")
SPEECH_LEMMAS = {
    "de": {"sagen", "erklären", "behaupten", "betonen", "sprechen", "bezeichnen", "äußern",
           "warnen", "kritisieren", "fordern", "hinzufügen", "berichten", "mitteilen"},
    "en": {"say", "tell", "claim", "add", "warn", "call", "describe", "state", "argue",
           "insist", "report", "announce", "deny"},
}
EXTRA_PLACES = {
    "de": """Russland USA Amerika Großbritannien England Schottland Europa Asien Afrika
        Zentralasien Osteuropa Westeuropa Nahost Iran Syrien Moskau Berlin Peking Kiew
        Washington London Paris Brüssel Almaty Astana Nur-Sultan Sowjetunion Ex-Sowjetrepublik
        Bayern Hamburg München Köln Wien Zürich Tschechien Weißrussland Belarus
        Niederlande Türkei Ukraine""".split(),
    "en": """Russia US U.S. USA America Britain UK U.K. England Scotland Europe Asia Africa
        Moscow Berlin Beijing Kyiv Kiev Washington London Paris Brussels Almaty Astana Iran
        Syria Ukraine Turkey""".split(),
}
NOT_NAMES = {
    "de": """Januar Februar März April Mai Juni Juli August September Oktober November
        Dezember Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Suche Foto
        Bild Uhr Lesen Folgen Hier Dr. Prof.""".split(),
    "en": """January February March April May June July August September October November
        December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Photo Image Read
        Follow Mr. Mrs. Ms. Dr. Prof. The A An""".split(),
}


@cache
def _countries(language: str) -> frozenset[str]:
    import gettext

    import pycountry

    names = {c.name for c in pycountry.countries}
    names |= {getattr(c, "common_name", c.name) for c in pycountry.countries}
    if language == "de":
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"],
                                 fallback=True)
        names = {tr.gettext(n) for n in names}
    return frozenset(names | set(EXTRA_PLACES[language]))


def is_place_name(text: str, language: str) -> bool:
    base = _strip_genitive(text, language)
    places = _countries(language)
    return text in places or base in places or bool(
        re.search(r"(stan|land|ien)$", base) and language == "de" and " " not in base)


def _strip_genitive(text: str, language: str) -> str:
    if language == "en":
        return re.sub(r"['’]s?$", "", text)
    if text.endswith("s") and len(text) > 4 and not text.endswith(("ss", "us", "is")):
        return text[:-1]
    return text


# --------------------------------------------------------------------------- candidates


@dataclass
class _Candidate:
    tokens: list[Token]
    sentence: Sentence
    label_votes: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    title: list[Token] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.sentence.text[self.tokens[0].start - self.sentence.start:
                                  self.tokens[-1].end - self.sentence.start]


_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,6}s?$|^(?:[A-Z]\.){2,4}$")
_NAME_WORD = re.compile(r"^[A-ZÄÖÜ][\w’'-]*[\w]$|^[A-ZÄÖÜ]\.?$|^[A-ZÄÖÜ][a-zäöüß]*[A-Z][\w-]*$")
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)+$")
_CONNECT = {"de": {"von", "van", "de", "der", "al", "bin", "la"},
            "en": {"of", "de", "van", "von", "al", "bin", "la", "and"}}


def _is_name_token(tok: Token, language: str, first_in_sentence: bool) -> bool:
    if tok.text in NOT_NAMES[language] or not tok.text[:1].isupper():
        return False
    if _DOMAIN.match(tok.text):
        return True
    if _ACRONYM.match(tok.text):
        return True
    if tok.pos != "PROPN":
        return False
    if language == "en" and first_in_sentence and tok.text.lower() in {"the", "a", "he", "she"}:
        return False
    return bool(_NAME_WORD.match(tok.text))


def _candidates(sentence: Sentence, language: str) -> list[_Candidate]:
    toks = sentence.tokens
    out: list[_Candidate] = []
    i = 0
    while i < len(toks):
        if _is_name_token(toks[i], language, i == 0):
            j = i + 1
            while j < len(toks):
                if _is_name_token(toks[j], language, False) and not _ACRONYM.match(toks[j].text):
                    j += 1
                elif (language == "en" and toks[j].text in {"of", "and"} and j + 1 < len(toks)
                      and _is_name_token(toks[j + 1], language, False)
                      and ORG_WORDS.search(" ".join(t.text for t in toks[i:j + 2]))):
                    j += 2
                elif (toks[j].text[:1].isupper() and toks[j].pos in {"NOUN", "X", "PROPN"}
                      and ORG_WORDS.search(" ".join(t.text for t in toks[i:j + 1]))
                      and not _ACRONYM.match(toks[j].text)):
                    j += 1
                else:
                    break
            # Acronyms stand alone: "OVKS" in "der OVKS Einsatz" is not part of a name.
            if _ACRONYM.match(toks[i].text):
                j = i + 1
            # "Bürgermeister Uwe Stein", "Tom Krüger trafen": a surname the tagger took for
            # a common noun, after a first name and before a verb, conjunction or comma
            if j == i + 1 and j < len(toks) and toks[j].pos in {"NOUN", "ADJ", "X"} and \
                    toks[j].text[:1].isupper() and not _ACRONYM.match(toks[i].text) and \
                    not is_place_name(toks[i].text, language) and (
                        j + 1 >= len(toks) or toks[j + 1].pos in {"VERB", "AUX", "CCONJ",
                                                                  "PUNCT", "ADP"}) and (
                        i > 0 and is_title(toks[i - 1].text, language)
                        or toks[j + 1 if j + 1 < len(toks) else j].pos in {"VERB", "AUX",
                                                                           "CCONJ"}):
                j += 1
            run = toks[i:j]
            lead = _leading_title(run, language)
            if lead and len(run) > lead:
                cand = _Candidate(tokens=run[lead:], sentence=sentence)
                cand.title = run[:lead]
                cand.label_votes["PER"] += 3
                out.append(cand)
            elif not lead:
                out.append(_Candidate(tokens=run, sentence=sentence))
            i = j
        else:
            i += 1
    return out


_NATIONALITY = re.compile(r"(?:ian|ese|ish|can|ch|i)$")


def _leading_title(run: list[Token], language: str) -> int:
    """How many leading tokens are a title ("Russian President" in "Russian President
    Vladimir Putin"); English capitalises titles, so the tagger makes them proper nouns."""
    k = 0
    titles = PERSON_TITLES[language]
    while k < len(run) and (run[k].text.lower() in titles or (
            language == "en" and _NATIONALITY.search(run[k].text) and k + 1 < len(run)
            and run[k + 1].text.lower() in titles)):
        k += 1
    return k


_FUNCTION_WORDS = {"der", "die", "das", "des", "dem", "den", "über", "für", "von", "und",
                   "zur", "zum", "im", "in", "of", "the", "for", "and", "on", "to", "&"}


def _long_form_before_acronym(sentence: Sentence, acr_index: int) -> list[Token] | None:
    """'Organisation des Vertrags über die kollektive Sicherheit (OVKS)': the initials of the
    content words before the bracket spell the acronym."""
    toks = sentence.tokens
    if acr_index < 2 or toks[acr_index - 1].text != "(":
        return None
    letters = toks[acr_index].text.rstrip("s").replace(".", "").upper()
    initials = ""
    k = acr_index - 2
    while k >= 0 and toks[k].pos != "PUNCT" and len(initials) < len(letters):
        word = toks[k].text
        if word.lower() not in _FUNCTION_WORDS:
            initials = word[0].upper() + initials
            if not letters.endswith(initials):
                break
        k -= 1
    if initials == letters and toks[k + 1].text[:1].isupper():
        return toks[k + 1:acr_index - 1]
    return _compound_long_form(toks, acr_index, letters)


def _compound_long_form(toks: list[Token], acr_index: int, letters: str) -> list[Token] | None:
    """German compounds give acronyms from their parts: 'Hohenfelder Verkehrsbetriebe (HVB)',
    'Kreisfeuerwehrverband Ostheide (KFV)'. The nearest run of capitalised words that starts
    with the acronym's first letter and holds its letters in order is the long form."""
    k = acr_index - 2
    best = None
    while k >= 0 and acr_index - 2 - k < 6:
        word = toks[k].text
        if not (word[:1].isupper() or word.lower() in _FUNCTION_WORDS) or toks[k].pos == "PUNCT":
            break
        if word[:1].upper() == letters[0] and word[:1].isupper():
            phrase = " ".join(t.text for t in toks[k:acr_index - 1]).lower()
            if _subsequence(letters.lower(), phrase):
                best = k  # keep walking: "Seeburger Schifffahrtsgesellschaft (SSG)"
        k -= 1
    return toks[best:acr_index - 1] if best is not None else None


def _subsequence(letters: str, text: str) -> bool:
    pos = 0
    for ch in letters:
        pos = text.find(ch, pos)
        if pos < 0:
            return False
        pos += 1
    return True


# --------------------------------------------------------------------------- labelling


def _vote(c: _Candidate, language: str) -> None:
    toks = c.sentence.tokens
    first = toks.index(c.tokens[0])
    last = toks.index(c.tokens[-1])
    text = c.text
    prev = toks[first - 1] if first > 0 else None
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if _ACRONYM.match(c.tokens[0].text) and len(c.tokens) == 1:
        c.label_votes["LOC" if is_place_name(text, language) else "ORG"] += 2
    if _DOMAIN.match(text) or ORG_WORDS.search(text):
        c.label_votes["ORG"] += 3
    if is_place_name(text, language):
        c.label_votes["LOC"] += 3
    if LOC_WORDS.search(text) and not ORG_WORDS.search(text):
        c.label_votes["LOC"] += 2.5
    if prev is not None:
        p = prev.text.lower()
        if is_title(p, language):
            c.label_votes["PER"] += 3
            c.title = _title_phrase(toks, first, language)
        elif c.title:
            pass
        elif p in PLACE_NOUNS[language] or p.endswith(("stadt", "stützpunkt")):
            c.label_votes["LOC"] += 3
        elif p in {"in", "nach", "aus", "from", "to"} and len(c.tokens) == 1:
            c.label_votes["LOC"] += 1
        elif p in {"near", "nahe", "bei", "outside", "across"}:
            c.label_votes["LOC"] += 2
        elif p == "of" and first >= 2 and toks[first - 2].text.lower() in PLACE_NOUNS[language]:
            c.label_votes["LOC"] += 3  # "the village of Owlcote"
    if nxt is not None:
        if nxt.lemma.lower() in SPEECH_LEMMAS[language]:
            c.label_votes["PER"] += 1
        if nxt.text == "," and last + 2 < len(toks) and toks[last + 2].pos in {"NOUN", "DET"}:
            c.label_votes["PER"] += 0.5
    if len(c.tokens) >= 2 and c.tokens[0].pos == "PROPN" and not _DOMAIN.match(text) \
            and not c.label_votes.get("ORG") and not c.label_votes.get("LOC"):
        c.label_votes["PER"] += 1.5


def _title_phrase(toks: list[Token], first: int, language: str) -> list[Token]:
    """The title before a name: 'der kasachische Präsident', 'Russlands Verteidigungsminister'."""
    k = first - 1
    while k - 1 >= 0 and (toks[k - 1].pos == "ADJ" or toks[k - 1].text.endswith("s")
                          and toks[k - 1].pos == "PROPN" or language == "en" and
                          toks[k - 1].pos == "NOUN"):  # "zoo director", "chief executive"
        k -= 1
    return toks[k:first]


# --------------------------------------------------------------------------- merging


def _key(text: str) -> str:
    return re.sub(r"[^\w]", "", text.lower())


def find_entities(analysis: Analysis) -> list[Entity]:
    language = analysis.language
    cands: list[_Candidate] = []
    long_forms: dict[str, list[Token]] = {}
    for s in analysis.sentences:
        if s.block in {"credit", "promo", "source", "byline"}:
            continue
        for c in _candidates(s, language):
            _vote(c, language)
            cands.append(c)
            if _ACRONYM.match(c.text):
                lf = _long_form_before_acronym(s, s.tokens.index(c.tokens[0]))
                if lf:
                    long_forms[c.text] = lf

    entities: list[Entity] = []
    by_key: dict[str, Entity] = {}
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    titles: dict[str, list[str]] = defaultdict(list)

    def add(ent: Entity, c: _Candidate, kind: str) -> None:
        ent.mentions.append(Mention(c.tokens[0].start, c.tokens[-1].end, c.text,
                                    c.sentence.index, kind))
        for label, v in c.label_votes.items():
            votes[ent.id][label] += v
        if c.title:
            titles[ent.id].append(" ".join(t.text for t in c.title))

    # Longest names first, so "Putin" joins "Wladimir Putin" rather than starting its own.
    for c in sorted(cands, key=lambda c: -len(c.tokens)):
        name = c.text
        base = _strip_genitive(name, language)
        ent = by_key.get(_key(name)) or by_key.get(_key(base))
        if ent is None and len(c.tokens) == 1:
            ent = _surname_match(entities, base)
        if ent is None:
            ent = Entity(id=f"E{len(entities) + 1}", label="", name=name)
            entities.append(ent)
            by_key[_key(name)] = ent
            add(ent, c, "name")
            for tok in c.tokens:  # every part of a person's name refers to them
                if len(c.tokens) > 1:
                    by_key.setdefault("part:" + _key(tok.text), ent)
        else:
            add(ent, c, "name" if name == ent.name else "alias")
            if name != ent.name and name not in ent.aliases:
                ent.aliases.append(name)

    for ent in entities:
        v = votes[ent.id]
        ent.label = max(("PER", "ORG", "LOC"), key=lambda lab: (v.get(lab, 0), lab == "ORG"))
        if not v:
            ent.label = "ORG" if not is_place_name(ent.name, language) else "LOC"
        if titles[ent.id]:
            ent.role = max(titles[ent.id], key=len)

    _add_bare_surnames(analysis, entities)
    _merge_long_forms(analysis, entities, long_forms)
    _add_role_aliases(analysis, entities, titles)
    _add_appositive_roles(analysis, entities)
    entities = [e for e in entities if e.mentions]
    for e in entities:
        e.mentions.sort(key=lambda m: m.start)
    return entities


def _add_bare_surnames(analysis: Analysis, entities: list[Entity]) -> None:
    """'Nilsson fügte hinzu': a surname the tagger took for a common noun is still the
    person named in full before."""
    surnames: dict[str, Entity] = {}
    for e in entities:
        parts = e.name.split()
        if len(parts) > 1 and parts[-1][:1].isupper():
            surnames.setdefault(parts[-1], e)
            surnames.setdefault(parts[-1] + "s", e)
    spans = [(m.start, m.end) for e in entities for m in e.mentions]
    for s in analysis.sentences:
        if s.block in {"credit", "promo", "source", "byline"}:
            continue
        for tok in s.tokens:
            ent = surnames.get(tok.text)
            if ent is None or any(a <= tok.start < b for a, b in spans):
                continue  # inside another name: "Backhaus Weber" is a company
            if any(m.start <= tok.start < m.end for m in ent.mentions):
                continue
            ent.mentions.append(Mention(tok.start, tok.end, tok.text, s.index, "alias"))
            spans.append((tok.start, tok.end))


def _surname_match(entities: list[Entity], name: str) -> Entity | None:
    hits = [e for e in entities if len(e.name.split()) > 1
            and (e.name.split()[-1] == name or name in e.name.split()[-1].split("-"))]
    return hits[0] if len(hits) == 1 else None


def _merge_long_forms(analysis: Analysis, entities: list[Entity],
                      long_forms: dict[str, list[Token]]) -> None:
    for acr, toks in long_forms.items():
        ent = next((e for e in entities if e.name == acr or acr in e.aliases), None)
        if ent is None:
            continue
        text = analysis.article.text[toks[0].start:toks[-1].end]
        before = analysis.article.text[max(0, toks[0].start - 4):toks[0].start].strip().lower()
        if before in {"des", "eines", "der", "dem", "den"}:  # not the nominative
            # "des Verbraucherschutzvereins Mitte", "der Freiwilligen Feuerwehr Wernau"
            text = " ".join(
                t.lemma if t.pos == "NOUN" and t.text.endswith("s") and
                t.text.startswith(t.lemma[:-1]) and before in {"des", "eines"}
                else t.text[:-1] if t.tag == "ADJA" and t.text.endswith("en")
                and t.text[:1].isupper() else t.text for t in toks)
        ent.label = "ORG" if ent.label != "LOC" else ent.label
        ent.aliases.append(acr)
        ent.name = text
        sentence = next(s for s in analysis.sentences if s.start <= toks[0].start < s.end)
        ent.mentions.append(Mention(toks[0].start, toks[-1].end, text, sentence.index, "name"))
        # the long form's own capitalised pieces were not separate entities
        for other in entities:
            if other is not ent:
                other.mentions = [m for m in other.mentions
                                  if not (toks[0].start <= m.start and m.end <= toks[-1].end)]


_DEFINITE = {"the", "der", "die", "das", "des", "dem", "den", "his", "her", "their", "sein",
             "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer"}
_TERSE_BLOCKS = {"headline", "subheading", "caption"}  # they drop articles: "Kreml-Boss droht"


def _after_definite(toks: list[Token], i: int) -> bool:
    """A role word stands for the person named before only as 'the (outgoing) mayor' or
    'her captain'."""
    j = i - 1
    while j >= 0 and toks[j].pos == "ADJ":
        j -= 1
    return j >= 0 and toks[j].text.lower() in _DEFINITE


_HEAD_NOUN = re.compile(r"(?i)(chef|boss|präsident|president|minister|kanzler|sprecher)$")


def _add_role_aliases(analysis: Analysis, entities: list[Entity],
                      titles: dict[str, list[str]]) -> None:
    """'Kremlchef Wladimir Putin' makes later 'Kremlchef' and 'Kreml-Boss' refer to Putin."""
    owners: dict[str, Entity] = {}
    for ent in entities:
        for t in titles.get(ent.id, []):
            head = t.split()[-1]
            owners.setdefault(head.lower(), ent)
            m = re.match(r"(?i)^(.+?)-?(chef|boss)$", head)
            if m:  # Kremlchef = Kreml-Chef = Kreml-Boss
                stem = m.group(1).lower()
                for variant in (f"{stem}chef", f"{stem}-chef", f"{stem}-boss", f"{stem}boss"):
                    owners.setdefault(variant, ent)
    counts: dict[str, set[str]] = defaultdict(set)
    for key, ent in owners.items():
        counts[key].add(ent.id)
    # A title that was taken for a name of its own ("Kreml-Boss" in a headline) is the owner.
    for other in list(entities):
        owner = owners.get(other.name.lower())
        if owner is not None and owner is not other and len(other.name.split()) == 1:
            for m in other.mentions:
                m.kind = "title"
                owner.mentions.append(m)
            other.mentions = []
            if other.name not in owner.aliases:
                owner.aliases.append(other.name)
    for s in analysis.sentences:
        if s.block in {"credit", "promo", "source", "byline"}:
            continue
        for i, tok in enumerate(s.tokens):
            key = tok.text.lower()
            ent = owners.get(key)
            if ent is None or len(counts[key]) != 1:
                continue
            nxt = s.tokens[i + 1] if i + 1 < len(s.tokens) else None
            if nxt is not None and _entity_at(entities, nxt.start, nxt.end) is not None:
                continue  # a title in front of a name, not a stand-in for it
            if s.block not in _TERSE_BLOCKS and not _after_definite(s.tokens, i):
                continue  # "a mayor for everyone", "who became mayor": a role, not the person
            if analysis_mention_exists(ent, tok.start):
                continue
            ent.mentions.append(Mention(tok.start, tok.end, tok.text, s.index, "title"))
            if tok.text not in ent.aliases and _HEAD_NOUN.search(tok.text):
                ent.aliases.append(tok.text)


def _entity_at(entities: list[Entity], start: int, end: int) -> Entity | None:
    for e in entities:
        if any(m.start < end and start < m.end for m in e.mentions):
            return e
    return None


def analysis_mention_exists(ent: Entity, start: int) -> bool:
    return any(m.start == start for m in ent.mentions)


def _add_appositive_roles(analysis: Analysis, entities: list[Entity]) -> None:
    """'Dr. Rasmus Nilsson, Dozent für Slawistik ... London,' gives Nilsson's role."""
    for ent in entities:
        if ent.label != "PER":
            continue
        if ent.role and ent.role.lower().rstrip(".") in _HONORIFICS:
            ent.role = None  # "Dr." is a title, not what someone does
        if ent.role is None:
            ent.role = _role_before(analysis, ent)
        for m in ent.mentions:
            s = analysis.sentences[m.sentence]
            rest = s.text[m.end - s.start:]
            mt = re.match(r",\s+((?:der |die |the |a |an )?[A-ZÄÖÜa-z][^,;:\"„“]{3,120}?)"
                          r"(?=,|\s+(?:gegenüber|sagte|said|told)\b)", rest)
            if not mt:
                continue
            phrase = re.split(r"\s+(?:who|which|that|der|die|das)\s", mt.group(1))[0]
            first = phrase.split()[0].lower()
            if first in {"der", "die", "the", "a", "an"} or first in PERSON_TITLES[
                    analysis.language] or re.match(r"^[A-ZÄÖÜ]", phrase) and _looks_like_role(
                    phrase, analysis.language):
                if ent.role is None or len(phrase) > len(ent.role):
                    ent.role = phrase
                break


_HONORIFICS = {"dr", "prof", "mr", "mrs", "ms", "herr", "frau", "sir", "dame"}
_ROLE_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|\b)(?P<det>Der|Die|der|die|The|the)\s+(?P<role>[A-ZÄÖÜa-z][\w-]+"
    r"(?:\s+[^,;:\"„“]{1,80}?)?),\s*$")


def _role_before(analysis: Analysis, ent: Entity) -> str | None:
    """'Der Geschäftsführer der Hohenfelder Verkehrsbetriebe (HVB), Jens Ohlsen, ...'"""
    text = analysis.article.text
    for m in ent.mentions:
        if m.kind != "name":
            continue
        s = analysis.sentences[m.sentence]
        mt = _ROLE_BEFORE.search(text[s.start:m.start])
        if mt and _looks_like_role(mt.group("role"), analysis.language) and \
                text[m.end:m.end + 1] == ",":
            return mt.group("role")
    return None


def _looks_like_role(phrase: str, language: str) -> bool:
    head = phrase.split()[0].lower()
    return head in PERSON_TITLES[language] or bool(
        re.search(r"(?i)(ent|or|er|in|ist|eur|ant)$", head))
