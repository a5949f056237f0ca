"""Errors a user can cause, each with one clear sentence in German and English.

The CLI prints the message and exits non-zero; the web app shows it in the interface's language.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "empty": {
        "en": "The article is empty.",
        "de": "Der Artikel ist leer.",
    },
    "too_short": {
        "en": "The article is too short to ask questions about (at least {min} words needed).",
        "de": "Der Artikel ist zu kurz für Fragen (mindestens {min} Wörter nötig).",
    },
    "too_long": {
        "en": "The article is too long ({size}); the limit is {limit}.",
        "de": "Der Artikel ist zu lang ({size}); die Grenze liegt bei {limit}.",
    },
    "binary": {
        "en": "This file is not text (it looks like {what}).",
        "de": "Diese Datei ist kein Text (sie sieht aus wie {what}).",
    },
    "encoding": {
        "en": "The file's text encoding could not be recognised; save it as UTF-8.",
        "de": "Die Zeichenkodierung der Datei ist nicht erkennbar; bitte als UTF-8 speichern.",
    },
    "unsupported_language": {
        "en": "Unsupported language ({language}): quizgen works with German and English articles.",
        "de": "Nicht unterstützte Sprache ({language}): quizgen verarbeitet deutsche und "
        "englische Artikel.",
    },
    "not_found": {
        "en": "File not found: {path}",
        "de": "Datei nicht gefunden: {path}",
    },
    "unreadable": {
        "en": "The file cannot be read: {path}",
        "de": "Die Datei kann nicht gelesen werden: {path}",
    },
    "no_text_in_html": {
        "en": "No article text was found in this HTML page.",
        "de": "In dieser HTML-Seite wurde kein Artikeltext gefunden.",
    },
    "bad_questionset": {
        "en": "This is not a valid quizgen question set: {detail}",
        "de": "Dies ist kein gültiger quizgen-Fragensatz: {detail}",
    },
}


class QuizgenError(Exception):
    """A problem with the user's input, not a bug."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str = "en") -> str:
        texts = MESSAGES.get(self.code, {"en": self.code, "de": self.code})
        return texts.get(language, texts["en"]).format(**self.params)
