"""media_claims._LINKING takes the linking word out of a distractor ('Der Verein teilte zudem
mit' -> 'teilte mit', 'The club further said' -> 'said'), so that no option carries a 'zudem'
the key lacks (blind review 116). 'further' after an article is an adjective and stays: 'will
cut a further 20 jobs' had become 'will cut a 20 jobs' (code review of round 1)."""

from __future__ import annotations

import pytest

from quizgen.generate.media_claims import _LINKING


@pytest.mark.parametrize(("text", "expected"), [
    ("Der Verein teilte zudem mit, die Halle schließe",
     "Der Verein teilte mit, die Halle schließe"),
    ("The club further said it would appeal", "The club said it would appeal"),
    ("The council also said the road would reopen", "The council said the road would reopen"),
])
def test_the_linking_word_goes(text, expected):
    assert _LINKING.sub(r"\1", text) == expected


@pytest.mark.parametrize("text", [
    "The council will cut a further 20 jobs next year",
    "The firm announced an further review",
    "It said the further talks would be held in May",
])
def test_further_after_an_article_is_an_adjective_and_stays(text):
    assert _LINKING.sub(r"\1", text) == text
