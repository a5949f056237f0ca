"""Loaded language and the purpose of page parts.

Judging or dramatising words come from a small lexicon (with a neutral alternative each) and
from the subjectivity classifier's opinion cues; words inside quotation marks are the
speaker's, not the article's, and are left out. A person called by a loaded nickname
("Kreml-Boss") is matched with the neutral title the article uses elsewhere ("Kremlchef").
Promotional and navigational blocks give a question on what is news and what is advertising.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from quizgen.generate.common import as_word, distinct, shuffled
from quizgen.generate.media_text import (
    HEADING_BLOCKS,
    HEADING_QUOTE,
    QUOTED,
    body_words,
    cite,
    clean,
    headline_group,
    make,
    quoted,
    short_role,
    stem,
    typeset,
    words,
)
from quizgen.model import Analysis, Entity, Question, Sentence
from quizgen.nlp.caseless import Caseless
from quizgen.nlp.memo import per_analysis

# loaded word (lower case, matched as a whole word or a compound's first part) -> neutral word
# of the same part of speech (adjectives get the loaded word's ending: "blutige" ->
# "gewaltsame"); None where the neutral text simply leaves the word out
LEXICON = {
    # the neutral word is plain itself: 'Durcheinander' for 'CHAOS' is as colloquial as the
    # word it replaces (blind review 14), 'Störungen' says what happened
    "de": {
        "kreml-boss": "Kremlchef", "boss": "Chef", "blutig": "gewaltsam",
        "brandheiß": "aktuell", "chaos": "Störungen", "chaotisch": "ungeordnet",
        "horror": "Unglück", "skandal": "umstrittener Vorfall", "skandalös": "umstritten",
        "regime": "Regierung", "machthaber": "Staatschef", "schock": "Überraschung",
        # 'tiefer in das NS-Regime verstrickt': the verb judges (blind review 40)
        "verstrickt": "beteiligt",
        "schockierend": "überraschend", "wahnsinn": "Ungewöhnliches", "irre": "ungewöhnlich",
        "drama": "schwierige Lage", "dramatisch": "ernst", "eklat": "Streit",
        "hetze": "Kritik", "krawall": "Ausschreitungen", "mob": "Menge",
        "abzocke": "hohe Preise", "wutbürger": "Protestierende", "hammer": "Überraschung",
        "terror": "Gewalt", "inferno": "Großbrand", "kahlschlag": None,  # by its sense: SENSES
        "prestigeprojekt": "Großprojekt", "erzittern": None,
        "desaster": "Misserfolg", "debakel": "Niederlage", "fiasko": "Misserfolg",
        "klatsche": "Niederlage", "zoff": "Streit", "irrsinn": "umstrittene Entscheidung",
        # judging adjectives without a neutral twin: better left out (None)
        "skrupellos": None, "dreist": None, "rücksichtslos": None,
        "raser": "zu schnell Fahrende",
        # tabloid words for people and outcomes: say what happened instead
        "killer": None, "genie": None, "wunderkind": None, "albtraum": None,
        "demütigt": "besiegt", "gedemütigt": "besiegt", "zerlegt": "besiegt",
        "blutbad": None, "massaker": None, "gemetzel": None, "monster": None,
        "bestie": None, "hölle": None, "alptraum": None, "panik": None,
        # 'pleite' is the everyday word for insolvent, no overstatement (blind review 10)
        "katastrophe": "Unglück", "kollaps": "Zusammenbruch",
        "millionengrab": "teure Fehlinvestition", "milliardengrab": "teure Fehlinvestition",
        "nutzlos": None,
        "überrollt": None, "überrollen": None, "vernichtet": "gestrichen",
        "paukenschlag": "überraschende Entscheidung", "schande": None,
        "randale": "Ausschreitungen", "chaoten": "Randalierer", "wüten": None,
        "wütet": None, "ekel": None, "geschockt": None, "schockiert": None,
        "schulschwänzer": "streikende Schüler", "abgezockt": None,
        # an insect or a plan 'conquers' a town: a war word for spreading (heading only)
        "erobert": None, "erobern": None,
    },
    "en": {
        "slammed": "criticised", "slams": "criticises", "blasted": "criticised",
        "chaos": "disruption", "chaotic": "disorganised", "regime": "government",
        "thugs": "attackers", "bloodbath": "deadly violence", "horror": "serious",
        "shocking": "surprising", "scandal": "controversy", "outrage": "anger",
        "mob": "crowd", "brutal": "violent", "meltdown": "collapse", "savage": "harsh",
        "strongman": "leader", "bloody": "violent", "furious": "angry",
        "firebrand": "outspoken politician", "fiasco": "failure", "debacle": "failure",
        "shambles": "disorder", "fury": "anger", "carnage": "deaths",
        "disgraceful": "criticised", "rampage": "violence", "botched": "failed",
        "farce": "flawed process", "slashes": "cuts", "slashed": "cut", "slash": "cut",
        "axes": "cuts", "axed": "cut", "smashes": "hits", "smashed": "hit",
        "inferno": "large fire", "miracle": None, "stunning": None, "cynical": None,
        "sluggish": "slow", "bitter": None,
        # tabloid words for people and outcomes: say what happened instead
        "killer": None, "genius": None, "wonderkid": None, "nightmare": None,
        "humiliates": "beats", "humiliated": "beat", "humiliate": "beat",
        "thrashes": "beats", "thrashed": "beat",
        "monster": None, "monstrous": None, "rogue": None, "terrified": None,
        "terrifying": None, "panic": None, "mayhem": "disruption", "havoc": "damage",
        "frenzy": None, "hysteria": None, "hell": None, "slaps": "imposes",
        "slapped": "imposed", "blasts": "criticises", "grips": None, "gripped": None,
        "devastating": None, "catastrophe": "serious incident", "catastrophic": "serious",
        "massacre": None, "bombshell": "surprising news", "fuming": "angry",
        "livid": "angry", "seething": "angry", "skyrockets": "rises sharply",
        "heartbreak": None, "heartbroken": "disappointed",
        "misery": "disruption", "plunged": None, "horrified": None, "outraged": "critical",
        "rip-off": "high charge", "ripoff": "high charge", "crumbling": "damaged",
        "disaster": "serious problem",
        "beloved": None, "bulldozed": "demolished", "bulldoze": "demolish",
        # a building 'flattened' (blind review 13: offered as a plain word beside 'beloved')
        "flattened": "demolished", "flatten": "demolish", "flattens": "demolishes",
    },
}
# loaded words of more than one sense: the neutral word is the one of the sense the sentence
# or else the article speaks of, none (leave it out) where neither tells (quick reading 24:
# 'Kahlschlag' for felled trees was offered 'Stellenabbau', the job-cuts sense)
SENSES = {
    "de": {"kahlschlag": [
        (r"(?i)\b(?:bäume|baum\w*|linden?|eichen?|buchen?|platanen?|wald\w*|\w*fäll\w*|"
         r"gefällt|rodung\w*|gerodet|abgeholzt)\b", "Fällung der Bäume"),
        (r"(?i)\b(?:\w*stellen|arbeitsplätze|jobs|mitarbeiter\w*|beschäftigte\w*|"
         r"entlassung\w*|personal\w*)\b", "Stellenabbau"),
    ],
        # 'pleite' is the everyday word for a firm that is insolvent (blind review 10); a
        # 'PLEITE AUF ZWEI RÄDERN!' over a delayed cycle path is a slur (quick reading 24)
        "pleite": [(r"(?i)insolven|zahlungsunfähig|konkurs", "")]},
    # 'plans to axe lollipop patrols': the tabloid verb for cutting; an axe itself is a tool
    # ('coastguard team faces axe': the threat of closure, blind review 84 en_coastguard had
    # no loaded-language item on it)
    "en": {"axe": [(r"(?i)\b(?:to|will|would|could|may|might|must|shall)\s+axe\b", "cut"),
                   (r"(?i)\b(?:faces?|facing|faced|under|escapes?|escaped)\s+(?:the\s+)?axe\b",
                    "closure")]},
}
# the neutral word where no sense is found: None (loaded, leave it out) or "" (not loaded)
SENSE_DEFAULT = {"kahlschlag": None, "pleite": None, "axe": ""}
# words that dramatise in a heading only: families given days to move out 'flee', a cliff that
# loses gardens 'swallows' them (blind review 14); in running text the verbs report (a
# sinkhole 'swallowing three cars'), so the fact/opinion check never sees them
HEADING_LEXICON = {
    # 'Rathaus schiebt den Wochenmarkt einfach an den Stadtrand': 'einfach' says the town
    # hall did it without a thought (quick reading 25: no set asked about the headline)
    "de": {"verschlingt": None, "verschluckt": None, "einfach": None},
    "en": {"flee": "leave", "flees": "leaves", "fled": "left", "swallows": None,
           "swallowed": None, "swallow": None},
}
# ... unless the body uses the verb itself: a sinkhole 'swallowing three cars' in the report
# makes 'Swallowed whole!' the report's own word, not the heading's drama
HEADING_FAMILY = {"flee": r"fle(?:e|es|d|eing)", "flees": r"fle(?:e|es|d|eing)",
                  "fled": r"fle(?:e|es|d|eing)", "swallows": r"swallow\w*",
                  "swallowed": r"swallow\w*", "swallow": r"swallow\w*",
                  "verschlingt": r"verschl(?:ingt|ingen|ang|angen|ungen)",
                  "verschluckt": r"verschluck\w*"}
# loaded words that are the literal word for what they describe: a clay cliff that erodes
# does crumble (blind review 14), a crumbling school or theatre roof is dramatised
LITERAL = {
    "de": {},
    # (a building material crumbles literally: 'crumbling concrete found in upper decks'
    # over 'chunks of concrete fell from a ceiling' was keyed the dramatising word, blind
    # review 81 en_multistorey #10/#15)
    "en": {"crumbling": {"cliff", "cliffs", "rock", "rocks", "stone", "chalk", "clay",
                         "coast", "coastline", "plaster", "mortar", "sandstone", "concrete",
                         "masonry", "brickwork", "bricks", "stonework", "render", "cement",
                         "tarmac", "asphalt"},
           # 'Raised beds were smashed and a polytunnel was slashed': damage told literally,
           # no judging word (quick reading 37 school_garden #11)
           **dict.fromkeys(("smashed", "smash", "smashes"), {
               "window", "windows", "glass", "bed", "beds", "door", "doors", "fence",
               "fences", "windscreen", "windscreens", "greenhouse", "greenhouses", "pot",
               "pots", "pane", "panes", "car", "cars", "shed", "sheds", "bottle", "bottles",
               "light", "lights", "camera", "cameras", "screen", "screens", "mirror",
               "mirrors", "sign", "signs", "headstone", "headstones", "gravestones", "statue",
               "bench", "benches", "planters", "tiles", "lock", "locks", "shelter",
               "shelters", "cabinet", "cabinets", "plates", "cups", "vases",
               # 'The trunk smashed through the roof of the classroom': a falling tree told
               # literally (blind review 134 en_school_storm_tree #11, F)
               "roof", "roofs", "ceiling", "ceilings", "wall", "walls", "trunk", "tree",
               "trees", "branch", "branches", "bough", "chimney", "skylight", "conservatory",
               "porch", "gate", "gates", "van", "vans", "lorry", "bus"}),
           # ('a polytunnel was slashed', 'tyres were slashed'; 'budgets slashed' still counts)
           **dict.fromkeys(("slashed", "slash", "slashes"), {
               "tyre", "tyres", "tire", "tires", "polytunnel", "polytunnels", "tent", "tents",
               "seat", "seats", "canvas", "netting", "net", "nets", "cover", "covers", "bag",
               "bags", "sofa", "sheeting", "liner", "banner", "banners", "sail", "sails",
               "hose", "hoses", "painting", "paintings"})},
}
# words that describe rather than judge in running text ("blutige Unruhen" with 100 dead):
# asked about only where they dramatise, in headlines and captions
HEADING_ONLY = {"blutig", "bloody", "brutal", "dramatisch", "terror", "chaos", "chaotisch",
                "panik", "panic", "katastrophe", "catastroph", "monster", "kollaps",
                "terrified", "devastat", "hell", "grip", "geschockt", "schockiert", "plunged",
                "horrified", "erober"}
# the heads of German compounds that dramatise whatever comes before: "Verkehrskollaps",
# "Flüchtlingsdrama" ("Vorschlaghammer" is a tool: "hammer" is no head here)
COMPOUND_HEADS = {"de": ("chaos", "drama", "skandal", "desaster", "debakel", "fiasko",
                         "kollaps", "horror", "inferno", "albtraum", "irrsinn", "wahnsinn",
                         "blutbad", "massaker"),
                  "en": ()}
# heads that dramatise only when hyphenated in tabloid style: "Masern-Alarm", "Keim-Alarm"
# ('LEHRER-NOTSTAND!', 'Pflege-Notstand': a shortage called a state of emergency; 'Eltern-Wut')
HYPHEN_HEADS = {"de": ("alarm", "hammer", "zoff", "wahn", "frust", "exil", "notstand", "wut"),
                "en": ("alert",)}
# set phrases that dramatise as a whole: none of their words is a neutral option
IDIOMS = {"de": re.compile(r"(?i)\b((?:laufen|läuft|liefen) Sturm|Sturm (?:laufen|läuft)|"
                           r"in die Knie(?: (?:zwingt|gezwungen|gehen))?|vor Wut|"
                           r"in Panik|in Angst und Schrecken|am Abgrund|"
                           r"außer Rand und Band|auf (?:die|den) Barrikaden|"
                           # a vote 'caves in' to one side: it yielded, says the headline
                           r"(?:knick|knickt|knicken|knickte|knickten) ein|eingeknickt)\b"),
          "en": re.compile(r"(?i)\b((?:brings?|brought|bringing) (?:[\w'-]+ ){0,4}?"
                           r"to (?:its|their|his|her) knees|to (?:its|their|his|her) knees|"
                           r"in panic|in chaos|up in arms|in meltdown|in tatters|"
                           r"(?:cave|caves|caved|caving) in|"
                           # 'Council flushes away Harborne's last public toilets',
                           # 'Chainsaws before common sense' (quick reading 25)
                           r"(?:flush|flushes|flushed|flushing) away|"
                           r"[\w-]+ before common sense)\b")}
# first parts of dramatising compounds: "Horror-Unfall", "Chaos-Tage", "Terror-Miliz"
PREFIXES = {"de": ("horror", "chaos", "skandal", "schock", "hammer", "terror", "monster",
                   "mega", "wahnsinns", "killer"),
            "en": ()}

REPORTED = re.compile(r"\b(sei|seien|habe|hätten|werde|könne)\b")
# the label of a link to another article: "Lesen Sie auch:", "Read more:", "Mehr zum Thema:"
TEASER_LABEL = re.compile(r"^\s*((?:[\w-]+\s+){0,3}[\w-]+)\s*:\s*")
PROMO = Caseless(re.compile(
    r"folgen sie|abonnier|newsletter|gewinnspiel|hier finden sie|jetzt lesen|"
    r"follow us|subscribe|sign up|download our app|like us|"
    # a newsletter by another name: 'Bergfeld kompakt: Die wichtigsten
    # Nachrichten jeden Morgen per E-Mail – hier anmelden.' (blind review 37)
    r"jeden (?:morgen|tag|abend) per e-?mail|(?:hier|jetzt) (?:kostenlos )?"
    r"anmelden|(?:to|in) your inbox|straight to your", re.IGNORECASE))

T = {
    "de": {
        "loaded": "Welches Wort in diesem Satz aus {where} wertet oder dramatisiert? {text}",
        "loaded_headline": "Welches Wort in dieser Überschrift wertet oder dramatisiert? {text}",
        "where": {"headline": "der Überschrift", "subheading": "einer Zwischenüberschrift",
                  "caption": "einer Bildunterschrift", "body": "dem Artikel",
                  "promo": "der Seite", "teaser": "der Seite"},
        "loaded_expl": "{word} ist kein neutrales Wort, es wertet oder macht dramatischer; "
                       "sachlicher wäre etwa {neutral}.",
        "loaded_omit": "{word} ist kein neutrales Wort, es wertet oder macht dramatischer; "
                       "sachlicher wäre es, das Wort wegzulassen und nur zu sagen, was "
                       "geschehen ist.",
        "alias": "Der Artikel nennt {name} auch {alias}. Welche sachliche Bezeichnung für "
                 "{name} verwendet der Artikel an anderer Stelle?",
        "alias_expl": "{alias} ist eine wertende, umgangssprachliche Bezeichnung. Sachlich "
                      "nennt der Artikel {name} {neutral}: {sent}",
        "promo": "Welcher Teil der Seite ist Werbung für das Nachrichtenportal und keine "
                 "Nachricht?",
        "promo_expl": "{text} wirbt für das Portal und seine Angebote; es ist keine "
                      "Information über das Ereignis.",
        "teaser": "Auf der Seite steht die Zeile {text}. Was ist das?",
        "teaser_answer": "Ein Hinweis auf einen anderen Artikel des Portals",
        "teaser_wrong": ["Eine Zwischenüberschrift dieses Artikels",
                         "Ein Zitat aus dem Artikel", "Eine Bildunterschrift"],
        "teaser_expl": "Die Zeile verweist auf einen anderen Artikel (auf der Seite steht "
                       "davor {label}); sie soll Leser auf der Seite halten und gehört nicht zu "
                       "dieser Nachricht.",
    },
    "en": {
        "loaded": "Which word in this sentence from {where} judges or dramatises? {text}",
        "loaded_headline": "Which word in this headline judges or dramatises? {text}",
        "where": {"headline": "the headline", "subheading": "a subheading",
                  "caption": "a caption", "body": "the article", "promo": "the page",
                  "teaser": "the page"},
        "loaded_expl": "{word} is not a neutral word; it judges or dramatises. A more "
                       "neutral word would be {neutral}.",
        "loaded_omit": "{word} is not a neutral word; it judges or dramatises. It would be "
                       "more neutral to leave it out and simply say what happened.",
        "alias": "The article also calls {name} {alias}. Which neutral title for {name} does "
                 "the article use elsewhere?",
        "alias_expl": "{alias} is a judging, colloquial label. In neutral terms the article "
                      "calls {name} {neutral}: {sent}",
        "promo": "Which part of the page is advertising for the news site rather than news?",
        "promo_expl": "{text} advertises the site and its services; it tells nothing about "
                      "the event.",
        "teaser": "The page has the line {text}. What is it?",
        "teaser_answer": "A link to another article on the site",
        "teaser_wrong": ["A subheading of this article", "A quotation from the article",
                         "A photo caption"],
        "teaser_expl": "The line points to another article (on the page it follows {label}); "
                       "it keeps readers on the site and is not part of this report.",
    },
}


def loaded_words(sentence: Sentence, language: str, article_text: str | None = None
                 ) -> list[tuple[str, str | None]]:
    """(word as written, neutral alternative or None) for loaded words outside quotation
    marks. An adjective's neutral word takes the loaded word's ending ("Dramatische" ->
    "Ernste"); "Streik-Chaos" gives "Streik" only where the article uses that word alone
    ("Fähr-" of "Fähr-Drama" is no word), else None: leave the loaded part out."""
    text = QUOTED.sub(lambda m: " " * len(m.group(0)), sentence.text)
    lex = LEXICON[language]
    if sentence.block != "body":
        # (the report's own words: a speaker's 'einfach' in a quotation is not the report's)
        rest = QUOTED.sub(" ", (article_text or "").replace(sentence.text, " "))
        lex = {**lex, **{w: n for w, n in HEADING_LEXICON[language].items()
                         if not re.search(rf"(?i)\b{HEADING_FAMILY.get(w, re.escape(w))}\b",
                                          rest)}}
    out: list[tuple[str, str | None]] = []
    ws = words(text)
    for k, w in enumerate(ws):
        low = w.lower()
        if low in LITERAL[language] and _literal(text, w, LITERAL[language][low]):
            continue
        if low.partition("-")[0] in HISTORIC or k and _historic(ws[k - 1]):
            # 'das NS-Regime', 'the Nazi regime', 'the Soviet regime': the historical term,
            # never the loaded word (blind review 40 de_strassenumbenennung #11 keyed
            # 'NS-Regime' as dramatising, D)
            continue
        if low in GENRE[language] and k and (
                GENITIVE_NAME[language].match(ws[k - 1]) or k >= 2 and
                GENITIVE_NAME[language].match(ws[k - 2]) or STAGE[language].search(text)):
            # 'Auf dem Spielplan steht Schillers bekanntes Drama': a play, no dramatising
            # word (comp11's note of the session of 2026-11-29)
            continue
        if low in SENSES[language]:
            neutral = _sense(low, SENSES[language][low], text, article_text)
            if neutral != "":
                out.append((w, neutral))
            continue
        if low in lex:
            out.append((w, lex[low]))
            continue
        # (only the cuts that leave an ending's length can leave an ending)
        key = next((low[:n] for n in range(len(low) - 1, max(len(low) - 1 - _LONGEST_ENDING[
            language], 4), -1) if low[:n] in lex and low[n:] in _ENDINGS[language]), None)
        if key is not None:
            neutral = _sense(key, SENSES[language][key], text, article_text) \
                if key in SENSES[language] else lex[key]
            if neutral != "":
                out.append((w, _inflect(neutral, low[len(key):], language)))
            continue
        head, _, rest = low.partition("-")
        if rest and head in PREFIXES[language]:
            out.append((w, w.split("-", 1)[1]))
        elif not rest and any(low.endswith(h) and len(low) - len(h) >= 4
                              for h in COMPOUND_HEADS[language]):
            out.append((w, None))  # "Verkehrskollaps": say what happened to the traffic
        elif rest and head in lex and len(head) >= 5 and "-" not in rest:
            out.append((w, None))  # "Schulschwänzer-Demo": the loaded word comes first
        elif rest and (rest in lex and len(rest) >= 5 or rest in HYPHEN_HEADS[language]):
            # "Streik-Chaos": the strike; "Masern-Alarm" (a "Feueralarm" is no alarmism)
            first = w.split("-", 1)[0]
            alone = article_text is None or re.search(rf"\b{re.escape(first)}\b(?!-)",
                                                      article_text.replace(w, ""))
            out.append((w, first if alone else None))
    return out


def _sense(word: str, senses: list[tuple[str, str]], text: str, article_text: str | None
           ) -> str | None:
    """The neutral word of the first sense the sentence, else the article, speaks of ("":
    not loaded in that sense), else the word's default."""
    for where in (text, article_text or ""):
        for pattern, neutral in senses:
            if re.search(pattern, where):
                return neutral
    return SENSE_DEFAULT.get(word)


_ENDINGS = {"de": ("e", "er", "es", "en", "em", "n", "s"), "en": ("s", "es", "ed", "d")}
_LONGEST_ENDING = {lang: max(map(len, endings)) for lang, endings in _ENDINGS.items()}
# what names a historical regime or era ('NS-Regime', 'Nazi regime', 'SED-Diktatur',
# 'kommunistischen Regime'), a word's German ending cut
HISTORIC = {"ns", "nazi", "sed", "ddr", "apartheid", "hitler", "stalin", "franco", "sowjet",
            "sowjetisch", "soviet", "kommunistisch", "communist", "faschistisch", "fascist",
            "militär", "military"}


def _historic(word: str) -> bool:
    low = word.lower()
    return low in HISTORIC or low.endswith(("e", "en", "er", "es", "em")) and \
        _GERMAN_ENDING.sub("", low) in HISTORIC


_GERMAN_ENDING = re.compile(r"(?:en|er|es|em|e)$")


# a genre of play or film, after its author's name ('Schillers Drama', 'Ibsen's drama') or on
# a stage ('Theater', 'Spielplan', 'premiere')
GENRE = {"de": {"drama", "dramen", "tragödie"}, "en": {"drama", "tragedy"}}
GENITIVE_NAME = {"de": re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+s$"),
                 "en": re.compile(r"^[A-Z][a-z]+(?:'s|’s|s')$")}
STAGE = {"de": re.compile(r"\b(?:Theater\w*|Spielplan\w*|Bühne\w*|Aufführung\w*|"
                          r"Inszenierung\w*|inszeniert\w*|Premiere\w*|Schauspiel\w*|"
                          r"Ensemble\w*)\b"),
         "en": re.compile(r"(?i)\b(?:theatre|theater|stage[ds]?|staging|premiere\w*|"
                          r"playwright|cast|rehearsals?|drama (?:school|club|group|society|"
                          r"teacher|students?|department|series))\b")}


def _literal(text: str, word: str, things: set[str]) -> bool:
    """Does the word stand within three words of a thing it describes literally ('crumbling
    cliff', 'the cliff is crumbling')?"""
    ws = [w.lower() for w in words(text)]
    at = [i for i, w in enumerate(ws) if w == word.lower()]
    return any(w in things for i in at for w in ws[max(0, i - 3):i + 4])


def _inflect(neutral: str | None, ending: str, language: str) -> str | None:
    """The neutral adjective with the loaded one's German ending: gewaltsam + e."""
    if neutral is None or language != "de" or " " in neutral or not neutral.islower() \
            or ending not in {"e", "er", "es", "en", "em"}:
        return neutral
    return neutral + ending


def generate(analysis: Analysis) -> list[Question]:
    lang = analysis.language
    if lang not in T:
        return []
    out: list[Question] = []
    out += _loaded(analysis)
    out += _aliases(analysis)
    out += _promo(analysis)
    return out


def _loaded(analysis: Analysis) -> list[Question]:
    lang = analysis.language
    t = T[lang]
    out = []
    done: set[str] = set()
    asked: set[int] = set()
    quote_sentences = {q.sentence for q in analysis.quotes}
    for s in analysis.sentences:
        if s.block not in {*HEADING_BLOCKS, "body"} or len(words(s.text)) > 30:
            continue
        if s.block == "body" and (REPORTED.search(s.text) or s.index in quote_sentences):
            continue  # reported speech: the words are the speaker's, not the article's
        found = loaded_words(s, lang, analysis.article.text)
        if s.block == "body":
            found = [(w, n) for w, n in found
                     if not any(w.lower().startswith(h) for h in HEADING_ONLY)
                     and not any(w.lower().endswith(h) and len(w) - len(h) >= 4
                                 for h in COMPOUND_HEADS[lang])]
        if not found:
            continue
        if s.block == "headline" and all(w.isupper() for w, _ in found) and any(
                not w.isupper() for g in headline_group(analysis, s) if g.index != s.index
                for w, _ in loaded_words(g, lang, analysis.article.text)):
            # a shouted tag ('SCHIMMEL-ALARM!') gives itself away by its capitals: the loaded
            # word of the headline's other part ('Container-Exil') is the better question
            continue
        loaded = {w.lower() for w, _ in found}
        word, neutral = found[0]
        if word.lower() in done:
            continue
        # distractors: other content words of the same sentence, never names, not loaded,
        # the loaded word's own part of speech first (a noun among nouns)
        pos = next((t.pos for t in s.tokens if t.text == word), None)
        # a headline split at "!" ("Kahlschlag bei Velter: 2.000 Jobs weg! Konzern macht
        # Werk in Kornbach dicht") is asked about as a whole when one part has too few words
        group = [s]
        if s.block == "headline" and len(_rivals(analysis, s, loaded)) < 3:
            group = headline_group(analysis, s)
            # no loaded word of the other part ("Genius" of "Tennis chaos! Genius ...")
            loaded |= {w.lower() for g in group
                       for w, _ in loaded_words(g, lang, analysis.article.text)}
        others = [tok for g in group for tok in _rivals(analysis, g, loaded)]
        # the words the body uses itself first ("Schafe" before "reißt"): the body's own
        # words are the report's neutral vocabulary, a word only a heading uses may be a
        # loaded one the lexicon does not know; then the loaded word's part of speech
        body = body_words(analysis)
        others.sort(key=lambda tok: (not _used_in(tok, body, lang), tok.pos != pos))
        # a heading dramatises with words the tabloid lexicon does not know ('Gefährliche
        # Blutsauger', 'secret plan'): a judging word is never offered as the plain one
        others = [tok for tok in others if not _judging(tok, lang)]
        # nor a one-word kicker the headline shouts ('EINSTURZGEFAHR! Parkhaus-Chaos ...':
        # judged20 offered it beside 'Parkhaus-Chaos'); 'REGENTONNE' of 'GEFAHR AUS DER
        # REGENTONNE!' is a plain word set in capitals
        kickers = {words(g.text)[0] for g in group if len(words(g.text)) == 1}
        others = [tok for tok in others if not (tok.text in kickers and _shouted(tok.text))]
        plain = len({tok.text for tok in others})  # how sure the item is, before the cut
        if s.block != "body":
            # and a word only the heading uses may be a metaphor ('Blutsauger' for ticks):
            # the body's own words first, another one only to make up two wrong options
            own = [tok for tok in others if _used_in(tok, body, lang)]
            if len({tok.text for tok in own}) < len(others):
                rest = [tok for tok in others if tok not in own]
                others = own + rest[:max(0, 2 - len({tok.text for tok in own}))]
        others = _fitting(others, word, pos)
        if len(others) < 2:
            continue
        if any(g.index in asked for g in group):
            continue  # one question per headline as printed
        done.add(word.lower())
        asked |= {g.index for g in group}
        opts = shuffled([word, *others[:3]], ("loaded", s.index, word))
        text = cite(analysis, s) if len(group) == 1 else quoted(
            typeset(clean(" ".join(g.text for g in group)), lang), lang)
        expl = t["loaded_omit"].format(word=quoted(word, lang)) if neutral is None else \
            t["loaded_expl"].format(word=quoted(word, lang), neutral=quoted(neutral, lang))
        out.append(make(analysis, "loaded", "multiple_choice", "loaded_language",
                        # a one-sentence headline is 'this headline', not 'this sentence
                        # from the headline' (blind review 120 en_flood_gates #10)
                        t["loaded" if len(group) == 1 and s.block != "headline"
                          else "loaded_headline"].format(
                            where=t["where"][s.block], text=text), word, group,
                        expl, options=opts, difficulty=1 if s.block == "headline" else 2,
                        score=0.72 if plain >= 3 else 0.6))
    return out


def _lemma(tok) -> str:
    return (tok.lemma if tok.lemma and tok.lemma != "--" else tok.text).lower()


def _fitting(others: list, word: str, pos: str | None) -> list[str]:
    """The wrong options: one word per lemma ('bird' or 'birds', never both, nor the key's
    own lemma), of the key's part of speech when two such words are there (no verb
    'kommen' beside the noun 'AUFZUG-IRRSINN')."""
    key = word.lower()
    seen: set[str] = set()
    kept = []
    for tok in others:
        lem = _lemma(tok)
        if lem in seen or lem == key or tok.text.lower() == key:
            continue
        seen.add(lem)
        kept.append(tok)
    want = "NOUN" if pos == "PROPN" else pos
    same = [tok for tok in kept if tok.pos == want]
    if want in {"NOUN", "ADJ", "VERB"} and len(same) >= 2:
        kept = same
    return distinct([tok.text for tok in kept])


def _compound_part(s: Sentence, i: int) -> bool:
    """'picture' of 'picture house': a noun written before another noun is part of one name
    for one thing, and it and its head are no two words to choose between."""
    tok = s.tokens[i]
    if tok.pos != "NOUN" or i + 1 >= len(s.tokens):
        return False
    nxt = s.tokens[i + 1]
    return nxt.pos == "NOUN" and s.text[tok.end - s.start:nxt.start - s.start] == " "


# words too plain to be taken for a dramatising one: units of time and light verbs
LIGHT = {"de": {"jahr", "monat", "woche", "tag", "stunde", "minute", "kommen", "gehen",
                "machen", "haben", "sein", "werden", "geben"},
         "en": {"year", "month", "week", "day", "hour", "minute", "come", "go", "make",
                "get", "take", "have", "be", "give", "keep", "say"}}


def _rivals(analysis: Analysis, s: Sentence, loaded: set[str]) -> list:
    """Content words of a sentence fit to stand beside a loaded word: no names, not loaded,
    not part of a dramatising phrase ("knees" of "to its knees")."""
    from quizgen.generate.media_contrast import TOTAL
    from quizgen.generate.media_headline import _superlative

    lang = analysis.language
    # "Totales" beside "Chaos" would be a second right answer: intensifiers never stand
    # there, nor superlatives ("the world's best players" beside "genius")
    strong = TOTAL[lang] | INTENSIFIERS[lang]
    idioms = [m.span() for m in IDIOMS[lang].finditer(s.text)]
    # words a heading puts in quotation marks ('Fireball "from another world"') belong to a
    # phrase set apart for effect: not a neutral rival either
    idioms += [m.span() for m in HEADING_QUOTE.finditer(s.text)]
    found = [tok for i, tok in enumerate(s.tokens)
             if tok.pos in {"NOUN", "ADJ", "VERB"} and len(tok.text) >= 4
             and tok.text.lower() not in loaded and tok.text.isalpha()
             and tok.text.lower().rstrip("enrsm") not in {w.rstrip("enrsm") for w in strong}
             and not _superlative(tok, lang) and not _is_name(analysis, s, i)
             and _lemma(tok) not in LIGHT[lang] and tok.text.lower() not in LIGHT[lang]
             and not any(a <= tok.start - s.start < e for a, e in idioms)]
    if lang == "en":
        # never both halves of 'picture house' or 'high street': the head stays, the word
        # before it goes
        kept = {id(tok) for tok in found}
        found = [tok for tok in found if not (
            (i := s.tokens.index(tok)) + 1 < len(s.tokens)
            and (_compound_part(s, i) or _adjective_before_noun(s, i))
            and id(s.tokens[i + 1]) in kept)]
        # 'rips open', 'tears apart': verb and particle are one phrase, and a violent one
        # dramatises, so neither half is a neutral word alone ('paint' of 'paint over' is)
        phrasal = {id(s.tokens[j]) for i in range(1, len(s.tokens)) if _particle(s, i)
                   for j in ((i - 1, i) if _violent(s, i) else (i,))}
        found = [tok for tok in found if id(tok) not in phrasal]
    return found


PARTICLES_EN = {"open", "up", "down", "off", "out", "apart", "away", "through", "over"}
# verbs of force that make a phrasal verb dramatic: 'rips open', 'blows apart', 'wipes out'
VIOLENT_EN = ("rip", "tear", "blow", "blew", "smash", "burst", "blast", "wipe", "rock",
              "slam", "crash", "break", "broke", "tore", "torn", "shatter", "crush")


def _violent(s: Sentence, i: int) -> bool:
    """Is the phrasal verb ending at particle i a dramatising one?"""
    verb = s.tokens[i - 1].text.lower()
    return s.tokens[i].text.lower() in {"open", "apart"} or verb.startswith(VIOLENT_EN)


def _particle(s: Sentence, i: int) -> bool:
    """Is token i the particle of a phrasal verb ('open' of 'rips open')? The word before it
    is a verb (the tagger may call 'tears' a noun) written right before it."""
    tok, prev = s.tokens[i], s.tokens[i - 1]
    return tok.text.lower() in PARTICLES_EN and prev.pos in {"VERB", "NOUN"} and \
        prev.text.isalpha() and prev.text.islower() and \
        s.text[prev.end - s.start:tok.start - s.start] == " "


def _adjective_before_noun(s: Sentence, i: int) -> bool:
    """'high' of 'high street': an adjective written right before the noun that ends the
    phrase ('different' of 'different maths teachers' is no part of a name)."""
    tok = s.tokens[i]
    if tok.pos != "ADJ" or i + 1 >= len(s.tokens):
        return False
    nxt = s.tokens[i + 1]
    head = i + 2 >= len(s.tokens) or s.tokens[i + 2].pos != "NOUN"
    return head and nxt.pos == "NOUN" and s.text[tok.end - s.start:nxt.start - s.start] == " "


# words that judge or alarm without being tabloid slang: never a 'neutral' option either
JUDGING = {
    "de": ("gefährlich", "gefährd", "heimlich", "geheim", "tödlich", "dreist", "skandal",
           "wütend", "empört", "bedroh", "brisant", "umstritten", "riesig", "blutsauger",
           "schlimm", "fatal", "verheerend", "alarmierend", "besorgniserregend", "verbann",
           "vandal", "gefahr", "gift"),
    "en": ("secret", "dangerous", "deadly", "shock", "angry", "anger", "furious", "outrag",
           "controversial", "threat", "alarming", "terribl", "horribl", "awful", "worst",
           "huge", "killer", "fear", "scary", "chaos", "luxury", "vandal", "danger", "toxic",
           "poison"),
}


def _judging(tok, lang: str) -> bool:
    """A judging word, or a German compound whose head is one ('Einsturzgefahr',
    'lebensgefährlich')."""
    from quizgen.generate.media_opinion import JUDGE_FORMS

    low = tok.text.lower()
    return any(low.startswith(j) for j in JUDGING[lang]) or low in JUDGE_FORMS[lang] or (
        lang == "de" and any(low.endswith(j) and len(low) - len(j) >= 3
                             for j in JUDGING[lang] if len(j) >= 5))


def _shouted(word: str) -> bool:
    """A word in capitals that is no short acronym ('EINSTURZGEFAHR', not 'ÖPNV')."""
    return word.isupper() and word.isalpha() and len(word) >= 5


def _used_in(tok, body: tuple[frozenset[str], str], lang: str) -> bool:
    stems, text = body
    lemma = tok.lemma if tok.lemma and tok.lemma != "--" else tok.text
    return bool(re.search(as_word(tok.text.lower()), text)) or \
        stem(lemma, lang) in stems or stem(tok.text, lang) in stems


INTENSIFIERS = {
    "de": {"total", "totales", "totaler", "totale", "absolut", "völlig", "extrem", "riesig",
           "gigantisch", "massiv", "unglaublich", "historisch"},
    "en": {"total", "utter", "absolute", "extreme", "huge", "massive", "incredible",
           "historic", "unprecedented"},
}


# endings of German place names: a noun ending like a place the article names is one too
TOPONYM = ("see", "berg", "burg", "dorf", "hausen", "heim", "ingen", "bach", "feld", "hofen",
           "stadt", "au", "tal", "hagen", "brück", "rode", "walde")


def _is_name(analysis: Analysis, s: Sentence, i: int) -> bool:
    """Is token i of s a proper name or part of one ("Northvale", "Philharmonic",
    "Orchestra" of the Northvale Philharmonic Orchestra, "Brookfield")? Names are never
    offered as loaded words' rivals: nobody would call a name neutral or loaded."""
    tok = s.tokens[i]
    if tok.pos == "PROPN" or tok.tag in {"NE", "NP0"}:
        return True
    low = tok.text.lower()
    known = _names_known(analysis)
    if low in known.words or any(a <= tok.start < b for a, b in known.spans):
        return True  # inside a mention, or a word of an entity's name or alias
    if analysis.language == "de" and tok.text in known.tagged:
        return True  # tagged a name, or a capitalised "adjective" ("Velter" Werk) elsewhere
    if analysis.language == "de" and tok.text[:1].isupper() and any(
            e.label == "LOC" and e.name != tok.text and tok.text.endswith(suffix)
            and e.name.endswith(suffix) for e in analysis.entities for suffix in TOPONYM):
        return True  # "Lindensee" where the article has the place "Bodensee"
    if analysis.language == "de" and re.search(
            rf"\b(?:in|aus|nach|bei|von)\s+{re.escape(tok.text)}\b", analysis.article.text):
        return True  # "in Grauwitz": a German common noun would take an article there
    if analysis.language == "en" and tok.text[:1].isupper():
        # a capital inside an English sentence marks a name; at its start, a word the
        # article never writes in lower case is one too
        return i > 0 or not re.search(rf"\b{re.escape(low)}\b", analysis.article.text)
    return False


class _Names(NamedTuple):
    words: frozenset[str]  # lower-case words of every entity's name and aliases
    spans: tuple[tuple[int, int], ...]  # every mention
    tagged: frozenset[str]  # words tagged NE/ADJA/ADJD after a sentence's first word


@per_analysis
def _names_known(analysis: Analysis) -> _Names:
    """What _is_name asks of the whole analysis, gathered once (it is asked for each content
    word of every headline)."""
    return _Names(
        frozenset(w.lower() for e in analysis.entities
                  for w in words(" ".join([e.name, *e.aliases]))),
        tuple((m.start, m.end) for e in analysis.entities for m in e.mentions),
        frozenset(t.text for x in analysis.sentences for j, t in enumerate(x.tokens)
                  if j > 0 and t.tag in {"NE", "ADJA", "ADJD"}))


def _neutral_title(analysis: Analysis, ent: Entity) -> tuple[str, Sentence] | None:
    """A neutral title the article itself gives the person, and the sentence it stands in."""
    lex = LEXICON[analysis.language]
    candidates = []
    if ent.role and len(ent.role.split()) <= 3:
        candidates.append(ent.role)
    role = short_role(ent, analysis)
    if role:
        candidates.append(role)
    for c in candidates:
        if c.lower() in lex:
            continue
        for s in analysis.sentences:
            if s.block == "body" and c in s.text:
                return c, s
    return None


def _aliases(analysis: Analysis) -> list[Question]:
    lang = analysis.language
    t = T[lang]
    lex = LEXICON[lang]
    out = []
    for ent in analysis.entities:
        if ent.label != "PER":
            continue
        loaded = [m for m in ent.mentions if m.text.lower() in lex]
        if not loaded:
            continue
        found = _neutral_title(analysis, ent)
        if found is None:
            continue
        neutral, sent = found
        others = [short_role(e, analysis) for e in analysis.entities
                  if e.label == "PER" and e.id != ent.id]
        others = [o for o in distinct([o for o in others if o]) if o.lower() != neutral.lower()]
        if len(others) < 2:
            continue
        alias = quoted(loaded[0].text, lang)
        opts = shuffled([neutral, *others[:3]], ("alias", ent.id))
        sents = [analysis.sentences[loaded[0].sentence], sent]
        out.append(make(analysis, "alias", "multiple_choice", "loaded_language",
                        t["alias"].format(name=ent.name, alias=alias), neutral, sents,
                        t["alias_expl"].format(alias=alias, name=ent.name,
                                               neutral=quoted(neutral, lang),
                                               sent=cite(analysis, sent)),
                        options=opts, difficulty=2, score=0.7 if len(others) >= 3 else 0.6))
    return out


# the page lines that carry no facts a comprehension question asks about, in the order they
# are offered beside the promo line: a body or teaser sentence printed as an option gave the
# answers of comprehension questions away and made the promo line stand out (blind review 21:
# storch #14, falschgeld #1). Not a 'Lesen Sie auch:' line: it keeps readers on the site too.
_PAGE_LINES = ("headline", "subheading", "byline", "source", "caption", "credit")


def _page_lines(analysis: Analysis, answer: str) -> list[str]:
    """Up to one line of each kind of page part (the headline's longest line), typeset, of at
    least two words, none the promo line itself."""
    lang = analysis.language
    out: list[str] = []
    for kind in _PAGE_LINES:
        lines = [s for s in analysis.sentences if s.block == kind and len(words(s.text)) >= 2
                 # a byline left without its name and time ('Erstellt von - Uhr') is no line
                 # a reader sees
                 and (kind != "byline" or sum(w[0].isupper() for w in words(s.text)[1:]) >= 2)]
        if kind == "headline":
            lines.sort(key=lambda s: -len(words(s.text)))
        for s in lines[:1]:
            text = typeset(clean(s.text), lang)
            if kind == "headline":
                # the headline as the page prints it, all its sentences: its first half alone
                # ('Rodelspaß oder Eingriff in die Natur?') is no line a reader sees (blind
                # reviews 44 de_notfallpraxis #14, 45 de_sommerrodelbahn #18)
                block = next((b for b in analysis.article.blocks
                              if b.start <= s.start < b.end), None)
                whole = [h for h in analysis.sentences if h.block == "headline"
                         and block is not None and block.start <= h.start < block.end]
                if len(whole) > 1:
                    text = typeset(clean(" ".join(h.text for h in whole)), lang)
            if text and text != answer and text not in out:
                out.append(text)
    return out


def _reported_block(analysis: Analysis, s: Sentence) -> bool:
    """Is the 'promo' line part of a paragraph that reports what someone said ('The agency has
    promised that staff will visit households ... to help them sign up for landline alerts.
    Fenwick said the visits were welcome ...')? That is news, whatever 'sign up' says: blind
    review 119 en_flood_sirens #14 keyed it the site's advertising (D)."""
    block = next((b for b in analysis.article.blocks if b.start <= s.start < b.end), None)
    if block is None:
        return False
    inside = [x for x in analysis.sentences if block.start <= x.start < block.end]
    return len(inside) >= 3 or any(SAID.search(x.text) for x in inside)


# a verb of saying in the past or present: a paragraph that reports someone is news
SAID = re.compile(r"\b(?:said|says|told|added|sagte|sagt|sagten|erklärte|betonte|berichtete)\b")


def _promo(analysis: Analysis) -> list[Question]:
    lang = analysis.language
    t = T[lang]
    out = []
    promos = [s for s in analysis.sentences if s.block == "promo" and PROMO.search(s.text)
              and not _reported_block(analysis, s)]
    if promos:
        p = promos[0]
        answer = typeset(clean(p.text), lang)
        pool = _page_lines(analysis, answer)
        if len(pool) >= 2:
            opts = shuffled([answer, *pool[:3]], ("promo", p.index))
            out.append(make(analysis, "promo", "multiple_choice", "purpose", t["promo"],
                            answer, [p], t["promo_expl"].format(text=quoted(answer, lang)),
                            options=opts, difficulty=1, score=0.6))
    # What a 'Lesen Sie auch:' / 'Read more:' line is: asked about the whole line without its
    # label (which names the answer). Never a sentence of it alone: 'Street art or vandalism?'
    # cut from 'Street art or vandalism? Five murals that divided their towns' read like a
    # subheading (blind review 12). The line is no content of this article, so no other
    # item quotes it.
    first = next((s for s in analysis.sentences if s.block == "teaser"), None)
    label = TEASER_LABEL.match(first.text) if first else None
    block = next((b for b in analysis.article.blocks
                  if first and b.start <= first.start < b.end), None)
    if first and label and block:
        line = analysis.article.text[first.start + label.end():block.end]
        parts = [s for s in analysis.sentences if block.start <= s.start < block.end]
        if len(words(line)) >= 3:
            text = quoted(typeset(clean(line), lang), lang)
            opts = shuffled([t["teaser_answer"], *t["teaser_wrong"]], ("teaser", first.index))
            out.append(make(analysis, "teaser", "multiple_choice", "purpose",
                            t["teaser"].format(text=text), t["teaser_answer"], parts,
                            t["teaser_expl"].format(label=quoted(label.group(1), lang)),
                            options=opts, difficulty=2, score=0.45))
    return out
