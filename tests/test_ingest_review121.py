"""ingest, blind review 119 en_flood_sirens: a paragraph of news whose second sentence says
the agency will help households 'sign up for landline alerts' was labelled 'promo', and its
three sentences were lost to every question. The newsletter lines stay promo. Invented text."""

from __future__ import annotations

import pytest

from quizgen import ingest

NEWS = ("A public meeting will be held at the village hall on Monday at 7pm. The council has "
        "promised that staff will visit older residents to help them sign up for text alerts. "
        "Mr Hale said the visits were welcome.")


def _kinds(paragraph: str) -> list[str]:
    article = ingest.from_text(
        "By Helen Marsh | Monday 23 November 2026, 10:15\n\nFlood sirens to be switched off\n\n"
        "The county council will switch off its flood sirens next month, it confirmed on Friday. "
        "Residents will be warned by text message and phone calls instead.\n\n"
        f"{paragraph}\n\nOfficials said the change would save around £20,000 a year.")
    return [b.kind for b in article.blocks if paragraph.startswith(b.text[:40])]


def test_a_news_paragraph_that_mentions_signing_up_for_alerts_is_body():
    assert _kinds(NEWS) == ["body"]


@pytest.mark.parametrize("line", [
    "Sign up to our free newsletter for the latest news from Ashcombe.",
    "Get the latest news straight to your inbox - sign up to our newsletter here.",
    "Like this story? Subscribe to our morning briefing.",
])
def test_a_newsletter_line_is_still_promo(line):
    assert _kinds(line) == ["promo"]
