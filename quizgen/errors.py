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
    "no_questions": {
        "en": "No questions of the chosen kinds could be made from this text; is it a whole "
        "news article?",
        "de": "Aus diesem Text ließen sich keine Fragen der gewählten Arten bilden; ist es ein "
        "vollständiger Nachrichtenartikel?",
    },
    "backup_not_sqlite": {
        "en": "Backup and restore work on the default SQLite database; use pg_dump for "
        "PostgreSQL.",
        "de": "Sicherung und Wiederherstellung gelten für die SQLite-Standarddatenbank; für "
        "PostgreSQL pg_dump verwenden.",
    },
    "bad_backup": {
        "en": "This file is not a quizgen database backup: {path}",
        "de": "Diese Datei ist keine quizgen-Datenbanksicherung: {path}",
    },
    "bad_questionset": {
        "en": "This is not a valid quizgen question set: {detail}",
        "de": "Dies ist kein gültiger quizgen-Fragensatz: {detail}",
    },
}


# Parameter values that ingest and the language detector name in English, in German.
GERMAN_WORDS = {
    "a PDF file": "eine PDF-Datei", "an old Office document (.doc/.xls)":
    "ein altes Office-Dokument (.doc/.xls)", "an RTF document": "ein RTF-Dokument",
    "a PNG image": "ein PNG-Bild", "a JPEG image": "ein JPEG-Bild", "a GIF image": "ein GIF-Bild",
    "a TIFF image": "ein TIFF-Bild", "a WebP image": "ein WebP-Bild",
    "a gzip archive": "ein gzip-Archiv", "a 7-Zip archive": "ein 7-Zip-Archiv",
    "a RAR archive": "ein RAR-Archiv", "a ZIP archive": "ein ZIP-Archiv",
    "a program": "ein Programm", "an audio file": "eine Audiodatei",
    "a video or audio file": "eine Video- oder Audiodatei",
    "a Word document (.docx)": "ein Word-Dokument (.docx)",
    "an Excel workbook (.xlsx)": "eine Excel-Mappe (.xlsx)",
    "a PowerPoint file (.pptx)": "eine PowerPoint-Datei (.pptx)",
    "an OpenDocument file": "eine OpenDocument-Datei", "an e-book (EPUB)": "ein E-Book (EPUB)",
    "a binary file": "eine Binärdatei",
    "French": "Französisch", "Spanish": "Spanisch", "Italian": "Italienisch",
    "Dutch": "Niederländisch", "Portuguese": "Portugiesisch", "Russian": "Russisch",
    "Chinese": "Chinesisch", "Japanese": "Japanisch", "Arabic": "Arabisch",
    "Turkish": "Türkisch", "Polish": "Polnisch", "Ukrainian": "Ukrainisch",
    "Swedish": "Schwedisch", "Danish": "Dänisch", "Greek": "Griechisch",
    "Hebrew": "Hebräisch", "Korean": "Koreanisch", "Hindi": "Hindi", "Thai": "Thailändisch",
    "unknown": "unbekannt",
}


class QuizgenError(Exception):
    """A problem with the user's input, not a bug."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str = "en") -> str:
        texts = MESSAGES.get(self.code, {"en": self.code, "de": self.code})
        params = self.params
        if language == "de":
            params = {k: GERMAN_WORDS.get(v, v) if isinstance(v, str) else v
                      for k, v in params.items()}
        return texts.get(language, texts["en"]).format(**params)
